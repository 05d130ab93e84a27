using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Snmp;

/// <summary>
/// L2TP (print-l2tp.c) against tcpdump 4.99.3: synthetic control messages over UDP 1701 with every IETF AVP
/// kind, short and hidden AVPs, vendor AVPs, bad lengths, data messages carrying PPP, other versions and
/// truncated headers, printed with "tcpdump -t -n [-v]".
/// </summary>
public class L2tpTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("00010203040500010203040608004500009200010000401166580a0000010a00000206a506a5007e0000c8020076000500000001000280080000000000018008000000020100800a0000000300000003800a0000000400000003800e0000000500010203040506078008000000060690800e000000076c6e7301686f7374800a0000000856656e64800800000009000780080000000a000480080000000baabb", 160),
        ("00010203040500010203040608004500005f000100004011668b0a0000010a00000206a506a5004b0000c8020043000500000001000280080000000000048008000000010001800a0000000100020006800e00000001000200066f6f7073800900000001000200800600000001", 109),
        ("0001020304050001020304060800450000a800010000401166420a0000010a00000206a506a500940000c802008c0005000000010002800800000000006380090000000c001002800c0000000c0010026d736780160000000d0000000000000000000000000000000080090000000d00000080080000000e0009800a0000000f00000100800a0000001200000001800a000000130000000280060000001480080000001d000280080000001d00098008000000201234", 182),
        ("0001020304050001020304060800450000b500010000401166350a0000010a00000206a506a500a10000c80200990005000000010002802000000022000000000001000000020000000300000004000000050000000680140000002200000000000100000002000000038010000000230000ffffffff00000000800c00000023000001020304800600000027800d0000002e0001c021016869800b0000002e0001c0210780080000002e00018008000000637a7a400700000007788008000904d20102", 195),
        ("00010203040500010203040608004500002800010000401166c20a0000010a00000206a506a500140000c802000c0005000000010002", 54),
        ("00010203040500010203040608004500003000010000401166ba0a0000010a00000206a506a5001c00008802001400050000000100028008000000000001", 62),
        ("00010203040500010203040608004500003000010000401166ba0a0000010a00000206a506a5001c0000c80200c800050000000100028008000000000001", 62),
        ("00010203040500010203040608004500003000010000401166ba0a0000010a00000206a506a5001c0000c802000400050000000100028008000000000001", 62),
        ("00010203040500010203040608004500003000010000401166ba0a0000010a00000206a506a5001c0000c802001400050000000100028004000000000001", 62),
        ("00010203040500010203040608004500003000010000401166ba0a0000010a00000206a506a5001c0000c802001400050000000100028028000000000001", 62),
        ("00010203040500010203040608004500002a00010000401166c00a0000010a00000206a506a500160000000200070008ff03c02101010004", 56),
        ("00010203040500010203040608004500003000010000401166ba0a0000010a00000206a506a5001c00004a020010000700080001000200026162ff030021", 62),
        ("00010203040500010203040608004500002700010000401166c30a0000010a00000206a506a5001300000302000700080028616263", 53),
        ("00010203040500010203040608004500002200010000401166c80a0000010a00000206a506a5000e0000000100070008", 48),
        ("00010203040500010203040608004500002200010000401166c80a0000010a00000206a506a5000e0000000300070008", 48),
        ("00010203040500010203040608004500002700010000401166c30a0000010a00000206a506a500130000010200070008ff03002145", 53),
        ("00010203040500010203040608004500003c00010000401166ae0a0000010a00000206a506a500280000c802002000050000000100028008000000000001800c00000007616263", 74),
        ("00010203040500010203040608004500002800010000401166c20a0000010a00000206a506a500140000c80200", 54),
        ("00010203040500010203040608004500002800010000401166c20a0000010a00000206a506a500140000c802000c00050000", 54),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 *MSGTYPE(SCCRQ) *PROTO_VER(1.0) *FRAMING_CAP(AS) *BEARER_CAP(AD) *TIE_BREAKER(0001020304050607) *FIRM_VER(1680) *HOST_NAME(lns^Ahost) *VENDOR_NAME(Vend) *ASSND_TUN_ID(7) *RECV_WIN_SIZE(4) *CHALLENGE(aabb)\n"
        + "IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 *MSGTYPE(StopCCN) *RESULT_CODE(1) *RESULT_CODE(2/6) *RESULT_CODE(2/6 oops) *RESULT_CODE(2 AVP too short) *RESULT_CODE(AVP too short)\n"
        + "IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 *MSGTYPE(MSGTYPE-#99) *Q931_CC(16, 02) *Q931_CC(16, 02 msg) *CHALLENGE_RESP(00000000000000000000000000000000) *CHALLENGE_RESP(AVP too short) *ASSND_SESS_ID(9) *CALL_SER_NUM(256) *BEARER_TYPE(D) *FRAMING_TYPE(A) *PACKET_PROC_DELAY(obsolete) *PROXY_AUTH_TYPE(CHAP) *PROXY_AUTH_TYPE(AuthType-#9) *PROXY_AUTH_ID(52)\n"
        + "IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 *CALL_ERRORS(CRCErr=1 FrameErr=2 HardOver=3 BufOver=4 Timeout=5 AlignErr=6 ) *CALL_ERRORS(CRCErr=1 FrameErr=2 HardOver=3 AVP too short) *ACCM(send=ffffffff recv=00000000 ) *ACCM(send=01020304 AVP too short) *SEQ_REQUIRED() *PPP_DISCON_CC(0001, c021 at peer hi) *PPP_DISCON_CC(0001, c021 Direction-#7) *PPP_DISCON_CC(AVP too short) *AVP-#99() ?HOST_NAME(???) *VENDOR0009:ATTR04d2(0102)\n"
        + "IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 ZLB\n"
        + "IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TS](20/5)Ns=0,Nr=1 No length\n"
        + "IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 Length 200 larger than packet\n"
        + "IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 Length 4 smaller than header length\n"
        + "IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2  [|l2tp]\n"
        + "IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2  [|l2tp]\n"
        + "IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](7/8) {LCP, Conf-Request (0x01), id 1, length 6}\n"
        + "IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[LSO](7/8)Ns=1,Nr=2 { [|ppp]}\n"
        + "IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[OP](7/8) [|l2tp]\n"
        + "IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2f:\n"
        + "IP 10.0.0.1.1701 > 10.0.0.2.1701:  Unknown Version, neither L2F(1) nor L2TP(2)\n"
        + "IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[P](7/8) {IP  [|ip]}\n"
        + "IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 *MSGTYPE(SCCRQ)  [|l2tp]\n"
        + "IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS] [|l2tp]\n"
        + "IP 10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0) [|l2tp]\n";

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 146)\n"
        + "    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 *MSGTYPE(SCCRQ) *PROTO_VER(1.0) *FRAMING_CAP(AS) *BEARER_CAP(AD) *TIE_BREAKER(0001020304050607) *FIRM_VER(1680) *HOST_NAME(lns^Ahost) *VENDOR_NAME(Vend) *ASSND_TUN_ID(7) *RECV_WIN_SIZE(4) *CHALLENGE(aabb)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 95)\n"
        + "    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 *MSGTYPE(StopCCN) *RESULT_CODE(1) *RESULT_CODE(2/6) *RESULT_CODE(2/6 oops) *RESULT_CODE(2 AVP too short) *RESULT_CODE(AVP too short)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 168)\n"
        + "    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 *MSGTYPE(MSGTYPE-#99) *Q931_CC(16, 02) *Q931_CC(16, 02 msg) *CHALLENGE_RESP(00000000000000000000000000000000) *CHALLENGE_RESP(AVP too short) *ASSND_SESS_ID(9) *CALL_SER_NUM(256) *BEARER_TYPE(D) *FRAMING_TYPE(A) *PACKET_PROC_DELAY(obsolete) *PROXY_AUTH_TYPE(CHAP) *PROXY_AUTH_TYPE(AuthType-#9) *PROXY_AUTH_ID(52)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 181)\n"
        + "    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 *CALL_ERRORS(CRCErr=1 FrameErr=2 HardOver=3 BufOver=4 Timeout=5 AlignErr=6 ) *CALL_ERRORS(CRCErr=1 FrameErr=2 HardOver=3 AVP too short) *ACCM(send=ffffffff recv=00000000 ) *ACCM(send=01020304 AVP too short) *SEQ_REQUIRED() *PPP_DISCON_CC(0001, c021 at peer hi) *PPP_DISCON_CC(0001, c021 Direction-#7) *PPP_DISCON_CC(AVP too short) *AVP-#99() ?HOST_NAME(???) *VENDOR0009:ATTR04d2(0102)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 40)\n"
        + "    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 ZLB\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48)\n"
        + "    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TS](20/5)Ns=0,Nr=1 No length\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48)\n"
        + "    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 Length 200 larger than packet\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48)\n"
        + "    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 Length 4 smaller than header length\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48)\n"
        + "    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2  [|l2tp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48)\n"
        + "    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2  [|l2tp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 42)\n"
        + "    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[](7/8) {LCP, Conf-Request (0x01), id 1, length 6\n"
        + "\tencoded length 4 (=Option(s) length 0)}\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48)\n"
        + "    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[LSO](7/8)Ns=1,Nr=2 { [|ppp]}\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 39)\n"
        + "    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[OP](7/8) [|l2tp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 34)\n"
        + "    10.0.0.1.1701 > 10.0.0.2.1701:  l2f:\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 34)\n"
        + "    10.0.0.1.1701 > 10.0.0.2.1701:  Unknown Version, neither L2F(1) nor L2TP(2)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 39)\n"
        + "    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[P](7/8) {IP  [|ip]}\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n"
        + "    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 *MSGTYPE(SCCRQ)  [|l2tp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 40)\n"
        + "    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS] [|l2tp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 40)\n"
        + "    10.0.0.1.1701 > 10.0.0.2.1701:  l2tp:[TLS](5/0) [|l2tp]\n";
}
