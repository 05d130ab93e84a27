using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Rpc;

/// <summary>
/// AFS RX (print-rx.c) against tcpdump 4.99.3: synthetic protection-service and Ubik calls with their
/// replies (matched through the call cache), acks, aborts and frames cut short, printed with
/// "tcpdump -t -n [-vvv]" (TZ=GMT0 is not needed: the dates printed are set by the test run's zone, see the class).
/// </summary>
public class RxTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("02000000000202000000000108004500024000010000401164aa0a0000010a0000021b591b5a022c000038000000000012340000000500000001000000010101000200000001000001f800000002000000610000006c0000006900000063000000650000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000620000006f0000006200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", -1),
        ("02000000000202000000000108004500004400010000401166a60a0000020a0000011b5a1b5900300000380000000000123400000005000000010000000201040002000000010000000200000064000000c8", -1),
        ("020000000002020000000001080045000050000100004011669a0a0000010a0000021b591b5a003c000038000000000012340000000600000001000000030101000200000001000001f4000000056361726f6c00000000000007ffffffff", -1),
        ("02000000000202000000000108004500003c00010000401166ae0a0000020a0000011b5a1b59002800003800000000001234000000060000000100000004040000020000000100041401", -1),
        ("02000000000202000000000108004500004400010000401166a60a0000010a0000021b591b5a003000003800000000001234000000070000000100000005010300020000000100004e200000000300000004", -1),
        ("02000000000202000000000108004500003c00010000401166ae0a0000020a0000011b5a1b590028000038000000000012340000000700000001000000060400000200000001fffffffb", -1),
        ("02000000000202000000000108004500003c00010000401166ae0a0000010a0000021b591b5a002800003800000000001234000000080000000100000007010100020000000100004e24", -1),
        ("02000000000202000000000108004500004000010000401166aa0a0000020a0000011b5a1b59002c000038000000000012340000000800000001000000080100000200000001000000090000000a", -1),
        ("02000000000202000000000108004500006300010000401166870a0000010a0000021b591b58004f000038000000000012340000000900000001000000090200000200000000000300000000000100000000000000090106010100010101000000000005a4000005a40000002000000004", -1),
        ("02000000000202000000000108004500003800010000401166b20a0000010a0000021b591b5800240000380000000000123400000009000000010000000a0500000200000000", -1),
        ("02000000000202000000000108004500003800010000401166b20a0000010a0000021b591b580024000038000000000012340000000b000000020000000c6300000200000000", -1),
        ("020000000002020000000001080045000050000100004011669a0a0000010a0000021b591b5a003c000038000000000012340000000c000000010000000d010100020000000100004e220000000100000002000000030000000400000005", -1),
        ("02000000000202000000000108004500006c000100004011667e0a0000010a0000021b591b580058000038000000000012340000000d000000010000000101010002000000010000008d00000001000000020000000300000006746d7064697200000000000c000000000000000000000000000001ed00000000", -1),
        ("02000000000202000000000108004500004400010000401166a60a0000020a0000011b581b590030000038000000000012340000000d0000000100000002010400020000000100000001000000090000000a", -1),
        ("02000000000202000000000108004500004800010000401166a20a0000010a0000021b591b580034000038000000000012340000000e0000000100000001010100020000000100000083000000010000000200000003", -1),
        ("02000000000202000000000108004500005800010000401166920a0000020a0000011b581b590044000038000000000012340000000e00000001000000020104000200000001000000143220310a616c696365203132370a626f6220390a7820310a00000000", -1),
        ("02000000000202000000000108004500004800010000401166a20a0000010a0000021b591b580034000038000000000012340000000f0000000100000001010100020000000100000084000000010000000200000003", -1),
        ("02000000000202000000000108004500003c00010000401166ae0a0000020a0000011b581b590028000038000000000012340000000f00000001000000020400000200000001ffffff9c", -1),
        ("02000000000202000000000108004500006800010000401166820a0000010a0000021b581b590054000038000000000012340000001000000001000000010101000200000001000000d6000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b", -1),
        ("02000000000202000000000108004500004400010000401166a60a0000010a0000021b591b5b0030000038000000000012340000001100000001000000010101000200000001000001f7200000ba00000001", -1),
        ("0200000000020200000000010800450001b0000100004011653a0a0000020a0000011b5b1b59019c000038000000000012340000001100000001000000020104000200000001000000720000006f0000006f000000740000002e00000063000000650000006c0000006c000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000020a0000050a00000600000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000070000000800000009", -1),
        ("02000000000202000000000108004500004400010000401166a60a0000010a0000021b591b5d00300000380000000000123400000012000000010000000101010002000000010000007900000001200000ba", -1),
        ("02000000000202000000000108004500003c00010000401166ae0a0000020a0000011b5d1b59002800003800000000001234000000120000000100000002040000020000000100000005", -1),
        ("02000000000202000000000108004500006400010000401166860a0000010a0000021b591b5c005000003800000000001234000000130000000100000001010100020000000100000017000000030000000443454c4c00000005616263646500000000000005616c69636500000000000000", -1),
        ("02000000000202000000000108004500003c00010000401166ae0a0000020a0000011b5c1b5900280000380000000000123400000013000000010000000204000002000000010002c10a", -1),
        ("020000000002020000000001080045000050000100004011669a0a0000010a0000021b591b5f003c000038000000000012340000001400000001000000010101000200000001000000500000000673696d706c6500000000000266730000", -1),
        ("02000000000202000000000108004500003c00010000401166ae0a0000020a0000011b5f1b59002800003800000000001234000000140000000100000002040000020000000100000001", -1),
        ("02000000000202000000000108004500004800010000401166a20a0000010a0000021b591b5f0034000038000000000012340000001500000001000000010101000200000001000000690000012c7878787878787878", -1),
        ("02000000000202000000000108004500024000010000401164aa0a0000010a0000021b591b5a022c00003800000000001234", 590),
        ("020000000002020000000001080045000050000100004011669a0a0000010a0000021b591b5a003c000038000000000012340000000600000001000000030101000200000001000001f4000000056361", 94),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 3 }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.7001 > 10.0.0.2.7002:  rx data pt call name-to-id \"alice\" \"bob\" (548)\n"
        + "IP 10.0.0.2.7002 > 10.0.0.1.7001:  rx data pt reply name-to-id ids: 100 200 (40)\n"
        + "IP 10.0.0.1.7001 > 10.0.0.2.7002:  rx data pt call new-user \"carol\" id 7 oldid -1 (52)\n"
        + "IP 10.0.0.2.7002 > 10.0.0.1.7001:  rx abort pt reply new-user errcode 267265 (32)\n"
        + "IP 10.0.0.1.7001 > 10.0.0.2.7002:  rx data pt ubik call disk-begin tid 3.4 (40)\n"
        + "IP 10.0.0.2.7002 > 10.0.0.1.7001:  rx abort pt ubik reply disk-begin errcode -5 (32)\n"
        + "IP 10.0.0.1.7001 > 10.0.0.2.7002:  rx data pt ubik call disk-getversion (32)\n"
        + "IP 10.0.0.2.7002 > 10.0.0.1.7001:  rx data pt ubik reply disk-getversion dbversion 9.10 (36)\n"
        + "IP 10.0.0.1.7001 > 10.0.0.2.7000:  rx ack first 1 serial 9 reason ack requested acked 1-2,4-6 nacked 3 (71)\n"
        + "IP 10.0.0.1.7001 > 10.0.0.2.7000:  rx ackall (28)\n"
        + "IP 10.0.0.1.7001 > 10.0.0.2.7000:  rx type 99 (28)\n"
        + "IP 10.0.0.1.7001 > 10.0.0.2.7002:  rx data pt ubik call disk-lock tid 1.2 file 3 pos 4 length 5 [|rx]\n"
        + "IP 10.0.0.1.7001 > 10.0.0.2.7000:  rx data fs call makedir fid 1/2/3 \"tmpdir\" StoreStatus group 0 mode 755 (80)\n"
        + "IP 10.0.0.2.7000 > 10.0.0.1.7001:  rx data fs reply makedir new fid 1/9/10 (40)\n"
        + "IP 10.0.0.1.7001 > 10.0.0.2.7000:  rx data fs call fetch-acl fid 1/2/3 (44)\n"
        + "IP 10.0.0.2.7000 > 10.0.0.1.7001:  rx data fs reply fetch-acl +{alice rlidwka} +{bob rl} (60)\n"
        + "IP 10.0.0.1.7001 > 10.0.0.2.7000:  rx data fs call fetch-status fid 1/2/3 (44)\n"
        + "IP 10.0.0.2.7000 > 10.0.0.1.7001:  rx abort fs reply fetch-status error restarting fileserver (32)\n"
        + "IP 10.0.0.1.7000 > 10.0.0.2.7001:  rx data cb call probeuuid afsuuid 0001020340506078090a0b0f13171b1f23272b (76)\n"
        + "IP 10.0.0.1.7001 > 10.0.0.2.7003:  rx data vldb call get-entry-by-id volid 536871098 type read-only (40)\n"
        + "IP 10.0.0.2.7003 > 10.0.0.1.7001:  rx data vldb reply get-entry-by-id \"root.cell\" numservers 2 servers 10.0.0.5 10.0.0.6 partitions a b rwvol 7 rovol 8 backup 9 (404)\n"
        + "IP 10.0.0.1.7001 > 10.0.0.2.7005:  rx data vol call list-one-volume partid 1 volid 536871098 (40)\n"
        + "IP 10.0.0.2.7005 > 10.0.0.1.7001:  rx abort vol reply list-one-volume errcode 5 (32)\n"
        + "IP 10.0.0.1.7001 > 10.0.0.2.7004:  rx data kauth call get-ticket kvno 3 domain \"CELL\" principal \"\" [|kauth] (72)\n"
        + "IP 10.0.0.2.7004 > 10.0.0.1.7001:  rx abort kauth reply get-ticket errcode 180490 (32)\n"
        + "IP 10.0.0.1.7001 > 10.0.0.2.7007:  rx data bos call create-bnode type \"simple\" instance \"fs\" (52)\n"
        + "IP 10.0.0.2.7007 > 10.0.0.1.7001:  rx abort bos reply create-bnode errcode 1 (32)\n"
        + "IP 10.0.0.1.7001 > 10.0.0.2.7007:  rx data bos call start-bozo-install [|bos] (44)\n"
        + "IP 10.0.0.1.7001 > 10.0.0.2.7002:  [|rx] (548)\n"
        + "IP 10.0.0.1.7001 > 10.0.0.2.7002:  rx data pt call new-user \"ca [|pt] (52)\n";

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 576)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7002: [no cksum]  rx data cid 00001234 call# 5 seq 1 ser 1 secindex 2 serviceid 1 <client-init> pt call name-to-id \"alice\" \"bob\" (548)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 68)\n"
        + "    10.0.0.2.7002 > 10.0.0.1.7001: [no cksum]  rx data cid 00001234 call# 5 seq 1 ser 2 secindex 2 serviceid 1 <last-pckt> pt reply name-to-id ids: 100 200 (40)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 80)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7002: [no cksum]  rx data cid 00001234 call# 6 seq 1 ser 3 secindex 2 serviceid 1 <client-init> pt call new-user \"carol\" id 7 oldid -1 (52)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n"
        + "    10.0.0.2.7002 > 10.0.0.1.7001: [no cksum]  rx abort cid 00001234 call# 6 seq 1 ser 4 secindex 2 serviceid 1 pt reply new-user errcode 267265 (32)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 68)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7002: [no cksum]  rx data cid 00001234 call# 7 seq 1 ser 5 secindex 2 serviceid 1 <client-init>,<req-ack> pt ubik call disk-begin tid 3.4 (40)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n"
        + "    10.0.0.2.7002 > 10.0.0.1.7001: [no cksum]  rx abort cid 00001234 call# 7 seq 1 ser 6 secindex 2 serviceid 1 pt ubik reply disk-begin errcode -5 (32)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7002: [no cksum]  rx data cid 00001234 call# 8 seq 1 ser 7 secindex 2 serviceid 1 <client-init> pt ubik call disk-getversion (32)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 64)\n"
        + "    10.0.0.2.7002 > 10.0.0.1.7001: [no cksum]  rx data cid 00001234 call# 8 seq 1 ser 8 secindex 2 serviceid 1 pt ubik reply disk-getversion dbversion 9.10 (36)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 99)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  rx ack cid 00001234 call# 9 seq 1 ser 9 secindex 2 serviceid 0 bufspace 3 maxskew 0 first 1 serial 9 reason ack requested acked 1-2,4-6 nacked 3 ifmtu 1444 maxmtu 1444 rwind 32 maxpackets 4 (71)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  rx ackall cid 00001234 call# 9 seq 1 ser 10 secindex 2 serviceid 0 (28)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  rx type 99 cid 00001234 call# 11 seq 2 ser 12 secindex 2 serviceid 0 (28)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 80)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7002: [no cksum]  rx data cid 00001234 call# 12 seq 1 ser 13 secindex 2 serviceid 1 <client-init> pt ubik call disk-lock tid 1.2 file 3 pos 4 length 5 [|rx]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 108)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  rx data cid 00001234 call# 13 seq 1 ser 1 secindex 2 serviceid 1 <client-init> fs call makedir fid 1/2/3 \"tmpdir\" StoreStatus group 0 mode 755 (80)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 68)\n"
        + "    10.0.0.2.7000 > 10.0.0.1.7001: [no cksum]  rx data cid 00001234 call# 13 seq 1 ser 2 secindex 2 serviceid 1 <last-pckt> fs reply makedir new fid 1/9/10 (40)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  rx data cid 00001234 call# 14 seq 1 ser 1 secindex 2 serviceid 1 <client-init> fs call fetch-acl fid 1/2/3 (44)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 88)\n"
        + "    10.0.0.2.7000 > 10.0.0.1.7001: [no cksum]  rx data cid 00001234 call# 14 seq 1 ser 2 secindex 2 serviceid 1 <last-pckt> fs reply fetch-acl +{alice rlidwka} +{bob rl} (60)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7000: [no cksum]  rx data cid 00001234 call# 15 seq 1 ser 1 secindex 2 serviceid 1 <client-init> fs call fetch-status fid 1/2/3 (44)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n"
        + "    10.0.0.2.7000 > 10.0.0.1.7001: [no cksum]  rx abort cid 00001234 call# 15 seq 1 ser 2 secindex 2 serviceid 1 fs reply fetch-status error restarting fileserver (32)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)\n"
        + "    10.0.0.1.7000 > 10.0.0.2.7001: [no cksum]  rx data cid 00001234 call# 16 seq 1 ser 1 secindex 2 serviceid 1 <client-init> cb call probeuuid afsuuid 0001020340506078090a0b0f13171b1f23272b (76)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 68)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7003: [no cksum]  rx data cid 00001234 call# 17 seq 1 ser 1 secindex 2 serviceid 1 <client-init> vldb call get-entry-by-id volid 536871098 type read-only (40)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 432)\n"
        + "    10.0.0.2.7003 > 10.0.0.1.7001: [no cksum]  rx data cid 00001234 call# 17 seq 1 ser 2 secindex 2 serviceid 1 <last-pckt> vldb reply get-entry-by-id \"root.cell\" numservers 2 servers 10.0.0.5 10.0.0.6 partitions a b rwvol 7 rovol 8 backup 9 (404)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 68)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7005: [no cksum]  rx data cid 00001234 call# 18 seq 1 ser 1 secindex 2 serviceid 1 <client-init> vol call list-one-volume partid 1 volid 536871098 (40)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n"
        + "    10.0.0.2.7005 > 10.0.0.1.7001: [no cksum]  rx abort cid 00001234 call# 18 seq 1 ser 2 secindex 2 serviceid 1 vol reply list-one-volume errcode 5 (32)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 100)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7004: [no cksum]  rx data cid 00001234 call# 19 seq 1 ser 1 secindex 2 serviceid 1 <client-init> kauth call get-ticket kvno 3 domain \"CELL\" principal \"\" [|kauth] (72)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n"
        + "    10.0.0.2.7004 > 10.0.0.1.7001: [no cksum]  rx abort cid 00001234 call# 19 seq 1 ser 2 secindex 2 serviceid 1 kauth reply get-ticket errcode 180490 (32)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 80)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7007: [no cksum]  rx data cid 00001234 call# 20 seq 1 ser 1 secindex 2 serviceid 1 <client-init> bos call create-bnode type \"simple\" instance \"fs\" (52)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n"
        + "    10.0.0.2.7007 > 10.0.0.1.7001: [no cksum]  rx abort cid 00001234 call# 20 seq 1 ser 2 secindex 2 serviceid 1 bos reply create-bnode errcode 1 (32)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7007: [no cksum]  rx data cid 00001234 call# 21 seq 1 ser 1 secindex 2 serviceid 1 <client-init> bos call start-bozo-install [|bos] (44)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 576)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7002: [no cksum]  [|rx] (548)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 80)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7002: [no cksum]  rx data cid 00001234 call# 6 seq 1 ser 3 secindex 2 serviceid 1 <client-init> pt call new-user \"ca [|pt] (52)\n";

}
