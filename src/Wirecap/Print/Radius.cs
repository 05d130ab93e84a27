namespace Wirecap.Print;

/// <summary>
/// RADIUS (print-radius.c; RFC 2865, 2866 and the attribute RFCs).
/// <code>
///  0               8               16                             31
/// +---------------+---------------+-------------------------------+
/// |     Code      |  Identifier   |            Length             |
/// +---------------+---------------+-------------------------------+
/// |                     Authenticator (16)                        |
/// +---------------+---------------+-------------------------------+
/// | Attribute type|  Attr length  |  value ...  (attributes repeat)
/// </code>
/// </summary>
public static class Radius
{
    private const int HeaderLength = 20;

    private const int FramedIpAddress = 8, LoginIpHost = 14, FramedIpx = 23, SessionTimeout = 27, IdleTimeout = 28;
    private const int FramedAppleTalkLink = 37, FramedAppleTalkNetwork = 38, AcctDelay = 41, AcctSessionTime = 46;
    private const int EgressVlanId = 56, EgressVlanName = 58, TunnelType = 64, TunnelMedium = 65;
    private const int TunnelClientEndpoint = 66, TunnelServerEndpoint = 67, TunnelPassword = 69;
    private const int ArapPassword = 70, ArapFeatures = 71, EapMessage = 79, TunnelPrivateGroup = 81;
    private const int TunnelAssignmentId = 82, TunnelPreference = 83, ArapChallengeResponse = 84;
    private const int AcctInterimInterval = 85, TunnelClientAuthId = 90, TunnelServerAuthId = 91, ErrorCause = 101;

    private static readonly Tok Codes = new((1, "Access-Request"), (2, "Access-Accept"), (3, "Access-Reject"),
        (4, "Accounting-Request"), (5, "Accounting-Response"), (11, "Access-Challenge"), (12, "Status-Server"),
        (13, "Status-Client"), (40, "Disconnect-Request"), (41, "Disconnect-ACK"), (42, "Disconnect-NAK"),
        (43, "CoA-Request"), (44, "CoA-ACK"), (45, "CoA-NAK"), (255, "Reserved"));

    private static readonly Tok Rfc4675Tagged = new((0x31, "Tagged"), (0x32, "Untagged"));

    /// <summary>SMI network management private enterprise codes (oui.c's smi_values), for Vendor-Specific.</summary>
    internal static readonly Tok SmiValues = new(
        (0, "IETF (reserved)"), (5, "ACC"), (9, "Cisco"), (11, "Hewlett Packard"), (42, "Sun Microsystems"),
        (61, "Merit"), (74, "AT&T"), (161, "Motorola"), (166, "Shiva"), (193, "Ericsson AB"),
        (255, "Cisco VPN 5000"), (307, "Livingston"), (311, "Microsoft"), (429, "3Com"), (529, "Ascend"),
        (1584, "Bay Networks"), (1991, "Foundry"), (2180, "Versanet"), (2352, "Redback"), (2636, "Juniper Networks"),
        (2637, "Aptis"), (2937, "Deutsche Telekom AG"), (3054, "Ixia Communications"), (3076, "Cisco VPN 3000"),
        (3085, "CoSine Communications"), (3224, "Netscreen"), (3199, "Shasta"), (3309, "Nomadix"),
        (3414, "T-Mobile"), (3561, "The Broadband Forum"), (3902, "ZTE"), (4329, "Siemens"), (4491, "CableLabs"),
        (4874, "Unisphere Networks"), (5263, "Cisco BBSM"), (5535, "3rd Generation Partnership Project 2 (3GPP2)"),
        (5806, "SK Telecom"), (5925, "ipUnplugged"), (5948, "Issanni Communications"), (5951, "Netscaler"),
        (6490, "T-Mobile"), (6618, "Quintum"), (6728, "Interlink"), (7951, "CNCTC"), (8164, "Starent Networks"),
        (8744, "Colubris"), (10415, "3GPP"), (10529, "Gemtek-Systems"), (10704, "Barracuda Networks"),
        (10923, "Ericsson AB - Packet Core Networks"), (11665, "dacom"), (11862, "Columbia University"),
        (12356, "Fortinet"), (12951, "Verizon Wireless"), (13745, "Plixer"), (14122, "Wi-Fi Alliance"),
        (16787, "T-Systems Nova"), (20942, "China Telecom - Guangzhou Research Institute"),
        (26866, "Gigamon Systems"), (32622, "CACE Technologies"), (35632, "ntop"), (46098, "Ericsson Canada"));

