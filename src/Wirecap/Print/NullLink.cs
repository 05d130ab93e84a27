namespace Wirecap.Print;

/// <summary>
/// BSD loopback encapsulation, DLT_NULL and DLT_LOOP (print-null.c): a 4-byte address family,
/// in the capturing host's byte order for NULL and in network order for LOOP. A family with
/// the upper 16 bits set is taken as byte-swapped.
/// </summary>
public static class NullLink
{
    private const int HeaderLength = 4;
    private const uint AfInet = 2, AfIso = 7, AfAppleTalk = 16, AfIpx = 23, AfInet6Bsd = 24, AfInet6FreeBsd = 28, AfInet6Darwin = 30;

    /// <summary>bsd_af_values.</summary>
    private static readonly Tok Families = new(
        (2, "IPv4"), (6, "NS"), (7, "ISO"), (16, "Appletalk"), (23, "IPX"), (24, "IPv6"), (28, "IPv6"), (30, "IPv6"));

    public static void IfPrint(ref Frame f)
    {
        f.Proto = "null";
        if (!f.Need(0, HeaderLength)) return;
        f.LinkHeaderLength += HeaderLength;
        uint family = f.U32LE(0);
        if ((family & 0xFFFF0000) != 0)
            family = System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(family);

        int length = f.WireLength;
        int caplen = f.Data.Length;
        if (f.Opt.LinkHeader) HeaderPrint(ref f, family, length);
        length -= HeaderLength;
        caplen -= HeaderLength;

        switch (family)
        {
            case AfInet: Ip.Print(ref f, HeaderLength, length); break;
            case AfInet6Bsd:
            case AfInet6FreeBsd:
            case AfInet6Darwin: Ip6.Print(ref f, HeaderLength, length); break;
            case AfIso: IsoClns.Print(ref f, HeaderLength, length); break;
            default:
                // AppleTalk and IPX are not decoded here: they print as unknown families
                if (!f.Opt.LinkHeader) HeaderPrint(ref f, family, length + HeaderLength);
                Ethernet.DefaultPrint(ref f, HeaderLength, caplen);
                break;
        }
    }

    private static void HeaderPrint(ref Frame f, uint family, int length)
    {
        var o = f.Out;
        if (!f.Opt.Quiet)
        {
            o.Write("AF "u8); Families.Print(o, family, "Unknown");
            o.Write(" ("u8); o.Dec(family); o.Char(')');
        }
        else Families.Print(o, family, "Unknown AF %u");
        o.Write(", length "u8); o.Dec((uint)length); o.Write(": "u8);
    }
}
