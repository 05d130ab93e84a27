using Xunit;
using static Wirecap.Tests.Print.L2Harness;

namespace Wirecap.Tests.Pim;

/// <summary>
/// RSVP, Cisco auto-RP and DVMRP packets through the Ethernet printer. The packets were built for
/// these tests; the expected texts are tcpdump 4.99.3's output for them (tcpdump -t -n, with -v / -vv as named).
/// </summary>
public class RsvpPrintTests
{
    /// <summary>An RSVP-TE Path message: session, hop, time values, ERO, label request, session attribute, sender template, IntServ TSpec, RRO.</summary>
    [Fact]
    public void Rsvppath()
    {
        Assert.Equal("IP 10.0.0.1 > 10.0.0.9: RSVPv1 Path Message, length: 156\n",
            Link(1, "01005e00000d001122334455080045c000b012340000402e53230a0000010a000009110156ad4000009c001001070a000009000000110a000001000c03010a0100010000001100080501000075300014140101080a010002200081080a000009200000081301000008000010cf070707040874756e6e656c2d31000c0b070a0000010000000300240c0200000007050000067f00000549989680447a00004f1502f900000040000005dc0014150101080a01000120010308010100000010", Opt()));
    }

    /// <summary>An RSVP-TE Path message: session, hop, time values, ERO, label request, session attribute, sender template, IntServ TSpec, RRO.</summary>
    [Fact]
    public void RsvppathV()
    {
        Assert.Equal("IP (tos 0xc0, ttl 64, id 4660, offset 0, flags [none], proto RSVP (46), length 176)\n    10.0.0.1 > 10.0.0.9: \n\tRSVPv1 Path Message (1), Flags: [Refresh reduction capable], length: 156, ttl: 64, checksum: 0x56ad\n\t  Session Object (1) Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 16\n\t    IPv4 Tunnel EndPoint: 10.0.0.9, Tunnel ID: 0x0011, Extended Tunnel ID: 10.0.0.1\n\t  RSVP Hop Object (3) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Previous/Next Interface: 10.1.0.1, Logical Interface Handle: 0x00000011\n\t  Time Values Object (5) Flags: [reject if unknown], Class-Type: 1 (1), length: 8\n\t    Refresh Period: 30000ms\n\t  ERO Object (20) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 20\n\t    Subobject Type: IPv4 prefix, length 8, Strict, 10.1.0.2/32, Flags: [none]\n\t    Subobject Type: IPv4 prefix, length 8, Loose, 10.0.0.9/32, Flags: [none]\n\t  Label Request Object (19) Flags: [reject if unknown], Class-Type: without label range (1), length: 8\n\t    L3 Protocol ID: IPv4\n\t  Session Attribute Object (207) Flags: [ignore and forward if unknown], Class-Type: Tunnel IPv4 (7), length: 16\n\t    Session Name: tunnel-1\n\t    Setup Priority: 7, Holding Priority: 7, Flags: [SE Style] (0x4)\n\t  Sender Template Object (11) Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 12\n\t    IPv4 Tunnel Sender Address: 10.0.0.1, LSP-ID: 0x0003\n\t  Sender TSpec Object (12) Flags: [reject if unknown], Class-Type: IntServ (2), length: 36\n\t    Msg-Version: 0, length: 28\n\t    Service Type: Controlled Load (5), break bit not set, Service length: 24\n\t      Parameter ID: Token Bucket TSpec (127), length: 20, Flags: [0x00]\n\t\tToken Bucket Rate: 10 Mbps\n\t\tToken Bucket Size: 1000 bytes\n\t\tPeak Data Rate: 20000 Mbps\n\t\tMinimum Policed Unit: 64 bytes\n\t\tMaximum Packet Size: 1500 bytes\n\t  RRO Object (21) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 20\n\t    Subobject Type: IPv4 prefix, length 8, Strict, 10.1.0.1/32, Flags: [Local protection available]\n\t    Subobject Type: Label, length 8, Flags: [Global] (0x1), Class-Type: IPv4 (1), 16\n",
            Link(1, "01005e00000d001122334455080045c000b012340000402e53230a0000010a000009110156ad4000009c001001070a000009000000110a000001000c03010a0100010000001100080501000075300014140101080a010002200081080a000009200000081301000008000010cf070707040874756e6e656c2d31000c0b070a0000010000000300240c0200000007050000067f00000549989680447a00004f1502f900000040000005dc0014150101080a01000120010308010100000010", Opt(v: 1)));
    }

