namespace Wirecap.Print;

/// <summary>
/// MPLS LSP ping (print-lspping.c, RFC 4379), UDP port 3503.
/// <code>
///  0                   1                   2                   3
/// +-------------------------------+-------------------------------+
/// |        Version Number         |         Global Flags          |
/// +---------------+---------------+---------------+---------------+
/// |  Message Type |  Reply mode   |  Return Code  | Return Subcode|
/// +---------------+---------------+---------------+---------------+
/// |                        Sender's Handle                        |
/// |                        Sequence Number                        |
/// |              TimeStamp Sent (NTP seconds, fraction)           |
/// |            TimeStamp Received (NTP seconds, fraction)         |
/// +---------------------------------------------------------------+
/// |             TLVs: Type (16), Length (16), Value ...            |
/// </code>
/// </summary>
public static class LspPing
{
    public const int Port = 3503;
    private const int HeaderLength = 32, TlvHeaderLength = 4;

    private const int TlvTargetFecStack = 1, TlvDownstreamMapping = 2, TlvVendorEnterprise = 5, TlvBfdDiscriminator = 15;

    private static readonly Tok MsgTypes = new((1, "MPLS Echo Request"), (2, "MPLS Echo Reply"));
    private static readonly Tok ReplyModes = new((1, "Do not reply"), (2, "Reply via an IPv4/IPv6 UDP packet"),
        (3, "Reply via an IPv4/IPv6 UDP packet with Router Alert"), (4, "Reply via application level control channel"));
    private static readonly Tok ReturnCodes = new(
        (0, "No return code or return code contained in the Error Code TLV"), (1, "Malformed echo request received"),
        (2, "One or more of the TLVs was not understood"), (3, "Replying router is an egress for the FEC at stack depth"),
        (4, "Replying router has no mapping for the FEC at stack depth"), (5, "Reserved"), (6, "Reserved"), (7, "Reserved"),
        (8, "Label switched at stack-depth"), (9, "Label switched but no MPLS forwarding at stack-depth"),
        (10, "Mapping for this FEC is not the given label at stack depth"), (11, "No label entry at stack-depth"),
        (12, "Protocol not associated with interface at FEC stack depth"),
        (13, "Premature termination of ping due to label stack shrinking to a single label"));
    private static readonly Tok Tlvs = new((TlvTargetFecStack, "Target FEC Stack"), (TlvDownstreamMapping, "Downstream Mapping"),
        (3, "Pad"), (9, "Error Code"), (TlvVendorEnterprise, "Vendor Enterprise Code"), (7, "Interface Label Stack"),
        (10, "Reply TOS Byte"), (TlvBfdDiscriminator, "BFD Discriminator"), (0xfc00, "Vendor Private Code"));
    private static readonly Tok FecSubTlvs = new((1, "LDP IPv4 prefix"), (2, "LDP IPv6 prefix"), (3, "RSVP IPv4 Session Query"),
        (4, "RSVP IPv6 Session Query"), (5, "Reserved"), (6, "VPN IPv4 prefix"), (7, "VPN IPv6 prefix"), (8, "L2 VPN endpoint"),
        (9, "FEC 128 pseudowire (old)"), (10, "FEC 128 pseudowire"), (12, "BGP labeled IPv4 prefix"),
        (13, "BGP labeled IPv6 prefix"));
    // Unnumbered IPv6 is named "IPv6" too, as tcpdump does.
    private static readonly Tok DownstreamAddressTypes = new((1, "IPv4"), (2, "Unnumbered IPv4"), (3, "IPv6"), (4, "IPv6"));

