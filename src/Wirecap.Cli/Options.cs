using Wirecap.Capture;
using Wirecap.Print;

namespace Wirecap.Cli;

/// <summary>What the command line asks for besides a capture run.</summary>
public enum CliAction
{
    /// <summary>Read a file or capture (the normal case).</summary>
    Run,
    /// <summary>-h / --help: the usage text on stdout, exit 0.</summary>
    Help,
    /// <summary>--version: the version lines on stdout, exit 0.</summary>
    Version,
    /// <summary>--fp-type: tcpdump's floating-point self-check line, exit 0.</summary>
    FpType,
}

/// <summary>Everything the command line says, parsed once (tcpdump's option variables).</summary>
public sealed class Options
{
    public CliAction Action { get; set; } = CliAction.Run;
    /// <summary>The printing flags (-v, -n, -e, -x ...), built once at the end of parsing.</summary>
    public PrintOptions Print { get; set; } = new();

    /// <summary>-r: the capture file to read ("-" is standard input).</summary>
    public string? ReadFile { get; set; }
    /// <summary>-V: a file listing capture files to read, one per line.</summary>
    public string? ReadListFile { get; set; }
    /// <summary>-w: the capture file to write ("-" is standard output).</summary>
    public string? WriteFile { get; set; }
    /// <summary>-i: the capture device.</summary>
    public string? Interface { get; set; }
    /// <summary>-c: stop after this many packets (-1: no limit).</summary>
    public long Count { get; set; } = -1;
    /// <summary>--count: print only the number of packets, at the end.</summary>
    public bool CountOnly { get; set; }
    /// <summary>-l: line-buffered standard output.</summary>
    public bool LineBuffered { get; set; }
    /// <summary>-U: flush the -w file after every packet.</summary>
    public bool PacketBuffered { get; set; }
    /// <summary>--print: print packets even when writing them with -w.</summary>
    public bool PrintWhileWriting { get; set; }

    /// <summary>The filter expression: the operands joined with spaces (copy_argv), or null when there are none.</summary>
    public string? Filter { get; set; }
    /// <summary>-F: read the filter expression from this file instead of the operands.</summary>
    public string? FilterFile { get; set; }
    /// <summary>-O clears it: run the filter optimizer.</summary>
    public bool Optimize { get; set; } = true;
    /// <summary>-d count: print the compiled filter (1 -d, 2 -dd, 3+ -ddd) and exit.</summary>
    public int DumpFilter { get; set; }

    /// <summary>-s: the snapshot length asked for (0 = the default, 262144).</summary>
    public int SnapLen { get; set; }
    /// <summary>-B: the capture buffer size in bytes (0: the default).</summary>
    public int BufferSize { get; set; }
    /// <summary>-p: don't put the interface in promiscuous mode.</summary>
    public bool NoPromiscuous { get; set; }
    /// <summary>-Q: which direction to capture.</summary>
    public CaptureDirection Direction { get; set; } = CaptureDirection.InOut;
    /// <summary>--immediate-mode: deliver packets as they arrive.</summary>
    public bool Immediate { get; set; }
    /// <summary>-I: monitor mode.</summary>
    public bool MonitorMode { get; set; }
    /// <summary>-f: print foreign IPv4 addresses numerically (live capture only).</summary>
    public int Foreign { get; set; }

    /// <summary>-D: list the capture devices and exit.</summary>
    public bool ListInterfaces { get; set; }
    /// <summary>-L: list the device's data link types and exit.</summary>
    public bool ListLinkTypes { get; set; }
    /// <summary>-J: list the device's time stamp types and exit.</summary>
    public bool ListTimeStampTypes { get; set; }
    /// <summary>-j: the time stamp type's name as given (null when absent).</summary>
    public string? TimeStampType { get; set; }
    /// <summary>-y: the data link type's name as given, and its DLT_ value.</summary>
    public string? LinkTypeName { get; set; }
    public int LinkTypeDlt { get; set; } = -1;

    /// <summary>-C: rotate the -w file at this many bytes (0: no rotation).</summary>
    public long FileSize { get; set; }
    /// <summary>-W: how many rotated files to keep (0: no limit).</summary>
    public int FileCount { get; set; }
    /// <summary>-G: rotate the -w file every this many seconds (-1: not given).</summary>
    public int RotateSeconds { get; set; } = -1;
    /// <summary>-z: the command run on each file after rotation.</summary>
    public string? PostRotateCommand { get; set; }
    /// <summary>-Z: the user to drop privileges to.</summary>
    public string? User { get; set; }
    /// <summary>-E: the ESP decryption secret(s).</summary>
    public string? EspSecret { get; set; }
    /// <summary>-M: the TCP-MD5 shared secret.</summary>
    public string? TcpMd5Secret { get; set; }
}
