namespace Wirecap.Print;

/// <summary>The name tables of print-isoclns.c, nlpid.c, gmpls.c and signature.c used by the OSI printers.</summary>
internal static class IsoClnsTables
{
    public const int NlpidNullns = 0x00, NlpidQ933 = 0x08, NlpidClnp = 0x81, NlpidEsis = 0x82, NlpidIsis = 0x83,
        NlpidIp6 = 0x8e, NlpidPpp = 0xcf, NlpidIp = 0xcc;

    public static readonly Tok Nlpid = new(
        (0x00, "NULL"), (0x08, "Q.933"), (0x09, "LMI"), (0x80, "SNAP"), (0x81, "CLNP"), (0x82, "ES-IS"),
        (0x83, "IS-IS"), (0x84, "CONS"), (0x85, "IDRP"), (0xc1, "ISIS_SPB"), (0xb1, "FRF.15"), (0xcc, "IPv4"),
        (0xcf, "PPP"), (0x8a, "X25 ES-IS"), (0x8e, "IPv6"));

    public static readonly Tok IsisPdu = new(
        (15, "L1 Lan IIH"), (16, "L2 Lan IIH"), (17, "p2p IIH"), (18, "L1 LSP"), (20, "L2 LSP"),
        (24, "L1 CSNP"), (25, "L2 CSNP"), (26, "L1 PSNP"), (27, "L2 PSNP"));

    public static readonly Tok IsisTlv = new(
        (1, "Area address(es)"), (2, "IS Reachability"), (3, "ES Neighbor(s)"), (4, "Partition DIS"),
        (5, "Prefix Neighbors"), (6, "IS Neighbor(s)"), (7, "Instance Identifier"), (8, "Padding"),
        (9, "LSP entries"), (10, "Authentication"), (12, "Checksum"), (13, "Purge Originator Identifier"),
        (14, "LSP Buffersize"), (22, "Extended IS Reachability"), (24, "IS Alias ID"), (42, "DECnet Phase IV"),
        (66, "Lucent Proprietary"), (128, "IPv4 Internal Reachability"), (129, "Protocols supported"),
        (130, "IPv4 External Reachability"), (131, "Inter-Domain Information Type"),
        (132, "IPv4 Interface address(es)"), (133, "IPv4 authentication (deprecated)"),
        (134, "Traffic Engineering Router ID"), (135, "Extended IPv4 Reachability"),
        (138, "Shared Risk Link Group"), (143, "Multi-Topology-Aware Port Capability"),
        (144, "Multi-Topology Capability"), (176, "Nortel Proprietary"), (177, "Nortel Proprietary"),
        (137, "Hostname"), (211, "Restart Signaling"), (222, "Multi Topology IS Reachability"),
        (229, "Multi Topology"), (232, "IPv6 Interface address(es)"), (235, "Multi-Topology IPv4 Reachability"),
        (236, "IPv6 reachability"), (237, "Multi-Topology IP6 Reachability"), (240, "Point-to-point Adjacency State"),
        (241, "Hello PDU Sequence Number"), (242, "IS-IS Router Capability"), (250, "Vendor Private"));

    public static readonly Tok EsisOption = new(
        (129, "Protocols supported"), (195, "QoS Maintenance"), (197, "Security"), (198, "ES Configuration Time"),
        (205, "Priority"), (225, "Addressk Mask"), (226, "SNPA Mask"));

    public static readonly Tok ClnpOption = new(
        (193, "Discard Reason"), (205, "Priority"), (195, "QoS Maintenance"), (197, "Security"),
        (200, "Source Routing"), (203, "Route Recording"), (204, "Padding"));

    public static readonly Tok ClnpRfdClass = new(
        (0x0, "General"), (0x8, "Address"), (0x9, "Source Routeing"), (0xa, "Lifetime"), (0xb, "PDU Discarded"),
        (0xc, "Reassembly"));

