namespace Wirecap.Print;

/// <summary>
/// ICMPv6 (print-icmp6.c): errors quoting the offending packet, echo, MLD/MLDv2, neighbour
/// discovery with its options, node information queries and router renumbering.
/// <code>
///  0       1       2               4
/// +-------+-------+---------------+-------------------------------+-----------
/// | type  | code  | checksum      | id, seq / mtu / pointer / ... | body
/// +-------+-------+---------------+-------------------------------+-----------
/// </code>
/// </summary>
public static class Icmp6
{
    private const int DstUnreach = 1, PacketTooBig = 2, TimeExceeded = 3, ParamProblem = 4,
        EchoRequest = 128, EchoReply = 129, MldQuery = 130, MldReport = 131, MldDone = 132,
        RouterSolicit = 133, RouterAdvert = 134, NeighborSolicit = 135, NeighborAdvert = 136, Redirect = 137,
        RouterRenumbering = 138, NiQuery = 139, NiReply = 140, IndSolicit = 141, IndAdvert = 142,
        Mldv2Report = 143, HaDiscoveryRequest = 144, HaDiscoveryReply = 145, MobilePrefixSolicit = 146,
        MobilePrefixAdvert = 147, RplMessage = 155;
    private const int MldMinLength = 24, Mldv2MinLength = 28;

    private static readonly Tok TypeNames = new(
        (1, "destination unreachable"), (2, "packet too big"), (3, "time exceeded in-transit"),
        (4, "parameter problem"), (128, "echo request"), (129, "echo reply"), (130, "multicast listener query"),
        (131, "multicast listener report"), (132, "multicast listener done"), (133, "router solicitation"),
        (134, "router advertisement"), (135, "neighbor solicitation"), (136, "neighbor advertisement"),
        (137, "redirect"), (138, "router renumbering"), (141, "inverse neighbor solicitation"),
        (142, "inverse neighbor advertisement"), (143, "multicast listener report v2"),
        (144, "ha discovery request"), (145, "ha discovery reply"), (146, "mobile router solicitation"),
        (147, "mobile router advertisement"), (139, "who-are-you request"), (140, "who-are-you reply"),
        (139, "node information query"), (140, "node information reply"), (201, "mtrace message"),
        (200, "mtrace response"), (155, "RPL"));

    private static readonly Tok UnreachCodes = new(
        (0, "unreachable route"), (1, " unreachable prohibited"), (2, "beyond scope"),
        (3, "unreachable address"), (4, "unreachable port"));

    private static readonly Tok PrefixFlags = new((0x80, "onlink"), (0x40, "auto"), (0x20, "router"));
    private static readonly Tok RaFlags = new((0x80, "managed"), (0x40, "other stateful"), (0x20, "home agent"), (0x02, "ipv6 only"));
    private static readonly Tok NaFlags = new((0x80000000, "router"), (0x40000000, "solicited"), (0x20000000, "override"));

    private static readonly Tok OptionNames = new(
        (1, "source link-address"), (2, "destination link-address"), (3, "prefix info"), (4, "redirected header"),
        (5, "mtu"), (25, "rdnss"), (31, "dnssl"), (7, "advertisement interval"), (8, "homeagent information"),
        (24, "route info"));

    private static readonly Tok Mldv2RecordTypes = new(
        (1, "is_in"), (2, "is_ex"), (3, "to_in"), (4, "to_ex"), (5, "allow"), (6, "block"));

