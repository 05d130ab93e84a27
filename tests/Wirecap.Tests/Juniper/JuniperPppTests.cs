using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Juniper;

/// <summary>
/// DLT_JUNIPER_PPP (print-juniper.c): PPP frames with and without address and control.
/// Synthetic frames written to a pcap and printed with "tcpdump -t -n", "-v" and "-e -vv" (4.99.3),
/// whose output is the expected text here.
/// </summary>
public class JuniperPppTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("4d474300ff0300214500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 41),
        ("4d474301c02101010008010405dc", 14),
        ("4d47430000214500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 39),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options, LinkLayer.JuniperPpp);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    [Fact]
    public void LinkHeaderVeryVerbose() =>
        Assert.Equal(ExpectedLinkHeader, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2, LinkHeader = true }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "LCP, Conf-Request (0x01), id 1, length 10\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n";

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "LCP, Conf-Request (0x01), id 1, length 10\n"
        + "\tencoded length 8 (=Option(s) length 4)\n"
        + "\t  MRU Option (0x01), length 4: 1500\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n";

    private const string ExpectedLinkHeader =
        "Out \n"
        + "\tJuniper PCAP Flags [none]hlen 4, proto 0x0000, IP (0x0021), length 37: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + " In \n"
        + "\tJuniper PCAP Flags [In]hlen 4, proto 0x0000, LCP (0xc021), length 10: LCP, Conf-Request (0x01), id 1, length 10\n"
        + "\tencoded length 8 (=Option(s) length 4)\n"
        + "\t0x0000:  c021 0101 0008\n"
        + "\t  MRU Option (0x01), length 4: 1500\n"
        + "\t    0x0000:  05dc\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]hlen 4, proto 0x0000, IP (0x0021), length 35: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n";
}
