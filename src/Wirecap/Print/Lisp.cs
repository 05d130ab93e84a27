namespace Wirecap.Print;

/// <summary>
/// LISP control messages (print-lisp.c; RFC 6830/6833), UDP 4342: only Map-Register and Map-Notify
/// are decoded.
/// <code>
/// | Type (4) | flags (20) | Record count (8) | Nonce (64) | Key ID (16) | Auth data length (16) | Auth data
/// record:  | TTL (32) | Locator count | EID mask length | ACT A (flags) | Rsvd | Version (12) | EID AFI | EID
/// locator: | Priority | Weight | M Priority | M Weight | flags (16) | AFI (16) | Locator
/// </code>
/// </summary>
public static class Lisp
{
    public const int Port = 4342;
    private const int HeaderLength = 16, RecordLength = 12, LocatorLength = 8;
    private const int MapRegister = 3, MapNotify = 4;
    private const int Ipv4Afi = 1, Ipv6Afi = 2;

    private static readonly Tok Types = new((0, "LISP-Reserved"), (1, "LISP-Map-Request"), (2, "LISP-Map-Reply"),
        (3, "LISP-Map-Register"), (4, "LISP-Map-Notify"), (8, "LISP-Encapsulated-Contol-Message"));
    private static readonly Tok RegisterFlags = new((0x08000000, "P-Proxy-Map-Reply"), (0x04000000, "S-LISP-SEC-Capable"),
        (0x02000000, "I-xTR-ID-Present"), (0x01000000, "R-Build-For-RTR"), (0x00000100, "M-Want-Map-Notify"));
    private static readonly Tok NotifyFlags = new((0x08000000, "I-xTR-ID-Present"), (0x04000000, "R-Build-For-RTR"));
    private static readonly Tok AuthTypes = new((0, "None"), (1, "SHA1"), (2, "SHA256"));
    private static readonly Tok Actions = new((0, "No-Action"), (1, "Natively-Forward"), (2, "Send-Map-Request"), (3, "Drop"));
    private static readonly Tok LocatorFlags = new((0x0004, "Local-Locator"), (0x0002, "RLoc-Probed"), (0x0001, "Reachable"));