    /// <summary>icmp6_print. off/length: the ICMPv6 message; ipOff: the IPv6 header (for the checksum).</summary>
    public static void Print(ref Frame f, int off, int length, int ipOff, bool fragmented)
    {
        f.Proto = "icmp6";
        var o = f.Out;
        var names = f.Ctx.Names;
        int oip = off + 8;   // the packet quoted by error messages
        if (length == 0)
        {
            o.Write("ICMP6, length 0"u8);
            o.Write(" (invalid)"u8);
            return;
        }

        if (f.Opt.Verbose > 0 && !fragmented && f.Has(off, length))
        {
            int field = f.U16(off + 2);
            ushort sum = Ip6.NextProtoChecksum(ref f, ipOff, off, length, length, IpProto.Icmpv6);
            if (f.Truncated) return;
            if (sum != 0)
            {
                o.Write("[bad icmp6 cksum 0x"u8); o.Hex((uint)field, 4); o.Write(" -> 0x"u8);
                o.Hex(Checksum.ShouldBe((ushort)field, sum), 4); o.Write("!] "u8);
            }
            else o.Write("[icmp6 sum ok] "u8);
        }

        int type = f.U8(off);
        if (f.Truncated) return;
        o.Write("ICMP6, "u8);
        TypeNames.Print(o, (uint)type, "unknown icmp6 type (%u)");
        bool v = f.Opt.Verbose > 0;
        if (v && type is RouterSolicit or RouterAdvert or NeighborAdvert or NeighborSolicit or Redirect
                or HaDiscoveryReply or MobilePrefixAdvert)
        {
            o.Write(", length "u8); o.Dec((uint)length);
        }
        int code = f.U8(off + 1);
        if (f.Truncated) return;

        switch (type)
        {
            case DstUnreach:
                o.Write(", "u8); UnreachCodes.Print(o, (uint)code, "unknown unreach code (%u)");
                switch (code)
                {
                    case 0:
                    case 1:
                    case 3:
                    {
                        var d = f.Bytes(oip + 24, 16);
                        if (f.Truncated) return;
                        o.Char(' '); names.IPv6(o, d);
                        break;
                    }
                    case 2:
                    {
                        var d = f.Bytes(oip + 24, 16);
                        var s = f.Bytes(oip + 8, 16);
                        if (f.Truncated) return;
                        o.Char(' '); names.IPv6(o, d); o.Write(", source address "u8); names.IPv6(o, s);
                        break;
                    }
                    case 4:
                    {
                        int uh = UpperLayer(ref f, oip, out int prot);
                        if (uh < 0) { f.PrintTrunc(); return; }
                        int dport = f.U16(uh + 2);
                        var d = f.Bytes(oip + 24, 16);
                        if (f.Truncated) return;
                        o.Write(", "u8); names.IPv6(o, d);
                        if (prot == IpProto.Tcp) { o.Write(" tcp port "u8); names.TcpPort(o, dport); }
                        else if (prot == IpProto.Udp) { o.Write(" udp port "u8); names.UdpPort(o, dport); }
                        else { o.Write(" protocol "u8); o.Dec(prot); o.Write(" port "u8); o.Dec(dport); o.Write(" unreachable"u8); }
                        break;
                    }
                    default:
                        if (f.Opt.Verbose <= 1)
                        {
                            HexDump.UnknownData(ref f, off, "\n\t"u8, length);
                            return;
                        }
                        break;
                }
                break;
            case PacketTooBig:
            {
                uint mtu = f.U32(off + 4);
                if (f.Truncated) return;
                o.Write(", mtu "u8); o.Dec(mtu);
                break;
            }
            case TimeExceeded:
                if (code == 0)
                {
                    var d = f.Bytes(oip + 24, 16);
                    if (f.Truncated) return;
                    o.Write(" for "u8); names.IPv6(o, d);
                }
                else if (code == 1) o.Write(" (reassembly)"u8);
                else { o.Write(", unknown code ("u8); o.Dec(code); o.Char(')'); }
                break;
            case ParamProblem:
            {
                if (!LocalTrunc.Check(ref f, oip + 24, 16)) return;
                uint ptr = f.U32(off + 4);
                if (f.Truncated) return;
                switch (code)
                {
                    case 0: o.Write(", erroneous - octet "u8); o.Dec(ptr); break;
                    case 1: o.Write(", next header - octet "u8); o.Dec(ptr); break;
                    case 2: o.Write(", option - octet "u8); o.Dec(ptr); break;
                    case 3: o.Write(", incomplete header chain - octet "u8); o.Dec(ptr); break;
                    default: o.Write(", code-#"u8); o.Dec(code); break;
                }
                break;
            }
            case EchoRequest:
            case EchoReply:
            {
                int id = f.U16(off + 4), seq = f.U16(off + 6);
                if (f.Truncated) return;
                o.Write(", id "u8); o.Dec(id); o.Write(", seq "u8); o.Dec(seq);
                break;
            }
            case MldQuery:
                if (length == MldMinLength) MldPrint(ref f, off);
                else if (length >= Mldv2MinLength) { o.Write(" v2"u8); Mldv2QueryPrint(ref f, off, length); }
                else { o.Write(" unknown-version (len "u8); o.Dec((uint)length); o.Write(") "u8); }
                break;
            case MldReport:
            case MldDone:
                MldPrint(ref f, off);
                break;
            case RouterSolicit:
                if (v && !OptionsPrint(ref f, off + 8, length - 8)) { f.PrintTrunc(); return; }
                break;
            case RouterAdvert:
                if (v)
                {
                    int hops = f.U8(off + 4), flags = f.U8(off + 5), lifetime = f.U16(off + 6);
                    uint reachable = f.U32(off + 8), retrans = f.U32(off + 12);
                    if (f.Truncated) return;
                    o.Write("\n\thop limit "u8); o.Dec(hops); o.Write(", Flags ["u8);
                    RaFlags.Bits(o, (uint)flags, "none");
                    o.Write("], pref "u8); o.Write(RoutePreference(flags));
                    o.Write(", router lifetime "u8); o.Dec(lifetime);
                    o.Write("s, reachable time "u8); o.Dec(reachable);
                    o.Write("ms, retrans timer "u8); o.Dec(retrans); o.Write("ms"u8);
                    if (!OptionsPrint(ref f, off + 16, length - 16)) { f.PrintTrunc(); return; }
                }
                break;
            case NeighborSolicit:
            {
                var t = f.Bytes(off + 8, 16);
                if (f.Truncated) return;
                o.Write(", who has "u8); names.IPv6(o, t);
                if (v && !OptionsPrint(ref f, off + 24, length - 24)) { f.PrintTrunc(); return; }
                break;
            }
            case NeighborAdvert:
            {
                var t = f.Bytes(off + 8, 16);
                if (f.Truncated) return;
                o.Write(", tgt is "u8); names.IPv6(o, t);
                if (v)
                {
                    uint flags = f.U32(off + 4);
                    if (f.Truncated) return;
                    o.Write(", Flags ["u8); NaFlags.Bits(o, flags, "none"); o.Char(']');
                    if (!OptionsPrint(ref f, off + 24, length - 24)) { f.PrintTrunc(); return; }
                }
                break;
            }
            case Redirect:
            {
                var d = f.Bytes(off + 24, 16);
                if (f.Truncated) return;
                o.Write(", "u8); names.IPv6(o, d);
                var t = f.Bytes(off + 8, 16);
                if (f.Truncated) return;
                o.Write(" to "u8); names.IPv6(o, t);
                if (v && !OptionsPrint(ref f, off + 40, length - 40)) { f.PrintTrunc(); return; }
                break;
            }
            case RouterRenumbering:
                RenumberingPrint(ref f, off);
                break;
            case NiQuery:
            case NiReply:
                NodeInfoPrint(ref f, length, off);
                break;
            case IndSolicit:
            case IndAdvert:
                break;
            case Mldv2Report:
                Mldv2ReportPrint(ref f, off, length);
                break;
            case MobilePrefixSolicit:
            case HaDiscoveryRequest:
            {
                int id = f.U16(off + 4);
                if (f.Truncated) return;
                o.Write(", id 0x"u8); o.Hex((uint)id, 4);
                break;
            }
            case HaDiscoveryReply:
                if (v)
                {
                    int id = f.U16(off + 4);
                    if (f.Truncated) return;
                    o.Write(", id 0x"u8); o.Hex((uint)id, 4);
                    for (int p = off + 8; p < off + length; p += 16)
                    {
                        var a = f.Bytes(p, 16);
                        if (f.Truncated) return;
                        o.Write(", "u8); names.IPv6(o, a);
                    }
                }
                break;
            case MobilePrefixAdvert:
                if (v)
                {
                    int id = f.U16(off + 4);
                    if (f.Truncated) return;
                    o.Write(", id 0x"u8); o.Hex((uint)id, 4);
                    int flags = f.U16(off + 6);
                    if (f.Truncated) return;
                    if ((flags & 0xc000) != 0) o.Char(' ');
                    if ((flags & 0x8000) != 0) o.Char('M');
                    if ((flags & 0x4000) != 0) o.Char('O');
                    if (!OptionsPrint(ref f, off + 8, length - 8)) { f.PrintTrunc(); return; }
                }
                break;
            case RplMessage:
                // the body starts inside the ICMPv6 header, after type, code and checksum
                RplPrint(ref f, code, off + 4, length - 4);
                break;
            default:
                o.Write(", length "u8); o.Dec((uint)length);
                if (f.Opt.Verbose <= 1) HexDump.UnknownData(ref f, off, "\n\t"u8, length);
                return;
        }
        if (!v) { o.Write(", length "u8); o.Dec((uint)length); }
    }