    /// <summary>lspping_print: the message at p, len bytes.</summary>
    public static void Print(ref Frame f, int p, int len)
    {
        f.Proto = "lspping";
        var o = f.Out;
        if (len < HeaderLength) { TooShort(o); return; }
        if (!f.Need(p, HeaderLength)) return;

        int version = f.U16(p);
        if (version != 1)
        {
            o.Write("LSP-PING version "u8); o.Dec(version); o.Write(" packet not supported"u8);
            return;
        }
        int msgType = f.U8(p + 4);
        if (f.Opt.Verbose < 1)
        {
            o.Write("LSP-PINGv1, "u8); MsgTypes.Print(o, (uint)msgType, "unknown (%u)");
            o.Write(", seq "u8); o.Dec(f.U32(p + 12)); o.Write(", length: "u8); o.Dec((uint)len);
            return;
        }

        int replyMode = f.U8(p + 5);
        o.Write("\n\tLSP-PINGv1, msg-type: "u8); MsgTypes.Print(o, (uint)msgType, "unknown");
        o.Write(" ("u8); o.Dec(msgType); o.Write("), length: "u8); o.Dec((uint)len);
        o.Write("\n\t  reply-mode: "u8); ReplyModes.Print(o, (uint)replyMode, "unknown");
        o.Write(" ("u8); o.Dec(replyMode); o.Char(')');

        // These return codes name a stack depth, which the subcode holds.
        int code = f.U8(p + 6), subcode = f.U8(p + 7);
        o.Write("\n\t  Return Code: "u8); ReturnCodes.Print(o, (uint)code, "unknown");
        if (code is 3 or 4 or 8 or 10 or 11 or 12) { o.Char(' '); o.Dec(subcode); }
        o.Write(" ("u8); o.Dec(code); o.Write(")\n\t  Return Subcode: ("u8); o.Dec(subcode); o.Char(')');
        o.Write("\n\t  Sender Handle: 0x"u8); o.Hex(f.U32(p + 8), 8);
        o.Write(", Sequence: "u8); o.Dec(f.U32(p + 12));
        o.Write("\n\t  Sender Timestamp: "u8); Ntp.TimestampPrint(ref f, p + 16);
        o.Write(" Receiver Timestamp: "u8);
        if (f.U32(p + 24) != 0 || f.U32(p + 28) != 0) Ntp.TimestampPrint(ref f, p + 24);
        else o.Write("no timestamp"u8);

        int tptr = p + HeaderLength;
        uint tlen = (uint)len - HeaderLength;
        while (tlen != 0 && !f.Truncated)
        {
            if (tlen < TlvHeaderLength) { TooShort(o); return; }
            int type = f.U16(tptr);
            uint tlvLen = f.U16(tptr + 2);
            if (f.Truncated) return;
            o.Write("\n\t  "u8); Tlvs.Print(o, (uint)type, "Unknown");
            o.Write(" TLV ("u8); o.Dec(type); o.Write("), length: "u8); o.Dec(tlvLen);
            if (tlvLen == 0)
            {
                tptr += TlvHeaderLength;
                tlen -= TlvHeaderLength;
                continue;
            }
            if (tlen < tlvLen + TlvHeaderLength) { TooShort(o); return; }
            if (!f.Need(tptr + TlvHeaderLength, (int)tlvLen)) return;

            var res = type switch
            {
                TlvTargetFecStack => FecStackPrint(ref f, tptr + TlvHeaderLength, tlvLen),
                TlvDownstreamMapping => DownstreamMapPrint(ref f, tptr + TlvHeaderLength, tlvLen),
                TlvBfdDiscriminator => BfdDiscriminatorPrint(ref f, tptr + TlvHeaderLength, tlvLen),
                TlvVendorEnterprise => VendorPrint(ref f, tptr + TlvHeaderLength, tlvLen),
                _ => Unknown(ref f, tptr + TlvHeaderLength, tlvLen),
            };
            if (res == TlvResult.Stop || f.Truncated) return;
            if (f.Opt.Verbose > 1 || res == TlvResult.Hexdump)
                HexDump.UnknownData(ref f, tptr + TlvHeaderLength, "\n\t    "u8, (int)tlvLen);

            // TLVs are padded to four bytes.
            if (tlvLen % 4 != 0)
            {
                tlvLen += 4 - tlvLen % 4;
                if (tlen < tlvLen + TlvHeaderLength) { TooShort(o); return; }
            }
            tptr += (int)tlvLen + TlvHeaderLength;
            tlen -= tlvLen + TlvHeaderLength;
        }
    }

    private enum TlvResult { Done, Hexdump, Stop }

    private static void TooShort(TextOut o) => o.Write("\n\t\t packet is too short"u8);

    private static TlvResult Short(TextOut o)
    {
        o.Write("\n\t      TLV is too short"u8);
        return TlvResult.Hexdump;
    }

    /// <summary>The TLVs without a decoder: their bytes, unless -vv dumps them anyway.</summary>
    private static TlvResult Unknown(ref Frame f, int p, uint len)
    {
        if (f.Opt.Verbose <= 1) HexDump.UnknownData(ref f, p, "\n\t    "u8, (int)len);
        return TlvResult.Done;
    }

    private static TlvResult BfdDiscriminatorPrint(ref Frame f, int p, uint len)
    {
        if (len < 4) return Short(f.Out);
        f.Out.Write("\n\t    BFD Discriminator 0x"u8); f.Out.Hex(f.U32(p), 8);
        return TlvResult.Done;
    }

