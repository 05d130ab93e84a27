using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Wlan;

/// <summary>
/// AppleTalk (print-atalk.c: AARP, DDP, ATP, NBP, LLAP) and ARCNET (print-arcnet.c) against tcpdump
/// 4.99.3: synthetic frames, some cut short or malformed, printed by "tcpdump -t -n [-v|-e]".
/// </summary>
public class AppleTalkTests
{
    private static readonly (string Hex, int WireLength)[] EtherFrames =
    [
        ("ffffffffffff00112233445580f30001809b0604000100112233445500ff010a00000000000000ff0114", 42),
        ("ffffffffffff00112233445580f30001809b0604000200112233445500ff010a00000000000000ff0114", 42),
        ("ffffffffffff00112233445580f30001809b0604000300112233445500ff010a00000000000000ff0114", 42),
        ("ffffffffffff00112233445580f30001809b0604000900112233445500ff010a00000000000000ff0114", 42),
        ("ffffffffffff00112233445580f30002809b0604000100112233445500ff010a00000000000000ff0114", 42),
        ("ffffffffffff00112233445580f30001809b0604", 42),
        ("ffffffffffff001122334455809b00150000000100020a1404800401020304", 31),
        ("ffffffffffff001122334455809b0015000000010002ff140480040102", 29),
        ("ffffffffffff001122334455809b00150000000100020a140480034007123400000000", 35),
        ("ffffffffffff001122334455809b00150000000100020a140480037005123400000001aabb", 37),
        ("ffffffffffff001122334455809b00150000000100020a14048003b803123400000000", 35),
        ("ffffffffffff001122334455809b00150000000100020a14048003f8ff1234000000ff", 35),
        ("ffffffffffff001122334455809b00150000000100020a140480030001", 29),
        ("ffffffffffff001122334455809b00150000000100020a1404800221070002148000036162630474797065012a", 45),
        ("ffffffffffff001122334455809b00150000000100020a1404800212070003158102036162630474797065012a", 45),
        ("ffffffffffff001122334455809b00150000000100020a1404800232070002148001036162630474797065012a00091482030178017921", 55),
        ("ffffffffffff001122334455809b00150000000100020a14048002320700021480010361", 36),
        ("ffffffffffff001122334455809b00150000000100020a14048002510700000000000000", 36),
        ("ffffffffffff001122334455809b00150000000100020a140480022107", 29),
        ("ffffffffffff001122334455809b00150000000100020a14048058", 27),
        ("ffffffffffff001122334455809b0015000000010002", 22),
        ("ffffffffffff001122334455809b0005", 60),
    ];

