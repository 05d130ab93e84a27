namespace Wirecap.Print;

/// <summary>
/// DCCP (print-dccp.c, RFC 4340), IP protocol 33.
/// <code>
///  0                   1                   2                   3
/// +-------------------------------+-------------------------------+
/// |          source port          |        destination port       |
/// +---------------+-------+-------+-------------------------------+
/// |  data offset  | CCVal | CsCov |           checksum            |
/// +-----+-------+-+-------+-------+-------------------------------+
/// | res | type  |X|   sequence number (24 bits, X = 0)            |
/// +-----+-------+-+-------------------------------+---------------+
///   or, X = 1: | reserved (8) | sequence number (48 bits)         |
/// </code>
/// Most types then carry an acknowledgement number (24 or 48 bits in a 4- or 8-byte field).
/// </summary>
public static class Dccp
{
    private const int ShortHeader = 12, LongHeader = 16;
    private const int Request = 0, Response = 1, Data = 2, Ack = 3, DataAck = 4, CloseReq = 5, Close = 6, Reset = 7,
        Sync = 8, SyncAck = 9;

    private static readonly Tok Types = new((Request, "DCCP-Request"), (Response, "DCCP-Response"), (Data, "DCCP-Data"),
        (Ack, "DCCP-Ack"), (DataAck, "DCCP-DataAck"), (CloseReq, "DCCP-CloseReq"), (Close, "DCCP-Close"),
        (Reset, "DCCP-Reset"), (Sync, "DCCP-Sync"), (SyncAck, "DCCP-SyncAck"));

    private static readonly string[] ResetCodes =
    [
        "unspecified", "closed", "aborted", "no_connection", "packet_error", "option_error", "mandatory_error",
        "connection_refused", "bad_service_code", "too_busy", "bad_init_cookie", "aggression_penalty",
    ];

    private static readonly string[] Features =
    [
        "reserved", "ccid", "allow_short_seqno", "sequence_window", "ecn_incapable", "ack_ratio", "send_ack_vector",
        "send_ndp_count", "minimum checksum coverage", "check data checksum",
    ];

    private static readonly Tok Options = new((0, "nop"), (1, "mandatory"), (2, "slowreceiver"), (32, "change_l"),
        (33, "confirm_l"), (34, "change_r"), (35, "confirm_r"), (36, "initcookie"), (37, "ndp_count"),
        (38, "ack_vector0"), (39, "ack_vector1"), (40, "data_dropped"), (41, "timestamp"), (42, "timestamp_echo"),
        (43, "elapsed_time"), (44, "data_checksum"));

