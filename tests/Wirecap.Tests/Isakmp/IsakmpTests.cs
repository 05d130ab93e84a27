using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Isakmp;

/// <summary>
/// ISAKMP/IKEv1/IKEv2 (print-isakmp.c), RFC 3948 NAT-T on port 4500, ESP (print-esp.c) and IPComp
/// (print-ipcomp.c) against tcpdump 4.99.3: synthetic frames (IKEv1 main and quick mode payloads, an
/// IKEv2 exchange, encrypted messages, keep-alive, ESP in UDP, some cut short, some with payload
/// lengths that do not fit) written to a pcap and printed with "tcpdump -t -n [-v|-vvv|-vvvv]", whose
/// output is the expected text here. The frames are printed in one run, so the initiator cookie seen
/// in the first one makes the second (sent back) the responder's.
/// </summary>
public class IsakmpTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("00112233445566778899aabb08004500008800010000401166620a0000010a00000201f401f4007400000102030405060708000000000000000001100200000000000000006c0d00003c00000001000000010000003001010001000000280101000080010007800e0080800200028004000e80030001800b0001000c00040001518000000014000102030405060708090a0b0c0d0e0f", 150),
        ("00112233445566778899aabb08004500008800010000401166620a0000020a00000101f401f4007400000102030405060708a1a2a3a4a5a6a7a801100200000000000000006c0d00003c00000001000000010000003001010001000000280101000080010007800e0080800200028004000e80030001800b0001000c00040001518000000014000102030405060708090a0b0c0d0e0f", 150),
        ("00112233445566778899aabb0800450000d400010000401166160a0000010a00000201f401f400c000000102030405060708a1a2a3a4a5a6a7a80410020000000000000000b80a000024000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f0500002c000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20212223242526270800000c011101f4c0a801010b00001800000000000000000000000000000000000000000c0000140000000103046001deadbeef000000010000001400000001030400020000000111111112", 226),
        ("00112233445566778899aabb0800450000ac000100004011663e0a0000010a00000201f401f4009800000102030405060708a1a2a3a4a5a6a7a8081020001122334400000090010000180000000000000000000000000000000000000000050000380000000100000002000000050000002801030401cafebabe0000001c010c0000800100010002000400000e10800400018005000205000010040000000a010000ffff0000000000140206005076706e2e6578616d706c6501", 186),
        ("00112233445566778899aabb08004500004800010000401166a20a0000010a00000201f401f4003400000102030405060708a1a2a3a4a5a6a7a808100503000000550000003000000010000000000000000000000000", 86),
        ("00112233445566778899aabb0800450000d800010000401166120a0000010a00000201f401f400c40000010203040506070800000000000000002120220800000000000000bc220000300000002c010100040300000c0100000c800e010003000008020000020300000803000002000000080400000e28000018000e0000000102030405060708090a0b0c0d0e0f2900001c000102030405060708090a0b0c0d0e0f10111213141516172b00001c0000400400000000000000000000000000000000000000002b000010000040060001020304050607000000107374726f6e675377616e0001", 230),
        ("00112233445566778899aabb08004500009900010000401166510a0000010a00000201f4119400850000000000000102030405060708a1a2a3a4a5a6a7a82320232000000001000000792700001502000000616c6963652e6578616d706c652c80001c02000000000102030405060708090a0b0c0d0e0f101112132e0000100000000000000000000000002400001c000102030405060708090a0b0c0d0e0f1011121314151617", 167),
        ("00112233445566778899aabb08004500001d00010000401166cd0a0000010a0000021194119400090000ff", 43),
        ("00112233445566778899aabb08004500002c00010000401166be0a0000010a000002119411940018000000001234000000050102030405060708", 58),
        ("00112233445566778899aabb08004500002000010000403266a90a0000010a00000212345678000000090a0b0c0d", 46),
        ("00112233445566778899aabb08004500001c00010000406c66730a0000010a0000020400abcd11223344", 42),
        ("00112233445566778899aabb0800450000d400010000401166160a0000010a00000201f401f400c000000102030405060708a1a2a3a4a5a6a7a80410020000000000000000b80a000024000102030405060708090a0b0c0d0e0f10111213141516171819", 226),
        ("00112233445566778899aabb0800450000d800010000401166120a0000010a00000201f401f400c40000010203040506070800000000000000002120220800000000000000bc220000300000002c010100040300000c0100000c800e010003000008020000020300000803000002", 230),
        ("00112233445566778899aabb08004500008800010000401166620a0000010a00000201f401f4007400000102030405060708000000000000000001100200", 150),
        ("00112233445566778899aabb08004500002000010000403266a90a0000010a0000021234567800000009", 46),
        ("00112233445566778899aabb08004500001c00010000406c66730a0000010a0000020400ab", 42),
        ("00112233445566778899aabb08004500002c00010000401166be0a0000010a00000211941194001800000000", 58),
        ("00112233445566778899aabb08004500004400010000401166a60a0000010a00000201f401f40030000001020304050607080000000000000000011002000000000000000028000000020000000000000000", 82),
        ("00112233445566778899aabb08004500005200010000401166980a0000010a00000201f401f4003e0000010203040506070800000000000000002120220800000000000000360000001a00000016010100010000000e0100000c000e00280000", 96),
        ("00112233445566778899aabb08004500008400010000401166660a0000010a00000201f401f40070000001020304050607080000000000000000212022080000000000000068000000140000002c010100040300000c0100000c800e010003000008020000020300000803000002000000080400000e00000000000000000000000000000000000000000000000000000000", 146),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    [Fact]
    public void VeryVerbose() => Assert.Equal(ExpectedVeryVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 3 }));

    [Fact]
    public void Verbose4() => Assert.Equal(ExpectedVerbose4, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 4 }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I ident\n"
        + "IP 10.0.0.2.500 > 10.0.0.1.500: isakmp: phase 1 R ident\n"
        + "IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I ident\n"
        + "IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 2/others I oakley-quick\n"
        + "IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 2/others I inf[EC]\n"
        + "IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: parent_sa ikev2_init[I]\n"
        + "IP 10.0.0.1.500 > 10.0.0.2.4500: isakmp:\n"
        + "IP 10.0.0.1.4500 > 10.0.0.2.4500: isakmp-nat-keep-alive\n"
        + "IP 10.0.0.1.4500 > 10.0.0.2.4500: UDP-encap: ESP(spi=0x00001234,seq=0x5), length 16\n"
        + "IP 10.0.0.1 > 10.0.0.2: ESP(spi=0x12345678,seq=0x9), length 12\n"
        + "IP 10.0.0.1 > 10.0.0.2: IPComp(cpi=0xabcd)\n"
        + "IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I ident\n"
        + "IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: parent_sa ikev2_init[I]\n"
        + "IP 10.0.0.1.500 > 10.0.0.2.500:  [|isakmp]\n"
        + "IP 10.0.0.1 > 10.0.0.2:  [|esp]\n"
        + "IP 10.0.0.1 > 10.0.0.2:  [|ipcomp]\n"
        + "IP 10.0.0.1.4500 > 10.0.0.2.4500:  [|isakmp_rfc3948]\n"
        + "IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I ident\n"
        + "IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: parent_sa ikev2_init[I]\n"
        + "IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: parent_sa ikev2_init[I]\n";

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 136)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: isakmp 1.0 msgid 00000000: phase 1 I ident:\n"
        + "    (sa: doi=ipsec situation=identity\n"
        + "        (p: #1 protoid=isakmp transform=1\n"
        + "            (t: #1 id=ike (type=enc value=aes)(type=keylen value=0080)(type=hash value=sha1)(type=group desc value=modp2048)(type=auth value=preshared)(type=lifetype value=sec)(type=lifeduration len=4 value=00015180))))\n"
        + "    (vid: len=16)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 136)\n"
        + "    10.0.0.2.500 > 10.0.0.1.500: isakmp 1.0 msgid 00000000: phase 1 R ident:\n"
        + "    (sa: doi=ipsec situation=identity\n"
        + "        (p: #1 protoid=isakmp transform=1\n"
        + "            (t: #1 id=ike (type=enc value=aes)(type=keylen value=0080)(type=hash value=sha1)(type=group desc value=modp2048)(type=auth value=preshared)(type=lifetype value=sec)(type=lifeduration len=4 value=00015180))))\n"
        + "    (vid: len=16)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 212)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: isakmp 1.0 msgid 00000000: phase 1 I ident:\n"
        + "    (ke: key len=32)\n"
        + "    (nonce: n len=40)\n"
        + "    (id: idtype=IPv4 protoid=17 port=500 len=4 192.168.1.1)\n"
        + "    (hash: len=20)\n"
        + "    (n: doi=ipsec proto=ipsec-esp type=REPLAY-STATUS spi=deadbeef status=(replay detection enabled))\n"
        + "    (d: doi=ipsec proto=ipsec-esp spilen=4 nspi=2 spi=00000001,11111112)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 172)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: isakmp 1.0 msgid 11223344: phase 2/others I oakley-quick:\n"
        + "    (hash: len=20)\n"
        + "    (sa: doi=ipsec situation=secrecy ident=1\n"
        + "        (p: #1 protoid=ipsec-esp transform=1 spi=cafebabe\n"
        + "            (t: #1 id=aes (type=lifetype value=sec)(type=life len=4 value=00000e10)(type=enc mode value=tunnel)(type=auth value=hmac-sha1))))\n"
        + "    (id: idtype=IPv4net protoid=0 port=0 len=8 10.1.0.0/255.255.0.0)\n"
        + "    (id: idtype=FQDN protoid=6 port=80 len=12 vpn.example^A)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: isakmp 1.0 msgid 00000055: phase 2/others I inf[EC]: [encrypted hash] (len mismatch: isakmp 48/ip 44)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 216)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: isakmp 2.0 msgid 00000000: parent_sa ikev2_init[I]:\n"
        + "    (sa: len=44\n"
        + "        (p: #1 protoid=isakmp transform=4 len=44\n"
        + "            (t: #1 type=encr id=aes (type=keylen value=0100))\n"
        + "            (t: #2 type=prf id=hmac-sha )\n"
        + "            (t: #3 type=integ id=hmac-sha )\n"
        + "            (t: #4 type=dh id=modp2048 )))\n"
        + "    (v2ke: len=16 group=modp2048)\n"
        + "    (nonce: len=24 data=(00010203040506070809...04050607000000107374726f6e675377616e0001))\n"
        + "    (n: prot_id=#0 type=16388(nat_detection_source_ip))\n"
        + "    (v2vid: len=12 vid=..@.........)\n"
        + "    (v2vid: len=12 vid=strongSwan..)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 153)\n"
        + "    10.0.0.1.500 > 10.0.0.2.4500: isakmp 10.6 msgid 23202320:\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 29)\n"
        + "    10.0.0.1.4500 > 10.0.0.2.4500: isakmp-nat-keep-alive\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 44)\n"
        + "    10.0.0.1.4500 > 10.0.0.2.4500: UDP-encap: ESP(spi=0x00001234,seq=0x5), length 16\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ESP (50), length 32)\n"
        + "    10.0.0.1 > 10.0.0.2: ESP(spi=0x12345678,seq=0x9), length 12\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto Compressed IP (108), length 28)\n"
        + "    10.0.0.1 > 10.0.0.2: IPComp(cpi=0xabcd)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 212)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: isakmp 1.0 msgid 00000000: phase 1 I ident: [|ke]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 216)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: isakmp 2.0 msgid 00000000: parent_sa ikev2_init[I]: [|v2sa]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 136)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500:  [|isakmp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ESP (50), length 32)\n"
        + "    10.0.0.1 > 10.0.0.2:  [|esp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto Compressed IP (108), length 28)\n"
        + "    10.0.0.1 > 10.0.0.2:  [|ipcomp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 44)\n"
        + "    10.0.0.1.4500 > 10.0.0.2.4500:  [|isakmp_rfc3948]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 68)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: isakmp 1.0 msgid 00000000: phase 1 I ident:\n"
        + "    ()\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 82)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: isakmp 2.0 msgid 00000000: parent_sa ikev2_init[I]:\n"
        + "    (sa: len=22\n"
        + "        (p: #1 protoid=isakmp transform=1 len=22\n"
        + "            (t: #1 type=encr id=aes [|attr])))\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 132)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: isakmp 2.0 msgid 00000000: parent_sa ikev2_init[I]:\n"
        + "    (sa: len=16 [|v2sa])\n";

    private const string ExpectedVeryVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 136)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 1.0 msgid 00000000 cookie 0102030405060708->0000000000000000: phase 1 I ident:\n"
        + "    (sa: doi=ipsec situation=identity\n"
        + "        (p: #1 protoid=isakmp transform=1\n"
        + "            (t: #1 id=ike (type=enc value=aes)(type=keylen value=0080)(type=hash value=sha1)(type=group desc value=modp2048)(type=auth value=preshared)(type=lifetype value=sec)(type=lifeduration len=4 value=00015180))))\n"
        + "    (vid: len=16 000102030405060708090a0b0c0d0e0f)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 136)\n"
        + "    10.0.0.2.500 > 10.0.0.1.500: [no cksum] isakmp 1.0 msgid 00000000 cookie 0102030405060708->a1a2a3a4a5a6a7a8: phase 1 R ident:\n"
        + "    (sa: doi=ipsec situation=identity\n"
        + "        (p: #1 protoid=isakmp transform=1\n"
        + "            (t: #1 id=ike (type=enc value=aes)(type=keylen value=0080)(type=hash value=sha1)(type=group desc value=modp2048)(type=auth value=preshared)(type=lifetype value=sec)(type=lifeduration len=4 value=00015180))))\n"
        + "    (vid: len=16 000102030405060708090a0b0c0d0e0f)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 212)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 1.0 msgid 00000000 cookie 0102030405060708->a1a2a3a4a5a6a7a8: phase 1 I ident:\n"
        + "    (ke: key len=32 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f)\n"
        + "    (nonce: n len=40 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2021222324252627)\n"
        + "    (id: idtype=IPv4 protoid=17 port=500 len=4 192.168.1.1)\n"
        + "    (hash: len=20 0000000000000000000000000000000000000000)\n"
        + "    (n: doi=ipsec proto=ipsec-esp type=REPLAY-STATUS spi=deadbeef status=(replay detection enabled))\n"
        + "    (d: doi=ipsec proto=ipsec-esp spilen=4 nspi=2 spi=00000001,11111112)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 172)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 1.0 msgid 11223344 cookie 0102030405060708->a1a2a3a4a5a6a7a8: phase 2/others I oakley-quick:\n"
        + "    (hash: len=20 0000000000000000000000000000000000000000)\n"
        + "    (sa: doi=ipsec situation=secrecy ident=1\n"
        + "        (p: #1 protoid=ipsec-esp transform=1 spi=cafebabe\n"
        + "            (t: #1 id=aes (type=lifetype value=sec)(type=life len=4 value=00000e10)(type=enc mode value=tunnel)(type=auth value=hmac-sha1))))\n"
        + "    (id: idtype=IPv4net protoid=0 port=0 len=8 10.1.0.0/255.255.0.0)\n"
        + "    (id: idtype=FQDN protoid=6 port=80 len=12 vpn.example^A)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 1.0 msgid 00000055 cookie 0102030405060708->a1a2a3a4a5a6a7a8: phase 2/others I inf[EC]: [encrypted hash] (len mismatch: isakmp 48/ip 44)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 216)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 2.0 msgid 00000000 cookie 0102030405060708->0000000000000000: parent_sa ikev2_init[I]:\n"
        + "    (sa: len=44\n"
        + "        (p: #1 protoid=isakmp transform=4 len=44\n"
        + "            (t: #1 type=encr id=aes (type=keylen value=0100))\n"
        + "            (t: #2 type=prf id=hmac-sha )\n"
        + "            (t: #3 type=integ id=hmac-sha )\n"
        + "            (t: #4 type=dh id=modp2048 )))\n"
        + "    (v2ke: len=16 group=modp2048 000102030405060708090a0b0c0d0e0f)\n"
        + "    (nonce: len=24 nonce=(000102030405060708090a0b0c0d0e0f1011121314151617) )\n"
        + "    (n: prot_id=#0 type=16388(nat_detection_source_ip))\n"
        + "    (v2vid: len=12 vid=..@......... 000040060001020304050607)\n"
        + "    (v2vid: len=12 vid=strongSwan.. 7374726f6e675377616e0001)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 153)\n"
        + "    10.0.0.1.500 > 10.0.0.2.4500: [no cksum] isakmp 10.6 msgid 23202320 cookie 0000000001020304->05060708a1a2a3a4:\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 29)\n"
        + "    10.0.0.1.4500 > 10.0.0.2.4500: [no cksum] isakmp-nat-keep-alive\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 44)\n"
        + "    10.0.0.1.4500 > 10.0.0.2.4500: [no cksum] UDP-encap: ESP(spi=0x00001234,seq=0x5), length 16\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ESP (50), length 32)\n"
        + "    10.0.0.1 > 10.0.0.2: ESP(spi=0x12345678,seq=0x9), length 12\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto Compressed IP (108), length 28)\n"
        + "    10.0.0.1 > 10.0.0.2: IPComp(cpi=0xabcd)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 212)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 1.0 msgid 00000000 cookie 0102030405060708->a1a2a3a4a5a6a7a8: phase 1 I ident: [|ke]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 216)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 2.0 msgid 00000000 cookie 0102030405060708->0000000000000000: parent_sa ikev2_init[I]: [|v2sa]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 136)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum]  [|isakmp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ESP (50), length 32)\n"
        + "    10.0.0.1 > 10.0.0.2:  [|esp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto Compressed IP (108), length 28)\n"
        + "    10.0.0.1 > 10.0.0.2:  [|ipcomp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 44)\n"
        + "    10.0.0.1.4500 > 10.0.0.2.4500: [no cksum]  [|isakmp_rfc3948]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 68)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 1.0 msgid 00000000 cookie 0102030405060708->0000000000000000: phase 1 I ident:\n"
        + "    ()\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 82)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 2.0 msgid 00000000 cookie 0102030405060708->0000000000000000: parent_sa ikev2_init[I]:\n"
        + "    (sa: len=22\n"
        + "        (p: #1 protoid=isakmp transform=1 len=22\n"
        + "            (t: #1 type=encr id=aes [|attr])))\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 132)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 2.0 msgid 00000000 cookie 0102030405060708->0000000000000000: parent_sa ikev2_init[I]:\n"
        + "    (sa: len=16 [|v2sa])\n";

    private const string ExpectedVerbose4 =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 136)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 1.0 msgid 00000000 cookie 0102030405060708->0000000000000000: phase 1 I ident:\n"
        + "    (sa: doi=ipsec situation=identity\n"
        + "        (p: #1 protoid=isakmp transform=1\n"
        + "            (t: #1 id=ike (type=enc value=aes)(type=keylen value=0080)(type=hash value=sha1)(type=group desc value=modp2048)(type=auth value=preshared)(type=lifetype value=sec)(type=lifeduration len=4 value=00015180))))\n"
        + "    (vid: len=16 000102030405060708090a0b0c0d0e0f)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 136)\n"
        + "    10.0.0.2.500 > 10.0.0.1.500: [no cksum] isakmp 1.0 msgid 00000000 cookie 0102030405060708->a1a2a3a4a5a6a7a8: phase 1 R ident:\n"
        + "    (sa: doi=ipsec situation=identity\n"
        + "        (p: #1 protoid=isakmp transform=1\n"
        + "            (t: #1 id=ike (type=enc value=aes)(type=keylen value=0080)(type=hash value=sha1)(type=group desc value=modp2048)(type=auth value=preshared)(type=lifetype value=sec)(type=lifeduration len=4 value=00015180))))\n"
        + "    (vid: len=16 000102030405060708090a0b0c0d0e0f)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 212)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 1.0 msgid 00000000 cookie 0102030405060708->a1a2a3a4a5a6a7a8: phase 1 I ident:\n"
        + "    (ke: key len=32 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f)\n"
        + "    (nonce: n len=40 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2021222324252627)\n"
        + "    (id: idtype=IPv4 protoid=17 port=500 len=4 192.168.1.1)\n"
        + "    (hash: len=20 0000000000000000000000000000000000000000)\n"
        + "    (n: doi=ipsec proto=ipsec-esp type=REPLAY-STATUS spi=deadbeef status=(replay detection enabled))\n"
        + "    (d: doi=ipsec proto=ipsec-esp spilen=4 nspi=2 spi=00000001,11111112)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 172)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 1.0 msgid 11223344 cookie 0102030405060708->a1a2a3a4a5a6a7a8: phase 2/others I oakley-quick:\n"
        + "    (hash: len=20 0000000000000000000000000000000000000000)\n"
        + "    (sa: doi=ipsec situation=secrecy ident=1\n"
        + "        (p: #1 protoid=ipsec-esp transform=1 spi=cafebabe\n"
        + "            (t: #1 id=aes (type=lifetype value=sec)(type=life len=4 value=00000e10)(type=enc mode value=tunnel)(type=auth value=hmac-sha1))))\n"
        + "    (id: idtype=IPv4net protoid=0 port=0 len=8 10.1.0.0/255.255.0.0)\n"
        + "    (id: idtype=FQDN protoid=6 port=80 len=12 vpn.example^A)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 1.0 msgid 00000055 cookie 0102030405060708->a1a2a3a4a5a6a7a8: phase 2/others I inf[EC]: [encrypted hash] (len mismatch: isakmp 48/ip 44)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 216)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 2.0 msgid 00000000 cookie 0102030405060708->0000000000000000: parent_sa ikev2_init[I]:\n"
        + "    (sa: len=44\n"
        + "        (p: #1 protoid=isakmp transform=4 len=44\n"
        + "            (t: #1 type=encr id=aes (type=keylen value=0100))\n"
        + "            (t: #2 type=prf id=hmac-sha )\n"
        + "            (t: #3 type=integ id=hmac-sha )\n"
        + "            (t: #4 type=dh id=modp2048 )))\n"
        + "    (v2ke: len=16 group=modp2048 000102030405060708090a0b0c0d0e0f)\n"
        + "    (nonce: len=24 nonce=(000102030405060708090a0b0c0d0e0f1011121314151617) )\n"
        + "    (n: prot_id=#0 type=16388(nat_detection_source_ip) data=(00000000000000000000000000000000000000002b000010000040060001020304050607000000107374726f6e675377616e0001))\n"
        + "    (v2vid: len=12 vid=..@......... 000040060001020304050607)\n"
        + "    (v2vid: len=12 vid=strongSwan.. 7374726f6e675377616e0001)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 153)\n"
        + "    10.0.0.1.500 > 10.0.0.2.4500: [no cksum] isakmp 10.6 msgid 23202320 cookie 0000000001020304->05060708a1a2a3a4:\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 29)\n"
        + "    10.0.0.1.4500 > 10.0.0.2.4500: [no cksum] isakmp-nat-keep-alive\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 44)\n"
        + "    10.0.0.1.4500 > 10.0.0.2.4500: [no cksum] UDP-encap: ESP(spi=0x00001234,seq=0x5), length 16\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ESP (50), length 32)\n"
        + "    10.0.0.1 > 10.0.0.2: ESP(spi=0x12345678,seq=0x9), length 12\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto Compressed IP (108), length 28)\n"
        + "    10.0.0.1 > 10.0.0.2: IPComp(cpi=0xabcd)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 212)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 1.0 msgid 00000000 cookie 0102030405060708->a1a2a3a4a5a6a7a8: phase 1 I ident: [|ke]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 216)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 2.0 msgid 00000000 cookie 0102030405060708->0000000000000000: parent_sa ikev2_init[I]: [|v2sa]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 136)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum]  [|isakmp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ESP (50), length 32)\n"
        + "    10.0.0.1 > 10.0.0.2:  [|esp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto Compressed IP (108), length 28)\n"
        + "    10.0.0.1 > 10.0.0.2:  [|ipcomp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 44)\n"
        + "    10.0.0.1.4500 > 10.0.0.2.4500: [no cksum]  [|isakmp_rfc3948]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 68)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 1.0 msgid 00000000 cookie 0102030405060708->0000000000000000: phase 1 I ident:\n"
        + "    ()\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 82)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 2.0 msgid 00000000 cookie 0102030405060708->0000000000000000: parent_sa ikev2_init[I]:\n"
        + "    (sa: len=22\n"
        + "        (p: #1 protoid=isakmp transform=1 len=22\n"
        + "            (t: #1 type=encr id=aes [|attr])))\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 132)\n"
        + "    10.0.0.1.500 > 10.0.0.2.500: [no cksum] isakmp 2.0 msgid 00000000 cookie 0102030405060708->0000000000000000: parent_sa ikev2_init[I]:\n"
        + "    (sa: len=16 [|v2sa])\n";
}
