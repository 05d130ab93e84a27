namespace Wirecap.Print;

/// <summary>
/// DNS and mDNS messages (print-domain.c). The header (RFC 1035 4.1.1, RFC 4035 3.2):
/// <code>
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5
/// +-------------------------------+
/// |              ID               |
/// +-+-------+-+-+-+-+-+-+-+-------+
/// |Q| Opcode|A|T|R|R|Z|A|C| RCODE |
/// |R|       |A|C|D|A| |D|D|       |
/// +-+-------+-+-+-+-+-+-+-+-------+
/// |            QDCOUNT            |
/// |            ANCOUNT            |
/// |            NSCOUNT            |
/// |            ARCOUNT            |
/// +-------------------------------+
/// </code>
/// then the question, answer, authority and additional sections. Over TCP a two-byte length
/// comes first (RFC 1035 4.2.2). A query prints as "id[op][+][%] [counts] TYPE? name", a response
/// as "id[op][rcode][*][-][|][$] an/ns/ar records"; -v adds owner names and SOA data, -vv the
/// questions of responses and the other sections, -vvv the TTLs.
/// </summary>
public static partial class Dns
{
    private const int HeaderLength = 12;

    private const int FlagQr = 0x8000;
    private const int FlagAa = 0x0400;
    private const int FlagTc = 0x0200;
    private const int FlagRd = 0x0100;
    private const int FlagRa = 0x0080;
    private const int FlagAd = 0x0020;
    private const int FlagCd = 0x0010;
    /// <summary>Flag bits a query should not have: AA, TC, RA, Z and the rcode.</summary>
    private const int QueryOddBits = 0x6cf;

