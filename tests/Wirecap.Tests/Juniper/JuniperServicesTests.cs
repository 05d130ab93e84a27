using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Juniper;

/// <summary>
/// DLT_JUNIPER_SERVICES (print-juniper.c): the services header, IP guessed from the first byte, a short capture.
/// Synthetic frames written to a pcap and printed with "tcpdump -t -n", "-v" and "-e -vv" (4.99.3),
/// whose output is the expected text here.
/// </summary>
public class JuniperServicesTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("4d474300010203040506070801801234000000074500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 53),
        ("4d47430001020304050607084500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 45),
        ("4d4743000102030405060708018012", 15),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options, LinkLayer.JuniperServices);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    [Fact]
    public void LinkHeaderVeryVerbose() =>
        Assert.Equal(ExpectedLinkHeader, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2, LinkHeader = true }));

    private const string ExpectedDefault =
        "\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + " [|juniper_services]\n";

    private const string ExpectedVerbose =
        "\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + " [|juniper_services]\n";

    private const string ExpectedLinkHeader =
        "Out \n"
        + "\tJuniper PCAP Flags [none]AS-PIC, cookie-len 8, cookie 0x0102030405060708: hlen 12, proto 0x0180, service-id 1 flags 0x80 service-set-id 0x1234 iif 7: \n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]AS-PIC, cookie-len 8, cookie 0x0102030405060708: hlen 12, proto 0x4500, service-id 69 flags 0x00 service-set-id 0x0021 iif 65536: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]AS-PIC, cookie-len 8, cookie 0x0102030405060708: hlen 12, proto 0x0180,  [|juniper_services]\n";
}
