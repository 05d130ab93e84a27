namespace Wirecap.Print;

/// <summary>Syslog over UDP (print-syslog.c, RFC 3164): "&lt;PRI&gt;" as facility and severity, and with -v the message.</summary>
public static class Syslog
{
    private const int MaxDigits = 3;

    private static readonly Tok Severities = new((0, "emergency"), (1, "alert"), (2, "critical"), (3, "error"),
        (4, "warning"), (5, "notice"), (6, "info"), (7, "debug"));

    private static readonly Tok Facilities = new((0, "kernel"), (1, "user"), (2, "mail"), (3, "daemon"), (4, "auth"),
        (5, "syslog"), (6, "lpr"), (7, "news"), (8, "uucp"), (9, "cron"), (10, "authpriv"), (11, "ftp"), (12, "ntp"),
        (13, "security"), (14, "console"), (15, "cron"), (16, "local0"), (17, "local1"), (18, "local2"), (19, "local3"),
        (20, "local4"), (21, "local5"), (22, "local6"), (23, "local7"));

    public static void Print(ref Frame f, int p, int len)
    {
        f.Proto = "syslog";
        var o = f.Out;
        if (f.U8(p) != '<') { Invalid(ref f); return; }
        int off = 1, pri = 0;
        for (; off <= MaxDigits; off++)
        {
            int c = f.U8(p + off);
            if (f.Truncated) return;
            if (c < '0' || c > '9') break;
            pri = (ushort)(pri * 10 + (c - '0'));
        }
        if (f.U8(p + off) != '>') { Invalid(ref f); return; }
        off++;
        int facility = (pri & 0x03f8) >> 3;
        int severity = pri & 7;
        if (f.Opt.Verbose < 1)
        {
            o.Write("SYSLOG "u8); Facilities.Print(o, (uint)facility, "unknown (%u)");
            o.Char('.'); Severities.Print(o, (uint)severity, "unknown (%u)");
            o.Write(", length: "u8); o.Dec((uint)len);
            return;
        }
        o.Write("SYSLOG, length: "u8); o.Dec((uint)len);
        o.Write("\n\tFacility "u8); Facilities.Print(o, (uint)facility, "unknown (%u)");
        o.Write(" ("u8); o.Dec(facility); o.Write("), Severity "u8);
        Severities.Print(o, (uint)severity, "unknown (%u)");
        o.Write(" ("u8); o.Dec(severity); o.Write(")\n\tMsg: "u8);
        for (int i = off; i < len && !f.Truncated; i++)
        {
            byte c = f.U8(p + i);
            if (f.Truncated) return;
            TextProto.PrintChar(o, c);
        }
        if (f.Opt.Verbose > 1) HexDump.UnknownData(ref f, p, "\n\t"u8, len);
    }

    private static void Invalid(ref Frame f)
    {
        if (!f.Truncated) f.Out.Write(" (invalid)"u8);
    }
}
