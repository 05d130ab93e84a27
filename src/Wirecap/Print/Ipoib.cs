namespace Wirecap.Print;

/// <summary>
/// IP over InfiniBand (print-ipoib.c, RFC 4391; link type 242): a 44-byte pseudo-header whose last
/// 4 bytes carry the EtherType, then the payload by that type.
/// <code>
///  0                        40        42         44
/// +------------------------+---------+----------+----------
/// | link-layer addresses    | type    | reserved | payload
/// +------------------------+---------+----------+----------
/// </code>
/// </summary>
public static class Ipoib
{
    private const int HeaderLength = 44, TypeOffset = 40;

    /// <summary>ipoib_if_print.</summary>
    public static void IfPrint(ref Frame f)
    {
        f.Proto = "ipoib";
        int length = f.WireLength, caplen = f.Data.Length;
        if (caplen < HeaderLength) { f.PrintTrunc(); f.LinkHeaderLength += caplen; return; }
        if (length < HeaderLength) { f.PrintTrunc(); f.LinkHeaderLength += length; return; }
        if (f.Opt.LinkHeader)
        {
            f.Out.Write("IPOIB"u8);
            HeaderPrint(ref f, length);
        }
        f.LinkHeaderLength += HeaderLength;
        int type = f.U16(TypeOffset);
        if (!EtherType.Print(ref f, type, HeaderLength, length - HeaderLength, caplen - HeaderLength, -1, -1))
        {
            // unknown type: without -e the header has not been printed yet
            if (!f.Opt.LinkHeader) HeaderPrint(ref f, length);
            Ethernet.DefaultPrint(ref f, HeaderLength, caplen - HeaderLength);
        }
    }

    /// <summary>ipoib_hdr_print: ", ethertype NAME (0xTTTT), length N: " (no number with -q).</summary>
    private static void HeaderPrint(ref Frame f, int length)
    {
        var o = f.Out;
        int type = f.U16(TypeOffset);
        o.Write(", ethertype "u8);
        EtherType.Names.Print(o, (uint)type, "Unknown");
        if (!f.Opt.Quiet) { o.Write(" (0x"u8); o.Hex((uint)type, 4); o.Char(')'); }
        o.Write(", length "u8); o.Dec(length); o.Write(": "u8);
    }
}
