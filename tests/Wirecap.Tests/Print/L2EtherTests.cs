using Xunit;
using static Wirecap.Tests.Print.L2Harness;

namespace Wirecap.Tests.Print;

/// <summary>MACsec, Arista and MPLS inside Ethernet. Expected texts are tcpdump 4.99.3's output (-t -n).</summary>
public class L2EtherTests
{
    private const string Macs = "f0189803da63005056d27f13";
    private const string Icmp6Echo = "6000000000103aff20010db800000000000000000000000120010db800000000000000000000000280008075123400016162636465666768";

    [Fact]
    public void MacSecEncrypted()
    {
        var hex = Macs + "88e5" + "2c00" + "00000007" + "ffeeddccbbaa9988";
        Assert.Equal("00:50:56:d2:7f:13 > f0:18:98:03:da:63 802.1AE MACsec, an 0, pn 7, flags ECI, sci ffeeddccbbaa9988, \n", Link(1, hex, Opt()));
        Assert.Equal("00:50:56:d2:7f:13 > f0:18:98:03:da:63, ethertype 802.1AE MACsec (0x88e5), length 28: an 0, pn 7, flags ECI, sci ffeeddccbbaa9988, \n",
            Link(1, hex, Opt(e: true)));
        var noSci = Macs + "88e5" + "0c00" + "00000009" + "0123456789abcdef0102030405";
        Assert.Equal("00:50:56:d2:7f:13 > f0:18:98:03:da:63 802.1AE MACsec, an 0, pn 9, flags EC, \n\t0x0000:  0123 4567 89ab cdef 0102 0304 05         .#Eg.........\n",
            Link(1, noSci, Opt()));
    }

    [Fact]
    public void AristaTimestamps()
    {
        var ts64 = Macs + "d28b" + "0001" + "0010" + "5cef0b77384d3b68" + "86dd" + Icmp6Echo;
        Assert.Equal("ethertype Arista Vendor Specific Protocol (0xd28b), length 84: SubType Timestamp (0x0001), Timescale TAI (0), Format 64-bit (1), HwInfo R/R2 (0), Timestamp 2019-05-29 22:45:11.944585576: IP6 2001:db8::1 > 2001:db8::2: ICMP6, echo request, id 4660, seq 1, length 16\n",
            Link(1, ts64, Opt()));
        var ts48 = Macs + "d28b" + "0001" + "0020" + "5cef384d3b68" + "8847" + "0000213f" + Icmp6Echo;
        Assert.Equal("00:50:56:d2:7f:13 > f0:18:98:03:da:63, ethertype Arista Vendor Specific Protocol (0xd28b), length 86: SubType Timestamp (0x0001), Timescale TAI (0), Format 48-bit (2), HwInfo R/R2 (0), Timestamp 23791.944585576: ethertype MPLS unicast (0x8847), length 86: MPLS (label 2, tc 0, [S], ttl 63) 2001:db8::1 > 2001:db8::2: ICMP6, echo request, id 4660, seq 1, length 16\n",
            Link(1, ts48, Opt(e: true)));
        Assert.Equal("ethertype Arista Vendor Specific Protocol (0xd28b), length 18: SubType Unknown (0x0002), 00:50:56:d2:7f:13 > f0:18:98:03:da:63, ethertype Arista Vendor Specific Protocol (0xd28b), length 18: \n\t0x0000:  0002 0010                                ....\n",
            Link(1, Macs + "d28b00020010", Opt()));
    }

    [Fact]
    public void MplsExplicitNullIpv6()
    {
        var hex = Macs + "8847" + "0000213f" + Icmp6Echo;
        Assert.Equal("MPLS (label 2 (IPv6 explicit NULL), tc 0, [S], ttl 63)\n\tIP6 (hlim 255, next-header ICMPv6 (58) payload length: 16) 2001:db8::1 > 2001:db8::2: [icmp6 sum ok] ICMP6, echo request, id 4660, seq 1\n",
            Link(1, hex, Opt(v: 1)));
    }
}
