using System.Text;
using Wirecap.Files;
using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Bgp;

/// <summary>
/// The BGP printer (port 179) against tcpdump 4.99.3: the frames were written to a pcap and printed
/// with "tcpdump -t -n [-v]"; the expected texts are its output. They cover OPEN with capabilities,
/// NOTIFICATION with a shutdown communication, ROUTE-REFRESH, an unknown message, UPDATE with the
/// common attributes, ATTR_SET, multicast VPN NLRI (cut at tcpdump's 163-character buffer), L2VPN,
/// several messages in one segment with junk between them, a message longer than the capture, and
/// two snapped frames.
/// </summary>
public class BgpTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("0011223344550066778899aa0800450000ad00010000400600000a0000010a00000200b39c4000000001000000015018400000000000ffffffffffffffffffffffffffffffff008501045ba0005ac000020168025f0104000100010104000200800102000102008000460047004104fa56ea01400a807800010180000280004508000101030002010745030001014500080800010402000204050305000100010005060001000100029902abcd400100410200000102aabb070100", 187),
        ("0011223344550066778899aa08004500004600010000400600000a0000010a00000200b39c4000000001000000015018400000000000ffffffffffffffffffffffffffffffff001e0306020568656c6c6f010203", 84),
        ("0011223344550066778899aa08004500003f00010000400600000a0000010a00000200b39c4000000001000000015018400000000000ffffffffffffffffffffffffffffffff00170500010001", 77),
        ("0011223344550066778899aa08004500003e00010000400600000a0000010a00000200b39c4000000001000000015018400000000000ffffffffffffffffffffffffffffffff001609010203", 76),
        ("0011223344550066778899aa08004500025900010000400600000a0000010a00000200b39c4000000001000000015018400000000000ffffffffffffffffffffffffffffffff0231020005100a01080b02064001010040010105400102000040021202020001000201010003030100040401000540020602010001000240020402010001400200c0110a020200000001fa56ea01400204070100014003040a01010140030101800404000000104005040000006440060040060101c00706001001020304c00708fa56ea0001020304c0070101c012080001117005060708c0120100c00814ffffff01ffffff02ffffff030001000200030004c0080201028009040101010180090101800a080101010102020202800a0101c010b8000200010203040501020001020304050202000102030405000300010203040501030001020304050203000102030405400400010203040500050001020304050105000102030405800500010203040503060001020304058000000102030405030c00010203040501070001020304058001000102030405800a00010203040588000001020304050009000102030405010b000102030405000a000102030405f10a0001020304051234000102030405c000000102030405c01030400400007f800000400400007fc00000400400004a123456030600000000050103060000000007000306000000006300c0100100c02018000000010000000200000003000000010000000200000003c020050000000000c02000c01a1001000b00000b3a73ce2ff2020005aabbc01a05010005aabbc06303010203cf0b0101000c00180a0102200a010203001c0a0102f0", 615),
        ("0011223344550066778899aa08004500007000010000400600000a0000010a00000200b39c4000000001000000015018400000000000ffffffffffffffffffffffffffffffff00480200000031c080210000fde940010100400204020100054005040000002c8080080000000140010101c080050000fde940c080020000", 126),
        ("0011223344550066778899aa0800450000fd00010000400600000a0000010a00000200b39c4000000001000000015018400000000000ffffffffffffffffffffffffffffffff00d502000000be900e00ba000105040101010100010c0000fde8000000640102030401180000fde800000064202122232425262728292a2b2c2d2e2f020c0000fde8000000640001117003160000fde800000064200505050520060606060707070705120000fde8000000642005050505200606060606160000fde8000000640000fde820050505052006060606072e0000fde8000000640000fde880202122232425262728292a2b2c2d2e2f80202122232425262728292a2b2c2d2e2f04030102030900", 267),
        ("0011223344550066778899aa08004500005000010000400600000a0000010a00000200b39c4000000001000000015018400000000000ffffffffffffffffffffffffffffffff00280200000011900e000d000380080000fde80000006400", 94),
        ("0011223344550066778899aa08004500009900010000400600000a0000010a00000200b39c4000000001000000015018400000000000ffffffffffffffffffffffffffffffff0071020000005a900e005600c480040101010100000c0000fde800000064090909090018000101020304000700050001000101010010abcd070008ee00140000fde80000006400050001000101010040ab000e0000000000000000000000000000", 167),
        ("0011223344550066778899aa0800450000ed00010000400600000a0000010a00000200b39c40000000010000000150184000000000000102ffffffffffffffffffffffffffffffff008501045ba0005ac000020168025f0104000100010104000200800102000102008000460047004104fa56ea01400a807800010180000280004508000101030002010745030001014500080800010402000204050305000100010005060001000100029902abcd400100410200000102aabb070100ffff00ffffffffffffffffffffffffffffffff0015030001ffffffffffffffffffffffffffffffff001304ffffffffffffffffffffffffffffffff000504", 251),
        ("0011223344550066778899aa08004500005200010000400600000a0000010a00000200b39c4000000001000000015018400000000000ffffffffffffffffffffffffffffffff0015030003ffffffffffffffffffffffffffffffff0015030004", 96),
        ("0011223344550066778899aa08004500025900010000400600000a0000010a00000200b39c4000000001000000015018400000000000ffffffffffffffffffffffffffffffff0231020005100a01080b02064001010040010105400102000040021202020001000201010003030100040401000540020602010001000240020402010001400200c0110a020200000001fa56ea01400204070100014003040a01010140030101800404000000104005040000006440060040060101c00706001001020304c00708fa", 615),
        ("0011223344550066778899aa0800450000ad00010000400600000a0000010a00000200b39c4000000001000000015018400000000000ffffffffffffffffffffffffffffffff008501045ba0005ac000020168025f0104000100010104000200800102000102008000460047004104fa56ea01400a807800", 187),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedDefault = """
IP 10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], seq 1:134, ack 1, win 16384, length 133: BGP
IP 10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], seq 0:30, ack 1, win 16384, length 30: BGP
IP 10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], seq 0:23, ack 1, win 16384, length 23: BGP
IP 10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], seq 0:22, ack 1, win 16384, length 22: BGP
IP 10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], seq 0:561, ack 1, win 16384, length 561: BGP
IP 10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], seq 0:72, ack 1, win 16384, length 72: BGP
IP 10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], seq 0:213, ack 1, win 16384, length 213: BGP
IP 10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], seq 0:40, ack 1, win 16384, length 40: BGP
IP 10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], seq 0:113, ack 1, win 16384, length 113: BGP
IP 10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], seq 0:197, ack 1, win 16384, length 197: BGP
IP 10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], seq 0:42, ack 1, win 16384, length 42: BGP
IP 10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], seq 0:561, ack 1, win 16384, length 561: BGP
IP 10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], seq 0:133, ack 1, win 16384, length 133: BGP

""";

    private const string ExpectedVerbose = """
IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 173, bad cksum 0 (->6648)!)
    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], cksum 0x0000 (incorrect -> 0xa35c), seq 1:134, ack 1, win 16384, length 133: BGP
	Open Message (1), length: 133
	  Version 4, my AS 23456, Holdtime 90s, ID 192.0.2.1
	  Optional parameters, length: 104
	    Option Capabilities Advertisement (2), length: 95
	      Multiprotocol Extensions (1), length: 4
		AFI IPv4 (1), SAFI Unicast (1)
	      Multiprotocol Extensions (1), length: 4
		AFI IPv6 (2), SAFI labeled VPN Unicast (128)
	      Multiprotocol Extensions (1), length: 2 (too short, < 4)
	    Option Authentication Information (1), length: 2
	      no decoder for option 1
	    Option Unknown (7), length: 1
	      no decoder for option 7
IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 70, bad cksum 0 (->66af)!)
    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], cksum 0x0000 (incorrect -> 0x73b7), seq 0:30, ack 1, win 16384, length 30: BGP
	Notification Message (3), length: 30, Cease (6), subcode Administrative Shutdown (2), Shutdown Communication (length: 5): "hello", Data: (length: 3)
		0x0000:  0102 03
IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 63, bad cksum 0 (->66b6)!)
    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], cksum 0x0000 (incorrect -> 0xb7a6), seq 0:23, ack 1, win 16384, length 23: BGP
	Route Refresh Message (5), length: 23
	  AFI IPv4 (1), SAFI Unicast (1)
IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 62, bad cksum 0 (->66b7)!)
    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], cksum 0x0000 (incorrect -> 0xb3a4), seq 0:22, ack 1, win 16384, length 22: BGP
	Unknown Message (9), length: 22
	  no Message 9 decoder
	  0x0000:  ffff ffff ffff ffff ffff ffff ffff ffff
	  0x0010:  0016 0901 0203
IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 601, bad cksum 0 (->649c)!)
    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], cksum 0x0000 (incorrect -> 0x0eb2), seq 0:561, ack 1, win 16384, length 561: BGP
	Update Message (2), length: 561
	  Withdrawn routes:
	    10.1.0.0/16
	    11.0.0.0/8
	  Origin (1), length: 1, Flags [T]: IGP
	  Origin (1), length: 1, Flags [T]: Unknown Origin Typecode
	  Origin (1), length: 2, Flags [T]: invalid len
	  AS Path (2), length: 18, Flags [T]: 1 2 { 3 }( 4 )({ 5 })
	  AS Path (2), length: 6, Flags [T]: 65538 
	  AS Path (2), length: 4, Flags [T]: 1 
	  AS Path (2), length: 0, Flags [T]: empty
	  AS4 Path (17), length: 10, Flags [OT]: 1 4200000001 
	  AS Path (2), length: 4, Flags [T]: ?81923 ?
	  Next Hop (3), length: 4, Flags [T]: 10.1.1.1
	  Next Hop (3), length: 1, Flags [T]: invalid len
	  Multi Exit Discriminator (4), length: 4, Flags [O]: 16
	  Local Preference (5), length: 4, Flags [T]: 100
	  Atomic Aggregate (6), length: 0, Flags [T]: 
	  Atomic Aggregate (6), length: 1, Flags [T]: invalid len
	  Aggregator (7), length: 6, Flags [OT]:  AS #16, origin 1.2.3.4
	  Aggregator (7), length: 8, Flags [OT]:  AS #4200000000, origin 1.2.3.4
	  Aggregator (7), length: 1, Flags [OT]: invalid len
	  Aggregator4 (18), length: 8, Flags [OT]:  AS #70000, origin 5.6.7.8
	  Aggregator4 (18), length: 1, Flags [OT]: invalid len
	  Community (8), length: 20, Flags [OT]:  NO_EXPORT NO_ADVERTISE NO_EXPORT_SUBCONFED1:2, 3:4
	  Community (8), length: 2, Flags [OT]: invalid len
	  Originator ID (9), length: 4, Flags [O]: 1.1.1.1
	  Originator ID (9), length: 1, Flags [O]: invalid len
	  Cluster List (10), length: 8, Flags [O]: 1.1.1.1, 2.2.2.2
	  Cluster List (10), length: 1, Flags [O]: invalid len
	  Extended Community (16), length: 184, Flags [OT]: 
	    target (0x0002), Flags [none]: 1:33752069 (= 2.3.4.5)
	    target (0x0102), Flags [none]: 0.1.2.3:1029
	    target (0x0202), Flags [none]: 66051:1029
	    origin (0x0003), Flags [none]: 1:33752069 (= 2.3.4.5)
	    origin (0x0103), Flags [none]: 0.1.2.3:1029
	    origin (0x0203), Flags [none]: 66051:1029
	    link-BW (0x4004), Flags [non-transitive]: bandwidth: 0.000 Mbps
	    ospf-domain (0x0005), Flags [none]: 0.1.2.3
	    ospf-domain (0x0105), Flags [none]: 0.1.2.3
	    ospf-domain (0x8005), Flags [vendor-specific]: 0.1.2.3
	    ospf-route-type (0x0306), Flags [none]: area:0.1.2.3, router-type:unknown (0x04), metric-type:E2
	    ospf-route-type (0x8000), Flags [vendor-specific]: area:0.1.2.3, router-type:unknown (0x04), metric-type:E2
	    encapsulation (0x030c), Flags [none]: Tunnel type: unknown encaps
	    ospf-router-id (0x0107), Flags [none]: 0.1.2.3
	    ospf-router-id (0x8001), Flags [vendor-specific]: 0.1.2.3
	    layer2-info (0x800a), Flags [vendor-specific]: Reserved Control Flags [0x01]:MTU 515
	    eigrp-general-route (flag, tag) (0x8800), Flags [vendor-specific]: 000102030405
	    source-AS (0x0009), Flags [none]: AS 1
	    vrf-route-import (0x010b), Flags [none]: 0.1.2.3:1029
	    l2vpn-id (0x000a), Flags [none]: 1:33752069 (= 2.3.4.5)
	    l2vpn-id (0xf10a), Flags [vendor-specific, non-transitive]: 0.1.2.3:1029
	    unknown extd community typecode (0x1234), Flags [none]: 000102030405
	    unknown extd community typecode (0xc000), Flags [vendor-specific, non-transitive]: 000102030405
	  Extended Community (16), length: 48, Flags [OT]: 
	    link-BW (0x4004), Flags [non-transitive]: bandwidth: inf Mbps
	    link-BW (0x4004), Flags [non-transitive]: bandwidth: nan Mbps
	    link-BW (0x4004), Flags [non-transitive]: bandwidth: 19.163 Mbps
	    ospf-route-type (0x0306), Flags [none]: area:0.0.0.0, router-type:External, metric-type:E2E1
	    ospf-route-type (0x0306), Flags [none]: area:0.0.0.0, router-type:NSSA External, metric-type:E1
	    ospf-route-type (0x0306), Flags [none]: area:0.0.0.0, router-type:unknown (0x63), metric-type:
	  Extended Community (16), length: 1, Flags [OT]: invalid len
	  Large Community (32), length: 24, Flags [OT]: 
	    1:2:3, 1:2:3
	  Large Community (32), length: 5, Flags [OT]: invalid len
	  Large Community (32), length: 0, Flags [OT]: invalid len
	  Accumulated IGP Metric (26), length: 16, Flags [OT]: 
	    AIGP TLV (1), length 11, metric 12345678901234
	    Unknown TLV (2), length 5
	      0x0000:  aabb
	  Accumulated IGP Metric (26), length: 5, Flags [OT]: 
	    AIGP TLV (1), length 5 [|bgp]
IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 112, bad cksum 0 (->6685)!)
    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], cksum 0x0000 (incorrect -> 0xb0cf), seq 0:72, ack 1, win 16384, length 72: BGP
	Update Message (2), length: 72
	  Attribute Set (128), length: 33, Flags [OT]: 
	    Origin AS: 65001
	      Origin (1), length: 1, Flags [T]: IGP
	      AS Path (2), length: 4, Flags [T]: 5 
	      Local Preference (5), length: 4, Flags [T]: 44
	      Attribute Set (128), length: 8, Flags [O]: 
	    Origin AS: 1
	      Origin (1), length: 1, Flags [T]: EGP
	  Attribute Set (128), length: 5, Flags [OT]: 
	    Origin AS: 65001 [path attr too short]
	  Attribute Set (128), length: 2, Flags [OT]:  [|bgp]
IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 253, bad cksum 0 (->65f8)!)
    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], cksum 0x0000 (incorrect -> 0x2197), seq 0:213, ack 1, win 16384, length 213: BGP
	Update Message (2), length: 213
	  Multi-Protocol Reach NLRI (14), length: 186, Flags [OE]: 
	    AFI: IPv4 (1), SAFI: Multicast VPN (5)
	    nexthop: 1.1.1.1, nh-length: 4, no SNPA
	      Route-Type: Intra-AS I-PMSI (1), length: 12, RD: 65000:100 (= 0.0.0.100), Originator 1.2.3.4
	      Route-Type: Intra-AS I-PMSI (1), length: 24, RD: 65000:100 (= 0.0.0.100), Originator 2021:2223:2425:2627:2829:2a2b:2c2d:2e2f
	      Route-Type: Inter-AS I-PMSI (2), length: 12, RD: 65000:100 (= 0.0.0.100), Source-AS 70000
	      Route-Type: S-PMSI (3), length: 22, RD: 65000:100 (= 0.0.0.100), Source 5.5.5.5, Group 6.6.6.6, Originator bogus address length 96
	      Route-Type: Source-Active (5), length: 18, RD: 65000:100 (= 0.0.0.100), Source 5.5.5.5, Group 6.6.6.6
	      Route-Type: Shared Tree Join (6), length: 22, RD: 65000:100 (= 0.0.0.100), Source-AS 65000, Source 5.5.5.5, Group 6.6.6.6
	      Route-Type: Source Tree Join (7), length: 46, RD: 65000:100 (= 0.0.0.100), Source-AS 65000, Source 2021:2223:2425:2627:2829:2a2b:2c2d:2e2f, Group 2021:2223:2425:26
	      Route-Type: Intra-AS Segment-Leaf (4), length: 3
	      Route-Type: Unknown (9), length: 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 80, bad cksum 0 (->66a5)!)
    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], cksum 0x0000 (incorrect -> 0x3776), seq 0:40, ack 1, win 16384, length 40: BGP
	Update Message (2), length: 40
	  Multi-Protocol Reach NLRI (14), length: 13, Flags [OE]: 
	    AFI: NSAP (3), SAFI: labeled VPN Unicast (128)
	    nexthop: invalid len, nh-length: 8, no SNPA
IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 153, bad cksum 0 (->665c)!)
    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], cksum 0x0000 (incorrect -> 0xa8d0), seq 0:113, ack 1, win 16384, length 113: BGP
	Update Message (2), length: 113
	  Multi-Protocol Reach NLRI (14), length: 86, Flags [OE]: 
	    AFI: Layer-2 VPN (196), SAFI: labeled VPN Unicast (128)
	    nexthop: 1.1.1.1, nh-length: 4, no SNPA
	      RD: 65000:100 (= 0.0.0.100), BGPNH: 9.9.9.9
	      RD: 1.2.3.4:7, CE-ID: 5, Label-Block Offset: 1, Label Base 16
		circuit status vector (1) length: 16: 0xabcd
		unknown TLV #7, length: 8
		unknown TLV #238, length
	      RD: 65000:100 (= 0.0.0.100), CE-ID: 5, Label-Block Offset: 1, Label Base 16
		circuit status vector (1) length: 64: 0xab000e0000 (ran past the end) [|bgp]
IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 237, bad cksum 0 (->6608)!)
    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], cksum 0x0000 (incorrect -> 0x86fc), seq 0:197, ack 1, win 16384, length 197: BGP [|bgp]
	Open Message (1), length: 133
	  Version 4, my AS 23456, Holdtime 90s, ID 192.0.2.1
	  Optional parameters, length: 104
	    Option Capabilities Advertisement (2), length: 95
	      Multiprotocol Extensions (1), length: 4
		AFI IPv4 (1), SAFI Unicast (1)
	      Multiprotocol Extensions (1), length: 4
		AFI IPv6 (2), SAFI labeled VPN Unicast (128)
	      Multiprotocol Extensions (1), length: 2 (too short, < 4)
	    Option Authentication Information (1), length: 2
	      no decoder for option 1
	    Option Unknown (7), length: 1
	      no decoder for option 7 [|bgp]
	Notification Message (3), length: 21, Unknown Error (0)
	Keepalive Message (4), length: 19
message length 5 < 19 (invalid)
IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 82, bad cksum 0 (->66a3)!)
    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], cksum 0x0000 (incorrect -> 0xa38e), seq 0:42, ack 1, win 16384, length 42: BGP
	Notification Message (3), length: 21, Unknown Error (0)
	Notification Message (3), length: 21, Unknown Error (0)
IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 601, bad cksum 0 (->649c)!)
    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], seq 0:561, ack 1, win 16384, length 561: BGP
[|BGP Update]
IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 173, bad cksum 0 (->6648)!)
    10.0.0.1.179 > 10.0.0.2.40000: Flags [P.], seq 0:133, ack 1, win 16384, length 133: BGP
[|BGP Open]

""";
}
