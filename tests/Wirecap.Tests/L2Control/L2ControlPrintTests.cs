using Wirecap.Print;
using Xunit;
using static Wirecap.Tests.Print.L2Harness;

namespace Wirecap.Tests.L2Control;

/// <summary>
/// LLDP, STP, CDP, VTP, UDLD and DTP frames through the Ethernet printer. The expected texts are
/// tcpdump 4.99.3's output for the same frames (tcpdump -t -n, with the options named).
/// </summary>
public class L2ControlPrintTests
{
    /// <summary>Base TLVs, a management address and the 802.3 MAC/PHY TLV, with -v.</summary>
    [Fact]
    public void LldpV()
    {
        var hex = "0180c200000e00112233445588cc0207040011223344550406054769302f31060200780a037377310e0400140004100c"
            + "05010a000001020000000300fe0900120f01036c0100100000";
        Assert.Equal("LLDP, length 59\n"
            + "\tChassis ID TLV (1), length 7\n"
            + "\t  Subtype MAC address (4): 00:11:22:33:44:55\n"
            + "\tPort ID TLV (2), length 6\n"
            + "\t  Subtype Interface Name (5): Gi0/1\n"
            + "\tTime to Live TLV (3), length 2: TTL 120s\n"
            + "\tSystem Name TLV (5), length 3: sw1\n"
            + "\tSystem Capabilities TLV (7), length 4\n"
            + "\t  System  Capabilities [Bridge, Router] (0x0014)\n"
            + "\t  Enabled Capabilities [Bridge] (0x0004)\n"
            + "\tManagement Address TLV (8), length 12\n"
            + "\t  Management Address length 5, AFI IPv4 (1): 10.0.0.1\n"
            + "\t  Interface Index Interface Numbering (2): 3\n"
            + "\tOrganization specific TLV (127), length 9: OUI IEEE 802.3 Private (0x00120f)\n"
            + "\t  MAC/PHY configuration/status Subtype (1)\n"
            + "\t    autonegotiation [supported, enabled] (0x03)\n"
            + "\t    PMD autoneg capability [10BASE-T hdx, 10BASE-T fdx, 100BASE-TX hdx, 100BASE-TX fdx, 1000BASE-T fdx] (0x6c01)\n"
            + "\t    MAU type 100BASETX fdx (0x0010)\n"
            + "\tEnd TLV (0), length 0\n",
            Link(1, hex, Opt(v: 1)));
    }

    /// <summary>Without -v only the system name follows the length.</summary>
    [Fact]
    public void LldpQ()
    {
        var hex = "0180c200000e00112233445588cc0207040011223344550406054769302f31060200780a037377310e0400140004100c"
            + "05010a000001020000000300fe0900120f01036c0100100000";
        Assert.Equal("LLDP, length 59: sw1\n",
            Link(1, hex, Opt()));
    }

    /// <summary>A TLV header past the capture: " [|lldp]" and the LLDP text ends.</summary>
    [Fact]
    public void LldpTrunc()
    {
        var hex = "0180c200000e00112233445588cc0207040011223344550406054769302f31060200780a03737731";
        Assert.Equal("LLDP, length 59\n"
            + "\tChassis ID TLV (1), length 7\n"
            + "\t  Subtype MAC address (4): 00:11:22:33:44:55\n"
            + "\tPort ID TLV (2), length 6\n"
            + "\t  Subtype Interface Name (5): Gi0/1\n"
            + "\tTime to Live TLV (3), length 2: TTL 120s\n"
            + "\tSystem Name TLV (5), length 3: sw1 [|lldp]\n",
            Link(1, hex, Opt(v: 1), wireLength: 73));
    }

