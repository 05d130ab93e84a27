using static Wirecap.Print.OpenFlow;

namespace Wirecap.Print;

/// <summary>
/// OpenFlow 1.0 messages (print-openflow-1.0.c): switch features, configuration, flow and port
/// modification, statistics, packet in/out with the encapsulated frame at -vvv, errors, and the
/// Big Switch Networks vendor extensions. cp is the message body after the common header, len its length.
/// </summary>
public static class OpenFlow10
{
    private const uint PortController = 0xfffd;
    private const int PhyPortLength = 48, ActionMinLength = 8, MatchLength = 40, QueuePropMinLength = 8,
        QueuePropMinRateLength = 16, PacketQueueMinLength = 8, FlowStatsReplyMinLength = 88;
    private const uint OuiBsn = 0x5c16c7;

    private static readonly Tok PortConfigBits = new((1 << 0, "PORT_DOWN"), (1 << 1, "NO_STP"), (1 << 2, "NO_RECV"),
        (1 << 3, "NO_RECV_STP"), (1 << 4, "NO_FLOOD"), (1 << 5, "NO_FWD"), (1 << 6, "NO_PACKET_IN"));
    private const uint PortConfigUnassigned = ~0x7fu;
    private static readonly Tok StpStates = new((0 << 8, "STP_LISTEN"), (1 << 8, "STP_LEARN"), (2 << 8, "STP_FORWARD"), (3 << 8, "STP_BLOCK"));
    private const uint PortStateUnassigned = ~(1u | 3u << 8);
    internal static readonly Tok Ports = new((0xff00, "MAX"), (0xfff8, "IN_PORT"), (0xfff9, "TABLE"), (0xfffa, "NORMAL"),
        (0xfffb, "FLOOD"), (0xfffc, "ALL"), (0xfffd, "CONTROLLER"), (0xfffe, "LOCAL"), (0xffff, "NONE"));
    private static readonly Tok PortFeatureBits = new((1 << 0, "10MB_HD"), (1 << 1, "10MB_FD"), (1 << 2, "100MB_HD"),
        (1 << 3, "100MB_FD"), (1 << 4, "1GB_HD"), (1 << 5, "1GB_FD"), (1 << 6, "10GB_FD"), (1 << 7, "COPPER"),
        (1 << 8, "FIBER"), (1 << 9, "AUTONEG"), (1 << 10, "PAUSE"), (1 << 11, "PAUSE_ASYM"));
    private const uint PortFeatureUnassigned = ~0xfffu;
    private static readonly Tok QueuePropTypes = new((0, "NONE"), (1, "MIN_RATE"));
    private static readonly Tok WildcardBits = new((1 << 0, "IN_PORT"), (1 << 1, "DL_VLAN"), (1 << 2, "DL_SRC"),
        (1 << 3, "DL_DST"), (1 << 4, "DL_TYPE"), (1 << 5, "NW_PROTO"), (1 << 6, "TP_SRC"), (1 << 7, "TP_DST"),
        (1 << 20, "DL_VLAN_PCP"), (1 << 21, "NW_TOS"));
    // the nw_src/nw_dst prefix lengths (bits 8-19) are not flags, but they are not bogus either
    private const uint WildcardUnassigned = ~((1u << 22) - 1);
    private const uint WildInPort = 1 << 0, WildDlVlan = 1 << 1, WildDlSrc = 1 << 2, WildDlDst = 1 << 3, WildDlType = 1 << 4,
        WildNwProto = 1 << 5, WildTpSrc = 1 << 6, WildTpDst = 1 << 7, WildDlVlanPcp = 1 << 20, WildNwTos = 1 << 21;
    private static readonly Tok ActionTypes = new((0, "OUTPUT"), (1, "SET_VLAN_VID"), (2, "SET_VLAN_PCP"), (3, "STRIP_VLAN"),
        (4, "SET_DL_SRC"), (5, "SET_DL_DST"), (6, "SET_NW_SRC"), (7, "SET_NW_DST"), (8, "SET_NW_TOS"), (9, "SET_TP_SRC"),
        (10, "SET_TP_DST"), (11, "ENQUEUE"), (0xffff, "VENDOR"));
    private static readonly Tok ActionBits = new((1 << 0, "OUTPUT"), (1 << 1, "SET_VLAN_VID"), (1 << 2, "SET_VLAN_PCP"),
        (1 << 3, "STRIP_VLAN"), (1 << 4, "SET_DL_SRC"), (1 << 5, "SET_DL_DST"), (1 << 6, "SET_NW_SRC"), (1 << 7, "SET_NW_DST"),
        (1 << 8, "SET_NW_TOS"), (1 << 9, "SET_TP_SRC"), (1 << 10, "SET_TP_DST"), (1 << 11, "ENQUEUE"));
    private const uint ActionUnassigned = ~0xfffu;
    private static readonly Tok CapabilityBits = new((1 << 0, "FLOW_STATS"), (1 << 1, "TABLE_STATS"), (1 << 2, "PORT_STATS"),
        (1 << 3, "STP"), (1 << 4, "RESERVED"), (1 << 5, "IP_REASM"), (1 << 6, "QUEUE_STATS"), (1 << 7, "ARP_MATCH_IP"));
    private const uint CapabilityUnassigned = ~(0xffu & ~(1u << 4));   // RESERVED has a name yet counts as bogus
    private static readonly Tok ConfigFlags = new((0, "FRAG_NORMAL"), (1, "FRAG_DROP"), (2, "FRAG_REASM"));
    private static readonly Tok FlowModCommands = new((0, "ADD"), (1, "MODIFY"), (2, "MODIFY_STRICT"), (3, "DELETE"), (4, "DELETE_STRICT"));
    internal static readonly Tok BufferIds = new((0xffffffff, "NONE"));
    private static readonly Tok FlowModFlagBits = new((1 << 0, "SEND_FLOW_REM"), (1 << 1, "CHECK_OVERLAP"), (1 << 2, "EMERG"));
    private const uint FlowModFlagUnassigned = ~7u;
    private const int StDesc = 0, StFlow = 1, StAggregate = 2, StTable = 3, StPort = 4, StQueue = 5, StVendor = 0xffff;
    private static readonly Tok StatsTypes = new((StDesc, "DESC"), (StFlow, "FLOW"), (StAggregate, "AGGREGATE"), (StTable, "TABLE"),
        (StPort, "PORT"), (StQueue, "QUEUE"), (StVendor, "VENDOR"));
    private static readonly Tok TableIds = new((0xfe, "EMERG"), (0xff, "ALL"));
    private static readonly Tok QueueIds = new((0xffffffff, "ALL"));
    private static readonly Tok StatsReplyFlagBits = new((1, "MORE"));
    private static readonly Tok PacketInReasons = new((0, "NO_MATCH"), (1, "ACTION"));
    private static readonly Tok FlowRemovedReasons = new((0, "IDLE_TIMEOUT"), (1, "HARD_TIMEOUT"), (2, "DELETE"));
    private static readonly Tok PortStatusReasons = new((0, "ADD"), (1, "DELETE"), (2, "MODIFY"));
    private static readonly Tok ErrorTypes = new((0, "HELLO_FAILED"), (1, "BAD_REQUEST"), (2, "BAD_ACTION"),
        (3, "FLOW_MOD_FAILED"), (4, "PORT_MOD_FAILED"), (5, "QUEUE_OP_FAILED"));
    private static readonly Tok[] ErrorCodes =
    [
        new((0, "INCOMPATIBLE"), (1, "EPERM")),
        new((0, "BAD_VERSION"), (1, "BAD_TYPE"), (2, "BAD_STAT"), (3, "BAD_VENDOR"), (4, "BAD_SUBTYPE"), (5, "EPERM"),
            (6, "BAD_LEN"), (7, "BUFFER_EMPTY"), (8, "BUFFER_UNKNOWN")),
        new((0, "BAD_TYPE"), (1, "BAD_LEN"), (2, "BAD_VENDOR"), (3, "BAD_VENDOR_TYPE"), (4, "BAD_OUT_PORT"),
            (5, "BAD_ARGUMENT"), (6, "EPERM"), (7, "TOO_MANY"), (8, "BAD_QUEUE")),
        new((0, "ALL_TABLES_FULL"), (1, "OVERLAP"), (2, "EPERM"), (3, "BAD_EMERG_TIMEOUT"), (4, "BAD_COMMAND"), (5, "UNSUPPORTED")),
        new((0, "BAD_PORT"), (1, "BAD_HW_ADDR")),
        new((0, "BAD_PORT"), (1, "BAD_QUEUE"), (2, "EPERM")),
    ];

