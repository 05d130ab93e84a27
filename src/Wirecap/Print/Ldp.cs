namespace Wirecap.Print;

/// <summary>
/// LDP (print-ldp.c, RFC 5036), UDP and TCP port 646. A PDU is a common header, then messages,
/// each a header and TLVs:
/// <code>
///  0                   1                   2                   3
/// +-------------------------------+-------------------------------+
/// |         Version (1)           |          PDU Length           |
/// +-------------------------------+-------------------------------+
/// |                     LDP Identifier: LSR Id                    |
/// +-------------------------------+-------------------------------+
/// |          Label space          |U|   Message Type              |
/// +-------------------------------+-------------------------------+
/// |        Message Length         |          Message ID ...       |
/// +-------------------------------+-------------------------------+
/// TLV: |U|F| Type (14) | Length (16) | Value
/// </code>
/// </summary>
public static class Ldp
{
    public const int Port = 646;
    private const int CommonHeaderLength = 10, MsgHeaderLength = 8;

    private const int MsgNotification = 0x0001, MsgHello = 0x0100, MsgInit = 0x0200, MsgKeepalive = 0x0201,
        MsgAddress = 0x0300, MsgAddressWithdraw = 0x0301, MsgLabelMapping = 0x0400, MsgLabelWithdraw = 0x0402;

    private static readonly Tok Messages = new((MsgNotification, "Notification"), (MsgHello, "Hello"),
        (MsgInit, "Initialization"), (MsgKeepalive, "Keepalive"), (MsgAddress, "Address"),
        (MsgAddressWithdraw, "Address Withdraw"), (MsgLabelMapping, "Label Mapping"), (0x0401, "Label Request"),
        (MsgLabelWithdraw, "Label Withdraw"), (0x0403, "Label Release"), (0x0404, "Label Abort Request"));

    private const int TlvFec = 0x0100, TlvAddressList = 0x0101, TlvGenericLabel = 0x0200, TlvStatus = 0x0300,
        TlvCommonHello = 0x0400, TlvIPv4Transport = 0x0401, TlvConfigSeq = 0x0402, TlvIPv6Transport = 0x0403,
        TlvCommonSession = 0x0500, TlvFtSession = 0x0503, TlvMtu = 0x0601;

    private static readonly Tok Tlvs = new((TlvFec, "FEC"), (TlvAddressList, "Address List"), (0x0103, "Hop Count"),
        (0x0104, "Path Vector"), (TlvGenericLabel, "Generic Label"), (0x0201, "ATM Label"), (0x0202, "Frame-Relay Label"),
        (TlvStatus, "Status"), (0x0301, "Extended Status"), (0x0302, "Returned PDU"), (0x0303, "Returned Message"),
        (TlvCommonHello, "Common Hello Parameters"), (TlvIPv4Transport, "IPv4 Transport Address"),
        (TlvConfigSeq, "Configuration Sequence Number"), (TlvIPv6Transport, "IPv6 Transport Address"),
        (TlvCommonSession, "Common Session Parameters"), (0x0501, "ATM Session Parameters"),
        (0x0502, "Frame-Relay Session Parameters"), (TlvFtSession, "Fault-Tolerant Session Parameters"),
        (0x0600, "Label Request Message ID"), (TlvMtu, "MTU"));

    private const int FecWildcard = 0x01, FecPrefix = 0x02, FecHostAddress = 0x03, FecMartiniVc = 0x80;
    private static readonly Tok Fecs = new((FecWildcard, "Wildcard"), (FecPrefix, "Prefix"),
        (FecHostAddress, "Host address"), (FecMartiniVc, "Martini VC"));

    private const int IfParmMtu = 0x01, IfParmDescription = 0x03, IfParmVccv = 0x0c;
    private static readonly Tok IfParms = new((IfParmMtu, "MTU"), (IfParmDescription, "Description"), (IfParmVccv, "VCCV"));
    private static readonly Tok VccvControlChannels = new((0x01, "PWE3 control word"), (0x02, "MPLS Router Alert Label"),
        (0x04, "MPLS inner label TTL = 1"));
    private static readonly Tok VccvCvTypes = new((0x01, "ICMP Ping"), (0x02, "LSP Ping"), (0x04, "BFD"));

