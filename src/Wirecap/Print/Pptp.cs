namespace Wirecap.Print;

/// <summary>
/// PPTP control connection (print-pptp.c, RFC 2637): a 12-byte header (length, message type, magic
/// cookie 0x1a2b3c4d, control message type) and then the message's fields, each as NAME(value).
/// </summary>
public static class Pptp
{
    private const uint MagicCookie = 0x1a2b3c4d;
    private const int Sccrq = 1, Sccrp = 2, StopCcrq = 3, StopCcrp = 4, EchoRq = 5, EchoRp = 6, Ocrq = 7, Ocrp = 8,
        Icrq = 9, Icrp = 10, Iccn = 11, Ccrq = 12, Cdn = 13, Wen = 14, Sli = 15;

    private static readonly string[] MessageTypes =
        ["NOT_DEFINED", "SCCRQ", "SCCRP", "StopCCRQ", "StopCCRP", "ECHORQ", "ECHORP", "OCRQ", "OCRP", "ICRQ", "ICRP",
         "ICCN", "CCRQ", "CDN", "WEN", "SLI"];

    private static readonly Tok BearerTypes = new((1, "A"), (2, "D"), (3, "Any"));
    private static readonly Tok FramingTypes = new((1, "A"), (2, "S"), (3, "E"));
    private static readonly Tok ErrorCodes = new((0, "None"), (1, "Not-Connected"), (2, "Bad-Format"), (3, "Bad-Value"),
        (4, "No-Resource"), (5, "Bad-Call-ID"), (6, "PAC-Error"));
    private static readonly Tok SccrpResults = new((1, "Successful channel establishment"), (2, "General error"),
        (3, "Command channel already exists"), (4, "Requester is not authorized to establish a command channel"),
        (5, "The protocol version of the requester is not supported"));
    private static readonly Tok EchoRpResults = new((1, "OK"), (2, "General Error"));
    private static readonly Tok OcrpResults = new((1, "Connected"), (2, "General Error"), (3, "No Carrier"), (4, "Busy"),
        (5, "No Dial Tone"), (6, "Time-out"), (7, "Do Not Accept"));
    private static readonly Tok IcrpResults = new((1, "Connect"), (2, "General Error"), (3, "Do Not Accept"));
    private static readonly Tok CdnResults = new((1, "Lost Carrier"), (2, "General Error"), (3, "Admin Shutdown"), (4, "Request"));

