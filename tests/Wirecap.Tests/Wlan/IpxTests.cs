using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Wlan;

/// <summary>
/// IPX (print-ipx.c) against tcpdump 4.99.3: Ethernet II, 802.2 and raw 802.3 frames carrying NCP, SAP,
/// RIP and other sockets, some cut short or with a bad length, printed by "tcpdump -t -n [-v|-e]".
/// </summary>
public class IpxTests
{
    private static readonly (string Hex, int WireLength)[] IpxFrames =
    [
        ("ffffffffffff0011223344558137ffff001e00040000abcd0000000000ff0451000012340011223344554001", 44),
        ("ffffffffffff0011223344558137ffff002200040000abcd0000000000ff045200001234001122334455400100010004", 48),
        ("ffffffffffff0011223344558137ffff002200040000abcd0000000000ff045200001234001122334455400100030007", 48),
        ("ffffffffffff0011223344558137ffff00a000040000abcd0000000000ff0452000012340011223344554001000200045345525645523100000000000000000000000000000000000000000000000000000000000000000000000000000000000000abcd00aabbccddee0451000101075072696e74010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000abcd00aabbccddee04510001", 174),
        ("ffffffffffff0011223344558137ffff003e00040000abcd0000000000ff04520000123400112233445540010004000453000000000000000000000000000000000000000000000000000000", 76),
        ("ffffffffffff0011223344558137ffff005200040000abcd0000000000ff045200001234001122334455400100020004530000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 96),
        ("ffffffffffff0011223344558137ffff002000040000abcd0000000000ff04520000123400112233445540010009", 46),
        ("ffffffffffff0011223344558137ffff001e00040000abcd0000000000ff0452000012340011223344554001", 44),
        ("ffffffffffff0011223344558137ffff002800040000abcd0000000000ff045300001234001122334455400100010000abcd00010002", 54),
        ("ffffffffffff0011223344558137ffff003000040000abcd0000000000ff045300001234001122334455400100020000abcd000100020000abce00030004", 62),
        ("ffffffffffff0011223344558137ffff002700040000abcd0000000000ff045300001234001122334455400100020000abcd000100", 53),
        ("ffffffffffff0011223344558137ffff002200040000abcd0000000000ff045300001234001122334455400100010000", 48),
        ("ffffffffffff0011223344558137ffff002000040000abcd0000000000ff04530000123400112233445540010005", 46),
        ("ffffffffffff0011223344558137ffff002000040000abcd0000000000ff0455000012340011223344554001aabb", 46),
        ("ffffffffffff0011223344558137ffff002000040000abcd0000000000ff0456000012340011223344554001aabb", 46),
        ("ffffffffffff0011223344558137ffff002000040000abcd0000000000ff0553000012340011223344554001aabb", 46),
        ("ffffffffffff0011223344558137ffff002000040000abcd0000000000ff85be0000123400112233445540010205", 46),
        ("ffffffffffff0011223344558137ffff002000040000abcd0000000000ff9999000012340011223344554001aabb", 46),
        ("ffffffffffff0011223344558137ffff001400040000abcd0000000000ff0451000012340011223344554001", 44),
        ("ffffffffffff0011223344558137ffff001e00040000abcd0000000000ff04510000", 60),
        ("ffffffffffff0011223344550021e0e003ffff001f00040000abcd0000000000ff045100001234001122334455400100", 48),
        ("ffffffffffff0011223344550020ffff001f00040000abcd0000000000ff045100001234001122334455400100", 45),
    ];

    [Fact]
    public void IpxDefault() => Assert.Equal(ExpectedIpxDefault,
        InProcessPrint.HexFrames(IpxFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    private const string ExpectedIpxDefault =
        "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0451: ipx-ncp 0\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452: ipx-sap-req 0004\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452: ipx-sap-nearest-req 0007\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452: ipx-sap-resp 0004 'SERVER1' addr 0000abcd.00:aa:bb:cc:dd:ee 0107 'Print^A' addr 0000abcd.00:aa:bb:cc:dd:ee\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452: ipx-sap-nearest-resp 0004 '' (invalid)\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452: ipx-sap-resp 0004 'S' [|ipx]\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452: ipx-sap-?9\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452:  [|ipx]\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0453: ipx-rip-req 0000abcd/1.2\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0453: ipx-rip-resp 0000abcd/1.2 0000abce/3.4\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0453: ipx-rip-resp (invalid)\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0453: ipx-rip-req (invalid)\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0453: ipx-rip-?5\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0455: ipx-netbios 2\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0456: ipx-diags 2\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0553: ipx-nwlink-dgm 2\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.85be:  [|eigrp]\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.9999: ipx-#9999 2\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0451: [length 20 < 30] (invalid)\n"
        + "(NOV-ETHII) IPX  [|ipx]\n"
        + "IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0451: ipx-ncp 1\n"
        + "IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0451: ipx-ncp 1\n";

    [Fact]
    public void IpxVerbose() => Assert.Equal(ExpectedIpxVerbose,
        InProcessPrint.HexFrames(IpxFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedIpxVerbose =
        "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0451: ipx-ncp 0\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452: ipx-sap-req 0004\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452: ipx-sap-nearest-req 0007\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452: ipx-sap-resp 0004 'SERVER1' addr 0000abcd.00:aa:bb:cc:dd:ee 0107 'Print^A' addr 0000abcd.00:aa:bb:cc:dd:ee\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452: ipx-sap-nearest-resp 0004 '' (invalid)\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452: ipx-sap-resp 0004 'S' [|ipx]\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452: ipx-sap-?9\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452:  [|ipx]\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0453: ipx-rip-req 0000abcd/1.2\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0453: ipx-rip-resp 0000abcd/1.2 0000abce/3.4\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0453: ipx-rip-resp (invalid)\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0453: ipx-rip-req (invalid)\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0453: ipx-rip-?5\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0455: ipx-netbios 2\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0456: ipx-diags 2\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0553: ipx-nwlink-dgm 2\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.85be:  [|eigrp]\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.9999: ipx-#9999 2\n"
        + "(NOV-ETHII) IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0451: [length 20 < 30] (invalid)\n"
        + "(NOV-ETHII) IPX  [|ipx]\n"
        + "IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0451: ipx-ncp 1\n"
        + "IPX 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0451: ipx-ncp 1\n";

    [Fact]
    public void IpxLinkHeader() => Assert.Equal(ExpectedIpxLinkHeader,
        InProcessPrint.HexFrames(IpxFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, LinkHeader = true }));

    private const string ExpectedIpxLinkHeader =
        "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 44: (NOV-ETHII) 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0451: ipx-ncp 0\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 48: (NOV-ETHII) 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452: ipx-sap-req 0004\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 48: (NOV-ETHII) 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452: ipx-sap-nearest-req 0007\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 174: (NOV-ETHII) 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452: ipx-sap-resp 0004 'SERVER1' addr 0000abcd.00:aa:bb:cc:dd:ee 0107 'Print^A' addr 0000abcd.00:aa:bb:cc:dd:ee\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 76: (NOV-ETHII) 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452: ipx-sap-nearest-resp 0004 '' (invalid)\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 96: (NOV-ETHII) 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452: ipx-sap-resp 0004 'S' [|ipx]\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 46: (NOV-ETHII) 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452: ipx-sap-?9\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 44: (NOV-ETHII) 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0452:  [|ipx]\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 54: (NOV-ETHII) 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0453: ipx-rip-req 0000abcd/1.2\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 62: (NOV-ETHII) 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0453: ipx-rip-resp 0000abcd/1.2 0000abce/3.4\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 53: (NOV-ETHII) 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0453: ipx-rip-resp (invalid)\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 48: (NOV-ETHII) 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0453: ipx-rip-req (invalid)\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 46: (NOV-ETHII) 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0453: ipx-rip-?5\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 46: (NOV-ETHII) 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0455: ipx-netbios 2\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 46: (NOV-ETHII) 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0456: ipx-diags 2\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 46: (NOV-ETHII) 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0553: ipx-nwlink-dgm 2\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 46: (NOV-ETHII) 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.85be:  [|eigrp]\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 46: (NOV-ETHII) 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.9999: ipx-#9999 2\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 44: (NOV-ETHII) 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0451: [length 20 < 30] (invalid)\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 60: (NOV-ETHII)  [|ipx]\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, 802.3, length 33: LLC, dsap IPX (0xe0) Individual, ssap IPX (0xe0) Command, ctrl 0x03: IPX 802.2: 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0451: ipx-ncp 1\n"
        + "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, 802.3, length 31: IPX 802.3: 00001234.00:11:22:33:44:55.4001 > 0000abcd.00:00:00:00:00:ff.0451: ipx-ncp 1\n";

}