    /// <summary>ldp_print: the PDUs in len bytes at p.</summary>
    public static void Print(ref Frame f, int p, int len)
    {
        f.Proto = "ldp";
        // Only a PDU with at least one message header after its common header is looked at.
        while ((uint)len > CommonHeaderLength + MsgHeaderLength)
        {
            int processed = PduPrint(ref f, p);
            if (processed == 0 || f.Truncated) return;
            if (len < processed)
            {
                f.Out.Write(" [remaining length "u8); f.Out.Dec(len); f.Out.Write(" < "u8); f.Out.Dec(processed);
                f.Out.Write("] (invalid)"u8);
                break;
            }
            len -= processed;
            p += processed;
        }
    }

    /// <summary>ldp_pdu_print: one PDU; returns its length, or 0 to stop.</summary>
    private static int PduPrint(ref Frame f, int p)
    {
        var o = f.Out;
        if (!f.Need(p, CommonHeaderLength)) return 0;
        var nl = f.Opt.Verbose < 1 ? ""u8 : "\n\t"u8;
        int version = f.U16(p);
        if (version != 1)
        {
            o.Write(nl); o.Write("LDP version "u8); o.Dec(version); o.Write(" packet not supported"u8);
            return 0;
        }
        int pduLen = f.U16(p + 2);
        // The PDU length leaves out the version and length fields.
        if (pduLen < CommonHeaderLength - 4)
        {
            o.Write(nl); o.Write("LDP, pdu-length: "u8); o.Dec(pduLen); o.Write(" (too short, < 6)"u8);
            return 0;
        }
        o.Write(nl); o.Write("LDP, Label-Space-ID: "u8); f.Ctx.Names.IPv4(o, f.Data.Slice(p + 4, 4));
        o.Char(':'); o.Dec(f.U16(p + 8)); o.Write(", pdu-length: "u8); o.Dec(pduLen);
        if (f.Opt.Verbose < 1) return 0;

        int tptr = p + CommonHeaderLength;
        // tcpdump keeps this count in 16 bits: a message longer than the PDU wraps it around, and
        // the loop then runs on until the capture ends.
        ushort tlen = (ushort)(pduLen - (CommonHeaderLength - 4));
        while (tlen > 0)
        {
            if (!f.Need(tptr, MsgHeaderLength)) return 0;
            int typeField = f.U16(tptr);
            int msgLen = f.U16(tptr + 2);
            int msgType = typeField & 0x7fff;
            if (msgLen < MsgHeaderLength - 4)
            {
                o.Write("\n\t  "u8); Messages.Print(o, (uint)msgType, "Unknown");
                o.Write(" Message (0x"u8); o.Hex((uint)msgType, 4); o.Write("), length: "u8); o.Dec(msgLen);
                o.Write(" (too short, < 4)"u8);
                return 0;
            }
            o.Write("\n\t  "u8); Messages.Print(o, (uint)msgType, "Unknown");
            o.Write(" Message (0x"u8); o.Hex((uint)msgType, 4); o.Write("), length: "u8); o.Dec(msgLen);
            o.Write(", Message ID: 0x"u8); o.Hex(f.U32(tptr + 4), 8);
            o.Write((typeField & 0x8000) != 0 ? ", Flags: [continue processing if unknown]"u8 : ", Flags: [ignore if unknown]"u8);

            int msgPtr = tptr + MsgHeaderLength;
            uint msgTlen = (uint)(msgLen - (MsgHeaderLength - 4));
            if (!f.Need(tptr, msgLen)) return 0;

            switch (msgType)
            {
                case MsgNotification: case MsgHello: case MsgInit: case MsgKeepalive:
                case MsgAddress: case MsgLabelMapping: case MsgAddressWithdraw: case MsgLabelWithdraw:
                    while (msgTlen >= 4)
                    {
                        int processed = TlvPrint(ref f, msgPtr, msgTlen);
                        if (f.Truncated) return 0;
                        if (processed == 0) break;
                        msgTlen -= (uint)processed;
                        msgPtr += processed;
                    }
                    break;
                default:
                    if (f.Opt.Verbose <= 1) HexDump.UnknownData(ref f, msgPtr, "\n\t  "u8, (int)msgTlen);
                    break;
            }
            // At -vv the message is dumped too, from after its header for its length field's
            // count, which runs four bytes past the message.
            if (f.Opt.Verbose > 1) HexDump.UnknownData(ref f, tptr + MsgHeaderLength, "\n\t  "u8, msgLen);

            tptr += msgLen + 4;
            tlen -= (ushort)(msgLen + 4);
        }
        return pduLen + 4;
    }