    private static readonly Tok RplModes = new((0, "nonstoring"), (1, "storing"), (2, "nonstoring-multicast"), (3, "storing-multicast"));

    private static readonly Tok RplOptions = new(
        (0, "pad1"), (1, "padN"), (2, "metrics"), (3, "routinginfo"), (4, "config"), (5, "rpltarget"),
        (6, "transitinfo"), (8, "destprefix"), (9, "rpltargetdesc"));

    /// <summary>rpl_print: RPL control messages (RFC 6550): DIS, DIO, DAO, DAO-ACK.</summary>
    private static void RplPrint(ref Frame f, int code, int bp, int length)
    {
        var o = f.Out;
        if ((code & 0x80) != 0) { o.Write(", (SEC) [worktodo]"u8); return; }
        o.Write(", (CLR)"u8);
        bool v = f.Opt.Verbose > 0;
        switch (code & 0x7f)
        {
            case 0:
                o.Write("DODAG Information Solicitation"u8);
                break;
            case 1:
                o.Write("DODAG Information Object"u8);
                if (v) RplDioPrint(ref f, bp, length);
                break;
            case 2:
                o.Write("Destination Advertisement Object"u8);
                if (v) RplDaoPrint(ref f, bp, length);
                break;
            case 3:
                o.Write("Destination Advertisement Object Ack"u8);
                if (v) RplDaoAckPrint(ref f, bp, length);
                break;
            default:
                o.Write("RPL message, unknown code "u8); o.Dec(code);
                break;
        }
    }

    /// <summary>DIO: instance(1) version(1) rank(2) G/MOP/prf(1) DTSN(1) flags(1) reserved(1) DODAGID(16), options.</summary>
    private static void RplDioPrint(ref Frame f, int bp, int length)
    {
        var o = f.Out;
        if (length < 24)
        {
            o.Write(" [length "u8); o.Dec((uint)length); o.Write(" < 24]"u8); o.Write(" (invalid)"u8);
            return;
        }
        var dagid = f.Bytes(bp + 8, 16);
        int dtsn = f.U8(bp + 5), instance = f.U8(bp), rank = f.U16(bp + 2), mopprf = f.U8(bp + 4);
        if (f.Truncated) return;
        o.Write(" [dagid:"u8); f.Ctx.Names.IPv6(o, dagid);
        o.Write(",seq:"u8); o.Dec(dtsn); o.Write(",instance:"u8); o.Dec(instance);
        o.Write(",rank:"u8); o.Dec(rank); o.Char(',');
        if ((mopprf & 0x80) != 0) o.Write("grounded,"u8);
        o.Write("mop:"u8); RplModes.Print(o, (uint)((mopprf & 0x38) >> 3), "mop%u");
        o.Write(",prf:"u8); o.Dec(mopprf & 7); o.Char(']');
        if (f.Opt.Verbose > 1) RplOptionsPrint(ref f, bp + 24, length - 24);
    }

