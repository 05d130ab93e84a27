using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Routing6;

/// <summary>
/// vat, RTP and RTCP (print-udp.c) against tcpdump 4.99.3: synthetic RTP v1/v2 data (options, extensions,
/// H.261), RTCP compound packets (SR, RR, SDES, BYE, unknown, miscounted, cut short) and vat/vt
/// packets, printed with "tcpdump -t -n [-v] [-T rtp|rtcp|vat]", whose output is the expected text here.
/// </summary>
public class RtpTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("00005e00010100112233445508004500002c00004000401100000a0000010a000002138c138c0018000080e01234000003e8deadbeef00000000", -1),
        ("00005e00010100112233445508004500003400004000401100000a0000010a000002138c138c00200000900000010000000500000006000000011111111100000000", -1),
        ("00005e00010100112233445508004500003400004000401100000a0000010a000002138c138c00200000909f000200000005000000060000000111111111abcd0000", -1),
        ("00005e00010100112233445508004500002600004000401100000a0000010a000002138c138c0012000080000003000000070000", -1),
        ("00005e00010100112233445508004500002000004000401100000a0000010a000002138c138c000c000080000003", -1),
        ("00005e00010100112233445508004500002c00004000401100000a0000010a000002138c138c0018000040c00007000000090102030480010000", -1),
        ("00005e00010100112233445508004500003400004000401100000a0000010a000002138c138c00200000409f00070000000900020000000000008001000012340000", -1),
        ("00005e00010100112233445508004500002800004000401100000a0000010a000002138c138c00140000408000070000000900000000", -1),
        ("00005e00010100112233445508004500002c00004000401100000a0000010a000002138c138c0018000090000001000000050000000600050001", -1),
        ("00005e00010100112233445508004500005000004000401100000a0000010a000002138c138c003c000081c8000c01020304e100000080000000000003e80000000a000005dc0a0b0c0d0200000500010000000000030001800000028000", -1),
        ("00005e00010100112233445508004500002400004000401100000a0000010a000002138c138c0010000082c900010a0a0a0a", -1),
        ("00005e00010100112233445508004500005400004000401100000a0000010a000002138c138c0040000082c9000d0a0a0a0a0000000100000002000000030000000400002000000060000000000500000006000000070000000800001000ffffffff", -1),
        ("00005e00010100112233445508004500003400004000401100000a0000010a000002138c138c0020000081ca0002000000550102000081cb00010000007780cc0000", -1),
        ("00005e00010100112233445508004500003800004000401100000a0000010a000002138c138c0024000081c80006010203040000000000000001000000010000000200000003", -1),
        ("00005e00010100112233445508004500002c00004000401100000a0000010a000002138c138c0018000081c9000c010203040000000100000002", -1),
        ("00005e00010100112233445508004500002800004000401100000a0000010a00000213880d800014000000a500120000004d00000000", -1),
        ("00005e00010100112233445508004500002400004000401100000a0000010a00000213880d80001000003f1f00120000004d", -1),
        ("00005e00010100112233445508004500001f00004000401100000a0000010a00000213880d80000b0000812300", -1),
        ("00005e00010100112233445508004500002100004000401100000a0000010a00000213880d80000d00000001000000", -1),
        ("00005e00010100112233445508004500001d00004000401100000a0000010a00000213880d800009000000", -1),
        ("00005e00010100112233445508004500003400004000401100000a0000010a000002138c138c002000009000000100000005", 66),
        ("00005e00010100112233445508004500005000004000401100000a0000010a000002138c138c003c000081c8000c01020304e100000080000000000003e80000000a000005dc", 94),
    ];

    [Fact]
    public void Rtp() => Assert.Equal(ExpectedRtp, InProcessPrint.HexFrames(Frames, new PrintOptions { NoResolve = 1, TimeFormat = 1, PacketType = "rtp" }));

    [Fact]
    public void RtpVerbose() => Assert.Equal(ExpectedRtpVerbose, InProcessPrint.HexFrames(Frames, new PrintOptions { NoResolve = 1, TimeFormat = 1, PacketType = "rtp", Verbose = 1 }));

    [Fact]
    public void Rtcp() => Assert.Equal(ExpectedRtcp, InProcessPrint.HexFrames(Frames, new PrintOptions { NoResolve = 1, TimeFormat = 1, PacketType = "rtcp" }));

    [Fact]
    public void RtcpVerbose() => Assert.Equal(ExpectedRtcpVerbose, InProcessPrint.HexFrames(Frames, new PrintOptions { NoResolve = 1, TimeFormat = 1, PacketType = "rtcp", Verbose = 1 }));

    [Fact]
    public void Vat() => Assert.Equal(ExpectedVat, InProcessPrint.HexFrames(Frames, new PrintOptions { NoResolve = 1, TimeFormat = 1, PacketType = "vat" }));

    [Fact]
    public void VatVerbose() => Assert.Equal(ExpectedVatVerbose, InProcessPrint.HexFrames(Frames, new PrintOptions { NoResolve = 1, TimeFormat = 1, PacketType = "vat", Verbose = 1 }));

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, InProcessPrint.HexFrames(Frames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void RtcpHex() => Assert.Equal(ExpectedRtcpHex, InProcessPrint.HexFrames(Frames, new PrintOptions { NoResolve = 1, TimeFormat = 1, PacketType = "rtcp", Verbose = 1, Hex = 1 }));

    private const string ExpectedRtp =
        "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 4 c96 * 4660 1000\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 12 c0 + 1 5\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 12 c31 +* 2 5\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp, length 10 < 12\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp, length 4 < 8\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/rtpv1 8 c0 +* 7 9\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/rtpv1 16 c31 + 7 9\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/rtpv1 4 c0 + 7 9\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 4 c0 + 1 5\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 40 c72 * 12 16909060\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp, length 8 < 12\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 44 c73 * 13 168430090\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 12 c74 * 2 85\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 16 c72 * 6 16909060\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 4 c73 * 12 16909060\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456: udp/rtp 0 c37 * 18 77\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456: udp/rtp, length 8 < 12\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456: udp/rtp, length 3 < 8\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456: udp/rtp, length 5 < 8\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456: udp/rtp, length 1 < 8\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 12 c0 + 1 5\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 40 c72 * 12 16909060\n";

    private const string ExpectedRtpVerbose =
        "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 44, bad cksum 0 (->26bf)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 4 c96 * 4660 1000 3735928559\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 12 c0 + 1 5 6\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 12 c31 +* 2 5 6 0xabcd\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 38, bad cksum 0 (->26c5)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp, length 10 < 12\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 32, bad cksum 0 (->26cb)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp, length 4 < 8\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 44, bad cksum 0 (->26bf)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/rtpv1 8 c0 +* 7 9 16909060 [|rtp]\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/rtpv1 16 c31 + 7 9 131072 0x1234\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 40, bad cksum 0 (->26c3)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/rtpv1 4 c0 + 7 9 0 !opt\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 44, bad cksum 0 (->26bf)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 4 c0 + 1 5 6 !ext\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 80, bad cksum 0 (->269b)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 40 c72 * 12 16909060 3774873600\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 36, bad cksum 0 (->26c7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp, length 8 < 12\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 84, bad cksum 0 (->2697)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 44 c73 * 13 168430090 1\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 12 c74 * 2 85 16908288\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 56, bad cksum 0 (->26b3)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 16 c72 * 6 16909060 0\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 44, bad cksum 0 (->26bf)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 4 c73 * 12 16909060 1\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 40, bad cksum 0 (->26c3)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456: udp/rtp 0 c37 * 18 77 0\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 36, bad cksum 0 (->26c7)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456: udp/rtp, length 8 < 12\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 31, bad cksum 0 (->26cc)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456: udp/rtp, length 3 < 8\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 33, bad cksum 0 (->26ca)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456: udp/rtp, length 5 < 8\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 29, bad cksum 0 (->26ce)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456: udp/rtp, length 1 < 8\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 12 c0 + 1 5 [|rtp]\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 80, bad cksum 0 (->269b)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/rtp 40 c72 * 12 16909060 3774873600\n";

    private const string ExpectedRtcp =
        "IP 10.0.0.1.5004 > 10.0.0.2.5004:  type-0xe0 18644\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004:  type-0x0 8 type-0x0 28\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004:  type-0x9f 12 type-0x0 8 [|rtcp]\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004:  type-0x0 16\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004:  [|rtcp]\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004:  type-0xc0 32\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004:  type-0x9f 32\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004:  type-0x80 32\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004:  type-0x0 8 type-0x0 28\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004:  sr @3774873600.50 1000 10p 1500b 5l 65536s 3j @1.50+2.50\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004:  rr [8] c2 [|rtcp]\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004:  rr c2 2l 3s 4j @0.12+0.38 2l 3s 4j @0.12+0.38\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004:  sdes 12 bye 8 [|rtcp]\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004:  sr [28] @0.00 1 2p 3b [|rtcp]\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004:  rr [52] [|rtcp]\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456:  type-0xa5 76\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456:  type-0x1f 76\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456:  [|rtcp]\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456:  [|rtcp]\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456:  [|rtcp]\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004:  type-0x0 8\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004:  sr @3774873600.50 1000 10p 1500b [|rtcp]\n";

    private const string ExpectedRtcpVerbose =
        "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 44, bad cksum 0 (->26bf)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  type-0xe0 18644\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  type-0x0 8 type-0x0 28\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  type-0x9f 12 type-0x0 8 [|rtcp]\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 38, bad cksum 0 (->26c5)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  type-0x0 16\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 32, bad cksum 0 (->26cb)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  [|rtcp]\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 44, bad cksum 0 (->26bf)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  type-0xc0 32\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  type-0x9f 32\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 40, bad cksum 0 (->26c3)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  type-0x80 32\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 44, bad cksum 0 (->26bf)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  type-0x0 8 type-0x0 28\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 80, bad cksum 0 (->269b)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  sr 16909060 @3774873600.50 1000 10p 1500b 168496141 5l 65536s 3j @1.50+2.50\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 36, bad cksum 0 (->26c7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  rr [8] 168430090 c2 [|rtcp]\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 84, bad cksum 0 (->2697)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  rr 168430090 c2 1 2l 3s 4j @0.12+0.38 1 2l 3s 4j @0.12+0.38\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  sdes 12 85 bye 8 119 [|rtcp]\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 56, bad cksum 0 (->26b3)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  sr [28] 16909060 @0.00 1 2p 3b [|rtcp]\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 44, bad cksum 0 (->26bf)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  rr [52] 16909060 [|rtcp]\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 40, bad cksum 0 (->26c3)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456:  type-0xa5 76\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 36, bad cksum 0 (->26c7)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456:  type-0x1f 76\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 31, bad cksum 0 (->26cc)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456:  [|rtcp]\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 33, bad cksum 0 (->26ca)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456:  [|rtcp]\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 29, bad cksum 0 (->26ce)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456:  [|rtcp]\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  type-0x0 8\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 80, bad cksum 0 (->269b)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  sr 16909060 @3774873600.50 1000 10p 1500b [|rtcp]\n";

    private const string ExpectedVat =
        "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 16 224 / 32\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 24 0 / 36\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 24 159 / 36\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 10 0 / 32\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 4 0 / 32\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 16 192 / 16\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 24 159 / 16\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 12 128 / 16\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 16 0 / 36\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 52 456 / 32\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 8 713 / 32\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 56 713 / 32\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 24 458 / 32\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 28 456 / 32\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 16 457 / 32\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456: udp/vt 12 165 / 0\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456: udp/vt 8 799 / 15\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456: udp/vt 3 291 / 32\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456: udp/vat, length 5 < 8\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456: udp/va/vat, length 1 < 2\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 24 0 / 36\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 52 456 / 32\n";

    private const string ExpectedVatVerbose =
        "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 44, bad cksum 0 (->26bf)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 16 224 / 32\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 24 0 / 36\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 24 159 / 36\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 38, bad cksum 0 (->26c5)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 10 0 / 32\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 32, bad cksum 0 (->26cb)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 4 0 / 32\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 44, bad cksum 0 (->26bf)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 16 192 / 16\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 24 159 / 16\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 40, bad cksum 0 (->26c3)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 12 128 / 16\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 44, bad cksum 0 (->26bf)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 16 0 / 36\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 80, bad cksum 0 (->269b)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 52 456 / 32\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 36, bad cksum 0 (->26c7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 8 713 / 32\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 84, bad cksum 0 (->2697)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 56 713 / 32\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 24 458 / 32\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 56, bad cksum 0 (->26b3)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 28 456 / 32\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 44, bad cksum 0 (->26bf)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 16 457 / 32\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 40, bad cksum 0 (->26c3)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456: udp/vt 12 165 / 0\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 36, bad cksum 0 (->26c7)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456: udp/vt 8 799 / 15\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 31, bad cksum 0 (->26cc)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456: udp/vt 3 291 / 32\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 33, bad cksum 0 (->26ca)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456: udp/vat, length 5 < 8\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 29, bad cksum 0 (->26ce)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456: udp/va/vat, length 1 < 2\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 24 0 / 36\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 80, bad cksum 0 (->269b)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004: udp/vt 52 456 / 32\n";

    private const string ExpectedDefault =
        "IP 10.0.0.1.5004 > 10.0.0.2.5004: UDP, length 16\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: UDP, length 24\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: UDP, length 24\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: UDP, length 10\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: UDP, length 4\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: UDP, length 16\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: UDP, length 24\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: UDP, length 12\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: UDP, length 16\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: UDP, length 52\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: UDP, length 8\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: UDP, length 56\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: UDP, length 24\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: UDP, length 28\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: UDP, length 16\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456: udp/vt 12 165 / 0\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456: udp/vt 8 799 / 15\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456: udp/vt 3 291 / 32\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456: udp/vat, length 5 < 8\n"
        + "IP 10.0.0.1.5000 > 10.0.0.2.3456: udp/va/vat, length 1 < 2\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: UDP, length 24\n"
        + "IP 10.0.0.1.5004 > 10.0.0.2.5004: UDP, length 52\n";

    private const string ExpectedRtcpHex =
        "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 44, bad cksum 0 (->26bf)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  type-0xe0 18644\n"
        + "\t0x0000:  4500 002c 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 138c 138c 0018 0000 80e0 1234\n"
        + "\t0x0020:  0000 03e8 dead beef 0000 0000\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  type-0x0 8 type-0x0 28\n"
        + "\t0x0000:  4500 0034 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 138c 138c 0020 0000 9000 0001\n"
        + "\t0x0020:  0000 0005 0000 0006 0000 0001 1111 1111\n"
        + "\t0x0030:  0000 0000\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  type-0x9f 12 type-0x0 8 [|rtcp]\n"
        + "\t0x0000:  4500 0034 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 138c 138c 0020 0000 909f 0002\n"
        + "\t0x0020:  0000 0005 0000 0006 0000 0001 1111 1111\n"
        + "\t0x0030:  abcd 0000\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 38, bad cksum 0 (->26c5)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  type-0x0 16\n"
        + "\t0x0000:  4500 0026 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 138c 138c 0012 0000 8000 0003\n"
        + "\t0x0020:  0000 0007 0000\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 32, bad cksum 0 (->26cb)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  [|rtcp]\n"
        + "\t0x0000:  4500 0020 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 138c 138c 000c 0000 8000 0003\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 44, bad cksum 0 (->26bf)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  type-0xc0 32\n"
        + "\t0x0000:  4500 002c 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 138c 138c 0018 0000 40c0 0007\n"
        + "\t0x0020:  0000 0009 0102 0304 8001 0000\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  type-0x9f 32\n"
        + "\t0x0000:  4500 0034 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 138c 138c 0020 0000 409f 0007\n"
        + "\t0x0020:  0000 0009 0002 0000 0000 0000 8001 0000\n"
        + "\t0x0030:  1234 0000\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 40, bad cksum 0 (->26c3)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  type-0x80 32\n"
        + "\t0x0000:  4500 0028 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 138c 138c 0014 0000 4080 0007\n"
        + "\t0x0020:  0000 0009 0000 0000\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 44, bad cksum 0 (->26bf)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  type-0x0 8 type-0x0 28\n"
        + "\t0x0000:  4500 002c 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 138c 138c 0018 0000 9000 0001\n"
        + "\t0x0020:  0000 0005 0000 0006 0005 0001\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 80, bad cksum 0 (->269b)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  sr 16909060 @3774873600.50 1000 10p 1500b 168496141 5l 65536s 3j @1.50+2.50\n"
        + "\t0x0000:  4500 0050 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 138c 138c 003c 0000 81c8 000c\n"
        + "\t0x0020:  0102 0304 e100 0000 8000 0000 0000 03e8\n"
        + "\t0x0030:  0000 000a 0000 05dc 0a0b 0c0d 0200 0005\n"
        + "\t0x0040:  0001 0000 0000 0003 0001 8000 0002 8000\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 36, bad cksum 0 (->26c7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  rr [8] 168430090 c2 [|rtcp]\n"
        + "\t0x0000:  4500 0024 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 138c 138c 0010 0000 82c9 0001\n"
        + "\t0x0020:  0a0a 0a0a\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 84, bad cksum 0 (->2697)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  rr 168430090 c2 1 2l 3s 4j @0.12+0.38 1 2l 3s 4j @0.12+0.38\n"
        + "\t0x0000:  4500 0054 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 138c 138c 0040 0000 82c9 000d\n"
        + "\t0x0020:  0a0a 0a0a 0000 0001 0000 0002 0000 0003\n"
        + "\t0x0030:  0000 0004 0000 2000 0000 6000 0000 0005\n"
        + "\t0x0040:  0000 0006 0000 0007 0000 0008 0000 1000\n"
        + "\t0x0050:  ffff ffff\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  sdes 12 85 bye 8 119 [|rtcp]\n"
        + "\t0x0000:  4500 0034 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 138c 138c 0020 0000 81ca 0002\n"
        + "\t0x0020:  0000 0055 0102 0000 81cb 0001 0000 0077\n"
        + "\t0x0030:  80cc 0000\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 56, bad cksum 0 (->26b3)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  sr [28] 16909060 @0.00 1 2p 3b [|rtcp]\n"
        + "\t0x0000:  4500 0038 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 138c 138c 0024 0000 81c8 0006\n"
        + "\t0x0020:  0102 0304 0000 0000 0000 0001 0000 0001\n"
        + "\t0x0030:  0000 0002 0000 0003\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 44, bad cksum 0 (->26bf)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  rr [52] 16909060 [|rtcp]\n"
        + "\t0x0000:  4500 002c 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 138c 138c 0018 0000 81c9 000c\n"
        + "\t0x0020:  0102 0304 0000 0001 0000 0002\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 40, bad cksum 0 (->26c3)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456:  type-0xa5 76\n"
        + "\t0x0000:  4500 0028 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 1388 0d80 0014 0000 00a5 0012\n"
        + "\t0x0020:  0000 004d 0000 0000\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 36, bad cksum 0 (->26c7)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456:  type-0x1f 76\n"
        + "\t0x0000:  4500 0024 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 1388 0d80 0010 0000 3f1f 0012\n"
        + "\t0x0020:  0000 004d\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 31, bad cksum 0 (->26cc)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456:  [|rtcp]\n"
        + "\t0x0000:  4500 001f 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 1388 0d80 000b 0000 8123 00\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 33, bad cksum 0 (->26ca)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456:  [|rtcp]\n"
        + "\t0x0000:  4500 0021 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 1388 0d80 000d 0000 0001 0000\n"
        + "\t0x0020:  00\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 29, bad cksum 0 (->26ce)!)\n"
        + "    10.0.0.1.5000 > 10.0.0.2.3456:  [|rtcp]\n"
        + "\t0x0000:  4500 001d 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 1388 0d80 0009 0000 00\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->26b7)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  type-0x0 8\n"
        + "\t0x0000:  4500 0034 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 138c 138c 0020 0000 9000 0001\n"
        + "\t0x0020:  0000 0005\n"
        + "IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto UDP (17), length 80, bad cksum 0 (->269b)!)\n"
        + "    10.0.0.1.5004 > 10.0.0.2.5004:  sr 16909060 @3774873600.50 1000 10p 1500b [|rtcp]\n"
        + "\t0x0000:  4500 0050 0000 4000 4011 0000 0a00 0001\n"
        + "\t0x0010:  0a00 0002 138c 138c 003c 0000 81c8 000c\n"
        + "\t0x0020:  0102 0304 e100 0000 8000 0000 0000 03e8\n"
        + "\t0x0030:  0000 000a 0000 05dc\n";
}