    // Standard values of the enumerated attributes; null where a value is not defined (0 mostly).
    private static readonly string?[] ServiceTypes = [null, "Login", "Framed", "Callback Login", "Callback Framed",
        "Outbound", "Administrative", "NAS Prompt", "Authenticate Only", "Callback NAS Prompt", "Call Check",
        "Callback Administrative", "Voice", "Fax", "Modem Relay", "IAPP-Register", "IAPP-AP-Check", "Authorize Only",
        "Framed-Management", "Additional-Authorization"];
    private static readonly string?[] FramedProtocols = [null, "PPP", "SLIP", "ARAP", "Gandalf proprietary",
        "Xylogics IPX/SLIP", "X.75 Synchronous", "GPRS PDP Context"];
    private static readonly string?[] FramedRouting = ["None", "Send", "Listen", "Send&Listen"];
    private static readonly string?[] FramedCompression = ["None", "VJ TCP/IP", "IPX", "Stac-LZS"];
    private static readonly string?[] LoginServices = ["Telnet", "Rlogin", "TCP Clear", "PortMaster(proprietary)",
        "LAT", "X.25-PAD", "X.25-T3POS", "Unassigned", "TCP Clear Quiet"];
    private static readonly string?[] TerminationActions = ["Default", "RADIUS-Request"];
    private static readonly string?[] AcctStatusTypes = [null, "Start", "Stop", "Interim-Update", "Unassigned",
        "Unassigned", "Unassigned", "Accounting-On", "Accounting-Off", "Tunnel-Start", "Tunnel-Stop",
        "Tunnel-Reject", "Tunnel-Link-Start", "Tunnel-Link-Stop", "Tunnel-Link-Reject", "Failed"];
    private static readonly string?[] AcctAuthentic = [null, "RADIUS", "Local", "Remote", "Diameter"];
    private static readonly string?[] AcctTerminateCauses = [null, "User Request", "Lost Carrier", "Lost Service",
        "Idle Timeout", "Session Timeout", "Admin Reset", "Admin Reboot", "Port Error", "NAS Error", "NAS Request",
        "NAS Reboot", "Port Unneeded", "Port Preempted", "Port Suspended", "Service Unavailable", "Callback",
        "User Error", "Host Request", "Supplicant Restart", "Reauthentication Failure", "Port Reinitialized",
        "Port Administratively Disabled", "Lost Power"];
    private static readonly string?[] IngressFilters = [null, "Enabled", "Disabled"];
    private static readonly string?[] NasPortTypes = ["Async", "Sync", "ISDN Sync", "ISDN Async V.120",
        "ISDN Async V.110", "Virtual", "PIAFS", "HDLC Clear Channel", "X.25", "X.75", "G.3 Fax", "SDSL", "ADSL-CAP",
        "ADSL-DMT", "ISDN-DSL", "Ethernet", "xDSL", "Cable", "Wireless - Other", "Wireless - IEEE 802.11",
        "Token-Ring", "FDDI", "Wireless - CDMA200", "Wireless - UMTS", "Wireless - 1X-EV", "IAPP", "FTTP",
        "Wireless - IEEE 802.16", "Wireless - IEEE 802.20", "Wireless - IEEE 802.22", "PPPoA", "PPPoEoA", "PPPoEoE",
        "PPPoEoVLAN", "PPPoEoQinQ", "xPON", "Wireless - XGP", "WiMAX Pre-Release 8 IWK Function", "WIMAX-WIFI-IWK",
        "WIMAX-SFF", "WIMAX-HA-LMA", "WIMAX-DHCP", "WIMAX-LBS", "WIMAX-WVS"];
    private static readonly string?[] TunnelTypes = [null, "PPTP", "L2F", "L2TP", "ATMP", "VTP", "AH", "IP-IP",
        "MIN-IP-IP", "ESP", "GRE", "DVS", "IP-in-IP Tunneling", "VLAN"];
    private static readonly string?[] TunnelMediumTypes = [null, "IPv4", "IPv6", "NSAP", "HDLC", "BBN 1822", "802",
        "E.163", "E.164", "F.69", "X.121", "IPX", "Appletalk", "Decnet IV", "Banyan Vines",
        "E.164 with NSAP subaddress"];
    private static readonly string?[] ArapZoneAccess = [null, "Only access to dfl zone", "Use zone filter inc.",
        "Not used", "Use zone filter exc."];
    private static readonly string?[] Prompts = ["No Echo", "Echo"];

    private static readonly Tok ErrorCauses = new((201, "Residual Session Context Removed"),
        (202, "Invalid EAP Packet (Ignored)"), (401, "Unsupported Attribute"), (402, "Missing Attribute"),
        (403, "NAS Identification Mismatch"), (404, "Invalid Request"), (405, "Unsupported Service"),
        (406, "Unsupported Extension"), (407, "Invalid Attribute Value"), (501, "Administratively Prohibited"),
        (502, "Request Not Routable (Proxy)"), (503, "Session Context Not Found"),
        (504, "Session Context Not Removable"), (505, "Other Proxy Processing Error"), (506, "Resources Unavailable"),
        (507, "Request Initiated"), (508, "Multiple Session Selection Unsupported"), (509, "Location Info Required"));

    private static readonly (ulong Bit, string Name)[] Mip6Features =
    [
        (0x0000000000000001, "MIP6_INTEGRATED"), (0x0000000000000002, "LOCAL_HOME_AGENT_ASSIGNMENT"),
        (0x0000010000000000, "PMIP6_SUPPORTED"), (0x0000020000000000, "IP4_HOA_SUPPORTED"),
        (0x0000040000000000, "LOCAL_MAG_ROUTING_SUPPORTED"), (0x0000080000000000, "ASSIGN_LOCAL_IP"),
        (0x0000100000000000, "MIP4_SUPPORTED"), (0x0000200000000000, "OPTIMIZED_IDLE_MODE_MOBILITY"),
        (0x0000400000000000, "GTPv2_SUPPORTED"), (0x0000800000000000, "IP4_TRANSPORT_SUPPORTED"),
        (0x0001000000000000, "IP4_HOA_ONLY_SUPPORTED"), (0x0002000000000000, "INTER_MAG_ROUTING_SUPPORTED"),
    ];

