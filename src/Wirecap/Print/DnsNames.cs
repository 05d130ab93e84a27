namespace Wirecap.Print;

/// <summary>
/// Domain names (RFC 1035 4.1.4, RFC 2673 bit labels) and character strings. Each label starts with
/// a length byte whose two top bits give its kind:
/// <code>
///  00LLLLLL  a label of L bytes follows
///  01EEEEEE  an extended label; E = 1 is a bit-string label: a bit count byte, then the bits
///  10xxxxxx  reserved
///  11PPPPPP PPPPPPPP  a pointer: the name continues at offset P of the message
/// </code>
/// The functions return the offset just past what they read, or -1 where tcpdump returns NULL.
/// </summary>
public static partial class Dns
{
    private const int KindMask = 0xc0;
    private const int KindPointer = 0xc0;
    private const int KindReserved = 0x80;
    private const int KindExtended = 0x40;
    private const int ExtendedBitLabel = 0x01;
    /// <summary>MAXCDNAME: past this many characters the name stops being printed.</summary>
    private const int MaxNameChars = 255;

    /// <summary>ns_nskip: the offset past the name at cp, without printing it (a pointer ends the name).</summary>
    public static int SkipName(ref Frame f, int cp)
    {
        if (!f.Has(cp, 1)) return -1;
        int i = f.Data[cp++];
        while (i != 0)
        {
            switch (i & KindMask)
            {
                case KindPointer:
                    return cp + 1;
                case KindExtended:
                    if ((i & ~KindMask) != ExtendedBitLabel) return -1;
                    if (!f.Has(cp, 1)) return -1;
                    int bitlen = f.Data[cp];
                    if (bitlen == 0) bitlen = 256;
                    cp += 1 + (bitlen + 7) / 8;
                    break;
                case KindReserved:
                    return -1;
                default:
                    cp += i;
                    break;
            }
            if (!f.Has(cp, 1)) return -1;
            i = f.Data[cp++];
        }
        return cp;
    }

    /// <summary>
    /// labellen: how far the label at cp reaches past its first byte (for a pointer, the byte itself).
    /// Prints tcpdump's complaint and returns -1 for label kinds it does not know.
    /// </summary>
    private static int LabelLength(ref Frame f, int cp)
    {
        if (!f.Has(cp, 1)) return -1;
        int i = f.Data[cp];
        switch (i & KindMask)
        {
            case KindExtended:
                int elt = i & ~KindMask;
                if (elt != ExtendedBitLabel)
                {
                    f.Out.Write("<ELT "u8); f.Out.Dec(elt); f.Out.Char('>');
                    return -1;
                }
                if (!f.Has(cp + 1, 1)) return -1;
                int bitlen = f.Data[cp + 1];
                if (bitlen == 0) bitlen = 256;
                return (bitlen + 7) / 8 + 1;
            case KindPointer:
            case 0:
                return i;
            default:
                f.Out.Write("<BAD LABEL TYPE>"u8);
                return -1;
        }
    }

    /// <summary>blabel_print: a bit-string label as \[xHEX/bits]; cp is at its bit count.</summary>
    private static int PrintBitLabel(ref Frame f, int cp)
    {
        if (!f.Has(cp, 1)) return -1;
        int bitlen = f.Data[cp];
        if (bitlen == 0) bitlen = 256;
        // tcpdump bounds the loop by the hex digit count, not the byte count; the bit count ends it first.
        int lim = cp + 1 + (bitlen + 3) / 4;
        var o = f.Out;
        o.Write("\\[x"u8);
        int bp = cp + 1, b = bitlen;
        for (; bp < lim && b > 7; b -= 8, bp++)
        {
            byte v = f.U8(bp);
            if (f.Truncated) return -1;
            o.Hex2(v);
        }
        if (b > 4)
        {
            byte tc = f.U8(bp);
            if (f.Truncated) return -1;
            o.Hex2((byte)(tc & (0xff << (8 - b))));
        }
        else if (b > 0)
        {
            byte tc = f.U8(bp);
            if (f.Truncated) return -1;
            o.Hex((uint)(((tc >> 4) & 0x0f) & (0x0f << (4 - b))));
        }
        o.Write("/"u8); o.Dec(bitlen); o.Char(']');
        return lim;
    }

