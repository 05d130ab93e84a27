namespace Wirecap.Print;

/// <summary>
/// PGM (print-pgm.c, RFC 3208): IP protocol 113, or UDP-encapsulated (EPGM) under -T pgm.
/// <code>
///  0                   1                   2                   3
/// +-------------------------------+-------------------------------+
/// |          source port          |        destination port       |
/// +---------------+---------------+-------------------------------+
/// |     type      |    options    |           checksum            |
/// +---------------+---------------+-------------------------------+
/// |                 global source id (6 bytes) ...                |
/// +-------------------------------+-------------------------------+
/// |  ... global source id         |          TSDU length          |
/// +-------------------------------+-------------------------------+
/// </code>
/// </summary>
public static class Pgm
{
    private const int HeaderLength = 16;
    private const int Spm = 0, Poll = 1, Polr = 2, Odata = 4, Rdata = 5, Nak = 8, NullNak = 9, Ncf = 10, Ack = 11, Spmr = 12;
    private const int OptPresent = 0x01, OptMask = 0x7f, OptEnd = 0x80, MinOptLength = 4;
    private const int AfInet = 1, AfInet6 = 2;

    /// <summary>pgm_print: off/length are the PGM packet, ipOff the IPv4 or IPv6 header that carried it.</summary>
    public static void Print(ref Frame f, int off, int length, int ipOff)
    {
        f.Proto = "pgm";
        var o = f.Out;
        var names = f.Ctx.Names;
        bool v6 = f.Data[ipOff] >> 4 == 6;
        if (!f.Has(off + 2, 2))
        {
            if (v6) { names.IPv6(o, f.Data.Slice(ipOff + 8, 16)); o.Write(" > "u8); names.IPv6(o, f.Data.Slice(ipOff + 24, 16)); }
            else { names.IPv4(o, f.Data.Slice(ipOff + 12, 4)); o.Write(" > "u8); names.IPv4(o, f.Data.Slice(ipOff + 16, 4)); }
            o.Char(':');
            f.PrintTrunc();
            return;
        }
        int sport = f.U16(off), dport = f.U16(off + 2);
        // Addresses only when PGM sits right on IP; over UDP (EPGM) the UDP printer gave them.
        int next = f.U8(v6 ? ipOff + 6 : ipOff + 9);
        if (next == IpProto.Pgm)
        {
            if (v6) names.IPv6(o, f.Data.Slice(ipOff + 8, 16)); else names.IPv4(o, f.Data.Slice(ipOff + 12, 4));
            o.Char('.'); names.TcpPort(o, sport); o.Write(" > "u8);
            if (v6) names.IPv6(o, f.Data.Slice(ipOff + 24, 16)); else names.IPv4(o, f.Data.Slice(ipOff + 16, 4));
            o.Char('.'); names.TcpPort(o, dport); o.Write(": "u8);
        }
        else
        {
            names.TcpPort(o, sport); o.Write(" > "u8); names.TcpPort(o, dport); o.Write(": "u8);
        }
        if (!f.Need(off, HeaderLength)) return;

        int tsduLength = f.Data[off + 14];
        tsduLength = tsduLength << 8 | f.Data[off + 15];
        o.Write("PGM, length "u8); o.Dec(tsduLength);
        if (f.Opt.Verbose == 0) return;

        int type = f.Data[off + 4];
        o.Write(" 0x"u8);
        for (int i = 0; i < 6; i++) o.Hex2(f.Data[off + 8 + i]);
        o.Char(' ');

        int body = off + HeaderLength;
        // SPMR and unknown types leave bp at the PGM header, where tcpdump then looks for options.
        int bp = off;
        switch (type)
        {
            case Spm:
            {
                // sequence, trailing edge, leading edge, NLA family and reserved, then the NLA.
                if (!f.Need(body, 16)) return;
                bp = body + 16;
                int nla = bp;
                int family = f.U16(body + 12);
                if (!Nla(ref f, family, ref bp)) return;
                o.Write("SPM seq "u8); o.Dec(f.U32(body));
                o.Write(" trail "u8); o.Dec(f.U32(body + 4));
                o.Write(" lead "u8); o.Dec(f.U32(body + 8));
                o.Write(" nla "u8); NlaText(ref f, family, nla);
                break;
            }
            case Poll:
            {
                // sequence, round, subtype, NLA family and reserved, the NLA, back-off interval, random, mask.
                if (!f.Need(body, 12)) return;
                bp = body + 12;
                int nla = bp;
                int family = f.U16(body + 8);
                if (!Nla(ref f, family, ref bp)) return;
                uint ivl = f.U32(bp), rnd = f.U32(bp + 4), mask = f.U32(bp + 8);
                if (f.Truncated) return;
                bp += 12;
                o.Write("POLL seq "u8); o.Dec(f.U32(body));
                o.Write(" round "u8); o.Dec(f.U16(body + 4));
                o.Write(" nla "u8); NlaText(ref f, family, nla);
                o.Write(" ivl "u8); o.Dec(ivl);
                o.Write(" rnd 0x"u8); o.Hex(rnd, 8);
                o.Write(" mask 0x"u8); o.Hex(mask, 8);
                break;
            }
            case Polr:
                if (!f.Need(body, 8)) return;
                o.Write("POLR seq "u8); o.Dec(f.U32(body));
                o.Write(" round "u8); o.Dec(f.U16(body + 4));
                bp = body + 8;
                break;
            case Odata:
            case Rdata:
                if (!f.Need(body, 8)) return;
                o.Write(type == Odata ? "ODATA trail "u8 : "RDATA trail "u8); o.Dec(f.U32(body + 4));
                o.Write(" seq "u8); o.Dec(f.U32(body));
                bp = body + 8;
                break;
            case Nak:
            case NullNak:
            case Ncf:
            {
                // sequence, source family and reserved, source NLA, group family and reserved, group NLA.
                if (!f.Need(body, 8)) return;
                bp = body + 8;
                int source = bp, sourceFamily = f.U16(body + 4);
                if (!Nla(ref f, sourceFamily, ref bp)) return;
                // tcpdump steps over the group's family field and then takes the family from the
                // first two bytes of the group address itself: kept, for identical output.
                bp += 4;
                int group = bp, groupFamily = f.U16(bp);
                if (f.Truncated) return;
                if (!Nla(ref f, groupFamily, ref bp)) return;
                o.Write(type == Nak ? "NAK "u8 : type == NullNak ? "NNAK "u8 : "NCF "u8);
                o.Char('('); NlaText(ref f, sourceFamily, source);
                o.Write(" -> "u8); NlaText(ref f, groupFamily, group);
                o.Write("), seq "u8); o.Dec(f.U32(body));
                break;
            }
            case Ack:
                if (!f.Need(body, 8)) return;
                o.Write("ACK seq "u8); o.Dec(f.U32(body));
                bp = body + 8;
                break;
            case Spmr:
                o.Write("SPMR"u8);
                break;
            default:
                o.Write("UNKNOWN type 0x"u8); o.Hex((uint)type, 2);
                break;
        }

        if ((f.Data[off + 5] & OptPresent) != 0 && !Options(ref f, ref bp)) return;

        o.Write(" ["u8); o.Dec((uint)length); o.Char(']');
        if (f.Opt.PacketType == "pgm_zmtp1" && type is Odata or Rdata)
            Zmtp1.DatagramPrint(ref f, bp, (uint)tsduLength);
    }

