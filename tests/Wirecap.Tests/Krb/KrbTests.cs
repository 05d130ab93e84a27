using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Krb;

/// <summary>
/// Kerberos (print-krb.c) against tcpdump 4.99.3: synthetic Ethernet/IPv4/UDP frames to ports 88 and 750
/// (V4 KDC_REQUEST, KDC_REPLY in both byte orders, APPL_REQUEST, ERR_REPLY, unnamed types; V1/V2/V5 and an
/// unknown version; strings with control and high-bit bytes; frames cut inside every field) written to a
/// pcap and printed with "tcpdump -t -n [-v]", whose output is the expected text here.
/// </summary>
public class KrbTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("02000000000202000000000108004500004e000100004011669c0a0000010a00000204000058003a00000402757365720000415448454e412e4d49542e4544550012345678606b726274677400415448454e412e4d49542e45445500", 92),
        ("02000000000202000000000108004500004200010000401166a80a0000010a00000200580400002e000004057573657200696e7374005245414c4d000000000000000000000034010000000000000000", 80),
        ("02000000000202000000000108004500004200010000401166a80a0000010a00000202ee0400002e000004047573657200696e7374005245414c4d000000000000000000000001340000000000000000", 80),
        ("02000000000202000000000108004500002d00010000401166bd0a0000010a000002040002ee001900000406055245414c4d002030000000000000", 59),
        ("02000000000202000000000108004500003d00010000401166ad0a0000010a0000020400005800290000040b750000520000000000080000005072696e636970616c20756e6b6e6f776e00", 75),
        ("02000000000202000000000108004500003100010000401166b90a0000010a00000204000058001d0000040a81ff000700520000000000002a000065727200", 63),
        ("02000000000202000000000108004500002400010000401166c60a0000010a0000020400005800100000040c000000000000", 50),
        ("02000000000202000000000108004500002400010000401166c60a0000010a00000204000058001000000451000000000000", 50),
        ("02000000000202000000000108004500002800010000401166c20a0000010a00000204000058001400006a8190300000000000000000", 54),
        ("02000000000202000000000108004500002000010000401166ca0a0000010a00000204000058000c00006b030201", 46),
        ("02000000000202000000000108004500002100010000401166c90a0000010a00000204000058000d00000200616263", 47),
        ("02000000000202000000000108004500001d00010000401166cd0a0000010a000002040000580009000001", 43),
        ("02000000000202000000000108004500001f00010000401166cb0a0000010a00000204000058000b0000301000", 45),
        ("02000000000202000000000108004500001c00010000401166ce0a0000010a0000020400005800080000", 42),
        ("02000000000202000000000108004500001d00010000401166cd0a0000010a000002040000580009000004", 43),
        ("02000000000202000000000108004500002a00010000401166c00a0000010a00000204000058001600000402757365720000415448454e41", 56),
        ("02000000000202000000000108004500002800010000401166c20a0000010a0000020400005800140000040275736572000052000102", 54),
        ("02000000000202000000000108004500003100010000401166b90a0000010a00000204000058001d00000402757365720000520001020304056b7262746774", 63),
        ("02000000000202000000000108004500003300010000401166b70a0000010a00000204000058001f00000402757365720000520001020304056b72627467740052", 65),
        ("02000000000202000000000108004500004200010000401166a80a0000010a00000204000058002e000004057573657200696e7374005245414c4d000000", 80),
        ("02000000000202000000000108004500002200010000401166c80a0000010a00000204000058000e0000040605524541", 48),
        ("02000000000202000000000108004500002600010000401166c40a0000010a00000204000058001200000406055245414c4d0020", 52),
        ("02000000000202000000000108004500001e00010000401166cc0a0000010a00000204000058000a00000406", 44),
        ("02000000000202000000000108004500002800010000401166c20a0000010a0000020400005800140000040b75000052000000000008", 54),
        ("02000000000202000000000108004500003000010000401166ba0a0000010a00000204000058001c0000040b750000520000000000080000005072696e63", 62),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.1024 > 10.0.0.2.88:  v4 be KDC_REQUEST: user.@ATHENA.MIT.EDU 480min krbtgt.ATHENA.MIT.EDU\n"
        + "IP 10.0.0.1.88 > 10.0.0.2.1024:  v4 le KDC_REPLY: user.inst@REALM (308)\n"
        + "IP 10.0.0.1.750 > 10.0.0.2.1024:  v4 be KDC_REPLY: user.inst@REALM (308)\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.750:  v4 be APPL_REQUEST: v5 REALM (32) (48)\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  v4 le ERR_REPLY: u.@R PRINCIPAL_UNKNOWN Principal unknown\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  v4 be ERR_REPLY: M-^AM-^?.^G@R #42 err\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  v4 be PRIVATE: (unknown)\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  v4 le #80: (unknown)\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  v5\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  v5\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  v2\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  v1\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88: \n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  [|krb]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  v4 [|krb]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  v4 be KDC_REQUEST: user.@ATHENA [|krb]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  v4 be KDC_REQUEST: user.@R [|krb]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  v4 be KDC_REQUEST: user.@R 25min krbtgt [|krb]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  v4 be KDC_REQUEST: user.@R 25min krbtgt.R [|krb]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  v4 le KDC_REPLY: user.inst@REALM [|krb]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  v4 be APPL_REQUEST: v5 REA [|krb]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  v4 be APPL_REQUEST: v5 REALM (32) [|krb]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  v4 be APPL_REQUEST:  [|krb]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  v4 le ERR_REPLY: u.@R [|krb]\n"
        + "IP 10.0.0.1.1024 > 10.0.0.2.88:  v4 le ERR_REPLY: u.@R PRINCIPAL_UNKNOWN Princ [|krb]\n";

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 78)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v4 be KDC_REQUEST: user.@ATHENA.MIT.EDU 480min krbtgt.ATHENA.MIT.EDU\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 66)\n"
        + "    10.0.0.1.88 > 10.0.0.2.1024:  v4 le KDC_REPLY: user.inst@REALM (308)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 66)\n"
        + "    10.0.0.1.750 > 10.0.0.2.1024:  v4 be KDC_REPLY: user.inst@REALM (308)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 45)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.750:  v4 be APPL_REQUEST: v5 REALM (32) (48)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 61)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v4 le ERR_REPLY: u.@R PRINCIPAL_UNKNOWN Principal unknown\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 49)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v4 be ERR_REPLY: M-^AM-^?.^G@R #42 err\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 36)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v4 be PRIVATE: (unknown)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 36)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v4 le #80: (unknown)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 40)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v5\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 32)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v5\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v2\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 29)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v1\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 31)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88: \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 28)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  [|krb]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 29)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v4 [|krb]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 42)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v4 be KDC_REQUEST: user.@ATHENA [|krb]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 40)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v4 be KDC_REQUEST: user.@R [|krb]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 49)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v4 be KDC_REQUEST: user.@R 25min krbtgt [|krb]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 51)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v4 be KDC_REQUEST: user.@R 25min krbtgt.R [|krb]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 66)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v4 le KDC_REPLY: user.inst@REALM [|krb]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 34)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v4 be APPL_REQUEST: v5 REA [|krb]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 38)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v4 be APPL_REQUEST: v5 REALM (32) [|krb]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 30)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v4 be APPL_REQUEST:  [|krb]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 40)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v4 le ERR_REPLY: u.@R [|krb]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48)\n"
        + "    10.0.0.1.1024 > 10.0.0.2.88:  v4 le ERR_REPLY: u.@R PRINCIPAL_UNKNOWN Princ [|krb]\n";
}