    /// <summary>DAO: instance(1) flags K,D(1) reserved(1) sequence(1) [DODAGID(16) when D], options.</summary>
    private static void RplDaoPrint(ref Frame f, int bp, int length)
    {
        var o = f.Out;
        // the whole structure, DODAGID included, must be captured
        if (!LocalTrunc.Check(ref f, bp, 20)) return;
        if (length < 4) { o.Write(" [|length too short]"u8); return; }
        int p = bp + 4;
        length -= 4;
        int flags = f.Data[bp + 1];
        bool d = (flags & 0x40) != 0;
        if (d)
        {
            if (length < 16) { o.Write(" [|length too short]"u8); return; }
            p += 16; length -= 16;
        }
        o.Write(" [dagid:"u8);
        if (d) f.Ctx.Names.IPv6(o, f.Data.Slice(bp + 4, 16)); else o.Write("<elided>"u8);
        o.Write(",seq:"u8); o.Dec(f.Data[bp + 3]); o.Write(",instance:"u8); o.Dec(f.Data[bp]);
        if ((flags & 0x80) != 0) o.Write(",acK"u8);
        if (d) o.Write(",Dagid"u8);
        o.Char(','); o.Hex2((byte)flags); o.Char(']');
        if (f.Opt.Verbose > 1) RplOptionsPrint(ref f, p, length);
    }

    /// <summary>DAO-ACK: instance(1) flags D(1) sequence(1) status(1) [DODAGID(16) when D], options.</summary>
    private static void RplDaoAckPrint(ref Frame f, int bp, int length)
    {
        var o = f.Out;
        if (!LocalTrunc.Check(ref f, bp, 4)) return;
        if (length < 4) { o.Write(" [|dao-length too short]"u8); return; }
        int p = bp + 4;
        length -= 4;
        bool d = (f.Data[bp + 1] & 0x80) != 0;
        if (d)
        {
            if (!LocalTrunc.Check(ref f, bp + 4, 16)) return;
            if (length < 16) { o.Write(" [|dao-length too short]"u8); return; }
            p += 16; length -= 16;
        }
        o.Write(" [dagid:"u8);
        if (d) f.Ctx.Names.IPv6(o, f.Data.Slice(bp + 4, 16)); else o.Write("<elided>"u8);
        o.Write(",seq:"u8); o.Dec(f.Data[bp + 2]); o.Write(",instance:"u8); o.Dec(f.Data[bp]);
        o.Write(",status:"u8); o.Dec(f.Data[bp + 3]); o.Char(']');
        if (f.Opt.Verbose > 1) RplOptionsPrint(ref f, p, length);
    }

    /// <summary>rpl_printopts: " opt:name len:N " and, with -vvv, the option's bytes.</summary>
    private static void RplOptionsPrint(ref Frame f, int p, int length)
    {
        var o = f.Out;
        while (length != 0)
        {
            int type = f.U8(p);
            if (f.Truncated) return;
            int optlen;
            if (type == 0) { optlen = 1; o.Write(" opt:pad1"u8); }
            else
            {
                if (length < 2) { f.PrintTrunc(); return; }
                optlen = f.U8(p + 1) + 2;
                if (f.Truncated) return;
                o.Write(" opt:"u8); RplOptions.Print(o, (uint)type, "subopt:%u");
                o.Write(" len:"u8); o.Dec(optlen); o.Char(' ');
                if (!LocalTrunc.Check(ref f, p, optlen)) return;
                if (length < optlen) { f.PrintTrunc(); return; }
                if (f.Opt.Verbose > 2) HexDump.Hex(ref f, " "u8, p + 2, optlen - 2);
            }
            p += optlen;
            length -= optlen;
        }
    }

    private static ReadOnlySpan<byte> RoutePreference(int flags) => ((flags & 0x18) >> 3) switch
    {
        0 => "medium"u8,
        1 => "high"u8,
        2 => "rsv"u8,
        _ => "low"u8,
    };

    private static void LifetimePrint(TextOut o, uint v)
    {
        if (v == uint.MaxValue) o.Write("infinity"u8);
        else { o.Dec(v); o.Char('s'); }
    }

    /// <summary>get_upperlayer: the offset of the TCP/UDP header inside a quoted IPv6 packet, or -1.</summary>
    private static int UpperLayer(ref Frame f, int ip6, out int prot)
    {
        prot = 0;
        if (!f.Has(ip6 + 6, 1)) return -1;
        int nh = f.Data[ip6 + 6];
        int hlen = Ip6.HeaderLength;
        int bp = ip6;
        while (bp < f.End)
        {
            bp += hlen;
            switch (nh)
            {
                case IpProto.Udp:
                case IpProto.Tcp:
                    if (!f.Has(bp + 2, 2)) return -1;
                    prot = nh;
                    return bp;
                case IpProto.HopOpts:
                case IpProto.DstOpts:
                case IpProto.Routing:
                    if (!f.Has(bp + 1, 1)) return -1;
                    nh = f.Data[bp];
                    hlen = (f.Data[bp + 1] + 1) << 3;
                    break;
                case IpProto.Fragment:
                    if (!f.Has(bp + 2, 2)) return -1;
                    if ((f.U16(bp + 2) & 0xfff8) != 0) return -1;
                    nh = f.Data[bp];
                    hlen = 8;
                    break;
                case IpProto.Ah:
                    if (!f.Has(bp + 1, 1)) return -1;
                    nh = f.Data[bp];
                    hlen = (f.Data[bp + 1] + 2) << 2;
                    break;
                default:
                    prot = nh;
                    return -1;
            }
        }
        return -1;
    }

