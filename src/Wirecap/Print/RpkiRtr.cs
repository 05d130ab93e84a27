namespace Wirecap.Print;

/// <summary>
/// The RPKI to Router protocol (print-rpki-rtr.c, RFC 6810), TCP port 323: a stream of PDUs, each
/// with an 8-byte header whose length counts the whole PDU.
/// <code>
///  0         1         2                   4                                  8
/// +---------+---------+-------------------+----------------------------------+---------
/// | version | type    | session id / error| length                           | body ...
/// +---------+---------+-------------------+----------------------------------+---------
/// </code>
/// </summary>
public static class RpkiRtr
{
    public const int Port = 323;

    private const int HeaderLength = 8;
    private const int SerialNotify = 0, SerialQuery = 1, ResetQuery = 2, CacheResponse = 3, Ipv4Prefix = 4,
        Ipv6Prefix = 6, EndOfData = 7, CacheReset = 8, ErrorReport = 10;
    // header, flags, prefix length, max length, zero, prefix, AS number
    private const int Ipv4PrefixLength = HeaderLength + 4 + 4 + 4, Ipv6PrefixLength = HeaderLength + 4 + 16 + 4;

    private static readonly Tok PduTypes = new((SerialNotify, "Serial Notify"), (SerialQuery, "Serial Query"),
        (ResetQuery, "Reset Query"), (CacheResponse, "Cache Response"), (Ipv4Prefix, "IPV4 Prefix"),
        (Ipv6Prefix, "IPV6 Prefix"), (EndOfData, "End of Data"), (CacheReset, "Cache Reset"), (ErrorReport, "Error Report"));
    private static readonly Tok ErrorCodes = new((0, "Corrupt Data"), (1, "Internal Error"), (2, "No Data Available"),
        (3, "Invalid Request"), (4, "Unsupported Protocol Version"), (5, "Unsupported PDU Type"),
        (6, "Withdrawal of Unknown Record"), (7, "Duplicate Announcement Received"));

    /// <summary>rpki_rtr_print: the PDUs in len bytes at p (without -v only the protocol's name).</summary>
    public static void Print(ref Frame f, int p, int len)
    {
        f.Proto = "rpki_rtr";
        if (f.Opt.Verbose == 0)
        {
            f.Out.Write(", RPKI-RTR"u8);
            return;
        }
        while (len > 0 && !f.Truncated)
        {
            int pduLen = PduPrint(ref f, p, len, true, 8);
            len -= pduLen;
            p += pduLen;
        }
    }

