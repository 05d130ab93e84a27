using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.LinkTags;

/// <summary>
/// Linux netfilter log frames (print-nflog.c) against tcpdump 4.99.3: IPv4, IPv6 and unknown families, an
/// unknown version, TLVs too short or too long, no payload TLV, and frames cut short, printed with
/// "tcpdump -t -n [-e] [-q] [-v]", whose output is the expected text here. The TLV fields are little-endian,
/// as a little-endian host writes them.
/// </summary>
public class NflogTests
{
    private const int NflogLinkType = 239;

    [Fact]
    public void NflogDefault() => Assert.Equal(NflogExpectedDefault, InProcessPrint.HexFrames(NflogFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }, NflogLinkType));

    [Fact]
    public void NflogE() => Assert.Equal(NflogExpectedE, InProcessPrint.HexFrames(NflogFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, LinkHeader = true }, NflogLinkType));

    [Fact]
    public void NflogEQ() => Assert.Equal(NflogExpectedEQ, InProcessPrint.HexFrames(NflogFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, LinkHeader = true, Quiet = true, QuietCount = 1 }, NflogLinkType));

    [Fact]
    public void NflogQ() => Assert.Equal(NflogExpectedQ, InProcessPrint.HexFrames(NflogFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Quiet = true, QuietCount = 1 }, NflogLinkType));

    [Fact]
    public void NflogV() => Assert.Equal(NflogExpectedV, InProcessPrint.HexFrames(NflogFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }, NflogLinkType));

    private const string NflogExpectedDefault =
        "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 0\n"
        + "IP6 fe80::1 > ff02::1: ICMP6, echo request, id 1, seq 2, length 8\n"
        + "version 0, resource ID 20, family Unknown (7), length 12: \n"
        + "\t0x0000:  0102 0304 0500 0000                      ........\n"
        + "version 1 (unknown)\n"
        + " [|nflog]\n"
        + " [|nflog]\n"
        + " [|ip]\n"
        + " [|nflog]\n"
        + " [|nflog]\n"
        + " [|nflog]\n"
        ;

    private const string NflogExpectedE =
        "version 0, resource ID 20, family IPv4 (2), length 52: 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 0\n"
        + "version 0, resource ID 300, family IPv6 (10), length 64: fe80::1 > ff02::1: ICMP6, echo request, id 1, seq 2, length 8\n"
        + "version 0, resource ID 20, family Unknown (7), length 24: \n"
        + "\t0x0000:  0102 0304 0500 0000                      ........\n"
        + "version 1 (unknown)\n"
        + "version 0, resource ID 20, family IPv4 (2), length 16:  [|nflog]\n"
        + "version 0, resource ID 20, family IPv4 (2), length 16:  [|nflog]\n"
        + "version 0, resource ID 20, family IPv4 (2), length 20:  [|ip]\n"
        + "version 0, resource ID 20, family IPv4 (2), length 14:  [|nflog]\n"
        + "version 0, resource ID 20, family IPv4 (2), length 48:  [|nflog]\n"
        + " [|nflog]\n"
        ;

    private const string NflogExpectedEQ =
        "version 0, resource ID 20, IPv4, length 52: 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 0\n"
        + "version 0, resource ID 300, IPv6, length 64: fe80::1 > ff02::1: ICMP6, echo request, id 1, seq 2, length 8\n"
        + "version 0, resource ID 20, Unknown NFLOG (0x07), length 24: \n"
        + "version 1 (unknown)\n"
        + "version 0, resource ID 20, IPv4, length 16:  [|nflog]\n"
        + "version 0, resource ID 20, IPv4, length 16:  [|nflog]\n"
        + "version 0, resource ID 20, IPv4, length 20:  [|ip]\n"
        + "version 0, resource ID 20, IPv4, length 14:  [|nflog]\n"
        + "version 0, resource ID 20, IPv4, length 48:  [|nflog]\n"
        + " [|nflog]\n"
        ;

    private const string NflogExpectedQ =
        "IP 10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 0\n"
        + "IP6 fe80::1 > ff02::1: ICMP6, echo request, id 1, seq 2, length 8\n"
        + "version 0, resource ID 20, Unknown NFLOG (0x07), length 12: \n"
        + "version 1 (unknown)\n"
        + " [|nflog]\n"
        + " [|nflog]\n"
        + " [|ip]\n"
        + " [|nflog]\n"
        + " [|nflog]\n"
        + " [|nflog]\n"
        ;

    private const string NflogExpectedV =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 28, bad cksum 0 (->66ce)!)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.5678: UDP, length 0\n"
        + "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 8) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x8234!] ICMP6, echo request, id 1, seq 2\n"
        + "version 0, resource ID 20, family Unknown (7), length 12: \n"
        + "\t0x0000:  0102 0304 0500 0000                      ........\n"
        + "version 1 (unknown)\n"
        + " [|nflog]\n"
        + " [|nflog]\n"
        + " [|ip]\n"
        + " [|nflog]\n"
        + " [|nflog]\n"
        + " [|nflog]\n"
        ;

    private static readonly (string Hex, int WireLength)[] NflogFrames =
    [
        ("02000014080001000800030008000a0061626300200009004500001c00010000401100000a0000010a00000204d2162e00080000", -1),
        ("0a00012c0800010008000300340009006000000000083a40fe800000000000000000000000000001ff0200000000000000000000000000018000000000010002", -1),
        ("070000140800010008000300090009000102030405000000", -1),
        ("020100140800010008000300", -1),
        ("02000014020001000000000000000000", -1),
        ("02000014280001000000000000000000", -1),
        ("0200001408000100080003000800020000000001", -1),
        ("0200001408000100080003000100", -1),
        ("020000140800010008000300200009004500001c00010000401100000a00", 48),
        ("0200", -1),
    ];
}
