namespace Wirecap.Print;

/// <summary>
/// NSH, the Network Service Header (print-nsh.c; RFC 8300), EtherType 0x894f and VXLAN-GPE next protocol 4.
/// <code>
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |Ver|O|U|    TTL    |   Length  |U|U|U|U|MD Type| Next Protocol |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |          Service Path Identifier (SPI)        | Service Index |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  Context headers (Length - 2 words) ...
/// </code>
/// </summary>
public static class Nsh
{
    public const int EtherTypeNsh = 0x894f;
    private const int BaseAndPathLength = 8, WordSize = 4;
    private const int MdType1 = 1, MdType2 = 2;

    private static readonly Tok Flags = new((0x2, "O"));
    private static readonly Tok MdTypes = new((0x00, "reserved"), (0x01, "1"), (0x02, "2"), (0x0f, "experimental"));
    private static readonly Tok NextProtocols = new((0x01, "IPv4"), (0x02, "IPv6"), (0x03, "Ethernet"), (0x04, "NSH"),
        (0x05, "MPLS"), (0xfe, "Experiment 1"), (0xff, "Experiment 2"));

    /// <summary>nsh_print: bp/len are the NSH packet.</summary>
    public static void Print(ref Frame f, int bp, int len)
    {
        f.Proto = "nsh";
        var o = f.Out;
        int verbose = f.Opt.Verbose;
        if (len < BaseAndPathLength)
        {
            o.Write(" (packet length "u8); o.Dec(len); o.Write(" < 8) (invalid)"u8);
            return;
        }
        uint baseHeader = f.U32(bp);
        if (f.Truncated) return;
        bp += 4;
        uint version = baseHeader >> 30;
        uint flags = (baseHeader >> 28) & 0x3;
        uint ttl = (baseHeader >> 22) & 0x3f;
        int length = (int)((baseHeader >> 16) & 0x3f);
        uint mdType = (baseHeader >> 8) & 0xf;
        uint nextProtocol = baseHeader & 0xff;

        o.Write("NSH, "u8);
        if (verbose > 1) { o.Write("ver "u8); o.Dec(version); o.Write(", "u8); }
        if (version != 0) return;
        o.Write("flags ["u8); Flags.Bits(o, flags, "none", ""); o.Write("], "u8);
        if (verbose > 2)
        {
            o.Write("TTL "u8); o.Dec(ttl); o.Write(", "u8);
            o.Write("length "u8); o.Dec(length); o.Write(", "u8);
            o.Write("md type "u8); MdTypes.Print(o, mdType, "unknown (0x%02x)"); o.Write(", "u8);
        }
        if (verbose > 1)
        {
            o.Write("next-protocol "u8); NextProtocols.Print(o, nextProtocol, "unknown (0x%02x)"); o.Write(", "u8);
        }
        if (len < length * WordSize)
        {
            o.Write(" (too many headers for packet length "u8); o.Dec(len); o.Write(") (invalid)"u8);
            return;
        }
        uint spi = f.U24(bp);
        if (f.Truncated) return;
        o.Write("service-path-id 0x"u8); o.Hex(spi, 6); o.Write(", "u8);
        int serviceIndex = f.U8(bp + 3);
        if (f.Truncated) return;
        o.Write("service-index 0x"u8); o.Hex((uint)serviceIndex);
        bp += 4;
        // Length counts the base and service path headers too.
        if (length < 2) { o.Write(" (less than two headers) (invalid)"u8); return; }

        bool pastHeaders = false;
        if (verbose > 2)
        {
            if (mdType == MdType1)
            {
                if (length != 6) { o.Write(" (invalid length for the MD type) (invalid)"u8); return; }
                for (int n = 0; n < length - 2; n++, bp += WordSize)
                {
                    uint context = f.U32(bp);
                    if (f.Truncated) return;
                    o.Write("\n        Context["u8); o.Dec((ulong)n, 2); o.Write("]: 0x"u8); o.Hex(context, 8);
                }
                pastHeaders = true;
            }
            else if (mdType == MdType2)
            {
                if (!Md2Print(ref f, ref bp, length)) return;
                pastHeaders = true;
            }
        }
        if (!pastHeaders)
        {
            if (!f.Need(bp, (length - 2) * WordSize)) return;
            bp += (length - 2) * WordSize;
        }
        o.Write(verbose > 0 ? "\n    "u8 : ": "u8);

        int nextLength = len - length * WordSize;
        switch (nextProtocol)
        {
            case 0x01: Ip.Print(ref f, bp, nextLength); break;
            case 0x02: Ip6.Print(ref f, bp, nextLength); break;
            case 0x03: Ethernet.Print(ref f, bp, nextLength, f.Available(bp)); break;
            default: o.Write("ERROR: unknown-next-protocol"u8); break;
        }
    }

    /// <summary>MD type 2 context headers: class, type, length, value TLVs; false when the packet ends here.</summary>
    private static bool Md2Print(ref Frame f, ref int bp, int length)
    {
        var o = f.Out;
        int n = 0;
        while (n < length - 2)
        {
            int tlvClass = f.U16(bp);
            int tlvType = f.U8(bp + 2);
            int tlvLength = f.U8(bp + 3) & 0x7f;
            if (f.Truncated) return false;
            bp += 4;
            int padded = (tlvLength + 3) & ~3;
            o.Write("\n        TLV Class "u8); o.Dec(tlvClass); o.Write(", Type "u8); o.Dec(tlvType);
            o.Write(", Len "u8); o.Dec(tlvLength);
            n++;
            if (length - 2 < n + padded / WordSize) { o.Write(" (length too big) (invalid)"u8); return false; }
            if (tlvLength != 0)
            {
                o.Write("\n            Value: "u8);
                for (int vn = 0; vn < tlvLength; vn++, bp++)
                {
                    int b = f.U8(bp);
                    if (f.Truncated) return false;
                    o.Write(vn == 0 ? "0x"u8 : ":"u8); o.Hex2((byte)b);
                }
                // the padding after the value
                if (!f.Need(bp, padded - tlvLength)) return false;
                bp += padded - tlvLength;
                n += padded / WordSize;
            }
        }
        return true;
    }
}
