using System.Buffers.Binary;

namespace Wirecap.Files;

/// <summary>
/// pcap_post_process: a few link types start with a pseudo-header written in the capturing host's
/// byte order. libpcap turns those fields into the reading host's order (little-endian here) when the
/// file was written in the other order, and repairs the wire length of some Linux USB records.
/// The printers read those fields little-endian, as tcpdump reads them in host order.
/// </summary>
internal static class PseudoHeaders
{
    private const int DltLinuxSll = 113, DltPflog = 117, DltUsbLinux = 189, DltUsbLinuxMmapped = 220, DltNflog = 239, DltLinuxSll2 = 276;
    private const int UsbHeaderSize = 64, UsbIsoDescSize = 16;

    public static void PostProcess(int dlt, bool swapped, ref PacketHeader h, Span<byte> data)
    {
        if (swapped)
        {
            switch (dlt)
            {
                case DltPflog: SwapPflog(ref h, data); break;
                case DltLinuxSll: SwapCanId(ref h, data, 16, 14); break;
                case DltLinuxSll2: SwapCanId(ref h, data, 20, 0); break;
                case DltUsbLinux: SwapUsb(ref h, data, false); break;
                case DltUsbLinuxMmapped: SwapUsb(ref h, data, true); break;
                case DltNflog: SwapNflog(ref h, data); break;
            }
        }
        if (dlt == DltUsbLinuxMmapped && (uint)h.CapturedLength >= UsbHeaderSize) FixUsbMmappedLength(ref h, data);
    }

    private static void Swap16(Span<byte> d, int at) => d.Slice(at, 2).Reverse();
    private static void Swap32(Span<byte> d, int at) => d.Slice(at, 4).Reverse();
    private static void Swap64(Span<byte> d, int at) => d.Slice(at, 8).Reverse();

    /// <summary>uid, pid, rule_uid, rule_pid (offsets 44..60), each only when captured and inside the header's length.</summary>
    private static void SwapPflog(ref PacketHeader h, Span<byte> d)
    {
        uint caplen = (uint)h.CapturedLength, len = (uint)h.WireLength;
        for (int end = 48; end <= 60; end += 4)
        {
            if (caplen < end || len < end) return;
            if (d[0] < end) return;
            Swap32(d, end - 4);
        }
    }

    /// <summary>SocketCAN in Linux cooked captures: the CAN ID after the cooked header.</summary>
    private static void SwapCanId(ref PacketHeader h, Span<byte> d, int headerSize, int protocolAt)
    {
        uint caplen = (uint)h.CapturedLength, len = (uint)h.WireLength;
        if (caplen < headerSize || len < headerSize) return;
        ushort protocol = BinaryPrimitives.ReadUInt16BigEndian(d[protocolAt..]);
        if (protocol is not (0x000C or 0x000D)) return;
        if (caplen < headerSize + 4 || len < headerSize + 4) return;
        Swap32(d, headerSize);
    }

    /// <summary>The Linux USB header's multi-byte fields, each only when wholly captured.</summary>
    private static void SwapUsb(ref PacketHeader h, Span<byte> d, bool header64)
    {
        uint caplen = (uint)h.CapturedLength;
        if (caplen < 8) return;
        Swap64(d, 0);                 // URB id
        if (caplen < 14) return;
        Swap16(d, 12);                // bus id
        if (caplen < 24) return;
        Swap64(d, 16);                // ts_sec
        if (caplen < 28) return;
        Swap32(d, 24);                // ts_usec
        if (caplen < 32) return;
        Swap32(d, 28);                // status
        if (caplen < 36) return;
        Swap32(d, 32);                // urb_len
        if (caplen < 40) return;
        Swap32(d, 36);                // data_len
        bool iso = d[9] == 0;         // transfer type isochronous
        if (iso)
        {
            if (caplen < 44) return;
            Swap32(d, 40);            // error_count
            if (caplen < 48) return;
            Swap32(d, 44);            // numdesc
        }
        if (!header64) return;
        for (int end = 52; end <= 64; end += 4)
        {
            if (caplen < end) return;
            Swap32(d, end - 4);       // interval, start_frame, xfer_flags, ndesc
        }
        if (!iso) return;
        uint ndesc = BinaryPrimitives.ReadUInt32LittleEndian(d[60..]);
        uint offset = 64;
        for (uint i = 0; i < ndesc; i++)
        {
            // status, offset, len, then 4 bytes of padding
            for (int k = 0; k < 3; k++)
            {
                offset += 4;
                if (caplen < offset) return;
                Swap32(d, (int)offset - 4);
            }
            offset += 4;
        }
    }

    /// <summary>NFLOG: the type and length of each whole TLV after the 4-byte header (version 0 only).</summary>
    private static void SwapNflog(ref PacketHeader h, Span<byte> d)
    {
        uint caplen = (uint)h.CapturedLength, len = (uint)h.WireLength;
        if (caplen < 4 || len < 4) return;
        if (d[1] != 0) return;
        caplen -= 4; len -= 4;
        int p = 4;
        while (caplen >= 4)
        {
            Swap16(d, p);
            Swap16(d, p + 2);
            uint size = BinaryPrimitives.ReadUInt16LittleEndian(d[p..]);
            if (size % 4 != 0) size += 4 - size % 4;
            if (size < 4) return;
            if (caplen < size || len < size) return;
            len -= size;
            caplen -= size;
            p += (int)size;
        }
    }

    /// <summary>
    /// Old memory-mapped Linux USB captures computed the wire length of incoming isochronous completions
    /// from the URB length; libpcap recomputes it from the isochronous descriptors.
    /// </summary>
    private static void FixUsbMmappedLength(ref PacketHeader h, Span<byte> d)
    {
        bool hasData = d[15] == 0;
        if (!hasData) return;
        uint ndesc = BinaryPrimitives.ReadUInt32LittleEndian(d[60..]);
        uint urbLen = BinaryPrimitives.ReadUInt32LittleEndian(d[32..]);
        uint wireLen = (uint)h.WireLength;
        if (wireLen != UsbHeaderSize + (ulong)ndesc * UsbIsoDescSize + urbLen) return;
        bool isoIn = d[9] == 0 && d[8] == (byte)'C' && (d[10] & 0x80) != 0;
        if (!isoIn) return;
        uint caplen = (uint)h.CapturedLength;
        uint left = caplen - UsbHeaderSize;
        uint dataLen = 0;
        int at = UsbHeaderSize;
        for (uint i = 0; i < ndesc && left >= UsbIsoDescSize; i++, left -= UsbIsoDescSize, at += UsbIsoDescSize)
        {
            uint descOffset = BinaryPrimitives.ReadUInt32LittleEndian(d[(at + 4)..]);
            uint descLen = BinaryPrimitives.ReadUInt32LittleEndian(d[(at + 8)..]);
            if (descLen != 0)
            {
                uint end = descOffset + descLen;
                if (end > dataLen) dataLen = end;
            }
        }
        uint total = (uint)(UsbHeaderSize + (ulong)ndesc * UsbIsoDescSize + dataLen);
        if (total >= caplen) wireLen = total;
        if (caplen > wireLen) wireLen = caplen;
        h.WireLength = (int)wireLen;
    }
}
