using System.Buffers.Binary;

namespace Wirecap.Files;

/// <summary>
/// Classic pcap files: a 24-byte file header, then a record header (16 bytes; 24 in Kuznetzov's
/// patched format) before each packet's bytes. Either byte order, microsecond or nanosecond stamps.
/// Records are parsed in place out of one large buffer; values follow libpcap 1.10.3's sf-pcap.c.
/// </summary>
public sealed class PcapReader : CaptureReader
{
    internal const uint MagicMicro = 0xa1b2c3d4, MagicNano = 0xa1b23c4d, MagicKuznetzov = 0xa1b2cd34;

    private enum Lengths { NotSwapped, Swapped, MaybeSwapped }

    private readonly InputBuffer _in;
    private readonly bool _swap;
    private readonly int _scale; // 0: pass through, 1: micro to nano, -1: nano to micro
    private readonly Lengths _lengths;
    private readonly int _recordHeaderSize;
    private readonly int _dlt;
    private readonly uint _maxCapLen;

    public override int LinkType { get; }
    public override int SnapLen { get; }
    public override bool IsPcapNg => false;
    /// <summary>The upper 6 bits of the header's link-type field (FCS length information), written back by -w.</summary>
    public int LinkTypeExt { get; }
    public int VersionMajor { get; }
    public int VersionMinor { get; }
    /// <summary>Was the file written in the other byte order (pcap_is_swapped).</summary>
    public bool Swapped => _swap;

    /// <summary>Checks the file header (24 bytes available in the buffer) and consumes it; throws libpcap's open errors.</summary>
    internal PcapReader(InputBuffer input, bool nano)
    {
        _in = input;
        Nano = nano;
        var h = input.Span.Slice(input.Start, 24);
        uint magic = BinaryPrimitives.ReadUInt32LittleEndian(h);
        if (magic is not (MagicMicro or MagicNano or MagicKuznetzov))
        {
            magic = BinaryPrimitives.ReverseEndianness(magic);
            _swap = true;
        }
        VersionMajor = Read16(h[4..]);
        VersionMinor = Read16(h[6..]);
        uint snaplen = Read32(h[16..]);
        uint linkField = Read32(h[20..]);
        input.Advance(24);

        if (VersionMajor < 2) throw new CaptureFileException("archaic pcap savefile format");
        if (!((VersionMajor == 2 && VersionMinor <= 4) || (VersionMajor == 543 && VersionMinor == 0)))
            throw new CaptureFileException("unsupported pcap savefile version " + VersionMajor + "." + VersionMinor);

        LinkType = (int)(linkField & 0x03FFFFFF);
        LinkTypeExt = (int)(linkField & 0xFC000000);
        _dlt = LinkTypes.ToDlt(LinkType);
        _maxCapLen = LinkTypes.MaxSnapLenForDlt(_dlt);
        SnapLen = AdjustSnapLen(_dlt, snaplen);

        bool fileNano = magic == MagicNano;
        _scale = fileNano == nano ? 0 : nano ? 1 : -1;

        // Version 2.3 swapped caplen and len to match bpf; some 2.3 writers did not.
        _lengths = VersionMajor == 543 ? Lengths.Swapped
            : VersionMinor < 3 ? Lengths.Swapped
            : VersionMinor == 3 ? Lengths.MaybeSwapped
            : Lengths.NotSwapped;

        _recordHeaderSize = 16;
        if (magic == MagicKuznetzov)
        {
            _recordHeaderSize = 24;
            // A cooked-mode capture may have a faked 14-byte Ethernet header on top of the snapshot.
            if (_dlt == 1) SnapLen = SnapLen <= int.MaxValue - 14 ? SnapLen + 14 : int.MaxValue;
        }
    }

    /// <summary>pcap_adjust_snapshot: a zero or oversized snapshot length becomes the type's maximum.</summary>
    internal static int AdjustSnapLen(int dlt, uint snaplen) =>
        snaplen == 0 || snaplen > int.MaxValue ? (int)LinkTypes.MaxSnapLenForDlt(dlt) : (int)snaplen;

    private ushort Read16(ReadOnlySpan<byte> b) => _swap ? BinaryPrimitives.ReadUInt16BigEndian(b) : BinaryPrimitives.ReadUInt16LittleEndian(b);
    private uint Read32(ReadOnlySpan<byte> b) => _swap ? BinaryPrimitives.ReadUInt32BigEndian(b) : BinaryPrimitives.ReadUInt32LittleEndian(b);

    public override bool Next(out PacketHeader header, out ReadOnlySpan<byte> data)
    {
        header = default;
        data = default;
        var inp = _in;
        int hs = _recordHeaderSize;
        if (!inp.Fill(hs))
        {
            int have = inp.Available;
            if (have == 0) return false;
            throw new CaptureFileException("truncated dump file; tried to read " + hs + " header bytes, only got " + have);
        }
        var h = inp.Span.Slice(inp.Start, hs);
        uint rawSec = Read32(h), rawFrac = Read32(h[4..]), caplen = Read32(h[8..]), len = Read32(h[12..]);

        // The record's stamp fields are signed 32-bit; libpcap's byte swap yields them unsigned.
        long sec = _swap ? rawSec : (int)rawSec;
        long frac = _swap ? rawFrac : (int)rawFrac;
        if (_scale > 0) frac *= 1000;
        else if (_scale < 0) frac /= 1000;

        if (_lengths == Lengths.Swapped || (_lengths == Lengths.MaybeSwapped && caplen > len))
            (caplen, len) = (len, caplen);

        if (caplen > _maxCapLen)
        {
            throw new CaptureFileException(caplen > (uint)SnapLen
                ? "invalid packet capture length " + caplen + ", bigger than snaplen of " + SnapLen
                : "invalid packet capture length " + caplen + ", bigger than maximum of " + _maxCapLen);
        }

        int keep = (int)caplen;
        if (caplen > (uint)SnapLen)
        {
            // Over the snapshot but sane: keep the first snaplen bytes, skip the rest.
            if (!inp.Fill(hs + (int)caplen))
            {
                int got = inp.Available - hs;
                throw new CaptureFileException(got < SnapLen
                    ? "truncated dump file; tried to read " + SnapLen + " captured bytes, only got " + got
                    : "truncated dump file; tried to read " + caplen + " captured bytes, only got " + got);
            }
            keep = SnapLen;
        }
        else if (!inp.Fill(hs + (int)caplen))
        {
            throw new CaptureFileException("truncated dump file; tried to read " + caplen + " captured bytes, only got " + (inp.Available - hs));
        }

        var bytes = inp.Span.Slice(inp.Start + hs, keep);
        inp.Advance(hs + (int)caplen);
        header.Seconds = sec;
        header.Fraction = frac;
        header.CapturedLength = keep;
        header.WireLength = (int)len;
        header.LinkType = LinkType;
        PseudoHeaders.PostProcess(_dlt, _swap, ref header, bytes);
        data = bytes;
        return true;
    }

    public override void Dispose() => _in.Dispose();
}
