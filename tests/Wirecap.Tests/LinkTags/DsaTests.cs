using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.LinkTags;

/// <summary>
/// Marvell DSA and EDSA tags (print-dsa.c) against tcpdump 4.99.3: synthetic frames of every tag mode, code and
/// flag, and frames cut inside the tag, written to a pcap and printed with "tcpdump -t -n [-e]", whose output
/// is the expected text here.
/// </summary>
public class DsaTests
{
    private const int DsaLinkType = 284, EdsaLinkType = 285;

    [Fact]
    public void DsaDefault() => Assert.Equal(DsaExpectedDefault, InProcessPrint.HexFrames(DsaFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }, DsaLinkType));

    [Fact]
    public void DsaE() => Assert.Equal(DsaExpectedE, InProcessPrint.HexFrames(DsaFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, LinkHeader = true }, DsaLinkType));

    [Fact]
    public void EdsaDefault() => Assert.Equal(EdsaExpectedDefault, InProcessPrint.HexFrames(EdsaFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }, EdsaLinkType));

    [Fact]
    public void EdsaE() => Assert.Equal(EdsaExpectedE, InProcessPrint.HexFrames(EdsaFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, LinkHeader = true }, EdsaLinkType));

    private const string DsaExpectedDefault =
        "DSA Forward trunk 3.5, VLAN 2612t, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "DSA Forward port 0.1, VLAN 0u, IP 10.0.0.1 > 10.0.0.2:  [|udp]\n"
        + "DSA port 2.5 > CPU, VLAN 564u, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "DSA port 2.5 > CPU, VLAN 52u, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "DSA port 2.0 > CPU, VLAN 0u, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "DSA CPU > port 2.3, VLAN 1u, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "DSA port 2.1 > Rx Sniffer, VLAN 0u, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "DSA port 2.1 > Tx Sniffer, VLAN 0u, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 20: \n"
        + "\t0x0000:  0102                                     ..\n"
        + "DSA port 0.0 > Tx Sniffer, VLAN 0t, IP 0.0.0.0 > 1.10.0.0:  ip-proto-255 0\n"
        + " [|dsa]\n"
        + " [|dsa]\n"
        + " [|dsa]\n"
        + "DSA Forward port 0.1, VLAN 0u, IP  [|ip]\n"
        ;

    private const string DsaExpectedE =
        "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell DSA mode Forward, dev 3, trunk 5, tagged, CFI, VID 2612, FPri 7, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell DSA mode Forward, dev 0, port 1, untagged, VID 0, FPri 0, ethertype IPv4 (0x0800), length 38: 10.0.0.1 > 10.0.0.2:  [|udp]\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell DSA mode To CPU, source dev 2, port 5, code Policy Mirror, untagged, VID 564, FPri 0, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell DSA mode To CPU, source dev 2, port 5, code reserved, untagged, VID 52, FPri 0, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell DSA mode To CPU, source dev 2, port 0, code reserved, untagged, VID 0, FPri 7, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell DSA mode From CPU, target dev 2, port 3, untagged, VID 1, FPri 0, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell DSA mode To Sniffer, source dev 2, port 1, ingress sniff, untagged, VID 0, FPri 0, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell DSA mode To Sniffer, source dev 2, port 1, egress sniff, untagged, VID 0, FPri 0, ethertype Unknown (0x9999), length 20: \n"
        + "\t0x0000:  0102                                     ..\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell DSA mode To Sniffer, source dev 0, port 0, egress sniff, tagged, VID 0, FPri 0, ethertype 802.1Q (0x8100), length 43: vlan 100, p 0, ethertype IPv4 (0x0800), 0.0.0.0 > 1.10.0.0:  ip-proto-255 0\n"
        + " [|dsa]\n"
        + " [|dsa]\n"
        + " [|dsa]\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell DSA mode Forward, dev 0, port 1, untagged, VID 0, FPri 0, ethertype IPv4 (0x0800), length 60:  [|ip]\n"
        ;

    private static readonly (string Hex, int WireLength)[] DsaFrames =
    [
        ("00112233445566778899aabbe32dea34999901020304", -1),
        ("00112233445566778899aabbc0080000080045000014000100004011f97c0a0000010a000002", -1),
        ("00112233445566778899aabb022c1234999901020304", -1),
        ("00112233445566778899aabb022e1034999901020304", -1),
        ("00112233445566778899aabb0206f000999901020304", -1),
        ("00112233445566778899aabb42181001999901020304", -1),
        ("00112233445566778899aabb820c0000999901020304", -1),
        ("00112233445566778899aabb8208000099990102", -1),
        ("00112233445566778899aabba0000000810000640800450000140001000040ff000000000000010a000002", -1),
        ("00112233445566778899aabbc008000008", -1),
        ("00112233445566778899aabbc00800", -1),
        ("00112233445566778899aabbc008", -1),
        ("00112233445566778899aabbc0080000080045", 60),
    ];

    private const string EdsaExpectedDefault =
        "EDSA 0xdada, Forward trunk 3.5, VLAN 2612t, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 26: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "EDSA 0xdada, Forward port 0.1, VLAN 0u, IP 10.0.0.1 > 10.0.0.2:  [|udp]\n"
        + "EDSA 0xdada, port 2.5 > CPU, VLAN 564u, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 26: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "EDSA 0xdada, port 2.5 > CPU, VLAN 52u, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 26: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "EDSA 0xdada, port 2.0 > CPU, VLAN 0u, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 26: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "EDSA 0xdada, CPU > port 2.3, VLAN 1u, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 26: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "EDSA 0xdada, port 2.1 > Rx Sniffer, VLAN 0u, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 26: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "EDSA 0xdada, port 2.1 > Tx Sniffer, VLAN 0u, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 24: \n"
        + "\t0x0000:  0102                                     ..\n"
        + "EDSA 0xdada, port 0.0 > Tx Sniffer, VLAN 0t, IP 0.0.0.0 > 1.10.0.0:  ip-proto-255 0\n"
        + " [|edsa]\n"
        + " [|edsa]\n"
        + " [|edsa]\n"
        + "EDSA 0xdada, Forward port 0.1, VLAN 0u, IP  [|ip]\n"
        ;

    private const string EdsaExpectedE =
        "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell EDSA ethertype 0xdada (Unknown), rsvd 1 2, mode Forward, dev 3, trunk 5, tagged, CFI, VID 2612, FPri 7, ethertype Unknown (0x9999), length 26: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell EDSA ethertype 0xdada (Unknown), rsvd 1 2, mode Forward, dev 0, port 1, untagged, VID 0, FPri 0, ethertype IPv4 (0x0800), length 42: 10.0.0.1 > 10.0.0.2:  [|udp]\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell EDSA ethertype 0xdada (Unknown), rsvd 1 2, mode To CPU, source dev 2, port 5, code Policy Mirror, untagged, VID 564, FPri 0, ethertype Unknown (0x9999), length 26: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell EDSA ethertype 0xdada (Unknown), rsvd 1 2, mode To CPU, source dev 2, port 5, code reserved, untagged, VID 52, FPri 0, ethertype Unknown (0x9999), length 26: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell EDSA ethertype 0xdada (Unknown), rsvd 1 2, mode To CPU, source dev 2, port 0, code reserved, untagged, VID 0, FPri 7, ethertype Unknown (0x9999), length 26: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell EDSA ethertype 0xdada (Unknown), rsvd 1 2, mode From CPU, target dev 2, port 3, untagged, VID 1, FPri 0, ethertype Unknown (0x9999), length 26: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell EDSA ethertype 0xdada (Unknown), rsvd 1 2, mode To Sniffer, source dev 2, port 1, ingress sniff, untagged, VID 0, FPri 0, ethertype Unknown (0x9999), length 26: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell EDSA ethertype 0xdada (Unknown), rsvd 1 2, mode To Sniffer, source dev 2, port 1, egress sniff, untagged, VID 0, FPri 0, ethertype Unknown (0x9999), length 24: \n"
        + "\t0x0000:  0102                                     ..\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell EDSA ethertype 0xdada (Unknown), rsvd 1 2, mode To Sniffer, source dev 0, port 0, egress sniff, tagged, VID 0, FPri 0, ethertype 802.1Q (0x8100), length 47: vlan 100, p 0, ethertype IPv4 (0x0800), 0.0.0.0 > 1.10.0.0:  ip-proto-255 0\n"
        + " [|edsa]\n"
        + " [|edsa]\n"
        + " [|edsa]\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, Marvell EDSA ethertype 0xdada (Unknown), rsvd 1 2, mode Forward, dev 0, port 1, untagged, VID 0, FPri 0, ethertype IPv4 (0x0800), length 60:  [|ip]\n"
        ;

    private static readonly (string Hex, int WireLength)[] EdsaFrames =
    [
        ("00112233445566778899aabbdada0102e32dea34999901020304", -1),
        ("00112233445566778899aabbdada0102c0080000080045000014000100004011f97c0a0000010a000002", -1),
        ("00112233445566778899aabbdada0102022c1234999901020304", -1),
        ("00112233445566778899aabbdada0102022e1034999901020304", -1),
        ("00112233445566778899aabbdada01020206f000999901020304", -1),
        ("00112233445566778899aabbdada010242181001999901020304", -1),
        ("00112233445566778899aabbdada0102820c0000999901020304", -1),
        ("00112233445566778899aabbdada01028208000099990102", -1),
        ("00112233445566778899aabbdada0102a0000000810000640800450000140001000040ff000000000000010a000002", -1),
        ("00112233445566778899aabbdada0102c008000008", -1),
        ("00112233445566778899aabbc00800", -1),
        ("00112233445566778899aabbc008", -1),
        ("00112233445566778899aabbdada0102c0080000080045", 60),
    ];
}
