using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Rpc;

/// <summary>
/// lwres (print-lwres.c) against tcpdump 4.99.3: synthetic requests and responses of each opcode, bad
/// addresses, another version, extra bytes and frames cut short, printed with "tcpdump -t -n [-vvv]".
/// </summary>
public class LwresTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("02000000000202000000000108004500004e000100004011669c0a0000010a00000203e80399003a0000000000320000000000001234000100010000000000000400000000000000000000000003000b6578616d706c652e636f6d00", -1),
        ("02000000000202000000000108004500007400010000401166760a0000010a000002039903e800600000000000580000000100001234000100010000000000000400000000000000000000010002000b6578616d706c652e636f6d000003777777000000000100040a01020300000002001000000000000000000000000000000000", -1),
        ("02000000000202000000000108004500004600010000401166a40a0000010a00000203e80399003200000000002a00000000000012340001000200000000000004000000000000000000000000010004c0000201", -1),
        ("02000000000202000000000108004500004500010000401166a50a0000010a000002039903e800310000000000290000000100001234000100020000000000000400000000000000000000000004686f737400", -1),
        ("02000000000202000000000108004500004600010000401166a40a0000010a00000203e80399003200000000002a00000000000012340001000300000000000004000000000000000000000300100003666f6f00", -1),
        ("02000000000202000000000108004500005400010000401166960a0000010a000002039903e80040000000000038000000010000123400010003000000000000040000000000000000000001000100000e10000100000003666f6f00000401020304", -1),
        ("02000000000202000000000108004500003800010000401166b20a0000010a00000203e80399002400000000001c000000020000123400000000000000000000040000000000", -1),
        ("02000000000202000000000108004500003b00010000401166af0a0000010a00000203e80399002700000000001f000000000000123400000099000000000000040000000000616263", -1),
        ("02000000000202000000000108004500004400010000401166a60a0000010a00000203e803990030000000000028000000000000123400010002000000000000040000000000000000000000000100020102", -1),
        ("02000000000202000000000108004500004500010000401166a50a0000010a00000203e80399003100000000002900000000000012340001000200000000000004000000000000000000000000070003010203", -1),
        ("02000000000202000000000108004500003a00010000401166b00a0000010a00000203e80399002600000000001e0001000000001234000000000000000000000400000000007878", -1),
        ("02000000000202000000000108004500003d00010000401166ad0a0000010a00000203e8039900290000000000210000000000001234000000000000000000000400000000006578747261", -1),
        ("02000000000202000000000108004500007400010000401166760a0000010a000002039903e800600000000000580000000100001234000100010000000000000400000000000000000000010002000b", 130),
        ("02000000000202000000000108004500004e000100004011669c0a0000010a00000203e80399003a00000000003200000000", 92),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 3 }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.1000 > 10.0.0.2.921:  lwres getaddrsbyname? IPv4/6 example.com\n"
        + "IP 10.0.0.1.921 > 10.0.0.2.1000:  lwres getaddrsbyname 1/2 example.com www 10.1.2.3 ::\n"
        + "IP 10.0.0.1.1000 > 10.0.0.2.921:  lwres getnamebyaddr? 192.0.2.1\n"
        + "IP 10.0.0.1.921 > 10.0.0.2.1000:  lwres getnamebyaddr 0 host\n"
        + "IP 10.0.0.1.1000 > 10.0.0.2.921:  lwres getrdatabyname? TXT CHAOS foo\n"
        + "IP 10.0.0.1.921 > 10.0.0.2.1000:  lwres getrdatabyname A TTL 1h 1/0 foo01020304\n"
        + "IP 10.0.0.1.1000 > 10.0.0.2.921:  lwres noop?[0x2]\n"
        + "IP 10.0.0.1.1000 > 10.0.0.2.921:  lwres #0x99?\n"
        + "IP 10.0.0.1.1000 > 10.0.0.2.921:  lwres getnamebyaddr? (invalid)\n"
        + "IP 10.0.0.1.1000 > 10.0.0.2.921:  lwres getnamebyaddr? 7/010203\n"
        + "IP 10.0.0.1.1000 > 10.0.0.2.921:  lwres v1\n"
        + "IP 10.0.0.1.1000 > 10.0.0.2.921:  lwres noop?[extra]\n"
        + "IP 10.0.0.1.921 > 10.0.0.2.1000:  lwres getaddrsbyname 1/2  [|lwres]\n"
        + "IP 10.0.0.1.1000 > 10.0.0.2.921:  [|lwres]\n";

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 78)\n"
        + "    10.0.0.1.1000 > 10.0.0.2.921: [no cksum]  lwres v0 getaddrsbyname? (serial:0x1234 result:0x0 recvlen:1024 authtype:0x0 authlen:0) flags:0x0 IPv4/6 example.com\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 116)\n"
        + "    10.0.0.1.921 > 10.0.0.2.1000: [no cksum]  lwres v0 getaddrsbyname (serial:0x1234 result:0x0 recvlen:1024 authtype:0x0 authlen:0) flags:0x0 1/2 example.com www 10.1.2.3 ::\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 70)\n"
        + "    10.0.0.1.1000 > 10.0.0.2.921: [no cksum]  lwres v0 getnamebyaddr? (serial:0x1234 result:0x0 recvlen:1024 authtype:0x0 authlen:0) flags:0x0 192.0.2.1\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 69)\n"
        + "    10.0.0.1.921 > 10.0.0.2.1000: [no cksum]  lwres v0 getnamebyaddr (serial:0x1234 result:0x0 recvlen:1024 authtype:0x0 authlen:0) flags:0x0 0 host\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 70)\n"
        + "    10.0.0.1.1000 > 10.0.0.2.921: [no cksum]  lwres v0 getrdatabyname? (serial:0x1234 result:0x0 recvlen:1024 authtype:0x0 authlen:0) flags:0x0 TXT CHAOS foo\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 84)\n"
        + "    10.0.0.1.921 > 10.0.0.2.1000: [no cksum]  lwres v0 getrdatabyname (serial:0x1234 result:0x0 recvlen:1024 authtype:0x0 authlen:0) flags:0x0 A TTL 1h 1/0 foo01020304\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n"
        + "    10.0.0.1.1000 > 10.0.0.2.921: [no cksum]  lwres v0 noop?[0x2] (serial:0x1234 result:0x0 recvlen:1024 authtype:0x0 authlen:0)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 59)\n"
        + "    10.0.0.1.1000 > 10.0.0.2.921: [no cksum]  lwres v0 #0x99? (serial:0x1234 result:0x0 recvlen:1024 authtype:0x0 authlen:0)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 68)\n"
        + "    10.0.0.1.1000 > 10.0.0.2.921: [no cksum]  lwres v0 getnamebyaddr? (serial:0x1234 result:0x0 recvlen:1024 authtype:0x0 authlen:0) flags:0x0 (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 69)\n"
        + "    10.0.0.1.1000 > 10.0.0.2.921: [no cksum]  lwres v0 getnamebyaddr? (serial:0x1234 result:0x0 recvlen:1024 authtype:0x0 authlen:0) flags:0x0 7/010203\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 58)\n"
        + "    10.0.0.1.1000 > 10.0.0.2.921: [no cksum]  lwres v1\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 61)\n"
        + "    10.0.0.1.1000 > 10.0.0.2.921: [no cksum]  lwres v0 noop? (serial:0x1234 result:0x0 recvlen:1024 authtype:0x0 authlen:0)[extra]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 116)\n"
        + "    10.0.0.1.921 > 10.0.0.2.1000: [no cksum]  lwres v0 getaddrsbyname (serial:0x1234 result:0x0 recvlen:1024 authtype:0x0 authlen:0) flags:0x0 1/2  [|lwres]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 78)\n"
        + "    10.0.0.1.1000 > 10.0.0.2.921: [no cksum]  [|lwres]\n";

}