    /// <summary>Checks the NLA of the given family at bp and steps over it; false (truncated) for a short or unknown one.</summary>
    private static bool Nla(ref Frame f, int family, ref int bp)
    {
        int size = family == AfInet ? 4 : family == AfInet6 ? 16 : -1;
        if (size < 0 || !f.Need(bp, size))
        {
            f.Trunc();
            return false;
        }
        bp += size;
        return true;
    }

    /// <summary>An NLA as a numeric address (addrtostr: never resolved).</summary>
    private static void NlaText(ref Frame f, int family, int at)
    {
        if (family == AfInet) f.Out.IPv4(f.Data.Slice(at, 4));
        else f.Out.IPv6(f.Data.Slice(at, 16));
    }

    /// <summary>The option list at bp, which must open with OPT_LENGTH; false when the packet's text ends here.</summary>
    private static bool Options(ref Frame f, ref int bp)
    {
        var o = f.Out;
        if (!f.Need(bp, MinOptLength)) return false;
        int optType = f.Data[bp];
        int optLen = f.Data[bp + 1];
        if ((optType & OptMask) != 0)
        {
            o.Write("[First option bad, should be PGM_OPT_LENGTH, is "u8); o.Dec(optType & OptMask); o.Char(']');
            return false;
        }
        if (optLen != 4)
        {
            o.Write("[Bad OPT_LENGTH option, length "u8); o.Dec(optLen); o.Write(" != 4]"u8);
            return false;
        }
        uint optsLen = f.U16(bp + 2);
        bp += 4;
        if (optsLen < 4)
        {
            o.Write("[Bad total option length "u8); o.Dec(optsLen); o.Write(" < 4]"u8);
            return false;
        }
        o.Write(" OPTS LEN "u8); o.Dec(optsLen);
        optsLen -= 4;

        while (optsLen != 0)
        {
            if (optsLen < MinOptLength)
            {
                o.Write("[Total option length leaves no room for final option]"u8);
                return false;
            }
            optType = f.U8(bp);
            optLen = f.U8(bp + 1);
            if (f.Truncated) return false;
            bp += 2;
            if (optLen < MinOptLength)
            {
                o.Write("[Bad option, length "u8); o.Dec(optLen); o.Write(" < 4]"u8);
                break;
            }
            if (optsLen < optLen)
            {
                o.Write("[Total option length leaves no room for final option]"u8);
                return false;
            }
            if (!f.Need(bp, optLen - 2)) return false;

            // bp is past the type and length; most options then have two reserved bytes.
            switch (optType & OptMask)
            {
                case 0x00: // OPT_LENGTH again
                    if (!Fixed(ref f, "OPT_LENGTH", optLen, 4)) return false;
                    o.Write(" OPTS LEN (extra?) "u8); o.Dec(f.U16(bp));
                    bp += 2;
                    optsLen -= 4;
                    break;
                case 0x01: // OPT_FRAGMENT: first sequence, offset, length
                    if (!Fixed(ref f, "OPT_FRAGMENT", optLen, 16)) return false;
                    o.Write(" FRAG seq "u8); o.Dec(f.U32(bp + 2));
                    o.Write(" off "u8); o.Dec(f.U32(bp + 6));
                    o.Write(" len "u8); o.Dec(f.U32(bp + 10));
                    bp += 14;
                    optsLen -= 16;
                    break;
                case 0x02: // OPT_NAK_LIST: sequence numbers
                    bp += 2;
                    optLen -= 4;
                    o.Write(" NAK LIST"u8);
                    while (optLen != 0)
                    {
                        if (optLen < 4)
                        {
                            o.Write("[Option length not a multiple of 4]"u8);
                            return false;
                        }
                        o.Char(' '); o.Dec(f.U32(bp));
                        if (f.Truncated) return false;
                        bp += 4;
                        optLen -= 4;
                        optsLen -= 4;
                    }
                    break;
                case 0x03: // OPT_JOIN: minimum sequence
                    if (!Fixed(ref f, "OPT_JOIN", optLen, 8)) return false;
                    o.Write(" JOIN "u8); o.Dec(f.U32(bp + 2));
                    bp += 6;
                    optsLen -= 8;
                    break;
                case 0x04: // OPT_NAK_BO_IVL: interval, sequence
                    if (!Fixed(ref f, "OPT_NAK_BO_IVL", optLen, 12)) return false;
                    o.Write(" BACKOFF ivl "u8); o.Dec(f.U32(bp + 2));
                    o.Write(" ivlseq "u8); o.Dec(f.U32(bp + 6));
                    bp += 10;
                    optsLen -= 12;
                    break;
                case 0x05: // OPT_NAK_BO_RNG: maximum, minimum
                    if (!Fixed(ref f, "OPT_NAK_BO_RNG", optLen, 12)) return false;
                    o.Write(" BACKOFF max "u8); o.Dec(f.U32(bp + 2));
                    o.Write(" min "u8); o.Dec(f.U32(bp + 6));
                    bp += 10;
                    optsLen -= 12;
                    break;
                case 0x07: // OPT_REDIRECT: reserved, family, reserved, NLA
                {
                    if (!AtLeast(ref f, "OPT_REDIRECT", optLen, 8)) return false;
                    int family = f.U16(bp + 2);
                    bp += 6;
                    int nla = bp;
                    if (!NlaOption(ref f, "OPT_REDIRECT", family, optLen, 8, ref bp, ref optsLen)) return false;
                    o.Write(" REDIRECT "u8); NlaText(ref f, family, nla);
                    break;
                }
                case 0x08: // OPT_PARITY_PRM
                    if (!Fixed(ref f, "OPT_PARITY_PRM", optLen, 8)) return false;
                    o.Write(" PARITY MAXTGS "u8); o.Dec(f.U32(bp + 2));
                    bp += 6;
                    optsLen -= 8;
                    break;
                case 0x09: // OPT_PARITY_GRP
                    if (!Fixed(ref f, "OPT_PARITY_GRP", optLen, 8)) return false;
                    o.Write(" PARITY GROUP "u8); o.Dec(f.U32(bp + 2));
                    bp += 6;
                    optsLen -= 8;
                    break;
                case 0x0a: // OPT_CURR_TGSIZE
                    if (!Fixed(ref f, "OPT_CURR_TGSIZE", optLen, 8)) return false;
                    o.Write(" PARITY ATGS "u8); o.Dec(f.U32(bp + 2));
                    bp += 6;
                    optsLen -= 8;
                    break;
                case 0x0b: // OPT_NBR_UNREACH
                    if (!Fixed(ref f, "OPT_NBR_UNREACH", optLen, 4)) return false;
                    o.Write(" NBR_UNREACH"u8);
                    bp += 2;
                    optsLen -= 4;
                    break;
                case 0x0c: // OPT_PATH_NLA: tcpdump steps the whole length from past the type and length
                    o.Write(" PATH_NLA ["u8); o.Dec(optLen); o.Char(']');
                    bp += optLen;
                    optsLen -= (uint)optLen;
                    break;
                case 0x0d: // OPT_SYN
                    if (!Fixed(ref f, "OPT_SYN", optLen, 4)) return false;
                    o.Write(" SYN"u8);
                    bp += 2;
                    optsLen -= 4;
                    break;
                case 0x0e: // OPT_FIN
                    if (!Fixed(ref f, "OPT_FIN", optLen, 4)) return false;
                    o.Write(" FIN"u8);
                    bp += 2;
                    optsLen -= 4;
                    break;
                case 0x0f: // OPT_RST
                    if (!Fixed(ref f, "OPT_RST", optLen, 4)) return false;
                    o.Write(" RST"u8);
                    bp += 2;
                    optsLen -= 4;
                    break;
                case 0x10: // OPT_CR
                    o.Write(" CR"u8);
                    bp += optLen;
                    optsLen -= (uint)optLen;
                    break;
                case 0x11: // OPT_CRQST
                    if (!Fixed(ref f, "OPT_CRQST", optLen, 4)) return false;
                    o.Write(" CRQST"u8);
                    bp += 2;
                    optsLen -= 4;
                    break;
                case 0x12: // OPT_PGMCC_DATA: reserved, timestamp, family, reserved, NLA
                case 0x13: // OPT_PGMCC_FEEDBACK: the same layout
                {
                    bool data = (optType & OptMask) == 0x12;
                    if (optLen < 12)
                    {
                        o.Write(data ? "[Bad OPT_PGMCC_DATA option, length "u8 : "[Bad PGM_OPT_PGMCC_FEEDBACK option, length "u8);
                        o.Dec(optLen); o.Write(" < 12]"u8);
                        return false;
                    }
                    uint timestamp = f.U32(bp + 2);
                    int family = f.U16(bp + 6);
                    bp += 10;
                    int nla = bp;
                    if (!NlaOption(ref f, data ? "OPT_PGMCC_DATA" : "OPT_PGMCC_FEEDBACK", family, optLen, 12, ref bp, ref optsLen))
                        return false;
                    o.Write(data ? " PGMCC DATA "u8 : " PGMCC FEEDBACK "u8); o.Dec(timestamp);
                    o.Char(' '); NlaText(ref f, family, nla);
                    break;
                }
                default:
                    o.Write(" OPT_"u8); HexUpper2(o, optType); o.Write(" ["u8); o.Dec(optLen); o.Write("] "u8);
                    bp += optLen;
                    optsLen -= (uint)optLen;
                    break;
            }
            if (f.Truncated) return false;
            if ((optType & OptEnd) != 0) break;
        }
        return true;
    }

