namespace Wirecap.Print;

/// <summary>
/// LMP, the Link Management Protocol (print-lmp.c, RFC 4204; service discovery from OIF UNI 1.0),
/// UDP port 701. A common header, then objects:
/// <code>
///  0                   1                   2                   3
/// +-------+-----------------------+---------------+---------------+
/// | Vers  |      (Reserved)       |    Flags      |    Msg Type   |
/// +-------+-----------------------+---------------+---------------+
/// |          LMP Length           |          (Reserved)           |
/// +-+-------------+---------------+-------------------------------+
/// |N|   C-Type    |     Class     |            Length             |   object header
/// +-+-------------+---------------+-------------------------------+
/// </code>
/// </summary>
public static class Lmp
{
    public const int Port = 701;
    private const int HeaderLength = 8, ObjHeaderLength = 4;

    private static readonly Tok HeaderFlags = new((0x01, "Control Channel Down"), (0x02, "LMP restart"));
    private static readonly Tok TeLinkFlags = new((0x01, "Fault Management Supported"), (0x02, "Link Verification Supported"));
    private static readonly Tok DataLinkFlags = new((0x01, "Data Link Port"), (0x02, "Allocated for user traffic"),
        (0x04, "Failed link"));
    private static readonly Tok ChannelStatuses = new((1, "Signal Okay"), (2, "Signal Degraded"), (3, "Signal Fail"));
    private static readonly Tok BeginVerifyFlags = new((0x0001, "Verify all links"), (0x0002, "Data link type"));
    private static readonly Tok BeginVerifyErrors = new((0x01, "Link Verification Procedure Not supported"),
        (0x02, "Unwilling to verify"), (0x04, "Unsupported verification transport mechanism"),
        (0x08, "Link-Id configuration error"), (0x10, "Unknown object c-type"));
    private static readonly Tok LinkSummaryErrors = new((0x01, "Unacceptable non-negotiable LINK-SUMMARY parameters"),
        (0x02, "Renegotiate LINK-SUMMARY parameters"), (0x04, "Invalid TE-LINK Object"), (0x08, "Invalid DATA-LINK Object"),
        (0x10, "Unknown TE-LINK Object c-type"), (0x20, "Unknown DATA-LINK Object c-type"));
    private static readonly Tok ServiceConfigSpFlags = new((0x01, "RSVP Supported"), (0x02, "LDP Supported"));
    private static readonly Tok CpsaTransparencyFlags = new((0x01, "Path/VC Overhead Transparency Supported"),
        (0x02, "Line/MS Overhead Transparency Supported"), (0x04, "Section/RS Overhead Transparency Supported"));
    private static readonly Tok CpsaConcatenationFlags = new((0x01, "Contiguous Concatenation Types Supported"));
    private static readonly Tok NsaTransparencyFlags = new((0x01, "Standard SOH/RSOH Transparency Supported"),
        (0x02, "Standard LOH/MSOH Transparency Supported"));
    private static readonly Tok NsaTcmFlags = new((0x01, "Transparent Tandem Connection Monitoring Supported"));
    private static readonly Tok NsaDiversityFlags = new((0x01, "Node Diversity Supported"), (0x02, "Link Diversity Supported"),
        (0x04, "SRLG Diversity Supported"));

    private static readonly Tok Messages = new((1, "Config"), (2, "Config ACK"), (3, "Config NACK"), (4, "Hello"),
        (5, "Begin Verify"), (6, "Begin Verify ACK"), (7, "Begin Verify NACK"), (8, "End Verify"), (9, "End Verify ACK"),
        (10, "Test"), (11, "Test Status Success"), (12, "Test Status Failure"), (13, "Test Status ACK"),
        (14, "Link Summary"), (15, "Link Summary ACK"), (16, "Link Summary NACK"), (17, "Channel Status"),
        (18, "Channel Status ACK"), (19, "Channel Status Request"), (20, "Channel Status Response"),
        (50, "Service Config"), (51, "Service Config ACK"), (52, "Service Config NACK"));

