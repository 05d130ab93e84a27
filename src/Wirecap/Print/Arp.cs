namespace Wirecap.Print;

/// <summary>
/// ARP, RARP and InARP (print-arp.c), and ATM ARP (RFC 2225).
/// <code>
///  0        2        4     5     6        8
/// +--------+--------+-----+-----+--------+-----+-----+-----+-----+
/// | hrd    | pro    | hln | pln | op     | sha | spa | tha | tpa |
/// +--------+--------+-----+-----+--------+-----+-----+-----+-----+
///                                          hln   pln   hln   pln bytes
/// </code>
/// </summary>
public static class Arp
{
    private const int HeaderLength = 8;
    private const int HrdFrameRelay = 15, HrdAtm2225 = 19;
    private const int OpRequest = 1, OpReply = 2, OpRevRequest = 3, OpRevReply = 4, OpInvRequest = 8, OpInvReply = 9, OpNak = 10;
    private const int ProIp = 0x0800, ProTrail = 0x1000;

    private static readonly Tok Ops = new(
        (1, "Request"), (2, "Reply"), (3, "Reverse Request"), (4, "Reverse Reply"),
        (8, "Inverse Request"), (9, "Inverse Reply"), (10, "NACK Reply"));

    private static readonly Tok HardwareTypes = new(
        (1, "Ethernet"), (6, "TokenRing"), (7, "ArcNet"), (15, "FrameRelay"), (23, "Strip"),
        (24, "IEEE 1394"), (19, "ATM"), (32, "InfiniBand"));

    /// <summary>arp_print.</summary>
    public static void Print(ref Frame f, int off, int length, int caplen)
    {
        f.Proto = "arp";
        var o = f.Out;
        if (!f.Need(off, HeaderLength)) return;
        int hrd = f.U16(off), pro = f.U16(off + 2);
        int hln = f.U8(off + 4), pln = f.U8(off + 5);
        int op = f.U16(off + 6);
        if (hrd == HrdAtm2225) { AtmPrint(ref f, off, length, caplen); return; }
        bool frameRelay = hrd == HrdFrameRelay;

        int sha = off + HeaderLength, spa = sha + hln, tha = spa + pln, tpa = tha + hln;
        if (!f.Need(tpa, pln)) return;

        if (!f.Opt.LinkHeader) o.Write("ARP, "u8);
        bool v = f.Opt.Verbose > 0;
        bool ipv4 = pro is ProIp or ProTrail;
        if (!ipv4 || pln != 4 || hln == 0 || v)
        {
            HardwareTypes.Print(o, (uint)hrd, "Unknown Hardware (%u)");
            o.Write(" (len "u8); o.Dec(hln); o.Write("), "u8);
            EtherType.Names.Print(o, (uint)pro, "Unknown Protocol (0x%04x)");
            o.Write(" (len "u8); o.Dec(pln); o.Char(')');
            if (!v) { LengthPrint(o, length); return; }
        }

        if (v) o.Write(", "u8);
        Ops.Print(o, (uint)op, "Unknown (%u)");
        o.Char(' ');

        switch (op)
        {
            case OpRequest:
                o.Write("who-has "u8);
                ProtoAddressPrint(ref f, tpa, pro, pln);
                if (IsNonZero(ref f, tha, hln))
                {
                    o.Write(" ("u8); LinkAddressPrint(ref f, tha, hln, frameRelay); o.Char(')');
                }
                o.Write(" tell "u8);
                ProtoAddressPrint(ref f, spa, pro, pln);
                break;
            case OpReply:
                ProtoAddressPrint(ref f, spa, pro, pln);
                o.Write(" is-at "u8); LinkAddressPrint(ref f, sha, hln, frameRelay);
                break;
            case OpRevRequest:
            case OpInvRequest:
                o.Write("who-is "u8); LinkAddressPrint(ref f, tha, hln, frameRelay);
                o.Write(" tell "u8); LinkAddressPrint(ref f, sha, hln, frameRelay);
                break;
            case OpRevReply:
                LinkAddressPrint(ref f, tha, hln, frameRelay); o.Write(" at "u8);
                ProtoAddressPrint(ref f, tpa, pro, pln);
                break;
            case OpInvReply:
                LinkAddressPrint(ref f, sha, hln, frameRelay); o.Write(" at "u8);
                ProtoAddressPrint(ref f, spa, pro, pln);
                break;
            default:
                Ethernet.DefaultPrintAlways(ref f, off, caplen);
                return;
        }
        LengthPrint(o, length);
    }

    private static void LengthPrint(TextOut o, int length)
    {
        o.Write(", length "u8); o.Dec((uint)length);
    }

    private static bool IsNonZero(ref Frame f, int off, int len)
    {
        for (int i = 0; i < len; i++)
        {
            if (f.U8(off + i) != 0) return true;
            if (f.Truncated) return false;
        }
        return false;
    }

    /// <summary>tpaddr_print_ip / spaddr_print_ip.</summary>
    private static void ProtoAddressPrint(ref Frame f, int off, int pro, int pln, string wrongLen = "<wrong len>")
    {
        var o = f.Out;
        if (pro is not (ProIp or ProTrail)) o.Write("<wrong proto type>"u8);
        else if (pln != 4) o.Write(wrongLen);
        else
        {
            var a = f.Bytes(off, 4);
            if (!f.Truncated) f.Ctx.Names.IPv4(o, a);
        }
    }

