using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.LinkTags;

/// <summary>
/// Broadcom switch tags (print-brcmtag.c) against tcpdump 4.99.3: ingress and egress tags with every field
/// set, reserved values, and frames cut inside the tag or the Ethernet header, in the middle of the frame
/// (link type 281) and prepended (282), printed with "tcpdump -t -n [-e]", whose output is the expected text here.
/// </summary>
public class BrcmTagTests
{
    private const int BrcmLinkType = 281, PrependLinkType = 282;

    [Fact]
    public void BrcmDefault() => Assert.Equal(BrcmExpectedDefault, InProcessPrint.HexFrames(BrcmFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }, BrcmLinkType));

    [Fact]
    public void BrcmE() => Assert.Equal(BrcmExpectedE, InProcessPrint.HexFrames(BrcmFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, LinkHeader = true }, BrcmLinkType));

    [Fact]
    public void PrependDefault() => Assert.Equal(PrependExpectedDefault, InProcessPrint.HexFrames(PrependFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }, PrependLinkType));

    [Fact]
    public void PrependE() => Assert.Equal(PrependExpectedE, InProcessPrint.HexFrames(PrependFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, LinkHeader = true }, PrependLinkType));

    private const string BrcmExpectedDefault =
        "BRCM tag OP: IG, TC: 0, TE: None, TS: 0, DST map: 0x0080, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "BRCM tag OP: IG, TC: 7, TE: Reserved, TS: 1, DST map: 0x01ff, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "BRCM tag OP: IG, TC: 1, TE: Reserved, TS: 0, DST map: 0x0000, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "BRCM tag OP: IG, CID: 0, RC: reserved, TC: 0, port: 0, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "BRCM tag OP: EG, CID: 7, RC: exception, TC: 7, port: 31, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "BRCM tag OP: EG, CID: 255, RC: reserved, TC: 2, port: 5, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "BRCM tag OP: EG, CID: 0, RC: reserved, TC: 0, port: 0, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "BRCM tag OP: EG, CID: 0, RC: reserved, TC: 2, port: 0, IP  [|ip]\n"
        + " [|brcm-tag]\n"
        + " [|brcm-tag]\n"
        ;

    private const string BrcmExpectedE =
        "66:77:88:99:aa:bb > 00:11:22:33:44:55, BRCM tag OP: IG, TC: 0, TE: None, TS: 0, DST map: 0x0080, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, BRCM tag OP: IG, TC: 7, TE: Reserved, TS: 1, DST map: 0x01ff, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, BRCM tag OP: IG, TC: 1, TE: Reserved, TS: 0, DST map: 0x0000, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, BRCM tag OP: IG, CID: 0, RC: reserved, TC: 0, port: 0, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, BRCM tag OP: EG, CID: 7, RC: exception, TC: 7, port: 31, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, BRCM tag OP: EG, CID: 255, RC: reserved, TC: 2, port: 5, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, BRCM tag OP: EG, CID: 0, RC: reserved, TC: 0, port: 0, ethertype Unknown (0x9999), length 22: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, BRCM tag OP: EG, CID: 0, RC: reserved, TC: 2, port: 0, ethertype IPv4 (0x0800), length 60:  [|ip]\n"
        + " [|brcm-tag]\n"
        + " [|brcm-tag]\n"
        ;

    private static readonly (string Hex, int WireLength)[] BrcmFrames =
    [
        ("00112233445566778899aabb20000080999901020304", -1),
        ("00112233445566778899aabb209f01ff999901020304", -1),
        ("00112233445566778899aabb2007fe00999901020304", -1),
        ("00112233445566778899aabb40000000999901020304", -1),
        ("00112233445566778899aabb000720ff999901020304", -1),
        ("00112233445566778899aabb00ff0045999901020304", -1),
        ("00112233445566778899aabb00000300999901020304", -1),
        ("00112233445566778899aabb00000040080045", 60),
        ("00112233445566778899aabb000000", -1),
        ("00112233445566778899aabb00", -1),
    ];

    private const string PrependExpectedDefault =
        "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 18: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 18: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 18: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 18: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 18: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 18: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 18: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "IP  [|ip]\n"
        + " [|ether]\n"
        + " [|ether]\n"
        + " [|brcm-tag-prepend]\n"
        + " [|ether]\n"
        ;

    private const string PrependExpectedE =
        "BRCM tag OP: IG, TC: 0, TE: None, TS: 0, DST map: 0x0080, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 18: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "BRCM tag OP: IG, TC: 7, TE: Reserved, TS: 1, DST map: 0x01ff, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 18: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "BRCM tag OP: IG, TC: 1, TE: Reserved, TS: 0, DST map: 0x0000, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 18: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "BRCM tag OP: IG, CID: 0, RC: reserved, TC: 0, port: 0, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 18: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "BRCM tag OP: EG, CID: 7, RC: exception, TC: 7, port: 31, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 18: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "BRCM tag OP: EG, CID: 255, RC: reserved, TC: 2, port: 5, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 18: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "BRCM tag OP: EG, CID: 0, RC: reserved, TC: 0, port: 0, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype Unknown (0x9999), length 18: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + "BRCM tag OP: EG, CID: 0, RC: reserved, TC: 2, port: 0, 66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 56:  [|ip]\n"
        + "BRCM tag OP: EG, CID: 17, RC: reserved, TC: 1, port: 19,  [|ether]\n"
        + "BRCM tag OP: EG, CID: 17, RC: reserved, TC: 1, port: 19,  [|ether]\n"
        + " [|brcm-tag-prepend]\n"
        + "BRCM tag OP: EG, CID: 0, RC: reserved, TC: 0, port: 0,  [|ether]\n"
        ;

    private static readonly (string Hex, int WireLength)[] PrependFrames =
    [
        ("2000008000112233445566778899aabb999901020304", -1),
        ("209f01ff00112233445566778899aabb999901020304", -1),
        ("2007fe0000112233445566778899aabb999901020304", -1),
        ("4000000000112233445566778899aabb999901020304", -1),
        ("000720ff00112233445566778899aabb999901020304", -1),
        ("00ff004500112233445566778899aabb999901020304", -1),
        ("0000030000112233445566778899aabb999901020304", -1),
        ("0000004000112233445566778899aabb080045", 60),
        ("00112233445566778899aabb000000", -1),
        ("00112233445566778899aabb00", -1),
        ("0000", -1),
        ("00000000001122", -1),
    ];
}
