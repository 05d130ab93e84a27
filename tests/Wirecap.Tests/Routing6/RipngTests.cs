using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Routing6;

/// <summary>
/// RIPng (print-ripng.c) against tcpdump 4.99.3: synthetic requests (table dump, partial entries),
/// responses with tags and metrics, bad versions and commands, short and cut frames, printed with
/// "tcpdump -t -n [-vv]", whose output is the expected text here.
/// </summary>
public class RipngTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("33330000000900112233445586dd60000000002011fffe800000000000000000000000000001ff0200000000000000000000000000090209020900200000010100000000000000000000000000000000000000000010", -1),
        ("33330000000900112233445586dd60000000002011fffe800000000000000000000000000001ff02000000000000000000000000000902090209002000000101000020010db800000000000000000000000000002010", -1),
        ("33330000000900112233445586dd60000000002211fffe800000000000000000000000000001ff02000000000000000000000000000902090209002200000101000000000000000000000000000000000000000000100000", -1),
        ("33330000000900112233445586dd60000000004811fffe800000000000000000000000000001ff02000000000000000000000000000902090209004800000201000020010db80000000000000000000000000000200120010db800010000000000000000000000073000fe80000000000000000000000000000100008010", -1),
        ("33330000000900112233445586dd60000000002311fffe800000000000000000000000000001ff02000000000000000000000000000902090209002300000201000020010db800000000000000000000000000052001010203", -1),
        ("33330000000900112233445586dd60000000002011fffe800000000000000000000000000001ff02000000000000000000000000000902090209002000000301000020010db800000000000000000000000000002001", -1),
        ("33330000000900112233445586dd60000000000c11fffe800000000000000000000000000001ff02000000000000000000000000000902090209000c000002020000", -1),
        ("33330000000900112233445586dd60000000000b11fffe800000000000000000000000000001ff02000000000000000000000000000902090209000b0000020100", -1),
        ("01005e00000900112233445508004500003400004000ff110000c0000201e000000902090209002000000201000020010db800000000000000000000000000002003", -1),
        ("33330000000900112233445586dd60000000004811fffe800000000000000000000000000001ff020000000000000000000000000009020902090048000002010000", 126),
        ("33330000000900112233445586dd60000000004811fffe800000000000000000000000000001ff02000000000000000000000000000902090209004800000201000020010db80000000000", 126),
        ("33330000000900112233445586dd60000000004811fffe800000000000000000000000000001ff02000000000000000000000000000902090209004800000201000020010db80000000000000000000000000000200120010db800010000000000000000", 126),
        ("33330000000900112233445586dd60000000004811fffe800000000000000000000000000001ff02000000000000000000000000000902090209004800000201000020010db80000000000000000000000000000200120010db800010000000000000000000000073000fe80000000000000000000000000", 126),
    ];

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, InProcessPrint.HexFrames(Frames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void VeryVerbose() => Assert.Equal(ExpectedVeryVerbose, InProcessPrint.HexFrames(Frames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2 }));

    private const string ExpectedDefault =
        "IP6 fe80::1.521 > ff02::9.521:  ripng-req dump\n"
        + "IP6 fe80::1.521 > ff02::9.521:  ripng-req 1: 2001:db8::/32\n"
        + "IP6 fe80::1.521 > ff02::9.521:  ripng-req dump\n"
        + "IP6 fe80::1.521 > ff02::9.521:  ripng-resp 3: 2001:db8::/32 (1) 2001:db8:1::/48 [7] fe80::1/128 (16)\n"
        + "IP6 fe80::1.521 > ff02::9.521:  ripng-resp 1[27]: 2001:db8::/32 [5] (1) (invalid)\n"
        + "IP6 fe80::1.521 > ff02::9.521:  ripng-3 ?? 24 (invalid)\n"
        + "IP6 fe80::1.521 > ff02::9.521:  [vers 2] (invalid)\n"
        + "IP6 fe80::1.521 > ff02::9.521:  (invalid)\n"
        + "IP 192.0.2.1.521 > 224.0.0.9.521:  ripng-resp 1: 2001:db8::/32 (3)\n"
        + "IP6 fe80::1.521 > ff02::9.521:  ripng-resp 3:  [|ripng]\n"
        + "IP6 fe80::1.521 > ff02::9.521:  ripng-resp 3:  [|ripng]\n"
        + "IP6 fe80::1.521 > ff02::9.521:  ripng-resp 3: 2001:db8::/32 (1)  [|ripng]\n"
        + "IP6 fe80::1.521 > ff02::9.521:  ripng-resp 3: 2001:db8::/32 (1) 2001:db8:1::/48 [7]  [|ripng]\n";

    private const string ExpectedVeryVerbose =
        "IP6 (hlim 255, next-header UDP (17) payload length: 32) fe80::1.521 > ff02::9.521: [bad udp cksum 0x0000 -> 0xfcfd!]  ripng-req dump\n"
        + "IP6 (hlim 255, next-header UDP (17) payload length: 32) fe80::1.521 > ff02::9.521: [bad udp cksum 0x0000 -> 0xaf44!]  ripng-req 1:\n"
        + "\t2001:db8::/32\n"
        + "IP6 (hlim 255, next-header UDP (17) payload length: 34) fe80::1.521 > ff02::9.521: [bad udp cksum 0x0000 -> 0xfcf9!]  ripng-req dump\n"
        + "IP6 (hlim 255, next-header UDP (17) payload length: 72) fe80::1.521 > ff02::9.521: [bad udp cksum 0x0000 -> 0xd1af!]  ripng-resp 3:\n"
        + "\t2001:db8::/32 (1)\n"
        + "\t2001:db8:1::/48 [7]\n"
        + "\tfe80::1/128 (16)\n"
        + "IP6 (hlim 255, next-header UDP (17) payload length: 35) fe80::1.521 > ff02::9.521: [bad udp cksum 0x0000 -> 0xaa46!]  ripng-resp 1[27]:\n"
        + "\t2001:db8::/32 [5] (1) (invalid)\n"
        + "IP6 (hlim 255, next-header UDP (17) payload length: 32) fe80::1.521 > ff02::9.521: [bad udp cksum 0x0000 -> 0xad53!]  ripng-3 ?? 24 (invalid)\n"
        + "IP6 (hlim 255, next-header UDP (17) payload length: 12) fe80::1.521 > ff02::9.521: [bad udp cksum 0x0000 -> 0xfc34!]  [vers 2] (invalid)\n"
        + "IP6 (hlim 255, next-header UDP (17) payload length: 11) fe80::1.521 > ff02::9.521: [bad udp cksum 0x0000 -> 0xfc37!]  (invalid)\n"
        + "IP (tos 0x0, ttl 255, id 0, offset 0, flags [DF], proto UDP (17), length 52, bad cksum 0 (->d9ad)!)\n"
        + "    192.0.2.1.521 > 224.0.0.9.521: [no cksum]  ripng-resp 1:\n"
        + "\t2001:db8::/32 (3)\n"
        + "IP6 (hlim 255, next-header UDP (17) payload length: 72) fe80::1.521 > ff02::9.521:  ripng-resp 3:\n"
        + "\t [|ripng]\n"
        + "IP6 (hlim 255, next-header UDP (17) payload length: 72) fe80::1.521 > ff02::9.521:  ripng-resp 3:\n"
        + "\t [|ripng]\n"
        + "IP6 (hlim 255, next-header UDP (17) payload length: 72) fe80::1.521 > ff02::9.521:  ripng-resp 3:\n"
        + "\t2001:db8::/32 (1)\n"
        + "\t [|ripng]\n"
        + "IP6 (hlim 255, next-header UDP (17) payload length: 72) fe80::1.521 > ff02::9.521:  ripng-resp 3:\n"
        + "\t2001:db8::/32 (1)\n"
        + "\t2001:db8:1::/48 [7]\n"
        + "\t [|ripng]\n";
}
