namespace Wirecap.Print;

/// <summary>
/// Cisco Dynamic Trunking Protocol (print-dtp.c), SNAP OUI 00-00-0c PID 0x2004: a version byte,
/// then TLVs of type (2), length (2, including the 4-byte header) and value.
/// print-dtp.c defines ND_LONGJMP_FROM_TCHECK: a missing byte ends the packet with " [|dtp]".
/// </summary>
public static class Dtp
{
    private const int DomainTlv = 1, StatusTlv = 2, DtpTypeTlv = 3, NeighborTlv = 4;

    private static readonly Tok TlvNames = new((DomainTlv, "Domain"), (StatusTlv, "Status"), (DtpTypeTlv, "DTP type"), (NeighborTlv, "Neighbor"));

    /// <summary>dtp_print: p is the DTP header, length what follows the SNAP header on the wire.</summary>
    public static void Print(ref Frame f, int p, int length)
    {
        f.Proto = "dtp";
        var o = f.Out;
        uint left = (uint)length;
        if (left < 1)
        {
            o.Write("[zero packet length]"u8);
            f.Invalid(p, left);
            return;
        }
        int version = f.U8(p);
        if (f.Truncated) return;
        o.Write("DTPv"u8); o.Dec(version); o.Write(", length "u8); o.Dec(left);

        // without -v only the version
        if (f.Opt.Verbose < 1) return;

        p += 1;
        left -= 1;
        while (left > 0 && !f.Truncated)
        {
            if (left < 4)
            {
                o.Char('['); o.Dec(left); o.Write(" bytes remaining]"u8);
                f.Invalid(p, left);
                return;
            }
            int type = f.U16(p), len = f.U16(p + 2);
            if (f.Truncated) return;
            // a zero type happens in real captures: it ends the list
            if (type == 0) return;
            o.Write("\n\t"u8); TlvNames.Print(o, (uint)type, "Unknown");
            o.Write(" (0x"u8); o.Hex((uint)type, 4); o.Write(") TLV, length "u8); o.Dec(len);

            if (len < 4 || len > left)
            {
                o.Write("[invalid TLV length "u8); o.Dec(len); o.Char(']');
                f.Invalid(p, left);
                return;
            }
            switch (type)
            {
                case DomainTlv:
                    o.Write(", "u8);
                    TextProto.PrintJnp(ref f, p + 4, len - 4);
                    break;
                case StatusTlv:
                case DtpTypeTlv:
                {
                    if (len != 5) { f.Invalid(p, left); return; }
                    int b = f.U8(p + 4);
                    if (f.Truncated) return;
                    o.Write(", 0x"u8); o.Hex((uint)b);
                    break;
                }
                case NeighborTlv:
                {
                    if (len != 10) { f.Invalid(p, left); return; }
                    var mac = f.Bytes(p + 4, 6);
                    if (f.Truncated) return;
                    o.Write(", "u8); f.Ctx.Names.Mac(o, mac);
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