    /// <summary>domain_print: the message at off, length bytes long on the wire.</summary>
    public static void Print(ref Frame f, int off, int length, bool overTcp, bool isMdns)
    {
        f.Proto = "domain";
        var o = f.Out;
        uint len = (uint)length;
        int bp = off;

        if (overTcp)
        {
            if (len < 2)
            {
                o.Write(" [DNS over TCP: length "u8); o.Dec(len); o.Write(" < 2]"u8);
                o.Write(" (invalid)"u8);
                return;
            }
            len -= 2;
            ushort prefix = f.U16(bp);
            if (f.Truncated) return;
            if (prefix != len)
            {
                o.Write(" [prefix length("u8); o.Dec(prefix); o.Write(") != length("u8); o.Dec(len); o.Write(")]"u8);
                o.Write(" (invalid)"u8);
                return;
            }
            bp += 2;
            o.Char(' ');
        }

        if (len < HeaderLength)
        {
            o.Write("domain [length "u8); o.Dec(len); o.Write(" < 12]"u8);
            o.Write(" (invalid)"u8);
            return;
        }
        if (!f.Has(bp, HeaderLength))
        {
            f.PrintTrunc();
            return;
        }

        int id = f.U16(bp);
        int flags = f.U16(bp + 2);
        uint qdcount = f.U16(bp + 4);
        uint ancount = f.U16(bp + 6);
        uint nscount = f.U16(bp + 8);
        uint arcount = f.U16(bp + 10);
        int opcode = (flags >> 11) & 0xf;
        uint rcode = ExtendedRcode(ref f, bp, flags, qdcount, ancount, nscount, arcount);
        int verbose = f.Opt.Verbose;
        int cp = bp + HeaderLength;

        if ((flags & FlagQr) != 0)
        {
            o.Dec((uint)id);
            o.Write(DnsTables.Opcodes[opcode]);
            if (rcode < (uint)DnsTables.ResponseCodes.Length) o.Write(DnsTables.ResponseCodes[rcode]);
            else { o.Write(" Resp"u8); o.Dec(rcode & 0xfff); }
            if ((flags & FlagAa) != 0) o.Char('*');
            if ((flags & FlagRa) == 0) o.Char('-');
            if ((flags & FlagTc) != 0) o.Char('|');
            if ((flags & FlagAd) != 0) o.Char('$');

            if (qdcount != 1) { o.Write(" ["u8); o.Dec(qdcount); o.Write("q]"u8); }
            // The questions are printed only at -vv.
            for (uint i = 0; i < qdcount; i++)
            {
                if (i != 0) o.Char(',');
                if (verbose > 1)
                {
                    o.Write(" q:"u8);
                    cp = PrintQuestion(ref f, cp, bp, isMdns);
                    if (cp < 0) goto trunc;
                }
                else
                {
                    cp = SkipName(ref f, cp);
                    if (cp < 0) goto trunc;
                    cp += 4;
                }
            }
            o.Char(' '); o.Dec(ancount); o.Char('/'); o.Dec(nscount); o.Char('/'); o.Dec(arcount);
            if (!PrintSection(ref f, ref cp, bp, ancount, isMdns, default)) goto trunc;
            if (verbose > 1)
            {
                if (!PrintSection(ref f, ref cp, bp, nscount, isMdns, " ns:"u8)) goto trunc;
                if (!PrintSection(ref f, ref cp, bp, arcount, isMdns, " ar:"u8)) goto trunc;
            }
        }
        else
        {
            o.Dec((uint)id);
            o.Write(DnsTables.Opcodes[opcode]);
            if ((flags & FlagRd) != 0) o.Char('+');
            if ((flags & FlagCd) != 0) o.Char('%');
            if ((flags & QueryOddBits) != 0) { o.Write(" [b2&3=0x"u8); o.Hex((uint)flags); o.Char(']'); }

            if (opcode == DnsTables.OpcodeIQuery)
            {
                if (qdcount != 0) { o.Write(" ["u8); o.Dec(qdcount); o.Write("q]"u8); }
                if (ancount != 1) { o.Write(" ["u8); o.Dec(ancount); o.Write("a]"u8); }
            }
            else
            {
                if (ancount != 0) { o.Write(" ["u8); o.Dec(ancount); o.Write("a]"u8); }
                if (qdcount != 1) { o.Write(" ["u8); o.Dec(qdcount); o.Write("q]"u8); }
            }
            if (nscount != 0) { o.Write(" ["u8); o.Dec(nscount); o.Write("n]"u8); }
            if (arcount != 0) { o.Write(" ["u8); o.Dec(arcount); o.Write("au]"u8); }

            if (qdcount != 0)
            {
                cp = PrintQuestion(ref f, cp, bp, isMdns);
                if (cp < 0) goto trunc;
                qdcount--;
                while (cp < f.End && qdcount != 0)
                {
                    cp = PrintQuestion(ref f, cp, bp, isMdns);
                    if (cp < 0) goto trunc;
                    qdcount--;
                }
            }
            if (qdcount != 0) goto trunc;

            // The other sections of a query are printed only at -vv (the answers without a heading).
            if (verbose > 1)
            {
                if (!PrintSection(ref f, ref cp, bp, ancount, isMdns, default)) goto trunc;
                if (!PrintSection(ref f, ref cp, bp, nscount, isMdns, " ns:"u8)) goto trunc;
                if (!PrintSection(ref f, ref cp, bp, arcount, isMdns, " ar:"u8)) goto trunc;
            }
        }
        o.Write(" ("u8); o.Dec(len); o.Char(')');
        return;

    trunc:
        f.PrintTrunc();
    }

    /// <summary>
    /// The records of one section, comma-separated after its heading (" ns:", " ar:", or none for
    /// the answers). False when they could not all be printed.
    /// </summary>
    private static bool PrintSection(ref Frame f, ref int cp, int bp, uint count, bool isMdns, ReadOnlySpan<byte> heading)
    {
        // The answers of a response print even at the snapshot end; the other sections need a byte left.
        bool answers = heading.IsEmpty;
        if (count != 0 && (answers || cp < f.End))
        {
            f.Out.Write(heading);
            cp = PrintRecord(ref f, cp, bp, isMdns);
            if (cp < 0) return false;
            count--;
            while (cp < f.End && count != 0)
            {
                f.Out.Char(',');
                cp = PrintRecord(ref f, cp, bp, isMdns);
                if (cp < 0) return false;
                count--;
            }
        }
        return count == 0;
    }

