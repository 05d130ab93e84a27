namespace Wirecap.Print;

/// <summary>
/// Layer Two Tunneling Protocol version 2 (print-l2tp.c, RFC 2661; UDP 1701).
/// <code>
/// |T|L|x|x|S|x|O|P|x|x|x|x| Ver |  Length (if L)  |
/// |        Tunnel ID          |   Session ID     |
/// |   Ns (if S)   |   Nr (if S)  | Offset Size (if O) | offset pad ...
/// control message (T): AVPs |M|H|rsvd|  Length:10  | Vendor ID | Attribute Type | value |
/// data message: a PPP frame
/// </code>
/// A missing byte in the header ends the packet with " [|l2tp]"; an AVP whose length runs past
/// the message or the capture prints the marker and ends the AVP list.
/// </summary>
public static class L2tp
{
    public const int Port = 1701;

    private const int FlagType = 0x8000, FlagLength = 0x4000, FlagSequence = 0x0800, FlagOffset = 0x0200, FlagPriority = 0x0100;
    private const int VersionL2f = 1, VersionL2tp = 2;
    private const int AvpMandatory = 0x8000, AvpHidden = 0x4000, AvpLengthMask = 0x03ff, AvpHeaderLength = 6;

    private static readonly Tok MessageTypes = new(
        (1, "SCCRQ"), (2, "SCCRP"), (3, "SCCCN"), (4, "StopCCN"), (6, "HELLO"), (7, "OCRQ"), (8, "OCRP"), (9, "OCCN"),
        (10, "ICRQ"), (11, "ICRP"), (12, "ICCN"), (14, "CDN"), (15, "WEN"), (16, "SLI"));

    private const int MsgType = 0, ResultCode = 1, ProtoVer = 2, FramingCap = 3, BearerCap = 4, TieBreaker = 5,
        FirmVer = 6, HostName = 7, VendorName = 8, AssndTunId = 9, RecvWinSize = 10, Challenge = 11, Q931Cc = 12,
        ChallengeResp = 13, AssndSessId = 14, CallSerNum = 15, MinimumBps = 16, MaximumBps = 17, BearerType = 18,
        FramingType = 19, PacketProcDelay = 20, CalledNumber = 21, CallingNumber = 22, SubAddress = 23,
        TxConnSpeed = 24, PhyChannelId = 25, IniRecvLcp = 26, LastSentLcp = 27, LastRecvLcp = 28,
        ProxyAuthType = 29, ProxyAuthName = 30, ProxyAuthChal = 31, ProxyAuthId = 32, ProxyAuthResp = 33,
        CallErrors = 34, Accm = 35, RandomVector = 36, PrivateGrpId = 37, RxConnSpeed = 38, SeqRequired = 39,
        PppDisconCc = 46;

    private static readonly Tok Avps = new(
        (MsgType, "MSGTYPE"), (ResultCode, "RESULT_CODE"), (ProtoVer, "PROTO_VER"), (FramingCap, "FRAMING_CAP"),
        (BearerCap, "BEARER_CAP"), (TieBreaker, "TIE_BREAKER"), (FirmVer, "FIRM_VER"), (HostName, "HOST_NAME"),
        (VendorName, "VENDOR_NAME"), (AssndTunId, "ASSND_TUN_ID"), (RecvWinSize, "RECV_WIN_SIZE"),
        (Challenge, "CHALLENGE"), (Q931Cc, "Q931_CC"), (ChallengeResp, "CHALLENGE_RESP"),
        (AssndSessId, "ASSND_SESS_ID"), (CallSerNum, "CALL_SER_NUM"), (MinimumBps, "MINIMUM_BPS"),
        (MaximumBps, "MAXIMUM_BPS"), (BearerType, "BEARER_TYPE"), (FramingType, "FRAMING_TYPE"),
        (PacketProcDelay, "PACKET_PROC_DELAY"), (CalledNumber, "CALLED_NUMBER"), (CallingNumber, "CALLING_NUMBER"),
        (SubAddress, "SUB_ADDRESS"), (TxConnSpeed, "TX_CONN_SPEED"), (PhyChannelId, "PHY_CHANNEL_ID"),
        (IniRecvLcp, "INI_RECV_LCP"), (LastSentLcp, "LAST_SENT_LCP"), (LastRecvLcp, "LAST_RECV_LCP"),
        (ProxyAuthType, "PROXY_AUTH_TYPE"), (ProxyAuthName, "PROXY_AUTH_NAME"), (ProxyAuthChal, "PROXY_AUTH_CHAL"),
        (ProxyAuthId, "PROXY_AUTH_ID"), (ProxyAuthResp, "PROXY_AUTH_RESP"), (CallErrors, "CALL_ERRORS"),
        (Accm, "ACCM"), (RandomVector, "RANDOM_VECTOR"), (PrivateGrpId, "PRIVATE_GRP_ID"),
        (RxConnSpeed, "RX_CONN_SPEED"), (SeqRequired, "SEQ_REQUIRED"), (PppDisconCc, "PPP_DISCON_CC"));

