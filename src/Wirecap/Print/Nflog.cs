namespace Wirecap.Print;

/// <summary>
/// Linux netfilter log frames (print-nflog.c; link type 239): a 4-byte header, then TLVs up to the one
/// holding the logged packet, which is printed by the header's address family.
/// <code>
/// header: | family(8) | version(8) | resource ID(16, big-endian) |
/// TLV:    | length(16) | type(16) | value, padded to 4 bytes |     (host byte order)
/// </code>
/// The TLV fields are in the byte order of the host that wrote them; the file reader has already
/// turned them into this machine's order, which (as the reader assumes) is little-endian.
/// </summary>
public static class Nflog
{
    private const int HeaderLength = 4, TlvHeaderLength = 4;
    private const int TypePayload = 9;
    private const int AfInet = 2, AfInet6 = 10;   // Linux's address family numbers

    private static readonly Tok Families = new((AfInet, "IPv4"), (AfInet6, "IPv6"));

    /// <summary>nflog_if_print.</summary>
    public static void IfPrint(ref Frame f)
    {
        f.Proto = "nflog";
        int caplen = f.Data.Length, length = f.WireLength;
        if (caplen < HeaderLength) { f.PrintTrunc(); f.LinkHeaderLength += caplen; return; }
        f.LinkHeaderLength += HeaderLength;

        int version = f.U8(1);
        if (version != 0) { f.Out.Write("version "u8); f.Out.Dec(version); f.Out.Write(" (unknown)"u8); return; }
        if (f.Opt.LinkHeader) HeaderPrint(ref f, length);

        int p = HeaderLength, headers = HeaderLength;
        length -= HeaderLength; caplen -= HeaderLength;
        while (length > 0)
        {
            if (caplen < TlvHeaderLength) { Trunc(ref f, headers); return; }
            int size = f.U16LE(p);
            if (size % 4 != 0) size += 4 - size % 4;
            if (size < TlvHeaderLength || caplen < size) { Trunc(ref f, headers); return; }
            if (f.U16LE(p + 2) == TypePayload)
            {
                // the logged packet is this TLV's value, up to the end of the frame
                p += TlvHeaderLength; headers += TlvHeaderLength;
                length -= TlvHeaderLength; caplen -= TlvHeaderLength;
                break;
            }
            p += size; headers += size;
            length -= size; caplen -= size;
        }

        switch (f.U8(0))
        {
            case AfInet: Ip.Print(ref f, p, length); break;
            case AfInet6: Ip6.Print(ref f, p, length); break;
            default:
                if (!f.Opt.LinkHeader) HeaderPrint(ref f, length + HeaderLength);
                Ethernet.DefaultPrint(ref f, p, caplen);
                break;
        }
        f.LinkHeaderLength += headers - HeaderLength;
    }

    private static void Trunc(ref Frame f, int headers)
    {
        f.PrintTrunc();
        f.LinkHeaderLength += headers - HeaderLength;
    }

    /// <summary>nflog_hdr_print: "version V, resource ID R, family NAME (N), length L: " (-q: the family name only).</summary>
    private static void HeaderPrint(ref Frame f, int length)
    {
        var o = f.Out;
        int family = f.U8(0);
        o.Write("version "u8); o.Dec(f.U8(1)); o.Write(", resource ID "u8); o.Dec(f.U16(2));
        if (!f.Opt.Quiet)
        {
            o.Write(", family "u8); Families.Print(o, (uint)family, "Unknown");
            o.Write(" ("u8); o.Dec(family); o.Char(')');
        }
        else
        {
            o.Write(", "u8); Families.Print(o, (uint)family, "Unknown NFLOG (0x%02x)");
        }
        o.Write(", length "u8); o.Dec(length); o.Write(": "u8);
    }
}
