namespace Wirecap.Print;

/// <summary>OTV (print-otv.c, draft-hasmit-otv): flags, overlay and instance, then the inner Ethernet frame.</summary>
public static class Otv
{
    public const int Port = 8472;
    private const int HeaderLength = 8;

    public static void Print(ref Frame f, int bp, int len)
    {
        f.Proto = "otv";
        var o = f.Out;
        o.Write("OTV, "u8);
        if (len < HeaderLength)
        {
            o.Write("[length "u8); o.Dec((uint)len); o.Write(" < 8]"u8);
            o.Write(" (invalid)"u8);
            f.Need(bp, len);
            return;
        }
        int flags = f.U8(bp);
        if (f.Truncated) return;
        o.Write("flags ["u8); o.Char((flags & 0x08) != 0 ? 'I' : '.'); o.Write("] (0x"u8); o.Hex2((byte)flags); o.Write("), "u8);
        uint overlay = f.U24(bp + 1);
        if (f.Truncated) return;
        o.Write("overlay "u8); o.Dec(overlay); o.Write(", "u8);
        uint instance = f.U24(bp + 4);
        if (f.Truncated) return;
        o.Write("instance "u8); o.Dec(instance); o.Char('\n');
        if (!f.Need(bp + 7, 1)) return;
        Ethernet.Print(ref f, bp + 8, len - HeaderLength, f.Available(bp + 8));
    }
}
