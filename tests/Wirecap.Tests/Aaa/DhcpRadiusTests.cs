using System.Text;
using Wirecap.Files;
using Wirecap.Print;
using Xunit;

namespace Wirecap.Tests.Aaa;

/// <summary>
/// BOOTP/DHCP, DHCPv6 and RADIUS against tcpdump 4.99.3. The frames are synthetic (random options,
/// attributes and lengths, some malformed, a few cut short of their wire length); they were written
/// to a pcap and printed with "tcpdump -t -n [-v|-vv]", whose output is the expected text here.
/// </summary>
public class DhcpRadiusTests
{
    /// <summary>Ethernet frames (hex) and their wire lengths: 6 BOOTP, 6 DHCPv6, 7 RADIUS.</summary>
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("00112233445566778899aabb08004500016a00010000401165800a0000010a00000200430044015600000206100356354a2600008000c58ca64f0000000000000000038be932cf4d78915abb7e173d402d930601372d00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000ff6a62626a3336805f2e306134695f352d69386936012e205f00392035ff31312d2d30207f6366686a6162637f392e65663661206a6137632d613230663539806966616465006431657f6662356a686966666133656a0163383634372d3131003332676a6438396831656762393931682e326437675f00633331316935323301638253633d05a37ea3a5ae4d05000368306252070203206a6806005a007907104eb919c3627f3c071833a7b60800db130593aa8bb1033c0c5cc7b07af71782f2d21fb5ca4d040364ff33790a08eab9b986fb008d5aad2b097dc27399124f343f0eff", 376),
        ("00112233445566778899aabb08004500016200010000401165880a0000010a00000200430043014e000003010600f3fcbf09000080000000000000000000000000005c610b74fe51da90e175142cd21565af0e6a8b41625f653300362e00330000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001696833382e61333301662d3831616a6920007f000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000638253632e0c9e80b24357bd5f86379203e54d0100351014b1f6c7cc83c2218f2ac4a5ff2085350c0ce79f3c0fa7cdd26342d25b8d51009605fcd4ac77ab0c06d6c8eb6dda0e370138790f182ab78cf798873321b221d26851f6", 368),
        ("00112233445566778899aabb08004500013100010000401165b90a0000010a00000200440043011d0000020106007dc89bfc0005123400000000726fa88b9c53507c00000000b47f0a5655dc539aee78cea6051567490000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000068613268692e683720ff3867626668306a640166656a7f3269613735342d6739ff31666268682d622e635f626568ff652e64ff613239632d2d2e340132628035693739626965652037ff38386a2e5f6a63633536662dff2d0163652e683380ff62327f336335630168ff00202d20612d39006800396a36697f6336390132642e638253630201c8a10358438e52003510d24426badd79a1430400eadf25a01594ff0305d7e4eb279cff", 319),
        ("00112233445566778899aabb08004500012200010000401165c80a0000010a00000200430044010e00000101060000000000000012340000000000000000dff9a2597259c19d415a00c8105da27135fe48a92779b1a366372063ff393837002000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000069386a6a6864625f3534ff3265622d6130636aff383736326764616766376a633201646a805f32322038696337345f662d205f2d6631626931316968ff693562657f39386463382d8034307f35683462ff5fff333034380132352068326a635f20013962333520338035383665647f31666667806765623063383067ff3765ff638253633408cba68dea06d639d4370933363392b0d287c4f8ff", 304),
        ("00112233445566778899aabb08004500016800010000401165820a0000010a0000020043004401540000030106009a5e951800008000f4ac90b0d61d962d42b61fb464d11c6fa4525f613b6b4cdaf86e9e67b7ba37ed80383565652e393739696832393067305f663332646331806480302d0167372e367f2e2d6736692d806230383533362e337f386536693430688080623635003165332e2e3937696431356739ff7f366a68636a20000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000638253633c05bda4407bf63c090e81fdb0f595a0c090370676646b7d9dd4af09156a94661b46962d6a350619cf8286156721107c943cf8f76368917715e8384d33512f39003903547022010c3a2b0d1f4e787bccf50347b615057ab7d89e8aff", 374),
        ("00112233445566778899aabb08004500016a00010000401165800a0000010a00000200430044015600000206100356354a2600008000c58ca64f0000000000000000038be932cf4d78915abb7e173d402d930601372d00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000ff6a62626a3336805f2e306134695f352d69386936012e205f00392035ff31312d2d30207f6366686a6162637f392e65663661206a6137632d613230663539806966616465006431657f6662356a686966666133656a0163383634372d3131003332676a", 376),
        ("00112233445566778899aabb86dd60000000003e1140fe800000000000000000000000000001ff02000000000000000000000001000202230223003e0000034579410014000556e521c512001200031d09b9002500031c5c600019000c1044022400aadee919dd49a0002d000b002900036966ff", 116),
        ("00112233445566778899aabb86dd60000000000c1140fe800000000000000000000000000001ff02000000000000000000000001000202230223000c00000fae5f6f", 66),
        ("00112233445566778899aabb86dd6000000000761140fe800000000000000000000000000001ff02000000000000000000000001000202220222007600000c0008d6da0219b18b00f3bbe5da5ef6d6303a56dd57475a500fff954a47a6f8f45d002b0010edfa17e59115d925fd800fc474a6ac4400180004016900000003000ca0227ad63ea5c45b062fd332001900143bc5f142c346d4b5c039d967000400045b734b6d001b0005142289ce", 172),
        ("00112233445566778899aabb86dd60000000000c1140fe800000000000000000000000000001ff02000000000000000000000001000202220223000c000063f7feb3", 66),
        ("00112233445566778899aabb86dd6000000000571140fe800000000000000000000000000001ff02000000000000000000000001000202220223005700000c02ba70ce488f78936134055b24620b4ba4dcdfc57a30ff8e837bdb17f66915623a00130020b93b37c52c9b636b56ff6817fb611619dfcdb66270bcc7f34a50956e6955841b000800013200250000", 141),
        ("00112233445566778899aabb86dd60000000003e1140fe800000000000000000000000000001ff02000000000000000000000001000202230223003e0000034579410014000556e521c5120012", 116),
        ("00112233445566778899aabb08004500007400010000401166760a0000010a00000207159c40006000000b520058dd851d11a4b455b11f6a2219dca025f64f0801ab000615e1811aa5c6f59f189c4c939060327d90e8bbae346e2f573f53179811e6f1c8433fe2cfbe38fb95ee93f1bd2ee2f47a46021a0647e27d63370637340036", 130),
        ("00112233445566778899aabb08004500008800010000401166620a0000010a00000207149c400074000028cb006cdcfb2156fbd486c0bc3e3ae1f3f0e3d47c093320656864676680042e30801bf09c26ad7e04be4f0ac1183305d08e6ba69ec562d972cd27e50805692d36380966ff615f3836ff1a0b2538d1a414028f032d7e17d26f51b0c4cc2781fc274c07fcdfceae9cb4cb523f", 150),
        ("00112233445566778899aabb080045000080000100004011666a0a0000010a000002066d9c40006c00004d210064254726cb5a05d63a8e012b5ea465056946053735ff6b12256cfc44683fc907232f6be29e163d207b0400807e13069fa0396a0977f7dff6f4e2510335e2ae5417cdb906deb36fe0b7ec1187a23cdf2d732560ea5db06007322e01376361040081", 142),
        ("00112233445566778899aabb08004500007a00010000401166700a0000010a00000207149c400066000005e7005e56219ef2eb1ae1cb032acb33d52987697f1b41372effb8f9941468da1a8249c66d4d963762fcfd9de178c23a0b00ff696a6a38696a35780a36ff636839392e36380b2d676267673767ff801b0a7f2035646300636a3a057f8036", 136),
        ("00112233445566778899aabb08004500005200010000401166980a0000010a00000206a49c40003e0000036d0036903a62f9f76affb550bdd8b1cf003baf57083667803331364603d3471034011a15eb1356554970b063b2c67c073968367f68", 96),
        ("00112233445566778899aabb08004500006f000100004011667b0a0000010a00000207159c40005b0000ffd40053cccb4c3683908d364b9c84c050c48ccc1b04c97e65067fca06c94508346967302e647e0b656667373532672d6461010080ff18930f7d04c80c8e4c2b581ca4edc210800068656509805f6838656761", 125),
        ("00112233445566778899aabb08004500007400010000401166760a0000010a00000207159c40006000000b520058dd851d11a4b455b11f6a2219dca025f64f0801ab000615e1811aa5c6f59f189c4c939060327d90e8", 130),
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