    /// <summary>
    /// A list of uncompressed names filling [cp, end), as DHCP and HNCP options carry them: each
    /// name printed after a space, with end passed as the message start so that no compression
    /// pointer is followed. False when a name could not be printed.
    /// </summary>
    public static bool PrintNameList(ref Frame f, int cp, int end)
    {
        while (cp < end)
        {
            f.Out.Char(' ');
            cp = PrintName(ref f, cp, end);
            if (cp < 0) return false;
        }
        return true;
    }

    /// <summary>
    /// fqdn_print: the name at cp, with compression pointers relative to bp (the message start).
    /// A pointer must point strictly before the previous one (or the name), which ends loops.
    /// Returns the offset past the name where it sits in the message, or -1.
    /// </summary>
    public static int PrintName(ref Frame f, int cp, int bp)
    {
        var o = f.Out;
        int l = LabelLength(ref f, cp);
        if (l < 0) return -1;
        if (!f.Has(cp, 1)) return -1;
        uint maxOffset = (uint)(cp - bp);
        int i = f.Data[cp++];
        int rp = -1;
        bool compressed = false;
        if ((i & KindMask) != KindPointer) rp = cp + l;

        if (i == 0)
        {
            o.Char('.');
            return rp;
        }

        int nameChars = 0;
        while (i != 0 && cp < f.End)
        {
            switch (i & KindMask)
            {
                case KindPointer:
                {
                    if (!compressed) { rp = cp + 1; compressed = true; }
                    if (!f.Has(cp, 1)) return -1;
                    uint offset = (uint)(((i << 8) | f.Data[cp]) & 0x3fff);
                    if (offset >= maxOffset)
                    {
                        o.Write("<BAD PTR>"u8);
                        return -1;
                    }
                    maxOffset = offset;
                    cp = bp + (int)offset;
                    if (!f.Has(cp, 1)) return -1;
                    i = f.Data[cp];
                    l = LabelLength(ref f, cp);
                    if (l < 0) return -1;
                    cp++;
                    continue;
                }
                case KindExtended:
                {
                    int elt = i & ~KindMask;
                    if (elt != ExtendedBitLabel)
                    {
                        o.Write("<ELT "u8); o.Dec(elt); o.Char('>');
                        return -1;
                    }
                    if (PrintBitLabel(ref f, cp) < 0) return -1;
                    break;
                }
                case KindReserved:
                    o.Write("<BAD LABEL TYPE>"u8);
                    return -1;
                default:
                    if (nameChars + l <= MaxNameChars)
                    {
                        if (PrintChars(ref f, cp, (uint)l)) return -1;
                    }
                    else if (nameChars < MaxNameChars)
                    {
                        if (PrintChars(ref f, cp, (uint)(MaxNameChars - nameChars))) return -1;
                    }
                    nameChars += l;
                    break;
            }

            cp += l;
            if (nameChars <= MaxNameChars) o.Char('.');
            nameChars++;
            if (!f.Has(cp, 1)) return -1;
            i = f.Data[cp];
            l = LabelLength(ref f, cp);
            if (l < 0) return -1;
            cp++;
            if (!compressed) rp += l + 1;
        }
        if (nameChars > MaxNameChars) o.Write("<DOMAIN NAME TOO LONG>"u8);
        return rp;
    }

    /// <summary>ns_cprint: a character-string (length byte, then the bytes).</summary>
    private static int PrintCharString(ref Frame f, int cp)
    {
        if (!f.Has(cp, 1)) return -1;
        int n = f.Data[cp++];
        if (PrintChars(ref f, cp, (uint)n)) return -1;
        return cp + n;
    }

    /// <summary>
    /// nd_printn up to the snapshot end: n bytes with non-printable ones escaped (M-x, ^x).
    /// Returns true when the capture ended first.
    /// </summary>
    private static bool PrintChars(ref Frame f, int s, uint n)
    {
        var o = f.Out;
        while (n > 0 && s < f.End)
        {
            n--;
            PrintChar(o, f.Data[s++]);
        }
        return n != 0;
    }

    /// <summary>fn_print_char.</summary>
    private static void PrintChar(TextOut o, byte c)
    {
        if (c >= 0x80)
        {
            c &= 0x7f;
            o.Write("M-"u8);
        }
        if (c < 0x20 || c > 0x7e)
        {
            c ^= 0x40;
            o.Char('^');
        }
        o.Char(c);
    }
}