    /// <summary>
    /// The rcode with the extended bits of the first OPT record's TTL (RFC 6891 6.1.3), found by
    /// skipping the sections up to it; a malformed or short message leaves the 4-bit rcode.
    /// </summary>
    private static uint ExtendedRcode(ref Frame f, int bp, int flags, uint qdcount, uint ancount, uint nscount, uint arcount)
    {
        uint rcode = (uint)(flags & 0xf);
        int cp = bp + HeaderLength;
        for (uint i = 0; i < qdcount; i++)
        {
            cp = SkipName(ref f, cp);
            if (cp < 0) return rcode;
            cp += 4;
            if (cp >= f.End) return rcode;
        }
        for (uint i = 0; i < ancount + nscount; i++)
        {
            cp = SkipName(ref f, cp);
            if (cp < 0) return rcode;
            cp += 8;
            if (cp + 2 > f.End) return rcode;
            int rdlen = f.U16(cp);
            cp += 2 + rdlen;
            if (cp >= f.End) return rcode;
        }
        for (uint i = 0; i < arcount; i++)
        {
            cp = SkipName(ref f, cp);
            if (cp < 0) return rcode;
            if (cp + 2 > f.End) return rcode;
            int type = f.U16(cp);
            cp += 4;
            if (cp + 1 > f.End) return rcode;
            if (type == DnsTables.TypeOpt)
                return (rcode | (uint)(f.U8(cp) << 4)) & 0xffff;
            cp += 4;
            if (cp + 2 > f.End) return rcode;
            int rdlen = f.U16(cp);
            cp += 2 + rdlen;
            if (cp >= f.End) return rcode;
        }
        return rcode;
    }

    /// <summary>ns_qprint: " TYPE[ CLASS][ (QU|QM)]? name"; returns the offset past the question.</summary>
    private static int PrintQuestion(ref Frame f, int cp, int bp, bool isMdns)
    {
        var o = f.Out;
        int np = cp;
        cp = SkipName(ref f, cp);
        if (cp < 0 || !f.Has(cp, 4)) return -1;

        uint qtype = f.U16(cp);
        uint qclass = f.U16(cp + 2);
        o.Char(' ');
        DnsTables.Types.Print(o, qtype, "Type%u");
        uint cls = isMdns ? qclass & ~(uint)DnsTables.ClassTopBit : qclass;
        if (cls != DnsTables.ClassIn)
        {
            o.Char(' ');
            DnsTables.Classes.Print(o, cls, "(Class %u)");
        }
        if (isMdns) o.Write((qclass & DnsTables.ClassTopBit) != 0 ? " (QU)"u8 : " (QM)"u8);
        o.Write("? "u8);
        int end = PrintName(ref f, np, bp);
        return end < 0 ? -1 : end + 4;
    }

