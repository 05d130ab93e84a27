using static Wirecap.Print.OpenFlow;

namespace Wirecap.Print;

/// <summary>
/// OpenFlow 1.3 messages (print-openflow-1.3.c): HELLO elements, errors, experimenter, switch
/// features and configuration, port status and modification, table modification, roles and the
/// asynchronous message masks. Types tcpdump does not decode yet are named only.
/// </summary>
public static class OpenFlow13
{
    private const int HelloElemMinLength = 4;

    private static readonly Tok CapabilityBits = new((1 << 0, "FLOW_STATS"), (1 << 1, "TABLE_STATS"), (1 << 2, "PORT_STATS"),
        (1 << 3, "GROUP_STATS"), (1 << 5, "IP_REASM"), (1 << 6, "QUEUE_STATS"), (1 << 8, "PORT_BLOCKED"));
    private const uint CapabilityUnassigned = ~0x16fu;
    private static readonly Tok ConfigFlags = new((0, "FRAG_NORMAL"), (1, "FRAG_DROP"), (2, "FRAG_REASM"));
    private static readonly Tok TableIds = new((0xfe, "MAX"), (0xff, "ALL"));
    private static readonly Tok MissSendLengths = new((0xffe5, "MAX"), (0xffff, "NO_BUFFER"));
    private static readonly Tok PortConfigBits = new((1 << 0, "PORT_DOWN"), (1 << 2, "NO_RECV"), (1 << 5, "NO_FWD"), (1 << 6, "NO_PACKET_IN"));
    private const uint PortConfigUnassigned = ~0x65u;
    private static readonly Tok PortStateBits = new((1 << 0, "LINK_DOWN"), (1 << 1, "BLOCKED"), (1 << 2, "LIVE"));
    private const uint PortStateUnassigned = ~7u;
    private static readonly Tok PortFeatureBits = new((1 << 0, "10MB_HD"), (1 << 1, "10MB_FD"), (1 << 2, "100MB_HD"),
        (1 << 3, "100MB_FD"), (1 << 4, "1GB_HD"), (1 << 5, "1GB_FD"), (1 << 6, "10GB_FD"), (1 << 7, "40GB_FD"),
        (1 << 8, "100GB_FD"), (1 << 9, "1TB_FD"), (1 << 10, "OTHER"), (1 << 11, "COPPER"), (1 << 12, "FIBER"),
        (1 << 13, "AUTONEG"), (1 << 14, "PAUSE"), (1 << 15, "PAUSE_ASYM"));
    private const uint PortFeatureUnassigned = ~0xffffu;
    private static readonly Tok HelloElemTypes = new((1, "VERSIONBITMAP"));
    private static readonly Tok Ports = new((0xffffff00, "MAX"), (0xfffffff8, "IN_PORT"), (0xfffffff9, "TABLE"),
        (0xfffffffa, "NORMAL"), (0xfffffffb, "FLOOD"), (0xfffffffc, "ALL"), (0xfffffffd, "CONTROLLER"),
        (0xfffffffe, "LOCAL"), (0xffffffff, "ANY"));
    private static readonly Tok Roles = new((0, "NOCHANGE"), (1, "EQUAL"), (2, "MASTER"), (3, "SLAVE"));
    // bit n-1 stands for wire version n
    private static readonly Tok VersionBits = new((1 << 0, "1.0"), (1 << 1, "1.1"), (1 << 2, "1.2"), (1 << 3, "1.3"), (1 << 4, "1.4"), (1 << 5, "1.5"));
    private const uint VersionUnassigned = ~0x3fu;
    private static readonly Tok PacketInReasonBits = new((1 << 0, "NO_MATCH"), (1 << 1, "ACTION"), (1 << 2, "INVALID_TTL"));
    private static readonly Tok PortReasonBits = new((1 << 0, "ADD"), (1 << 1, "DELETE"), (1 << 2, "MODIFY"));
    private const uint ReasonUnassigned = ~7u;
    private static readonly Tok PortStatusReasons = new((0, "ADD"), (1, "DELETE"), (2, "MODIFY"));
    private static readonly Tok ErrorTypes = new((0, "HELLO_FAILED"), (1, "BAD_REQUEST"), (2, "BAD_ACTION"),
        (3, "BAD_INSTRUCTION"), (4, "BAD_MATCH"), (5, "FLOW_MOD_FAILED"), (6, "GROUP_MOD_FAILED"), (7, "PORT_MOD_FAILED"),
        (8, "TABLE_MOD_FAILED"), (9, "QUEUE_OP_FAILED"), (10, "SWITCH_CONFIG_FAILED"), (11, "ROLE_REQUEST_FAILED"),
        (12, "METER_MOD_FAILED"), (13, "TABLE_FEATURES_FAILED"), (0xffff, "EXPERIMENTER"));
    // the codes of each error type (EXPERIMENTER defines none)
    private static readonly Tok[] ErrorCodes =
    [
        new((0, "INCOMPATIBLE"), (1, "EPERM")),
        new((0, "BAD_VERSION"), (1, "BAD_TYPE"), (2, "BAD_MULTIPART"), (3, "BAD_EXPERIMENTER"), (4, "BAD_EXP_TYPE"),
            (5, "EPERM"), (6, "BAD_LEN"), (7, "BUFFER_EMPTY"), (8, "BUFFER_UNKNOWN"), (9, "BAD_TABLE_ID"), (10, "IS_SLAVE"),
            (11, "BAD_PORT"), (12, "BAD_PACKET"), (13, "MULTIPART_BUFFER_OVERFLOW")),
        new((0, "BAD_TYPE"), (1, "BAD_LEN"), (2, "BAD_EXPERIMENTER"), (3, "BAD_EXP_TYPE"), (4, "BAD_OUT_PORT"),
            (5, "BAD_ARGUMENT"), (6, "EPERM"), (7, "TOO_MANY"), (8, "BAD_QUEUE"), (9, "BAD_OUT_GROUP"),
            (10, "MATCH_INCONSISTENT"), (11, "UNSUPPORTED_ORDER"), (12, "BAD_TAG"), (13, "BAD_SET_TYPE"),
            (14, "BAD_SET_LEN"), (15, "BAD_SET_ARGUMENT")),
        new((0, "UNKNOWN_INST"), (1, "UNSUP_INST"), (2, "BAD_TABLE_ID"), (3, "UNSUP_METADATA"), (4, "UNSUP_METADATA_MASK"),
            (5, "BAD_EXPERIMENTER"), (6, "BAD_EXP_TYPE"), (7, "BAD_LEN"), (8, "EPERM")),
        new((0, "BAD_TYPE"), (1, "BAD_LEN"), (2, "BAD_TAG"), (3, "BAD_DL_ADDR_MASK"), (4, "BAD_NW_ADDR_MASK"),
            (5, "BAD_WILDCARDS"), (6, "BAD_FIELD"), (7, "BAD_VALUE"), (8, "BAD_MASK"), (9, "BAD_PREREQ"), (10, "DUP_FIELD"),
            (11, "EPERM")),
        new((0, "UNKNOWN"), (1, "TABLE_FULL"), (2, "BAD_TABLE_ID"), (3, "OVERLAP"), (4, "EPERM"), (5, "BAD_TIMEOUT"),
            (6, "BAD_COMMAND"), (7, "BAD_FLAGS")),
        new((0, "GROUP_EXISTS"), (1, "INVALID_GROUP"), (2, "WEIGHT_UNSUPPORTED"), (3, "OUT_OF_GROUPS"),
            (4, "OUT_OF_BUCKETS"), (5, "CHAINING_UNSUPPORTED"), (6, "WATCH_UNSUPPORTED"), (7, "LOOP"), (8, "UNKNOWN_GROUP"),
            (9, "CHAINED_GROUP"), (10, "BAD_TYPE"), (11, "BAD_COMMAND"), (12, "BAD_BUCKET"), (13, "BAD_MATCH"), (14, "EPERM")),
        new((0, "BAD_PORT"), (1, "BAD_HW_ADDR"), (2, "BAD_CONFIG"), (3, "BAD_ADVERTISE"), (4, "EPERM")),
        new((0, "BAD_TABLE"), (1, "BAD_CONFIG"), (2, "EPERM")),
        new((0, "BAD_PORT"), (1, "BAD_QUEUE"), (2, "EPERM")),
        new((0, "BAD_FLAGS"), (1, "BAD_LEN"), (2, "EPERM")),
        new((0, "STALE"), (1, "UNSUP"), (2, "BAD_ROLE")),
        new((0, "UNKNOWN"), (1, "METER_EXISTS"), (2, "INVALID_METER"), (3, "UNKNOWN_METER"), (4, "BAD_COMMAND"),
            (5, "BAD_FLAGS"), (6, "BAD_RATE"), (7, "BAD_BURST"), (8, "BAD_BAND"), (9, "BAD_BAND_VALUE"),
            (10, "OUT_OF_METERS"), (11, "OUT_OF_BANDS")),
        new((0, "BAD_TABLE"), (1, "BAD_METADATA"), (2, "BAD_TYPE"), (3, "BAD_LEN"), (4, "BAD_ARGUMENT"), (5, "EPERM")),
    ];

