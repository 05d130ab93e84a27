using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Wlan;

/// <summary>
/// Radiotap, Prism and AVS headers before 802.11 frames (print-802_11.c) against tcpdump 4.99.3: every
/// radiotap field tcpdump decodes, alignment, extended bitmaps, a vendor namespace, unknown fields, FCS and
/// padding flags, and headers cut short, printed by "tcpdump -t -n [-v -e]".
/// </summary>
public class RadioHeaderTests
{
    private static readonly (string Hex, int WireLength)[] RadiotapFrames =
    [
        ("000018002f0800001122334455667700020c6c09a000c501d4000000ffffffffffff", 34),
        ("00000f004a000000100085094001b0d4000000ffffffffffff11223344", 29),
        ("000011002a000800006c09800407371407d4000000ffffffffffff", 27),
        ("00001600000020000000440004042200000001000000d4000000ffffffffffff", 32),
        ("000012002a00080000006c098004c53f2507d4000000ffffffffffff", 28),
        ("00000b00000008003f1a4cd4000000ffffffffffff", 21),
        ("0000140000002000440004049100000001000000d4000000ffffffffffff", 30),
        ("00001400080004006c098000000002006c090114d4000000ffffffffffff", 30),
        ("00000c00900000001e02e803d4000000ffffffffffff", 22),
        ("00000e0000170000050003022a20d4000000ffffffffffff", 24),
        ("00000c000060000010000000d4000000ffffffffffff", 22),
        ("000012000200100000000100000000000000d4000000ffffffffffff", 28),
        ("000009000480000002d4000000ffffffffffff", 19),
        ("00000d00040000800100000002d4000000ffffffffffff", 23),
        ("00001b00040000c0010000a0040000000200001122010200aabb04d4000000ffffffffffff", 37),
        ("00000900020000002088020000ffffffffffff00112233445500aabbccddee200000000000aaaa030000000800", 45),
        ("0000080001000000d4000000ffffffffffff", 18),
        ("0000080000000080", 8),
        ("0000ff0000000000d4000000ffffffffffff", 18),
        ("0000040000000000d4000000ffffffffffff", 18),
        ("000008", 20),
        ("00000900040000008080000000ffffffffffff00112233445500aabbccddee10000011223344556677640011000004686f6d65010482848b96030101", 60),
        ("00000900040000000208020000ffffffffffff00112233445500aabbccddee2000aaaa0300000008004500001c00010000400100000a0000010a0000020800f7ff00000000", 69),
        ("000009000400000002d400", 11),
    ];