    private static readonly Tok RfdGeneral = new(
        (0x0, "Reason not specified"), (0x1, "Protocol procedure error"), (0x2, "Incorrect checksum"),
        (0x3, "PDU discarded due to congestion"), (0x4, "Header syntax error (cannot be parsed)"),
        (0x5, "Segmentation needed but not permitted"), (0x6, "Incomplete PDU received"), (0x7, "Duplicate option"));
    private static readonly Tok RfdAddress = new((0x0, "Destination address unreachable"), (0x1, "Destination address unknown"));
    private static readonly Tok RfdSourceRouteing = new(
        (0x0, "Unspecified source routeing error"), (0x1, "Syntax error in source routeing field"),
        (0x2, "Unknown address in source routeing field"), (0x3, "Path not acceptable"));
    private static readonly Tok RfdLifetime = new(
        (0x0, "Lifetime expired while data unit in transit"), (0x1, "Lifetime expired during reassembly"));
    private static readonly Tok RfdPduDiscard = new(
        (0x0, "Unsupported option not specified"), (0x1, "Unsupported protocol version"),
        (0x2, "Unsupported security option"), (0x3, "Unsupported source routeing option"),
        (0x4, "Unsupported recording of route option"));
    private static readonly Tok RfdReassembly = new((0x0, "Reassembly interference"));
    private static readonly Tok NoNames = new();

    /// <summary>The reason table of an error class (an empty table where tcpdump has NULL).</summary>
    public static Tok RfdErrorClass(int major) => major switch
    {
        0x0 => RfdGeneral,
        0x8 => RfdAddress,
        0x9 => RfdSourceRouteing,
        0xa => RfdLifetime,
        0xb => RfdPduDiscard,
        0xc => RfdReassembly,
        _ => NoNames,
    };

    public static readonly Tok ClnpOptionScope = new(
        (0x40, "Source Address Specific"), (0x80, "Destination Address Specific"), (0xc0, "Globally unique"));
    public static readonly Tok ClnpSrRr = new((0x0, "partial"), (0x1, "complete"));
    public static readonly Tok ClnpSrRrString = new((200, "source routing"), (203, "recording of route in progress"));
    public static readonly Tok ClnpQosGlobal = new(
        (0x20, "reserved"), (0x10, "sequencing vs. delay"), (0x08, "congested"), (0x04, "delay vs. cost"),
        (0x02, "error vs. delay"), (0x01, "error vs. cost"));
    public static readonly Tok ClnpPdu = new(
        (1, "Error Report"), (29, "MD"), (28, "Data"), (30, "Echo Request"), (31, "Echo Response"));
    public static readonly Tok ClnpFlags = new(
        (0x80, "Segmentation permitted"), (0x40, "more Segments"), (0x20, "request Error Report"));
    public static readonly Tok EsisPdu = new((6, "redirect"), (2, "ESH"), (4, "ISH"));

    public static readonly Tok RouterCapFlags = new((0x01, "S bit"), (0x02, "D bit"));
    public static readonly Tok RouterCapSubTlv = new((2, "SR-Capabilities"));
    public static readonly Tok RouterCapSrFlags = new((0x80, "ipv4"), (0x40, "ipv6"));

    public static readonly Tok ExtIsReachSubTlv = new(
        (3, "Administrative groups"), (4, "Link Local/Remote Identifier"), (5, "Link Remote Identifier"),
        (6, "IPv4 interface address"), (8, "IPv4 neighbor address"), (9, "Maximum link bandwidth"),
        (10, "Reservable link bandwidth"), (11, "Unreserved bandwidth"), (18, "Traffic Engineering Metric"),
        (19, "Link Attribute"), (20, "Link Protection Type"), (21, "Interface Switching Capability"),
        (12, "Bandwidth Constraints (old)"), (22, "Bandwidth Constraints"), (32, "LAN Adjacency Segment Identifier"),
        (29, "SPB Metric"), (250, "Reserved for cisco specific extensions"), (251, "Reserved for cisco specific extensions"),
        (252, "Reserved for cisco specific extensions"), (253, "Reserved for cisco specific extensions"),
        (254, "Reserved for cisco specific extensions"), (255, "Reserved for future expansion"));

    public static readonly Tok ExtIpReachSubTlv = new(
        (1, "32-Bit Administrative tag"), (2, "64-Bit Administrative tag"), (3, "Prefix SID"),
        (117, "Management Prefix Color"));

    public static readonly Tok PrefixSidFlags = new(
        (0x80, "Readvertisement"), (0x40, "Node"), (0x20, "No-PHP"), (0x10, "Explicit NULL"), (0x08, "Value"),
        (0x04, "Local"));
    public static readonly Tok PrefixSidAlgo = new((0, "SPF"), (1, "strict-SPF"));

