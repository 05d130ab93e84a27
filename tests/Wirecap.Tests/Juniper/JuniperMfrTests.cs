using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Juniper;

/// <summary>
/// DLT_JUNIPER_MFR (print-juniper.c): FRF.16 on child links, NLPIDs, AS cookie protocols, an LS cookie, an unknown protocol, a short capture.
/// Synthetic frames written to a pcap and printed with "tcpdump -t -n", "-v" and "-e -vv" (4.99.3),
/// whose output is the expected text here.
/// </summary>
public class JuniperMfrTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("4d474300e100040105616263", 12),
        ("4d474300c105040103cc4500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 43),
        ("4d4743000000000103cc4500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 43),
        ("4d47430000000002fefe03cc4500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 45),
        ("4d47430000000002beef00000000", 14),
        ("4d474300470000000010003860000000000c1140000000000000000000000000000000010000000000000000000000000000000204d2162e000c000061626364", 64),
        ("4d474300470000000050003860000000000c1140000000000000000000000000000000010000000000000000000000000000000204d2162e000c000061626364", 64),
        ("4d47430054000009000003cc4500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 45),
        ("4d4743000000", 6),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options, LinkLayer.JuniperMfr);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    [Fact]
    public void LinkHeaderVeryVerbose() =>
        Assert.Equal(ExpectedLinkHeader, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2, LinkHeader = true }));

    private const string ExpectedDefault =
        "FRF.16 Control, Flags [Begin, End, Control], Hello, length 8\n"
        + "FRF.16 Frag, seq 5, Flags [Begin, End], IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "OSI NLPID 0x01 unknown, length: 36\n"
        + "\t0x0000:  0103 cc45 0000 2100 0100 0040 1166 c90a\n"
        + "\t0x0010:  0000 010a 0000 0204 d216 2e00 0d00 0068\n"
        + "\t0x0020:  656c 6c6f\n"
        + "OSI NLPID 0xfe unknown, length: 36\n"
        + "\t0x0000:  fe03 cc45 0000 2100 0100 0040 1166 c90a\n"
        + "\t0x0010:  0000 010a 0000 0204 d216 2e00 0d00 0068\n"
        + "\t0x0020:  656c 6c6f\n"
        + "unknown protocol 0xbeef, length 6\n"
        + "IP6 ::1.1234 > ::2.5678: UDP, length 4\n"
        + "\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + " [|juniper_mfr]\n";

    private const string ExpectedVerbose =
        "FRF.16 Control, Flags [Begin, End, Control], Hello, length 8\n"
        + "\tIE Bundle ID (1), length 5: abc\n"
        + "FRF.16 Frag, seq 5, Flags [Begin, End], IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "OSI NLPID 0x01 unknown, length: 36\n"
        + "\t0x0000:  0103 cc45 0000 2100 0100 0040 1166 c90a\n"
        + "\t0x0010:  0000 010a 0000 0204 d216 2e00 0d00 0068\n"
        + "\t0x0020:  656c 6c6f\n"
        + "OSI NLPID 0xfe unknown, length: 36\n"
        + "\t0x0000:  fe03 cc45 0000 2100 0100 0040 1166 c90a\n"
        + "\t0x0010:  0000 010a 0000 0204 d216 2e00 0d00 0068\n"
        + "\t0x0020:  656c 6c6f\n"
        + "unknown protocol 0xbeef, length 6\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 12) ::1.1234 > ::2.5678: [bad udp cksum 0x0000 -> 0x200d!] UDP, length 4\n"
        + "\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + " [|juniper_mfr]\n";

    private const string ExpectedLinkHeader =
        "Out \n"
        + "\tJuniper PCAP Flags [none]MFR-PIC, cookie-len 0: hlen 4, proto 0xe100, FRF.16 Control, Flags [Begin, End, Control], Hello, length 8\n"
        + "\tIE Bundle ID (1), length 5: abc\n"
        + "\t  0x0000:  6162 63\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MFR-PIC, cookie-len 0: hlen 4, proto 0xc105, FRF.16 Frag, seq 5, Flags [Begin, End], Q.922, hdr-len 2, DLCI 16, Flags [none], NLPID IPv4 (0xcc), length 37: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MFR-PIC, cookie-len 4, cookie 0x00000001: hlen 8, proto 0x03cc, OSI NLPID Unknown (0x01): length: 36\n"
        + "\t0x0000:  0103 cc45 0000 2100 0100 0040 1166 c90a\n"
        + "\t0x0010:  0000 010a 0000 0204 d216 2e00 0d00 0068\n"
        + "\t0x0020:  656c 6c6f\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MFR-PIC, cookie-len 4, cookie 0x00000002: hlen 8, proto 0xfefe, Bundle-ID 0, OSI NLPID Unknown (0xfe): length: 36\n"
        + "\t0x0000:  fe03 cc45 0000 2100 0100 0040 1166 c90a\n"
        + "\t0x0010:  0000 010a 0000 0204 d216 2e00 0d00 0068\n"
        + "\t0x0020:  656c 6c6f\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MFR-PIC, cookie-len 4, cookie 0x00000002: hlen 8, proto 0xbeef, Bundle-ID 0, unknown protocol 0xbeef, length 6\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MFR-PIC, cookie-len 8, cookie 0x4700000000100038: hlen 12, proto 0x0010, (hlim 64, next-header UDP (17) payload length: 12) ::1.1234 > ::2.5678: [bad udp cksum 0x0000 -> 0x200d!] UDP, length 4\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MFR-PIC, cookie-len 8, cookie 0x4700000000500038: hlen 12, proto 0x0050, \n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MFR-PIC, cookie-len 6, cookie 0x540000090000: hlen 12, proto 0x03cc, Bundle-ID 0, OSI NLPID IPv4 (0xcc): (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]MFR-PIC, cookie-len 4 [|juniper_mfr]\n";
}
