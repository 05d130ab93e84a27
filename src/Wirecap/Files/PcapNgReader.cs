using System.Buffers.Binary;

namespace Wirecap.Files;

/// <summary>
/// pcapng files, read as libpcap 1.10.3's sf-pcapng.c reads them: a Section Header Block, Interface
/// Description Blocks (link type, snapshot length, if_tsresol, if_tsoffset), and Enhanced, Simple and
/// obsolete Packet Blocks; other blocks are skipped. Like libpcap, every interface must have the first
/// one's link type and snapshot length. Blocks are parsed in place out of one large buffer.
/// </summary>
public sealed class PcapNgReader : CaptureReader
{
    internal const uint BlockSectionHeader = 0x0A0D0D0A;
    private const uint BlockInterface = 1, BlockPacket = 2, BlockSimplePacket = 3, BlockEnhancedPacket = 6;
    private const uint ByteOrderMagic = 0x1A2B3C4D;
    private const uint ShbInsaneMax = 1024 * 1024;
    private const uint InitialMaxBlockSize = 16 * 1024 * 1024;

    private enum Scale { PassThrough, UpDec, DownDec, UpBin, DownBin }

    private struct Interface
    {
        public ulong TsResol;
        public ulong TsOffset;
        public Scale Scale;
        public ulong Factor;
    }

    private readonly InputBuffer _in;
    private readonly bool _swap;
    private readonly ulong _userResol;
    private readonly int _dlt;
    private readonly uint _maxBlockSize;
    private Interface[] _ifaces = new Interface[1];
    private uint _ifCount;

    // The block being parsed: its type, and its body between the header and the trailer.
    private uint _blockType;
    private int _body, _bodyEnd;

    public override int LinkType { get; }
    public override int SnapLen { get; }
    public override bool IsPcapNg => true;
    public int VersionMajor { get; }
    public int VersionMinor { get; }
    /// <summary>Was the file written in the other byte order (pcap_is_swapped).</summary>
    public bool Swapped => _swap;

    private PcapNgReader(InputBuffer input, bool nano, bool swap)
    {
        _in = input;
        Nano = nano;
        _swap = swap;
        _userResol = nano ? 1_000_000_000UL : 1_000_000UL;
        _maxBlockSize = InitialMaxBlockSize;
        var b = input.Span.Slice(input.Start);
        uint total = Read32(b[4..]);
        if (total < 28 || total > ShbInsaneMax)
            throw new CaptureFileException("Section Header Block in pcapng dump file has invalid length 28 < _" + total + "_ < 1048576 (BT_SHB_INSANE_MAX)");
        if (!input.Fill((int)total))
            throw new CaptureFileException("truncated pcapng dump file; tried to read " + (total - 12) + " bytes, only got " + (input.Available - 12));
        b = input.Span.Slice(input.Start);
        VersionMajor = Read16(b[12..]);
        VersionMinor = Read16(b[14..]);
        if (!(VersionMajor == 1 && VersionMinor is 0 or 2))
            throw new CaptureFileException("unsupported pcapng savefile version " + VersionMajor + "." + VersionMinor);
        // The SHB's own length is trusted as is: no trailer or multiple-of-4 check at open.
        input.Advance((int)total);

        while (true)
        {
            if (!ReadBlock())
                throw new CaptureFileException("the capture file has no Interface Description Blocks");
            if (_blockType == BlockInterface) break;
            if (_blockType is BlockEnhancedPacket or BlockSimplePacket or BlockPacket)
                throw new CaptureFileException("the capture file has a packet block before any Interface Description Blocks");
        }
        int idb = Fixed(8);
        var f = _in.Span.Slice(idb);
        int linkType = Read16(f);
        uint snaplen = Read32(f[4..]);
        AddInterface();
        LinkType = linkType;
        _dlt = LinkTypes.ToDlt(linkType);
        SnapLen = PcapReader.AdjustSnapLen(_dlt, snaplen);
        ulong maxForType = 8 + 20 + (ulong)LinkTypes.MaxSnapLenForDlt(_dlt) + 131072 + 4;
        if (maxForType > _maxBlockSize) _maxBlockSize = (uint)maxForType;
    }

    /// <summary>
    /// pcap_ng_check_header after the 4-byte block type matched: null when the rest does not look like
    /// a Section Header Block (libpcap then says "unknown file format"), else the reader or libpcap's error.
    /// </summary>
    internal static PcapNgReader? TryOpen(InputBuffer input, bool nano)
    {
        input.Fill(12);
        if (input.Available < 12) return null;
        uint bom = BinaryPrimitives.ReadUInt32LittleEndian(input.Span.Slice(input.Start + 8));
        bool swap;
        if (bom == ByteOrderMagic) swap = false;
        else if (BinaryPrimitives.ReverseEndianness(bom) == ByteOrderMagic) swap = true;
        else return null;
        return new PcapNgReader(input, nano, swap);
    }

