using Wirecap.Print;
using Xunit;
using static Wirecap.Tests.Print.L2Harness;

namespace Wirecap.Tests.Print;

/// <summary>
/// ICMP and ICMPv6 printers called directly on IPv4/IPv6 packets (so that the IP printers are
/// not involved). Expected texts are tcpdump 4.99.3's (-t -n), from "ICMP" on.
/// </summary>
public class L2IcmpTests
{
    private static string Icmp4(string hex, int v = 0) =>
        Direct(hex, Opt(v), (ref Frame f) => Wirecap.Print.Icmp.Print(ref f, 20, f.Data.Length - 20, 0, false));

    private static string Icmp6(string hex, int v = 0) =>
        Direct(hex, Opt(v), (ref Frame f) => Wirecap.Print.Icmp6.Print(ref f, 40, f.Data.Length - 40, 0, false));

    [Theory]
    [InlineData("45000024000100004001f984c0a80001c0a8000208005435123400016162636465666768", "ICMP echo request, id 4660, seq 1, length 16")]
    [InlineData("45000038000100004001f970c0a80001c0a8000203037ca8000000004500001c000100004011aa16c0a8000208080808d43100350020abcd", "ICMP 8.8.8.8 udp port 53 unreachable, length 36")]
    [InlineData("45000038000100004001f970c0a80001c0a800020303287a000000004500001c000100004006aa21c0a8000208080808d431005000000001", "ICMP 8.8.8.8 tcp port 80 unreachable, length 36")]
    [InlineData("45000038000100004001f970c0a80001c0a800020304772f000005784500001c000100004011aa16c0a8000208080808d43100350020abcd", "ICMP 8.8.8.8 unreachable - need to frag (mtu 1400), length 36")]
    [InlineData("45000038000100004001f970c0a80001c0a80002030d7c9e000000004500001c000100004011aa16c0a8000208080808d43100350020abcd", "ICMP host 8.8.8.8 unreachable - admin prohibited filter, length 36")]
    [InlineData("45000038000100004001f970c0a80001c0a8000203017caa000000004500001c000100004011aa16c0a8000208080808d43100350020abcd", "ICMP host 8.8.8.8 unreachable, length 36")]
    [InlineData("45000038000100004001f970c0a80001c0a800020501b903c0a800fe4500001c000100004011aa16c0a8000208080808d43100350020abcd", "ICMP redirect 8.8.8.8 to host 192.168.0.254, length 36")]
    [InlineData("45000038000100004001f970c0a80001c0a800020b0074ab000000004500001c000100004011aa16c0a8000208080808d43100350020abcd", "ICMP time exceeded in-transit, length 36")]
    [InlineData("45000038000100004001f970c0a80001c0a800020c005fab140000004500001c000100004011aa16c0a8000208080808d43100350020abcd", "ICMP parameter problem - octet 20, length 36")]
    [InlineData("4500002c000100004001f97cc0a80001c0a800020900234a02020708c0a80001000000010a000001ffffffff", "ICMP router advertisement lifetime 30:00 2: {192.168.0.1 1} {10.0.0.1 4294967295}, length 24")]
    [InlineData("45000028000100004001f980c0a80001c0a800020e00844e000700090038cefc0038cefd0038cefe", "ICMP time stamp reply id 7 seq 9: org 01:02:03.004, recv 01:02:03.005, xmit 01:02:03.006, length 20")]
    [InlineData("45000020000100004001f988c0a80001c0a800021200eefc00010001ffffff00", "ICMP address mask is 0xffffff00, length 12")]
    [InlineData("4500001c000100004001f98cc0a80001c0a800022a00d5ff00000000", "ICMP type-#42, length 8")]
    [InlineData("45000026000100004001f982c0a80001c0a80002030377ce000000004500001c000100004011", " [|icmp]")]
    public void IcmpSummaries(string hex, string expected) => Assert.Equal(expected, Icmp4(hex));

    [Fact]
    public void IcmpWrongChecksum() =>
        Assert.Equal("ICMP echo reply, id 1, seq 3, length 8 (wrong icmp cksum fffc (->fffb)!)", Icmp4("4500001c000100004001f98cc0a80001c0a800020000fffc00010003", v: 1));

