using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.EtherOam;

/// <summary>
/// ATA over Ethernet (print-aoe.c) and MS NLB heartbeats (print-msnlb.c) against tcpdump 4.99.3:
/// synthetic PDUs of every AoE command (bad lengths, some cut short), printed with "tcpdump -t -n" and "-v".
/// </summary>
public class AoeMsNlbTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("ffffffffffff00112233445588a2100000010200abcdef015301022401020304050600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 548),
        ("ffffffffffff00112233445588a21c03ffffff0000000001000000ec0000000000000000", 36),
        ("ffffffffffff00112233445588a2170900000000000000010000000000000000000000", 35),
        ("ffffffffffff00112233445588a21800000501010000000700104019ff130005636f6e0166", 37),
        ("ffffffffffff00112233445588a2180000050101000000070010000102070006636f6e", 35),
        ("ffffffffffff00112233445588a218000005010100000007001000010207", 30),
        ("ffffffffffff00112233445588a2100000050101000000070001000102100000", 32),
        ("ffffffffffff00112233445588a2100000050102000000070001020200010011223344550007665544332211", 44),
        ("ffffffffffff00112233445588a210000005010200000007000909020001001122334455", 36),
        ("ffffffffffff00112233445588a210000005010200000007000000", 27),
        ("ffffffffffff00112233445588a2100000050103000000070102001122334455665544332211", 38),
        ("ffffffffffff00112233445588a2100000050103000000070701001122334455665544332211", 38),
        ("ffffffffffff00112233445588a21000000501030000000707010011223344", 31),
        ("ffffffffffff00112233445588a2100000050104000000070701", 26),
        ("ffffffffffff00112233445588a220010203", 18),
        ("ffffffffffff00112233445588a210010203", 18),
        ("ffffffffffff00112233445588a2", 14),
        ("ffffffffffff00112233445588a2100000010200abcdef01530102240102", 36),
        ("ffffffffffff00112233445588a21000000102", 36),
        ("ffffffffffff00112233445588a2100000050101000000070010000102070006636f6e66", 38),
        ("ffffffffffff00112233445588a210000005010300000007010200112233", 38),
        ("ffffffffffff00112233445588a210000005010200000007000102020001001122334455", 44),
        ("ffffffffffff00112233445588a2100000050102000000070001020200", 44),
        ("ffffffffffff001122334455886f0200000000000000030000000a0000010a0000020000000000000000000000000000000000000000", 54),
        ("ffffffffffff001122334455886f02000000000000000300", 54),
        ("ffffffffffff001122334455886f0200000000000000030000000a00", 54),
        ("ffffffffffff001122334455886f0200000000000000030000000a0000010a00", 54),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedDefault =
        "AoE length 534, Ver 1, Flags: [none]\n"
        + "AoE length 22, Ver 1, Flags: [Response, Error]\n"
        + "AoE length 21, Ver 1, Flags: [Error, MBZ-1, MBZ-0]\n"
        + "AoE length 23, Ver 1, Flags: [Response]\n"
        + "AoE length 21, Ver 1, Flags: [Response]\n"
        + "AoE length 16, Ver 1, Flags: [Response]\n"
        + "AoE length 18, Ver 1, Flags: [none]\n"
        + "AoE length 30, Ver 1, Flags: [none]\n"
        + "AoE length 22, Ver 1, Flags: [none]\n"
        + "AoE length 13, Ver 1, Flags: [none]\n"
        + "AoE length 24, Ver 1, Flags: [none]\n"
        + "AoE length 24, Ver 1, Flags: [none]\n"
        + "AoE length 17, Ver 1, Flags: [none]\n"
        + "AoE length 12, Ver 1, Flags: [none]\n"
        + "AoE length 4, Ver 2\n"
        + "AoE length 4, Ver 1 (invalid)\n"
        + "AoE length 0 (invalid)\n"
        + "AoE length 22, Ver 1, Flags: [none]\n"
        + "AoE length 22, Ver 1, Flags: [none]\n"
        + "AoE length 24, Ver 1, Flags: [none]\n"
        + "AoE length 24, Ver 1, Flags: [none]\n"
        + "AoE length 30, Ver 1, Flags: [none]\n"
        + "AoE length 30, Ver 1, Flags: [none]\n"
        + "MS NLB heartbeat, host priority: 3, cluster IP: 10.0.0.1, host IP: 10.0.0.2\n"
        + "MS NLB heartbeat [|msnlb]\n"
        + "MS NLB heartbeat, host priority: 3 [|msnlb]\n"
        + "MS NLB heartbeat, host priority: 3, cluster IP: 10.0.0.1 [|msnlb]\n";

    private const string ExpectedVerbose =
        "AoE length 534, Ver 1, Flags: [none]\n"
        + "\tMajor: 0x0001, Minor: 0x02, Command: Issue ATA Command, Tag: 0xabcdef01\n"
        + "\tAFlags: [Ext48, Device, Async, Write], Err/Feature: 1, Sector Count: 2, Cmd/Status: 36\n"
        + "\tlba0: 1, lba1: 2, lba2: 3, lba3: 4, lba4: 5, lba5: 6\n"
        + "\tData: 512 bytes\n"
        + "AoE length 22, Ver 1, Flags: [Response, Error]\n"
        + "\tError: Device unavailable\n"
        + "\tMajor: 0xffff, Minor: 0xff, Command: Issue ATA Command, Tag: 0x00000001\n"
        + "\tAFlags: [none], Err/Feature: 0, Sector Count: 0, Cmd/Status: 236\n"
        + "\tlba0: 0, lba1: 0, lba2: 0, lba3: 0, lba4: 0, lba5: 0\n"
        + "AoE length 21, Ver 1, Flags: [Error, MBZ-1, MBZ-0]\n"
        + "\tError: Invalid (9)\n"
        + "\tMajor: 0x0000, Minor: 0x00, Command: Issue ATA Command, Tag: 0x00000001 (invalid)\n"
        + "AoE length 23, Ver 1, Flags: [Response]\n"
        + "\tMajor: 0x0005, Minor: 0x01, Command: Query Config Information, Tag: 0x00000007\n"
        + "\tBuffer Count: 16, Firmware Version: 16409, Sector Count: 255, AoE: 1, CCmd: set config string\n"
        + "\tConfig String (length 5): con^Af\n"
        + "AoE length 21, Ver 1, Flags: [Response]\n"
        + "\tMajor: 0x0005, Minor: 0x01, Command: Query Config Information, Tag: 0x00000007\n"
        + "\tBuffer Count: 16, Firmware Version: 1, Sector Count: 2, AoE: 0, CCmd: Unknown (0x02x) (invalid)\n"
        + "AoE length 16, Ver 1, Flags: [Response]\n"
        + "\tMajor: 0x0005, Minor: 0x01, Command: Query Config Information, Tag: 0x00000007 (invalid)\n"
        + "AoE length 18, Ver 1, Flags: [none]\n"
        + "\tMajor: 0x0005, Minor: 0x01, Command: Query Config Information, Tag: 0x00000007\n"
        + "\tBuffer Count: 1, Firmware Version: 1, Sector Count: 2, AoE: 1, CCmd: read config string\n"
        + "AoE length 30, Ver 1, Flags: [none]\n"
        + "\tMajor: 0x0005, Minor: 0x01, Command: MAC Mask List, Tag: 0x00000007\n"
        + "\tMCmd: Edit Mac Mask List, MError: Bad DCmd directive, Dir Count: 2\n"
        + "\t DCmd: Add mac address to mask list, Ethernet Address: 00:11:22:33:44:55\n"
        + "\t DCmd: Unknown (0x07), Ethernet Address: 66:55:44:33:22:11\n"
        + "AoE length 22, Ver 1, Flags: [none]\n"
        + "\tMajor: 0x0005, Minor: 0x01, Command: MAC Mask List, Tag: 0x00000007\n"
        + "\tMCmd: Unknown (0x09), MError: Unknown (0x09), Dir Count: 2 (invalid)\n"
        + "AoE length 13, Ver 1, Flags: [none]\n"
        + "\tMajor: 0x0005, Minor: 0x01, Command: MAC Mask List, Tag: 0x00000007 (invalid)\n"
        + "AoE length 24, Ver 1, Flags: [none]\n"
        + "\tMajor: 0x0005, Minor: 0x01, Command: Reserve/Release, Tag: 0x00000007\n"
        + "\tRCmd: Set reserve list, NMacs: 2\n"
        + "\tEthernet Address 0: 00:11:22:33:44:55\n"
        + "\tEthernet Address 1: 66:55:44:33:22:11\n"
        + "AoE length 24, Ver 1, Flags: [none]\n"
        + "\tMajor: 0x0005, Minor: 0x01, Command: Reserve/Release, Tag: 0x00000007\n"
        + "\tRCmd: Unknown (0x07), NMacs: 1 (invalid)\n"
        + "AoE length 17, Ver 1, Flags: [none]\n"
        + "\tMajor: 0x0005, Minor: 0x01, Command: Reserve/Release, Tag: 0x00000007 (invalid)\n"
        + "AoE length 12, Ver 1, Flags: [none]\n"
        + "\tMajor: 0x0005, Minor: 0x01, Command: Unknown (0x04), Tag: 0x00000007\n"
        + "AoE length 4, Ver 2\n"
        + "AoE length 4, Ver 1 (invalid)\n"
        + "AoE length 0 (invalid)\n"
        + "AoE length 22, Ver 1, Flags: [none]\n"
        + "\tMajor: 0x0001, Minor: 0x02, Command: Issue ATA Command, Tag: 0xabcdef01\n"
        + "\tAFlags: [Ext48, Device, Async, Write], Err/Feature: 1, Sector Count: 2, Cmd/Status: 36\n"
        + "\tlba0: 1, lba1: 2 [|aoe]\n"
        + "AoE length 22, Ver 1, Flags: [none]\n"
        + "\tMajor: 0x0001, Minor: 0x02 [|aoe]\n"
        + "AoE length 24, Ver 1, Flags: [none]\n"
        + "\tMajor: 0x0005, Minor: 0x01, Command: Query Config Information, Tag: 0x00000007\n"
        + "\tBuffer Count: 16, Firmware Version: 1, Sector Count: 2, AoE: 0, CCmd: Unknown (0x02x)\n"
        + "\tConfig String (length 6): conf [|aoe]\n"
        + "AoE length 24, Ver 1, Flags: [none]\n"
        + "\tMajor: 0x0005, Minor: 0x01, Command: Reserve/Release, Tag: 0x00000007\n"
        + "\tRCmd: Set reserve list, NMacs: 2 [|aoe]\n"
        + "AoE length 30, Ver 1, Flags: [none]\n"
        + "\tMajor: 0x0005, Minor: 0x01, Command: MAC Mask List, Tag: 0x00000007\n"
        + "\tMCmd: Edit Mac Mask List, MError: Bad DCmd directive, Dir Count: 2\n"
        + "\t DCmd: Add mac address to mask list, Ethernet Address: 00:11:22:33:44:55 [|aoe]\n"
        + "AoE length 30, Ver 1, Flags: [none]\n"
        + "\tMajor: 0x0005, Minor: 0x01, Command: MAC Mask List, Tag: 0x00000007\n"
        + "\tMCmd: Edit Mac Mask List, MError: Bad DCmd directive, Dir Count: 2 [|aoe]\n"
        + "MS NLB heartbeat, host priority: 3, cluster IP: 10.0.0.1, host IP: 10.0.0.2\n"
        + "MS NLB heartbeat [|msnlb]\n"
        + "MS NLB heartbeat, host priority: 3 [|msnlb]\n"
        + "MS NLB heartbeat, host priority: 3, cluster IP: 10.0.0.1 [|msnlb]\n";
}