    /// <summary>lisp_print: bp/length are the UDP payload.</summary>
    public static void Print(ref Frame f, int bp, int length)
    {
        f.Proto = "lisp";
        var o = f.Out;
        bool verbose = f.Opt.Verbose > 0;
        if (!LocalTrunc.Check(ref f, bp, HeaderLength)) return;
        var d = f.Data;
        int typeAndFlags = d[bp];
        int type = typeAndFlags >> 4;
        Types.Print(o, (uint)type, "unknown-type-%u"); o.Char(',');
        if (verbose && (type == MapRegister || type == MapNotify))
        {
            uint header = f.U32(bp);
            o.Write(" flags ["u8); (type == MapRegister ? RegisterFlags : NotifyFlags).Bits(o, header, "none"); o.Write("],"u8);
        }
        if (type != MapRegister && type != MapNotify) return;

        bool xtrPresent = (typeAndFlags & (type == MapRegister ? 0x02 : 0x08)) != 0;
        int authDataLength = d[bp + 14] << 8 | d[bp + 15];
        int recordCount = d[bp + 3];
        // offsets are 16-bit in tcpdump
        int offset = HeaderLength;
        if (verbose)
        {
            int keyId = d[bp + 12] << 8 | d[bp + 13];
            o.Write("\n    "u8); o.Dec(recordCount); o.Write(" record(s), "u8);
            o.Write("Authentication "u8); AuthTypes.Print(o, (uint)keyId, "unknown-type"); o.Char(',');
            HexDump.Hex(ref f, "\n    Authentication-Data: "u8, bp + offset, authDataLength);
            if (f.Truncated) return;
        }
        else { o.Char(' '); o.Dec(recordCount); o.Write(" record(s),"u8); }
        offset = (ushort)(offset + authDataLength);
        if (recordCount == 0) { o.Write(" (invalid)"u8); return; }

        while (length > offset && recordCount != 0)
        {
            recordCount--;
            if (!LocalTrunc.Check(ref f, bp + offset, RecordLength)) return;
            o.Char('\n');
            int eid = bp + offset;
            offset = (ushort)(offset + RecordLength);
            int maskLength = d[eid + 5];
            int eidAfi = d[eid + 10] << 8 | d[eid + 11];
            int locatorCount = d[eid + 4];
            if (verbose)
            {
                o.Write("      Record TTL "u8); o.Dec(f.U32(eid)); o.Char(',');
                int act = d[eid + 6];
                o.Write(((act >> 4) & 1) != 0 ? " Authoritative,"u8 : " Non-Authoritative,"u8);
                o.Char(' '); Actions.Print(o, (uint)(act >> 5), "unknown"); o.Char(',');
                o.Write(" Map Version: "u8); o.Dec((d[eid + 8] << 8 | d[eid + 9]) & 0x0fff); o.Char(',');
            }
            if (eidAfi == Ipv4Afi)
            {
                var a = f.Bytes(bp + offset, 4);
                if (f.Truncated) return;
                o.Write(" EID "u8); f.Ctx.Names.IPv4(o, a); o.Char('/'); o.Dec(maskLength); o.Char(',');
                offset = (ushort)(offset + 4);
            }
            else if (eidAfi == Ipv6Afi)
            {
                var a = f.Bytes(bp + offset, 16);
                if (f.Truncated) return;
                o.Write(" EID "u8); f.Ctx.Names.IPv6(o, a); o.Char('/'); o.Dec(maskLength); o.Char(',');
                offset = (ushort)(offset + 16);
            }
            else return;   // no LCAF support
            o.Char(' '); o.Dec(locatorCount); o.Write(" locator(s)"u8);

            while (locatorCount != 0)
            {
                locatorCount--;
                if (!LocalTrunc.Check(ref f, bp + offset, LocatorLength)) return;
                int loc = bp + offset;
                offset = (ushort)(offset + LocatorLength);
                int locAfi = d[loc + 6] << 8 | d[loc + 7];
                if (verbose) o.Write("\n       "u8);
                if (locAfi == Ipv4Afi)
                {
                    if (!LocalTrunc.Check(ref f, bp + offset, 4)) return;
                    o.Write(" LOC "u8); f.Ctx.Names.IPv4(o, d.Slice(loc + 8, 4));
                    offset = (ushort)(offset + 4);
                }
                else if (locAfi == Ipv6Afi)
                {
                    if (!LocalTrunc.Check(ref f, bp + offset, 16)) return;
                    o.Write(" LOC "u8); f.Ctx.Names.IPv6(o, d.Slice(loc + 8, 16));
                    offset = (ushort)(offset + 16);
                }
                if (verbose)
                {
                    o.Write("\n          Priority/Weight "u8); o.Dec(d[loc]); o.Char('/'); o.Dec(d[loc + 1]);
                    o.Write(", Multicast Priority/Weight "u8); o.Dec(d[loc + 2]); o.Char('/'); o.Dec(d[loc + 3]); o.Char(',');
                    o.Write(" flags ["u8); LocatorFlags.Bits(o, (uint)(d[loc + 4] << 8 | d[loc + 5]), "none"); o.Write("],"u8);
                }
            }
        }

        // The xTR-ID and site ID when flagged; else whatever is left, in hex.
        int rest = bp + offset;
        if (xtrPresent)
        {
            if (!f.Has(rest, 24)) { o.Write(" (invalid)"u8); return; }
            HexDump.Hex(ref f, "\n    xTR-ID: "u8, rest, 16);
            o.Write("\n    SITE-ID: "u8); o.Dec(f.U64(rest + 16));
        }
        else if (rest < f.End)
        {
            HexDump.Hex(ref f, "\n    Data: "u8, rest, f.Available(rest));
        }
    }
}
