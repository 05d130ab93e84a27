namespace Wirecap.Print;

/// <summary>
/// IPv6 (print-ip6.c), with its extension headers: hop-by-hop and destination options
/// (print-ip6opts.c), fragment (print-frag6.c) and routing (print-rt6.c).
/// <code>
///  0       4               12                      24              32
/// +-------+---------------+-----------------------+---------------+
/// |version| traffic class |            flow label                 |
/// +-------+---------------+-------+---------------+---------------+
/// |       payload length          |  next header  |   hop limit   |
/// +-------------------------------+---------------+---------------+
/// |                    source address (16)                        |
/// |                 destination address (16)                      |
/// +---------------------------------------------------------------+
/// </code>
/// </summary>
public static class Ip6
{
    public const int HeaderLength = 40;
    private const int NhHopOpts = 0, NhTcp = 6, NhUdp = 17, NhDccp = 33, NhRouting = 43, NhFragment = 44,
        NhDstOpts = 60, NhMobilityOld = 62, NhSctp = 132, NhMobility = 135;

    /// <summary>ipproto_values: protocol names for the -v next-header field.</summary>
    public static readonly Tok ProtoNames = new(
        (0, "Options"), (1, "ICMP"), (2, "IGMP"), (4, "IPIP"), (6, "TCP"), (8, "EGP"), (9, "IGRP"), (17, "UDP"),
        (33, "DCCP"), (41, "IPv6"), (43, "Routing"), (44, "Fragment"), (46, "RSVP"), (47, "GRE"), (50, "ESP"),
        (51, "AH"), (55, "Mobile IP"), (58, "ICMPv6"), (62, "Mobile IP (old)"), (88, "EIGRP"), (89, "OSPF"),
        (103, "PIM"), (108, "Compressed IP"), (112, "VRRP"), (113, "PGM"), (132, "SCTP"), (135, "Mobility"),
        (143, "Ethernet"));