    /// <summary>LLDP-MED network policy and power, an 802.1 VLAN name; -vv adds every TLV's hex.</summary>
    [Fact]
    public void LldpMed()
    {
        var hex = "0180c200000e00112233445588ccfe080012bb0201a064aefe070012bb0451009bfe0b0080c203000a04646174610000";
        Assert.Equal("LLDP, length 34\n"
            + "\tOrganization specific TLV (127), length 8: OUI ANSI/TIA (0x0012bb)\n"
            + "\t  Network policy Subtype (2)\n"
            + "\t    Application type [voice] (0x01), Flags [Unknown, reserved]\n"
            + "\t    Vlan id 50, L2 priority 2, DSCP value 46\n"
            + "\t  0x0000:  0012 bb02 01a0 64ae\n"
            + "\tOrganization specific TLV (127), length 7: OUI ANSI/TIA (0x0012bb)\n"
            + "\t  Extended power-via-MDI Subtype (4)\n"
            + "\t    Power type [PD device], Power source [PSE - primary power source]\n"
            + "\t    Power priority [critical] (0x01), Power 15.5 Watts\n"
            + "\t  0x0000:  0012 bb04 5100 9b\n"
            + "\tOrganization specific TLV (127), length 11: OUI Ethernet bridged (0x0080c2)\n"
            + "\t  VLAN name Subtype (3)\n"
            + "\t    vlan id (VID): 10\n"
            + "\t    vlan name: data\n"
            + "\t  0x0000:  0080 c203 000a 0464 6174 61\n"
            + "\tEnd TLV (0), length 0\n",
            Link(1, hex, Opt(v: 2)));
    }

    /// <summary>802.1D configuration BPDU: timers in 1/256 s printed with two decimals.</summary>
    [Fact]
    public void StpV()
    {
        var hex = "0180c2000000001122334455002642420300000000018000001122334455000000048001aabbccddeeff800201001400"
            + "02000f00";
        Assert.Equal("STP 802.1d, Config, Flags [Topology change], bridge-id 8001.aa:bb:cc:dd:ee:ff.8002, length 35\n"
            + "\tmessage-age 1.00s, max-age 20.00s, hello-time 2.00s, forwarding-delay 15.00s\n"
            + "\troot-id 8000.00:11:22:33:44:55, root-pathcost 4\n",
            Link(1, hex, Opt(v: 1)));
    }

    /// <summary>Without -v only the flags and bridge ID.</summary>
    [Fact]
    public void StpQ()
    {
        var hex = "0180c2000000001122334455002642420300000000018000001122334455000000048001aabbccddeeff800201001400"
            + "02000f00";
        Assert.Equal("STP 802.1d, Config, Flags [Topology change], bridge-id 8001.aa:bb:cc:dd:ee:ff.8002, length 35\n",
            Link(1, hex, Opt()));
    }

    /// <summary>RSTP: the port role from the flags.</summary>
    [Fact]
    public void RstpV()
    {
        var hex = "0180c20000000011223344550027424203000002023c8000001122334455000000048001aabbccddeeff800200801400"
            + "02000f0000";
        Assert.Equal("STP 802.1w, Rapid STP, Flags [Learn, Forward], bridge-id 8001.aa:bb:cc:dd:ee:ff.8002, length 36\n"
            + "\tmessage-age 0.50s, max-age 20.00s, hello-time 2.00s, forwarding-delay 15.00s\n"
            + "\troot-id 8000.00:11:22:33:44:55, root-pathcost 4, port-role Designated\n",
            Link(1, hex, Opt(v: 1)));
    }

    /// <summary>A BPDU shorter than its type needs is " (invalid)".</summary>
    [Fact]
    public void StpShort()
    {
        var hex = "0180c20000000011223344550017424203000002023c8000001122334455000000048001aa";
        Assert.Equal("STP 802.1w, Rapid STP (invalid)\n",
            Link(1, hex, Opt(v: 1)));
    }

    /// <summary>MSTP with one MSTI record.</summary>
    [Fact]
    public void MstpV()
    {
        var hex = "0180c20000000011223344550079424203000003027c8000001122334455000000008000001122334455800100001400"
            + "02000f0000005000726567696f6e31000000000000000000000000000000000000000000000000000001000102030405"
            + "060708090a0b0c0d0e0f000000008000001122334455147c800100112233445500000000808014";
        Assert.Equal("STP 802.1s, Rapid STP, CIST Flags [Learn, Forward, Agreement], length 118\n"
            + "\tport-role Designated, CIST root-id 8000.00:11:22:33:44:55, CIST ext-pathcost 0\n"
            + "\tCIST regional-root-id 8000.00:11:22:33:44:55, CIST port-id 8001,\n"
            + "\tmessage-age 0.00s, max-age 20.00s, hello-time 2.00s, forwarding-delay 15.00s\n"
            + "\tv3len 80, MCID Name region1, rev 1,\n"
            + "\t\tdigest 000102030405060708090a0b0c0d0e0f, CIST int-root-pathcost 0,\n"
            + "\tCIST bridge-id 8000.00:11:22:33:44:55, CIST remaining-hops 20\n"
            + "\tMSTI 1, Flags [Learn, Forward, Agreement], port-role Designated\n"
            + "\t\tMSTI regional-root-id 8001.00:11:22:33:44:55, pathcost 0\n"
            + "\t\tMSTI bridge-prio 8, port-prio 8, hops 20\n",
            Link(1, hex, Opt(v: 1)));
    }

