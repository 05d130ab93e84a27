using System.Text;
using Wirecap.Files;
using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Aaa;

/// <summary>
/// Geneve (print-geneve.c), VXLAN-GPE (print-vxlan-gpe.c) and NSH (print-nsh.c) against tcpdump
/// 4.99.3: synthetic frames (random options, MD type 1/2 context headers, inner IPv4/Ethernet, some
/// malformed or cut short) written to a pcap and printed with "tcpdump -t -n [-e] [-v...]", whose
/// output is the expected text here.
/// </summary>
public class TunnelTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("00112233445566778899aabb08004500006e000100004011667c0a0000010a0000029c4017c1005a00000440894f2545df00fff12b000200c902174bdb1ea70849412cc20003eadfbdbe00112233445566778899aabb08004500002400010000400100001e0000011e000002080000001b8a1d3b58260b908afdf680", 124),
        ("00112233445566778899aabb08004500007400010000401166760a0000010a0000029c4017c1006000001400894f9131e00501013ee2c6545265221da74d01044ce1a4deb13a050601012561af7c6c30e0c92d6d638634988e9a6a5f322d4500002400010000400100001e0000011e00000208000000f874a79094d464efc508c80a", 130),
        ("00112233445566778899aabb08004500005600010000401166940a0000010a0000029c4017c10042000001006558fc0ff00500112233445566778899aabb08004500002400010000400100001e0000011e000002080000000457795ee5b2d8dbcdae", 100),
        ("00112233445566778899aabb08004500006600010000401166840a0000010a0000029c4017c100520000013f6558196945000100650001002602db0edee8c191b32300112233445566778899aabb08004500002400010000400100001e0000011e000002080000006231d32e42549e1a95743d71", 116),
        ("00112233445566778899aabb08004500005800010000401166920a0000010a0000029c4017c1004400000480894f6e398c0001040100fff14f02cd444466ae9061df3546010920bf8ad32b75d3bcbe52f8b0bd322403fa409db845911d44ae72c6f37d6ca61e", 102),
        ("00112233445566778899aabb080045000050000100004011669a0a0000010a0000029c4012b6003c00000f000004313ada003442020167fecf0b4500002400010000400100001e0000011e0000", 94),
        ("00112233445566778899aabb08004500006e000100004011667c0a0000010a0000029c4017c1005a00000640655850fa6b0001003202420eeb2fb9b90bbf0104fae2ed8eec0a107af82700112233445566778899aabb08004500002400010000400100001e0000011e0000020800000063ece7e55aeb62bdff8751af", 124),
        ("00112233445566778899aabb08004500007e000100004011666c0a0000010a0000029c4017c1006a00001480894f5f24b1050000ca0157c745db00003401dd66c1d12fc601036383c77f0976b82419b538bd7228223e1735ff0200112233445566778899aabb08004500002400010000400100001e0000011e00000208000000e6b725857e04bcbdea96f32c", 140),
        ("00112233445566778899aabb08004500004200010000401166a80a0000010a0000029c4017c1002e0000058086ddbd780200fff14c01eff8cc3d010141e2876bb6c8c19458ae4e5344d310fe91567db9", 80),
        ("00112233445566778899aabb08004500003c00010000401166ae0a0000010a0000029c4017c100280000053f1234af799a00020055e2109e06adc1cd2f50fff1aee1cc7f6f414d9f411b", 74),
        ("00112233445566778899aabb08004500006e000100004011667c0a0000010a0000029c4017c1005a0000063f6558b8ff3e0501012ee24ba8bec1785f4f020000cb02d9fc5997781918ee00112233445566778899aabb08004500002400010000400100001e0000011e000002080000000d9a7b29e4a2972487cb3f89", 124),
        ("00112233445566778899aabb08004500005400010000401166960a0000010a0000029c4017c1004000000300080018095a050200ea02f31dedae3ce645ca4500002400010000400100001e0000011e00000208000000e60d93cddbcefe3f6a572c1d", 98),
        ("00112233445566778899aabb08004500005800010000401166920a0000010a0000029c4017c10044000004400800330ea305000070e1796cdde00101bb019dc491184500002400010000400100001e0000011e00000208000000d062d5b7d77b2b4898c8ce6d", 102),
        ("00112233445566778899aabb08004500006800010000401166820a0000010a0000029c4017c1005400000480894f9dd71300010424e1080ca403fff111e1ee19eb8d04840f0158176397b044617a666508d64500002400010000400100001e0000011e000002080000005ba2a79d123bdc40faf0e3a6", 118),
        ("00112233445566778899aabb080045000070000100004011667a0a0000010a0000029c4017c1005c0000043f894fda5fef00fff125e1fcf5ad6901011ee10a2d238736460101fb9b60f3add6f83ff5f7a927b07e2ac2da944dfd4500002400010000400100001e0000011e00000208000000daa89e8290c161711d068c48", 126),
        ("00112233445566778899aabb08004500003a00010000401166b00a0000010a0000029c4017c100260000038086ddca25450000006e02b99faab9ae51bdfa88edd7ee8e71364b6381", 72),
        ("00112233445566778899aabb08004500003c00010000401166ae0a0000010a0000029c4017c100280000053f12344c6d7b0001013302dbdedc5e28a31efffff190e13df4f17f88de1360", 74),
        ("00112233445566778899aabb08004500005800010000401166920a0000010a0000029c4017c1004400000040894fcb71ce002f840f01631aa5eab1c09f273fed81d74500002400010000400100001e0000011e00000208000000e4c79e1b8a0941edb9a12689", 102),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    [Fact]
    public void VeryVeryVerbose() => Assert.Equal(ExpectedVeryVeryVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 3 }));

    [Fact]
    public void LinkHeaderVeryVerbose() => Assert.Equal(ExpectedLinkHeaderVeryVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2, LinkHeader = true }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [C], vni 0x2545df, options [16 bytes]: NSH, flags [O], service-path-id 0xeadfbd, service-index 0xbe: IP 30.0.0.1 > 30.0.0.2: ICMP echo request, id 7050, seq 7483, length 16\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [none], vni 0x9131e0, rsvd 0x5, options [80 bytes]:  (packet length 0 < 8) (invalid)\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [none], vni 0xfc0ff0, rsvd 0x5, options [4 bytes]: aa:bb:08:00:45:00 > 44:55:66:77:88:99 Null Information, send seq 0, rcv seq 0, Flags [Response], length 32\n"
        + "\t0x0000:  0001 0000 4001 0000 1e00 0001 1e00 0002  ....@...........\n"
        + "\t0x0010:  0800 0000 0457 795e e5b2 d8db cdae       .....Wy^......\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [R1R2R3R4R5R6], vni 0x196945, options [4 bytes]: de:e8:c1:91:b3:23 Unknown SSAP 0x32 > 01:00:26:02:db:0e Unknown DSAP 0x22 Information, send seq 34, rcv seq 42, Flags [Final], length 17\n"
        + "\t0x0000:  2233 4455 6677 8899 aabb 0800 4500 0024  \"3DUfw......E..$\n"
        + "\t0x0010:  00                                       .\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [O], vni 0x6e398c, options [16 bytes]: NSH, flags [O], service-path-id 0x20bf8a, service-index 0xd3: ERROR: unknown-next-protocol\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.4790: VXLAN-GPE, flags [IPBO], vni 3226330: NSH, flags [O], service-path-id 0x67fecf, service-index 0xb: IP  [|ip]\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [C], vni 0x50fa6b, options [24 bytes]: IP 30.0.0.1 > 30.0.0.2: ICMP echo request, id 25580, seq 59365, length 16\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [O], vni 0x5f24b1, rsvd 0x5, options [80 bytes]: NSH, flags [O],  (too many headers for packet length 10) (invalid)\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [O], vni 0xbd7802, options [20 bytes]:  [|ip6]\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [R1R2R3R4R5R6], vni 0xaf799a, options [20 bytes]: geneve-proto-0x1234\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [R1R2R3R4R5R6], vni 0xb8ff3e, rsvd 0x5, options [24 bytes]: IP 30.0.0.1 > 30.0.0.2: ICMP echo request, id 3482, seq 31529, length 16\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [none], vni 0x18095a, rsvd 0x5, options [12 bytes]: IP 30.0.0.1 > 30.0.0.2: ICMP echo request, id 58893, seq 37837, length 16\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [C], vni 0x330ea3, rsvd 0x5, options [16 bytes]: IP 30.0.0.1 > 30.0.0.2: ICMP echo request, id 53346, seq 54711, length 16\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [O], vni 0x9dd713, options [16 bytes]: NSH, flags [none], service-path-id 0x581763, service-index 0x97: IP 30.0.0.1 > 30.0.0.2: ICMP echo request, id 23458, seq 42909, length 16\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [R1R2R3R4R5R6], vni 0xda5fef, options [16 bytes]: NSH, flags [O], service-path-id 0xfb9b60, service-index 0xf3: IP 30.0.0.1 > 30.0.0.2: ICMP echo request, id 55976, seq 40578, length 16\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [O], vni 0xca2545, options [12 bytes]:  [|ip6]\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [R1R2R3R4R5R6], vni 0x4c6d7b, options [20 bytes]: geneve-proto-0x1234\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [C], vni 0xcb71ce: NSH, flags [O], service-path-id 0x631aa5, service-index 0xea: IP 30.0.0.1 > 30.0.0.2: ICMP echo request, id 58567, seq 40475, length 16\n";

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 110)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [C], vni 0x2545df, options [class Experimental (0xfff1) type 0x2b len 4, class Unknown (0x200) type 0xc9(C) len 12]\n"
        + "\tNSH, flags [O], service-path-id 0xeadfbd, service-index 0xbe\n"
        + "    IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 7050, seq 7483, length 16 (wrong icmp cksum 0 (->da05)!)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 116)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [none], vni 0x9131e0, rsvd 0x5, options [class Open vSwitch (0x101) type 0x3e len 12, class VMware (0x104) type 0x4c len 8, class Unknown (0x506) type 0x1 len 8, class Unknown (0x6c30) type 0xe0(C) len 40, class Unknown (0xf874) type 0xa7(C) len 68 [bad length]]\n"
        + "\t (packet length 0 < 8) (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [none], vni 0xfc0ff0, rsvd 0x5, options [class Standard (0x11) type 0x22 len 80 [bad length]]\n"
        + "\taa:bb:08:00:45:00 > 44:55:66:77:88:99 Null Information, send seq 0, rcv seq 0, Flags [Response], length 32\n"
        + "\t0x0000:  0001 0000 4001 0000 1e00 0001 1e00 0002  ....@...........\n"
        + "\t0x0010:  0800 0000 0457 795e e5b2 d8db cdae       .....Wy^......\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 102)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [R1R2R3R4R5R6], vni 0x196945, options [class Linux (0x100) type 0x65 len 4]\n"
        + "\tde:e8:c1:91:b3:23 Unknown SSAP 0x32 > 01:00:26:02:db:0e Unknown DSAP 0x22 Information, send seq 34, rcv seq 42, Flags [Final], length 17\n"
        + "\t0x0000:  2233 4455 6677 8899 aabb 0800 4500 0024  \"3DUfw......E..$\n"
        + "\t0x0010:  00                                       .\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 88)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [O], vni 0x6e398c, options [class VMware (0x104) type 0x1 len 4, class Experimental (0xfff1) type 0x4f len 12]\n"
        + "\tNSH, flags [O], service-path-id 0x20bf8a, service-index 0xd3\n"
        + "    ERROR: unknown-next-protocol\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 80)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.4790: VXLAN-GPE, flags [IPBO], vni 3226330\n"
        + "    NSH, flags [O], service-path-id 0x67fecf, service-index 0xb\n"
        + "    IP  [|ip]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 110)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [C], vni 0x50fa6b, options [class Linux (0x100) type 0x32 len 12, class VMware (0x104) type 0xfa(C) len 12]\n"
        + "\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 25580, seq 59365, length 16 (wrong icmp cksum 0 (->9d4d)!)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 126)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [O], vni 0x5f24b1, rsvd 0x5, options [class Standard (0x0) type 0xca(C) len 8, class Standard (0x0) type 0x34 len 8, class Unknown (0x2fc6) type 0x1 len 16, class Unknown (0x7228) type 0x22 len 124 [bad length]]\n"
        + "\tNSH, flags [O],  (too many headers for packet length 10) (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 66)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [O], vni 0xbd7802, options [class Experimental (0xfff1) type 0x4c len 8, class Open vSwitch (0x101) type 0x41 len 12]\n"
        + "\t [|ip6]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [R1R2R3R4R5R6], vni 0xaf799a, options [class Unknown (0x200) type 0x55 len 12, class Experimental (0xfff1) type 0xae(C) len 8]\n"
        + "\tgeneve-proto-0x1234\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 110)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [R1R2R3R4R5R6], vni 0xb8ff3e, rsvd 0x5, options [class Open vSwitch (0x101) type 0x2e len 12, class Standard (0x0) type 0xcb(C) len 12]\n"
        + "\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 3482, seq 31529, length 16 (wrong icmp cksum 0 (->2c20)!)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 84)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [none], vni 0x18095a, rsvd 0x5, options [class Unknown (0x200) type 0xea(C) len 12]\n"
        + "\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 58893, seq 37837, length 16 (wrong icmp cksum 0 (->da1)!)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 88)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [C], vni 0x330ea3, rsvd 0x5, options [class Standard (0x0) type 0x70 len 8, class Open vSwitch (0x101) type 0xbb(C) len 8]\n"
        + "\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 53346, seq 54711, length 16 (wrong icmp cksum 0 (->e7ea)!)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [O], vni 0x9dd713, options [class VMware (0x104) type 0x24 len 8, class Experimental (0xfff1) type 0x11 len 8]\n"
        + "\tNSH, flags [none], service-path-id 0x581763, service-index 0x97\n"
        + "    IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 23458, seq 42909, length 16 (wrong icmp cksum 0 (->27ac)!)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 112)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [R1R2R3R4R5R6], vni 0xda5fef, options [class Experimental (0xfff1) type 0x25 len 8, class Open vSwitch (0x101) type 0x1e len 8]\n"
        + "\tNSH, flags [O], service-path-id 0xfb9b60, service-index 0xf3\n"
        + "    IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 55976, seq 40578, length 16 (wrong icmp cksum 0 (->e352)!)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 58)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [O], vni 0xca2545, options [class Standard (0x0) type 0x6e len 12]\n"
        + "\t [|ip6]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [R1R2R3R4R5R6], vni 0x4c6d7b, options [class Open vSwitch (0x101) type 0x33 len 12, class Experimental (0xfff1) type 0x90(C) len 8]\n"
        + "\tgeneve-proto-0x1234\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 88)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: Geneve, Flags [C], vni 0xcb71ce\n"
        + "\tNSH, flags [O], service-path-id 0x631aa5, service-index 0xea\n"
        + "    IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 58567, seq 40475, length 16 (wrong icmp cksum 0 (->c8fa)!)\n";

    private const string ExpectedVeryVeryVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 110)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [C], vni 0x2545df, options [class Experimental (0xfff1) type 0x2b len 4, class Unknown (0x200) type 0xc9(C) len 12 data 174bdb1e a7084941]\n"
        + "\tNSH, ver 0, flags [O], TTL 51, length 2, md type reserved, next-protocol Ethernet, service-path-id 0xeadfbd, service-index 0xbe\n"
        + "    IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 7050, seq 7483, length 16 (wrong icmp cksum 0 (->da05)!)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 116)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [none], vni 0x9131e0, rsvd 0x5, options [class Open vSwitch (0x101) type 0x3e len 12 data c6545265 221da74d, class VMware (0x104) type 0x4c len 8 data a4deb13a, class Unknown (0x506) type 0x1 len 8 data 2561af7c, class Unknown (0x6c30) type 0xe0(C) len 40 data 2d6d6386 34988e9a 6a5f322d 45000024 00010000 40010000 1e000001 1e000002 08000000, class Unknown (0xf874) type 0xa7(C) len 68 [bad length]]\n"
        + "\t (packet length 0 < 8) (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [none], vni 0xfc0ff0, rsvd 0x5, options [class Standard (0x11) type 0x22 len 80 [bad length]]\n"
        + "\taa:bb:08:00:45:00 > 44:55:66:77:88:99 Null Information, send seq 0, rcv seq 0, Flags [Response], length 32\n"
        + "\t0x0000:  0001 0000 4001 0000 1e00 0001 1e00 0002  ....@...........\n"
        + "\t0x0010:  0800 0000 0457 795e e5b2 d8db cdae       .....Wy^......\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 102)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [R1R2R3R4R5R6], vni 0x196945, options [class Linux (0x100) type 0x65 len 4]\n"
        + "\tde:e8:c1:91:b3:23 Unknown SSAP 0x32 > 01:00:26:02:db:0e Unknown DSAP 0x22 Information, send seq 34, rcv seq 42, Flags [Final], length 17\n"
        + "\t0x0000:  2233 4455 6677 8899 aabb 0800 4500 0024  \"3DUfw......E..$\n"
        + "\t0x0010:  00                                       .\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 88)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [O], vni 0x6e398c, options [class VMware (0x104) type 0x1 len 4, class Experimental (0xfff1) type 0x4f len 12 data cd444466 ae9061df]\n"
        + "\tNSH, ver 0, flags [O], TTL 21, length 6, md type 1, next-protocol unknown (0x09), service-path-id 0x20bf8a, service-index 0xd3\n"
        + "        Context[00]: 0x2b75d3bc\n"
        + "        Context[01]: 0xbe52f8b0\n"
        + "        Context[02]: 0xbd322403\n"
        + "        Context[03]: 0xfa409db8\n"
        + "    ERROR: unknown-next-protocol\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 80)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.4790: [no cksum] VXLAN-GPE, flags [IPBO], vni 3226330\n"
        + "    NSH, ver 0, flags [O], TTL 17, length 2, md type 2, next-protocol IPv4, service-path-id 0x67fecf, service-index 0xb\n"
        + "    IP  [|ip]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 110)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [C], vni 0x50fa6b, options [class Linux (0x100) type 0x32 len 12 data 420eeb2f b9b90bbf, class VMware (0x104) type 0xfa(C) len 12 data ed8eec0a 107af827]\n"
        + "\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 25580, seq 59365, length 16 (wrong icmp cksum 0 (->9d4d)!)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 126)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [O], vni 0x5f24b1, rsvd 0x5, options [class Standard (0x0) type 0xca(C) len 8 data 57c745db, class Standard (0x0) type 0x34 len 8 data dd66c1d1, class Unknown (0x2fc6) type 0x1 len 16 data 6383c77f 0976b824 19b538bd, class Unknown (0x7228) type 0x22 len 124 [bad length]]\n"
        + "\tNSH, ver 0, flags [O], TTL 22, length 5, md type unknown (0x0e), next-protocol NSH,  (too many headers for packet length 10) (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 66)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [O], vni 0xbd7802, options [class Experimental (0xfff1) type 0x4c len 8 data eff8cc3d, class Open vSwitch (0x101) type 0x41 len 12 data 876bb6c8 c19458ae]\n"
        + "\t [|ip6]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [R1R2R3R4R5R6], vni 0xaf799a, options [class Unknown (0x200) type 0x55 len 12 data 109e06ad c1cd2f50, class Experimental (0xfff1) type 0xae(C) len 8 data cc7f6f41]\n"
        + "\tgeneve-proto-0x1234\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 110)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [R1R2R3R4R5R6], vni 0xb8ff3e, rsvd 0x5, options [class Open vSwitch (0x101) type 0x2e len 12 data 4ba8bec1 785f4f02, class Standard (0x0) type 0xcb(C) len 12 data d9fc5997 781918ee]\n"
        + "\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 3482, seq 31529, length 16 (wrong icmp cksum 0 (->2c20)!)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 84)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [none], vni 0x18095a, rsvd 0x5, options [class Unknown (0x200) type 0xea(C) len 12 data f31dedae 3ce645ca]\n"
        + "\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 58893, seq 37837, length 16 (wrong icmp cksum 0 (->da1)!)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 88)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [C], vni 0x330ea3, rsvd 0x5, options [class Standard (0x0) type 0x70 len 8 data 796cdde0, class Open vSwitch (0x101) type 0xbb(C) len 8 data 9dc49118]\n"
        + "\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 53346, seq 54711, length 16 (wrong icmp cksum 0 (->e7ea)!)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [O], vni 0x9dd713, options [class VMware (0x104) type 0x24 len 8 data 080ca403, class Experimental (0xfff1) type 0x11 len 8 data ee19eb8d]\n"
        + "\tNSH, ver 0, flags [none], TTL 18, length 4, md type experimental, next-protocol IPv4, service-path-id 0x581763, service-index 0x97\n"
        + "    IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 23458, seq 42909, length 16 (wrong icmp cksum 0 (->27ac)!)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 112)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [R1R2R3R4R5R6], vni 0xda5fef, options [class Experimental (0xfff1) type 0x25 len 8 data fcf5ad69, class Open vSwitch (0x101) type 0x1e len 8 data 0a2d2387]\n"
        + "\tNSH, ver 0, flags [O], TTL 25, length 6, md type 1, next-protocol IPv4, service-path-id 0xfb9b60, service-index 0xf3\n"
        + "        Context[00]: 0xadd6f83f\n"
        + "        Context[01]: 0xf5f7a927\n"
        + "        Context[02]: 0xb07e2ac2\n"
        + "        Context[03]: 0xda944dfd\n"
        + "    IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 55976, seq 40578, length 16 (wrong icmp cksum 0 (->e352)!)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 58)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [O], vni 0xca2545, options [class Standard (0x0) type 0x6e len 12 data b99faab9 ae51bdfa]\n"
        + "\t [|ip6]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [R1R2R3R4R5R6], vni 0x4c6d7b, options [class Open vSwitch (0x101) type 0x33 len 12 data dbdedc5e 28a31eff, class Experimental (0xfff1) type 0x90(C) len 8 data 3df4f17f]\n"
        + "\tgeneve-proto-0x1234\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 88)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [C], vni 0xcb71ce\n"
        + "\tNSH, ver 0, flags [O], TTL 62, length 4, md type experimental, next-protocol IPv4, service-path-id 0x631aa5, service-index 0xea\n"
        + "    IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 58567, seq 40475, length 16 (wrong icmp cksum 0 (->c8fa)!)\n";

    private const string ExpectedLinkHeaderVeryVerbose =
        "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 124: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 110)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [C], vni 0x2545df, proto NSH (0x894f), options [class Experimental (0xfff1) type 0x2b len 4, class Unknown (0x200) type 0xc9(C) len 12 data 174bdb1e a7084941]\n"
        + "\tNSH, ver 0, flags [O], next-protocol Ethernet, service-path-id 0xeadfbd, service-index 0xbe\n"
        + "    66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 50: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 7050, seq 7483, length 16 (wrong icmp cksum 0 (->da05)!)\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 130: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 116)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [none], vni 0x9131e0, rsvd 0x5, proto NSH (0x894f), options [class Open vSwitch (0x101) type 0x3e len 12 data c6545265 221da74d, class VMware (0x104) type 0x4c len 8 data a4deb13a, class Unknown (0x506) type 0x1 len 8 data 2561af7c, class Unknown (0x6c30) type 0xe0(C) len 40 data 2d6d6386 34988e9a 6a5f322d 45000024 00010000 40010000 1e000001 1e000002 08000000, class Unknown (0xf874) type 0xa7(C) len 68 [bad length]]\n"
        + "\t (packet length 0 < 8) (invalid)\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 100: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [none], vni 0xfc0ff0, rsvd 0x5, proto TEB (0x6558), options [class Standard (0x11) type 0x22 len 80 [bad length]]\n"
        + "\taa:bb:08:00:45:00 > 44:55:66:77:88:99, 802.3, length 32: LLC, dsap Null (0x00) Individual, ssap Null (0x00) Response, ctrl 0x0000: Information, send seq 0, rcv seq 0, Flags [Response], length 32\n"
        + "\t0x0000:  0001 0000 4001 0000 1e00 0001 1e00 0002  ....@...........\n"
        + "\t0x0010:  0800 0000 0457 795e e5b2 d8db cdae       .....Wy^......\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 116: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 102)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [R1R2R3R4R5R6], vni 0x196945, proto TEB (0x6558), options [class Linux (0x100) type 0x65 len 4]\n"
        + "\tde:e8:c1:91:b3:23 > 01:00:26:02:db:0e, 802.3, length 17: LLC, dsap Unknown (0x22) Individual, ssap Unknown (0x32) Response, ctrl 0x5544: Information, send seq 34, rcv seq 42, Flags [Final], length 17\n"
        + "\t0x0000:  2233 4455 6677 8899 aabb 0800 4500 0024  \"3DUfw......E..$\n"
        + "\t0x0010:  00                                       .\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 102: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 88)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [O], vni 0x6e398c, proto NSH (0x894f), options [class VMware (0x104) type 0x1 len 4, class Experimental (0xfff1) type 0x4f len 12 data cd444466 ae9061df]\n"
        + "\tNSH, ver 0, flags [O], next-protocol unknown (0x09), service-path-id 0x20bf8a, service-index 0xd3\n"
        + "    ERROR: unknown-next-protocol\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 94: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 80)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.4790: [no cksum] VXLAN-GPE, flags [IPBO], vni 3226330\n"
        + "    NSH, ver 0, flags [O], next-protocol IPv4, service-path-id 0x67fecf, service-index 0xb\n"
        + "     [|ip]\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 124: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 110)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [C], vni 0x50fa6b, proto TEB (0x6558), options [class Linux (0x100) type 0x32 len 12 data 420eeb2f b9b90bbf, class VMware (0x104) type 0xfa(C) len 12 data ed8eec0a 107af827]\n"
        + "\t66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 50: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 25580, seq 59365, length 16 (wrong icmp cksum 0 (->9d4d)!)\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 140: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 126)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [O], vni 0x5f24b1, rsvd 0x5, proto NSH (0x894f), options [class Standard (0x0) type 0xca(C) len 8 data 57c745db, class Standard (0x0) type 0x34 len 8 data dd66c1d1, class Unknown (0x2fc6) type 0x1 len 16 data 6383c77f 0976b824 19b538bd, class Unknown (0x7228) type 0x22 len 124 [bad length]]\n"
        + "\tNSH, ver 0, flags [O], next-protocol NSH,  (too many headers for packet length 10) (invalid)\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 80: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 66)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [O], vni 0xbd7802, proto IPv6 (0x86dd), options [class Experimental (0xfff1) type 0x4c len 8 data eff8cc3d, class Open vSwitch (0x101) type 0x41 len 12 data 876bb6c8 c19458ae]\n"
        + "\t [|ip6]\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 74: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [R1R2R3R4R5R6], vni 0xaf799a, proto unknown (0x1234), options [class Unknown (0x200) type 0x55 len 12 data 109e06ad c1cd2f50, class Experimental (0xfff1) type 0xae(C) len 8 data cc7f6f41]\n"
        + "\tgeneve-proto-0x1234\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 124: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 110)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [R1R2R3R4R5R6], vni 0xb8ff3e, rsvd 0x5, proto TEB (0x6558), options [class Open vSwitch (0x101) type 0x2e len 12 data 4ba8bec1 785f4f02, class Standard (0x0) type 0xcb(C) len 12 data d9fc5997 781918ee]\n"
        + "\t66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 50: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 3482, seq 31529, length 16 (wrong icmp cksum 0 (->2c20)!)\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 98: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 84)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [none], vni 0x18095a, rsvd 0x5, proto IPv4 (0x0800), options [class Unknown (0x200) type 0xea(C) len 12 data f31dedae 3ce645ca]\n"
        + "\t(tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 58893, seq 37837, length 16 (wrong icmp cksum 0 (->da1)!)\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 102: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 88)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [C], vni 0x330ea3, rsvd 0x5, proto IPv4 (0x0800), options [class Standard (0x0) type 0x70 len 8 data 796cdde0, class Open vSwitch (0x101) type 0xbb(C) len 8 data 9dc49118]\n"
        + "\t(tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 53346, seq 54711, length 16 (wrong icmp cksum 0 (->e7ea)!)\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 118: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [O], vni 0x9dd713, proto NSH (0x894f), options [class VMware (0x104) type 0x24 len 8 data 080ca403, class Experimental (0xfff1) type 0x11 len 8 data ee19eb8d]\n"
        + "\tNSH, ver 0, flags [none], next-protocol IPv4, service-path-id 0x581763, service-index 0x97\n"
        + "    (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 23458, seq 42909, length 16 (wrong icmp cksum 0 (->27ac)!)\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 126: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 112)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [R1R2R3R4R5R6], vni 0xda5fef, proto NSH (0x894f), options [class Experimental (0xfff1) type 0x25 len 8 data fcf5ad69, class Open vSwitch (0x101) type 0x1e len 8 data 0a2d2387]\n"
        + "\tNSH, ver 0, flags [O], next-protocol IPv4, service-path-id 0xfb9b60, service-index 0xf3\n"
        + "    (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 55976, seq 40578, length 16 (wrong icmp cksum 0 (->e352)!)\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 72: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 58)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [O], vni 0xca2545, proto IPv6 (0x86dd), options [class Standard (0x0) type 0x6e len 12 data b99faab9 ae51bdfa]\n"
        + "\t [|ip6]\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 74: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [R1R2R3R4R5R6], vni 0x4c6d7b, proto unknown (0x1234), options [class Open vSwitch (0x101) type 0x33 len 12 data dbdedc5e 28a31eff, class Experimental (0xfff1) type 0x90(C) len 8 data 3df4f17f]\n"
        + "\tgeneve-proto-0x1234\n"
        + "66:77:88:99:aa:bb > 00:11:22:33:44:55, ethertype IPv4 (0x0800), length 102: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 88)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.6081: [no cksum] Geneve, Flags [C], vni 0xcb71ce, proto NSH (0x894f)\n"
        + "\tNSH, ver 0, flags [O], next-protocol IPv4, service-path-id 0x631aa5, service-index 0xea\n"
        + "    (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 36, bad cksum 0 (->3ed6)!)\n"
        + "    30.0.0.1 > 30.0.0.2: ICMP echo request, id 58567, seq 40475, length 16 (wrong icmp cksum 0 (->c8fa)!)\n";
}
