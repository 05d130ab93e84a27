using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Wirecap.Files;
using Wirecap.Filter;

namespace Wirecap.Capture;

/// <summary>What <see cref="PacketRing.Next"/> found.</summary>
public enum RingStatus { Packet, Timeout, Stopped }

/// <summary>
/// Live capture on Linux: an AF_PACKET socket with a TPACKET_V3 memory-mapped ring, opened the way
/// libpcap 1.10.3 opens it (protocol 0, ring and filter set up, then the late bind, so no packet
/// arrives unfiltered). Packets are handed out as spans into the ring; the block they sit in is
/// given back to the kernel on the next call. For "any" (and devices without an Ethernet header)
/// the socket is cooked and the LINUX_SLL2 / LINUX_SLL header is built in place in front of the
/// packet, as libpcap does. Nothing is allocated per packet.
/// </summary>
public sealed unsafe class PacketRing : IDisposable
{
    // tpacket_block_desc
    private const int BlockStatus = 8, BlockNumPkts = 12, BlockFirstPkt = 16;
    // tpacket3_hdr
    private const int PktNextOffset = 0, PktSec = 4, PktNsec = 8, PktSnaplen = 12, PktLen = 16, PktStatus = 20, PktMac = 24,
        PktVlanTci = 32, PktVlanTpid = 36;
    private const int TpHdrLen = 48;                 // TPACKET_ALIGN(sizeof tpacket3_hdr)
    private const int SllOffset = TpHdrLen;          // struct sockaddr_ll follows the header
    private const uint TpStatusUser = 1, TpStatusVlanValid = 0x10, TpStatusVlanTpidValid = 0x40;
    private const byte PacketOutgoing = 4;
    private const int MaximumSnapLen = 262144;
    private const int DefaultBufferSize = 4 << 20, MaximumBlockSize = 1 << 20, MinimumBlocks = 4;
    private const int Sll2HeaderLength = 20, SllHeaderLength = 16, VlanTagLength = 4;

    private readonly int _fd, _eventFd;
    private readonly byte* _ring;
    private readonly nuint _ringSize;
    private readonly int _blockSize, _blockCount;
    private readonly int _snapLen, _loIndex, _vlanOffset;
    private readonly CaptureDirection _direction;
    private readonly bool _cooked;
    private readonly bool _nano;
    private int _block;
    private byte* _pkt;
    private int _left;
    private bool _releasePending;
    private ulong _received, _dropped;

    /// <summary>The LINKTYPE_ of the packets: EN10MB (1), LINUX_SLL (113) or LINUX_SLL2 (276).</summary>
    public int LinkType { get; }
    public int SnapLen => _snapLen;
    public string Device { get; }

