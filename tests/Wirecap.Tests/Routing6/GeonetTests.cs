using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Routing6;

/// <summary>
/// GeoNetworking and CALM FAST (print-geonet.c, print-calm-fast.c) against tcpdump 4.99.3: synthetic
/// beacons, multi-hop broadcasts with BTP and ITS PDU headers, every header type, short and cut
/// frames, printed with "tcpdump -t -n [-v]", whose output is the expected text here.
/// </summary>
public class GeonetTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("ffffffffffff000c426d54db89470010000000000001c0cc000c426968be000000071eaec29a035f9b1b000a001400000000", -1),
        ("ffffffffffff000c426d54db894701510000001d0002c0cc000c426968be000000070000000100000002000a001400000000000000000000000000000000000000000000000000000000000000000000000013881389010268656c6c6f", -1),
        ("ffffffffffff000c426d54db89470250000000060002c0cc000c426968be000000070000000100000002000a00140000000007d100000296", -1),
        ("ffffffffffff000c426d54db89470250000000060002c0cc000c426968be000000070000000100000002000a00140000000007d1000002", -1),
        ("ffffffffffff000c426d54db89470100000000060002c0cc000c426968be000000070000000100000002000a00140000000007d1", -1),
        ("ffffffffffff000c426d54db89471320000000060002c0cc000c426968be000000070000000100000002000a001400000000000000000000000000000000", -1),
        ("ffffffffffff000c426d54db07070330000000000003c0cc000c426968be000000070000000300000004000a001400000000", -1),
        ("ffffffffffff000c426d54db07070331000000000003c0cc000c426968be000000070000000300000004000a001400000000", -1),
        ("ffffffffffff000c426d54db07070332000000000003c0cc000c426968be000000070000000300000004000a001400000000", -1),
        ("ffffffffffff000c426d54db07070333000000000003c0cc000c426968be000000070000000300000004000a001400000000", -1),
        ("ffffffffffff000c426d54db07070340000000000003c0cc000c426968be000000070000000300000004000a001400000000", -1),
        ("ffffffffffff000c426d54db07070341000000000003c0cc000c426968be000000070000000300000004000a001400000000", -1),
        ("ffffffffffff000c426d54db07070342000000000003c0cc000c426968be000000070000000300000004000a001400000000", -1),
        ("ffffffffffff000c426d54db07070345000000000003c0cc000c426968be000000070000000300000004000a001400000000", -1),
        ("ffffffffffff000c426d54db07070352000000000003c0cc000c426968be000000070000000300000004000a001400000000", -1),
        ("ffffffffffff000c426d54db07070360000000000003c0cc000c426968be000000070000000300000004000a001400000000", -1),
        ("ffffffffffff000c426d54db07070361000000000003c0cc000c426968be000000070000000300000004000a001400000000", -1),
        ("ffffffffffff000c426d54db07070362000000000003c0cc000c426968be000000070000000300000004000a001400000000", -1),
        ("ffffffffffff000c426d54db07070370000000000003c0cc000c426968be000000070000000300000004000a001400000000", -1),
        ("ffffffffffff000c426d54db89470151000000000002c0cc000c426968be000000070000000100000002000a00140000000000000000000000000000", -1),
        ("ffffffffffff000c426d54db89470000000000000000000000000000000000000000", -1),
        ("ffffffffffff000c426d54db111105067061796c6f6164", -1),
        ("ffffffffffff000c426d54db111105", -1),
        ("ffffffffffff000c426d54db894701510000001d", 93),
        ("ffffffffffff000c426d54db894701510000001d0002c0cc000c426968be", 93),
        ("ffffffffffff000c426d54db894701510000001d0002c0cc000c426968be00000007000000010000", 93),
        ("ffffffffffff000c426d54db894701510000001d0002c0cc000c426968be000000070000000100000002000a001400000000", 93),
        ("ffffffffffff000c426d54db894701510000001d0002c0cc000c426968be000000070000000100000002000a00140000000000000000000000000000", 93),
        ("ffffffffffff000c426d54db894701510000001d0002c0cc000c426968be000000070000000100000002000a00140000000000000000000000000000000000000000000000000000000000000000000000001388138901026865", 93),
        ("ffffffffffff000c426d54db111105", 23),
    ];

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, InProcessPrint.HexFrames(Frames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, InProcessPrint.HexFrames(Frames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedDefault =
        "GeoNet src:00:0c:42:6d:54:db; v:0 NH:0-Any HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514769562 lon:56597275\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1 lon:2; BTP Dst:5000 Src:5001; ItsPduHeader v:1 t:2-unknown (2)\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:2-BTP-B HT:5-0-TopoScopeBcast-SH HopLim:2 Payload:6 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1 lon:2; BTP Dst:2001 Src:0; ItsPduHeader v:2 t:150-SA\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:2-BTP-B HT:5-0-TopoScopeBcast-SH HopLim:2 Payload:6 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1 lon:2; BTP Dst:2001 Src:0\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:1-BTP-A HT:0-0-Any HopLim:2 Payload:6 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1 lon:2 (BTP length 2 < 4) (invalid)\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:1 NH:3-IPv6 HT:2-0-GeoUnicast HopLim:2 Payload:6 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1 lon:2\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:3-0-GeoAnycastCircle HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:3-1-GeoAnycastRect HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:3-2-GeoAnycastElipse HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:3-3-Unknown HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:4-0-GeoBroadcastCircle HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:4-1-GeoBroadcastRect HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:4-2-GeoBroadcastElipse HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:4-5-Unknown HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:5-2-Unknown HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:6-0-LocService-Request HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:6-1-LocService-Reply HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:6-2-Unknown HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:7-0-Unknown HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1 lon:2 (header size 32 > 10) (invalid)\n"
        + "GeoNet src:00:0c:42:6d:54:db;  (common header length 20 < 36) (invalid)\n"
        + "CALM FAST src:00:0c:42:6d:54:db; SrcNwref:5; DstNwref:6; \n"
        + "CALM FAST src:00:0c:42:6d:54:db;  (length 1 < 2) (invalid)\n"
        + "GeoNet src:00:0c:42:6d:54:db;  [|geonet]\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be  [|geonet]\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1  [|geonet]\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1 lon:2 [|geonet]\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1 lon:2 [|geonet]\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1 lon:2; BTP Dst:5000 Src:5001; ItsPduHeader v:1 t:2-unknown (2)\n"
        + "CALM FAST src:00:0c:42:6d:54:db; SrcNwref:5;  [|calm_fast]\n";

    private const string ExpectedVerbose =
        "GeoNet src:00:0c:42:6d:54:db; v:0 NH:0-Any HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514769562 lon:56597275\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1 lon:2; BTP Dst:5000 Src:5001; ItsPduHeader v:1 t:2-unknown (2)\n"
        + "\t0x0000:  0102 6865 6c6c 6f                        ..hello\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:2-BTP-B HT:5-0-TopoScopeBcast-SH HopLim:2 Payload:6 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1 lon:2; BTP Dst:2001 Src:0; ItsPduHeader v:2 t:150-SA\n"
        + "\t0x0000:  0296                                     ..\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:2-BTP-B HT:5-0-TopoScopeBcast-SH HopLim:2 Payload:6 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1 lon:2; BTP Dst:2001 Src:0\n"
        + "\t0x0000:  02                                       .\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:1-BTP-A HT:0-0-Any HopLim:2 Payload:6 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1 lon:2 (BTP length 2 < 4) (invalid)\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:1 NH:3-IPv6 HT:2-0-GeoUnicast HopLim:2 Payload:6 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1 lon:2\n"
        + "\t0x0000:  0000 0000 0000 0000 0000 0000            ............\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:3-0-GeoAnycastCircle HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:3-1-GeoAnycastRect HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:3-2-GeoAnycastElipse HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:3-3-Unknown HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:4-0-GeoBroadcastCircle HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:4-1-GeoBroadcastRect HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:4-2-GeoBroadcastElipse HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:4-5-Unknown HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:5-2-Unknown HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:6-0-LocService-Request HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:6-1-LocService-Reply HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:6-2-Unknown HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:3-IPv6 HT:7-0-Unknown HopLim:3 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:3 lon:4\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:0 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1 lon:2 (header size 32 > 10) (invalid)\n"
        + "GeoNet src:00:0c:42:6d:54:db;  (common header length 20 < 36) (invalid)\n"
        + "CALM FAST src:00:0c:42:6d:54:db; SrcNwref:5; DstNwref:6; \n"
        + "\t0x0000:  7061 796c 6f61 64                        payload\n"
        + "CALM FAST src:00:0c:42:6d:54:db;  (length 1 < 2) (invalid)\n"
        + "GeoNet src:00:0c:42:6d:54:db;  [|geonet]\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be  [|geonet]\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1  [|geonet]\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1 lon:2 [|geonet]\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1 lon:2 [|geonet]\n"
        + "GeoNet src:00:0c:42:6d:54:db; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:1 lon:2; BTP Dst:5000 Src:5001; ItsPduHeader v:1 t:2-unknown (2)\n"
        + "\t0x0000:  0102 6865                                ..he [|geonet]\n"
        + "CALM FAST src:00:0c:42:6d:54:db; SrcNwref:5;  [|calm_fast]\n";
}