    private static readonly Tok OperatorNamespaces = new((0x30, "TADIG"), (0x31, "REALM"), (0x32, "E212"), (0x33, "ICC"));
    private static readonly Tok LocationCodes = new((0, "Civic"), (1, "Geospatial"));
    private static readonly Tok LocationEntities = new((0, "User"), (1, "RADIUS"));
    private static readonly Tok PolicyRuleFlags = new((0x0001, "MBZ-15"), (0x0002, "MBZ-14"), (0x0004, "MBZ-13"),
        (0x0008, "MBZ-12"), (0x0010, "MBZ-11"), (0x0020, "MBZ-10"), (0x0040, "MBZ-9"), (0x0080, "MBZ-8"),
        (0x0100, "MBZ-7"), (0x0200, "MBZ-6"), (0x0400, "MBZ-5"), (0x0800, "MBZ-4"), (0x1000, "MBZ-3"),
        (0x2000, "MBZ-2"), (0x4000, "MBZ-1"), (0x8000, "Retransmission Allowed"));

    /// <summary>How an attribute's value prints.</summary>
    private enum Kind
    {
        None, String, Num, Vendor, Address, Address6, Netmask6, Mip6HomeLinkPrefix, OperatorName,
        LocationInformation, LocationData, BasicLocationPolicyRules, Time, Vector64, Strange,
    }

    /// <summary>An attribute type: its name, its standard values (from First on) if any, and its layout.</summary>
    private sealed record AttrType(string? Name, string?[]? Values, int First, Kind Kind);

