using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Snmp;

/// <summary>
/// AODV (print-aodv.c) against tcpdump 4.99.3: synthetic RREQ/RREP/RERR/RREP-ACK messages over UDP 654, IPv4 and
/// IPv6 layouts, draft-01 types, extensions, short and truncated messages, printed with "tcpdump -t [-n] [-v]".
/// </summary>
public class AodvTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("00010203040500010203040608004500003400010000401166b60a0000010a000002028e028e0020000001f80003000012340a010101000000050a02020200000006", 66),
        ("00010203040500010203040608004500003a00010000401166b00a0000010a000002028e028e0026000001000003000012340a010101000000050a020202000000060104000003e8", 72),
        ("00010203040500010203040608004500003a00010000401166b00a0000010a000002028e028e0026000001000003000012340a010101000000050a020202000000060102000003e8", 72),
        ("00010203040500010203040608004500003300010000401166b70a0000010a000002028e028e001f000002c03f020a010101000000070a02020200000bb8090300", 65),
        ("00010203040500010203040608004500003400010000401166b60a0000010a000002028e028e0020000002c03f020a010101000000070a02020200000bb801040000", 66),
        ("00010203040500010203040608004500003000010000401166ba0a0000010a000002028e028e001c0000038000020a010101000000010a02020200000002", 62),
        ("00010203040500010203040608004500003000010000401166ba0a0000010a000002028e028e001c0000030000030a010101000000010a02020200000002", 62),
        ("00010203040500010203040608004500001e00010000401166cc0a0000010a000002028e028e000a00000400", 44),
        ("00010203040500010203040608004500001e00010000401166cc0a0000010a000002028e028e000a00001300", 44),
        ("00010203040500010203040608004500001f00010000401166cb0a0000010a000002028e028e000b00004d0102", 45),
        ("00010203040500010203040608004500002200010000401166c80a0000010a000002028e028e000e0000010000030000", 48),
        ("00010203040500010203040686dd600000000038114020010db800000000000000000000000120010db8000000000000000000000002028e028e003800000100000300000009fe80000000000000000000000000000100000005fe80000000000000000000000000000200000006", 110),
        ("00010203040500010203040686dd600000000034114020010db800000000000000000000000120010db8000000000000000000000002028e028e0034000002000503fe80000000000000000000000000000100000005fe80000000000000000000000000000200000006", 106),
        ("00010203040500010203040686dd600000000020114020010db800000000000000000000000120010db8000000000000000000000002028e028e0020000003800001fe80000000000000000000000000000100000005", 86),
        ("00010203040500010203040608004500005200010000401166980a0000010a000002028e028e003e000010000003000000090000000500000006fe800000000000000000000000000001fe80000000000000000000000000000201040000004d", 96),
        ("00010203040500010203040608004500004800010000401166a20a0000010a000002028e028e003400001100050300000005fe800000000000000000000000000001fe80000000000000000000000000000200000006", 86),
        ("00010203040500010203040608004500003400010000401166b60a0000010a000002028e028e0020000012000001fe80000000000000000000000000000100000005", 66),
        ("00010203040500010203040608004500003400010000401166b60a0000010a000002028e028e0020000012000002fe80000000000000000000000000000100000005", 66),
        ("00010203040500010203040608004500003000010000401166ba0a0000010a000002028e028e001c0000020000020a010101000000070a02020200", 62),
        ("00010203040500010203040608004500001d00010000401166cd0a0000010a000002028e028e00090000", 43),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.654 > 10.0.0.2.654:  aodv rreq 24  hops 3 id 0x00001234\n"
        + "\tdst 10.1.1.1 seq 5 src 10.2.2.2 seq 6\n"
        + "IP 10.0.0.1.654 > 10.0.0.2.654:  aodv rreq 30  hops 3 id 0x00001234\n"
        + "\tdst 10.1.1.1 seq 5 src 10.2.2.2 seq 6\n"
        + "\text HELLO 1000 ms\n"
        + "IP 10.0.0.1.654 > 10.0.0.2.654:  aodv rreq 30  hops 3 id 0x00001234\n"
        + "\tdst 10.1.1.1 seq 5 src 10.2.2.2 seq 6\n"
        + "\text HELLO - bad length 2\n"
        + "IP 10.0.0.1.654 > 10.0.0.2.654:  aodv rrep 23  prefix 31 hops 2\n"
        + "\tdst 10.1.1.1 dseq 7 src 10.2.2.2 3000 ms\n"
        + "\text 9 3\n"
        + "IP 10.0.0.1.654 > 10.0.0.2.654:  aodv rrep 24  prefix 31 hops 2\n"
        + "\tdst 10.1.1.1 dseq 7 src 10.2.2.2 3000 ms [|aodv]\n"
        + "IP 10.0.0.1.654 > 10.0.0.2.654:  aodv rerr [D] [items 2] [20]: {10.1.1.1}(1) {10.2.2.2}(2)\n"
        + "IP 10.0.0.1.654 > 10.0.0.2.654:  aodv rerr  [items 3] [20]: {10.1.1.1}(1) {10.2.2.2}(2) [|aodv]\n"
        + "IP 10.0.0.1.654 > 10.0.0.2.654:  aodv rrep-ack 2\n"
        + "IP 10.0.0.1.654 > 10.0.0.2.654:  aodv rrep-ack 2\n"
        + "IP 10.0.0.1.654 > 10.0.0.2.654:  aodv type 77 3\n"
        + "IP 10.0.0.1.654 > 10.0.0.2.654:  aodv [|aodv]\n"
        + "IP6 2001:db8::1.654 > 2001:db8::2.654:  aodv v6 rreq 48  hops 3 id 0x00000009\n"
        + "\tdst fe80::1 seq 5 src fe80::2 seq 6\n"
        + "IP6 2001:db8::1.654 > 2001:db8::2.654:  aodv rrep 44  prefix 5 hops 3\n"
        + "\tdst fe80::1 dseq 5 src fe80::2 6 ms\n"
        + "IP6 2001:db8::1.654 > 2001:db8::2.654:  aodv rerr [D] [items 1] [24]: {fe80::1}(5)\n"
        + "IP 10.0.0.1.654 > 10.0.0.2.654:  aodv rreq 54 [D] hops 3 id 0x00000009\n"
        + "\tdst fe80::1 seq 5 src fe80::2 seq 6\n"
        + "\text HELLO 77 ms\n"
        + "IP 10.0.0.1.654 > 10.0.0.2.654:  aodv rrep 44  prefix 5 hops 3\n"
        + "\tdst fe80::1 dseq 5 src fe80::2 6 ms\n"
        + "IP 10.0.0.1.654 > 10.0.0.2.654:  aodv rerr  [items 1] [24]: {fe80::1}(5)\n"
        + "IP 10.0.0.1.654 > 10.0.0.2.654:  aodv rerr  [items 2] [24]: {fe80::1}(5) [|aodv]\n"
        + "IP 10.0.0.1.654 > 10.0.0.2.654:  aodv [|aodv]\n"
        + "IP 10.0.0.1.654 > 10.0.0.2.654:  [|aodv]\n";

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n"
        + "    10.0.0.1.654 > 10.0.0.2.654:  aodv rreq 24  hops 3 id 0x00001234\n"
        + "\tdst 10.1.1.1 seq 5 src 10.2.2.2 seq 6\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 58)\n"
        + "    10.0.0.1.654 > 10.0.0.2.654:  aodv rreq 30  hops 3 id 0x00001234\n"
        + "\tdst 10.1.1.1 seq 5 src 10.2.2.2 seq 6\n"
        + "\text HELLO 1000 ms\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 58)\n"
        + "    10.0.0.1.654 > 10.0.0.2.654:  aodv rreq 30  hops 3 id 0x00001234\n"
        + "\tdst 10.1.1.1 seq 5 src 10.2.2.2 seq 6\n"
        + "\text HELLO - bad length 2\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 51)\n"
        + "    10.0.0.1.654 > 10.0.0.2.654:  aodv rrep 23  prefix 31 hops 2\n"
        + "\tdst 10.1.1.1 dseq 7 src 10.2.2.2 3000 ms\n"
        + "\text 9 3\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n"
        + "    10.0.0.1.654 > 10.0.0.2.654:  aodv rrep 24  prefix 31 hops 2\n"
        + "\tdst 10.1.1.1 dseq 7 src 10.2.2.2 3000 ms [|aodv]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48)\n"
        + "    10.0.0.1.654 > 10.0.0.2.654:  aodv rerr [D] [items 2] [20]: {10.1.1.1}(1) {10.2.2.2}(2)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48)\n"
        + "    10.0.0.1.654 > 10.0.0.2.654:  aodv rerr  [items 3] [20]: {10.1.1.1}(1) {10.2.2.2}(2) [|aodv]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 30)\n"
        + "    10.0.0.1.654 > 10.0.0.2.654:  aodv rrep-ack 2\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 30)\n"
        + "    10.0.0.1.654 > 10.0.0.2.654:  aodv rrep-ack 2\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 31)\n"
        + "    10.0.0.1.654 > 10.0.0.2.654:  aodv type 77 3\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 34)\n"
        + "    10.0.0.1.654 > 10.0.0.2.654:  aodv [|aodv]\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 56) 2001:db8::1.654 > 2001:db8::2.654: [bad udp cksum 0x0000 -> 0xa0d1!]  aodv v6 rreq 48  hops 3 id 0x00000009\n"
        + "\tdst fe80::1 seq 5 src fe80::2 seq 6\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 52) 2001:db8::1.654 > 2001:db8::2.654: [bad udp cksum 0x0000 -> 0x9ae2!]  aodv rrep 44  prefix 5 hops 3\n"
        + "\tdst fe80::1 dseq 5 src fe80::2 6 ms\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 32) 2001:db8::1.654 > 2001:db8::2.654: [bad udp cksum 0x0000 -> 0x9d15!]  aodv rerr [D] [items 1] [24]: {fe80::1}(5)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 82)\n"
        + "    10.0.0.1.654 > 10.0.0.2.654:  aodv rreq 54 [D] hops 3 id 0x00000009\n"
        + "\tdst fe80::1 seq 5 src fe80::2 seq 6\n"
        + "\text HELLO 77 ms\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n"
        + "    10.0.0.1.654 > 10.0.0.2.654:  aodv rrep 44  prefix 5 hops 3\n"
        + "\tdst fe80::1 dseq 5 src fe80::2 6 ms\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n"
        + "    10.0.0.1.654 > 10.0.0.2.654:  aodv rerr  [items 1] [24]: {fe80::1}(5)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n"
        + "    10.0.0.1.654 > 10.0.0.2.654:  aodv rerr  [items 2] [24]: {fe80::1}(5) [|aodv]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48)\n"
        + "    10.0.0.1.654 > 10.0.0.2.654:  aodv [|aodv]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 29)\n"
        + "    10.0.0.1.654 > 10.0.0.2.654:  [|aodv]\n";
}