    /// <summary>ldp_tlv_print: one TLV of a message with msgTlen bytes left; returns its length, or 0 to stop.</summary>
    private static int TlvPrint(ref Frame f, int tptr, uint msgTlen)
    {
        var o = f.Out;
        if (!f.Need(tptr, 4)) return 0;
        int typeField = f.U16(tptr);
        int tlvLen = f.U16(tptr + 2);
        if (tlvLen + 4u > msgTlen)
        {
            o.Write("\n\t\t TLV contents go past end of message"u8);
            return 0;
        }
        int tlvTlen = tlvLen;
        int tlvType = typeField & 0x3fff;
        o.Write("\n\t    "u8); Tlvs.Print(o, (uint)tlvType, "Unknown");
        o.Write(" TLV (0x"u8); o.Hex((uint)tlvType, 4); o.Write("), length: "u8); o.Dec(tlvLen);
        o.Write((typeField & 0x8000) != 0 ? ", Flags: [continue processing and "u8 : ", Flags: [ignore and "u8);
        o.Write((typeField & 0x4000) != 0 ? "do forward if unknown]"u8 : "don't forward if unknown]"u8);
        int processed = tlvLen + 4;
        tptr += 4;

        switch (tlvType)
        {
            case TlvCommonHello:
            {
                if (!MinLength(o, tlvTlen, 4) || !f.Need(tptr, 4)) break;
                int flags = f.U16(tptr + 2);
                o.Write("\n\t      Hold Time: "u8); o.Dec(f.U16(tptr));
                o.Write((flags & 0x8000) != 0 ? "s, Flags: [Targeted Hello"u8 : "s, Flags: [Link Hello"u8);
                if ((flags & 0x4000) != 0) o.Write(", Request for targeted Hellos"u8);
                o.Char(']');
                break;
            }
            case TlvIPv4Transport:
                if (!MinLength(o, tlvTlen, 4) || !f.Need(tptr, 4)) break;
                o.Write("\n\t      IPv4 Transport Address: "u8); f.IPv4At(tptr);
                break;
            case TlvIPv6Transport:
                if (!MinLength(o, tlvTlen, 16) || !f.Need(tptr, 16)) break;
                o.Write("\n\t      IPv6 Transport Address: "u8); f.IPv6At(tptr);
                break;
            case TlvConfigSeq:
                if (!MinLength(o, tlvTlen, 4) || !f.Need(tptr, 4)) break;
                o.Write("\n\t      Sequence Number: "u8); o.Dec(f.U32(tptr));
                break;
            case TlvAddressList:
            {
                if (!MinLength(o, tlvTlen, 2)) break;
                int af = f.U16(tptr);
                tptr += 2;
                tlvTlen -= 2;
                o.Write("\n\t      Address Family: "u8); BgpTables.AddressFamily.Print(o, (uint)af, "Unknown (%u)");
                o.Write(", addresses"u8);
                int size = af == 1 ? 4 : af == 2 ? 16 : 0;
                while (size != 0 && tlvTlen >= size && f.Need(tptr, size))
                {
                    o.Char(' ');
                    if (size == 4) f.IPv4At(tptr); else f.IPv6At(tptr);
                    tlvTlen -= size;
                    tptr += size;
                }
                break;
            }
            case TlvCommonSession:
            {
                if (!MinLength(o, tlvTlen, 8) || !f.Need(tptr, 8)) break;
                int flags = f.U16(tptr + 6);
                o.Write("\n\t      Version: "u8); o.Dec(f.U16(tptr));
                o.Write(", Keepalive: "u8); o.Dec(f.U16(tptr + 2));
                o.Write((flags & 0x8000) != 0 ? "s, Flags: [Downstream On Demand"u8 : "s, Flags: [Downstream Unsolicited"u8);
                o.Write((flags & 0x4000) != 0 ? ", Loop Detection Enabled]"u8 : ", Loop Detection Disabled]"u8);
                break;
            }
            case TlvFec:
                if (!MinLength(o, tlvTlen, 1)) break;
                FecPrint(ref f, tptr, tlvTlen);
                break;
            case TlvGenericLabel:
                if (!MinLength(o, tlvTlen, 4) || !f.Need(tptr, 4)) break;
                o.Write("\n\t      Label: "u8); o.Dec(f.U32(tptr) & 0xfffff);
                break;
            case TlvStatus:
            {
                if (!MinLength(o, tlvTlen, 8)) break;
                uint status = f.U32(tptr);
                o.Write("\n\t      Status: 0x"u8); o.Hex(status & 0x3fffffff, 2);
                o.Write((status & 0x80000000) != 0 ? ", Flags: [Fatal error and "u8 : ", Flags: [Advisory Notification and "u8);
                o.Write((status & 0x40000000) != 0 ? "do forward]"u8 : "don't forward]"u8);
                uint msgId = f.U32(tptr + 4);
                if (msgId != 0) { o.Write(", causing Message ID: 0x"u8); o.Hex(msgId, 8); }
                break;
            }
            case TlvFtSession:
            {
                if (!MinLength(o, tlvTlen, 12)) break;
                int ft = f.U16(tptr);
                o.Write("\n\t      Flags: ["u8);
                o.Write((ft & 0x8000) != 0 ? "Reconnect, "u8 : "No Reconnect, "u8);
                o.Write((ft & 0x8) != 0 ? "Save State, "u8 : "Don't Save State, "u8);
                o.Write((ft & 0x4) != 0 ? "All-Label Protection, "u8 : "No All-Label Protection, "u8);
                o.Write((ft & 0x2) != 0 ? "Sequence Numbered Label Checkpoint, "u8 : "All Labels Checkpoint, "u8);
                o.Write((ft & 0x1) != 0 ? "Re-Learn State]"u8 : "Don't Re-Learn State]"u8);
                uint reconnect = f.U32(tptr + 4);
                if (reconnect != 0) { o.Write(", Reconnect Timeout: "u8); o.Dec(reconnect); o.Write("ms"u8); }
                uint recovery = f.U32(tptr + 8);
                if (recovery != 0) { o.Write(", Recovery Time: "u8); o.Dec(recovery); o.Write("ms"u8); }
                break;
            }
            case TlvMtu:
                if (!MinLength(o, tlvTlen, 2) || !f.Need(tptr, 2)) break;
                o.Write("\n\t      MTU: "u8); o.Dec(f.U16(tptr));
                break;
            default:
                if (f.Opt.Verbose <= 1) HexDump.UnknownData(ref f, tptr, "\n\t      "u8, tlvTlen);
                break;
        }
        return f.Truncated ? 0 : processed;
    }