    /// <summary>The attribute types 0 to 129, by number.</summary>
    private static readonly AttrType[] AttrTypes =
    [
        new(null, null, 0, Kind.None), // 0
        new("User-Name", null, 0, Kind.String), // 1
        new("User-Password", null, 0, Kind.None), // 2
        new("CHAP-Password", null, 0, Kind.None), // 3
        new("NAS-IP-Address", null, 0, Kind.Address), // 4
        new("NAS-Port", null, 0, Kind.Num), // 5
        new("Service-Type", ServiceTypes, 1, Kind.Num), // 6
        new("Framed-Protocol", FramedProtocols, 1, Kind.Num), // 7
        new("Framed-IP-Address", null, 0, Kind.Address), // 8
        new("Framed-IP-Netmask", null, 0, Kind.Address), // 9
        new("Framed-Routing", FramedRouting, 0, Kind.Num), // 10
        new("Filter-Id", null, 0, Kind.String), // 11
        new("Framed-MTU", null, 0, Kind.Num), // 12
        new("Framed-Compression", FramedCompression, 0, Kind.Num), // 13
        new("Login-IP-Host", null, 0, Kind.Address), // 14
        new("Login-Service", LoginServices, 0, Kind.Num), // 15
        new("Login-TCP-Port", null, 0, Kind.Num), // 16
        new("Unassigned", null, 0, Kind.None), // 17
        new("Reply-Message", null, 0, Kind.String), // 18
        new("Callback-Number", null, 0, Kind.String), // 19
        new("Callback-Id", null, 0, Kind.String), // 20
        new("Unassigned", null, 0, Kind.None), // 21
        new("Framed-Route", null, 0, Kind.String), // 22
        new("Framed-IPX-Network", null, 0, Kind.Num), // 23
        new("State", null, 0, Kind.String), // 24
        new("Class", null, 0, Kind.String), // 25
        new("Vendor-Specific", null, 0, Kind.Vendor), // 26
        new("Session-Timeout", null, 0, Kind.Num), // 27
        new("Idle-Timeout", null, 0, Kind.Num), // 28
        new("Termination-Action", TerminationActions, 0, Kind.Num), // 29
        new("Called-Station-Id", null, 0, Kind.String), // 30
        new("Calling-Station-Id", null, 0, Kind.String), // 31
        new("NAS-Identifier", null, 0, Kind.String), // 32
        new("Proxy-State", null, 0, Kind.String), // 33
        new("Login-LAT-Service", null, 0, Kind.String), // 34
        new("Login-LAT-Node", null, 0, Kind.String), // 35
        new("Login-LAT-Group", null, 0, Kind.String), // 36
        new("Framed-AppleTalk-Link", null, 0, Kind.Num), // 37
        new("Framed-AppleTalk-Network", null, 0, Kind.Num), // 38
        new("Framed-AppleTalk-Zone", null, 0, Kind.String), // 39
        new("Acct-Status-Type", AcctStatusTypes, 1, Kind.Num), // 40
        new("Acct-Delay-Time", null, 0, Kind.Num), // 41
        new("Acct-Input-Octets", null, 0, Kind.Num), // 42
        new("Acct-Output-Octets", null, 0, Kind.Num), // 43
        new("Acct-Session-Id", null, 0, Kind.String), // 44
        new("Acct-Authentic", AcctAuthentic, 1, Kind.Num), // 45
        new("Acct-Session-Time", null, 0, Kind.Num), // 46
        new("Acct-Input-Packets", null, 0, Kind.Num), // 47
        new("Acct-Output-Packets", null, 0, Kind.Num), // 48
        new("Acct-Terminate-Cause", AcctTerminateCauses, 1, Kind.Num), // 49
        new("Acct-Multi-Session-Id", null, 0, Kind.String), // 50
        new("Acct-Link-Count", null, 0, Kind.Num), // 51
        new("Acct-Input-Gigawords", null, 0, Kind.Num), // 52
        new("Acct-Output-Gigawords", null, 0, Kind.Num), // 53
        new("Unassigned", null, 0, Kind.None), // 54
        new("Event-Timestamp", null, 0, Kind.Time), // 55
        new("Egress-VLANID", null, 0, Kind.Num), // 56
        new("Ingress-Filters", IngressFilters, 1, Kind.Num), // 57
        new("Egress-VLAN-Name", null, 0, Kind.String), // 58
        new("User-Priority-Table", null, 0, Kind.None), // 59
        new("CHAP-Challenge", null, 0, Kind.String), // 60
        new("NAS-Port-Type", NasPortTypes, 0, Kind.Num), // 61
        new("Port-Limit", null, 0, Kind.Num), // 62
        new("Login-LAT-Port", null, 0, Kind.String), // 63
        new("Tunnel-Type", TunnelTypes, 1, Kind.Num), // 64
        new("Tunnel-Medium-Type", TunnelMediumTypes, 1, Kind.Num), // 65
        new("Tunnel-Client-Endpoint", null, 0, Kind.String), // 66
        new("Tunnel-Server-Endpoint", null, 0, Kind.String), // 67
        new("Acct-Tunnel-Connection", null, 0, Kind.String), // 68
        new("Tunnel-Password", null, 0, Kind.String), // 69
        new("ARAP-Password", null, 0, Kind.Strange), // 70
        new("ARAP-Features", null, 0, Kind.Strange), // 71
        new("ARAP-Zone-Access", ArapZoneAccess, 1, Kind.Num), // 72
        new("ARAP-Security", null, 0, Kind.String), // 73
        new("ARAP-Security-Data", null, 0, Kind.String), // 74
        new("Password-Retry", null, 0, Kind.Num), // 75
        new("Prompt", Prompts, 0, Kind.Num), // 76
        new("Connect-Info", null, 0, Kind.String), // 77
        new("Configuration-Token", null, 0, Kind.String), // 78
        new("EAP-Message", null, 0, Kind.String), // 79
        new("Message-Authenticator", null, 0, Kind.String), // 80
        new("Tunnel-Private-Group-ID", null, 0, Kind.String), // 81
        new("Tunnel-Assignment-ID", null, 0, Kind.String), // 82
        new("Tunnel-Preference", null, 0, Kind.Num), // 83
        new("ARAP-Challenge-Response", null, 0, Kind.Strange), // 84
        new("Acct-Interim-Interval", null, 0, Kind.Num), // 85
        new("Acct-Tunnel-Packets-Lost", null, 0, Kind.Num), // 86
        new("NAS-Port-Id", null, 0, Kind.String), // 87
        new("Framed-Pool", null, 0, Kind.String), // 88
        new("CUI", null, 0, Kind.String), // 89
        new("Tunnel-Client-Auth-ID", null, 0, Kind.String), // 90
        new("Tunnel-Server-Auth-ID", null, 0, Kind.String), // 91
        new("NAS-Filter-Rule", null, 0, Kind.String), // 92
        new("Unassigned", null, 0, Kind.None), // 93
        new("Originating-Line-Info", null, 0, Kind.None), // 94
        new("NAS-IPv6-Address", null, 0, Kind.Address6), // 95
        new("Framed-Interface-ID", null, 0, Kind.None), // 96
        new("Framed-IPv6-Prefix", null, 0, Kind.Netmask6), // 97
        new("Login-IPv6-Host", null, 0, Kind.Address6), // 98
        new("Framed-IPv6-Route", null, 0, Kind.String), // 99
        new("Framed-IPv6-Pool", null, 0, Kind.String), // 100
        new("Error-Cause", null, 0, Kind.Strange), // 101
        new("EAP-Key-Name", null, 0, Kind.None), // 102
        new("Digest-Response", null, 0, Kind.String), // 103
        new("Digest-Realm", null, 0, Kind.String), // 104
        new("Digest-Nonce", null, 0, Kind.String), // 105
        new("Digest-Response-Auth", null, 0, Kind.String), // 106
        new("Digest-Nextnonce", null, 0, Kind.String), // 107
        new("Digest-Method", null, 0, Kind.String), // 108
        new("Digest-URI", null, 0, Kind.String), // 109
        new("Digest-Qop", null, 0, Kind.String), // 110
        new("Digest-Algorithm", null, 0, Kind.String), // 111
        new("Digest-Entity-Body-Hash", null, 0, Kind.String), // 112
        new("Digest-CNonce", null, 0, Kind.String), // 113
        new("Digest-Nonce-Count", null, 0, Kind.String), // 114
        new("Digest-Username", null, 0, Kind.String), // 115
        new("Digest-Opaque", null, 0, Kind.String), // 116
        new("Digest-Auth-Param", null, 0, Kind.String), // 117
        new("Digest-AKA-Auts", null, 0, Kind.String), // 118
        new("Digest-Domain", null, 0, Kind.String), // 119
        new("Digest-Stale", null, 0, Kind.String), // 120
        new("Digest-HA1", null, 0, Kind.String), // 121
        new("SIP-AOR", null, 0, Kind.String), // 122
        new("Delegated-IPv6-Prefix", null, 0, Kind.Netmask6), // 123
        new("MIP6-Feature-Vector", null, 0, Kind.Vector64), // 124
        new("MIP6-Home-Link-Prefix", null, 0, Kind.Mip6HomeLinkPrefix), // 125
        new("Operator-Name", null, 0, Kind.OperatorName), // 126
        new("Location-Information", null, 0, Kind.LocationInformation), // 127
        new("Location-Data", null, 0, Kind.LocationData), // 128
        new("Basic-Location-Policy-Rules", null, 0, Kind.BasicLocationPolicyRules), // 129
    ];

