using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Juniper;

/// <summary>
/// DLT_MFR (print-fr.c mfr_print): FRF.16 control frames and their IEs, first/whole and later fragments, short and invalid frames.
/// Synthetic frames written to a pcap and printed with "tcpdump -t -n", "-v" and "-e -vv" (4.99.3),
/// whose output is the expected text here.
/// </summary>
public class MfrTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("e10004010b62756e646c652d310002086c696e6b01410306cafe0001051200ca9a3b0000000090d00300000000000705010203", 51),
        ("e100020305010203", 8),
        ("e100090606001122330000", 11),
        ("e1000105020000", 7),
        ("e1000101056162", 7),
        ("c105040103cc4500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 39),
        ("8106184108004500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 39),
        ("4107000102030405060708090a0b", 14),
        ("0108000102030405", 8),
        ("c1", 1),
        ("c10504", 3),
        ("c105040103cc4500002100010000401166c90a00", 39),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options, LinkLayer.Mfr);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    [Fact]
    public void LinkHeaderVeryVerbose() =>
        Assert.Equal(ExpectedLinkHeader, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2, LinkHeader = true }));

    private const string ExpectedDefault =
        "FRF.16 Control, Flags [Begin, End, Control], Hello, length 51\n"
        + "FRF.16 Control, Flags [Begin, End, Control], Add Link ACK, length 8\n"
        + "FRF.16 Control, Flags [Begin, End, Control], Unknown Message (0x09), length 11\n"
        + "FRF.16 Control, Flags [Begin, End, Control], Add Link, length 7\n"
        + "FRF.16 Control, Flags [Begin, End, Control], Add Link, length 7\n"
        + "FRF.16 Frag, seq 5, Flags [Begin, End], IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "FRF.16 Frag, seq 6, Flags [Begin], IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "FRF.16 Frag, seq 7, Flags [End]\n"
        + "\t0x0000:  4107 0001 0203 0405 0607 0809 0a0b\n"
        + "FRF.16 Frag, seq 8, Flags [none]\n"
        + "\t0x0000:  0108 0001 0203 0405\n"
        + " [|mfr]\n"
        + "[length 3 < 4] (invalid)\n"
        + "FRF.16 Frag, seq 5, Flags [Begin, End], IP  [|ip]\n";

    private const string ExpectedVerbose =
        "FRF.16 Control, Flags [Begin, End, Control], Hello, length 51\n"
        + "\tIE Bundle ID (1), length 11: bundle-1\n"
        + "\tIE Link ID (2), length 8: link^AA\n"
        + "\tIE Magic Number (3), length 6: 0xcafe0001\n"
        + "\tIE Timestamp (5), length 18: \n"
        + "\tIE Cause (7), length 5: \n"
        + "\t  0x0000:  0102 03\n"
        + "FRF.16 Control, Flags [Begin, End, Control], Add Link ACK, length 8\n"
        + "\tIE Magic Number (3), length 5: [IE data length 3 != 4] (invalid)\n"
        + "FRF.16 Control, Flags [Begin, End, Control], Unknown Message (0x09), length 11\n"
        + "\tIE Vendor Extension (6), length 6: \n"
        + "\t  0x0000:  0011 2233\n"
        + "FRF.16 Control, Flags [Begin, End, Control], Add Link, length 7\n"
        + "\tIE Timestamp (5), length 2: \n"
        + "FRF.16 Control, Flags [Begin, End, Control], Add Link, length 7\n"
        + "\tIE Bundle ID (1), length 5:  [|mfr]\n"
        + "FRF.16 Frag, seq 5, Flags [Begin, End], IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "FRF.16 Frag, seq 6, Flags [Begin], IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "FRF.16 Frag, seq 7, Flags [End]\n"
        + "\t0x0000:  4107 0001 0203 0405 0607 0809 0a0b\n"
        + "FRF.16 Frag, seq 8, Flags [none]\n"
        + "\t0x0000:  0108 0001 0203 0405\n"
        + " [|mfr]\n"
        + "[length 3 < 4] (invalid)\n"
        + "FRF.16 Frag, seq 5, Flags [Begin, End], IP  [|ip]\n";

    private const string ExpectedLinkHeader =
        "FRF.16 Control, Flags [Begin, End, Control], Hello, length 51\n"
        + "\tIE Bundle ID (1), length 11: bundle-1\n"
        + "\t  0x0000:  6275 6e64 6c65 2d31 00\n"
        + "\tIE Link ID (2), length 8: link^AA\n"
        + "\t  0x0000:  6c69 6e6b 0141\n"
        + "\tIE Magic Number (3), length 6: 0xcafe0001\n"
        + "\t  0x0000:  cafe 0001\n"
        + "\tIE Timestamp (5), length 18: \n"
        + "\t  0x0000:  00ca 9a3b 0000 0000 90d0 0300 0000 0000\n"
        + "\tIE Cause (7), length 5: \n"
        + "\t  0x0000:  0102 03\n"
        + "FRF.16 Control, Flags [Begin, End, Control], Add Link ACK, length 8\n"
        + "\tIE Magic Number (3), length 5: [IE data length 3 != 4] (invalid)\n"
        + "\t  0x0000:  0102 03\n"
        + "FRF.16 Control, Flags [Begin, End, Control], Unknown Message (0x09), length 11\n"
        + "\tIE Vendor Extension (6), length 6: \n"
        + "\t  0x0000:  0011 2233\n"
        + "FRF.16 Control, Flags [Begin, End, Control], Add Link, length 7\n"
        + "\tIE Timestamp (5), length 2: \n"
        + "FRF.16 Control, Flags [Begin, End, Control], Add Link, length 7\n"
        + "\tIE Bundle ID (1), length 5:  [|mfr]\n"
        + "FRF.16 Frag, seq 5, Flags [Begin, End], Q.922, hdr-len 2, DLCI 16, Flags [none], NLPID IPv4 (0xcc), length 37: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "FRF.16 Frag, seq 6, Flags [Begin], Q.922, hdr-len 2, DLCI 100, Flags [none], cisco-ethertype IPv4 (0x0800), length 37: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "FRF.16 Frag, seq 7, Flags [End]\n"
        + "\t0x0000:  4107 0001 0203 0405 0607 0809 0a0b\n"
        + "FRF.16 Frag, seq 8, Flags [none]\n"
        + "\t0x0000:  0108 0001 0203 0405\n"
        + " [|mfr]\n"
        + "[length 3 < 4] (invalid)\n"
        + "FRF.16 Frag, seq 5, Flags [Begin, End], Q.922, hdr-len 2, DLCI 16, Flags [none], NLPID IPv4 (0xcc), length 37:  [|ip]\n";
}
