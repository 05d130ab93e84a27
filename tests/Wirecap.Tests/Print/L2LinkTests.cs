using Xunit;
using static Wirecap.Tests.Print.L2Harness;

namespace Wirecap.Tests.Print;

/// <summary>Link printers. Every expected text is tcpdump 4.99.3's output (-t -n) for the same bytes.</summary>
public class L2LinkTests
{
    private const string Arp = "0001080006040001005056d27f13c0a8011b000000000000c0a80101";
    private const string ArpReply = "0001080006040002005056d27f13c0a8011bf01898ae9563c0a80126";
    private const string Macs = "f0189803da63005056d27f13";

    [Fact]
    public void EthernetArpRequest()
    {
        var hex = "ffffffffffff005056d27f130806" + Arp;
        Assert.Equal("ARP, Request who-has 192.168.1.1 tell 192.168.1.27, length 28\n", Link(1, hex, Opt()));
        Assert.Equal("00:50:56:d2:7f:13 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 192.168.1.1 tell 192.168.1.27, length 28\n",
            Link(1, hex, Opt(e: true)));
        Assert.Equal("00:50:56:d2:7f:13 > ff:ff:ff:ff:ff:ff, ARP, length 42: Request who-has 192.168.1.1 tell 192.168.1.27, length 28\n",
            Link(1, hex, Opt(e: true, q: true)));
        Assert.Equal("ARP, Ethernet (len 6), IPv4 (len 4), Request who-has 192.168.1.1 tell 192.168.1.27, length 28\n",
            Link(1, hex, Opt(v: 1)));
    }

    [Fact]
    public void EthernetArpReply()
    {
        Assert.Equal("ARP, Reply 192.168.1.27 is-at 00:50:56:d2:7f:13, length 28\n", Link(1, Macs + "0806" + ArpReply, Opt()));
    }

    [Fact]
    public void MacNamesWithoutDashN()
    {
        // without -n tcpdump names the broadcast address and the OUI of the others
        var hex = "ffffffffffff005056d27f130806" + Arp;
        Assert.Equal("00:50:56:d2:7f:13 (oui Unknown) > Broadcast, ethertype ARP (0x0806), length 42: Request who-has 192.168.1.1 tell 192.168.1.27, length 28\n",
            Link(1, hex, Opt(e: true, names: true)));
    }

    [Fact]
    public void VlanTags()
    {
        Assert.Equal("00:50:56:d2:7f:13 > f0:18:98:03:da:63, ethertype 802.1Q (0x8100), length 46: vlan 100, p 0, ethertype ARP (0x0806), Request who-has 192.168.1.1 tell 192.168.1.27, length 28\n",
            Link(1, Macs + "810000640806" + Arp, Opt(e: true)));
        Assert.Equal("00:50:56:d2:7f:13 > f0:18:98:03:da:63, ethertype 802.1Q (0x8100), length 50: vlan 10, p 5, ethertype 802.1Q-QinQ (0x88a8), vlan 20, p 0, ethertype ARP (0x0806), Request who-has 192.168.1.1 tell 192.168.1.27, length 28\n",
            Link(1, Macs + "8100a00a88a800140806" + Arp, Opt(e: true)));
        Assert.Equal("ARP, Request who-has 192.168.1.1 tell 192.168.1.27, length 28\n", Link(1, Macs + "810000640806" + Arp, Opt()));
    }

    [Fact]
    public void UnknownEtherType()
    {
        Assert.Equal("00:50:56:d2:7f:13 > f0:18:98:03:da:63, ethertype Unknown (0x88b5), length 17: \n\t0x0000:  0102 03                                  ...\n",
            Link(1, Macs + "88b5010203", Opt()));
        Assert.Equal("00:50:56:d2:7f:13 > f0:18:98:03:da:63, Unknown Ethertype (0x88b5), length 17: \n", Link(1, Macs + "88b5010203", Opt(e: true, q: true)));
    }