    /// <summary>icmp6_opt_print: the neighbour discovery options; false when truncated.</summary>
    private static bool OptionsPrint(ref Frame f, int cp, int resid)
    {
        var o = f.Out;
        var names = f.Ctx.Names;
        int ep = f.End;
        int bp = cp;
        Span<byte> routePrefix = stackalloc byte[16];   // route information prefixes, zero-extended
        while (cp < ep)
        {
            if (!f.Has(cp + 1, 1)) return false;
            if (resid <= 0) return true;
            int type = f.Data[cp], len = f.Data[cp + 1];
            if (len == 0) return false;
            if (cp + (len << 3) > ep) return false;
            o.Write("\n\t  "u8); OptionNames.Print(o, (uint)type, "unknown");
            o.Write(" option ("u8); o.Dec(type); o.Write("), length "u8); o.Dec(len << 3);
            o.Write(" ("u8); o.Dec(len); o.Write("): "u8);
            switch (type)
            {
                case 1:
                case 2:
                    o.Mac(f.Data.Slice(cp + 2, (len << 3) - 2));
                    break;
                case 3:
                {
                    var prefix = f.Bytes(cp + 16, 16);
                    int plen = f.U8(cp + 2), flags = f.U8(cp + 3);
                    uint valid = f.U32(cp + 4);
                    if (f.Truncated) return false;
                    names.IPv6(o, prefix); o.Char('/'); o.Dec(plen);
                    if (len != 4) o.Write("badlen"u8);
                    o.Write(", Flags ["u8); PrefixFlags.Bits(o, (uint)flags, "none");
                    o.Write("], valid time "u8); LifetimePrint(o, valid);
                    uint preferred = f.U32(cp + 8);
                    if (f.Truncated) return false;
                    o.Write(", pref. time "u8); LifetimePrint(o, preferred);
                    break;
                }
                case 4:
                    HexDump.UnknownData(ref f, bp, "\n\t    "u8, len << 3);
                    break;
                case 5:
                {
                    uint mtu = f.U32(cp + 4);
                    if (f.Truncated) return false;
                    o.Char(' '); o.Dec(mtu);
                    if (len != 1) o.Write("bad option length"u8);
                    break;
                }
                case 25:
                {
                    uint lifetime = f.U32(cp + 4);
                    if (f.Truncated) return false;
                    o.Write(" lifetime "u8); o.Dec(lifetime); o.Write("s,"u8);
                    int n = (len - 1) / 2;
                    for (int i = 0; i < n; i++)
                    {
                        var a = f.Bytes(cp + 8 + 16 * i, 16);
                        if (f.Truncated) return false;
                        o.Write(" addr: "u8); names.IPv6(o, a);
                    }
                    break;
                }
                case 31:
                {
                    uint lifetime = f.U32(cp + 4);
                    if (f.Truncated) return false;
                    o.Write(" lifetime "u8); o.Dec(lifetime); o.Write("s, domain(s):"u8);
                    int dom = cp + 8, end = cp + (len << 3);
                    while (dom < end)
                    {
                        int first = f.U8(dom);
                        if (f.Truncated) return false;
                        if (first == 0) break;
                        o.Char(' ');
                        dom = DomainPrint(ref f, dom);
                        if (dom < 0) return false;
                    }
                    break;
                }
                case 7:
                {
                    uint interval = f.U32(cp + 4);
                    if (f.Truncated) return false;
                    o.Char(' '); o.Dec(interval); o.Write("ms"u8);
                    break;
                }
                case 8:
                {
                    int pref = f.U16(cp + 4), lifetime = f.U16(cp + 6);
                    if (f.Truncated) return false;
                    o.Write(" preference "u8); o.Dec(pref); o.Write(", lifetime "u8); o.Dec(lifetime);
                    break;
                }
                case 24:
                {
                    if (!f.Has(cp + 4, 4)) return false;
                    routePrefix.Clear();
                    switch (len)
                    {
                        case 1: break;
                        case 2: if (!f.Has(cp + 8, 8)) return false; f.Data.Slice(cp + 8, 8).CopyTo(routePrefix); break;
                        case 3: if (!f.Has(cp + 8, 16)) return false; f.Data.Slice(cp + 8, 16).CopyTo(routePrefix); break;
                        default: return false;
                    }
                    int plen = f.Data[cp + 2], flags = f.Data[cp + 3];
                    uint lifetime = f.U32(cp + 4);
                    o.Char(' '); names.IPv6(o, routePrefix); o.Char('/'); o.Dec(plen);
                    o.Write(", pref="u8); o.Write(RoutePreference(flags));
                    o.Write(", lifetime="u8); LifetimePrint(o, lifetime);
                    break;
                }
                default:
                    if (f.Opt.Verbose <= 1)
                    {
                        HexDump.UnknownData(ref f, cp + 2, "\n\t  "u8, (len << 3) - 2);
                        return true;
                    }
                    break;
            }
            if (f.Opt.Verbose > 1) HexDump.UnknownData(ref f, cp + 2, "\n\t    "u8, (len << 3) - 2);
            cp += len << 3;
            resid -= len << 3;
        }
        return true;
    }

    /// <summary>
    /// A domain name in DNS wire form (RFC 1035 labels, as in the DNSSL option), printed
    /// "label.label." Returns the offset after it, or -1 when it runs past the capture.
    /// </summary>
    private static int DomainPrint(ref Frame f, int p)
    {
        var o = f.Out;
        while (true)
        {
            int l = f.U8(p);
            if (f.Truncated) return -1;
            p++;
            if (l == 0) return p;
            if ((l & 0xc0) != 0) return -1;   // compression pointers are not expected here
            var label = f.Bytes(p, l);
            if (f.Truncated) return -1;
            foreach (byte c in label) PrintChar(o, c);
            o.Char('.');
            p += l;
        }
    }

