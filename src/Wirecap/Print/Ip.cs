namespace Wirecap.Print;

/// <summary>
/// IPv4 (print-ip.c).
/// <code>
///  0       4       8               16      19                      31
/// +-------+-------+---------------+-------------------------------+
/// |version|  IHL  |      TOS      |          total length         |
/// +-------+-------+---------------+-----+-------------------------+
/// |        identification         |flags|     fragment offset     |
/// +---------------+---------------+-----+-------------------------+
/// |      TTL      |   protocol    |        header checksum        |
/// +---------------+---------------+-------------------------------+
/// |                        source address                         |
/// |                      destination address                      |
/// |                    options (IHL > 5) ...                      |
/// </code>
/// </summary>
public static class Ip
{
    public const int HeaderLength = 20;

    private const int FlagReserved = 0x8000, FlagDF = 0x4000, FlagMF = 0x2000, OffsetMask = 0x1fff;
    private const int OptEol = 0, OptNop = 1, OptRR = 7, OptTS = 68, OptSecurity = 130, OptLSRR = 131,
        OptSSRR = 137, OptRA = 148, OptTraceroute = 82;

    private static readonly Tok OptionNames = new(
        (OptEol, "EOL"), (OptNop, "NOP"), (OptTS, "timestamp"), (OptSecurity, "security"), (OptRR, "RR"),
        (OptSSRR, "SSRR"), (OptLSRR, "LSRR"), (OptRA, "RA"), (OptTraceroute, "traceroute"));

    private static readonly Tok FragmentFlags = new((FlagMF, "+"), (FlagDF, "DF"), (FlagReserved, "rsvd"));

    // bittok2str of the three flag bits, indexed by (ip_off >> 13).
    private static readonly byte[][] FragmentFlagText = BuildFragmentFlagText();

    private static byte[][] BuildFragmentFlagText()
    {
        var table = new byte[8][];
        var ms = new MemoryStream();
        var o = new TextOut(ms, capacity: 256);
        for (int v = 0; v < 8; v++)
        {
            ms.SetLength(0);
            FragmentFlags.Bits(o, (uint)(v << 13), "none");
            o.Flush();
            table[v] = ms.ToArray();
        }
        return table;
    }

    /// <summary>ipN_print: IPv4 or IPv6 by the version nibble.</summary>
    public static void PrintN(ref Frame f, int off, int length)
    {
        f.Proto = "ipn";
        if (length < 1) { f.Out.Write("truncated-ip "u8); f.Out.Dec(length); return; }
        int v = f.U8(off) & 0xf0;
        if (f.Truncated) return;
        if (v == 0x40) Print(ref f, off, length);
        else if (v == 0x60) Ip6.Print(ref f, off, length);
        else { f.Out.Write("unknown ip "u8); f.Out.Dec(v >> 4); }
    }

