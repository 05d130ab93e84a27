using System.Buffers.Binary;
using Wirecap.Files;

namespace Wirecap.Tests.Files;

/// <summary>Builds capture files byte by byte in either byte order, for the reader tests.</summary>
internal sealed class CaptureBuilder(bool bigEndian = false)
{
    private readonly List<byte> _b = [];

    public byte[] Bytes => [.. _b];

    public CaptureBuilder U8(int v) { _b.Add((byte)v); return this; }
    public CaptureBuilder Raw(ReadOnlySpan<byte> data) { foreach (var x in data) _b.Add(x); return this; }
    public CaptureBuilder Text(string s) => Raw(System.Text.Encoding.ASCII.GetBytes(s));
    public CaptureBuilder Fill(byte value, int count) { for (int i = 0; i < count; i++) _b.Add(value); return this; }

    public CaptureBuilder U16(int v)
    {
        Span<byte> s = stackalloc byte[2];
        if (bigEndian) BinaryPrimitives.WriteUInt16BigEndian(s, (ushort)v); else BinaryPrimitives.WriteUInt16LittleEndian(s, (ushort)v);
        return Raw(s);
    }

    public CaptureBuilder U32(uint v)
    {
        Span<byte> s = stackalloc byte[4];
        if (bigEndian) BinaryPrimitives.WriteUInt32BigEndian(s, v); else BinaryPrimitives.WriteUInt32LittleEndian(s, v);
        return Raw(s);
    }

    public CaptureBuilder U64(ulong v)
    {
        Span<byte> s = stackalloc byte[8];
        if (bigEndian) BinaryPrimitives.WriteUInt64BigEndian(s, v); else BinaryPrimitives.WriteUInt64LittleEndian(s, v);
        return Raw(s);
    }

    // --- pcap ---

    public CaptureBuilder PcapHeader(uint magic = 0xa1b2c3d4, int major = 2, int minor = 4, uint snaplen = 262144, uint linkType = 1) =>
        U32(magic).U16(major).U16(minor).U32(0).U32(0).U32(snaplen).U32(linkType);

    public CaptureBuilder Record(uint sec, uint frac, uint caplen, uint len, ReadOnlySpan<byte> data) =>
        U32(sec).U32(frac).U32(caplen).U32(len).Raw(data);

    /// <summary>A record whose data is caplen bytes of one value.</summary>
    public CaptureBuilder Record(uint sec, uint frac, uint caplen, uint len, byte fill) =>
        U32(sec).U32(frac).U32(caplen).U32(len).Fill(fill, (int)caplen);

    // --- pcapng ---

    /// <summary>A block: type, total length, body padded to 4, total length again.</summary>
    public CaptureBuilder Block(uint type, byte[] body)
    {
        int pad = (4 - body.Length % 4) % 4;
        uint total = (uint)(12 + body.Length + pad);
        return U32(type).U32(total).Raw(body).Fill(0, pad).U32(total);
    }

    private CaptureBuilder Body() => new(bigEndian);

    public CaptureBuilder Shb(int major = 1, int minor = 0) =>
        Block(0x0A0D0D0A, Body().U32(0x1A2B3C4D).U16(major).U16(minor).U64(ulong.MaxValue).Bytes);

    /// <summary>An option: code, length, value padded to 4.</summary>
    public CaptureBuilder Option(int code, ReadOnlySpan<byte> value)
    {
        U16(code).U16(value.Length).Raw(value);
        return Fill(0, (4 - value.Length % 4) % 4);
    }

    public CaptureBuilder Idb(int linkType = 1, uint snaplen = 262144, byte[]? options = null) =>
        Block(1, Body().U16(linkType).U16(0).U32(snaplen).Raw(options ?? []).Bytes);

    public byte[] TsResol(byte value) => Body().Option(9, [value]).Bytes;

    public byte[] TsOffset(long value) => Body().Option(14, Body().U64((ulong)value).Bytes).Bytes;

    public CaptureBuilder Epb(uint iface, ulong stamp, ReadOnlySpan<byte> data, uint? wireLength = null) =>
        Block(6, Body().U32(iface).U32((uint)(stamp >> 32)).U32((uint)stamp).U32((uint)data.Length)
            .U32(wireLength ?? (uint)data.Length + 3).Raw(data).Bytes);

    public CaptureBuilder Spb(ReadOnlySpan<byte> data, uint? wireLength = null) =>
        Block(3, Body().U32(wireLength ?? (uint)data.Length).Raw(data).Bytes);

    public CaptureBuilder Pb(int iface, ulong stamp, ReadOnlySpan<byte> data) =>
        Block(2, Body().U16(iface).U16(0).U32((uint)(stamp >> 32)).U32((uint)stamp).U32((uint)data.Length).U32((uint)data.Length).Raw(data).Bytes);
}

/// <summary>Reads a whole capture from bytes: the packets before the end or the damage, and the error text if any.</summary>
internal sealed class ReadResult
{
    public readonly List<(PacketHeader Header, byte[] Data)> Packets = [];
    public string? OpenError;
    public string? ReadError;
    public int LinkType;
    public int SnapLen;

    public static ReadResult Of(byte[] file, bool nano = false)
    {
        var r = new ReadResult();
        CaptureReader reader;
        try { reader = CaptureReader.Open(new MemoryStream(file), nano); }
        catch (CaptureFileException e) { r.OpenError = e.Message; return r; }
        using (reader)
        {
            r.LinkType = reader.LinkType;
            r.SnapLen = reader.SnapLen;
            try
            {
                while (reader.Next(out var h, out var d)) r.Packets.Add((h, d.ToArray()));
            }
            catch (CaptureFileException e) { r.ReadError = e.Message; }
        }
        return r;
    }

    /// <summary>
    /// Each packet as "sec frac caplen len", the stamp fields cut to 32 bits as a written pcap record holds
    /// them: the form in which the oracle's values were taken (from tcpdump -w).
    /// </summary>
    public string[] Records => [.. Packets.Select(p => $"{(int)p.Header.Seconds} {(int)p.Header.Fraction} {p.Header.CapturedLength} {(uint)p.Header.WireLength}")];
}