    private const int ObjCcId = 1, ObjNodeId = 2, ObjLinkId = 3, ObjInterfaceId = 4, ObjMessageId = 5, ObjConfig = 6,
        ObjHello = 7, ObjVerifyBegin = 8, ObjVerifyBeginAck = 9, ObjVerifyId = 10, ObjTeLink = 11, ObjDataLink = 12,
        ObjChannelStatus = 13, ObjChannelStatusReq = 14, ObjErrorCode = 20, ObjServiceConfig = 51;

    private static readonly Tok Objects = new((ObjCcId, "Control Channel ID"), (ObjNodeId, "Node ID"), (ObjLinkId, "Link ID"),
        (ObjInterfaceId, "Interface ID"), (ObjMessageId, "Message ID"), (ObjConfig, "Configuration"), (ObjHello, "Hello"),
        (ObjVerifyBegin, "Verify Begin"), (ObjVerifyBeginAck, "Verify Begin ACK"), (ObjVerifyId, "Verify ID"),
        (ObjTeLink, "TE Link"), (ObjDataLink, "Data Link"), (ObjChannelStatus, "Channel Status"),
        (ObjChannelStatusReq, "Channel Status Request"), (ObjErrorCode, "Error Code"), (ObjServiceConfig, "Service Config"));

    /// <summary>The class-type names, keyed by class * 256 + c-type.</summary>
    private static readonly Tok CTypes = new(
        (256 * ObjCcId + 1, "Local"), (256 * ObjCcId + 2, "Remote"),
        (256 * ObjNodeId + 1, "Local"), (256 * ObjNodeId + 2, "Remote"),
        (256 * ObjLinkId + 1, "IPv4 Local"), (256 * ObjLinkId + 2, "IPv4 Remote"), (256 * ObjLinkId + 3, "IPv6 Local"),
        (256 * ObjLinkId + 4, "IPv6 Remote"), (256 * ObjLinkId + 5, "Unnumbered Local"), (256 * ObjLinkId + 6, "Unnumbered Remote"),
        (256 * ObjInterfaceId + 1, "IPv4 Local"), (256 * ObjInterfaceId + 2, "IPv4 Remote"),
        (256 * ObjInterfaceId + 3, "IPv6 Local"), (256 * ObjInterfaceId + 4, "IPv6 Remote"),
        (256 * ObjInterfaceId + 5, "Unnumbered Local"), (256 * ObjInterfaceId + 6, "Unnumbered Remote"),
        (256 * ObjMessageId + 1, "1"), (256 * ObjMessageId + 2, "2"), (256 * ObjConfig + 1, "1"), (256 * ObjHello + 1, "1"),
        (256 * ObjVerifyBegin + 1, "1"), (256 * ObjVerifyBeginAck + 1, "1"), (256 * ObjVerifyId + 1, "1"),
        (256 * ObjTeLink + 1, "IPv4"), (256 * ObjTeLink + 2, "IPv6"), (256 * ObjTeLink + 3, "Unnumbered"),
        (256 * ObjDataLink + 1, "IPv4"), (256 * ObjDataLink + 2, "IPv6"), (256 * ObjDataLink + 3, "Unnumbered"),
        (256 * ObjChannelStatus + 1, "IPv4"), (256 * ObjChannelStatus + 2, "IPv6"), (256 * ObjChannelStatus + 3, "Unnumbered"),
        (256 * ObjChannelStatusReq + 1, "IPv4"), (256 * ObjChannelStatusReq + 2, "IPv6"),
        (256 * ObjChannelStatusReq + 3, "Unnumbered"),
        (256 * ObjErrorCode + 1, "1"), (256 * ObjErrorCode + 2, "2"),
        (256 * ObjServiceConfig + 1, "1"), (256 * ObjServiceConfig + 2, "2"), (256 * ObjServiceConfig + 3, "3"),
        (256 * ObjServiceConfig + 4, "4"));

