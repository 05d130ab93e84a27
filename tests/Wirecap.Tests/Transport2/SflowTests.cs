using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Transport2;

/// <summary>
/// sFlow (print-sflow.c) against tcpdump 4.99.3: synthetic version 5 datagrams (IPv4 and IPv6 agents,
/// every sample and record kind, unknown ones, lengths that do not add up, cut short) written to a pcap
/// and printed with "tcpdump -t -n [-v|-vv]", whose output is the expected text here.
/// </summary>
public class SflowTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("00aabbccddee0011223344550800450001fc00010000401100000a0000010a0000029c4018c701e800000000000500000001c000020100000007000000640000138800000002000000020000015c00000009000000050000000700000001000000580000000300000006000000003b9aca000000000100000003000000000000007b00000001000000020000000300000004000000050000000600000000000001c80000000700000008000000090000000a0000000b0000000c00000002000000340000000100000002000000030000000400000005000000060000000700000008000000090000000a0000000b0000000c0000000d000000030000000000000004000000500000000100000000000000020000000300000000000000040000000500000006000000070000000800000009000000000000000a0000000b000000000000000c000000000000000d000000000000000e000000050000001c00000064000000000000000500000001000000020000000300000004000003e90000001c0000000a000000140000001e000000020000000000000001000000000000006300000004aabbccdd00000004000000580000000900000000000000050000000200100001000000040102030400000002000000340000000100000002000000030000000400000005000000060000000700000008000000090000000a0000000b0000000c0000000d", 522),
        ("00aabbccddee00112233445508004500012e00010000401100000a0000010a0000029c4018c7011a0000000000050000000220010db8000000000000000000000009000000070000006400001388000000020000000100000096000000030000000200000200000003e800000000000000040000000500000006000000010000001000000001000005dc00000004000000800000000200000018000005ea0000000000000000000000000000000000000800000003e9000000100000000a000000010000001400000002000000030000000800000000000000000000004d000000021122000050010000000400000000000000030000004400000003000000000000000200000200000003e8000000000000000000000004000000000000000500000001000003e9000000100000000a000000010000001400000002", 316),
        ("00aabbccddee00112233445508004500004600010000401100000a0000010a0000029c4018c7003200000000000500000001c0000201000000070000006400001388000000010000000900000006010203040506", 84),
        ("00aabbccddee00112233445508004500004200010000401100000a0000010a0000029c4018c7002e00000000000500000001c00002010000000700000064000013880000000100000000000000020102", 80),
        ("00aabbccddee00112233445508004500004000010000401100000a0000010a0000029c4018c7002c00000000000500000001c0000201000000070000006400001388000000010000000200000000", 78),
        ("00aabbccddee00112233445508004500004c00010000401100000a0000010a0000029c4018c7003800000000000500000001c0000201000000070000006400001388000000010000000200000190000000000000000000000000", 90),
        ("00aabbccddee00112233445508004500004800010000401100000a0000010a0000029c4018c7003400000000000500000001c00002010000000700000064000013880000000100000002000000080000000100000002", 86),
        ("00aabbccddee00112233445508004500006c00010000401100000a0000010a0000029c4018c7005800000000000500000001c000020100000007000000640000138800000001000000020000002c0000000100000002000000030000000200000001000000140000000000000000000000000000000000000000", 122),
        ("00aabbccddee00112233445508004500005c00010000401100000a0000010a0000029c4018c7004800000000000500000001c000020100000007000000640000138800000001000000020000001c00000001000000020000000300000001000000010000000400000000", 106),
        ("00aabbccddee00112233445508004500004800010000401100000a0000010a0000029c4018c7003400000000000500000001c00002010000000700000064000013880000000100000001000000080000000100000002", 86),
        ("00aabbccddee00112233445508004500007000010000401100000a0000010a0000029c4018c7005c00000000000500000001c0000201000000070000006400001388000000010000000100000030000000000000000000000000000000000000000000000000000000000000000100000001000000080000000000000000", 126),
        ("00aabbccddee00112233445508004500005300010000401100000a0000010a0000029c4018c7003f00000000000500000001c000020100000007000000640000138800000003000000020000001000000001000000020000000300000000000000", 97),
        ("00aabbccddee00112233445508004500003800010000401100000a0000010a0000029c4018c7002400000000000400000001c000020100000007000000640000138800000000", 70),
        ("00aabbccddee00112233445508004500002e00010000401100000a0000010a0000029c4018c7001a0000000000050000000100000000000000000000", 60),
        ("00aabbccddee00112233445508004500004200010000401100000a0000010a0000029c4018c7002e00000000000500000002000000000000000000000000000000000000000000000000000000000000", 80),
        ("00aabbccddee00112233445508004500003e00010000401100000a0000010a0000029c4018c7002a000000000005000000030000000000000000000000000000000000000000000000000000", 76),
        ("00aabbccddee00112233445508004500004c00010000401100000a0000010a0000029c4018c7003800000000000500000007c0000201000000070000006400001388000000010000000000000000000000000000000000000000", 90),
        ("00aabbccddee0011223344550800450001fc00010000401100000a0000010a0000029c4018c701e800000000000500000001", 522),
        ("00aabbccddee0011223344550800450001fc00010000401100000a0000010a0000029c4018c701e800000000000500000001c0000201000000070000", 522),
        ("00aabbccddee0011223344550800450001fc00010000401100000a0000010a0000029c4018c701e800000000000500000001c000020100000007000000640000138800000002", 522),
        ("00aabbccddee0011223344550800450001fc00010000401100000a0000010a0000029c4018c701e800000000000500000001c000020100000007000000640000138800000002000000020000015c0000", 522),
        ("00aabbccddee0011223344550800450001fc00010000401100000a0000010a0000029c4018c701e800000000000500000001c000020100000007000000640000138800000002000000020000015c00000009000000050000000700000001000000580000", 522),
        ("00aabbccddee0011223344550800450001fc00010000401100000a0000010a0000029c4018c701e800000000000500000001c000020100000007000000640000138800000002000000020000015c00000009000000050000000700000001000000580000000300000006000000003b9aca000000000100000003000000000000007b00000001000000020000", 522),
        ("00aabbccddee0011223344550800450001fc00010000401100000a0000010a0000029c4018c701e800000000000500000001c000020100000007000000640000138800000002000000020000015c00000009000000050000000700000001000000580000000300000006000000003b9aca000000000100000003000000000000007b00000001000000020000000300000004000000050000000600000000000001c80000000700000008000000090000000a0000000b0000000c0000000200000034000000010000", 522),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, length 480\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv6 agent 2001:db8::9, agent-id 7, length 274\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, length 42\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, length 38\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, length 36\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, length 48\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, length 44\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, length 80\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, length 64\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, length 44\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, length 84\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, length 55\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlow version 4 packet not supported\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5 [length 18 < 28] (invalid)\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5 [length 38 < 28] (invalid)\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv6 agent ::, agent-id 0, length 34\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv6 agent c000:201:0:7:0:64:0:1388, agent-id 1, length 48\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343:  [|sflow]\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343:  [|sflow]\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, length 480\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, length 480\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, length 480\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, length 480\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, length 480\n";

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 508, bad cksum 0 (->64ee)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 2, length 480\n"
        + "\tcounter sample (2), length 348, seqnum 9, type 0, idx 5, records 7\n"
        + "\t    enterprise 0, Generic counter (1) length 88\n"
        + "\t      ifindex 3, iftype 6, ifspeed 1000000000, ifdirection 1 (full-duplex)\n"
        + "\t      ifstatus 3, adminstatus: up, operstatus: up\n"
        + "\t      In octets 123, unicast pkts 1, multicast pkts 2, broadcast pkts 3, discards 4\n"
        + "\t      In errors 5, unknown protos 6\n"
        + "\t      Out octets 456, unicast pkts 7, multicast pkts 8, broadcast pkts 9, discards 10\n"
        + "\t      Out errors 11, promisc mode 12\n"
        + "\t    enterprise 0, Ethernet counter (2) length 52\n"
        + "\t      align errors 1, fcs errors 2, single collision 3, multiple collision 4, test error 5\n"
        + "\t      deferred 6, late collision 7, excessive collision 8, mac trans error 9\n"
        + "\t      carrier error 10, frames too long 11, mac receive errors 12, symbol errors 13\n"
        + "\t    enterprise 0, Token ring counter (3) length 0\n"
        + "\t    enterprise 0, 100 BaseVG counter (4) length 80\n"
        + "\t      in high prio frames 1, in high prio octets 2\n"
        + "\t      in norm prio frames 3, in norm prio octets 4\n"
        + "\t      in ipm errors 5, oversized 6, in data errors 7, null addressed frames 8\n"
        + "\t      out high prio frames 9, out high prio octets 10, trans into frames 11\n"
        + "\t      in hc high prio octets 12, in hc norm prio octets 13, out hc high prio octets 14\n"
        + "\t    enterprise 0, Vlan counter (5) length 28\n"
        + "\t      vlan_id 100, octets 5, unicast_pkt 1, multicast_pkt 2, broadcast_pkt 3, discards 4\n"
        + "\t    enterprise 0, Processor counter (1001) length 28\n"
        + "\t      5sec 10, 1min 20, 5min 30, total_mem 8589934592, total_mem 4294967296\n"
        + "\t    enterprise 0, Unknown (99) length 4\n"
        + "\t\t0x0000:  aabb ccdd\n"
        + "\texpanded counter sample (4), length 88, seqnum 9, type 0, idx 5, records 2\n"
        + "\t    enterprise 1, Unknown (1) length 4\n"
        + "\t    enterprise 0, Ethernet counter (2) length 52\n"
        + "\t      align errors 1, fcs errors 2, single collision 3, multiple collision 4, test error 5\n"
        + "\t      deferred 6, late collision 7, excessive collision 8, mac trans error 9\n"
        + "\t      carrier error 10, frames too long 11, mac receive errors 12, symbol errors 13\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 302, bad cksum 0 (->65bc)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv6 agent 2001:db8::9, agent-id 7, seqnum 100, uptime 5000, samples 2, length 274\n"
        + "\tflow sample (1), length 150, seqnum 3, type 0, idx 2, rate 512, pool 1000, drops 0, input 4 output 5 records 6\n"
        + "\t    enterprise 0 Raw packet (1) length 16\n"
        + "\t      protocol Ethernet (1), length 1500, stripped bytes 4, header_size 128\n"
        + "\t    enterprise 0 Ethernet frame (2) length 24\n"
        + "\t      frame len 1514, type 2048\n"
        + "\t    enterprise 0 Extended Switch data (1001) length 16\n"
        + "\t      src vlan 10, src pri 1, dst vlan 20, dst pri 2\n"
        + "\t    enterprise 0 IPv4 Data (3) length 8\n"
        + "\t    enterprise 0 Unknown (77) length 2\n"
        + "\t\t0x0000:  1122\n"
        + "\t    enterprise 5 Unknown (1) length 4\n"
        + "\texpanded flow sample (3), length 68, seqnum 3, type 0, idx 2, rate 512, pool 1000, drops 0, records 1\n"
        + "\t    enterprise 0 Extended Switch data (1001) length 16\n"
        + "\t      src vlan 10, src pri 1, dst vlan 20, dst pri 2\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 70, bad cksum 0 (->66a4)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 1, length 42\n"
        + "\tUnknown (9), length 6,\n"
        + "\t    0x0000:  0102 0304 0506\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 66, bad cksum 0 (->66a8)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 1, length 38\n"
        + "\tUnknown (0), length 2,\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 64, bad cksum 0 (->66aa)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 1, length 36\n"
        + "\tcounter sample (2), length 0,\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76, bad cksum 0 (->669e)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 1, length 48\n"
        + "\tcounter sample (2), length 400, (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72, bad cksum 0 (->66a2)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 1, length 44\n"
        + "\tcounter sample (2), length 8, (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 108, bad cksum 0 (->667e)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 1, length 80\n"
        + "\tcounter sample (2), length 44, seqnum 1, type 0, idx 2, records 3\n"
        + "\t    enterprise 0, Ethernet counter (2) length 1 (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 92, bad cksum 0 (->668e)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 1, length 64\n"
        + "\tcounter sample (2), length 28, seqnum 1, type 0, idx 2, records 3\n"
        + "\t    enterprise 0, Generic counter (1) length 1 (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72, bad cksum 0 (->66a2)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 1, length 44\n"
        + "\tflow sample (1), length 8, (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 112, bad cksum 0 (->667a)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 1, length 84\n"
        + "\tflow sample (1), length 48, seqnum 0, type 0, idx 0, rate 0, pool 0, drops 0, input 0 output 0 records 1\n"
        + "\t    enterprise 0 Raw packet (1) length 8 (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 83, bad cksum 0 (->6697)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 3, length 55\n"
        + "\tcounter sample (2), length 16, seqnum 1, type 0, idx 2, records 3 (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56, bad cksum 0 (->66b2)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlow version 4 packet not supported\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 46, bad cksum 0 (->66bc)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5 [length 18 < 28] (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 66, bad cksum 0 (->66a8)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5 [length 38 < 28] (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 62, bad cksum 0 (->66ac)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343:  [|sflow]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76, bad cksum 0 (->669e)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv6 agent c000:201:0:7:0:64:0:1388, agent-id 1, seqnum 0, uptime 0, samples 0, length 48\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 508, bad cksum 0 (->64ee)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343:  [|sflow]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 508, bad cksum 0 (->64ee)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343:  [|sflow]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 508, bad cksum 0 (->64ee)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 2, length 480 [|sflow]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 508, bad cksum 0 (->64ee)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 2, length 480\n"
        + "\tcounter sample (2), length 348, [|sflow]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 508, bad cksum 0 (->64ee)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 2, length 480\n"
        + "\tcounter sample (2), length 348, [|sflow]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 508, bad cksum 0 (->64ee)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 2, length 480\n"
        + "\tcounter sample (2), length 348, [|sflow]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 508, bad cksum 0 (->64ee)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 2, length 480\n"
        + "\tcounter sample (2), length 348, [|sflow]\n";

    [Fact]
    public void VeryVerbose() => Assert.Equal(ExpectedVeryVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2 }));

    private const string ExpectedVeryVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 508, bad cksum 0 (->64ee)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 2, length 480\n"
        + "\tcounter sample (2), length 348, seqnum 9, type 0, idx 5, records 7\n"
        + "\t    enterprise 0, Generic counter (1) length 88\n"
        + "\t      ifindex 3, iftype 6, ifspeed 1000000000, ifdirection 1 (full-duplex)\n"
        + "\t      ifstatus 3, adminstatus: up, operstatus: up\n"
        + "\t      In octets 123, unicast pkts 1, multicast pkts 2, broadcast pkts 3, discards 4\n"
        + "\t      In errors 5, unknown protos 6\n"
        + "\t      Out octets 456, unicast pkts 7, multicast pkts 8, broadcast pkts 9, discards 10\n"
        + "\t      Out errors 11, promisc mode 12\n"
        + "\t    enterprise 0, Ethernet counter (2) length 52\n"
        + "\t      align errors 1, fcs errors 2, single collision 3, multiple collision 4, test error 5\n"
        + "\t      deferred 6, late collision 7, excessive collision 8, mac trans error 9\n"
        + "\t      carrier error 10, frames too long 11, mac receive errors 12, symbol errors 13\n"
        + "\t    enterprise 0, Token ring counter (3) length 0\n"
        + "\t    enterprise 0, 100 BaseVG counter (4) length 80\n"
        + "\t      in high prio frames 1, in high prio octets 2\n"
        + "\t      in norm prio frames 3, in norm prio octets 4\n"
        + "\t      in ipm errors 5, oversized 6, in data errors 7, null addressed frames 8\n"
        + "\t      out high prio frames 9, out high prio octets 10, trans into frames 11\n"
        + "\t      in hc high prio octets 12, in hc norm prio octets 13, out hc high prio octets 14\n"
        + "\t    enterprise 0, Vlan counter (5) length 28\n"
        + "\t      vlan_id 100, octets 5, unicast_pkt 1, multicast_pkt 2, broadcast_pkt 3, discards 4\n"
        + "\t    enterprise 0, Processor counter (1001) length 28\n"
        + "\t      5sec 10, 1min 20, 5min 30, total_mem 8589934592, total_mem 4294967296\n"
        + "\t    enterprise 0, Unknown (99) length 4\n"
        + "\texpanded counter sample (4), length 88, seqnum 9, type 0, idx 5, records 2\n"
        + "\t    enterprise 1, Unknown (1) length 4\n"
        + "\t    enterprise 0, Ethernet counter (2) length 52\n"
        + "\t      align errors 1, fcs errors 2, single collision 3, multiple collision 4, test error 5\n"
        + "\t      deferred 6, late collision 7, excessive collision 8, mac trans error 9\n"
        + "\t      carrier error 10, frames too long 11, mac receive errors 12, symbol errors 13\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 302, bad cksum 0 (->65bc)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5, IPv6 agent 2001:db8::9, agent-id 7, seqnum 100, uptime 5000, samples 2, length 274\n"
        + "\tflow sample (1), length 150, seqnum 3, type 0, idx 2, rate 512, pool 1000, drops 0, input 4 output 5 records 6\n"
        + "\t    enterprise 0 Raw packet (1) length 16\n"
        + "\t      protocol Ethernet (1), length 1500, stripped bytes 4, header_size 128\n"
        + "\t    enterprise 0 Ethernet frame (2) length 24\n"
        + "\t      frame len 1514, type 2048\n"
        + "\t    enterprise 0 Extended Switch data (1001) length 16\n"
        + "\t      src vlan 10, src pri 1, dst vlan 20, dst pri 2\n"
        + "\t    enterprise 0 IPv4 Data (3) length 8\n"
        + "\t    enterprise 0 Unknown (77) length 2\n"
        + "\t    enterprise 5 Unknown (1) length 4\n"
        + "\texpanded flow sample (3), length 68, seqnum 3, type 0, idx 2, rate 512, pool 1000, drops 0, records 1\n"
        + "\t    enterprise 0 Extended Switch data (1001) length 16\n"
        + "\t      src vlan 10, src pri 1, dst vlan 20, dst pri 2\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 70, bad cksum 0 (->66a4)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 1, length 42\n"
        + "\tUnknown (9), length 6,\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 66, bad cksum 0 (->66a8)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 1, length 38\n"
        + "\tUnknown (0), length 2,\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 64, bad cksum 0 (->66aa)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 1, length 36\n"
        + "\tcounter sample (2), length 0,\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76, bad cksum 0 (->669e)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 1, length 48\n"
        + "\tcounter sample (2), length 400, (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72, bad cksum 0 (->66a2)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 1, length 44\n"
        + "\tcounter sample (2), length 8, (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 108, bad cksum 0 (->667e)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 1, length 80\n"
        + "\tcounter sample (2), length 44, seqnum 1, type 0, idx 2, records 3\n"
        + "\t    enterprise 0, Ethernet counter (2) length 1 (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 92, bad cksum 0 (->668e)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 1, length 64\n"
        + "\tcounter sample (2), length 28, seqnum 1, type 0, idx 2, records 3\n"
        + "\t    enterprise 0, Generic counter (1) length 1 (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72, bad cksum 0 (->66a2)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 1, length 44\n"
        + "\tflow sample (1), length 8, (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 112, bad cksum 0 (->667a)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 1, length 84\n"
        + "\tflow sample (1), length 48, seqnum 0, type 0, idx 0, rate 0, pool 0, drops 0, input 0 output 0 records 1\n"
        + "\t    enterprise 0 Raw packet (1) length 8 (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 83, bad cksum 0 (->6697)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 3, length 55\n"
        + "\tcounter sample (2), length 16, seqnum 1, type 0, idx 2, records 3 (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56, bad cksum 0 (->66b2)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlow version 4 packet not supported\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 46, bad cksum 0 (->66bc)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5 [length 18 < 28] (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 66, bad cksum 0 (->66a8)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5 [length 38 < 28] (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 62, bad cksum 0 (->66ac)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum]  [|sflow]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76, bad cksum 0 (->669e)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5, IPv6 agent c000:201:0:7:0:64:0:1388, agent-id 1, seqnum 0, uptime 0, samples 0, length 48\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 508, bad cksum 0 (->64ee)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum]  [|sflow]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 508, bad cksum 0 (->64ee)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum]  [|sflow]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 508, bad cksum 0 (->64ee)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 2, length 480 [|sflow]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 508, bad cksum 0 (->64ee)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 2, length 480\n"
        + "\tcounter sample (2), length 348, [|sflow]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 508, bad cksum 0 (->64ee)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 2, length 480\n"
        + "\tcounter sample (2), length 348, [|sflow]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 508, bad cksum 0 (->64ee)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 2, length 480\n"
        + "\tcounter sample (2), length 348, [|sflow]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 508, bad cksum 0 (->64ee)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6343: [no cksum] sFlowv5, IPv4 agent 192.0.2.1, agent-id 7, seqnum 100, uptime 5000, samples 2, length 480\n"
        + "\tcounter sample (2), length 348, [|sflow]\n";

}
