namespace Wirecap.Print;

/// <summary>
/// Marvell switch tags (print-dsa.c): DSA (link type 284) and EDSA (285), inserted between the source
/// address and the type of an Ethernet frame. EDSA is the DSA tag behind its own 4-byte EtherType prefix.
/// <code>
///  byte 0          byte 1            byte 2             byte 3
/// |mode(2)|T|dev(5)|port(5)|R|C2|CFI|pri(3)|C1|vid hi(4)|vid lo(8)|
///   T: frame was tagged; R: trunk (forward) or ingress sniff (to sniffer); C2,C1: code (to CPU)
/// EDSA: |ethertype(16)|reserved(8)|reserved(8)| then the 4 DSA bytes
/// </code>
/// </summary>
public static class Dsa
{
    public const int DsaLength = 4, EdsaLength = 8;
    private const int ModeToCpu = 0, ModeFromCpu = 1, ModeToSniffer = 2, ModeForward = 3;

    private static readonly Tok Modes = new((ModeToCpu, "To CPU"), (ModeFromCpu, "From CPU"), (ModeToSniffer, "To Sniffer"), (ModeForward, "Forward"));

    private static readonly Tok Codes = new(
        (0, "BPDU (MGMT) Trap"), (1, "Frame2Reg"), (2, "IGMP/MLD Trap"), (3, "Policy Trap"), (4, "ARP Mirror"), (5, "Policy Mirror"));

    private static readonly Ethernet.SwitchTagPrinter DsaTag = DsaTagPrint, EdsaTag = EdsaTagPrint;

    /// <summary>dsa_if_print: DLT_DSA_TAG_DSA.</summary>
    public static void DsaIfPrint(ref Frame f)
    {
        f.Proto = "dsa";
        f.LinkHeaderLength += Ethernet.SwitchTagPrint(ref f, 0, f.WireLength, f.Data.Length, DsaTag, DsaLength);
    }

    /// <summary>edsa_if_print: DLT_DSA_TAG_EDSA.</summary>
    public static void EdsaIfPrint(ref Frame f)
    {
        f.Proto = "edsa";
        f.LinkHeaderLength += Ethernet.SwitchTagPrint(ref f, 0, f.WireLength, f.Data.Length, EdsaTag, EdsaLength);
    }

    private static void DsaTagPrint(ref Frame f, int p)
    {
        f.Out.Write(f.Opt.LinkHeader ? "Marvell DSA "u8 : "DSA "u8);
        CommonPrint(ref f, p);
    }

    private static void EdsaTagPrint(ref Frame f, int p)
    {
        var o = f.Out;
        int etype = f.U16(p);
        if (f.Opt.LinkHeader)
        {
            o.Write("Marvell EDSA ethertype 0x"u8); o.Hex((uint)etype, 4); o.Write(" ("u8);
            EtherType.Names.Print(o, (uint)etype, "Unknown");
            o.Write("), rsvd "u8); o.Dec(f.U8(p + 2)); o.Char(' '); o.Dec(f.U8(p + 3)); o.Write(", "u8);
        }
        else
        {
            o.Write("EDSA 0x"u8); o.Hex((uint)etype, 4); o.Write(", "u8);
        }
        CommonPrint(ref f, p + 4);
    }

    /// <summary>tag_common_print: the 4 DSA bytes, in full with -e, else as "where from > where to, VLAN".</summary>
    private static void CommonPrint(ref Frame f, int p)
    {
        var o = f.Out;
        int b0 = f.U8(p), b1 = f.U8(p + 1), b2 = f.U8(p + 2), b3 = f.U8(p + 3);
        int mode = b0 >> 6;
        bool tagged = (b0 & 0x20) != 0;
        int dev = b0 & 0x1f;
        int port = b1 >> 3;
        bool trunkOrRx = (b1 & 0x04) != 0;          // trunk when forwarding, ingress sniff when to a sniffer
        bool cfi = (b1 & 0x01) != 0;
        int pri = b2 >> 5;
        int vid = (b2 & 0x0f) << 8 | b3;
        int code = (b1 & 0x06) | (b2 & 0x10) >> 4;   // code bits 2..1 from byte 1, bit 0 from byte 2

        if (f.Opt.LinkHeader)
        {
            o.Write("mode "u8); Modes.Print(o, (uint)mode, "unknown"); o.Write(", "u8);
            switch (mode)
            {
                case ModeForward:
                    o.Write("dev "u8); o.Dec(dev); o.Write(trunkOrRx ? ", trunk "u8 : ", port "u8); o.Dec(port); o.Write(", "u8);
                    break;
                case ModeFromCpu:
                    o.Write("target dev "u8); o.Dec(dev); o.Write(", port "u8); o.Dec(port); o.Write(", "u8);
                    break;
                case ModeToCpu:
                    o.Write("source dev "u8); o.Dec(dev); o.Write(", port "u8); o.Dec(port); o.Write(", "u8);
                    o.Write("code "u8); Codes.Print(o, (uint)code, "reserved"); o.Write(", "u8);
                    break;
                case ModeToSniffer:
                    o.Write("source dev "u8); o.Dec(dev); o.Write(", port "u8); o.Dec(port); o.Write(", "u8);
                    o.Write(trunkOrRx ? "ingress sniff, "u8 : "egress sniff, "u8);
                    break;
            }
            o.Write(tagged ? "tagged, "u8 : "untagged, "u8);
            if (cfi) o.Write("CFI, "u8);
            o.Write("VID "u8); o.Dec(vid); o.Write(", FPri "u8); o.Dec(pri); o.Write(", "u8);
        }
        else
        {
            switch (mode)
            {
                case ModeForward:
                    o.Write(trunkOrRx ? "Forward trunk "u8 : "Forward port "u8); DevPort(o, dev, port); o.Write(", "u8);
                    break;
                case ModeFromCpu:
                    o.Write("CPU > port "u8); DevPort(o, dev, port); o.Write(", "u8);
                    break;
                case ModeToCpu:
                    o.Write("port "u8); DevPort(o, dev, port); o.Write(" > CPU, "u8);
                    break;
                case ModeToSniffer:
                    o.Write("port "u8); DevPort(o, dev, port); o.Write(trunkOrRx ? " > Rx Sniffer, "u8 : " > Tx Sniffer, "u8);
                    break;
            }
            o.Write("VLAN "u8); o.Dec(vid); o.Char(tagged ? 't' : 'u'); o.Write(", "u8);
        }
    }

    private static void DevPort(TextOut o, int dev, int port) { o.Dec(dev); o.Char('.'); o.Dec(port); }
}