    private const int SubobjSwitchingType = 1, SubobjWavelength = 2;
    private static readonly Tok DataLinkSubobjects = new((SubobjSwitchingType, "Interface Switching Type"),
        (SubobjWavelength, "Wavelength"));

    // gmpls.c's service discovery tables (UNI 1.0 section 9.4.2).
    private const int LinkTypeSdh = 5, LinkTypeSonet = 6;
    private static readonly Tok CpsaLinkTypes = new((LinkTypeSdh, "SDH ITU-T G.707"), (LinkTypeSonet, "SONET ANSI T1.105"));
    private static readonly Tok SdhSignalTypes = new((5, "VC-3"), (6, "VC-4"), (7, "STM-0"), (8, "STM-1"), (9, "STM-4"),
        (10, "STM-16"), (11, "STM-64"), (12, "STM-256"));
    private static readonly Tok SonetSignalTypes = new((5, "STS-1 SPE"), (6, "STS-3c SPE"), (7, "STS-1"), (8, "STM-3"),
        (9, "STM-12"), (10, "STM-48"), (11, "STM-192"), (12, "STM-768"));

    /// <summary>lmp_print: the message at p, length bytes.</summary>
    public static void Print(ref Frame f, int p, int length)
    {
        f.Proto = "lmp";
        var o = f.Out;
        if (!f.Need(p, HeaderLength)) return;
        int version = (f.U16(p) & 0xf000) >> 12;
        if (version != 1)
        {
            o.Write("LMP version "u8); o.Dec(version); o.Write(" packet not supported"u8);
            return;
        }
        int flags = f.U8(p + 2);
        int msgType = f.U8(p + 3);
        if (f.Opt.Verbose < 1)
        {
            o.Write("LMPv1 "u8); Messages.Print(o, (uint)msgType, "unknown (%u)");
            o.Write(" Message, length: "u8); o.Dec((uint)length);
            return;
        }

        uint tlen = f.U16(p + 4);
        o.Write("\n\tLMPv1, msg-type: "u8); Messages.Print(o, (uint)msgType, "unknown, type: %u");
        o.Write(", Flags: ["u8); HeaderFlags.Bits(o, (uint)flags, "none");
        o.Write("], length: "u8); o.Dec(tlen);
        if (tlen < HeaderLength) { o.Write(" (too short)"u8); return; }
        if (tlen > (uint)length)
        {
            o.Write(" (too long)"u8);
            tlen = (uint)length;
        }
        int tptr = p + HeaderLength;
        tlen -= HeaderLength;

        while (tlen > 0)
        {
            int ctypeField = f.U8(tptr);
            int classNum = f.U8(tptr + 1);
            uint objLen = f.U16(tptr + 2);
            if (f.Truncated) return;
            int ctype = ctypeField & 0x7f;
            o.Write("\n\t  "u8); Objects.Print(o, (uint)classNum, "Unknown");
            o.Write(" Object ("u8); o.Dec(classNum); o.Write("), Class-Type: "u8);
            CTypes.Print(o, (uint)((classNum << 8) + ctype), "Unknown");
            o.Write(" ("u8); o.Dec(ctype);
            o.Write((ctypeField & 0x80) != 0 ? ") Flags: [negotiable], length: "u8 : ") Flags: [non-negotiable], length: "u8);
            o.Dec(objLen);
            if (objLen < ObjHeaderLength) { o.Write(" (too short)"u8); return; }
            if (objLen % 4 != 0) { o.Write(" (not a multiple of 4)"u8); return; }
            int obj = tptr + ObjHeaderLength;
            int objTlen = (int)objLen - ObjHeaderLength;
            if (!f.Need(tptr, (int)objLen)) return;

            bool hexdump = ObjectPrint(ref f, classNum, ctype, obj, objTlen);
            if (f.Truncated) return;
            if (f.Opt.Verbose > 1 || hexdump)
                HexDump.UnknownData(ref f, obj, "\n\t    "u8, objTlen);
            if (tlen < objLen)
            {
                o.Write(" [remaining objects length "u8); o.Dec(tlen); o.Write(" < "u8); o.Dec(objLen);
                o.Write("] (invalid)"u8);
                break;
            }
            tptr += (int)objLen;
            tlen -= objLen;
        }
    }