    /// <summary>MSTP cut inside the configuration digest: the output stops before that statement.</summary>
    [Fact]
    public void MstpTrunc()
    {
        var hex = "0180c20000000011223344550079424203000003027c8000001122334455000000008000001122334455800100001400"
            + "02000f0000005000726567696f6e31000000000000000000000000000000000000000000000000000001000102030405"
            + "06070809";
        Assert.Equal("STP 802.1s, Rapid STP, CIST Flags [Learn, Forward, Agreement], length 118\n"
            + "\tport-role Designated, CIST root-id 8000.00:11:22:33:44:55, CIST ext-pathcost 0\n"
            + "\tCIST regional-root-id 8000.00:11:22:33:44:55, CIST port-id 8001,\n"
            + "\tmessage-age 0.00s, max-age 20.00s, hello-time 2.00s, forwarding-delay 15.00s\n"
            + "\tv3len 80, MCID Name region1 [|stp]\n",
            Link(1, hex, Opt(v: 1), wireLength: 135));
    }

    /// <summary>CDP with -v: strings, an IPv4 address, capabilities, the version text on indented lines, power.</summary>
    [Fact]
    public void CdpV()
    {
        var hex = "01000ccccccc001122334455004caaaa0300000c200002b412340001000773773100020011000000010101cc00040a00"
            + "0001000300094769302f3100040008000000280005000c494f530a31322e32000b000501001000061f40";
        Assert.Equal("CDPv2, ttl: 180s, checksum: 0x1234 (unverified), length 68\n"
            + "\tDevice-ID (0x01), value length: 3 bytes: 'sw1'\n"
            + "\tAddress (0x02), value length: 13 bytes: IPv4 (1) 10.0.0.1\n"
            + "\tPort-ID (0x03), value length: 5 bytes: 'Gi0/1'\n"
            + "\tCapability (0x04), value length: 4 bytes: (0x00000028): L2 Switch, IGMP snooping\n"
            + "\tVersion String (0x05), value length: 8 bytes: \n"
            + "\t  IOS\n"
            + "\t  12.2\n"
            + "\tDuplex (0x0b), value length: 1 byte: full\n"
            + "\tpower consumption (0x10), value length: 2 bytes: 8.00W\n",
            Link(1, hex, Opt(v: 1)));
    }

    /// <summary>Without -v tcpdump 4.99.3 prints the device ID and hex dumps of every other TLV.</summary>
    [Fact]
    public void CdpQ()
    {
        var hex = "01000ccccccc001122334455004caaaa0300000c200002b412340001000773773100020011000000010101cc00040a00"
            + "0001000300094769302f3100040008000000280005000c494f530a31322e32000b000501001000061f40";
        Assert.Equal("CDPv2, ttl: 180s, Device-ID 'sw1'\n"
            + "\t  0x0000:  0000 0001 0101 cc00 040a 0000 01\n"
            + "\t  0x0000:  4769 302f 31\n"
            + "\t  0x0000:  0000 0028\n"
            + "\t  0x0000:  494f 530a 3132 2e32\n"
            + "\t  0x0000:  01\n"
            + "\t  0x0000:  1f40, length 68\n",
            Link(1, hex, Opt()));
    }

    /// <summary>A TLV header past the capture ends the packet with " [|cdp]".</summary>
    [Fact]
    public void CdpTrunc()
    {
        var hex = "01000ccccccc001122334455004caaaa0300000c200002b412340001000773773100020011000000010101cc00040a00"
            + "00010003";
        Assert.Equal("CDPv2, ttl: 180s, checksum: 0x1234 (unverified), length 68\n"
            + "\tDevice-ID (0x01), value length: 3 bytes: 'sw1'\n"
            + "\tAddress (0x02), value length: 13 bytes: IPv4 (1) 10.0.0.1 [|cdp]\n",
            Link(1, hex, Opt(v: 1), wireLength: 90));
    }