    private PacketRing(CaptureSettings s, bool nano)
    {
        Device = s.Device;
        _snapLen = s.SnapLen <= 0 || s.SnapLen > MaximumSnapLen ? MaximumSnapLen : s.SnapLen;
        _direction = s.Direction;
        _nano = nano;
        bool any = s.Device == "any";
        int ifIndex = 0;
        if (!any)
        {
            ifIndex = (int)Native.if_nametoindex(s.Device);
            if (ifIndex == 0) throw new CaptureException($"{s.Device}: No such device exists\n(No such device exists)");
        }
        LinkType = LinkTypeOf(s.Device);
        _cooked = LinkType != 1;
        _vlanOffset = LinkType == 1 ? 12 : LinkType == 113 ? SllHeaderLength - 2 : -1;
        _loIndex = (int)Native.if_nametoindex("lo");

        _fd = Native.socket(Native.AF_PACKET, (_cooked ? Native.SOCK_DGRAM : Native.SOCK_RAW) | Native.SOCK_CLOEXEC, 0);
        if (_fd < 0) throw OpenError(Marshal.GetLastPInvokeError(), s.Device, "socket");
        try
        {
            SetInt(Native.SOL_PACKET, Native.PACKET_VERSION, Native.TPACKET_V3, "setsockopt (PACKET_VERSION)");
            SetInt(Native.SOL_PACKET, Native.PACKET_RESERVE, VlanTagLength + (_cooked ? Sll2HeaderLength - 16 : 0), "setsockopt (PACKET_RESERVE)");

            // A V3 ring as libpcap sizes it (frames of the maximum snapshot length, -B bytes in all),
            // but with blocks of up to 1 MiB while at least four fit: the kernel wakes the reader
            // once per block, and each wake-up costs more CPU than the packets of a small block.
            // The default buffer is 4 MiB (libpcap's 2 MiB, doubled) so it holds four 1 MiB blocks.
            int bufferSize = s.BufferSize > 0 ? s.BufferSize : DefaultBufferSize;
            int frameSize = MaximumSnapLen;
            int blockSize = Environment.SystemPageSize;
            while (blockSize < frameSize) blockSize <<= 1;
            while (blockSize < MaximumBlockSize && (long)blockSize * 2 * MinimumBlocks <= bufferSize) blockSize <<= 1;
            int framesPerBlock = blockSize / frameSize;
            int frames = Math.Max((bufferSize + frameSize - 1) / frameSize, framesPerBlock);
            _blockSize = blockSize;
            _blockCount = Math.Max(1, frames / framesPerBlock);
            int timeout = s.Immediate ? 1 : s.TimeoutMs;
            Span<uint> req = stackalloc uint[7];
            req[0] = (uint)_blockSize; req[1] = (uint)_blockCount; req[2] = (uint)frameSize;
            req[3] = (uint)(_blockCount * framesPerBlock); req[4] = (uint)Math.Max(timeout, 1); req[5] = 0; req[6] = 0;
            fixed (uint* r = req)
                if (Native.setsockopt(_fd, Native.SOL_PACKET, Native.PACKET_RX_RING, r, 28) < 0)
                    throw OpenError(Marshal.GetLastPInvokeError(), s.Device, "can't create rx ring on packet socket");

            _ringSize = (nuint)_blockSize * (nuint)_blockCount;
            nint map = Native.mmap(0, _ringSize, Native.PROT_READ | Native.PROT_WRITE, Native.MAP_SHARED, _fd, 0);
            if (map == -1) throw OpenError(Marshal.GetLastPInvokeError(), s.Device, "can't mmap rx ring");
            _ring = (byte*)map;

            if (s.KernelFilter is { Length: > 0 } program) Attach(program);

            if (s.Promiscuous && !any)
            {
                Span<byte> mreq = stackalloc byte[16];
                mreq.Clear();
                BinaryPrimitives.WriteInt32LittleEndian(mreq, ifIndex);
                BinaryPrimitives.WriteUInt16LittleEndian(mreq[4..], Native.PACKET_MR_PROMISC);
                fixed (byte* m = mreq)
                    if (Native.setsockopt(_fd, Native.SOL_PACKET, Native.PACKET_ADD_MEMBERSHIP, m, 16) < 0)
                        throw OpenError(Marshal.GetLastPInvokeError(), s.Device, "setsockopt (PACKET_ADD_MEMBERSHIP)");
            }

            Span<byte> sll = stackalloc byte[20];
            sll.Clear();
            BinaryPrimitives.WriteUInt16LittleEndian(sll, Native.AF_PACKET);
            BinaryPrimitives.WriteUInt16LittleEndian(sll[2..], Native.ETH_P_ALL_BE);
            BinaryPrimitives.WriteInt32LittleEndian(sll[4..], ifIndex);
            fixed (byte* a = sll)
                if (Native.bind(_fd, a, 20) < 0)
                    throw OpenError(Marshal.GetLastPInvokeError(), s.Device, "bind");
            int soError = 0;
            uint len = 4;
            if (Native.getsockopt(_fd, Native.SOL_SOCKET, Native.SO_ERROR, &soError, &len) == 0 && soError != 0)
                throw OpenError(soError, s.Device, "bind");

            _eventFd = Native.eventfd(0, Native.EFD_NONBLOCK | Native.EFD_CLOEXEC);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>
    /// The link type a capture on the device delivers: EN10MB for Ethernet and loopback devices,
    /// LINUX_SLL2 for "any", and LINUX_SLL (libpcap's cooked fallback) for the rest.
    /// </summary>
    public static int LinkTypeOf(string device)
    {
        if (device == "any") return 276;
        return Interfaces.HardwareType(device) is 1 or 772 ? 1 : 113;
    }

    /// <summary>Opens the ring; errors carry libpcap's and tcpdump's texts.</summary>
    public static PacketRing Open(CaptureSettings settings, bool nano = false) => new(settings, nano);

    private void SetInt(int level, int name, int value, string what)
    {
        if (Native.setsockopt(_fd, level, name, &value, 4) < 0)
            throw OpenError(Marshal.GetLastPInvokeError(), Device, what);
    }

    private void Attach(BpfInstruction[] program)
    {
        var insns = new ulong[program.Length];
        for (int i = 0; i < program.Length; i++)
        {
            var p = program[i];
            insns[i] = p.Code | (ulong)p.Jt << 16 | (ulong)p.Jf << 24 | (ulong)p.K << 32;
        }
        fixed (ulong* f = insns)
        {
            Span<byte> fprog = stackalloc byte[16];
            fprog.Clear();
            BinaryPrimitives.WriteUInt16LittleEndian(fprog, (ushort)program.Length);
            BinaryPrimitives.WriteInt64LittleEndian(fprog[8..], (long)f);
            fixed (byte* fp = fprog)
                if (Native.setsockopt(_fd, Native.SOL_SOCKET, Native.SO_ATTACH_FILTER, fp, 16) < 0)
                    throw new CaptureException($"can't attach filter: {Native.StrError(Marshal.GetLastPInvokeError())}");
        }
    }

    /// <summary>tcpdump's wording for an open failure (pcap_statustostr / the errno text).</summary>
    private static CaptureException OpenError(int errno, string device, string what) => errno switch
    {
        Native.EPERM or Native.EACCES => new CaptureException($"{device}: You don't have permission to perform this capture on that device\n(socket: Operation not permitted)"),
        Native.ENODEV or Native.ENXIO => new CaptureException($"{device}: No such device exists\n(No such device exists)"),
        Native.ENETDOWN => new CaptureException($"{device}: That device is not up"),
        _ => new CaptureException($"{device}: {what}: {Native.StrError(errno)}"),
    };

    /// <summary>
    /// The next packet. Blocks until one arrives, <paramref name="timeoutMs"/> passes (Timeout; -1 waits
    /// for ever) or <see cref="Stop"/> is called (Stopped). The span is valid until the next call.
    /// </summary>
    public RingStatus Next(out PacketHeader header, out ReadOnlySpan<byte> data, int timeoutMs = -1)
    {
        header = default;
        data = default;
        if (_releasePending) ReleaseBlock();
        var fds = stackalloc Native.PollFd[2];
        while (true)
        {
            while (_left > 0)
            {
                byte* pkt = _pkt;
                _left--;
                _pkt = pkt + *(uint*)(pkt + PktNextOffset);
                if (_left == 0) _releasePending = true;
                if (Deliver(pkt, ref header, ref data)) return RingStatus.Packet;
                if (_left == 0) { ReleaseBlock(); }
            }
            byte* blk = _ring + (nint)_block * _blockSize;
            uint status = Volatile.Read(ref *(uint*)(blk + BlockStatus));
            if ((status & TpStatusUser) != 0)
            {
                _left = (int)*(uint*)(blk + BlockNumPkts);
                _pkt = blk + *(uint*)(blk + BlockFirstPkt);
                if (_left == 0) ReleaseBlock();
                continue;
            }
            fds[0] = new Native.PollFd { Fd = _fd, Events = Native.POLLIN };
            fds[1] = new Native.PollFd { Fd = _eventFd, Events = Native.POLLIN };
            int n = Native.poll(fds, 2, timeoutMs);
            if (n < 0)
            {
                if (Marshal.GetLastPInvokeError() == Native.EINTR) continue;
                throw new CaptureException($"poll: {Native.StrError(Marshal.GetLastPInvokeError())}");
            }
            if ((fds[1].REvents & Native.POLLIN) != 0) return RingStatus.Stopped;
            if (n == 0) return RingStatus.Timeout;
        }
    }

    private void ReleaseBlock()
    {
        _releasePending = false;
        byte* blk = _ring + (nint)_block * _blockSize;
        Volatile.Write(ref *(uint*)(blk + BlockStatus), 0u);
        _block = (_block + 1) % _blockCount;
    }

    /// <summary>libpcap's per-packet work: direction check, cooked header, VLAN tag, snapshot length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Deliver(byte* pkt, ref PacketHeader h, ref ReadOnlySpan<byte> data)
    {
        byte* sll = pkt + SllOffset;
        byte pkttype = sll[10];
        int ifindex = *(int*)(sll + 4);
        if (pkttype == PacketOutgoing)
        {
            if (ifindex == _loIndex) return false;
            if (_direction == CaptureDirection.In) return false;
        }
        else if (_direction == CaptureDirection.Out) return false;

        byte* bp = pkt + *(ushort*)(pkt + PktMac);
        int caplen = (int)*(uint*)(pkt + PktSnaplen);
        int len = (int)*(uint*)(pkt + PktLen);
        uint tpStatus = *(uint*)(pkt + PktStatus);
        if (_cooked)
        {
            ushort hatype = *(ushort*)(sll + 8);
            if (LinkType == 276)
            {
                bp -= Sll2HeaderLength;
                *(ushort*)bp = *(ushort*)(sll + 2);                      // protocol, already big-endian
                *(ushort*)(bp + 2) = 0;
                BinaryPrimitives.WriteInt32BigEndian(new Span<byte>(bp + 4, 4), ifindex);
                BinaryPrimitives.WriteUInt16BigEndian(new Span<byte>(bp + 8, 2), hatype);
                bp[10] = pkttype;
                bp[11] = sll[11];
                Buffer.MemoryCopy(sll + 12, bp + 12, 8, 8);
                caplen += Sll2HeaderLength; len += Sll2HeaderLength;
            }
            else
            {
                bp -= SllHeaderLength;
                BinaryPrimitives.WriteUInt16BigEndian(new Span<byte>(bp, 2), pkttype);
                BinaryPrimitives.WriteUInt16BigEndian(new Span<byte>(bp + 2, 2), hatype);
                BinaryPrimitives.WriteUInt16BigEndian(new Span<byte>(bp + 4, 2), sll[11]);
                Buffer.MemoryCopy(sll + 12, bp + 6, 8, 8);
                *(ushort*)(bp + 14) = *(ushort*)(sll + 2);
                caplen += SllHeaderLength; len += SllHeaderLength;
            }
        }
        ushort tci = *(ushort*)(pkt + PktVlanTci);
        if ((tci != 0 || (tpStatus & TpStatusVlanValid) != 0) && _vlanOffset >= 0 && caplen - (_cooked ? 0 : 0) >= _vlanOffset)
        {
            ushort tpid = *(ushort*)(pkt + PktVlanTpid);
            if (tpid == 0 && (tpStatus & TpStatusVlanTpidValid) == 0) tpid = 0x8100;
            bp -= VlanTagLength;
            Buffer.MemoryCopy(bp + VlanTagLength, bp, _vlanOffset, _vlanOffset);
            BinaryPrimitives.WriteUInt16BigEndian(new Span<byte>(bp + _vlanOffset, 2), tpid);
            BinaryPrimitives.WriteUInt16BigEndian(new Span<byte>(bp + _vlanOffset + 2, 2), tci);
            caplen += VlanTagLength; len += VlanTagLength;
        }
        if (caplen > _snapLen) caplen = _snapLen;
        uint nsec = *(uint*)(pkt + PktNsec);
        h.Seconds = *(uint*)(pkt + PktSec);
        h.Fraction = _nano ? nsec : nsec / 1000;
        h.CapturedLength = caplen;
        h.WireLength = len;
        h.LinkType = LinkType;
        h.Interface = ifindex;
        data = new ReadOnlySpan<byte>(bp, caplen);
        return true;
    }

    /// <summary>Wakes a blocked <see cref="Next"/> (from a signal handler's thread): it returns Stopped.</summary>
    public void Stop()
    {
        ulong one = 1;
        if (_eventFd > 0) Native.write(_eventFd, &one, 8);
    }

    /// <summary>
    /// pcap_stats on Linux: PACKET_STATISTICS read-and-reset, accumulated. Received counts every packet the
    /// kernel filter accepted (drops included, as the kernel adds them), dropped those the ring had no room for.
    /// </summary>
    public (ulong Received, ulong Dropped) Statistics()
    {
        Span<uint> st = stackalloc uint[3];
        uint len = 12;
        fixed (uint* p = st)
            if (Native.getsockopt(_fd, Native.SOL_PACKET, Native.PACKET_STATISTICS, p, &len) == 0)
            {
                _received += st[0];
                _dropped += st[1];
            }
        return (_received, _dropped);
    }

    public void Dispose()
    {
        if (_ring != null) Native.munmap((nint)_ring, _ringSize);
        if (_fd > 0) Native.close(_fd);
        if (_eventFd > 0) Native.close(_eventFd);
    }
}
