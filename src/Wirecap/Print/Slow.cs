namespace Wirecap.Print;

/// <summary>
/// IEEE 802.3 slow protocols (print-slow.c), EtherType 0x8809: LACP and Marker (subtype, version,
/// then type-length-value records whose length counts the two header bytes) and Ethernet OAM
/// (subtype, flags, code, then the code's fields).
/// <code>
///  LACP/Marker:  subtype (1) | version (1) | TLV: type (1) | length (1) | value ...
///  OAM:          subtype (1) | flags (2) | code (1) | data ...
/// </code>
/// </summary>
public static class Slow
{
    public const int EtherTypeSlow = 0x8809;

    private const int Lacp = 1, Marker = 2, Oam = 3;
    // the LACP and Marker TLVs are told apart by subtype << 8 | type
    private const int LacpActor = Lacp << 8 | 1, LacpPartner = Lacp << 8 | 2, LacpCollector = Lacp << 8 | 3,
        MarkerInfo = Marker << 8 | 1;
    private const int ActorPartnerLength = 18, CollectorLength = 14, MarkerInfoLength = 14;
    private const int OamInfo = 0, OamEventNotification = 1, OamLoopbackControl = 4;
    private const int OamInfoLocal = 1, OamInfoRemote = 2, OamInfoLength = 16, OamLinkEventLength = 40;

    private static readonly Tok Subtypes = new((Lacp, "LACP"), (Marker, "MARKER"), (Oam, "OAM"));
    private static readonly Tok TlvNames = new((Lacp << 8, "Terminator"), (LacpActor, "Actor Information"),
        (LacpPartner, "Partner Information"), (LacpCollector, "Collector Information"),
        (Marker << 8, "Terminator"), (MarkerInfo, "Marker Information"));
    private static readonly Tok LacpStates = new((0x01, "Activity"), (0x02, "Timeout"), (0x04, "Aggregation"),
        (0x08, "Synchronization"), (0x10, "Collecting"), (0x20, "Distributing"), (0x40, "Default"), (0x80, "Expired"));
    private static readonly Tok OamFlags = new((0x0001, "Link Fault"), (0x0002, "Dying Gasp"), (0x0004, "Critical Event"),
        (0x0008, "Local Evaluating"), (0x0010, "Local Stable"), (0x0020, "Remote Evaluating"), (0x0040, "Remote Stable"));
    private static readonly Tok OamCodes = new((OamInfo, "Information"), (OamEventNotification, "Event Notification"),
        (2, "Variable Request"), (3, "Variable Response"), (OamLoopbackControl, "Loopback Control"), (0xfe, "Vendor Private"));
    private static readonly Tok OamInfoTypes = new((0, "End of TLV marker"), (OamInfoLocal, "Local"),
        (OamInfoRemote, "Remote"), (0xfe, "Organization specific"));
    private static readonly Tok OamParserActions = new((0, "forwarding"), (1, "looping back"), (2, "discarding"), (3, "reserved"));
    private static readonly Tok OamMuxActions = new((0, "forwarding"), (4, "discarding"));
    private static readonly Tok OamConfigFlags = new((0x01, "Active"), (0x02, "Unidirectional"), (0x04, "Remote-Loopback"),
        (0x08, "Link-Events"), (0x10, "Variable-Retrieval"));
    private static readonly Tok OamLinkEvents = new((0, "End of TLV marker"), (1, "Errored Symbol Period Event"),
        (2, "Errored Frame Event"), (3, "Errored Frame Period Event"), (4, "Errored Frame Seconds Summary Event"),
        (0xfe, "Organization specific"));
    private static readonly Tok OamLoopbackCommands = new((1, "Enable OAM Remote Loopback"), (2, "Disable OAM Remote Loopback"));

    /// <summary>slow_print: the slow protocol PDU at p, len bytes.</summary>
    public static void Print(ref Frame f, int p, int len)
    {
        f.Proto = "slow";
        var o = f.Out;
        if (len < 1) { TooShort(ref f); return; }
        int subtype = f.U8(p);
        if (f.Truncated) return;

        bool hasVersion = false;
        if (subtype is Lacp or Marker)
        {
            if (len < 2) { TooShort(ref f); return; }
            int version = f.U8(p + 1);
            if (f.Truncated) return;
            if (version != 1)
            {
                o.Write(subtype == Lacp ? "LACP version "u8 : "MARKER version "u8);
                o.Dec(version); o.Write(" packet not supported"u8);
                return;
            }
            hasVersion = true;
        }

        Subtypes.Print(o, (uint)subtype, "unknown (%u)");
        if (hasVersion) o.Write("v1"u8);
        o.Write(", length "u8); o.Dec((uint)len);
        if (subtype is not (Lacp or Marker or Oam))
        {
            HexDump.UnknownData(ref f, p, "\n\t"u8, len);
            return;
        }
        if (f.Opt.Verbose == 0) return;

        if (subtype == Oam) OamPrint(ref f, p + 1, len - 1);
        else MarkerLacpPrint(ref f, p + 2, len - 2, subtype);
    }

