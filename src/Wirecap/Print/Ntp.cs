namespace Wirecap.Print;

/// <summary>
/// NTP (print-ntp.c, ntp.c; RFC 5905): the version and mode, and with -v the time message
/// (stratum, poll, precision, root delay and dispersion, reference ID, the four timestamps) or the
/// mode 6 control header.
/// <code>
///  0     2     5     8              16              24              31
/// +-----+-----+-----+---------------+---------------+---------------+
/// | LI  | VN  |Mode |    Stratum    |     Poll      |   Precision   |
/// |   root delay   |   root dispersion   |  reference ID  |  4 timestamps (64-bit)
/// </code>
/// </summary>
public static class Ntp
{
    private const int TimeMessageMinLength = 48, ControlMessageMinLength = 12;
    private const double FMaxInt = 4294967296.0;
    private const long Jan1970 = 2208988800;

    private static readonly Tok Modes = new((0, "unspecified"), (1, "symmetric active"), (2, "symmetric passive"),
        (3, "Client"), (4, "Server"), (5, "Broadcast"), (6, "Control Message"), (7, "Reserved"));
    private static readonly Tok LeapIndicators = new((0x00, ""), (0x40, "+1s"), (0x80, "-1s"), (0xc0, "clock unsynchronized"));
    private static readonly Tok Strata = new((0, "unspecified"), (1, "primary reference"));

    /// <summary>ntp_print: cp/length are the UDP payload.</summary>
    public static void Print(ref Frame f, int cp, int length)
    {
        f.Proto = "ntp";
        var o = f.Out;
        int status = f.U8(cp);
        if (f.Truncated) return;
        int version = (status & 0x38) >> 3;
        int mode = status & 7;
        o.Write("NTPv"u8); o.Dec(version);
        o.Write(", "u8); Modes.Print(o, (uint)mode, "Unknown mode");
        o.Write(", length "u8); o.Dec((uint)length);
        if (f.Opt.Verbose == 0) return;
        o.Char('\n');
        int leap = status & 0xc0;
        o.Write("\tLeap indicator: "u8); LeapIndicators.Print(o, (uint)leap, "Unknown");
        o.Write(" ("u8); o.Dec(leap); o.Char(')');
        if (mode <= 5) TimePrint(ref f, cp, length);
        else if (mode == 6) ControlPrint(ref f, cp, length);
    }

    private static void TimePrint(ref Frame f, int bp, int length)
    {
        var o = f.Out;
        if (length < TimeMessageMinLength) { Invalid(ref f, bp, length); return; }
        int stratum = f.U8(bp + 1);
        if (f.Truncated) return;
        o.Write(", Stratum "u8); o.Dec(stratum); o.Write(" ("u8);
        Strata.Print(o, (uint)stratum, stratum >= 2 && stratum <= 15 ? "secondary reference" : "reserved");
        o.Char(')');
        int poll = (sbyte)f.U8(bp + 2);
        if (f.Truncated) return;
        o.Write(", poll "u8); o.Dec(poll);
        if (poll > -32 && poll < 32)
        {
            if (poll >= 0) { o.Write(" ("u8); o.Dec(1u << poll); o.Write("s)"u8); }
            else { o.Write(" (1/"u8); o.Dec(1u << -poll); o.Write("s)"u8); }
        }
        int precision = (sbyte)f.U8(bp + 3);
        if (f.Truncated) return;
        o.Write(", precision "u8); o.Dec(precision);

        if (!f.Has(bp + 4, 4)) { f.PrintTrunc(); return; }
        o.Write("\n\tRoot Delay: "u8); ShortFixedPrint(ref f, bp + 4);
        if (!f.Has(bp + 8, 4)) { f.PrintTrunc(); return; }
        o.Write(", Root dispersion: "u8); ShortFixedPrint(ref f, bp + 8);
        if (!f.Has(bp + 12, 4)) { f.PrintTrunc(); return; }
        o.Write(", Reference-ID: "u8);
        switch (stratum)
        {
            case 0:
                o.Write("(unspec)"u8);
                break;
            case 1:
                for (int i = 0; i < 4; i++) TextProto.PrintChar(o, f.Data[bp + 12 + i]);
                break;
            case 62:
                f.Ctx.Names.IPv4(o, f.Data.Slice(bp + 12, 4)); o.Write(" INFO_QUERY"u8);
                return;
            case 63:
                f.Ctx.Names.IPv4(o, f.Data.Slice(bp + 12, 4)); o.Write(" INFO_REPLY"u8);
                return;
            default:
                o.Write("0x"u8); o.Hex(f.U32(bp + 12), 8);
                break;
        }
        ReadOnlySpan<int> offsets = [16, 24, 32, 40];
        for (int k = 0; k < 4; k++)
        {
            if (!f.Has(bp + offsets[k], 8)) { f.PrintTrunc(); return; }
            o.Write(k switch
            {
                0 => "\n\t  Reference Timestamp:  "u8,
                1 => "\n\t  Originator Timestamp: "u8,
                2 => "\n\t  Receive Timestamp:    "u8,
                _ => "\n\t  Transmit Timestamp:   "u8,
            });
            TimestampPrint(ref f, bp + offsets[k]);
        }
        o.Write("\n\t    Originator - Receive Timestamp:  "u8); DeltaPrint(ref f, bp + 24, bp + 32);
        o.Write("\n\t    Originator - Transmit Timestamp: "u8); DeltaPrint(ref f, bp + 24, bp + 40);

        if (length == TimeMessageMinLength + 4)
        {
            uint key = f.U32(bp + 48);
            o.Write("\n\tKey id: "u8); o.Dec(key);
        }
        else if (length == TimeMessageMinLength + 4 + 16 || length == TimeMessageMinLength + 4 + 20)
        {
            uint key = f.U32(bp + 48);
            o.Write("\n\tKey id: "u8); o.Dec(key);
            int digestLength = length - TimeMessageMinLength - 4;
            if (!f.Has(bp + 52, digestLength)) { f.PrintTrunc(); return; }
            o.Write("\n\tAuthentication: "u8);
            for (int i = 0; i < digestLength; i += 4) o.Hex(f.U32(bp + 52 + i), 8);
        }
        else if (length > TimeMessageMinLength)
        {
            o.Write("\n\t("u8); o.Dec((uint)(length - TimeMessageMinLength)); o.Write(" more bytes after the header)"u8);
        }
    }

