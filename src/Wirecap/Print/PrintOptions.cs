namespace Wirecap.Print;

/// <summary>How packets are printed: built once from the command line, read by every printer.</summary>
public sealed record PrintOptions
{
    /// <summary>-v count.</summary>
    public int Verbose { get; init; }
    /// <summary>-n count: 1 = no host names, 2 = no port/protocol names either (tcpdump treats both alike today).</summary>
    public int NoResolve { get; init; }
    /// <summary>-N: strip the domain from host names.</summary>
    public bool StripDomain { get; init; }
    /// <summary>-e: print the link-level header.</summary>
    public bool LinkHeader { get; init; }
    /// <summary>-q: quick output.</summary>
    public bool Quiet { get; init; }
    /// <summary>-q count: -qq also drops the text of IPv4 fragments after the first (print-ip.c).</summary>
    public int QuietCount { get; init; }
    /// <summary>-S: absolute TCP sequence numbers.</summary>
    public bool AbsoluteSeq { get; init; }
    /// <summary>-K: don't verify checksums.</summary>
    public bool NoChecksum { get; init; }
    /// <summary>-t count: 0 default, 1 none, 2 unix, 3 delta, 4 date, 5 since first.</summary>
    public int TimeFormat { get; init; }
    /// <summary>-x count.</summary>
    public int Hex { get; init; }
    /// <summary>-X count.</summary>
    public int HexAscii { get; init; }
    /// <summary>-A count.</summary>
    public int Ascii { get; init; }
    /// <summary>-#: number packets.</summary>
    public bool Number { get; init; }
    /// <summary>--time-stamp-precision=nano.</summary>
    public bool Nano { get; init; }
    /// <summary>-H: 802.11s mesh headers.</summary>
    public bool Mesh { get; init; }
    /// <summary>-b: 4-byte ASes in ASDOT notation.</summary>
    public bool AsDot { get; init; }
    /// <summary>-u: undecoded NFS handles.</summary>
    public bool NfsHandles { get; init; }
    /// <summary>-T type, lowercased, or null.</summary>
    public string? PacketType { get; init; }
    /// <summary>The snapshot length in force (-s, or the file's).</summary>
    public int SnapLen { get; init; } = 262144;

    public bool Resolve => NoResolve == 0;

    /// <summary>tcpdump's ndo_suppress_default_print: -q, -x or -X turn off the hex of undecoded payloads.</summary>
    public bool SuppressDefaultPrint => Quiet || Hex > 0 || HexAscii > 0;
}
