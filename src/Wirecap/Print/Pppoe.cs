namespace Wirecap.Print;

/// <summary>
/// PPP over Ethernet (print-pppoe.c), RFC 2516: discovery packets carry tags, session packets
/// (code 0) carry a PPP packet.
/// <code>
///  0         1        2            4          6
/// +----+----+--------+------------+----------+----------------------------
/// |ver |type|  code  | session id |  length  | tags, or a PPP packet
/// +----+----+--------+------------+----------+----------------------------
/// </code>
/// </summary>
public static class Pppoe
{
    private const int HeaderLength = 6;
    private const int Padi = 0x09;
    private const int MaxTagPrint = 80;

    private static readonly Tok Codes = new(
        (0x09, "PADI"), (0x07, "PADO"), (0x19, "PADR"), (0x65, "PADS"), (0xa7, "PADT"), (0, ""));

    private static readonly Tok Tags = new(
        (0, "EOL"), (0x0101, "Service-Name"), (0x0102, "AC-Name"), (0x0103, "Host-Uniq"), (0x0104, "AC-Cookie"),
        (0x0105, "Vendor-Specific"), (0x0110, "Relay-Session-ID"), (0x0120, "PPP-Max-Payload"),
        (0x0201, "Service-Name-Error"), (0x0202, "AC-System-Error"), (0x0203, "Generic-Error"));

    /// <summary>pppoe_if_print, DLT_PPP_ETHER.</summary>
    public static void IfPrint(ref Frame f)
    {
        f.Proto = "pppoe";
        f.LinkHeaderLength += Print(ref f, 0, f.WireLength);
    }

    /// <summary>pppoe_print: returns the header length (PPPoE's and the PPP header's).</summary>
    public static int Print(ref Frame f, int bp, int length)
    {
        f.Proto = "pppoe";
        var o = f.Out;
        if (length < HeaderLength)
        {
            o.Write(" (length "u8); o.Dec((uint)length); o.Write(" < 6) (invalid)"u8);
            return 0;
        }
        length -= HeaderLength;
        if (!f.Need(bp, HeaderLength)) return 0;
        int verType = f.U8(bp);
        int code = f.U8(bp + 1);
        int session = f.U16(bp + 2);
        int pppoeLength = f.U16(bp + 4);
        int payload = bp + HeaderLength;

        if (verType >> 4 != 1) { o.Write(" [ver "u8); o.Dec((uint)(verType >> 4)); o.Char(']'); }
        if ((verType & 0x0f) != 1) { o.Write(" [type "u8); o.Dec((uint)(verType & 0x0f)); o.Char(']'); }
        o.Write("PPPoE "u8); Codes.Print(o, (uint)code, "PAD-%x");
        if (code == Padi && pppoeLength > 1484 - HeaderLength) { o.Write(" [len "u8); o.Dec((uint)pppoeLength); o.Write("!]"u8); }
        if (pppoeLength > length)
        {
            o.Write(" [len "u8); o.Dec((uint)pppoeLength); o.Write(" > "u8); o.Dec((uint)length); o.Write("!]"u8);
            pppoeLength = length;
        }
        if (session != 0) { o.Write(" [ses 0x"u8); o.Hex((uint)session); o.Char(']'); }

        if (code == 0)
        {
            // session data: a PPP packet, never tags
            o.Char(' ');
            return HeaderLength + Ppp.Print(ref f, payload, pppoeLength);
        }

        int tagType = 0xffff;
        int p = payload;
        while (tagType != 0 && p < payload + pppoeLength)
        {
            tagType = f.U16(p);
            int tagLen = f.U16(p + 2);
            if (f.Truncated) return 0;
            p += 4;
            if (tagLen == 0)
            {
                o.Write(" ["u8); Tags.Print(o, (uint)tagType, "TAG-0x%x"); o.Char(']');
                continue;
            }
            if (!f.Need(p, tagLen)) return 0;
            // text when printable characters are the majority of the first 79 bytes, else hex
            int shown = Math.Min(tagLen, MaxTagPrint - 1);
            int ascii = 0;
            for (int i = 0; i < shown; i++)
                if (IsPrint(f.Data[p + i])) ascii++;
            o.Write(" ["u8); Tags.Print(o, (uint)tagType, "TAG-0x%x");
            if (ascii > shown - ascii)
            {
                o.Write(" \""u8);
                for (int i = 0; i < shown; i++)
                {
                    byte c = f.Data[p + i];
                    o.Char(IsPrint(c) ? c : (byte)'.');
                }
                o.Write("\"]"u8);
            }
            else
            {
                o.Write(" 0x"u8);
                for (int i = 0; i < tagLen; i++)
                {
                    byte c = f.Data[p + i];
                    o.Char(HexUpper[c >> 4]); o.Char(HexUpper[c & 0xf]);
                }
                o.Char(']');
            }
            p += tagLen;
        }
        return HeaderLength;
    }

    private static bool IsPrint(byte c) => c >= 0x20 && c < 0x7f;

    private static ReadOnlySpan<byte> HexUpper => "0123456789ABCDEF"u8;
}