    /// <summary>pptp_print: the message at dat.</summary>
    public static void Print(ref Frame f, int dat)
    {
        f.Proto = "pptp";
        var o = f.Out;
        bool v = f.Opt.Verbose > 0;
        o.Write(": pptp"u8);
        if (v) { int len = f.U16(dat); o.Write(" Length="u8); o.Dec(len); }
        if (v)
        {
            int type = f.U16(dat + 2);
            o.Write(type switch { 1 => " CTRL-MSG"u8, 2 => " MGMT-MSG"u8, _ => " UNKNOWN-MSG-TYPE"u8 });
        }
        uint mc = f.U32(dat + 4);
        if (mc != MagicCookie) { o.Write(" UNEXPECTED Magic-Cookie!!("u8); o.Hex(mc, 8); o.Char(')'); }
        if (v || mc != MagicCookie) { o.Write(" Magic-Cookie="u8); o.Hex(mc, 8); }
        int ctrl = f.U16(dat + 8);
        if (ctrl < MessageTypes.Length) { o.Write(" CTRL_MSGTYPE="u8); o.Write(MessageTypes[ctrl]); }
        else { o.Write(" UNKNOWN_CTRL_MSGTYPE("u8); o.Dec(ctrl); o.Char(')'); }
        Reserved2(ref f, dat + 10);
        int p = dat + 12;
        switch (ctrl)
        {
            case Sccrq:
                ProtoVersion(ref f, p); Reserved2(ref f, p + 2); FramingCap(ref f, p + 4); BearerCap(ref f, p + 8);
                U16(ref f, " MAX_CHAN("u8, p + 12); U16(ref f, " FIRM_REV("u8, p + 14);
                Text(ref f, " HOSTNAME("u8, p + 16, 64); Text(ref f, " VENDOR("u8, p + 80, 64);
                break;
            case Sccrp:
                ProtoVersion(ref f, p); Result(ref f, p + 2, SccrpResults); Error(ref f, p + 3); FramingCap(ref f, p + 4);
                BearerCap(ref f, p + 8); U16(ref f, " MAX_CHAN("u8, p + 12); U16(ref f, " FIRM_REV("u8, p + 14);
                Text(ref f, " HOSTNAME("u8, p + 16, 64); Text(ref f, " VENDOR("u8, p + 80, 64);
                break;
            case StopCcrq:
                {
                    int reason = f.U8(p);
                    o.Write(" REASON("u8); o.Dec(reason);
                    if (v) o.Write(reason switch { 1 => ":None"u8, 2 => ":Stop-Protocol"u8, 3 => ":Stop-Local-Shutdown"u8, _ => ":?"u8 });
                    o.Char(')');
                    Reserved1(ref f, p + 1); Reserved2(ref f, p + 2);
                    break;
                }
            case StopCcrp:
                Result(ref f, p, EchoRpResults); Error(ref f, p + 1); Reserved2(ref f, p + 2);
                break;
            case EchoRq:
                U32(ref f, " ID("u8, p);
                break;
            case EchoRp:
                U32(ref f, " ID("u8, p); Result(ref f, p + 4, EchoRpResults); Error(ref f, p + 5); Reserved2(ref f, p + 6);
                break;
            case Ocrq:
                {
                    U16(ref f, " CALL_ID("u8, p); U16(ref f, " CALL_SER_NUM("u8, p + 2);
                    U32(ref f, " MIN_BPS("u8, p + 4); U32(ref f, " MAX_BPS("u8, p + 8);
                    BearerType(ref f, p + 12); FramingType(ref f, p + 16);
                    U16(ref f, " RECV_WIN("u8, p + 20); U16(ref f, " PROC_DELAY("u8, p + 22);
                    U16(ref f, " PHONE_NO_LEN("u8, p + 24); Reserved2(ref f, p + 26);
                    int n = f.U16(p + 24);
                    Text(ref f, " PHONE_NO("u8, p + 28, Math.Min(64, n)); Text(ref f, " SUB_ADDR("u8, p + 92, 64);
                    break;
                }
            case Ocrp:
                U16(ref f, " CALL_ID("u8, p); U16(ref f, " PEER_CALL_ID("u8, p + 2); Result(ref f, p + 4, OcrpResults);
                Error(ref f, p + 5); U16(ref f, " CAUSE_CODE("u8, p + 6); U32(ref f, " CONN_SPEED("u8, p + 8);
                U16(ref f, " RECV_WIN("u8, p + 12); U16(ref f, " PROC_DELAY("u8, p + 14); U32(ref f, " PHY_CHAN_ID("u8, p + 16);
                break;
            case Icrq:
                {
                    U16(ref f, " CALL_ID("u8, p); U16(ref f, " CALL_SER_NUM("u8, p + 2); BearerType(ref f, p + 4);
                    U32(ref f, " PHY_CHAN_ID("u8, p + 8);
                    U16(ref f, " DIALED_NO_LEN("u8, p + 12); U16(ref f, " DIALING_NO_LEN("u8, p + 14);
                    int dialed = f.U16(p + 12);
                    Text(ref f, " DIALED_NO("u8, p + 16, Math.Min(64, dialed));
                    int dialing = f.U16(p + 14);
                    Text(ref f, " DIALING_NO("u8, p + 80, Math.Min(64, dialing));
                    Text(ref f, " SUB_ADDR("u8, p + 144, 64);
                    break;
                }
            case Icrp:
                U16(ref f, " CALL_ID("u8, p); U16(ref f, " PEER_CALL_ID("u8, p + 2); Result(ref f, p + 4, IcrpResults);
                Error(ref f, p + 5); U16(ref f, " RECV_WIN("u8, p + 6); U16(ref f, " PROC_DELAY("u8, p + 8); Reserved2(ref f, p + 10);
                break;
            case Iccn:
                U16(ref f, " PEER_CALL_ID("u8, p); Reserved2(ref f, p + 2); U32(ref f, " CONN_SPEED("u8, p + 4);
                U16(ref f, " RECV_WIN("u8, p + 8); U16(ref f, " PROC_DELAY("u8, p + 10); FramingType(ref f, p + 12);
                break;
            case Ccrq:
                U16(ref f, " CALL_ID("u8, p); Reserved2(ref f, p + 2);
                break;
            case Cdn:
                U16(ref f, " CALL_ID("u8, p); Result(ref f, p + 2, CdnResults); Error(ref f, p + 3);
                U16(ref f, " CAUSE_CODE("u8, p + 4); Reserved2(ref f, p + 6); Text(ref f, " CALL_STATS("u8, p + 8, 128);
                break;
            case Wen:
                U16(ref f, " PEER_CALL_ID("u8, p); Reserved2(ref f, p + 2);
                U32(ref f, " CRC_ERR("u8, p + 4); U32(ref f, " FRAMING_ERR("u8, p + 8); U32(ref f, " HARDWARE_OVERRUN("u8, p + 12);
                U32(ref f, " BUFFER_OVERRUN("u8, p + 16); U32(ref f, " TIMEOUT_ERR("u8, p + 20); U32(ref f, " ALIGN_ERR("u8, p + 24);
                break;
            case Sli:
                {
                    U16(ref f, " PEER_CALL_ID("u8, p); Reserved2(ref f, p + 2);
                    uint send = f.U32(p + 4);
                    o.Write(" SEND_ACCM(0x"u8); o.Hex(send, 8); o.Char(')');
                    uint recv = f.U32(p + 8);
                    o.Write(" RECV_ACCM(0x"u8); o.Hex(recv, 8); o.Char(')');
                    break;
                }
        }
    }

