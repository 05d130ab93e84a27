using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Juniper;

/// <summary>
/// DLT_JUNIPER_MONITOR (print-juniper.c): the monitoring header, IP guessed from its first byte, a short capture.
/// Synthetic frames written to a pcap and printed with "tcpdump -t -n", "-v" and "-e -vv" (4.99.3),
/// whose output is the expected text here.
/// </summary>
public class JuniperMonitorTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("4d474301010203040506070845000003000000094500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 53),
        ("4d474300010203040506070860000000000c1140000000000000000000000000000000010000000000000000000000000000000204d2162e000c000061626364", 64),
        ("4d47430001020304050607081100000300000009", 20),
        ("4d474300010203040506070811000003", 16),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options, LinkLayer.JuniperMonitor);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    [Fact]
    public void LinkHeaderVeryVerbose() =>
        Assert.Equal(ExpectedLinkHeader, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2, LinkHeader = true }));

    private const string ExpectedDefault =
        "IP bad-len 3\n"
        + "IP6 ::1.1234 > ::2.5678: UDP, length 4\n"
        + "\n"
        + " [|juniper_monitor]\n";

    private const string ExpectedVerbose =
        "IP bad-len 3\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 12) ::1.1234 > ::2.5678: [bad udp cksum 0x0000 -> 0x200d!] UDP, length 4\n"
        + "\n"
        + " [|juniper_monitor]\n";

    private const string ExpectedLinkHeader =
        " In \n"
        + "\tJuniper PCAP Flags [In]MONITOR-PIC, cookie-len 8, cookie 0x0102030405060708: hlen 12, proto 0x4500, service-id 9, iif 3, pkt-type 69: bad-len 3\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MONITOR-PIC, cookie-len 8, cookie 0x0102030405060708: hlen 12, proto 0x6000, service-id 790848, iif 0, pkt-type 96: (hlim 64, next-header UDP (17) payload length: 12) ::1.1234 > ::2.5678: [bad udp cksum 0x0000 -> 0x200d!] UDP, length 4\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MONITOR-PIC, cookie-len 8, cookie 0x0102030405060708: hlen 12, proto 0x1100, service-id 9, iif 3, pkt-type 17: \n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MONITOR-PIC, cookie-len 8, cookie 0x0102030405060708: hlen 12, proto 0x1100,  [|juniper_monitor]\n";
}
