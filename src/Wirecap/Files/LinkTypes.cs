namespace Wirecap.Files;

/// <summary>
/// Link-layer header types. Files carry LINKTYPE_ values, and so do <see cref="CaptureReader.LinkType"/> and
/// <see cref="PacketHeader.LinkType"/>; libpcap names and describes the host's DLT_ values (Linux numbering),
/// which differ from the LINKTYPE_ values for a few old types (LINKTYPE_RAW 101 is DLT_RAW 12, ...).
/// </summary>
public static class LinkTypes
{
    private readonly record struct Choice(int Dlt, string Name, string Description);

    // pcap_datalink_val_to_name's table in libpcap 1.10.3's order (the first match wins).
    private static readonly Choice[] Choices =
    [
        new(0, "NULL", "BSD loopback"),
        new(1, "EN10MB", "Ethernet"),
        new(6, "IEEE802", "Token ring"),
        new(7, "ARCNET", "BSD ARCNET"),
        new(8, "SLIP", "SLIP"),
        new(9, "PPP", "PPP"),
        new(10, "FDDI", "FDDI"),
        new(11, "ATM_RFC1483", "RFC 1483 LLC-encapsulated ATM"),
        new(12, "RAW", "Raw IP"),
        new(15, "SLIP_BSDOS", "BSD/OS SLIP"),
        new(16, "PPP_BSDOS", "BSD/OS PPP"),
        new(19, "ATM_CLIP", "Linux Classical IP over ATM"),
        new(50, "PPP_SERIAL", "PPP over serial"),
        new(51, "PPP_ETHER", "PPPoE"),
        new(99, "SYMANTEC_FIREWALL", "Symantec Firewall"),
        new(104, "C_HDLC", "Cisco HDLC"),
        new(105, "IEEE802_11", "802.11"),
        new(107, "FRELAY", "Frame Relay"),
        new(108, "LOOP", "OpenBSD loopback"),
        new(109, "ENC", "OpenBSD encapsulated IP"),
        new(113, "LINUX_SLL", "Linux cooked v1"),
        new(114, "LTALK", "Localtalk"),
        new(117, "PFLOG", "OpenBSD pflog file"),
        new(246, "PFSYNC", "Packet filter state syncing"),
        new(119, "PRISM_HEADER", "802.11 plus Prism header"),
        new(122, "IP_OVER_FC", "RFC 2625 IP-over-Fibre Channel"),
        new(123, "SUNATM", "Sun raw ATM"),
        new(127, "IEEE802_11_RADIO", "802.11 plus radiotap header"),
        new(129, "ARCNET_LINUX", "Linux ARCNET"),
        new(130, "JUNIPER_MLPPP", "Juniper Multi-Link PPP"),
        new(131, "JUNIPER_MLFR", "Juniper Multi-Link Frame Relay"),
        new(132, "JUNIPER_ES", "Juniper Encryption Services PIC"),
        new(133, "JUNIPER_GGSN", "Juniper GGSN PIC"),
        new(134, "JUNIPER_MFR", "Juniper FRF.16 Frame Relay"),
        new(135, "JUNIPER_ATM2", "Juniper ATM2 PIC"),
        new(136, "JUNIPER_SERVICES", "Juniper Advanced Services PIC"),
        new(137, "JUNIPER_ATM1", "Juniper ATM1 PIC"),
        new(138, "APPLE_IP_OVER_IEEE1394", "Apple IP-over-IEEE 1394"),
        new(139, "MTP2_WITH_PHDR", "SS7 MTP2 with Pseudo-header"),
        new(140, "MTP2", "SS7 MTP2"),
        new(141, "MTP3", "SS7 MTP3"),
        new(142, "SCCP", "SS7 SCCP"),
        new(143, "DOCSIS", "DOCSIS"),
        new(144, "LINUX_IRDA", "Linux IrDA"),
        new(163, "IEEE802_11_RADIO_AVS", "802.11 plus AVS radio information header"),
        new(164, "JUNIPER_MONITOR", "Juniper Passive Monitor PIC"),
        new(165, "BACNET_MS_TP", "BACnet MS/TP"),
        new(166, "PPP_PPPD", "PPP for pppd, with direction flag"),
        new(167, "JUNIPER_PPPOE", "Juniper PPPoE"),
        new(168, "JUNIPER_PPPOE_ATM", "Juniper PPPoE/ATM"),
        new(169, "GPRS_LLC", "GPRS LLC"),
        new(170, "GPF_T", "GPF-T"),
        new(171, "GPF_F", "GPF-F"),
        new(174, "JUNIPER_PIC_PEER", "Juniper PIC Peer"),
        new(175, "ERF_ETH", "Ethernet with Endace ERF header"),
        new(176, "ERF_POS", "Packet-over-SONET with Endace ERF header"),
        new(177, "LINUX_LAPD", "Linux vISDN LAPD"),
        new(178, "JUNIPER_ETHER", "Juniper Ethernet"),
        new(179, "JUNIPER_PPP", "Juniper PPP"),
        new(180, "JUNIPER_FRELAY", "Juniper Frame Relay"),
        new(181, "JUNIPER_CHDLC", "Juniper C-HDLC"),
        new(182, "MFR", "FRF.16 Frame Relay"),
        new(183, "JUNIPER_VP", "Juniper Voice PIC"),
        new(184, "A429", "Arinc 429"),
        new(185, "A653_ICM", "Arinc 653 Interpartition Communication"),
        new(186, "USB_FREEBSD", "USB with FreeBSD header"),
        new(187, "BLUETOOTH_HCI_H4", "Bluetooth HCI UART transport layer"),
        new(188, "IEEE802_16_MAC_CPS", "IEEE 802.16 MAC Common Part Sublayer"),
        new(189, "USB_LINUX", "USB with Linux header"),
        new(190, "CAN20B", "Controller Area Network (CAN) v. 2.0B"),
        new(191, "IEEE802_15_4_LINUX", "IEEE 802.15.4 with Linux padding"),
        new(192, "PPI", "Per-Packet Information"),
        new(193, "IEEE802_16_MAC_CPS_RADIO", "IEEE 802.16 MAC Common Part Sublayer plus radiotap header"),
        new(194, "JUNIPER_ISM", "Juniper Integrated Service Module"),
        new(195, "IEEE802_15_4", "IEEE 802.15.4 with FCS"),
        new(196, "SITA", "SITA pseudo-header"),
        new(197, "ERF", "Endace ERF header"),
        new(198, "RAIF1", "Ethernet with u10 Networks pseudo-header"),
        new(199, "IPMB_KONTRON", "IPMB with Kontron pseudo-header"),
        new(200, "JUNIPER_ST", "Juniper Secure Tunnel"),
        new(201, "BLUETOOTH_HCI_H4_WITH_PHDR", "Bluetooth HCI UART transport layer plus pseudo-header"),
        new(202, "AX25_KISS", "AX.25 with KISS header"),
        new(209, "IPMB_LINUX", "IPMB with Linux/Pigeon Point pseudo-header"),
        new(215, "IEEE802_15_4_NONASK_PHY", "IEEE 802.15.4 with non-ASK PHY data"),
        new(219, "MPLS", "MPLS with label as link-layer header"),
        new(216, "LINUX_EVDEV", "Linux evdev events"),
        new(220, "USB_LINUX_MMAPPED", "USB with padded Linux header"),
        new(221, "DECT", "DECT"),
        new(222, "AOS", "AOS Space Data Link protocol"),
        new(223, "WIHART", "Wireless HART"),
        new(224, "FC_2", "Fibre Channel FC-2"),
        new(225, "FC_2_WITH_FRAME_DELIMS", "Fibre Channel FC-2 with frame delimiters"),
        new(226, "IPNET", "Solaris ipnet"),
        new(227, "CAN_SOCKETCAN", "CAN-bus with SocketCAN headers"),
        new(228, "IPV4", "Raw IPv4"),
        new(229, "IPV6", "Raw IPv6"),
        new(230, "IEEE802_15_4_NOFCS", "IEEE 802.15.4 without FCS"),
        new(231, "DBUS", "D-Bus"),
        new(232, "JUNIPER_VS", "Juniper Virtual Server"),
        new(233, "JUNIPER_SRX_E2E", "Juniper SRX E2E"),
        new(234, "JUNIPER_FIBRECHANNEL", "Juniper Fibre Channel"),
        new(235, "DVB_CI", "DVB-CI"),
        new(236, "MUX27010", "MUX27010"),
        new(237, "STANAG_5066_D_PDU", "STANAG 5066 D_PDUs"),
        new(238, "JUNIPER_ATM_CEMIC", "Juniper ATM CEMIC"),
        new(239, "NFLOG", "Linux netfilter log messages"),
        new(240, "NETANALYZER", "Ethernet with Hilscher netANALYZER pseudo-header"),
        new(241, "NETANALYZER_TRANSPARENT", "Ethernet with Hilscher netANALYZER pseudo-header and with preamble and SFD"),
        new(242, "IPOIB", "RFC 4391 IP-over-Infiniband"),
        new(243, "MPEG_2_TS", "MPEG-2 transport stream"),
        new(244, "NG40", "ng40 protocol tester Iub/Iur"),
        new(245, "NFC_LLCP", "NFC LLCP PDUs with pseudo-header"),
        new(247, "INFINIBAND", "InfiniBand"),
        new(248, "SCTP", "SCTP"),
        new(249, "USBPCAP", "USB with USBPcap header"),
        new(250, "RTAC_SERIAL", "Schweitzer Engineering Laboratories RTAC packets"),
        new(251, "BLUETOOTH_LE_LL", "Bluetooth Low Energy air interface"),
        new(253, "NETLINK", "Linux netlink"),
        new(254, "BLUETOOTH_LINUX_MONITOR", "Bluetooth Linux Monitor"),
        new(255, "BLUETOOTH_BREDR_BB", "Bluetooth Basic Rate/Enhanced Data Rate baseband packets"),
        new(256, "BLUETOOTH_LE_LL_WITH_PHDR", "Bluetooth Low Energy air interface with pseudo-header"),
        new(257, "PROFIBUS_DL", "PROFIBUS data link layer"),
        new(258, "PKTAP", "Apple DLT_PKTAP"),
        new(259, "EPON", "Ethernet with 802.3 Clause 65 EPON preamble"),
        new(260, "IPMI_HPM_2", "IPMI trace packets"),
        new(261, "ZWAVE_R1_R2", "Z-Wave RF profile R1 and R2 packets"),
        new(262, "ZWAVE_R3", "Z-Wave RF profile R3 packets"),
        new(263, "WATTSTOPPER_DLM", "WattStopper Digital Lighting Management (DLM) and Legrand Nitoo Open protocol"),
        new(264, "ISO_14443", "ISO 14443 messages"),
        new(265, "RDS", "IEC 62106 Radio Data System groups"),
        new(266, "USB_DARWIN", "USB with Darwin header"),
        new(267, "OPENFLOW", "OpenBSD DLT_OPENFLOW"),
        new(268, "SDLC", "IBM SDLC frames"),
        new(269, "TI_LLN_SNIFFER", "TI LLN sniffer frames"),
        new(271, "VSOCK", "Linux vsock"),
        new(272, "NORDIC_BLE", "Nordic Semiconductor Bluetooth LE sniffer frames"),
        new(273, "DOCSIS31_XRA31", "Excentis XRA-31 DOCSIS 3.1 RF sniffer frames"),
        new(274, "ETHERNET_MPACKET", "802.3br mPackets"),
        new(275, "DISPLAYPORT_AUX", "DisplayPort AUX channel monitoring data"),
        new(276, "LINUX_SLL2", "Linux cooked v2"),
        new(278, "OPENVIZSLA", "OpenVizsla USB"),
        new(279, "EBHSCR", "Elektrobit High Speed Capture and Replay (EBHSCR)"),
        new(280, "VPP_DISPATCH", "VPP graph dispatch tracer"),
        new(281, "DSA_TAG_BRCM", "Broadcom tag"),
        new(282, "DSA_TAG_BRCM_PREPEND", "Broadcom tag (prepended)"),
        new(283, "IEEE802_15_4_TAP", "IEEE 802.15.4 with pseudo-header"),
        new(284, "DSA_TAG_DSA", "Marvell DSA"),
        new(285, "DSA_TAG_EDSA", "Marvell EDSA"),
        new(286, "ELEE", "ELEE lawful intercept packets"),
        new(287, "Z_WAVE_SERIAL", "Z-Wave serial frames between host and chip"),
        new(288, "USB_2_0", "USB 2.0/1.1/1.0 as transmitted over the cable"),
        new(289, "ATSC_ALP", "ATSC Link-Layer Protocol packets"),
    ];