    /// <summary>One object's body, captured whole; true when it is to be dumped in hex (an unknown c-type).</summary>
    private static bool ObjectPrint(ref Frame f, int classNum, int ctype, int obj, int len)
    {
        var o = f.Out;
        switch (classNum)
        {
            case ObjCcId:
                if (ctype is not (1 or 2)) return true;
                if (!LengthIs(o, len, 4)) return false;
                o.Write("\n\t    Control Channel ID: "u8); DecHex(o, f.U32(obj));
                return false;
            case ObjLinkId:
            case ObjInterfaceId:
                switch (ctype)
                {
                    case 1: case 2:
                        if (!LengthIs(o, len, 4)) return false;
                        o.Write("\n\t    IPv4 Link ID: "u8); Ip4Hex(ref f, obj);
                        return false;
                    case 3: case 4:
                        if (!LengthIs(o, len, 16)) return false;
                        o.Write("\n\t    IPv6 Link ID: "u8); Ip6Hex(ref f, obj);
                        return false;
                    case 5: case 6:
                        if (!LengthIs(o, len, 4)) return false;
                        o.Write("\n\t    Link ID: "u8); DecHex(o, f.U32(obj));
                        return false;
                    default:
                        return true;
                }
            case ObjMessageId:
                if (ctype is not (1 or 2)) return true;
                if (!LengthIs(o, len, 4)) return false;
                o.Write(ctype == 1 ? "\n\t    Message ID: "u8 : "\n\t    Message ID Ack: "u8); DecHex(o, f.U32(obj));
                return false;
            case ObjNodeId:
                if (ctype is not (1 or 2)) return true;
                if (!LengthIs(o, len, 4)) return false;
                o.Write("\n\t    Node ID: "u8); Ip4Hex(ref f, obj);
                return false;
            case ObjConfig:
                if (ctype != 1) return true;
                if (!LengthIs(o, len, 4)) return false;
                o.Write("\n\t    Hello Interval: "u8); o.Dec(f.U16(obj));
                o.Write("\n\t    Hello Dead Interval: "u8); o.Dec(f.U16(obj + 2));
                return false;
            case ObjHello:
                if (ctype != 1) return true;
                if (!LengthIs(o, len, 8)) return false;
                o.Write("\n\t    Tx Seq: "u8); o.Dec(f.U32(obj));
                o.Write(", Rx Seq: "u8); o.Dec(f.U32(obj + 4));
                return false;
            case ObjTeLink:
                return TeLinkPrint(ref f, ctype, obj, len);
            case ObjDataLink:
                return DataLinkPrint(ref f, ctype, obj, len);
            case ObjVerifyBegin:
            {
                if (ctype != 1) return true;
                if (!LengthIs(o, len, 20)) return false;
                o.Write("\n\t    Flags: "u8); BeginVerifyFlags.Bits(o, f.U16(obj), "none");
                o.Write("\n\t    Verify Interval: "u8); o.Dec(f.U16(obj + 2));
                o.Write("\n\t    Data links: "u8); o.Dec(f.U32(obj + 4));
                o.Write("\n\t    Encoding type: "u8); Rsvp.GmplsEncodings.Print(o, f.U8(obj + 8), "Unknown");
                uint mechanism = f.U16(obj + 10);
                o.Write("\n\t    Verify Transport Mechanism: "u8); o.Dec(mechanism);
                o.Write(" (0x"u8); o.Hex(mechanism); o.Char(')');
                // tcpdump tests the bits of decimal 8000 here, not 0x8000.
                if ((mechanism & 8000) != 0) o.Write(" (Payload test messages capable)"u8);
                o.Write("\n\t    Transmission Rate: "u8); Mbps(o, f.U32(obj + 12)); o.Write(" Mbps"u8);
                o.Write("\n\t    Wavelength: "u8); o.Dec(f.U32(obj + 16));
                return false;
            }
            case ObjVerifyBeginAck:
                if (ctype != 1) return true;
                if (!LengthIs(o, len, 4)) return false;
                o.Write("\n\t    Verify Dead Interval: "u8); o.Dec(f.U16(obj));
                o.Write("\n\t    Verify Transport Response: "u8); o.Dec(f.U16(obj + 2));
                return false;
            case ObjVerifyId:
                if (ctype != 1) return true;
                if (!LengthIs(o, len, 4)) return false;
                o.Write("\n\t    Verify ID: "u8); o.Dec(f.U32(obj));
                return false;
            case ObjChannelStatus:
            {
                // Pairs of interface ID (4 or 16 bytes) and channel status.
                if (ctype is not (1 or 2 or 3)) return true;
                int idLen = ctype == 2 ? 16 : 4;
                for (int off = 0; off + idLen + 4 <= len; off += idLen + 4)
                {
                    o.Write("\n\t    Interface ID: "u8); InterfaceId(ref f, ctype, obj + off);
                    uint status = f.U32(obj + off + idLen);
                    o.Write((status >> 31) != 0 ? "\n\t\t    Active: Allocated ("u8 : "\n\t\t    Active: Non-allocated ("u8);
                    o.Dec(status >> 31);
                    o.Write(((status >> 30) & 1) != 0 ? ")\n\t\t    Direction: Transmit ("u8 : ")\n\t\t    Direction: Receive ("u8);
                    o.Dec((status >> 30) & 1);
                    o.Write(")\n\t\t    Channel Status: "u8); ChannelStatuses.Print(o, status & 0x3ffffff, "Unknown");
                    o.Write(" ("u8); o.Dec(status & 0x3ffffff); o.Char(')');
                }
                return false;
            }
            case ObjChannelStatusReq:
            {
                if (ctype is not (1 or 2 or 3)) return true;
                int idLen = ctype == 2 ? 16 : 4;
                for (int off = 0; off + idLen <= len; off += idLen)
                {
                    o.Write("\n\t    Interface ID: "u8); InterfaceId(ref f, ctype, obj + off);
                }
                return false;
            }
            case ObjErrorCode:
                if (ctype is not (1 or 2)) return true;
                if (!LengthIs(o, len, 4)) return false;
                o.Write("\n\t    Error Code: "u8);
                (ctype == 1 ? BeginVerifyErrors : LinkSummaryErrors).Bits(o, f.U32(obj), "none");
                return false;
            case ObjServiceConfig:
                return ServiceConfigPrint(ref f, ctype, obj, len);
            default:
                if (f.Opt.Verbose <= 1) HexDump.UnknownData(ref f, obj, "\n\t    "u8, len);
                return false;
        }
    }

