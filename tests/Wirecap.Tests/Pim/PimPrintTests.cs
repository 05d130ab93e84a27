using Xunit;
using static Wirecap.Tests.Print.L2Harness;

namespace Wirecap.Tests.Pim;

/// <summary>
/// PIM, VRRP, IGMP and PIMv1 packets through the Ethernet printer. The packets were built for these
/// tests; the expected texts are tcpdump 4.99.3's output for them (tcpdump -t -n, with -v / -vv as named).
/// </summary>
public class PimPrintTests
{
    /// <summary>Hello options: hold time, LAN prune delay, DR priority, generation ID, state refresh, address list.</summary>
    [Fact]
    public void Hello()
    {
        Assert.Equal("IP 10.0.0.1 > 224.0.0.13: PIMv2, Hello, length 52\n",
            Link(1, "01005e00000d001122334455080045c00048123400000167bc4d0a000001e000000d2000a9850001000200690002000481f409c4001300040000000700140004deadbeef00150004013c00000018000601000a000009", Opt()));
    }

    /// <summary>Hello options: hold time, LAN prune delay, DR priority, generation ID, state refresh, address list.</summary>
    [Fact]
    public void HelloV()
    {
        Assert.Equal("IP (tos 0xc0, ttl 1, id 4660, offset 0, flags [none], proto PIM (103), length 72)\n    10.0.0.1 > 224.0.0.13: PIMv2, length 52\n\tHello, cksum 0xa985 (correct)\n\t  Hold Time Option (1), length 2, Value: 1m45s\n\t  LAN Prune Delay Option (2), length 4, Value: \n\t    T-bit=1, LAN delay 500ms, Override interval 2500ms\n\t  DR Priority Option (19), length 4, Value: 7\n\t  Generation ID Option (20), length 4, Value: 0xdeadbeef\n\t  State Refresh Capability Option (21), length 4, Value: v1, interval 1m\n\t  Address List Option (24), length 6, Value: \n",
            Link(1, "01005e00000d001122334455080045c00048123400000167bc4d0a000001e000000d2000a9850001000200690002000481f409c4001300040000000700140004deadbeef00150004013c00000018000601000a000009", Opt(v: 1)));
    }

    /// <summary>Hello options: hold time, LAN prune delay, DR priority, generation ID, state refresh, address list.</summary>
    [Fact]
    public void HelloVv()
    {
        Assert.Equal("IP (tos 0xc0, ttl 1, id 4660, offset 0, flags [none], proto PIM (103), length 72)\n    10.0.0.1 > 224.0.0.13: PIMv2, length 52\n\tHello, cksum 0xa985 (correct)\n\t  Hold Time Option (1), length 2, Value: 1m45s\n\t    0x0000:  0069\n\t  LAN Prune Delay Option (2), length 4, Value: \n\t    T-bit=1, LAN delay 500ms, Override interval 2500ms\n\t    0x0000:  81f4 09c4\n\t  DR Priority Option (19), length 4, Value: 7\n\t    0x0000:  0000 0007\n\t  Generation ID Option (20), length 4, Value: 0xdeadbeef\n\t    0x0000:  dead beef\n\t  State Refresh Capability Option (21), length 4, Value: v1, interval 1m\n\t    0x0000:  013c 0000\n\t  Address List Option (24), length 6, Value: \n\t    10.0.0.9\n\t    0x0000:  0100 0a00 0009\n",
            Link(1, "01005e00000d001122334455080045c00048123400000167bc4d0a000001e000000d2000a9850001000200690002000481f409c4001300040000000700140004deadbeef00150004013c00000018000601000a000009", Opt(v: 2)));
    }

    /// <summary>Join/Prune with one group, a joined (S,W,R) source and a pruned /24.</summary>
    [Fact]
    public void Jp()
    {
        Assert.Equal("IP 10.0.0.1 > 224.0.0.13: PIMv2, Join / Prune, length 42\n",
            Link(1, "01005e00000d001122334455080045c0003e123400000167bc570a000001e000000d2300bfc901000a000002000100d201000020ef01010100010001010007200a010101010000180a020200", Opt()));
    }

