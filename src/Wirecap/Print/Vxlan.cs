namespace Wirecap.Print;

/// <summary>
/// VXLAN (print-vxlan.c, RFC 7348): flags and the network identifier, then the inner Ethernet frame.
/// <code>
/// |R|R|R|R|I|R|R|R|   reserved (24)   |   VNI (24)   | reserved (8) |
/// </code>
/// </summary>
public static class Vxlan
{
    private const int HeaderLength = 8;

    public static void Print(ref Frame f, int bp, int len)
    {
        f.Proto = "vxlan";
        var o = f.Out;
        o.Write("VXLAN"u8);
        if (len < HeaderLength) { o.Write(" (invalid)"u8); return; }
        int flags = f.U8(bp);
        if (f.Truncated) return;
        o.Write(", flags ["u8);
        o.Write((flags & 0x08) != 0 ? "I"u8 : "invalid"u8);
        o.Write("] (0x"u8); o.Hex2((byte)flags); o.Write("), "u8);
        uint vni = f.U24(bp + 4);
        if (f.Truncated) return;
        o.Write("vni "u8); o.Dec(vni); o.Char('\n');
        if (!f.Need(bp + 7, 1)) return;
        Ethernet.Print(ref f, bp + 8, len - HeaderLength, f.Available(bp + 8));
    }
}