    /// <summary>ip6_print: the header, the extension headers, then the upper layer through IpProto.Demux.</summary>
    public static void Print(ref Frame f, int bp, int length)
    {
        f.Proto = "ip6";
        var o = f.Out;
        if (!LocalTrunc.Check(ref f, bp, HeaderLength)) return;
        if (length < HeaderLength)
        {
            o.Write("truncated-ip6 "u8); o.Dec((uint)length);
            return;
        }
        if (!f.Opt.LinkHeader) o.Write("IP6 "u8);
        int version = f.U8(bp) >> 4;
        if (version != 6)
        {
            o.Write("version error: "u8); o.Dec(version); o.Write(" != 6"u8);
            return;
        }

        uint payloadLen = f.U16(bp + 4);
        long len;
        if (payloadLen != 0)
        {
            len = payloadLen + HeaderLength;
            if (length < len) { o.Write("truncated-ip6 - "u8); o.Dec((ulong)(len - length)); o.Write(" bytes missing!"u8); }
        }
        else len = (long)length + HeaderLength;

        int ph = 255;
        int nh = f.U8(bp + 6);
        if (f.Opt.Verbose > 0)
        {
            uint flow = f.U32(bp);
            int hlim = f.U8(bp + 7);
            o.Char('(');
            if ((flow & 0x0ff00000) != 0) { o.Write("class 0x"u8); o.Hex((flow & 0x0ff00000) >> 20, 2); o.Write(", "u8); }
            if ((flow & 0x000fffff) != 0) { o.Write("flowlabel 0x"u8); o.Hex(flow & 0x000fffff, 5); o.Write(", "u8); }
            o.Write("hlim "u8); o.Dec(hlim);
            o.Write(", next-header "u8); ProtoNames.Print(o, (uint)nh, "unknown");
            o.Write(" ("u8); o.Dec(nh); o.Write(") payload length: "u8); o.Dec(payloadLen); o.Write(") "u8);
        }

        // Cut the snapshot to the end of the IP payload; the outer end bounds later changes.
        int outerEnd = f.PushEnd(bp, (int)Math.Min(len, int.MaxValue));
        int cp = bp, advance = HeaderLength;
        long totalAdvance = 0;
        bool fragmented = false, foundExtension = false, foundHbh = false;
        bool foundJumbo = false;
        while (cp < f.End && advance > 0)
        {
            if (len < advance) { f.PrintTrunc(); f.PopEnd(outerEnd); return; }
            cp += advance;
            len -= advance;
            totalAdvance += advance;

            if (cp == bp + HeaderLength && nh != NhTcp && nh != NhUdp && nh != NhDccp && nh != NhSctp)
            {
                var s = f.Bytes(bp + 8, 16);
                var d = f.Bytes(bp + 24, 16);
                if (!f.Truncated)
                {
                    f.Ctx.Names.IPv6(o, s); o.Write(" > "u8);
                    f.Ctx.Names.IPv6(o, d); o.Write(": "u8);
                }
            }

            switch (nh)
            {
                case NhHopOpts:
                    if (foundHbh)
                    {
                        o.Write("[The Hop-by-Hop Options header was already found]"u8);
                        o.Write(" (invalid)"u8);
                        return;
                    }
                    if (ph != 255)
                    {
                        o.Write("[The Hop-by-Hop Options header don't follow the IPv6 header]"u8);
                        o.Write(" (invalid)"u8);
                        return;
                    }
                    advance = HopByHopPrint(ref f, cp, ref foundJumbo, ref payloadLen);
                    if (f.Truncated) return;
                    if (payloadLen == 0 && !foundJumbo)
                    {
                        o.Write("[No valid Jumbo Payload Hop-by-Hop option found]"u8);
                        o.Write(" (invalid)"u8);
                        return;
                    }
                    if (advance < 0) { f.PopEnd(outerEnd); return; }
                    foundExtension = true;
                    foundHbh = true;
                    nh = f.U8(cp);
                    break;

                case NhDstOpts:
                    advance = DstOptsPrint(ref f, cp);
                    if (advance < 0) { f.PopEnd(outerEnd); return; }
                    foundExtension = true;
                    nh = f.U8(cp);
                    break;

                case NhFragment:
                    advance = FragmentPrint(ref f, cp, bp);
                    if (advance < 0 || f.End <= cp + advance) { f.PopEnd(outerEnd); return; }
                    foundExtension = true;
                    nh = f.U8(cp);
                    fragmented = true;
                    break;

                case NhMobilityOld:
                case NhMobility:
                    // nothing is decoded after a mobility header (RFC 6275 payloads are not piggybacked yet)
                    Mobility.Print(ref f, cp);
                    f.PopEnd(outerEnd);
                    return;

                case NhRouting:
                    if (!LocalTrunc.Check(ref f, cp, 1)) return;
                    advance = RoutingPrint(ref f, cp);
                    if (advance < 0) { f.PopEnd(outerEnd); return; }
                    foundExtension = true;
                    nh = f.U8(cp);
                    break;

                default:
                    if (foundJumbo)
                    {
                        len = payloadLen + (long)HeaderLength;
                        if (len < totalAdvance) { f.PrintTrunc(); f.PopEnd(outerEnd); return; }
                        if (length < len) { o.Write("truncated-ip6 - "u8); o.Dec((ulong)(len - length)); o.Write(" bytes missing!"u8); }
                        ChangeEnd(ref f, bp, len, outerEnd);
                        len -= totalAdvance;
                    }
                    else if (payloadLen == 0)
                    {
                        if (foundExtension) { f.PrintTrunc(); f.PopEnd(outerEnd); return; }
                        len = HeaderLength;
                        ChangeEnd(ref f, bp, len, outerEnd);
                        len -= totalAdvance;
                    }
                    int hlim = f.U8(bp + 7);
                    if (f.Truncated) return;
                    IpProto.Demux(ref f, cp, (int)len, 6, fragmented, hlim, nh, bp);
                    f.PopEnd(outerEnd);
                    return;
            }
            if (f.Truncated) return;
            ph = nh;
            f.Proto = "ip6";
        }
        f.PopEnd(outerEnd);
    }

    /// <summary>nd_change_snaplen: the end moves to bp+len, but never past the end outside this packet.</summary>
    private static void ChangeEnd(ref Frame f, int bp, long len, int outerEnd)
    {
        long e = bp + len;
        f.End = e < outerEnd ? (int)e : outerEnd;
    }

    /// <summary>hbhopt_process: "HBH " and the options; the header length, or -1 after a truncation.</summary>
    private static int HopByHopPrint(ref Frame f, int bp, ref bool foundJumbo, ref uint payloadLen)
    {
        f.Proto = "hbhopt";
        int hbhlen = (f.U8(bp + 1) + 1) << 3;
        if (!LocalTrunc.Check(ref f, bp, hbhlen)) return -1;
        f.Out.Write("HBH "u8);
        if (!OptionsPrint(ref f, bp + 2, hbhlen - 2, true, ref foundJumbo, ref payloadLen))
        {
            f.PrintTrunc();
            return -1;
        }
        return hbhlen;
    }

