namespace Wirecap.Print;

/// <summary>
/// Babel (print-babel.c; RFC 6126, RFC 8966, RFC 7298, RFC 7557, the source-specific draft).
/// <code>
/// +---------------+---------------+-------------------------------+
/// |  Magic (42)   |  Version (2)  |          Body length          |
/// +---------------+---------------+-------------------------------+
/// |  TLVs: type (8), length (8), body ...  then an optional trailer of TLVs
/// </code>
/// </summary>
public static class Babel
{
    public const int Port = 6696, OldPort = 6697;

    private const int Pad1 = 0, PadN = 1, AckRequest = 2, Ack = 3, Hello = 4, Ihu = 5, RouterId = 6, NextHop = 7;
    private const int Update = 8, RouteRequest = 9, SeqnoRequest = 10, Tspc = 11, Hmac = 12;
    private const int UpdateSrcSpecific = 13, RequestSrcSpecific = 14, MhRequestSrcSpecific = 15;
    private const int Mac = 16, Pc = 17, ChallengeRequest = 18, ChallengeReply = 19;

    private const int SubPad1 = 0, SubPadN = 1, SubDiversity = 2, SubTimestamp = 3;
    private const int MandatoryMask = 0x80;

    private const int Ok = 0, Truncated = -1, Invalid = -2;

    private static readonly Tok Diversity = new((0, "reserved"), (255, "all"));

    /// <summary>babel_print: cp/length are the UDP payload.</summary>
    public static void Print(ref Frame f, int cp, int length)
    {
        f.Proto = "babel";
        var o = f.Out;
        o.Write("babel"u8);
        if (!LocalTrunc.Check(ref f, cp, 4)) return;
        if (f.Data[cp] != 42) { o.Write(" invalid header"u8); return; }
        int version = f.Data[cp + 1];
        o.Char(' '); o.Dec(version);
        if (version == 2) PrintV2(ref f, cp, length);
        else o.Write(" unknown version"u8);
    }

    private static void PrintV2(ref Frame f, int cp, int length)
    {
        var o = f.Out;
        if (!LocalTrunc.Check(ref f, cp, 4)) return;
        if (length < 4) { InvalidPrint(o); return; }
        int bodyLength = f.Data[cp + 2] << 8 | f.Data[cp + 3];
        o.Write(" ("u8); o.Dec(bodyLength); o.Char(')');
        length -= 4;
        cp += 4;

        if (length < bodyLength) { InvalidPrint(o); return; }
        int ret = TlvsPrint(ref f, cp, bodyLength, length);
        if (!Report(ref f, ret)) return;
        length -= bodyLength;
        cp += bodyLength;

        // a trailer (RFC 8966 4.2) holds TLVs too
        if (length != 0)
        {
            o.Write(f.Opt.Verbose > 0 ? "\n\t----"u8 : " |"u8);
            Report(ref f, TlvsPrint(ref f, cp, length, length));
        }
    }

    /// <summary>Prints the marker a TLV list's result calls for; true when it was fine.</summary>
    private static bool Report(ref Frame f, int ret)
    {
        if (ret == Truncated) { f.PrintTrunc(); return false; }
        if (ret == Invalid) { InvalidPrint(f.Out); return false; }
        return !f.Truncated;
    }

    private static void InvalidPrint(TextOut o) => o.Write(" (invalid)"u8);

