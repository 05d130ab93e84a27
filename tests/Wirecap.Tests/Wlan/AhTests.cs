using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Wlan;

/// <summary>
/// IPsec AH (print-ah.c) against tcpdump 4.99.3: AH over IPv4 and IPv6 before ICMP, UDP and another AH,
/// with a nonzero reserved field and cut short, printed by "tcpdump -t -n [-v]".
/// </summary>
public class AhTests
{
    private static readonly (string Hex, int WireLength)[] AhFrames =
    [
        ("00000000000100000000000208004500003400010000403366940a0000010a0000020104000000001000000000050102030405060708090a0b0c0800f7ff00000000", 66),
        ("00000000000100000000000208004500002800010000403366a00a0000010a0000021101000000001000000000050035003500080000", 54),
        ("00000000000100000000000208004500003400010000403366940a0000010a0000023301123400001000000000050101000000001000000000050800f7ff00000000", 66),
        ("00000000000100000000000208004500002400010000403366a40a0000010a00000201040000000010000000000501020304", 58),
        ("00000000000100000000000208004500001500010000403366b30a0000010a00000201", 60),
        ("00000000000100000000000286dd600000000014334020010db800000000000000000000000120010db80000000000000000000000023a01000000001000000000058000000000000000", 74),
    ];

    [Fact]
    public void AhDefault() => Assert.Equal(ExpectedAhDefault,
        InProcessPrint.HexFrames(AhFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    private const string ExpectedAhDefault =
        "IP 10.0.0.1 > 10.0.0.2: AH(spi=0x00001000,seq=0x5,icv=0x0102030405060708090a0b0c): ICMP echo request, id 0, seq 0, length 8\n"
        + "IP 10.0.0.1 > 10.0.0.2: AH(spi=0x00001000,seq=0x5,icv=0x): 53 > 53: domain [length 0 < 12] (invalid)\n"
        + "IP 10.0.0.1 > 10.0.0.2: AH(reserved=0x1234[MustBeZero],spi=0x00001000,seq=0x5,icv=0x): AH(spi=0x00001000,seq=0x5,icv=0x): ICMP echo request, id 0, seq 0, length 8\n"
        + "IP 10.0.0.1 > 10.0.0.2: AH(spi=0x00001000,seq=0x5,icv=0x01020304 [|ah]\n"
        + "IP 10.0.0.1 > 10.0.0.2: AH [|ah]\n"
        + "IP6 2001:db8::1 > 2001:db8::2: AH(spi=0x00001000,seq=0x5,icv=0x): ICMP6, echo request, id 0, seq 0, length 8\n";

    [Fact]
    public void AhVerbose() => Assert.Equal(ExpectedAhVerbose,
        InProcessPrint.HexFrames(AhFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedAhVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto AH (51), length 52)\n"
        + "    10.0.0.1 > 10.0.0.2: AH(length=4(24-bytes),spi=0x00001000,seq=0x5,icv=0x0102030405060708090a0b0c): ICMP echo request, id 0, seq 0, length 8\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto AH (51), length 40)\n"
        + "    10.0.0.1 > 10.0.0.2: AH(length=1(12-bytes),spi=0x00001000,seq=0x5,icv=0x): 53 > 53: domain [length 0 < 12] (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto AH (51), length 52)\n"
        + "    10.0.0.1 > 10.0.0.2: AH(length=1(12-bytes),reserved=0x1234[MustBeZero],spi=0x00001000,seq=0x5,icv=0x): AH(length=1(12-bytes),spi=0x00001000,seq=0x5,icv=0x): ICMP echo request, id 0, seq 0, length 8\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto AH (51), length 36)\n"
        + "    10.0.0.1 > 10.0.0.2: AH(length=4(24-bytes),spi=0x00001000,seq=0x5,icv=0x01020304 [|ah]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto AH (51), length 21)\n"
        + "    10.0.0.1 > 10.0.0.2: AH [|ah]\n"
        + "IP6 (hlim 64, next-header AH (51) payload length: 20) 2001:db8::1 > 2001:db8::2: AH(length=1(12-bytes),spi=0x00001000,seq=0x5,icv=0x): [bad icmp6 cksum 0x0000 -> 0x2448!] ICMP6, echo request, id 0, seq 0\n";

}
