using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Juniper;

/// <summary>
/// DLT_JUNIPER_CHDLC (print-juniper.c): Cisco HDLC with IPv4 and a cut SLARP, a short capture.
/// Synthetic frames written to a pcap and printed with "tcpdump -t -n", "-v" and "-e -vv" (4.99.3),
/// whose output is the expected text here.
/// </summary>
public class JuniperChdlcTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("4d4743000f0008004500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 41),
        ("4d4743008f00803500000000000000000000", 18),
        ("4d4743000f", 5),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options, LinkLayer.JuniperChdlc);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    [Fact]
    public void LinkHeaderVeryVerbose() =>
        Assert.Equal(ExpectedLinkHeader, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2, LinkHeader = true }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "SLARP (length: 10),  [|chdlc_slarp]\n"
        + " [|chdlc]\n";

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "SLARP (length: 10),  [|chdlc_slarp]\n"
        + " [|chdlc]\n";

    private const string ExpectedLinkHeader =
        "Out \n"
        + "\tJuniper PCAP Flags [none]hlen 4, proto 0x0000, unicast, ethertype IPv4 (0x0800), length 37: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]hlen 4, proto 0x0000, bcast, ethertype Reverse ARP (0x8035), length 14: SLARP (length: 10),  [|chdlc_slarp]\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]hlen 4, proto 0x0000,  [|chdlc]\n";
}
