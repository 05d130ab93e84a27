namespace Wirecap.Print;

/// <summary>
/// Generic Routing Encapsulation, RFC 1701/2784 (version 0) and PPTP's enhanced GRE (version 1), from print-gre.c.
/// <code>
/// +-+-+-+-+-+-------+-----+-------+-------------------------------+
/// |C|R|K|S|s| recur | flg | ver   |        protocol type          |
/// +-+-+-+-+-+-------+-----+-------+-------------------------------+
/// | checksum, offset (C or R) | key (K) | sequence (S) | routing (R) ...
/// </code>
/// Version 1 carries PPP (PPTP). IPX
/// and AppleTalk payloads are not decoded.
/// </summary>
public static class Gre
{
    private const int Cp = 0x8000, Rp = 0x4000, Kp = 0x2000, Sp = 0x1000, SrcRoute = 0x0800, Ap = 0x0080;
    private const int VersMask = 0x0007;
    private const int SreIp = 0x0800, SreAsn = 0xfffe;
    private const int EtherTypeGreIso = 0x00fe, EtherTypeTeb = 0x6558;

    private static readonly Tok Flags = new(
        (Cp, "checksum present"), (Rp, "routing present"), (Kp, "key present"), (Sp, "sequence# present"),
        (SrcRoute, "source routing present"), (Ap, "ack present"));

    /// <summary>gre_print.</summary>
    public static void Print(ref Frame f, int bp, int length)
    {
        f.Proto = "gre";
        if (!f.Has(bp, 2) || length < 2) { f.PrintTrunc(); return; }
        int vers = f.U16(bp) & VersMask;
        f.Out.Write("GREv"u8); f.Out.Dec((uint)vers);
        switch (vers)
        {
            case 0: Print0(ref f, bp, length); break;
            case 1: Print1(ref f, bp, length); break;
            default: f.Out.Write(" ERROR: unknown-version"u8); break;
        }
    }

    private static void Print0(ref Frame f, int bp, int length)
    {
        var o = f.Out;
        int len = length;
        int flags = f.U16(bp);
        if (f.Opt.Verbose > 0) { o.Write(", Flags ["u8); Flags.Bits(o, (uint)flags, "none"); o.Char(']'); }
        len -= 2; bp += 2;

        if (!f.Has(bp, 2) || len < 2) { f.PrintTrunc(); return; }
        int prot = f.U16(bp);
        len -= 2; bp += 2;

        if ((flags & (Cp | Rp)) != 0)
        {
            if (!f.Has(bp, 2) || len < 2) { f.PrintTrunc(); return; }
            if (f.Opt.Verbose > 0) { o.Write(", sum 0x"u8); o.Hex((uint)f.U16(bp)); }
            bp += 2; len -= 2;
            if (!f.Has(bp, 2) || len < 2) { f.PrintTrunc(); return; }
            o.Write(", off 0x"u8); o.Hex((uint)f.U16(bp));
            bp += 2; len -= 2;
        }
        if ((flags & Kp) != 0)
        {
            if (!f.Has(bp, 4) || len < 4) { f.PrintTrunc(); return; }
            o.Write(", key=0x"u8); o.Hex(f.U32(bp));
            bp += 4; len -= 4;
        }
        if ((flags & Sp) != 0)
        {
            if (!f.Has(bp, 4) || len < 4) { f.PrintTrunc(); return; }
            o.Write(", seq "u8); o.Dec(f.U32(bp));
            bp += 4; len -= 4;
        }
        if ((flags & Rp) != 0)
        {
            while (true)
            {
                if (!f.Has(bp, 4) || len < 4) { f.PrintTrunc(); return; }
                int af = f.U16(bp), sreoff = f.U8(bp + 2), srelen = f.U8(bp + 3);
                bp += 4; len -= 4;
                if (af == 0 && srelen == 0) break;
                if (!SrePrint(ref f, af, sreoff, srelen, bp, len)) { f.PrintTrunc(); return; }
                if (len < srelen) { f.PrintTrunc(); return; }
                bp += srelen; len -= srelen;
            }
        }
        if (f.Opt.LinkHeader)
        {
            o.Write(", proto "u8); EtherType.Names.Print(o, (uint)prot, "unknown");
            o.Write(" (0x"u8); o.Hex((uint)prot, 4); o.Char(')');
        }
        o.Write(", length "u8); o.Dec((uint)length);
        o.Write(f.Opt.Verbose < 1 ? ": "u8 : "\n\t"u8);
        switch (prot)
        {
            case EtherType.Ip: Ip.Print(ref f, bp, len); break;
            case EtherType.Ipv6: Ip6.Print(ref f, bp, len); break;
            case EtherType.Mpls: Mpls.Print(ref f, bp, len); break;
            case EtherTypeGreIso: IsoClns.Print(ref f, bp, len); break;
            case EtherTypeTeb: Ethernet.Print(ref f, bp, len, f.Available(bp)); break;
            default: o.Write("gre-proto-0x"u8); o.Hex((uint)prot); break;
        }
    }