    /// <summary>babel_print_v2_tlvs: Ok, Truncated (a TLV past the capture) or Invalid (past its list or the packet).</summary>
    private static int TlvsPrint(ref Frame f, int cp, int tlvsLength, int packetRemaining)
    {
        var o = f.Out;
        bool verbose = f.Opt.Verbose > 0;
        // the prefixes that later Updates may abbreviate against (the omitted bytes)
        Span<byte> v4Prefix = stackalloc byte[16];
        Span<byte> v6Prefix = stackalloc byte[16];
        V4Mapped.CopyTo(v4Prefix);
        v6Prefix.Clear();
        Span<byte> prefix = stackalloc byte[16];
        Span<byte> srcPrefix = stackalloc byte[16];

        int i = 0;
        while (i < tlvsLength && !f.Truncated)
        {
            int message = cp + i;
            if (!Fits(i, 1, tlvsLength, packetRemaining)) return Invalid;
            int type = f.U8(message);
            if (f.Truncated) return Ok;
            if (type == Pad1)
            {
                o.Write(verbose ? "\n\tPad 1"u8 : " pad1"u8);
                i += 1;
                continue;
            }
            if (!Fits(i, 2, tlvsLength, packetRemaining)) return Invalid;
            if (!f.Has(message, 2)) return Truncated;
            int len = f.Data[message + 1];
            if (!Fits(i, 2 + len, tlvsLength, packetRemaining)) return Invalid;
            if (!f.Has(message, 2 + len)) return Truncated;
            // From here the whole TLV is captured.
            var d = f.Data;
            int end = message + 2 + len;

            switch (type)
            {
                case PadN:
                    if (!verbose) o.Write(" padN"u8);
                    else { o.Write("\n\tPad "u8); o.Dec(len + 2); }
                    break;

                case AckRequest:
                    if (!verbose) { o.Write(" ack-req"u8); break; }
                    o.Write("\n\tAcknowledgment Request "u8);
                    if (len < 6) return Invalid;
                    o.Hex((uint)U16(d, message + 4), 4); o.Char(' '); IntervalPrint(o, U16(d, message + 6));
                    break;

                case Ack:
                    if (!verbose) { o.Write(" ack"u8); break; }
                    o.Write("\n\tAcknowledgment "u8);
                    if (len < 2) return Invalid;
                    o.Hex((uint)U16(d, message + 2), 4);
                    break;

                case Hello:
                {
                    if (!verbose) { o.Write(" hello"u8); break; }
                    o.Write("\n\tHello "u8);
                    if (len < 6) return Invalid;
                    bool unicast = (U16(d, message + 2) & 0x8000) != 0;
                    int seqno = U16(d, message + 4), interval = U16(d, message + 6);
                    if (unicast) o.Write("(Unicast) "u8);
                    o.Write("seqno "u8); o.Dec(seqno); o.Char(' ');
                    if (interval != 0) { o.Write("interval "u8); IntervalPrint(o, interval); }
                    else o.Write("unscheduled"u8);
                    if (len > 6) SubTlvsPrint(ref f, message + 8, end, type);
                    break;
                }

                case Ihu:
                {
                    if (!verbose) { o.Write(" ihu"u8); break; }
                    o.Write("\n\tIHU "u8);
                    if (len < 6) return Invalid;
                    int rxcost = U16(d, message + 4), interval = U16(d, message + 6);
                    int ae = d[message + 2];
                    int rc = NetworkPrefix(d, ae, -1, 0, message + 8, default, len - 6, prefix);
                    if (rc < 0) { f.PrintTrunc(); break; }
                    if (ae == 0) o.Write("any"u8); else AddressPrint(ref f, prefix);
                    o.Write(" rxcost "u8); o.Dec(rxcost); o.Write(" interval "u8); IntervalPrint(o, interval);
                    if (rc < len - 6) SubTlvsPrint(ref f, message + 8 + rc, end, type);
                    break;
                }

                case RouterId:
                    if (!verbose) { o.Write(" router-id"u8); break; }
                    o.Write("\n\tRouter Id"u8);
                    if (len < 10) return Invalid;
                    o.Char(' '); IdPrint(o, d, message + 4);
                    break;

                case NextHop:
                {
                    if (!verbose) { o.Write(" nh"u8); break; }
                    o.Write("\n\tNext Hop"u8);
                    if (len < 2) return Invalid;
                    int ae = d[message + 2];
                    int rc = NetworkPrefix(d, ae, -1, 0, message + 4, default, len - 2, prefix);
                    if (rc < 0) return Invalid;
                    o.Char(' ');
                    if (ae == 0) o.Write("invalid AE 0"u8); else AddressPrint(ref f, prefix);
                    break;
                }

                case Update:
                {
                    if (!verbose)
                    {
                        o.Write(" update"u8);
                        if (len < 10) return Invalid;
                        UpdateFlagsPrint(o, d[message + 3]);
                        break;
                    }
                    o.Write("\n\tUpdate"u8);
                    if (len < 10) return Invalid;
                    int ae = d[message + 2];
                    int flags = d[message + 3];
                    // the printed length is a byte in tcpdump: 96 more for IPv4, modulo 256
                    int plen = (byte)(d[message + 4] + (ae == 1 ? 96 : 0));
                    int rc = NetworkPrefix(d, ae, d[message + 4], d[message + 5], message + 12,
                        ae == 1 ? v4Prefix : v6Prefix, len - 10, prefix);
                    if (rc < 0) return Invalid;
                    int interval = U16(d, message + 6), seqno = U16(d, message + 8), metric = U16(d, message + 10);
                    UpdateFlagsPrint(o, flags);
                    o.Char(' ');
                    if (ae == 0) o.Write("any"u8); else PrefixPrint(ref f, prefix, plen);
                    o.Write(" metric "u8); o.Dec(metric); o.Write(" seqno "u8); o.Dec(seqno);
                    o.Write(" interval "u8); IntervalUpdatePrint(o, interval);
                    if ((flags & 0x80) != 0) prefix.CopyTo(ae == 1 ? v4Prefix : v6Prefix);
                    if (rc < len - 10) SubTlvsPrint(ref f, message + 12 + rc, end, type);
                    break;
                }

                case RouteRequest:
                {
                    if (!verbose) { o.Write(" route-request"u8); break; }
                    o.Write("\n\tRoute Request "u8);
                    if (len < 2) return Invalid;
                    int ae = d[message + 2];
                    int plen = (byte)(d[message + 3] + (ae == 1 ? 96 : 0));
                    int rc = NetworkPrefix(d, ae, d[message + 3], 0, message + 4, default, len - 2, prefix);
                    if (rc < 0) return Invalid;
                    o.Write("for "u8);
                    if (ae == 0) o.Write("any"u8); else PrefixPrint(ref f, prefix, plen);
                    break;
                }

                case SeqnoRequest:
                {
                    if (!verbose) { o.Write(" seqno-request"u8); break; }
                    o.Write("\n\tSeqno Request "u8);
                    if (len < 14) return Invalid;
                    int ae = d[message + 2];
                    int seqno = U16(d, message + 4);
                    int rc = NetworkPrefix(d, ae, d[message + 3], 0, message + 16, default, len - 14, prefix);
                    if (rc < 0) return Invalid;
                    int plen = (byte)(d[message + 3] + (ae == 1 ? 96 : 0));
                    o.Char('('); o.Dec(d[message + 6]); o.Write(" hops) for "u8);
                    if (ae == 0) o.Write("invalid AE 0"u8); else PrefixPrint(ref f, prefix, plen);
                    o.Write(" seqno "u8); o.Dec(seqno); o.Write(" id "u8); IdPrint(o, d, message + 8);
                    break;
                }

                case Tspc:
                    if (!verbose) { o.Write(" tspc"u8); break; }
                    o.Write("\n\tTS/PC "u8);
                    if (len < 6) return Invalid;
                    o.Write("timestamp "u8); o.Dec(U32(d, message + 4));
                    o.Write(" packetcounter "u8); o.Dec(U16(d, message + 2));
                    break;

                case Hmac:
                    if (!verbose) { o.Write(" hmac"u8); break; }
                    o.Write("\n\tHMAC "u8);
                    if (len < 18) return Invalid;
                    o.Write("key-id "u8); o.Dec(U16(d, message + 2)); o.Write(" digest-"u8); o.Dec(len - 2); o.Char(' ');
                    for (int j = 0; j < len - 2; j++) HexUpper(o, d[message + 4 + j]);
                    break;

                case UpdateSrcSpecific:
                {
                    if (!verbose) { o.Write(" ss-update"u8); break; }
                    o.Write("\n\tSS-Update"u8);
                    if (len < 10) return Invalid;
                    int ae = d[message + 2], srcPlen = d[message + 3], plen = d[message + 4], omitted = d[message + 5];
                    int interval = U16(d, message + 6), seqno = U16(d, message + 8), metric = U16(d, message + 10);
                    int parsed = 10;
                    int rc = NetworkPrefix(d, ae, plen, omitted, message + 2 + parsed, ae == 1 ? v4Prefix : v6Prefix,
                        len - parsed, prefix);
                    if (rc < 0) return Invalid;
                    if (ae == 1) plen = (byte)(plen + 96);
                    parsed += rc;
                    rc = NetworkPrefix(d, ae, srcPlen, 0, message + 2 + parsed, default, len - parsed, srcPrefix);
                    if (rc < 0) return Invalid;
                    if (ae == 1) srcPlen = (byte)(srcPlen + 96);
                    parsed += rc;
                    o.Char(' '); PrefixPrint(ref f, prefix, plen); o.Write(" from"u8);
                    o.Char(' '); PrefixPrint(ref f, srcPrefix, srcPlen);
                    o.Write(" metric "u8); o.Dec(metric); o.Write(" seqno "u8); o.Dec(seqno);
                    o.Write(" interval "u8); IntervalUpdatePrint(o, interval);
                    if (parsed < len) SubTlvsPrint(ref f, message + 2 + parsed, end, type);
                    break;
                }

                case RequestSrcSpecific:
                {
                    if (!verbose) { o.Write(" ss-request"u8); break; }
                    o.Write("\n\tSS-Request "u8);
                    if (len < 3) return Invalid;
                    int ae = d[message + 2], plen = d[message + 3], srcPlen = d[message + 4];
                    int parsed = 3;
                    int rc = NetworkPrefix(d, ae, plen, 0, message + 2 + parsed, default, len - parsed, prefix);
                    if (rc < 0) return Invalid;
                    if (ae == 1) plen = (byte)(plen + 96);
                    parsed += rc;
                    rc = NetworkPrefix(d, ae, srcPlen, 0, message + 2 + parsed, default, len - parsed, srcPrefix);
                    if (rc < 0) return Invalid;
                    if (ae == 1) srcPlen = (byte)(srcPlen + 96);
                    if (ae == 0) o.Write("for any"u8);
                    else
                    {
                        o.Write("for ("u8); PrefixPrint(ref f, prefix, plen); o.Write(", "u8);
                        PrefixPrint(ref f, srcPrefix, srcPlen); o.Char(')');
                    }
                    break;
                }

                case MhRequestSrcSpecific:
                {
                    if (!verbose) { o.Write(" ss-mh-request"u8); break; }
                    o.Write("\n\tSS-MH-Request "u8);
                    if (len < 14) return Invalid;
                    int ae = d[message + 2], plen = d[message + 3];
                    int seqno = U16(d, message + 4);
                    int hops = d[message + 6], srcPlen = d[message + 7];
                    int routerId = message + 8;
                    int parsed = 14;
                    int rc = NetworkPrefix(d, ae, plen, 0, message + 2 + parsed, default, len - parsed, prefix);
                    if (rc < 0) return Invalid;
                    if (ae == 1) plen = (byte)(plen + 96);
                    parsed += rc;
                    rc = NetworkPrefix(d, ae, srcPlen, 0, message + 2 + parsed, default, len - parsed, srcPrefix);
                    if (rc < 0) return Invalid;
                    if (ae == 1) srcPlen = (byte)(srcPlen + 96);
                    o.Char('('); o.Dec(hops); o.Write(" hops) for ("u8); PrefixPrint(ref f, prefix, plen); o.Write(", "u8);
                    PrefixPrint(ref f, srcPrefix, srcPlen); o.Write(") seqno "u8); o.Dec(seqno);
                    o.Write(" id "u8); IdPrint(o, d, routerId);
                    break;
                }

                case Mac:
                    if (!verbose) { o.Write(" mac"u8); break; }
                    o.Write("\n\tMAC len "u8); o.Dec(len);
                    break;

                case Pc:
                    if (!verbose) { o.Write(" pc"u8); break; }
                    o.Write("\n\tPC"u8);
                    if (len < 4) return Invalid;
                    o.Write(" value "u8); o.Dec(U32(d, message + 2));
                    o.Write(" index len "u8); o.Dec(len - 4);
                    break;

                case ChallengeRequest:
                case ChallengeReply:
                    if (!verbose) { o.Write(type == ChallengeRequest ? " challenge_request"u8 : " challenge_reply"u8); break; }
                    o.Write(type == ChallengeRequest ? "\n\tChallenge Request"u8 : "\n\tChallenge Reply"u8);
                    if (len > 192) return Invalid;
                    o.Write(" len "u8); o.Dec(len);
                    break;

                default:
                    if (!verbose) o.Write(" unknown"u8);
                    else { o.Write("\n\tUnknown message type "u8); o.Dec(type); }
                    break;
            }
            i += len + 2;
        }
        return Ok;
    }