    private static readonly Tok AuthTypes = new(
        (0, "Reserved"), (1, "Textual"), (2, "CHAP"), (3, "PAP"), (4, "No Auth"), (5, "MS-CHAPv1"));

    private static readonly Tok CcDirections = new((0, "global error"), (1, "at peer"), (2, "at local"));

    // the six 32-bit counters of a Call-Errors AVP, after 2 reserved bytes
    private static readonly string[] CallErrorCounters = ["CRCErr=", "FrameErr=", "HardOver=", "BufOver=", "Timeout=", "AlignErr="];

    /// <summary>l2tp_print: p is the UDP payload, length its length on the wire.</summary>
    public static void Print(ref Frame f, int p, int length)
    {
        f.Proto = "l2tp";
        var o = f.Out;
        int flags = f.U16(p);
        if (f.Truncated) return;
        int version = flags & 0x000f;
        if (version == VersionL2f) { o.Write(" l2f:"u8); return; }
        if (version != VersionL2tp) { o.Write(" Unknown Version, neither L2F(1) nor L2TP(2)"u8); return; }
        o.Write(" l2tp:["u8);
        bool isControl = (flags & FlagType) != 0, hasLength = (flags & FlagLength) != 0;
        if (isControl) o.Char('T');
        if (hasLength) o.Char('L');
        if ((flags & FlagSequence) != 0) o.Char('S');
        if ((flags & FlagOffset) != 0) o.Char('O');
        if ((flags & FlagPriority) != 0) o.Char('P');
        o.Char(']');

        int ptr = p + 2;
        int l2tpLen = 0;
        if (hasLength) { l2tpLen = f.U16(ptr); ptr += 2; }
        int tunnel = f.U16(ptr);
        if (f.Truncated) return;
        o.Char('('); o.Dec(tunnel); o.Char('/');
        int session = f.U16(ptr + 2);
        if (f.Truncated) return;
        o.Dec(session); o.Char(')');
        ptr += 4;
        if ((flags & FlagSequence) != 0)
        {
            int ns = f.U16(ptr);
            if (f.Truncated) return;
            o.Write("Ns="u8); o.Dec(ns); o.Char(',');
            int nr = f.U16(ptr + 2);
            if (f.Truncated) return;
            o.Write("Nr="u8); o.Dec(nr);
            ptr += 4;
        }
        if ((flags & FlagOffset) != 0)
        {
            int pad = f.U16(ptr);
            if (f.Truncated) return;
            if (!f.Has(ptr + 2, pad)) { f.PrintTrunc(); return; }
            ptr += 2 + pad;
        }
        uint cnt = (uint)(ptr - p);

        uint len = (uint)length;
        if (hasLength)
        {
            if (len < (uint)l2tpLen) { o.Write(" Length "u8); o.Dec(l2tpLen); o.Write(" larger than packet"u8); return; }
            len = (uint)l2tpLen;
        }
        if (len < cnt) { o.Write(" Length "u8); o.Dec(len); o.Write(" smaller than header length"u8); return; }

        if (isControl)
        {
            if (!hasLength) { o.Write(" No length"u8); return; }
            if (len == cnt) { o.Write(" ZLB"u8); return; }
            while (len - cnt != 0)
            {
                int n = AvpPrint(ref f, ptr, len - cnt);
                if (n == 0) break;
                cnt += (uint)n;
                ptr += n;
            }
        }
        else
        {
            o.Write(" {"u8);
            Ppp.Print(ref f, ptr, (int)(len - cnt));
            o.Char('}');
        }
    }

    /// <summary>l2tp_avp_print: one AVP; returns its length, or 0 when it does not fit (after " [|l2tp]").</summary>
    private static int AvpPrint(ref Frame f, int p, uint length)
    {
        var o = f.Out;
        o.Char(' ');
        int flags = f.U16(p);
        if (f.Truncated) return 0;
        int len = flags & AvpLengthMask;
        if (len < AvpHeaderLength || (uint)len > length || !f.Has(p, len)) { f.PrintTrunc(); return 0; }

        if ((flags & AvpMandatory) != 0) o.Char('*');
        bool hidden = (flags & AvpHidden) != 0;
        if (hidden) o.Char('?');

        int vendor = f.U16(p + 2), type = f.U16(p + 4);
        int v = p + AvpHeaderLength, vlen = len - AvpHeaderLength;
        if (vendor != 0)
        {
            o.Write("VENDOR"u8); o.Hex((uint)vendor, 4); o.Write(":ATTR"u8); o.Hex((uint)type, 4);
            o.Char('('); Octets(ref f, v, vlen); o.Char(')');
            return len;
        }

        Avps.Print(o, (uint)type, "AVP-#%u");
        o.Char('(');
        if (hidden) o.Write("???"u8);
        else ValuePrint(ref f, type, v, vlen);
        o.Char(')');
        return len;
    }

