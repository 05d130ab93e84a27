namespace Wirecap.Print;

/// <summary>
/// Linux "cooked" capture, DLT_LINUX_SLL (print-sll.c).
/// <code>
///  0        2        4        6       8                 16       
/// +--------+--------+--------+-------+-----------------+--------+----------
/// |pkttype | hatype | halen  | link-layer address (8)  | proto  | payload
/// +--------+--------+--------+-------+-----------------+--------+----------
/// </code>
/// </summary>
public static class Sll
{
    public const int HeaderLength = 16;
    internal const int P8023 = 0x0001, P8022 = 0x0004;
    private const int HaTypeIeee80211Radiotap = 803;

    /// <summary>sll_pkttype_values: the packet's direction.</summary>
    internal static readonly Tok PacketTypes = new((0, "In"), (1, "B"), (2, "M"), (3, "P"), (4, "Out"));

    public static void IfPrint(ref Frame f)
    {
        f.Proto = "sll";
        if (!f.Need(0, HeaderLength)) return;
        int length = f.WireLength, caplen = f.Data.Length;
        if (f.Opt.LinkHeader) HeaderPrint(ref f, length);
        length -= HeaderLength; caplen -= HeaderLength;
        int hatype = f.U16(2);
        if (hatype == HaTypeIeee80211Radiotap)
        {
            // radiotap is not decoded: print what follows as undecoded
            f.LinkHeaderLength += HeaderLength;
            Unsupported(ref f, HeaderLength, caplen);
            return;
        }
        int etherType = f.U16(14);
        f.LinkHeaderLength += Payload(ref f, HeaderLength, length, caplen, etherType, HeaderLength, isSll2: false);
    }

    private static void Unsupported(ref Frame f, int p, int caplen) => Ethernet.DefaultPrint(ref f, p, caplen);

    /// <summary>The part sll_if_print and sll2_if_print share: the payload by protocol, with 802.1Q tags. Returns the header length used.</summary>
    internal static int Payload(ref Frame f, int p, int length, int caplen, int etherType, int hdrlen, bool isSll2)
    {
        var o = f.Out;
        while (true)
        {
            if (etherType <= 1500)
            {
                switch (etherType)
                {
                    case P8023:
                        // Novell 802.3 (IPX) is not decoded
                        Ethernet.DefaultPrint(ref f, p, caplen);
                        break;
                    case P8022:
                        int llcLen = Llc.Print(ref f, p, length, caplen, -1, -1);
                        if (llcLen < 0) Ethernet.DefaultPrint(ref f, p, caplen);
                        else hdrlen += llcLen;
                        break;
                    default:
                        Ethernet.DefaultPrint(ref f, p, caplen);
                        break;
                }
                return hdrlen;
            }
            if (etherType == EtherType.Vlan8021Q)
            {
                if (caplen < 4)
                {
                    f.Proto = "vlan";
                    f.PrintTrunc();
                    return hdrlen + caplen;
                }
                if (f.Opt.LinkHeader)
                {
                    int tag = f.U16(p);
                    if (f.Truncated) return hdrlen;
                    Ethernet.TciPrint(o, tag);
                    o.Write(", "u8);
                }
                etherType = f.U16(p + 2);
                if (f.Truncated) return hdrlen;
                if (etherType <= 1500) etherType = P8022;
                if (!f.Opt.Quiet)
                {
                    o.Write("ethertype "u8);
                    EtherType.Names.Print(o, (uint)etherType, "Unknown");
                    o.Write(", "u8);
                }
                p += 4; length -= 4; caplen -= 4; hdrlen += 4;
                continue;
            }
            if (!EtherType.Print(ref f, etherType, p, length, caplen, -1, -1))
            {
                if (!f.Opt.LinkHeader)
                {
                    if (isSll2) Sll2.HeaderPrint(ref f, length + Sll2.HeaderLength);
                    else HeaderPrint(ref f, length + HeaderLength);
                }
                Ethernet.DefaultPrint(ref f, p, caplen);
            }
            return hdrlen;
        }
    }

    /// <summary>sll_print: direction, address, protocol and length.</summary>
    private static void HeaderPrint(ref Frame f, int length)
    {
        f.Proto = "sll";
        int pkttype = f.U16(0);
        int halen = f.U16(4);
        int proto = f.U16(14);
        if (f.Truncated) return;
        var o = f.Out;
        // %3s: right-aligned in three columns
        string dir = PacketTypes.Find((uint)pkttype) ?? "?";
        o.Spaces(3 - dir.Length); o.Write(dir); o.Char(' ');
        if (halen == 6) { f.Ctx.Names.Mac(o, f.Data.Slice(6, 6)); o.Char(' '); }
        ProtocolPrint(ref f, proto, length);
    }

    /// <summary>The protocol and length part of sll_print and sll2_print (not with -q).</summary>
    internal static void ProtocolPrint(ref Frame f, int proto, int length)
    {
        if (f.Opt.Quiet) return;
        var o = f.Out;
        if (proto <= 1500)
        {
            if (proto == P8023) o.Write("802.3"u8);
            else if (proto == P8022) o.Write("802.2"u8);
            else { o.Write("ethertype Unknown (0x"u8); o.Hex((uint)proto, 4); o.Char(')'); }
        }
        else
        {
            o.Write("ethertype "u8); EtherType.Names.Print(o, (uint)proto, "Unknown");
            o.Write(" (0x"u8); o.Hex((uint)proto, 4); o.Char(')');
        }
        o.Write(", length "u8); o.Dec((uint)length); o.Write(": "u8);
    }
}