    /// <summary>dccp_print: off/len are the DCCP packet, ipOff the IPv4 or IPv6 header that carried it.</summary>
    public static void Print(ref Frame f, int off, int len, int ipOff)
    {
        f.Proto = "dccp";
        var o = f.Out;
        if (off + ShortHeader > f.End) { f.PrintTrunc(); return; }
        if (len < ShortHeader)
        {
            o.Write("truncated-dccp - "u8); o.Dec(ShortHeader - len); o.Write(" bytes missing!"u8);
            return;
        }
        bool extended = (f.Data[off + 8] & 1) != 0;
        int fixedLength = extended ? LongHeader : ShortHeader;
        if (len < fixedLength)
        {
            o.Write("truncated-dccp - "u8); o.Dec(fixedLength - len); o.Write(" bytes missing!"u8);
            return;
        }
        if (!f.Has(off, fixedLength)) { f.PrintTrunc(); return; }

        int sport = f.U16(off), dport = f.U16(off + 2);
        int hlen = f.Data[off + 4] * 4;
        int ccval = f.Data[off + 5] >> 4, cscov = f.Data[off + 5] & 0xf;
        bool v6 = f.Data[ipOff] >> 4 == 6;
        Address(ref f, v6, v6 ? ipOff + 8 : ipOff + 12);
        o.Char('.'); o.Dec(sport); o.Write(" > "u8);
        Address(ref f, v6, v6 ? ipOff + 24 : ipOff + 16);
        o.Char('.'); o.Dec(dport); o.Write(": DCCP"u8);

        if (f.Opt.Quiet)
        {
            o.Char(' '); o.Dec((uint)(len - hlen));
            if (hlen > len) { o.Write(" [bad hdr length "u8); o.Dec(hlen); o.Write(" - too long, > "u8); o.Dec(len); o.Char(']'); }
            return;
        }

        if (f.Opt.Verbose > 0)
        {
            o.Write(" (CCVal "u8); o.Dec(ccval); o.Write(", CsCov "u8); o.Dec(cscov);
            if (f.Has(off, len))
            {
                int sum = f.U16(off + 6);
                o.Write(", cksum 0x"u8); o.Hex((uint)sum, 4); o.Char(' ');
                // CsCov counts 32-bit words from the start of the header; 0 covers the whole packet.
                int coverage = len;
                if (cscov != 0) coverage = Math.Min(len, (f.Data[off + 4] + cscov - 1) * 4);
                ushort computed = PseudoHeader.Checksum(ref f, ipOff, off, len, IpProto.Dccp, coverage);
                if (computed != 0) { o.Write("(incorrect -> 0x"u8); o.Hex(Checksum.ShouldBe((ushort)sum, computed), 4); o.Char(')'); }
                else o.Write("(correct)"u8);
            }
            o.Char(')');
        }
        o.Char(' ');

        int type = (f.Data[off + 8] >> 1) & 0xf;
        // The part of the header after the generic one: service code, acknowledgement, reset code.
        int extra = type switch
        {
            Request => 4,
            Response or Reset => 12,
            Data => 0,
            Ack or DataAck or CloseReq or Close or Sync or SyncAck => 8,
            _ => -1,
        };
        if (extra > 0)
        {
            fixedLength += extra;
            if (len < fixedLength)
            {
                o.Write("truncated-"u8); Types.Print(o, (uint)type, ""); o.Write(" - "u8);
                o.Dec(fixedLength - len); o.Write(" bytes missing!"u8);
                return;
            }
        }
        switch (type)
        {
            case Request:
                if (!f.Has(off + fixedLength - 4, 4)) { f.PrintTrunc(); return; }
                Types.Print(o, (uint)type, "");
                o.Write(" (service="u8); o.Dec(f.U32(off + fixedLength - 4)); o.Write(") "u8);
                break;
            case Response:
                if (!f.Has(off + fixedLength - 12, 12)) { f.PrintTrunc(); return; }
                Types.Print(o, (uint)type, "");
                o.Write(" (service="u8); o.Dec(f.U32(off + fixedLength - 4)); o.Write(") "u8);
                break;
            case Reset:
            {
                if (!f.Has(off + fixedLength - 12, 12)) { f.PrintTrunc(); return; }
                int code = f.Data[off + fixedLength - 4];
                Types.Print(o, (uint)type, "");
                o.Write(" (code="u8); o.Write(code < ResetCodes.Length ? ResetCodes[code] : "invalid"); o.Write(") "u8);
                break;
            }
            default:
                Types.Print(o, (uint)type, "unknown-type-%u");
                o.Char(' ');
                break;
        }

        if (type != Data && type != Request)
        {
            // The acknowledgement follows the generic header: 24 bits after a reserved byte, or 48 after two.
            int ack = off + (extended ? LongHeader : ShortHeader);
            ulong ackNo = extended ? (ulong)f.U16(ack + 2) << 32 | f.U32(ack + 4) : f.U24(ack + 1);
            if (f.Truncated) return;
            o.Write("(ack="u8); o.Dec(ackNo); o.Write(") "u8);
        }

        if (f.Opt.Verbose < 2) return;

        ulong seq = extended ? (ulong)f.U16(off + 10) << 32 | f.U32(off + 12) : f.U24(off + 9);
        o.Write("seq "u8); o.Dec(seq);

        if (hlen > fixedLength)
        {
            int cp = off + fixedLength;
            o.Write(" <"u8);
            hlen -= fixedLength;
            while (true)
            {
                int optLen = OptionPrint(ref f, cp, hlen);
                if (f.Truncated) return;
                if (optLen == 0 || hlen <= optLen) break;
                hlen -= optLen;
                cp += optLen;
                o.Write(", "u8);
            }
            o.Char('>');
        }
    }

