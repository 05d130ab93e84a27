namespace Wirecap.Print;

/// <summary>
/// Ethernet configuration testing protocol, EtherType 0x9000 (print-loopback.c): a skip count
/// (little-endian), skipped bytes, then a message: function, and a receipt number or a forwarding address.
/// </summary>
public static class Loopback
{
    private const int Reply = 1, ForwardData = 2;
    private static readonly Tok Functions = new((Reply, "Reply"), (ForwardData, "Forward Data"));

    public static void Print(ref Frame f, int cp, int len)
    {
        f.Proto = "loopback";
        var o = f.Out;
        o.Write("Loopback"u8);
        if (len < 2) { Invalid(ref f, cp, len); return; }
        int skip = f.U16LE(cp);
        cp += 2; len -= 2;
        o.Write(", skipCount "u8); o.Dec(skip);
        if (skip % 8 != 0) o.Write(" (bogus)"u8);
        if (skip > len) { Invalid(ref f, cp, len); return; }
        if (!f.Need(cp, skip)) return;
        cp += skip; len -= skip;
        MessagePrint(ref f, cp, len);
    }

    private static void MessagePrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        if (len < 2) { Invalid(ref f, cp, len); return; }
        int function = f.U16LE(cp);
        cp += 2; len -= 2;
        o.Write(", "u8); Functions.Print(o, (uint)function, " invalid (%u)");
        switch (function)
        {
            case Reply:
                if (len < 2) { Invalid(ref f, cp, len); return; }
                int receipt = f.U16LE(cp);
                o.Write(", receipt number "u8); o.Dec(receipt);
                cp += 2; len -= 2;
                o.Write(", data ("u8); o.Dec(len); o.Write(" octets)"u8);
                f.Need(cp, len);
                break;
            case ForwardData:
                if (len < 6) { Invalid(ref f, cp, len); return; }
                var a = f.Bytes(cp, 6);
                if (f.Truncated) return;
                o.Write(", forwarding address "u8); f.Ctx.Names.Mac(o, a);
                cp += 6; len -= 6;
                o.Write(", data ("u8); o.Dec(len); o.Write(" octets)"u8);
                f.Need(cp, len);
                break;
            default:
                f.Need(cp, len);
                break;
        }
    }

    private static void Invalid(ref Frame f, int cp, int len)
    {
        f.Out.Write(" (invalid)"u8);
        f.Need(cp, len);
    }
}
