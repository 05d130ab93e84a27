namespace Wirecap.Print;

/// <summary>
/// PTP, IEEE 1588 (print-ptp.c): over UDP ports 319 and 320, and EtherType 0x88f7. Version 2
/// messages only; the 34-byte common header:
/// <code>
///  0                   1                   2                   3
/// +-------+-------+-------+-------+-------------------------------+
/// |  tS   |msgType|  rsv  |version|         messageLength         |
/// +---------------+---------------+-------------------------------+
/// | domainNumber  |   reserved    |           flagField           |
/// +---------------+---------------+-------------------------------+
/// |           correctionField (48-bit ns, 16-bit sub-ns)          |
/// +---------------------------------------------------------------+
/// |                          reserved                             |
/// +---------------------------------------------------------------+
/// |              sourcePortIdentity: clock identity (8)           |
/// +-------------------------------+-------------------------------+
/// |          port number          |          sequenceId           |
/// +---------------+---------------+-------------------------------+
/// | controlField  | logMessageInt |   message body ...
/// </code>
/// </summary>
public static class Ptp
{
    public const int EventPort = 319, GeneralPort = 320, EtherTypePtp = 0x88f7;
    private const int HeaderLength = 34;
    private const int Sync = 0x0, DelayReq = 0x1, PdelayReq = 0x2, PdelayResp = 0x3, FollowUp = 0x8, DelayResp = 0x9,
        PdelayRespFollowUp = 0xa, Announce = 0xb, Signalling = 0xc, Management = 0xd;

    private static readonly Tok MessageTypes = new((Sync, "sync msg"), (DelayReq, "delay req msg"),
        (PdelayReq, "peer delay req msg"), (PdelayResp, "peer delay resp msg"), (FollowUp, "follow up msg"),
        (DelayResp, "delay resp msg"), (PdelayRespFollowUp, "pdelay resp fup msg"), (Announce, "announce msg"),
        (Signalling, "signalling msg"), (Management, "management msg"));
    private static readonly Tok ControlField = new((0, "Sync"), (1, "Delay_Req"), (2, "Follow_Up"), (3, "Delay_Resp"),
        (4, "Management"), (5, "Other"));
    private static readonly Tok Flags = new((0x1, "l1 61"), (0x2, "l1 59"), (0x4, "utc reasonable"), (0x8, "timescale"),
        (0x10, "time tracable"), (0x20, "frequency tracable"), (0x100, "alternate master"), (0x200, "two step"),
        (0x400, "unicast"), (0x1000, "profile specific 1"), (0x2000, "profile specific 2"), (0x4000, "security mask"),
        (0x18c0, "unknown"));

    /// <summary>ptp_print: the message at bp, length bytes.</summary>
    public static void Print(ref Frame f, int bp, int length)
    {
        f.Proto = "ptp";
        var o = f.Out;
        if (length < HeaderLength)
        {
            Dec(o, " [length "u8, length); o.Write(" < 34] (invalid)"u8);
            return;
        }
        int version = f.U16(bp) & 0xff;
        if (f.Truncated) return;
        Dec(o, "PTPv"u8, version);
        if (version == 1) o.Write(" (not implemented)"u8);
        else if (version == 2) PrintV2(ref f, bp);
    }

    private static void PrintV2(ref Frame f, int bp)
    {
        var o = f.Out;
        int first = f.U8(bp);
        int type = first & 0x0f;
        o.Write(", v1 compat : "u8); o.Write((first & 0x10) != 0 ? "yes"u8 : "no"u8);
        o.Write(", msg type : "u8); MessageTypes.Print(o, (uint)type, "Reserved");
        Dec(o, ", length : "u8, f.U16(bp + 2));
        // Domain and reserved byte are both taken from one 16-bit read.
        Dec(o, ", domain : "u8, f.U16(bp + 4) >> 8);
        Dec(o, ", reserved1 : "u8, f.U16(bp + 4) & 0xff);
        int flags = f.U16(bp + 6);
        o.Write(", Flags ["u8); Flags.Bits(o, (uint)flags, "none"); o.Char(']');
        Dec(o, ", NS correction : "u8, U48(ref f, bp + 8));
        Dec(o, ", sub NS correction : "u8, f.U16(bp + 14));
        Dec(o, ", reserved2 : "u8, f.U32(bp + 16));
        Hex(o, ", clock identity : 0x"u8, f.U64(bp + 20));
        Dec(o, ", port id : "u8, f.U16(bp + 28));
        Dec(o, ", seq id : "u8, f.U16(bp + 30));
        int control = f.U8(bp + 32);
        Dec(o, ", control : "u8, control); o.Write(" ("u8); ControlField.Print(o, (uint)control, "Reserved"); o.Char(')');
        Dec(o, ", log message interval : "u8, f.U16(bp + 32) & 0xff);
        if (f.Truncated) return;

        int body = bp + HeaderLength;
        switch (type)
        {
            case Sync:
            case DelayReq: Timestamp(ref f, body, "originTimeStamp"); break;
            case FollowUp: Timestamp(ref f, body, "preciseOriginTimeStamp"); break;
            case PdelayReq:
            case PdelayRespFollowUp: TimestampIdentity(ref f, body, "preciseOriginTimeStamp"); break;
            case PdelayResp:
            case DelayResp: TimestampIdentity(ref f, body, "receiveTimeStamp"); break;
            case Announce: AnnouncePrint(ref f, body); break;
            case Signalling: PortIdentity(ref f, body); break;
            case Management: ManagementPrint(ref f, body); break;
        }
    }