    // Big Switch Networks vendor messages and actions
    private static readonly Tok BsnSubtypes = new((0, "SET_IP_MASK"), (1, "GET_IP_MASK_REQUEST"), (2, "GET_IP_MASK_REPLY"),
        (3, "SET_MIRRORING"), (4, "GET_MIRRORING_REQUEST"), (5, "GET_MIRRORING_REPLY"), (6, "SHELL_COMMAND"),
        (7, "SHELL_OUTPUT"), (8, "SHELL_STATUS"), (9, "GET_INTERFACES_REQUEST"), (10, "GET_INTERFACES_REPLY"),
        (11, "SET_PKTIN_SUPPRESSION_REQUEST"), (12, "SET_L2_TABLE_REQUEST"), (13, "GET_L2_TABLE_REQUEST"),
        (14, "GET_L2_TABLE_REPLY"), (15, "VIRTUAL_PORT_CREATE_REQUEST"), (16, "VIRTUAL_PORT_CREATE_REPLY"),
        (17, "VIRTUAL_PORT_REMOVE_REQUEST"), (18, "BW_ENABLE_SET_REQUEST"), (19, "BW_ENABLE_GET_REQUEST"),
        (20, "BW_ENABLE_GET_REPLY"), (21, "BW_CLEAR_DATA_REQUEST"), (22, "BW_CLEAR_DATA_REPLY"),
        (23, "BW_ENABLE_SET_REPLY"), (24, "SET_L2_TABLE_REPLY"), (25, "SET_PKTIN_SUPPRESSION_REPLY"),
        (26, "VIRTUAL_PORT_REMOVE_REPLY"), (27, "HYBRID_GET_REQUEST"), (28, "HYBRID_GET_REPLY"),
        (31, "PDU_TX_REQUEST"), (32, "PDU_TX_REPLY"), (33, "PDU_RX_REQUEST"), (34, "PDU_RX_REPLY"), (35, "PDU_RX_TIMEOUT"));
    private static readonly Tok BsnActionSubtypes = new((1, "MIRROR"), (2, "SET_TUNNEL_DST"), (4, "CHECKSUM"));
    private static readonly Tok BsnCopyStages = new((0, "INGRESS"), (1, "EGRESS"));
    private static readonly Tok BsnOnOff = new((0, "OFF"), (1, "ON"));

