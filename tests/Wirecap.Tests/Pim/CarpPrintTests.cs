using Xunit;
using static Wirecap.Tests.Print.L2Harness;

namespace Wirecap.Tests.Pim;

/// <summary>CARP under -T carp (IP protocol 112, like VRRP); tcpdump -T carp -t -n -v.</summary>
public class CarpPrintTests
{
    /// <summary>An advertisement with TTL 255 and a right checksum.</summary>
    [Fact]
    public void Advertisement()
    {
        Assert.Equal("IP (tos 0xc0, ttl 255, id 4660, offset 0, flags [none], proto VRRP (112), length 56)\n    10.0.0.1 > 224.0.0.13: CARPv2-advertise 36: vhid=7 advbase=1 advskew=50 authlen=7 counter=72623859790382856\n",
            Link(1, "01005e00000d001122334455080045c0003812340000ff70be530a000001e000000d2107320701019bdc01020304050607080000000000000000000000000000000000000000", Opt(v: 1) with { PacketType = "carp" }));
    }

    /// <summary>A TTL other than 255 and a bad checksum.</summary>
    [Fact]
    public void BadTtlAndChecksum()
    {
        Assert.Equal("IP (tos 0xc0, ttl 3, id 4660, offset 0, flags [none], proto VRRP (112), length 56)\n    10.0.0.1 > 224.0.0.13: CARPv2-advertise 36: [ttl=3!] vhid=7 advbase=1 advskew=50 authlen=7  (bad carp cksum 5555!)counter=72623859790382856\n",
            Link(1, "01005e00000d001122334455080045c00038123400000370ba540a000001e000000d210732070101555501020304050607080000000000000000000000000000000000000000", Opt(v: 1) with { PacketType = "carp" }));
    }
}
