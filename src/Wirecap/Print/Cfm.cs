namespace Wirecap.Print;

/// <summary>
/// IEEE 802.1ag Connectivity Fault Management (print-cfm.c), EtherType 0x8902 (and the old 0xabcd).
/// <code>
///  0        1        2        3        4
/// +--------+--------+--------+--------+------------------------+-----------
/// |lvl|ver | opcode | flags  |1st TLV | opcode-specific fields | TLVs ...
/// +--------+--------+--------+--------+------------------------+-----------
///  TLV: type (1) | length (2) | value      (type 0, End, has no length)
/// </code>
/// </summary>
public static class Cfm
{
    public const int EtherTypeCfm = 0x8902, EtherTypeCfmOld = 0xabcd;

    private const int CommonHeaderLength = 4;
    private const int OpCcm = 1, OpLbr = 2, OpLbm = 3, OpLtr = 4, OpLtm = 5;
    // CCM: sequence (4), MA end point id (2), MD and MA names (48), ITU-T Y.1731 (16)
    private const int CcmLength = 70, CcmNamesLength = 48;
    // LTM: transaction id (4), ttl (1), original MAC (6), target MAC (6); LTR: transaction id, ttl, action
    private const int LtmLength = 17, LtrLength = 6;
    private const int MdFormatNone = 1, MdFormatDns = 2, MdFormatMac = 3, MdFormatChar = 4;
    private const int MaFormatChar = 2;
    private const int TlvEnd = 0, TlvSenderId = 1, TlvPortStatus = 2, TlvInterfaceStatus = 3, TlvPrivate = 31;
    private const int ChassisMac = 4, ChassisNetworkAddress = 5;

    private static readonly Tok Opcodes = new((OpCcm, "Continuity Check Message"), (OpLbr, "Loopback Reply"),
        (OpLbm, "Loopback Message"), (OpLtr, "Linktrace Reply"), (OpLtm, "Linktrace Message"));
    private static readonly Tok MdNameFormats = new((0, "IEEE 802.1"), (MdFormatNone, "No MD Name present"),
        (MdFormatDns, "DNS string"), (MdFormatMac, "MAC + 16Bit Integer"), (MdFormatChar, "Character string"));
    private static readonly Tok MaNameFormats = new((0, "IEEE 802.1"), (1, "Primary VID"), (MaFormatChar, "Character string"),
        (3, "16Bit Integer"), (4, "RFC2685 VPN-ID"));
    private static readonly Tok LtmFlags = new((0x80, "Use Forwarding-DB only"));
    private static readonly Tok LtrFlags = new((0x80, "UseFDB Only"), (0x40, "FwdYes"), (0x20, "Terminal MEP"));
    private static readonly Tok LtrReplyActions = new((1, "Exact Match"), (2, "Filtering DB"), (3, "MIP CCM DB"));
    private static readonly Tok TlvTypes = new((TlvEnd, "End"), (TlvSenderId, "Sender ID"), (TlvPortStatus, "Port status"),
        (TlvInterfaceStatus, "Interface status"), (4, "Data"), (5, "Reply Ingress"), (6, "Reply Egress"),
        (TlvPrivate, "Organization Specific"));
    private static readonly Tok PortStatuses = new((1, "Blocked"), (2, "Up"));
    private static readonly Tok InterfaceStatuses = new((1, "Up"), (2, "Down"), (3, "Testing"), (5, "Dormant"),
        (6, "not present"), (7, "lower Layer down"));
    private static readonly Tok ChassisIdTypes = new((0, "Reserved"), (1, "Chassis component"), (2, "Interface alias"),
        (3, "Port component"), (ChassisMac, "MAC address"), (ChassisNetworkAddress, "Network address"),
        (6, "Interface name"), (7, "Locally assigned"));

    // The CCM interval field's timer bases (single-precision seconds in tcpdump) and the lifetimes
    // 3.25 and 3.5 times as long, as "%.3f" prints them.
    private static readonly string[] CcmInterval = ["0.000", "0.003", "0.010", "0.100", "1.000", "10.000", "60.000", "600.000"];
    private static readonly string[] CcmMinLifetime = ["0.000", "0.011", "0.032", "0.325", "3.250", "32.500", "195.000", "1950.000"];
    private static readonly string[] CcmMaxLifetime = ["0.000", "0.012", "0.035", "0.350", "3.500", "35.000", "210.000", "2100.000"];

