using System.Runtime.Intrinsics;

namespace Wirecap.Print;

/// <summary>tcpdump's print-ascii.c: the -x, -X and -A dumps, also used by printers for undecoded data.</summary>
public static class HexDump
{
    private static bool IsGraph(byte c) => c >= 0x21 && c <= 0x7e;

    /// <summary>The part of length bytes at off that was captured; truncated when some were not (the dump then ends with the marker).</summary>
    private static ReadOnlySpan<byte> Captured(ref Frame f, int off, int length, out bool truncated)
    {
        int cap = f.Available(off);
        truncated = length > cap;
        return f.Data.Slice(Math.Min(off, f.Data.Length), Math.Max(Math.Min(length, cap), 0));
    }

    /// <summary>hex_and_ascii_print_with_offset: lines of "0x0000:  4500 0034 ...  E..4".</summary>
    public static void HexAndAscii(ref Frame f, ReadOnlySpan<byte> indent, int off, int length, int offset = 0)
    {
        var data = Captured(ref f, off, length, out bool truncated);
        var o = f.Out;
        if (o.Frozen) { if (truncated) f.Trunc(); return; }
        var hex = HexLower;
        int lineLength = indent.Length + 12 + 52 + 2 + 16;
        for (int pos = 0; pos < data.Length; pos += 16, offset += 16)
        {
            int n = Math.Min(16, data.Length - pos);
            var line = data.Slice(pos, n);
            var dst = o.Reserve(lineLength);
            indent.CopyTo(dst);
            int p = indent.Length;
            dst[p++] = (byte)'0'; dst[p++] = (byte)'x';
            dst[p++] = hex[(offset >> 12) & 0xf]; dst[p++] = hex[(offset >> 8) & 0xf];
            dst[p++] = hex[(offset >> 4) & 0xf]; dst[p++] = hex[offset & 0xf];
            if (offset > 0xffff) { p = indent.Length; WriteOffset(dst, ref p, offset); }
            dst[p++] = (byte)':'; dst[p++] = (byte)' ';
            if (n == 16 && Vector128.IsHardwareAccelerated)
            {
                var v = Vector128.Create(line);
                WriteHexGroups(v, dst.Slice(p, 52));
                p += 40;
                dst[p++] = (byte)' '; dst[p++] = (byte)' ';
                var graph = Vector128.GreaterThan(v, Vector128.Create((byte)0x20)) & Vector128.LessThan(v, Vector128.Create((byte)0x7f));
                Vector128.ConditionalSelect(graph, v, Vector128.Create((byte)'.')).CopyTo(dst.Slice(p, 16));
                p += 16;
                o.Advance(p);
                continue;
            }
            int hexStart = p;
            for (int i = 0; i < n; i++)
            {
                if ((i & 1) == 0) dst[p++] = (byte)' ';
                byte b = line[i];
                dst[p++] = hex[b >> 4];
                dst[p++] = hex[b & 0xf];
            }
            int pad = 40 - (p - hexStart) + 2;
            dst.Slice(p, pad).Fill((byte)' ');
            p += pad;
            for (int i = 0; i < n; i++)
            {
                byte b = line[i];
                dst[p++] = IsGraph(b) ? b : (byte)'.';
            }
            o.Advance(p);
        }
        if (truncated) f.Trunc();
    }

    private static ReadOnlySpan<byte> HexLower => "0123456789abcdef"u8;

    /// <summary>
    /// Sixteen bytes as " hhhh hhhh ... hhhh" (40 characters) with vector shuffles: nibbles to hex
    /// digits by table lookup, then spread into groups of four with a space before each group.
    /// dst needs 52 bytes of room (the last 12 are scratch).
    /// </summary>
    private static void WriteHexGroups(Vector128<byte> v, Span<byte> dst)
    {
        var table = Vector128.Create("0123456789abcdef"u8);
        var hi = Vector128.Shuffle(table, Vector128.ShiftRightLogical(v, 4) & Vector128.Create((byte)0x0f));
        var lo = Vector128.Shuffle(table, v & Vector128.Create((byte)0x0f));
        // Interleave: hex digits of bytes 0-7 in a, of bytes 8-15 in b.
        var a = Vector128.Shuffle(hi, Vector128.Create((byte)0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7)) & EvenMask
              | Vector128.Shuffle(lo, Vector128.Create((byte)0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7)) & OddMask;
        var b = Vector128.Shuffle(hi, Vector128.Create((byte)8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15)) & EvenMask
              | Vector128.Shuffle(lo, Vector128.Create((byte)8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15)) & OddMask;
        // a holds 16 digits = 4 groups; output groups are 5 bytes (" " + 4 digits): 20 bytes per vector.
        var spaces = Vector128.Create((byte)' ');
        var idx0 = Vector128.Create((byte)0xff, 0, 1, 2, 3, 0xff, 4, 5, 6, 7, 0xff, 8, 9, 10, 11, 0xff);
        var idx1 = Vector128.Create((byte)12, 13, 14, 15, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff);
        var spaceAt0 = Vector128.Create((byte)0xff, 0, 0, 0, 0, 0xff, 0, 0, 0, 0, 0xff, 0, 0, 0, 0, 0xff);
        Vector128.ConditionalSelect(spaceAt0, spaces, Vector128.Shuffle(a, idx0)).CopyTo(dst);
        Vector128.Shuffle(a, idx1).CopyTo(dst[16..]);
        Vector128.ConditionalSelect(spaceAt0, spaces, Vector128.Shuffle(b, idx0)).CopyTo(dst[20..]);
        Vector128.Shuffle(b, idx1).CopyTo(dst[36..]);
    }