    /// <summary>ip_print: off is the IP header, length the bytes the link layer says follow.</summary>
    public static void Print(ref Frame f, int off, int length)
    {
        f.Proto = "ip";
        var o = f.Out;
        int ver = f.U8(off) >> 4;
        if (f.Truncated) return;
        if (ver != 4)
        {
            if (ver == 6) o.Write("IP6, wrong link-layer encapsulation"u8);
            else { o.Write("IP"u8); o.Dec(ver); }
            o.Write(" (invalid)"u8);
            return;
        }
        if (!f.Opt.LinkHeader) o.Write("IP "u8);

        if (!f.Has(off, HeaderLength)) { f.PrintTrunc(); return; }
        if (length < HeaderLength) { o.Write("truncated-ip "u8); o.Dec((uint)length); return; }
        int hlen = (f.Data[off] & 0x0f) * 4;
        if (hlen < HeaderLength) { o.Write("bad-hlen "u8); o.Dec(hlen); return; }

        int len = f.U16(off + 2);
        if ((uint)length < (uint)len)
        {
            o.Write("truncated-ip - "u8); o.Dec((uint)(len - length)); o.Write(" bytes missing! "u8);
        }
        if (len < hlen) { o.Write("bad-len "u8); o.Dec(len); return; }

        // The payload ends where the IP header says, whatever the link layer padded on.
        int savedEnd = f.PushEnd(off, len);
        len -= hlen;

        int fragOff = f.U16(off + 6);
        int proto = f.U8(off + 9);
        bool truncatedOptions = false;

        if (f.Opt.Verbose > 0)
        {
            int tos = f.U8(off + 1);
            o.Write("(tos 0x"u8); o.Hex((uint)tos);
            switch (tos & 3)
            {
                case 1: o.Write(",ECT(1)"u8); break;
                case 2: o.Write(",ECT(0)"u8); break;
                case 3: o.Write(",CE"u8); break;
            }
            int ttl = f.U8(off + 8);
            if (ttl >= 1) { o.Write(", ttl "u8); o.Dec(ttl); }

            int id = f.U16(off + 4);
            o.Write(", id "u8); o.Dec(id);
            o.Write(", offset "u8); o.Dec((fragOff & OffsetMask) * 8);
            o.Write(", flags ["u8); o.Write(FragmentFlagText[(fragOff >> 13) & 7]);
            o.Write("], proto "u8); o.Write(IpProto.NameText(proto));
            o.Write(" ("u8); o.Dec(proto); o.Char(')');
            int totalLength = f.U16(off + 2);
            o.Write(", length "u8); o.Dec(totalLength);

            if (hlen > HeaderLength)
            {
                o.Write(", options ("u8);
                if (!OptionsPrint(ref f, off + HeaderLength, hlen - HeaderLength))
                {
                    o.Write(" [truncated-option]"u8);
                    truncatedOptions = true;
                }
                o.Char(')');
            }

            if (!f.Opt.NoChecksum && off + hlen <= f.End)
            {
                ushort sum = Checksum.Compute(f.Data.Slice(off, hlen));
                if (sum != 0)
                {
                    ushort ipSum = f.U16(off + 10);
                    o.Write(", bad cksum "u8); o.Hex(ipSum);
                    o.Write(" (->"u8); o.Hex(Checksum.ShouldBe(ipSum, sum)); o.Write(")!"u8);
                }
            }

            o.Write(")\n    "u8);
            if (truncatedOptions)
            {
                AddressesPrint(ref f, off, ": "u8);
                f.PrintTrunc();
                f.PopEnd(savedEnd);
                return;
            }
        }

        if ((fragOff & OffsetMask) == 0)
        {
            // TCP, UDP, SCTP and DCCP print the addresses themselves, with the ports.
            if (proto != IpProto.Tcp && proto != IpProto.Udp && proto != IpProto.Sctp && proto != IpProto.Dccp)
                AddressesPrint(ref f, off, ": "u8);
            if (!f.Has(off, hlen))
            {
                o.Write(" [remaining caplen("u8); o.Dec(f.Available(off));
                o.Write(") < header length("u8); o.Dec(hlen); o.Write(")]"u8);
                f.Trunc();
                return;
            }
            int ttl = f.U8(off + 8);
            IpProto.Demux(ref f, off + hlen, len, 4, (fragOff & FlagMF) != 0, ttl, proto, off);
        }
        else
        {
            // A later fragment: no transport header to decode, only who and which protocol.
            // (tcpdump's -qq would print nothing more here; the options have no second -q level.)
            AddressesPrint(ref f, off, ":"u8);
            if (f.Opt.Resolve && IpProto.NetdbName(proto) is { } name) { o.Char(' '); o.Write(name); }
            else { o.Write(" ip-proto-"u8); o.Dec(proto); }
        }
        f.PopEnd(savedEnd);
    }

    /// <summary>"src > dst" and then sep, with the addresses as ipaddr_string writes them.</summary>
    internal static void AddressesPrint(ref Frame f, int ipOff, ReadOnlySpan<byte> sep)
    {
        var src = f.Bytes(ipOff + 12, 4);
        var dst = f.Bytes(ipOff + 16, 4);
        if (f.Truncated) return;
        var names = f.Ctx.Names;
        names.IPv4(f.Out, src);
        f.Out.Write(" > "u8);
        names.IPv4(f.Out, dst);
        f.Out.Write(sep);
    }

    /// <summary>ip_optprint: false when an option was not all captured.</summary>
    private static bool OptionsPrint(ref Frame f, int cp, int length)
    {
        var o = f.Out;
        bool first = true;
        int optionLen;
        for (; length > 0; cp += optionLen, length -= optionLen)
        {
            if (!first) o.Char(',');
            first = false;
            int code = f.U8(cp);
            if (f.Truncated) return true;
            OptionNames.Print(o, (uint)code, "unknown %u");
            if (code == OptNop || code == OptEol) optionLen = 1;
            else
            {
                optionLen = f.U8(cp + 1);
                if (f.Truncated) return true;
                if (optionLen < 2) { o.Write(" [bad length "u8); o.Dec(optionLen); o.Char(']'); return true; }
            }
            if (optionLen > length) { o.Write(" [bad length "u8); o.Dec(optionLen); o.Char(']'); return true; }
            if (!f.Has(cp, optionLen)) return false;

            switch (code)
            {
                case OptEol:
                    return true;
                case OptTS:
                    if (!TimestampPrint(ref f, cp, optionLen)) return false;
                    break;
                case OptRR:
                case OptSSRR:
                case OptLSRR:
                    if (!RoutePrint(ref f, cp, optionLen)) return false;
                    break;
                case OptRA:
                    if (optionLen < 4) { o.Write(" [bad length "u8); o.Dec(optionLen); o.Char(']'); break; }
                    int value = f.U16(cp + 2);
                    if (value != 0) { o.Write(" value "u8); o.Dec(value); }
                    break;
            }
            if (f.Truncated) return true;
        }
        return true;
    }

