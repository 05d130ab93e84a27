namespace Wirecap.Print;

/// <summary>
/// Cisco HDLC, DLT_C_HDLC (print-chdlc.c), and its SLARP keepalives.
/// <code>
///  0         1         2                  4
/// +---------+---------+------------------+----------
/// | address | control | protocol (Ether) | payload
/// +---------+---------+------------------+----------
/// </code>
/// </summary>
public static class Chdlc
{
    public const int HeaderLength = 4;
    public const int Unicast = 0x0f, Broadcast = 0x8f;
    private const int TypeSlarp = 0x8035, TypeIso = 0xfefe;

    private static readonly Tok Casts = new((Unicast, "unicast"), (Broadcast, "bcast"));

    /// <summary>chdlc_if_print.</summary>
    public static void IfPrint(ref Frame f)
    {
        f.Proto = "chdlc";
        f.LinkHeaderLength += Print(ref f, 0, f.WireLength);
    }

    /// <summary>chdlc_print: returns the header length (what was captured of it when short).</summary>
    public static int Print(ref Frame f, int p, int length)
    {
        f.Proto = "chdlc";
        var o = f.Out;
        if (length < HeaderLength)
        {
            f.PrintTrunc();
            return f.Available(p);
        }
        int proto = f.U16(p + 2);
        if (f.Truncated) return HeaderLength;
        if (f.Opt.LinkHeader)
        {
            Casts.Print(o, f.Data[p], "0x%02x");
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
            case TypeIso:
                if (length < 2)
                {
                    f.PrintTrunc();
                    return f.Available(p - HeaderLength);
                }
                // the byte after an optional fudge byte is read first (which may end the packet);
                // OSI itself (isoclns_print) is not decoded yet
                f.U8(p + 1);
                break;
            default:
                if (!f.Opt.LinkHeader) { o.Write("unknown CHDLC protocol (0x"u8); o.Hex((uint)proto, 4); o.Char(')'); }
                break;
        }
        return HeaderLength;
    }

    private const int SlarpMinLength = 14, SlarpMaxLength = 18;
    private const uint SlarpRequest = 0, SlarpReply = 1, SlarpKeepalive = 2;

    /// <summary>
    /// chdlc_slarp_print: a 32-bit code, then an address and mask (request/reply) or two sequence
    /// numbers, a reliability word and an optional uptime in milliseconds (keepalive).
    /// </summary>
    private static void SlarpPrint(ref Frame f, int cp, int length)
    {
        f.Proto = "chdlc_slarp";
        var o = f.Out;
        o.Write("SLARP (length: "u8); o.Dec((uint)length); o.Write("), "u8);
        if (length < SlarpMinLength || !f.Has(cp, SlarpMinLength))
        {
            f.PrintTrunc();
            return;
        }
        uint code = f.U32(cp);
        switch (code)
        {
            case SlarpRequest:
                o.Write("request"u8);
                break;
            case SlarpReply:
                o.Write("reply "u8); f.Ctx.Names.IPv4(o, f.Data.Slice(cp + 4, 4));
                o.Char('/'); f.Ctx.Names.IPv4(o, f.Data.Slice(cp + 8, 4));
                break;
            case SlarpKeepalive:
                {
                    uint mine = f.U32(cp + 4), yours = f.U32(cp + 8);
                    int rel = f.U16(cp + 12);
                    o.Write("keepalive: mineseen=0x"u8); o.Hex(mine, 8); o.Write(", yourseen=0x"u8); o.Hex(yours, 8);
                    o.Write(", reliability=0x"u8); o.Hex((uint)rel, 4);
                    if (length >= SlarpMaxLength)
                    {
                        // tcpdump moves its pointer to the uptime, so the -vv dump below starts 14 bytes later
                        cp += SlarpMinLength;
                        uint uptime = f.U32(cp);
                        if (f.Truncated) return;
                        uint sec = uptime / 1000;
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
                if (f.Opt.Verbose <= 1) Icmp.UnknownDataPrint(ref f, cp + 4, "\n\t"u8, length - 4);
                break;
        }
        if (SlarpMaxLength < length && f.Opt.Verbose > 0)
        {
            o.Write(", (trailing junk: "u8); o.Dec((uint)(length - SlarpMaxLength)); o.Write(" bytes)"u8);
        }
        if (f.Opt.Verbose > 1) Icmp.UnknownDataPrint(ref f, cp + 4, "\n\t"u8, length - 4);
    }
}
