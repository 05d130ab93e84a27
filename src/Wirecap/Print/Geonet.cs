namespace Wirecap.Print;

/// <summary>
/// ETSI ITS link protocols: GeoNetworking (print-geonet.c, EN 302 636-4-1) with its common header,
/// the sender's long position vector and a BTP header, and CALM FAST (print-calm-fast.c, ISO 29281)
/// with its two network references. With -v the rest is dumped in hex and ASCII.
/// </summary>
public static class Geonet
{
    public const int EtherTypeGeonet = 0x8947, EtherTypeGeonetOld = 0x0707, EtherTypeCalmFast = 0x1111;
    private const int CommonHeaderLength = 36, BtpLength = 4;

    private static readonly Tok MessageTypes = new((0, "CAM"), (1, "DENM"), (101, "TPEGM"), (102, "TSPDM"),
        (103, "VPM"), (104, "SRM"), (105, "SLAM"), (106, "ecoCAM"), (107, "ITM"), (150, "SA"));

    /// <summary>geonet_print: the packet at p, length bytes; src is the offset of the sender's MAC address, or -1.</summary>
    public static void Print(ref Frame f, int p, int length, int src)
    {
        f.Proto = "geonet";
        var o = f.Out;
        o.Write("GeoNet "u8);
        if (src >= 0) { o.Write("src:"u8); f.Ctx.Names.Mac(o, f.Data.Slice(src, 6)); }
        o.Write("; "u8);
        if (length < CommonHeaderLength)
        {
            o.Write(" (common header length "u8); o.Dec((uint)length); o.Write(" < 36) (invalid)"u8);
            return;
        }
        // Basic and common header fields: version, next header, header type and subtype, payload, hop limit.
        int b0 = f.U8(p), b1 = f.U8(p + 1);
        int payloadLength = f.U16(p + 4);
        int hopLimit = f.U8(p + 7);
        if (f.Truncated) return;
        int version = b0 >> 4, nextHeader = b0 & 0x0f, type = b1 >> 4, subtype = b1 & 0x0f;
        o.Write("v:"u8); o.Dec(version);
        o.Write(" NH:"u8); o.Dec(nextHeader); o.Char('-');
        o.Write(nextHeader switch { 0 => "Any"u8, 1 => "BTP-A"u8, 2 => "BTP-B"u8, 3 => "IPv6"u8, _ => "Unknown"u8 });
        o.Write(" HT:"u8); o.Dec(type); o.Char('-'); o.Dec(subtype); o.Char('-'); o.Write(TypeName(type, subtype));
        o.Write(" HopLim:"u8); o.Dec(hopLimit); o.Write(" Payload:"u8); o.Dec(payloadLength); o.Char(' ');

        // The sender's long position vector: GN address, timestamp, latitude, longitude.
        var gnAddr = f.Bytes(p + 8, 8);
        if (f.Truncated) return;
        o.Write("GN_ADDR:"u8); LinkAddr(o, gnAddr); o.Char(' ');
        uint lat = f.U32(p + 20);
        if (f.Truncated) return;
        o.Write("lat:"u8); o.Dec(lat); o.Char(' ');
        uint lon = f.U32(p + 24);
        if (f.Truncated) return;
        o.Write("lon:"u8); o.Dec(lon);

        if (!f.Need(p, CommonHeaderLength)) return;
        length -= CommonHeaderLength;
        p += CommonHeaderLength;

        // Only the headers without an extended part (or with the multi-hop one of known size) are
        // skipped to reach the BTP header.
        int extendedLength = type switch { 0 or 1 => 0, 5 when subtype == 0 => 0, 5 when subtype == 1 => 68 - 36, _ => -1 };
        if (extendedLength >= 0)
        {
            if (length < extendedLength)
            {
                o.Write(" (header size "u8); o.Dec(extendedLength); o.Write(" > "u8); o.Dec((uint)length); o.Write(") (invalid)"u8);
                return;
            }
            if (!f.Need(p, extendedLength)) return;
            length -= extendedLength;
            p += extendedLength;
            if (nextHeader is 1 or 2)
            {
                if (length < BtpLength)
                {
                    o.Write(" (BTP length "u8); o.Dec((uint)length); o.Write(" < 4) (invalid)"u8);
                    return;
                }
                int dstPort = f.U16(p);
                if (f.Truncated) return;
                o.Write("; BTP Dst:"u8); o.Dec(dstPort);
                int srcPort = f.U16(p + 2);
                if (f.Truncated) return;
                o.Write(" Src:"u8); o.Dec(srcPort);
                length -= BtpLength;
                p += BtpLength;
                if (length >= 2)
                {
                    // Taken to be an ItsPduHeader: protocol version and message type.
                    int pduVersion = f.U8(p);
                    if (f.Truncated) return;
                    o.Write("; ItsPduHeader v:"u8); o.Dec(pduVersion);
                    int messageType = f.U8(p + 1);
                    if (f.Truncated) return;
                    o.Write(" t:"u8); o.Dec(messageType); o.Char('-'); MessageTypes.Print(o, (uint)messageType, "unknown (%u)");
                }
            }
        }
        if (f.Opt.Verbose > 0) Ethernet.DefaultPrintAlways(ref f, p, length);
    }

    private static ReadOnlySpan<byte> TypeName(int type, int subtype) => (type, subtype) switch
    {
        (0, _) => "Any"u8,
        (1, _) => "Beacon"u8,
        (2, _) => "GeoUnicast"u8,
        (3, 0) => "GeoAnycastCircle"u8,
        (3, 1) => "GeoAnycastRect"u8,
        (3, 2) => "GeoAnycastElipse"u8,
        (4, 0) => "GeoBroadcastCircle"u8,
        (4, 1) => "GeoBroadcastRect"u8,
        (4, 2) => "GeoBroadcastElipse"u8,
        (5, 0) => "TopoScopeBcast-SH"u8,
        (5, 1) => "TopoScopeBcast-MH"u8,
        (6, 0) => "LocService-Request"u8,
        (6, 1) => "LocService-Reply"u8,
        _ => "Unknown"u8,
    };

    /// <summary>linkaddr_string for an address that is not a MAC: its bytes in hex, colon-separated.</summary>
    private static void LinkAddr(TextOut o, ReadOnlySpan<byte> a)
    {
        for (int i = 0; i < a.Length; i++)
        {
            if (i > 0) o.Char(':');
            o.Hex2(a[i]);
        }
    }

    /// <summary>calm_fast_print: source and destination network references, then with -v the rest.</summary>
    public static void CalmFastPrint(ref Frame f, int p, int length, int src)
    {
        f.Proto = "calm_fast";
        var o = f.Out;
        o.Write("CALM FAST"u8);
        if (src >= 0) { o.Write(" src:"u8); f.Ctx.Names.Mac(o, f.Data.Slice(src, 6)); }
        o.Write("; "u8);
        if (length < 2)
        {
            o.Write(" (length "u8); o.Dec((uint)length); o.Write(" < 2) (invalid)"u8);
            f.Need(p, length);
            return;
        }
        int srcRef = f.U8(p);
        if (f.Truncated) return;
        o.Write("SrcNwref:"u8); o.Dec(srcRef); o.Write("; "u8);
        int dstRef = f.U8(p + 1);
        if (f.Truncated) return;
        o.Write("DstNwref:"u8); o.Dec(dstRef); o.Write("; "u8);
        if (f.Opt.Verbose > 0) Ethernet.DefaultPrintAlways(ref f, p + 2, length - 2);
    }
}