    /// <summary>A TLV longer than the packet is " (invalid)".</summary>
    [Fact]
    public void CdpToolong()
    {
        var hex = "01000ccccccc0011223344550012aaaa0300000c200002b41234000100096162";
        Assert.Equal("CDPv2, ttl: 180s, checksum: 0x1234 (unverified), length 10 (TLV length 9 > 6) (invalid)\n",
            Link(1, hex, Opt(v: 1)));
    }

    /// <summary>VTP summary advertisement.</summary>
    [Fact]
    public void VtpSummary()
    {
        var hex = "01000ccccccc0011223344550050aaaa0300000c200301010304636f7270000000000000000000000000000000000000"
            + "000000000000000000000000002a0a000001393330333031303030303030000102030405060708090a0b0c0d0e0f";
        Assert.Equal("VTPv1, Message Summary advertisement (0x01), length 72\n"
            + "\tDomain name: corp, Followers: 3\n"
            + "\t  Config Rev 2a, Updater 10.0.0.1, Timestamp 0x39333033 0x30313030 0x30303030, MD5 digest: 000102030405060708090a0b0c0d0e0f\n",
            Link(1, hex, Opt(v: 1)));
    }

    /// <summary>VTP subset advertisement with one VLAN and its pruning TLV.</summary>
    [Fact]
    public void VtpSubset()
    {
        var hex = "01000ccccccc0011223344550048aaaa0300000c200301020104636f7270000000000000000000000000000000000000"
            + "000000000000000000000000001018000107000105dc000186a164656661756c740006010001";
        Assert.Equal("VTPv1, Message Subset advertisement (0x02), length 64\n"
            + "\tDomain name: corp, Seq number: 1, Config Rev 10\n"
            + "\tVLAN info status Operational, type Ethernet, VLAN-id 1, MTU 1500, SAID 0x000186a1, Name default\n"
            + "\t\tPruning TLV (0x0006) TLV, Enabled (1)\n",
            Link(1, hex, Opt(v: 1)));
    }

    /// <summary>Without -v only the version and message type.</summary>
    [Fact]
    public void VtpQ()
    {
        var hex = "01000ccccccc0011223344550048aaaa0300000c200301020104636f7270000000000000000000000000000000000000"
            + "000000000000000000000000001018000107000105dc000186a164656661756c740006010001";
        Assert.Equal("VTPv1, Message Subset advertisement (0x02), length 64\n",
            Link(1, hex, Opt()));
    }

    /// <summary>UDLD probe: string, interval and sequence TLVs.</summary>
    [Fact]
    public void UdldV()
    {
        var hex = "01000ccccccc001122334455002caaaa0300000c01112103abcd0001000a464f58313233000200094769302f31000400"
            + "05070007000800000005";
        Assert.Equal("UDLDv1, Code Probe message (1), Flags [RT, RSY] (0x03), length 36\n"
            + "\tChecksum 0xabcd (unverified)\n"
            + "\tDevice-ID TLV (0x0001) TLV, length 10, FOX123\n"
            + "\tPort-ID TLV (0x0002) TLV, length 9, Gi0/1\n"
            + "\tMessage Interval TLV (0x0004) TLV, length 5, 7s\n"
            + "\tSequence Number TLV (0x0007) TLV, length 8, 5\n",
            Link(1, hex, Opt(v: 1)));
    }

    /// <summary>An interval TLV of the wrong length is " (invalid)".</summary>
    [Fact]
    public void UdldBad()
    {
        var hex = "01000ccccccc0011223344550012aaaa0300000c01112100abcd000400060708";
        Assert.Equal("UDLDv1, Code Probe message (1), Flags [none] (0x00), length 10\n"
            + "\tChecksum 0xabcd (unverified)\n"
            + "\tMessage Interval TLV (0x0004) TLV, length 6 (invalid)\n",
            Link(1, hex, Opt(v: 1)));
    }

