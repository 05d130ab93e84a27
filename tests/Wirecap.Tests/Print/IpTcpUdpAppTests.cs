using System.Text;
using Wirecap.Files;
using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Print;

/// <summary>
/// The UDP application printers written here (TFTP, syslog, NTP, HSRP, VXLAN) and -T tftp against tcpdump 4.99.3:
/// the frames were written to a pcap and printed with "tcpdump -t -n OPTIONS"; the expected texts are its output.
/// </summary>
public class IpTcpUdpAppTests
{
    private static readonly string[] Frames =
    [
        "0200000000020200000000010800450000370001400040114e79c0000201c63364079c40004500231b86000166696c6531006f6374657400626c6b73697a65003134323800",
        "0200000000020200000000010800450000340001400040114e7cc6336407c000020115b39c400020acc5000300017878787878787878787878787878787878787878",
        "02000000000202000000000108004500002f0001400040114e81c6336407c000020115b39c40001b20910005000146696c65206e6f7420666f756e6400",
        "0200000000020200000000010800450000280001400040114e88c6336407c000020115b39c400014bd7100067473697a650031303000",
        "02000000000202000000000108004500003e0001400040114e72c0000201c63364079c410202002abd9f3c33343e4f63742031312032323a31343a313520686f73742073753a206661696c01",
        "02000000000202000000000108004500004c0001400040114e64c0000201c63364079c41007b003823db230206ec000000000000000047505300e8754700000000010000000000000000e875470180000000e875470180000005",
        "02000000000202000000000108004500003000014000401198b8c0000201e000000207c107c1001c29e9000010030a780100636973636f000000c00002fe",
        "02000000000202000000000108004500005a0001400040114e56c0000201c63364079c4012b5004612840800000000002a000200000000020200000000010800450000280001400040064e93c0000201c633640704d200500000000100000000500201f6bc8d0000",
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames.Select(hex => (hex, -1)), options);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    private const string ExpectedDefault = """
IP 192.0.2.1.40000 > 198.51.100.7.69: TFTP, length 27, RRQ "file1" octet blksize 1428
IP 198.51.100.7.5555 > 192.0.2.1.40000: UDP, length 24
IP 198.51.100.7.5555 > 192.0.2.1.40000: UDP, length 19
IP 198.51.100.7.5555 > 192.0.2.1.40000: UDP, length 12
IP 192.0.2.1.40001 > 198.51.100.7.514: SYSLOG auth.critical, length: 34
IP 192.0.2.1.40001 > 198.51.100.7.123: NTPv4, Client, length 48
IP 192.0.2.1.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=active group=1 addr=192.0.2.254
IP 192.0.2.1.40000 > 198.51.100.7.4789: VXLAN, flags [I] (0x08), vni 42
IP 192.0.2.1.1234 > 198.51.100.7.80: Flags [S], seq 1, win 502, length 0

""";

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedVerbose = """
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 55)
    192.0.2.1.40000 > 198.51.100.7.69: TFTP, length 27, RRQ "file1" octet blksize 1428
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)
    198.51.100.7.5555 > 192.0.2.1.40000: UDP, length 24
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 47)
    198.51.100.7.5555 > 192.0.2.1.40000: UDP, length 19
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)
    198.51.100.7.5555 > 192.0.2.1.40000: UDP, length 12
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 62)
    192.0.2.1.40001 > 198.51.100.7.514: SYSLOG, length: 34
	Facility auth (4), Severity critical (2)
	Msg: Oct 11 22:14:15 host su: fail^A
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)
    192.0.2.1.40001 > 198.51.100.7.123: NTPv4, Client, length 48
	Leap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20
	Root Delay: 0.000000, Root dispersion: 0.000000, Reference-ID: 0x47505300
	  Reference Timestamp:  3900000000.000000000 (2023-08-02T21:20:00Z)
	  Originator Timestamp: 0.000000000
	  Receive Timestamp:    3900000001.500000000 (2023-08-02T21:20:01Z)
	  Transmit Timestamp:   3900000001.500000001 (2023-08-02T21:20:01Z)
	    Originator - Receive Timestamp:  3900000001.500000000 (2023-08-02T21:20:01Z)
	    Originator - Transmit Timestamp: 3900000001.500000001 (2023-08-02T21:20:01Z)
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)
    192.0.2.1.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=active group=1 addr=192.0.2.254 hellotime=3s holdtime=10s priority=120 auth="cisco"
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 90)
    192.0.2.1.40000 > 198.51.100.7.4789: VXLAN, flags [I] (0x08), vni 42
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 40)
    192.0.2.1.1234 > 198.51.100.7.80: Flags [S], cksum 0xbc8d (correct), seq 1, win 502, length 0

""";

