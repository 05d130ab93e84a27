using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Juniper;

/// <summary>
/// DLT_ATM_RFC1483 (print-atm.c, print-llc.c): SNAP, OSI and IP SAPs, Cisco NLPID, the 802.6 MAC header, LLC XID frames, short captures.
/// Synthetic frames written to a pcap and printed with "tcpdump -t -n", "-v" and "-e -vv" (4.99.3),
/// whose output is the expected text here.
/// </summary>
public class AtmRfc1483Tests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("aaaa0300000008004500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 41),
        ("fefe03cc4500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 37),
        ("0606034500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 36),
        ("03cc4500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 35),
        ("101112131415161718191a1b1c1d1e1f20212223aaaa0300000008004500002100010000401166c90a0000010a00000204d2162e000d000068656c6c6f", 61),
        ("10111213141516171819", 10),
        ("3031bf810102", 6),
        ("3030af81", 4),
        ("3030af0102030405", 8),
        ("aaaa03000000ffff0102", 10),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options, LinkLayer.AtmRfc1483);

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
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + " [|atm]\n"
        + " [|atm]\n"
        + " [|atm]\n"
        + " [|atm]\n"
        + "SNAP, ethertype Unknown (0xffff), length 2: \n"
        + "\t0x0000:  aaaa 0300 0000 ffff 0102                 ..........\n";

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 5\n"
        + " [|atm]\n"
        + " [|atm]\n"
        + " [|atm]\n"
        + " [|atm]\n"
        + "SNAP, ethertype Unknown (0xffff), length 2: \n"
        + "\t0x0000:  aaaa 0300 0000 ffff 0102                 ..........\n";

    private const string ExpectedLinkHeader =
        "LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 33: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "LLC, dsap OSI (0xfe) Individual, ssap OSI (0xfe) Command, ctrl 0x03: OSI NLPID IPv4 (0xcc): (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "LLC, dsap IP (0x06) Individual, ssap IP (0x06) Command, ctrl 0x03: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "CNLPID OSI NLPID IPv4 (0xcc): (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + "1011121314151617 18191a1b1c1d1e1f LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 33: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: [no cksum] UDP, length 5\n"
        + " [|atm]\n"
        + " [|atm]\n"
        + " [|atm]\n"
        + " [|atm]\n"
        + "LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype Unknown (0xffff), length 2: \n"
        + "\t0x0000:  aaaa 0300 0000 ffff 0102                 ..........\n";
}