    /// <summary>radius_print: dat/length are the UDP payload.</summary>
    public static void Print(ref Frame f, int dat, int length)
    {
        f.Proto = "radius";
        var o = f.Out;
        if (!LocalTrunc.Check(ref f, dat, HeaderLength)) return;
        int len = f.Data[dat + 2] << 8 | f.Data[dat + 3];
        if (len < HeaderLength) { f.PrintTrunc(); return; }
        if (len > length) len = length;

        int code = f.Data[dat], id = f.Data[dat + 1];
        if (f.Opt.Verbose < 1)
        {
            o.Write("RADIUS, "u8); Codes.Print(o, (uint)code, "Unknown Command");
            o.Write(" ("u8); o.Dec(code); o.Write("), id: 0x"u8); o.Hex2((byte)id);
            o.Write(" length: "u8); o.Dec(len);
            return;
        }
        o.Write("RADIUS, length: "u8); o.Dec(len);
        o.Write("\n\t"u8); Codes.Print(o, (uint)code, "Unknown Command");
        o.Write(" ("u8); o.Dec(code); o.Write("), id: 0x"u8); o.Hex2((byte)id);
        o.Write(", Authenticator: "u8);
        for (int i = 0; i < 16; i++) o.Hex2(f.Data[dat + 4 + i]);

        if (len > HeaderLength) AttributesPrint(ref f, dat + HeaderLength, len - HeaderLength);
    }

    /// <summary>radius_attrs_print: type, length (with the two header bytes), value, until length is used up.</summary>
    private static void AttributesPrint(ref Frame f, int attr, int length)
    {
        var o = f.Out;
        while (length > 0 && !f.Truncated)
        {
            if (length < 2 || !f.Has(attr, 2)) { f.PrintTrunc(); return; }
            int type = f.Data[attr], len = f.Data[attr + 1];
            o.Write("\n\t  "u8);
            o.Write(type != 0 && type < AttrTypes.Length ? AttrTypes[type].Name! : "Unknown");
            o.Write(" Attribute ("u8); o.Dec(type); o.Write("), length: "u8); o.Dec(len);
            if (len < 2) { o.Write(" (bogus, must be >= 2)"u8); return; }
            if (len > length) { o.Write(" (bogus, goes past end of packet)"u8); return; }
            o.Write(", Value: "u8);

            if (type < AttrTypes.Length && len > 2) ValuePrint(ref f, attr + 2, len - 2, type);
            if (f.Opt.Verbose > 1) HexDump.UnknownData(ref f, attr + 2, "\n\t    "u8, len - 2);

            length -= len;
            attr += len;
        }
    }

    private static void ValuePrint(ref Frame f, int data, int length, int type)
    {
        switch (AttrTypes[type].Kind)
        {
            case Kind.String: StringPrint(ref f, data, length, type); break;
            case Kind.Num: NumPrint(ref f, data, length, type); break;
            case Kind.Vendor: VendorPrint(ref f, data, length); break;
            case Kind.Address: AddressPrint(ref f, data, length, type); break;
            case Kind.Address6: Address6Print(ref f, data, length); break;
            case Kind.Netmask6: Netmask6Print(ref f, data, length); break;
            case Kind.Mip6HomeLinkPrefix: Mip6HomeLinkPrefixPrint(ref f, data, length); break;
            case Kind.OperatorName: OperatorNamePrint(ref f, data, length); break;
            case Kind.LocationInformation: LocationInformationPrint(ref f, data, length); break;
            case Kind.LocationData: LocationDataPrint(ref f, data, length); break;
            case Kind.BasicLocationPolicyRules: PolicyRulesPrint(ref f, data, length); break;
            case Kind.Time: TimePrint(ref f, data, length); break;
            case Kind.Vector64: Vector64Print(ref f, data, length); break;
            case Kind.Strange: StrangePrint(ref f, data, length, type); break;
        }
    }

    private static bool IsPrint(byte c) => c >= 0x20 && c <= 0x7e;

