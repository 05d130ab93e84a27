namespace Wirecap.Print;

/// <summary>
/// Cisco VLAN Query Protocol (print-vqp.c, UDP 1589): a switch asks a VMPS server which VLAN a
/// port's MAC address belongs to.
/// <code>
/// | version(1) | msg type | error code | nitems |
/// | sequence number (4)                        |
/// then nitems objects: | type (4) | length (2) | value |
/// </code>
/// print-vqp.c defines ND_LONGJMP_FROM_TCHECK: a missing byte ends the packet with " [|vqp]".
/// </summary>
public static class Vqp
{
    public const int Port = 1589;

    private const int HeaderLength = 8, ObjectHeaderLength = 6;

    private static readonly Tok MessageTypes = new(
        (0x01, "Request, Join Port"), (0x02, "Response, VLAN"), (0x03, "Request, Reconfirm"), (0x04, "Response, Reconfirm"));

    private static readonly Tok ErrorCodes = new(
        (0x00, "No error"), (0x03, "Access denied"), (0x04, "Shutdown port"), (0x05, "Wrong VTP domain"));

    private const uint IpAddress = 0x0c01, PortName = 0x0c02, VlanName = 0x0c03, VtpDomain = 0x0c04,
        EthernetPacket = 0x0c05, MacNull = 0x0c06, MacAddress = 0x0c08;

    private static readonly Tok Objects = new(
        (IpAddress, "Client IP Address"), (PortName, "Port Name"), (VlanName, "VLAN Name"), (VtpDomain, "VTP Domain"),
        (EthernetPacket, "Ethernet Packet"), (MacNull, "MAC Null"), (MacAddress, "MAC Address"));

    /// <summary>vqp_print: p is the UDP payload, length its length on the wire.</summary>
    public static void Print(ref Frame f, int p, int length)
    {
        f.Proto = "vqp";
        var o = f.Out;
        if (!f.Need(p, HeaderLength)) return;
        if (length < HeaderLength) { o.Write(" (invalid)"u8); return; }
        int version = f.U8(p);
        if (version != 1)
        {
            o.Write("VQP version "u8); o.Dec(version); o.Write(" packet not supported"u8);
            return;
        }

        int type = f.U8(p + 1), error = f.U8(p + 2);
        if (f.Opt.Verbose < 1)
        {
            o.Write("VQPv"u8); o.Dec(version); o.Char(' ');
            MessageTypes.Print(o, (uint)type, "unknown (%u)");
            o.Write(" Message, error-code "u8); ErrorCodes.Print(o, (uint)error, "unknown");
            o.Write(" ("u8); o.Dec(error); o.Write("), length "u8); o.Dec(length);
            return;
        }

        int nitems = f.U8(p + 3);
        o.Write("\n\tVQPv"u8); o.Dec(version); o.Write(", "u8);
        MessageTypes.Print(o, (uint)type, "unknown (%u)");
        o.Write(" Message, error-code "u8); ErrorCodes.Print(o, (uint)error, "unknown");
        o.Write(" ("u8); o.Dec(error); o.Write("), seq 0x"u8); o.Hex(f.U32(p + 4), 8);
        o.Write(", items "u8); o.Dec(nitems); o.Write(", length "u8); o.Dec(length);

        int t = p + HeaderLength;
        uint left = (uint)length - HeaderLength;
        while (nitems != 0 && left != 0)
        {
            if (!f.Need(t, ObjectHeaderLength)) return;
            if (left < ObjectHeaderLength) { o.Write(" (invalid)"u8); return; }
            uint objType = f.U32(t);
            int objLen = f.U16(t + 4);
            t += ObjectHeaderLength;
            left -= ObjectHeaderLength;

            o.Write("\n\t  "u8); Objects.Print(o, objType, "Unknown");
            o.Write(" Object (0x"u8); o.Hex(objType, 8); o.Write("), length "u8); o.Dec(objLen); o.Write(", value: "u8);

            if (objType == 0 || objLen == 0) return;
            if (!f.Need(t, objLen)) return;
            if (objLen > left) { o.Write(" (invalid)"u8); return; }

            switch (objType)
            {
                case IpAddress:
                    if (objLen != 4) { o.Write(" (invalid)"u8); return; }
                    f.Ctx.Names.IPv4(o, f.Data.Slice(t, 4));
                    o.Write(" (0x"u8); o.Hex(f.U32(t), 8); o.Char(')');
                    break;
                case PortName:
                case VlanName:
                case VtpDomain:
                case EthernetPacket:
                    TextProto.PrintJnp(ref f, t, objLen);
                    break;
                case MacAddress:
                case MacNull:
                    if (objLen != 6) { o.Write(" (invalid)"u8); return; }
                    f.Ctx.Names.Mac(o, f.Data.Slice(t, 6));
                    break;
                default:
                    if (f.Opt.Verbose <= 1) HexDump.UnknownData(ref f, t, "\n\t    "u8, objLen);
                    break;
            }
            t += objLen;
            left -= (uint)objLen;
            nitems--;
        }
    }
}