    /// <summary>The label and the value, the value read first: a read past the capture prints neither (tcpdump's order).</summary>
    private static void Dec(TextOut o, ReadOnlySpan<byte> label, ulong value) { o.Write(label); o.Dec(value); }

    private static void Dec(TextOut o, ReadOnlySpan<byte> label, int value) { o.Write(label); o.Dec(value); }

    private static void Hex(TextOut o, ReadOnlySpan<byte> label, ulong value) { o.Write(label); o.Hex(value); }

    private static ulong U48(ref Frame f, int at) => (ulong)f.U16(at) << 32 | f.U32(at + 2);

    /// <summary>A timestamp: 48-bit seconds, 32-bit nanoseconds.</summary>
    private static void Timestamp(ref Frame f, int bp, string name)
    {
        var o = f.Out;
        o.Write(", "u8); o.Write(name); o.Write(" :"u8);
        Dec(o, " "u8, U48(ref f, bp)); o.Write(" seconds,"u8);
        Dec(o, " "u8, f.U32(bp + 6)); o.Write(" nanoseconds"u8);
    }

    /// <summary>A timestamp and the requesting port identity.</summary>
    private static void TimestampIdentity(ref Frame f, int bp, string name)
    {
        Timestamp(ref f, bp, name);
        PortIdentity(ref f, bp + 10);
    }

    /// <summary>A port identity: clock identity and port number.</summary>
    private static void PortIdentity(ref Frame f, int bp)
    {
        var o = f.Out;
        Hex(o, ", port identity : 0x"u8, f.U64(bp));
        Dec(o, ", port id : "u8, f.U16(bp + 8));
    }

    private static void AnnouncePrint(ref Frame f, int bp)
    {
        var o = f.Out;
        // Unlike the other timestamps, no comma after the seconds.
        o.Write(", originTimeStamp :"u8);
        Dec(o, " "u8, U48(ref f, bp)); o.Write(" seconds"u8);
        Dec(o, " "u8, f.U32(bp + 6)); o.Write(" nanoseconds"u8);
        Dec(o, ", origin cur utc :"u8, f.U16(bp + 10));
        Dec(o, ", rsvd : "u8, f.U8(bp + 12));
        Dec(o, ", gm priority_1 : "u8, f.U8(bp + 13));
        Dec(o, ", gm clock class : "u8, f.U8(bp + 14));
        Dec(o, ", gm clock accuracy : "u8, f.U8(bp + 15));
        Dec(o, ", gm clock variance : "u8, f.U16(bp + 16));
        Dec(o, ", gm priority_2 : "u8, f.U8(bp + 18));
        Hex(o, ", gm clock id : 0x"u8, f.U64(bp + 19));
        Dec(o, ", steps removed : "u8, f.U16(bp + 27));
        Hex(o, ", time source : 0x"u8, f.U8(bp + 29));
    }

    /// <summary>
    /// The target port identity, then four one-byte fields that tcpdump reads all from the same
    /// place (the first byte of the port identity) and labels with a doubled comma: kept as printed.
    /// </summary>
    private static void ManagementPrint(ref Frame f, int bp)
    {
        var o = f.Out;
        PortIdentity(ref f, bp);
        int b = f.U8(bp);
        Dec(o, ", , start boundary hops  "u8, b);
        Dec(o, ", , boundary hops  "u8, b);
        Hex(o, ", , flags  0x"u8, (uint)b);
        Hex(o, ", , reserved  0x"u8, (uint)b);
    }
}