    [Fact]
    public void PrintingAllocatesNothing()
    {
        var printer = new PacketPrinter(new PrintContext(new PrintOptions { NoResolve = 1, Verbose = 3 }, new TextOut(Stream.Null)));
        var frames = Frames.Select(x => Convert.FromHexString(x.Hex)).ToArray();
        void RunAll()
        {
            for (int i = 0; i < frames.Length; i++)
            {
                var h = new PacketHeader { Seconds = 1700000000, CapturedLength = frames[i].Length, WireLength = Frames[i].WireLength, LinkType = LinkLayer.Ethernet };
                printer.Print(h, frames[i]);
            }
        }
        // Warm-up past the JIT's tiering; then 100 rounds (1900 packets) must stay under 2 KiB in all.
        for (int i = 0; i < 100; i++) RunAll();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) RunAll();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 2048, $"{allocated} bytes allocated over {100 * frames.Length} packets");
    }

    [Fact]
    public void VeryVerbose() => Assert.Equal(ExpectedVeryVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2 }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.67 > 10.0.0.2.68: BOOTP/DHCP, Reply, length 334\n"
        + "IP 10.0.0.1.67 > 10.0.0.2.67: BOOTP/DHCP, unknown (0x03), length 326\n"
        + "IP 10.0.0.1.68 > 10.0.0.2.67: BOOTP/DHCP, Reply, length 277\n"
        + "IP 10.0.0.1.67 > 10.0.0.2.68: BOOTP/DHCP, Request from 41:5a:00:c8:10:5d, length 262\n"
        + "IP 10.0.0.1.67 > 10.0.0.2.68: BOOTP/DHCP, unknown (0x03), length 332\n"
        + "IP 10.0.0.1.67 > 10.0.0.2.68: BOOTP/DHCP, Reply, length 334\n"
        + "IP6 fe80::1.547 > ff02::1:2.547: dhcp6 request\n"
        + "IP6 fe80::1.547 > ff02::1:2.547: dhcp6 leasequery-reply\n"
        + "IP6 fe80::1.546 > ff02::1:2.546: dhcp6 relay-fwd\n"
        + "IP6 fe80::1.546 > ff02::1:2.547: dhcp6 msgtype-99\n"
        + "IP6 fe80::1.546 > ff02::1:2.547: dhcp6 relay-fwd\n"
        + "IP6 fe80::1.547 > ff02::1:2.547: dhcp6 request\n"
        + "IP 10.0.0.1.1813 > 10.0.0.2.40000: RADIUS, Access-Challenge (11), id: 0x52 length: 88\n"
        + "IP 10.0.0.1.1812 > 10.0.0.2.40000: RADIUS, Disconnect-Request (40), id: 0xcb length: 108\n"
        + "IP 10.0.0.1.1645 > 10.0.0.2.40000: RADIUS, Unknown Command (77), id: 0x21 length: 100\n"
        + "IP 10.0.0.1.1812 > 10.0.0.2.40000: RADIUS, Accounting-Response (5), id: 0xe7 length: 94\n"
        + "IP 10.0.0.1.1700 > 10.0.0.2.40000: RADIUS, Access-Reject (3), id: 0x6d length: 54\n"
        + "IP 10.0.0.1.1813 > 10.0.0.2.40000: RADIUS, Reserved (255), id: 0xd4 length: 83\n"
        + "IP 10.0.0.1.1813 > 10.0.0.2.40000: RADIUS, Access-Challenge (11), id: 0x52 length: 88\n";

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 362)\n"
        + "    10.0.0.1.67 > 10.0.0.2.68: BOOTP/DHCP, Reply, length 334, htype 6, hlen 16, hops 3, xid 0x56354a26, Flags [Broadcast]\n"
        + "\t  Client-IP 197.140.166.79\n"
        + "\t  Gateway-IP 3.139.233.50\n"
        + "\t  file \"M-^?jbbj36M-^@_.0a4i_5-i8i6^A. _\"\n"
        + "\t  Vendor-rfc1048 Extensions\n"
        + "\t    Magic Cookie 0x63825363\n"
        + "\t    Client-ID (61), length 5: hardware-type 163, 7e:a3:a5:ae\n"
        + "\t    User-Class (77), length 5: \n"
        + "\t      instance#1: [ERROR: suboption length must be non-zero]\n"
        + "\t    Agent-Information (82), length 7: \n"
        + "\t      Remote-ID SubOption 2, length 3:  jh\n"
        + "\t      Subscriber-ID SubOption 6, length 0: \n"
        + "\t    AUTH (90), length 0\n"
        + "\t    Classless-Static-Route (121), length 7: (78.185.0.0/16:25.195.98.127)\n"
        + "\t    Vendor-Class (60), length 7: \"^X3M-'M-6^H^@M-[\"\n"
        + "\t    IPF (19), length 5: 147?,170?,139?,177?,3?\n"
        + "\t    Vendor-Class (60), length 12: \"\\M-GM-0zM-w^WM-^BM-rM-R^_M-5M-J\"\n"
        + "\t    User-Class (77), length 4: \n"
        + "\t      instance#1: \"dM-^?3\", length 3\n"
        + "\t    Classless-Static-Route (121), length 10: (234.0.0.0/8:185.185.134.251),[ERROR: Remaining length (3) < 4 bytes]\n"
        + "\t    Vendor-Option (43), length 9: 125.194.115.153.18.79.52.63.14\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 354)\n"
        + "    10.0.0.1.67 > 10.0.0.2.67: BOOTP/DHCP, unknown (0x03), length 326, xid 0xf3fcbf09, Flags [Broadcast]\n"
        + "\t  Gateway-IP 92.97.11.116\n"
        + "\t  Client-Ethernet-Address fe:51:da:90:e1:75\n"
        + "\t  sname \"b_e3\"\n"
        + "\t  file \"^Aih38.a33^Af-81aji \"\n"
        + "\t  Vendor-rfc1048 Extensions\n"
        + "\t    Magic Cookie 0x63825363\n"
        + "\t    Netbios-Node (46), length 12: #158\n"
        + "\t  trailing data length 11\n"
        + "\t    User-Class (77), length 1: [ERROR: length < 2 bytes]\n"
        + "\t    DHCP-Message (53), length 16: 20.177.246.199.204.131.194.33.143.42.196.165.255.32.133.53\n"
        + "\t    Hostname (12), length 12: \"M-gM-^_<^OM-'M-MM-RcBM-R[M-^M\"\n"
        + "\t    FQDN (81), length 0[ERROR: length < 3 bytes]\n"
        + "\t    TFTP-Server-Address (150), length 5: 252.212.172.119\n"
        + "\t  trailing data length 1\n"
        + "\t    Hostname (12), length 6: \"M-VM-HM-kmM-Z^N\"\n"
        + "\t    Parameter-Request (55), length 1: \n"
        + "\t      MSG (56)\n"
        + "\t    Classless-Static-Route (121), length 15: (42.183.140.0/24:247.152.135.51),[ERROR: Mask width (33) > 32]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 305)\n"
        + "    10.0.0.1.68 > 10.0.0.2.67: BOOTP/DHCP, Reply, length 277, xid 0x7dc89bfc, secs 5, Flags [none]\n"
        + "\t  Your-IP 114.111.168.139\n"
        + "\t  Server-IP 156.83.80.124\n"
        + "\t  Client-Ethernet-Address b4:7f:0a:56:55:dc\n"
        + "\t  file \"ha2hi.h7 M-^?8gbfh0jd^Afej^?2ia754-g9M-^?1fbhh-b.c_behM-^?e.dM-^?a29c--.4^A2bM-^@5i79biee 7M-^?88j._jcc56f-M-^?-^Ace.h3M-^@M-^?b2^?3c5c^AhM-^?\"\n"
        + "\t  Vendor-rfc1048 Extensions\n"
        + "\t    Magic Cookie 0x63825363\n"
        + "\t    Time-Zone (2), length 1: \n"
        + "\t  trailing data length 1\n"
        + "\t    MUD-URL (161), length 3: \"XCM-^N\"\n"
        + "\t    Agent-Information (82), length 0\n"
        + "\t    DHCP-Message (53), length 16: 210.68.38.186.221.121.161.67.4.0.234.223.37.160.21.148\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 290)\n"
        + "    10.0.0.1.67 > 10.0.0.2.68: BOOTP/DHCP, Request from 41:5a:00:c8:10:5d, length 262, Flags [none]\n"
        + "\t  Server-IP 223.249.162.89\n"
        + "\t  Gateway-IP 114.89.193.157\n"
        + "\t  Client-Ethernet-Address 41:5a:00:c8:10:5d\n"
        + "\t  sname \"f7 cM-^?987\"\n"
        + "\t  file \"i8jjhdb_54M-^?2eb-a0cjM-^?8762gdagf7jc2^AdjM-^@_22 8ic74_f- _-f1bi11ihM-^?i5be^?98dc8-M-^@40^?5h4bM-^?_M-^?3048^A25 h2jc_ ^A9b35 3M-^@586ed^?1ffgM-^@geb0c80gM-^?7eM-^?\" [|bootp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 360)\n"
        + "    10.0.0.1.67 > 10.0.0.2.68: BOOTP/DHCP, unknown (0x03), length 332, xid 0x9a5e9518, Flags [Broadcast]\n"
        + "\t  Client-IP 244.172.144.176\n"
        + "\t  Your-IP 214.29.150.45\n"
        + "\t  Server-IP 66.182.31.180\n"
        + "\t  Gateway-IP 100.209.28.111\n"
        + "\t  Client-Ethernet-Address a4:52:5f:61:3b:6b\n"
        + "\t  sname \"M-^@85ee.979ih290g0_f32dc1M-^@dM-^@0-^Ag7.6^?.-g6i-M-^@b08536.3^?8e6i40hM-^@M-^@b65\"\n"
        + "\t  file \"e3..97id15g9M-^?^?6jhcj \"\n"
        + "\t  Vendor-rfc1048 Extensions\n"
        + "\t    Magic Cookie 0x63825363\n"
        + "\t    Vendor-Class (60), length 5: \"M-=M-$@{M-v\"\n"
        + "\t    Vendor-Class (60), length 9: \"^NM-^AM-}M-0M-uM-^UM- M-@M-^P\"\n"
        + "\t    Parameter-Request (55), length 6: \n"
        + "\t      SUBNET (118), POSIX-TZ (100), Unknown (107), Unknown (125)\n"
        + "\t      Unknown (157), Unknown (212)\n"
        + "\t    Unknown (175), length 9: 21.106.148.102.27.70.150.45.106\n"
        + "\t    DHCP-Message (53), length 6: 25.207.130.134.21.103\n"
        + "\t    Static-Route (33), length 16: (124.148.60.248:247.99.104.145),(119.21.232.56:77.51.81.47)\n"
        + "\t    MSZ (57), length 0\n"
        + "\t    MSZ (57), length 3: 21616\n"
        + "\t  trailing data length 1\n"
        + "\t    Subnet-Mask (1), length 12: 58.43.13.31,78.120.123.204,245.3.71.182\n"
        + "\t    PF (21), length 5: \n"
        + "\t  trailing data length 5\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 362)\n"
        + "    10.0.0.1.67 > 10.0.0.2.68: BOOTP/DHCP, Reply, length 334, htype 6, hlen 16, hops 3, xid 0x56354a26, Flags [Broadcast]\n"
        + "\t  Client-IP 197.140.166.79\n"
        + "\t  Gateway-IP 3.139.233.50\n"
        + "\t  file \"M-^?jbbj36M-^@_.0a4i_5-i8i6^A. _\" [|bootp]\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 62) fe80::1.547 > ff02::1:2.547: [bad udp cksum 0x0000 -> 0xf141!] dhcp6 request (xid=457941 (reconfigure-accept) (interface-ID 1d09b9...) (Remote-ID ?) (IA_PD IAID:272892452 T1:11198185 T2:433932704) [|dhcp6])\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 12) fe80::1.547 > ff02::1:2.547: [bad udp cksum 0x0000 -> 0x8eeb!] dhcp6 leasequery-reply (xid=ae5f6f)\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 118) fe80::1.546 > ff02::1:2.546: [bad udp cksum 0x0000 -> 0x8b5f!] dhcp6 relay-fwd (linkaddr=8d6:da02:19b1:8b00:f3bb:e5da:5ef6:d630 peeraddr=3a56:dd57:475a:500f:ff95:4a47:a6f8:f45d (Echo-request-option opt_60922 opt_6117 opt_37141 opt_55589 opt_64896 opt_4036 opt_29862 opt_44100) (DNS-search-list i. .) (IA_NA IAID:2686614230 T1:1051051099 T2:103797554) (IA_PD IAID:1002828098 T1:3276199093 T2:3225016679 (IA_TA IAID:1534282605)) [|dhcp6])\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 12) fe80::1.546 > ff02::1:2.547: [bad udp cksum 0x0000 -> 0x9b5e!] dhcp6 msgtype-99 (xid=f7feb3)\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 87) fe80::1.546 > ff02::1:2.547: [bad udp cksum 0x0000 -> 0x0320!] dhcp6 relay-fwd (linkaddr=ba70:ce48:8f78:9361:3405:5b24:620b:4ba4 peeraddr=dcdf:c57a:30ff:8e83:7bdb:17f6:6915:623a (reconfigure-message ?) (elapsed-time ?) (Remote-ID ?))\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 62) fe80::1.547 > ff02::1:2.547: dhcp6 request (xid=457941 (reconfigure-accept) [|dhcp6])\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 116)\n"
        + "    10.0.0.1.1813 > 10.0.0.2.40000: RADIUS, length: 88\n"
        + "\tAccess-Challenge (11), id: 0x52, Authenticator: dd851d11a4b455b11f6a2219dca025f6\n"
        + "\t  EAP-Message Attribute (79), length: 8, Value: Request (1), id 171, len 6\n"
        + "\t\t Type TTLS (21) TTLSv1 flags [L bit, More fragments bit, Start bit] 0xe1 (too short for EAP TLS/TTLS request/response with length)\n"
        + "\t  Basic-Location-Policy-Rules Attribute (129), length: 26, Value: flags [MBZ-14, MBZ-13, MBZ-9, MBZ-8, MBZ-7, MBZ-5, MBZ-2, Retransmission Allowed], retention expires 4120844444.299126647 (2030-08-01T23:00:44Z), note well \"2}M-^PM-hM-;M-.4n/W?S^WM-^X\"\n"
        + "\t  Unassigned Attribute (17), length: 230 (bogus, goes past end of packet)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 136)\n"
        + "    10.0.0.1.1812 > 10.0.0.2.40000: RADIUS, length: 108\n"
        + "\tDisconnect-Request (40), id: 0xcb, Authenticator: dcfb2156fbd486c0bc3e3ae1f3f0e3d4\n"
        + "\t  MIP6-Feature-Vector Attribute (124), length: 9, Value: ERROR: length 7 != 8\n"
        + "\t  Location-Data Attribute (128), length: 4, Value: ERROR: length 2 < 3\n"
        + "\t  Location-Data Attribute (128), length: 27, Value: index 61596, location\n"
        + "\t    0x0000:  26ad 7e04 be4f 0ac1 1833 05d0 8e6b a69e  &.~..O...3...k..\n"
        + "\t    0x0010:  c562 d972 cd27 e5                        .b.r.'.\n"
        + "\t  Framed-IP-Address Attribute (8), length: 5, Value: ERROR: length 3 != 4\n"
        + "\t  Egress-VLANID Attribute (56), length: 9, Value: ERROR: length 7 != 4\n"
        + "\t  Vendor-Specific Attribute (26), length: 11, Value: Vendor: Unknown (624480676)\n"
        + "\t    Vendor Attribute: 20, Length: 0, Value: \n"
        + "\t    Vendor Attribute: 143, Length: 1, Value: -\n"
        + "\t  Operator-Name Attribute (126), length: 23, Value: [unknown namespace 210] oQM-0M-DM-L'M-^AM-|'L^GM-|M-_M-NM-.M-^\\M-4M-KR?\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 128)\n"
        + "    10.0.0.1.1645 > 10.0.0.2.40000: RADIUS, length: 100\n"
        + "\tUnknown Command (77), id: 0x21, Authenticator: 254726cb5a05d63a8e012b5ea4650569\n"
        + "\t  ARAP-Password Attribute (70), length: 5, Value: ERROR: length 3 != 16\n"
        + "\t  Digest-Nextnonce Attribute (107), length: 18, Value: %l.Dh?..#/k...= \n"
        + "\t  Delegated-IPv6-Prefix Attribute (123), length: 4, Value: ::/128 (inconsistent prefix length)\n"
        + "\t  Operator-Name Attribute (126), length: 19, Value: [unknown namespace 6] M-^_M- 9j^IwM-wM-_M-vM-tM-bQ^C5M-bM-.\n"
        + "\t  ARAP-Challenge-Response Attribute (84), length: 23, Value: CDB906DEB36FE0B7\n"
        + "\t  Framed-Interface-ID Attribute (96), length: 7, Value: \n"
        + "\t  Framed-IPv6-Prefix Attribute (97), length: 4, Value: ERROR: netmask 129 not in range (0..128)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 122)\n"
        + "    10.0.0.1.1812 > 10.0.0.2.40000: RADIUS, length: 94\n"
        + "\tAccounting-Response (5), id: 0xe7, Authenticator: 56219ef2eb1ae1cb032acb33d5298769\n"
        + "\t  Location-Information Attribute (127), length: 27, Value: index 16695, code Unknown (46), entity Unknown (255), sighting time 3103364116.409577996 (1998-05-05T13:35:16Z), time to live 1237740877.586782633 (1939-03-23T16:54:37Z), method \"M-}M-^]M-axM-B\"\n"
        + "\t  Egress-VLAN-Name Attribute (58), length: 11, Value: Unknown tag (0x00) .ijj8ij5\n"
        + "\t  Digest-Stale Attribute (120), length: 10, Value: 6.ch99.6\n"
        + "\t  Egress-VLANID Attribute (56), length: 11, Value: ERROR: length 9 != 4\n"
        + "\t  Session-Timeout Attribute (27), length: 10, Value: ERROR: length 8 != 4\n"
        + "\t  Egress-VLAN-Name Attribute (58), length: 5, Value: Unknown tag (0x7f) .6\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 82)\n"
        + "    10.0.0.1.1700 > 10.0.0.2.40000: RADIUS, length: 54\n"
        + "\tAccess-Reject (3), id: 0x6d, Authenticator: 903a62f9f76affb550bdd8b1cf003baf\n"
        + "\t  NAS-Port-Id Attribute (87), length: 8, Value: 6g.316\n"
        + "\t  ARAP-Password Attribute (70), length: 3, Value: ERROR: length 1 != 16\n"
        + "\t  ARAP-Features Attribute (71), length: 16, Value: User can change password, Min password length: 1, created at: 1A15EB13, expires in: 56554970, Current Time: B063B2C6\n"
        + "\t  MIP6-Feature-Vector Attribute (124), length: 7, Value: ERROR: length 5 != 8\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 111)\n"
        + "    10.0.0.1.1813 > 10.0.0.2.40000: RADIUS, length: 83\n"
        + "\tReserved (255), id: 0xd4, Authenticator: cccb4c3683908d364b9c84c050c48ccc\n"
        + "\t  Session-Timeout Attribute (27), length: 4, Value: ERROR: length 2 != 4\n"
        + "\t  Error-Cause Attribute (101), length: 6, Value: Error cause 2143946441: Error-Cause 2143946441 not known\n"
        + "\t  Tunnel-Password Attribute (69), length: 8, Value: Tag[Unused] Salt 26983 0.d\n"
        + "\t  Operator-Name Attribute (126), length: 11, Value: [unknown namespace 101] fg752g-d\n"
        + "\t  Framed-IPv6-Prefix Attribute (97), length: 1 (bogus, must be >= 2)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 116)\n"
        + "    10.0.0.1.1813 > 10.0.0.2.40000: RADIUS, length: 88\n"
        + "\tAccess-Challenge (11), id: 0x52, Authenticator: dd851d11a4b455b11f6a2219dca025f6\n"
        + "\t  EAP-Message Attribute (79), length: 8, Value: Request (1), id 171, len 6\n"
        + "\t\t Type TTLS (21) TTLSv1 flags [L bit, More fragments bit, Start bit] 0xe1 (too short for EAP TLS/TTLS request/response with length)\n"
        + "\t  Basic-Location-Policy-Rules Attribute (129), length: 26, Value:  [|radius] [|radius]\n";

    private const string ExpectedVeryVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 362)\n"
        + "    10.0.0.1.67 > 10.0.0.2.68: [no cksum] BOOTP/DHCP, Reply, length 334, htype 6, hlen 16, hops 3, xid 0x56354a26, Flags [Broadcast] (0x8000)\n"
        + "\t  Client-IP 197.140.166.79\n"
        + "\t  Gateway-IP 3.139.233.50\n"
        + "\t  file \"M-^?jbbj36M-^@_.0a4i_5-i8i6^A. _\"\n"
        + "\t  Vendor-rfc1048 Extensions\n"
        + "\t    Magic Cookie 0x63825363\n"
        + "\t    Client-ID (61), length 5: hardware-type 163, 7e:a3:a5:ae\n"
        + "\t    User-Class (77), length 5: \n"
        + "\t      instance#1: [ERROR: suboption length must be non-zero]\n"
        + "\t    Agent-Information (82), length 7: \n"
        + "\t      Remote-ID SubOption 2, length 3:  jh\n"
        + "\t      Subscriber-ID SubOption 6, length 0: \n"
        + "\t    AUTH (90), length 0\n"
        + "\t    Classless-Static-Route (121), length 7: (78.185.0.0/16:25.195.98.127)\n"
        + "\t    Vendor-Class (60), length 7: \"^X3M-'M-6^H^@M-[\"\n"
        + "\t    IPF (19), length 5: 147?,170?,139?,177?,3?\n"
        + "\t    Vendor-Class (60), length 12: \"\\M-GM-0zM-w^WM-^BM-rM-R^_M-5M-J\"\n"
        + "\t    User-Class (77), length 4: \n"
        + "\t      instance#1: \"dM-^?3\", length 3\n"
        + "\t    Classless-Static-Route (121), length 10: (234.0.0.0/8:185.185.134.251),[ERROR: Remaining length (3) < 4 bytes]\n"
        + "\t    Vendor-Option (43), length 9: 125.194.115.153.18.79.52.63.14\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 354)\n"
        + "    10.0.0.1.67 > 10.0.0.2.67: [no cksum] BOOTP/DHCP, unknown (0x03), length 326, xid 0xf3fcbf09, Flags [Broadcast] (0x8000)\n"
        + "\t  Gateway-IP 92.97.11.116\n"
        + "\t  Client-Ethernet-Address fe:51:da:90:e1:75\n"
        + "\t  sname \"b_e3\"\n"
        + "\t  file \"^Aih38.a33^Af-81aji \"\n"
        + "\t  Vendor-rfc1048 Extensions\n"
        + "\t    Magic Cookie 0x63825363\n"
        + "\t    Netbios-Node (46), length 12: #158\n"
        + "\t  trailing data length 11\n"
        + "\t    User-Class (77), length 1: [ERROR: length < 2 bytes]\n"
        + "\t    DHCP-Message (53), length 16: 20.177.246.199.204.131.194.33.143.42.196.165.255.32.133.53\n"
        + "\t    Hostname (12), length 12: \"M-gM-^_<^OM-'M-MM-RcBM-R[M-^M\"\n"
        + "\t    FQDN (81), length 0[ERROR: length < 3 bytes]\n"
        + "\t    TFTP-Server-Address (150), length 5: 252.212.172.119\n"
        + "\t  trailing data length 1\n"
        + "\t    Hostname (12), length 6: \"M-VM-HM-kmM-Z^N\"\n"
        + "\t    Parameter-Request (55), length 1: \n"
        + "\t      MSG (56)\n"
        + "\t    Classless-Static-Route (121), length 15: (42.183.140.0/24:247.152.135.51),[ERROR: Mask width (33) > 32]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 305)\n"
        + "    10.0.0.1.68 > 10.0.0.2.67: [no cksum] BOOTP/DHCP, Reply, length 277, xid 0x7dc89bfc, secs 5, Flags [none] (0x1234)\n"
        + "\t  Your-IP 114.111.168.139\n"
        + "\t  Server-IP 156.83.80.124\n"
        + "\t  Client-Ethernet-Address b4:7f:0a:56:55:dc\n"
        + "\t  file \"ha2hi.h7 M-^?8gbfh0jd^Afej^?2ia754-g9M-^?1fbhh-b.c_behM-^?e.dM-^?a29c--.4^A2bM-^@5i79biee 7M-^?88j._jcc56f-M-^?-^Ace.h3M-^@M-^?b2^?3c5c^AhM-^?\"\n"
        + "\t  Vendor-rfc1048 Extensions\n"
        + "\t    Magic Cookie 0x63825363\n"
        + "\t    Time-Zone (2), length 1: \n"
        + "\t  trailing data length 1\n"
        + "\t    MUD-URL (161), length 3: \"XCM-^N\"\n"
        + "\t    Agent-Information (82), length 0\n"
        + "\t    DHCP-Message (53), length 16: 210.68.38.186.221.121.161.67.4.0.234.223.37.160.21.148\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 290)\n"
        + "    10.0.0.1.67 > 10.0.0.2.68: [no cksum] BOOTP/DHCP, Request from 41:5a:00:c8:10:5d, length 262, Flags [none] (0x1234)\n"
        + "\t  Server-IP 223.249.162.89\n"
        + "\t  Gateway-IP 114.89.193.157\n"
        + "\t  Client-Ethernet-Address 41:5a:00:c8:10:5d\n"
        + "\t  sname \"f7 cM-^?987\"\n"
        + "\t  file \"i8jjhdb_54M-^?2eb-a0cjM-^?8762gdagf7jc2^AdjM-^@_22 8ic74_f- _-f1bi11ihM-^?i5be^?98dc8-M-^@40^?5h4bM-^?_M-^?3048^A25 h2jc_ ^A9b35 3M-^@586ed^?1ffgM-^@geb0c80gM-^?7eM-^?\" [|bootp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 360)\n"
        + "    10.0.0.1.67 > 10.0.0.2.68: [no cksum] BOOTP/DHCP, unknown (0x03), length 332, xid 0x9a5e9518, Flags [Broadcast] (0x8000)\n"
        + "\t  Client-IP 244.172.144.176\n"
        + "\t  Your-IP 214.29.150.45\n"
        + "\t  Server-IP 66.182.31.180\n"
        + "\t  Gateway-IP 100.209.28.111\n"
        + "\t  Client-Ethernet-Address a4:52:5f:61:3b:6b\n"
        + "\t  sname \"M-^@85ee.979ih290g0_f32dc1M-^@dM-^@0-^Ag7.6^?.-g6i-M-^@b08536.3^?8e6i40hM-^@M-^@b65\"\n"
        + "\t  file \"e3..97id15g9M-^?^?6jhcj \"\n"
        + "\t  Vendor-rfc1048 Extensions\n"
        + "\t    Magic Cookie 0x63825363\n"
        + "\t    Vendor-Class (60), length 5: \"M-=M-$@{M-v\"\n"
        + "\t    Vendor-Class (60), length 9: \"^NM-^AM-}M-0M-uM-^UM- M-@M-^P\"\n"
        + "\t    Parameter-Request (55), length 6: \n"
        + "\t      SUBNET (118), POSIX-TZ (100), Unknown (107), Unknown (125)\n"
        + "\t      Unknown (157), Unknown (212)\n"
        + "\t    Unknown (175), length 9: 21.106.148.102.27.70.150.45.106\n"
        + "\t    DHCP-Message (53), length 6: 25.207.130.134.21.103\n"
        + "\t    Static-Route (33), length 16: (124.148.60.248:247.99.104.145),(119.21.232.56:77.51.81.47)\n"
        + "\t    MSZ (57), length 0\n"
        + "\t    MSZ (57), length 3: 21616\n"
        + "\t  trailing data length 1\n"
        + "\t    Subnet-Mask (1), length 12: 58.43.13.31,78.120.123.204,245.3.71.182\n"
        + "\t    PF (21), length 5: \n"
        + "\t  trailing data length 5\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 362)\n"
        + "    10.0.0.1.67 > 10.0.0.2.68: [no cksum] BOOTP/DHCP, Reply, length 334, htype 6, hlen 16, hops 3, xid 0x56354a26, Flags [Broadcast] (0x8000)\n"
        + "\t  Client-IP 197.140.166.79\n"
        + "\t  Gateway-IP 3.139.233.50\n"
        + "\t  file \"M-^?jbbj36M-^@_.0a4i_5-i8i6^A. _\" [|bootp]\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 62) fe80::1.547 > ff02::1:2.547: [bad udp cksum 0x0000 -> 0xf141!] dhcp6 request (xid=457941 (reconfigure-accept) (interface-ID 1d09b9...) (Remote-ID ?) (IA_PD IAID:272892452 T1:11198185 T2:433932704) [|dhcp6])\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 12) fe80::1.547 > ff02::1:2.547: [bad udp cksum 0x0000 -> 0x8eeb!] dhcp6 leasequery-reply (xid=ae5f6f)\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 118) fe80::1.546 > ff02::1:2.546: [bad udp cksum 0x0000 -> 0x8b5f!] dhcp6 relay-fwd (linkaddr=8d6:da02:19b1:8b00:f3bb:e5da:5ef6:d630 peeraddr=3a56:dd57:475a:500f:ff95:4a47:a6f8:f45d (Echo-request-option opt_60922 opt_6117 opt_37141 opt_55589 opt_64896 opt_4036 opt_29862 opt_44100) (DNS-search-list i. .) (IA_NA IAID:2686614230 T1:1051051099 T2:103797554) (IA_PD IAID:1002828098 T1:3276199093 T2:3225016679 (IA_TA IAID:1534282605)) [|dhcp6])\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 12) fe80::1.546 > ff02::1:2.547: [bad udp cksum 0x0000 -> 0x9b5e!] dhcp6 msgtype-99 (xid=f7feb3)\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 87) fe80::1.546 > ff02::1:2.547: [bad udp cksum 0x0000 -> 0x0320!] dhcp6 relay-fwd (linkaddr=ba70:ce48:8f78:9361:3405:5b24:620b:4ba4 peeraddr=dcdf:c57a:30ff:8e83:7bdb:17f6:6915:623a (reconfigure-message ?) (elapsed-time ?) (Remote-ID ?))\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 62) fe80::1.547 > ff02::1:2.547: dhcp6 request (xid=457941 (reconfigure-accept) [|dhcp6])\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 116)\n"
        + "    10.0.0.1.1813 > 10.0.0.2.40000: [no cksum] RADIUS, length: 88\n"
        + "\tAccess-Challenge (11), id: 0x52, Authenticator: dd851d11a4b455b11f6a2219dca025f6\n"
        + "\t  EAP-Message Attribute (79), length: 8, Value: Request (1), id 171, len 6\n"
        + "\t\t Type TTLS (21) TTLSv1 flags [L bit, More fragments bit, Start bit] 0xe1 (too short for EAP TLS/TTLS request/response with length)\n"
        + "\t    0x0000:  01ab 0006 15e1\n"
        + "\t  Basic-Location-Policy-Rules Attribute (129), length: 26, Value: flags [MBZ-14, MBZ-13, MBZ-9, MBZ-8, MBZ-7, MBZ-5, MBZ-2, Retransmission Allowed], retention expires 4120844444.299126647 (2030-08-01T23:00:44Z), note well \"2}M-^PM-hM-;M-.4n/W?S^WM-^X\"\n"
        + "\t    0x0000:  a5c6 f59f 189c 4c93 9060 327d 90e8 bbae\n"
        + "\t    0x0010:  346e 2f57 3f53 1798\n"
        + "\t  Unassigned Attribute (17), length: 230 (bogus, goes past end of packet)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 136)\n"
        + "    10.0.0.1.1812 > 10.0.0.2.40000: [no cksum] RADIUS, length: 108\n"
        + "\tDisconnect-Request (40), id: 0xcb, Authenticator: dcfb2156fbd486c0bc3e3ae1f3f0e3d4\n"
        + "\t  MIP6-Feature-Vector Attribute (124), length: 9, Value: ERROR: length 7 != 8\n"
        + "\t    0x0000:  3320 6568 6467 66\n"
        + "\t  Location-Data Attribute (128), length: 4, Value: ERROR: length 2 < 3\n"
        + "\t    0x0000:  2e30\n"
        + "\t  Location-Data Attribute (128), length: 27, Value: index 61596, location\n"
        + "\t    0x0000:  26ad 7e04 be4f 0ac1 1833 05d0 8e6b a69e  &.~..O...3...k..\n"
        + "\t    0x0010:  c562 d972 cd27 e5                        .b.r.'.\n"
        + "\t    0x0000:  f09c 26ad 7e04 be4f 0ac1 1833 05d0 8e6b\n"
        + "\t    0x0010:  a69e c562 d972 cd27 e5\n"
        + "\t  Framed-IP-Address Attribute (8), length: 5, Value: ERROR: length 3 != 4\n"
        + "\t    0x0000:  692d 36\n"
        + "\t  Egress-VLANID Attribute (56), length: 9, Value: ERROR: length 7 != 4\n"
        + "\t    0x0000:  66ff 615f 3836 ff\n"
        + "\t  Vendor-Specific Attribute (26), length: 11, Value: Vendor: Unknown (624480676)\n"
        + "\t    Vendor Attribute: 20, Length: 0, Value: \n"
        + "\t    Vendor Attribute: 143, Length: 1, Value: -\n"
        + "\t    0x0000:  2538 d1a4 1402 8f03 2d\n"
        + "\t  Operator-Name Attribute (126), length: 23, Value: [unknown namespace 210] oQM-0M-DM-L'M-^AM-|'L^GM-|M-_M-NM-.M-^\\M-4M-KR?\n"
        + "\t    0x0000:  d26f 51b0 c4cc 2781 fc27 4c07 fcdf ceae\n"
        + "\t    0x0010:  9cb4 cb52 3f\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 128)\n"
        + "    10.0.0.1.1645 > 10.0.0.2.40000: [no cksum] RADIUS, length: 100\n"
        + "\tUnknown Command (77), id: 0x21, Authenticator: 254726cb5a05d63a8e012b5ea4650569\n"
        + "\t  ARAP-Password Attribute (70), length: 5, Value: ERROR: length 3 != 16\n"
        + "\t    0x0000:  3735 ff\n"
        + "\t  Digest-Nextnonce Attribute (107), length: 18, Value: %l.Dh?..#/k...= \n"
        + "\t    0x0000:  256c fc44 683f c907 232f 6be2 9e16 3d20\n"
        + "\t  Delegated-IPv6-Prefix Attribute (123), length: 4, Value: ::/128 (inconsistent prefix length)\n"
        + "\t    0x0000:  0080\n"
        + "\t  Operator-Name Attribute (126), length: 19, Value: [unknown namespace 6] M-^_M- 9j^IwM-wM-_M-vM-tM-bQ^C5M-bM-.\n"
        + "\t    0x0000:  069f a039 6a09 77f7 dff6 f4e2 5103 35e2\n"
        + "\t    0x0010:  ae\n"
        + "\t  ARAP-Challenge-Response Attribute (84), length: 23, Value: CDB906DEB36FE0B7\n"
        + "\t    0x0000:  cdb9 06de b36f e0b7 ec11 87a2 3cdf 2d73\n"
        + "\t    0x0010:  2560 ea5d b0\n"
        + "\t  Framed-Interface-ID Attribute (96), length: 7, Value: \n"
        + "\t    0x0000:  322e 0137 63\n"
        + "\t  Framed-IPv6-Prefix Attribute (97), length: 4, Value: ERROR: netmask 129 not in range (0..128)\n"
        + "\t    0x0000:  0081\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 122)\n"
        + "    10.0.0.1.1812 > 10.0.0.2.40000: [no cksum] RADIUS, length: 94\n"
        + "\tAccounting-Response (5), id: 0xe7, Authenticator: 56219ef2eb1ae1cb032acb33d5298769\n"
        + "\t  Location-Information Attribute (127), length: 27, Value: index 16695, code Unknown (46), entity Unknown (255), sighting time 3103364116.409577996 (1998-05-05T13:35:16Z), time to live 1237740877.586782633 (1939-03-23T16:54:37Z), method \"M-}M-^]M-axM-B\"\n"
        + "\t    0x0000:  4137 2eff b8f9 9414 68da 1a82 49c6 6d4d\n"
        + "\t    0x0010:  9637 62fc fd9d e178 c2\n"
        + "\t  Egress-VLAN-Name Attribute (58), length: 11, Value: Unknown tag (0x00) .ijj8ij5\n"
        + "\t    0x0000:  00ff 696a 6a38 696a 35\n"
        + "\t  Digest-Stale Attribute (120), length: 10, Value: 6.ch99.6\n"
        + "\t    0x0000:  36ff 6368 3939 2e36\n"
        + "\t  Egress-VLANID Attribute (56), length: 11, Value: ERROR: length 9 != 4\n"
        + "\t    0x0000:  2d67 6267 6737 67ff 80\n"
        + "\t  Session-Timeout Attribute (27), length: 10, Value: ERROR: length 8 != 4\n"
        + "\t    0x0000:  7f20 3564 6300 636a\n"
        + "\t  Egress-VLAN-Name Attribute (58), length: 5, Value: Unknown tag (0x7f) .6\n"
        + "\t    0x0000:  7f80 36\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 82)\n"
        + "    10.0.0.1.1700 > 10.0.0.2.40000: [no cksum] RADIUS, length: 54\n"
        + "\tAccess-Reject (3), id: 0x6d, Authenticator: 903a62f9f76affb550bdd8b1cf003baf\n"
        + "\t  NAS-Port-Id Attribute (87), length: 8, Value: 6g.316\n"
        + "\t    0x0000:  3667 8033 3136\n"
        + "\t  ARAP-Password Attribute (70), length: 3, Value: ERROR: length 1 != 16\n"
        + "\t    0x0000:  d3\n"
        + "\t  ARAP-Features Attribute (71), length: 16, Value: User can change password, Min password length: 1, created at: 1A15EB13, expires in: 56554970, Current Time: B063B2C6\n"
        + "\t    0x0000:  3401 1a15 eb13 5655 4970 b063 b2c6\n"
        + "\t  MIP6-Feature-Vector Attribute (124), length: 7, Value: ERROR: length 5 != 8\n"
        + "\t    0x0000:  3968 367f 68\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 111)\n"
        + "    10.0.0.1.1813 > 10.0.0.2.40000: [no cksum] RADIUS, length: 83\n"
        + "\tReserved (255), id: 0xd4, Authenticator: cccb4c3683908d364b9c84c050c48ccc\n"
        + "\t  Session-Timeout Attribute (27), length: 4, Value: ERROR: length 2 != 4\n"
        + "\t    0x0000:  c97e\n"
        + "\t  Error-Cause Attribute (101), length: 6, Value: Error cause 2143946441: Error-Cause 2143946441 not known\n"
        + "\t    0x0000:  7fca 06c9\n"
        + "\t  Tunnel-Password Attribute (69), length: 8, Value: Tag[Unused] Salt 26983 0.d\n"
        + "\t    0x0000:  3469 6730 2e64\n"
        + "\t  Operator-Name Attribute (126), length: 11, Value: [unknown namespace 101] fg752g-d\n"
        + "\t    0x0000:  6566 6737 3532 672d 64\n"
        + "\t  Framed-IPv6-Prefix Attribute (97), length: 1 (bogus, must be >= 2)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 116)\n"
        + "    10.0.0.1.1813 > 10.0.0.2.40000: [no cksum] RADIUS, length: 88\n"
        + "\tAccess-Challenge (11), id: 0x52, Authenticator: dd851d11a4b455b11f6a2219dca025f6\n"
        + "\t  EAP-Message Attribute (79), length: 8, Value: Request (1), id 171, len 6\n"
        + "\t\t Type TTLS (21) TTLSv1 flags [L bit, More fragments bit, Start bit] 0xe1 (too short for EAP TLS/TTLS request/response with length)\n"
        + "\t    0x0000:  01ab 0006 15e1\n"
        + "\t  Basic-Location-Policy-Rules Attribute (129), length: 26, Value:  [|radius]\n"
        + "\t    0x0000:  a5c6 f59f 189c 4c93 9060 327d 90e8 [|radius]\n";
}
