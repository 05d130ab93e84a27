using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Snmp;

/// <summary>
/// VQP (print-vqp.c) against tcpdump 4.99.3: synthetic requests and responses over UDP 1589 with every object
/// kind, bad lengths and truncated objects, printed with "tcpdump -t -n [-v]".
/// </summary>
public class VqpTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("00010203040500010203040608004500006400010000401166860a0000010a0000020635063500500000010100060000123400000c0100040a01020300000c0200054661302f3100000c03000000000c040007646f6d0061696e00000c08000601020304050600000c060006000000000000", 114),
        ("00010203040500010203040608004500004600010000401166a40a0000010a0000020635063500320000010203030000123400000c030006766c616e313000000c050006010280616263000000770004deadbeef", 84),
        ("00010203040500010203040608004500002d00010000401166bd0a0000010a0000020635063500190000010100010000123400000c0100030a0102", 59),
        ("00010203040500010203040608004500002d00010000401166bd0a0000010a0000020635063500190000010100010000123400000c080003010203", 59),
        ("00010203040500010203040608004500002c00010000401166be0a0000010a000002063506350018000001010002000012340000000000026162", 58),
        ("00010203040500010203040608004500002d00010000401166bd0a0000010a0000020635063500190000010100020000123400000c020009616263", 59),
        ("00010203040500010203040608004500002800010000401166c20a0000010a0000020635063500140000010100020000123400000c02", 54),
        ("00010203040500010203040608004500002400010000401166c60a0000010a00000206350635001000000109090100001234", 50),
        ("00010203040500010203040608004500002400010000401166c60a0000010a00000206350635001000000201000100001234", 50),
        ("00010203040500010203040608004500002100010000401166c90a0000010a00000206350635000d00000101000000", 47),
        ("00010203040500010203040608004500003000010000401166ba0a0000010a00000206350635001c0000010100010000123400000c02000661626364", 62),
        ("00010203040500010203040608004500003000010000401166ba0a0000010a00000206350635001c0000010405030000123400000c020006616263646566", 62),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.1589 > 10.0.0.2.1589: VQPv1 Request, Join Port Message, error-code No error (0), length 72\n"
        + "IP 10.0.0.1.1589 > 10.0.0.2.1589: VQPv1 Response, VLAN Message, error-code Access denied (3), length 42\n"
        + "IP 10.0.0.1.1589 > 10.0.0.2.1589: VQPv1 Request, Join Port Message, error-code No error (0), length 17\n"
        + "IP 10.0.0.1.1589 > 10.0.0.2.1589: VQPv1 Request, Join Port Message, error-code No error (0), length 17\n"
        + "IP 10.0.0.1.1589 > 10.0.0.2.1589: VQPv1 Request, Join Port Message, error-code No error (0), length 16\n"
        + "IP 10.0.0.1.1589 > 10.0.0.2.1589: VQPv1 Request, Join Port Message, error-code No error (0), length 17\n"
        + "IP 10.0.0.1.1589 > 10.0.0.2.1589: VQPv1 Request, Join Port Message, error-code No error (0), length 12\n"
        + "IP 10.0.0.1.1589 > 10.0.0.2.1589: VQPv1 unknown (9) Message, error-code unknown (9), length 8\n"
        + "IP 10.0.0.1.1589 > 10.0.0.2.1589: VQP version 2 packet not supported\n"
        + "IP 10.0.0.1.1589 > 10.0.0.2.1589:  [|vqp]\n"
        + "IP 10.0.0.1.1589 > 10.0.0.2.1589: VQPv1 Request, Join Port Message, error-code No error (0), length 20\n"
        + "IP 10.0.0.1.1589 > 10.0.0.2.1589: VQPv1 Response, Reconfirm Message, error-code Wrong VTP domain (5), length 20\n";

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 100)\n"
        + "    10.0.0.1.1589 > 10.0.0.2.1589: \n"
        + "\tVQPv1, Request, Join Port Message, error-code No error (0), seq 0x00001234, items 6, length 72\n"
        + "\t  Client IP Address Object (0x00000c01), length 4, value: 10.1.2.3 (0x0a010203)\n"
        + "\t  Port Name Object (0x00000c02), length 5, value: Fa0/1\n"
        + "\t  VLAN Name Object (0x00000c03), length 0, value: \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 70)\n"
        + "    10.0.0.1.1589 > 10.0.0.2.1589: \n"
        + "\tVQPv1, Response, VLAN Message, error-code Access denied (3), seq 0x00001234, items 3, length 42\n"
        + "\t  VLAN Name Object (0x00000c03), length 6, value: vlan10\n"
        + "\t  Ethernet Packet Object (0x00000c05), length 6, value: ^A^BM-^@abc\n"
        + "\t  Unknown Object (0x00000077), length 4, value: \n"
        + "\t    0x0000:  dead beef\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 45)\n"
        + "    10.0.0.1.1589 > 10.0.0.2.1589: \n"
        + "\tVQPv1, Request, Join Port Message, error-code No error (0), seq 0x00001234, items 1, length 17\n"
        + "\t  Client IP Address Object (0x00000c01), length 3, value:  (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 45)\n"
        + "    10.0.0.1.1589 > 10.0.0.2.1589: \n"
        + "\tVQPv1, Request, Join Port Message, error-code No error (0), seq 0x00001234, items 1, length 17\n"
        + "\t  MAC Address Object (0x00000c08), length 3, value:  (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 44)\n"
        + "    10.0.0.1.1589 > 10.0.0.2.1589: \n"
        + "\tVQPv1, Request, Join Port Message, error-code No error (0), seq 0x00001234, items 2, length 16\n"
        + "\t  Unknown Object (0x00000000), length 2, value: \n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 45)\n"
        + "    10.0.0.1.1589 > 10.0.0.2.1589: \n"
        + "\tVQPv1, Request, Join Port Message, error-code No error (0), seq 0x00001234, items 2, length 17\n"
        + "\t  Port Name Object (0x00000c02), length 9, value:  [|vqp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 40)\n"
        + "    10.0.0.1.1589 > 10.0.0.2.1589: \n"
        + "\tVQPv1, Request, Join Port Message, error-code No error (0), seq 0x00001234, items 2, length 12 [|vqp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 36)\n"
        + "    10.0.0.1.1589 > 10.0.0.2.1589: \n"
        + "\tVQPv1, unknown (9) Message, error-code unknown (9), seq 0x00001234, items 1, length 8\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 36)\n"
        + "    10.0.0.1.1589 > 10.0.0.2.1589: VQP version 2 packet not supported\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n"
        + "    10.0.0.1.1589 > 10.0.0.2.1589:  [|vqp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48)\n"
        + "    10.0.0.1.1589 > 10.0.0.2.1589: \n"
        + "\tVQPv1, Request, Join Port Message, error-code No error (0), seq 0x00001234, items 1, length 20\n"
        + "\t  Port Name Object (0x00000c02), length 6, value:  [|vqp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48)\n"
        + "    10.0.0.1.1589 > 10.0.0.2.1589: \n"
        + "\tVQPv1, Response, Reconfirm Message, error-code Wrong VTP domain (5), seq 0x00001234, items 3, length 20\n"
        + "\t  Port Name Object (0x00000c02), length 6, value: abcdef\n";
}
