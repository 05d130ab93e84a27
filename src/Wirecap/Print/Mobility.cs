namespace Wirecap.Print;

/// <summary>
/// The IPv6 mobility header, RFC 6275 (print-mobility.c).
/// <code>
///  0        1       2       3          4          6
/// +--------+-------+-------+----------+----------+------------------
/// | pproto | len   | type  | reserved | checksum | message data, options
/// +--------+-------+-------+----------+----------+------------------
/// </code>
/// </summary>
public static class Mobility
{
    private const int MinLength = 8;
    private const int BindingRequest = 0, HomeTestInit = 1, CareOfTestInit = 2, HomeTest = 3, CareOfTest = 4,
        BindingUpdate = 5, BindingAck = 6, BindingError = 7, MaxType = 7;

    private static readonly Tok Types = new(
        (0, "BRR"), (1, "HoTI"), (2, "CoTI"), (3, "HoT"), (4, "CoT"), (5, "BU"), (6, "BA"), (7, "BE"));

    /// <summary>The smallest header each message type needs.</summary>
    private static ReadOnlySpan<byte> MinHeaderLengths => [8, 16, 16, 24, 24, 12, 12, 24];

    private static readonly Tok UpdateBits = new((0x08, "A"), (0x04, "H"), (0x02, "L"), (0x01, "K"));

    /// <summary>mobility_print: the header length, or -1 after a truncation.</summary>
    public static int Print(ref Frame f, int bp)
    {
        f.Proto = "mobility";
        var o = f.Out;
        if (!f.Has(bp + 1, 1)) { f.PrintTrunc(); return -1; }
        int mhlen = (f.Data[bp + 1] + 1) << 3;
        int type = f.U8(bp + 2);
        if (f.Truncated) return -1;
        if (type <= MaxType && mhlen < MinHeaderLengths[type])
        {
            o.Write("(header length "u8); o.Dec(mhlen); o.Write(" is too small for type "u8); o.Dec(type); o.Char(')');
            f.PrintTrunc();
            return -1;
        }
        o.Write("mobility: "u8); Types.Print(o, (uint)type, "type-#%u");
        bool v = f.Opt.Verbose > 0;
        int hlen;
        switch (type)
        {
            case BindingRequest:
                hlen = MinLength;
                break;
            case HomeTestInit:
            case CareOfTestInit:
                hlen = MinLength;
                if (v && !CookiePrint(ref f, bp + hlen, type == HomeTestInit ? " Home"u8 : " Care-of"u8, " Init Cookie="u8)) return -1;
                hlen += 8;
                break;
            case HomeTest:
            case CareOfTest:
            {
                int nonce = f.U16(bp + 6);
                if (f.Truncated) return -1;
                o.Write(" nonce id=0x"u8); o.Hex((uint)nonce);
                hlen = MinLength;
                var who = type == HomeTest ? " Home"u8 : " Care-of"u8;
                if (v && !CookiePrint(ref f, bp + hlen, who, " Init Cookie="u8)) return -1;
                hlen += 8;
                if (v && !CookiePrint(ref f, bp + hlen, who, " Keygen Token="u8)) return -1;
                hlen += 8;
                break;
            }
            case BindingUpdate:
            {
                int seq = f.U16(bp + 6);
                if (f.Truncated) return -1;
                o.Write(" seq#="u8); o.Dec(seq);
                hlen = MinLength;
                if (!LocalTrunc.Check(ref f, bp + hlen, 2)) return -1;
                int bits = (f.Data[bp + hlen] & 0xf0) >> 4;
                if (bits != 0) { o.Char(' '); UpdateBits.Bits(o, (uint)bits, "bits-#0x%x", ""); }
                hlen += 2;
                int lifetime = f.U16(bp + hlen);
                if (f.Truncated) return -1;
                o.Write(" lifetime="u8); o.Dec(lifetime << 2);
                hlen += 2;
                break;
            }
            case BindingAck:
            {
                int status = f.U8(bp + 6);
                if (f.Truncated) return -1;
                o.Write(" status="u8); o.Dec(status);
                int k = f.U8(bp + 7);
                if (f.Truncated) return -1;
                if ((k & 0x80) != 0) o.Write(" K"u8);
                hlen = MinLength;
                int seq = f.U16(bp + hlen);
                if (f.Truncated) return -1;
                o.Write(" seq#="u8); o.Dec(seq);
                hlen += 2;
                int lifetime = f.U16(bp + hlen);
                if (f.Truncated) return -1;
                o.Write(" lifetime="u8); o.Dec(lifetime << 2);
                hlen += 2;
                break;
            }
            case BindingError:
            {
                int status = f.U8(bp + 6);
                if (f.Truncated) return -1;
                o.Write(" status="u8); o.Dec(status);
                hlen = MinLength;
                var a = f.Bytes(bp + hlen, 16);
                if (f.Truncated) return -1;
                o.Write(" homeaddr "u8); f.Ctx.Names.IPv6(o, a);
                hlen += 16;
                break;
            }
            default:
                o.Write(" len="u8); o.Dec(f.Data[bp + 1]);
                return mhlen;
        }
        if (v && !OptionsPrint(ref f, bp + hlen, mhlen - hlen))
        {
            if (!f.Truncated) f.PrintTrunc();
            return -1;
        }
        return mhlen;
    }

