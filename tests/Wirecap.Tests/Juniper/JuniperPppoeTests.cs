using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Juniper;

/// <summary>
/// DLT_JUNIPER_PPPOE (print-juniper.c): Ethernet frames carrying PPPoE session and discovery, a short capture.
/// Synthetic frames written to a pcap and printed with "tcpdump -t -n", "-v" and "-e -vv" (4.99.3),
/// whose output is the expected text here.
/// </summary>
public class JuniperPppoeTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("4d474300020000000001020000000002886411000001002300214500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 59),
        ("4d47430002000000000102000000000288631109000000040101000000", 29),
        ("4d4743000200000000010200", 12),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options, LinkLayer.JuniperPppoe);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    [Fact]
    public void LinkHeaderVeryVerbose() =>
        Assert.Equal(ExpectedLinkHeader, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2, LinkHeader = true }));

    private const string ExpectedDefault =
        "PPPoE  [ses 0x1] IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "PPPoE PADI [Service-Name]\n"
        + " [|ether]\n";

    private const string ExpectedVerbose =
        "PPPoE  [ses 0x1] IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "PPPoE PADI [Service-Name]\n"
        + " [|ether]\n";

    private const string ExpectedLinkHeader =
        "Out \n"
        + "\tJuniper PCAP Flags [none]PPPoE-PIC, cookie-len 0: hlen 4, proto 0x0200, 02:00:00:00:00:02 > 02:00:00:00:00:01, ethertype PPPoE S (0x8864), length 55: PPPoE  [ses 0x1] IP (0x0021), length 35: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]PPPoE-PIC, cookie-len 0: hlen 4, proto 0x0200, 02:00:00:00:00:02 > 02:00:00:00:00:01, ethertype PPPoE D (0x8863), length 25: PPPoE PADI [Service-Name]\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]PPPoE-PIC, cookie-len 0: hlen 4, proto 0x0200,  [|ether]\n";
}