    /// <summary>TLV_TCHECK: a value shorter than its type needs is marked invalid and skipped.</summary>
    private static bool MinLength(TextOut o, int tlvTlen, int min)
    {
        if (tlvTlen >= min) return true;
        o.Write(" [tlv length "u8); o.Dec(tlvTlen); o.Write(" < "u8); o.Dec(min); o.Write("] (invalid)"u8);
        return false;
    }

    /// <summary>A FEC element: type, then for prefixes the family and prefix, for Martini VCs the PW fields and interface parameters.</summary>
    private static void FecPrint(ref Frame f, int tptr, int tlvTlen)
    {
        var o = f.Out;
        int fecType = f.U8(tptr);
        o.Write("\n\t      "u8); Fecs.Print(o, (uint)fecType, "Unknown");
        o.Write(" FEC (0x"u8); o.Hex2((byte)fecType); o.Char(')');
        tptr += 1;
        tlvTlen -= 1;
        switch (fecType)
        {
            case FecPrefix:
            {
                if (!MinLength(o, tlvTlen, 2)) return;
                int af = f.U16(tptr);
                tptr += 2;
                tlvTlen -= 2;
                if (af == 1 || af == 2) PrefixPrint(ref f, tptr, tlvTlen, af == 2);
                else { o.Write(": Address family "u8); o.Dec(af); o.Write(" prefix"u8); }
                return;
            }
            case FecMartiniVc:
                MartiniPrint(ref f, tptr, tlvTlen);
                return;
            default:   // wildcard, host address: nothing more
                return;
        }
    }

