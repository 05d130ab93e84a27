namespace Wirecap.Print;

/// <summary>
/// Arista's vendor EtherType 0xd28b (print-arista.c): a subtype, then for timestamps a version
/// (timescale, format, hardware) and a 64- or 48-bit time; another EtherType follows.
/// </summary>
public static class Arista
{
    private const int SubtypeTimestamp = 1, Format64 = 1, Format48 = 2;

    private static readonly Tok Subtypes = new((SubtypeTimestamp, "Timestamp"));
    private static readonly Tok Timescales = new((0, "TAI"), (1, "UTC"));
    private static readonly Tok Formats = new((Format64, "64-bit"), (Format48, "48-bit"));
    private static readonly Tok HardwareInfo = new((0, "R/R2"), (1, "R3"));

    /// <summary>arista_ethertype_print: the bytes consumed, or -1 for a subtype or format it does not know.</summary>
    public static int Print(ref Frame f, int bp)
    {
        f.Proto = "arista";
        var o = f.Out;
        int subtype = f.U16(bp);
        if (f.Truncated) return -1;
        o.Write("SubType "u8); Subtypes.Print(o, (uint)subtype, "Unknown");
        o.Write(" (0x"u8); o.Hex((uint)subtype, 4); o.Write("), "u8);
        if (subtype != SubtypeTimestamp) return -1;

        int timescale = f.U8(bp + 2);
        if (f.Truncated) return -1;
        o.Write("Timescale "u8); Timescales.Print(o, (uint)timescale, "Unknown");
        o.Write(" ("u8); o.Dec(timescale); o.Write("), "u8);
        int v = f.U8(bp + 3);
        if (f.Truncated) return -1;
        int format = v >> 4, hw = v & 0x0f;
        o.Write("Format "u8); Formats.Print(o, (uint)format, "Unknown");
        o.Write(" ("u8); o.Dec(format); o.Write("), HwInfo "u8); HardwareInfo.Print(o, (uint)hw, "Unknown");
        o.Write(" ("u8); o.Dec(hw); o.Write("), Timestamp "u8);
        int consumed = 4;
        switch (format)
        {
            case Format64:
            {
                uint sec = f.U32(bp + 4), nsec = f.U32(bp + 8);
                if (f.Truncated) return -1;
                DatePrint(o, sec, nsec);
                consumed += 8;
                break;
            }
            case Format48:
            {
                ulong sec = f.U16(bp + 4);
                uint nsec = f.U32(bp + 6);
                if (f.Truncated) return -1;
                sec += nsec / 1000000000;
                nsec %= 1000000000;
                o.Dec(sec); o.Char('.'); o.Dec(nsec, 9);
                consumed += 6;
                break;
            }
            default:
                return -1;
        }
        o.Write(": "u8);
        return consumed;
    }

    /// <summary>"YYYY-MM-DD HH:MM:SS.nnnnnnnnn" in UTC.</summary>
    private static void DatePrint(TextOut o, uint seconds, uint nanoseconds)
    {
        long ts = seconds + (long)(nanoseconds / 1000000000);
        nanoseconds %= 1000000000;
        var t = DateTime.UnixEpoch.AddSeconds(ts);
        o.Dec((ulong)t.Year, 4); o.Char('-'); o.Dec((ulong)t.Month, 2); o.Char('-'); o.Dec((ulong)t.Day, 2);
        o.Char(' ');
        o.Dec((ulong)t.Hour, 2); o.Char(':'); o.Dec((ulong)t.Minute, 2); o.Char(':'); o.Dec((ulong)t.Second, 2);
        o.Char('.'); o.Dec(nanoseconds, 9);
    }
}
