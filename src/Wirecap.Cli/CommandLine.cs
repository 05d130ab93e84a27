using Wirecap.Capture;
using Wirecap.Files;
using Wirecap.Print;

namespace Wirecap.Cli;

/// <summary>
/// tcpdump 4.99.3's command line: the options it accepts (its SHORTOPTS and longopts[] as built on
/// Linux with libpcap 1.10.3), read by getopt_long, each checked as tcpdump's option switch checks it,
/// with tcpdump's error texts.
/// </summary>
public static class CommandLine
{
    // Codes of the long options that have no short form (tcpdump's OPTION_* values).
    public const int OptVersion = 128, OptTimeStampPrecision = 129, OptImmediateMode = 130, OptPrint = 131,
        OptMicro = 133, OptNano = 134, OptFpType = 135, OptCount = 136;

    /// <summary>tcpdump's SHORTOPTS with every optional part present (B, D, I, j, J, Q, U).</summary>
    public const string ShortOptions = "aAbB:c:C:dDeE:fF:G:hHi:Ij:JKlLm:M:nNOpqQ:r:s:StT:uUvV:w:W:xXy:Yz:Z:#";

    /// <summary>tcpdump's longopts[], in its order (glibc lists ambiguous candidates in this order).</summary>
    public static readonly LongOption[] LongOptions =
    [
        new("buffer-size", ArgKind.Required, 'B'),
        new("list-interfaces", ArgKind.None, 'D'),
        new("help", ArgKind.None, 'h'),
        new("interface", ArgKind.Required, 'i'),
        new("monitor-mode", ArgKind.None, 'I'),
        new("time-stamp-type", ArgKind.Required, 'j'),
        new("list-time-stamp-types", ArgKind.None, 'J'),
        new("micro", ArgKind.None, OptMicro),
        new("nano", ArgKind.None, OptNano),
        new("time-stamp-precision", ArgKind.Required, OptTimeStampPrecision),
        new("dont-verify-checksums", ArgKind.None, 'K'),
        new("list-data-link-types", ArgKind.None, 'L'),
        new("no-optimize", ArgKind.None, 'O'),
        new("no-promiscuous-mode", ArgKind.None, 'p'),
        new("direction", ArgKind.Required, 'Q'),
        new("snapshot-length", ArgKind.Required, 's'),
        new("absolute-tcp-sequence-numbers", ArgKind.None, 'S'),
        new("packet-buffered", ArgKind.None, 'U'),
        new("linktype", ArgKind.Required, 'y'),
        new("immediate-mode", ArgKind.None, OptImmediateMode),
        new("relinquish-privileges", ArgKind.Required, 'Z'),
        new("count", ArgKind.None, OptCount),
        new("fp-type", ArgKind.None, OptFpType),
        new("number", ArgKind.None, '#'),
        new("print", ArgKind.None, OptPrint),
        new("version", ArgKind.None, OptVersion),
    ];

    /// <summary>MAXIMUM_SNAPLEN: the largest -s tcpdump accepts, and what 0 stands for.</summary>
    public const int MaximumSnapLen = 262144;

    /// <summary>-T names tcpdump knows (compared ignoring ASCII case).</summary>
    private static readonly string[] PacketTypes =
    [
        "vat", "wb", "rpc", "rtp", "rtcp", "snmp", "cnfp", "tftp", "aodv", "carp", "radius", "zmtp1",
        "vxlan", "pgm", "pgm_zmtp1", "lmp", "resp", "ptp", "someip", "domain",
    ];

    /// <summary>libpcap's time stamp type names (pcap_tstamp_type_name_to_val), by value.</summary>
    private static readonly string[] TimeStampTypes =
        ["host", "host_lowprec", "host_hiprec", "adapter", "adapter_unsynced", "host_hiprec_unsynced"];