    private static void U16(ref Frame f, ReadOnlySpan<byte> label, int p)
    {
        int v = f.U16(p);
        f.Out.Write(label); f.Out.Dec(v); f.Out.Char(')');
    }

    private static void U32(ref Frame f, ReadOnlySpan<byte> label, int p)
    {
        uint v = f.U32(p);
        f.Out.Write(label); f.Out.Dec(v); f.Out.Char(')');
    }

    private static void Reserved1(ref Frame f, int p)
    {
        int v = f.U8(p);
        if (v != 0) { f.Out.Write(" [ERROR: reserved="u8); f.Out.Dec(v); f.Out.Write(" must be zero]"u8); }
    }

    private static void Reserved2(ref Frame f, int p)
    {
        int v = f.U16(p);
        if (v != 0) { f.Out.Write(" [ERROR: reserved="u8); f.Out.Dec(v); f.Out.Write(" must be zero]"u8); }
    }

    private static void ProtoVersion(ref Frame f, int p)
    {
        int v = f.U16(p);
        f.Out.Write(" PROTO_VER("u8); f.Out.Dec(v >> 8); f.Out.Char('.'); f.Out.Dec(v & 0xff); f.Out.Char(')');
    }

    private static void FramingCap(ref Frame f, int p)
    {
        uint v = f.U32(p);
        f.Out.Write(" FRAME_CAP("u8);
        if ((v & 1) != 0) f.Out.Char('A');
        if ((v & 2) != 0) f.Out.Char('S');
        f.Out.Char(')');
    }

    private static void BearerCap(ref Frame f, int p)
    {
        uint v = f.U32(p);
        f.Out.Write(" BEARER_CAP("u8);
        if ((v & 2) != 0) f.Out.Char('D');
        if ((v & 1) != 0) f.Out.Char('A');
        f.Out.Char(')');
    }

    private static void BearerType(ref Frame f, int p)
    {
        uint v = f.U32(p);
        f.Out.Write(" BEARER_TYPE("u8); BearerTypes.Print(f.Out, v, "?"); f.Out.Char(')');
    }

    private static void FramingType(ref Frame f, int p)
    {
        uint v = f.U32(p);
        f.Out.Write(" FRAME_TYPE("u8); FramingTypes.Print(f.Out, v, "?"); f.Out.Char(')');
    }

    private static void Result(ref Frame f, int p, Tok names)
    {
        int v = f.U8(p);
        f.Out.Write(" RESULT_CODE("u8); f.Out.Dec(v);
        if (f.Opt.Verbose > 0) { f.Out.Char(':'); names.Print(f.Out, (uint)v, "?"); }
        f.Out.Char(')');
    }

    private static void Error(ref Frame f, int p)
    {
        int v = f.U8(p);
        f.Out.Write(" ERR_CODE("u8); f.Out.Dec(v);
        if (f.Opt.Verbose > 0) { f.Out.Char(':'); ErrorCodes.Print(f.Out, (uint)v, "?"); }
        f.Out.Char(')');
    }

    /// <summary>LABEL(text) with nd_printjnp: up to n bytes, ending at a NUL.</summary>
    private static void Text(ref Frame f, ReadOnlySpan<byte> label, int p, int n)
    {
        f.Out.Write(label);
        for (; n > 0; n--, p++)
        {
            byte c = f.U8(p);
            if (f.Truncated || c == 0) break;
            TextProto.PrintChar(f.Out, c);
        }
        f.Out.Char(')');
    }
}