    /// <summary>DTP: domain, status and neighbor TLVs.</summary>
    [Fact]
    public void DtpV()
    {
        var hex = "01000ccccccc0011223344550022aaaa0300000c2004010001000a636973636f0000020005810004000a001f6d96ec04";
        Assert.Equal("DTPv1, length 26\n"
            + "\tDomain (0x0001) TLV, length 10, cisco\n"
            + "\tStatus (0x0002) TLV, length 5, 0x81\n"
            + "\tNeighbor (0x0004) TLV, length 10, 00:1f:6d:96:ec:04\n",
            Link(1, hex, Opt(v: 1)));
    }

    /// <summary>The frames above, for the truncation and allocation checks.</summary>
    public static readonly (string Name, string Hex)[] Frames =
    [
        ("lldp_v", "0180c200000e00112233445588cc0207040011223344550406054769302f31060200780a037377310e0400140004100c05010a000001020000000300fe0900120f01036c0100100000"),
        ("lldp_q", "0180c200000e00112233445588cc0207040011223344550406054769302f31060200780a037377310e0400140004100c05010a000001020000000300fe0900120f01036c0100100000"),
        ("lldp_trunc", "0180c200000e00112233445588cc0207040011223344550406054769302f31060200780a03737731"),
        ("lldp_med", "0180c200000e00112233445588ccfe080012bb0201a064aefe070012bb0451009bfe0b0080c203000a04646174610000"),
        ("stp_v", "0180c2000000001122334455002642420300000000018000001122334455000000048001aabbccddeeff80020100140002000f00"),
        ("stp_q", "0180c2000000001122334455002642420300000000018000001122334455000000048001aabbccddeeff80020100140002000f00"),
        ("rstp_v", "0180c20000000011223344550027424203000002023c8000001122334455000000048001aabbccddeeff80020080140002000f0000"),
        ("stp_short", "0180c20000000011223344550017424203000002023c8000001122334455000000048001aa"),
        ("mstp_v", "0180c20000000011223344550079424203000003027c800000112233445500000000800000112233445580010000140002000f0000005000726567696f6e31000000000000000000000000000000000000000000000000000001000102030405060708090a0b0c0d0e0f000000008000001122334455147c800100112233445500000000808014"),
        ("mstp_trunc", "0180c20000000011223344550079424203000003027c800000112233445500000000800000112233445580010000140002000f0000005000726567696f6e3100000000000000000000000000000000000000000000000000000100010203040506070809"),
        ("cdp_v", "01000ccccccc001122334455004caaaa0300000c200002b412340001000773773100020011000000010101cc00040a000001000300094769302f3100040008000000280005000c494f530a31322e32000b000501001000061f40"),
        ("cdp_q", "01000ccccccc001122334455004caaaa0300000c200002b412340001000773773100020011000000010101cc00040a000001000300094769302f3100040008000000280005000c494f530a31322e32000b000501001000061f40"),
        ("cdp_trunc", "01000ccccccc001122334455004caaaa0300000c200002b412340001000773773100020011000000010101cc00040a0000010003"),
        ("cdp_toolong", "01000ccccccc0011223344550012aaaa0300000c200002b41234000100096162"),
        ("vtp_summary", "01000ccccccc0011223344550050aaaa0300000c200301010304636f7270000000000000000000000000000000000000000000000000000000000000002a0a000001393330333031303030303030000102030405060708090a0b0c0d0e0f"),
        ("vtp_subset", "01000ccccccc0011223344550048aaaa0300000c200301020104636f7270000000000000000000000000000000000000000000000000000000000000001018000107000105dc000186a164656661756c740006010001"),
        ("vtp_q", "01000ccccccc0011223344550048aaaa0300000c200301020104636f7270000000000000000000000000000000000000000000000000000000000000001018000107000105dc000186a164656661756c740006010001"),
        ("udld_v", "01000ccccccc001122334455002caaaa0300000c01112103abcd0001000a464f58313233000200094769302f3100040005070007000800000005"),
        ("udld_bad", "01000ccccccc0011223344550012aaaa0300000c01112100abcd000400060708"),
        ("dtp_v", "01000ccccccc0011223344550022aaaa0300000c2004010001000a636973636f0000020005810004000a001f6d96ec04"),
    ];
}