    /// <summary>fn_print_char: "M-" for non-ASCII, "^X" for control characters.</summary>
    private static void PrintChar(TextOut o, byte c)
    {
        if (c >= 0x80) { c &= 0x7f; o.Write("M-"u8); }
        if (c < 0x20 || c > 0x7e) { c ^= 0x40; o.Char('^'); }
        o.Char(c);
    }

    /// <summary>mld6_print: MLDv1 query, report or done.</summary>
    private static void MldPrint(ref Frame f, int off)
    {
        if (!f.Has(off, MldMinLength)) return;
        var o = f.Out;
        o.Write("max resp delay: "u8); o.Dec(f.U16(off + 4)); o.Char(' ');
        o.Write("addr: "u8); f.Ctx.Names.IPv6(o, f.Data.Slice(off + 8, 16));
    }

    private static void Mldv2ReportPrint(ref Frame f, int off, int len)
    {
        var o = f.Out;
        if (len < 8) { o.Write(" [invalid len "u8); o.Dec((uint)len); o.Char(']'); return; }
        int ngroups = f.U16(off + 6);
        if (f.Truncated) return;
        o.Write(", "u8); o.Dec(ngroups); o.Write(" group record(s)"u8);
        if (f.Opt.Verbose == 0) return;
        long group = 8;
        for (int i = 0; i < ngroups; i++)
        {
            if (len < group + 20) { o.Write(" [invalid number of groups]"u8); return; }
            int g = off + (int)group;
            var gaddr = f.Bytes(g + 4, 16);
            if (f.Truncated) return;
            o.Write(" [gaddr "u8); f.Ctx.Names.IPv6(o, gaddr);
            int rtype = f.U8(g);
            if (f.Truncated) return;
            o.Char(' '); Mldv2RecordTypes.Print(o, (uint)rtype, " [v2-report-#%u]");
            int nsrcs = f.U16(g + 2);
            if (f.Truncated) return;
            if (len < group + 20 + nsrcs * 16L) { o.Write(" [invalid number of sources "u8); o.Dec(nsrcs); o.Char(']'); return; }
            if (f.Opt.Verbose == 1) { o.Write(", "u8); o.Dec(nsrcs); o.Write(" source(s)"u8); }
            else
            {
                o.Write(" {"u8);
                for (int j = 0; j < nsrcs; j++)
                {
                    var s = f.Bytes(g + 20 + j * 16, 16);
                    if (f.Truncated) return;
                    o.Char(' '); f.Ctx.Names.IPv6(o, s);
                }
                o.Write(" }"u8);
            }
            group += 20 + nsrcs * 16L;
            o.Char(']');
        }
    }

    private static void Mldv2QueryPrint(ref Frame f, int off, int len)
    {
        var o = f.Out;
        if (len < 28) { o.Write(" [invalid len "u8); o.Dec((uint)len); o.Char(']'); return; }
        int mrc = f.U16(off + 4);
        if (f.Truncated) return;
        uint mrt = mrc < 32768 ? (uint)mrc : (uint)(((mrc & 0x0fff) | 0x1000) << (((mrc & 0x7000) >> 12) + 3));
        if (f.Opt.Verbose > 0) { o.Write(" [max resp delay="u8); o.Dec(mrt); o.Char(']'); }
        var gaddr = f.Bytes(off + 8, 16);
        if (f.Truncated) return;
        o.Write(" [gaddr "u8); f.Ctx.Names.IPv6(o, gaddr);
        if (f.Opt.Verbose > 0)
        {
            int b24 = f.U8(off + 24);
            if (f.Truncated) return;
            if ((b24 & 0x08) != 0) o.Write(" sflag"u8);
            if ((b24 & 0x07) != 0) { o.Write(" robustness="u8); o.Dec(b24 & 7); }
            int b25 = f.U8(off + 25);
            if (f.Truncated) return;
            uint qqi = b25 < 128 ? (uint)b25 : (uint)(((b25 & 0x0f) | 0x10) << (((b25 & 0x70) >> 4) + 3));
            o.Write(" qqi="u8); o.Dec(qqi);
        }
        int nsrcs = f.U16(off + 26);
        if (f.Truncated) return;
        if (nsrcs > 0)
        {
            if (len < 28 + nsrcs * 16L) o.Write(" [invalid number of sources]"u8);
            else if (f.Opt.Verbose > 1)
            {
                o.Write(" {"u8);
                for (int i = 0; i < nsrcs; i++)
                {
                    var s = f.Bytes(off + 28 + i * 16, 16);
                    if (f.Truncated) return;
                    o.Char(' '); f.Ctx.Names.IPv6(o, s);
                }
                o.Write(" }"u8);
            }
            else { o.Write(", "u8); o.Dec(nsrcs); o.Write(" source(s)"u8); }
        }
        o.Char(']');
    }

    private const int NiHeaderSize = 16;

