using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Juniper;

/// <summary>
/// DLT_ATM_CLIP (print-cip.c): with and without the LLC/SNAP header, a short capture.
/// Synthetic frames written to a pcap and printed with "tcpdump -t -n", "-v" and "-e -vv" (4.99.3),
/// whose output is the expected text here.
/// </summary>
public class CipTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("aaaa0300000008004500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 41),
        ("4500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 33),
        ("aaaa03000000ffff0102", 10),
        ("aaaa03", 3),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options, LinkLayer.AtmClip);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    [Fact]
    public void LinkHeaderVeryVerbose() =>
        Assert.Equal(ExpectedLinkHeader, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2, LinkHeader = true }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "SNAP, ethertype Unknown (0xffff), length 2: \n"
        + "\t0x0000:  aaaa 0300 0000 ffff 0102                 ..........\n"
        + " [|cip]\n";

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "SNAP, ethertype Unknown (0xffff), length 2: \n"
        + "\t0x0000:  aaaa 0300 0000 ffff 0102                 ..........\n"
        + " [|cip]\n";

    private const string ExpectedLinkHeader =
        "41: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 33: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "33: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "10: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype Unknown (0xffff), length 2: \n"
        + "\t0x0000:  aaaa 0300 0000 ffff 0102                 ..........\n"
        + "3:  [|cip]\n";
}