    /// <summary>Join/Prune with one group, a joined (S,W,R) source and a pruned /24.</summary>
    [Fact]
    public void JpV()
    {
        Assert.Equal("IP (tos 0xc0, ttl 1, id 4660, offset 0, flags [none], proto PIM (103), length 62)\n    10.0.0.1 > 224.0.0.13: PIMv2, length 42\n\tJoin / Prune, cksum 0xbfc9 (correct), upstream-neighbor: 10.0.0.2\n\t  1 group(s), holdtime: 3m30s\n\t    group #1: 239.1.1.1, joined sources: 1, pruned sources: 1\n\t      joined source #1: 10.1.1.1(SWR)\n\t      pruned source #1: 10.2.2.0/24\n",
            Link(1, "01005e00000d001122334455080045c0003e123400000167bc570a000001e000000d2300bfc901000a000002000100d201000020ef01010100010001010007200a010101010000180a020200", Opt(v: 1)));
    }

    /// <summary>Join/Prune with one group, a joined (S,W,R) source and a pruned /24.</summary>
    [Fact]
    public void JpVv()
    {
        Assert.Equal("IP (tos 0xc0, ttl 1, id 4660, offset 0, flags [none], proto PIM (103), length 62)\n    10.0.0.1 > 224.0.0.13: PIMv2, length 42\n\tJoin / Prune, cksum 0xbfc9 (correct), upstream-neighbor: 10.0.0.2\n\t  1 group(s), holdtime: 3m30s\n\t    group #1: 239.1.1.1, joined sources: 1, pruned sources: 1\n\t      joined source #1: 10.1.1.1(SWR)\n\t      pruned source #1: 10.2.2.0/24\n",
            Link(1, "01005e00000d001122334455080045c0003e123400000167bc570a000001e000000d2300bfc901000a000002000100d201000020ef01010100010001010007200a010101010000180a020200", Opt(v: 2)));
    }

    /// <summary>Assert with the RPT bit.</summary>
    [Fact]
    public void AssertRpt()
    {
        Assert.Equal("IP 10.0.0.1 > 224.0.0.13: PIMv2, Assert, length 26\n",
            Link(1, "01005e00000d001122334455080045c0002e123400000167bc670a000001e000000d25005d6101000020ef01010101000a0101018000006500000014", Opt()));
    }

    /// <summary>Assert with the RPT bit.</summary>
    [Fact]
    public void AssertRptV()
    {
        Assert.Equal("IP (tos 0xc0, ttl 1, id 4660, offset 0, flags [none], proto PIM (103), length 46)\n    10.0.0.1 > 224.0.0.13: PIMv2, length 26\n\tAssert, cksum 0x5d61 (correct) group=239.1.1.1 src=10.1.1.1 RPT pref=101 metric=20\n",
            Link(1, "01005e00000d001122334455080045c0002e123400000167bc670a000001e000000d25005d6101000020ef01010101000a0101018000006500000014", Opt(v: 1)));
    }

    /// <summary>Bootstrap with one group and one RP.</summary>
    [Fact]
    public void Bsr()
    {
        Assert.Equal("IP 10.0.0.1 > 224.0.0.13: PIMv2, Bootstrap, length 36\n",
            Link(1, "01005e00000d001122334455080045c00038123400000167bc5d0a000001e000000d2400f2ea12341e4001000a00000101000004e00000000101000001000a0000030096c000", Opt()));
    }

    /// <summary>Bootstrap with one group and one RP.</summary>
    [Fact]
    public void BsrV()
    {
        Assert.Equal("IP (tos 0xc0, ttl 1, id 4660, offset 0, flags [none], proto PIM (103), length 56)\n    10.0.0.1 > 224.0.0.13: PIMv2, length 36\n\tBootstrap, cksum 0xf2ea (correct) tag=1234 hashmlen=30 BSRprio=64 BSR=10.0.0.1 (group0: 224.0.0.0/4 RPcnt=1 FRPcnt=1 RP0=10.0.0.3,holdtime=2m30s,prio=192)\n",
            Link(1, "01005e00000d001122334455080045c00038123400000167bc5d0a000001e000000d2400f2ea12341e4001000a00000101000004e00000000101000001000a0000030096c000", Opt(v: 1)));
    }

    /// <summary>Register: the header checksum, then the encapsulated IPv4/UDP packet.</summary>
    [Fact]
    public void Register()
    {
        Assert.Equal("IP 10.0.0.1 > 10.0.0.99: PIMv2, Register, length 40\n",
            Link(1, "01005e00000d001122334455080045c0003c12340000406753040a0000010a0000632100deff0000000045c000201234000040116cd50a010101ef01010103e807d0000c000061626364", Opt()));
    }

