namespace Wirecap.Print;

/// <summary>
/// Cisco HDLC, DLT_C_HDLC (print-chdlc.c).
/// <code>
/// +---------+---------+-----------+---------
/// | address | control | protocol  | payload
/// +---------+---------+-----------+---------
///  0x0f unicast, 0x8f broadcast; protocol is an EtherType (0x8035 SLARP)
/// </code>
/// </summary>
public static class Chdlc
{
    public const int HeaderLength = 4, Unicast = 0x0f, Broadcast = 0x8f;
    private const int TypeSlarp = 0x8035;
    private const int SlarpMinLen = 14, SlarpMaxLen = 18;

    private static readonly Tok Casts = new((Unicast, "unicast"), (Broadcast, "bcast"));

    public static void IfPrint(ref Frame f)
    {
        f.Proto = "chdlc";
        f.LinkHeaderLength += Print(ref f, 0, f.WireLength);
    }

    /// <summary>chdlc_print: the header length used.</summary>
    public static int Print(ref Frame f, int p, int length)
    {
        f.Proto = "chdlc";
        var o = f.Out;
        int bp = p;
        if (length < HeaderLength) { f.PrintTrunc(); return f.Available(bp); }
        int proto = f.U16(p + 2);
        if (f.Truncated) return HeaderLength;
        if (f.Opt.LinkHeader)
        {
            int cast = f.U8(p);
            Casts.Print(o, (uint)cast, "0x%02x");
            o.Write(", ethertype "u8); EtherType.Names.Print(o, (uint)proto, "Unknown");
            o.Write(" (0x"u8); o.Hex((uint)proto, 4); o.Write("), length "u8); o.Dec((uint)length); o.Write(": "u8);
        }
        length -= HeaderLength;
        p += HeaderLength;
        switch (proto)
        {
            case EtherType.Ip: Ip.Print(ref f, p, length); break;
            case EtherType.Ipv6: Ip6.Print(ref f, p, length); break;
            case TypeSlarp: SlarpPrint(ref f, p, length); break;
            case EtherType.Mpls:
            case EtherType.MplsMulti: Mpls.Print(ref f, p, length); break;
            case EtherType.Iso:
            {
                if (length < 2) { f.PrintTrunc(); return f.Available(bp); }
                // a "fudge" byte may come before the NLPID: look for an OSI header after it
                int second = f.U8(p + 1);
                if (f.Truncated) break;
                if (second is 0x81 or 0x82 or 0x83) IsoClns.Print(ref f, p + 1, length - 1);
                else IsoClns.Print(ref f, p, length);
                break;
            }
            default:
                if (!f.Opt.LinkHeader) { o.Write("unknown CHDLC protocol (0x"u8); o.Hex((uint)proto, 4); o.Char(')'); }
                break;
        }
        return HeaderLength;
    }

    /// <summary>chdlc_slarp_print: Cisco's serial line address resolution (request, reply, keepalive).</summary>
    private static void SlarpPrint(ref Frame f, int cp, int length)
    {
        f.Proto = "chdlc_slarp";
        var o = f.Out;
        o.Write("SLARP (length: "u8); o.Dec((uint)length); o.Write("), "u8);
        if (length < SlarpMinLen || !f.Has(cp, SlarpMinLen)) { f.PrintTrunc(); return; }
        uint code = f.U32(cp);
        switch (code)
        {
            case 0:
                o.Write("request"u8);
                break;
            case 1:
                o.Write("reply "u8); f.Ctx.Names.IPv4(o, f.Bytes(cp + 4, 4)); o.Char('/'); f.Ctx.Names.IPv4(o, f.Bytes(cp + 8, 4));
                break;
            case 2:
            {
                uint mine = f.U32(cp + 4), yours = f.U32(cp + 8);
                int rel = f.U16(cp + 12);
                o.Write("keepalive: mineseen=0x"u8); o.Hex(mine, 8); o.Write(", yourseen=0x"u8); o.Hex(yours, 8);
                o.Write(", reliability=0x"u8); o.Hex((uint)rel, 4);
                if (length >= SlarpMaxLen)
                {
                    // the optional uptime; later dumps start after the fixed part, as tcpdump's pointer does
                    cp += SlarpMinLen;
                    uint sec = f.U32(cp) / 1000;
                    if (f.Truncated) return;
                    uint min = sec / 60; sec -= min * 60;
                    uint hrs = min / 60; min -= hrs * 60;
                    uint days = hrs / 24; hrs -= days * 24;
                    o.Write(", link uptime="u8); o.Dec(days); o.Char('d'); o.Dec(hrs); o.Char('h');
                    o.Dec(min); o.Char('m'); o.Dec(sec); o.Char('s');
                }
                break;
            }
            default:
                o.Write("0x"u8); o.Hex(code, 2); o.Write(" unknown"u8);
                if (f.Opt.Verbose <= 1) IsoClns.UnknownData(ref f, cp + 4, "\n\t"u8, length - 4);
                break;
        }
        if (SlarpMaxLen < length && f.Opt.Verbose > 0)
        {
            o.Write(", (trailing junk: "u8); o.Dec((uint)(length - SlarpMaxLen)); o.Write(" bytes)"u8);
        }
        if (f.Opt.Verbose > 1) IsoClns.UnknownData(ref f, cp + 4, "\n\t"u8, length - 4);
    }
}