    /// <summary>A text value, up to its first NUL, with '.' for what is not printable; some carry a tag first.</summary>
    private static void StringPrint(ref Frame f, int data, int length, int type)
    {
        var o = f.Out;
        if (!LocalTrunc.Check(ref f, data, length)) return;
        var d = f.Data;
        switch (type)
        {
            case TunnelPassword:
            {
                if (length < 3) { f.PrintTrunc(); return; }
                int tag = d[data];
                if (tag != 0 && tag <= 0x1f) { o.Write("Tag["u8); o.Dec(tag); o.Write("] "u8); }
                else o.Write("Tag[Unused] "u8);
                o.Write("Salt "u8); o.Dec(d[data + 1] << 8 | d[data + 2]); o.Char(' ');
                data += 3;
                length -= 3;
                break;
            }
            case TunnelClientEndpoint:
            case TunnelServerEndpoint:
            case TunnelPrivateGroup:
            case TunnelAssignmentId:
            case TunnelClientAuthId:
            case TunnelServerAuthId:
            {
                int tag = d[data];
                if (tag <= 0x1f)
                {
                    if (tag != 0) { o.Write("Tag["u8); o.Dec(tag); o.Write("] "u8); }
                    else o.Write("Tag[Unused] "u8);
                    data++;
                    length--;
                }
                break;
            }
            case EgressVlanName:
                Rfc4675Tagged.Print(o, d[data], "Unknown tag");
                o.Write(" (0x"u8); o.Hex2(d[data]); o.Write(") "u8);
                data++;
                length--;
                break;
            case EapMessage:
                Eap.Print(ref f, data, length);
                return;
        }
        for (int i = 0; i < length && d[data + i] != 0; i++)
        {
            byte c = d[data + i];
            o.Char(IsPrint(c) ? c : (byte)'.');
        }
    }

    /// <summary>Vendor-Specific: the vendor, then its sub-attributes as text.</summary>
    private static void VendorPrint(ref Frame f, int data, int length)
    {
        var o = f.Out;
        if (length < 4) { f.PrintTrunc(); return; }
        uint vendorId = f.U32(data);
        if (f.Truncated) return;
        data += 4;
        length -= 4;
        o.Write("Vendor: "u8); SmiValues.Print(o, vendorId, "Unknown"); o.Write(" ("u8); o.Dec(vendorId); o.Char(')');

        while (length >= 2)
        {
            int vendorType = f.U8(data);
            int vendorLength = f.U8(data + 1);
            if (f.Truncated) return;
            if (vendorLength < 2)
            {
                o.Write("\n\t    Vendor Attribute: "u8); o.Dec(vendorType);
                o.Write(", Length: "u8); o.Dec(vendorLength); o.Write(" (bogus, must be >= 2)"u8);
                return;
            }
            if (vendorLength > length)
            {
                o.Write("\n\t    Vendor Attribute: "u8); o.Dec(vendorType);
                o.Write(", Length: "u8); o.Dec(vendorLength);
                o.Write(" (bogus, goes past end of vendor-specific attribute)"u8);
                return;
            }
            data += 2;
            vendorLength -= 2;
            length -= 2;
            if (!LocalTrunc.Check(ref f, data, vendorLength)) return;
            o.Write("\n\t    Vendor Attribute: "u8); o.Dec(vendorType);
            o.Write(", Length: "u8); o.Dec(vendorLength); o.Write(", Value: "u8);
            for (int i = 0; i < vendorLength; i++, data++)
            {
                byte c = f.Data[data];
                o.Char(IsPrint(c) ? c : (byte)'.');
            }
            length -= vendorLength;
        }
    }

    /// <summary>A 32-bit number: a standard value's name, a duration, or the number.</summary>
    private static void NumPrint(ref Frame f, int data, int length, int type)
    {
        var o = f.Out;
        if (length != 4) { o.Write("ERROR: length "u8); o.Dec(length); o.Write(" != 4"u8); return; }

        var attr = AttrTypes[type];
        if (attr.Values != null)
        {
            uint value;
            if (type == TunnelType || type == TunnelMedium)
            {
                int tag = f.U8(data);
                if (f.Truncated) return;
                TagPrint(o, tag);
                value = f.U24(data + 1);
            }
            else value = f.U32(data);
            if (f.Truncated) return;
            if (value >= (uint)attr.First && value < (uint)attr.Values.Length) o.Write(attr.Values[value]!);
            else { o.Char('#'); o.Dec(value); }
            return;
        }

        switch (type)
        {
            case FramedIpx:
            {
                uint v = f.U32(data);
                if (f.Truncated) return;
                if (v == 0xfffffffe) o.Write("NAS Select"u8);
                else o.Dec(v);
                break;
            }
            case SessionTimeout:
            case IdleTimeout:
            case AcctDelay:
            case AcctSessionTime:
            case AcctInterimInterval:
            {
                uint t = f.U32(data);
                if (f.Truncated) return;
                if (t < 60) { o.Dec(t, 2); o.Write(" secs"u8); }
                else if (t < 3600) { o.Dec(t / 60, 2); o.Char(':'); o.Dec(t % 60, 2); o.Write(" min"u8); }
                else
                {
                    o.Dec(t / 3600, 2); o.Char(':'); o.Dec(t % 3600 / 60, 2); o.Char(':'); o.Dec(t % 60, 2);
                    o.Write(" hours"u8);
                }
                break;
            }
            case FramedAppleTalkLink:
            case FramedAppleTalkNetwork:
            {
                uint v = f.U32(data);
                if (f.Truncated) return;
                if (v != 0) o.Dec(v);
                else o.Write(type == FramedAppleTalkLink ? "Unnumbered"u8 : "NAS assigned"u8);
                break;
            }
            case TunnelPreference:
            {
                int tag = f.U8(data);
                if (f.Truncated) return;
                TagPrint(o, tag);
                uint v = f.U24(data + 1);
                if (f.Truncated) return;
                o.Dec(v);
                break;
            }
            case EgressVlanId:
            {
                int tag = f.U8(data);
                if (f.Truncated) return;
                Rfc4675Tagged.Print(o, (uint)tag, "Unknown tag");
                o.Write(" (0x"u8); o.Hex2((byte)tag); o.Write(") "u8);
                uint v = f.U24(data + 1);
                if (f.Truncated) return;
                o.Dec(v);
                break;
            }
            default:
            {
                uint v = f.U32(data);
                if (f.Truncated) return;
                o.Dec(v);
                break;
            }
        }
    }

