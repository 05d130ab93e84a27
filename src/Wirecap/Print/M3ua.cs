namespace Wirecap.Print;

/// <summary>
/// M3UA (print-m3ua.c, RFC 4666) in an SCTP DATA chunk: message class and type, then the parameters
/// by name, with the value of the 32-bit ones.
/// </summary>
public static class M3ua
{
    private const int HeaderLength = 8, ParamHeaderLength = 4, Release1 = 1;

    private static readonly Tok Classes = new((0, "Management"), (1, "Transfer"), (2, "SS7"), (3, "ASP"), (4, "ASP"),
        (9, "Routing Key Management"));
    private static readonly Tok ManagementMessages = new((0, "Error"), (1, "Notify"));
    private static readonly Tok TransferMessages = new((1, "Data"));
    private static readonly Tok Ss7Messages = new((1, "Destination Unavailable"), (2, "Destination Available"),
        (3, "Destination State Audit"), (4, "Signalling Congestion"), (5, "Destination User Part Unavailable"),
        (6, "Destination Restricted"));
    private static readonly Tok AspStateMessages = new((1, "Up"), (2, "Down"), (3, "Heartbeat"), (4, "Up Acknowledgement"),
        (5, "Down Acknowledgement"), (6, "Heartbeat Acknowledgement"));
    private static readonly Tok AspTrafficMessages = new((1, "Active"), (2, "Inactive"), (3, "Active Acknowledgement"),
        (4, "Inactive Acknowledgement"));
    private static readonly Tok RoutingKeyMessages = new((1, "Registration Request"), (2, "Registration Response"),
        (3, "Deregistration Request"), (4, "Deregistration Response"));
    private const int NetworkAppearance = 0x0200, RoutingContext = 0x0006, CorrelationId = 0x0013;
    private static readonly Tok Params = new((0x0004, "INFO String"), (RoutingContext, "Routing Context"),
        (0x0007, "Diagnostic Info"), (0x0009, "Heartbeat Data"), (0x000b, "Traffic Mode Type"), (0x000c, "Error Code"),
        (0x000d, "Status"), (0x0011, "ASP Identifier"), (0x0012, "Affected Point Code"), (CorrelationId, "Correlation ID"),
        (NetworkAppearance, "Network Appearance"), (0x0204, "User/Cause"), (0x0205, "Congestion Indications"),
        (0x0206, "Concerned Destination"), (0x0207, "Routing Key"), (0x0208, "Registration Result"),
        (0x0209, "Deregistration Result"), (0x020a, "Local Routing Key Identifier"), (0x020b, "Destination Point Code"),
        (0x020c, "Service Indicators"), (0x020e, "Originating Point Code List"), (0x0210, "Protocol Data"),
        (0x0212, "Registration Status"), (0x0213, "Deregistration Status"));

    private static Tok? MessagesOf(int messageClass) => messageClass switch
    {
        0 => ManagementMessages,
        1 => TransferMessages,
        2 => Ss7Messages,
        3 => AspStateMessages,
        4 => AspTrafficMessages,
        9 => RoutingKeyMessages,
        _ => null,
    };

    /// <summary>m3ua_print: the message at p, size bytes (the DATA chunk's payload).</summary>
    public static void Print(ref Frame f, int p, int size)
    {
        f.Proto = "m3ua";
        var o = f.Out;
        if (size < HeaderLength) { f.Invalid(p, size); return; }
        if (!f.Need(p, HeaderLength)) return;
        if (f.Data[p] != Release1) return;
        int messageClass = f.Data[p + 2];
        o.Write("\n\t\t"u8); Classes.Print(o, (uint)messageClass, "Unknown message class %i");
        if (MessagesOf(messageClass) is { } messages)
        {
            o.Char(' '); messages.Print(o, f.Data[p + 3], "Unknown (0x%02x)"); o.Write(" Message"u8);
        }
        uint length = f.U32(p + 4);
        if ((uint)size != length)
        {
            o.Write("\n\t\t\t@@@@@@ Corrupted length "u8); o.Dec(length); o.Write(" of message @@@@@@"u8);
            return;
        }
        Parameters(ref f, p + HeaderLength, (int)length - HeaderLength);
    }

    /// <summary>m3ua_tags_print: tag, length and value of each parameter, each padded to 4 bytes.</summary>
    private static void Parameters(ref Frame f, int buf, int size)
    {
        var o = f.Out;
        int end = buf + size;
        for (int q = buf; q < end;)
        {
            if (q + ParamHeaderLength > end) { f.Invalid(buf, size); return; }
            int tag = f.U16(q);
            if (f.Truncated) return;
            o.Write("\n\t\t\t"u8); Params.Print(o, (uint)tag, "Unknown Parameter (0x%04x)"); o.Write(": "u8);
            int len = f.U16(q + 2);
            if (f.Truncated) return;
            if (len < ParamHeaderLength) { f.Invalid(buf, size); return; }
            int align = (q + len - buf) % 4;
            align = align != 0 ? 4 - align : 0;
            if (!f.Need(q, len + align)) return;
            Value(ref f, q, tag, len - ParamHeaderLength);
            if (f.Truncated) return;
            q += len + align;
        }
    }

    /// <summary>
    /// tag_value_print. tcpdump hands it the parameter's header rather than its value, so the 32-bit
    /// "values" it prints are the tag and length words; this prints the same.
    /// </summary>
    private static void Value(ref Frame f, int q, int tag, int size)
    {
        var o = f.Out;
        switch (tag)
        {
            case NetworkAppearance:
            case RoutingContext:
            case CorrelationId:
                if (size < 4) { f.Invalid(q, size); return; }
                o.Write("0x"u8); o.Hex(f.U32(q), 8);
                break;
            default:
                o.Write("(length "u8); o.Dec(size + ParamHeaderLength); o.Char(')');
                break;
        }
        f.Need(q, size);
    }
}
