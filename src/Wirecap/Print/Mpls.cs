namespace Wirecap.Print;

/// <summary>
/// MPLS label stacks (print-mpls.c), RFC 3032: 32-bit entries, label(20) TC(3) S(1) TTL(8),
/// until the bottom-of-stack bit; the payload's protocol is guessed from the last label or the
/// first payload byte.
/// </summary>
public static class Mpls
{
    private static readonly string[] ReservedLabels =
    [
        "IPv4 explicit NULL", "router alert", "IPv6 explicit NULL", "implicit NULL", "rsvd",
        "rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd",
    ];

    public static void Print(ref Frame f, int bp, int length)
    {
        f.Proto = "mpls";
        var o = f.Out;
        bool v = f.Opt.Verbose > 0;
        int p = bp;
        o.Write("MPLS"u8);
        uint entry;
        int depth = 0;
        do
        {
            if (length < 4)
            {
                o.Write(" (invalid)"u8);
                f.Need(p, length);
                return;
            }
            entry = f.U32(p);
            if (f.Truncated) return;
            uint label = entry >> 12;
            o.Write(depth != 0 && v ? "\n\t(label "u8 : " (label "u8); o.Dec(label);
            depth++;
            if (v && label < (uint)ReservedLabels.Length) { o.Write(" ("u8); o.Write(ReservedLabels[label]); o.Char(')'); }
            o.Write(", tc "u8); o.Dec((entry >> 9) & 7);
            if ((entry & 0x100) != 0) o.Write(", [S]"u8);
            o.Write(", ttl "u8); o.Dec(entry & 0xff); o.Char(')');
            p += 4;
            length -= 4;
        } while ((entry & 0x100) == 0);

        // 0: IPv4, 1: IPv6, 2: OSI, -1: unknown
        int kind;
        switch (entry >> 12)
        {
            case 0:
            case 3: kind = 0; break;
            case 2: kind = 1; break;
            default:
                if (length < 1) return;
                int first = f.U8(p);
                if (f.Truncated) return;
                kind = first is >= 0x45 and <= 0x4f ? 0 : first is >= 0x60 and <= 0x6f ? 1 : first is >= 0x81 and <= 0x83 ? 2 : -1;
                break;
        }
        switch (kind)
        {
            case 0: o.Write(v ? "\n\t"u8 : " "u8); Ip.Print(ref f, p, length); break;
            case 1: o.Write(v ? "\n\t"u8 : " "u8); Ip6.Print(ref f, p, length); break;
            case 2: o.Write(v ? "\n\t"u8 : " "u8); IsoClns.Print(ref f, p, length); break;
            default: Ethernet.DefaultPrint(ref f, p, length); break;
        }
    }
}
