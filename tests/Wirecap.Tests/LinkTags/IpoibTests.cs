using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.LinkTags;

/// <summary>
/// IP over InfiniBand (print-ipoib.c) against tcpdump 4.99.3: IPv4, ARP and unknown payload types, and frames
/// cut in the 44-byte header or the payload, printed with "tcpdump -t -n [-e] [-q]", whose output is the expected text here.
/// </summary>
public class IpoibTests
{
    private const int IpoibLinkType = 242;

    [Fact]
    public void IpoibDefault() => Assert.Equal(IpoibExpectedDefault, InProcessPrint.HexFrames(IpoibFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }, IpoibLinkType));

    [Fact]
    public void IpoibE() => Assert.Equal(IpoibExpectedE, InProcessPrint.HexFrames(IpoibFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, LinkHeader = true }, IpoibLinkType));

    [Fact]
    public void IpoibQ() => Assert.Equal(IpoibExpectedQ, InProcessPrint.HexFrames(IpoibFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Quiet = true, QuietCount = 1 }, IpoibLinkType));

    [Fact]
    public void IpoibEQ() => Assert.Equal(IpoibExpectedEQ, InProcessPrint.HexFrames(IpoibFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, LinkHeader = true, Quiet = true, QuietCount = 1 }, IpoibLinkType));

    private const string IpoibExpectedDefault =
        "IP 0.0.0.0 > 1.10.0.0:  ip-proto-255 0\n"
        + ", ethertype Unknown (0x9999), length 50: \n"
        + "\t0x0000:  0102 0304 0506                           ......\n"
        + "ARP, Request who-has 0.17.34.51 (aa:bb:cc:dd:ee:ff) tell 102.119.136.153, length 28\n"
        + "IP  [|ip]\n"
        + " [|ipoib]\n"
        + " [|ipoib]\n"
        + " [|ipoib]\n"
        ;

    private const string IpoibExpectedE =
        "IPOIB, ethertype IPv4 (0x0800), length 65: 0.0.0.0 > 1.10.0.0:  ip-proto-255 0\n"
        + "IPOIB, ethertype Unknown (0x9999), length 50: \n"
        + "\t0x0000:  0102 0304 0506                           ......\n"
        + "IPOIB, ethertype ARP (0x0806), length 72: Request who-has 0.17.34.51 (aa:bb:cc:dd:ee:ff) tell 102.119.136.153, length 28\n"
        + "IPOIB, ethertype IPv4 (0x0800), length 80:  [|ip]\n"
        + " [|ipoib]\n"
        + " [|ipoib]\n"
        + " [|ipoib]\n"
        ;

    private const string IpoibExpectedQ =
        "IP 0.0.0.0 > 1.10.0.0:  ip-proto-255 0\n"
        + ", ethertype Unknown, length 50: \n"
        + "ARP, Request who-has 0.17.34.51 (aa:bb:cc:dd:ee:ff) tell 102.119.136.153, length 28\n"
        + "IP  [|ip]\n"
        + " [|ipoib]\n"
        + " [|ipoib]\n"
        + " [|ipoib]\n"
        ;

    private const string IpoibExpectedEQ =
        "IPOIB, ethertype IPv4, length 65: 0.0.0.0 > 1.10.0.0:  ip-proto-255 0\n"
        + "IPOIB, ethertype Unknown, length 50: \n"
        + "IPOIB, ethertype ARP, length 72: Request who-has 0.17.34.51 (aa:bb:cc:dd:ee:ff) tell 102.119.136.153, length 28\n"
        + "IPOIB, ethertype IPv4, length 80:  [|ip]\n"
        + " [|ipoib]\n"
        + " [|ipoib]\n"
        + " [|ipoib]\n"
        ;

    private static readonly (string Hex, int WireLength)[] IpoibFrames =
    [
        ("00000000000000008080808080808080fe800000000000000002c90300001234ffffffffffffffff08000000450000140001000040ff000000000000010a000002", -1),
        ("00000000000000008080808080808080fe800000000000000002c90300001234ffffffffffffffff99990000010203040506", -1),
        ("00000000000000008080808080808080fe800000000000000002c90300001234ffffffffffffffff08060000000108000604000100112233445566778899aabbccddeeff00112233", -1),
        ("00000000000000008080808080808080fe800000000000000002c90300001234ffffffffffffffff0800000045", 80),
        ("00000000000000008080808080808080fe800000000000000002c90300001234ffffffffffffffff0800", -1),
        ("00000000000000008080808080808080fe800000000000000002c90300001234ffffffffffffffff", -1),
        ("0000", -1),
    ];
}
