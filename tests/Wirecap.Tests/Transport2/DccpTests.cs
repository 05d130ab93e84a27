using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Transport2;

/// <summary>
/// DCCP (print-dccp.c) against tcpdump 4.99.3: synthetic IPv4 and IPv6 packets (every type, short and
/// extended sequence numbers, partial checksum coverage, each option kind, cut short or too short)
/// written to a pcap and printed with "tcpdump -t -n [-q|-v|-vv]", whose output is the expected text here.
/// </summary>
public class DccpTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("00aabbccddee00112233445508004500002d00010000402166ad0a0000010a0000021389177106302293010000123456789abc0000002a00010203", 59),
        ("00aabbccddee00112233445508004500004100010000402166990a0000010a000002138917710b30ed07030000123456789abc00000001000000020000000720040502210501020322032023030900", 79),
        ("00aabbccddee00112233445508004500002800010000402166b20a0000010a000002138917710330c7e4041234567061796c6f616421", 54),
        ("00aabbccddee00112233445508004500003700010000402166a30a0000010a0000021389177108302fda0612345600000abc24050102032503072603e92704010228030900", 69),
        ("00aabbccddee00112233445508004500007f000100004021665b0a0000010a000002138917711032eac9090000123456789abc0000000100000002290600000100290400002a06000000092a080000000900052a0a00000009000000062a0501020300000078787878787878787878787878787878787878787878787878787878787878787878787878787878", 141),
        ("00aabbccddee00112233445508004500004500010000402166950a0000010a000002138917710c305f530b0000123456789abc00000001000000022b06000001012b0401012b050101012c06deadbeef010101", 83),
        ("00aabbccddee00112233445508004500003b000100004021669f0a0000010a0000021389177109301e030d0000123456789abc00000001000000028004000981060000000982030100", 73),
        ("00aabbccddee00112233445508004500003100010000402166a90a0000010a0000021389177107303e8e0f0000123456789abc000000010000000203000000", 63),
        ("00aabbccddee00112233445508004500003100010000402166a90a0000010a0000021389177107303e2e0f0000123456789abc000000010000000263000000", 63),
        ("00aabbccddee00112233445508004500003100010000402166a90a0000010a0000021389177107303b71110000123456789abc000000010000000220010000", 63),
        ("00aabbccddee00112233445508004500003100010000402166a90a0000010a00000213891771073038c9130000123456789abc0000000100000002c8010000", 63),
        ("00aabbccddee00112233445508004500003100010000402166a90a0000010a0000021389177107303168130000123456789abc000000010000000200002909", 63),
        ("00aabbccddee00112233445508004500003100010000402166a90a0000010a000002138917710730310f130000123456789abc000000010000000200008209", 63),
        ("00aabbccddee00112233445508004500002d00010000402166ad0a0000010a0000021389177106303595190000123456789abc0000000100000002", 59),
        ("00aabbccddee00112233445508004500002200010000402166b80a0000010a0000021389177103300000041234567a7a", 48),
        ("00aabbccddee00112233445508004500004b000100004021668f0a0000010a00000213891771063f274a090000123456789abc0000000100000002797979797979797979797979797979797979797979797979797979797979", 89),
        ("00aabbccddee00112233445508004500002900010000402166b10a0000010a0000021389177105304f99030000123456789abc00000000", 55),
        ("00aabbccddee00112233445508004500002500010000402166b50a0000010a000002138917710430529d010000123456789abc", 51),
        ("00aabbccddee00112233445508004500002000010000402166ba0a0000010a000002000100020300000001000000", 46),
        ("00aabbccddee00112233445508004500001e00010000402166bc0a0000010a00000200000000000000000000", 44),
        ("00aabbccddee00112233445508004500003a00010000402166a00a0000010a000002138917710930", 72),
        ("00aabbccddee00112233445508004500003a00010000402166a00a0000010a000002138917710930343e030000123456789a", 72),
        ("00aabbccddee00112233445508004500003a00010000402166a00a0000010a000002138917710930343e030000123456789abc000000010000000200", 72),
        ("00aabbccddee00112233445508004500003a00010000402166a00a0000010a000002138917710930343e030000123456789abc000000010000000200000007200405", 72),
        ("00aabbccddee00112233445508004500003a00010000402166a00a0000010a000002138917710930343e030000123456789abc00000001000000020000000720040502210501", 72),
        ("00aabbccddee00112233445508004500003a00010000402166a00a0000010a000002138917710930343e030000123456789abc000000010000000200000007200405022105010203", 72),
        ("00aabbccddee00112233445586dd600000000015214020010db800000000000000000000000120010db8000000000000000000000002138917710530e026010000123456789abc0000002a", 75),
        ("00aabbccddee00112233445586dd60000000002e214020010db800000000000000000000000120010db8000000000000000000000002138917710631000d090000123456789abc0000000100000002717171717171717171717171717171717171717171", 100),
        ("00aabbccddee00112233445586dd60000000002e214020010db800000000000000000000000120010db80000000000000000000000021389177106310000090000123456789abc0000000100000002717171717171717171717171717171717171717171", 100),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP DCCP-Request (service=3154116608) \n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP DCCP-Response (service=33554432) (ack=16777216) \n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP DCCP-Data \n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP DCCP-Ack (ack=2748) \n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP DCCP-DataAck (ack=16777216) \n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP DCCP-CloseReq (ack=16777216) \n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP DCCP-Close (ack=16777216) \n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP DCCP-Reset (code=aborted) (ack=16777216) \n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP DCCP-Reset (code=aborted) (ack=16777216) \n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP DCCP-Sync (ack=16777216) \n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP DCCP-SyncAck (ack=16777216) \n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP DCCP-SyncAck (ack=16777216) \n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP DCCP-SyncAck (ack=16777216) \n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP unknown-type-12 (ack=16777216) \n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP DCCP-Data \n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP DCCP-DataAck (ack=16777216) \n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP truncated-DCCP-Response - 7 bytes missing!\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP truncated-DCCP-Request - 3 bytes missing!\n"
        + "IP truncated-dccp - 4 bytes missing!\n"
        + "IP  [|dccp]\n"
        + "IP  [|dccp]\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP  [|dccp]\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP  [|dccp]\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP DCCP-Response (service=33554432) (ack=16777216) \n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP DCCP-Response (service=33554432) (ack=16777216) \n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP DCCP-Response (service=33554432) (ack=16777216) \n"
        + "IP6 2001:db8::1.5001 > 2001:db8::2.6001: DCCP DCCP-Request (service=3154116608) \n"
        + "IP6 2001:db8::1.5001 > 2001:db8::2.6001: DCCP DCCP-DataAck (ack=16777216) \n"
        + "IP6 2001:db8::1.5001 > 2001:db8::2.6001: DCCP DCCP-DataAck (ack=16777216) \n";

    [Fact]
    public void Quiet() => Assert.Equal(ExpectedQuiet, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Quiet = true }));

    private const string ExpectedQuiet =
        "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 1\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 1\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 8\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 3\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 43\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 1\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 3\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 1\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 1\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 1\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 1\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 1\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 1\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 1\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 2\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 31\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 1\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 1\n"
        + "IP truncated-dccp - 4 bytes missing!\n"
        + "IP  [|dccp]\n"
        + "IP  [|dccp]\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 2\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 2\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 2\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 2\n"
        + "IP 10.0.0.1.5001 > 10.0.0.2.6001: DCCP 2\n"
        + "IP6 2001:db8::1.5001 > 2001:db8::2.6001: DCCP 1\n"
        + "IP6 2001:db8::1.5001 > 2001:db8::2.6001: DCCP 22\n"
        + "IP6 2001:db8::1.5001 > 2001:db8::2.6001: DCCP 22\n";

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 45)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x2293 (correct)) DCCP-Request (service=3154116608) \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 65)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0xed07 (correct)) DCCP-Response (service=33554432) (ack=16777216) \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 40)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0xc7e4 (correct)) DCCP-Data \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 55)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x2fda (correct)) DCCP-Ack (ack=2748) \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 127)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 2, cksum 0xeac9 (correct)) DCCP-DataAck (ack=16777216) \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 69)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x5f53 (correct)) DCCP-CloseReq (ack=16777216) \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 59)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x1e03 (correct)) DCCP-Close (ack=16777216) \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 49)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x3e8e (correct)) DCCP-Reset (code=aborted) (ack=16777216) \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 49)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x3e2e (correct)) DCCP-Reset (code=aborted) (ack=16777216) \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 49)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x3b71 (correct)) DCCP-Sync (ack=16777216) \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 49)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x38c9 (correct)) DCCP-SyncAck (ack=16777216) \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 49)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x3168 (correct)) DCCP-SyncAck (ack=16777216) \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 49)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x310f (correct)) DCCP-SyncAck (ack=16777216) \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 45)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x3595 (correct)) unknown-type-12 (ack=16777216) \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 34)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x0000 (incorrect -> 0x0ac1)) DCCP-Data \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 75)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 15, cksum 0x274a (correct)) DCCP-DataAck (ack=16777216) \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 41)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x4f99 (correct)) truncated-DCCP-Response - 7 bytes missing!\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 37)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x529d (correct)) truncated-DCCP-Request - 3 bytes missing!\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 32)\n"
        + "    truncated-dccp - 4 bytes missing!\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 30)\n"
        + "     [|dccp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 58)\n"
        + "     [|dccp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 58)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0)  [|dccp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 58)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0)  [|dccp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 58)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0) DCCP-Response (service=33554432) (ack=16777216) \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 58)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0) DCCP-Response (service=33554432) (ack=16777216) \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 58)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x343e (correct)) DCCP-Response (service=33554432) (ack=16777216) \n"
        + "IP6 (hlim 64, next-header DCCP (33) payload length: 21) 2001:db8::1.5001 > 2001:db8::2.6001: DCCP (CCVal 3, CsCov 0, cksum 0xe026 (correct)) DCCP-Request (service=3154116608) \n"
        + "IP6 (hlim 64, next-header DCCP (33) payload length: 46) 2001:db8::1.5001 > 2001:db8::2.6001: DCCP (CCVal 3, CsCov 1, cksum 0x000d (correct)) DCCP-DataAck (ack=16777216) \n"
        + "IP6 (hlim 64, next-header DCCP (33) payload length: 46) 2001:db8::1.5001 > 2001:db8::2.6001: DCCP (CCVal 3, CsCov 1, cksum 0x0000 (incorrect -> 0x000d)) DCCP-DataAck (ack=16777216) \n";

    [Fact]
    public void VeryVerbose() => Assert.Equal(ExpectedVeryVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2 }));

    private const string ExpectedVeryVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 45)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x2293 (correct)) DCCP-Request (service=3154116608) seq 78187493530 <timestamp_echo optlen too short>\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 65)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0xed07 (correct)) DCCP-Response (service=33554432) (ack=16777216) seq 78187493530 <Option 7, change_l ack_ratio 2, confirm_l ccid 2 3, change_r, confirm_r check data checksum>\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 40)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0xc7e4 (correct)) DCCP-Data seq 1193046\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 55)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x2fda (correct)) DCCP-Ack (ack=2748) seq 1193046 <Option 3, ndp_count 7, ack_vector0 0xe9, ack_vector1 0x0102, data_dropped optlen goes past header length>\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 127)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 2, cksum 0xeac9 (correct)) DCCP-DataAck (ack=16777216) seq 78187493530 <slowreceiver, timestamp 256, timestamp [optlen != 6], timestamp_echo 9, timestamp_echo 9 (elapsed time 5), timestamp_echo 9 (elapsed time 6), timestamp_echo [optlen != 6 or 8 or 10]>\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 69)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x5f53 (correct)) DCCP-CloseReq (ack=16777216) seq 78187493530 <slowreceiver, elapsed_time 257, elapsed_time 257, elapsed_time [optlen != 4 or 6], data_checksum deadbeef, mandatory, mandatory>\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 59)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x1e03 (correct)) DCCP-Close (ack=16777216) seq 78187493530 <slowreceiver, CCID option 128 9, CCID option 129 9, CCID option 130 optlen goes past header length>\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 49)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x3e8e (correct)) DCCP-Reset (code=aborted) (ack=16777216) seq 78187493530\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 49)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x3e2e (correct)) DCCP-Reset (code=aborted) (ack=16777216) seq 78187493530\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 49)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x3b71 (correct)) DCCP-Sync (ack=16777216) seq 78187493530 <slowreceiver, change_l optlen too short>\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 49)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x38c9 (correct)) DCCP-SyncAck (ack=16777216) seq 78187493530 <slowreceiver, CCID option 200 optlen too short>\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 49)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x3168 (correct)) DCCP-SyncAck (ack=16777216) seq 78187493530 <slowreceiver, nop, nop, timestamp optlen goes past header length>\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 49)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x310f (correct)) DCCP-SyncAck (ack=16777216) seq 78187493530 <slowreceiver, nop, nop, CCID option 130 optlen goes past header length>\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 45)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x3595 (correct)) unknown-type-12 (ack=16777216) seq 78187493530 <CCID option 188 optlen too short>\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 34)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x0000 (incorrect -> 0x0ac1)) DCCP-Data seq 1193046\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 75)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 15, cksum 0x274a (correct)) DCCP-DataAck (ack=16777216) seq 78187493530\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 41)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x4f99 (correct)) truncated-DCCP-Response - 7 bytes missing!\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 37)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x529d (correct)) truncated-DCCP-Request - 3 bytes missing!\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 32)\n"
        + "    truncated-dccp - 4 bytes missing!\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 30)\n"
        + "     [|dccp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 58)\n"
        + "     [|dccp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 58)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0)  [|dccp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 58)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0)  [|dccp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 58)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0) DCCP-Response (service=33554432) (ack=16777216) seq 78187493530 <Option 7,  [|dccp]>\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 58)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0) DCCP-Response (service=33554432) (ack=16777216) seq 78187493530 <Option 7, change_l ack_ratio 2, confirm_l optlen goes past header length>\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 58)\n"
        + "    10.0.0.1.5001 > 10.0.0.2.6001: DCCP (CCVal 3, CsCov 0, cksum 0x343e (correct)) DCCP-Response (service=33554432) (ack=16777216) seq 78187493530 <Option 7, change_l ack_ratio 2, confirm_l optlen goes past header length>\n"
        + "IP6 (hlim 64, next-header DCCP (33) payload length: 21) 2001:db8::1.5001 > 2001:db8::2.6001: DCCP (CCVal 3, CsCov 0, cksum 0xe026 (correct)) DCCP-Request (service=3154116608) seq 78187493530\n"
        + "IP6 (hlim 64, next-header DCCP (33) payload length: 46) 2001:db8::1.5001 > 2001:db8::2.6001: DCCP (CCVal 3, CsCov 1, cksum 0x000d (correct)) DCCP-DataAck (ack=16777216) seq 78187493530\n"
        + "IP6 (hlim 64, next-header DCCP (33) payload length: 46) 2001:db8::1.5001 > 2001:db8::2.6001: DCCP (CCVal 3, CsCov 1, cksum 0x0000 (incorrect -> 0x000d)) DCCP-DataAck (ack=16777216) seq 78187493530\n";

}