    private static readonly MsgType?[] Types =
    [
        new("HELLO", DataPrint, Req.MinLen, 0),
        new("ERROR", ErrorPrint, Req.MinLen, 4),
        new("ECHO_REQUEST", DataPrint, Req.MinLen, 0),
        new("ECHO_REPLY", DataPrint, Req.MinLen, 0),
        new("VENDOR", VendorMessagePrint, Req.MinLen, 4),
        new("FEATURES_REQUEST", null, Req.FixLen, 0),
        new("FEATURES_REPLY", FeaturesReplyPrint, Req.MinLen, 24),
        new("GET_CONFIG_REQUEST", null, Req.FixLen, 0),
        new("GET_CONFIG_REPLY", SwitchConfigPrint, Req.FixLen, 4),
        new("SET_CONFIG", SwitchConfigPrint, Req.FixLen, 4),
        new("PACKET_IN", PacketInPrint, Req.MinLen, 10),   // the 2 padding octets of the C struct do not count
        new("FLOW_REMOVED", FlowRemovedPrint, Req.FixLen, 80),
        new("PORT_STATUS", PortStatusPrint, Req.FixLen, 56),
        new("PACKET_OUT", PacketOutPrint, Req.MinLen, 8),
        new("FLOW_MOD", FlowModPrint, Req.MinLen, 64),
        new("PORT_MOD", PortModPrint, Req.FixLen, 24),
        new("STATS_REQUEST", StatsRequestPrint, Req.MinLen, 4),
        new("STATS_REPLY", StatsReplyPrint, Req.MinLen, 4),
        new("BARRIER_REQUEST", null, Req.FixLen, 0),
        new("BARRIER_REPLY", null, Req.FixLen, 0),
        new("QUEUE_GET_CONFIG_REQUEST", QueueGetConfigRequestPrint, Req.FixLen, 4),
        new("QUEUE_GET_CONFIG_REPLY", QueueGetConfigReplyPrint, Req.MinLen, 8),
    ];

    internal static MsgType? Identify(int type) => type < Types.Length ? Types[type] : null;

    /// <summary>A port number, or its reserved name.</summary>
    private static void PortPrint(TextOut o, ReadOnlySpan<byte> label, uint port) => Ports.Print(o, label, port, "%u");

    private static void VlanPrint(TextOut o, ReadOnlySpan<byte> label, uint vid)
    {
        o.Write(label);
        if (vid == 0xffff) { o.Write("NONE"u8); return; }
        o.Dec(vid);
        if (!(vid > 0 && vid < 0x0fff)) o.Write(" (bogus)"u8);
    }

    private static void PcpPrint(TextOut o, ReadOnlySpan<byte> label, uint pcp)
    {
        o.Write(label);
        o.Dec(pcp);
        if (pcp > 7) o.Write(" (bogus)"u8);
    }

    /// <summary>A NUL-padded string field in quotes.</summary>
    private static void QuotedPrint(ref Frame f, ReadOnlySpan<byte> label, int cp, int n)
    {
        f.Out.Write(label); f.Out.Char('\'');
        TextProto.PrintJnp(ref f, cp, n);
        f.Out.Char('\'');
    }

