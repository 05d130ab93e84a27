namespace Wirecap.Print;

/// <summary>HSRP version 0 (print-hsrp.c, RFC 2281): op code, state, group, virtual address; with -v the timers and authentication.</summary>
public static class Hsrp
{
    private static readonly string[] OpCodes = ["hello", "coup", "resign"];
    private static readonly Tok States = new((0, "initial"), (1, "learn"), (2, "listen"), (4, "speak"), (8, "standby"), (16, "active"));

    public static void Print(ref Frame f, int bp, int len)
    {
        f.Proto = "hsrp";
        var o = f.Out;
        int version = f.U8(bp);
        if (f.Truncated) return;
        o.Write("HSRPv"u8); o.Dec(version);
        if (version != 0) return;
        o.Char('-');
        int op = f.U8(bp + 1);
        if (f.Truncated) return;
        if (op < OpCodes.Length) o.Write(OpCodes[op]); else { o.Write("unknown ("u8); o.Dec(op); o.Char(')'); }
        o.Char(' ');
        o.Dec((uint)len); o.Write(": "u8);
        int state = f.U8(bp + 2);
        if (f.Truncated) return;
        o.Write("state="u8); States.Print(o, (uint)state, "Unknown (%u)"); o.Char(' ');
        int group = f.U8(bp + 6);
        if (f.Truncated) return;
        o.Write("group="u8); o.Dec(group); o.Char(' ');
        int reserved = f.U8(bp + 7);
        if (f.Truncated) return;
        if (reserved != 0) { o.Write("[reserved="u8); o.Dec(reserved); o.Write("!] "u8); }
        var addr = f.Bytes(bp + 16, 4);
        if (f.Truncated) return;
        o.Write("addr="u8); f.Ctx.Names.IPv4(o, addr);
        if (f.Opt.Verbose > 0)
        {
            int hello = f.U8(bp + 3);
            if (f.Truncated) return;
            o.Write(" hellotime="u8); RelativeTimePrint(o, (uint)hello);
            int hold = f.U8(bp + 4);
            if (f.Truncated) return;
            o.Write(" holdtime="u8); RelativeTimePrint(o, (uint)hold);
            int priority = f.U8(bp + 5);
            if (f.Truncated) return;
            o.Write(" priority="u8); o.Dec(priority);
            o.Write(" auth=\""u8);
            for (int i = 0; i < 8; i++)
            {
                byte c = f.U8(bp + 8 + i);
                if (f.Truncated || c == 0) break;
                TextProto.PrintChar(o, c);
            }
            o.Char('"');
        }
    }

    /// <summary>unsigned_relts_print: seconds as 1y2w3d4h5m6s.</summary>
    internal static void RelativeTimePrint(TextOut o, uint secs)
    {
        if (secs == 0) { o.Write("0s"u8); return; }
        ReadOnlySpan<uint> units = [31536000, 604800, 86400, 3600, 60, 1];
        ReadOnlySpan<byte> names = "ywdhms"u8;
        for (int k = 0; secs > 0 && k < units.Length; k++)
        {
            if (secs >= units[k])
            {
                o.Dec(secs / units[k]); o.Char(names[k]);
                secs -= secs / units[k] * units[k];
            }
        }
    }
}