    private static readonly MsgType?[] Types =
    [
        new("HELLO", HelloElementsPrint, Req.MinLen, 0),
        new("ERROR", ErrorPrint, Req.MinLen, 4),
        new("ECHO_REQUEST", DataPrint, Req.MinLen, 0),
        new("ECHO_REPLY", DataPrint, Req.MinLen, 0),
        new("EXPERIMENTER", ExperimenterPrint, Req.MinLen, 8),
        new("FEATURES_REQUEST", null, Req.FixLen, 0),
        new("FEATURES_REPLY", FeaturesReplyPrint, Req.FixLen, 24),
        new("GET_CONFIG_REQUEST", null, Req.FixLen, 0),
        new("GET_CONFIG_REPLY", SwitchConfigPrint, Req.FixLen, 4),
        new("SET_CONFIG", SwitchConfigPrint, Req.FixLen, 4),
        new("PACKET_IN", null, Req.None, 0),
        new("FLOW_REMOVED", null, Req.None, 0),
        new("PORT_STATUS", PortStatusPrint, Req.FixLen, 72),
        new("PACKET_OUT", null, Req.None, 0),
        new("FLOW_MOD", null, Req.None, 0),
        new("GROUP_MOD", null, Req.None, 0),
        new("PORT_MOD", PortModPrint, Req.FixLen, 32),
        new("TABLE_MOD", TableModPrint, Req.FixLen, 8),
        new("MULTIPART_REQUEST", null, Req.None, 0),
        new("MULTIPART_REPLY", null, Req.None, 0),
        new("BARRIER_REQUEST", null, Req.FixLen, 0),
        new("BARRIER_REPLY", null, Req.FixLen, 0),
        new("QUEUE_GET_CONFIG_REQUEST", QueueGetConfigRequestPrint, Req.FixLen, 8),
        new("QUEUE_GET_CONFIG_REPLY", null, Req.None, 0),
        new("ROLE_REQUEST", RolePrint, Req.FixLen, 16),
        new("ROLE_REPLY", RolePrint, Req.FixLen, 16),
        new("GET_ASYNC_REQUEST", null, Req.FixLen, 0),
        new("GET_ASYNC_REPLY", AsyncPrint, Req.FixLen, 24),
        new("SET_ASYNC", AsyncPrint, Req.FixLen, 24),
        new("METER_MOD", null, Req.None, 0),
    ];