    /// <summary>
    /// One PDU at t with len bytes left; an Error Report's encapsulated PDU is printed once more
    /// (recurse false) two columns further in. Returns the bytes consumed.
    /// </summary>
    private static int PduPrint(ref Frame f, int t, int len, bool recurse, int indent)
    {
        var o = f.Out;
        int version = f.U8(t);
        if (f.Truncated) return len;
        if (version != 0)
        {
            // an unknown version's PDU length cannot be trusted: the rest of the data is skipped
            Indent(o, 8); o.Write("RPKI-RTRv"u8); o.Dec(version); o.Write(" (unknown)"u8);
            return len;
        }
        if (len < HeaderLength)
        {
            o.Char('('); o.Dec((uint)len); o.Write(" bytes is too few to decode)"u8);
            f.Invalid(t, len);
            return len;
        }
        if (!f.Need(t, HeaderLength)) return len;
        int type = f.Data[t + 1];
        uint pduLen = f.U32(t + 4);
        bool hexdump = false;
        Indent(o, 8); o.Write("RPKI-RTRv0, "u8); PduTypes.Print(o, (uint)type, "Unknown");
        o.Write(" PDU ("u8); o.Dec(type); o.Write("), length: "u8); o.Dec(pduLen);
        if (pduLen < HeaderLength || pduLen > (uint)len) return Invalid(ref f, t, len);
        int plen = (int)pduLen;

        switch (type)
        {
            case SerialNotify:
            case SerialQuery:
            case EndOfData:
                if (plen != HeaderLength + 4) return Invalid(ref f, t, len);
                int session = f.U16(t + 2);
                uint serial = f.U32(t + 8);
                Indent(o, indent + 2); o.Write("Session ID: 0x"u8); o.Hex((uint)session, 4);
                o.Write(", Serial: "u8); o.Dec(serial);
                break;
            case ResetQuery:
            case CacheReset:
                if (plen != HeaderLength) return Invalid(ref f, t, len);
                break;
            case CacheResponse:
                if (plen != HeaderLength) return Invalid(ref f, t, len);
                Indent(o, indent + 2); o.Write("Session ID: 0x"u8); o.Hex(f.U16(t + 2), 4);
                break;
            case Ipv4Prefix:
            case Ipv6Prefix:
                int addrLen = type == Ipv4Prefix ? 4 : 16;
                if (plen != (type == Ipv4Prefix ? Ipv4PrefixLength : Ipv6PrefixLength)) return Invalid(ref f, t, len);
                var prefix = f.Bytes(t + 12, addrLen);
                int flags = f.U8(t + 8), prefixLen = f.U8(t + 9), maxLen = f.U8(t + 10);
                uint asn = f.U32(t + 12 + addrLen);
                if (f.Truncated) return len;
                Indent(o, indent + 2);
                if (addrLen == 4) { o.Write("IPv4 Prefix "u8); f.Ctx.Names.IPv4(o, prefix); }
                else { o.Write("IPv6 Prefix "u8); f.Ctx.Names.IPv6(o, prefix); }
                o.Char('/'); o.Dec(prefixLen); o.Char('-'); o.Dec(maxLen);
                o.Write(", origin-as "u8); o.Dec(asn);
                o.Write(", flags 0x"u8); o.Hex2((byte)flags);
                break;
            case ErrorReport:
                if (!ErrorReportPrint(ref f, t, plen, recurse, indent)) return Invalid(ref f, t, len);
                if (f.Truncated) return len;
                break;
            default:
                if (!f.Need(t, plen)) return len;
                hexdump = true;
                break;
        }
        if (f.Truncated) return len;
        if (f.Opt.Verbose > 1 || hexdump) HexDump.UnknownData(ref f, t, "\n\t  "u8, plen);
        return plen;
    }

    /// <summary>
    /// An Error Report's body: error code, the erroneous PDU (length-prefixed), the error text
    /// (length-prefixed). False when a length does not fit in the PDU.
    /// </summary>
    private static bool ErrorReportPrint(ref Frame f, int t, int plen, bool recurse, int indent)
    {
        var o = f.Out;
        int tlen = HeaderLength;
        if (plen < tlen + 4) return false;
        if (!f.Need(t, tlen + 4)) return true;
        uint encapsulatedLen = f.U32(t + tlen);
        tlen += 4;
        int code = f.U16(t + 2);
        Indent(o, indent + 2); o.Write("Error code: "u8); ErrorCodes.Print(o, (uint)code, "Unknown");
        o.Write(" ("u8); o.Dec(code); o.Write("), Encapsulated PDU length: "u8); o.Dec(encapsulatedLen);
        if (encapsulatedLen != 0)
        {
            if ((uint)plen < tlen + encapsulatedLen) return false;
            int elen = (int)encapsulatedLen;
            if (!recurse)
            {
                if (!f.Need(t, tlen + elen)) return true;
            }
            else
            {
                Indent(o, indent + 4); o.Write("-----encapsulated PDU-----"u8);
                PduPrint(ref f, t + tlen, elen, false, indent + 2);
                if (f.Truncated) return true;
            }
            tlen += elen;
        }
        if (plen < tlen + 4) return false;
        if (!f.Need(t, tlen + 4)) return true;
        uint textLen = f.U32(t + tlen);
        tlen += 4;
        if (textLen != 0)
        {
            if ((uint)plen < tlen + textLen) return false;
            Indent(o, indent + 2); o.Write("Error text: "u8);
            for (int i = 0; i < (int)textLen; i++)
            {
                byte c = f.U8(t + tlen + i);
                if (f.Truncated) return true;
                TextProto.PrintChar(o, c);
            }
        }
        return true;
    }

    /// <summary>nd_print_invalid, then the rest must have been captured; everything left is consumed.</summary>
    private static int Invalid(ref Frame f, int t, int len)
    {
        f.Invalid(t, len);
        return len;
    }

    /// <summary>A new line indented by n columns: tabs for each 8, then spaces.</summary>
    private static void Indent(TextOut o, int n)
    {
        o.Char('\n');
        for (; n >= 8; n -= 8) o.Char('\t');
        for (; n > 0; n--) o.Char(' ');
    }
}