    /// <summary>ICHECK: does [i, i+l) lie inside both the TLV list and the packet?</summary>
    private static bool Fits(int i, int l, int tlvsLength, int packetRemaining) =>
        (uint)(i + l) <= (uint)tlvsLength && (uint)(i + l) <= (uint)packetRemaining;

    private static int U16(ReadOnlySpan<byte> d, int p) => d[p] << 8 | d[p + 1];
    private static uint U32(ReadOnlySpan<byte> d, int p) => (uint)(d[p] << 24 | d[p + 1] << 16 | d[p + 2] << 8 | d[p + 3]);

    private static void HexUpper(TextOut o, byte b)
    {
        o.Char("0123456789ABCDEF"u8[b >> 4]);
        o.Char("0123456789ABCDEF"u8[b & 0xf]);
    }

    private static void UpdateFlagsPrint(TextOut o, int flags)
    {
        if ((flags & 0x80) != 0) o.Write("/prefix"u8);
        if ((flags & 0x40) != 0) o.Write("/id"u8);
        if ((flags & 0x3f) != 0) o.Write("/unknown"u8);
    }

    /// <summary>An interval in centiseconds as seconds.</summary>
    private static void IntervalPrint(TextOut o, int i)
    {
        if (i == 0) { o.Write("0.0s (bogus)"u8); return; }
        o.Dec(i / 100); o.Char('.'); o.Dec((ulong)(i % 100), 2); o.Char('s');
    }