    /// <summary>The LACP or Marker TLVs at t, tlen bytes.</summary>
    private static void MarkerLacpPrint(ref Frame f, int t, int tlen, int subtype)
    {
        var o = f.Out;
        while (tlen > 0)
        {
            if (tlen < 2) { PacketTooShort(o); return; }
            int type = f.U8(t);
            int tlvLen = f.U8(t + 1);
            if (f.Truncated) return;
            int key = subtype << 8 | type;
            o.Write("\n\t"u8); TlvNames.Print(o, (uint)key, "Unknown");
            o.Write(" TLV (0x"u8); o.Hex2((byte)type); o.Write("), length "u8); o.Dec(tlvLen);
            if (type == 0) return;   // the terminator ends the TLVs (its length is 0)
            if (tlvLen < 2) { o.Write("\n\t    ERROR: illegal length - should be >= 2"u8); return; }
            if (tlen < tlvLen) { PacketTooShort(o); return; }
            if (!f.Need(t, tlvLen)) return;

            int v = t + 2, vlen = tlvLen - 2;
            switch (key)
            {
                case LacpActor:
                case LacpPartner:
                    if (vlen != ActorPartnerLength) { o.Write("\n\t    ERROR: illegal length - should be 20"u8); break; }
                    // system priority (2), system (6), key (2), port priority (2), port (2), state (1), pad (3)
                    o.Write("\n\t  System "u8); f.Ctx.Names.Mac(o, f.Data.Slice(v + 2, 6));
                    o.Write(", System Priority "u8); o.Dec(f.U16(v));
                    o.Write(", Key "u8); o.Dec(f.U16(v + 8));
                    o.Write(", Port "u8); o.Dec(f.U16(v + 12));
                    o.Write(", Port Priority "u8); o.Dec(f.U16(v + 10));
                    o.Write("\n\t  State Flags ["u8); LacpStates.Bits(o, f.Data[v + 14], "none"); o.Char(']');
                    break;
                case LacpCollector:
                    if (vlen != CollectorLength) { o.Write("\n\t    ERROR: illegal length - should be 16"u8); break; }
                    o.Write("\n\t  Max Delay "u8); o.Dec(f.U16(v));
                    break;
                case MarkerInfo:
                    // requester port (2), requester system (6), transaction id (4), pad (2)
                    if (vlen != MarkerInfoLength) { o.Write("\n\t    ERROR: illegal length - should be 16"u8); break; }
                    o.Write("\n\t  Request System "u8); f.Ctx.Names.Mac(o, f.Data.Slice(v + 2, 6));
                    o.Write(", Request Port "u8); o.Dec(f.U16(v));
                    o.Write(", Request Transaction ID 0x"u8); o.Hex(f.U32(v + 8), 8);
                    break;
                default:
                    if (f.Opt.Verbose <= 1) HexDump.UnknownData(ref f, v, "\n\t  "u8, vlen);
                    break;
            }
            if (f.Opt.Verbose > 1) HexDump.UnknownData(ref f, v, "\n\t  "u8, vlen);
            if (f.Truncated) return;
            t += tlvLen;
            tlen -= tlvLen;
        }
    }

