namespace Wirecap.Print;

/// <summary>tcpdump's print-ascii.c: the -x, -X and -A dumps, also used by printers for undecoded data.</summary>
public static class HexDump
{
    private static bool IsGraph(byte c) => c >= 0x21 && c <= 0x7e;

    /// <summary>hex_and_ascii_print_with_offset: lines of "0x0000:  4500 0034 ...  E..4".</summary>
    public static void HexAndAscii(ref Frame f, ReadOnlySpan<byte> indent, int off, int length, int offset = 0)
    {
        int cap = f.Available(off);
        bool truncated = false;
        if (length > cap) { length = cap; truncated = true; }
        var o = f.Out;
        Span<byte> ascii = stackalloc byte[16];
        int pos = off;
        while (length > 0)
        {
            int n = Math.Min(16, length);
            o.Write(indent);
            o.Write("0x"u8); o.Hex((uint)offset, 4); o.Write(": "u8);
            int hexChars = 0;
            for (int i = 0; i < n; i++)
            {
                byte b = f.Data[pos + i];
                if ((i & 1) == 0) { o.Char(' '); hexChars++; }
                o.Hex2(b); hexChars += 2;
                ascii[i] = IsGraph(b) ? b : (byte)'.';
            }
            o.Spaces(40 - hexChars + 2);
            o.Write(ascii[..n]);
            pos += n; length -= n; offset += 16;
        }
        if (truncated) f.Trunc();
    }

    /// <summary>hex_print_with_offset: lines of "0x0000:  4500 0034 ...".</summary>
    public static void Hex(ref Frame f, ReadOnlySpan<byte> indent, int off, int length, int offset = 0)
    {
        int cap = f.Available(off);
        bool truncated = false;
        if (length > cap) { length = cap; truncated = true; }
        var o = f.Out;
        int i = 0, pos = off;
        for (int nshorts = length / 2; nshorts > 0; nshorts--)
        {
            if (i++ % 8 == 0) { o.Write(indent); o.Write("0x"u8); o.Hex((uint)offset, 4); o.Write(": "u8); offset += 16; }
            o.Char(' '); o.Hex2(f.Data[pos]); o.Hex2(f.Data[pos + 1]);
            pos += 2;
        }
        if ((length & 1) != 0)
        {
            if (i % 8 == 0) { o.Write(indent); o.Write("0x"u8); o.Hex((uint)offset, 4); o.Write(": "u8); }
            o.Char(' '); o.Hex2(f.Data[pos]);
        }
        if (truncated) f.Trunc();
    }

    /// <summary>ascii_print: printable characters, '.' for the rest, CRs before LFs dropped.</summary>
    public static void Ascii(ref Frame f, int off, int length)
    {
        f.Proto = "ascii";
        int cap = f.Available(off);
        bool truncated = false;
        if (length > cap) { length = cap; truncated = true; }
        var o = f.Out;
        o.Char('\n');
        int pos = off;
        while (length > 0)
        {
            byte s = f.Data[pos++];
            length--;
            if (s == '\r')
            {
                if (length > 1 && f.Data[pos] != '\n') o.Char('.');
            }
            else if (!IsGraph(s) && s != '\t' && s != ' ' && s != '\n') o.Char('.');
            else o.Char(s);
        }
        if (truncated) f.Trunc();
    }
}
