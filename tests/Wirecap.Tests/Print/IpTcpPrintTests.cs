using System.Text;
using Wirecap.Files;
using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Print;

/// <summary>
/// IPv4, TCP, UDP and the TCP text printers against tcpdump 4.99.3: the frames below were written to a
/// pcap and printed with "tcpdump -t -n OPTIONS"; the expected texts are tcpdump's output, verbatim.
/// The frames run in order, so relative sequence numbers carry from the handshake to the data.
/// </summary>
public class IpTcpPrintTests
{
    // name, Ethernet frame, wire length (differs from the captured length for the truncated one)
    private static readonly (string Name, string Hex, int WireLength)[] Frames =
    [
        ("syn", "02000000000202000000000108004500003c0001400040064e7fc0000201c63364079c400050000f424000000000a002faf07e0b0000020405b40402080a000003e80000000001030307", 74),
        ("synack", "02000000000202000000000108004500003c0001400040064e7fc6336407c000020100509c40004c4b40000f4241a012fe882ed60000020405b40402080a000003e80000000001030307", 74),
        ("ack", "0200000000020200000000010800450000280001400040064e93c0000201c63364079c400050000f4241004c4b41501001f697340000000000000000", 60),
        ("get", "0200000000020200000000010800450000640001400040064e57c0000201c63364079c400050000f4241004c4b41501801f6ce840000474554202f696e6465782e68746d6c20485454502f312e310d0a486f73743a206578616d706c652e636f6d0d0a4163636570743a202a2f2a0d0a0d0a", 114),
        ("resp", "0200000000020200000000010800450000530001400040064e68c6336407c000020100509c40004c4b41000f427d501801f6a3ef0000485454502f312e3120323030204f4b0d0a436f6e74656e742d4c656e6774683a20350d0a0d0a68656c6c6f", 97),
        ("sack", "0200000000020200000000010800450000340001400040064e87c0000201c63364079c400050000f427d004c4b41801001f6c89a00000101050a004c4ba5004c4c09", 66),
        ("body", "0200000000020200000000010800450000300001400040064e8bc6336407c000020100509c40004c4ba4000f427d501001f653480000000162696e617279", 62),
        ("fin", "0200000000020200000000010800450000280001400040064e93c0000201c63364079c400050000f427d004c4b41501101f696f70000000000000000", 60),
        ("ssh", "0200000000020200000000010800450000480001400040064e73c6336407c00002010016c3500000000700000009501801f6d05e00005353482d322e302d4f70656e5353485f392e3270312044656269616e2d320d0a", 86),
        ("badcksum", "0200000000020200000000010800450000280001400040065f82c0000201c633640704d210e10000000100000002500201f6ab050000", 54),
        ("udp", "0200000000020200000000010800450000270001400040114e89c0000201c633640713881770001356c568656c6c6f20776f726c64", 53),
        ("udpbad", "0200000000020200000000010800450000270001400040114e89c0000201c633640713881770001359ca68656c6c6f20776f726c64", 53),
        ("udpzero", "0200000000020200000000010800450000270001400040114e89c0000201c6336407138817700013000068656c6c6f20776f726c64", 53),
        ("ipopts", "02000000000202000000000108004b000035000140004011c53ac0000201c6336407070b04c0000201c633640701440c0501c00002010000303913881770000970a778", 67),
        ("frag", "02000000000202000000000108004500002c0309200a40066b7dc0000201c6336407000000000000000000000000000000000000000000000000", 58),
        ("proto253", "0200000000020200000000010800450000180001400040fd4dacc0000201c63364076162636400000000000000000000000000000000000000000000", 60),
        ("trunc", "0200000000020200000000010800450000340001400040064e87c0000201c63364079c400050000f4241004c4b41801001f65e1a00000101080a0000", 66),
        ("opts", "0200000000020200000000010800450000460001400040064e75c0000201c63364079c411f900000000100000000c00201f6683100001e0c01810102030405060708220a00112233445566776304abcd00000000", 84),
        ("md5", "02000000000202000000000108004500003c0001400040064e7fc0000201c63364079c411f900000000100000000a00201f6697700001312000102030405060708090a0b0c0d0e0f0100", 74),
        ("badopt", "0200000000020200000000010800450000300001400040064e8bc0000201c63364079c411f900000000100000000700201f6de180000020905b400000000", 62),
        ("rst", "02000000000202000000000108004500002f0001400040064e8cc0000201c63364079c4200510000000100000000500401f6cc450000726573657401ff", 61),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames.Select(f => (f.Hex, f.WireLength)), options);