    /// <summary>dccp_print_option: one option at p with hlen header bytes left; its length, or 0 to stop.</summary>
    private static int OptionPrint(ref Frame f, int p, int hlen)
    {
        var o = f.Out;
        int kind = f.U8(p);
        if (f.Truncated) return 0;
        int optLen = 1;
        // Types 0 to 31 are a single byte; the rest carry a length.
        if (kind >= 32)
        {
            optLen = f.U8(p + 1);
            if (f.Truncated) return 0;
            if (optLen < 2)
            {
                OptionName(o, kind);
                o.Write(" optlen too short"u8);
                return 0;
            }
        }
        if (hlen < optLen)
        {
            OptionName(o, kind);
            o.Write(" optlen goes past header length"u8);
            return 0;
        }
        if (!f.Has(p, optLen)) { f.PrintTrunc(); return 0; }

        if (kind >= 128)
        {
            o.Write("CCID option "u8); o.Dec(kind);
            if (optLen == 4) { o.Char(' '); o.Dec(f.U16(p + 2)); }
            else if (optLen == 6) { o.Char(' '); o.Dec(f.U32(p + 2)); }
            return optLen;
        }
        Options.Print(o, (uint)kind, "Option %u");
        switch (kind)
        {
            case 32: case 33: case 34: case 35: // change/confirm: feature number, then its values
                if (optLen < 3) { o.Write(" optlen too short"u8); return optLen; }
                int feature = f.Data[p + 2];
                if (feature < Features.Length)
                {
                    o.Char(' '); o.Write(Features[feature]);
                    for (int i = 0; i < optLen - 3; i++) { o.Char(' '); o.Dec(f.Data[p + 3 + i]); }
                }
                break;
            case 36: case 38: case 39: case 40: // init cookie, ack vectors, data dropped: the bytes in hex
                if (optLen > 2)
                {
                    o.Write(" 0x"u8);
                    for (int i = 0; i < optLen - 2; i++) o.Hex2(f.Data[p + 2 + i]);
                }
                break;
            case 37: // NDP count
                for (int i = 0; i < optLen - 2; i++) { o.Char(' '); o.Dec(f.Data[p + 2 + i]); }
                break;
            case 41: // timestamp
                if (optLen == 6) { o.Char(' '); o.Dec(f.U32(p + 2)); }
                else o.Write(" [optlen != 6]"u8);
                break;
            case 42: // timestamp echo, with an elapsed time of 0, 2 or 4 bytes
                if (optLen is 6 or 8 or 10)
                {
                    o.Char(' '); o.Dec(f.U32(p + 2));
                    if (optLen == 8) { o.Write(" (elapsed time "u8); o.Dec(f.U16(p + 6)); o.Char(')'); }
                    else if (optLen == 10) { o.Write(" (elapsed time "u8); o.Dec(f.U32(p + 6)); o.Char(')'); }
                }
                else o.Write(" [optlen != 6 or 8 or 10]"u8);
                break;
            case 43: // elapsed time
                if (optLen == 6) { o.Char(' '); o.Dec(f.U32(p + 2)); }
                else if (optLen == 4) { o.Char(' '); o.Dec(f.U16(p + 2)); }
                else o.Write(" [optlen != 4 or 6]"u8);
                break;
            case 44: // data checksum
                if (optLen > 2)
                {
                    o.Char(' ');
                    for (int i = 0; i < optLen - 2; i++) o.Hex2(f.Data[p + 2 + i]);
                }
                break;
        }
        return optLen;
    }

    private static void OptionName(TextOut o, int kind)
    {
        if (kind >= 128) { o.Write("CCID option "u8); o.Dec(kind); }
        else Options.Print(o, (uint)kind, "Option %u");
    }

    private static void Address(ref Frame f, bool v6, int at)
    {
        if (v6) f.Ctx.Names.IPv6(f.Out, f.Data.Slice(at, 16));
        else f.Ctx.Names.IPv4(f.Out, f.Data.Slice(at, 4));
    }
}