    private ushort Read16(ReadOnlySpan<byte> b) => _swap ? BinaryPrimitives.ReadUInt16BigEndian(b) : BinaryPrimitives.ReadUInt16LittleEndian(b);
    private uint Read32(ReadOnlySpan<byte> b) => _swap ? BinaryPrimitives.ReadUInt32BigEndian(b) : BinaryPrimitives.ReadUInt32LittleEndian(b);
    private ulong Read64(ReadOnlySpan<byte> b) => _swap ? BinaryPrimitives.ReadUInt64BigEndian(b) : BinaryPrimitives.ReadUInt64LittleEndian(b);

    /// <summary>
    /// read_block: the next whole block, consumed, with <see cref="_blockType"/> and its body set;
    /// false at a clean end of file.
    /// </summary>
    private bool ReadBlock()
    {
        var inp = _in;
        if (!inp.Fill(8))
        {
            if (inp.Available == 0) return false;
            throw new CaptureFileException("truncated pcapng dump file; tried to read 8 bytes, only got " + inp.Available);
        }
        var h = inp.Span.Slice(inp.Start, 8);
        uint type = Read32(h), total = Read32(h[4..]);
        if (total < 12)
            throw new CaptureFileException("block in pcapng dump file has a length of " + total + " < 12");
        if (total % 4 != 0)
            throw new CaptureFileException("block in pcapng dump file has a length of " + total + " that is not a multiple of 4");
        if (total > _maxBlockSize)
            throw new CaptureFileException("pcapng block size " + total + " > maximum " + _maxBlockSize);
        if (!inp.Fill((int)total))
            throw new CaptureFileException("truncated pcapng dump file; tried to read " + (total - 8) + " bytes, only got " + (inp.Available - 8));
        int start = inp.Start;
        if (Read32(inp.Span.Slice(start + (int)total - 4)) != total)
            throw new CaptureFileException("block total length in header and trailer don't match");
        inp.Advance((int)total);
        _blockType = type;
        _body = start + 8;
        _bodyEnd = start + (int)total - 4;
        return true;
    }

    /// <summary>get_from_block_data: the offset of the next n bytes of the block body, consumed.</summary>
    private int Fixed(int n)
    {
        if (_bodyEnd - _body < n)
            throw new CaptureFileException("block of type " + _blockType + " in pcapng dump file is too short");
        int at = _body;
        _body += n;
        return at;
    }

    /// <summary>add_interface: the IDB's options (the body after its fixed part) and the time stamp scaling they imply.</summary>
    private void AddInterface()
    {
        ulong tsresol = 1_000_000;
        ulong tsoffset = 0;
        bool binary = false, sawResol = false, sawOffset = false;
        while (_body != _bodyEnd)
        {
            int oh = Fixed(4);
            ushort code = Read16(_in.Span.Slice(oh));
            ushort length = Read16(_in.Span.Slice(oh + 2));
            int value = Fixed((length + 3) / 4 * 4);
            if (code == 0)
            {
                if (length != 0)
                    throw new CaptureFileException("Interface Description Block has opt_endofopt option with length " + length + " != 0");
                break;
            }
            if (code == 9)
            {
                if (length != 1)
                    throw new CaptureFileException("Interface Description Block has if_tsresol option with length " + length + " != 1");
                if (sawResol)
                    throw new CaptureFileException("Interface Description Block has more than one if_tsresol option");
                sawResol = true;
                byte r = _in.Span[value];
                if ((r & 0x80) != 0)
                {
                    int shift = r & 0x7F;
                    if (shift > 63)
                        throw new CaptureFileException("Interface Description Block if_tsresol option resolution 2^-" + shift + " is too high");
                    binary = true;
                    tsresol = 1UL << shift;
                }
                else
                {
                    if (r > 19)
                        throw new CaptureFileException("Interface Description Block if_tsresol option resolution 10^-" + r + " is too high");
                    binary = false;
                    tsresol = 1;
                    for (int i = 0; i < r; i++) tsresol *= 10;
                }
            }
            else if (code == 14)
            {
                if (length != 8)
                    throw new CaptureFileException("Interface Description Block has if_tsoffset option with length " + length + " != 8");
                if (sawOffset)
                    throw new CaptureFileException("Interface Description Block has more than one if_tsoffset option");
                sawOffset = true;
                tsoffset = Read64(_in.Span.Slice(value));
            }
        }

        var iface = new Interface { TsResol = tsresol, TsOffset = tsoffset };
        if (tsresol == _userResol) iface.Scale = Scale.PassThrough;
        else if (tsresol > _userResol)
        {
            if (binary) iface.Scale = Scale.DownBin;
            else { iface.Scale = Scale.DownDec; iface.Factor = tsresol / _userResol; }
        }
        else
        {
            if (binary) iface.Scale = Scale.UpBin;
            else { iface.Scale = Scale.UpDec; iface.Factor = _userResol / tsresol; }
        }
        if (_ifCount == _ifaces.Length) Array.Resize(ref _ifaces, _ifaces.Length * 2);
        _ifaces[_ifCount++] = iface;
    }

