using Wirecap.Filter;

namespace Wirecap.Capture;

/// <summary>Direction filter (-Q).</summary>
public enum CaptureDirection { InOut, In, Out }

/// <summary>What a live capture is opened with: tcpdump's -i, -s, -p, -B, -Q, --immediate-mode, the block timeout, the filter.</summary>
public sealed record CaptureSettings
{
    public required string Device { get; init; }
    public int SnapLen { get; init; } = 262144;
    public bool Promiscuous { get; init; } = true;
    /// <summary>-B, in bytes; 0 for libpcap's default of 2 MiB.</summary>
    public int BufferSize { get; init; }
    /// <summary>The ring's block timeout in milliseconds (tcpdump: 1000, or 100 with -l or a terminal).</summary>
    public int TimeoutMs { get; init; } = 1000;
    public bool Immediate { get; init; }
    public CaptureDirection Direction { get; init; } = CaptureDirection.InOut;
    /// <summary>The compiled filter, for the kernel (already rewritten for cooked sockets); null for none.</summary>
    public BpfInstruction[]? KernelFilter { get; init; }
}

/// <summary>A capture that could not be opened or failed, with tcpdump's text.</summary>
public sealed class CaptureException(string message) : Exception(message);