    /// <summary>
    /// Parses <paramref name="args"/> (without argv[0]) as tcpdump does. Throws <see cref="ToolExit"/>
    /// with tcpdump's or glibc's message on the first bad option. Warnings tcpdump prints while
    /// parsing (-m) go to <paramref name="stderr"/>.
    /// </summary>
    public static Options Parse(string[] args, string programName = "tcpdump", TextWriter? stderr = null)
    {
        stderr ??= Console.Error;
        var o = new Options();
        int v = 0, n = 0, x = 0, X = 0, A = 0, t = 0, e = 0, q = 0, S = 0, K = 0, N = 0, H = 0, b = 0, u = 0;
        bool number = false, nano = false;
        string? packetType = null;
        var operands = new List<string>();
        var getopt = new Getopt(ShortOptions, LongOptions);
        bool posix = Environment.GetEnvironmentVariable("POSIXLY_CORRECT") != null;

        foreach (var step in getopt.Parse(args, operands, posix))
        {
            if (step.Error != null)
                throw new ToolExit(step.Error) { WithUsage = true, GetoptMessage = true };
            string arg = step.Option.Argument ?? "";
            switch (step.Option.Code)
            {
                case 'a': break; // old -a, accepted and ignored
                case 'A': A++; break;
                case 'b': b++; break;
                case 'B':
                    {
                        // atoi(optarg) * 1024 in int arithmetic.
                        int size = unchecked(CNumbers.Atoi(arg) * 1024);
                        if (size <= 0) throw new ToolExit($"invalid packet buffer size {arg}");
                        o.BufferSize = size;
                        break;
                    }
                case 'c':
                    {
                        int count = CNumbers.Atoi(arg);
                        if (count <= 0) throw new ToolExit($"invalid packet count {arg}");
                        o.Count = count;
                        break;
                    }
                case 'C':
                    {
                        long size = CNumbers.StrToL(arg, 10, out int end, out bool range);
                        if (end == 0 || end != arg.Length || range || size <= 0)
                            throw new ToolExit($"invalid file size {arg}");
                        if (size > long.MaxValue / 1000000) throw new ToolExit($"file size {arg} is too large");
                        o.FileSize = size * 1000000;
                        break;
                    }
                case 'd': o.DumpFilter++; break;
                case 'D': o.ListInterfaces = true; break;
                case 'L': o.ListLinkTypes = true; break;
                case 'e': e++; break;
                case 'E': o.EspSecret = arg; break;
                case 'f': o.Foreign++; break;
                case 'F': o.FilterFile = arg; break;
                case 'G':
                    {
                        int seconds = CNumbers.Atoi(arg);
                        if (seconds < 0) throw new ToolExit($"invalid number of seconds {arg}");
                        o.RotateSeconds = seconds;
                        break;
                    }
                case 'h':
                    o.Action = CliAction.Help;
                    return o;
                case 'H': H++; break;
                case 'i': o.Interface = arg; break;
                case 'I': o.MonitorMode = true; break;
                case 'j':
                    if (IndexOfIgnoreCase(TimeStampTypes, arg) < 0) throw new ToolExit($"invalid time stamp type {arg}");
                    o.TimeStampType = arg;
                    break;
                case 'J': o.ListTimeStampTypes = true; break;
                case 'l': o.LineBuffered = true; break;
                case 'K': K++; break;
                case 'm':
                    // No SNMP MIB support (libsmi), so tcpdump's own notice, and go on.
                    stderr.Write($"{programName}: ignoring option `-m {arg}' ");
                    stderr.Write("(no libsmi support)\n");
                    break;
                case 'M': o.TcpMd5Secret = arg; break;
                case 'n': n++; break;
                case 'N': N++; break;
                case 'O': o.Optimize = false; break;
                case 'p': o.NoPromiscuous = true; break;
                case 'q': q++; break;
                case 'Q':
                    if (arg.Equals("in", StringComparison.OrdinalIgnoreCase)) o.Direction = CaptureDirection.In;
                    else if (arg.Equals("out", StringComparison.OrdinalIgnoreCase)) o.Direction = CaptureDirection.Out;
                    else if (arg.Equals("inout", StringComparison.OrdinalIgnoreCase)) o.Direction = CaptureDirection.InOut;
                    else throw new ToolExit($"unknown capture direction `{arg}'");
                    break;
                case 'r': o.ReadFile = arg; break;
                case 's':
                    {
                        // (int)strtol(optarg, &end, 0): any base prefix, the long cut to int.
                        int snap = unchecked((int)CNumbers.StrToL(arg, 0, out int end, out _));
                        if (end == 0 || end != arg.Length || snap < 0 || snap > MaximumSnapLen)
                            throw new ToolExit($"invalid snaplen {arg} (must be >= 0 and <= {MaximumSnapLen})");
                        o.SnapLen = snap;
                        break;
                    }
                case 'S': S++; break;
                case 't': t++; break;
                case 'T':
                    {
                        int at = IndexOfIgnoreCase(PacketTypes, arg);
                        if (at < 0) throw new ToolExit($"unknown packet type `{arg}'");
                        packetType = PacketTypes[at];
                        break;
                    }
                case 'u': u++; break;
                case 'U': o.PacketBuffered = true; break;
                case 'v': v++; break;
                case 'V': o.ReadListFile = arg; break;
                case 'w': o.WriteFile = arg; break;
                case 'W':
                    {
                        int files = CNumbers.Atoi(arg);
                        if (files <= 0) throw new ToolExit($"invalid number of output files {arg}");
                        o.FileCount = files;
                        break;
                    }
                case 'x': x++; break;
                case 'X': X++; break;
                case 'y':
                    {
                        int dlt = LinkTypes.DltFromName(arg);
                        if (dlt < 0) throw new ToolExit($"invalid data link type {arg}");
                        o.LinkTypeName = arg;
                        o.LinkTypeDlt = dlt;
                        break;
                    }
                case 'z': o.PostRotateCommand = arg; break;
                case 'Z': o.User = arg; break;
                case '#': number = true; break;
                case OptVersion:
                    o.Action = CliAction.Version;
                    return o;
                case OptTimeStampPrecision:
                    // tcpdump compares only the first 4 or 5 characters: "nanoseconds" is nano.
                    if (arg.StartsWith("nano", StringComparison.Ordinal)) nano = true;
                    else if (arg.StartsWith("micro", StringComparison.Ordinal)) nano = false;
                    else throw new ToolExit("unsupported time stamp precision");
                    break;
                case OptImmediateMode: o.Immediate = true; break;
                case OptPrint: o.PrintWhileWriting = true; break;
                case OptMicro: nano = false; break;
                case OptNano: nano = true; break;
                case OptFpType:
                    o.Action = CliAction.FpType;
                    return o;
                case OptCount: o.CountOnly = true; break;
                default:
                    // In SHORTOPTS but with no case in tcpdump's switch (-Y, libpcap's parser debug,
                    // absent from this build): the usage text with no message.
                    throw new ToolExit("") { WithUsage = true };
            }
        }

        if (operands.Count > 0) o.Filter = string.Join(' ', operands);
        o.Print = new PrintOptions
        {
            Verbose = v, NoResolve = n, StripDomain = N > 0, LinkHeader = e > 0, Quiet = q > 0, QuietCount = q,
            AbsoluteSeq = S > 0, NoChecksum = K > 0, TimeFormat = t, Hex = x, HexAscii = X, Ascii = A,
            Number = number, Nano = nano, Mesh = H > 0, AsDot = b > 0, NfsHandles = u > 0,
            PacketType = packetType, SnapLen = o.SnapLen == 0 ? MaximumSnapLen : o.SnapLen,
        };
        return o;
    }