    /// <summary>The lowest and highest LINKTYPE_ values that are the same number as their DLT_.</summary>
    private const int MatchingMin = 104, MatchingMax = 289;
    private const int LinktypeAtmClip = 106, LinktypePfsync = 246, LinktypePktap = 258;

    // LINKTYPE_ and DLT_ values that differ, or sit below the matching range (linktype_map).
    private static readonly (int Dlt, int LinkType)[] Map =
    [
        (0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7), (8, 8), (9, 9), (10, 10), (99, 99),
        (11, 100), (12, 101), (15, 102), (16, 103), (112, 112), (104, 104), (19, 106), (50, 50), (51, 51),
    ];

    /// <summary>linktype_to_dlt: the DLT_ value a file's LINKTYPE_ value stands for (unknown ones pass through).</summary>
    public static int ToDlt(int linkType)
    {
        if (linkType is LinktypePfsync or LinktypePktap) return linkType;
        if (linkType is >= MatchingMin and <= MatchingMax && linkType != LinktypeAtmClip) return linkType;
        foreach (var (dlt, lt) in Map)
            if (lt == linkType) return dlt;
        return linkType;
    }

    /// <summary>dlt_to_linktype: the LINKTYPE_ value written for a DLT_ value, or -1 when files cannot hold it.</summary>
    public static int FromDlt(int dlt)
    {
        if (dlt is LinktypePfsync or LinktypePktap) return dlt;
        if (dlt is >= MatchingMin and <= MatchingMax) return dlt;
        foreach (var (d, lt) in Map)
            if (d == dlt) return lt;
        return -1;
    }

