namespace Wirecap.Print;

/// <summary>
/// IEEE 802.1AE MACsec SecTAG (print-macsec.c), between the Ethernet addresses and the payload's type.
/// <code>
///  0        1        2                  6                      14
/// +--------+--------+------------------+----------------------+---------------------+-----+
/// | TCI/AN | SL     | packet number    | SCI (when TCI.SC)    | secure data         | ICV |
/// +--------+--------+------------------+----------------------+---------------------+-----+
/// </code>
/// </summary>
public static class MacSec
{
    private const int IcvLength = 16, SecTagNoSci = 6, SecTagSci = 14;
    private const int TciVersion = 0x80, TciEs = 0x40, TciSc = 0x20, TciScb = 0x10, TciE = 0x08, TciC = 0x04;
    private const int TciFlags = TciEs | TciSc | TciScb | TciE | TciC, TciConfidential = TciE | TciC;

    private static readonly Tok Flags = new((TciE, "E"), (TciC, "C"), (TciEs, "S"), (TciScb, "B"), (TciSc, "I"));

    /// <summary>
    /// macsec_print. Moves p past the SecTAG and trims the ICV from the lengths (and the snapshot).
    /// Returns 0 when the payload is encrypted, -1 when it can be decoded, otherwise the header
    /// length for the caller to return.
    /// </summary>
    public static int Print(ref Frame f, ref int p, ref int length, ref int caplen, ref int hdrlen, int src, int dst)
    {
        string saved = f.Proto;
        f.Proto = "macsec";
        if (caplen < SecTagNoSci || length < SecTagNoSci) return Trunc(ref f, saved, hdrlen + caplen);
        int tci = f.U8(p);
        int sectagLen = SecTagNoSci;
        if ((tci & TciSc) != 0)
        {
            sectagLen = SecTagSci;
            if (caplen < SecTagSci || length < SecTagSci) return Trunc(ref f, saved, hdrlen + caplen);
        }
        int sl = f.U8(p + 1);
        if (f.Truncated) return hdrlen;
        if ((sl & ~0x3f) != 0 || (tci & TciVersion) != 0)
        {
            f.Out.Write(" (invalid)"u8);
            f.Proto = saved;
            return hdrlen + caplen;
        }
        int shortLength = sl & 0x3f;
        int tag = p;
        if (f.Opt.LinkHeader) HeaderPrint(ref f, tag, shortLength);

        p += sectagLen; hdrlen += sectagLen;
        length -= sectagLen; caplen -= sectagLen;

        if ((tci & TciConfidential) != 0)
        {
            if (!f.Opt.LinkHeader)
            {
                if (src >= 0 && dst >= 0)
                {
                    var s = f.Bytes(src, 6);
                    var d = f.Bytes(dst, 6);
                    if (!f.Truncated)
                    {
                        f.Ctx.Names.Mac(f.Out, s); f.Out.Write(" > "u8); f.Ctx.Names.Mac(f.Out, d); f.Out.Char(' ');
                    }
                }
                f.Out.Write("802.1AE MACsec, "u8);
                HeaderPrint(ref f, tag, shortLength);
            }
            f.Proto = saved;
            return 0;
        }

        // not encrypted: the ICV at the end is not payload
        if (length < IcvLength || caplen < IcvLength) return Trunc(ref f, saved, hdrlen + caplen);
        length -= IcvLength;
        caplen -= IcvLength;
        f.End -= IcvLength;
        if (shortLength != 0)
        {
            if (shortLength > length || shortLength > caplen) return Trunc(ref f, saved, hdrlen + caplen);
            if (length > shortLength) length = shortLength;
            if (caplen > shortLength) caplen = shortLength;
        }
        f.Proto = saved;
        return -1;
    }

    private static int Trunc(ref Frame f, string saved, int ret)
    {
        f.PrintTrunc();
        f.Proto = saved;
        return ret;
    }

    /// <summary>macsec_print_header: "an A, pn N, flags F[, sl S][, sci X], ".</summary>
    private static void HeaderPrint(ref Frame f, int tag, int shortLength)
    {
        var o = f.Out;
        int tci = f.U8(tag);
        uint pn = f.U32(tag + 2);
        if (f.Truncated) return;
        o.Write("an "u8); o.Dec(tci & 3); o.Write(", pn "u8); o.Dec(pn);
        o.Write(", flags "u8); Flags.Bits(o, (uint)(tci & TciFlags), "none", "");
        if (shortLength != 0) { o.Write(", sl "u8); o.Dec(shortLength); }
        if ((tci & TciSc) != 0)
        {
            ulong sci = f.U64(tag + 6);
            if (f.Truncated) return;
            o.Write(", sci "u8); o.Hex(sci, 16);
        }
        o.Write(", "u8);
    }
}