    /// <summary>A Resv message with an error spec, a message ID and an unknown object (hex).</summary>
    [Fact]
    public void Rsvpresv()
    {
        Assert.Equal("IP 10.0.0.1 > 10.0.0.1: RSVPv1 Resv Message, length: 60\n",
            Link(1, "01005e00000d001122334455080045c0005012340000402e538b0a0000010a0000011102e3aa4000003c000c01010a000009110013880008080100000012000c06010a01000200180005000c170100000042000004d20008630101020304", Opt()));
    }

    /// <summary>A Resv message with an error spec, a message ID and an unknown object (hex).</summary>
    [Fact]
    public void RsvpresvV()
    {
        Assert.Equal("IP (tos 0xc0, ttl 64, id 4660, offset 0, flags [none], proto RSVP (46), length 80)\n    10.0.0.1 > 10.0.0.1: \n\tRSVPv1 Resv Message (2), Flags: [Refresh reduction capable], length: 60, ttl: 64, checksum: 0xe3aa\n\t  Session Object (1) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    IPv4 DestAddress: 10.0.0.9, Protocol ID: 0x11\n\t    Flags: [0x00], DestPort 5000\n\t  Style Object (8) Flags: [reject if unknown], Class-Type: 1 (1), length: 8\n\t    Reservation Style: Shared Explicit, Flags: [0x00]\n\t  Error Spec Object (6) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Error Node Address: 10.1.0.2, Flags: [0x00]\n\t    Error Code: Routing Problem (24), Error Value: No route available toward destination (5)\n\t  Message ID Object (23) Flags: [reject if unknown], Class-Type: 1 (1), length: 12\n\t    Flags [0x00], epoch: 66\n\t      Message-ID 0x000004d2 (1234)\n\t  Unknown Object (99) Flags: [reject if unknown], Class-Type: Unknown (1), length: 8\n\t    0x0000:  0102 0304\n",
            Link(1, "01005e00000d001122334455080045c0005012340000402e538b0a0000010a0000011102e3aa4000003c000c01010a000009110013880008080100000012000c06010a01000200180005000c170100000042000004d20008630101020304", Opt(v: 1)));
    }

    /// <summary>A Resv message with an error spec, a message ID and an unknown object (hex).</summary>
    [Fact]
    public void RsvpresvVv()
    {
        Assert.Equal("IP (tos 0xc0, ttl 64, id 4660, offset 0, flags [none], proto RSVP (46), length 80)\n    10.0.0.1 > 10.0.0.1: \n\tRSVPv1 Resv Message (2), Flags: [Refresh reduction capable], length: 60, ttl: 64, checksum: 0xe3aa\n\t  Session Object (1) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    IPv4 DestAddress: 10.0.0.9, Protocol ID: 0x11\n\t    Flags: [0x00], DestPort 5000\n\t    0x0000:  0a00 0009 1100 1388\n\t  Style Object (8) Flags: [reject if unknown], Class-Type: 1 (1), length: 8\n\t    Reservation Style: Shared Explicit, Flags: [0x00]\n\t    0x0000:  0000 0012\n\t  Error Spec Object (6) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Error Node Address: 10.1.0.2, Flags: [0x00]\n\t    Error Code: Routing Problem (24), Error Value: No route available toward destination (5)\n\t    0x0000:  0a01 0002 0018 0005\n\t  Message ID Object (23) Flags: [reject if unknown], Class-Type: 1 (1), length: 12\n\t    Flags [0x00], epoch: 66\n\t      Message-ID 0x000004d2 (1234)\n\t    0x0000:  0000 0042 0000 04d2\n\t  Unknown Object (99) Flags: [reject if unknown], Class-Type: Unknown (1), length: 8\n\t    0x0000:  0102 0304\n",
            Link(1, "01005e00000d001122334455080045c0005012340000402e538b0a0000010a0000011102e3aa4000003c000c01010a000009110013880008080100000012000c06010a01000200180005000c170100000042000004d20008630101020304", Opt(v: 2)));
    }