    private static void ControlPrint(ref Frame f, int cd, int length)
    {
        var o = f.Out;
        if (length < ControlMessageMinLength) { Invalid(ref f, cd, length); return; }
        int control = f.U8(cd + 1);
        if (f.Truncated) return;
        o.Write((control & 0x80) != 0 ? ", Response"u8 : ", Request"u8);
        o.Write((control & 0x40) != 0 ? ", Error"u8 : ", OK"u8);
        o.Write((control & 0x20) != 0 ? ", More"u8 : ", Last"u8);
        o.Write(", OpCode="u8); o.Dec(control & 0x1f); o.Char('\n');
        int sequence = f.U16(cd + 2);
        o.Write("\tSequence="u8); o.Dec(sequence);
        int status = f.U16(cd + 4);
        o.Write(", Status="u8);
        if (status == 0) o.Char('0'); else { o.Write("0x"u8); o.Hex((uint)status); }
        int assoc = f.U16(cd + 6);
        o.Write(", Assoc.="u8); o.Dec(assoc);
        int offset = f.U16(cd + 8);
        o.Write(", Offset="u8); o.Dec(offset);
        int count = f.U16(cd + 10);
        o.Write(", Count="u8); o.Dec(count);
        if (f.Truncated) return;
        if (ControlMessageMinLength + count > length) { Invalid(ref f, cd, length); return; }
        if (count != 0)
        {
            if (!f.Has(cd + 12, count)) { f.PrintTrunc(); return; }
            o.Write("\n\tTO-BE-DONE: data not interpreted"u8);
        }
    }

    private static void Invalid(ref Frame f, int bp, int length)
    {
        f.Out.Write(" (invalid)"u8);
        if (!f.Has(bp, length)) f.PrintTrunc();
    }

    /// <summary>p_sfix: a 16.16 fixed-point number as "%d.%06d".</summary>
    private static void ShortFixedPrint(ref Frame f, int p)
    {
        int i = f.U16(p);
        int frac = f.U16(p + 2);
        double ff = frac / 65536.0;
        int micro = (int)(ff * 1000000.0);
        f.Out.Dec(i); f.Out.Char('.'); f.Out.Dec((ulong)micro, 6);
    }

    /// <summary>p_ntp_time: seconds.nanoseconds since 1900, and the UTC date when nonzero.</summary>
    internal static void TimestampPrint(ref Frame f, int p)
    {
        var o = f.Out;
        uint i = f.U32(p);
        uint uf = f.U32(p + 4);
        double ff = uf / FMaxInt;
        uint nano = (uint)(ff * 1000000000.0);
        o.Dec(i); o.Char('.'); o.Dec(nano, 9);
        if (i != 0)
        {
            var t = DateTime.UnixEpoch.AddSeconds((long)i - Jan1970);
            o.Write(" ("u8);
            o.Dec((ulong)t.Year, 4); o.Char('-'); o.Dec((ulong)t.Month, 2); o.Char('-'); o.Dec((ulong)t.Day, 2);
            o.Char('T'); o.Dec((ulong)t.Hour, 2); o.Char(':'); o.Dec((ulong)t.Minute, 2); o.Char(':'); o.Dec((ulong)t.Second, 2);
            o.Write("Z)"u8);
        }
    }

    /// <summary>p_ntp_delta: the signed difference of two timestamps, or the second when the first is zero.</summary>
    private static void DeltaPrint(ref Frame f, int olfp, int lfp)
    {
        uint u = f.U32(lfp), ou = f.U32(olfp), uf = f.U32(lfp + 4), ouf = f.U32(olfp + 4);
        if (ou == 0 && ouf == 0) { TimestampPrint(ref f, lfp); return; }
        bool negative;
        uint i, fr;
        if (u > ou)
        {
            negative = false; i = u - ou; fr = uf - ouf;
            if (ouf > uf) i -= 1;
        }
        else if (u < ou)
        {
            negative = true; i = ou - u; fr = ouf - uf;
            if (uf > ouf) i -= 1;
        }
        else
        {
            i = 0;
            if (uf > ouf) { negative = false; fr = uf - ouf; }
            else { negative = true; fr = ouf - uf; }
        }
        double ff = fr / FMaxInt;
        uint nano = (uint)(ff * 1000000000.0);
        var o = f.Out;
        o.Char(negative ? '-' : '+'); o.Dec(i); o.Char('.'); o.Dec(nano, 9);
    }
}