    private static bool CookiePrint(ref Frame f, int p, ReadOnlySpan<byte> who, ReadOnlySpan<byte> what)
    {
        uint a = f.U32(p), b = f.U32(p + 4);
        if (f.Truncated) return false;
        var o = f.Out;
        o.Write(who); o.Write(what); o.Hex(a, 8); o.Char(':'); o.Hex(b, 8);
        return true;
    }

    /// <summary>mobility_opt_print: false on a malformed or truncated option list.</summary>
    private static bool OptionsPrint(ref Frame f, int bp, int len)
    {
        var o = f.Out;
        int optlen;
        for (int i = 0; i < len; i += optlen)
        {
            int type = f.U8(bp + i);
            if (f.Truncated) return false;
            if (type == 0) optlen = 1;
            else if (i + 1 < len) { optlen = f.U8(bp + i + 1) + 2; if (f.Truncated) return false; }
            else return false;
            if (i + optlen > len) return false;
            // tcpdump checks that the byte after the option is captured too
            if (!f.Has(bp + i + optlen, 1)) return false;
            switch (type)
            {
                case 0: o.Write("(pad1)"u8); break;
                case 1:
                    if (len - i < 2) { o.Write("(padn: trunc)"u8); return false; }
                    o.Write("(padn)"u8);
                    break;
                case 2:
                {
                    if (len - i < 4) { o.Write("(refresh: trunc)"u8); return false; }
                    int r = f.U16(bp + i + 2);
                    if (f.Truncated) return false;
                    o.Write("(refresh: "u8); o.Dec(r << 2); o.Char(')');
                    break;
                }
                case 3:
                {
                    if (len - i < 18) { o.Write("(altcoa: trunc)"u8); return false; }
                    var a = f.Bytes(bp + i + 2, 16);
                    if (f.Truncated) return false;
                    o.Write("(alt-CoA: "u8); f.Ctx.Names.IPv6(o, a); o.Char(')');
                    break;
                }
                case 4:
                {
                    if (len - i < 6) { o.Write("(ni: trunc)"u8); return false; }
                    int ho = f.U16(bp + i + 2), co = f.U16(bp + i + 4);
                    if (f.Truncated) return false;
                    o.Write("(ni: ho=0x"u8); o.Hex((uint)ho, 4); o.Write(" co=0x"u8); o.Hex((uint)co, 4); o.Char(')');
                    break;
                }
                case 5:
                    if (len - i < 12) { o.Write("(auth: trunc)"u8); return false; }
                    o.Write("(auth)"u8);
                    break;
                default:
                {
                    if (len - i < 2) { o.Write("(sopt_type "u8); o.Dec(type); o.Write(": trunc)"u8); return false; }
                    int l = f.U8(bp + i + 1);
                    if (f.Truncated) return false;
                    o.Write("(type-0x"u8); o.Hex2((byte)type); o.Write(": len="u8); o.Dec(l); o.Char(')');
                    break;
                }
            }
        }
        return true;
    }
}
