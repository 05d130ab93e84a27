using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Juniper;

/// <summary>
/// DLT_JUNIPER_ES (print-juniper.c): the IPsec services header of each type, an unknown type, extension TLVs, a short capture.
/// Synthetic frames written to a pcap and printed with "tcpdump -t -n", "-v" and "-e -vv" (4.99.3),
/// whose output is the expected text here.
/// </summary>
public class JuniperEsTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("4d4743000007400100001000c0000201c00002024500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 53),
        ("4d4743010007400200001000c0000201c00002024500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 53),
        ("4d4743000007400300001000c0000201c00002024500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 53),
        ("4d4743000007400500001000c0000201c00002024500002100010000401166c90a0000010a00000204d2162e", 44),
        ("4d4743000007400900001000c0000201c00002024500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 53),
        ("4d4743000007400100001000c000", 14),
        ("4d47438000060104050000000007400100001000c0000201c00002024500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 61),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options, LinkLayer.JuniperEs);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    [Fact]
    public void LinkHeaderVeryVerbose() =>
        Assert.Equal(ExpectedLinkHeader, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2, LinkHeader = true }));

    private const string ExpectedDefault =
        "IP0 (invalid)\n"
        + "IP0 (invalid)\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP truncated-ip - 9 bytes missing! 10.0.0.1.1234 > 10.0.0.2.5678:  [|udp]\n"
        + "ES Invalid type 9, length 49\n"
        + " [|juniper_es]\n"
        + "IP0 (invalid)\n";

    private const string ExpectedVerbose =
        "IP0 (invalid)\n"
        + "IP0 (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP truncated-ip - 9 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678:  [|udp]\n"
        + "ES Invalid type 9, length 49\n"
        + " [|juniper_es]\n"
        + "IP0 (invalid)\n";

    private const string ExpectedLinkHeader =
        "Out \n"
        + "\tJuniper PCAP Flags [none]ES-PIC, cookie-len 0: hlen 4, proto 0x0007, ES SA, index 7, ttl 64 type ESP ENCR-AUTH (1), length 49\n"
        + "IP0 (invalid)\n"
        + " In \n"
        + "\tJuniper PCAP Flags [In]ES-PIC, cookie-len 0: hlen 4, proto 0x0007, ES SA, index 7, ttl 64 type ESP ENCR-AH AUTH (2), length 49\n"
        + "IP0 (invalid)\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]ES-PIC, cookie-len 0: hlen 4, proto 0x0007, ES SA, index 7, ttl 64 type ESP AUTH (3), spi 4096, Tunnel 192.0.2.1 > 192.0.2.2, length 33\n"
        + "(tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]ES-PIC, cookie-len 0: hlen 4, proto 0x0007, ES SA, index 7, ttl 64 type ESP ENCR (5), spi 4096, Tunnel 192.0.2.1 > 192.0.2.2, length 24\n"
        + "truncated-ip - 9 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678:  [|udp]\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]ES-PIC, cookie-len 0: hlen 4, proto 0x0007, ES Invalid type 9, length 49\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]ES-PIC, cookie-len 0: hlen 4, proto 0x0007,  [|juniper_es]\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [Ext], PCAP Extension(s) total length 6\n"
        + "\t  Device Interface Index Extension TLV #1, length 4, value 5\n"
        + "\t-----original packet-----\n"
        + "\tES-PIC, cookie-len 0: hlen 12, proto 0x0007, ES SA, index 7, ttl 64 type ESP ENCR-AUTH (1), length 49\n"
        + "IP0 (invalid)\n";
}
