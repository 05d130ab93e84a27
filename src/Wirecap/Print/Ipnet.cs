namespace Wirecap.Print;

/// <summary>
/// Solaris ipnet, DLT_IPNET (print-ipnet.c): a 24-byte header before an IP packet.
/// <code>
///  0     1      2       4        8         12          16      20      24
/// +-----+------+-------+--------+---------+-----------+-------+-------+------
/// | ver |family| htype | pktlen | ifindex | grifindex | zsrc  | zdst  | IP
/// +-----+------+-------+--------+---------+-----------+-------+-------+------
/// </code>
/// </summary>
public static class Ipnet
{
    private const int HeaderLength = 24;
    private const int AfInet = 2, AfInet6 = 26;

    private static readonly Tok Families = new((AfInet, "IPv4"), (AfInet6, "IPv6"));

    public static void IfPrint(ref Frame f)
    {
        f.Proto = "ipnet";
        if (!f.Need(0, HeaderLength)) return;
        f.LinkHeaderLength += HeaderLength;
        int length = f.WireLength, caplen = f.Data.Length;
        if (f.Opt.LinkHeader) HeaderPrint(ref f, length);
        length -= HeaderLength; caplen -= HeaderLength;
        switch (f.U8(1))
        {
            case AfInet: Ip.Print(ref f, HeaderLength, length); break;
            case AfInet6: Ip6.Print(ref f, HeaderLength, length); break;
            default:
                if (!f.Opt.LinkHeader) HeaderPrint(ref f, length + HeaderLength);
                Ethernet.DefaultPrint(ref f, HeaderLength, caplen);
                break;
        }
    }

    private static void HeaderPrint(ref Frame f, int length)
    {
        var o = f.Out;
        uint zsrc = f.U32(16), zdst = f.U32(20);
        int family = f.U8(1);
        o.Dec(zsrc); o.Write(" > "u8); o.Dec(zdst);
        if (!f.Opt.Quiet)
        {
            o.Write(", family "u8); Families.Print(o, (uint)family, "Unknown");
            o.Write(" ("u8); o.Dec(family); o.Char(')');
        }
        else { o.Write(", "u8); Families.Print(o, (uint)family, "Unknown Ethertype (0x%04x)"); }
        o.Write(", length "u8); o.Dec((uint)length); o.Write(": "u8);
    }
}
