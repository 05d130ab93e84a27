using System.Text;
using Wirecap.Files;
using Wirecap.Print;
using Xunit;

namespace Wirecap.Tests.Aaa;

/// <summary>
/// LISP control messages (print-lisp.c) against tcpdump 4.99.3: synthetic Map-Register/Map-Notify
/// frames (random records, locators, authentication data, some malformed or cut short) written to a
/// pcap and printed with "tcpdump -t -n [-v]", whose output is the expected text here.
/// </summary>
public class LispTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("00112233445566778899aabb0800450000d800010000401166120a0000010a00000210f610f600c400004f000103a78eba76bccf936400010020dc4a4c01edeb60f4765d663750752030bf4dfd598234a6ab02a25e9c8d84134d15de0316011fa400ea270002a3b7a1399ea2b09d95e68efcf9082a598788f0920002000538d93b38004f00007f7600028a619e53dde513cc3b4b306bdc84d21c17f9e34b010384004fca0002d8e000baf318481736ce94ed8eeb662f107a346500070002424cf99fb869b70181e38b0ffa2f42a9383cf4382f1f3056d78abf31f90c72a46a18e0cbdd326ed4", 230),
        ("00112233445566778899aabb86dd6000000000881140fe800000000000000000000000000001ff02000000000000000000000001000210f610f60088000038000102fc883ace0c384aca00070020be2b26c5cb511ddedb11458e05697ebf0b9aeff9315791e47a57dd99d6f05ae746acc51e004bfa00ee890002687bc12d9ddf13e81f78c1a179e1b32b574d89d2001856004d4f0002f8d97e17ce51c971466c60fcf784a3cfd53df51950ff8f0c5fd06e7158e8d2a735815e685840f04a", 190),
        ("00112233445566778899aabb86dd6000000000cc1140fe800000000000000000000000000001ff02000000000000000000000001000210f610f600cc0000400000031bc0951f933bf31a000700206b4575264071eba80f449af9823ad012e3ae1d6832a829adf8190464c5b71a96c9baa3a8005e5100bae30002a8914003ed84a3dbbfb4838400e7826699fb26bb02399400b17d0002e4d147f3dcd6030e7d3654704888942f209ae8a300040005ee29df660004000563302c150128d000e9be000221613e9e8935618d00f98a6d32832507ffa85afb00020002c6d03fe9266dca029055bb9c6cc960225d01a310ad58a726a73cce0ce9151caccce07c875bbd00e2", 258),
        ("00112233445566778899aabb86dd6000000000ce1140fe800000000000000000000000000001ff02000000000000000000000001000210f610f600ce00004f000003fa37f76be854cf7a00020014f3919dc546c80e7ea4321d4cfe83902278ebf8838c8fee6f02537e0080e8000276a52cbb726b3672de0b9f93465f309afe9056230004000558eb5ac500040005d2d28bd7002bf90090c0000148e425e3e1656775021d48009460000298a7ba8a6db61bd1126e7f9e1bbd206c21b3d7f3000200028337cf0e9a7cdc2bb310f2b9c742f200269e713b000400021664bdceee43799d21da0337591c05bc2bb0cd640118f0003ef840030a11366ffc2968ef56ca00070005", 260),
        ("00112233445566778899aabb86dd6000000000941140fe800000000000000000000000000001ff02000000000000000000000001000210f610f600940000420001022830bab0ed7945c4000100204e2846c5eaad44cf4c1cccfa99c35ed25dae581d360dd2ff216368cae4e61f1aa7fc520f0078e700d9020002abc4e7f5da643dd47d125e0084eaf525e7407e1702003300c1380002ad810c2695cb6887f898cb2f68cce07dc2f29cf100010002635430ef0aebf769f74773bd6ecf8d4aa57357b200060001268f594c", 202),
        ("00112233445566778899aabb86dd6000000000a41140fe800000000000000000000000000001ff02000000000000000000000001000210f610f600a4000038000002b49186c878e1a40500020020f2b296ea7a65c7e7c3cca7678a179098fd0f7ec9a19cd2ec00707f6ee14bc7ec0fa4c379020b9b00073500025450aca21e7cdd05cfa620cd6a3948c5e5748c38000700059c19ecdc000300059c18e0b701568d00f70700022b9a2da9afd8ebf5b587ad0a74fab797062e06f000000001cbe49cfa52d538a2fedd0746720fa7705f4d9b633e4c2b", 218),
        ("00112233445566778899aabb86dd60000000009c1140fe800000000000000000000000000001ff02000000000000000000000001000210f610f6009c00003000000267cce22cd2ab50d40001002048a7164e82cc0c035cfacda4ece99db08d2570b4c2f88f70497ca940e83e05d9376f7771010f90008a5800021f1b71c1179465f9bca53edb7e0017fad3c0158400050005836ad41e006c06006dc8000271bcdceeddab4438b5d05431860cb49e6098a5df017f6a00cfed0002c8f0d45c817c2b5726759f8ae49ecf608f3d13f200000005", 210),
        ("00112233445566778899aabb0800450000b0000100004011663a0a0000010a00000210f610f6009c000032000102f4e679b048b3e389000000207f673cfd8e10396494bca25decffdc560cfee004c46784575efd3d0ac80daf363161e8c3026bcf0002f70002fefa1a008a1701c9a0e3e453e95d7b9a003ad68500040001286990a90a4c15ad0007000561f98aec003826005ff30002f374268095d1625724cfd1c084297c648289cef0fee673bc93542891d1fff99561c8a63ed55589bd", 190),
        ("00112233445566778899aabb86dd6000000000a81140fe800000000000000000000000000001ff02000000000000000000000001000210f610f600a8000038000002c3f91d1a9e3fafb600070020a95283c87c54517ef2a6ab9353dad424902330f848a4374f78a8371d451dfc1a470c46dc01526f00065700028c7bfbc0c47aaeedce4927ee33e4bf11ff26c69a00060002e30429a73770bbed29cc6e69ea07654bc882920c017d6b005a510002f1eb885d7e10e7f357acb3b5bf0bb52c5b2f239c0003000500db7244b52b3d13186f9439ea584e1e4e34abfcad38f306", 222),
        ("00112233445566778899aabb86dd6000000000bf1140fe800000000000000000000000000001ff02000000000000000000000001000210f610f600bf000048000103bf11c9f4c698146200000003b8333297a10dca017eb8003fc6000209e91bfb1c52fa54679ae18f49fa07856bee580600030001a090d7d452a321a5027e5c001f9a0002715bcbefedf2e3baaddeff277a6d67aa67fe858f000700029eb03f140e2aaf132791f2fb1637ddd4da61c85b00070002d728051e7429eabb1664c0e33d689658069699df026c9d00017c00010c6c801db5113cff000000058face2e600050002498be1aba48d7f6939063233da55b904", 245),
    ];

    private static string Print(PrintOptions options)
    {
        var ms = new MemoryStream();
        var o = new TextOut(ms);
        var printer = new PacketPrinter(new PrintContext(options, o));
        long t = 1700000000;
        foreach (var (hex, wireLength) in Frames)
        {
            var data = Convert.FromHexString(hex);
            var h = new PacketHeader { Seconds = t++, CapturedLength = data.Length, WireLength = wireLength, LinkType = LinkLayer.Ethernet };
            printer.Print(h, data);
        }
        o.Flush();
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Notify, 3 record(s),\n"
        + " EID a3b7:a139:9ea2:b09d:95e6:8efc:f908:2a59/31, 1 locator(s)\n"
        + " EID 8a61:9e53:dde5:13cc:3b4b:306b:dc84:d21c/79, 0 locator(s)\n"
        + " EID d8e0:ba:f318:4817:36ce:94ed:8eeb:662f/3, 1 locator(s) LOC 424c:f99f:b869:b701:81e3:8b0f:fa2f:42a9\n"
        + "    xTR-ID: 0x0000:  383c f438 2f1f 3056 d78a bf31 f90c 72a4\n"
        + "    SITE-ID: 7645107533655469780\n"
        + "IP6 fe80::1.4342 > ff02::1:2.4342: LISP-Map-Register, 2 record(s),\n"
        + " EID 687b:c12d:9ddf:13e8:1f78:c1a1:79e1:b32b/75, 0 locator(s)\n"
        + " EID f8d9:7e17:ce51:c971:466c:60fc:f784:a3cf/24, 0 locator(s)\n"
        + "    Data: 0x0000:  d53d f519 50ff 8f0c 5fd0 6e71 58e8 d2a7\n"
        + "    Data: 0x0010:  3581 5e68 5840 f04a\n"
        + "IP6 fe80::1.4342 > ff02::1:2.4342: LISP-Map-Notify, 3 record(s),\n"
        + " EID a891:4003:ed84:a3db:bfb4:8384:e7:8266/94, 0 locator(s)\n"
        + " EID e4d1:47f3:dcd6:30e:7d36:5470:4888:942f/57, 2 locator(s)\n"
        + " EID 2161:3e9e:8935:618d:f9:8a6d:3283:2507/40, 1 locator(s) LOC c6d0:3fe9:266d:ca02:9055:bb9c:6cc9:6022\n"
        + "    Data: 0x0000:  5d01 a310 ad58 a726 a73c ce0c e915 1cac\n"
        + "    Data: 0x0010:  cce0 7c87 5bbd 00e2\n"
        + "IP6 fe80::1.4342 > ff02::1:2.4342: LISP-Map-Notify, 3 record(s),\n"
        + " EID 76a5:2cbb:726b:3672:de0b:9f93:465f:309a/83, 2 locator(s)\n"
        + " EID 72.228.37.227/43, 0 locator(s)\n"
        + " EID 98a7:ba8a:6db6:1bd1:126e:7f9e:1bbd:206c/29, 2 locator(s) LOC 8337:cf0e:9a7c:dc2b:b310:f2b9:c742:f200 LOC 1664:bdce:ee43:799d:21da:337:591c:5bc\n"
        + "    xTR-ID: 0x0000:  2bb0 cd64 0118 f000 3ef8 4003 0a11 366f\n"
        + "    SITE-ID: 18170169548765528071\n"
        + "IP6 fe80::1.4342 > ff02::1:2.4342: LISP-Map-Notify, 2 record(s),\n"
        + " EID abc4:e7f5:da64:3dd4:7d12:5e00:84ea:f525/120, 0 locator(s)\n"
        + " EID ad81:c26:95cb:6887:f898:cb2f:68cc:e07d/0, 2 locator(s) LOC 6354:30ef:aeb:f769:f747:73bd:6ecf:8d4a LOC 38.143.89.76\n"
        + "IP6 fe80::1.4342 > ff02::1:2.4342: LISP-Map-Register, 2 record(s),\n"
        + " EID 5450:aca2:1e7c:dd05:cfa6:20cd:6a39:48c5/11, 2 locator(s)\n"
        + " EID 2b9a:2da9:afd8:ebf5:b587:ad0a:74fa:b797/86, 1 locator(s) LOC 203.228.156.250\n"
        + "    Data: 0x0000:  52d5 38a2 fedd 0746 720f a770 5f4d 9b63\n"
        + "    Data: 0x0010:  3e4c 2b\n"
        + "IP6 fe80::1.4342 > ff02::1:2.4342: LISP-Map-Register, 2 record(s),\n"
        + " EID 1f1b:71c1:1794:65f9:bca5:3edb:7e00:17fa/15, 1 locator(s)\n"
        + " EID 71bc:dcee:ddab:4438:b5d0:5431:860c:b49e/108, 0 locator(s)\n"
        + "    Data: 0x0000:  6098 a5df 017f 6a00 cfed 0002 c8f0 d45c\n"
        + "    Data: 0x0010:  817c 2b57 2675 9f8a e49e cf60 8f3d 13f2\n"
        + "    Data: 0x0020:  0000 0005\n"
        + "IP 10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Register, 2 record(s),\n"
        + " EID fefa:1a00:8a17:1c9:a0e3:e453:e95d:7b9a/107, 2 locator(s) LOC 40.105.144.169\n"
        + " EID f374:2680:95d1:6257:24cf:d1c0:8429:7c64/56, 0 locator(s)\n"
        + "    xTR-ID: 0x0000:  8289 cef0 fee6 73bc 9354 2891 d1ff f995\n"
        + "    SITE-ID: 7046064405818476989\n"
        + "IP6 fe80::1.4342 > ff02::1:2.4342: LISP-Map-Register, 2 record(s),\n"
        + " EID 8c7b:fbc0:c47a:aeed:ce49:27ee:33e4:bf11/82, 1 locator(s) LOC e304:29a7:3770:bbed:29cc:6e69:ea07:654b\n"
        + " EID f1eb:885d:7e10:e7f3:57ac:b3b5:bf0b:b52c/125, 1 locator(s)\n"
        + "    Data: 0x0000:  00db 7244 b52b 3d13 186f 9439 ea58 4e1e\n"
        + "    Data: 0x0010:  4e34 abfc ad38 f306\n"
        + "IP6 fe80::1.4342 > ff02::1:2.4342: LISP-Map-Notify, 3 record(s),\n"
        + " EID 9e9:1bfb:1c52:fa54:679a:e18f:49fa:785/126, 1 locator(s) LOC 160.144.215.212\n"
        + " EID 715b:cbef:edf2:e3ba:adde:ff27:7a6d:67aa/126, 2 locator(s) LOC 9eb0:3f14:e2a:af13:2791:f2fb:1637:ddd4 LOC d728:51e:7429:eabb:1664:c0e3:3d68:9658\n"
        + " EID 12.108.128.29/108, 2 locator(s) LOC 498b:e1ab:a48d:7f69:3906:3233:da55:b904 (invalid)\n";

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 216)\n"
        + "    10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Notify, flags [I-xTR-ID-Present, R-Build-For-RTR],\n"
        + "    3 record(s), Authentication SHA1,\n"
        + "    Authentication-Data: 0x0000:  dc4a 4c01 edeb 60f4 765d 6637 5075 2030\n"
        + "    Authentication-Data: 0x0010:  bf4d fd59 8234 a6ab 02a2 5e9c 8d84 134d\n"
        + "      Record TTL 366871318, Non-Authoritative, unknown, Map Version: 2599, EID a3b7:a139:9ea2:b09d:95e6:8efc:f908:2a59/31, 1 locator(s)\n"
        + "       \n"
        + "          Priority/Weight 135/136, Multicast Priority/Weight 240/146, flags [RLoc-Probed],\n"
        + "      Record TTL 953760568, Non-Authoritative, No-Action, Map Version: 3958, EID 8a61:9e53:dde5:13cc:3b4b:306b:dc84:d21c/79, 0 locator(s)\n"
        + "      Record TTL 402252619, Non-Authoritative, unknown, Map Version: 4042, EID d8e0:ba:f318:4817:36ce:94ed:8eeb:662f/3, 1 locator(s)\n"
        + "        LOC 424c:f99f:b869:b701:81e3:8b0f:fa2f:42a9\n"
        + "          Priority/Weight 16/122, Multicast Priority/Weight 52/101, flags [Local-Locator, RLoc-Probed, Reachable],\n"
        + "    xTR-ID: 0x0000:  383c f438 2f1f 3056 d78a bf31 f90c 72a4\n"
        + "    SITE-ID: 7645107533655469780\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 136) fe80::1.4342 > ff02::1:2.4342: [bad udp cksum 0x0000 -> 0x2784!] LISP-Map-Register, flags [P-Proxy-Map-Reply, M-Want-Map-Notify],\n"
        + "    2 record(s), Authentication unknown-type,\n"
        + "    Authentication-Data: 0x0000:  be2b 26c5 cb51 1dde db11 458e 0569 7ebf\n"
        + "    Authentication-Data: 0x0010:  0b9a eff9 3157 91e4 7a57 dd99 d6f0 5ae7\n"
        + "      Record TTL 1185727774, Authoritative, unknown, Map Version: 3721, EID 687b:c12d:9ddf:13e8:1f78:c1a1:79e1:b32b/75, 0 locator(s)\n"
        + "      Record TTL 1464699346, Authoritative, Send-Map-Request, Map Version: 3407, EID f8d9:7e17:ce51:c971:466c:60fc:f784:a3cf/24, 0 locator(s)\n"
        + "    Data: 0x0000:  d53d f519 50ff 8f0c 5fd0 6e71 58e8 d2a7\n"
        + "    Data: 0x0010:  3581 5e68 5840 f04a\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 204) fe80::1.4342 > ff02::1:2.4342: [bad udp cksum 0x0000 -> 0x7784!] LISP-Map-Notify, flags [none],\n"
        + "    3 record(s), Authentication unknown-type,\n"
        + "    Authentication-Data: 0x0000:  6b45 7526 4071 eba8 0f44 9af9 823a d012\n"
        + "    Authentication-Data: 0x0010:  e3ae 1d68 32a8 29ad f819 0464 c5b7 1a96\n"
        + "      Record TTL 3384452008, Authoritative, Send-Map-Request, Map Version: 2787, EID a891:4003:ed84:a3db:bfb4:8384:e7:8266/94, 0 locator(s)\n"
        + "      Record TTL 2583373499, Authoritative, unknown, Map Version: 381, EID e4d1:47f3:dcd6:30e:7d36:5470:4888:942f/57, 2 locator(s)\n"
        + "       \n"
        + "          Priority/Weight 32/154, Multicast Priority/Weight 232/163, flags [Local-Locator],\n"
        + "       \n"
        + "          Priority/Weight 238/41, Multicast Priority/Weight 223/102, flags [Local-Locator],\n"
        + "      Record TTL 1664101397, Authoritative, unknown, Map Version: 2494, EID 2161:3e9e:8935:618d:f9:8a6d:3283:2507/40, 1 locator(s)\n"
        + "        LOC c6d0:3fe9:266d:ca02:9055:bb9c:6cc9:6022\n"
        + "          Priority/Weight 255/168, Multicast Priority/Weight 90/251, flags [RLoc-Probed],\n"
        + "    Data: 0x0000:  5d01 a310 ad58 a726 a73c ce0c e915 1cac\n"
        + "    Data: 0x0010:  cce0 7c87 5bbd 00e2\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 206) fe80::1.4342 > ff02::1:2.4342: [bad udp cksum 0x0000 -> 0x6fca!] LISP-Map-Notify, flags [I-xTR-ID-Present, R-Build-For-RTR],\n"
        + "    3 record(s), Authentication SHA256,\n"
        + "    Authentication-Data: 0x0000:  f391 9dc5 46c8 0e7e a432 1d4c fe83 9022\n"
        + "    Authentication-Data: 0x0010:  78eb f883\n"
        + "      Record TTL 2358242927, Authoritative, Drop, Map Version: 232, EID 76a5:2cbb:726b:3672:de0b:9f93:465f:309a/83, 2 locator(s)\n"
        + "       \n"
        + "          Priority/Weight 254/144, Multicast Priority/Weight 86/35, flags [Local-Locator],\n"
        + "       \n"
        + "          Priority/Weight 88/235, Multicast Priority/Weight 90/197, flags [Local-Locator],\n"
        + "      Record TTL 3537013719, Authoritative, unknown, Map Version: 192, EID 72.228.37.227/43, 0 locator(s)\n"
        + "      Record TTL 3781519221, Non-Authoritative, Send-Map-Request, Map Version: 1120, EID 98a7:ba8a:6db6:1bd1:126e:7f9e:1bbd:206c/29, 2 locator(s)\n"
        + "        LOC 8337:cf0e:9a7c:dc2b:b310:f2b9:c742:f200\n"
        + "          Priority/Weight 33/179, Multicast Priority/Weight 215/243, flags [RLoc-Probed],\n"
        + "        LOC 1664:bdce:ee43:799d:21da:337:591c:5bc\n"
        + "          Priority/Weight 38/158, Multicast Priority/Weight 113/59, flags [Local-Locator],\n"
        + "    xTR-ID: 0x0000:  2bb0 cd64 0118 f000 3ef8 4003 0a11 366f\n"
        + "    SITE-ID: 18170169548765528071\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 148) fe80::1.4342 > ff02::1:2.4342: [bad udp cksum 0x0000 -> 0xac07!] LISP-Map-Notify, flags [none],\n"
        + "    2 record(s), Authentication SHA1,\n"
        + "    Authentication-Data: 0x0000:  4e28 46c5 eaad 44cf 4c1c ccfa 99c3 5ed2\n"
        + "    Authentication-Data: 0x0010:  5dae 581d 360d d2ff 2163 68ca e4e6 1f1a\n"
        + "      Record TTL 2818331151, Non-Authoritative, unknown, Map Version: 2306, EID abc4:e7f5:da64:3dd4:7d12:5e00:84ea:f525/120, 0 locator(s)\n"
        + "      Record TTL 3879763479, Authoritative, Natively-Forward, Map Version: 312, EID ad81:c26:95cb:6887:f898:cb2f:68cc:e07d/0, 2 locator(s)\n"
        + "        LOC 6354:30ef:aeb:f769:f747:73bd:6ecf:8d4a\n"
        + "          Priority/Weight 194/242, Multicast Priority/Weight 156/241, flags [Reachable],\n"
        + "        LOC 38.143.89.76\n"
        + "          Priority/Weight 165/115, Multicast Priority/Weight 87/178, flags [Local-Locator, RLoc-Probed],\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 164) fe80::1.4342 > ff02::1:2.4342: LISP-Map-Register, flags [P-Proxy-Map-Reply],\n"
        + "    2 record(s), Authentication SHA256,\n"
        + "    Authentication-Data: 0x0000:  f2b2 96ea 7a65 c7e7 c3cc a767 8a17 9098\n"
        + "    Authentication-Data: 0x0010:  fd0f 7ec9 a19c d2ec 0070 7f6e e14b c7ec\n"
        + "      Record TTL 262456185, Authoritative, unknown, Map Version: 1845, EID 5450:aca2:1e7c:dd05:cfa6:20cd:6a39:48c5/11, 2 locator(s)\n"
        + "       \n"
        + "          Priority/Weight 229/116, Multicast Priority/Weight 140/56, flags [Local-Locator, RLoc-Probed, Reachable],\n"
        + "       \n"
        + "          Priority/Weight 156/25, Multicast Priority/Weight 236/220, flags [RLoc-Probed, Reachable],\n"
        + "      Record TTL 2618876087, Non-Authoritative, unknown, Map Version: 1799, EID 2b9a:2da9:afd8:ebf5:b587:ad0a:74fa:b797/86, 1 locator(s)\n"
        + "        LOC 203.228.156.250\n"
        + "          Priority/Weight 6/46, Multicast Priority/Weight 6/240, flags [none],\n"
        + "    Data: 0x0000:  52d5 38a2 fedd 0746 720f a770 5f4d 9b63\n"
        + "    Data: 0x0010:  3e4c 2b\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 156) fe80::1.4342 > ff02::1:2.4342: [bad udp cksum 0x0000 -> 0xefd6!] LISP-Map-Register, flags [none],\n"
        + "    2 record(s), Authentication SHA1,\n"
        + "    Authentication-Data: 0x0000:  48a7 164e 82cc 0c03 5cfa cda4 ece9 9db0\n"
        + "    Authentication-Data: 0x0010:  8d25 70b4 c2f8 8f70 497c a940 e83e 05d9\n"
        + "      Record TTL 930051953, Authoritative, unknown, Map Version: 2648, EID 1f1b:71c1:1794:65f9:bca5:3edb:7e00:17fa/15, 1 locator(s)\n"
        + "       \n"
        + "          Priority/Weight 211/192, Multicast Priority/Weight 21/132, flags [Local-Locator, Reachable],\n"
        + "      Record TTL 2204816414, Non-Authoritative, No-Action, Map Version: 3528, EID 71bc:dcee:ddab:4438:b5d0:5431:860c:b49e/108, 0 locator(s)\n"
        + "    Data: 0x0000:  6098 a5df 017f 6a00 cfed 0002 c8f0 d45c\n"
        + "    Data: 0x0010:  817c 2b57 2675 9f8a e49e cf60 8f3d 13f2\n"
        + "    Data: 0x0020:  0000 0005\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 176)\n"
        + "    10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Register, flags [I-xTR-ID-Present, M-Want-Map-Notify],\n"
        + "    2 record(s), Authentication None,\n"
        + "    Authentication-Data: 0x0000:  7f67 3cfd 8e10 3964 94bc a25d ecff dc56\n"
        + "    Authentication-Data: 0x0010:  0cfe e004 c467 8457 5efd 3d0a c80d af36\n"
        + "      Record TTL 828500163, Non-Authoritative, unknown, Map Version: 759, EID fefa:1a00:8a17:1c9:a0e3:e453:e95d:7b9a/107, 2 locator(s)\n"
        + "        LOC 40.105.144.169\n"
        + "          Priority/Weight 0/58, Multicast Priority/Weight 214/133, flags [Local-Locator],\n"
        + "       \n"
        + "          Priority/Weight 10/76, Multicast Priority/Weight 21/173, flags [Local-Locator, RLoc-Probed, Reachable],\n"
        + "      Record TTL 1643743980, Non-Authoritative, Natively-Forward, Map Version: 4083, EID f374:2680:95d1:6257:24cf:d1c0:8429:7c64/56, 0 locator(s)\n"
        + "    xTR-ID: 0x0000:  8289 cef0 fee6 73bc 9354 2891 d1ff f995\n"
        + "    SITE-ID: 7046064405818476989\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 168) fe80::1.4342 > ff02::1:2.4342: [bad udp cksum 0x0000 -> 0x08f4!] LISP-Map-Register, flags [P-Proxy-Map-Reply],\n"
        + "    2 record(s), Authentication unknown-type,\n"
        + "    Authentication-Data: 0x0000:  a952 83c8 7c54 517e f2a6 ab93 53da d424\n"
        + "    Authentication-Data: 0x0010:  9023 30f8 48a4 374f 78a8 371d 451d fc1a\n"
        + "      Record TTL 1191986908, Non-Authoritative, Drop, Map Version: 1623, EID 8c7b:fbc0:c47a:aeed:ce49:27ee:33e4:bf11/82, 1 locator(s)\n"
        + "        LOC e304:29a7:3770:bbed:29cc:6e69:ea07:654b\n"
        + "          Priority/Weight 255/38, Multicast Priority/Weight 198/154, flags [Local-Locator, RLoc-Probed],\n"
        + "      Record TTL 3364000268, Non-Authoritative, Drop, Map Version: 2641, EID f1eb:885d:7e10:e7f3:57ac:b3b5:bf0b:b52c/125, 1 locator(s)\n"
        + "       \n"
        + "          Priority/Weight 91/47, Multicast Priority/Weight 35/156, flags [RLoc-Probed, Reachable],\n"
        + "    Data: 0x0000:  00db 7244 b52b 3d13 186f 9439 ea58 4e1e\n"
        + "    Data: 0x0010:  4e34 abfc ad38 f306\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 191) fe80::1.4342 > ff02::1:2.4342: [bad udp cksum 0x0000 -> 0xfddd!] LISP-Map-Notify, flags [I-xTR-ID-Present],\n"
        + "    3 record(s), Authentication None,\n"
        + "    Authentication-Data: 0x0000:  b833 32\n"
        + "      Record TTL 2543914442, Authoritative, unknown, Map Version: 4038, EID 9e9:1bfb:1c52:fa54:679a:e18f:49fa:785/126, 1 locator(s)\n"
        + "        LOC 160.144.215.212\n"
        + "          Priority/Weight 107/238, Multicast Priority/Weight 88/6, flags [RLoc-Probed, Reachable],\n"
        + "      Record TTL 1386422693, Authoritative, Send-Map-Request, Map Version: 3994, EID 715b:cbef:edf2:e3ba:adde:ff27:7a6d:67aa/126, 2 locator(s)\n"
        + "        LOC 9eb0:3f14:e2a:af13:2791:f2fb:1637:ddd4\n"
        + "          Priority/Weight 103/254, Multicast Priority/Weight 133/143, flags [Local-Locator, RLoc-Probed, Reachable],\n"
        + "        LOC d728:51e:7429:eabb:1664:c0e3:3d68:9658\n"
        + "          Priority/Weight 218/97, Multicast Priority/Weight 200/91, flags [Local-Locator, RLoc-Probed, Reachable],\n"
        + "      Record TTL 110533087, Authoritative, unknown, Map Version: 380, EID 12.108.128.29/108, 2 locator(s)\n"
        + "       \n"
        + "          Priority/Weight 181/17, Multicast Priority/Weight 60/255, flags [none],\n"
        + "        LOC 498b:e1ab:a48d:7f69:3906:3233:da55:b904\n"
        + "          Priority/Weight 143/172, Multicast Priority/Weight 226/230, flags [Local-Locator, Reachable], (invalid)\n";
}
