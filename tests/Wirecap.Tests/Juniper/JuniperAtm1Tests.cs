using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Juniper;

/// <summary>
/// DLT_JUNIPER_ATM1 (print-juniper.c): OAM cells, LLC/SNAP, Cisco NLPID and bare IPv4/IPv6 after the 4-byte cookie (LS and AS cookies longer), no-L2 frames, a bad magic, short captures.
/// Synthetic frames written to a pcap and printed with "tcpdump -t -n", "-v" and "-e -vv" (4.99.3),
/// whose output is the expected text here.
/// </summary>
public class JuniperAtm1Tests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("4d474300800000010070021b1801deadbeef0102030405060708090a0b0c2122232425262728292a2b2c000000000000000000000000000000000299", 60),
        ("4d474301800000010070021b105a404142434445464748494a4b4c4d4e4f0000000000000000000000000000000000000000000000000000000002b9", 60),
        ("4d474300800000010070021b216a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a01a7", 60),
        ("4d474300800000010070021b1801deadbeef0102030405060708090a0b0c2122", 32),
        ("4d47430001020304aaaa0300000008004500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 49),
        ("4d474301540203040506aaaa0300000008004500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 51),
        ("4d47430047020304050607084500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 45),
        ("4d4743000102030403cc4500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 43),
        ("4d474300010203044500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 41),
        ("4d4743000102030460000000000c1140000000000000000000000000000000010000000000000000000000000000000204d2162e000c000061626364", 60),
        ("4d4743000102030412345678", 12),
        ("4d4743000102", 6),
        ("4d474302010203044500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 41),
        ("58595a0001020304", 8),
        ("4d47430001020304aaaa0300000008004500002100010000401166c90a00", 49),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options, LinkLayer.JuniperAtm1);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    [Fact]
    public void LinkHeaderVeryVerbose() =>
        Assert.Equal(ExpectedLinkHeader, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2, LinkHeader = true }));

    private const string ExpectedDefault =
        "OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 52\n"
        + "OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 52\n"
        + "OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 52\n"
        + "OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 24\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP6 ::1.1234 > ::2.5678: UDP, length 4\n"
        + "\n"
        + " [|juniper_atm1]\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "no magic-number found!\n"
        + "IP  [|ip]\n";

    private const string ExpectedVerbose =
        "OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 52\n"
        + "\tcell-type Fault Management (1), func-type Loopback (8)\n"
        + "\tLoopback-Indicator Request, Correlation-Tag 0xdeadbeef\n"
        + "\tLocation-ID 0203 0405 0607 0809 0a0b 0c21 \n"
        + "\tSource-ID   2223 2425 2627 2829 2a2b 2c00 \n"
        + "\tcksum 0x299 (correct)\n"
        + "OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 52\n"
        + "\tcell-type Fault Management (1), func-type AIS (0)\n"
        + "\tFailure-type 0x5a\n"
        + "\tLocation-ID 4142 4344 4546 4748 494a 4b4c 4d4e 4f00 \n"
        + "\tcksum 0x2b9 (incorrect)\n"
        + "OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 52\n"
        + "\tcell-type Performance Management (2), func-type Backward Reporting (1)\n"
        + "\tcksum 0x1a7 (correct)\n"
        + "OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 24\n"
        + "\tcell-type Fault Management (1), func-type Loopback (8) [|oam]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 12) ::1.1234 > ::2.5678: [bad udp cksum 0x0000 -> 0x200d!] UDP, length 4\n"
        + "\n"
        + " [|juniper_atm1]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "no magic-number found!\n"
        + "IP  [|ip]\n";

    private const string ExpectedLinkHeader =
        "Out \n"
        + "\tJuniper PCAP Flags [none]ATM1-PIC, cookie-len 4, cookie 0x80000001: hlen 8, proto 0x0070, OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 52\n"
        + "\tcell-type Fault Management (1), func-type Loopback (8)\n"
        + "\tLoopback-Indicator Request, Correlation-Tag 0xdeadbeef\n"
        + "\tLocation-ID 0203 0405 0607 0809 0a0b 0c21 \n"
        + "\tSource-ID   2223 2425 2627 2829 2a2b 2c00 \n"
        + "\tcksum 0x299 (correct)\n"
        + " In \n"
        + "\tJuniper PCAP Flags [In]ATM1-PIC, cookie-len 4, cookie 0x80000001: hlen 8, proto 0x0070, OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 52\n"
        + "\tcell-type Fault Management (1), func-type AIS (0)\n"
        + "\tFailure-type 0x5a\n"
        + "\tLocation-ID 4142 4344 4546 4748 494a 4b4c 4d4e 4f00 \n"
        + "\tcksum 0x2b9 (incorrect)\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]ATM1-PIC, cookie-len 4, cookie 0x80000001: hlen 8, proto 0x0070, OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 52\n"
        + "\tcell-type Performance Management (2), func-type Backward Reporting (1)\n"
        + "\tcksum 0x1a7 (correct)\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]ATM1-PIC, cookie-len 4, cookie 0x80000001: hlen 8, proto 0x0070, OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 24\n"
        + "\tcell-type Fault Management (1), func-type Loopback (8) [|oam]\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]ATM1-PIC, cookie-len 4, cookie 0x01020304: hlen 8, proto 0xaaaa, LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 33: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + " In \n"
        + "\tJuniper PCAP Flags [In]ATM1-PIC, cookie-len 6, cookie 0x540203040506: hlen 10, proto 0xaaaa, LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 33: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]ATM1-PIC, cookie-len 8, cookie 0x4702030405060708: hlen 12, proto 0x4500, (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]ATM1-PIC, cookie-len 4, cookie 0x01020304: hlen 8, proto 0x03cc, OSI NLPID IPv4 (0xcc): (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]ATM1-PIC, cookie-len 4, cookie 0x01020304: hlen 8, proto 0x4500, (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]ATM1-PIC, cookie-len 4, cookie 0x01020304: hlen 8, proto 0x6000, (hlim 64, next-header UDP (17) payload length: 12) ::1.1234 > ::2.5678: [bad udp cksum 0x0000 -> 0x200d!] UDP, length 4\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]ATM1-PIC, cookie-len 4, cookie 0x01020304: hlen 8, proto 0x1234, \n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]ATM1-PIC, cookie-len 4 [|juniper_atm1]\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [no-L2]no-L2-hdr, (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "no magic-number found!\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]ATM1-PIC, cookie-len 4, cookie 0x01020304: hlen 8, proto 0xaaaa, LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 33:  [|ip]\n";
}