    /// <summary>
    /// ns_rprint: one resource record: at -v its owner name, then class (when not IN), TTL at -vvv,
    /// type and the data of the types tcpdump decodes. Returns the offset of the next record
    /// (the snapshot end when the fixed part is missing), or -1.
    /// </summary>
    private static int PrintRecord(ref Frame f, int cp, int bp, bool isMdns)
    {
        var o = f.Out;
        int verbose = f.Opt.Verbose;
        if (verbose > 0)
        {
            o.Char(' ');
            cp = PrintName(ref f, cp, bp);
            if (cp < 0) return -1;
        }
        else
        {
            cp = SkipName(ref f, cp);
        }
        if (cp < 0 || !f.Has(cp, 10)) return f.End;

        //  TYPE(2) CLASS(2) TTL(4) RDLENGTH(2); OPT puts the UDP size in CLASS and flags in the TTL.
        uint type = f.U16(cp);
        uint rawClass = f.U16(cp + 2);
        uint ttl = f.U32(cp + 4);
        uint optFlags = f.U16(cp + 6);
        int rdlen = f.U16(cp + 8);
        cp += 10;

        uint cls = isMdns ? rawClass & ~(uint)DnsTables.ClassTopBit : rawClass;
        if (cls != DnsTables.ClassIn && type != DnsTables.TypeOpt)
        {
            o.Char(' ');
            DnsTables.Classes.Print(o, cls, "(Class %u)");
        }
        if (isMdns && (rawClass & DnsTables.ClassTopBit) != 0) o.Write(" (Cache flush)"u8);
        if (type != DnsTables.TypeOpt && verbose > 2)
        {
            o.Write(" ["u8);
            PrintRelativeTime(o, ttl);
            o.Char(']');
        }

        int rp = cp + rdlen;
        o.Char(' ');
        DnsTables.Types.Print(o, type, "Type%u");
        if (rp > f.End) return -1;

        switch (type)
        {
            case DnsTables.TypeA:
                if (!f.Has(cp, 4)) return -1;
                o.Char(' ');
                o.IPv4(f.Data.Slice(cp, 4));
                break;

            case DnsTables.TypeNs:
            case DnsTables.TypeCname:
            case DnsTables.TypePtr:
            case DnsTables.TypeDname:
                o.Char(' ');
                if (PrintName(ref f, cp, bp) < 0) return -1;
                break;

            case DnsTables.TypeSoa:
                if (verbose == 0) break;
                // MNAME RNAME SERIAL REFRESH RETRY EXPIRE MINIMUM
                o.Char(' ');
                cp = PrintName(ref f, cp, bp);
                if (cp < 0) return -1;
                o.Char(' ');
                cp = PrintName(ref f, cp, bp);
                if (cp < 0) return -1;
                if (!f.Has(cp, 20)) return -1;
                for (int k = 0; k < 5; k++)
                {
                    o.Char(' ');
                    o.Dec(f.U32(cp + 4 * k));
                }
                break;

            case DnsTables.TypeMx:
                // PREFERENCE EXCHANGE, printed as "exchange preference"
                o.Char(' ');
                if (!f.Has(cp, 2)) return -1;
                if (PrintName(ref f, cp + 2, bp) < 0) return -1;
                o.Char(' ');
                o.Dec(f.U16(cp));
                break;

            case DnsTables.TypeTxt:
                while (cp < rp)
                {
                    o.Write(" \""u8);
                    cp = PrintCharString(ref f, cp);
                    if (cp < 0) return -1;
                    o.Char('"');
                }
                break;

            case DnsTables.TypeSrv:
            {
                // PRIORITY WEIGHT PORT TARGET, printed as "target:port priority weight"
                o.Char(' ');
                if (!f.Has(cp, 6)) return -1;
                if (PrintName(ref f, cp + 6, bp) < 0) return -1;
                uint priority = f.U16(cp), weight = f.U16(cp + 2), port = f.U16(cp + 4);
                o.Char(':'); o.Dec(port); o.Char(' '); o.Dec(priority); o.Char(' '); o.Dec(weight);
                break;
            }

            case DnsTables.TypeAaaa:
                if (!f.Has(cp, 16)) return -1;
                o.Char(' ');
                o.IPv6(f.Data.Slice(cp, 16));
                break;

            case DnsTables.TypeA6:
                if (!PrintA6(ref f, cp, bp)) return -1;
                break;

            case DnsTables.TypeUri:
            {
                // PRIORITY WEIGHT TARGET
                if (!f.Has(cp, rdlen)) return -1;
                uint priority = f.U16(cp), weight = f.U16(cp + 2);
                if (f.Truncated) return -1;
                o.Char(' '); o.Dec(priority); o.Char(' '); o.Dec(weight); o.Char(' ');
                if (PrintChars(ref f, cp + 4, (uint)(rdlen - 4))) return -1;
                break;
            }

            case DnsTables.TypeOpt:
                o.Write(" UDPsize="u8); o.Dec(cls);
                if ((optFlags & 0x8000) != 0) o.Write(" DO"u8);
                if (cp < rp)
                {
                    o.Write(" ["u8);
                    while (cp < rp)
                    {
                        cp = PrintEdnsOption(ref f, cp);
                        if (cp < 0) return -1;
                        if (cp < rp) o.Char(',');
                    }
                    o.Char(']');
                }
                break;

            case DnsTables.TypeUnspecA:
                // one long string
                if (!f.Has(cp, rdlen)) return -1;
                if (PrintChars(ref f, cp, (uint)rdlen)) return -1;
                break;

            case DnsTables.TypeTsig:
                if (!PrintTsig(ref f, cp, bp, rdlen)) return -1;
                break;
        }
        return rp;
    }