    [Fact]
    public void RadiotapDefault() => Assert.Equal(ExpectedRadiotapDefault,
        InProcessPrint.HexFrames(RadiotapFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }, linkType: 127));

    private const string ExpectedRadiotapDefault =
        "33608038631023121us tsft short preamble 6.0 Mb/s 2412 MHz 11b -59dBm signal antenna 1 Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + "2437 MHz 11a -80dBm noise Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + "32777 MHz 11n 55dBm signal  [|802.11_radio]Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + "User 0 MCS 0 BCC FEC User 1 MCS 0 BCC FEC User 2 MCS 2 BCC FEC Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + "2412 MHz 11n -59dBm signal 150.0 Mb/s MCS 7 40 MHz short GI mixed BCC FEC RX-STBC1 Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + "214.5 Mb/s MCS 76 20 MHz (L) long GI greenfield LDPC FEC RX-STBC0 Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + "User 0 MCS 9 LDPC FEC 80 MHz short GI Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + "2412 MHz ht/40+ Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + "fhset 30 fhpat 2 1000 sq Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + "-5 tx power -3dB tx attenuation 2dBm tx power 42dB signal Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + "16dB noise Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + " [|802.11_radio]Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + "1.0 Mb/s [bit 15] Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + "1.0 Mb/s [bit 32] Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + "1.0 Mb/s 2.0 Mb/s Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + " [|ip]\n"
        + " [|802.11_radio]Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + " [|802.11_radio]\n"
        + " [|802.11_radio]\n"
        + " [|802.11_radio]\n"
        + " [|802.11_radio]\n"
        + "MCS 0 Beacon (home) [1.0* 2.0* 5.5* 11.0* Mbit] ESS CH: 1, PRIVACY\n"
        + "1.0 Mb/s IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 8\n"
        + "1.0 Mb/s  [|802.11]\n";

    [Fact]
    public void RadiotapVerboseLinkHeader() => Assert.Equal(ExpectedRadiotapVerboseLinkHeader,
        InProcessPrint.HexFrames(RadiotapFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1, LinkHeader = true }, linkType: 127));

    private const string ExpectedRadiotapVerboseLinkHeader =
        "33608038631023121us tsft short preamble 6.0 Mb/s 2412 MHz 11b -59dBm signal antenna 1 0us RA:ff:ff:ff:ff:ff:ff Acknowledgment\n"
        + "2437 MHz 11a -80dBm noise 0us RA:ff:ff:ff:ff:ff:ff Acknowledgment\n"
        + "32777 MHz 11n 55dBm signal  [|802.11_radio]0us RA:ff:ff:ff:ff:ff:ff Acknowledgment\n"
        + "User 0 MCS 0 BCC FEC User 1 MCS 0 BCC FEC User 2 MCS 2 BCC FEC 0us RA:ff:ff:ff:ff:ff:ff Acknowledgment\n"
        + "2412 MHz 11n -59dBm signal 150.0 Mb/s MCS 7 40 MHz short GI mixed BCC FEC RX-STBC1 0us RA:ff:ff:ff:ff:ff:ff Acknowledgment\n"
        + "214.5 Mb/s MCS 76 20 MHz (L) long GI greenfield LDPC FEC RX-STBC0 0us RA:ff:ff:ff:ff:ff:ff Acknowledgment\n"
        + "User 0 MCS 9 LDPC FEC 80 MHz short GI 0us RA:ff:ff:ff:ff:ff:ff Acknowledgment\n"
        + "2412 MHz ht/40+ 0us RA:ff:ff:ff:ff:ff:ff Acknowledgment\n"
        + "fhset 30 fhpat 2 1000 sq 0us RA:ff:ff:ff:ff:ff:ff Acknowledgment\n"
        + "-5 tx power -3dB tx attenuation 2dBm tx power 42dB signal 0us RA:ff:ff:ff:ff:ff:ff Acknowledgment\n"
        + "16dB noise 0us RA:ff:ff:ff:ff:ff:ff Acknowledgment\n"
        + " [|802.11_radio]0us RA:ff:ff:ff:ff:ff:ff Acknowledgment\n"
        + "1.0 Mb/s [bit 15] 0us RA:ff:ff:ff:ff:ff:ff Acknowledgment\n"
        + "1.0 Mb/s [bit 32] 0us RA:ff:ff:ff:ff:ff:ff Acknowledgment\n"
        + "1.0 Mb/s 2.0 Mb/s 0us RA:ff:ff:ff:ff:ff:ff Acknowledgment\n"
        + "0us CF +QoS DA:ff:ff:ff:ff:ff:ff BSSID:00:11:22:33:44:55 SA:00:aa:bb:cc:dd:ee LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 0:  [|ip]\n"
        + " [|802.11_radio]0us RA:ff:ff:ff:ff:ff:ff Acknowledgment\n"
        + " [|802.11_radio]\n"
        + " [|802.11_radio]\n"
        + " [|802.11_radio]\n"
        + " [|802.11_radio]\n"
        + "MCS 0 0us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Beacon (home) [1.0* 2.0* 5.5* 11.0* Mbit] ESS CH: 1, PRIVACY\n"
        + "1.0 Mb/s 0us DA:ff:ff:ff:ff:ff:ff BSSID:00:11:22:33:44:55 SA:00:aa:bb:cc:dd:ee LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 28: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 28, bad cksum 0 (->66de)!)\n"
        + "    10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 8\n"
        + "1.0 Mb/s  [|802.11]\n";

    private static readonly (string Hex, int WireLength)[] PrismFrames =
    [
        ("00000044000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000080000000ffffffffffff00112233445500aabbccddee10000011223344556677640011000004686f6d65010482848b96030101", 195),
        ("000000440000000000000000000000000000000000000000", 24),
        ("0000", 2),
        ("80211001000000400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000d4000000ffffffffffff", 74),
        ("80211001000000040000000000000000", 16),
        ("80211001000000400000000000000000", 16),
    ];

    [Fact]
    public void PrismDefault() => Assert.Equal(ExpectedPrismDefault,
        InProcessPrint.HexFrames(PrismFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }, linkType: 119));

    private const string ExpectedPrismDefault =
        "Beacon (home) [1.0* 2.0* 5.5* 11.0* Mbit] ESS CH: 1, PRIVACY\n"
        + " [|prism]\n"
        + " [|prism]\n"
        + "Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + " [|802.11_radio_avs]\n"
        + " [|802.11_radio_avs]\n";

    private static readonly (string Hex, int WireLength)[] AvsFrames =
    [
        ("80211001000000400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000d4000000ffffffffffff", 74),
        ("8021100100000040", 8),
        ("802110", 3),
    ];

    [Fact]
    public void AvsDefault() => Assert.Equal(ExpectedAvsDefault,
        InProcessPrint.HexFrames(AvsFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }, linkType: 163));

    private const string ExpectedAvsDefault =
        "Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + " [|802.11_radio_avs]\n"
        + " [|802.11_radio_avs]\n";

}