    /// <summary>icmp6_nodeinfo_print (RFC 4620). ep is the snapshot end, as tcpdump measures the message by it.</summary>
    private static void NodeInfoPrint(ref Frame f, int icmp6len, int bp)
    {
        var o = f.Out;
        int ep = f.End;
        if (ep < bp) return;
        int siz = ep - bp;
        int type = f.U8(bp);
        if (f.Truncated) return;
        if (type == NiQuery)
        {
            if (siz == 8 + 4) { o.Write(" who-are-you request"u8); return; }
            o.Write(" node information query"u8);
            if (!LocalTrunc.Check(ref f, bp, NiHeaderSize)) return;
            o.Write(" ("u8);
            int qtype = f.U16(bp + 4), flags = f.U16(bp + 6);
            switch (qtype)
            {
                case 0: o.Write("noop"u8); break;
                case 1:
                    o.Write("supported qtypes"u8);
                    if (flags != 0) o.Write((flags & 1) != 0 ? " [C]"u8 : " []"u8);
                    break;
                case 2: o.Write("DNS name"u8); break;
                case 3:
                    o.Write("node addresses"u8);
                    if (flags != 0) NodeAddrFlagsPrint(o, flags, withTruncate: false);
                    break;
                default: o.Write("unknown"u8); break;
            }
            if (qtype is 0 or 1)
            {
                if (siz != NiHeaderSize && f.Opt.Verbose > 0) o.Write(", invalid len"u8);
                o.Char(')');
                return;
            }
            if (siz == NiHeaderSize) { o.Write(", 03 draft"u8); o.Char(')'); return; }
            int cp = bp + NiHeaderSize;
            int code = f.U8(bp + 1);
            switch (code)
            {
                case 0:
                    if (!f.Has(bp, NiHeaderSize + 16)) break;
                    if (siz != NiHeaderSize + 16) { if (f.Opt.Verbose > 0) o.Write(", invalid subject len"u8); break; }
                    o.Write(", subject="u8); f.Ctx.Names.IPv6(o, f.Data.Slice(cp, 16));
                    break;
                case 1:
                    o.Write(", subject=DNS name"u8);
                    NamePrint(ref f, cp, ep);
                    break;
                case 2:
                    if (!f.Has(bp, NiHeaderSize + 4)) break;
                    if (siz != NiHeaderSize + 4) { if (f.Opt.Verbose > 0) o.Write(", invalid subject len"u8); break; }
                    o.Write(", subject="u8); f.Ctx.Names.IPv4(o, f.Data.Slice(cp, 4));
                    break;
                default:
                    o.Write(", unknown subject"u8);
                    break;
            }
            if (f.Truncated) return;
            o.Char(')');
        }
        else if (type == NiReply)
        {
            if (icmp6len > siz) { f.PrintTrunc(); return; }
            bool needComma = false;
            if (!LocalTrunc.Check(ref f, bp, NiHeaderSize)) return;
            o.Write(" node information reply"u8);
            o.Write(" ("u8);
            int code = f.U8(bp + 1);
            switch (code)
            {
                case 0:
                    if (f.Opt.Verbose > 0) { o.Write("success"u8); needComma = true; }
                    break;
                case 1:
                    o.Write("refused"u8); needComma = true;
                    if (siz != NiHeaderSize && f.Opt.Verbose > 0) o.Write(", invalid length"u8);
                    break;
                case 2:
                    o.Write("unknown"u8); needComma = true;
                    if (siz != NiHeaderSize && f.Opt.Verbose > 0) o.Write(", invalid length"u8);
                    break;
            }
            if (code != 0) { o.Char(')'); return; }
            int qtype = f.U16(bp + 4), flags = f.U16(bp + 6);
            if (needComma) o.Write(", "u8);
            switch (qtype)
            {
                case 0:
                    o.Write("noop"u8);
                    if (siz != NiHeaderSize && f.Opt.Verbose > 0) o.Write(", invalid length"u8);
                    break;
                case 1:
                    o.Write("supported qtypes"u8);
                    if (flags != 0) o.Write((flags & 1) != 0 ? " [C]"u8 : " []"u8);
                    break;
                case 2:
                {
                    o.Write("DNS name"u8);
                    NamePrint(ref f, bp + NiHeaderSize + 4, ep);
                    if (f.Truncated) return;
                    if ((flags & 1) != 0)
                    {
                        uint ttl = f.U32(bp + NiHeaderSize);
                        if (f.Truncated) return;
                        o.Write(" [TTL="u8); o.Dec(ttl); o.Char(']');
                    }
                    break;
                }
                case 3:
                {
                    o.Write("node addresses"u8);
                    int i = NiHeaderSize;
                    while (i < siz)
                    {
                        if (i + 4 + 16 > siz) break;
                        var a = f.Bytes(bp + i + 4, 16);
                        uint ttl = f.U32(bp + i);
                        if (f.Truncated) return;
                        o.Char(' '); f.Ctx.Names.IPv6(o, a); o.Char('('); o.Dec(ttl); o.Char(')');
                        i += 20;
                    }
                    if (flags != 0) NodeAddrFlagsPrint(o, flags, withTruncate: true);
                    break;
                }
                default:
                    o.Write("unknown"u8);
                    break;
            }
            o.Char(')');
        }
    }

    private static void NodeAddrFlagsPrint(TextOut o, int i, bool withTruncate)
    {
        o.Write(" ["u8);
        if ((i & 0x40) != 0) o.Char('a');
        if ((i & 0x20) != 0) o.Char('G');
        if ((i & 0x10) != 0) o.Char('S');
        if ((i & 0x08) != 0) o.Char('L');
        if ((i & 0x04) != 0) o.Char('C');
        if ((i & 0x02) != 0) o.Char('A');
        if (withTruncate && (i & 0x01) != 0) o.Char('T');
        o.Char(']');
    }

