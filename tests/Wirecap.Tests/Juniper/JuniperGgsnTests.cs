using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Juniper;

/// <summary>
/// DLT_JUNIPER_GGSN (print-juniper.c): IPv4, IPv6 and an unknown protocol named in the cookie, an LS cookie too long to be valid, an AS cookie, a short capture.
/// Synthetic frames written to a pcap and printed with "tcpdump -t -n", "-v" and "-e -vv" (4.99.3),
/// whose output is the expected text here.
/// </summary>
public class JuniperGgsnTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("4d47430001020200000500004500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 45),
        ("4d474301010206000102000060000000000c1140000000000000000000000000000000010000000000000000000000000000000204d2162e000c000061626364", 64),
        ("4d47430001020900000500004500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 45),
        ("4d474300540202000005000000004500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 47),
        ("4d47430047020200000500004500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 45),
        ("4d47430001020200", 8),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options, LinkLayer.JuniperGgsn);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    [Fact]
    public void LinkHeaderVeryVerbose() =>
        Assert.Equal(ExpectedLinkHeader, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2, LinkHeader = true }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP6 ::1.1234 > ::2.5678: UDP, length 4\n"
        + "unknown GGSN proto (9)\n"
        + " (invalid)\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + " [|juniper_ggsn]\n";

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 12) ::1.1234 > ::2.5678: [bad udp cksum 0x0000 -> 0x200d!] UDP, length 4\n"
        + "unknown GGSN proto (9)\n"
        + " (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + " [|juniper_ggsn]\n";

    private const string ExpectedLinkHeader =
        "Out \n"
        + "\tJuniper PCAP Flags [none]GGSN-PIC, cookie-len 8, cookie 0x0102020000050000: hlen 12, proto 0x4500, proto IPv4 (2), vlan 5: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + " In \n"
        + "\tJuniper PCAP Flags [In]GGSN-PIC, cookie-len 8, cookie 0x0102060001020000: hlen 12, proto 0x6000, proto IPv6 (6), vlan 258: (hlim 64, next-header UDP (17) payload length: 12) ::1.1234 > ::2.5678: [bad udp cksum 0x0000 -> 0x200d!] UDP, length 4\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]GGSN-PIC, cookie-len 8, cookie 0x0102090000050000: hlen 12, proto 0x4500, proto Unknown (9), vlan 5: \n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]GGSN-PIC, cookie-len 10 (invalid)\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]GGSN-PIC, cookie-len 8, cookie 0x4702020000050000: hlen 12, proto 0x4500, proto IPv4 (2), vlan 5: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]GGSN-PIC, cookie-len 8 [|juniper_ggsn]\n";
}