    /// <summary>pcap_datalink_val_to_name of the type's DLT_ ("EN10MB"), or null when libpcap has no name.</summary>
    public static string? Name(int linkType) => Find(ToDlt(linkType))?.Name;

    /// <summary>pcap_datalink_val_to_description of the type's DLT_ ("Ethernet"), or null.</summary>
    public static string? Description(int linkType) => Find(ToDlt(linkType))?.Description;

    /// <summary>
    /// What tcpdump's "reading from file" line says after "link-type ": "EN10MB (Ethernet)",
    /// or just the DLT_ number when libpcap has no name for it.
    /// </summary>
    public static string BannerText(int linkType)
    {
        int dlt = ToDlt(linkType);
        var c = Find(dlt);
        return c is { } k ? k.Name + " (" + k.Description + ")" : ((uint)dlt).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>pcap_datalink_name_to_val: the DLT_ value of a name (case-insensitive, without "DLT_"), or -1.</summary>
    public static int DltFromName(string name)
    {
        foreach (var c in Choices)
            if (string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)) return c.Dlt;
        return -1;
    }

    /// <summary>The LINKTYPE_ value of a DLT_ name (as this library numbers link types), or -1.</summary>
    public static int FromName(string name)
    {
        int dlt = DltFromName(name);
        return dlt < 0 ? -1 : FromDlt(dlt);
    }

