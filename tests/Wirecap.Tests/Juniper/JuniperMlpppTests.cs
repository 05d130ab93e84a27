using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Juniper;

/// <summary>
/// DLT_JUNIPER_MLPPP (print-juniper.c): child links, bundles, the AS cookie protocols (IPv4, IPv6, MPLS), an LS cookie, a short capture.
/// Synthetic frames written to a pcap and printed with "tcpdump -t -n", "-v" and "-e -vv" (4.99.3),
/// whose output is the expected text here.
/// </summary>
public class JuniperMlpppTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("4d474300ff0300214500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 41),
        ("4d474300012300004500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 41),
        ("4d47430000238300000000000000000000", 17),
        ("4d4743000105c021010100040000", 14),
        ("4d47430147000000000c00584500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 45),
        ("4d47430147000000000000584500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 45),
        ("4d474301470000000010005860000000000c1140000000000000000000000000000000010000000000000000000000000000000204d2162e000c000061626364", 64),
        ("4d4743014700000000200058000141ff4500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 49),
        ("4d4743015403000102004500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 43),
        ("4d47430001", 5),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options, LinkLayer.JuniperMlppp);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    [Fact]
    public void LinkHeaderVeryVerbose() =>
        Assert.Equal(ExpectedLinkHeader, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2, LinkHeader = true }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP0 (invalid)\n"
        + "IS-ISversion 0 packet not supported\n"
        + "\t0x0000:  8300 0000 0000 0000 0000 00\n"
        + "LCP, Conf-Request (0x01), id 1, length 8\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP6 ::1.1234 > ::2.5678: UDP, length 4\n"
        + "MPLS (label 20, tc 0, [S], ttl 255) IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "unknown PPP protocol (0x0200) \n"
        + "\t0x0000:  4500 0021 0001 0000 4011 66c9 0a00 0001\n"
        + "\t0x0010:  0a00 0002 04d2 162e 000d 0000 6865 6c6c\n"
        + "\t0x0020:  6f\n"
        + " [|juniper_mlppp]\n";

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP0 (invalid)\n"
        + "IS-ISversion 0 packet not supported\n"
        + "\t0x0000:  8300 0000 0000 0000 0000 00\n"
        + "LCP, Conf-Request (0x01), id 1, length 8\n"
        + "\tencoded length 4 (=Option(s) length 0)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 12) ::1.1234 > ::2.5678: [bad udp cksum 0x0000 -> 0x200d!] UDP, length 4\n"
        + "MPLS (label 20, tc 0, [S], ttl 255)\n"
        + "\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "unknown PPP protocol (0x0200) \n"
        + "\t0x0000:  4500 0021 0001 0000 4011 66c9 0a00 0001\n"
        + "\t0x0010:  0a00 0002 04d2 162e 000d 0000 6865 6c6c\n"
        + "\t0x0020:  6f\n"
        + " [|juniper_mlppp]\n";

    private const string ExpectedLinkHeader =
        "Out \n"
        + "\tJuniper PCAP Flags [none]MLPPP-PIC, cookie-len 2, cookie 0xff03: hlen 6, proto 0x0021, IP (0x0021), length 35: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MLPPP-PIC, cookie-len 2, cookie 0x0123: hlen 6, proto 0x0000, Bundle-ID 1: IP0 (invalid)\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MLPPP-PIC, cookie-len 2, cookie 0x0023: hlen 6, proto 0x8300, OSI (0x0023), length 13: OSI NLPID IS-IS (0x83): version 0 packet not supported\n"
        + "\t0x0000:  8300 0000 0000 0000 0000 00\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MLPPP-PIC, cookie-len 2, cookie 0x0105: hlen 6, proto 0xc021, Bundle-ID 1: LCP (0xc021), length 8: LCP, Conf-Request (0x01), id 1, length 8\n"
        + "\tencoded length 4 (=Option(s) length 0)\n"
        + " In \n"
        + "\tJuniper PCAP Flags [In]MLPPP-PIC, cookie-len 8, cookie 0x47000000000c0058: hlen 12, proto 0x0000, Bundle-ID 11: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + " In \n"
        + "\tJuniper PCAP Flags [In]MLPPP-PIC, cookie-len 8, cookie 0x4700000000000058: hlen 12, proto 0x0000, Bundle-ID 11: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + " In \n"
        + "\tJuniper PCAP Flags [In]MLPPP-PIC, cookie-len 8, cookie 0x4700000000100058: hlen 12, proto 0x0010, Bundle-ID 11: (hlim 64, next-header UDP (17) payload length: 12) ::1.1234 > ::2.5678: [bad udp cksum 0x0000 -> 0x200d!] UDP, length 4\n"
        + " In \n"
        + "\tJuniper PCAP Flags [In]MLPPP-PIC, cookie-len 8, cookie 0x4700000000200058: hlen 12, proto 0x0020, Bundle-ID 11: MPLS (label 20, tc 0, [S], ttl 255)\n"
        + "\t(tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + " In \n"
        + "\tJuniper PCAP Flags [In]MLPPP-PIC, cookie-len 4, cookie 0x54030001: hlen 8, proto 0x0200, Bundle-ID 3: unknown (0x0200), length 35\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MLPPP-PIC, cookie-len 2 [|juniper_mlppp]\n";
}
