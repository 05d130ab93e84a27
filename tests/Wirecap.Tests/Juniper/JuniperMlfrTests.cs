using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Juniper;

/// <summary>
/// DLT_JUNIPER_MLFR (print-juniper.c): NLPIDs after the cookie, an LS and an AS cookie, an unknown protocol, a short capture.
/// Synthetic frames written to a pcap and printed with "tcpdump -t -n", "-v" and "-e -vv" (4.99.3),
/// whose output is the expected text here.
/// </summary>
public class JuniperMlfrTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("4d474300000003cc4500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 41),
        ("4d47430000010300cc4500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 42),
        ("4d474300000103080000007d", 12),
        ("4d4743000001123400000000", 12),
        ("4d474300540700000003cc4500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 44),
        ("4d474300470000000000003800000000", 16),
        ("4d4743000001", 6),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options, LinkLayer.JuniperMlfr);

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
        + "Q.933, CCITT, codeset 0, ESC to National\n"
        + "unknown protocol 0x1234, length 4\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "unknown protocol 0x0000, length 4\n"
        + " [|juniper_mlfr]\n";

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "Q.933, CCITT, codeset 0, ESC to National (0x00), length 4\n"
        + "\tunknown IE (0x00), length 125: \n"
        + "unknown protocol 0x1234, length 4\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "unknown protocol 0x0000, length 4\n"
        + " [|juniper_mlfr]\n";

    private const string ExpectedLinkHeader =
        "Out \n"
        + "\tJuniper PCAP Flags [none]MLFR-PIC, cookie-len 2, cookie 0x0000: hlen 8, proto 0x03cc, Bundle-ID 0, OSI NLPID IPv4 (0xcc): (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MLFR-PIC, cookie-len 2, cookie 0x0001: hlen 8, proto 0x0300, Bundle-ID 0, OSI NLPID IPv4 (0xcc): (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MLFR-PIC, cookie-len 2, cookie 0x0001: hlen 8, proto 0x0308, Bundle-ID 0, OSI NLPID Q.933 (0x08): CCITT, codeset 0, ESC to National (0x00), length 4\n"
        + "\tunknown IE (0x00), length 125: \n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MLFR-PIC, cookie-len 2, cookie 0x0001: hlen 8, proto 0x1234, Bundle-ID 0, unknown protocol 0x1234, length 4\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MLFR-PIC, cookie-len 4, cookie 0x54070000: hlen 10, proto 0x0003, Bundle-ID 7, OSI NLPID IPv4 (0xcc): (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MLFR-PIC, cookie-len 8, cookie 0x4700000000000038: hlen 12, proto 0x0000, Bundle-ID 7, unknown protocol 0x0000, length 4\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MLFR-PIC, cookie-len 2, cookie 0x0001:  [|juniper_mlfr]\n";
}