    private static void TagPrint(TextOut o, int tag)
    {
        if (tag == 0) o.Write("Tag[Unused] "u8);
        else { o.Write("Tag["u8); o.Dec(tag); o.Write("] "u8); }
    }

    private static void AddressPrint(ref Frame f, int data, int length, int type)
    {
        var o = f.Out;
        if (length != 4) { o.Write("ERROR: length "u8); o.Dec(length); o.Write(" != 4"u8); return; }
        uint v = f.U32(data);
        if (f.Truncated) return;
        if ((type == FramedIpAddress || type == LoginIpHost) && v == 0xffffffff) o.Write("User Selected"u8);
        else if ((type == FramedIpAddress || type == LoginIpHost) && v == 0xfffffffe) o.Write("NAS Select"u8);
        else f.Ctx.Names.IPv4(o, f.Data.Slice(data, 4));
    }

    private static void Address6Print(ref Frame f, int data, int length)
    {
        var o = f.Out;
        if (length != 16) { o.Write("ERROR: length "u8); o.Dec(length); o.Write(" != 16"u8); return; }
        var a = f.Bytes(data, 16);
        if (f.Truncated) return;
        f.Ctx.Names.IPv6(o, a);
    }

    /// <summary>An IPv6 prefix: reserved byte, prefix length, then only the prefix's significant bytes.</summary>
    private static void Netmask6Print(ref Frame f, int data, int length)
    {
        var o = f.Out;
        if (length < 2 || length > 18)
        {
            o.Write("ERROR: length "u8); o.Dec(length); o.Write(" not in range (2..18)"u8);
            return;
        }
        if (!LocalTrunc.Check(ref f, data, length)) return;
        int prefixLength = f.Data[data + 1];
        if (prefixLength > 128)
        {
            o.Write("ERROR: netmask "u8); o.Dec(prefixLength); o.Write(" not in range (0..128)"u8);
            return;
        }
        Span<byte> prefix = stackalloc byte[16];
        prefix.Clear();
        f.Data.Slice(data + 2, length - 2).CopyTo(prefix);
        f.Ctx.Names.IPv6(o, prefix); o.Char('/'); o.Dec(prefixLength);
        if (prefixLength > 8 * (length - 2)) o.Write(" (inconsistent prefix length)"u8);
    }

    private static void Mip6HomeLinkPrefixPrint(ref Frame f, int data, int length)
    {
        var o = f.Out;
        if (length != 17) { o.Write("ERROR: length "u8); o.Dec(length); o.Write(" != 17"u8); return; }
        if (!LocalTrunc.Check(ref f, data, length)) return;
        int prefixLength = f.Data[data];
        if (prefixLength > 128)
        {
            o.Write("ERROR: netmask "u8); o.Dec(prefixLength); o.Write(" not in range (0..128)"u8);
            return;
        }
        f.Ctx.Names.IPv6(o, f.Data.Slice(data + 1, 16)); o.Char('/'); o.Dec(prefixLength);
    }

    private static void OperatorNamePrint(ref Frame f, int data, int length)
    {
        var o = f.Out;
        if (!LocalTrunc.Check(ref f, data, length)) return;
        if (length < 2) { o.Write("ERROR: length "u8); o.Dec(length); o.Write(" < 2"u8); return; }
        o.Char('['); OperatorNamespaces.Print(o, f.Data[data], "unknown namespace %u"); o.Write("] "u8);
        Bootp.PrintN(ref f, data + 1, length - 1);
    }

    private static void LocationInformationPrint(ref Frame f, int data, int length)
    {
        var o = f.Out;
        if (!LocalTrunc.Check(ref f, data, length)) return;
        if (length < 21) { o.Write("ERROR: length "u8); o.Dec(length); o.Write(" < 21"u8); return; }
        var d = f.Data;
        o.Write("index "u8); o.Dec(d[data] << 8 | d[data + 1]);
        o.Write(", code "u8); LocationCodes.Print(o, d[data + 2], "Unknown (%u)");
        o.Write(", entity "u8); LocationEntities.Print(o, d[data + 3], "Unknown (%u)");
        o.Write(", sighting time "u8); Ntp.TimestampPrint(ref f, data + 4);
        o.Write(", time to live "u8); Ntp.TimestampPrint(ref f, data + 12);
        o.Write(", method \""u8); Bootp.PrintN(ref f, data + 20, length - 20); o.Char('"');
    }

