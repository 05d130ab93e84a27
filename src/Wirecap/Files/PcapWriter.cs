using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Wirecap.Files;

/// <summary>
/// Writes a classic pcap file as libpcap's pcap_dump_open/pcap_dump do: a 24-byte header (version 2.4,
/// zone and sigfigs 0, the snapshot length, the link type) and a 16-byte record header before each
/// packet, all in this host's (little-endian) order; microsecond or nanosecond magic as asked.
/// Records collect in a large buffer; <see cref="Flush"/> (or each packet, when packet-buffered, as -U)
/// hands them to the stream.
/// </summary>
public sealed class PcapWriter : IDisposable
{
    private const int BufferSize = 1 << 20;   // large writes: the -w copy is bound by system calls and page-cache copies

    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private byte[] _buf = new byte[BufferSize];
    private int _used;

    /// <summary>Flush after every packet (tcpdump -U).</summary>
    public bool PacketBuffered { get; set; }

    /// <summary>
    /// Starts a file on the stream. linkType is the LINKTYPE_ value to record (with any upper
    /// extension bits); snapLen the snapshot length; nano picks the nanosecond magic, and stamps
    /// are then taken as nanoseconds.
    /// </summary>
    public PcapWriter(Stream stream, int linkType, int snapLen, bool nano) : this(stream, linkType, snapLen, nano, true) { }

    public PcapWriter(Stream stream, int linkType, int snapLen, bool nano, bool ownsStream)
    {
        _stream = stream;
        _ownsStream = ownsStream;
        var h = _buf.AsSpan(0, 24);
        BinaryPrimitives.WriteUInt32LittleEndian(h, nano ? PcapReader.MagicNano : PcapReader.MagicMicro);
        BinaryPrimitives.WriteUInt16LittleEndian(h[4..], 2);
        BinaryPrimitives.WriteUInt16LittleEndian(h[6..], 4);
        BinaryPrimitives.WriteInt32LittleEndian(h[8..], 0);
        BinaryPrimitives.WriteInt32LittleEndian(h[12..], 0);
        BinaryPrimitives.WriteInt32LittleEndian(h[16..], snapLen);
        BinaryPrimitives.WriteInt32LittleEndian(h[20..], linkType);
        _used = 24;
    }

    /// <summary>
    /// pcap_dump_open's view of what a reader's file becomes: the LINKTYPE_ value libpcap writes for
    /// the reader's link type (with a pcap file's extension bits), or -1 when savefiles cannot hold it.
    /// </summary>
    public static int LinkTypeFor(CaptureReader reader)
    {
        int lt = LinkTypes.FromDlt(LinkTypes.ToDlt(reader.LinkType));
        if (lt < 0) return -1;
        return reader is PcapReader p ? lt | p.LinkTypeExt : lt;
    }

    /// <summary>
    /// Opens the -w destination ("-" is standard output) for a reader's packets, with libpcap's
    /// error texts (as pcap_geterr gives them) in a <see cref="CaptureFileException"/>.
    /// </summary>
    public static PcapWriter Open(string path, CaptureReader reader, bool nano)
    {
        int lt = LinkTypeFor(reader);
        if (lt == -1)
            throw new CaptureFileException(path + ": link-layer type " + LinkTypes.ToDlt(reader.LinkType) + " isn't supported in savefiles");
        return Open(path, lt, reader.SnapLen, nano);
    }

    /// <summary>Opens the -w destination ("-" is standard output) for packets of a link type (LINKTYPE_ value).</summary>
    public static PcapWriter Open(string path, int linkType, int snapLen, bool nano)
    {
        Stream s;
        if (path == "-")
        {
            s = Console.OpenStandardOutput();
        }
        else
        {
            try
            {
                s = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite, 1);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CaptureFileException(path + ": " + Errors.Describe(e, path));
            }
        }
        return new PcapWriter(s, linkType, snapLen, nano);
    }

    /// <summary>pcap_dump: the record header (stamp truncated to 32 bits) and the captured bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(in PacketHeader header, ReadOnlySpan<byte> data)
    {
        int need = 16 + data.Length;
        if (_buf.Length - _used < need || PacketBuffered)
        {
            WriteSlowly(header, data);
            return;
        }
        Append(header, data);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteSlowly(in PacketHeader header, ReadOnlySpan<byte> data)
    {
        int need = 16 + data.Length;
        if (_buf.Length - _used < need)
        {
            Drain();
            if (_buf.Length < need) _buf = new byte[Math.Max(need, _buf.Length * 2)];
        }
        Append(header, data);
        if (PacketBuffered) Flush();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Append(in PacketHeader header, ReadOnlySpan<byte> data)
    {
        var h = _buf.AsSpan(_used, 16 + data.Length);
        BinaryPrimitives.WriteInt32LittleEndian(h, (int)header.Seconds);
        BinaryPrimitives.WriteInt32LittleEndian(h[4..], (int)header.Fraction);
        BinaryPrimitives.WriteInt32LittleEndian(h[8..], header.CapturedLength);
        BinaryPrimitives.WriteInt32LittleEndian(h[12..], header.WireLength);
        data.CopyTo(h[16..]);
        _used += h.Length;
    }

    private void Drain()
    {
        if (_used == 0) return;
        _stream.Write(_buf, 0, _used);
        _used = 0;
    }

    /// <summary>pcap_dump_flush: everything written so far reaches the stream and the file.</summary>
    public void Flush()
    {
        Drain();
        _stream.Flush();
    }

    public void Dispose()
    {
        try { Flush(); }
        finally { if (_ownsStream) _stream.Dispose(); }
    }
}