    /// <summary>The OAM PDU after the subtype: flags, code and the code's data, tlen bytes at t.</summary>
    private static void OamPrint(ref Frame f, int t, int tlen)
    {
        var o = f.Out;
        if (tlen < 3) { PacketTooShort(o); return; }
        if (!f.Need(t, 3)) return;
        int flags = f.U16(t);
        int code = f.Data[t + 2];
        t += 3; tlen -= 3;
        o.Write("\n\tCode "u8); OamCodes.Print(o, (uint)code, "Unknown (%u)");
        o.Write(" OAM PDU, Flags ["u8); OamFlags.Bits(o, (uint)flags, "none"); o.Char(']');

        switch (code)
        {
            case OamInfo:
                while (tlen > 0)
                {
                    if (tlen < 2) { PacketTooShort(o); return; }
                    if (!f.Need(t, 2)) return;
                    int type = f.Data[t], length = f.Data[t + 1];
                    o.Write("\n\t  "u8); OamInfoTypes.Print(o, (uint)type, "Reserved");
                    o.Write(" Information Type ("u8); o.Dec(type); o.Write("), length "u8); o.Dec(length);
                    if (type == 0) return;   // end of TLV marker: the rest can be ignored
                    if (length < 2) { o.Write("\n\t    ERROR: illegal length - should be >= 2"u8); return; }
                    if (tlen < length) { PacketTooShort(o); return; }
                    if (!f.Need(t, length)) return;
                    bool hexdump = true;
                    if (type is OamInfoLocal or OamInfoRemote)
                    {
                        if (length != OamInfoLength) o.Write("\n\t    ERROR: illegal length - should be 16"u8);
                        else
                        {
                            // version (1), revision (2), state (1), config (1), PDU config (2), OUI (3), vendor (4)
                            hexdump = false;
                            o.Write("\n\t    OAM-Version "u8); o.Dec(f.Data[t + 2]);
                            o.Write(", Revision "u8); o.Dec(f.U16(t + 3));
                            int state = f.Data[t + 5];
                            o.Write("\n\t    State-Parser-Action "u8); OamParserActions.Print(o, (uint)(state & 3), "Reserved");
                            o.Write(", State-MUX-Action "u8); OamMuxActions.Print(o, (uint)(state & 4), "Reserved");
                            o.Write("\n\t    OAM-Config Flags ["u8); OamConfigFlags.Bits(o, f.Data[t + 6], "none");
                            o.Write("], OAM-PDU-Config max-PDU size "u8); o.Dec(f.U16(t + 7) & 0x7ff);
                            uint oui = f.U24(t + 9);
                            o.Write("\n\t    OUI "u8); Oui.Names.Print(o, oui, "Unknown");
                            o.Write(" (0x"u8); o.Hex(oui, 6); o.Write("), Vendor-Private 0x"u8); o.Hex(f.U32(t + 12), 8);
                        }
                    }
                    if (f.Opt.Verbose > 1 || hexdump) HexDump.UnknownData(ref f, t, "\n\t  "u8, length);
                    if (f.Truncated) return;
                    tlen -= length;
                    t += length;
                }
                break;

            case OamEventNotification:
                if (tlen < 2) { PacketTooShort(o); return; }
                int sequence = f.U16(t);
                if (f.Truncated) return;
                o.Write("\n\t  Sequence Number "u8); o.Dec(sequence);
                tlen -= 2; t += 2;
                while (tlen > 0)
                {
                    if (tlen < 2) { PacketTooShort(o); return; }
                    int type = f.U8(t), length = f.U8(t + 1);
                    if (f.Truncated) return;
                    o.Write("\n\t  "u8); OamLinkEvents.Print(o, (uint)type, "Reserved");
                    o.Write(" Link Event Type ("u8); o.Dec(type); o.Write("), length "u8); o.Dec(length);
                    if (type == 0) return;
                    if (length < 2) { o.Write("\n\t    ERROR: illegal length - should be >= 2"u8); return; }
                    if (tlen < length) { PacketTooShort(o); return; }
                    if (!f.Need(t, length)) return;
                    bool hexdump = true;
                    if (type is >= 1 and <= 4)
                    {
                        if (length != OamLinkEventLength) o.Write("\n\t    ERROR: illegal length - should be 40"u8);
                        else
                        {
                            // timestamp (2, in 100 ms), window, threshold, errors, running total (8 each), event total (4)
                            hexdump = false;
                            o.Write("\n\t    Timestamp "u8); o.Dec((uint)f.U16(t + 2) * 100);
                            o.Write(" ms, Errored Window "u8); o.Dec(f.U64(t + 4));
                            o.Write("\n\t    Errored Threshold "u8); o.Dec(f.U64(t + 12));
                            o.Write("\n\t    Errors "u8); o.Dec(f.U64(t + 20));
                            o.Write("\n\t    Error Running Total "u8); o.Dec(f.U64(t + 28));
                            o.Write("\n\t    Event Running Total "u8); o.Dec(f.U32(t + 36));
                        }
                    }
                    if (f.Opt.Verbose > 1 || hexdump) HexDump.UnknownData(ref f, t, "\n\t  "u8, length);
                    if (f.Truncated) return;
                    tlen -= length;
                    t += length;
                }
                break;

            case OamLoopbackControl:
                if (tlen < 1) { PacketTooShort(o); return; }
                int command = f.U8(t);
                if (f.Truncated) return;
                o.Write("\n\t  Command "u8); OamLoopbackCommands.Print(o, (uint)command, "Unknown");
                o.Write(" ("u8); o.Dec(command); o.Char(')');
                break;

            default:
                // variable request/response and vendor private PDUs are not decoded
                if (f.Opt.Verbose <= 1) HexDump.UnknownData(ref f, t, "\n\t  "u8, tlen);
                break;
        }
    }

    /// <summary>slow_print's own "too short": a suffix without -v, a line of its own with it.</summary>
    private static void TooShort(ref Frame f)
    {
        if (f.Opt.Verbose == 0) f.Out.Write(" (packet is too short)"u8);
        else PacketTooShort(f.Out);
    }

    private static void PacketTooShort(TextOut o) => o.Write("\n\t\t packet is too short"u8);
}