    /// <summary>A Path message cut inside an object: the object header, then the marker of rsvp.</summary>
    [Fact]
    public void Rsvptrunc()
    {
        Assert.Equal("IP 10.0.0.1 > 10.0.0.9: RSVPv1 Path Message, length: 156\n",
            Link(1, "01005e00000d001122334455080045c000b012340000402e53230a0000010a000009110156ad4000009c001001070a000009000000110a000001000c03010a0100010000001100080501", Opt(), wireLength: 190));
    }

    /// <summary>A Path message cut inside an object: the object header, then the marker of rsvp.</summary>
    [Fact]
    public void RsvptruncV()
    {
        Assert.Equal("IP (tos 0xc0, ttl 64, id 4660, offset 0, flags [none], proto RSVP (46), length 176)\n    10.0.0.1 > 10.0.0.9: \n\tRSVPv1 Path Message (1), Flags: [Refresh reduction capable], length: 156, ttl: 64, checksum: 0x56ad\n\t  Session Object (1) Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 16\n\t    IPv4 Tunnel EndPoint: 10.0.0.9, Tunnel ID: 0x0011, Extended Tunnel ID: 10.0.0.1\n\t  RSVP Hop Object (3) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n\t    Previous/Next Interface: 10.1.0.1, Logical Interface Handle: 0x00000011\n\t  Time Values Object (5) Flags: [reject if unknown], Class-Type: 1 (1), length: 8 [|rsvp]\n",
            Link(1, "01005e00000d001122334455080045c000b012340000402e53230a0000010a000009110156ad4000009c001001070a000009000000110a000001000c03010a0100010000001100080501", Opt(v: 1), wireLength: 190));
    }

    /// <summary>Cisco auto-RP mapping with a negative group prefix.</summary>
    [Fact]
    public void Autorp()
    {
        Assert.Equal("IP 10.0.0.1.496 > 224.0.1.40.496:  auto-rp mapping Hold 3m1s RP 10.0.0.3 PIMv1+2 224.0.0.0/4,!239.0.0.0/8\n",
            Link(1, "01005e00000d001122334455080045c00036123400001011ac9a0a000001e000012801f001f000220000120100b5000000000a00000303020004e00000000108ef000000", Opt()));
    }

    /// <summary>Cisco auto-RP mapping with a negative group prefix.</summary>
    [Fact]
    public void AutorpV()
    {
        Assert.Equal("IP (tos 0xc0, ttl 16, id 4660, offset 0, flags [none], proto UDP (17), length 54)\n    10.0.0.1.496 > 224.0.1.40.496:  auto-rp mapping Hold 3m1s RP 10.0.0.3 PIMv1+2 224.0.0.0/4,!239.0.0.0/8\n",
            Link(1, "01005e00000d001122334455080045c00036123400001011ac9a0a000001e000012801f001f000220000120100b5000000000a00000303020004e00000000108ef000000", Opt(v: 1)));
    }

    /// <summary>DVMRP probe with two neighbors.</summary>
    [Fact]
    public void Dvmrp()
    {
        Assert.Equal("IP 10.0.0.1 > 224.0.0.4: igmp dvmrp Probe\n",
            Link(1, "01005e00000d001122334455080045c00028123400000102bcdb0a000001e00000041301bebeff030903000012340a0000020a000003", Opt()));
    }

    /// <summary>DVMRP probe with two neighbors.</summary>
    [Fact]
    public void DvmrpV()
    {
        Assert.Equal("IP (tos 0xc0, ttl 1, id 4660, offset 0, flags [none], proto IGMP (2), length 40)\n    10.0.0.1 > 224.0.0.4: igmp dvmrp Probe genid 4660\n",
            Link(1, "01005e00000d001122334455080045c00028123400000102bcdb0a000001e00000041301bebeff030903000012340a0000020a000003", Opt(v: 1)));
    }

    /// <summary>DVMRP probe with two neighbors.</summary>
    [Fact]
    public void DvmrpVv()
    {
        Assert.Equal("IP (tos 0xc0, ttl 1, id 4660, offset 0, flags [none], proto IGMP (2), length 40)\n    10.0.0.1 > 224.0.0.4: igmp dvmrp Probe\n\tgenid 4660\n\tneighbor 10.0.0.2\n\tneighbor 10.0.0.3\n",
            Link(1, "01005e00000d001122334455080045c00028123400000102bcdb0a000001e00000041301bebeff030903000012340a0000020a000003", Opt(v: 2)));
    }
}