    /// <summary>tcpdump -t -n </summary>
    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    private const string ExpectedDefault = """
IP 192.0.2.1.40000 > 198.51.100.7.80: Flags [S], seq 1000000, win 64240, options [mss 1460,sackOK,TS val 1000 ecr 0,nop,wscale 7], length 0
IP 198.51.100.7.80 > 192.0.2.1.40000: Flags [S.], seq 5000000, ack 1000001, win 65160, options [mss 1460,sackOK,TS val 1000 ecr 0,nop,wscale 7], length 0
IP 192.0.2.1.40000 > 198.51.100.7.80: Flags [.], ack 1, win 502, length 0
IP 192.0.2.1.40000 > 198.51.100.7.80: Flags [P.], seq 1:61, ack 1, win 502, length 60: HTTP: GET /index.html HTTP/1.1
IP 198.51.100.7.80 > 192.0.2.1.40000: Flags [P.], seq 1:44, ack 61, win 502, length 43: HTTP: HTTP/1.1 200 OK
IP 192.0.2.1.40000 > 198.51.100.7.80: Flags [.], ack 1, win 502, options [nop,nop,sack 1 {101:201}], length 0
IP 198.51.100.7.80 > 192.0.2.1.40000: Flags [.], seq 100:108, ack 61, win 502, length 8: HTTP
IP 192.0.2.1.40000 > 198.51.100.7.80: Flags [F.], seq 61, ack 1, win 502, length 0
IP 198.51.100.7.22 > 192.0.2.1.50000: Flags [P.], seq 7:39, ack 9, win 502, length 32: SSH: SSH-2.0-OpenSSH_9.2p1 Debian-2
IP 192.0.2.1.1234 > 198.51.100.7.4321: Flags [S], seq 1, win 502, length 0
IP 192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 11
IP 192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 11
IP 192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 11
IP 192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 1
IP 192.0.2.1 > 198.51.100.7: ip-proto-6
IP 192.0.2.1 > 198.51.100.7:  ip-proto-253 4
IP 192.0.2.1.40000 > 198.51.100.7.80: Flags [.], ack 1, win 502, options [nop,nop,TS [|tcp]>
IP 192.0.2.1.40001 > 198.51.100.7.8080: Flags [S], seq 1:3, win 502, options [mptcp 12 capable v1 csum {0x102030405060708},tfo  cookie 0011223344556677,unknown-99 0xabcd,eol], length 2: HTTP
IP 192.0.2.1.40001 > 198.51.100.7.8080: Flags [S], seq 1, win 502, options [md5 shared secret not supplied with -M, can't check - 000102030405060708090a0b0c0d0e0f,nop,eol], length 0
IP 192.0.2.1.40001 > 198.51.100.7.8080: Flags [S], seq 1, win 502, options [[bad opt]
IP 192.0.2.1.40002 > 198.51.100.7.81: Flags [R], seq 1:8, win 502, length 7

""";