    /// <summary>linkaddr_string: a MAC address, or the bytes in hex separated by colons; "&lt;empty&gt;" for none.</summary>
    private static void LinkAddressPrint(ref Frame f, int off, int len, bool frameRelay)
    {
        var o = f.Out;
        var a = f.Bytes(off, len);
        if (f.Truncated) return;
        if (len == 0) { o.Write("<empty>"u8); return; }
        if (!frameRelay && len == 6) { f.Ctx.Names.Mac(o, a); return; }
        if (frameRelay) { Q922Print(o, a); return; }
        o.Mac(a);
    }

    /// <summary>q922_string: the DLCI of a Q.922 address of 2, 3 or 4 bytes (the EA bit ends it).</summary>
    private static void Q922Print(TextOut o, ReadOnlySpan<byte> p)
    {
        if (p.Length < 1) { o.Write("<Truncated>"u8); return; }
        if ((p[0] & 1) != 0) { o.Write("<Invalid DLCI>"u8); return; }
        if (p.Length < 2) { o.Write("<Truncated>"u8); return; }
        uint dlci = (uint)((p[0] & 0xfc) << 2 | (p[1] & 0xf0) >> 4);
        if ((p[1] & 1) != 0) { o.Write("DLCI "u8); o.Dec(dlci); return; }
        int i = 2;
        if (p.Length < 3) { o.Write("<Truncated>"u8); return; }
        if ((p[i] & 1) == 0)
        {
            dlci = dlci << 7 | (uint)(p[i] >> 1);
            i++;
        }
        if (p.Length <= i) { o.Write("<Truncated>"u8); return; }
        if ((p[i] & 1) == 0) { o.Write("<Invalid DLCI>"u8); return; }
        dlci = dlci << 6 | (uint)(p[i] >> 2);
        o.Write("DLCI "u8); o.Dec(dlci);
    }

    /// <summary>
    /// atmarp_print. The header: hrd(2) pro(2) shtl sstl op(2) spln thtl tstl tpln, then
    /// source number, subaddress, protocol address, target number, subaddress, protocol address.
    /// </summary>
    private static void AtmPrint(ref Frame f, int off, int length, int caplen)
    {
        var o = f.Out;
        if (!f.Need(off, 12)) return;
        int pro = f.U16(off + 2);
        int shtl = f.U8(off + 4) & 0x3f, sstl = f.U8(off + 5) & 0x3f;
        int op = f.U16(off + 6);
        int spln = f.U8(off + 8), thtl = f.U8(off + 9) & 0x3f, tstl = f.U8(off + 10) & 0x3f, tpln = f.U8(off + 11);
        int hrd = f.U16(off);
        int sha = off + 12, ssa = sha + shtl, spa = ssa + sstl, tha = spa + spln, tsa = tha + thtl, tpa = tsa + tstl;
        if (!f.Need(tpa, tpln)) return;

        if (!f.Opt.LinkHeader) o.Write("ARP, "u8);
        bool v = f.Opt.Verbose > 0;
        if (pro is not (ProIp or ProTrail) || spln != 4 || tpln != 4 || v)
        {
            HardwareTypes.Print(o, (uint)hrd, "Unknown Hardware (%u)");
            o.Write(", "u8);
            EtherType.Names.Print(o, (uint)pro, "Unknown Protocol (0x%04x)");
            o.Write(" (len "u8); o.Dec(spln); o.Char('/'); o.Dec(tpln); o.Char(')');
            if (!v) { LengthPrint(o, length); return; }
        }
        if (v) o.Write(", "u8);
        Ops.Print(o, (uint)op, "Unknown (%u)");
        o.Char(' ');
        switch (op)
        {
            case OpRequest:
                o.Write("who-has "u8);
                ProtoAddressPrint(ref f, tpa, pro, tpln, "<wrong tplen>");
                if (thtl != 0) { o.Write(" ("u8); AtmAddressPrint(ref f, tha, thtl, tsa, tstl); o.Char(')'); }
                o.Write(" tell "u8);
                ProtoAddressPrint(ref f, spa, pro, spln, "<wrong splen>");
                break;
            case OpReply:
                ProtoAddressPrint(ref f, spa, pro, spln, "<wrong splen>");
                o.Write(" is-at "u8);
                AtmAddressPrint(ref f, sha, shtl, ssa, sstl);
                break;
            case OpInvRequest:
                o.Write("who-is "u8); AtmAddressPrint(ref f, tha, thtl, tsa, tstl);
                o.Write(" tell "u8); AtmAddressPrint(ref f, sha, shtl, ssa, sstl);
                break;
            case OpInvReply:
                AtmAddressPrint(ref f, sha, shtl, ssa, sstl);
                o.Write("at "u8);
                ProtoAddressPrint(ref f, spa, pro, spln, "<wrong splen>");
                break;
            case OpNak:
                o.Write("for "u8);
                ProtoAddressPrint(ref f, spa, pro, spln, "<wrong splen>");
                break;
            default:
                Ethernet.DefaultPrintAlways(ref f, off, caplen);
                return;
        }
        LengthPrint(o, length);
    }

    private static void AtmAddressPrint(ref Frame f, int ha, int haLen, int srca, int srcaLen)
    {
        var o = f.Out;
        if (haLen == 0) { o.Write("<No address>"u8); return; }
        var a = f.Bytes(ha, haLen);
        if (f.Truncated) return;
        o.Mac(a);
        if (srcaLen != 0)
        {
            var s = f.Bytes(srca, srcaLen);
            if (f.Truncated) return;
            o.Char(','); o.Mac(s);
        }
    }
}
