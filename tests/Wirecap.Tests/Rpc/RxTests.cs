using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Rpc;

/// <summary>
/// AFS RX (print-rx.c) against tcpdump 4.99.3: synthetic protection-service and Ubik calls with their
/// replies (matched through the call cache), acks, aborts and frames cut short, printed with
/// "tcpdump -t -n [-vvv]". No frame carries a date: those are printed in the local time zone.
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
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 576)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7002: [no cksum]  [|rx] (548)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 80)\n"
        + "    10.0.0.1.7001 > 10.0.0.2.7002: [no cksum]  rx data cid 00001234 call# 6 seq 1 ser 3 secindex 2 serviceid 1 <client-init> pt call new-user \"ca [|pt] (52)\n";

}
