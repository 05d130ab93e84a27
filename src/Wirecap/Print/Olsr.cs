namespace Wirecap.Print;

/// <summary>
/// OLSR (print-olsr.c; RFC 3626 with the olsr.org LQ, name service and smart-gateway extensions), UDP 698.
/// <code>
/// | Packet Length (16) | Packet Sequence Number (16) |
/// messages: | Type (8) | Vtime (8) | Message Size (16) | Originator (4 or 16) | TTL | Hop Count | Seq (16) | body
/// </code>
/// </summary>
public static class Olsr
{
    public const int Port = 698;
    private const int Hello = 1, Tc = 2, Mid = 3, Hna = 4, NameService = 130, HelloLq = 201, TcLq = 202;

    private static readonly Tok Messages = new((1, "Hello"), (2, "TC"), (3, "MID"), (4, "HNA"), (128, "Powerinfo"),
        (130, "Nameservice"), (201, "Hello-LQ"), (202, "TC-LQ"));
    private static readonly Tok LinkTypes = new((0, "Unspecified"), (1, "Asymmetric"), (2, "Symmetric"), (3, "Lost"));
    private static readonly Tok NeighborTypes = new((0, "Not-Neighbor"), (1, "Symmetric"), (2, "Symmetric-MPR"));

    /// <summary>olsr_print: pptr/length are the UDP payload; v6 says which address size the messages use.</summary>
    public static void Print(ref Frame f, int pptr, int length, bool v6)
    {
        f.Proto = "olsr";
        var o = f.Out;
        o.Write(v6 ? "OLSRv6"u8 : "OLSRv4"u8);
        if (length < 4) { f.PrintTrunc(); return; }
        if (!LocalTrunc.Check(ref f, pptr, 4)) return;
        var d = f.Data;
        length = Math.Min(length, d[pptr] << 8 | d[pptr + 1]);
        o.Write(", seq 0x"u8); o.Hex((uint)(d[pptr + 2] << 8 | d[pptr + 3]), 4);
        o.Write(", length "u8); o.Dec(length);
        if (f.Opt.Verbose < 1) return;

        int addrSize = v6 ? 16 : 4;
        int headerLength = 8 + addrSize;
        int tptr = pptr + 4;
        while (tptr < pptr + length && !f.Truncated)
        {
            if (!LocalTrunc.Check(ref f, tptr, headerLength)) return;
            int msgType = d[tptr];
            int vtime = d[tptr + 1];
            int msgLength = d[tptr + 2] << 8 | d[tptr + 3];
            bool valid = msgLength >= headerLength && msgLength <= length;
            if (msgType == 0 || msgLength == 0) return;   // would loop for ever
            int after = tptr + 4 + addrSize;
            o.Write("\n\t"u8); Messages.Print(o, (uint)msgType, "Unknown");
            o.Write(" Message (0x"u8); o.Hex2((byte)msgType); o.Write("), originator "u8);
            AddressPrint(ref f, tptr + 4, v6);
            o.Write(", ttl "u8); o.Dec(d[after]); o.Write(", hop "u8); o.Dec(d[after + 1]);
            o.Write("\n\t  vtime "u8); MantissaExponentPrint(o, vtime);
            o.Write("s, msg-seq 0x"u8); o.Hex((uint)(d[after + 2] << 8 | d[after + 3]), 4);
            o.Write(", length "u8); o.Dec(msgLength);
            if (!valid) { o.Write(" (invalid)"u8); return; }
            if (!MessagePrint(ref f, msgType, tptr + headerLength, msgLength - headerLength, v6)) { f.PrintTrunc(); return; }
            tptr += msgLength;
        }
    }

    private static void AddressPrint(ref Frame f, int p, bool v6)
    {
        if (v6) f.Ctx.Names.IPv6(f.Out, f.Data.Slice(p, 16));
        else f.Ctx.Names.IPv4(f.Out, f.Data.Slice(p, 4));
    }

    /// <summary>A time in the RFC 3626 mantissa/exponent byte, seconds with 3 decimals rounded as printf does.</summary>
    private static void MantissaExponentPrint(TextOut o, int me)
    {
        // 0.0625 * (1 + a/16) * 2^b = (16 + a) * 2^b / 256, exact in binary: round half to even
        long n = (long)(16 + (me >> 4)) << (me & 0x0f);
        long q = n * 1000 / 256, r = n * 1000 % 256;
        if (r * 2 > 256 || (r * 2 == 256 && (q & 1) != 0)) q++;
        o.Dec(q / 1000); o.Char('.'); o.Dec((ulong)(q % 1000), 3);
    }