    private static void IntervalUpdatePrint(TextOut o, int i)
    {
        if (i == 0xffff) o.Write("infinity"u8);
        else IntervalPrint(o, i);
    }

    private static void TimestampPrint(TextOut o, uint t)
    {
        o.Dec(t / 1000000); o.Char('.'); o.Dec(t % 1000000, 6); o.Char('s');
    }

    /// <summary>A router id: 8 bytes as colon-separated hex.</summary>
    private static void IdPrint(TextOut o, ReadOnlySpan<byte> d, int p)
    {
        for (int k = 0; k < 8; k++)
        {
            if (k > 0) o.Char(':');
            o.Hex2(d[p + k]);
        }
    }

    private static ReadOnlySpan<byte> V4Mapped => [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

    /// <summary>An address in the 16-byte form: IPv4 when it is v4-mapped.</summary>
    private static void AddressPrint(ref Frame f, scoped ReadOnlySpan<byte> a)
    {
        if (a[..12].SequenceEqual(V4Mapped)) f.Ctx.Names.IPv4(f.Out, a[12..]);
        else f.Ctx.Names.IPv6(f.Out, a);
    }

    /// <summary>A prefix in the 16-byte form with its length (IPv4 lengths counted from 96).</summary>
    private static void PrefixPrint(ref Frame f, scoped ReadOnlySpan<byte> a, int plen)
    {
        var o = f.Out;
        if (plen >= 96 && a[..12].SequenceEqual(V4Mapped))
        {
            f.Ctx.Names.IPv4(o, a[12..]); o.Char('/'); o.Dec(plen - 96);
        }
        else
        {
            f.Ctx.Names.IPv6(o, a); o.Char('/'); o.Dec(plen);
        }
    }

    /// <summary>
    /// network_prefix: rebuilds a prefix of address encoding ae (0 wildcard, 1 IPv4, 2 IPv6, 3 link-local
    /// IPv6) into 16 bytes, the first omitted bytes taken from the previous prefix dp. plen -1 is a full
    /// address. Returns the bytes consumed at p, or -1 when the encoding is wrong. The TLV holding p is
    /// captured, and len bounds what is read.
    /// </summary>
    private static int NetworkPrefix(ReadOnlySpan<byte> d, int ae, int plen, int omitted, int p,
        ReadOnlySpan<byte> dp, int len, Span<byte> result)
    {
        int pb = plen >= 0 ? (plen + 7) / 8 : ae == 1 ? 4 : 16;
        if (pb > 16) return -1;
        Span<byte> prefix = stackalloc byte[16];
        prefix.Clear();
        int consumed = 0;
        switch (ae)
        {
            case 0:
                break;
            case 1:
                if (omitted > 4 || pb > 4 || (pb > omitted && len < pb - omitted)) return -1;
                V4Mapped.CopyTo(prefix);
                if (omitted != 0)
                {
                    if (dp.IsEmpty) return -1;
                    dp[..(12 + omitted)].CopyTo(prefix);
                }
                if (pb > omitted)
                {
                    d.Slice(p, pb - omitted).CopyTo(prefix[(12 + omitted)..]);
                    consumed = pb - omitted;
                }
                break;
            case 2:
                if (omitted > 16 || (pb > omitted && len < pb - omitted)) return -1;
                if (omitted != 0)
                {
                    if (dp.IsEmpty) return -1;
                    dp[..omitted].CopyTo(prefix);
                }
                if (pb > omitted)
                {
                    d.Slice(p, pb - omitted).CopyTo(prefix[omitted..]);
                    consumed = pb - omitted;
                }
                break;
            case 3:
                if (pb > 8 && len < pb - 8) return -1;
                prefix[0] = 0xfe;
                prefix[1] = 0x80;
                if (pb > 8)
                {
                    d.Slice(p, pb - 8).CopyTo(prefix[8..]);
                    consumed = pb - 8;
                }
                break;
            default:
                return -1;
        }
        prefix.CopyTo(result);
        return consumed;
    }

    /// <summary>
    /// The sub-TLVs in a TLV's extra data, from cp to ep: padding, diversity (Update) and time stamps
    /// (Hello, IHU). A sub-TLV running past ep prints " (invalid)" and ends the list.
    /// </summary>
    private static void SubTlvsPrint(ref Frame f, int cp, int ep, int tlvType)
    {
        var o = f.Out;
        while (cp < ep)
        {
            int subtype = f.U8(cp);
            if (f.Truncated) return;
            cp++;
            if (subtype == SubPad1) { o.Write(" sub-pad1"u8); continue; }
            if ((subtype & MandatoryMask) != 0) o.Write(" (M)"u8);
            if (cp == ep) { InvalidPrint(o); return; }
            int sublen = f.U8(cp);
            if (f.Truncated) return;
            cp++;
            if (cp + sublen > ep) { InvalidPrint(o); return; }

            switch (subtype)
            {
                case SubPadN:
                    o.Write(" sub-padn"u8);
                    cp += sublen;
                    break;
                case SubDiversity:
                    o.Write(" sub-diversity"u8);
                    if (sublen == 0) { o.Write(" empty"u8); break; }
                    for (bool first = true; sublen > 0; sublen--, cp++, first = false)
                    {
                        int channel = f.U8(cp);
                        if (f.Truncated) return;
                        o.Char(first ? ' ' : '-');
                        Diversity.Print(o, (uint)channel, "%u");
                    }
                    if (tlvType != Update && tlvType != UpdateSrcSpecific) o.Write(" (bogus)"u8);
                    break;
                case SubTimestamp:
                    o.Write(" sub-timestamp"u8);
                    if (tlvType == Hello)
                    {
                        if (sublen < 4) { InvalidPrint(o); return; }
                        uint t1 = f.U32(cp);
                        if (f.Truncated) return;
                        o.Char(' '); TimestampPrint(o, t1);
                    }
                    else if (tlvType == Ihu)
                    {
                        if (sublen < 8) { InvalidPrint(o); return; }
                        uint t1 = f.U32(cp);
                        if (f.Truncated) return;
                        o.Char(' '); TimestampPrint(o, t1);
                        uint t2 = f.U32(cp + 4);
                        if (f.Truncated) return;
                        o.Char('|'); TimestampPrint(o, t2);
                    }
                    else o.Write(" (bogus)"u8);
                    cp += sublen;
                    break;
                default:
                    o.Write(" sub-unknown-0x"u8); o.Hex2((byte)subtype);
                    cp += sublen;
                    break;
            }
        }
    }
}
