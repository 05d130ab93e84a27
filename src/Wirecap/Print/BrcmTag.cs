namespace Wirecap.Print;

/// <summary>
/// Broadcom switch tags (print-brcmtag.c): 4 bytes after the source address (link type 281) or before
/// the whole Ethernet frame (282). Bit 5 of the first byte tells ingress (towards the switch) from egress.
/// <code>
/// ingress: |op(3)|rsvd(5)|TS|rsvd(3)|TC(3)|TE(2)|rsvd(7)|dst map(9)|
/// egress:  |op(3)|rsvd(5)|  class id(8)  | reason code(8) |TC(3)|port(5)|
/// </code>
/// </summary>
public static class BrcmTag
{
    public const int TagLength = 4;

    private static readonly Tok TagEnforcement = new((0, "None"), (1, "Untag"), (2, "Header"), (3, "Reserved"));

    private static readonly Tok ReasonCodes = new(
        (1, "mirror"), (2, "MAC learning"), (4, "switching"), (8, "prot term"), (16, "prot snoop"), (32, "exception"));

    private static readonly Ethernet.SwitchTagPrinter Tag = TagPrint;

    /// <summary>brcm_tag_if_print: DLT_DSA_TAG_BRCM, the tag between the addresses and the type.</summary>
    public static void IfPrint(ref Frame f)
    {
        f.Proto = "brcm-tag";
        f.LinkHeaderLength += Ethernet.SwitchTagPrint(ref f, 0, f.WireLength, f.Data.Length, Tag, TagLength);
    }

    /// <summary>brcm_tag_prepend_if_print: DLT_DSA_TAG_BRCM_PREPEND, the tag before the Ethernet header (printed only with -e).</summary>
    public static void PrependIfPrint(ref Frame f)
    {
        f.Proto = "brcm-tag-prepend";
        if (!f.Need(0, TagLength)) return;
        f.LinkHeaderLength += TagLength;
        if (f.Opt.LinkHeader) TagPrint(ref f, 0);
        f.LinkHeaderLength += Ethernet.Print(ref f, TagLength, f.WireLength - TagLength, f.Data.Length - TagLength);
    }

    private static void TagPrint(ref Frame f, int p)
    {
        var o = f.Out;
        int b0 = f.U8(p), b1 = f.U8(p + 1), b2 = f.U8(p + 2), b3 = f.U8(p + 3);
        // tcpdump names the opcode from the whole first byte but decodes the fields by bit 5
        o.Write(b0 != 0 ? "BRCM tag OP: IG"u8 : "BRCM tag OP: EG"u8);
        if ((b0 & 0x20) != 0)
        {
            o.Write(", TC: "u8); o.Dec((b1 >> 2) & 7);
            o.Write(", TE: "u8); TagEnforcement.Print(o, (uint)(b1 & 3), "unknown");
            o.Write(", TS: "u8); o.Dec(b1 >> 7);
            o.Write(", DST map: 0x"u8); o.Hex((uint)((b2 << 8 | b3) & 0x1ff), 4);
        }
        else
        {
            o.Write(", CID: "u8); o.Dec(b1);
            o.Write(", RC: "u8); ReasonCodes.Print(o, (uint)b2, "reserved");
            o.Write(", TC: "u8); o.Dec((b3 >> 5) & 7);
            o.Write(", port: "u8); o.Dec(b3 & 0x1f);
        }
        o.Write(", "u8);
    }
}