    /// <summary>dstopt_process: "DSTOPT " and, with -v, the options.</summary>
    private static int DstOptsPrint(ref Frame f, int bp)
    {
        f.Proto = "dstopt";
        int len = (f.U8(bp + 1) + 1) << 3;
        if (!LocalTrunc.Check(ref f, bp, len)) return -1;
        f.Out.Write("DSTOPT "u8);
        if (f.Opt.Verbose > 0)
        {
            bool jumbo = false;
            uint none = 0;
            if (!OptionsPrint(ref f, bp + 2, len - 2, false, ref jumbo, ref none))
            {
                f.PrintTrunc();
                return -1;
            }
        }
        return len;
    }

    private const int OptPad1 = 0, OptPadN = 1, OptJumbo = 0xc2, OptRouterAlert = 0x05, OptHomeAddress = 0xc9;

    /// <summary>ip6_opt_process: false on a truncated or malformed option list.</summary>
    private static bool OptionsPrint(ref Frame f, int bp, int len, bool hopByHop, ref bool foundJumbo, ref uint payloadLen)
    {
        var o = f.Out;
        bool v = f.Opt.Verbose > 0;
        if (len == 0) return true;
        bool seenJumbo = false;
        int optlen;
        for (int i = 0; i < len; i += optlen)
        {
            int type = f.U8(bp + i);
            if (f.Truncated) return false;
            if (type == OptPad1) optlen = 1;
            else if (i + 1 < len) optlen = f.U8(bp + i + 1) + 2;
            else return false;
            if (f.Truncated) return false;
            if (i + optlen > len) return false;

            switch (type)
            {
                case OptPad1:
                    if (v) o.Write("(pad1)"u8);
                    break;
                case OptPadN:
                    if (len - i < 2) { o.Write("(padn: trunc)"u8); return false; }
                    if (v) o.Write("(padn)"u8);
                    break;
                case OptRouterAlert:
                {
                    if (len - i < 4) { o.Write("(rtalert: trunc)"u8); return false; }
                    int l = f.U8(bp + i + 1);
                    if (l != 2) { o.Write("(rtalert: invalid len "u8); o.Dec(l); o.Char(')'); return false; }
                    if (v)
                    {
                        int value = f.U16(bp + i + 2);
                        o.Write("(rtalert: 0x"u8); o.Hex((uint)value, 4); o.Write(") "u8);
                    }
                    break;
                }
                case OptJumbo:
                {
                    if (len - i < 6) { o.Write("(jumbo: trunc)"u8); return false; }
                    int l = f.U8(bp + i + 1);
                    if (l != 4) { o.Write("(jumbo: invalid len "u8); o.Dec(l); o.Char(')'); return false; }
                    uint jumbolen = f.U32(bp + i + 2);
                    if (seenJumbo)
                    {
                        if (v) { o.Write("(jumbo: "u8); o.Dec(jumbolen); o.Write(" - already seen) "u8); }
                    }
                    else
                    {
                        seenJumbo = true;
                        if (!hopByHop)
                        {
                            if (v) { o.Write("(jumbo: "u8); o.Dec(jumbolen); o.Write(" - not a hop-by-hop option) "u8); }
                        }
                        else if (payloadLen != 0)
                        {
                            if (v) { o.Write("(jumbo: "u8); o.Dec(jumbolen); o.Write(" - payload len != 0) "u8); }
                        }
                        else if (jumbolen < 65536)
                        {
                            if (v) { o.Write("(jumbo: "u8); o.Dec(jumbolen); o.Write(" - < 65536) "u8); }
                        }
                        else
                        {
                            foundJumbo = true;
                            payloadLen = jumbolen;
                            if (v) { o.Write("(jumbo: "u8); o.Dec(jumbolen); o.Write(") "u8); }
                        }
                    }
                    break;
                }
                case OptHomeAddress:
                {
                    if (len - i < 18) { o.Write("(homeaddr: trunc)"u8); return false; }
                    int l = f.U8(bp + i + 1);
                    if (l < 16) { o.Write("(homeaddr: invalid len "u8); o.Dec(l); o.Char(')'); return false; }
                    if (v)
                    {
                        var a = f.Bytes(bp + i + 2, 16);
                        if (f.Truncated) return false;
                        o.Write("(homeaddr: "u8); f.Ctx.Names.IPv6(o, a);
                        if (l > 16 && !SubOptionsPrint(ref f, bp + i + 18, optlen - 18)) return false;
                        o.Char(')');
                    }
                    break;
                }
                default:
                {
                    if (len - i < 2) { o.Write("(type "u8); o.Dec(type); o.Write(": trunc)"u8); return false; }
                    if (v)
                    {
                        int l = f.U8(bp + i + 1);
                        o.Write("(opt_type 0x"u8); o.Hex2((byte)type); o.Write(": len="u8); o.Dec(l); o.Char(')');
                    }
                    break;
                }
            }
            if (f.Truncated) return false;
        }
        if (v) o.Char(' ');
        return true;
    }