    /// <summary>Register: the header checksum, then the encapsulated IPv4/UDP packet.</summary>
    [Fact]
    public void RegisterV()
    {
        Assert.Equal("IP (tos 0xc0, ttl 64, id 4660, offset 0, flags [none], proto PIM (103), length 60)\n    10.0.0.1 > 10.0.0.99: PIMv2, length 40\n\tRegister, cksum 0xdeff (correct), Flags [ none ]\n\tIP (tos 0xc0, ttl 64, id 4660, offset 0, flags [none], proto UDP (17), length 32)\n    10.1.1.1.1000 > 239.1.1.1.2000: UDP, length 4\n",
            Link(1, "01005e00000d001122334455080045c0003c12340000406753040a0000010a0000632100deff0000000045c000201234000040116cd50a010101ef01010103e807d0000c000061626364", Opt(v: 1)));
    }

    /// <summary>Candidate-RP advertisement.</summary>
    [Fact]
    public void Crp()
    {
        Assert.Equal("IP 10.0.0.1 > 10.0.0.1: PIMv2, Candidate RP Advertisement, length 22\n",
            Link(1, "01005e00000d001122334455080045c0002a12340000016792780a0000010a0000012800ea5c0105009601000a00000301000004e0000000", Opt()));
    }

    /// <summary>Candidate-RP advertisement.</summary>
    [Fact]
    public void CrpV()
    {
        Assert.Equal("IP (tos 0xc0, ttl 1, id 4660, offset 0, flags [none], proto PIM (103), length 42)\n    10.0.0.1 > 10.0.0.1: PIMv2, length 22\n\tCandidate RP Advertisement, cksum 0xea5c (correct) prefix-cnt=1 prio=5 holdtime=2m30s RP=10.0.0.3 Group0=224.0.0.0/4\n",
            Link(1, "01005e00000d001122334455080045c0002a12340000016792780a0000010a0000012800ea5c0105009601000a00000301000004e0000000", Opt(v: 1)));
    }

    /// <summary>A Join/Prune cut inside a group address: the marker of pimv2.</summary>
    [Fact]
    public void Jptrunc()
    {
        Assert.Equal("IP 10.0.0.1 > 224.0.0.13: PIMv2, Join / Prune, length 42\n",
            Link(1, "01005e00000d001122334455080045c0003e123400000167bc570a000001e000000d2300bfc901000a000002000100d201000020ef", Opt(), wireLength: 76));
    }

    /// <summary>A Join/Prune cut inside a group address: the marker of pimv2.</summary>
    [Fact]
    public void JptruncV()
    {
        Assert.Equal("IP (tos 0xc0, ttl 1, id 4660, offset 0, flags [none], proto PIM (103), length 62)\n    10.0.0.1 > 224.0.0.13: PIMv2, length 42\n\tJoin / Prune, cksum 0xbfc9 (unverified), upstream-neighbor: 10.0.0.2\n\t  1 group(s), holdtime: 3m30s\n\t    group #1:  [|pimv2]\n",
            Link(1, "01005e00000d001122334455080045c0003e123400000167bc570a000001e000000d2300bfc901000a000002000100d201000020ef", Opt(v: 1), wireLength: 76));
    }

    /// <summary>VRRPv2 with a simple password.</summary>
    [Fact]
    public void Vrrp()
    {
        Assert.Equal("IP 10.0.0.1 > 224.0.0.18: VRRPv2, Advertisement, vrid 5, prio 100, authtype simple, intvl 1s, length 24\n",
            Link(1, "01005e00000d001122334455080045c0002c12340000ff70be5a0a000001e000001221056402010127b00a0000fe0a0000fd7365637265740000", Opt()));
    }

    /// <summary>VRRPv2 with a simple password.</summary>
    [Fact]
    public void VrrpV()
    {
        Assert.Equal("IP (tos 0xc0, ttl 255, id 4660, offset 0, flags [none], proto VRRP (112), length 44)\n    10.0.0.1 > 224.0.0.18: VRRPv2, Advertisement, vrid 5, prio 100, authtype simple, intvl 1s, length 24, addrs(2): 10.0.0.254,10.0.0.253 auth \"secret\"\n",
            Link(1, "01005e00000d001122334455080045c0002c12340000ff70be5a0a000001e000001221056402010127b00a0000fe0a0000fd7365637265740000", Opt(v: 1)));
    }

    /// <summary>VRRPv2 with a bad checksum and a TTL other than 255.</summary>
    [Fact]
    public void Vrrpbad()
    {
        Assert.Equal("IP 10.0.0.1 > 224.0.0.18: VRRPv2, Advertisement, (ttl 64), vrid 5, prio 100, authtype simple, intvl 1s, length 24\n",
            Link(1, "01005e00000d001122334455080045c0002c1234000040707d5b0a000001e000001221056402010112340a0000fe0a0000fd7365637265740000", Opt()));
    }