    private static void LocationDataPrint(ref Frame f, int data, int length)
    {
        var o = f.Out;
        if (!LocalTrunc.Check(ref f, data, length)) return;
        if (length < 3) { o.Write("ERROR: length "u8); o.Dec(length); o.Write(" < 3"u8); return; }
        // The location's layout depends on an earlier Location-Information attribute: dumped as it is.
        o.Write("index "u8); o.Dec(f.Data[data] << 8 | f.Data[data + 1]); o.Write(", location"u8);
        HexDump.HexAndAscii(ref f, "\n\t    "u8, data + 2, length - 2);
    }

    private static void PolicyRulesPrint(ref Frame f, int data, int length)
    {
        var o = f.Out;
        if (!LocalTrunc.Check(ref f, data, length)) return;
        if (length < 10) { o.Write("ERROR: length "u8); o.Dec(length); o.Write(" < 10"u8); return; }
        int flags = f.Data[data] << 8 | f.Data[data + 1];
        o.Write("flags ["u8); PolicyRuleFlags.Bits(o, (uint)flags, "none"); o.Write("], "u8);
        o.Write("retention expires "u8); Ntp.TimestampPrint(ref f, data + 2);
        if (length > 10)
        {
            o.Write(", note well \""u8); Bootp.PrintN(ref f, data + 10, length - 10); o.Char('"');
        }
    }

    /// <summary>Seconds since 1970 as ctime(3) shows them in local time, without its newline.</summary>
    private static void TimePrint(ref Frame f, int data, int length)
    {
        var o = f.Out;
        if (length != 4) { o.Write("ERROR: length "u8); o.Dec(length); o.Write(" != 4"u8); return; }
        long t = f.U32(data);
        if (f.Truncated) return;
        Timestamps.CTime(o, t);
    }

    private static void Vector64Print(ref Frame f, int data, int length)
    {
        var o = f.Out;
        if (length != 8) { o.Write("ERROR: length "u8); o.Dec(length); o.Write(" != 8"u8); return; }
        o.Char('[');
        ulong v = f.U64(data);
        if (f.Truncated) return;
        bool any = false;
        foreach (var (bit, name) in Mip6Features)
        {
            if ((v & bit) == 0) continue;
            if (any) o.Write(", "u8);
            o.Write(name);
            any = true;
        }
        o.Char(']');
    }

    /// <summary>Bytes as uppercase hex, one read at a time (a byte past the capture ends the packet there).</summary>
    private static int HexUpperPrint(ref Frame f, int data, int n)
    {
        var o = f.Out;
        for (; n > 0; n--, data++)
        {
            byte b = f.U8(data);
            if (f.Truncated) return data;
            o.Char("0123456789ABCDEF"u8[b >> 4]);
            o.Char("0123456789ABCDEF"u8[b & 0xf]);
        }
        return data;
    }

    /// <summary>ARAP-Password, ARAP-Features, ARAP-Challenge-Response and Error-Cause.</summary>
    private static void StrangePrint(ref Frame f, int data, int length, int type)
    {
        var o = f.Out;
        switch (type)
        {
            case ArapPassword:
                if (length != 16) { o.Write("ERROR: length "u8); o.Dec(length); o.Write(" != 16"u8); return; }
                o.Write("User_challenge ("u8);
                data = HexUpperPrint(ref f, data, 8);
                o.Write(") User_resp("u8);
                HexUpperPrint(ref f, data, 8);
                o.Char(')');
                break;

            case ArapFeatures:
            {
                if (length != 14) { o.Write("ERROR: length "u8); o.Dec(length); o.Write(" != 14"u8); return; }
                int change = f.U8(data);
                if (f.Truncated) return;
                o.Write(change != 0 ? "User can change password"u8 : "User cannot change password"u8);
                int minLength = f.U8(data + 1);
                if (f.Truncated) return;
                o.Write(", Min password length: "u8); o.Dec(minLength);
                o.Write(", created at: "u8);
                data = HexUpperPrint(ref f, data + 2, 4);
                o.Write(", expires in: "u8);
                data = HexUpperPrint(ref f, data, 4);
                o.Write(", Current Time: "u8);
                HexUpperPrint(ref f, data, 4);
                break;
            }

            case ArapChallengeResponse:
                if (length < 8) { o.Write("ERROR: length "u8); o.Dec(length); o.Write(" != 8"u8); return; }
                HexUpperPrint(ref f, data, 8);
                break;

            case ErrorCause:
            {
                if (length != 4) { o.Write("Error: length "u8); o.Dec(length); o.Write(" != 4"u8); return; }
                uint cause = f.U32(data);
                if (f.Truncated) return;
                o.Write("Error cause "u8); o.Dec(cause); o.Write(": "u8);
                ErrorCauses.Print(o, cause, "Error-Cause %u not known");
                break;
            }
        }
    }
}