    /// <summary>ip6_sopt_print: the sub-options of a home address option.</summary>
    private static bool SubOptionsPrint(ref Frame f, int bp, int len)
    {
        var o = f.Out;
        int optlen;
        for (int i = 0; i < len; i += optlen)
        {
            int type = f.U8(bp + i);
            if (f.Truncated) return false;
            if (type == OptPad1) optlen = 1;
            else if (i + 1 < len) optlen = f.U8(bp + i + 1) + 2;
            else return false;
            if (i + optlen > len) return false;
            switch (type)
            {
                case OptPad1: o.Write(", pad1"u8); break;
                case OptPadN:
                    if (len - i < 2) { o.Write(", padn: trunc"u8); return false; }
                    o.Write(", padn"u8);
                    break;
                default:
                    if (len - i < 2) { o.Write(", sopt_type "u8); o.Dec(type); o.Write(": trunc)"u8); return false; }
                    int l = f.U8(bp + i + 1);
                    o.Write(", sopt_type 0x"u8); o.Hex2((byte)type); o.Write(": len="u8); o.Dec(l);
                    break;
            }
            if (f.Truncated) return false;
        }
        return true;
    }

    /// <summary>frag6_print: "frag (off|len) "; -1 for a non-first fragment, whose payload is not decoded.</summary>
    private static int FragmentPrint(ref Frame f, int bp, int ip6)
    {
        f.Proto = "frag6";
        var o = f.Out;
        long fragLen = HeaderLength + (long)f.U16(ip6 + 4) - (bp - ip6) - 8;
        if (f.Opt.Verbose > 0)
        {
            uint ident = f.U32(bp + 4);
            int off = f.U16(bp + 2) & 0xfff8;
            if (f.Truncated) return -1;
            o.Write("frag (0x"u8); o.Hex(ident, 8); o.Char(':'); o.Dec(off); o.Char('|'); WriteSizeT(o, fragLen); o.Char(')');
        }
        else
        {
            int off = f.U16(bp + 2) & 0xfff8;
            if (f.Truncated) return -1;
            o.Write("frag ("u8); o.Dec(off); o.Char('|'); WriteSizeT(o, fragLen); o.Char(')');
        }
        if ((f.U16(bp + 2) & 0xfff8) != 0) return -1;
        o.Char(' ');
        return 8;
    }

    /// <summary>%zu of a value computed in size_t: a negative difference wraps to 64 bits.</summary>
    private static void WriteSizeT(TextOut o, long v) => o.Dec(unchecked((ulong)v));

    /// <summary>rt6_print: "RT6 (len=..., type=..., segleft=..., [i]addr...) "; the header length or -1.</summary>
    private static int RoutingPrint(ref Frame f, int bp)
    {
        f.Proto = "rt6";
        var o = f.Out;
        o.Write("RT6"u8);
        int len = f.U8(bp + 1);
        if (f.Truncated) return -1;
        o.Write(" (len="u8); o.Dec(len);
        int type = f.U8(bp + 2);
        if (f.Truncated) return -1;
        o.Write(", type="u8); o.Dec(type);
        if (type == 0) o.Write(" [Deprecated]"u8);
        int segleft = f.U8(bp + 3);
        if (f.Truncated) return -1;
        o.Write(", segleft="u8); o.Dec(segleft);
        switch (type)
        {
            case 0:
            case 2:
            {
                uint reserved = f.U32(bp + 4);
                if (f.Truncated) return -1;
                if (reserved != 0 || f.Opt.Verbose > 0) { o.Write(", rsv=0x"u8); o.Hex(reserved); }
                if (len % 2 == 1) { o.Write(" (invalid length "u8); o.Dec(len); o.Char(')'); o.Write(" (invalid)"u8); return -1; }
                AddressesPrint(ref f, bp + 8, len >> 1);
                if (f.Truncated) return -1;
                o.Write(") "u8);
                return (len + 1) << 3;
            }
            case 4:
            {
                int last = f.U8(bp + 4);
                if (f.Truncated) return -1;
                o.Write(", last-entry="u8); o.Dec(last);
                int flags = f.U8(bp + 5);
                if (f.Truncated) return -1;
                if (flags != 0 || f.Opt.Verbose > 0) { o.Write(", flags=0x"u8); o.Hex((uint)flags); }
                int tag = f.U16(bp + 6);
                if (f.Truncated) return -1;
                o.Write(", tag="u8); o.Hex((uint)tag);
                if (len % 2 == 1) { o.Write(" (invalid length "u8); o.Dec(len); o.Char(')'); o.Write(" (invalid)"u8); return -1; }
                AddressesPrint(ref f, bp + 8, len >> 1);
                if (f.Truncated) return -1;
                o.Write(") "u8);
                return (len + 1) << 3;
            }
            default:
                o.Write(" (unknown type)"u8);
                o.Write(" (invalid)"u8);
                return -1;
        }
    }