    public override bool Next(out PacketHeader header, out ReadOnlySpan<byte> data)
    {
        header = default;
        data = default;
        uint iface;
        uint caplen, len;
        ulong t;
        while (true)
        {
            if (!ReadBlock()) return false;
            var buf = _in.Span;
            switch (_blockType)
            {
                case BlockEnhancedPacket:
                {
                    var f = buf.Slice(Fixed(20));
                    iface = Read32(f);
                    t = (ulong)Read32(f[4..]) << 32 | Read32(f[8..]);
                    caplen = Read32(f[12..]);
                    len = Read32(f[16..]);
                    goto Found;
                }
                case BlockSimplePacket:
                {
                    var f = buf.Slice(Fixed(4));
                    iface = 0;
                    len = Read32(f);
                    // No captured length in an SPB: the packet up to the snapshot length.
                    caplen = len > (uint)SnapLen ? (uint)SnapLen : len;
                    t = 0;
                    goto Found;
                }
                case BlockPacket:
                {
                    var f = buf.Slice(Fixed(20));
                    iface = Read16(f);
                    t = (ulong)Read32(f[4..]) << 32 | Read32(f[8..]);
                    caplen = Read32(f[12..]);
                    len = Read32(f[16..]);
                    goto Found;
                }
                case BlockInterface:
                {
                    var f = buf.Slice(Fixed(8));
                    ushort linkType = Read16(f);
                    uint snaplen = Read32(f[4..]);
                    // libpcap compares the first interface's DLT_ value with this one's LINKTYPE_ value.
                    if (_dlt != linkType)
                        throw new CaptureFileException("an interface has a type " + linkType + " different from the type of the first interface");
                    if (SnapLen != PcapReader.AdjustSnapLen(_dlt, snaplen))
                        throw new CaptureFileException("an interface has a snapshot length " + snaplen + " different from the snapshot length of the first interface");
                    AddInterface();
                    break;
                }
                case BlockSectionHeader:
                {
                    var f = buf.Slice(Fixed(16));
                    uint bom = Read32(f);
                    if (bom != ByteOrderMagic)
                    {
                        throw new CaptureFileException(bom == BinaryPrimitives.ReverseEndianness(ByteOrderMagic)
                            ? "the file has sections with different byte orders"
                            : "the file has a section with a bad byte order magic field");
                    }
                    ushort major = Read16(f[4..]);
                    if (major != 1)
                        throw new CaptureFileException("unknown pcapng savefile major version number " + major);
                    // A new section brings its own interfaces.
                    _ifCount = 0;
                    break;
                }
            }
        }

    Found:
        if (iface >= _ifCount)
            throw new CaptureFileException("a packet arrived on interface " + iface + ", but there's no Interface Description Block for that interface");
        if (caplen > (uint)SnapLen)
            throw new CaptureFileException("invalid packet capture length " + caplen + ", bigger than snaplen of " + SnapLen);

        ref var ifc = ref _ifaces[iface];
        ulong sec = t / ifc.TsResol + ifc.TsOffset;
        ulong frac = t % ifc.TsResol;
        switch (ifc.Scale)
        {
            case Scale.UpDec: frac *= ifc.Factor; break;
            case Scale.DownDec: frac /= ifc.Factor; break;
            case Scale.UpBin:
            case Scale.DownBin: frac = unchecked(frac * _userResol) / ifc.TsResol; break;
        }

        int at = Fixed((int)caplen);
        header.Seconds = (long)sec;
        header.Fraction = (int)frac;
        header.CapturedLength = (int)caplen;
        header.WireLength = (int)len;
        header.LinkType = LinkType;
        header.Interface = (int)iface;
        var bytes = _in.Span.Slice(at, (int)caplen);
        PseudoHeaders.PostProcess(_dlt, _swap, ref header, bytes);
        data = bytes;
        return true;
    }

    public override void Dispose() => _in.Dispose();
}