    /// <summary>cfm_print: the CFM PDU at p, length bytes.</summary>
    public static void Print(ref Frame f, int p, int length)
    {
        f.Proto = "cfm";
        var o = f.Out;
        if (length < CommonHeaderLength) { TooShort(o); return; }
        if (!f.Need(p, CommonHeaderLength)) return;

        int levelVersion = f.Data[p];
        int version = levelVersion & 0x1f;
        if (version != 0)
        {
            o.Write("CFMv"u8); o.Dec(version); o.Write(" not supported, length "u8); o.Dec((uint)length);
            return;
        }
        int opcode = f.Data[p + 1];
        o.Write("CFMv0 "u8); Opcodes.Print(o, (uint)opcode, "unknown (%u)");
        o.Write(", MD Level "u8); o.Dec(levelVersion >> 5);
        o.Write(", length "u8); o.Dec((uint)length);
        if (f.Opt.Verbose < 1) return;

        int flags = f.Data[p + 2];
        int firstTlv = f.Data[p + 3];
        o.Write("\n\tFirst TLV offset "u8); o.Dec(firstTlv);
        int t = p + CommonHeaderLength;
        long tlen = length - CommonHeaderLength;
        if (firstTlv > tlen)
        {
            o.Write(" (too large, must be <= "u8); o.Dec(tlen); o.Char(')');
            return;
        }

        switch (opcode)
        {
            case OpCcm:
                if (firstTlv < CcmLength) { o.Write(" (too small 1, must be >= 70)"u8); return; }
                if (tlen < CcmLength) { TooShort(o); return; }
                if (!f.Need(t, CcmLength)) return;
                if (!CcmPrint(ref f, t, flags)) return;
                break;
            case OpLtm:
                if (firstTlv < LtmLength) { o.Write(" (too small 4, must be >= 17)"u8); return; }
                if (tlen < LtmLength) { TooShort(o); return; }
                if (!f.Need(t, LtmLength)) return;
                o.Write(", Flags ["u8); LtmFlags.Bits(o, (uint)flags, "none"); o.Char(']');
                o.Write("\n\t  Transaction-ID 0x"u8); o.Hex(f.U32(t), 8);
                o.Write(", ttl "u8); o.Dec(f.Data[t + 4]);
                o.Write("\n\t  Original-MAC "u8); f.Ctx.Names.Mac(o, f.Data.Slice(t + 5, 6));
                o.Write(", Target-MAC "u8); f.Ctx.Names.Mac(o, f.Data.Slice(t + 11, 6));
                break;
            case OpLtr:
                if (firstTlv < LtrLength) { o.Write(" (too small 5, must be >= 6)"u8); return; }
                if (tlen < LtrLength) { TooShort(o); return; }
                if (!f.Need(t, LtrLength)) return;
                o.Write(", Flags ["u8); LtrFlags.Bits(o, (uint)flags, "none"); o.Char(']');
                o.Write("\n\t  Transaction-ID 0x"u8); o.Hex(f.U32(t), 8);
                o.Write(", ttl "u8); o.Dec(f.Data[t + 4]);
                int action = f.Data[t + 5];
                o.Write("\n\t  Replay-Action "u8); LtrReplyActions.Print(o, (uint)action, "Unknown");
                o.Write(" ("u8); o.Dec(action); o.Char(')');
                break;
            default:
                // loopback messages and unknown opcodes: no decoder, the fields before the TLVs in hex
                HexDump.UnknownData(ref f, t, "\n\t  "u8, (int)(tlen - firstTlv));
                break;
        }
        if (f.Truncated) return;

        t += firstTlv;
        tlen -= firstTlv;
        TlvsPrint(ref f, t, tlen);
    }