    private static bool TeLinkPrint(ref Frame f, int ctype, int obj, int len)
    {
        var o = f.Out;
        if (ctype is not (1 or 2 or 3)) return true;
        if (!LengthIs(o, len, ctype == 2 ? 36 : 12)) return false;
        o.Write("\n\t    Flags: ["u8); TeLinkFlags.Bits(o, f.U8(obj), "none"); o.Char(']');
        LinkIdsPrint(ref f, ctype, obj, "\n\t    Local Link-ID: "u8, "\n\t    Remote Link-ID: "u8);
        return false;
    }

    /// <summary>The data link object: flags, local and remote interface IDs, then subobjects.</summary>
    private static bool DataLinkPrint(ref Frame f, int ctype, int obj, int len)
    {
        var o = f.Out;
        if (ctype is not (1 or 2 or 3)) return true;
        int fixedLen = ctype == 2 ? 36 : 12;
        if (len < fixedLen) { o.Write(" (not correct for object)"u8); return false; }
        o.Write("\n\t    Flags: ["u8); DataLinkFlags.Bits(o, f.U8(obj), "none"); o.Char(']');
        LinkIdsPrint(ref f, ctype, obj, "\n\t    Local Interface ID: "u8, "\n\t    Remote Interface ID: "u8);
        return SubobjectsPrint(ref f, obj, len - fixedLen, fixedLen);
    }