    /// <summary>One message's body (msgData, msgLength bytes); false where tcpdump ends the packet truncated.</summary>
    private static bool MessagePrint(ref Frame f, int msgType, int msgData, int msgLength, bool v6)
    {
        var o = f.Out;
        var d = f.Data;
        int addrSize = v6 ? 16 : 4;
        switch (msgType)
        {
            case Hello:
            case HelloLq:
            {
                if (msgLength < 4 || !f.Has(msgData, 4)) return false;
                o.Write("\n\t  hello-time "u8); MantissaExponentPrint(o, d[msgData + 2]);
                o.Write("s, MPR willingness "u8); o.Dec(d[msgData + 3]);
                msgData += 4;
                msgLength -= 4;
                while (msgLength >= 4)
                {
                    if (!f.Has(msgData, 4)) return false;
                    int helloLength = d[msgData + 2] << 8 | d[msgData + 3];
                    int linkCode = d[msgData];
                    bool valid = helloLength <= msgLength && helloLength >= 4;
                    o.Write("\n\t    link-type "u8); LinkTypes.Print(o, (uint)(linkCode & 3), "Unknown");
                    o.Write(", neighbor-type "u8); NeighborTypes.Print(o, (uint)(linkCode >> 2), "Unknown");
                    o.Write(", len "u8); o.Dec(helloLength);
                    if (!valid) { o.Write(" (invalid)"u8); break; }
                    msgData += 4;
                    msgLength -= 4;
                    helloLength -= 4;
                    if (!f.Has(msgData, helloLength)) return false;
                    if (msgType == Hello) NeighborsPrint(ref f, msgData, helloLength);
                    else if (!LqNeighborsPrint(ref f, msgData, helloLength, v6)) return false;
                    msgData += helloLength;
                    msgLength -= helloLength;
                }
                return !f.Truncated;
            }

            case Tc:
            case TcLq:
                if (msgLength < 4 || !f.Has(msgData, 4)) return false;
                o.Write("\n\t    advertised neighbor seq 0x"u8); o.Hex((uint)(d[msgData] << 8 | d[msgData + 1]), 4);
                msgData += 4;
                msgLength -= 4;
                if (msgType == Tc) NeighborsPrint(ref f, msgData, msgLength);
                else if (!LqNeighborsPrint(ref f, msgData, msgLength, v6)) return false;
                return !f.Truncated;

            case Mid:
                while (msgLength >= addrSize)
                {
                    if (!f.Has(msgData, addrSize)) return false;
                    o.Write("\n\t  interface address "u8); AddressPrint(ref f, msgData, v6);
                    msgData += addrSize;
                    msgLength -= addrSize;
                }
                return true;

            case Hna:
                return v6 ? Hna6Print(ref f, msgData, msgLength) : Hna4Print(ref f, msgData, msgLength);

            case NameService:
                return NameServicePrint(ref f, msgData, msgLength, addrSize);

            default:
                HexDump.UnknownData(ref f, msgData, "\n\t    "u8, msgLength);
                return true;
        }
    }

    /// <summary>Plain neighbor addresses (IPv4 whatever the packet's family, as tcpdump reads them).</summary>
    private static void NeighborsPrint(ref Frame f, int p, int length)
    {
        var o = f.Out;
        o.Write("\n\t      neighbor\n\t\t"u8);
        for (; length >= 4; p += 4, length -= 4)
        {
            var a = f.Bytes(p, 4);
            if (f.Truncated) return;
            f.Ctx.Names.IPv4(o, a); o.Char(' ');
        }
    }

    /// <summary>Neighbors with link qualities (the LQ extension); false when one is not captured.</summary>
    private static bool LqNeighborsPrint(ref Frame f, int p, int length, bool v6)
    {
        var o = f.Out;
        int size = v6 ? 20 : 8, addrSize = v6 ? 16 : 4;
        for (; length >= size; p += size, length -= size)
        {
            if (!f.Has(p, size)) return false;
            o.Write("\n\t      neighbor "u8); AddressPrint(ref f, p, v6);
            o.Write(", link-quality "u8); PercentPrint(o, f.Data[p + addrSize]);
            o.Write("%, neighbor-link-quality "u8); PercentPrint(o, f.Data[p + addrSize + 1]); o.Char('%');
        }
        return true;
    }

    /// <summary>A link quality byte as a percentage with 2 decimals (%.2f of q/2.55).</summary>
    private static void PercentPrint(TextOut o, byte q)
    {
        Span<byte> buf = stackalloc byte[16];
        ((double)q / 2.55).TryFormat(buf, out int n, "F2", System.Globalization.CultureInfo.InvariantCulture);
        o.Write(buf[..n]);
    }

    private static bool Hna6Print(ref Frame f, int p, int length)
    {
        var o = f.Out;
        o.Write("\n\t  Advertised networks (total "u8); o.Dec(length / 32); o.Char(')');
        for (; length >= 32; p += 32, length -= 32)
        {
            if (!f.Has(p, 32)) return false;
            // the index is never advanced in tcpdump
            o.Write("\n\t    #0: "u8); f.Ctx.Names.IPv6(o, f.Data.Slice(p, 16)); o.Char('/');
            o.Dec(Mask6Length(f.Data.Slice(p + 16, 16)));
        }
        return true;
    }

