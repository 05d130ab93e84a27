using System.Buffers.Text;
using System.Runtime.InteropServices;

namespace Wirecap.Print;

/// <summary>
/// tcpdump's ts_print: the packet's time stamp in the -t style chosen, local time as the TZ
/// environment variable says (through the C library's localtime_r, exactly as tcpdump), with the
/// broken-down date cached per second.
/// </summary>
public sealed partial class Timestamps
{
    private readonly int _format;
    private readonly bool _nano;
    private long _refSec = -1, _refFrac;
    private long _cachedSec = long.MinValue;
    private readonly byte[] _cachedText = new byte[32];
    private int _cachedLen;

    public Timestamps(PrintOptions options)
    {
        _format = options.TimeFormat;
        _nano = options.Nano;
    }

    /// <summary>Writes the stamp and its trailing space. frac is micro- or nanoseconds as the run's precision says.</summary>
    public void Print(TextOut o, long sec, long frac)
    {
        switch (_format)
        {
            case 0:
                DateHmsFrac(o, sec, frac, withDate: false, local: true);
                o.Char(' ');
                break;
            case 1:
                break;
            case 2:
                if (((uint)sec & 0x80000000) != 0) { o.Write("[Error converting time]"u8); }
                else { o.Dec((uint)sec); Frac(o, frac); }
                o.Char(' ');
                break;
            case 3:
            case 5:
                {
                    if (_refSec < 0 && _refFrac == 0) { _refSec = sec; _refFrac = frac; }
                    long unit = _nano ? 1_000_000_000 : 1_000_000;
                    long a = sec * unit + frac, b = _refSec * unit + _refFrac;
                    bool negative = a < b;
                    long d = negative ? b - a : a - b;
                    o.Char(negative ? '-' : ' ');
                    DateHmsFrac(o, d / unit, d % unit, withDate: false, local: false);
                    o.Char(' ');
                    if (_format == 3) { _refSec = sec; _refFrac = frac; }
                    break;
                }
            default:
                DateHmsFrac(o, sec, frac, withDate: true, local: true);
                o.Char(' ');
                break;
        }
    }

    private void Frac(TextOut o, long frac)
    {
        o.Char('.');
        o.Dec((uint)frac, _nano ? 9 : 6);   // printed as an unsigned int, whatever the file held
    }

    private void DateHmsFrac(TextOut o, long sec, long frac, bool withDate, bool local)
    {
        if (((uint)sec & 0x80000000) != 0) { o.Write("[Error converting time]"u8); return; }
        if (!local)
        {
            // Deltas: plain UTC arithmetic, the date never printed.
            long s = sec % 86400;
            Two(o, (int)(s / 3600)); o.Char(':'); Two(o, (int)(s / 60 % 60)); o.Char(':'); Two(o, (int)(s % 60));
            Frac(o, frac);
            return;
        }
        if (sec != _cachedSec)
        {
            _cachedLen = FormatLocal(sec, _cachedText, withDate);
            _cachedSec = sec;
        }
        if (_cachedLen < 0) { o.Write("[Error converting time]"u8); return; }
        o.Write(_cachedText.AsSpan(0, _cachedLen));
        Frac(o, frac);
    }

    private static void Two(TextOut o, int v) => o.Dec((ulong)v, 2);

    [StructLayout(LayoutKind.Sequential)]
    private struct Tm
    {
        public int Sec, Min, Hour, MDay, Mon, Year, WDay, YDay, IsDst;
        public long GmtOff;
        public nint Zone;
    }

    [LibraryImport("libc", EntryPoint = "localtime_r")]
    private static unsafe partial Tm* LocalTimeR(long* time, Tm* result);

    [LibraryImport("libc", EntryPoint = "ctime_r")]
    private static unsafe partial byte* CTimeR(long* time, byte* buf);

    [LibraryImport("libc", EntryPoint = "tzset")]
    private static partial void TzSet();

    private static bool s_tzSet;

    private static int FormatLocal(long sec, byte[] dst, bool withDate)
    {
        if (!LocalTime(sec, out int year, out int month, out int day, out int hour, out int minute, out int second)) return -1;
        int p = 0;
        Span<byte> d = dst;
        if (withDate)
        {
            Utf8Formatter.TryFormat(year, d, out int n); p += n;
            d[p++] = (byte)'-'; Put2(d, ref p, month);
            d[p++] = (byte)'-'; Put2(d, ref p, day);
            d[p++] = (byte)' ';
        }
        Put2(d, ref p, hour); d[p++] = (byte)':';
        Put2(d, ref p, minute); d[p++] = (byte)':';
        Put2(d, ref p, second);
        return p;
    }

    /// <summary>localtime: the broken-down local time of sec, false when it cannot be converted.</summary>
    internal static unsafe bool LocalTime(long sec, out int year, out int month, out int day, out int hour, out int minute, out int second)
    {
        if (!s_tzSet) { TzSet(); s_tzSet = true; }
        Tm tm;
        year = month = day = hour = minute = second = 0;
        if (LocalTimeR(&sec, &tm) == null) return false;
        (year, month, day, hour, minute, second) = (tm.Year + 1900, tm.Mon + 1, tm.MDay, tm.Hour, tm.Min, tm.Sec);
        return true;
    }

    /// <summary>ctime: sec in local time as ctime(3) writes it, without its newline; nothing when it cannot be converted.</summary>
    internal static unsafe void CTime(TextOut o, long sec)
    {
        if (!s_tzSet) { TzSet(); s_tzSet = true; }
        byte* buf = stackalloc byte[64];
        if (CTimeR(&sec, buf) == null) return;
        int n = 0;
        while (n < 24 && buf[n] != 0) n++;
        o.Write(new ReadOnlySpan<byte>(buf, n));
    }

    private static void Put2(Span<byte> d, ref int p, int v)
    {
        d[p++] = (byte)('0' + v / 10 % 10);
        d[p++] = (byte)('0' + v % 10);
    }
}