    /// <summary>The CCM fields: interval, sequence, end point, MD and MA names. False when printing stops.</summary>
    private static bool CcmPrint(ref Frame f, int t, int flags)
    {
        var o = f.Out;
        int interval = flags & 0x07;
        o.Write(", Flags [CCM Interval "u8); o.Dec(interval);
        if ((flags & 0x80) != 0) o.Write(", RDI"u8);
        o.Char(']');
        if (interval != 0)
        {
            o.Write("\n\t  CCM Interval "u8); o.Write(CcmInterval[interval]);
            o.Write("s, min CCM Lifetime "u8); o.Write(CcmMinLifetime[interval]);
            o.Write("s, max CCM Lifetime "u8); o.Write(CcmMaxLifetime[interval]); o.Char('s');
        }
        o.Write("\n\t  Sequence Number 0x"u8); o.Hex(f.U32(t), 8);
        o.Write(", MA-End-Point-ID 0x"u8); o.Hex(f.U16(t + 4), 4);

        int names = t + 6;
        int remaining = CcmNamesLength;
        int mdFormat = f.Data[names];
        names++; remaining--;
        if (mdFormat != MdFormatNone)
        {
            int mdLength = f.Data[names];
            names++; remaining--;
            o.Write("\n\t  MD Name Format "u8); MdNameFormats.Print(o, (uint)mdFormat, "Unknown");
            o.Write(" ("u8); o.Dec(mdFormat); o.Write("), MD Name length "u8); o.Dec(mdLength);
            // room must stay for the MA name's format, length and at least one byte
            if (mdLength > remaining - 3)
            {
                o.Write(" (too large, must be <= "u8); o.Dec(remaining - 2); o.Char(')');
                return false;
            }
            o.Write("\n\t  MD Name: "u8);
            switch (mdFormat)
            {
                case MdFormatDns:
                case MdFormatChar:
                    TextProto.PrintJnp(ref f, names, mdLength);
                    break;
                case MdFormatMac:
                    if (mdLength == 6) { o.Write("\n\t  MAC "u8); f.Ctx.Names.Mac(o, f.Data.Slice(names, 6)); }
                    else o.Write("\n\t  MAC (length invalid)"u8);
                    break;
                default:
                    HexDump.UnknownData(ref f, names, "\n\t    "u8, mdLength);
                    break;
            }
            names += mdLength;
            remaining -= mdLength;
        }
        else
        {
            o.Write("\n\t  MD Name Format "u8); MdNameFormats.Print(o, (uint)mdFormat, "Unknown");
            o.Write(" ("u8); o.Dec(mdFormat); o.Char(')');
        }

        int maFormat = f.Data[names];
        int maLength = f.Data[names + 1];
        names += 2; remaining -= 2;
        o.Write("\n\t  MA Name-Format "u8); MaNameFormats.Print(o, (uint)maFormat, "Unknown");
        o.Write(" ("u8); o.Dec(maFormat); o.Write("), MA name length "u8); o.Dec(maLength);
        if (maLength > remaining)
        {
            o.Write(" (too large, must be <= "u8); o.Dec(remaining); o.Char(')');
            return false;
        }
        o.Write("\n\t  MA Name: "u8);
        if (maFormat == MaFormatChar) TextProto.PrintJnp(ref f, names, maLength);
        else HexDump.UnknownData(ref f, names, "\n\t    "u8, maLength);
        return true;
    }

    /// <summary>The TLVs at t, tlen bytes by the PDU's length.</summary>
    private static void TlvsPrint(ref Frame f, int t, long tlen)
    {
        var o = f.Out;
        while (tlen > 0 && !f.Truncated)
        {
            int type = f.U8(t);
            if (f.Truncated) return;
            o.Write("\n\t"u8); TlvTypes.Print(o, (uint)type, "Unknown");
            o.Write(" TLV (0x"u8); o.Hex2((byte)type); o.Char(')');
            if (type == TlvEnd) return;   // the End TLV has no length field

            if (tlen < 3) { TooShort(o); return; }
            if (!f.Need(t, 3)) return;
            int tlvLen = f.U16(t + 1);
            o.Write(", length "u8); o.Dec(tlvLen);
            t += 3;
            tlen -= 3;
            int value = t;
            if (tlen < tlvLen) { TooShort(o); return; }
            if (!f.Need(t, tlvLen)) return;
            bool hexdump = false, skipDump = false;

            switch (type)
            {
                case TlvPortStatus:
                case TlvInterfaceStatus:
                    if (tlvLen < 1) { o.Write(" (too short, must be >= 1)"u8); return; }
                    int status = f.Data[t];
                    o.Write(", Status: "u8);
                    (type == TlvPortStatus ? PortStatuses : InterfaceStatuses).Print(o, (uint)status, "Unknown");
                    o.Write(" ("u8); o.Dec(status); o.Char(')');
                    break;
                case TlvPrivate:
                    if (tlvLen < 4) { o.Write(" (too short, must be >= 4)"u8); return; }
                    uint oui = f.U24(t);
                    o.Write(", Vendor: "u8); Oui.Names.Print(o, oui, "Unknown");
                    o.Write(" ("u8); o.Dec(oui); o.Write("), Sub-Type "u8); o.Dec(f.Data[t + 3]);
                    hexdump = true;
                    break;
                case TlvSenderId:
                    if (tlvLen < 1) { o.Write(" (too short, must be >= 1)"u8); skipDump = true; break; }
                    int r = SenderIdPrint(ref f, ref t, ref tlen, ref tlvLen);
                    if (r < 0) return;
                    if (r == 1) hexdump = true;
                    if (r == 2) skipDump = true;
                    break;
                default:
                    hexdump = true;
                    break;
            }
            if (f.Truncated) return;
            // the value in hex: tcpdump dumps as many bytes as the decoders left unconsumed, from the value's start
            if (!skipDump && (hexdump || f.Opt.Verbose > 1)) HexDump.UnknownData(ref f, value, "\n\t  "u8, tlvLen);
            t += tlvLen;
            tlen -= tlvLen;
        }
    }