    private static TlvResult VendorPrint(ref Frame f, int p, uint len)
    {
        var o = f.Out;
        if (len < 4) return Short(o);
        uint vendor = f.U32(p);
        o.Write("\n\t    Vendor: "u8); Radius.SmiValues.Print(o, vendor, "Unknown");
        o.Write(" (0x"u8); o.Hex(vendor, 4); o.Char(')');
        return TlvResult.Done;
    }

    /// <summary>The Target FEC Stack: sub-TLVs, each a FEC.</summary>
    private static TlvResult FecStackPrint(ref Frame f, int tptr, uint tlen)
    {
        var o = f.Out;
        while (tlen != 0)
        {
            if (tlen < TlvHeaderLength) return Short(o);
            int type = f.U16(tptr);
            uint subLen = f.U16(tptr + 2);
            int sp = tptr + TlvHeaderLength;
            if (tlen < subLen + TlvHeaderLength) return Short(o);
            if (!f.Need(sp, (int)subLen)) return TlvResult.Stop;

            o.Write("\n\t    "u8); FecSubTlvs.Print(o, (uint)type, "Unknown");
            o.Write(" subTLV ("u8); o.Dec(type); o.Write("), length: "u8); o.Dec(subLen);

            bool hexdump = false;
            switch (type)
            {
                case 1: case 12:   // LDP and BGP labeled IPv4 prefix
                    if (!LengthIs(o, subLen, 5)) { hexdump = true; break; }
                    o.Write("\n\t      "u8); f.IPv4At(sp); o.Char('/'); o.Dec(f.U8(sp + 4));
                    break;
                case 2: case 13:   // LDP and BGP labeled IPv6 prefix
                    if (!LengthIs(o, subLen, 17)) { hexdump = true; break; }
                    o.Write("\n\t      "u8); f.IPv6At(sp); o.Char('/'); o.Dec(f.U8(sp + 16));
                    break;
                case 3:            // RSVP IPv4: end point, tunnel id, extended id, sender, LSP id
                    if (!LengthIs(o, subLen, 20)) { hexdump = true; break; }
                    o.Write("\n\t      tunnel end-point "u8); f.IPv4At(sp);
                    o.Write(", tunnel sender "u8); f.IPv4At(sp + 12);
                    o.Write(", lsp-id 0x"u8); o.Hex(f.U16(sp + 18), 4);
                    o.Write("\n\t      tunnel-id 0x"u8); o.Hex(f.U16(sp + 6), 4);
                    o.Write(", extended tunnel-id "u8); f.IPv4At(sp + 8);
                    break;
                case 4:            // RSVP IPv6, the same with 16-byte addresses
                    if (!LengthIs(o, subLen, 56)) { hexdump = true; break; }
                    o.Write("\n\t      tunnel end-point "u8); f.IPv6At(sp);
                    o.Write(", tunnel sender "u8); f.IPv6At(sp + 36);
                    o.Write(", lsp-id 0x"u8); o.Hex(f.U16(sp + 54), 4);
                    o.Write("\n\t      tunnel-id 0x"u8); o.Hex(f.U16(sp + 18), 4);
                    o.Write(", extended tunnel-id "u8); f.IPv6At(sp + 20);
                    break;
                case 6:            // VPN IPv4: RD, prefix, length
                    if (!LengthIs(o, subLen, 13)) { hexdump = true; break; }
                    o.Write("\n\t      RD: "u8); Bgp.RdPrint(ref f, o, sp);
                    o.Write(", "u8); f.IPv4At(sp + 8); o.Char('/'); o.Dec(f.U8(sp + 12));
                    break;
                case 7:            // VPN IPv6
                    if (!LengthIs(o, subLen, 25)) { hexdump = true; break; }
                    o.Write("\n\t      RD: "u8); Bgp.RdPrint(ref f, o, sp);
                    o.Write(", "u8); f.IPv6At(sp + 8); o.Char('/'); o.Dec(f.U8(sp + 24));
                    break;
                case 8:            // L2 VPN endpoint: RD, sender and receiver VE ids, encapsulation
                {
                    if (!LengthIs(o, subLen, 14)) { hexdump = true; break; }
                    o.Write("\n\t      RD: "u8); Bgp.RdPrint(ref f, o, sp);
                    o.Write(", Sender VE ID: "u8); o.Dec(f.U16(sp + 8));
                    o.Write(", Receiver VE ID: "u8); o.Dec(f.U16(sp + 10));
                    uint encaps = f.U16(sp + 12);
                    o.Write("\n\t      Encapsulation Type: "u8); BgpTables.MplsPwTypes.Print(o, encaps, "unknown");
                    o.Write(" ("u8); o.Dec(encaps); o.Char(')');
                    break;
                }
                case 9:            // FEC 128 pseudowire, old form: no sender address
                {
                    if (!LengthIs(o, subLen, 10)) { hexdump = true; break; }
                    o.Write("\n\t      Remote PE: "u8); f.IPv4At(sp);
                    PwIdPrint(ref f, sp + 4);
                    break;
                }
                case 10:           // FEC 128 pseudowire
                {
                    if (!LengthIs(o, subLen, 14)) { hexdump = true; break; }
                    o.Write("\n\t      Sender PE: "u8); f.IPv4At(sp);
                    o.Write(", Remote PE: "u8); f.IPv4At(sp + 4);
                    PwIdPrint(ref f, sp + 8);
                    break;
                }
                default:
                    hexdump = true;
                    break;
            }
            if (f.Truncated) return TlvResult.Stop;
            if (f.Opt.Verbose > 1 || hexdump)
                HexDump.UnknownData(ref f, sp, "\n\t      "u8, (int)subLen);

            // Sub-TLVs are padded to four bytes.
            if (subLen % 4 != 0)
            {
                subLen += 4 - subLen % 4;
                if (tlen < subLen + TlvHeaderLength)
                {
                    o.Write("\n\t\t TLV is too short"u8);
                    return TlvResult.Stop;
                }
            }
            // tcpdump steps over the value but not the sub-TLV header while it counts both off the
            // remaining length; the next sub-TLV is read where tcpdump reads it.
            tptr += (int)subLen;
            tlen -= subLen + TlvHeaderLength;
        }
        return TlvResult.Done;
    }