    /// <summary>decode_prefix4/6 as LDP shows it; a prefix longer than the TLV ends the packet as truncated, as in tcpdump.</summary>
    private static void PrefixPrint(ref Frame f, int p, int itemlen, bool v6)
    {
        var o = f.Out;
        if (itemlen < 1) { f.Trunc(); return; }
        int plen = f.U8(p);
        if (f.Truncated) return;
        if (plen > (v6 ? 128 : 32))
        {
            o.Write(v6 ? ": IPv6 prefix (invalid length)"u8 : ": IPv4 prefix (invalid length)"u8);
            return;
        }
        int n = (plen + 7) / 8;
        if (itemlen - 1 < n || !f.Need(p + 1, n)) { f.Trunc(); return; }
        o.Write(v6 ? ": IPv6 prefix "u8 : ": IPv4 prefix "u8);
        Bgp.Prefix(ref f, o, p, itemlen, v6);
    }

    /// <summary>The Martini VC FEC (RFC 4447): PW type and control-word bit, VC info length, group ID, VC ID, interface parameters.</summary>
    private static void MartiniPrint(ref Frame f, int tptr, int tlvTlen)
    {
        var o = f.Out;
        if (!MinLength(o, tlvTlen, 7) || !f.Need(tptr, 7)) return;
        int vcInfoLen = f.U8(tptr + 2);
        // A zero VC info length means there is no VC ID either (RFC 4908).
        if (vcInfoLen == 0)
        {
            PwPrint(ref f, tptr);
            o.Write(", VC-info-length: 0"u8);
            return;
        }
        if (!MinLength(o, tlvTlen, 11) || !f.Need(tptr, 11)) return;
        PwPrint(ref f, tptr);
        o.Write(", VC-ID "u8); o.Dec(f.U32(tptr + 7));
        o.Write(", VC-info-length: "u8); o.Dec(vcInfoLen);
        if (vcInfoLen < 4)
        {
            o.Write(" (invalid, < 4"u8);   // tcpdump leaves the parenthesis open
            return;
        }
        vcInfoLen -= 4;   // the VC ID
        tptr += 11;
        tlvTlen -= 11;
        if (!MinLength(o, tlvTlen, vcInfoLen)) return;

        while (vcInfoLen > 2 && !f.Truncated)
        {
            int type = f.U8(tptr);
            int len = f.U8(tptr + 1);
            if (len < 2 || vcInfoLen < len) break;
            o.Write("\n\t\tInterface Parameter: "u8); IfParms.Print(o, (uint)type, "Unknown");
            o.Write(" (0x"u8); o.Hex2((byte)type); o.Write("), len "u8); o.Dec(len);
            switch (type)
            {
                case IfParmMtu:
                    if (!f.Need(tptr + 2, 2)) return;
                    o.Write(": "u8); o.Dec(f.U16(tptr + 2));
                    break;
                case IfParmDescription:
                    o.Write(": "u8);
                    for (int i = 2; i < len && !f.Truncated; i++) TextProto.PrintChar(o, f.U8(tptr + i));
                    break;
                case IfParmVccv:
                {
                    int cc = f.U8(tptr + 2);
                    if (f.Truncated) return;
                    o.Write("\n\t\t  Control Channels (0x"u8); o.Hex2((byte)cc); o.Write(") = ["u8);
                    VccvControlChannels.Bits(o, (uint)cc, "none");
                    o.Char(']');
                    int cv = f.U8(tptr + 3);
                    if (f.Truncated) return;
                    o.Write("\n\t\t  CV Types (0x"u8); o.Hex2((byte)cv); o.Write(") = ["u8);
                    VccvCvTypes.Bits(o, (uint)cv, "none");
                    o.Char(']');
                    break;
                }
                default:
                    HexDump.UnknownData(ref f, tptr + 2, "\n\t\t  "u8, len - 2);
                    break;
            }
            vcInfoLen -= len;
            tptr += len;
        }
        return;
    }

    /// <summary>": type, [no ]control word, group-ID n": the PW type with its control-word bit, and the group ID.</summary>
    private static void PwPrint(ref Frame f, int p)
    {
        var o = f.Out;
        int pwField = f.U16(p);
        o.Write(": "u8); BgpTables.MplsPwTypes.Print(o, (uint)(pwField & 0x7fff), "Unknown");
        o.Write((pwField & 0x8000) != 0 ? ", control word, group-ID "u8 : ", no control word, group-ID "u8);
        o.Dec(f.U32(p + 3));
    }
}
