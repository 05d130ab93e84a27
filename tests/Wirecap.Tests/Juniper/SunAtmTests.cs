using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Juniper;

/// <summary>
/// DLT_SUNATM (print-sunatm.c, print-atm.c, print-lane.c): Q.2931 signalling, SSCOP, the reserved VCIs, OAM F4 cells, LLC and LANE traffic, short captures.
/// Synthetic frames written to a pcap and printed with "tcpdump -t -n", "-v" and "-e -vv" (4.99.3),
/// whose output is the expected text here.
/// </summary>
public class SunAtmTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("8200000509038012340580001000000000000000000000000000000000", 29),
        ("020000050903801234", 9),
        ("0200000507000000004d", 10),
        ("02000005090000000099", 10),
        ("020000020001", 6),
        ("020000010001", 6),
        ("82000003000070021b1801deadbeef0102030405060708090a0b0c2122232425262728292a2b2c000000000000000000000000000000000299", 57),
        ("82000004000070021b816a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a01a5", 57),
        ("02010064aaaa0300000008004500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 45),
        ("00010064aaaa030000000806000000", 15),
        ("01010064ff000101000600000000", 14),
        ("01010064000702000000000102000000000208004500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 53),
        ("010100640007020000000001", 12),
        ("010100", 3),
        ("82000003000070021b105a404142434445464748494a4b4c4d4e4f00000000000000000000000000", 57),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options, LinkLayer.SunAtm);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    [Fact]
    public void LinkHeaderVeryVerbose() =>
        Assert.Equal(ExpectedLinkHeader, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2, LinkHeader = true }));

    private const string ExpectedDefault =
        "Q.2931:Setup CALL_REF:0x801234\n"
        + "Q.2931 [|atm]\n"
        + "SSCOP, proto 7 \n"
        + "Q.2931:msgtype#153 CALL_REF:0x000000\n"
        + "broadcast sig: \n"
        + "meta: \n"
        + "OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 53\n"
        + "OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 53\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + " [|arp]\n"
        + "lec: proto 1 vers 1 ARP request\n"
        + "lecid:7 IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + " [|ether]\n"
        + " [|sunatm]\n"
        + "OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 53\n";

    private const string ExpectedVerbose =
        "Q.2931:Setup CALL_REF:0x801234\n"
        + "Q.2931 [|atm]\n"
        + "SSCOP, proto 7 \n"
        + "Q.2931:msgtype#153 CALL_REF:0x000000\n"
        + "broadcast sig: \n"
        + "meta: \n"
        + "OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 53\n"
        + "\tcell-type Fault Management (1), func-type Loopback (8)\n"
        + "\tLoopback-Indicator Request, Correlation-Tag 0xdeadbeef\n"
        + "\tLocation-ID 0203 0405 0607 0809 0a0b 0c21 \n"
        + "\tSource-ID   2223 2425 2627 2829 2a2b 2c00 \n"
        + "\tcksum 0x299 (correct)\n"
        + "OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 53\n"
        + "\tcell-type activate/deactivate (8), func-type Continuity Check (1)\n"
        + "\tcksum 0x1a5 (incorrect)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + " [|arp]\n"
        + "lec: proto 1 vers 1 ARP request\n"
        + "lecid:7 IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + " [|ether]\n"
        + " [|sunatm]\n"
        + "OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 53\n"
        + "\tcell-type Fault Management (1), func-type AIS (0) [|oam]\n";

    private const string ExpectedLinkHeader =
        "Tx: VPI:0 VCI:5 Q.2931:Setup CALL_REF:0x801234\n"
        + "Rx: VPI:0 VCI:5 Q.2931 [|atm]\n"
        + "Rx: VPI:0 VCI:5 SSCOP, proto 7 \n"
        + "Rx: VPI:0 VCI:5 Q.2931:msgtype#153 CALL_REF:0x000000\n"
        + "Rx: VPI:0 VCI:2 broadcast sig: \n"
        + "Rx: VPI:0 VCI:1 meta: \n"
        + "Tx: VPI:0 VCI:3 OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 53\n"
        + "\tcell-type Fault Management (1), func-type Loopback (8)\n"
        + "\tLoopback-Indicator Request, Correlation-Tag 0xdeadbeef\n"
        + "\tLocation-ID 0203 0405 0607 0809 0a0b 0c21 \n"
        + "\tSource-ID   2223 2425 2627 2829 2a2b 2c00 \n"
        + "\tcksum 0x299 (correct)\n"
        + "Tx: VPI:0 VCI:4 OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 53\n"
        + "\tcell-type activate/deactivate (8), func-type Continuity Check (1)\n"
        + "\tcksum 0x1a5 (incorrect)\n"
        + "Rx: VPI:1 VCI:100 LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 33: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "Rx: VPI:1 VCI:100 LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype ARP (0x0806), length 3:  [|arp]\n"
        + "Rx: VPI:1 VCI:100 lec: proto 1 vers 1 ARP request\n"
        + "Rx: VPI:1 VCI:100 lecid:7 02:00:00:00:00:02 > 02:00:00:00:00:01, ethertype IPv4 (0x0800), length 47: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "Rx: VPI:1 VCI:100  [|ether]\n"
        + "Rx:  [|sunatm]\n"
        + "Tx: VPI:0 VCI:3 OAM F5, vpi 7, vci 33, payload [ VCC OAM F5 flow end-to-end ], clp 1, length 53\n"
        + "\tcell-type Fault Management (1), func-type AIS (0) [|oam]\n";
}