    private static Vector128<byte> EvenMask => Vector128.Create((ushort)0x00ff).AsByte();
    private static Vector128<byte> OddMask => Vector128.Create((ushort)0xff00).AsByte();

    /// <summary>"0x" and %04x of an offset too big for four digits.</summary>
    private static void WriteOffset(Span<byte> dst, ref int p, int offset)
    {
        dst[p++] = (byte)'0'; dst[p++] = (byte)'x';
        int digits = 4;
        while (digits < 8 && (offset >> (digits * 4)) != 0) digits++;
        for (int d = digits - 1; d >= 0; d--) dst[p++] = HexLower[(offset >> (d * 4)) & 0xf];
    }

    /// <summary>
    /// print_unknown_data: the captured part of len bytes at p as hex lines under indent, or
    /// tcpdump's "Dissector error" line when p is already past the capture.
    /// </summary>
    public static void UnknownData(ref Frame f, int p, ReadOnlySpan<byte> indent, int len)
    {
        if (!f.Has(p, 0))
        {
            f.Out.Write(indent);
            f.Out.Write("Dissector error: print_unknown_data called with pointer past end of packet"u8);
            return;
        }
        Hex(ref f, indent, p, Math.Min(len, f.Available(p)));
    }

    /// <summary>hex_print_with_offset: lines of "0x0000:  4500 0034 ...".</summary>
    public static void Hex(ref Frame f, ReadOnlySpan<byte> indent, int off, int length, int offset = 0)
    {
        var data = Captured(ref f, off, length, out bool truncated);
        var o = f.Out;
        if (o.Frozen) { if (truncated) f.Trunc(); return; }
        var hex = HexLower;
        for (int pos = 0; pos < data.Length; pos += 16, offset += 16)
        {
            int n = Math.Min(16, data.Length - pos);
            var line = data.Slice(pos, n);
            var dst = o.Reserve(indent.Length + 12 + 52);
            indent.CopyTo(dst);
            int p = indent.Length;
            WriteOffset(dst, ref p, offset);
            dst[p++] = (byte)':'; dst[p++] = (byte)' ';
            if (n == 16 && Vector128.IsHardwareAccelerated)
            {
                WriteHexGroups(Vector128.Create(line), dst.Slice(p, 52));
                o.Advance(p + 40);
                continue;
            }
            for (int i = 0; i < n; i++)
            {
                if ((i & 1) == 0) dst[p++] = (byte)' ';
                byte b = line[i];
                dst[p++] = hex[b >> 4];
                dst[p++] = hex[b & 0xf];
            }
            o.Advance(p);
        }
        if (truncated) f.Trunc();
    }

    /// <summary>ascii_print: printable characters, '.' for the rest, CRs before LFs dropped.</summary>
    public static void Ascii(ref Frame f, int off, int length)
    {
        f.Proto = "ascii";
        var data = Captured(ref f, off, length, out bool truncated);
        var o = f.Out;
        o.Char('\n');
        if (o.Frozen) { if (truncated) f.Trunc(); return; }
        var dst = o.Reserve(data.Length);
        int p = 0;
        for (int i = 0; i < data.Length; i++)
        {
            byte s = data[i];
            int left = data.Length - i - 1;
            if (s == '\r')
            {
                // A CR is dropped before a line end (and at the very end), shown as '.' elsewhere.
                if (left > 1 && data[i + 1] != '\n') dst[p++] = (byte)'.';
            }
            else if (!IsGraph(s) && s != '\t' && s != ' ' && s != '\n') dst[p++] = (byte)'.';
            else dst[p++] = s;
        }
        o.Advance(p);
        if (truncated) f.Trunc();
    }
}