    [Fact]
    public void Icmp6NeighborDiscovery()
    {
        Assert.Equal("ICMP6, neighbor solicitation, who has fe80::2, length 32", Icmp6("6000000000203afffe800000000000000000000000000001ff0200000000000000000001ff0000028700a66200000000fe8000000000000000000000000000020101005056d27f13"));
        Assert.Equal("[icmp6 sum ok] ICMP6, neighbor solicitation, length 32, who has fe80::2\n\t  source link-address option (1), length 8 (1): 00:50:56:d2:7f:13",
            Icmp6("6000000000203afffe800000000000000000000000000001ff0200000000000000000001ff0000028700a66200000000fe8000000000000000000000000000020101005056d27f13", v: 1));
        Assert.Equal("[icmp6 sum ok] ICMP6, neighbor advertisement, length 32, tgt is fe80::2, Flags [solicited, override]\n\t  destination link-address option (2), length 8 (1): 00:50:56:d2:7f:13\n\t    0x0000:  0050 56d2 7f13",
            Icmp6("6000000000203afffe800000000000000000000000000002fe800000000000000000000000000001880043e660000000fe8000000000000000000000000000020201005056d27f13", v: 2));
        Assert.Equal("[icmp6 sum ok] ICMP6, router advertisement, length 80\n\thop limit 64, Flags [managed, other stateful], pref medium, router lifetime 1800s, reachable time 30000ms, retrans timer 1000ms"
            + "\n\t  prefix info option (3), length 32 (4): 2001:db8:0:1::/64, Flags [onlink, auto], valid time 86400s, pref. time 14400s"
            + "\n\t  mtu option (5), length 8 (1):  1500"
            + "\n\t  rdnss option (25), length 24 (3):  lifetime 600s, addr: 2001:db8::1",
            Icmp6("6000000000503afffe800000000000000000000000000001ff02000000000000000000000000000186006bdc40c0070800007530000003e8030440c000015180000038400000000020010db800000001000000000000000005010000000005dc190300000000025820010db8000000000000000000000001", v: 1));
    }

    [Fact]
    public void Icmp6EchoAndErrors()
    {
        Assert.Equal("ICMP6, echo request, id 4660, seq 1, length 16", Icmp6("6000000000103aff20010db800000000000000000000000120010db800000000000000000000000280008075123400016162636465666768"));
        Assert.Equal("ICMP6, destination unreachable, unreachable port, 2001:db8::1 udp port 53, length 60", Icmp6("60000000003c3aff20010db800000000000000000000000120010db800000000000000000000000201043c560000000060000000000c11ff20010db800000000000000000000000220010db8000000000000000000000001d4310035000c000061626364"));
        Assert.Equal("ICMP6, packet too big, mtu 1280, length 60", Icmp6("60000000003c3aff20010db800000000000000000000000120010db80000000000000000000000020200365a0000050060000000000c11ff20010db800000000000000000000000220010db8000000000000000000000001d4310035000c000061626364"));
        Assert.Equal("ICMP6, time exceeded in-transit for 2001:db8::1, length 60", Icmp6("60000000003c3aff20010db800000000000000000000000120010db800000000000000000000000203003a5a0000000060000000000c11ff20010db800000000000000000000000220010db8000000000000000000000001d4310035000c000061626364"));
        Assert.Equal("[bad icmp6 cksum 0x11ed -> 0x1112!] ICMP6, echo reply, id 4660, seq 2", Icmp6("6000000000083aff20010db800000000000000000000000120010db8000000000000000000000002810011ed12340002", v: 1));
    }

    [Fact]
    public void Mldv2Report()
    {
        Assert.Equal("ICMP6, multicast listener report v2, 1 group record(s), length 28", Icmp6("60000000001c3afffe800000000000000000000000000001ff0200000000000000000000000000168f006f0f0000000104000000ff0200000000000000000000000000fb"));
        Assert.Equal("[icmp6 sum ok] ICMP6, multicast listener report v2, 1 group record(s) [gaddr ff02::fb to_ex, 0 source(s)]", Icmp6("60000000001c3afffe800000000000000000000000000001ff0200000000000000000000000000168f006f0f0000000104000000ff0200000000000000000000000000fb", v: 1));
        Assert.Equal("[icmp6 sum ok] ICMP6, multicast listener report v2, 1 group record(s) [gaddr ff02::fb to_ex { }]", Icmp6("60000000001c3afffe800000000000000000000000000001ff0200000000000000000000000000168f006f0f0000000104000000ff0200000000000000000000000000fb", v: 2));
    }
}
