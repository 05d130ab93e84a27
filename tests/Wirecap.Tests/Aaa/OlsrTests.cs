using System.Text;
using Wirecap.Files;
using Wirecap.Print;
using Xunit;

namespace Wirecap.Tests.Aaa;

/// <summary>
/// OLSR (print-olsr.c) against tcpdump 4.99.3: synthetic IPv4 and IPv6 frames (Hello/TC with and
/// without link quality, MID, HNA with smart gateways, name service, some malformed or cut short)
/// written to a pcap and printed with "tcpdump -t -n [-v]", whose output is the expected text here.
/// </summary>
public class OlsrTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("00112233445566778899aabb86dd6000000000d41140fe800000000000000000000000000001ff02000000000000000000000001000202ba02ba00d4000000cc9daeca4c0058fe1e03690c1b83aac276fb4150e55eb56886c6b2dfeb00001bd3d8c616a63f13fac442a0de8159bb2325c3778bf201c8783877c29cf3b74dcd3a5a6652203c92db720e9a338edcf634dc780fc9d8c3c1cf370ace01ad001cea73ea9dea7d9d25c91eabffea719721a1c0d18b0000050282c20054fa2e12fb5673686570dc8e7132dfdb5d12237eb20000000200010007c1bdba40dd0d73810680df9aabfcb028375f673332683500000100084cda25185045957543e3cea7855b3dc75f6333622001382d", 266),
        ("00112233445566778899aabb86dd6000000001541140fe800000000000000000000000000001ff02000000000000000000000001000202ba02ba01540000014c51c7042a0078cff1668b94a8574fc96b2cd9ef63efdf55eb88acfe811438ef34b44f5d95415a180b4587ffffffffffffffff0000000000000000f8e68dd83bfc3952194e2e46508259d6ffffffffffffffff000000000000000056ae0db914237d9403ebe030a9378745b24af4c70f9c5212cb7b17a6d21c63de040900980ad3f36cc618024b61dbbd7cb3c536cf95ed0edfaf51c33aa0b1167bb2fdbc136fe755adffffffffffffffff0000000000000000def464246257307d9ac579ddf5a42cc8c9677e61414bda945784905eb2885a15bab62570624d01cdf4074650ad6ae446ffffffffffffffff0000000000000000fa5285b9141a99f729c3b7c8a5c6a50bffffffffffffffff000000000000000003fc0038907a597cb342c4c948b59ef19f17c7bd6884380b6449031b32adc0917c339372666f3d3e0f39bb26f23b1fbf8897731f8fabf35a", 394),
        ("00112233445566778899aabb08004500008400010000401166660a0000010a00000202ba02ba007000000068995d010f002833458cbfa6c5abc5000073000600000c1de9d410287599ca0500000c02684ad2090cdc4c4dec004696cc5ddc06bb5d51a6eb686d4becae7dcaed0028a5b37bd25171c7bbee810000256556b7928441479eda91ef7e9f7bd022bbdf9ea965d147", 146),
        ("00112233445566778899aabb86dd6000000000b81140fe800000000000000000000000000001ff02000000000000000000000001000202ba02ba00b8000000b00396c9b700740829a8942313dbbe4850c586f34b6579772ddfa9000051030f00002cdef881a1ed535217cad1f6dc4748bb86c733a89cbe973e4cd33a569387307a805bbe8f5218e3420300000002f7f71f04e066a6d958808796f1b8a2ee070dea38ec1816c2327d2cd07dbacd8f60f60c1f7753c48982de001cbb1a50ffdff3ac5a6479377a1452cee4623eebb800000000caeb001c1ff71e4c6f83c400dbb0e6e8dee93f60b73eaf9c4ab80000", 238),
        ("00112233445566778899aabb86dd6000000001041140fe800000000000000000000000000001ff02000000000000000000000001000202ba02ba0104000000fc63454d70001874b6f20d2bd940d2a3acb749765579e8b5ce541602bd0028265e5f0ceaa88539935e3aa7bce0f3f99e5324689ceb00003b678cb4869bac27dd57cc7a047000b8f756834434385059b79c33dc7a8a6ead325b62de81fb5f198c1fac1c16cfcc8c74f78bea6c01d6feb0591aaa9d267fb635745bf7b1f0e5fada2bd4860bd05ef50f04fa0867a7f1bcec3316d7d1aedf9a0255ed71b2e45c8377bb235d9f7e114b1cacec560dc392fad4f56a70400835a6d617043d7db07aeb7b901a10b1d034fcfc9f1bf1213d39afd9af1be298e7db37b576aafdeb1cd7e6fce0e9c7c0ce4b5c1cc470ef63f295cbeaccf747571990774eb21b79", 314),
        ("00112233445566778899aabb86dd6000000000dc1140fe800000000000000000000000000001ff02000000000000000000000001000202ba02ba00dc000000d428e5c9940020d9f845c6357e3703eca6745a35633addd35f5f3c0000b80504000004046000788420d02db705f36bb7be9e54fbcccb241a19bb602ba0b95b30b3b12d29834bd1153ffa12ffffffffffffffff0000000000000000339d69aeb4e756495229d5dba101eea1fffffffffffff0000000000000000000c830db9ee42e65236e52399e8ffbbfdbfffffffffffff000000000000000000003d1003866ff6b02ff31a6c14c10feb97deed970583d60817d367a5db3bfeae0e7c04e656f9ac75eeb1ac69a0a12060726ed36ef05bab28b", 274),
        ("00112233445566778899aabb86dd6000000000a41140fe800000000000000000000000000001ff02000000000000000000000001000202ba02ba00a40000009c4822c9fd0060396b397ff0e81824e4508057004c21cbea2055060000af010400002c9ecc07758e4b183643cb9239cb5260d816acef1fc7fdf6a10db082c6786693425bacea11b7797093090000188beadfa53ecac30cea925c9ff6867d9272d557b9033c00385ba28fcb49270fe78a837dc6ed6e3a585d8de75384d36c0a92998ccb48b81ca362294ffdc2a082178dbe7847798ad8239eb099cc", 218),
        ("00112233445566778899aabb86dd6000000000fa1140fe800000000000000000000000000001ff02000000000000000000000001000202ba02ba00fa000000f2f0ac048700b8c090e9366668359511db486ec3e336bc3a07cd5d5a89241dd8d0e70a111ef479deb00797a921b43fd1386830b4f9710454d003a00ee3bda5cdc486fb848319e1ce6af3df58571b6214e25000262c6abf0b509ca30fde2642d81702b27bf8a9a50b91e072eb93702b948b112e8c03e9df67795faa518580942d828849aebd005c583e02c9b437afee646d9e574aad3d18a92cac4d60a90c764451d942e819ad069eb2323a64f77c1a8f001f9968ca23b80f3b61c54d34001ebc3751b8f6b823267ce5d3718b05647926b06ae7167998de55a404d7001815158fb91539d4917c30d205e48ea7906acb820c", 304),
        ("00112233445566778899aabb86dd6000000001041140fe800000000000000000000000000001ff02000000000000000000000001000202ba02ba010400008e89ddcb04070078b2b9d143c438e2e54508f534331699a9a3f973d34e780a8374dd4bd0d5d0b3aa6e2680b5208a3eb2070a8bdcf4f97bcc66a3b62c0b8ecb826bbc7dfc542572466dec8d6dffffffffffffffff000000000000000031c6b9a87a1c06f369a2611e3b0b46a007eb41fae067a9547ac76f8933149a6dcaac0058854c28311a9bda063857dfbc057d3da080b72c44bdbe00005cd6a502491aa47cde049353444f70cc8cfcf485f44856f002f61ab9b01197a48f978dabd04bd74d71ff8826166b1481d28bbff902cf5d4fd1e34d7c014e0028cfe2ffb4320d43e3a402a58d047a0cfc7d08f4cd00007f060200000c50eb2e7c6db9f7f4", 314),
        ("00112233445566778899aabb86dd6000000000d81140fe800000000000000000000000000001ff02000000000000000000000001000202ba02ba00d8000000d08b2eca220058ba0683b2ba3f713cfad1276dc61926ec1594bdffbdd40000d3605b4831edda4698526658c5666985d870d6c2204a1450d24c241568cda4a87c794d8e210b7734a630d3b96425d9ad4072cd62187874182dbe3fe4ca07001c9b3d34cbae150f511128149680dc99c73e87072ff8cb000004600058d80b8ccd430d2f4d6527dc457644513d28f5b24c00f57efae8784985d69d1e15f92d7fd8ffffffffffffffff0000000000000000860e4bb65be3355e77c6485f048fd609ffffffffffffffff000000", 270),
        ("00112233445566778899aabb86dd6000000000dc1140fe800000000000000000000000000001ff02000000000000000000000001000202ba02ba00dc000000d4de3804d60058137f89bcca5d26f30ee53b6045e4277f58ba7e9d4f6de211dee9478f768df05ba7ee940bfffffffffffff0000000000000000000eaaf365a2719d7f8a98a2a844843a3e5ffffffffffffffff00000000000000004d290020c71a0e8ee466841c9a97dd30246277c79f6c0f02f9afb6c7d086bee6044e0058f7cdfb31d76937996d653026add623a638570e734aac640b4c8cf80cbdbda35f297dd131ffffffffffffffff000000000000000065ed4001b81ab650dddf62d34490c9cef14f7ca2332e1ee71f003a89c4752ccb", 274),
        ("00112233445566778899aabb86dd6000000000f81140fe800000000000000000000000000001ff02000000000000000000000001000202ba02ba00f8000000f04dcc047600386a1b80551707046e96c0481d7c981fb0e7448cf9c3fb12d0e5213e95f6656767cfbc452e81f357afebecbf68ef7e65ea8bada198807b001c26238c1e2356776cece052f58fab6ac627173ff1da25d8dd04fd009879358f25935509dac329e1238dd0d9ac034cf4e69a1507bbae0bc4ce6e421ca1f70107bafffffffffffff0000000000000000000a00ee0426e0b64c6f8d809de6347aaf6fffffffffffff0000000000000000000f56c1d0c1b6a6712fbc26f94465407efffffffffffffffff0000000000000000db46ca31051d47d3eaf5c0e224861dffffffffffffffffff0000000000000000", 302),
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
        "IP6 fe80::1.698 > ff02::1:2.698: OLSRv6, seq 0x9dae, length 204\n"
        + "IP6 fe80::1.698 > ff02::1:2.698: OLSRv6, seq 0x51c7, length 332\n"
        + "IP 10.0.0.1.698 > 10.0.0.2.698: OLSRv4, seq 0x995d, length 104\n"
        + "IP6 fe80::1.698 > ff02::1:2.698: OLSRv6, seq 0x0396, length 176\n"
        + "IP6 fe80::1.698 > ff02::1:2.698: OLSRv6, seq 0x6345, length 252\n"
        + "IP6 fe80::1.698 > ff02::1:2.698: OLSRv6, seq 0x28e5, length 212\n"
        + "IP6 fe80::1.698 > ff02::1:2.698: OLSRv6, seq 0x4822, length 156\n"
        + "IP6 fe80::1.698 > ff02::1:2.698: OLSRv6, seq 0xf0ac, length 242\n"
        + "IP6 fe80::1.698 > ff02::1:2.698: OLSRv6, seq 0xddcb, length 252\n"
        + "IP6 fe80::1.698 > ff02::1:2.698: OLSRv6, seq 0x8b2e, length 208\n"
        + "IP6 fe80::1.698 > ff02::1:2.698: OLSRv6, seq 0xde38, length 212\n"
        + "IP6 fe80::1.698 > ff02::1:2.698: OLSRv6, seq 0x4dcc, length 240\n";

    private const string ExpectedVerbose =
        "IP6 (hlim 64, next-header UDP (17) payload length: 212) fe80::1.698 > ff02::1:2.698: [bad udp cksum 0x0000 -> 0x5e46!] OLSRv6, seq 0x9dae, length 204\n"
        + "\tTC-LQ Message (0xca), originator fe1e:369:c1b:83aa:c276:fb41:50e5:5eb5, ttl 104, hop 134\n"
        + "\t  vtime 320.000s, msg-seq 0xc6b2, length 88\n"
        + "\t    advertised neighbor seq 0xdfeb\n"
        + "\t      neighbor 1bd3:d8c6:16a6:3f13:fac4:42a0:de81:59bb, link-quality 13.73%, neighbor-link-quality 14.51%\n"
        + "\t      neighbor 8bf2:1c8:7838:77c2:9cf3:b74d:cd3a:5a66, link-quality 32.16%, neighbor-link-quality 12.55%\n"
        + "\t      neighbor db72:e9a:338e:dcf6:34dc:780f:c9d8:c3c1, link-quality 81.18%, neighbor-link-quality 21.57%\n"
        + "\tHello Message (0x01), originator ea73:ea9d:ea7d:9d25:c91e:abff:ea71:9721, ttl 161, hop 192\n"
        + "\t  vtime 832.000s, msg-seq 0xd18b, length 28\n"
        + "\t  hello-time 2.000s, MPR willingness 2\n"
        + "\tNameservice Message (0x82), originator fa2e:12fb:5673:6865:70dc:8e71:32df:db5d, ttl 18, hop 35\n"
        + "\t  vtime 0.438s, msg-seq 0x7eb2, length 84\n"
        + "\t  Version 0, Entries 2\n"
        + "\t    #0: type 0x0001, length 7, address c1bd:ba40:dd0d:7381:680:df9a:abfc:b028, name \"7_g32h5\"\n"
        + "\t    #1: type 0x0001, length 8, address 4cda:2518:5045:9575:43e3:cea7:855b:3dc7, name \"_c3b ^A8-\"\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 340) fe80::1.698 > ff02::1:2.698: [bad udp cksum 0x0000 -> 0x980d!] OLSRv6, seq 0x51c7, length 332\n"
        + "\tHNA Message (0x04), originator cff1:668b:94a8:574f:c96b:2cd9:ef63:efdf, ttl 85, hop 235\n"
        + "\t  vtime 72.000s, msg-seq 0x88ac, length 120\n"
        + "\t  Advertised networks (total 3)\n"
        + "\t    #0: fe81:1438:ef34:b44f:5d95:415a:180b:4587/64\n"
        + "\t    #0: f8e6:8dd8:3bfc:3952:194e:2e46:5082:59d6/64\n"
        + "\t    #0: 56ae:db9:1423:7d94:3eb:e030:a937:8745/0\n"
        + "\tHNA Message (0x04), originator ad3:f36c:c618:24b:61db:bd7c:b3c5:36cf, ttl 149, hop 237\n"
        + "\t  vtime 32.000s, msg-seq 0x0edf, length 152\n"
        + "\t  Advertised networks (total 4)\n"
        + "\t    #0: af51:c33a:a0b1:167b:b2fd:bc13:6fe7:55ad/64\n"
        + "\t    #0: def4:6424:6257:307d:9ac5:79dd:f5a4:2cc8/0\n"
        + "\t    #0: bab6:2570:624d:1cd:f407:4650:ad6a:e446/64\n"
        + "\t    #0: fa52:85b9:141a:99f7:29c3:b7c8:a5c6:a50b/64\n"
        + "\tMID Message (0x03), originator 907a:597c:b342:c4c9:48b5:9ef1:9f17:c7bd, ttl 104, hop 132\n"
        + "\t  vtime 496.000s, msg-seq 0x380b, length 56\n"
        + "\t  interface address 6449:31b:32ad:c091:7c33:9372:666f:3d3e\n"
        + "\t  interface address f39:bb26:f23b:1fbf:8897:731f:8fab:f35a\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 132)\n"
        + "    10.0.0.1.698 > 10.0.0.2.698: OLSRv4, seq 0x995d, length 104\n"
        + "\tHello Message (0x01), originator 51.69.140.191, ttl 166, hop 197\n"
        + "\t  vtime 2048.000s, msg-seq 0xabc5, length 40\n"
        + "\t  hello-time 0.719s, MPR willingness 0\n"
        + "\t    link-type Symmetric, neighbor-type Symmetric, len 12\n"
        + "\t      neighbor\n"
        + "\t\t29.233.212.16 40.117.153.202 \n"
        + "\t    link-type Asymmetric, neighbor-type Symmetric, len 12\n"
        + "\t      neighbor\n"
        + "\t\t2.104.74.210 9.12.220.76 \n"
        + "\tUnknown Message (0x4d), originator 150.204.93.220, ttl 6, hop 187\n"
        + "\t  vtime 480.000s, msg-seq 0x5d51, length 70\n"
        + "\t    0x0000:  a6eb 686d 4bec ae7d caed 0028 a5b3 7bd2\n"
        + "\t    0x0010:  5171 c7bb ee81 0000 2565 56b7 9284 4147\n"
        + "\t    0x0020:  9eda 91ef 7e9f 7bd0 22bb df9e a965 d147\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 184) fe80::1.698 > ff02::1:2.698: [bad udp cksum 0x0000 -> 0x0abc!] OLSRv6, seq 0x0396, length 176\n"
        + "\tHello-LQ Message (0xc9), originator 829:a894:2313:dbbe:4850:c586:f34b:6579, ttl 119, hop 45\n"
        + "\t  vtime 13.500s, msg-seq 0xdfa9, length 116\n"
        + "\t  hello-time 0.164s, MPR willingness 3\n"
        + "\t    link-type Lost, neighbor-type Unknown, len 44\n"
        + "\t      neighbor def8:81a1:ed53:5217:cad1:f6dc:4748:bb86, link-quality 78.04%, neighbor-link-quality 20.00%\n"
        + "\t      neighbor be97:3e4c:d33a:5693:8730:7a80:5bbe:8f52, link-quality 9.41%, neighbor-link-quality 89.02%\n"
        + "\t    link-type Unspecified, neighbor-type Not-Neighbor, len 2 (invalid)\n"
        + "\tNameservice Message (0x82), originator bb1a:50ff:dff3:ac5a:6479:377a:1452:cee4, ttl 98, hop 62\n"
        + "\t  vtime 1856.000s, msg-seq 0xebb8, length 28\n"
        + "\t  Version 0, Entries 0 (invalid)\n"
        + "\tTC-LQ Message (0xca), originator 1ff7:1e4c:6f83:c400:dbb0:e6e8:dee9:3f60, ttl 183, hop 62\n"
        + "\t  vtime 240.000s, msg-seq 0xaf9c, length 28\n"
        + "\t    advertised neighbor seq 0x4ab8\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 260) fe80::1.698 > ff02::1:2.698: [bad udp cksum 0x0000 -> 0x0ce5!] OLSRv6, seq 0x6345, length 252\n"
        + "\tUnknown Message (0x4d), originator 74b6:f20d:2bd9:40d2:a3ac:b749:7655:79e8, ttl 181, hop 206\n"
        + "\t  vtime 0.090s, msg-seq 0x5416, length 24\n"
        + "\tTC Message (0x02), originator 265e:5f0c:eaa8:8539:935e:3aa7:bce0:f3f9, ttl 158, hop 83\n"
        + "\t  vtime 864.000s, msg-seq 0x2468, length 40\n"
        + "\t    advertised neighbor seq 0x9ceb\n"
        + "\t      neighbor\n"
        + "\t\t59.103.140.180 134.155.172.39 221.87.204.122 \n"
        + "\tHNA Message (0x04), originator f756:8344:3438:5059:b79c:33dc:7a8a:6ead, ttl 50, hop 91\n"
        + "\t  vtime 0.090s, msg-seq 0x62de, length 184\n"
        + "\t  Advertised networks (total 5)\n"
        + "\t    #0: 81fb:5f19:8c1f:ac1c:16cf:cc8c:74f7:8bea/0\n"
        + "\t    #0: b1f0:e5fa:da2b:d486:bd0:5ef5:f04:fa08/0\n"
        + "\t    #0: b2e4:5c83:77bb:235d:9f7e:114b:1cac:ec56/0\n"
        + "\t    #0: 7db0:7aeb:7b90:1a10:b1d0:34fc:fc9f:1bf1/0\n"
        + "\t    #0: eb1c:d7e6:fce0:e9c7:c0ce:4b5c:1cc4:70ef/0\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 220) fe80::1.698 > ff02::1:2.698: [bad udp cksum 0x0000 -> 0xa2cd!] OLSRv6, seq 0x28e5, length 212\n"
        + "\tHello-LQ Message (0xc9), originator d9f8:45c6:357e:3703:eca6:745a:3563:3add, ttl 211, hop 95\n"
        + "\t  vtime 1.562s, msg-seq 0x5f3c, length 32\n"
        + "\t  hello-time 27.000s, MPR willingness 5\n"
        + "\t    link-type Unspecified, neighbor-type Symmetric, len 4\n"
        + "\tHNA Message (0x04), originator 8420:d02d:b705:f36b:b7be:9e54:fbcc:cb24, ttl 26, hop 25\n"
        + "\t  vtime 0.086s, msg-seq 0xbb60, length 120\n"
        + "\t  Advertised networks (total 3)\n"
        + "\t    #0: 2ba0:b95b:30b3:b12d:2983:4bd1:153f:fa12/64\n"
        + "\t    #0: 339d:69ae:b4e7:5649:5229:d5db:a101:eea1/52\n"
        + "\t    #0: c830:db9e:e42e:6523:6e52:399e:8ffb:bfdb/52\n"
        + "\tMID Message (0x03), originator 66ff:6b02:ff31:a6c1:4c10:feb9:7dee:d970, ttl 88, hop 61\n"
        + "\t  vtime 0.227s, msg-seq 0x6081, length 56\n"
        + "\t  interface address 7d36:7a5d:b3bf:eae0:e7c0:4e65:6f9a:c75e\n"
        + "\t  interface address eb1a:c69a:a12:607:26ed:36ef:5ba:b28b\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 164) fe80::1.698 > ff02::1:2.698: [bad udp cksum 0x0000 -> 0x204d!] OLSRv6, seq 0x4822, length 156\n"
        + "\tHello-LQ Message (0xc9), originator 396b:397f:f0e8:1824:e450:8057:4c:21cb, ttl 234, hop 32\n"
        + "\t  vtime 992.000s, msg-seq 0x5506, length 96\n"
        + "\t  hello-time 3328.000s, MPR willingness 1\n"
        + "\t    link-type Unspecified, neighbor-type Symmetric, len 44\n"
        + "\t      neighbor 9ecc:775:8e4b:1836:43cb:9239:cb52:60d8, link-quality 8.63%, neighbor-link-quality 67.45%\n"
        + "\t      neighbor c7fd:f6a1:db0:82c6:7866:9342:5bac:ea11, link-quality 71.76%, neighbor-link-quality 47.45%\n"
        + "\t    link-type Asymmetric, neighbor-type Symmetric-MPR, len 24\n"
        + "\t      neighbor 8bea:dfa5:3eca:c30c:ea92:5c9f:f686:7d92, link-quality 44.71%, neighbor-link-quality 83.53%\n"
        + "\tMID Message (0x03), originator 5ba2:8fcb:4927:fe7:8a83:7dc6:ed6e:3a58, ttl 93, hop 141\n"
        + "\t  vtime 304.000s, msg-seq 0xe753, length 56\n"
        + "\t  interface address 84d3:6c0a:9299:8ccb:48b8:1ca3:6229:4ffd\n"
        + "\t  interface address c2a0:8217:8dbe:7847:798a:d823:9eb0:99cc\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 250) fe80::1.698 > ff02::1:2.698: [bad udp cksum 0x0000 -> 0x338f!] OLSRv6, seq 0xf0ac, length 242\n"
        + "\tHNA Message (0x04), originator c090:e936:6668:3595:11db:486e:c3e3:36bc, ttl 58, hop 7\n"
        + "\t  vtime 12.000s, msg-seq 0xcd5d, length 184\n"
        + "\t  Advertised networks (total 5)\n"
        + "\t    #0: 5a89:241d:d8d0:e70a:111e:f479:deb0:797/0\n"
        + "\t    #0: ee3:bda5:cdc4:86fb:8483:19e1:ce6a:f3df/0\n"
        + "\t    #0: fde:2642:d817:2b2:7bf8:a9a5:b91:e072/0\n"
        + "\t    #0: 5185:8094:2d82:8849:aebd:5c:583e:2c9/0\n"
        + "\t    #0: 60a9:c76:4451:d942:e819:ad06:9eb2:323a/0\n"
        + "\tUnknown Message (0x4d), originator bc37:51b8:f6b8:2326:7ce5:d371:8b05:6479, ttl 38, hop 176\n"
        + "\t  vtime 1.188s, msg-seq 0x6ae7, length 30\n"
        + "\t    0x0000:  1679 98de 55a4\n"
        + "\tHNA Message (0x04), originator 1515:8fb9:1539:d491:7c30:d205:e48e:a790, ttl 106, hop 203\n"
        + "\t  vtime 14.500s, msg-seq 0x820c, length 24\n"
        + "\t  Advertised networks (total 0)\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 260) fe80::1.698 > ff02::1:2.698: [bad udp cksum 0x0000 -> 0x767b!] OLSRv6, seq 0xddcb, length 252\n"
        + "\tHNA Message (0x04), originator b2b9:d143:c438:e2e5:4508:f534:3316:99a9, ttl 163, hop 249\n"
        + "\t  vtime 8.000s, msg-seq 0x73d3, length 120\n"
        + "\t  Advertised networks (total 3)\n"
        + "\t    #0: 4e78:a83:74dd:4bd0:d5d0:b3aa:6e26:80b5/0\n"
        + "\t    #0: b8e:cb82:6bbc:7dfc:5425:7246:6dec:8d6d/64\n"
        + "\t    #0: 31c6:b9a8:7a1c:6f3:69a2:611e:3b0b:46a0/0\n"
        + "\tTC-LQ Message (0xca), originator 854c:2831:1a9b:da06:3857:dfbc:57d:3da0, ttl 128, hop 183\n"
        + "\t  vtime 416.000s, msg-seq 0x2c44, length 88\n"
        + "\t    advertised neighbor seq 0xbdbe\n"
        + "\t      neighbor 5cd6:a502:491a:a47c:de04:9353:444f:70cc, link-quality 54.90%, neighbor-link-quality 98.82%\n"
        + "\t      neighbor f448:56f0:2f6:1ab9:b011:97a4:8f97:8dab, link-quality 81.57%, neighbor-link-quality 29.41%\n"
        + "\t      neighbor 71ff:8826:166b:1481:d28b:bff9:2cf:5d4f, link-quality 81.96%, neighbor-link-quality 89.02%\n"
        + "\tHello Message (0x01), originator cfe2:ffb4:320d:43e3:a402:a58d:47a:cfc, ttl 125, hop 8\n"
        + "\t  vtime 1280.000s, msg-seq 0xf4cd, length 40\n"
        + "\t  hello-time 2944.000s, MPR willingness 6\n"
        + "\t    link-type Symmetric, neighbor-type Not-Neighbor, len 12\n"
        + "\t      neighbor\n"
        + "\t\t80.235.46.124 109.185.247.244 \n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 216) fe80::1.698 > ff02::1:2.698: OLSRv6, seq 0x8b2e, length 208\n"
        + "\tTC-LQ Message (0xca), originator ba06:83b2:ba3f:713c:fad1:276d:c619:26ec, ttl 21, hop 148\n"
        + "\t  vtime 0.281s, msg-seq 0xbdff, length 88\n"
        + "\t    advertised neighbor seq 0xbdd4\n"
        + "\t      neighbor d360:5b48:31ed:da46:9852:6658:c566:6985, link-quality 84.71%, neighbor-link-quality 43.92%\n"
        + "\t      neighbor 204a:1450:d24c:2415:68cd:a4a8:7c79:4d8e, link-quality 12.94%, neighbor-link-quality 4.31%\n"
        + "\t      neighbor a630:d3b9:6425:d9ad:4072:cd62:1878:7418, link-quality 17.65%, neighbor-link-quality 74.51%\n"
        + "\tTC-LQ Message (0xca), originator 9b3d:34cb:ae15:f51:1128:1496:80dc:99c7, ttl 62, hop 135\n"
        + "\t  vtime 8.000s, msg-seq 0x072f, length 28\n"
        + "\t    advertised neighbor seq 0xf8cb\n"
        + "\tHNA Message (0x04), originator d80b:8ccd:430d:2f4d:6527:dc45:7644:513d, ttl 40, hop 245\n"
        + "\t  vtime 0.086s, msg-seq 0xb24c, length 88\n"
        + "\t  Advertised networks (total 2)\n"
        + "\t    #0: f5:7efa:e878:4985:d69d:1e15:f92d:7fd8/64 [|olsr]\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 220) fe80::1.698 > ff02::1:2.698: [bad udp cksum 0x0000 -> 0x26af!] OLSRv6, seq 0xde38, length 212\n"
        + "\tHNA Message (0x04), originator 137f:89bc:ca5d:26f3:ee5:3b60:45e4:277f, ttl 88, hop 186\n"
        + "\t  vtime 7.250s, msg-seq 0x7e9d, length 88\n"
        + "\t  Advertised networks (total 2)\n"
        + "\t    #0: 4f6d:e211:dee9:478f:768d:f05b:a7ee:940b/52\n"
        + "\t    #0: eaaf:365a:2719:d7f8:a98a:2a84:4843:a3e5/64\n"
        + "\tUnknown Message (0x4d), originator c71a:e8e:e466:841c:9a97:dd30:2462:77c7, ttl 159, hop 108\n"
        + "\t  vtime 36.000s, msg-seq 0x0f02, length 32\n"
        + "\t    0x0000:  f9af b6c7 d086 bee6\n"
        + "\tHNA Message (0x04), originator f7cd:fb31:d769:3799:6d65:3026:add6:23a6, ttl 56, hop 87\n"
        + "\t  vtime 1280.000s, msg-seq 0x0e73, length 88\n"
        + "\t  Advertised networks (total 2)\n"
        + "\t    #0: 4aac:640b:4c8c:f80c:bdbd:a35f:297d:d131/64\n"
        + "\t    #0: 65ed:4001:b81a:b650:dddf:62d3:4490:c9ce/0\n"
        + "IP6 (hlim 64, next-header UDP (17) payload length: 248) fe80::1.698 > ff02::1:2.698: [bad udp cksum 0x0000 -> 0x5aa0!] OLSRv6, seq 0x4dcc, length 240\n"
        + "\tHNA Message (0x04), originator 6a1b:8055:1707:46e:96c0:481d:7c98:1fb0, ttl 231, hop 68\n"
        + "\t  vtime 5.750s, msg-seq 0x8cf9, length 56\n"
        + "\t  Advertised networks (total 1)\n"
        + "\t    #0: c3fb:12d0:e521:3e95:f665:6767:cfbc:452e/0\n"
        + "\tPowerinfo Message (0x80), originator 2623:8c1e:2356:776c:ece0:52f5:8fab:6ac6, ttl 39, hop 23\n"
        + "\t  vtime 184.000s, msg-seq 0x3ff1, length 28\n"
        + "\t    0x0000:  da25 d8dd\n"
        + "\tHNA Message (0x04), originator 7935:8f25:9355:9da:c329:e123:8dd0:d9ac, ttl 3, hop 76\n"
        + "\t  vtime 992.000s, msg-seq 0xf4e6, length 152\n"
        + "\t  Advertised networks (total 4)\n"
        + "\t    #0: 9a15:7bb:ae0b:c4ce:6e42:1ca1:f701:7ba/52\n"
        + "\t    #0: a00e:e042:6e0b:64c6:f8d8:9de:6347:aaf6/52\n"
        + "\t    #0: f56c:1d0c:1b6a:6712:fbc2:6f94:4654:7ef/64\n"
        + "\t    #0: db46:ca31:51d:47d3:eaf5:c0e2:2486:1dff/64\n";
}