    private static void BsnMessagePrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        if (len < 4) { f.Invalid(cp, len); return; }
        uint subtype = f.U32(cp);
        cp += 4; len -= 4;
        BsnSubtypes.Print(o, "\n\t subtype "u8, subtype, "unknown (0x%08x)");
        switch (subtype)
        {
            case 1: // GET_IP_MASK_REQUEST: index, 7 octets of padding
                if (len != 8) { f.Invalid(cp, len); return; }
                Dec(o, ", index "u8, f.U8(cp));
                f.Need(cp + 1, 7);
                break;
            case 0: // SET_IP_MASK
            case 2: // GET_IP_MASK_REPLY: index, padding, mask
                if (len != 8) { f.Invalid(cp, len); return; }
                Dec(o, ", index "u8, f.U8(cp));
                IPv4(ref f, ", mask "u8, cp + 4);
                break;
            case 3: case 4: case 5: // mirroring: report_mirror_ports, padding
                if (len != 4) { f.Invalid(cp, len); return; }
                BsnOnOff.Print(o, ", report_mirror_ports "u8, f.U8(cp), "bogus (%u)");
                f.Need(cp + 1, 3);
                break;
            case 9: case 13: case 19: case 21: case 27: // requests without a body
                if (len != 0) { f.Invalid(cp, len); return; }
                break;
            case 17: // VIRTUAL_PORT_REMOVE_REQUEST
                if (len != 4) { f.Invalid(cp, len); return; }
                Dec(o, ", vport_no "u8, f.U32(cp));
                break;
            case 6: // SHELL_COMMAND: service, then the command text
                if (len < 4) { f.Invalid(cp, len); return; }
                Dec(o, ", service "u8, f.U32(cp));
                cp += 4; len -= 4;
                o.Write(", data '"u8); Lldp.PrintN(ref f, cp, len); o.Char('\'');
                break;
            case 7: // SHELL_OUTPUT
                o.Write(", data '"u8); Lldp.PrintN(ref f, cp, len); o.Char('\'');
                break;
            case 8: // SHELL_STATUS
                if (len != 4) { f.Invalid(cp, len); return; }
                Hex(o, ", status 0x"u8, f.U32(cp), 8);
                break;
            default:
                f.Need(cp, len);
                break;
        }
    }

    private static void BsnActionPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        if (len < 4) { f.Invalid(cp, len); return; }
        uint subtype = f.U32(cp);
        cp += 4; len -= 4;
        BsnActionSubtypes.Print(o, "\n\t  subtype "u8, subtype, "unknown (0x%08x)");
        if (subtype != 1) { f.Need(cp, len); return; }
        // MIRROR: dest_port, vlan_tag, copy_stage, padding
        if (len != 12) { f.Invalid(cp, len); return; }
        Dec(o, ", dest_port "u8, f.U32(cp));
        uint vlanTag = f.U32(cp + 4);
        if (f.Truncated) return;
        switch (vlanTag >> 16)
        {
            case 0: o.Write(", vlan_tag none"u8); break;
            case 0x8100: o.Write(", vlan_tag 802.1Q ("u8); Ethernet.TciPrint(o, (int)(vlanTag & 0xffff)); o.Char(')'); break;
            default: Hex(o, ", vlan_tag unknown (0x"u8, vlanTag >> 16, 4); o.Char(')'); break;
        }
        BsnCopyStages.Print(o, ", copy_stage "u8, f.U8(cp + 8), "unknown (%u)");
        f.Need(cp + 9, 3);
    }

    private static void VendorActionPrint(ref Frame f, int cp, int len)
    {
        if (len < 4) { f.Invalid(cp, len); return; }
        uint vendor = f.U32(cp);
        if (f.Truncated) return;
        f.Out.Write(", vendor 0x"u8); f.Out.Hex(vendor, 8); f.Out.Write(" ("u8); VendorName(f.Out, vendor); f.Out.Char(')');
        if (vendor == OuiBsn) BsnActionPrint(ref f, cp + 4, len - 4);
        else DataPrint(ref f, cp + 4, len - 4);
    }

    private static void VendorMessagePrint(ref Frame f, int cp, int len)
    {
        uint vendor = f.U32(cp);
        if (f.Truncated) return;
        f.Out.Write(", vendor 0x"u8); f.Out.Hex(vendor, 8); f.Out.Write(" ("u8); VendorName(f.Out, vendor); f.Out.Char(')');
        if (vendor == OuiBsn) BsnMessagePrint(ref f, cp + 4, len - 4);
        else DataPrint(ref f, cp + 4, len - 4);
    }

    /// <summary>A vendor ID, then opaque data.</summary>
    private static void VendorDataPrint(ref Frame f, int cp, int len)
    {
        if (len < 4) { f.Invalid(cp, len); return; }
        uint vendor = f.U32(cp);
        if (f.Truncated) return;
        f.Out.Write(", vendor 0x"u8); f.Out.Hex(vendor, 8); f.Out.Write(" ("u8); VendorName(f.Out, vendor); f.Out.Char(')');
        DataPrint(ref f, cp + 4, len - 4);
    }

    /// <summary>The frame of a PACKET_IN or PACKET_OUT: decoded as Ethernet from -vvv on, with three -v fewer.</summary>
    private static void PacketDataPrint(ref Frame f, int cp, int len)
    {
        if (len == 0) return;
        var o = f.Out;
        Dec(o, "\n\t data ("u8, len); o.Write(" octets)"u8);
        if (f.Opt.Verbose < 3) { f.Need(cp, len); return; }
        o.Write(", frame decoding below\n"u8);
        // the frame may be followed by more messages, so it ends where the message does
        var saved = f.Opt;
        var inner = f.Ctx.OpenFlowInner;
        if (inner == null || inner.Verbose != saved.Verbose - 3)
            f.Ctx.OpenFlowInner = inner = saved with { Verbose = saved.Verbose - 3 };
        f.Opt = inner;
        int oldEnd = f.PushEnd(cp, len);
        Ethernet.Print(ref f, cp, len, f.Available(cp));
        if (f.Truncated)
        {
            // tcpdump's truncation longjmp skips its "vflag += 3": every later packet prints with three -v fewer
            f.Ctx.Options = inner;
            return;
        }
        f.PopEnd(oldEnd);
        f.Opt = saved;
        // f.Proto stays as the frame's printers left it: tcpdump does not restore ndo_protocol either
    }

    /// <summary>ofp_phy_port: 48 octets.</summary>
    private static void PhyPortPrint(ref Frame f, int cp)
    {
        var o = f.Out;
        PortPrint(o, "\n\t  port_no "u8, f.U16(cp));
        Mac(ref f, ", hw_addr "u8, cp + 2);
        QuotedPrint(ref f, ", name "u8, cp + 8, 16);
        cp += 24;
        if (f.Opt.Verbose < 2) { f.Need(cp, 24); return; }
        Hex(o, "\n\t   config 0x"u8, f.U32(cp), 8); BitmapPrint(o, PortConfigBits, f.U32(cp), PortConfigUnassigned);
        uint state = f.U32(cp + 4);
        if (f.Truncated) return;
        // the STP state is a 2-bit code point, LINK_DOWN a flag: printed as one list
        Hex(o, "\n\t   state 0x"u8, state, 8); o.Write(" ("u8);
        StpStates.Print(o, state & (3u << 8), "");
        if ((state & 1) != 0) o.Write(", LINK_DOWN"u8);
        o.Char(')');
        if ((state & PortStateUnassigned) != 0) o.Write(" (bogus)"u8);
        FeaturesPrint(ref f, "\n\t   curr 0x"u8, cp + 8);
        FeaturesPrint(ref f, "\n\t   advertised 0x"u8, cp + 12);
        FeaturesPrint(ref f, "\n\t   supported 0x"u8, cp + 16);
        FeaturesPrint(ref f, "\n\t   peer 0x"u8, cp + 20);
    }

    private static void FeaturesPrint(ref Frame f, ReadOnlySpan<byte> label, int cp)
    {
        uint v = f.U32(cp);
        if (f.Truncated) return;
        f.Out.Write(label); f.Out.Hex(v, 8); BitmapPrint(f.Out, PortFeatureBits, v, PortFeatureUnassigned);
    }

    private static void QueuePropsPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        while (len > 0 && !f.Truncated)
        {
            if (len < QueuePropMinLength) { f.Invalid(cp, len); return; }
            int property = f.U16(cp);
            QueuePropTypes.Print(o, "\n\t   property "u8, (uint)property, "invalid (0x%04x)");
            int plen = f.U16(cp + 2);
            if (f.Truncated) return;
            cp += 4; len -= 4;
            Dec(o, ", len "u8, plen);
            if (plen < QueuePropMinLength || plen > len + 4) { f.Invalid(cp, len); return; }
            if (!f.Need(cp, 4)) return;
            cp += 4; len -= 4;
            bool skip = false;
            bool bogus = false;
            if (property == 0) bogus = plen != QueuePropMinLength;
            else if (property == 1) bogus = plen != QueuePropMinRateLength;
            else skip = true;
            if (bogus) { o.Write(" (bogus)"u8); skip = true; }
            if (skip)
            {
                if (!f.Need(cp, plen - QueuePropMinLength)) return;
                cp += plen - QueuePropMinLength; len -= plen - QueuePropMinLength;
                continue;
            }
            if (property == 1)
            {
                int rate = f.U16(cp);
                if (f.Truncated) return;
                if (rate > 1000) o.Write(", rate disabled"u8);
                else { Dec(o, ", rate "u8, rate / 10); o.Char('.'); o.Dec(rate % 10); o.Char('%'); }
                if (!f.Need(cp + 2, 6)) return;
                cp += 8; len -= 8;
            }
        }
    }

    private static void QueuesPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        while (len > 0 && !f.Truncated)
        {
            if (len < PacketQueueMinLength) { f.Invalid(cp, len); return; }
            Dec(o, "\n\t  queue_id "u8, f.U32(cp));
            int descLen = f.U16(cp + 4);
            if (f.Truncated) return;
            cp += 6; len -= 6;
            Dec(o, ", len "u8, descLen);
            if (descLen < PacketQueueMinLength || descLen > len + 6) { f.Invalid(cp, len); return; }
            if (!f.Need(cp, 2)) return;
            cp += 2; len -= 2;
            if (f.Opt.Verbose >= 2) QueuePropsPrint(ref f, cp, descLen - PacketQueueMinLength);
            else f.Need(cp, descLen - PacketQueueMinLength);
            cp += descLen - PacketQueueMinLength; len -= descLen - PacketQueueMinLength;
        }
    }

    /// <summary>The prefix of a match field, printed only when the field was captured (else the packet is truncated).</summary>
    private static bool Pfx(ref Frame f, ReadOnlySpan<byte> pfx, int cp, int n)
    {
        if (!f.Need(cp, n)) return false;
        f.Out.Write(pfx);
        return true;
    }

    /// <summary>ofp_match: each field not wildcarded, with the labels of the protocol it belongs to.</summary>
    private static void MatchPrint(ref Frame f, ReadOnlySpan<byte> pfx, int cp)
    {
        var o = f.Out;
        uint wildcards = f.U32(cp);
        if (f.Truncated) return;
        if ((wildcards & WildcardUnassigned) != 0) { o.Write(pfx); Hex(o, "wildcards 0x"u8, wildcards, 8); o.Write(" (bogus)"u8); }
        if ((wildcards & WildInPort) == 0 && Pfx(ref f, pfx, cp + 4, 2)) PortPrint(o, "match in_port "u8, f.U16(cp + 4));
        if ((wildcards & WildDlSrc) == 0 && Pfx(ref f, pfx, cp + 6, 6)) Mac(ref f, "match dl_src "u8, cp + 6);
        if ((wildcards & WildDlDst) == 0 && Pfx(ref f, pfx, cp + 12, 6)) Mac(ref f, "match dl_dst "u8, cp + 12);
        if ((wildcards & WildDlVlan) == 0 && Pfx(ref f, pfx, cp + 18, 2)) VlanPrint(o, "match dl_vlan "u8, f.U16(cp + 18));
        if ((wildcards & WildDlVlanPcp) == 0 && Pfx(ref f, pfx, cp + 20, 1)) PcpPrint(o, "match dl_vlan_pcp "u8, f.U8(cp + 20));
        int dlType = f.U16(cp + 22);
        if (f.Truncated) return;
        if ((wildcards & WildDlType) == 0) { o.Write(pfx); Hex(o, "match dl_type 0x"u8, (uint)dlType, 4); }
        if ((wildcards & WildNwTos) == 0 && Pfx(ref f, pfx, cp + 24, 1)) Hex(o, "match nw_tos 0x"u8, f.U8(cp + 24), 2);
        int nwProto = f.U8(cp + 25);
        if (f.Truncated) return;
        if ((wildcards & WildNwProto) == 0)
        {
            o.Write(pfx);
            o.Write((wildcards & WildDlType) == 0 && dlType == 0x0806 ? "match arp_opcode "u8 : "match nw_proto "u8);
            o.Dec(nwProto);
        }
        // the source and destination address wildcards are prefix lengths counted from the right
        int nwBits = (int)(wildcards >> 8) & 0x3f;
        if (nwBits < 32 && Pfx(ref f, pfx, cp + 28, 4)) { IPv4(ref f, "match nw_src "u8, cp + 28); o.Char('/'); o.Dec(32 - nwBits); }
        nwBits = (int)(wildcards >> 14) & 0x3f;
        if (nwBits < 32 && Pfx(ref f, pfx, cp + 32, 4)) { IPv4(ref f, "match nw_dst "u8, cp + 32); o.Char('/'); o.Dec(32 - nwBits); }
        bool icmp = (wildcards & WildDlType) == 0 && dlType == 0x0800 && (wildcards & WildNwProto) == 0 && nwProto == 1;
        if ((wildcards & WildTpSrc) == 0 && Pfx(ref f, pfx, cp + 36, 2))
            Dec(o, icmp ? "match icmp_type "u8 : "match tp_src "u8, f.U16(cp + 36));
        if ((wildcards & WildTpDst) == 0)
        {
            if (Pfx(ref f, pfx, cp + 38, 2)) Dec(o, icmp ? "match icmp_code "u8 : "match tp_dst "u8, f.U16(cp + 38));
        }
        else f.Need(cp + 38, 2);
    }

    /// <summary>A list of actions; a bad length skips the rest of the list.</summary>
    private static void ActionsPrint(ref Frame f, ReadOnlySpan<byte> pfx, int cp, int len)
    {
        var o = f.Out;
        while (len > 0 && !f.Truncated)
        {
            if (len < ActionMinLength) { f.Invalid(cp, len); return; }
            int type = f.U16(cp);
            o.Write(pfx); ActionTypes.Print(o, "action type "u8, (uint)type, "invalid (0x%04x)");
            int alen = f.U16(cp + 2);
            if (f.Truncated) return;
            cp += 4; len -= 4;
            Dec(o, ", len "u8, alen);
            if (alen < ActionMinLength || alen > len + 4) { f.Invalid(cp, len); return; }
            bool skip = false, bogus = false;
            switch (type)
            {
                case 0: case 1: case 2: case 3: case 6: case 7: case 8: case 9: case 10: bogus = alen != 8; break;
                case 4: case 5: case 11: bogus = alen != 16; break;
                case 0xffff: bogus = alen % 8 != 0; break;
                default: skip = true; break;
            }
            if (bogus) { o.Write(" (bogus)"u8); skip = true; }
            if (skip)
            {
                if (!f.Need(cp, alen - 4)) return;
                cp += alen - 4; len -= alen - 4;
                continue;
            }
            switch (type)
            {
                case 0: // OUTPUT: port, max_len (only meaningful towards the controller)
                {
                    uint port = f.U16(cp);
                    PortPrint(o, ", port "u8, port);
                    if (port == PortController) { Dec(o, ", max_len "u8, f.U16(cp + 2)); }
                    else f.Need(cp + 2, 2);
                    break;
                }
                case 1: VlanPrint(o, ", vlan_vid "u8, f.U16(cp)); f.Need(cp + 2, 2); break;
                case 2: PcpPrint(o, ", vlan_pcp "u8, f.U8(cp)); f.Need(cp + 1, 3); break;
                case 4: case 5: Mac(ref f, ", dl_addr "u8, cp); f.Need(cp + 6, 6); break;
                case 6: case 7: IPv4(ref f, ", nw_addr "u8, cp); break;
                case 8: Hex(o, ", nw_tos 0x"u8, f.U8(cp), 2); f.Need(cp + 1, 3); break;
                case 9: case 10: Dec(o, ", tp_port "u8, f.U16(cp)); f.Need(cp + 2, 2); break;
                case 11: // ENQUEUE: port, padding, queue_id
                    PortPrint(o, ", port "u8, f.U16(cp));
                    QueueIds.Print(o, ", queue_id "u8, f.U32(cp + 8), "%u");
                    break;
                case 0xffff: VendorActionPrint(ref f, cp, alen - 4); break;
                case 3: f.Need(cp, 4); break;
            }
            cp += alen - 4; len -= alen - 4;
        }
    }

    private static void FeaturesReplyPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        Hex(o, "\n\t dpid 0x"u8, f.U64(cp), 16);
        Dec(o, ", n_buffers "u8, f.U32(cp + 8));
        Dec(o, ", n_tables "u8, f.U8(cp + 12));
        uint caps = f.U32(cp + 16);
        if (f.Truncated) return;
        Hex(o, "\n\t capabilities 0x"u8, caps, 8); BitmapPrint(o, CapabilityBits, caps, CapabilityUnassigned);
        uint actions = f.U32(cp + 20);
        if (f.Truncated) return;
        Hex(o, "\n\t actions 0x"u8, actions, 8); BitmapPrint(o, ActionBits, actions, ActionUnassigned);
        cp += 24; len -= 24;
        while (len > 0 && !f.Truncated)
        {
            if (len < PhyPortLength) { f.Invalid(cp, len); return; }
            PhyPortPrint(ref f, cp);
            cp += PhyPortLength; len -= PhyPortLength;
        }
    }

    private static void SwitchConfigPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        ConfigFlags.Print(o, "\n\t flags "u8, f.U16(cp), "invalid (0x%04x)");
        Dec(o, ", miss_send_len "u8, f.U16(cp + 2));
    }

    private static void FlowModPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        MatchPrint(ref f, "\n\t "u8, cp);
        cp += MatchLength; len -= MatchLength;
        Hex(o, "\n\t cookie 0x"u8, f.U64(cp), 16);
        int command = f.U16(cp + 8);
        FlowModCommands.Print(o, ", command "u8, (uint)command, "invalid (0x%04x)");
        NonZeroPrint(ref f, ", idle_timeout "u8, cp + 10);
        NonZeroPrint(ref f, ", hard_timeout "u8, cp + 12);
        NonZeroPrint(ref f, ", priority "u8, cp + 14);
        if (command is 0 or 1 or 2) { BufferIds.Print(o, ", buffer_id "u8, f.U32(cp + 16), "0x%08x"); }
        if (command is 3 or 4) { PortPrint(o, ", out_port "u8, f.U16(cp + 20)); }
        uint flags = f.U16(cp + 22);
        if (f.Truncated) return;
        Hex(o, ", flags 0x"u8, flags, 4); BitmapPrint(o, FlowModFlagBits, flags, FlowModFlagUnassigned);
        ActionsPrint(ref f, "\n\t "u8, cp + 24, len - 24);
    }

    /// <summary>A 16-bit field printed only when set.</summary>
    private static void NonZeroPrint(ref Frame f, ReadOnlySpan<byte> label, int cp)
    {
        int v = f.U16(cp);
        if (v != 0) { f.Out.Write(label); f.Out.Dec(v); }
    }

    private static void PortModPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        PortPrint(o, "\n\t port_no "u8, f.U16(cp));
        Mac(ref f, ", hw_addr "u8, cp + 2);
        uint v = f.U32(cp + 8);
        if (f.Truncated) return;
        Hex(o, "\n\t config 0x"u8, v, 8); BitmapPrint(o, PortConfigBits, v, PortConfigUnassigned);
        v = f.U32(cp + 12);
        if (f.Truncated) return;
        Hex(o, "\n\t mask 0x"u8, v, 8); BitmapPrint(o, PortConfigBits, v, PortConfigUnassigned);
        FeaturesPrint(ref f, "\n\t advertise 0x"u8, cp + 16);
        f.Need(cp + 20, 4);
    }

    private static void QueueGetConfigRequestPrint(ref Frame f, int cp, int len)
    {
        PortPrint(f.Out, "\n\t port "u8, f.U16(cp));
        f.Need(cp + 2, 2);
    }

    private static void QueueGetConfigReplyPrint(ref Frame f, int cp, int len)
    {
        PortPrint(f.Out, "\n\t port "u8, f.U16(cp));
        if (!f.Need(cp + 2, 6)) return;
        QueuesPrint(ref f, cp + 8, len - 8);
    }

    private static void StatsRequestPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        int type = f.U16(cp);
        StatsTypes.Print(o, "\n\t type "u8, (uint)type, "invalid (0x%04x)");
        int flags = f.U16(cp + 2);
        if (f.Truncated) return;
        Hex(o, ", flags 0x"u8, (uint)flags, 4);
        if (flags != 0) o.Write(" (bogus)"u8);
        cp += 4; len -= 4;
        switch (type)
        {
            case StDesc:
            case StTable:
                if (len != 0) f.Invalid(cp, len);
                return;
            case StFlow:
            case StAggregate:
                if (len != 44) { f.Invalid(cp, len); return; }
                MatchPrint(ref f, "\n\t "u8, cp);
                TableIds.Print(o, "\n\t table_id "u8, f.U8(cp + 40), "%u");
                PortPrint(o, ", out_port "u8, f.U16(cp + 42));
                return;
            case StPort:
                if (len != 8) { f.Invalid(cp, len); return; }
                PortPrint(o, "\n\t port_no "u8, f.U16(cp));
                f.Need(cp + 2, 6);
                return;
            case StQueue:
                if (len != 8) { f.Invalid(cp, len); return; }
                PortPrint(o, "\n\t port_no "u8, f.U16(cp));
                QueueIds.Print(o, ", queue_id "u8, f.U32(cp + 4), "%u");
                return;
            case StVendor:
                VendorDataPrint(ref f, cp, len);
                return;
        }
    }

    private static void DescStatsReplyPrint(ref Frame f, int cp, int len)
    {
        if (len != 1056) { f.Invalid(cp, len); return; }
        QuotedPrint(ref f, "\n\t  mfr_desc "u8, cp, 256);
        QuotedPrint(ref f, "\n\t  hw_desc "u8, cp + 256, 256);
        QuotedPrint(ref f, "\n\t  sw_desc "u8, cp + 512, 256);
        QuotedPrint(ref f, "\n\t  serial_num "u8, cp + 768, 32);
        QuotedPrint(ref f, "\n\t  dp_desc "u8, cp + 800, 256);
    }

    private static void FlowStatsReplyPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        while (len > 0 && !f.Truncated)
        {
            if (len < FlowStatsReplyMinLength) { f.Invalid(cp, len); return; }
            int entryLen = f.U16(cp);
            if (f.Truncated) return;
            Dec(o, "\n\t length "u8, entryLen);
            if (entryLen < FlowStatsReplyMinLength || entryLen > len) { f.Invalid(cp, len); return; }
            TableIds.Print(o, ", table_id "u8, f.U8(cp + 2), "%u");
            MatchPrint(ref f, "\n\t  "u8, cp + 4);
            int p = cp + 4 + MatchLength;
            Dec(o, "\n\t  duration_sec "u8, f.U32(p));
            Dec(o, ", duration_nsec "u8, f.U32(p + 4));
            Dec(o, ", priority "u8, f.U16(p + 8));
            Dec(o, ", idle_timeout "u8, f.U16(p + 10));
            Dec(o, ", hard_timeout "u8, f.U16(p + 12));
            Hex(o, ", cookie 0x"u8, f.U64(p + 20), 16);
            Dec(o, ", packet_count "u8, f.U64(p + 28));
            Dec(o, ", byte_count "u8, f.U64(p + 36));
            if (f.Truncated) return;
            ActionsPrint(ref f, "\n\t  "u8, cp + FlowStatsReplyMinLength, entryLen - FlowStatsReplyMinLength);
            cp += entryLen; len -= entryLen;
        }
    }

    private static void AggregateStatsReplyPrint(ref Frame f, int cp, int len)
    {
        if (len != 24) { f.Invalid(cp, len); return; }
        var o = f.Out;
        Dec(o, "\n\t packet_count "u8, f.U64(cp));
        Dec(o, ", byte_count "u8, f.U64(cp + 8));
        Dec(o, ", flow_count "u8, f.U32(cp + 16));
        f.Need(cp + 20, 4);
    }

    private static void TableStatsReplyPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        while (len > 0 && !f.Truncated)
        {
            if (len < 64) { f.Invalid(cp, len); return; }
            TableIds.Print(o, "\n\t table_id "u8, f.U8(cp), "%u");
            QuotedPrint(ref f, ", name "u8, cp + 4, 32);
            uint wildcards = f.U32(cp + 36);
            if (f.Truncated) return;
            Hex(o, "\n\t  wildcards 0x"u8, wildcards, 8); BitmapPrint(o, WildcardBits, wildcards, WildcardUnassigned);
            Dec(o, "\n\t  max_entries "u8, f.U32(cp + 40));
            Dec(o, ", active_count "u8, f.U32(cp + 44));
            Dec(o, ", lookup_count "u8, f.U64(cp + 48));
            Dec(o, ", matched_count "u8, f.U64(cp + 56));
            cp += 64; len -= 64;
        }
    }

    private static ReadOnlySpan<byte> PortCounterNames => "rx_packets tx_packets rx_bytes tx_bytes rx_dropped tx_dropped rx_errors tx_errors rx_frame_err rx_over_err rx_crc_err collisions"u8;

    private static void PortStatsReplyPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        while (len > 0 && !f.Truncated)
        {
            if (len < 104) { f.Invalid(cp, len); return; }
            PortPrint(o, "\n\t  port_no "u8, f.U16(cp));
            if (f.Truncated) return;
            if (f.Opt.Verbose < 2)
            {
                if (!f.Need(cp + 2, 102)) return;
                cp += 104; len -= 104;
                continue;
            }
            // twelve 64-bit counters after 6 octets of padding
            var names = PortCounterNames;
            int p = cp + 8;
            while (names.Length > 0 && !f.Truncated)
            {
                int sp = names.IndexOf((byte)' ');
                var name = sp < 0 ? names : names[..sp];
                names = sp < 0 ? default : names[(sp + 1)..];
                ulong counter = f.U64(p);
                if (f.Truncated) return;
                o.Write(", "u8); o.Write(name); o.Char(' '); o.Dec(counter);
                p += 8;
            }
            cp += 104; len -= 104;
        }
    }

    private static void QueueStatsReplyPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        while (len > 0 && !f.Truncated)
        {
            if (len < 32) { f.Invalid(cp, len); return; }
            PortPrint(o, "\n\t  port_no "u8, f.U16(cp));
            Dec(o, ", queue_id "u8, f.U32(cp + 4));
            Dec(o, ", tx_bytes "u8, f.U64(cp + 8));
            Dec(o, ", tx_packets "u8, f.U64(cp + 16));
            Dec(o, ", tx_errors "u8, f.U64(cp + 24));
            cp += 32; len -= 32;
        }
    }

    private static void StatsReplyPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        int type = f.U16(cp);
        StatsTypes.Print(o, "\n\t type "u8, (uint)type, "invalid (0x%04x)");
        uint flags = f.U16(cp + 2);
        if (f.Truncated) return;
        Hex(o, ", flags 0x"u8, flags, 4); BitmapPrint(o, StatsReplyFlagBits, flags, ~1u);
        cp += 4; len -= 4;
        if (f.Opt.Verbose > 0)
        {
            switch (type)
            {
                case StDesc: DescStatsReplyPrint(ref f, cp, len); return;
                case StFlow: FlowStatsReplyPrint(ref f, cp, len); return;
                case StAggregate: AggregateStatsReplyPrint(ref f, cp, len); return;
                case StTable: TableStatsReplyPrint(ref f, cp, len); return;
                case StPort: PortStatsReplyPrint(ref f, cp, len); return;
                case StQueue: QueueStatsReplyPrint(ref f, cp, len); return;
                case StVendor: VendorDataPrint(ref f, cp, len); return;
            }
        }
        f.Need(cp, len);
    }

    private static void PacketOutPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        Hex(o, "\n\t buffer_id 0x"u8, f.U32(cp), 8);
        PortPrint(o, ", in_port "u8, f.U16(cp + 4));
        int actionsLen = f.U16(cp + 6);
        if (f.Truncated) return;
        cp += 8; len -= 8;
        if (actionsLen > len) { f.Invalid(cp, len); return; }
        ActionsPrint(ref f, "\n\t "u8, cp, actionsLen);
        if (f.Truncated) return;
        PacketDataPrint(ref f, cp + actionsLen, len - actionsLen);
    }

    private static void PacketInPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        BufferIds.Print(o, "\n\t buffer_id "u8, f.U32(cp), "0x%08x");
        Dec(o, ", total_len "u8, f.U16(cp + 4));
        PortPrint(o, ", in_port "u8, f.U16(cp + 6));
        PacketInReasons.Print(o, ", reason "u8, f.U8(cp + 8), "invalid (0x%02x)");
        if (!f.Need(cp + 9, 1)) return;
        PacketDataPrint(ref f, cp + 10, len - 10);
    }

    private static void FlowRemovedPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        MatchPrint(ref f, "\n\t "u8, cp);
        cp += MatchLength;
        Hex(o, "\n\t cookie 0x"u8, f.U64(cp), 16);
        NonZeroPrint(ref f, ", priority "u8, cp + 8);
        FlowRemovedReasons.Print(o, ", reason "u8, f.U8(cp + 10), "unknown (0x%02x)");
        Dec(o, ", duration_sec "u8, f.U32(cp + 12));
        Dec(o, ", duration_nsec "u8, f.U32(cp + 16));
        NonZeroPrint(ref f, ", idle_timeout "u8, cp + 20);
        Dec(o, ", packet_count "u8, f.U64(cp + 24));
        Dec(o, ", byte_count "u8, f.U64(cp + 32));
    }

    private static void PortStatusPrint(ref Frame f, int cp, int len)
    {
        PortStatusReasons.Print(f.Out, "\n\t reason "u8, f.U8(cp), "invalid (0x%02x)");
        if (f.Truncated) return;
        PhyPortPrint(ref f, cp + 8);
    }

    private static void ErrorPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        int type = f.U16(cp);
        ErrorTypes.Print(o, "\n\t type "u8, (uint)type, "invalid (0x%04x)");
        int code = f.U16(cp + 2);
        if (f.Truncated) return;
        o.Write(", code "u8);
        if (type < ErrorCodes.Length) ErrorCodes[type].Print(o, (uint)code, "invalid (0x%04x)");
        else { Hex(o, "invalid (0x"u8, (uint)code, 4); o.Char(')'); }
        DataPrint(ref f, cp + 4, len - 4);
    }
}
