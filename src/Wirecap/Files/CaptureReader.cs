namespace Wirecap.Files;

/// <summary>One packet record's header, as read from a file or the capture ring.</summary>
public struct PacketHeader
{
    /// <summary>Seconds since the epoch (libpcap's tv_sec: damaged or odd files can make it negative or huge).</summary>
    public long Seconds;
    /// <summary>
    /// Fraction of a second in the reader's precision: microseconds, or nanoseconds when <see cref="CaptureReader.Nano"/>.
    /// This is libpcap's tv_usec, which odd files can make negative or over a second; tcpdump prints it as (unsigned) 32 bits.
    /// </summary>
    public long Fraction;
    public int CapturedLength;
    public int WireLength;
    /// <summary>The packet's link type (pcapng files may mix them).</summary>
    public int LinkType;
    /// <summary>The pcapng interface index, 0 for pcap.</summary>
    public int Interface;
}

/// <summary>A failure reading a capture file, with libpcap's message text (tcpdump adds its prefix).</summary>
public sealed class CaptureFileException(string message) : Exception(message);

/// <summary>
/// Reads packets from a pcap or pcapng stream. <see cref="Next"/> returns a view of the packet
/// that is valid until the next call; nothing is allocated per packet.
/// </summary>
public abstract class CaptureReader : IDisposable
{
    /// <summary>The file's LINKTYPE_ value (pcapng: its first interface's; libpcap 1.10.3 refuses others that differ).</summary>
    public abstract int LinkType { get; }
    /// <summary>The snapshot length of the file (pcapng: of its first interface).</summary>
    public abstract int SnapLen { get; }
    /// <summary>Stamps come out in nanoseconds (true) or microseconds (false), as asked at open.</summary>
    public bool Nano { get; protected init; }
    /// <summary>Is this a pcapng file (tcpdump -r of pcapng writes pcap on -w too, but its -V differ).</summary>
    public abstract bool IsPcapNg { get; }

    /// <summary>
    /// The next packet: true and its header and bytes, or false at a clean end of file.
    /// A damaged file throws <see cref="CaptureFileException"/> after every whole packet before the damage was returned.
    /// </summary>
    public abstract bool Next(out PacketHeader header, out ReadOnlySpan<byte> data);

    public abstract void Dispose();

    /// <summary>
    /// Opens a file ("-" for standard input), detecting pcap or pcapng from the magic.
    /// Errors carry libpcap's text ("bad dump file format", "unknown file format", ...).
    /// </summary>
    public static CaptureReader Open(string path, bool nano) => CaptureFiles.Open(path, nano);

    /// <summary>Reads a capture from a stream (which the reader then owns), as <see cref="Open(string, bool)"/> reads a file.</summary>
    public static CaptureReader Open(Stream stream, bool nano)
    {
        var input = new InputBuffer(stream);
        try
        {
            return CaptureFiles.Open(input, nano);
        }
        catch
        {
            input.Dispose();
            throw;
        }
    }
}
