using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Wlan;

/// <summary>
/// IEEE 802.11 frames without radio headers (print-802_11.c, DLT_IEEE802_11) against tcpdump 4.99.3:
/// management frames with their elements, control frames, data frames (LLC, QoS, 4 addresses, WEP, mesh
/// control with -H), some cut short or malformed, printed by "tcpdump -t -n [-e|-v -e|-H]".
/// </summary>
public class Ieee80211Tests
{
    private static readonly (string Hex, int WireLength)[] WlanFrames =
    [
        ("80003a01ffffffffffff00112233445500aabbccddee10000011223344556677640011040004686f6d65010882848b960c12182403010605040001000000", 62),
        ("80003a01ffffffffffff00112233445500aabbccddee10000011223344556677640002000003610162010001020c12030106", 50),
        ("50003a01ffffffffffff00112233445500aabbccddee10000011223344556677640001000000010882848b960c1218240406010203040506", 56),
        ("40003a01ffffffffffff00112233445500aabbccddee1000000570726f6265010882848b960c121824dd0400112233", 47),
        ("40003a01ffffffffffff00112233445500aabbccddee1000", 24),
        ("00003a01ffffffffffff00112233445500aabbccddee100031040a0000036e6574010882848b960c121824", 43),
        ("10003a01ffffffffffff00112233445500aabbccddee10001100000001c0010882848b960c121824", 40),
        ("30003a01ffffffffffff00112233445500aabbccddee100001000c000500", 30),
        ("20003a01ffffffffffff00112233445500aabbccddee100031040a0000aabbccddee00027265", 38),
        ("b0003a01ffffffffffff00112233445500aabbccddee1000000001000000", 30),
        ("b0003a01ffffffffffff00112233445500aabbccddee1000000002000000", 30),
        ("b0003a01ffffffffffff00112233445500aabbccddee1000010002000000100461626364", 36),
        ("b0003a01ffffffffffff00112233445500aabbccddee1000010003000f00", 30),
        ("b0003a01ffffffffffff00112233445500aabbccddee1000050001009900", 30),
        ("c0003a01ffffffffffff00112233445500aabbccddee10000300", 26),
        ("c0003a01ffffffffffff00112233445500aabbccddee10009900", 26),
        ("a0003a01ffffffffffff00112233445500aabbccddee10000800", 26),
        ("90003a01ffffffffffff00112233445500aabbccddee1000", 24),
        ("d0003a01ffffffffffff00112233445500aabbccddee10000300", 26),
        ("d0003a01ffffffffffff00112233445500aabbccddee10000701", 26),
        ("d0003a01ffffffffffff00112233445500aabbccddee10000d05", 26),
        ("d0003a01ffffffffffff00112233445500aabbccddee10000e01", 26),
        ("d0003a01ffffffffffff00112233445500aabbccddee10000f04", 26),
        ("d0003a01ffffffffffff00112233445500aabbccddee10007f02", 26),
        ("d0003a01ffffffffffff00112233445500aabbccddee10000509", 26),
        ("d0003a01ffffffffffff00112233445500aabbccddee10000001", 26),
        ("d0003a01ffffffffffff00112233445500aabbccddee10000309", 26),
        ("60003a01ffffffffffff00112233445500aabbccddee100000", 25),
        ("80403a01ffffffffffff00112233445500aabbccddee1000001122334455667764001100", 36),
        ("80003a01ffffffffffff00112233445500aabbccddee10000011223344556677640011000021787878787878787878787878787878787878787878787878787878787878787878", 71),
        ("80003a01ffffffffffff00112233445500aabbccddee10000011223344556677640011000002616201038284", 44),
        ("80003a01ffffffffffff00112233445500aabbccddee100000112233", 28),
        ("b4003a01ffffffffffff001122334455", 16),
        ("c4003a01ffffffffffff", 10),
        ("d4000000ffffffffffff", 10),
        ("a400010000aabbccddee001122334455", 16),
        ("e4000000ffffffffffff00aabbccddee", 16),
        ("f4000000ffffffffffff00aabbccddee", 16),
        ("84000000ffffffffffff00112233445504002000", 20),
        ("94000000ffffffffffffaabb", 12),
        ("74000000ffffffffffff880000000000", 16),
        ("34000000ffffffffffff", 10),
        ("d400", 2),
        ("d4000000", 4),
        ("08020000ffffffffffff00112233445500aabbccddee2000aaaa0300000008004500001c00010000400100000a0000010a0000020800f7ff00000000", 60),
        ("08010000ffffffffffff00112233445500aabbccddee2000aaaa03000000080600010800060400010011223344550a0000010000000000000a000002", 60),
        ("08030000ffffffffffff00112233445500aabbccddee20000a0b0c0d0e0fe0e0030011", 35),
        ("88020000ffffffffffff00112233445500aabbccddee20000000aaaa0300000086dd6000000000003a4020010db800000000000000000000000120010db8000000000000000000000002", 74),
        ("b8420000ffffffffffff00112233445500aabbccddee20000700aaaa030000000800", 34),
        ("48110000ffffffffffff00112233445500aabbccddee2000", 24),
        ("c8010000ffffffffffff00112233445500aabbccddee20000000", 26),
        ("08420000ffffffffffff00112233445500aabbccddee20000102032000112233", 32),
        ("08420000ffffffffffff00112233445500aabbccddee20000102", 26),
        ("88000000ffffffffffff00112233445500aabbccddee2000000001402a0000000a0b0c0d0e0faaaa030000000800", 46),
        ("88000000ffffffffffff00112233445500aabbccddee2000000002402a0000000a0b0c0d0e0f00aabbccddee001122334455aaaa030000000800", 58),
        ("08000000ffffffffffff00112233445500aabbccddee2000424203000000000000", 33),
        ("0c000000ffffffffffff", 10),
        ("88000000ffffffffffff00112233445500aabbccddee2000", 24),
        ("08020000ffffffffffff00112233445500aabbccddee", 22),
        ("08", 1),
        ("30003a01ffffffffffff00112233445500aabbccddee100001000c00", 28),
    ];