    private static bool LengthIs(TextOut o, uint len, uint want)
    {
        if (len == want) return true;
        o.Write("\n\t      invalid subTLV length, should be "u8); o.Dec(want);
        return false;
    }

    /// <summary>"PW ID: 0x..., PW Type: name (n)": the id and type after the PE addresses.</summary>
    private static void PwIdPrint(ref Frame f, int p)
    {
        var o = f.Out;
        uint type = f.U16(p + 4);
        o.Write("\n\t      PW ID: 0x"u8); o.Hex(f.U32(p), 8);
        o.Write(", PW Type: "u8); BgpTables.MplsPwTypes.Print(o, type, "unknown");
        o.Write(" ("u8); o.Dec(type); o.Char(')');
    }

    /// <summary>
    /// The Downstream Mapping: MTU and address type, the downstream addresses, then the multipath
    /// header; tcpdump decodes no further and dumps the whole TLV.
    /// </summary>
    private static TlvResult DownstreamMapPrint(ref Frame f, int tptr, uint tlen)
    {
        var o = f.Out;
        if (tlen < 4) return Short(o);
        if (!f.Need(tptr, 4)) return TlvResult.Stop;
        int addressType = f.U8(tptr + 2);
        o.Write("\n\t    MTU: "u8); o.Dec(f.U16(tptr));
        o.Write(", Address-Type: "u8); DownstreamAddressTypes.Print(o, (uint)addressType, "unknown");
        o.Write(" ("u8); o.Dec(addressType); o.Char(')');

        uint size = addressType switch { 1 => 12, 2 => 12, 3 => 36, 4 => 24, _ => 0 };
        if (size != 0)
        {
            if (tlen < size) return Short(o);
            if (!f.Need(tptr, (int)size)) return TlvResult.Stop;
            bool v6 = addressType >= 3;
            o.Write("\n\t    Downstream IP: "u8);
            if (v6) f.IPv6At(tptr + 4); else f.IPv4At(tptr + 4);
            int ifOff = tptr + (v6 ? 20 : 8);
            if (addressType is 2 or 4)
            {
                o.Write("\n\t    Downstream Interface Index: 0x"u8); o.Hex(f.U32(ifOff), 8);
            }
            else
            {
                o.Write("\n\t    Downstream Interface IP: "u8);
                if (v6) f.IPv6At(ifOff); else f.IPv4At(ifOff);
            }
            tptr += (int)size;
            tlen -= size;
        }
        // Multipath type, depth limit, multipath length.
        if (tlen < 4) return Short(o);
        if (!f.Need(tptr, 4)) return TlvResult.Stop;
        return TlvResult.Hexdump;
    }
}
