using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.OpenFlow;

/// <summary>
/// OpenFlow 1.0 and 1.3 (print-openflow*.c) against tcpdump 4.99.3: synthetic Ethernet/IPv4/TCP
/// frames to port 6653 (every decoded message type, bogus lengths and bits, unknown versions
/// and types, several messages in one segment with the last one running past it, frames cut
/// short inside a message, a PACKET_IN frame decoded at -vvv), written to a pcap and printed with
/// "tcpdump -t -n [-v...]", whose output is the expected text here.
/// </summary>
public class OpenFlowTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("00000000000200000000000108004500003000014000400626c50a0000010a0000029c4019fd000000010000000150180200e27900000100000800000001", 62),
        ("00000000000200000000000108004500003400014000400626c10a0000010a0000029c4019fd000000010000000150180200039f00000102000c0000000170696e67", 66),
        ("000000000002000000000001080045000078000140004006267d0a0000010a0000029c4019fd000000010000000150180200830200000106005000000001000000000000123400000100020000000000008f00000fff00010a0b0c0d0e0f657468310000000000000000000000000000001100000201000002a0000002a000002fff00001000", 134),
        ("00000000000200000000000108004500003400014000400626c10a0000010a0000029c4019fd000000010000000150180200e1e700000109000c0000000100010080", 66),
        ("0000000000020000000000010800450000d000014000400626250a0000010a0000029c4019fd000000010000000150180200bd560000010e00a80000000100300880000300112233445566554433221100640000080000010000c0a801000a00000100080000000000000000dead0000000a00000064ffffffff0000000100000008fffd0080000100081388000000040010aabbccddeeff000000000000ffff0018005c16c700000001000000078100200501000000000b00100002000000000000ffffffff000200100000000000000000000000000077000800000000", 222),
        ("00000000000200000000000108004500007000014000400626850a0000010a0000029c4019fd000000010000000150180200e1a40000010e004800000001003fffff0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000300000000000000000000fffb0009", 126),
        ("00000000000200000000000108004500004600014000400626af0a0000010a0000029c4019fd000000010000000150180200e2000000010a001e00000001ffffffff003c00070000000000000000000000000000", 84),
        ("000000000002000000000001080045000068000140004006268d0a0000010a0000029c4019fd000000010000000150180200a6de0000010c004000000001020000000000000000010a0b0c0d0e0f657468310000000000000000000000000000001100000201000002a0000002a000002fff00001000", 118),
        ("00000000000200000000000108004500006000014000400626950a0000010a0000029c4019fd000000010000000150180200d30a000001100038000000010001000000300880000300112233445566554433221100640000080000010000c0a801000a00000100080000ff00ffff", 110),
        ("00000000000200000000000108004500003c00014000400626b90a0000010a0000029c4019fd000000010000000150180200e24900000110001400000001000500000002000000000001", 74),
        ("00000000000200000000000108004500004c00014000400626a90a0000010a0000029c4019fd000000010000000150180200da500000011100240000000100020001000000000000000a00000000000007d00000000300000000", 90),
        ("00000000000200000000000108004500003c00014000400626b90a0000010a0000029c4019fd00000001000000015018020050c300000101001400000001000300056162636465666768", 74),
        ("00000000000200000000000108004500003400014000400626c10a0000010a0000029c4019fd000000010000000150180200e26200000101000c0000000100090005", 66),
        ("00000000000200000000000108004500004400014000400626b10a0000010a0000029c4019fd000000010000000150180200625c00000104001c00000001005c16c7000000060000000073686f7720766572", 82),
        ("00000000000200000000000108004500003800014000400626bd0a0000010a0000029c4019fd000000010000000150180200bf3f000001040010000000010000232000000006", 70),
        ("000000000002000000000001080045000068000140004006268d0a0000010a0000029c4019fd000000010000000150180200d8d00000011500400000000100010000000000000000000700280000000100100000000000fa0000000000000000000800000000000100100000000007d0000000000000", 118),
        ("00000000000200000000000108004500004e00014000400626a70a0000010a0000029c4019fd000000010000000150180200e0a30000010d00260000000100000100fffe000800000008fffd00800000000000000000000000000000", 92),
        ("00000000000200000000000108004500008000014000400626750a0000010a0000029c4019fd000000010000000150180200dbc60000010b005800000001003fffff0000000000000000000000000000000000000000000000000000000000000000000000000000000000000005000a010000000003000001f400000000000000000000000700000000000002bc", 142),
        ("00000000000200000000000108004500004800014000400626ad0a0000010a0000029c4019fd0000000100000001501802003ded0000010f00200000000100040a0b0c0d0e0f00000001800000010000002000000000", 86),
        ("00000000000200000000000108004500003000014000400626c50a0000010a0000029c4019fd000000010000000150180200e26d00000108000c00000001", 62),
        ("00000000000200000000000108004500003300014000400626c20a0000010a0000029c4019fd000000010000000150180200efc900000130000b0000000178797a", 65),
        ("00000000000200000000000108004500003000014000400626c50a0000010a0000029c4019fd000000010000000150180200da7900000900000800000001", 62),
        ("00000000000200000000000108004500003000014000400626c50a0000010a0000029c4019fd000000010000000150180200e27d00000100000400000001", 62),
        ("00000000000200000000000108004500003800014000400626bd0a0000010a0000029c4019fd000000010000000150180200df4e000004000010000000010001000800000012", 70),
        ("00000000000200000000000108004500003c00014000400626b90a0000010a0000029c4019fd000000010000000150180200df44000004000014000000010001000c0000001000000000", 74),
        ("00000000000200000000000108004500003800014000400626bd0a0000010a0000029c4019fd00000001000000015018020006a300000401001000000001ffff000364617461", 70),
        ("00000000000200000000000108004500003400014000400626c10a0000010a0000029c4019fd000000010000000150180200df6500000401000c0000000100050006", 66),
        ("00000000000200000000000108004500003a00014000400626bb0a0000010a0000029c4019fd00000001000000015018020067dc00000404001200000001ff000002000000097879", 72),
        ("00000000000200000000000108004500004800014000400626ad0a0000010a0000029c4019fd000000010000000150180200d536000004060020000000010000000000000abc00000000fe0100000000014f00000000", 86),
        ("00000000000200000000000108004500003400014000400626c10a0000010a0000029c4019fd000000010000000150180200df8000000409000c000000010002ffe5", 66),
        ("000000000002000000000001080045000078000140004006267d0a0000010a0000029c4019fd000000010000000150180200e84d0000040c0050000000010100000000000000fffffffe000000000a0b0c0d0e0f000062723000000000000000000000000000000000410000000400000840000008400000ffff000100000098968000989680", 134),
        ("00000000000200000000000108004500005000014000400626a50a0000010a0000029c4019fd000000010000000150180200ba5c0000041000280000000100000005000000000a0b0c0d0e0f000000000001000000800000002000000000", 94),
        ("00000000000200000000000108004500003800014000400626bd0a0000010a0000029c4019fd000000010000000150180200e15400000411001000000001fe00000000000003", 70),
        ("00000000000200000000000108004500004000014000400626b50a0000010a0000029c4019fd000000010000000150180200deea0000041800180000000100000002000000000000000000000055", 78),
        ("00000000000200000000000108004500004800014000400626ad0a0000010a0000029c4019fd000000010000000150180200de1b0000041c0020000000010000000300000008000000070000000100000000000000ff", 86),
        ("00000000000200000000000108004500003800014000400626bd0a0000010a0000029c4019fd000000010000000150180200df5500000416001000000001fffffffd00000000", 70),
        ("00000000000200000000000108004500003800014000400626bd0a0000010a0000029c4019fd0000000100000001501802004dc2000004120010000000016162636465666768", 70),
        ("00000000000200000000000108004500003000014000400626c50a0000010a0000029c4019fd000000010000000150180200df5100000428000800000001", 62),
        ("00000000000200000000000108004500004400014000400626b10a0000010a0000029c4019fd0000000100000001501802001b59000001000008000000010112000800000001010200280000000161626364", 82),
        ("00000000000200000000000108004500003a00014000400626bb0a0000010a0000029c4019fd000000010000000150180200d74b0000041400080000000104020008000000010405", 72),
        ("00000000000200000000000108004500003100014000400626c40a0000010a0000029c4019fd000000010000000150180200e1730000010500080000000101", 63),
        ("0000000000020000000000010800450000d000014000400626250a0000010a0000029c4019fd000000010000000150180200bd560000010e00a80000000100300880000300112233445566554433221100640000080000010000c0a801000a00000100080000000000000000dead0000000a", 222),
        ("000000000002000000000001080045000078000140004006267d0a0000010a0000029c4019fd000000010000000150180200830200000106005000000001000000000000123400000100020000000000008f0000", 134),
        ("000000000002000000000001080045000068000140004006268d0a0000010a0000029c4019fd000000010000000150180200a6de0000010c004000000001020000000000000000010a0b", 118),
        ("000000000002000000000001080045000078000140004006267d0a0000010a0000029c4019fd000000010000000150180200e84d0000040c0050000000010100000000000000fffffffe000000000a0b0c0d0e0f0000627230000000000000000000000000000000", 134),
        ("00000000000200000000000108004500004400014000400626b10a0000010a0000029c4019fd000000010000000150180200625c00000104001c00000001005c16c7000000060000000073686f7720", 82),
        ("000000000002000000000001080045000068000140004006268d0a0000010a0000029c4019fd000000010000000150180200d8d00000011500400000000100010000000000000000000700280000000100100000000000fa0000000000000000000800000000000100100000", 118),
        ("00000000000200000000000108004500006400014000400626910a0000010a0000029c4019fd00000001000000015018020049660000010a003c0000000100000010002a00010100ffffffffffff00000000000308060001080006040001000000000003c0a80001000000000000c0a80002", 114),
    ];

    private static string Print(int verbose) =>
        InProcessPrint.HexFrames(Frames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = verbose });

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(0));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(1));

    [Fact]
    public void VeryVerbose() => Assert.Equal(ExpectedVeryVerbose, Print(2));

    [Fact]
    public void FrameDecoding() => Assert.Equal(ExpectedFrameDecoding, Print(3));

    /// <summary>
    /// A PACKET_IN whose frame is cut short inside ARP: tcpdump's truncation jump skips restoring
    /// the three -v it took away for the frame, so the next packet prints without -v at all.
    /// </summary>
    [Fact]
    public void TruncatedFrameLowersVerbosityForLaterPackets()
    {
        (string, int)[] frames =
        [
            ("00000000000200000000000108004500006400014000400626910a0000010a0000029c4019fd00000001000000015018020049660000010a003c0000000100000010002a00010100ffffffffffff00000000000308060001080006040001000000000003c0a80001", 114),
            ("00000000000200000000000108004500006400014000400626910a0000010a0000029c4019fd00000001000000015018020049660000010a003c0000000100000010002a00010100ffffffffffff00000000000308060001080006040001000000000003c0a80001000000000000c0a80002", 114),
        ];
        const string expected =
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 100)\n"
            + "    10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 1:61, ack 1, win 512, length 60: OpenFlow\n"
            + "\tversion 1.0, type PACKET_IN, length 60, xid 0x00000001\n"
            + "\t buffer_id 0x00000010, total_len 42, in_port 1, reason ACTION\n"
            + "\t data (42 octets), frame decoding below\n"
            + " [|arp]\n"
            + "IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:60, ack 1, win 512, length 60: OpenFlow\n"
            + "\tversion 1.0, type PACKET_IN, length 60, xid 0x00000001\n";
        Assert.Equal(expected, InProcessPrint.HexFrames(frames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 3 }));
    }

    private const string ExpectedDefault =
        """
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 1:9, ack 1, win 512, length 8: OpenFlow
        	version 1.0, type HELLO, length 8, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.0, type ECHO_REQUEST, length 12, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:80, ack 1, win 512, length 80: OpenFlow
        	version 1.0, type FEATURES_REPLY, length 80, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.0, type SET_CONFIG, length 12, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:168, ack 1, win 512, length 168: OpenFlow
        	version 1.0, type FLOW_MOD, length 168, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:72, ack 1, win 512, length 72: OpenFlow
        	version 1.0, type FLOW_MOD, length 72, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:30, ack 1, win 512, length 30: OpenFlow
        	version 1.0, type PACKET_IN, length 30, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:64, ack 1, win 512, length 64: OpenFlow
        	version 1.0, type PORT_STATUS, length 64, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:56, ack 1, win 512, length 56: OpenFlow
        	version 1.0, type STATS_REQUEST, length 56, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:20, ack 1, win 512, length 20: OpenFlow
        	version 1.0, type STATS_REQUEST, length 20, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:36, ack 1, win 512, length 36: OpenFlow
        	version 1.0, type STATS_REPLY, length 36, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:20, ack 1, win 512, length 20: OpenFlow
        	version 1.0, type ERROR, length 20, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.0, type ERROR, length 12, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:28, ack 1, win 512, length 28: OpenFlow
        	version 1.0, type VENDOR, length 28, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.0, type VENDOR, length 16, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:64, ack 1, win 512, length 64: OpenFlow
        	version 1.0, type QUEUE_GET_CONFIG_REPLY, length 64, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:38, ack 1, win 512, length 38: OpenFlow
        	version 1.0, type PACKET_OUT, length 38, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:88, ack 1, win 512, length 88: OpenFlow
        	version 1.0, type FLOW_REMOVED, length 88, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:32, ack 1, win 512, length 32: OpenFlow
        	version 1.0, type PORT_MOD, length 32, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:8, ack 1, win 512, length 8: OpenFlow
        	version 1.0, type GET_CONFIG_REPLY, length 12, xid 0x00000001 [|openflow]
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:11, ack 1, win 512, length 11: OpenFlow
        	version 1.0, type unknown (0x30), length 11, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:8, ack 1, win 512, length 8: OpenFlow
        	version unknown (0x09), type unknown (0x00), length 8, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:8, ack 1, win 512, length 8: OpenFlow
        	version 1.0, type HELLO, length 4 (too short!), xid 0x00000001 (invalid)
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type HELLO, length 16, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:20, ack 1, win 512, length 20: OpenFlow
        	version 1.3, type HELLO, length 20, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type ERROR, length 16, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.3, type ERROR, length 12, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:18, ack 1, win 512, length 18: OpenFlow
        	version 1.3, type EXPERIMENTER, length 18, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:32, ack 1, win 512, length 32: OpenFlow
        	version 1.3, type FEATURES_REPLY, length 32, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.3, type SET_CONFIG, length 12, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:80, ack 1, win 512, length 80: OpenFlow
        	version 1.3, type PORT_STATUS, length 80, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:40, ack 1, win 512, length 40: OpenFlow
        	version 1.3, type PORT_MOD, length 40, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type TABLE_MOD, length 16, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:24, ack 1, win 512, length 24: OpenFlow
        	version 1.3, type ROLE_REQUEST, length 24, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:32, ack 1, win 512, length 32: OpenFlow
        	version 1.3, type SET_ASYNC, length 32, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type QUEUE_GET_CONFIG_REQUEST, length 16, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type MULTIPART_REQUEST, length 16, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:8, ack 1, win 512, length 8: OpenFlow
        	version 1.3, type unknown (0x28), length 8, xid 0x00000001
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:28, ack 1, win 512, length 28: OpenFlow
        	version 1.0, type HELLO, length 8, xid 0x00000001
        	version 1.0, type BARRIER_REQUEST, length 8, xid 0x00000001
        	version 1.0, type ECHO_REQUEST, length 40, xid 0x00000001 [|openflow]
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:18, ack 1, win 512, length 18: OpenFlow
        	version 1.3, type BARRIER_REQUEST, length 8, xid 0x00000001
        	version 1.3, type ECHO_REQUEST, length 8, xid 0x00000001
        	version 1.3, type FEATURES_REQUEST (end of TCP payload)
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:9, ack 1, win 512, length 9: OpenFlow
        	version 1.0, type FEATURES_REQUEST, length 8, xid 0x00000001
        	version 1.0 (end of TCP payload)
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:168, ack 1, win 512, length 168: OpenFlow
        	version 1.0, type FLOW_MOD, length 168, xid 0x00000001 [|openflow]
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:80, ack 1, win 512, length 80: OpenFlow
        	version 1.0, type FEATURES_REPLY, length 80, xid 0x00000001 [|openflow]
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:64, ack 1, win 512, length 64: OpenFlow
        	version 1.0, type PORT_STATUS, length 64, xid 0x00000001 [|openflow]
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:80, ack 1, win 512, length 80: OpenFlow
        	version 1.3, type PORT_STATUS, length 80, xid 0x00000001 [|openflow]
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:28, ack 1, win 512, length 28: OpenFlow
        	version 1.0, type VENDOR, length 28, xid 0x00000001 [|openflow]
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:64, ack 1, win 512, length 64: OpenFlow
        	version 1.0, type QUEUE_GET_CONFIG_REPLY, length 64, xid 0x00000001 [|openflow]
        IP 10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:60, ack 1, win 512, length 60: OpenFlow
        	version 1.0, type PACKET_IN, length 60, xid 0x00000001

        """;

    private const string ExpectedVerbose =
        """
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe279 (correct), seq 1:9, ack 1, win 512, length 8: OpenFlow
        	version 1.0, type HELLO, length 8, xid 0x00000001
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x039f (correct), seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.0, type ECHO_REQUEST, length 12, xid 0x00000001
        	 data (4 octets)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 120)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x8302 (correct), seq 0:80, ack 1, win 512, length 80: OpenFlow
        	version 1.0, type FEATURES_REPLY, length 80, xid 0x00000001
        	 dpid 0x0000000000001234, n_buffers 256, n_tables 2
        	 capabilities 0x0000008f (FLOW_STATS, TABLE_STATS, PORT_STATS, STP, ARP_MATCH_IP)
        	 actions 0x00000fff (OUTPUT, SET_VLAN_VID, SET_VLAN_PCP, STRIP_VLAN, SET_DL_SRC, SET_DL_DST, SET_NW_SRC, SET_NW_DST, SET_NW_TOS, SET_TP_SRC, SET_TP_DST, ENQUEUE)
        	  port_no 1, hw_addr 0a:0b:0c:0d:0e:0f, name 'eth1'
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe1e7 (correct), seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.0, type SET_CONFIG, length 12, xid 0x00000001
        	 flags FRAG_DROP, miss_send_len 128
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 208)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xbd56 (correct), seq 0:168, ack 1, win 512, length 168: OpenFlow
        	version 1.0, type FLOW_MOD, length 168, xid 0x00000001
        	 match in_port 3
        	 match dl_src 00:11:22:33:44:55
        	 match dl_dst 66:55:44:33:22:11
        	 match dl_vlan 100
        	 match dl_type 0x0800
        	 match nw_proto 1
        	 match nw_src 192.168.1.0/24
        	 match nw_dst 10.0.0.1/32
        	 match icmp_type 8
        	 cookie 0x000000000000dead, command ADD, idle_timeout 10, priority 100, buffer_id NONE, flags 0x0001 (SEND_FLOW_REM)
        	 action type OUTPUT, len 8, port CONTROLLER, max_len 128
        	 action type SET_VLAN_VID, len 8, vlan_vid 5000 (bogus)
        	 action type SET_DL_SRC, len 16, dl_addr aa:bb:cc:dd:ee:ff
        	 action type VENDOR, len 24, vendor 0x005c16c7 (Big Switch Networks)
        	  subtype MIRROR, dest_port 7, vlan_tag 802.1Q (vlan 5, p 1), copy_stage EGRESS
        	 action type ENQUEUE, len 16, port 2, queue_id ALL
        	 action type SET_VLAN_PCP, len 16 (bogus)
        	 action type invalid (0x0077), len 8
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 112)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe1a4 (correct), seq 0:72, ack 1, win 512, length 72: OpenFlow
        	version 1.0, type FLOW_MOD, length 72, xid 0x00000001
        	 cookie 0x0000000000000000, command DELETE, out_port FLOOD, flags 0x0009 (SEND_FLOW_REM) (bogus)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 70)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe200 (correct), seq 0:30, ack 1, win 512, length 30: OpenFlow
        	version 1.0, type PACKET_IN, length 30, xid 0x00000001
        	 buffer_id NONE, total_len 60, in_port 7, reason NO_MATCH
        	 data (12 octets)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 104)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xa6de (correct), seq 0:64, ack 1, win 512, length 64: OpenFlow
        	version 1.0, type PORT_STATUS, length 64, xid 0x00000001
        	 reason MODIFY
        	  port_no 1, hw_addr 0a:0b:0c:0d:0e:0f, name 'eth1'
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 96)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xd30a (correct), seq 0:56, ack 1, win 512, length 56: OpenFlow
        	version 1.0, type STATS_REQUEST, length 56, xid 0x00000001
        	 type FLOW, flags 0x0000
        	 match in_port 3
        	 match dl_src 00:11:22:33:44:55
        	 match dl_dst 66:55:44:33:22:11
        	 match dl_vlan 100
        	 match dl_type 0x0800
        	 match nw_proto 1
        	 match nw_src 192.168.1.0/24
        	 match nw_dst 10.0.0.1/32
        	 match icmp_type 8
        	 table_id ALL, out_port NONE
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe249 (correct), seq 0:20, ack 1, win 512, length 20: OpenFlow
        	version 1.0, type STATS_REQUEST, length 20, xid 0x00000001
        	 type QUEUE, flags 0x0000
        	 port_no 2, queue_id 1
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 76)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xda50 (correct), seq 0:36, ack 1, win 512, length 36: OpenFlow
        	version 1.0, type STATS_REPLY, length 36, xid 0x00000001
        	 type AGGREGATE, flags 0x0001 (MORE)
        	 packet_count 10, byte_count 2000, flow_count 3
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x50c3 (correct), seq 0:20, ack 1, win 512, length 20: OpenFlow
        	version 1.0, type ERROR, length 20, xid 0x00000001
        	 type FLOW_MOD_FAILED, code UNSUPPORTED
        	 data (8 octets)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe262 (correct), seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.0, type ERROR, length 12, xid 0x00000001
        	 type invalid (0x0009), code invalid (0x0005)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 68)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x625c (correct), seq 0:28, ack 1, win 512, length 28: OpenFlow
        	version 1.0, type VENDOR, length 28, xid 0x00000001, vendor 0x005c16c7 (Big Switch Networks)
        	 subtype SHELL_COMMAND, service 0, data 'show ver'
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xbf3f (correct), seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.0, type VENDOR, length 16, xid 0x00000001, vendor 0x00002320 (Nicira Networks)
        	 data (4 octets)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 104)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xd8d0 (correct), seq 0:64, ack 1, win 512, length 64: OpenFlow
        	version 1.0, type QUEUE_GET_CONFIG_REPLY, length 64, xid 0x00000001
        	 port 1
        	  queue_id 7, len 40
        	  queue_id 131072000, len 0 (invalid)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 78)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe0a3 (correct), seq 0:38, ack 1, win 512, length 38: OpenFlow
        	version 1.0, type PACKET_OUT, length 38, xid 0x00000001
        	 buffer_id 0x00000100, in_port LOCAL
        	 action type OUTPUT, len 8, port CONTROLLER, max_len 128
        	 data (14 octets)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 128)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdbc6 (correct), seq 0:88, ack 1, win 512, length 88: OpenFlow
        	version 1.0, type FLOW_REMOVED, length 88, xid 0x00000001
        	 cookie 0x0000000000000005, priority 10, reason HARD_TIMEOUT, duration_sec 3, duration_nsec 500, packet_count 7, byte_count 700
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 72)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x3ded (correct), seq 0:32, ack 1, win 512, length 32: OpenFlow
        	version 1.0, type PORT_MOD, length 32, xid 0x00000001
        	 port_no 4, hw_addr 0a:0b:0c:0d:0e:0f
        	 config 0x00000001 (PORT_DOWN)
        	 mask 0x80000001 (PORT_DOWN) (bogus)
        	 advertise 0x00000020 (1GB_FD)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe26d (correct), seq 0:8, ack 1, win 512, length 8: OpenFlow
        	version 1.0, type GET_CONFIG_REPLY, length 12, xid 0x00000001 [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 51)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xefc9 (correct), seq 0:11, ack 1, win 512, length 11: OpenFlow
        	version 1.0, type unknown (0x30), length 11, xid 0x00000001
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xda79 (correct), seq 0:8, ack 1, win 512, length 8: OpenFlow
        	version unknown (0x09), type unknown (0x00), length 8, xid 0x00000001
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe27d (correct), seq 0:8, ack 1, win 512, length 8: OpenFlow
        	version 1.0, type HELLO, length 4 (too short!), xid 0x00000001 (invalid)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdf4e (correct), seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type HELLO, length 16, xid 0x00000001
        	 type VERSIONBITMAP, length 8, bitmap 0x00000012 (1.1, 1.4)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdf44 (correct), seq 0:20, ack 1, win 512, length 20: OpenFlow
        	version 1.3, type HELLO, length 20, xid 0x00000001
        	 type VERSIONBITMAP, length 12 (bogus)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x06a3 (correct), seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type ERROR, length 16, xid 0x00000001
        	 type EXPERIMENTER, code invalid (0x0003)
        	 data (4 octets)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdf65 (correct), seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.3, type ERROR, length 12, xid 0x00000001
        	 type FLOW_MOD_FAILED, code BAD_COMMAND
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 58)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x67dc (correct), seq 0:18, ack 1, win 512, length 18: OpenFlow
        	version 1.3, type EXPERIMENTER, length 18, xid 0x00000001
        	 experimenter 0xff000002 (NoviFlow), exp_type 0x00000009
        	 data (2 octets)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 72)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xd536 (correct), seq 0:32, ack 1, win 512, length 32: OpenFlow
        	version 1.3, type FEATURES_REPLY, length 32, xid 0x00000001
        	 dpid 0x0000000000000abc, n_buffers 0, n_tables 254, auxiliary_id 1
        	 capabilities 0x0000014f (FLOW_STATS, TABLE_STATS, PORT_STATS, GROUP_STATS, QUEUE_STATS, PORT_BLOCKED)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdf80 (correct), seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.3, type SET_CONFIG, length 12, xid 0x00000001
        	 flags FRAG_REASM, miss_send_len MAX
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 120)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe84d (correct), seq 0:80, ack 1, win 512, length 80: OpenFlow
        	version 1.3, type PORT_STATUS, length 80, xid 0x00000001
        	 reason DELETE
        	  port_no LOCAL, hw_addr 0a:0b:0c:0d:0e:0f, name 'br0'
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 80)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xba5c (correct), seq 0:40, ack 1, win 512, length 40: OpenFlow
        	version 1.3, type PORT_MOD, length 40, xid 0x00000001
        	 port_no 5, hw_addr 0a:0b:0c:0d:0e:0f
        	  config 0x00000001 (PORT_DOWN)
        	  mask 0x00000080 (bogus)
        	  advertise 0x00000020 (1GB_FD)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe154 (correct), seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type TABLE_MOD, length 16, xid 0x00000001
        	 table_id MAX, config 0x00000003
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 64)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdeea (correct), seq 0:24, ack 1, win 512, length 24: OpenFlow
        	version 1.3, type ROLE_REQUEST, length 24, xid 0x00000001
        	 role MASTER, generation_id 0x0000000000000055
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 72)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xde1b (correct), seq 0:32, ack 1, win 512, length 32: OpenFlow
        	version 1.3, type SET_ASYNC, length 32, xid 0x00000001
        	 packet_in_mask[EM] 0x00000003 (NO_MATCH, ACTION)
        	 packet_in_mask[S] 0x00000008 (bogus)
        	 port_status_mask[EM] 0x00000007 (ADD, DELETE, MODIFY)
        	 port_status_mask[S] 0x00000001 (ADD)
        	 flow_removed_mask[EM] 0x00000000
        	 flow_removed_mask[S] 0x000000ff (ADD, DELETE, MODIFY) (bogus)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdf55 (correct), seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type QUEUE_GET_CONFIG_REQUEST, length 16, xid 0x00000001
        	 port CONTROLLER
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x4dc2 (correct), seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type MULTIPART_REQUEST, length 16, xid 0x00000001
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdf51 (correct), seq 0:8, ack 1, win 512, length 8: OpenFlow
        	version 1.3, type unknown (0x28), length 8, xid 0x00000001
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 68)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x1b59 (correct), seq 0:28, ack 1, win 512, length 28: OpenFlow
        	version 1.0, type HELLO, length 8, xid 0x00000001
        	version 1.0, type BARRIER_REQUEST, length 8, xid 0x00000001
        	version 1.0, type ECHO_REQUEST, length 40, xid 0x00000001
        	 data (32 octets) [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 58)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xd74b (correct), seq 0:18, ack 1, win 512, length 18: OpenFlow
        	version 1.3, type BARRIER_REQUEST, length 8, xid 0x00000001
        	version 1.3, type ECHO_REQUEST, length 8, xid 0x00000001
        	version 1.3, type FEATURES_REQUEST (end of TCP payload)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 49)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe173 (correct), seq 0:9, ack 1, win 512, length 9: OpenFlow
        	version 1.0, type FEATURES_REQUEST, length 8, xid 0x00000001
        	version 1.0 (end of TCP payload)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 208)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:168, ack 1, win 512, length 168: OpenFlow
        	version 1.0, type FLOW_MOD, length 168, xid 0x00000001
        	 match in_port 3
        	 match dl_src 00:11:22:33:44:55
        	 match dl_dst 66:55:44:33:22:11
        	 match dl_vlan 100
        	 match dl_type 0x0800
        	 match nw_proto 1
        	 match nw_src 192.168.1.0/24
        	 match nw_dst 10.0.0.1/32
        	 match icmp_type 8
        	 cookie 0x000000000000dead, command ADD, idle_timeout 10 [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 120)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:80, ack 1, win 512, length 80: OpenFlow
        	version 1.0, type FEATURES_REPLY, length 80, xid 0x00000001
        	 dpid 0x0000000000001234, n_buffers 256, n_tables 2
        	 capabilities 0x0000008f (FLOW_STATS, TABLE_STATS, PORT_STATS, STP, ARP_MATCH_IP) [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 104)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:64, ack 1, win 512, length 64: OpenFlow
        	version 1.0, type PORT_STATUS, length 64, xid 0x00000001
        	 reason MODIFY
        	  port_no 1 [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 120)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:80, ack 1, win 512, length 80: OpenFlow
        	version 1.3, type PORT_STATUS, length 80, xid 0x00000001
        	 reason DELETE
        	  port_no LOCAL, hw_addr 0a:0b:0c:0d:0e:0f, name 'br0' [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 68)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:28, ack 1, win 512, length 28: OpenFlow
        	version 1.0, type VENDOR, length 28, xid 0x00000001, vendor 0x005c16c7 (Big Switch Networks)
        	 subtype SHELL_COMMAND, service 0, data 'show  [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 104)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:64, ack 1, win 512, length 64: OpenFlow
        	version 1.0, type QUEUE_GET_CONFIG_REPLY, length 64, xid 0x00000001
        	 port 1
        	  queue_id 7, len 40 [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 100)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x4966 (correct), seq 0:60, ack 1, win 512, length 60: OpenFlow
        	version 1.0, type PACKET_IN, length 60, xid 0x00000001
        	 buffer_id 0x00000010, total_len 42, in_port 1, reason ACTION
        	 data (42 octets)

        """;

    private const string ExpectedVeryVerbose =
        """
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe279 (correct), seq 1:9, ack 1, win 512, length 8: OpenFlow
        	version 1.0, type HELLO, length 8, xid 0x00000001
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x039f (correct), seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.0, type ECHO_REQUEST, length 12, xid 0x00000001
        	 data (4 octets)
        	  0x0000:  7069 6e67                                ping
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 120)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x8302 (correct), seq 0:80, ack 1, win 512, length 80: OpenFlow
        	version 1.0, type FEATURES_REPLY, length 80, xid 0x00000001
        	 dpid 0x0000000000001234, n_buffers 256, n_tables 2
        	 capabilities 0x0000008f (FLOW_STATS, TABLE_STATS, PORT_STATS, STP, ARP_MATCH_IP)
        	 actions 0x00000fff (OUTPUT, SET_VLAN_VID, SET_VLAN_PCP, STRIP_VLAN, SET_DL_SRC, SET_DL_DST, SET_NW_SRC, SET_NW_DST, SET_NW_TOS, SET_TP_SRC, SET_TP_DST, ENQUEUE)
        	  port_no 1, hw_addr 0a:0b:0c:0d:0e:0f, name 'eth1'
        	   config 0x00000011 (PORT_DOWN, NO_FLOOD)
        	   state 0x00000201 (STP_FORWARD, LINK_DOWN)
        	   curr 0x000002a0 (1GB_FD, COPPER, AUTONEG)
        	   advertised 0x000002a0 (1GB_FD, COPPER, AUTONEG)
        	   supported 0x00002fff (10MB_HD, 10MB_FD, 100MB_HD, 100MB_FD, 1GB_HD, 1GB_FD, 10GB_FD, COPPER, FIBER, AUTONEG, PAUSE, PAUSE_ASYM) (bogus)
        	   peer 0x00001000 (bogus)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe1e7 (correct), seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.0, type SET_CONFIG, length 12, xid 0x00000001
        	 flags FRAG_DROP, miss_send_len 128
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 208)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xbd56 (correct), seq 0:168, ack 1, win 512, length 168: OpenFlow
        	version 1.0, type FLOW_MOD, length 168, xid 0x00000001
        	 match in_port 3
        	 match dl_src 00:11:22:33:44:55
        	 match dl_dst 66:55:44:33:22:11
        	 match dl_vlan 100
        	 match dl_type 0x0800
        	 match nw_proto 1
        	 match nw_src 192.168.1.0/24
        	 match nw_dst 10.0.0.1/32
        	 match icmp_type 8
        	 cookie 0x000000000000dead, command ADD, idle_timeout 10, priority 100, buffer_id NONE, flags 0x0001 (SEND_FLOW_REM)
        	 action type OUTPUT, len 8, port CONTROLLER, max_len 128
        	 action type SET_VLAN_VID, len 8, vlan_vid 5000 (bogus)
        	 action type SET_DL_SRC, len 16, dl_addr aa:bb:cc:dd:ee:ff
        	 action type VENDOR, len 24, vendor 0x005c16c7 (Big Switch Networks)
        	  subtype MIRROR, dest_port 7, vlan_tag 802.1Q (vlan 5, p 1), copy_stage EGRESS
        	 action type ENQUEUE, len 16, port 2, queue_id ALL
        	 action type SET_VLAN_PCP, len 16 (bogus)
        	 action type invalid (0x0077), len 8
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 112)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe1a4 (correct), seq 0:72, ack 1, win 512, length 72: OpenFlow
        	version 1.0, type FLOW_MOD, length 72, xid 0x00000001
        	 cookie 0x0000000000000000, command DELETE, out_port FLOOD, flags 0x0009 (SEND_FLOW_REM) (bogus)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 70)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe200 (correct), seq 0:30, ack 1, win 512, length 30: OpenFlow
        	version 1.0, type PACKET_IN, length 30, xid 0x00000001
        	 buffer_id NONE, total_len 60, in_port 7, reason NO_MATCH
        	 data (12 octets)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 104)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xa6de (correct), seq 0:64, ack 1, win 512, length 64: OpenFlow
        	version 1.0, type PORT_STATUS, length 64, xid 0x00000001
        	 reason MODIFY
        	  port_no 1, hw_addr 0a:0b:0c:0d:0e:0f, name 'eth1'
        	   config 0x00000011 (PORT_DOWN, NO_FLOOD)
        	   state 0x00000201 (STP_FORWARD, LINK_DOWN)
        	   curr 0x000002a0 (1GB_FD, COPPER, AUTONEG)
        	   advertised 0x000002a0 (1GB_FD, COPPER, AUTONEG)
        	   supported 0x00002fff (10MB_HD, 10MB_FD, 100MB_HD, 100MB_FD, 1GB_HD, 1GB_FD, 10GB_FD, COPPER, FIBER, AUTONEG, PAUSE, PAUSE_ASYM) (bogus)
        	   peer 0x00001000 (bogus)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 96)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xd30a (correct), seq 0:56, ack 1, win 512, length 56: OpenFlow
        	version 1.0, type STATS_REQUEST, length 56, xid 0x00000001
        	 type FLOW, flags 0x0000
        	 match in_port 3
        	 match dl_src 00:11:22:33:44:55
        	 match dl_dst 66:55:44:33:22:11
        	 match dl_vlan 100
        	 match dl_type 0x0800
        	 match nw_proto 1
        	 match nw_src 192.168.1.0/24
        	 match nw_dst 10.0.0.1/32
        	 match icmp_type 8
        	 table_id ALL, out_port NONE
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe249 (correct), seq 0:20, ack 1, win 512, length 20: OpenFlow
        	version 1.0, type STATS_REQUEST, length 20, xid 0x00000001
        	 type QUEUE, flags 0x0000
        	 port_no 2, queue_id 1
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 76)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xda50 (correct), seq 0:36, ack 1, win 512, length 36: OpenFlow
        	version 1.0, type STATS_REPLY, length 36, xid 0x00000001
        	 type AGGREGATE, flags 0x0001 (MORE)
        	 packet_count 10, byte_count 2000, flow_count 3
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x50c3 (correct), seq 0:20, ack 1, win 512, length 20: OpenFlow
        	version 1.0, type ERROR, length 20, xid 0x00000001
        	 type FLOW_MOD_FAILED, code UNSUPPORTED
        	 data (8 octets)
        	  0x0000:  6162 6364 6566 6768                      abcdefgh
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe262 (correct), seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.0, type ERROR, length 12, xid 0x00000001
        	 type invalid (0x0009), code invalid (0x0005)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 68)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x625c (correct), seq 0:28, ack 1, win 512, length 28: OpenFlow
        	version 1.0, type VENDOR, length 28, xid 0x00000001, vendor 0x005c16c7 (Big Switch Networks)
        	 subtype SHELL_COMMAND, service 0, data 'show ver'
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xbf3f (correct), seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.0, type VENDOR, length 16, xid 0x00000001, vendor 0x00002320 (Nicira Networks)
        	 data (4 octets)
        	  0x0000:  0000 0006                                ....
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 104)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xd8d0 (correct), seq 0:64, ack 1, win 512, length 64: OpenFlow
        	version 1.0, type QUEUE_GET_CONFIG_REPLY, length 64, xid 0x00000001
        	 port 1
        	  queue_id 7, len 40
        	   property MIN_RATE, len 16, rate 25.0%
        	   property NONE, len 8
        	   property MIN_RATE, len 16 (invalid)
        	  queue_id 131072000, len 0 (invalid)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 78)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe0a3 (correct), seq 0:38, ack 1, win 512, length 38: OpenFlow
        	version 1.0, type PACKET_OUT, length 38, xid 0x00000001
        	 buffer_id 0x00000100, in_port LOCAL
        	 action type OUTPUT, len 8, port CONTROLLER, max_len 128
        	 data (14 octets)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 128)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdbc6 (correct), seq 0:88, ack 1, win 512, length 88: OpenFlow
        	version 1.0, type FLOW_REMOVED, length 88, xid 0x00000001
        	 cookie 0x0000000000000005, priority 10, reason HARD_TIMEOUT, duration_sec 3, duration_nsec 500, packet_count 7, byte_count 700
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 72)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x3ded (correct), seq 0:32, ack 1, win 512, length 32: OpenFlow
        	version 1.0, type PORT_MOD, length 32, xid 0x00000001
        	 port_no 4, hw_addr 0a:0b:0c:0d:0e:0f
        	 config 0x00000001 (PORT_DOWN)
        	 mask 0x80000001 (PORT_DOWN) (bogus)
        	 advertise 0x00000020 (1GB_FD)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe26d (correct), seq 0:8, ack 1, win 512, length 8: OpenFlow
        	version 1.0, type GET_CONFIG_REPLY, length 12, xid 0x00000001 [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 51)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xefc9 (correct), seq 0:11, ack 1, win 512, length 11: OpenFlow
        	version 1.0, type unknown (0x30), length 11, xid 0x00000001
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xda79 (correct), seq 0:8, ack 1, win 512, length 8: OpenFlow
        	version unknown (0x09), type unknown (0x00), length 8, xid 0x00000001
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe27d (correct), seq 0:8, ack 1, win 512, length 8: OpenFlow
        	version 1.0, type HELLO, length 4 (too short!), xid 0x00000001 (invalid)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdf4e (correct), seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type HELLO, length 16, xid 0x00000001
        	 type VERSIONBITMAP, length 8, bitmap 0x00000012 (1.1, 1.4)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdf44 (correct), seq 0:20, ack 1, win 512, length 20: OpenFlow
        	version 1.3, type HELLO, length 20, xid 0x00000001
        	 type VERSIONBITMAP, length 12 (bogus)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x06a3 (correct), seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type ERROR, length 16, xid 0x00000001
        	 type EXPERIMENTER, code invalid (0x0003)
        	 data (4 octets)
        	  0x0000:  6461 7461                                data
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdf65 (correct), seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.3, type ERROR, length 12, xid 0x00000001
        	 type FLOW_MOD_FAILED, code BAD_COMMAND
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 58)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x67dc (correct), seq 0:18, ack 1, win 512, length 18: OpenFlow
        	version 1.3, type EXPERIMENTER, length 18, xid 0x00000001
        	 experimenter 0xff000002 (NoviFlow), exp_type 0x00000009
        	 data (2 octets)
        	  0x0000:  7879                                     xy
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 72)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xd536 (correct), seq 0:32, ack 1, win 512, length 32: OpenFlow
        	version 1.3, type FEATURES_REPLY, length 32, xid 0x00000001
        	 dpid 0x0000000000000abc, n_buffers 0, n_tables 254, auxiliary_id 1
        	 capabilities 0x0000014f (FLOW_STATS, TABLE_STATS, PORT_STATS, GROUP_STATS, QUEUE_STATS, PORT_BLOCKED)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdf80 (correct), seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.3, type SET_CONFIG, length 12, xid 0x00000001
        	 flags FRAG_REASM, miss_send_len MAX
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 120)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe84d (correct), seq 0:80, ack 1, win 512, length 80: OpenFlow
        	version 1.3, type PORT_STATUS, length 80, xid 0x00000001
        	 reason DELETE
        	  port_no LOCAL, hw_addr 0a:0b:0c:0d:0e:0f, name 'br0'
        	   config 0x00000041 (PORT_DOWN, NO_PACKET_IN)
        	   state 0x00000004 (LIVE)
        	   curr 0x00000840 (10GB_FD, COPPER)
        	   advertised 0x00000840 (10GB_FD, COPPER)
        	   supported 0x0000ffff (10MB_HD, 10MB_FD, 100MB_HD, 100MB_FD, 1GB_HD, 1GB_FD, 10GB_FD, 40GB_FD, 100GB_FD, 1TB_FD, OTHER, COPPER, FIBER, AUTONEG, PAUSE, PAUSE_ASYM)
        	   peer 0x00010000 (bogus)
        	   curr_speed 10000000kbps
        	   max_speed 10000000kbps
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 80)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xba5c (correct), seq 0:40, ack 1, win 512, length 40: OpenFlow
        	version 1.3, type PORT_MOD, length 40, xid 0x00000001
        	 port_no 5, hw_addr 0a:0b:0c:0d:0e:0f
        	  config 0x00000001 (PORT_DOWN)
        	  mask 0x00000080 (bogus)
        	  advertise 0x00000020 (1GB_FD)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe154 (correct), seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type TABLE_MOD, length 16, xid 0x00000001
        	 table_id MAX, config 0x00000003
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 64)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdeea (correct), seq 0:24, ack 1, win 512, length 24: OpenFlow
        	version 1.3, type ROLE_REQUEST, length 24, xid 0x00000001
        	 role MASTER, generation_id 0x0000000000000055
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 72)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xde1b (correct), seq 0:32, ack 1, win 512, length 32: OpenFlow
        	version 1.3, type SET_ASYNC, length 32, xid 0x00000001
        	 packet_in_mask[EM] 0x00000003 (NO_MATCH, ACTION)
        	 packet_in_mask[S] 0x00000008 (bogus)
        	 port_status_mask[EM] 0x00000007 (ADD, DELETE, MODIFY)
        	 port_status_mask[S] 0x00000001 (ADD)
        	 flow_removed_mask[EM] 0x00000000
        	 flow_removed_mask[S] 0x000000ff (ADD, DELETE, MODIFY) (bogus)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdf55 (correct), seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type QUEUE_GET_CONFIG_REQUEST, length 16, xid 0x00000001
        	 port CONTROLLER
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x4dc2 (correct), seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type MULTIPART_REQUEST, length 16, xid 0x00000001
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdf51 (correct), seq 0:8, ack 1, win 512, length 8: OpenFlow
        	version 1.3, type unknown (0x28), length 8, xid 0x00000001
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 68)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x1b59 (correct), seq 0:28, ack 1, win 512, length 28: OpenFlow
        	version 1.0, type HELLO, length 8, xid 0x00000001
        	version 1.0, type BARRIER_REQUEST, length 8, xid 0x00000001
        	version 1.0, type ECHO_REQUEST, length 40, xid 0x00000001
        	 data (32 octets)
        	  0x0000:  6162 6364                                abcd [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 58)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xd74b (correct), seq 0:18, ack 1, win 512, length 18: OpenFlow
        	version 1.3, type BARRIER_REQUEST, length 8, xid 0x00000001
        	version 1.3, type ECHO_REQUEST, length 8, xid 0x00000001
        	version 1.3, type FEATURES_REQUEST (end of TCP payload)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 49)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe173 (correct), seq 0:9, ack 1, win 512, length 9: OpenFlow
        	version 1.0, type FEATURES_REQUEST, length 8, xid 0x00000001
        	version 1.0 (end of TCP payload)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 208)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:168, ack 1, win 512, length 168: OpenFlow
        	version 1.0, type FLOW_MOD, length 168, xid 0x00000001
        	 match in_port 3
        	 match dl_src 00:11:22:33:44:55
        	 match dl_dst 66:55:44:33:22:11
        	 match dl_vlan 100
        	 match dl_type 0x0800
        	 match nw_proto 1
        	 match nw_src 192.168.1.0/24
        	 match nw_dst 10.0.0.1/32
        	 match icmp_type 8
        	 cookie 0x000000000000dead, command ADD, idle_timeout 10 [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 120)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:80, ack 1, win 512, length 80: OpenFlow
        	version 1.0, type FEATURES_REPLY, length 80, xid 0x00000001
        	 dpid 0x0000000000001234, n_buffers 256, n_tables 2
        	 capabilities 0x0000008f (FLOW_STATS, TABLE_STATS, PORT_STATS, STP, ARP_MATCH_IP) [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 104)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:64, ack 1, win 512, length 64: OpenFlow
        	version 1.0, type PORT_STATUS, length 64, xid 0x00000001
        	 reason MODIFY
        	  port_no 1 [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 120)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:80, ack 1, win 512, length 80: OpenFlow
        	version 1.3, type PORT_STATUS, length 80, xid 0x00000001
        	 reason DELETE
        	  port_no LOCAL, hw_addr 0a:0b:0c:0d:0e:0f, name 'br0' [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 68)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:28, ack 1, win 512, length 28: OpenFlow
        	version 1.0, type VENDOR, length 28, xid 0x00000001, vendor 0x005c16c7 (Big Switch Networks)
        	 subtype SHELL_COMMAND, service 0, data 'show  [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 104)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:64, ack 1, win 512, length 64: OpenFlow
        	version 1.0, type QUEUE_GET_CONFIG_REPLY, length 64, xid 0x00000001
        	 port 1
        	  queue_id 7, len 40
        	   property MIN_RATE, len 16, rate 25.0%
        	   property NONE, len 8
        	   property MIN_RATE, len 16 (invalid) [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 100)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x4966 (correct), seq 0:60, ack 1, win 512, length 60: OpenFlow
        	version 1.0, type PACKET_IN, length 60, xid 0x00000001
        	 buffer_id 0x00000010, total_len 42, in_port 1, reason ACTION
        	 data (42 octets)

        """;

    private const string ExpectedFrameDecoding =
        """
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe279 (correct), seq 1:9, ack 1, win 512, length 8: OpenFlow
        	version 1.0, type HELLO, length 8, xid 0x00000001
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x039f (correct), seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.0, type ECHO_REQUEST, length 12, xid 0x00000001
        	 data (4 octets)
        	  0x0000:  7069 6e67                                ping
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 120)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x8302 (correct), seq 0:80, ack 1, win 512, length 80: OpenFlow
        	version 1.0, type FEATURES_REPLY, length 80, xid 0x00000001
        	 dpid 0x0000000000001234, n_buffers 256, n_tables 2
        	 capabilities 0x0000008f (FLOW_STATS, TABLE_STATS, PORT_STATS, STP, ARP_MATCH_IP)
        	 actions 0x00000fff (OUTPUT, SET_VLAN_VID, SET_VLAN_PCP, STRIP_VLAN, SET_DL_SRC, SET_DL_DST, SET_NW_SRC, SET_NW_DST, SET_NW_TOS, SET_TP_SRC, SET_TP_DST, ENQUEUE)
        	  port_no 1, hw_addr 0a:0b:0c:0d:0e:0f, name 'eth1'
        	   config 0x00000011 (PORT_DOWN, NO_FLOOD)
        	   state 0x00000201 (STP_FORWARD, LINK_DOWN)
        	   curr 0x000002a0 (1GB_FD, COPPER, AUTONEG)
        	   advertised 0x000002a0 (1GB_FD, COPPER, AUTONEG)
        	   supported 0x00002fff (10MB_HD, 10MB_FD, 100MB_HD, 100MB_FD, 1GB_HD, 1GB_FD, 10GB_FD, COPPER, FIBER, AUTONEG, PAUSE, PAUSE_ASYM) (bogus)
        	   peer 0x00001000 (bogus)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe1e7 (correct), seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.0, type SET_CONFIG, length 12, xid 0x00000001
        	 flags FRAG_DROP, miss_send_len 128
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 208)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xbd56 (correct), seq 0:168, ack 1, win 512, length 168: OpenFlow
        	version 1.0, type FLOW_MOD, length 168, xid 0x00000001
        	 match in_port 3
        	 match dl_src 00:11:22:33:44:55
        	 match dl_dst 66:55:44:33:22:11
        	 match dl_vlan 100
        	 match dl_type 0x0800
        	 match nw_proto 1
        	 match nw_src 192.168.1.0/24
        	 match nw_dst 10.0.0.1/32
        	 match icmp_type 8
        	 cookie 0x000000000000dead, command ADD, idle_timeout 10, priority 100, buffer_id NONE, flags 0x0001 (SEND_FLOW_REM)
        	 action type OUTPUT, len 8, port CONTROLLER, max_len 128
        	 action type SET_VLAN_VID, len 8, vlan_vid 5000 (bogus)
        	 action type SET_DL_SRC, len 16, dl_addr aa:bb:cc:dd:ee:ff
        	 action type VENDOR, len 24, vendor 0x005c16c7 (Big Switch Networks)
        	  subtype MIRROR, dest_port 7, vlan_tag 802.1Q (vlan 5, p 1), copy_stage EGRESS
        	 action type ENQUEUE, len 16, port 2, queue_id ALL
        	 action type SET_VLAN_PCP, len 16 (bogus)
        	 action type invalid (0x0077), len 8
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 112)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe1a4 (correct), seq 0:72, ack 1, win 512, length 72: OpenFlow
        	version 1.0, type FLOW_MOD, length 72, xid 0x00000001
        	 cookie 0x0000000000000000, command DELETE, out_port FLOOD, flags 0x0009 (SEND_FLOW_REM) (bogus)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 70)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe200 (correct), seq 0:30, ack 1, win 512, length 30: OpenFlow
        	version 1.0, type PACKET_IN, length 30, xid 0x00000001
        	 buffer_id NONE, total_len 60, in_port 7, reason NO_MATCH
        	 data (12 octets), frame decoding below
         [|ether]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 104)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xa6de (correct), seq 0:64, ack 1, win 512, length 64: OpenFlow
        	version 1.0, type PORT_STATUS, length 64, xid 0x00000001
        	 reason MODIFY
        	  port_no 1, hw_addr 0a:0b:0c:0d:0e:0f, name 'eth1'
        	   config 0x00000011 (PORT_DOWN, NO_FLOOD)
        	   state 0x00000201 (STP_FORWARD, LINK_DOWN)
        	   curr 0x000002a0 (1GB_FD, COPPER, AUTONEG)
        	   advertised 0x000002a0 (1GB_FD, COPPER, AUTONEG)
        	   supported 0x00002fff (10MB_HD, 10MB_FD, 100MB_HD, 100MB_FD, 1GB_HD, 1GB_FD, 10GB_FD, COPPER, FIBER, AUTONEG, PAUSE, PAUSE_ASYM) (bogus)
        	   peer 0x00001000 (bogus)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 96)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xd30a (correct), seq 0:56, ack 1, win 512, length 56: OpenFlow
        	version 1.0, type STATS_REQUEST, length 56, xid 0x00000001
        	 type FLOW, flags 0x0000
        	 match in_port 3
        	 match dl_src 00:11:22:33:44:55
        	 match dl_dst 66:55:44:33:22:11
        	 match dl_vlan 100
        	 match dl_type 0x0800
        	 match nw_proto 1
        	 match nw_src 192.168.1.0/24
        	 match nw_dst 10.0.0.1/32
        	 match icmp_type 8
        	 table_id ALL, out_port NONE
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe249 (correct), seq 0:20, ack 1, win 512, length 20: OpenFlow
        	version 1.0, type STATS_REQUEST, length 20, xid 0x00000001
        	 type QUEUE, flags 0x0000
        	 port_no 2, queue_id 1
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 76)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xda50 (correct), seq 0:36, ack 1, win 512, length 36: OpenFlow
        	version 1.0, type STATS_REPLY, length 36, xid 0x00000001
        	 type AGGREGATE, flags 0x0001 (MORE)
        	 packet_count 10, byte_count 2000, flow_count 3
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x50c3 (correct), seq 0:20, ack 1, win 512, length 20: OpenFlow
        	version 1.0, type ERROR, length 20, xid 0x00000001
        	 type FLOW_MOD_FAILED, code UNSUPPORTED
        	 data (8 octets)
        	  0x0000:  6162 6364 6566 6768                      abcdefgh
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe262 (correct), seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.0, type ERROR, length 12, xid 0x00000001
        	 type invalid (0x0009), code invalid (0x0005)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 68)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x625c (correct), seq 0:28, ack 1, win 512, length 28: OpenFlow
        	version 1.0, type VENDOR, length 28, xid 0x00000001, vendor 0x005c16c7 (Big Switch Networks)
        	 subtype SHELL_COMMAND, service 0, data 'show ver'
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xbf3f (correct), seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.0, type VENDOR, length 16, xid 0x00000001, vendor 0x00002320 (Nicira Networks)
        	 data (4 octets)
        	  0x0000:  0000 0006                                ....
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 104)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xd8d0 (correct), seq 0:64, ack 1, win 512, length 64: OpenFlow
        	version 1.0, type QUEUE_GET_CONFIG_REPLY, length 64, xid 0x00000001
        	 port 1
        	  queue_id 7, len 40
        	   property MIN_RATE, len 16, rate 25.0%
        	   property NONE, len 8
        	   property MIN_RATE, len 16 (invalid)
        	  queue_id 131072000, len 0 (invalid)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 78)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe0a3 (correct), seq 0:38, ack 1, win 512, length 38: OpenFlow
        	version 1.0, type PACKET_OUT, length 38, xid 0x00000001
        	 buffer_id 0x00000100, in_port LOCAL
        	 action type OUTPUT, len 8, port CONTROLLER, max_len 128
        	 data (14 octets), frame decoding below
         [|llc]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 128)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdbc6 (correct), seq 0:88, ack 1, win 512, length 88: OpenFlow
        	version 1.0, type FLOW_REMOVED, length 88, xid 0x00000001
        	 cookie 0x0000000000000005, priority 10, reason HARD_TIMEOUT, duration_sec 3, duration_nsec 500, packet_count 7, byte_count 700
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 72)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x3ded (correct), seq 0:32, ack 1, win 512, length 32: OpenFlow
        	version 1.0, type PORT_MOD, length 32, xid 0x00000001
        	 port_no 4, hw_addr 0a:0b:0c:0d:0e:0f
        	 config 0x00000001 (PORT_DOWN)
        	 mask 0x80000001 (PORT_DOWN) (bogus)
        	 advertise 0x00000020 (1GB_FD)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe26d (correct), seq 0:8, ack 1, win 512, length 8: OpenFlow
        	version 1.0, type GET_CONFIG_REPLY, length 12, xid 0x00000001 [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 51)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xefc9 (correct), seq 0:11, ack 1, win 512, length 11: OpenFlow
        	version 1.0, type unknown (0x30), length 11, xid 0x00000001
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xda79 (correct), seq 0:8, ack 1, win 512, length 8: OpenFlow
        	version unknown (0x09), type unknown (0x00), length 8, xid 0x00000001
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe27d (correct), seq 0:8, ack 1, win 512, length 8: OpenFlow
        	version 1.0, type HELLO, length 4 (too short!), xid 0x00000001 (invalid)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdf4e (correct), seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type HELLO, length 16, xid 0x00000001
        	 type VERSIONBITMAP, length 8, bitmap 0x00000012 (1.1, 1.4)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdf44 (correct), seq 0:20, ack 1, win 512, length 20: OpenFlow
        	version 1.3, type HELLO, length 20, xid 0x00000001
        	 type VERSIONBITMAP, length 12 (bogus)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x06a3 (correct), seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type ERROR, length 16, xid 0x00000001
        	 type EXPERIMENTER, code invalid (0x0003)
        	 data (4 octets)
        	  0x0000:  6461 7461                                data
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdf65 (correct), seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.3, type ERROR, length 12, xid 0x00000001
        	 type FLOW_MOD_FAILED, code BAD_COMMAND
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 58)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x67dc (correct), seq 0:18, ack 1, win 512, length 18: OpenFlow
        	version 1.3, type EXPERIMENTER, length 18, xid 0x00000001
        	 experimenter 0xff000002 (NoviFlow), exp_type 0x00000009
        	 data (2 octets)
        	  0x0000:  7879                                     xy
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 72)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xd536 (correct), seq 0:32, ack 1, win 512, length 32: OpenFlow
        	version 1.3, type FEATURES_REPLY, length 32, xid 0x00000001
        	 dpid 0x0000000000000abc, n_buffers 0, n_tables 254, auxiliary_id 1
        	 capabilities 0x0000014f (FLOW_STATS, TABLE_STATS, PORT_STATS, GROUP_STATS, QUEUE_STATS, PORT_BLOCKED)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdf80 (correct), seq 0:12, ack 1, win 512, length 12: OpenFlow
        	version 1.3, type SET_CONFIG, length 12, xid 0x00000001
        	 flags FRAG_REASM, miss_send_len MAX
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 120)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe84d (correct), seq 0:80, ack 1, win 512, length 80: OpenFlow
        	version 1.3, type PORT_STATUS, length 80, xid 0x00000001
        	 reason DELETE
        	  port_no LOCAL, hw_addr 0a:0b:0c:0d:0e:0f, name 'br0'
        	   config 0x00000041 (PORT_DOWN, NO_PACKET_IN)
        	   state 0x00000004 (LIVE)
        	   curr 0x00000840 (10GB_FD, COPPER)
        	   advertised 0x00000840 (10GB_FD, COPPER)
        	   supported 0x0000ffff (10MB_HD, 10MB_FD, 100MB_HD, 100MB_FD, 1GB_HD, 1GB_FD, 10GB_FD, 40GB_FD, 100GB_FD, 1TB_FD, OTHER, COPPER, FIBER, AUTONEG, PAUSE, PAUSE_ASYM)
        	   peer 0x00010000 (bogus)
        	   curr_speed 10000000kbps
        	   max_speed 10000000kbps
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 80)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xba5c (correct), seq 0:40, ack 1, win 512, length 40: OpenFlow
        	version 1.3, type PORT_MOD, length 40, xid 0x00000001
        	 port_no 5, hw_addr 0a:0b:0c:0d:0e:0f
        	  config 0x00000001 (PORT_DOWN)
        	  mask 0x00000080 (bogus)
        	  advertise 0x00000020 (1GB_FD)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe154 (correct), seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type TABLE_MOD, length 16, xid 0x00000001
        	 table_id MAX, config 0x00000003
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 64)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdeea (correct), seq 0:24, ack 1, win 512, length 24: OpenFlow
        	version 1.3, type ROLE_REQUEST, length 24, xid 0x00000001
        	 role MASTER, generation_id 0x0000000000000055
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 72)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xde1b (correct), seq 0:32, ack 1, win 512, length 32: OpenFlow
        	version 1.3, type SET_ASYNC, length 32, xid 0x00000001
        	 packet_in_mask[EM] 0x00000003 (NO_MATCH, ACTION)
        	 packet_in_mask[S] 0x00000008 (bogus)
        	 port_status_mask[EM] 0x00000007 (ADD, DELETE, MODIFY)
        	 port_status_mask[S] 0x00000001 (ADD)
        	 flow_removed_mask[EM] 0x00000000
        	 flow_removed_mask[S] 0x000000ff (ADD, DELETE, MODIFY) (bogus)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdf55 (correct), seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type QUEUE_GET_CONFIG_REQUEST, length 16, xid 0x00000001
        	 port CONTROLLER
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 56)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x4dc2 (correct), seq 0:16, ack 1, win 512, length 16: OpenFlow
        	version 1.3, type MULTIPART_REQUEST, length 16, xid 0x00000001
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xdf51 (correct), seq 0:8, ack 1, win 512, length 8: OpenFlow
        	version 1.3, type unknown (0x28), length 8, xid 0x00000001
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 68)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x1b59 (correct), seq 0:28, ack 1, win 512, length 28: OpenFlow
        	version 1.0, type HELLO, length 8, xid 0x00000001
        	version 1.0, type BARRIER_REQUEST, length 8, xid 0x00000001
        	version 1.0, type ECHO_REQUEST, length 40, xid 0x00000001
        	 data (32 octets)
        	  0x0000:  6162 6364                                abcd [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 58)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xd74b (correct), seq 0:18, ack 1, win 512, length 18: OpenFlow
        	version 1.3, type BARRIER_REQUEST, length 8, xid 0x00000001
        	version 1.3, type ECHO_REQUEST, length 8, xid 0x00000001
        	version 1.3, type FEATURES_REQUEST (end of TCP payload)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 49)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0xe173 (correct), seq 0:9, ack 1, win 512, length 9: OpenFlow
        	version 1.0, type FEATURES_REQUEST, length 8, xid 0x00000001
        	version 1.0 (end of TCP payload)
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 208)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:168, ack 1, win 512, length 168: OpenFlow
        	version 1.0, type FLOW_MOD, length 168, xid 0x00000001
        	 match in_port 3
        	 match dl_src 00:11:22:33:44:55
        	 match dl_dst 66:55:44:33:22:11
        	 match dl_vlan 100
        	 match dl_type 0x0800
        	 match nw_proto 1
        	 match nw_src 192.168.1.0/24
        	 match nw_dst 10.0.0.1/32
        	 match icmp_type 8
        	 cookie 0x000000000000dead, command ADD, idle_timeout 10 [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 120)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:80, ack 1, win 512, length 80: OpenFlow
        	version 1.0, type FEATURES_REPLY, length 80, xid 0x00000001
        	 dpid 0x0000000000001234, n_buffers 256, n_tables 2
        	 capabilities 0x0000008f (FLOW_STATS, TABLE_STATS, PORT_STATS, STP, ARP_MATCH_IP) [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 104)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:64, ack 1, win 512, length 64: OpenFlow
        	version 1.0, type PORT_STATUS, length 64, xid 0x00000001
        	 reason MODIFY
        	  port_no 1 [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 120)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:80, ack 1, win 512, length 80: OpenFlow
        	version 1.3, type PORT_STATUS, length 80, xid 0x00000001
        	 reason DELETE
        	  port_no LOCAL, hw_addr 0a:0b:0c:0d:0e:0f, name 'br0' [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 68)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:28, ack 1, win 512, length 28: OpenFlow
        	version 1.0, type VENDOR, length 28, xid 0x00000001, vendor 0x005c16c7 (Big Switch Networks)
        	 subtype SHELL_COMMAND, service 0, data 'show  [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 104)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], seq 0:64, ack 1, win 512, length 64: OpenFlow
        	version 1.0, type QUEUE_GET_CONFIG_REPLY, length 64, xid 0x00000001
        	 port 1
        	  queue_id 7, len 40
        	   property MIN_RATE, len 16, rate 25.0%
        	   property NONE, len 8
        	   property MIN_RATE, len 16 (invalid) [|openflow]
        IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 100)
            10.0.0.1.40000 > 10.0.0.2.6653: Flags [P.], cksum 0x4966 (correct), seq 0:60, ack 1, win 512, length 60: OpenFlow
        	version 1.0, type PACKET_IN, length 60, xid 0x00000001
        	 buffer_id 0x00000010, total_len 42, in_port 1, reason ACTION
        	 data (42 octets), frame decoding below
        ARP, Request who-has 192.168.0.2 tell 192.168.0.1, length 28

        """;
}