    /// <summary>tcpdump -t -n -v</summary>
    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedVerbose = """
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
    192.0.2.1.40000 > 198.51.100.7.80: Flags [S], cksum 0x7e0b (correct), seq 1000000, win 64240, options [mss 1460,sackOK,TS val 1000 ecr 0,nop,wscale 7], length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
    198.51.100.7.80 > 192.0.2.1.40000: Flags [S.], cksum 0x2ed6 (correct), seq 5000000, ack 1000001, win 65160, options [mss 1460,sackOK,TS val 1000 ecr 0,nop,wscale 7], length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 40)
    192.0.2.1.40000 > 198.51.100.7.80: Flags [.], cksum 0x9734 (correct), ack 1, win 502, length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 100)
    192.0.2.1.40000 > 198.51.100.7.80: Flags [P.], cksum 0xce84 (correct), seq 1:61, ack 1, win 502, length 60: HTTP, length: 60
	GET /index.html HTTP/1.1
	Host: example.com
	Accept: */*
	
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 83)
    198.51.100.7.80 > 192.0.2.1.40000: Flags [P.], cksum 0xa3ef (correct), seq 1:44, ack 61, win 502, length 43: HTTP, length: 43
	HTTP/1.1 200 OK
	Content-Length: 5
	
	hello [|http]
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
    192.0.2.1.40000 > 198.51.100.7.80: Flags [.], cksum 0xc89a (correct), ack 1, win 502, options [nop,nop,sack 1 {101:201}], length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
    198.51.100.7.80 > 192.0.2.1.40000: Flags [.], cksum 0x5348 (correct), seq 100:108, ack 61, win 502, length 8: HTTP
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 40)
    192.0.2.1.40000 > 198.51.100.7.80: Flags [F.], cksum 0x96f7 (correct), seq 61, ack 1, win 502, length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 72)
    198.51.100.7.22 > 192.0.2.1.50000: Flags [P.], cksum 0xd05e (correct), seq 7:39, ack 9, win 502, length 32: SSH: SSH-2.0-OpenSSH_9.2p1 Debian-2
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 40, bad cksum 5f82 (->4e93)!)
    192.0.2.1.1234 > 198.51.100.7.4321: Flags [S], cksum 0xab05 (incorrect -> 0xabfa), seq 1, win 502, length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 39)
    192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 11
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 39)
    192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 11
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 39)
    192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 11
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 53, options (RR 192.0.2.1 198.51.100.7,NOP,timestamp TS{TS+ADDR ^ 12345@192.0.2.1}))
    192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 1
IP (tos 0x0, ttl 64, id 777, offset 80, flags [+], proto TCP (6), length 44)
    192.0.2.1 > 198.51.100.7: ip-proto-6
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto unknown (253), length 24)
    192.0.2.1 > 198.51.100.7:  ip-proto-253 4
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
    192.0.2.1.40000 > 198.51.100.7.80: Flags [.], ack 1, win 502, options [nop,nop,TS [|tcp]>
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 70)
    192.0.2.1.40001 > 198.51.100.7.8080: Flags [S], cksum 0x6831 (correct), seq 1:3, win 502, options [mptcp 12 capable v1 csum {0x102030405060708},tfo  cookie 0011223344556677,unknown-99 0xabcd,eol], length 2: HTTP
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
    192.0.2.1.40001 > 198.51.100.7.8080: Flags [S], cksum 0x6977 (correct), seq 1, win 502, options [md5 shared secret not supplied with -M, can't check - 000102030405060708090a0b0c0d0e0f,nop,eol], length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
    192.0.2.1.40001 > 198.51.100.7.8080: Flags [S], cksum 0xde18 (correct), seq 1, win 502, options [[bad opt]
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 47)
    192.0.2.1.40002 > 198.51.100.7.81: Flags [R], cksum 0xcc45 (correct), seq 1:8, win 502, length 7 [RST reset^AM-^?]

""";