    /// <summary>The value of an IETF AVP (all of it captured; checked against the AVP length only).</summary>
    private static void ValuePrint(ref Frame f, int type, int v, int vlen)
    {
        var o = f.Out;
        switch (type)
        {
            case MsgType:
                if (vlen < 2) { TooShort(o); break; }
                MessageTypes.Print(o, f.U16(v), "MSGTYPE-#%u");
                break;
            case ResultCode:
                // result code, then optionally an error code and an error message
                if (vlen < 2) { TooShort(o); break; }
                o.Dec(f.U16(v));
                if (vlen == 2) break;
                if (vlen < 4) { o.Write(" AVP too short"u8); break; }
                o.Char('/'); o.Dec(f.U16(v + 2));
                if (vlen == 4) break;
                o.Char(' '); Chars(ref f, v + 4, vlen - 4);
                break;
            case ProtoVer:
                if (vlen < 2) { TooShort(o); break; }
                o.Dec(f.U8(v)); o.Char('.'); o.Dec(f.U8(v + 1));
                break;
            case FramingCap:
            case FramingType:
                // asynchronous, synchronous
                if (vlen < 4) { TooShort(o); break; }
                if ((f.U32(v) & 2) != 0) o.Char('A');
                if ((f.U32(v) & 1) != 0) o.Char('S');
                break;
            case BearerCap:
            case BearerType:
                // analog, digital
                if (vlen < 4) { TooShort(o); break; }
                if ((f.U32(v) & 2) != 0) o.Char('A');
                if ((f.U32(v) & 1) != 0) o.Char('D');
                break;
            case TieBreaker:
                if (vlen < 8) { TooShort(o); break; }
                Octets(ref f, v, 8);
                break;
            case FirmVer:
            case AssndTunId:
            case RecvWinSize:
            case AssndSessId:
                if (vlen < 2) { TooShort(o); break; }
                o.Dec(f.U16(v));
                break;
            case HostName:
            case VendorName:
            case CallingNumber:
            case CalledNumber:
            case SubAddress:
            case ProxyAuthName:
            case PrivateGrpId:
                Chars(ref f, v, vlen);
                break;
            case Challenge:
            case IniRecvLcp:
            case LastSentLcp:
            case LastRecvLcp:
            case ProxyAuthChal:
            case ProxyAuthResp:
            case RandomVector:
                Octets(ref f, v, vlen);
                break;
            case Q931Cc:
                // cause code, cause message, then an optional advisory message
                if (vlen < 3) { TooShort(o); break; }
                o.Dec(f.U16(v)); o.Write(", "u8); o.Hex2(f.U8(v + 2));
                if (vlen > 3) { o.Char(' '); Chars(ref f, v + 3, vlen - 3); }
                break;
            case ChallengeResp:
                if (vlen < 16) { TooShort(o); break; }
                Octets(ref f, v, 16);
                break;
            case CallSerNum:
            case MinimumBps:
            case MaximumBps:
            case TxConnSpeed:
            case PhyChannelId:
            case RxConnSpeed:
                if (vlen < 4) { TooShort(o); break; }
                o.Dec(f.U32(v));
                break;
            case PacketProcDelay:
                o.Write("obsolete"u8);
                break;
            case ProxyAuthType:
                if (vlen < 2) { TooShort(o); break; }
                AuthTypes.Print(o, f.U16(v), "AuthType-#%u");
                break;
            case ProxyAuthId:
                if (vlen < 2) { TooShort(o); break; }
                o.Dec(f.U16(v) & 0x00ff);
                break;
            case CallErrors:
            {
                if (vlen < 2) { TooShort(o); break; }
                int c = v + 2, left = vlen - 2;
                foreach (var name in CallErrorCounters)
                {
                    if (left < 4) { TooShort(o); break; }
                    o.Write(name); o.Dec(f.U32(c)); o.Char(' ');
                    c += 4; left -= 4;
                }
                break;
            }
            case Accm:
                // 2 reserved bytes, then the send and receive ACCMs
                if (vlen < 2) { TooShort(o); break; }
                if (vlen < 6) { TooShort(o); break; }
                o.Write("send="u8); o.Hex(f.U32(v + 2), 8); o.Char(' ');
                if (vlen < 10) { TooShort(o); break; }
                o.Write("recv="u8); o.Hex(f.U32(v + 6), 8); o.Char(' ');
                break;
            case PppDisconCc:
                // disconnect code, control protocol number, direction, optional message
                if (vlen < 5) { TooShort(o); break; }
                o.Hex(f.U16(v), 4); o.Write(", "u8);
                o.Hex(f.U16(v + 2), 4); o.Char(' ');
                CcDirections.Print(o, f.U8(v + 4), "Direction-#%u");
                if (vlen > 5) { o.Char(' '); Chars(ref f, v + 5, vlen - 5); }
                break;
        }
    }

    private static void TooShort(TextOut o) => o.Write("AVP too short"u8);

    private static void Chars(ref Frame f, int p, int n)
    {
        for (int i = 0; i < n; i++) TextProto.PrintChar(f.Out, f.Data[p + i]);
    }

    private static void Octets(ref Frame f, int p, int n)
    {
        for (int i = 0; i < n; i++) f.Out.Hex2(f.Data[p + i]);
    }
}
