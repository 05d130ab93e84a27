using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Juniper;

/// <summary>
/// DLT_JUNIPER_ATM2 (print-juniper.c): OAM cells after the control word, LLC/SNAP, Ethernet over RFC 1483, Cisco NLPID, PPP and IP guessed from the first bytes, an invalid LS cookie, short captures.
/// Synthetic frames written to a pcap and printed with "tcpdump -t -n", "-v" and "-e -vv" (4.99.3),
/// whose output is the expected text here.
/// </summary>
public class JuniperAtm2Tests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("4d4743000000000100000010000000000070021b146a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a0387", 68),
        ("4d4743000000000100000010083800000070021b146a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a0387", 68),
        ("4d4743000000000100000000aaaa0300000008004500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 53),
        ("4d474300000000010000000002000000000102000000000208004500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 59),
        ("4d474301000000010000000003cc4500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 47),
        ("4d4743010000000000000000c02101010008010405dc", 22),
        ("4d47430100000000000000004500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 45),
        ("4d47430100000000000000001234", 14),
        ("4d474300540000010000000000004500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 47),
        ("4d4743000000000100000000aa", 13),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options, LinkLayer.JuniperAtm2);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    [Fact]
    public void LinkHeaderVeryVerbose() =>
        Assert.Equal(ExpectedLinkHeader, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2, LinkHeader = true }));

    private const string ExpectedDefault =
        "OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 56\n"
        + "OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 56\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "LCP, Conf-Request (0x01), id 1, length 10\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + " [|juniper_atm2]\n"
        + " (invalid)\n"
        + " [|juniper_atm2]\n";

    private const string ExpectedVerbose =
        "OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 56\n"
        + "\tcell-type Fault Management (1), func-type Continuity Check (4)\n"
        + "\tcksum 0x387 (correct)\n"
        + "OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 56\n"
        + "\tcell-type Fault Management (1), func-type Continuity Check (4)\n"
        + "\tcksum 0x387 (correct)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "LCP, Conf-Request (0x01), id 1, length 10\n"
        + "\tencoded length 8 (=Option(s) length 4)\n"
        + "\t  MRU Option (0x01), length 4: 1500\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + " [|juniper_atm2]\n"
        + " (invalid)\n"
        + " [|juniper_atm2]\n";

    private const string ExpectedLinkHeader =
        "Out \n"
        + "\tJuniper PCAP Flags [none]ATM2-PIC, cookie-len 8, cookie 0x0000000100000010: control-word 0x00000000 hlen 16, proto 0x0000, OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 56\n"
        + "\tcell-type Fault Management (1), func-type Continuity Check (4)\n"
        + "\tcksum 0x387 (correct)\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]ATM2-PIC, cookie-len 8, cookie 0x0000000100000010: control-word 0x08380000 hlen 16, proto 0x0838, OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 56\n"
        + "\tcell-type Fault Management (1), func-type Continuity Check (4)\n"
        + "\tcksum 0x387 (correct)\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]ATM2-PIC, cookie-len 8, cookie 0x0000000100000000: hlen 12, proto 0xaaaa, LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 33: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]ATM2-PIC, cookie-len 8, cookie 0x0000000100000000: hlen 12, proto 0x0200, 02:00:00:00:00:02 > 02:00:00:00:00:01, ethertype IPv4 (0x0800), length 47: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + " In \n"
        + "\tJuniper PCAP Flags [In]ATM2-PIC, cookie-len 8, cookie 0x0000000100000000: hlen 12, proto 0x03cc, OSI NLPID IPv4 (0xcc): (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + " In \n"
        + "\tJuniper PCAP Flags [In]ATM2-PIC, cookie-len 8, cookie 0x0000000000000000: hlen 12, proto 0xc021, LCP (0xc021), length 10: LCP, Conf-Request (0x01), id 1, length 10\n"
        + "\tencoded length 8 (=Option(s) length 4)\n"
        + "\t0x0000:  c021 0101 0008\n"
        + "\t  MRU Option (0x01), length 4: 1500\n"
        + "\t    0x0000:  05dc\n"
        + " In \n"
        + "\tJuniper PCAP Flags [In]ATM2-PIC, cookie-len 8, cookie 0x0000000000000000: hlen 12, proto 0x4500, (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + " In \n"
        + "\tJuniper PCAP Flags [In]ATM2-PIC, cookie-len 8, cookie 0x0000000000000000:  [|juniper_atm2]\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]ATM2-PIC, cookie-len 10 (invalid)\n"
        + "Out \n"
        + "\tJuniper PCAP Flags [none]ATM2-PIC, cookie-len 8, cookie 0x0000000100000000:  [|juniper_atm2]\n";
}