    /// <summary>The subject or reply name: a Pascal string (icmp-name-lookup-03) or DNS labels (dnsname_print).</summary>
    private static void NamePrint(ref Frame f, int cp, int ep)
    {
        var o = f.Out;
        int first = f.U8(cp);
        if (f.Truncated) return;
        if (first == ep - cp - 1)
        {
            if (f.Opt.Verbose > 0) o.Write(", 03 draft"u8);
            cp++;
            o.Write(", \""u8);
            for (; cp < ep; cp++) PrintChar(o, f.Data[cp]);
            o.Char('"');
            return;
        }
        o.Write(", \""u8);
        while (cp < ep)
        {
            int i = f.Data[cp++];
            if (i != 0)
            {
                if (i > ep - cp) { o.Write("???"u8); break; }
                while (i-- > 0 && cp < ep) PrintChar(o, f.Data[cp++]);
                if (cp + 1 < ep && f.Data[cp] != 0) o.Char('.');
            }
            else
            {
                if (cp == ep) o.Char('.');
                else if (cp + 1 == ep && f.Data[cp] == 0) { }
                else o.Write("???"u8);
                break;
            }
        }
        o.Char('"');
    }

    /// <summary>icmp6_rrenum_print (RFC 2894).</summary>
    private static void RenumberingPrint(ref Frame f, int bp)
    {
        var o = f.Out;
        if (f.End < bp) return;
        if (!LocalTrunc.Check(ref f, bp + 12, 4)) return;
        int code = f.Data[bp + 1];
        switch (code)
        {
            case 0: o.Write(", command"u8); break;
            case 1: o.Write(", result"u8); break;
            case 255: o.Write(", sequence number reset"u8); break;
            default: o.Write(", code-#"u8); o.Dec(code); break;
        }
        o.Write(", seq="u8); o.Dec(f.U32(bp + 4));
        if (f.Opt.Verbose > 0)
        {
            int flags = f.Data[bp + 9];
            o.Char('[');
            if (flags != 0)
            {
                if ((flags & 0x80) != 0) o.Char('T');
                if ((flags & 0x40) != 0) o.Char('R');
                if ((flags & 0x20) != 0) o.Char('A');
                if ((flags & 0x10) != 0) o.Char('S');
                if ((flags & 0x08) != 0) o.Char('P');
                o.Char(',');
            }
            o.Write("seg="u8); o.Dec(f.Data[bp + 8]); o.Char(',');
            o.Write("maxdelay="u8); o.Dec(f.U16(bp + 10));
            uint reserved = f.U32(bp + 12);
            if (reserved != 0) { o.Write("rsvd=0x"u8); o.Hex(reserved); }
            o.Char(']');
        }
        if (code != 0) return;

        int match = bp + 16;
        if (!LocalTrunc.Check(ref f, match + 8, 16)) return;
        o.Write(f.Opt.Verbose > 1 ? "\n\t"u8 : " "u8);
        o.Write("match("u8);
        int mcode = f.Data[match];
        switch (mcode)
        {
            case 1: o.Write("add"u8); break;
            case 2: o.Write("change"u8); break;
            case 3: o.Write("setglobal"u8); break;
            default: o.Char('#'); o.Dec(mcode); break;
        }
        if (f.Opt.Verbose > 0)
        {
            o.Write(",ord="u8); o.Dec(f.Data[match + 2]);
            o.Write(",min="u8); o.Dec(f.Data[match + 4]);
            o.Write(",max="u8); o.Dec(f.Data[match + 5]);
        }
        o.Char(','); o.IPv6(f.Data.Slice(match + 8, 16)); o.Char('/'); o.Dec(f.Data[match + 3]);
        o.Char(')');

        int n = f.Data[match + 1] - 3;
        if (n % 4 != 0) { f.PrintTrunc(); return; }
        n /= 4;
        int use = match + 24;
        while (n-- > 0)
        {
            if (!LocalTrunc.Check(ref f, use + 16, 16)) return;
            o.Write(f.Opt.Verbose > 1 ? "\n\t"u8 : " "u8);
            o.Write("use("u8);
            // the flags word is read one byte at a time, so only its first byte counts
            int uflags = f.Data[use + 12];
            if (uflags != 0)
            {
                if ((uflags & 0x80) != 0) o.Char('V');
                if ((uflags & 0x40) != 0) o.Char('P');
                o.Char(',');
            }
            if (f.Opt.Verbose > 0)
            {
                o.Write("mask=0x"u8); o.Hex(f.Data[use + 2]); o.Char(',');
                o.Write("raflags=0x"u8); o.Hex(f.Data[use + 3]); o.Char(',');
                uint vl = f.U32(use + 4), pl = f.U32(use + 8);
                if (vl == uint.MaxValue) o.Write("vltime=infty,"u8); else { o.Write("vltime="u8); o.Dec(vl); o.Char(','); }
                if (pl == uint.MaxValue) o.Write("pltime=infty,"u8); else { o.Write("pltime="u8); o.Dec(pl); o.Char(','); }
            }
            o.IPv6(f.Data.Slice(use + 16, 16)); o.Char('/'); o.Dec(f.Data[use]); o.Char('/'); o.Dec(f.Data[use + 1]);
            o.Char(')');
            use += 32;
        }
    }
}