    /// <summary>Two IDs after a 4-byte flags word: IPv4, IPv6 (ctype 2) or unnumbered (ctype 3), each with its first word in hex.</summary>
    private static void LinkIdsPrint(ref Frame f, int ctype, int obj, ReadOnlySpan<byte> local, ReadOnlySpan<byte> remote)
    {
        var o = f.Out;
        int remoteOff = ctype == 2 ? 20 : 8;
        o.Write(local); InterfaceId(ref f, ctype, obj + 4);
        o.Write(remote); InterfaceId(ref f, ctype, obj + remoteOff);
    }

    /// <summary>An interface or link ID by c-type (1 IPv4, 2 IPv6, 3 unnumbered), and its first four bytes in hex.</summary>
    private static void InterfaceId(ref Frame f, int ctype, int p)
    {
        if (ctype == 1) Ip4Hex(ref f, p);
        else if (ctype == 2) Ip6Hex(ref f, p);
        else DecHex(f.Out, f.U32(p));
    }

    /// <summary>lmp_print_data_link_subobjs: true when an unknown subobject asks for a hex dump.</summary>
    private static bool SubobjectsPrint(ref Frame f, int obj, int total, int offset)
    {
        var o = f.Out;
        while (total > 0)
        {
            int type = f.U8(obj + offset);
            int len = f.U8(obj + offset + 1);
            if (f.Truncated) return false;
            o.Write("\n\t    Subobject, Type: "u8); DataLinkSubobjects.Print(o, (uint)type, "Unknown");
            o.Write(" ("u8); o.Dec(type); o.Write("), Length: "u8); o.Dec(len);
            if (len < 4) { o.Write(" (too short)"u8); return false; }
            if (len % 4 != 0) { o.Write(" (not a multiple of 4)"u8); return false; }
            if (total < len) { o.Write(" (goes past the end of the object)"u8); return false; }
            int s = obj + offset;
            // The values are read at fixed offsets whatever the subobject's length says, so a
            // short subobject can run past the capture.
            switch (type)
            {
                case SubobjSwitchingType:
                {
                    int cap = f.U8(s + 2);
                    if (f.Truncated) return false;
                    o.Write("\n\t      Switching Type: "u8); Rsvp.GmplsSwitchCaps.Print(o, (uint)cap, "Unknown");
                    o.Write(" ("u8); o.Dec(cap); o.Char(')');
                    int enc = f.U8(s + 3);
                    if (f.Truncated) return false;
                    o.Write("\n\t      Encoding Type: "u8); Rsvp.GmplsEncodings.Print(o, (uint)enc, "Unknown");
                    o.Write(" ("u8); o.Dec(enc); o.Char(')');
                    uint min = f.U32(s + 4);
                    if (f.Truncated) return false;
                    o.Write("\n\t      Min Reservable Bandwidth: "u8); Mbps(o, min); o.Write(" Mbps"u8);
                    uint max = f.U32(s + 8);
                    if (f.Truncated) return false;
                    o.Write("\n\t      Max Reservable Bandwidth: "u8); Mbps(o, max); o.Write(" Mbps"u8);
                    break;
                }
                case SubobjWavelength:
                {
                    uint wavelength = f.U32(s + 4);
                    if (f.Truncated) return false;
                    o.Write("\n\t      Wavelength: "u8); o.Dec(wavelength);
                    break;
                }
                default:
                    return true;   // an unknown subobject ends the list
            }
            total -= len;
            offset += len;
        }
        return false;
    }