    /// <summary>A6 (RFC 2874): prefix length, the address suffix, then the prefix name when there is a prefix.</summary>
    private static bool PrintA6(ref Frame f, int cp, int bp)
    {
        var o = f.Out;
        if (!f.Has(cp, 1)) return false;
        int pbit = f.Data[cp];
        int pbyte = (pbit & ~7) / 8;
        if (pbit > 128)
        {
            o.Char(' '); o.Dec(pbit); o.Write("(bad plen)"u8);
            return true;
        }
        if (pbit < 128)
        {
            Span<byte> a = stackalloc byte[16];
            a.Clear();
            var suffix = f.Bytes(cp + 1, 16 - pbyte);
            if (f.Truncated) return false;
            suffix.CopyTo(a[pbyte..]);
            o.Char(' '); o.Dec(pbit); o.Char(' ');
            o.IPv6(a);
        }
        if (pbit > 0)
        {
            o.Char(' ');
            if (PrintName(ref f, cp + 1 + 16 - pbyte, bp) < 0) return false;
        }
        return true;
    }

    /// <summary>TSIG (RFC 8945) at -v: algorithm name, fudge, MAC length, original id, error, other length.</summary>
    private static bool PrintTsig(ref Frame f, int cp, int bp, int rdlen)
    {
        var o = f.Out;
        if (cp + rdlen > f.End) return false;
        if (f.Opt.Verbose == 0) return true;
        o.Char(' ');
        cp = PrintName(ref f, cp, bp);
        if (cp < 0) return false;
        cp += 6;    // time signed
        if (!f.Has(cp, 2)) return false;
        o.Write(" fudge="u8); o.Dec(f.U16(cp));
        cp += 2;
        if (!f.Has(cp, 2)) return false;
        uint macLength = f.U16(cp);
        o.Write(" maclen="u8); o.Dec(macLength);
        cp += 2 + (int)macLength;
        if (!f.Has(cp, 2)) return false;
        o.Write(" origid="u8); o.Dec(f.U16(cp));
        cp += 2;
        if (!f.Has(cp, 2)) return false;
        o.Write(" error="u8); o.Dec(f.U16(cp));
        cp += 2;
        if (!f.Has(cp, 2)) return false;
        o.Write(" otherlen="u8); o.Dec(f.U16(cp));
        return true;
    }

    private static readonly uint[] RelativeTimeUnits = [31536000, 604800, 86400, 3600, 60, 1];

    /// <summary>unsigned_relts_print: seconds as 1y2w3d4h5m6s, "0s" for zero.</summary>
    public static void PrintRelativeTime(TextOut o, uint secs)
    {
        if (secs == 0)
        {
            o.Write("0s"u8);
            return;
        }
        ReadOnlySpan<byte> names = "ywdhms"u8;
        for (int k = 0; secs > 0; k++)
        {
            uint unit = RelativeTimeUnits[k];
            if (secs >= unit)
            {
                o.Dec(secs / unit);
                o.Char(names[k]);
                secs %= unit;
            }
        }
    }
}