    /// <summary>ip_printroute: the addresses of an RR, LSRR or SSRR option; false when one is not captured.</summary>
    private static bool RoutePrint(ref Frame f, int cp, int length)
    {
        var o = f.Out;
        if (length < 3) { o.Write(" [bad length "u8); o.Dec(length); o.Char(']'); return true; }
        if (((length + 1) & 3) != 0) { o.Write(" [bad length "u8); o.Dec(length); o.Char(']'); }
        int rawPtr = f.U8(cp + 2);
        int ptr = rawPtr - 1;
        if (ptr < 3 || ((ptr + 1) & 3) != 0 || ptr > length + 1) { o.Write(" [bad ptr "u8); o.Dec(rawPtr); o.Char(']'); }
        for (int len = 3; len < length && !f.Truncated; len += 4)
        {
            if (!f.Has(cp + len, 4)) return false;
            o.Char(' ');
            f.Ctx.Names.IPv4(o, f.Data.Slice(cp + len, 4));
            if (ptr > len) o.Char(',');
        }
        return true;
    }

    /// <summary>ip_printts: the timestamp option; false when a hop is not captured.</summary>
    private static bool TimestampPrint(ref Frame f, int cp, int length)
    {
        var o = f.Out;
        if (length < 4) { o.Write("[bad length "u8); o.Dec(length); o.Char(']'); return true; }
        o.Write(" TS{"u8);
        int flagsByte = f.U8(cp + 3);
        int hoplen = (flagsByte & 0xf) != 0 ? 8 : 4;
        if (((length - 4) & (hoplen - 1)) != 0) { o.Write("[bad length "u8); o.Dec(length); o.Char(']'); }
        int rawPtr = f.U8(cp + 2);
        int ptr = rawPtr - 1;
        int len = 0;
        if (ptr < 4 || ((ptr - 4) & (hoplen - 1)) != 0 || ptr > length + 1) { o.Write("[bad ptr "u8); o.Dec(rawPtr); o.Char(']'); }
        bool known = true;
        switch (flagsByte & 0xf)
        {
            case 0: o.Write("TSONLY"u8); break;
            case 1: o.Write("TS+ADDR"u8); break;
            case 3: o.Write("PRESPEC"u8); break;
            default: o.Write("[bad ts type "u8); o.Dec(flagsByte & 0xf); o.Char(']'); known = false; break;
        }
        if (known)
        {
            for (len = 4; len < length; len += hoplen)
            {
                bool mark = ptr == len;
                if (!f.Has(cp + len, hoplen)) return false;
                uint ts = f.U32(cp + len + hoplen - 4);
                o.Write(mark ? " ^ "u8 : " "u8);
                o.Dec(ts);
                o.Char('@');
                if (hoplen == 8) f.Ctx.Names.IPv4(o, f.Data.Slice(cp + len, 4));
            }
        }
        if (ptr == len) o.Write(" ^ "u8);
        if (flagsByte >> 4 != 0) { o.Write(" ["u8); o.Dec(flagsByte >> 4); o.Write(" hops not recorded]} "u8); }
        else o.Char('}');
        return true;
    }

    /// <summary>
    /// ip_finddst: the final destination when a complete source route is present (for the
    /// pseudo-header of TCP and UDP checksums), otherwise the header's destination.
    /// </summary>
    internal static int FindDestination(ref Frame f, int ipOff)
    {
        int hlen = (f.Data[ipOff] & 0x0f) * 4;
        int length = hlen - HeaderLength;
        int cp = ipOff + HeaderLength;
        int len;
        for (; length > 0; cp += len, length -= len)
        {
            if (!f.Has(cp, 1)) break;
            int tt = f.Data[cp];
            if (tt == OptEol) break;
            if (tt == OptNop) len = 1;
            else
            {
                if (!f.Has(cp + 1, 1)) break;
                len = f.Data[cp + 1];
                if (len < 2) break;
            }
            if (length < len || !f.Has(cp, len)) break;
            if ((tt == OptSSRR || tt == OptLSRR) && len >= 7) return cp + len - 4;
        }
        return ipOff + 16;
    }
}