    private static bool Hna4Print(ref Frame f, int p, int length)
    {
        var o = f.Out;
        var d = f.Data;
        o.Write("\n\t  Advertised networks (total "u8); o.Dec(length / 8); o.Char(')');
        for (int col = 0; length >= 8; p += 8, length -= 8, col = (col + 1) % 4)
        {
            if (!f.Has(p, 8)) return false;
            o.Write(col == 0 ? "\n\t    "u8 : ", "u8);
            int gwFlags = d[p + 5];
            if (d[p] == 0 && d[p + 1] == 0 && d[p + 2] == 0 && d[p + 3] == 0 && d[p + 4] == 0 && gwFlags != 0)
            {
                // an olsr.org smart gateway: flags, then uplink/downlink speeds
                o.Write("Smart-Gateway:"u8);
                if ((gwFlags & 0x01) != 0) o.Write(" LINKSPEED"u8);
                if ((gwFlags & 0x02) != 0) o.Write(" IPV4"u8);
                if ((gwFlags & 0x04) != 0) o.Write(" IPV4-NAT"u8);
                if ((gwFlags & 0x08) != 0) o.Write(" IPV6"u8);
                if ((gwFlags & 0x10) != 0) o.Write(" IPv6-PREFIX"u8);
                bool speed = (gwFlags & 0x01) != 0;
                o.Char(' '); o.Dec(speed ? GatewaySpeed(d[p + 6]) : 0);
                o.Char('/'); o.Dec(speed ? GatewaySpeed(d[p + 7]) : 0);
            }
            else
            {
                f.Ctx.Names.IPv4(o, d.Slice(p, 4)); o.Char('/');
                uint mask = (uint)(d[p + 4] << 24 | d[p + 5] << 16 | d[p + 6] << 8 | d[p + 7]);
                o.Dec((uint)MaskLength(mask));
            }
        }
        return true;
    }

    private static uint GatewaySpeed(byte value)
    {
        if (value == 0) return 0;
        if (value == 0xff) return 320000000;
        uint speed = (uint)(value >> 3) + 1;
        for (int e = value & 7; e != 0; e--) speed *= 10;
        return speed;
    }

    /// <summary>mask2plen: the prefix length of a contiguous mask, else -1.</summary>
    private static int MaskLength(uint mask)
    {
        for (int len = 32; len >= 0; len--)
            if ((len == 0 ? 0u : 0xffffffffu << (32 - len)) == mask) return len;
        return -1;
    }

    /// <summary>mask62plen: counts the leading one bits byte by byte, stopping at the first byte not 0xff.</summary>
    private static int Mask6Length(ReadOnlySpan<byte> mask)
    {
        int length = 0;
        for (int i = 0; i < 16; i++)
        {
            int b = mask[i];
            for (int bits = 0; bits <= 8; bits++)
            {
                if (b == (0xff00 >> bits & 0xff)) { length += bits; break; }
            }
            if (b != 0xff) break;
        }
        return length;
    }

    private static bool NameServicePrint(ref Frame f, int p, int length, int addrSize)
    {
        var o = f.Out;
        if (length < 4) return false;
        int version = f.U16(p);
        int entries = f.U16(p + 2);
        if (f.Truncated) return true;
        bool valid = entries > 0 && entries * (4 + addrSize) <= length;
        o.Write("\n\t  Version "u8); o.Dec(version); o.Write(", Entries "u8); o.Dec(entries);
        if (!valid) { o.Write(" (invalid)"u8); return true; }
        p += 4;
        length -= 4;
        for (int i = 0; i < entries; i++)
        {
            if (length < 4) break;
            int type = f.U16(p);
            int entryLength = f.U16(p + 2);
            if (f.Truncated) return true;
            p += 4;
            length -= 4;
            bool entryValid = entryLength > 0 && addrSize + entryLength <= length;
            o.Write("\n\t    #"u8); o.Dec(i); o.Write(": type "u8);
            if (type == 0) o.Write("000000"u8); else { o.Write("0x"u8); o.Hex((uint)type, 4); }
            o.Write(", length "u8); o.Dec(entryLength);
            if (!entryValid) { o.Write(" (invalid)"u8); break; }
            int padding = entryLength % 4 != 0 ? 4 - entryLength % 4 : 0;
            if (length < addrSize + entryLength + padding) return false;
            if (!f.Has(p, addrSize + entryLength + padding)) return false;
            o.Write(", address "u8); AddressPrint(ref f, p, addrSize == 16); o.Write(", name \""u8);
            Bootp.PrintN(ref f, p + addrSize, entryLength);
            o.Char('"');
            p += addrSize + entryLength + padding;
            length -= addrSize + entryLength + padding;
        }
        return true;
    }
}