    /// <summary>tcpdump -t -n -vv</summary>
    [Fact]
    public void VeryVerbose() => Assert.Equal(ExpectedVeryVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2 }));

    private const string ExpectedVeryVerbose = """
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
    192.0.2.1.40000 > 198.51.100.7.80: Flags [S], cksum 0x7e0b (correct), seq 1000000, win 64240, options [mss 1460,sackOK,TS val 1000 ecr 0,nop,wscale 7], length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
    198.51.100.7.80 > 192.0.2.1.40000: Flags [S.], cksum 0x2ed6 (correct), seq 5000000, ack 1000001, win 65160, options [mss 1460,sackOK,TS val 1000 ecr 0,nop,wscale 7], length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 40)
    192.0.2.1.40000 > 198.51.100.7.80: Flags [.], cksum 0x9734 (correct), seq 1, ack 1, win 502, length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 100)
    192.0.2.1.40000 > 198.51.100.7.80: Flags [P.], cksum 0xce84 (correct), seq 1:61, ack 1, win 502, length 60: HTTP, length: 60
	GET /index.html HTTP/1.1
	Host: example.com
	Accept: */*
	
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 83)
    198.51.100.7.80 > 192.0.2.1.40000: Flags [P.], cksum 0xa3ef (correct), seq 1:44, ack 61, win 502, length 43: HTTP, length: 43
	HTTP/1.1 200 OK
	Content-Length: 5
	
	hello [|http]
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
    192.0.2.1.40000 > 198.51.100.7.80: Flags [.], cksum 0xc89a (correct), seq 61, ack 1, win 502, options [nop,nop,sack 1 {101:201}], length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
    198.51.100.7.80 > 192.0.2.1.40000: Flags [.], cksum 0x5348 (correct), seq 100:108, ack 61, win 502, length 8: HTTP
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 40)
    192.0.2.1.40000 > 198.51.100.7.80: Flags [F.], cksum 0x96f7 (correct), seq 61, ack 1, win 502, length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 72)
    198.51.100.7.22 > 192.0.2.1.50000: Flags [P.], cksum 0xd05e (correct), seq 7:39, ack 9, win 502, length 32: SSH: SSH-2.0-OpenSSH_9.2p1 Debian-2
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 40, bad cksum 5f82 (->4e93)!)
    192.0.2.1.1234 > 198.51.100.7.4321: Flags [S], cksum 0xab05 (incorrect -> 0xabfa), seq 1, win 502, length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 39)
    192.0.2.1.5000 > 198.51.100.7.6000: [udp sum ok] UDP, length 11
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 39)
    192.0.2.1.5000 > 198.51.100.7.6000: [bad udp cksum 0x59ca -> 0x56c5!] UDP, length 11
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 39)
    192.0.2.1.5000 > 198.51.100.7.6000: [no cksum] UDP, length 11
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 53, options (RR 192.0.2.1 198.51.100.7,NOP,timestamp TS{TS+ADDR ^ 12345@192.0.2.1}))
    192.0.2.1.5000 > 198.51.100.7.6000: [udp sum ok] UDP, length 1
IP (tos 0x0, ttl 64, id 777, offset 80, flags [+], proto TCP (6), length 44)
    192.0.2.1 > 198.51.100.7: ip-proto-6
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto unknown (253), length 24)
    192.0.2.1 > 198.51.100.7:  ip-proto-253 4
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
    192.0.2.1.40000 > 198.51.100.7.80: Flags [.], seq 1, ack 1, win 502, options [nop,nop,TS [|tcp]>
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 70)
    192.0.2.1.40001 > 198.51.100.7.8080: Flags [S], cksum 0x6831 (correct), seq 1:3, win 502, options [mptcp 12 capable v1 csum {0x102030405060708},tfo  cookie 0011223344556677,unknown-99 0xabcd,eol], length 2: HTTP
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
    192.0.2.1.40001 > 198.51.100.7.8080: Flags [S], cksum 0x6977 (correct), seq 1, win 502, options [md5 shared secret not supplied with -M, can't check - 000102030405060708090a0b0c0d0e0f,nop,eol], length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
    192.0.2.1.40001 > 198.51.100.7.8080: Flags [S], cksum 0xde18 (correct), seq 1, win 502, options [[bad opt]
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 47)
    192.0.2.1.40002 > 198.51.100.7.81: Flags [R], cksum 0xcc45 (correct), seq 1:8, win 502, length 7 [RST reset^AM-^?]

""";

    /// <summary>tcpdump -t -n -S</summary>
    [Fact]
    public void Absolute() => Assert.Equal(ExpectedAbsolute, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, AbsoluteSeq = true }));

    private const string ExpectedAbsolute = """
IP 192.0.2.1.40000 > 198.51.100.7.80: Flags [S], seq 1000000, win 64240, options [mss 1460,sackOK,TS val 1000 ecr 0,nop,wscale 7], length 0
IP 198.51.100.7.80 > 192.0.2.1.40000: Flags [S.], seq 5000000, ack 1000001, win 65160, options [mss 1460,sackOK,TS val 1000 ecr 0,nop,wscale 7], length 0
IP 192.0.2.1.40000 > 198.51.100.7.80: Flags [.], ack 5000001, win 502, length 0
IP 192.0.2.1.40000 > 198.51.100.7.80: Flags [P.], seq 1000001:1000061, ack 5000001, win 502, length 60: HTTP: GET /index.html HTTP/1.1
IP 198.51.100.7.80 > 192.0.2.1.40000: Flags [P.], seq 5000001:5000044, ack 1000061, win 502, length 43: HTTP: HTTP/1.1 200 OK
IP 192.0.2.1.40000 > 198.51.100.7.80: Flags [.], ack 5000001, win 502, options [nop,nop,sack 1 {5000101:5000201}], length 0
IP 198.51.100.7.80 > 192.0.2.1.40000: Flags [.], seq 5000100:5000108, ack 1000061, win 502, length 8: HTTP
IP 192.0.2.1.40000 > 198.51.100.7.80: Flags [F.], seq 1000061, ack 5000001, win 502, length 0
IP 198.51.100.7.22 > 192.0.2.1.50000: Flags [P.], seq 7:39, ack 9, win 502, length 32: SSH: SSH-2.0-OpenSSH_9.2p1 Debian-2
IP 192.0.2.1.1234 > 198.51.100.7.4321: Flags [S], seq 1, win 502, length 0
IP 192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 11
IP 192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 11
IP 192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 11
IP 192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 1
IP 192.0.2.1 > 198.51.100.7: ip-proto-6
IP 192.0.2.1 > 198.51.100.7:  ip-proto-253 4
IP 192.0.2.1.40000 > 198.51.100.7.80: Flags [.], ack 5000001, win 502, options [nop,nop,TS [|tcp]>
IP 192.0.2.1.40001 > 198.51.100.7.8080: Flags [S], seq 1:3, win 502, options [mptcp 12 capable v1 csum {0x102030405060708},tfo  cookie 0011223344556677,unknown-99 0xabcd,eol], length 2: HTTP
IP 192.0.2.1.40001 > 198.51.100.7.8080: Flags [S], seq 1, win 502, options [md5 shared secret not supplied with -M, can't check - 000102030405060708090a0b0c0d0e0f,nop,eol], length 0
IP 192.0.2.1.40001 > 198.51.100.7.8080: Flags [S], seq 1, win 502, options [[bad opt]
IP 192.0.2.1.40002 > 198.51.100.7.81: Flags [R], seq 1:8, win 502, length 7

""";

    /// <summary>tcpdump -t -n -q</summary>
    [Fact]
    public void Quiet() => Assert.Equal(ExpectedQuiet, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Quiet = true }));

    private const string ExpectedQuiet = """
IP 192.0.2.1.40000 > 198.51.100.7.80: tcp 0
IP 198.51.100.7.80 > 192.0.2.1.40000: tcp 0
IP 192.0.2.1.40000 > 198.51.100.7.80: tcp 0
IP 192.0.2.1.40000 > 198.51.100.7.80: tcp 60
IP 198.51.100.7.80 > 192.0.2.1.40000: tcp 43
IP 192.0.2.1.40000 > 198.51.100.7.80: tcp 0
IP 198.51.100.7.80 > 192.0.2.1.40000: tcp 8
IP 192.0.2.1.40000 > 198.51.100.7.80: tcp 0
IP 198.51.100.7.22 > 192.0.2.1.50000: tcp 32
IP 192.0.2.1.1234 > 198.51.100.7.4321: tcp 0
IP 192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 11
IP 192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 11
IP 192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 11
IP 192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 1
IP 192.0.2.1 > 198.51.100.7: ip-proto-6
IP 192.0.2.1 > 198.51.100.7:  ip-proto-253 4
IP 192.0.2.1.40000 > 198.51.100.7.80: tcp 0
IP 192.0.2.1.40001 > 198.51.100.7.8080: tcp 2
IP 192.0.2.1.40001 > 198.51.100.7.8080: tcp 0
IP 192.0.2.1.40001 > 198.51.100.7.8080: tcp 0
IP 192.0.2.1.40002 > 198.51.100.7.81: tcp 7

""";

    /// <summary>tcpdump -t -n -K -v</summary>
    [Fact]
    public void NoChecksum() => Assert.Equal(ExpectedNoChecksum, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1, NoChecksum = true }));

    private const string ExpectedNoChecksum = """
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
    192.0.2.1.40000 > 198.51.100.7.80: Flags [S], seq 1000000, win 64240, options [mss 1460,sackOK,TS val 1000 ecr 0,nop,wscale 7], length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
    198.51.100.7.80 > 192.0.2.1.40000: Flags [S.], seq 5000000, ack 1000001, win 65160, options [mss 1460,sackOK,TS val 1000 ecr 0,nop,wscale 7], length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 40)
    192.0.2.1.40000 > 198.51.100.7.80: Flags [.], ack 1, win 502, length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 100)
    192.0.2.1.40000 > 198.51.100.7.80: Flags [P.], seq 1:61, ack 1, win 502, length 60: HTTP, length: 60
	GET /index.html HTTP/1.1
	Host: example.com
	Accept: */*
	
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 83)
    198.51.100.7.80 > 192.0.2.1.40000: Flags [P.], seq 1:44, ack 61, win 502, length 43: HTTP, length: 43
	HTTP/1.1 200 OK
	Content-Length: 5
	
	hello [|http]
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
    192.0.2.1.40000 > 198.51.100.7.80: Flags [.], ack 1, win 502, options [nop,nop,sack 1 {101:201}], length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
    198.51.100.7.80 > 192.0.2.1.40000: Flags [.], seq 100:108, ack 61, win 502, length 8: HTTP
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 40)
    192.0.2.1.40000 > 198.51.100.7.80: Flags [F.], seq 61, ack 1, win 502, length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 72)
    198.51.100.7.22 > 192.0.2.1.50000: Flags [P.], seq 7:39, ack 9, win 502, length 32: SSH: SSH-2.0-OpenSSH_9.2p1 Debian-2
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 40)
    192.0.2.1.1234 > 198.51.100.7.4321: Flags [S], seq 1, win 502, length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 39)
    192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 11
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 39)
    192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 11
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 39)
    192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 11
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto UDP (17), length 53, options (RR 192.0.2.1 198.51.100.7,NOP,timestamp TS{TS+ADDR ^ 12345@192.0.2.1}))
    192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 1
IP (tos 0x0, ttl 64, id 777, offset 80, flags [+], proto TCP (6), length 44)
    192.0.2.1 > 198.51.100.7: ip-proto-6
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto unknown (253), length 24)
    192.0.2.1 > 198.51.100.7:  ip-proto-253 4
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 52)
    192.0.2.1.40000 > 198.51.100.7.80: Flags [.], ack 1, win 502, options [nop,nop,TS [|tcp]>
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 70)
    192.0.2.1.40001 > 198.51.100.7.8080: Flags [S], seq 1:3, win 502, options [mptcp 12 capable v1 csum {0x102030405060708},tfo  cookie 0011223344556677,unknown-99 0xabcd,eol], length 2: HTTP
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)
    192.0.2.1.40001 > 198.51.100.7.8080: Flags [S], seq 1, win 502, options [md5 shared secret not supplied with -M, can't check - 000102030405060708090a0b0c0d0e0f,nop,eol], length 0
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 48)
    192.0.2.1.40001 > 198.51.100.7.8080: Flags [S], seq 1, win 502, options [[bad opt]
IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 47)
    192.0.2.1.40002 > 198.51.100.7.81: Flags [R], seq 1:8, win 502, length 7 [RST reset^AM-^?]

""";

    /// <summary>tcpdump -t -n -e</summary>
    [Fact]
    public void LinkHeader() => Assert.Equal(ExpectedLinkHeader, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, LinkHeader = true }));

    private const string ExpectedLinkHeader = """
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 74: 192.0.2.1.40000 > 198.51.100.7.80: Flags [S], seq 1000000, win 64240, options [mss 1460,sackOK,TS val 1000 ecr 0,nop,wscale 7], length 0
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 74: 198.51.100.7.80 > 192.0.2.1.40000: Flags [S.], seq 5000000, ack 1000001, win 65160, options [mss 1460,sackOK,TS val 1000 ecr 0,nop,wscale 7], length 0
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 60: 192.0.2.1.40000 > 198.51.100.7.80: Flags [.], ack 1, win 502, length 0
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 114: 192.0.2.1.40000 > 198.51.100.7.80: Flags [P.], seq 1:61, ack 1, win 502, length 60: HTTP: GET /index.html HTTP/1.1
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 97: 198.51.100.7.80 > 192.0.2.1.40000: Flags [P.], seq 1:44, ack 61, win 502, length 43: HTTP: HTTP/1.1 200 OK
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 66: 192.0.2.1.40000 > 198.51.100.7.80: Flags [.], ack 1, win 502, options [nop,nop,sack 1 {101:201}], length 0
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 62: 198.51.100.7.80 > 192.0.2.1.40000: Flags [.], seq 100:108, ack 61, win 502, length 8: HTTP
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 60: 192.0.2.1.40000 > 198.51.100.7.80: Flags [F.], seq 61, ack 1, win 502, length 0
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 86: 198.51.100.7.22 > 192.0.2.1.50000: Flags [P.], seq 7:39, ack 9, win 502, length 32: SSH: SSH-2.0-OpenSSH_9.2p1 Debian-2
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 54: 192.0.2.1.1234 > 198.51.100.7.4321: Flags [S], seq 1, win 502, length 0
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 53: 192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 11
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 53: 192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 11
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 53: 192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 11
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 67: 192.0.2.1.5000 > 198.51.100.7.6000: UDP, length 1
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 58: 192.0.2.1 > 198.51.100.7: ip-proto-6
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 60: 192.0.2.1 > 198.51.100.7:  ip-proto-253 4
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 66: 192.0.2.1.40000 > 198.51.100.7.80: Flags [.], ack 1, win 502, options [nop,nop,TS [|tcp]>
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 84: 192.0.2.1.40001 > 198.51.100.7.8080: Flags [S], seq 1:3, win 502, options [mptcp 12 capable v1 csum {0x102030405060708},tfo  cookie 0011223344556677,unknown-99 0xabcd,eol], length 2: HTTP
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 74: 192.0.2.1.40001 > 198.51.100.7.8080: Flags [S], seq 1, win 502, options [md5 shared secret not supplied with -M, can't check - 000102030405060708090a0b0c0d0e0f,nop,eol], length 0
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 62: 192.0.2.1.40001 > 198.51.100.7.8080: Flags [S], seq 1, win 502, options [[bad opt]
02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype IPv4 (0x0800), length 61: 192.0.2.1.40002 > 198.51.100.7.81: Flags [R], seq 1:8, win 502, length 7

""";

}