    /// <summary>
    /// The Sender ID TLV's chassis id and management address. t, tlen and tlvLen advance over what
    /// was decoded, the way tcpdump's cursor does (the chassis id type byte is counted off tlvLen
    /// only once the chassis id itself is read). Returns 1 to dump the value in hex, 0 not to, 2 to
    /// go on with the next TLV without any dump, -1 to stop printing the PDU.
    /// </summary>
    private static int SenderIdPrint(ref Frame f, ref int t, ref long tlen, ref int tlvLen)
    {
        var o = f.Out;
        int hexdump = 0;
        int chassisLength = f.Data[t];
        t++; tlen--; tlvLen--;
        if (chassisLength != 0)
        {
            if (tlvLen < 1) { o.Write("\n\t  (TLV too short)"u8); return 2; }
            int chassisType = f.Data[t];
            tlvLen--;
            o.Write("\n\t  Chassis-ID Type "u8); ChassisIdTypes.Print(o, (uint)chassisType, "Unknown");
            o.Write(" ("u8); o.Dec(chassisType); o.Write("), Chassis-ID length "u8); o.Dec(chassisLength);
            if (tlvLen < chassisLength) { o.Write("\n\t  (TLV too short)"u8); return 2; }
            switch (chassisType)
            {
                case ChassisMac:
                    if (chassisLength != 6) { o.Write(" (invalid MAC address length)"u8); hexdump = 1; break; }
                    o.Write("\n\t  MAC "u8); f.Ctx.Names.Mac(o, f.Data.Slice(t + 1, 6));
                    break;
                case ChassisNetworkAddress:
                    if (NetworkAddressPrint(ref f, t + 1, chassisLength)) hexdump = 1;
                    break;
                case 1: case 2: case 3: case 6: case 7:
                    TextProto.PrintJnp(ref f, t + 1, chassisLength);
                    break;
                default:
                    hexdump = 1;
                    break;
            }
            if (f.Truncated) return -1;
            tlvLen -= chassisLength;
            t += 1 + chassisLength;
            tlen -= 1 + chassisLength;
        }
        // the management address fields are present only when the length leaves room for them
        if (tlvLen == 0) return hexdump;

        int domainLength = f.U8(t);
        if (f.Truncated) return -1;
        t++; tlen--; tlvLen--;
        o.Write("\n\t  Management Address Domain Length "u8); o.Dec(domainLength);
        if (domainLength == 0) return hexdump;
        if (tlvLen < domainLength) { o.Write("\n\t  (TLV too short)"u8); return 2; }
        tlvLen -= domainLength;
        HexDump.Hex(ref f, "\n\t  Management Address Domain: "u8, t, domainLength);
        if (f.Truncated) return -1;
        t += domainLength; tlen -= domainLength;

        if (tlvLen < 1) { o.Write(" (Management Address Length is missing)"u8); return 1; }
        int addressLength = f.U8(t);
        if (f.Truncated) return -1;
        t++; tlen--; tlvLen--;
        o.Write("\n\t  Management Address Length "u8); o.Dec(addressLength);
        if (addressLength == 0) return hexdump;
        if (tlvLen < addressLength) { o.Write("\n\t  (TLV too short)"u8); return -1; }
        tlvLen -= addressLength;
        HexDump.Hex(ref f, "\n\t  Management Address: "u8, t, addressLength);
        if (f.Truncated) return -1;
        t += addressLength; tlen -= addressLength;
        return hexdump;
    }

    /// <summary>cfm_network_addr_print: a one-byte address family, then the address. True to dump it in hex.</summary>
    private static bool NetworkAddressPrint(ref Frame f, int t, int length)
    {
        var o = f.Out;
        if (length < 1)
        {
            o.Write("\n\t  Network Address Type (invalid, no data"u8);
            return false;
        }
        int af = f.U8(t);
        o.Write("\n\t  Network Address Type "u8); BgpTables.AddressFamily.Print(o, (uint)af, "Unknown");
        o.Write(" ("u8); o.Dec(af); o.Char(')');
        switch (af)
        {
            case 1:
                if (length != 5) { o.Write("(invalid IPv4 address length "u8); o.Dec(length - 1); o.Char(')'); return true; }
                var a4 = f.Bytes(t + 1, 4);
                if (f.Truncated) return false;
                o.Write(", "u8); f.Ctx.Names.IPv4(o, a4);
                return false;
            case 2:
                if (length != 17) { o.Write("(invalid IPv6 address length "u8); o.Dec(length - 1); o.Char(')'); return true; }
                var a6 = f.Bytes(t + 1, 16);
                if (f.Truncated) return false;
                o.Write(", "u8); f.Ctx.Names.IPv6(o, a6);
                return false;
            default:
                return true;
        }
    }

    private static void TooShort(TextOut o) => o.Write("\n\t\t packet is too short"u8);
}
