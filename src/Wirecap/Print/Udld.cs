namespace Wirecap.Print;

/// <summary>
/// Cisco UniDirectional Link Detection (print-udld.c), SNAP OUI 00-00-0c PID 0x0111.
/// <code>
/// +---------+-----------+-------+----------+
/// | ver (3) | opcode (5)| flags | checksum |   then TLVs:
/// +---------+-----------+-------+----------+   +--------+------------------------+-------+
///                                              | type(2)| length (2, incl. 4)    | value |
///                                              +--------+------------------------+-------+
/// </code>
/// print-udld.c defines ND_LONGJMP_FROM_TCHECK: a missing byte ends the packet with " [|udld]".
/// </summary>
public static class Udld
{
    private const int HeaderLength = 4, TlvHeaderLength = 4;
    private const int DeviceIdTlv = 1, PortIdTlv = 2, EchoTlv = 3, MessageIntervalTlv = 4, TimeoutIntervalTlv = 5,
        DeviceNameTlv = 6, SeqNumberTlv = 7;

    private static readonly Tok TlvNames = new(
        (DeviceIdTlv, "Device-ID TLV"), (PortIdTlv, "Port-ID TLV"), (EchoTlv, "Echo TLV"),
        (MessageIntervalTlv, "Message Interval TLV"), (TimeoutIntervalTlv, "Timeout Interval TLV"),
        (DeviceNameTlv, "Device Name TLV"), (SeqNumberTlv, "Sequence Number TLV"));

    private static readonly Tok Codes = new((0x00, "Reserved"), (0x01, "Probe message"), (0x02, "Echo message"), (0x03, "Flush message"));

    private static readonly Tok Flags = new(
        (1 << 0, "RT"), (1 << 1, "RSY"), (1 << 2, "MBZ-2"), (1 << 3, "MBZ-3"), (1 << 4, "MBZ-4"), (1 << 5, "MBZ-5"),
        (1 << 6, "MBZ-6"), (1 << 7, "MBZ-7"));

    /// <summary>udld_print: p is the UDLD header, length what follows the SNAP header on the wire.</summary>
    public static void Print(ref Frame f, int p, int length)
    {
        f.Proto = "udld";
        var o = f.Out;
        uint left = (uint)length;
        if (left < HeaderLength) { f.Invalid(p, left); return; }

        int first = f.U8(p), flags = f.U8(p + 1);
        if (f.Truncated) return;
        int version = (first & 0xe0) >> 5, code = first & 0x1f;
        p += 2;
        left -= 2;
        o.Write("UDLDv"u8); o.Dec(version);
        o.Write(", Code "u8); Codes.Print(o, (uint)code, "Reserved");
        o.Write(" ("u8); o.Hex((uint)code); o.Write("), Flags ["u8); Flags.Bits(o, (uint)flags, "none");
        o.Write("] (0x"u8); o.Hex2((byte)flags); o.Write("), length "u8); o.Dec(left + 2);

        // without -v only the version and opcode
        if (f.Opt.Verbose < 1)
        {
            f.Need(p, (int)Math.Min(left, int.MaxValue));
            return;
        }

        int checksum = f.U16(p);
        if (f.Truncated) return;
        o.Write("\n\tChecksum 0x"u8); o.Hex((uint)checksum, 4); o.Write(" (unverified)"u8);
        p += 2;
        left -= 2;

        while (left > 0 && !f.Truncated)
        {
            if (left < TlvHeaderLength) { f.Invalid(p, left); return; }
            int type = f.U16(p);
            int len = f.U16(p + 2);
            if (f.Truncated) return;
            p += TlvHeaderLength;
            left -= TlvHeaderLength;
            o.Write("\n\t"u8); TlvNames.Print(o, (uint)type, "Unknown");
            o.Write(" (0x"u8); o.Hex((uint)type, 4); o.Write(") TLV, length "u8); o.Dec(len);

            // a length that covers no value would loop forever
            if (len <= TlvHeaderLength) { f.Invalid(p, left); return; }
            len -= TlvHeaderLength;
            if (left < len) { f.Invalid(p, left); return; }

            switch (type)
            {
                case DeviceIdTlv:
                case PortIdTlv:
                case DeviceNameTlv:
                    o.Write(", "u8);
                    TextProto.PrintJnp(ref f, p, len);
                    break;
                case EchoTlv:
                    o.Write(", "u8);
                    Lldp.PrintN(ref f, p, len);
                    break;
                case MessageIntervalTlv:
                case TimeoutIntervalTlv:
                {
                    if (len != 1) { f.Invalid(p, left); return; }
                    int seconds = f.U8(p);
                    if (f.Truncated) return;
                    o.Write(", "u8); o.Dec(seconds); o.Char('s');
                    break;
                }
                case SeqNumberTlv:
                {
                    if (len != 4) { f.Invalid(p, left); return; }
                    uint seq = f.U32(p);
                    if (f.Truncated) return;
                    o.Write(", "u8); o.Dec(seq);
                    break;
                }
                default:
                    if (!f.Need(p, len)) return;
                    break;
            }
            p += len;
            left -= (uint)len;
        }
    }
}