    private static int IndexOfIgnoreCase(string[] names, string s)
    {
        for (int i = 0; i < names.Length; i++)
            if (string.Equals(names[i], s, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    /// <summary>
    /// tcpdump's read_infile: the -F file's text, each '#' up to the end of its line replaced by
    /// spaces (newlines are left for the filter scanner, which takes them as white space).
    /// </summary>
    public static string ReadFilterFile(string path)
    {
        // open() succeeds on a directory; the read is what fails.
        if (Directory.Exists(path)) throw new ToolExit($"read {path}: Is a directory");
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ToolExit($"can't open {path}: {Errno.Describe(ex)}");
        }
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != (byte)'#') continue;
            while (i < bytes.Length && bytes[i] != (byte)'\n') bytes[i++] = (byte)' ';
        }
        // The C string ends at the first NUL byte.
        int len = Array.IndexOf(bytes, (byte)0);
        return System.Text.Encoding.Latin1.GetString(bytes, 0, len < 0 ? bytes.Length : len);
    }
}

/// <summary>The C library's number parsing as tcpdump's option checks rely on it (atoi, strtol).</summary>
public static class CNumbers
{
    /// <summary>glibc's atoi: (int)strtol(s, NULL, 10), so trailing junk is ignored and the value wraps to 32 bits.</summary>
    public static int Atoi(string s) => unchecked((int)StrToL(s, 10, out _, out _));

    /// <summary>
    /// strtol on a 64-bit long: leading white space, a sign, then digits of <paramref name="radix"/>
    /// (0: "0x" hexadecimal, "0" octal, else decimal). <paramref name="end"/> is the index after the last
    /// digit used, 0 when there was no number; out of range clamps and sets <paramref name="overflow"/> (ERANGE).
    /// </summary>
    public static long StrToL(string s, int radix, out int end, out bool overflow)
    {
        overflow = false;
        end = 0;
        int i = 0;
        while (i < s.Length && s[i] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r') i++;
        bool negative = false;
        if (i < s.Length && s[i] is '+' or '-') { negative = s[i] == '-'; i++; }
        if ((radix == 0 || radix == 16) && i + 1 < s.Length && s[i] == '0' && s[i + 1] is 'x' or 'X'
            && i + 2 < s.Length && Digit(s[i + 2]) < 16)
        {
            radix = 16;
            i += 2;
        }
        else if (radix == 0) radix = i < s.Length && s[i] == '0' ? 8 : 10;
        ulong limit = negative ? (ulong)long.MaxValue + 1 : long.MaxValue;
        ulong value = 0;
        int start = i;
        for (; i < s.Length; i++)
        {
            int d = Digit(s[i]);
            if (d >= radix) break;
            if (!overflow)
            {
                if (value > (limit - (ulong)d) / (ulong)radix) overflow = true;
                else value = value * (ulong)radix + (ulong)d;
            }
        }
        if (i == start) return 0;
        end = i;
        if (overflow) return negative ? long.MinValue : long.MaxValue;
        return negative ? unchecked(-(long)value) : (long)value;
    }

    private static int Digit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => 99,
    };
}