    [Fact]
    public void EtherDefault() => Assert.Equal(ExpectedEtherDefault,
        InProcessPrint.HexFrames(EtherFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    private const string ExpectedEtherDefault =
        "aarp who-has 65281.20 tell 65281.10\n"
        + "aarp reply 65281.10 is-at 00:11:22:33:44:55\n"
        + "aarp probe 65281.20 tell 65281.10\n"
        + "aarp len 28 op 9 htype 1 ptype 0x809b halen 6 palen 4\n"
        + "aarp len 28 op 1 htype 2 ptype 0x809b halen 6 palen 4\n"
        + "aarp  [|aarp]\n"
        + "AT 2.20.128 > 1.10.4:  at-echo 4\n"
        + "AT 2.20.128 > 1.4:  at-echo 2\n"
        + "AT 2.20.128 > 1.10.4:  atp-req* 4660<0-2>\n"
        + "AT 2.20.128 > 1.10.4:  atp-req  4660<0,2> [len=2] [EOM] 0x1\n"
        + "AT 2.20.128 > 1.10.4:  atp-resp*4660:3 (0) [XO,STS]\n"
        + "AT 2.20.128 > 1.10.4:  atp-rel  4660<0-7>[XO,EOM,STS] 0xff\n"
        + "AT 2.20.128 > 1.10.4:  [|atalk]\n"
        + "AT 2.20.128 > 1.10.4:  nbp-lkup 7: \"abc:type@*\"\n"
        + "AT 2.20.128 > 1.10.4:  nbp-brRq 7: \"abc:type@*\" [ntup=2] [enum=2] [addr=3.21.129]\n"
        + "AT 2.20.128 > 1.10.4:  nbp-reply 7: \"abc:type@*\" \"x:y@[len=33](3) 130 [addr=9.20]\n"
        + "AT 2.20.128 > 1.10.4:  truncated-nbp 9\n"
        + "AT 2.20.128 > 1.10.4:  truncated-nbp 9\n"
        + "AT 2.20.128 > 1.10.4:  truncated-nbp 2\n"
        + "AT 2.20.128 > 1.10.4:  [|eigrp]\n"
        + "AT  [|ddp 8]\n"
        + "AT  [|ddp]\n";

    [Fact]
    public void EtherVerbose() => Assert.Equal(ExpectedEtherVerbose,
        InProcessPrint.HexFrames(EtherFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedEtherVerbose =
        "aarp who-has 65281.20 tell 65281.10\n"
        + "aarp reply 65281.10 is-at 00:11:22:33:44:55\n"
        + "aarp probe 65281.20 tell 65281.10\n"
        + "aarp len 28 op 9 htype 1 ptype 0x809b halen 6 palen 4\n"
        + "aarp len 28 op 1 htype 2 ptype 0x809b halen 6 palen 4\n"
        + "aarp  [|aarp]\n"
        + "et1 AT 2.20.128 > 1.10.4:  at-echo 4\n"
        + "et1 AT 2.20.128 > 1.4:  at-echo 2\n"
        + "et1 AT 2.20.128 > 1.10.4:  atp-req* 4660<0-2>\n"
        + "et1 AT 2.20.128 > 1.10.4:  atp-req  4660<0,2> [len=2] [EOM] 0x1\n"
        + "et1 AT 2.20.128 > 1.10.4:  atp-resp*4660:3 (0) [XO,STS]\n"
        + "et1 AT 2.20.128 > 1.10.4:  atp-rel  4660<0-7>[XO,EOM,STS] 0xff\n"
        + "et1 AT 2.20.128 > 1.10.4:  [|atalk]\n"
        + "et1 AT 2.20.128 > 1.10.4:  nbp-lkup 7: \"abc:type@*\"\n"
        + "et1 AT 2.20.128 > 1.10.4:  nbp-brRq 7: \"abc:type@*\" [ntup=2] [enum=2] [addr=3.21.129]\n"
        + "et1 AT 2.20.128 > 1.10.4:  nbp-reply 7: \"abc:type@*\" \"x:y@[len=33](3) 130 [addr=9.20]\n"
        + "et1 AT 2.20.128 > 1.10.4:  truncated-nbp 9\n"
        + "et1 AT 2.20.128 > 1.10.4:  truncated-nbp 9\n"
        + "et1 AT 2.20.128 > 1.10.4:  truncated-nbp 2\n"
        + "et1 AT 2.20.128 > 1.10.4:  [|eigrp]\n"
        + "et1 AT  [|ddp 8]\n"
        + "et1 AT  [|ddp]\n";

    private static readonly (string Hex, int WireLength)[] LtalkFrames =
    [
        ("0a1401000a0480040102030405", 13),
        ("0a1401000a0480034007123400000000", 16),
        ("0a140200150000000100020a14048004aabb", 18),
        ("0a144b00010203", 7),
        ("0a14010005", 14),
        ("0a14020015", 20),
        ("0a14", 2),
        ("0a140100", 4),
    ];

    [Fact]
    public void LtalkDefault() => Assert.Equal(ExpectedLtalkDefault,
        InProcessPrint.HexFrames(LtalkFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }, linkType: 114));

    private const string ExpectedLtalkDefault =
        "0.20.128 > 0.10.4: at-echo 5\n"
        + "0.20.128 > 0.10.4: atp-req* 4660<0-2>\n"
        + "2.20.128 > 1.10.4: at-echo 2\n"
        + "20 > 10 at-lap#75 4\n"
        + " [|sddp]\n"
        + " [|ddp]\n"
        + " [|llap 2]\n"
        + " [|sddp 1]\n";

    private static readonly (string Hex, int WireLength)[] KipFrames =
    [
        ("00000000000100000000000208004500003e00010000401166ac0a0000010a00000203000300002a00000a140200150000000100020a1404800221070002148000036162630474797065012a", 76),
        ("00000000000100000000000208004500002400010000401166c60a0000010a00000204d24081001000000a1401000a048004", 50),
        ("00000000000100000000000208004500002400010000401166c60a0000010a00000204d24081001000000a1403000a048004", 50),
    ];

    [Fact]
    public void KipDefault() => Assert.Equal(ExpectedKipDefault,
        InProcessPrint.HexFrames(KipFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    private const string ExpectedKipDefault =
        "IP 10.0.0.1.768 > 10.0.0.2.768: 2.20.128 > 1.10.4: nbp-lkup 7: \"abc:type@*\"\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.16513: UDP, length 8\n"
        + "IP 10.0.0.1.1234 > 10.0.0.2.16513: UDP, length 8\n";

    [Fact]
    public void KipVerbose() => Assert.Equal(ExpectedKipVerbose,
        InProcessPrint.HexFrames(KipFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedKipVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 62)\n"
        + "    10.0.0.1.768 > 10.0.0.2.768: kip 2.20.128 > 1.10.4: nbp-lkup 7: \"abc:type@*\"\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 36)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.16513: UDP, length 8\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 36)\n"
        + "    10.0.0.1.1234 > 10.0.0.2.16513: UDP, length 8\n";

    private static readonly (string Hex, int WireLength)[] ArcnetLinuxFrames =
    [
        ("0a140000dd00000000150000000100020a140480040102", 23),
        ("0a140000f04500001c00010000400100000a0000010a0000020800f7ff00000000", 33),
        ("0a140000fa000000ffff001e0011000000010000000000010451000000020000000000024000", 38),
        ("0a140000cc00000001020304", 12),
        ("0a140000dd00", 6),
        ("0a1400", 3),
    ];

    [Fact]
    public void ArcnetLinuxDefault() => Assert.Equal(ExpectedArcnetLinuxDefault,
        InProcessPrint.HexFrames(ArcnetLinuxFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }, linkType: 129));

    private const string ExpectedArcnetLinuxDefault =
        "AT 2.20.128 > 1.10.4:  at-echo 2\n"
        + "IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 8\n"
        + "IPX 00000002.00:00:00:00:00:02.4000 > 00000001.00:00:00:00:00:01.0451: ipx-ncp 0\n"
        + "\n"
        + "\t0x0000:  0102 0304                                ....\n"
        + " [|arcnet_linux]\n"
        + " [|arcnet_linux]\n";

    [Fact]
    public void ArcnetLinuxVerbose() => Assert.Equal(ExpectedArcnetLinuxVerbose,
        InProcessPrint.HexFrames(ArcnetLinuxFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }, linkType: 129));

    private const string ExpectedArcnetLinuxVerbose =
        "et1 AT 2.20.128 > 1.10.4:  at-echo 2\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 28, bad cksum 0 (->66de)!)\n"
        + "    10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 8\n"
        + "IPX 00000002.00:00:00:00:00:02.4000 > 00000001.00:00:00:00:00:01.0451: ipx-ncp 0\n"
        + "\n"
        + "\t0x0000:  0102 0304                                ....\n"
        + " [|arcnet_linux]\n"
        + " [|arcnet_linux]\n";

    [Fact]
    public void ArcnetLinuxLinkHeader() => Assert.Equal(ExpectedArcnetLinuxLinkHeader,
        InProcessPrint.HexFrames(ArcnetLinuxFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, LinkHeader = true }, linkType: 129));

    private const string ExpectedArcnetLinuxLinkHeader =
        "0a 14 00 23: 2.20.128 > 1.10.4:  at-echo 2\n"
        + "0a 14 00 33: 10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 8\n"
        + "0a 14 00 38: 00000002.00:00:00:00:00:02.4000 > 00000001.00:00:00:00:00:01.0451: ipx-ncp 0\n"
        + "0a 14 00 12: \n"
        + "\t0x0000:  0102 0304                                ....\n"
        + " [|arcnet_linux]\n"
        + " [|arcnet_linux]\n";

    private static readonly (string Hex, int WireLength)[] ArcnetFrames =
    [
        ("0a14dd00000100150000000100020a140480040102", 21),
        ("0a14dd03000100150000000100020a14048004", 19),
        ("0a14dd04000100150000000100020a14048004", 19),
        ("0a14ddff0000dd05000200150000000100020a14048004", 23),
        ("0a14f04500001c00010000400100000a0000010a0000020800f7ff00000000", 31),
        ("0a14ddff0000", 6),
        ("0a14dd00", 4),
        ("0a14", 2),
    ];

    [Fact]
    public void ArcnetDefault() => Assert.Equal(ExpectedArcnetDefault,
        InProcessPrint.HexFrames(ArcnetFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }, linkType: 7));

    private const string ExpectedArcnetDefault =
        "AT 2.20.128 > 1.10.4:  at-echo 2\n"
        + "AT 2.20.128 > 1.10.4:  at-echo 0\n"
        + "\n"
        + "AT 2.20.128 > 1.10.4:  at-echo 0\n"
        + "IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 8\n"
        + "0a 14 atalk 6:  phds extended [|arcnet]\n"
        + "0a 14 atalk 4:  phds [|arcnet]\n"
        + " [|arcnet]\n";

    [Fact]
    public void ArcnetVerbose() => Assert.Equal(ExpectedArcnetVerbose,
        InProcessPrint.HexFrames(ArcnetFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }, linkType: 7));

    private const string ExpectedArcnetVerbose =
        "et1 AT 2.20.128 > 1.10.4:  at-echo 2\n"
        + "et1 AT 2.20.128 > 1.10.4:  at-echo 0\n"
        + "\n"
        + "et1 AT 2.20.128 > 1.10.4:  at-echo 0\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 28, bad cksum 0 (->66de)!)\n"
        + "    10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 8\n"
        + "0a 14 atalk 6:  phds extended [|arcnet]\n"
        + "0a 14 atalk 4:  phds [|arcnet]\n"
        + " [|arcnet]\n";

    [Fact]
    public void ArcnetLinkHeader() => Assert.Equal(ExpectedArcnetLinkHeader,
        InProcessPrint.HexFrames(ArcnetFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, LinkHeader = true }, linkType: 7));

    private const string ExpectedArcnetLinkHeader =
        "0a 14 atalk seqid 0001 21: 2.20.128 > 1.10.4:  at-echo 2\n"
        + "0a 14 atalk seqid 0001 (first of 3 fragments) 19: 2.20.128 > 1.10.4:  at-echo 0\n"
        + "0a 14 atalk seqid 0001 (fragment 3) 19: \n"
        + "0a 14 atalk seqid 0002 (first of 4 fragments) 23: 2.20.128 > 1.10.4:  at-echo 0\n"
        + "0a 14 oldip 31: 10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 8\n"
        + "0a 14 atalk 6:  phds extended [|arcnet]\n"
        + "0a 14 atalk 4:  phds [|arcnet]\n"
        + " [|arcnet]\n";

}