    [Fact]
    public void LlcUnknownSapAndSnap()
    {
        Assert.Equal("00:50:56:d2:7f:13 > f0:18:98:03:da:63 Unknown DSAP 0x98 Unnumbered, ui, Flags [Response], length 5\n\t0x0000:  9999 0301 02                             .....\n",
            Link(1, Macs + "00209999030102", Opt()));
        Assert.Equal("00:50:56:d2:7f:13 > f0:18:98:03:da:63, 802.3, length 5: LLC, dsap Unknown (0x98) Group, ssap Unknown (0x98) Response, ctrl 0x03: Unnumbered, ui, Flags [Response], length 5\n\t0x0000:  9999 0301 02                             .....\n",
            Link(1, Macs + "00209999030102", Opt(e: true)));
        Assert.Equal("00:50:56:d2:7f:13 > f0:18:98:03:da:63 SNAP, ethertype Unknown (0x088b), length 2: \n\t0x0000:  aaaa 0300 0000 088b 0102                 ..........\n",
            Link(1, Macs + "0020aaaa03000000088b0102", Opt()));
        Assert.Equal("00:50:56:d2:7f:13 > f0:18:98:03:da:63, 802.3, length 10: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype Unknown (0x088b), length 2: \n\t0x0000:  aaaa 0300 0000 088b 0102                 ..........\n",
            Link(1, Macs + "0020aaaa03000000088b0102", Opt(e: true)));
    }

    [Fact]
    public void LinuxCooked()
    {
        var arp = "0000" + "0001" + "0006" + "005056d27f130000" + "0806" + Arp;
        Assert.Equal("ARP, Request who-has 192.168.1.1 tell 192.168.1.27, length 28\n", Link(113, arp, Opt()));
        Assert.Equal(" In 00:50:56:d2:7f:13 ethertype ARP (0x0806), length 44: Request who-has 192.168.1.1 tell 192.168.1.27, length 28\n", Link(113, arp, Opt(e: true)));
        var vlan = "0001" + "0001" + "0006" + "005056d27f130000" + "8100" + "a0640806" + Arp;
        Assert.Equal("  B 00:50:56:d2:7f:13 ethertype 802.1Q (0x8100), length 48: vlan 100, p 5, ethertype ARP, Request who-has 192.168.1.1 tell 192.168.1.27, length 28\n",
            Link(113, vlan, Opt(e: true)));
        Assert.Equal("ethertype ARP, ARP, Request who-has 192.168.1.1 tell 192.168.1.27, length 28\n", Link(113, vlan, Opt()));
        var unknown = "0002" + "0001" + "0006" + "005056d27f130000" + "88b5" + "0102030405";
        Assert.Equal("  M 00:50:56:d2:7f:13 ethertype Unknown (0x88b5), length 21: \n\t0x0000:  0102 0304 05                             .....\n",
            Link(113, unknown, Opt()));
        Assert.Equal(" [|sll]\n", Link(113, "00000001000600", Opt()));
    }

    [Fact]
    public void LinuxCookedV2UnknownInterface()
    {
        // an interface index no machine has: tcpdump prints "?"
        var arp = "0806" + "0000" + "ee6b2800" + "0001" + "00" + "06" + "005056d27f130000" + Arp;
        Assert.Equal("?     In  ARP, Request who-has 192.168.1.1 tell 192.168.1.27, length 28\n", Link(276, arp, Opt()));
        Assert.Equal("?     In  ifindex 4000000000 00:50:56:d2:7f:13 ethertype ARP (0x0806), length 48: Request who-has 192.168.1.1 tell 192.168.1.27, length 28\n",
            Link(276, arp, Opt(e: true)));
    }

    [Fact]
    public void BsdLoopbackUnknownFamily()
    {
        Assert.Equal("AF Unknown (99), length 6: \n\t0x0000:  fefe                                     ..\n", Link(0, "63000000fefe", Opt()));
        Assert.Equal("AF Unknown (99), length 6: \n\t0x0000:  fefe                                     ..\n", Link(0, "63000000fefe", Opt(e: true)));
        Assert.Equal("Unknown AF 99, length 6: \n", Link(0, "63000000fefe", Opt(q: true)));
        Assert.Equal(" [|null]\n", Link(0, "0700", Opt()));
    }

    [Fact]
    public void RawIpUnknownVersion()
    {
        Assert.Equal("unknown ip 5\n", Link(101, "5000", Opt()));
        Assert.Equal("ip: unknown ip 7\n", Link(229, "7000", Opt(e: true)));
    }

    [Fact]
    public void UnsupportedLinkType()
    {
        Assert.Equal("UNSUPPORTED\n\t0x0000:  4500 001c                                E...\n", Link(147, "4500001c", Opt()));
    }
}
