namespace Wirecap.Print;

/// <summary>
/// RIPng (print-ripng.c, RFC 2080): a request or response and its route entries (prefix, route
/// tag, prefix length, metric), one per line with -vv.
/// </summary>
public static class Ripng
{
    public const int Port = 521;
    private const int HeaderLength = 4, EntryLength = 20, Version = 1, Request = 1, Response = 2, Infinity = 16;

    /// <summary>ripng_print: the message at p, length bytes.</summary>
    public static void Print(ref Frame f, int p, int length)
    {
        f.Proto = "ripng";
        var o = f.Out;
        int version = f.U8(p + 1);
        if (f.Truncated) return;
        if (version != Version)
        {
            o.Write(" [vers "u8); o.Dec(version); o.Write("] (invalid)"u8);
            return;
        }
        int command = f.U8(p);
        if (command is not (Request or Response))
        {
            o.Write(" ripng-"u8); o.Dec(command); o.Write(" ?? "u8); o.Dec((uint)length); o.Write(" (invalid)"u8);
            return;
        }
        if ((uint)length < HeaderLength) { o.Write(" (invalid)"u8); return; }
        int left = length - HeaderLength;
        int count = left / EntryLength;
        // A request for a single entry of :: with metric infinity asks for the whole table.
        if (command == Request && count == 1 && f.U8(p + HeaderLength + 19) == Infinity
            && f.Data.Slice(p + HeaderLength, 16).IndexOfAnyExcept((byte)0) < 0)
        {
            o.Write(" ripng-req dump"u8);
            return;
        }
        if (f.Truncated) return;
        o.Write(command == Request ? " ripng-req "u8 : " ripng-resp "u8); o.Dec(count);
        if (count * EntryLength != left) { o.Char('['); o.Dec((uint)length); o.Char(']'); }
        o.Char(':');
        for (int e = p + HeaderLength; left >= EntryLength && !f.Truncated; left -= EntryLength, e += EntryLength)
        {
            o.Write(f.Opt.Verbose > 1 ? "\n\t"u8 : " "u8);
            Entry(ref f, e, command == Response);
        }
        if (left != 0 && !f.Truncated) o.Write(" (invalid)"u8);
    }

    /// <summary>rip6_entry_print: prefix/length, " [tag]" when set, " (metric)" in responses when set.</summary>
    private static void Entry(ref Frame f, int e, bool printMetric)
    {
        var o = f.Out;
        var prefix = f.Bytes(e, 16);
        int prefixLength = f.U8(e + 18);
        if (f.Truncated) return;
        f.Ctx.Names.IPv6(o, prefix); o.Char('/'); o.Dec(prefixLength);
        int tag = f.U16(e + 16);
        if (tag != 0) { o.Write(" ["u8); o.Dec(tag); o.Char(']'); }
        int metric = f.U8(e + 19);
        if (metric != 0 && printMetric) { o.Write(" ("u8); o.Dec(metric); o.Char(')'); }
    }
}