    private static void Print1(ref Frame f, int bp, int length)
    {
        var o = f.Out;
        int len = length;
        int flags = f.U16(bp);
        len -= 2; bp += 2;
        if (f.Opt.Verbose > 0) { o.Write(", Flags ["u8); Flags.Bits(o, (uint)flags, "none"); o.Char(']'); }

        if (!f.Has(bp, 2) || len < 2) { f.PrintTrunc(); return; }
        int prot = f.U16(bp);
        len -= 2; bp += 2;
        if ((flags & Kp) != 0)
        {
            if (!f.Has(bp, 4) || len < 4) { f.PrintTrunc(); return; }
            o.Write(", call "u8); o.Dec(f.U32(bp) & 0xffff);
            len -= 4; bp += 4;
        }
        if ((flags & Sp) != 0)
        {
            if (!f.Has(bp, 4) || len < 4) { f.PrintTrunc(); return; }
            o.Write(", seq "u8); o.Dec(f.U32(bp));
            bp += 4; len -= 4;
        }
        if ((flags & Ap) != 0)
        {
            if (!f.Has(bp, 4) || len < 4) { f.PrintTrunc(); return; }
            o.Write(", ack "u8); o.Dec(f.U32(bp));
            bp += 4; len -= 4;
        }
        if ((flags & Sp) == 0) o.Write(", no-payload"u8);
        if (f.Opt.LinkHeader)
        {
            o.Write(", proto "u8); EtherType.Names.Print(o, (uint)prot, "unknown");
            o.Write(" (0x"u8); o.Hex((uint)prot, 4); o.Char(')');
        }
        o.Write(", length "u8); o.Dec((uint)length);
        if ((flags & Sp) == 0) return;
        o.Write(f.Opt.Verbose < 1 ? ": "u8 : "\n\t"u8);
        if (prot == EtherType.Ppp) Ppp.Print(ref f, bp, len);
        else { o.Write("gre-proto-0x"u8); o.Hex((uint)prot); }
    }

    /// <summary>gre_sre_print: one source route entry; false when truncated.</summary>
    private static bool SrePrint(ref Frame f, int af, int sreoff, int srelen, int bp, int len)
    {
        var o = f.Out;
        switch (af)
        {
            case SreIp:
            {
                o.Write(", (rtaf=ip"u8);
                bool ok = SreList(ref f, sreoff, srelen, bp, len, 4);
                o.Char(')');
                return ok;
            }
            case SreAsn:
            {
                o.Write(", (rtaf=asn"u8);
                bool ok = SreList(ref f, sreoff, srelen, bp, len, 2);
                o.Char(')');
                return ok;
            }
            default:
                o.Write(", (rtaf=0x"u8); o.Hex((uint)af); o.Char(')');
                return true;
        }
    }

    /// <summary>gre_sre_ip_print (4-byte addresses) and gre_sre_asn_print (2-byte AS numbers).</summary>
    private static bool SreList(ref Frame f, int sreoff, int srelen, int bp, int len, int size)
    {
        var o = f.Out;
        int up = bp;
        if ((sreoff & (size - 1)) != 0) { o.Write(", badoffset="u8); o.Dec((uint)sreoff); return true; }
        if ((srelen & (size - 1)) != 0) { o.Write(", badlength="u8); o.Dec((uint)srelen); return true; }
        if (sreoff >= srelen) { o.Write(", badoff/len="u8); o.Dec((uint)sreoff); o.Char('/'); o.Dec((uint)srelen); return true; }
        while (srelen != 0)
        {
            if (!f.Has(bp, size) || len < size) return false;
            o.Char(' ');
            if (bp - up == sreoff) o.Char('*');
            if (size == 4) o.IPv4(f.Bytes(bp, 4));
            else o.Hex((uint)f.U16(bp));
            bp += size; len -= size; srelen -= size;
        }
        return true;
    }
}
