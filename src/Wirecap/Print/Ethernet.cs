namespace Wirecap.Print;

/// <summary>
/// Ethernet II and 802.3 frames (print-ether.c): with -e the addresses, type and length; 802.1Q
/// tags; then the payload by its EtherType.
/// <code>
///  0                   6                   12      14
/// +-------------------+-------------------+-------+----------
/// | destination MAC   | source MAC        | type  | payload
/// +-------------------+-------------------+-------+----------
/// </code>
/// </summary>
public static class Ethernet
{
    public const int HeaderLength = 14;
    private const int MaxLengthValue = 1500;

    /// <summary>ether_if_print: the DLT_EN10MB link printer.</summary>
    public static void IfPrint(ref Frame f)
    {
        f.Proto = "ether";
        f.LinkHeaderLength += Print(ref f, 0, f.WireLength, f.Data.Length);
    }

    /// <summary>A switch chip's tag between the source address and the type (DSA, EDSA, Broadcom); p is its first byte.</summary>
    public delegate void SwitchTagPrinter(ref Frame f, int p);

    /// <summary>ether_print: returns the length of the link headers it consumed.</summary>
    public static int Print(ref Frame f, int p, int length, int caplen)
    {
        f.Proto = "ether";
        return CommonPrint(ref f, p, length, caplen, null, 0);
    }

    /// <summary>ether_switch_tag_print: a frame with a tagLen-byte switch tag after the addresses; f.Proto stays the caller's.</summary>
    public static int SwitchTagPrint(ref Frame f, int p, int length, int caplen, SwitchTagPrinter tag, int tagLen)
        => CommonPrint(ref f, p, length, caplen, tag, tagLen);

    /// <summary>ether_common_print: returns the length of the link headers it consumed.</summary>
    private static int CommonPrint(ref Frame f, int p, int length, int caplen, SwitchTagPrinter? switchTag, int tagLen)
    {
        var o = f.Out;
        if (length < caplen)
        {
            o.Write("[length "u8); o.Dec(length); o.Write(" < caplen "u8); o.Dec(caplen); o.Char(']');
            o.Write(" (invalid)"u8);
            return length;
        }
        if (caplen < HeaderLength + tagLen)
        {
            f.PrintTrunc();
            return caplen;
        }
        int origLength = length;
        int src = p + 6, dst = p;
        length -= 12; caplen -= 12; p += 12;
        int hdrlen = 12;
        if (f.Opt.LinkHeader) AddressesPrint(ref f, src, dst);
        if (switchTag != null)
        {
            switchTag(ref f, p);
            length -= tagLen; caplen -= tagLen; p += tagLen; hdrlen += tagLen;
        }

        // "recurse": an Arista header is followed by another length/type field
        while (true)
        {
            int lengthType = f.U16(p);
            length -= 2; caplen -= 2; p += 2; hdrlen += 2;
            bool printedLength = false;

            if (lengthType == EtherType.MacSec)
            {
                if (f.Opt.LinkHeader)
                {
                    TypePrint(ref f, lengthType);
                    o.Write(", length "u8); o.Dec(origLength); o.Write(": "u8);
                    printedLength = true;
                }
                int ret = MacSec.Print(ref f, ref p, ref length, ref caplen, ref hdrlen, src, dst);
                if (ret == 0)
                {
                    // encrypted: the payload can only be dumped
                    DefaultPrint(ref f, p, caplen);
                    return hdrlen;
                }
                if (ret > 0) return ret;
                lengthType = f.U16(p);
                if (f.Truncated) return hdrlen;
                if (caplen < 2)
                {
                    o.Write(" [caplen "u8); o.Dec((uint)caplen); o.Write(" < 2]"u8);
                    return hdrlen;
                }
                length -= 2; caplen -= 2; p += 2; hdrlen += 2;
            }

            while (lengthType is EtherType.Vlan8021Q or EtherType.Vlan8021Q9100 or EtherType.Vlan8021Q9200 or EtherType.Vlan8021QinQ)
            {
                if (caplen < 4) { f.Proto = "vlan"; f.PrintTrunc(); return hdrlen + caplen; }
                if (length < 4) { f.Proto = "vlan"; f.PrintTrunc(); return hdrlen + length; }
                if (f.Opt.LinkHeader)
                {
                    int tag = f.U16(p);
                    TypePrint(ref f, lengthType);
                    if (!printedLength) { o.Write(", length "u8); o.Dec(origLength); o.Write(": "u8); printedLength = true; }
                    else o.Write(", "u8);
                    TciPrint(o, tag);
                    o.Write(", "u8);
                }
                lengthType = f.U16(p + 2);
                p += 4; length -= 4; caplen -= 4; hdrlen += 4;
            }

            if (lengthType <= MaxLengthValue)
            {
                if (lengthType < length)
                {
                    length = lengthType;
                    if (caplen > length) caplen = length;
                }
                int saved = f.PushEnd(p, length);
                if (f.Opt.LinkHeader)
                {
                    o.Write("802.3"u8);
                    if (!printedLength) { o.Write(", length "u8); o.Dec(length); o.Write(": "u8); }
                }
                int llcLen = Llc.Print(ref f, p, length, caplen, src, dst);
                if (llcLen < 0)
                {
                    DefaultPrint(ref f, p, caplen);
                    llcLen = -llcLen;
                }
                hdrlen += llcLen;
                f.PopEnd(saved);
            }
            else if (lengthType == EtherType.Jumbo)
            {
                // Alteon jumbo frames: an LLC header follows the type
                int llcLen = Llc.Print(ref f, p, length, caplen, src, dst);
                if (llcLen < 0)
                {
                    DefaultPrint(ref f, p, caplen);
                    llcLen = -llcLen;
                }
                hdrlen += llcLen;
            }
            else if (lengthType == EtherType.Arista)
            {
                if (caplen < 2) { o.Write("[|arista]"u8); return hdrlen + caplen; }
                if (length < 2) { o.Write("[|arista]"u8); return hdrlen + length; }
                TypePrint(ref f, lengthType);
                o.Write(", length "u8); o.Dec(origLength); o.Write(": "u8);
                int consumed = Arista.Print(ref f, p);
                if (consumed > 0)
                {
                    p += consumed; length -= consumed; caplen -= consumed; hdrlen += consumed;
                    continue;
                }
                // unknown subtype or version: the rest is undecoded
                if (!f.Opt.LinkHeader)
                {
                    AddressesPrint(ref f, src, dst);
                    TypePrint(ref f, lengthType);
                    o.Write(", length "u8); o.Dec(origLength); o.Write(": "u8);
                }
                DefaultPrint(ref f, p, caplen);
            }
            else
            {
                if (f.Opt.LinkHeader)
                {
                    TypePrint(ref f, lengthType);
                    if (!printedLength) { o.Write(", length "u8); o.Dec(origLength); o.Write(": "u8); }
                    else o.Write(", "u8);
                }
                if (!EtherType.Print(ref f, lengthType, p, length, caplen, src, dst))
                {
                    if (!f.Opt.LinkHeader)
                    {
                        AddressesPrint(ref f, src, dst);
                        TypePrint(ref f, lengthType);
                        o.Write(", length "u8); o.Dec(origLength); o.Write(": "u8);
                    }
                    DefaultPrint(ref f, p, caplen);
                }
            }
            return hdrlen;
        }
    }