    /// <summary>VRRPv2 with a bad checksum and a TTL other than 255.</summary>
    [Fact]
    public void VrrpbadV()
    {
        Assert.Equal("IP (tos 0xc0, ttl 64, id 4660, offset 0, flags [none], proto VRRP (112), length 44)\n    10.0.0.1 > 224.0.0.18: VRRPv2, Advertisement, (ttl 64), vrid 5, prio 100, authtype simple, intvl 1s, length 24, (bad vrrp cksum 1234), addrs(2): 10.0.0.254,10.0.0.253 auth \"secret\"\n",
            Link(1, "01005e00000d001122334455080045c0002c1234000040707d5b0a000001e000001221056402010112340a0000fe0a0000fd7365637265740000", Opt(v: 1)));
    }

    /// <summary>IGMPv2 report.</summary>
    [Fact]
    public void Igmp2()
    {
        Assert.Equal("IP 10.0.0.1 > 239.1.2.3: igmp v2 report 239.1.2.3\n",
            Link(1, "01005e00000d001122334455080045c0001c123400000102abe70a000001ef0102031600f8faef010203", Opt()));
    }

    /// <summary>IGMPv2 report.</summary>
    [Fact]
    public void Igmp2V()
    {
        Assert.Equal("IP (tos 0xc0, ttl 1, id 4660, offset 0, flags [none], proto IGMP (2), length 28)\n    10.0.0.1 > 239.1.2.3: igmp v2 report 239.1.2.3\n",
            Link(1, "01005e00000d001122334455080045c0001c123400000102abe70a000001ef0102031600f8faef010203", Opt(v: 1)));
    }

    /// <summary>IGMPv3 query with a floating-point max response code.</summary>
    [Fact]
    public void Igmp3q()
    {
        Assert.Equal("IP 10.0.0.1 > 239.1.2.3: igmp query v3 [max resp time 20.8s] [gaddr 239.1.2.3, 2 source(s)]\n",
            Link(1, "01005e00000d001122334455080045c00028123400000102abdb0a000001ef010203118ae6eeef010203027d00020a0000010a000002", Opt()));
    }

    /// <summary>IGMPv3 query with a floating-point max response code.</summary>
    [Fact]
    public void Igmp3qV()
    {
        Assert.Equal("IP (tos 0xc0, ttl 1, id 4660, offset 0, flags [none], proto IGMP (2), length 40)\n    10.0.0.1 > 239.1.2.3: igmp query v3 [max resp time 20.8s] [gaddr 239.1.2.3, 2 source(s)]\n",
            Link(1, "01005e00000d001122334455080045c00028123400000102abdb0a000001ef010203118ae6eeef010203027d00020a0000010a000002", Opt(v: 1)));
    }

    /// <summary>IGMPv3 query with a floating-point max response code.</summary>
    [Fact]
    public void Igmp3qVv()
    {
        Assert.Equal("IP (tos 0xc0, ttl 1, id 4660, offset 0, flags [none], proto IGMP (2), length 40)\n    10.0.0.1 > 239.1.2.3: igmp query v3 [max resp time 20.8s] [gaddr 239.1.2.3 { 10.0.0.1 10.0.0.2 }]\n",
            Link(1, "01005e00000d001122334455080045c00028123400000102abdb0a000001ef010203118ae6eeef010203027d00020a0000010a000002", Opt(v: 2)));
    }

    /// <summary>PIMv1 RP-reachable inside IGMP.</summary>
    [Fact]
    public void Pimv1rp()
    {
        Assert.Equal("IP 10.0.0.1 > 224.0.0.2: igmp pimv1 RP-reachable\n",
            Link(1, "01005e00000d001122334455080045c0002c123400000102bcd90a000001e00000021404d7d810000000ef010101ffffffff0a0909090000010e", Opt()));
    }

    /// <summary>PIMv1 RP-reachable inside IGMP.</summary>
    [Fact]
    public void Pimv1rpV()
    {
        Assert.Equal("IP (tos 0xc0, ttl 1, id 4660, offset 0, flags [none], proto IGMP (2), length 44)\n    10.0.0.1 > 224.0.0.2: igmp pimv1 RP-reachable group 239.1.1.1 RP 10.9.9.9 hold 4m30s\n",
            Link(1, "01005e00000d001122334455080045c0002c123400000102bcd90a000001e00000021404d7d810000000ef010101ffffffff0a0909090000010e", Opt(v: 1)));
    }
}