    [Fact]
    public void WlanDefault() => Assert.Equal(ExpectedWlanDefault,
        InProcessPrint.HexFrames(WlanFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }, linkType: 105));

    private const string ExpectedWlanDefault =
        "Beacon (home) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit] ESS CH: 6, PRIVACY [|802.11]\n"
        + "Beacon (a^Ab) [6.0 9.0 Mbit] IBSS CH: 6\n"
        + "Probe Response () [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit]\n"
        + "Probe Request (probe) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit]\n"
        + "Probe Request\n"
        + "Assoc Request (net) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit]\n"
        + "Assoc Response AID(1) : PRIVACY : Successful\n"
        + "ReAssoc Response AID(5) :: Association denied due to reason outside the scope of this standard\n"
        + "ReAssoc Request (re) AP : 00:aa:bb:cc:dd:ee\n"
        + "Authentication (Open System)-1: Successful\n"
        + "Authentication (Open System)-2: \n"
        + "Authentication (Shared Key)-2 [Challenge Text] \n"
        + "Authentication (Shared Key)-3 [Challenge Text] Authentication rejected because of challenge failure\n"
        + "Authentication (Reserved)-1: n/a\n"
        + "DeAuthentication (00:11:22:33:44:55): Deauthenticated because sending STA is leaving (or has left) IBSS or ESS\n"
        + "DeAuthentication (00:11:22:33:44:55): Reserved\n"
        + "Disassociation: Disassociated because sending STA is leaving (or has left) BSS\n"
        + "ATIM\n"
        + "Action (00:11:22:33:44:55): BA ADDBA Request\n"
        + "Action (00:11:22:33:44:55): HT MIMOPwrSave\n"
        + "Action (00:11:22:33:44:55): MeshAction MCCA Setup Reply\n"
        + "Action (00:11:22:33:44:55): MultiohopAction Proxy Update Confirmation\n"
        + "Action (00:11:22:33:44:55): SelfprotectAction Group Key Inform\n"
        + "Action (00:11:22:33:44:55): Vendor Act#2\n"
        + "Action (00:11:22:33:44:55): Reserved(5) Act#9\n"
        + "Action (00:11:22:33:44:55): Spectrum Management Act#1\n"
        + "Action (00:11:22:33:44:55): BA Act#9\n"
        + "Unhandled Management subtype(6)\n"
        + "Beacon IV:221100 Pad 33 KeyID 0\n"
        + "Beacon ESS, PRIVACY [|802.11]\n"
        + "Beacon (ab) ESS, PRIVACY [|802.11]\n"
        + "Beacon [|802.11]\n"
        + "Request-To-Send TA:00:11:22:33:44:55 \n"
        + "Clear-To-Send RA:ff:ff:ff:ff:ff:ff \n"
        + "Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + "Power Save-Poll AID(1)\n"
        + "CF-End RA:ff:ff:ff:ff:ff:ff \n"
        + "CF-End+CF-Ack RA:ff:ff:ff:ff:ff:ff \n"
        + "BAR RA:ff:ff:ff:ff:ff:ff TA:00:11:22:33:44:55 CTL(4) SEQ(32) \n"
        + "BA RA:ff:ff:ff:ff:ff:ff \n"
        + "Control Wrapper\n"
        + "unknown 802.11 ctrl frame subtype (3)\n"
        + " [|802.11]\n"
        + " [|802.11]\n"
        + "IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 8\n"
        + "ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28\n"
        + "IPX  [|ipx]\n"
        + "IP6 2001:db8::1 > 2001:db8::2: ICMP6, length 0 (invalid)\n"
        + "Data IV:3aaaa Pad 0 KeyID 0\n"
        + "\n"
        + "\n"
        + "Data IV:30201 Pad 20 KeyID 0\n"
        + "Data [|802.11]\n"
        + "00:11:22:33:44:55 Unknown SSAP 0x40 > ff:ff:ff:ff:ff:ff Null Information, send seq 21, rcv seq 0, Flags [Command], length 20\n"
        + "\t0x0000:  0140 2a00 0000 0a0b 0c0d 0e0f aaaa 0300  .@*.............\n"
        + "\t0x0010:  0000 0800                                ....\n"
        + "00:11:22:33:44:55 Unknown SSAP 0x40 > ff:ff:ff:ff:ff:ff 802.1B I Information, send seq 21, rcv seq 0, Flags [Command], length 32\n"
        + "\t0x0000:  0240 2a00 0000 0a0b 0c0d 0e0f 00aa bbcc  .@*.............\n"
        + "\t0x0010:  ddee 0011 2233 4455 aaaa 0300 0000 0800  ....\"3DU........\n"
        + "STP 802.1d, Config (invalid)\n"
        + "unknown 802.11 frame type (3)\n"
        + " [|802.11]\n"
        + " [|802.11]\n"
        + " [|802.11]\n"
        + "ReAssoc Response [|802.11]\n";

    [Fact]
    public void WlanLinkHeader() => Assert.Equal(ExpectedWlanLinkHeader,
        InProcessPrint.HexFrames(WlanFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, LinkHeader = true }, linkType: 105));

    private const string ExpectedWlanLinkHeader =
        "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Beacon (home) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit] ESS CH: 6, PRIVACY [|802.11]\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Beacon (a^Ab) [6.0 9.0 Mbit] IBSS CH: 6\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Probe Response () [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit]\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Probe Request (probe) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit]\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Probe Request\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Assoc Request (net) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit]\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Assoc Response AID(1) : PRIVACY : Successful\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 ReAssoc Response AID(5) :: Association denied due to reason outside the scope of this standard\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 ReAssoc Request (re) AP : 00:aa:bb:cc:dd:ee\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Authentication (Open System)-1: Successful\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Authentication (Open System)-2: \n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Authentication (Shared Key)-2 [Challenge Text] \n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Authentication (Shared Key)-3 [Challenge Text] Authentication rejected because of challenge failure\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Authentication (Reserved)-1: n/a\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 DeAuthentication: Deauthenticated because sending STA is leaving (or has left) IBSS or ESS\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 DeAuthentication: Reserved\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Disassociation: Disassociated because sending STA is leaving (or has left) BSS\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 ATIM\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Action: BA ADDBA Request\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Action: HT MIMOPwrSave\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Action: MeshAction MCCA Setup Reply\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Action: MultiohopAction Proxy Update Confirmation\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Action: SelfprotectAction Group Key Inform\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Action: Vendor Act#2\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Action: Reserved(5) Act#9\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Action: Spectrum Management Act#1\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Action: BA Act#9\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Unhandled Management subtype(6)\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Beacon IV:221100 Pad 33 KeyID 0\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Beacon ESS, PRIVACY [|802.11]\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Beacon (ab) ESS, PRIVACY [|802.11]\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Beacon [|802.11]\n"
        + "RA:ff:ff:ff:ff:ff:ff TA:00:11:22:33:44:55 Request-To-Send\n"
        + "RA:ff:ff:ff:ff:ff:ff Clear-To-Send\n"
        + "RA:ff:ff:ff:ff:ff:ff Acknowledgment\n"
        + "BSSID:00:aa:bb:cc:dd:ee TA:00:11:22:33:44:55 Power Save-Poll AID(1)\n"
        + "RA:ff:ff:ff:ff:ff:ff BSSID:00:aa:bb:cc:dd:ee CF-End\n"
        + "RA:ff:ff:ff:ff:ff:ff BSSID:00:aa:bb:cc:dd:ee CF-End+CF-Ack\n"
        + " RA:ff:ff:ff:ff:ff:ff TA:00:11:22:33:44:55 CTL(4) SEQ(32) BAR\n"
        + "RA:ff:ff:ff:ff:ff:ff BA\n"
        + "Control Wrapper\n"
        + "unknown 802.11 ctrl frame subtype (3)\n"
        + " [|802.11]\n"
        + " [|802.11]\n"
        + "DA:ff:ff:ff:ff:ff:ff BSSID:00:11:22:33:44:55 SA:00:aa:bb:cc:dd:ee LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 28: 10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 8\n"
        + "BSSID:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 DA:00:aa:bb:cc:dd:ee LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype ARP (0x0806), length 28: Request who-has 10.0.0.2 tell 10.0.0.1, length 28\n"
        + "RA:ff:ff:ff:ff:ff:ff TA:00:11:22:33:44:55 DA:00:aa:bb:cc:dd:ee SA:0a:0b:0c:0d:0e:0f LLC, dsap IPX (0xe0) Individual, ssap IPX (0xe0) Command, ctrl 0x03: IPX 802.2:  [|ipx]\n"
        + "CF +QoS DA:ff:ff:ff:ff:ff:ff BSSID:00:11:22:33:44:55 SA:00:aa:bb:cc:dd:ee LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv6 (0x86dd), length 40: 2001:db8::1 > 2001:db8::2: ICMP6, length 0 (invalid)\n"
        + "CF Ack/Poll+QoS DA:ff:ff:ff:ff:ff:ff BSSID:00:11:22:33:44:55 SA:00:aa:bb:cc:dd:ee Data IV:3aaaa Pad 0 KeyID 0\n"
        + "BSSID:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 DA:00:aa:bb:cc:dd:ee \n"
        + "CF +QoS BSSID:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 DA:00:aa:bb:cc:dd:ee \n"
        + "DA:ff:ff:ff:ff:ff:ff BSSID:00:11:22:33:44:55 SA:00:aa:bb:cc:dd:ee Data IV:30201 Pad 20 KeyID 0\n"
        + "DA:ff:ff:ff:ff:ff:ff BSSID:00:11:22:33:44:55 SA:00:aa:bb:cc:dd:ee Data [|802.11]\n"
        + "CF +QoS DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 BSSID:00:aa:bb:cc:dd:ee LLC, dsap Null (0x00) Group, ssap Unknown (0x40) Command, ctrl 0x002a: Information, send seq 21, rcv seq 0, Flags [Command], length 20\n"
        + "\t0x0000:  0140 2a00 0000 0a0b 0c0d 0e0f aaaa 0300  .@*.............\n"
        + "\t0x0010:  0000 0800                                ....\n"
        + "CF +QoS DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 BSSID:00:aa:bb:cc:dd:ee LLC, dsap 802.1B I (0x02) Individual, ssap Unknown (0x40) Command, ctrl 0x002a: Information, send seq 21, rcv seq 0, Flags [Command], length 32\n"
        + "\t0x0000:  0240 2a00 0000 0a0b 0c0d 0e0f 00aa bbcc  .@*.............\n"
        + "\t0x0010:  ddee 0011 2233 4455 aaaa 0300 0000 0800  ....\"3DU........\n"
        + "DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 BSSID:00:aa:bb:cc:dd:ee LLC, dsap STP (0x42) Individual, ssap STP (0x42) Command, ctrl 0x03: STP 802.1d, Config (invalid)\n"
        + "unknown 802.11 frame type (3)\n"
        + " [|802.11]\n"
        + " [|802.11]\n"
        + " [|802.11]\n"
        + "BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 ReAssoc Response [|802.11]\n";

    [Fact]
    public void WlanVerboseLinkHeader() => Assert.Equal(ExpectedWlanVerboseLinkHeader,
        InProcessPrint.HexFrames(WlanFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1, LinkHeader = true }, linkType: 105));

    private const string ExpectedWlanVerboseLinkHeader =
        "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Beacon (home) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit] ESS CH: 6, PRIVACY [|802.11]\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Beacon (a^Ab) [6.0 9.0 Mbit] IBSS CH: 6\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Probe Response () [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit]\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Probe Request (probe) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit]\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Probe Request\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Assoc Request (net) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit]\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Assoc Response AID(1) : PRIVACY : Successful\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 ReAssoc Response AID(5) :: Association denied due to reason outside the scope of this standard\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 ReAssoc Request (re) AP : 00:aa:bb:cc:dd:ee\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Authentication (Open System)-1: Successful\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Authentication (Open System)-2: \n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Authentication (Shared Key)-2 [Challenge Text] \n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Authentication (Shared Key)-3 [Challenge Text] Authentication rejected because of challenge failure\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Authentication (Reserved)-1: n/a\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 DeAuthentication: Deauthenticated because sending STA is leaving (or has left) IBSS or ESS\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 DeAuthentication: Reserved\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Disassociation: Disassociated because sending STA is leaving (or has left) BSS\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 ATIM\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Action: BA ADDBA Request\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Action: HT MIMOPwrSave\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Action: MeshAction MCCA Setup Reply\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Action: MultiohopAction Proxy Update Confirmation\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Action: SelfprotectAction Group Key Inform\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Action: Vendor Act#2\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Action: Reserved(5) Act#9\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Action: Spectrum Management Act#1\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Action: BA Act#9\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Unhandled Management subtype(6)\n"
        + "Protected 314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Beacon IV:221100 Pad 33 KeyID 0\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Beacon ESS, PRIVACY [|802.11]\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Beacon (ab) ESS, PRIVACY [|802.11]\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Beacon [|802.11]\n"
        + "314us RA:ff:ff:ff:ff:ff:ff TA:00:11:22:33:44:55 Request-To-Send\n"
        + "314us RA:ff:ff:ff:ff:ff:ff Clear-To-Send\n"
        + "0us RA:ff:ff:ff:ff:ff:ff Acknowledgment\n"
        + "BSSID:00:aa:bb:cc:dd:ee TA:00:11:22:33:44:55 Power Save-Poll AID(1)\n"
        + "0us RA:ff:ff:ff:ff:ff:ff BSSID:00:aa:bb:cc:dd:ee CF-End\n"
        + "0us RA:ff:ff:ff:ff:ff:ff BSSID:00:aa:bb:cc:dd:ee CF-End+CF-Ack\n"
        + "0us  RA:ff:ff:ff:ff:ff:ff TA:00:11:22:33:44:55 CTL(4) SEQ(32) BAR\n"
        + "0us RA:ff:ff:ff:ff:ff:ff BA\n"
        + "0us Control Wrapper\n"
        + "unknown 802.11 ctrl frame subtype (3)\n"
        + " [|802.11]\n"
        + " [|802.11]\n"
        + "0us DA:ff:ff:ff:ff:ff:ff BSSID:00:11:22:33:44:55 SA:00:aa:bb:cc:dd:ee LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 28: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 28, bad cksum 0 (->66de)!)\n"
        + "    10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 8\n"
        + "0us BSSID:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 DA:00:aa:bb:cc:dd:ee LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype ARP (0x0806), length 28: Ethernet (len 6), IPv4 (len 4), Request who-has 10.0.0.2 tell 10.0.0.1, length 28\n"
        + "0us RA:ff:ff:ff:ff:ff:ff TA:00:11:22:33:44:55 DA:00:aa:bb:cc:dd:ee SA:0a:0b:0c:0d:0e:0f LLC, dsap IPX (0xe0) Individual, ssap IPX (0xe0) Command, ctrl 0x03: IPX 802.2:  [|ipx]\n"
        + "0us CF +QoS DA:ff:ff:ff:ff:ff:ff BSSID:00:11:22:33:44:55 SA:00:aa:bb:cc:dd:ee LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv6 (0x86dd), length 40: (hlim 64, next-header ICMPv6 (58) payload length: 0) 2001:db8::1 > 2001:db8::2: ICMP6, length 0 (invalid)\n"
        + "Protected 0us CF Ack/Poll+QoS DA:ff:ff:ff:ff:ff:ff BSSID:00:11:22:33:44:55 SA:00:aa:bb:cc:dd:ee Data IV:3aaaa Pad 0 KeyID 0\n"
        + "Pwr Mgmt 0us BSSID:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 DA:00:aa:bb:cc:dd:ee \n"
        + "0us CF +QoS BSSID:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 DA:00:aa:bb:cc:dd:ee \n"
        + "Protected 0us DA:ff:ff:ff:ff:ff:ff BSSID:00:11:22:33:44:55 SA:00:aa:bb:cc:dd:ee Data IV:30201 Pad 20 KeyID 0\n"
        + "Protected 0us DA:ff:ff:ff:ff:ff:ff BSSID:00:11:22:33:44:55 SA:00:aa:bb:cc:dd:ee Data [|802.11]\n"
        + "0us CF +QoS DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 BSSID:00:aa:bb:cc:dd:ee LLC, dsap Null (0x00) Group, ssap Unknown (0x40) Command, ctrl 0x002a: Information, send seq 21, rcv seq 0, Flags [Command], length 20\n"
        + "\t0x0000:  0140 2a00 0000 0a0b 0c0d 0e0f aaaa 0300  .@*.............\n"
        + "\t0x0010:  0000 0800                                ....\n"
        + "0us CF +QoS DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 BSSID:00:aa:bb:cc:dd:ee LLC, dsap 802.1B I (0x02) Individual, ssap Unknown (0x40) Command, ctrl 0x002a: Information, send seq 21, rcv seq 0, Flags [Command], length 32\n"
        + "\t0x0000:  0240 2a00 0000 0a0b 0c0d 0e0f 00aa bbcc  .@*.............\n"
        + "\t0x0010:  ddee 0011 2233 4455 aaaa 0300 0000 0800  ....\"3DU........\n"
        + "0us DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 BSSID:00:aa:bb:cc:dd:ee LLC, dsap STP (0x42) Individual, ssap STP (0x42) Command, ctrl 0x03: STP 802.1d, Config (invalid)\n"
        + "unknown 802.11 frame type (3)\n"
        + " [|802.11]\n"
        + " [|802.11]\n"
        + " [|802.11]\n"
        + "314us BSSID:00:aa:bb:cc:dd:ee DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 ReAssoc Response [|802.11]\n";

    [Fact]
    public void WlanMesh() => Assert.Equal(ExpectedWlanMesh,
        InProcessPrint.HexFrames(WlanFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Mesh = true }, linkType: 105));

    private const string ExpectedWlanMesh =
        "Beacon (home) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit] ESS CH: 6, PRIVACY [|802.11]\n"
        + "Beacon (a^Ab) [6.0 9.0 Mbit] IBSS CH: 6\n"
        + "Probe Response () [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit]\n"
        + "Probe Request (probe) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit]\n"
        + "Probe Request\n"
        + "Assoc Request (net) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit]\n"
        + "Assoc Response AID(1) : PRIVACY : Successful\n"
        + "ReAssoc Response AID(5) :: Association denied due to reason outside the scope of this standard\n"
        + "ReAssoc Request (re) AP : 00:aa:bb:cc:dd:ee\n"
        + "Authentication (Open System)-1: Successful\n"
        + "Authentication (Open System)-2: \n"
        + "Authentication (Shared Key)-2 [Challenge Text] \n"
        + "Authentication (Shared Key)-3 [Challenge Text] Authentication rejected because of challenge failure\n"
        + "Authentication (Reserved)-1: n/a\n"
        + "DeAuthentication (00:11:22:33:44:55): Deauthenticated because sending STA is leaving (or has left) IBSS or ESS\n"
        + "DeAuthentication (00:11:22:33:44:55): Reserved\n"
        + "Disassociation: Disassociated because sending STA is leaving (or has left) BSS\n"
        + "ATIM\n"
        + "Action (00:11:22:33:44:55): BA ADDBA Request\n"
        + "Action (00:11:22:33:44:55): HT MIMOPwrSave\n"
        + "Action (00:11:22:33:44:55): MeshAction MCCA Setup Reply\n"
        + "Action (00:11:22:33:44:55): MultiohopAction Proxy Update Confirmation\n"
        + "Action (00:11:22:33:44:55): SelfprotectAction Group Key Inform\n"
        + "Action (00:11:22:33:44:55): Vendor Act#2\n"
        + "Action (00:11:22:33:44:55): Reserved(5) Act#9\n"
        + "Action (00:11:22:33:44:55): Spectrum Management Act#1\n"
        + "Action (00:11:22:33:44:55): BA Act#9\n"
        + "Unhandled Management subtype(6)\n"
        + "Beacon IV:221100 Pad 33 KeyID 0\n"
        + "Beacon ESS, PRIVACY [|802.11]\n"
        + "Beacon (ab) ESS, PRIVACY [|802.11]\n"
        + "Beacon [|802.11]\n"
        + "Request-To-Send TA:00:11:22:33:44:55 \n"
        + "Clear-To-Send RA:ff:ff:ff:ff:ff:ff \n"
        + "Acknowledgment RA:ff:ff:ff:ff:ff:ff \n"
        + "Power Save-Poll AID(1)\n"
        + "CF-End RA:ff:ff:ff:ff:ff:ff \n"
        + "CF-End+CF-Ack RA:ff:ff:ff:ff:ff:ff \n"
        + "BAR RA:ff:ff:ff:ff:ff:ff TA:00:11:22:33:44:55 CTL(4) SEQ(32) \n"
        + "BA RA:ff:ff:ff:ff:ff:ff \n"
        + "Control Wrapper\n"
        + "unknown 802.11 ctrl frame subtype (3)\n"
        + " [|802.11]\n"
        + " [|802.11]\n"
        + "IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 8\n"
        + "ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28\n"
        + "IPX  [|ipx]\n"
        + "IP6 2001:db8::1 > 2001:db8::2: ICMP6, length 0 (invalid)\n"
        + "Data IV:3aaaa Pad 0 KeyID 0\n"
        + "\n"
        + " [|802.11]\n"
        + "Data IV:30201 Pad 20 KeyID 0\n"
        + "Data [|802.11]\n"
        + " [|ip]\n"
        + "00:11:22:33:44:55 Unknown SSAP 0x10 > ff:ff:ff:ff:ff:ff Null Information, send seq 17, rcv seq 25, Flags [Final], length 14\n"
        + "\t0x0000:  0011 2233 4455 aaaa 0300 0000 0800       ..\"3DU........\n"
        + "STP 802.1d, Config (invalid)\n"
        + "unknown 802.11 frame type (3)\n"
        + " [|802.11]\n"
        + " [|802.11]\n"
        + " [|802.11]\n"
        + "ReAssoc Response [|802.11]\n";

}