    private static bool ServiceConfigPrint(ref Frame f, int ctype, int obj, int len)
    {
        var o = f.Out;
        switch (ctype)
        {
            case 1:   // signalling protocols
                if (!LengthIs(o, len, 4)) return false;
                o.Write("\n\t Flags: "u8); ServiceConfigSpFlags.Bits(o, f.U8(obj), "none");
                o.Write("\n\t  UNI Version: "u8); o.Dec(f.U8(obj + 1));
                return false;
            case 2:   // client port service attributes
            {
                if (!LengthIs(o, len, 16)) return false;
                int linkType = f.U8(obj);
                o.Write("\n\t Link Type: "u8); CpsaLinkTypes.Print(o, (uint)linkType, "Unknown");
                o.Write(" ("u8); o.Dec(linkType); o.Char(')');
                if (linkType is LinkTypeSdh or LinkTypeSonet)
                {
                    int signal = f.U8(obj + 1);
                    o.Write("\n\t Signal Type: "u8);
                    (linkType == LinkTypeSdh ? SdhSignalTypes : SonetSignalTypes).Print(o, (uint)signal, "Unknown");
                    o.Write(" ("u8); o.Dec(signal); o.Char(')');
                }
                o.Write("\n\t Transparency: "u8); CpsaTransparencyFlags.Bits(o, f.U8(obj + 2), "none");
                o.Write("\n\t Contiguous Concatenation Types: "u8); CpsaConcatenationFlags.Bits(o, f.U8(obj + 3), "none");
                o.Write("\n\t Minimum NCC: "u8); o.Dec(f.U16(obj + 4));
                o.Write("\n\t Maximum NCC: "u8); o.Dec(f.U16(obj + 6));
                o.Write("\n\t Minimum NVC:"u8); o.Dec(f.U16(obj + 8));
                o.Write("\n\t Maximum NVC:"u8); o.Dec(f.U16(obj + 10));
                o.Write("\n\t    Local Interface ID: "u8); Ip4Hex(ref f, obj + 12);
                return false;
            }
            case 3:   // transparency and tandem connection monitoring
                if (!LengthIs(o, len, 8)) return false;
                o.Write("\n\t Transparency Flags: "u8); NsaTransparencyFlags.Bits(o, f.U32(obj), "none");
                o.Write("\n\t TCM Monitoring Flags: "u8); NsaTcmFlags.Bits(o, f.U8(obj + 7), "none");
                return false;
            case 4:   // network diversity
                if (!LengthIs(o, len, 4)) return false;
                o.Write("\n\t Diversity: Flags: "u8); NsaDiversityFlags.Bits(o, f.U8(obj + 3), "none");
                return false;
            default:
                return true;
        }
    }

    private static bool LengthIs(TextOut o, int len, int want)
    {
        if (len == want) return true;
        o.Write(" (not correct for object)"u8);
        return false;
    }

    /// <summary>An IEEE float of bytes per second as %.3f Mbps, computed in float as tcpdump does.</summary>
    private static void Mbps(TextOut o, uint bits) => Isis.Fixed3(o, BitConverter.UInt32BitsToSingle(bits) * 8 / 1000000);

    /// <summary>"n (0x%08x)".</summary>
    private static void DecHex(TextOut o, uint v)
    {
        o.Dec(v); o.Write(" (0x"u8); o.Hex(v, 8); o.Char(')');
    }

    /// <summary>"address (0x%08x)": an IPv4 address and the same four bytes in hex.</summary>
    private static void Ip4Hex(ref Frame f, int p)
    {
        var a = f.Bytes(p, 4);
        if (f.Truncated) return;
        f.Ctx.Names.IPv4(f.Out, a);
        f.Out.Write(" (0x"u8); f.Out.Hex(f.U32(p), 8); f.Out.Char(')');
    }

    /// <summary>"address (0x%08x)": an IPv6 address and its first four bytes in hex.</summary>
    private static void Ip6Hex(ref Frame f, int p)
    {
        var a = f.Bytes(p, 16);
        if (f.Truncated) return;
        f.Ctx.Names.IPv6(f.Out, a);
        f.Out.Write(" (0x"u8); f.Out.Hex(f.U32(p), 8); f.Out.Char(')');
    }
}
