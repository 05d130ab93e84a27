using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.LinkTags;

/// <summary>
/// Linux vsock monitor frames (print-vsock.c) against tcpdump 4.99.3: virtio, no-info, unknown and invalid
/// transports and ops, payloads, and frames cut in either header, printed with "tcpdump -t -n [-v|-vv]",
/// whose output is the expected text here.
/// </summary>
public class VsockTests
{
    private const int VsockLinkType = 271;

    [Fact]
    public void VsockDefault() => Assert.Equal(VsockExpectedDefault, InProcessPrint.HexFrames(VsockFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }, VsockLinkType));

    [Fact]
    public void VsockV() => Assert.Equal(VsockExpectedV, InProcessPrint.HexFrames(VsockFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }, VsockLinkType));

    [Fact]
    public void VsockVv() => Assert.Equal(VsockExpectedVv, InProcessPrint.HexFrames(VsockFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2 }, VsockLinkType));

    private const string VsockExpectedDefault =
        "VIRTIO 3.1024 > 2.1234 CONNECT, length 76\n"
        + "VIRTIO 2.5 > 18446744073709551615.4294967295 PAYLOAD, length 81\n"
        + "VIRTIO 2.5 > 3.6 PAYLOAD, length 76\n"
        + "NO_INFO 2.5 > 3.6 PAYLOAD, length 35\n"
        + "NO_INFO 2.5 > 3.6 PAYLOAD, length 32\n"
        + "Invalid transport (7) 2.5 > 3.6  invalid op (9), length 33\n"
        + "UNKNOWN 2.5 > 3.6 DISCONNECT, length 32\n"
        + "VIRTIO 2.5 > 3.6 PAYLOAD, length 52\n"
        + " [|vsock]\n"
        + " [|vsock]\n"
        ;

    private const string VsockExpectedV =
        "VIRTIO (len 0, type STREAM, op REQUEST, flags 0, buf_alloc 262144, fwd_cnt 0)\n"
        + "\t3.1024 > 2.1234 CONNECT, length 76\n"
        + "VIRTIO (len 5, type Invalid type (9), op Invalid op (12), flags deadbeef, buf_alloc 1, fwd_cnt 2)\n"
        + "\t2.5 > 18446744073709551615.4294967295 PAYLOAD, length 81\n"
        + "VIRTIO (len 0, type STREAM, op RW, flags 3, buf_alloc 1, fwd_cnt 2)\n"
        + "\t2.5 > 3.6 PAYLOAD, length 76\n"
        + "NO_INFO\n"
        + "\t2.5 > 3.6 PAYLOAD, length 35\n"
        + "NO_INFO\n"
        + "\t2.5 > 3.6 PAYLOAD, length 32\n"
        + "Invalid transport (7)\n"
        + "\t2.5 > 3.6  invalid op (9), length 33\n"
        + "UNKNOWN\n"
        + "\t2.5 > 3.6 DISCONNECT, length 32\n"
        + "VIRTIO2.5 > 3.6 PAYLOAD, length 52 [|vsock]\n"
        + " [|vsock]\n"
        + " [|vsock]\n"
        ;

    private const string VsockExpectedVv =
        "VIRTIO (len 0, type STREAM, op REQUEST, flags 0, buf_alloc 262144, fwd_cnt 0)\n"
        + "\t3.1024 > 2.1234 CONNECT, length 76\n"
        + "VIRTIO (len 5, type Invalid type (9), op Invalid op (12), flags deadbeef, buf_alloc 1, fwd_cnt 2)\n"
        + "\t2.5 > 18446744073709551615.4294967295 PAYLOAD, length 81\n"
        + "\t0x0000:  6865 6c6c 6f\n"
        + "VIRTIO (len 0, type STREAM, op RW, flags 3, buf_alloc 1, fwd_cnt 2)\n"
        + "\t2.5 > 3.6 PAYLOAD, length 76 [|vsock]\n"
        + "NO_INFO\n"
        + "\t2.5 > 3.6 PAYLOAD, length 35\n"
        + "\t0x0000:  0102 03\n"
        + "NO_INFO\n"
        + "\t2.5 > 3.6 PAYLOAD, length 32 [|vsock]\n"
        + "Invalid transport (7)\n"
        + "\t2.5 > 3.6  invalid op (9), length 33\n"
        + "UNKNOWN\n"
        + "\t2.5 > 3.6 DISCONNECT, length 32\n"
        + "VIRTIO2.5 > 3.6 PAYLOAD, length 52 [|vsock]\n"
        + " [|vsock]\n"
        + " [|vsock]\n"
        ;

    private static readonly (string Hex, int WireLength)[] VsockFrames =
    [
        ("0300000000000000020000000000000000040000d2040000010002002c0000000300000000000000020000000000000000040000d20400000000000001000100000000000000040000000000", -1),
        ("0200000000000000ffffffffffffffff05000000ffffffff040002002c0000000200000000000000030000000000000005000000060000000500000009000c00efbeadde010000000200000068656c6c6f", -1),
        ("020000000000000003000000000000000500000006000000040002002c0000000200000000000000030000000000000005000000060000000000000001000500030000000100000002000000", -1),
        ("0200000000000000030000000000000005000000060000000400010000000000010203", -1),
        ("0200000000000000030000000000000005000000060000000400010000000000", -1),
        ("0200000000000000030000000000000005000000060000000900070000000000ff", -1),
        ("0200000000000000030000000000000005000000060000000200000000000000", -1),
        ("020000000000000003000000000000000500000006000000040002002c0000000200000000000000030000000000000005000000", -1),
        ("02000000000000000300000000000000050000000600000004000100000000", -1),
        ("00", -1),
    ];
}