    internal static MsgType? Identify(int type) => type < Types.Length ? Types[type] : null;

    /// <summary>A 32-bit field in hex, then the names of its bits.</summary>
    private static void BitsPrint(ref Frame f, ReadOnlySpan<byte> label, int cp, Tok t, uint unassigned)
    {
        uint v = f.U32(cp);
        if (f.Truncated) return;
        Hex(f.Out, label, v, 8);
        BitmapPrint(f.Out, t, v, unassigned);
    }

    /// <summary>ofp_port: 64 octets.</summary>
    private static void PortPrint(ref Frame f, int cp)
    {
        var o = f.Out;
        Ports.Print(o, "\n\t  port_no "u8, f.U32(cp), "%u");
        Mac(ref f, ", hw_addr "u8, cp + 8);
        if (f.Truncated) return;
        o.Write(", name '"u8); TextProto.PrintJnp(ref f, cp + 16, 16); o.Char('\'');
        cp += 32;
        if (f.Opt.Verbose < 2) { f.Need(cp, 32); return; }
        BitsPrint(ref f, "\n\t   config 0x"u8, cp, PortConfigBits, PortConfigUnassigned);
        BitsPrint(ref f, "\n\t   state 0x"u8, cp + 4, PortStateBits, PortStateUnassigned);
        BitsPrint(ref f, "\n\t   curr 0x"u8, cp + 8, PortFeatureBits, PortFeatureUnassigned);
        BitsPrint(ref f, "\n\t   advertised 0x"u8, cp + 12, PortFeatureBits, PortFeatureUnassigned);
        BitsPrint(ref f, "\n\t   supported 0x"u8, cp + 16, PortFeatureBits, PortFeatureUnassigned);
        BitsPrint(ref f, "\n\t   peer 0x"u8, cp + 20, PortFeatureBits, PortFeatureUnassigned);
        uint speed = f.U32(cp + 24);
        if (f.Truncated) return;
        Dec(o, "\n\t   curr_speed "u8, speed); o.Write("kbps"u8);
        speed = f.U32(cp + 28);
        if (f.Truncated) return;
        Dec(o, "\n\t   max_speed "u8, speed); o.Write("kbps"u8);
    }