    // The DLT_ values below and above the matching range that libpcap's filter compiler knows (init_linktype).
    private static readonly int[] FilterableOldDlts = [0, 1, 6, 7, 8, 9, 10, 11, 12, 15, 16, 19, 50, 51, 99];

    /// <summary>
    /// tcpdump always compiles a filter (an empty one by default), and libpcap's compiler refuses a DLT_
    /// it does not know outside the matching range: that message, or null when the type is accepted.
    /// </summary>
    public static string? FilterError(int linkType)
    {
        int dlt = ToDlt(linkType);
        if (dlt is >= MatchingMin and <= MatchingMax) return null;
        if (Array.IndexOf(FilterableOldDlts, dlt) >= 0) return null;
        return "unknown data link type " + dlt + " (min " + MatchingMin + ", max " + MatchingMax + ")";
    }

    /// <summary>max_snaplen_for_dlt: the largest packet libpcap accepts for a DLT_ value.</summary>
    internal static uint MaxSnapLenForDlt(int dlt) => dlt switch
    {
        231 => 128 * 1024 * 1024, // D-Bus
        279 => 8 * 1024 * 1024,   // EBHSCR
        249 => 1024 * 1024,       // USBPcap
        _ => 262144,
    };

    private static Choice? Find(int dlt)
    {
        foreach (var c in Choices)
            if (c.Dlt == dlt) return c;
        return null;
    }
}