    /// <summary>"src > dst, " with each MAC address as etheraddr_string writes it.</summary>
    public static void AddressesPrint(ref Frame f, int src, int dst)
    {
        var s = f.Bytes(src, 6);
        var d = f.Bytes(dst, 6);
        if (f.Truncated) return;
        f.Ctx.Names.Mac(f.Out, s);
        f.Out.Write(" > "u8);
        f.Ctx.Names.Mac(f.Out, d);
        f.Out.Write(", "u8);
    }

    /// <summary>ether_type_print.</summary>
    public static void TypePrint(ref Frame f, int type)
    {
        if (!f.Opt.Quiet)
        {
            f.Out.Write("ethertype "u8);
            EtherType.Names.Print(f.Out, (uint)type, "Unknown");
            f.Out.Write(" (0x"u8); f.Out.Hex((uint)type, 4); f.Out.Char(')');
        }
        else EtherType.Names.Print(f.Out, (uint)type, "Unknown Ethertype (0x%04x)");
    }

    /// <summary>ieee8021q_tci_string: "vlan N, p P[, DEI]".</summary>
    public static void TciPrint(TextOut o, int tci)
    {
        o.Write("vlan "u8); o.Dec(tci & 0xfff);
        o.Write(", p "u8); o.Dec(tci >> 13);
        if ((tci & 0x1000) != 0) o.Write(", DEI"u8);
    }

    /// <summary>
    /// ND_DEFAULTPRINT: undecoded bytes in hex and ASCII. -q, -x and -X suppress it (tcpdump's
    /// ndo_suppress_default_print), since the dump flags print the bytes anyway.
    /// </summary>
    public static void DefaultPrint(ref Frame f, int off, int length)
    {
        if (f.Opt.Quiet || f.Opt.Hex > 0 || f.Opt.HexAscii > 0) return;
        HexDump.HexAndAscii(ref f, "\n\t"u8, off, length);
    }

    /// <summary>ND_DEFAULTPRINT where tcpdump calls it without checking for -q/-x/-X (ARP, short LLC headers).</summary>
    public static void DefaultPrintAlways(ref Frame f, int off, int length) => HexDump.HexAndAscii(ref f, "\n\t"u8, off, length);
}