    [Fact]
    public void VeryVerbose() => Assert.Equal(ExpectedVeryVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2 }));

    private const string ExpectedVeryVerbose = """
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 55)
    192.0.2.1.40000 > 198.51.100.7.69: [udp sum ok] TFTP, length 27, RRQ "file1" octet blksize 1428
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 52)
    198.51.100.7.5555 > 192.0.2.1.40000: [udp sum ok] UDP, length 24
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 47)
    198.51.100.7.5555 > 192.0.2.1.40000: [udp sum ok] UDP, length 19
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 40)
    198.51.100.7.5555 > 192.0.2.1.40000: [udp sum ok] UDP, length 12
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 62)
    192.0.2.1.40001 > 198.51.100.7.514: [udp sum ok] SYSLOG, length: 34
	Facility auth (4), Severity critical (2)
	Msg: Oct 11 22:14:15 host su: fail^A
	0x0000:  3c33 343e 4f63 7420 3131 2032 323a 3134
	0x0010:  3a31 3520 686f 7374 2073 753a 2066 6169
	0x0020:  6c01
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 76)
    192.0.2.1.40001 > 198.51.100.7.123: [udp sum ok] NTPv4, Client, length 48
	Leap indicator:  (0), Stratum 2 (secondary reference), poll 6 (64s), precision -20
	Root Delay: 0.000000, Root dispersion: 0.000000, Reference-ID: 0x47505300
	  Reference Timestamp:  3900000000.000000000 (2023-08-02T21:20:00Z)
	  Originator Timestamp: 0.000000000
	  Receive Timestamp:    3900000001.500000000 (2023-08-02T21:20:01Z)
	  Transmit Timestamp:   3900000001.500000001 (2023-08-02T21:20:01Z)
	    Originator - Receive Timestamp:  3900000001.500000000 (2023-08-02T21:20:01Z)
	    Originator - Transmit Timestamp: 3900000001.500000001 (2023-08-02T21:20:01Z)
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 48)
    192.0.2.1.1985 > 224.0.0.2.1985: [udp sum ok] HSRPv0-hello 20: state=active group=1 addr=192.0.2.254 hellotime=3s holdtime=10s priority=120 auth="cisco"
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 90)
    192.0.2.1.40000 > 198.51.100.7.4789: [udp sum ok] VXLAN, flags [I] (0x08), vni 42
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 40)
    192.0.2.1.1234 > 198.51.100.7.80: Flags [S], cksum 0xbc8d (correct), seq 1, win 502, length 0

""";

    [Fact]
    public void PacketTypeTftp() => Assert.Equal(ExpectedPacketTypeTftp, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, PacketType = "tftp" }));

    private const string ExpectedPacketTypeTftp = """
IP 192.0.2.1.40000 > 198.51.100.7.69: TFTP, length 27, RRQ "file1" octet blksize 1428
IP 198.51.100.7.5555 > 192.0.2.1.40000: TFTP, length 24, DATA block 1
IP 198.51.100.7.5555 > 192.0.2.1.40000: TFTP, length 19, ERROR ENOTFOUND "File not found"
IP 198.51.100.7.5555 > 192.0.2.1.40000: TFTP, length 12, OACK tsize 100
IP 192.0.2.1.40001 > 198.51.100.7.514: TFTP, length 34, tftp-#15411
IP 192.0.2.1.40001 > 198.51.100.7.123: TFTP, length 48, tftp-#8962
IP 192.0.2.1.1985 > 224.0.0.2.1985: TFTP, length 20, tftp-#0
IP 192.0.2.1.40000 > 198.51.100.7.4789: TFTP, length 62, tftp-#2048

""";

}