    private static void AddressesPrint(ref Frame f, int p, int count)
    {
        var o = f.Out;
        for (int i = 0; i < count; i++)
        {
            var a = f.Bytes(p, 16);
            if (f.Truncated) return;
            o.Write(", ["u8); o.Dec(i); o.Char(']'); f.Ctx.Names.IPv6(o, a);
            p += 16;
        }
    }

    /// <summary>
    /// ip6_finddst: the destination for an upper-layer pseudo-header: the IPv6 destination, or
    /// the final one of a routing header. Writes 16 bytes into dst; false if truncated.
    /// </summary>
    public static bool FindDestination(ref Frame f, int ip6, scoped Span<byte> dst)
    {
        int cp = ip6, advance = HeaderLength;
        int nh = f.U8(ip6 + 6);
        int dstAddr = ip6 + 24;
        while (cp < f.End && !f.Truncated)
        {
            cp += advance;
            bool done = false;
            switch (nh)
            {
                case NhHopOpts:
                case NhDstOpts:
                case NhMobilityOld:
                case NhMobility:
                    advance = (f.U8(cp + 1) + 1) << 3;
                    nh = f.U8(cp);
                    break;
                case NhFragment:
                    advance = 8;
                    nh = f.U8(cp);
                    break;
                case NhRouting:
                {
                    // a truncated routing header ends the scan with the destination found so far
                    if (!f.Has(cp, 4)) { done = true; break; }
                    int len = f.U8(cp + 1);
                    int type = f.U8(cp + 2);
                    if (type is 0 or 2)
                    {
                        if (len % 2 == 1) { done = true; break; }
                        len >>= 1;
                        int p = cp + 8;
                        for (int i = 0; i < len; i++)
                        {
                            if (!f.Has(p, 16)) break;
                            dstAddr = p;
                            p += 16;
                        }
                    }
                    else if (type == 4)
                    {
                        if (len % 2 == 1) { done = true; break; }
                        if (f.Has(cp + 8, 16)) dstAddr = cp + 8;
                    }
                    done = true;
                    break;
                }
                default:
                    done = true;
                    break;
            }
            if (done) break;
        }
        var a = f.Bytes(dstAddr, 16);
        if (f.Truncated) return false;
        a.CopyTo(dst);
        return true;
    }

    /// <summary>
    /// nextproto6_cksum: the Internet checksum of an upper-layer packet with the IPv6
    /// pseudo-header (0 when correct). covlen bytes from data are summed (the caller checks they are captured).
    /// </summary>
    public static ushort NextProtoChecksum(ref Frame f, int ip6, int data, int len, int covlen, int nextProto)
    {
        Span<byte> dst = stackalloc byte[16];
        var src = f.Bytes(ip6 + 8, 16);
        int nh = f.U8(ip6 + 6);
        if (f.Truncated) return 0;
        bool ok = nh is NhHopOpts or NhDstOpts or NhMobilityOld or NhMobility or NhFragment or NhRouting
            ? FindDestination(ref f, ip6, dst)
            : TryCopy(ref f, ip6 + 24, dst);
        if (!ok) return 0;
        var payload = f.Bytes(data, covlen);
        if (f.Truncated) return 0;
        ulong sum = Checksum.PseudoV6(src, dst, nextProto, len) + Checksum.Sum(payload);
        return Checksum.Finish(sum);
    }

    private static bool TryCopy(ref Frame f, int off, scoped Span<byte> dst)
    {
        var a = f.Bytes(off, 16);
        if (f.Truncated) return false;
        a.CopyTo(dst);
        return true;
    }
}
