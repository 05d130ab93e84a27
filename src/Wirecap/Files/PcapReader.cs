using System.Buffers.Binary;

namespace Wirecap.Files;

/// <summary>
/// Classic pcap files: a 24-byte file header, then 16-byte record headers each followed by the
/// packet bytes. Either byte order, microsecond or nanosecond stamps (magic a1b2c3d4 / a1b23c4d).
/// Records are parsed out of one large buffer refilled from the stream.
/// </summary>
public sealed class PcapReader : CaptureReader
{
    private readonly Stream _stream;
    private readonly bool _swap;
    private readonly bool _fileNano;
    private byte[] _buf = new byte[1 << 20];
    private int _start, _end;
    private bool _eof;

    public override int LinkType { get; }
    public override int SnapLen { get; }
    public override bool IsPcapNg => false;

    /// <summary>header: the 24 bytes of the file header, already read.</summary>
    internal PcapReader(Stream stream, ReadOnlySpan<byte> header, bool nano)
    {
        _stream = stream;
        Nano = nano;
        uint magic = BinaryPrimitives.ReadUInt32LittleEndian(header);
        _swap = magic is 0xd4c3b2a1 or 0x4d3cb2a1;
        if (_swap) magic = BinaryPrimitives.ReverseEndianness(magic);
        _fileNano = magic == 0xa1b23c4d;
        SnapLen = (int)Read32(header[16..]);
        LinkType = (int)(Read32(header[20..]) & 0x03FFFFFF);
    }

    private uint Read32(ReadOnlySpan<byte> b) => _swap ? BinaryPrimitives.ReadUInt32BigEndian(b) : BinaryPrimitives.ReadUInt32LittleEndian(b);

    /// <summary>Makes at least n bytes available from _start; false when the file ends first.</summary>
    private bool Fill(int n)
    {
        while (_end - _start < n)
        {
            if (_eof) return false;
            if (_buf.Length - _start < n)
            {
                if (_buf.Length < n) Array.Resize(ref _buf, Math.Max(n, _buf.Length * 2));
                Buffer.BlockCopy(_buf, _start, _buf, 0, _end - _start);
                _end -= _start; _start = 0;
            }
            int got = _stream.Read(_buf, _end, _buf.Length - _end);
            if (got <= 0) _eof = true;
            else _end += got;
        }
        return true;
    }

    public override bool Next(out PacketHeader header, out ReadOnlySpan<byte> data)
    {
        header = default;
        data = default;
        if (!Fill(16))
        {
            int have = _end - _start;
            if (have == 0) return false;
            throw new CaptureFileException($"truncated dump file; tried to read 16 header bytes, only got {have}");
        }
        var h = _buf.AsSpan(_start, 16);
        uint sec = Read32(h), frac = Read32(h[4..]), caplen = Read32(h[8..]), len = Read32(h[12..]);
        if (caplen > 262144)
        {
            throw new CaptureFileException(caplen > (uint)SnapLen
                ? $"invalid packet capture length {caplen}, bigger than snaplen of {SnapLen}"
                : $"invalid packet capture length {caplen}, bigger than maximum of 262144");
        }
        if (!Fill(16 + (int)caplen))
        {
            int have = _end - _start - 16;
            throw new CaptureFileException($"truncated dump file; tried to read {caplen} captured bytes, only got {have}");
        }
        header.Seconds = sec;
        header.Fraction = _fileNano == Nano ? frac : Nano ? frac * 1000L : frac / 1000;
        header.CapturedLength = (int)caplen;
        header.WireLength = (int)len;
        header.LinkType = LinkType;
        data = _buf.AsSpan(_start + 16, (int)caplen);
        _start += 16 + (int)caplen;
        return true;
    }

    public override void Dispose() => _stream.Dispose();
}