    /// <summary>An option of one exact length: otherwise "[Bad NAME option, length N != M]".</summary>
    private static bool Fixed(ref Frame f, string name, int optLen, int want)
    {
        if (optLen == want) return true;
        var o = f.Out;
        o.Write("[Bad "u8); o.Write(name); o.Write(" option, length "u8); o.Dec(optLen);
        o.Write(" != "u8); o.Dec(want); o.Char(']');
        return false;
    }

    /// <summary>An option of at least a fixed length: otherwise "[Bad NAME option, length N &lt; M]".</summary>
    private static bool AtLeast(ref Frame f, string name, int optLen, int want)
    {
        if (optLen >= want) return true;
        var o = f.Out;
        o.Write("[Bad "u8); o.Write(name); o.Write(" option, length "u8); o.Dec(optLen);
        o.Write(" < "u8); o.Dec(want); o.Char(']');
        return false;
    }

    /// <summary>The NLA that ends a REDIRECT or PGMCC option: its length must match the family's address.</summary>
    private static bool NlaOption(ref Frame f, string name, int family, int optLen, int fixedLen, ref int bp, ref uint optsLen)
    {
        int size = family == AfInet ? 4 : family == AfInet6 ? 16 : -1;
        if (size < 0)
        {
            f.Trunc();
            return false;
        }
        if (optLen != fixedLen + size)
        {
            var o = f.Out;
            o.Write("[Bad "u8); o.Write(name); o.Write(" option, length "u8); o.Dec(optLen);
            o.Write(" != "u8); o.Dec(fixedLen); o.Write(" + address size]"u8);
            return false;
        }
        if (!f.Need(bp, size)) return false;
        bp += size;
        optsLen -= (uint)(fixedLen + size);
        return true;
    }

    private static void HexUpper2(TextOut o, int v)
    {
        const string digits = "0123456789ABCDEF";
        o.Char(digits[(v >> 4) & 0xf]);
        o.Char(digits[v & 0xf]);
    }
}