    private static void FeaturesReplyPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        Hex(o, "\n\t dpid 0x"u8, f.U64(cp), 16);
        Dec(o, ", n_buffers "u8, f.U32(cp + 8));
        Dec(o, ", n_tables "u8, f.U8(cp + 12));
        Dec(o, ", auxiliary_id "u8, f.U8(cp + 13));
        BitsPrint(ref f, "\n\t capabilities 0x"u8, cp + 16, CapabilityBits, CapabilityUnassigned);
        f.Need(cp + 20, 4);   // reserved
    }

    private static void SwitchConfigPrint(ref Frame f, int cp, int len)
    {
        ConfigFlags.Print(f.Out, "\n\t flags "u8, f.U16(cp), "invalid (0x%04x)");
        MissSendLengths.Print(f.Out, ", miss_send_len "u8, f.U16(cp + 2), "%u");
    }

    private static void TableModPrint(ref Frame f, int cp, int len)
    {
        TableIds.Print(f.Out, "\n\t table_id "u8, f.U8(cp), "%u");
        Hex(f.Out, ", config 0x"u8, f.U32(cp + 4), 8);
    }

    private static void RolePrint(ref Frame f, int cp, int len)
    {
        Roles.Print(f.Out, "\n\t role "u8, f.U32(cp), "invalid (0x%08x)");
        Hex(f.Out, ", generation_id 0x"u8, f.U64(cp + 8), 16);
    }

    private static void AsyncPrint(ref Frame f, int cp, int len)
    {
        BitsPrint(ref f, "\n\t packet_in_mask[EM] 0x"u8, cp, PacketInReasonBits, ReasonUnassigned);
        BitsPrint(ref f, "\n\t packet_in_mask[S] 0x"u8, cp + 4, PacketInReasonBits, ReasonUnassigned);
        BitsPrint(ref f, "\n\t port_status_mask[EM] 0x"u8, cp + 8, PortReasonBits, ReasonUnassigned);
        BitsPrint(ref f, "\n\t port_status_mask[S] 0x"u8, cp + 12, PortReasonBits, ReasonUnassigned);
        // tcpdump names the flow-removed reasons with the port-status table
        BitsPrint(ref f, "\n\t flow_removed_mask[EM] 0x"u8, cp + 16, PortReasonBits, ReasonUnassigned);
        BitsPrint(ref f, "\n\t flow_removed_mask[S] 0x"u8, cp + 20, PortReasonBits, ReasonUnassigned);
    }

    private static void PortModPrint(ref Frame f, int cp, int len)
    {
        Ports.Print(f.Out, "\n\t port_no "u8, f.U32(cp), "%u");
        Mac(ref f, ", hw_addr "u8, cp + 8);
        BitsPrint(ref f, "\n\t  config 0x"u8, cp + 16, PortConfigBits, PortConfigUnassigned);
        BitsPrint(ref f, "\n\t  mask 0x"u8, cp + 20, PortConfigBits, PortConfigUnassigned);
        BitsPrint(ref f, "\n\t  advertise 0x"u8, cp + 24, PortFeatureBits, PortFeatureUnassigned);
        f.Need(cp + 28, 4);
    }

    private static void PortStatusPrint(ref Frame f, int cp, int len)
    {
        // tcpdump's default text here has no conversion, so it prints as it stands
        PortStatusReasons.Print(f.Out, "\n\t reason "u8, f.U8(cp), "invalid (0x02x)");
        if (f.Truncated) return;
        PortPrint(ref f, cp + 8);
    }

    private static void HelloElementsPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        while (len > 0 && !f.Truncated)
        {
            if (len < HelloElemMinLength) { f.Invalid(cp, len); return; }
            int type = f.U16(cp);
            if (f.Truncated) return;
            HelloElemTypes.Print(o, "\n\t type "u8, (uint)type, "unknown (0x%04x)");
            int bmlen = f.U16(cp + 2);
            if (f.Truncated) return;
            cp += 4; len -= 4;
            Dec(o, ", length "u8, bmlen);
            if (bmlen < HelloElemMinLength || bmlen > HelloElemMinLength + len) { f.Invalid(cp, len); return; }
            // only a single version bitmap without padding is recognized
            if (type == 1 && bmlen == HelloElemMinLength + 4)
            {
                uint bitmap = f.U32(cp);
                if (f.Truncated) return;
                Hex(o, ", bitmap 0x"u8, bitmap, 8);
                BitmapPrint(o, VersionBits, bitmap, VersionUnassigned);
            }
            else
            {
                if (type == 1) o.Write(" (bogus)"u8);
                if (!f.Need(cp, bmlen - HelloElemMinLength)) return;
            }
            cp += bmlen - HelloElemMinLength; len -= bmlen - HelloElemMinLength;
        }
    }

    private static void ExperimenterPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        uint experimenter = f.U32(cp);
        if (f.Truncated) return;
        Hex(o, "\n\t experimenter 0x"u8, experimenter, 8); o.Write(" ("u8); VendorName(o, experimenter); o.Char(')');
        Hex(o, ", exp_type 0x"u8, f.U32(cp + 4), 8);
        if (f.Truncated) return;
        DataPrint(ref f, cp + 8, len - 8);
    }

    private static void QueueGetConfigRequestPrint(ref Frame f, int cp, int len)
    {
        Ports.Print(f.Out, "\n\t port "u8, f.U32(cp), "%u");
        f.Need(cp + 4, 4);
    }

    private static void ErrorPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        int type = f.U16(cp);
        if (f.Truncated) return;
        ErrorTypes.Print(o, "\n\t type "u8, (uint)type, "invalid (0x%04x)");
        int code = f.U16(cp + 2);
        if (f.Truncated) return;
        if (type < ErrorCodes.Length) ErrorCodes[type].Print(o, ", code "u8, (uint)code, "invalid (0x%04x)");
        else Hex(o, ", code invalid (0x"u8, (uint)code, 4);
        if (type >= ErrorCodes.Length) o.Char(')');
        DataPrint(ref f, cp + 4, len - 4);
    }
}