    public static readonly Tok LinkAttribute = new(
        (0x01, "Local Protection Available"), (0x02, "Link excluded from local protection path"),
        (0x04, "Local maintenance required"));

    public static readonly Tok LanAdjSidFlags = new(
        (0x80, "Address family IPv6"), (0x40, "Backup"), (0x20, "Value"), (0x10, "Local significance"),
        (0x08, "Set of adjacencies"), (0x04, "Persistent"));

    public static readonly Tok AuthType = new(
        (1, "simple text password"), (3, "Generic Crypto key-id"), (54, "HMAC-MD5 password"),
        (255, "Routing Domain private password"));

    public static readonly Tok Idrp = new((0, "Reserved"), (1, "Routing-Domain Specific"), (2, "AS Number Tag"));

    public static readonly Tok MtPortCapSubTlv = new((4, "SPB MCID"), (5, "SPB Digest"), (6, "SPB BVID"));
    public static readonly Tok MtCapabilitySubTlv = new((1, "SPB Instance"), (3, "SPBM Service Identifier and Unicast Address"));

    public static readonly Tok MtFlags = new((0x4000, "ATT bit set"), (0x8000, "Overload bit set"));
    public static readonly Tok Mt = new(
        (0, "IPv4 unicast"), (1, "In-Band Management"), (2, "IPv6 unicast"), (3, "Multicast"),
        (4095, "Development, Experimental or Proprietary"));

    public static readonly Tok CircuitType = new((1, "Level 1 only"), (2, "Level 2 only"), (3, "Level 1, Level 2"));
    public static readonly Tok LspIsType = new(
        (0, "Unused 0x0 (invalid)"), (1, "L1 IS"), (2, "Unused 0x2 (invalid)"), (3, "L2 IS"));
    public static readonly Tok PtpAdjacency = new((0, "Up"), (1, "Initializing"), (2, "Down"));
    public static readonly Tok IsReachVirtual = new((0, "IsNotVirtual"), (1, "IsVirtual"));
    public static readonly Tok RestartFlags = new(
        (0x1, "Restart Request"), (0x2, "Restart Acknowledgement"), (0x4, "Suppress adjacency advertisement"));

    public static readonly Tok SignatureCheck = new(
        (0, "valid"), (1, "invalid"), (2, "can't allocate memory"), (3, "unchecked"));

    // gmpls.c
    public const int GmplsPsc1 = 1, GmplsPsc2 = 2, GmplsPsc3 = 3, GmplsPsc4 = 4, GmplsTsc = 100;
    public static readonly Tok GmplsLinkProt = new(
        (0x01, "Extra Traffic"), (0x02, "Unprotected"), (0x04, "Shared"), (0x08, "Dedicated 1:1"),
        (0x10, "Dedicated 1+1"), (0x20, "Enhanced"), (0x40, "Reserved"), (0x80, "Reserved"));
    public static readonly Tok GmplsSwitchCap = new(
        (1, "Packet-Switch Capable-1"), (2, "Packet-Switch Capable-2"), (3, "Packet-Switch Capable-3"),
        (4, "Packet-Switch Capable-4"), (51, "Layer-2 Switch Capable"), (100, "Time-Division-Multiplex"),
        (150, "Lambda-Switch Capable"), (200, "Fiber-Switch Capable"));
    public static readonly Tok GmplsTscIndication = new((0, "Standard SONET/SDH"), (1, "Arbitrary SONET/SDH"));
    public static readonly Tok GmplsEncoding = new(
        (1, "Packet"), (2, "Ethernet V2/DIX"), (3, "ANSI/ETSI PDH"), (4, "Reserved"),
        (5, "SDH ITU-T G.707/SONET ANSI T1.105"), (6, "Reserved"), (7, "Digital Wrapper"), (8, "Lambda (photonic)"),
        (9, "Fiber"), (10, "Reserved"), (11, "FiberChannel"));
    public static readonly Tok DiffservTeBc = new(
        (0, "Russian dolls"), (1, "Maximum allocation"), (254, "Maximum allocation with E-LSP support"));
}
