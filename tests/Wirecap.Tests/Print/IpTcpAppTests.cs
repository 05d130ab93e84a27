using System.Text;
using Wirecap.Files;
using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Print;

/// <summary>
/// The TCP application printers (telnet, RESP, BEEP, FTP, SMTP, RTSP) against tcpdump 4.99.3: the frames
/// were written to a pcap and printed with "tcpdump -t -n [-v]"; the expected texts are its output.
/// </summary>
public class IpTcpAppTests
{
    private static readonly string[] Frames =
    [
        "0200000000020200000000010800450000340001400040064e87c0000201c63364079c400017000003e80000004d501801f609fa0000fffb01fffd1ffffa1801fff0",
        "02000000000202000000000108004500002b0001400040064e90c0000201c63364079c400017000003e90000004d501801f6e0090000ffff41",
        "0200000000020200000000010800450000330001400040064e88c0000201c63364079c400017000003ea0000004d501801f6b7050000fffa1f00500018fff0fff1",
        "0200000000020200000000010800450000300001400040064e8bc0000201c63364079c400017000003eb0000004d501801f6fb0f0000fffa25020105fff0",
        "02000000000202000000000108004500002f0001400040064e8cc0000201c63364079c400017000003ec0000004d501801f601070000fffa260109fff0",
        "02000000000202000000000108004500002f0001400040064e8cc0000201c63364079c400017000003ed0000004d501801f600040000fffd63fff4ffc8",
        "02000000000202000000000108004500002c0001400040064e8fc0000201c63364079c400017000003ee0000004d501801f609090000fffa1800",
        "02000000000202000000000108004500002d0001400040064e8ec0000201c63364079c400017000003ef0000004d501801f6dd2f000068656c6c6f",
        "02000000000202000000000108004500002d0001400040064e8ec0000201c63364079c400017000003f00000004d501801f608060000fffa28fff0",
        "02000000000202000000000108004500005d0001400040064e5ec0000201c63364079c4018eb0000000500000006501801f615b300002a320d0a24330d0a4745540d0a24310d0a6b0d0a2b4f4b0d0a3a31320d0a2d45525220780d0a242d310d0a2a300d0a50494e470d0a",
        "0200000000020200000000010800450000360001400040064e85c0000201c63364079c4018eb0000000500000006501801f6bcf400002439393939393939393939390d0a",
        "0200000000020200000000010800450000370001400040064e84c0000201c63364079c4028300000000500000006501801f65911000052505920302030202e203020300d0a",
        "0200000000020200000000010800450000370001400040064e84c0000201c63364079c4000150000000500000006501801f6d58c0000323230204654502072656164790d0a",
        "02000000000202000000000108004500003f0001400040064e7cc0000201c63364079c4000190000000500000006501801f68b39000045484c4f20780d0a4d41494c2046524f4d3a3c613e0d0a",
        "02000000000202000000000108004500004c0001400040064e6fc0000201c63364079c40022a0000000500000006501801f66b3e00004f5054494f4e5320727473703a2f2f7820525453502f312e300d0a435365713a20310d0a",
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames.Select(hex => (hex, -1)), options);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    private const string ExpectedDefault = """
IP 192.0.2.1.40000 > 198.51.100.7.23: Flags [P.], seq 1000:1012, ack 77, win 502, length 12 [telnet WILL ECHO, DO NAWS, SB TERMINAL TYPE SEND SE]
IP 192.0.2.1.40000 > 198.51.100.7.23: Flags [P.], seq 1:4, ack 1, win 502, length 3 [telnet IAC IAC]
IP 192.0.2.1.40000 > 198.51.100.7.23: Flags [P.], seq 2:13, ack 1, win 502, length 11 [telnet SB NAWS IS 0x50 0 0x18 SE, NOP]
IP 192.0.2.1.40000 > 198.51.100.7.23: Flags [P.], seq 3:11, ack 1, win 502, length 8 [telnet SB AUTHENTICATION REPLY KERBEROS_V4 0x5 SE]
IP 192.0.2.1.40000 > 198.51.100.7.23: Flags [P.], seq 4:11, ack 1, win 502, length 7 [telnet SB ENCRYPT SUPPORT CAST128_OFB64 SE]
IP 192.0.2.1.40000 > 198.51.100.7.23: Flags [P.], seq 5:12, ack 1, win 502, length 7 [telnet DO 0x63, IP]
IP 192.0.2.1.40000 > 198.51.100.7.23: Flags [P.], seq 6:10, ack 1, win 502, length 4
IP 192.0.2.1.40000 > 198.51.100.7.23: Flags [P.], seq 7:12, ack 1, win 502, length 5
IP 192.0.2.1.40000 > 198.51.100.7.23: Flags [P.], seq 8:13, ack 1, win 502, length 5 [telnet SB 0x28 SE]
IP 192.0.2.1.40000 > 198.51.100.7.6379: Flags [P.], seq 5:58, ack 6, win 502, length 53: RESP "GET" "k" "OK" "12" "ERR x" null empty "PING"
IP 192.0.2.1.40000 > 198.51.100.7.6379: Flags [P.], seq 0:14, ack 1, win 502, length 14: RESP length too large
IP 192.0.2.1.40000 > 198.51.100.7.10288: Flags [P.], seq 5:20, ack 6, win 502, length 15 BEEP RPY
IP 192.0.2.1.40000 > 198.51.100.7.21: Flags [P.], seq 5:20, ack 6, win 502, length 15: FTP: 220 FTP ready
IP 192.0.2.1.40000 > 198.51.100.7.25: Flags [P.], seq 5:28, ack 6, win 502, length 23: SMTP: EHLO x
IP 192.0.2.1.40000 > 198.51.100.7.554: Flags [P.], seq 5:41, ack 6, win 502, length 36: RTSP: OPTIONS rtsp://x RTSP/1.0

""";

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedVerbose = """
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
    192.0.2.1.40000 > 198.51.100.7.23: Flags [P.], cksum 0x09fa (correct), seq 1000:1012, ack 77, win 502, length 12 [telnet WILL ECHO, DO NAWS, SB TERMINAL TYPE SEND SE]
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 43)
    192.0.2.1.40000 > 198.51.100.7.23: Flags [P.], cksum 0xe009 (correct), seq 1:4, ack 1, win 502, length 3 [telnet IAC IAC]
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 51)
    192.0.2.1.40000 > 198.51.100.7.23: Flags [P.], cksum 0xb705 (correct), seq 2:13, ack 1, win 502, length 11 [telnet SB NAWS IS 0x50 0 0x18 SE, NOP]
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
    192.0.2.1.40000 > 198.51.100.7.23: Flags [P.], cksum 0xfb0f (correct), seq 3:11, ack 1, win 502, length 8 [telnet SB AUTHENTICATION REPLY KERBEROS_V4 0x5 SE]
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 47)
    192.0.2.1.40000 > 198.51.100.7.23: Flags [P.], cksum 0x0107 (correct), seq 4:11, ack 1, win 502, length 7 [telnet SB ENCRYPT SUPPORT CAST128_OFB64 SE]
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 47)
    192.0.2.1.40000 > 198.51.100.7.23: Flags [P.], cksum 0x0004 (correct), seq 5:12, ack 1, win 502, length 7 [telnet DO 0x63, IP]
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 44)
    192.0.2.1.40000 > 198.51.100.7.23: Flags [P.], cksum 0x0909 (correct), seq 6:10, ack 1, win 502, length 4
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 45)
    192.0.2.1.40000 > 198.51.100.7.23: Flags [P.], cksum 0xdd2f (correct), seq 7:12, ack 1, win 502, length 5
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 45)
    192.0.2.1.40000 > 198.51.100.7.23: Flags [P.], cksum 0x0806 (correct), seq 8:13, ack 1, win 502, length 5 [telnet SB 0x28 SE]
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 93)
    192.0.2.1.40000 > 198.51.100.7.6379: Flags [P.], cksum 0x15b3 (correct), seq 5:58, ack 6, win 502, length 53: RESP "GET" "k" "OK" "12" "ERR x" null empty "PING"
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 54)
    192.0.2.1.40000 > 198.51.100.7.6379: Flags [P.], cksum 0xbcf4 (correct), seq 0:14, ack 1, win 502, length 14: RESP length too large
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 55)
    192.0.2.1.40000 > 198.51.100.7.10288: Flags [P.], cksum 0x5911 (correct), seq 5:20, ack 6, win 502, length 15 BEEP RPY
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 55)
    192.0.2.1.40000 > 198.51.100.7.21: Flags [P.], cksum 0xd58c (correct), seq 5:20, ack 6, win 502, length 15: FTP, length: 15
	220 FTP ready
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 63)
    192.0.2.1.40000 > 198.51.100.7.25: Flags [P.], cksum 0x8b39 (correct), seq 5:28, ack 6, win 502, length 23: SMTP, length: 23
	EHLO x
	MAIL FROM:<a>
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 76)
    192.0.2.1.40000 > 198.51.100.7.554: Flags [P.], cksum 0x6b3e (correct), seq 5:41, ack 6, win 502, length 36: RTSP, length: 36
	OPTIONS rtsp://x RTSP/1.0
	CSeq: 1

""";

}
