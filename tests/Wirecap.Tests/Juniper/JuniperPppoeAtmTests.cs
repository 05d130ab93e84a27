using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Juniper;

/// <summary>
/// DLT_JUNIPER_PPPOE_ATM (print-juniper.c): an EtherType then PPPoE, an unknown EtherType, a short capture.
/// Synthetic frames written to a pcap and printed with "tcpdump -t -n", "-v" and "-e -vv" (4.99.3),
/// whose output is the expected text here.
/// </summary>
public class JuniperPppoeAtmTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("4d474300886411000001002300214500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 47),
        ("4d4743001234000000000000", 12),
        ("4d47430088", 5),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options, LinkLayer.JuniperPppoeAtm);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    [Fact]
    public void LinkHeaderVeryVerbose() =>
        Assert.Equal(ExpectedLinkHeader, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2, LinkHeader = true }));

    private const string ExpectedDefault =
        "PPPoE  [ses 0x1] IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "unknown ethertype 0x1234\n"
        + " [|juniper_pppoe_atm]\n";

    private const string ExpectedVerbose =
        "PPPoE  [ses 0x1] IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "unknown ethertype 0x1234\n"
        + " [|juniper_pppoe_atm]\n";

    private const string ExpectedLinkHeader =
        "Out \n"
        + "\tJuniper PCAP Flags [none]PPPoE ATM-PIC, cookie-len 0: hlen 4, proto 0x8864, PPPoE  [ses 0x1] IP (0x0021), length 35: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]PPPoE ATM-PIC, cookie-len 0: hlen 4, proto 0x1234, unknown ethertype 0x1234\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]PPPoE ATM-PIC, cookie-len 0:  [|juniper_pppoe_atm]\n";
}
