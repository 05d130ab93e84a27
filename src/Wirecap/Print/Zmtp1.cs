namespace Wirecap.Print;

/// <summary>
/// ZMTP/1.0 (print-zeromq.c): ZeroMQ frames over TCP (-T zmtp1), or inside the data of PGM
/// ODATA/RDATA (-T pgm_zmtp1), where a 16-bit offset to the first message opens the datagram.
/// A frame is a length (one byte, or 0xff and eight bytes), a flags byte and the body; the length
/// counts the flags byte.
/// </summary>
public static class Zmtp1
{
    /// <summary>Body bytes dumped at a single -v (all of them from -vv on).</summary>
    private const int VerboseBytes = 128;

    /// <summary>zmtp1_print: the frames in len bytes at cp of a TCP segment.</summary>
    public static void Print(ref Frame f, int cp, int len)
    {
        f.Proto = "zmtp1";
        int ep = (int)Math.Min(f.End, (long)cp + len);
        f.Out.Write(": ZMTP/1.0"u8);
        while (cp < ep && !f.Truncated) cp = FramePrint(ref f, cp, ep);
    }

    /// <summary>zmtp1_datagram_print: the part of a message carried over from the last datagram, then whole frames.</summary>
    public static void DatagramPrint(ref Frame f, int cp, uint len)
    {
        f.Proto = "zmtp1";
        var o = f.Out;
        int ep = (int)Math.Min(f.End, (long)cp + len);
        uint frameOffset = f.U16(cp);
        if (f.Truncated) return;
        o.Write("\n\t frame offset 0x"u8); o.Hex(frameOffset, 4);
        cp += 2;
        uint remaining = (uint)f.Available(cp);
        // 0xffff: the whole datagram continues an earlier message.
        if (frameOffset == 0xffff) frameOffset = len - 2;
        else if (2 + frameOffset > len)
        {
            o.Write(" (exceeds datagram declared length)"u8);
            f.Trunc();
            return;
        }
        if (frameOffset != 0)
        {
            o.Write("\n\t frame intermediate part, "u8); o.Dec(frameOffset); o.Write(" bytes"u8);
            if (frameOffset > remaining) { o.Write(" ("u8); o.Dec(remaining); o.Write(" captured)"u8); }
            if (f.Opt.Verbose > 0)
            {
                uint printed = Math.Min(frameOffset, remaining);
                if (f.Opt.Verbose == 1) printed = Math.Min(VerboseBytes, printed);
                if (printed > 1)
                {
                    o.Write(", first "u8); o.Dec(printed); o.Write(" byte(s):"u8);
                    HexDump.HexAndAscii(ref f, "\n\t "u8, cp, (int)printed);
                }
            }
        }
        long next = cp + (long)frameOffset;
        if (next >= ep) return;
        cp = (int)next;
        while (cp < ep && !f.Truncated) cp = FramePrint(ref f, cp, ep);
    }

    /// <summary>zmtp1_print_frame: one frame at cp; returns where the next one starts.</summary>
    private static int FramePrint(ref Frame f, int cp, int ep)
    {
        var o = f.Out;
        o.Write("\n\t"u8);
        int headerLength;
        ulong declared;
        int first = f.U8(cp);
        if (f.Truncated) return ep;
        if (first != 0xff)
        {
            headerLength = 1;
            declared = (ulong)first;
            o.Write(" frame flags+body  (8-bit) length "u8); o.Dec(declared);
        }
        else
        {
            headerLength = 9;
            o.Write(" frame flags+body (64-bit) length"u8);
            if (!f.Need(cp, headerLength)) return ep;
            declared = f.U64(cp + 1);
            o.Char(' '); o.Dec(declared);
        }
        if (declared == 0) return cp + headerLength;
        if (!f.Need(cp, headerLength + 1)) return ep;
        int flags = f.Data[cp + headerLength];

        // Computed as tcpdump does, wrapping when the header runs past the datagram's end.
        ulong captured = (ulong)((long)ep - cp - headerLength);
        if (declared > captured) { o.Write(" ("u8); o.Dec(captured); o.Write(" captured)"u8); }
        o.Write(", flags 0x"u8); o.Hex2((byte)flags);

        if (f.Opt.Verbose > 0)
        {
            o.Write(" ("u8);
            for (int bit = 0x80; bit > 0x01; bit >>= 1)
            {
                o.Write((flags & bit) != 0 ? "MBZ"u8 : "-"u8);
                o.Char('|');
            }
            o.Write((flags & 0x01) != 0 ? "MORE)"u8 : "-)"u8);

            ulong printed = Math.Min(captured, declared);
            if (f.Opt.Verbose == 1) printed = Math.Min(VerboseBytes + 1, printed);
            if (printed > 1)
            {
                o.Write(", first "u8); o.Dec(printed - 1); o.Write(" byte(s) of body:"u8);
                HexDump.HexAndAscii(ref f, "\n\t "u8, cp + headerLength + 1, (int)Math.Min(printed - 1, int.MaxValue));
            }
        }

        // Step over the body only once it is known to be captured: a huge length must not wrap.
        cp += headerLength;
        if ((ulong)f.Available(cp) < declared)
        {
            f.Trunc();
            return ep;
        }
        return cp + (int)declared;
    }
}
