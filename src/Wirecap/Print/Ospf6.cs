namespace Wirecap.Print;

/// <summary>
/// OSPFv3 (print-ospf6.c, RFC 5340): the common header, then with -v the Hello and Database
/// Description bodies, and with -vv neighbor lists, LSA headers, LS requests and the LSAs of an
/// update; after the packet proper the LLS block (RFC 5613) and the authentication trailer (RFC 6506).
/// </summary>
public static class Ospf6
{
    private const int HeaderLength = 16, LsaHeaderLength = 20, AtHeaderLength = 16, LlsHeaderLength = 4;
    private const int TypeHello = 1, TypeDd = 2, TypeLsReq = 3, TypeLsUpdate = 4, TypeLsAck = 5;
    private const uint OptionL = 0x0200;
    private const uint AslaForwarding = 0x02000000, AslaRouteTag = 0x01000000;

    private static readonly Tok Types = new((TypeHello, "Hello"), (TypeDd, "Database Description"),
        (TypeLsReq, "LS-Request"), (TypeLsUpdate, "LS-Update"), (TypeLsAck, "LS-Ack"));
    // The options field is 24 bits wide (RFC 5340 A.2); it is read as the 32-bit word it shares with a priority.
    private static readonly Tok Options = new((0x01, "V6"), (0x02, "External"), (0x04, "Deprecated"), (0x08, "NSSA"),
        (0x10, "Router"), (0x20, "Demand Circuit"), (0x0100, "AFs Support"), (OptionL, "LLS"),
        (0x0400, "Authentication Trailer"));
    private static readonly Tok RlaFlags = new((0x01, "ABR"), (0x02, "External"), (0x04, "Virtual-Link Endpoint"),
        (0x08, "Deprecated"), (0x10, "NSSA Translator"));
    private static readonly Tok AslaFlags = new((0x80000000, "External Type 2"), (AslaForwarding, "Forwarding"),
        (AslaRouteTag, "Tag"));
    private static readonly Tok LsaTypes = new((1, "Router"), (2, "Network"), (3, "Inter-Area Prefix"),
        (4, "Inter-Area Router"), (5, "External"), (6, "Deprecated"), (7, "NSSA"), (8, "Link"),
        (9, "Intra-Area Prefix"), (10, "Intra-Area TE"), (11, "Grace"), (12, "Router Information"),
        (13, "Inter-AS-TE"), (14, "Layer 1 VPN"));
    private static readonly Tok Scopes = new((0x0000, "Link Local"), (0x2000, "Area Local"), (0x4000, "Domain Wide"));
    private static readonly Tok DdFlags = new((0x04, "Init"), (0x02, "More"), (0x01, "Master"), (0x10, "IPv6 MTU"));
    private static readonly Tok PrefixOptions = new((0x01, "No Unicast"), (0x02, "Local address"), (0x04, "Deprecated"),
        (0x08, "Propagate"), (0x10, "Down"), (0x20, "N-bit"));
    private static readonly Tok AuthTypes = new((0x0001, "HMAC"));

    // The LS type: function code in the low 13 bits, flooding scope in bits 13-14, U bit on top.
    private const int LsTypeMask = 0x1fff, ScopeMask = 0x6000, ScopeArea = 0x2000, ScopeAs = 0x4000;

    /// <summary>ospf6_print: the OSPF packet at p, length bytes (the IPv6 payload length).</summary>
    public static void Print(ref Frame f, int p, int length)
    {
        f.Proto = "ospf3";
        var o = f.Out;
        int version = f.U8(p);
        int type = f.U8(p + 1);
        if (f.Truncated) return;
        o.Write("OSPFv"u8); o.Dec(version); o.Write(", "u8);
        var typeName = Types.Find((uint)type);
        if (typeName == null)
        {
            o.Write("unknown packet type ("u8); o.Dec(type); o.Write("), length "u8); o.Dec((uint)length);
            return;
        }
        o.Write(typeName); o.Write(", length "u8); o.Dec((uint)length);
        if (f.Opt.Verbose == 0) return;

        // The OSPF packet comes first; LLS and authentication data may follow up to the IPv6 length.
        int dataLength = f.U16(p + 2);
        if (f.Truncated) return;
        if (dataLength > length)
        {
            o.Write(" [len "u8); o.Dec(dataLength); o.Char(']');
            return;
        }
        int dataEnd = p + dataLength;

        o.Write("\n\tRouter-ID "u8); Addr(ref f, p + 4);
        uint area = f.U32(p + 8);
        if (f.Truncated) return;
        if (area != 0) { o.Write(", Area "u8); Addr(ref f, p + 8); }
        else o.Write(", Backbone Area"u8);
        int instance = f.U8(p + 14);
        if (instance != 0) { o.Write(", Instance "u8); o.Dec(instance); }
        if (f.Truncated) return;

        if (version == 3)
        {
            if (DecodeV3(ref f, p, type, dataEnd) || Trailer(ref f, p, type, dataEnd, length - dataLength))
                f.PrintTrunc();
        }
    }

    /// <summary>GET_IPADDR_STRING: a 4-byte router or area ID printed as an IPv4 address.</summary>
    private static void Addr(ref Frame f, int off)
    {
        var a = f.Bytes(off, 4);
        if (!f.Truncated) f.Ctx.Names.IPv4(f.Out, a);
    }

    /// <summary>ospf6_decode_v3: the body by packet type. True when the packet is cut short.</summary>
    private static bool DecodeV3(ref Frame f, int p, int type, int dataEnd)
    {
        var o = f.Out;
        int b = p + HeaderLength;
        bool vv = f.Opt.Verbose > 1;
        switch (type)
        {
            case TypeHello:
            {
                // Interface ID, priority and options, hello and dead intervals, DR, BDR, neighbors.
                uint options = f.U32(b + 4);
                if (f.Truncated) return true;
                o.Write("\n\tOptions ["u8); Options.Bits(o, options, "none"); o.Char(']');
                int hello = f.U16(b + 8), dead = f.U16(b + 10);
                f.Bytes(b, 4);
                int priority = f.U8(b + 4);
                if (f.Truncated) return true;
                o.Write("\n\t  Hello Timer "u8); o.Dec(hello); o.Write("s, Dead Timer "u8); o.Dec(dead);
                o.Write("s, Interface-ID "u8); Addr(ref f, b); o.Write(", Priority "u8); o.Dec(priority);
                if (f.U32(b + 12) != 0) { o.Write("\n\t  Designated Router "u8); Addr(ref f, b + 12); }
                if (f.U32(b + 16) != 0) { o.Write(", Backup Designated Router "u8); Addr(ref f, b + 16); }
                if (f.Truncated) return true;
                if (vv)
                {
                    o.Write("\n\t  Neighbor List:"u8);
                    for (int a = b + 20; a < dataEnd && !f.Truncated; a += 4)
                    {
                        f.Bytes(a, 4);
                        if (f.Truncated) break;
                        o.Write("\n\t    "u8); Addr(ref f, a);
                    }
                }
                break;
            }
            case TypeDd:
            {
                // Options, interface MTU, flags, sequence number, then LSA headers.
                uint options = f.U32(b);
                if (f.Truncated) return true;
                o.Write("\n\tOptions ["u8); Options.Bits(o, options, "none"); o.Char(']');
                int flags = f.U8(b + 7);
                if (f.Truncated) return true;
                o.Write(", DD Flags ["u8); DdFlags.Bits(o, (uint)flags, "none"); o.Char(']');
                int mtu = f.U16(b + 4);
                uint seq = f.U32(b + 8);
                if (f.Truncated) return true;
                o.Write(", MTU "u8); o.Dec(mtu); o.Write(", DD-Sequence 0x"u8); o.Hex(seq, 8);
                if (vv)
                {
                    for (int h = b + 12; h < dataEnd; h += LsaHeaderLength)
                        if (LsaHeader(ref f, h, dataEnd)) return true;
                }
                break;
            }
            case TypeLsReq:
                if (vv)
                {
                    // Each request: reserved, LS type, link state ID, advertising router.
                    for (int r = b; r < dataEnd; r += 12)
                    {
                        if (!f.Has(r, 12)) return true;
                        o.Write("\n\t  Advertising Router "u8); Addr(ref f, r + 8);
                        LsType(ref f, f.U16(r + 2), r + 4);
                    }
                }
                break;
            case TypeLsUpdate:
                if (vv)
                {
                    uint count = f.U32(b);
                    if (f.Truncated) return true;
                    int lsa = b + 4;
                    while (lsa < dataEnd && count-- != 0)
                    {
                        if (Lsa(ref f, lsa, dataEnd)) return true;
                        lsa += f.U16(lsa + 18);
                        if (f.Truncated) return true;
                    }
                }
                break;
            case TypeLsAck:
                if (vv)
                {
                    for (int h = b; h < dataEnd; h += LsaHeaderLength)
                        if (LsaHeader(ref f, h, dataEnd)) return true;
                }
                break;
        }
        return f.Truncated;
    }

    /// <summary>ospf6_print_ls_type: the LSA's function, flooding scope, U bit and link state ID.</summary>
    private static void LsType(ref Frame f, int lsType, int stateIdOff)
    {
        var o = f.Out;
        f.Bytes(stateIdOff, 4);
        if (f.Truncated) return;
        o.Write("\n\t    "u8); LsaTypes.Print(o, (uint)(lsType & LsTypeMask), "Unknown");
        o.Write(" LSA ("u8); o.Dec(lsType & LsTypeMask); o.Write("), "u8);
        Scopes.Print(o, (uint)(lsType & ScopeMask), "Unknown");
        o.Write(" Scope"u8);
        if ((lsType & 0x8000) != 0) o.Write(", transitive"u8);
        o.Write(", LSA-ID "u8); Addr(ref f, stateIdOff);
    }

    /// <summary>ospf6_print_lshdr: age, type, link state ID, advertising router, sequence, checksum, length.</summary>
    private static bool LsaHeader(ref Frame f, int h, int dataEnd)
    {
        if (h + LsaHeaderLength > dataEnd) return true;
        var o = f.Out;
        f.Bytes(h + 8, 4);
        uint seq = f.U32(h + 12);
        int age = f.U16(h);
        int len = f.U16(h + 18);
        if (f.Truncated) return true;
        o.Write("\n\t  Advertising Router "u8); Addr(ref f, h + 8);
        o.Write(", seq 0x"u8); o.Hex(seq, 8); o.Write(", age "u8); o.Dec(age);
        // The body length is printed as a size_t: a length below the header's wraps around.
        o.Write("s, length "u8); o.Dec(unchecked((ulong)len - LsaHeaderLength));
        LsType(ref f, f.U16(h + 2), h + 4);
        return f.Truncated;
    }

    /// <summary>
    /// ospf6_print_lsaprefix: prefix length, options, metric (or referenced LS type) and the prefix in
    /// whole 32-bit words. Returns the bytes used, or -1 when the LSA is too short or the prefix bogus.
    /// </summary>
    private static int Prefix(ref Frame f, int p, int lsaLength)
    {
        var o = f.Out;
        if (lsaLength < 4) return -1;
        lsaLength -= 4;
        if (!f.Has(p, 4)) return -1;
        int prefixLength = f.Data[p];
        int words = (prefixLength + 31) / 32;
        if (words * 4 > 16)
        {
            o.Write(" bogus prefixlen /"u8); o.Dec(prefixLength);
            return -1;
        }
        if (lsaLength < words * 4) return -1;
        var bytes = f.Bytes(p + 4, words * 4);
        if (f.Truncated) return -1;
        Span<byte> prefix = stackalloc byte[16];
        prefix.Clear();
        bytes.CopyTo(prefix);
        o.Write("\n\t\t"u8); f.Ctx.Names.IPv6(o, prefix); o.Char('/'); o.Dec(prefixLength);
        int options = f.Data[p + 1];
        if (options != 0) { o.Write(", Options ["u8); PrefixOptions.Bits(o, (uint)options, "none"); o.Char(']'); }
        o.Write(", metric "u8); o.Dec(f.U16(p + 2));
        return 4 + words * 4;
    }

    /// <summary>ospf6_print_lsa: the header, then the body of the LSA types decoded here. True when cut short.</summary>
    private static bool Lsa(ref Frame f, int lsa, int dataEnd)
    {
        var o = f.Out;
        if (LsaHeader(ref f, lsa, dataEnd)) return true;
        int length = f.U16(lsa + 18);
        if (length < LsaHeaderLength || lsa + length > dataEnd) return true;
        int lsaLength = length - LsaHeaderLength;
        int t = lsa + LsaHeaderLength;
        int lsType = f.U16(lsa + 2);
        switch (lsType)
        {
            case ScopeArea | 1:
            {
                // Router-LSA: flags and options word, then 16-byte interface descriptions.
                if (lsaLength < 4) return true;
                lsaLength -= 4;
                uint options = f.U32(t);
                if (f.Truncated) return true;
                o.Write("\n\t      Options ["u8); Options.Bits(o, options, "none"); o.Char(']');
                o.Write(", RLA-Flags ["u8); RlaFlags.Bits(o, f.Data[t], "none"); o.Char(']');
                for (int l = t + 4; lsaLength != 0; l += 16)
                {
                    if (lsaLength < 16) return true;
                    lsaLength -= 16;
                    if (!f.Has(l, 16)) return true;
                    int linkType = f.Data[l];
                    switch (linkType)
                    {
                        case 4: o.Write("\n\t      Virtual Link: Neighbor Router-ID "u8); break;
                        case 1: o.Write("\n\t      Neighbor Router-ID "u8); break;
                        case 2: o.Write("\n\t      Neighbor Network-ID "u8); break;
                        default:
                            o.Write("\n\t      Unknown Router Links Type 0x"u8); o.Hex2((byte)linkType);
                            return false;
                    }
                    Addr(ref f, l + 12);
                    o.Write("\n\t      Neighbor Interface-ID "u8); Addr(ref f, l + 8);
                    o.Write(", Interface "u8); Addr(ref f, l + 4);
                    o.Write(", metric "u8); o.Dec(f.U16(l + 2));
                }
                break;
            }
            case ScopeArea | 2:
            {
                // Network-LSA: options, then the attached routers.
                if (lsaLength < 4) return true;
                lsaLength -= 4;
                uint options = f.U32(t);
                if (f.Truncated) return true;
                o.Write("\n\t      Options ["u8); Options.Bits(o, options, "none"); o.Char(']');
                o.Write("\n\t      Connected Routers:"u8);
                for (int a = t + 4; lsaLength != 0; a += 4)
                {
                    if (lsaLength < 4) return true;
                    lsaLength -= 4;
                    f.Bytes(a, 4);
                    if (f.Truncated) return true;
                    o.Write("\n\t\t"u8); Addr(ref f, a);
                }
                break;
            }
            case ScopeArea | 3:
            {
                // Inter-Area-Prefix-LSA: metric, then prefixes to the end of the LSA.
                if (lsaLength < 4) return true;
                lsaLength -= 4;
                uint metric = f.U32(t);
                if (f.Truncated) return true;
                o.Write(", metric "u8); o.Dec(metric & 0x00ffffff);
                for (int q = t + 4; lsaLength != 0;)
                {
                    int used = Prefix(ref f, q, lsaLength);
                    if (used < 0) return true;
                    lsaLength -= used;
                    q += used;
                }
                break;
            }
            case ScopeAs | 5:
            {
                // AS-External-LSA: flags and metric, one prefix, then the optional forwarding
                // address, route tag and referenced link state ID the flags announce.
                if (lsaLength < 4) return true;
                lsaLength -= 4;
                uint flags = f.U32(t);
                if (f.Truncated) return true;
                o.Write("\n\t     Flags ["u8); AslaFlags.Bits(o, flags, "none"); o.Char(']');
                o.Write(" metric "u8); o.Dec(flags & 0x00ffffff);
                int prefix = t + 4;
                int used = Prefix(ref f, prefix, lsaLength);
                if (used < 0) return true;
                lsaLength -= used;
                int q = prefix + used;
                if ((flags & AslaForwarding) != 0)
                {
                    if (lsaLength < 16) return true;
                    lsaLength -= 16;
                    var a = f.Bytes(q, 16);
                    if (f.Truncated) return true;
                    o.Write(" forward "u8); f.Ctx.Names.IPv6(o, a);
                    q += 16;
                }
                if ((flags & AslaRouteTag) != 0)
                {
                    if (lsaLength < 4) return true;
                    lsaLength -= 4;
                    f.Bytes(q, 4);
                    if (f.Truncated) return true;
                    o.Write(" tag "u8); Addr(ref f, q);
                    q += 4;
                }
                // tcpdump tests the first byte of the prefix's 16-bit referenced LS type field.
                if (f.U8(prefix + 2) != 0)
                {
                    if (lsaLength < 4) return true;
                    f.Bytes(q, 4);
                    if (f.Truncated) return true;
                    o.Write(" RefLSID: "u8); Addr(ref f, q);
                }
                break;
            }
            case 8:
            {
                // Link-LSA: priority and options, link-local address, prefix count and prefixes.
                if (lsaLength < 4) return true;
                lsaLength -= 4;
                if (!f.Has(t, 4)) return true;
                o.Write("\n\t      Options ["u8); Options.Bits(o, f.U32(t), "none"); o.Char(']');
                if (lsaLength < 20) return true;
                lsaLength -= 20;
                uint prefixes = f.U32(t + 20);
                var ll = f.Bytes(t + 4, 16);
                if (f.Truncated) return true;
                o.Write("\n\t      Priority "u8); o.Dec(f.Data[t]); o.Write(", Link-local address "u8);
                f.Ctx.Names.IPv6(o, ll); o.Write(", Prefixes "u8); o.Dec(prefixes); o.Char(':');
                for (int q = t + 24; prefixes > 0; prefixes--)
                {
                    int used = Prefix(ref f, q, lsaLength);
                    if (used < 0) return true;
                    lsaLength -= used;
                    q += used;
                }
                break;
            }
            case ScopeArea | 9:
            {
                // Intra-Area-Prefix-LSA: prefix count, referenced LS type, ID and router, prefixes.
                // tcpdump deducts only 6 of the 12 fixed bytes from the length it gives the prefixes.
                if (lsaLength < 4) return true;
                lsaLength -= 4;
                if (!f.Has(t + 8, 4)) return true;
                LsType(ref f, f.U16(t + 2), t + 4);
                if (lsaLength < 2) return true;
                lsaLength -= 2;
                int prefixes = f.U16(t);
                if (f.Truncated) return true;
                o.Write("\n\t      Prefixes "u8); o.Dec(prefixes); o.Char(':');
                for (int q = t + 12; prefixes > 0; prefixes--)
                {
                    int used = Prefix(ref f, q, lsaLength);
                    if (used < 0) return true;
                    lsaLength -= used;
                    q += used;
                }
                break;
            }
            case 11:
                // Grace-LSA, link-local scope.
                if (GraceLsa(ref f, t, (uint)lsaLength) < 0) return true;
                break;
            case 10:
                // Intra-Area-TE-LSA, link-local scope: the OSPFv2 TE TLVs.
                if (TeLsa(ref f, t, (uint)lsaLength) < 0) return true;
                break;
            default:
                // Unknown LSA types are dumped in hex.
                if (!f.Has(t, 0))
                {
                    o.Write("\n\t      Dissector error: print_unknown_data called with pointer past end of packet"u8);
                    return true;
                }
                HexDump.Hex(ref f, "\n\t      "u8, t, Math.Min(lsaLength, f.Available(t)));
                break;
        }
        return f.Truncated;
    }

    private static readonly Tok GraceTlvs = new((1, "Grace Period"), (2, "Graceful restart Reason"),
        (3, "IPv4 interface address"));
    private static readonly Tok GraceReasons = new((0, "Unknown"), (1, "Software Restart"),
        (2, "Software Reload/Upgrade"), (3, "Control Processor Switch"));

    /// <summary>
    /// ospf_grace_lsa_print (RFC 3623, shared with OSPFv2): the TLVs of a Grace-LSA, each padded to 32
    /// bits. 0 when done, -1 when a TLV is bad or cut short.
    /// </summary>
    internal static int GraceLsa(ref Frame f, int t, uint lsLength)
    {
        var o = f.Out;
        // Unsigned like tcpdump's: padding past the end wraps the count, and the walk then stops at
        // the end of the capture.
        while (lsLength > 0)
        {
            if (!f.Has(t, 4)) return -1;
            if (lsLength < 4)
            {
                o.Write("\n\t    Remaining LS length "u8); o.Dec(lsLength); o.Write(" < 4"u8);
                return -1;
            }
            int type = f.U16(t);
            uint length = f.U16(t + 2);
            t += 4;
            lsLength -= 4;
            o.Write("\n\t    "u8); GraceTlvs.Print(o, (uint)type, "unknown"); o.Write(" TLV ("u8); o.Dec(type);
            o.Write("), length "u8); o.Dec(length); o.Write(", value: "u8);
            if (length > lsLength)
            {
                o.Write("\n\t    Bogus length "u8); o.Dec(length); o.Write(" > "u8); o.Dec(lsLength);
                return -1;
            }
            if (type == 0 || length == 0) return -1;
            if (!f.Has(t, (int)length)) return -1;
            switch (type)
            {
                case 1:
                    if (length != 4) { o.Write("\n\t    Bogus length "u8); o.Dec(length); o.Write(" != 4"u8); return -1; }
                    o.Dec(f.U32(t)); o.Char('s');
                    break;
                case 2:
                    if (length != 1) { o.Write("\n\t    Bogus length "u8); o.Dec(length); o.Write(" != 1"u8); return -1; }
                    GraceReasons.Print(o, f.Data[t], "Unknown"); o.Write(" ("u8); o.Dec(f.Data[t]); o.Char(')');
                    break;
                case 3:
                    if (length != 4) { o.Write("\n\t    Bogus length "u8); o.Dec(length); o.Write(" != 4"u8); return -1; }
                    Addr(ref f, t);
                    break;
                default:
                    if (f.Opt.Verbose <= 1) HexDump.Hex(ref f, "\n\t      "u8, t, (int)length);
                    break;
            }
            if (length % 4 != 0) length += 4 - length % 4;
            lsLength = unchecked(lsLength - length);
            t += (int)length;
        }
        return 0;
    }

    private static readonly Tok TeTlvs = new((1, "Router Address"), (2, "Link"));
    private static readonly Tok TeLinkSubTlvs = new((1, "Link Type"), (2, "Link ID"), (3, "Local Interface IP address"),
        (4, "Remote Interface IP address"), (5, "Traffic Engineering Metric"), (6, "Maximum Bandwidth"),
        (7, "Maximum Reservable Bandwidth"), (8, "Unreserved Bandwidth"), (9, "Administrative Group"),
        (11, "Link Local/Remote Identifier"), (14, "Link Protection Type"), (15, "Interface Switching Capability"),
        (16, "Shared Risk Link Group"), (17, "Bandwidth Constraints"));
    private static readonly Tok TeLinkTypes = new((1, "Point-to-point"), (2, "Multi-Access"));

    /// <summary>An IEEE float of bytes per second printed as megabits per second ("%.3f").</summary>
    private static void Mbps(TextOut o, uint bits)
    {
        float bw = BitConverter.UInt32BitsToSingle(bits) * 8 / 1000000;
        Isis.Fixed3(o, bw);
        o.Write(" Mbps"u8);
    }

    /// <summary>
    /// ospf_te_lsa_print (RFC 3630, shared with OSPFv2): router address and link TLVs with their
    /// sub-TLVs. 0 when done, -1 when a TLV is bad or cut short.
    /// </summary>
    internal static int TeLsa(ref Frame f, int t, uint lsLength)
    {
        var o = f.Out;
        while (lsLength != 0)
        {
            if (!f.Has(t, 4)) return -1;
            if (lsLength < 4)
            {
                o.Write("\n\t    Remaining LS length "u8); o.Dec(lsLength); o.Write(" < 4"u8);
                return -1;
            }
            int type = f.U16(t);
            uint length = f.U16(t + 2);
            t += 4;
            lsLength -= 4;
            o.Write("\n\t    "u8); TeTlvs.Print(o, (uint)type, "unknown"); o.Write(" TLV ("u8); o.Dec(type);
            o.Write("), length: "u8); o.Dec(length);
            if (length > lsLength)
            {
                o.Write("\n\t    Bogus length "u8); o.Dec(length); o.Write(" > "u8); o.Dec(lsLength);
                return -1;
            }
            if (type == 0 || length == 0) return -1;
            switch (type)
            {
                case 2:
                {
                    uint left = length;
                    int s = t;
                    while (left != 0)
                    {
                        if (left < 4)
                        {
                            o.Write("\n\t    Remaining TLV length "u8); o.Dec(left); o.Write(" < 4"u8);
                            return -1;
                        }
                        int subType = f.U16(s);
                        uint subLength = f.U16(s + 2);
                        if (f.Truncated) return -1;
                        s += 4;
                        left -= 4;
                        if (subType == 0 || subLength == 0) { o.Write(" (invalid)"u8); return -1; }
                        o.Write("\n\t      "u8); TeLinkSubTlvs.Print(o, (uint)subType, "unknown"); o.Write(" subTLV ("u8);
                        o.Dec(subType); o.Write("), length: "u8); o.Dec(subLength);
                        if (left < subLength)
                        {
                            o.Write("\n\t    Remaining TLV length "u8); o.Dec(left + 4); o.Write(" < "u8); o.Dec(subLength + 4);
                            return -1;
                        }
                        if (!f.Has(s, (int)subLength)) return -1;
                        int extra = TeLinkSubTlv(ref f, s, subType, (int)subLength);
                        if (extra < 0) return -1;
                        s += extra;
                        if (subLength % 4 != 0) subLength += 4 - subLength % 4;
                        if (left < subLength)
                        {
                            o.Write("\n\t    Remaining TLV length "u8); o.Dec(left + 4); o.Write(" < "u8); o.Dec(subLength + 4);
                            return -1;
                        }
                        left -= subLength;
                        s += (int)subLength;
                    }
                    // tcpdump walks the sub-TLVs with the TLV's own pointer and length, so the LSA's
                    // remaining length is not reduced by the link TLV's body: the walk goes on past it.
                    t = s;
                    length = left;
                    break;
                }
                case 1:
                    if (length < 4)
                    {
                        o.Write("\n\t    TLV length "u8); o.Dec(length); o.Write(" < 4"u8);
                        return -1;
                    }
                    f.Bytes(t, 4);
                    if (f.Truncated) return -1;
                    o.Write(", "u8); Addr(ref f, t);
                    break;
                default:
                    if (f.Opt.Verbose <= 1)
                    {
                        if (!f.Has(t, 0))
                        {
                            o.Write("\n\t      Dissector error: print_unknown_data called with pointer past end of packet"u8);
                            return -1;
                        }
                        HexDump.Hex(ref f, "\n\t      "u8, t, Math.Min((int)length, f.Available(t)));
                    }
                    break;
            }
            if (length % 4 != 0) length += 4 - length % 4;
            if (length > lsLength)
            {
                o.Write("\n\t    Bogus padded length "u8); o.Dec(length); o.Write(" > "u8); o.Dec(lsLength);
                return -1;
            }
            lsLength -= length;
            t += (int)length;
        }
        return 0;
    }

    /// <summary>
    /// One sub-TLV of a TE link TLV, its bytes known to be captured: -1 when it is invalid, else how far
    /// tcpdump's pointer moved inside it (only the SRLG loop moves it, and the sub-TLV's padded length
    /// is added after that, so the next sub-TLV is looked for further on).
    /// </summary>
    private static int TeLinkSubTlv(ref Frame f, int s, int subType, int subLength)
    {
        var o = f.Out;
        switch (subType)
        {
            case 9:
                if (subLength != 4) { o.Write(" != 4 (invalid)"u8); return -1; }
                o.Write(", 0x"u8); o.Hex(f.U32(s), 8);
                break;
            case 2:
            case 11:
                if (subLength != 4 && subLength != 8) { o.Write(" != 4 && != 8 (invalid)"u8); return -1; }
                o.Write(", "u8); Addr(ref f, s); o.Write(" (0x"u8); o.Hex(f.U32(s), 8); o.Char(')');
                if (subLength == 8) { o.Write(", "u8); Addr(ref f, s + 4); o.Write(" (0x"u8); o.Hex(f.U32(s + 4), 8); o.Char(')'); }
                break;
            case 3:
            case 4:
                if (subLength != 4) { o.Write(" != 4 (invalid)"u8); return -1; }
                o.Write(", "u8); Addr(ref f, s);
                break;
            case 6:
            case 7:
                if (subLength != 4) { o.Write(" != 4 (invalid)"u8); return -1; }
                o.Write(", "u8); Mbps(o, f.U32(s));
                break;
            case 8:
                if (subLength != 32) { o.Write(" != 32 (invalid)"u8); return -1; }
                for (int c = 0; c < 8; c++)
                {
                    o.Write("\n\t\tTE-Class "u8); o.Dec(c); o.Write(": "u8); Mbps(o, f.U32(s + c * 4));
                }
                break;
            case 17:
            {
                if (subLength < 4) { o.Write(" < 4 (invalid)"u8); return -1; }
                int model = f.Data[s];
                o.Write("\n\t\tBandwidth Constraints Model ID: "u8); IsoClnsTables.DiffservTeBc.Print(o, (uint)model, "unknown");
                o.Write(" ("u8); o.Dec(model); o.Char(')');
                if (subLength % 4 != 0) { o.Write("\n\t\tlength "u8); o.Dec(subLength); o.Write(" != N x 4 (invalid)"u8); return -1; }
                if (subLength > 36) { o.Write("\n\t\tlength "u8); o.Dec(subLength); o.Write(" > 36 (invalid)"u8); return -1; }
                for (int c = 0; c < (subLength - 4) / 4; c++)
                {
                    o.Write("\n\t\t  Bandwidth constraint CT"u8); o.Dec(c); o.Write(": "u8); Mbps(o, f.U32(s + 4 + c * 4));
                }
                break;
            }
            case 5:
                if (subLength != 4) { o.Write(" != 4 (invalid)"u8); return -1; }
                o.Write(", Metric "u8); o.Dec(f.U32(s));
                break;
            case 14:
                if (subLength != 4) { o.Write(" != 4 (invalid)"u8); return -1; }
                o.Write(", "u8); IsoClnsTables.GmplsLinkProt.Bits(o, f.Data[s], "none");
                break;
            case 15:
                if (subLength < 36) { o.Write(" < 36 (invalid)"u8); return -1; }
                o.Write("\n\t\tInterface Switching Capability: "u8); IsoClnsTables.GmplsSwitchCap.Print(o, f.Data[s], "Unknown");
                o.Write("\n\t\tLSP Encoding: "u8); IsoClnsTables.GmplsEncoding.Print(o, f.Data[s + 1], "Unknown");
                o.Write("\n\t\tMax LSP Bandwidth:"u8);
                for (int c = 0; c < 8; c++)
                {
                    o.Write("\n\t\t  priority level "u8); o.Dec(c); o.Write(": "u8); Mbps(o, f.U32(s + 4 + c * 4));
                }
                break;
            case 1:
                if (subLength != 1) { o.Write(" != 1 (invalid)"u8); return -1; }
                o.Write(", "u8); TeLinkTypes.Print(o, f.Data[s], "unknown"); o.Write(" ("u8); o.Dec(f.Data[s]); o.Char(')');
                break;
            case 16:
            {
                if (subLength % 4 != 0) { o.Write(" != N x 4 (invalid)"u8); return -1; }
                int count = subLength / 4;
                if (count != 0) o.Write("\n\t\t  Shared risk group: "u8);
                for (int c = 0; c < count; c++)
                {
                    if (c > 0) o.Write(", "u8);
                    o.Dec(f.U32(s + c * 4));
                }
                return f.Truncated ? -1 : count * 4;
            }
            default:
                if (f.Opt.Verbose <= 1) HexDump.Hex(ref f, "\n\t\t"u8, s, subLength);
                break;
        }
        return f.Truncated ? -1 : 0;
    }

    /// <summary>ospf6_decode_v3_trailer: LLS data (Hello and DD with the L bit), then an authentication trailer.</summary>
    private static bool Trailer(ref Frame f, int p, int type, int cp, int len)
    {
        bool lls = false;
        if (type == TypeHello) lls = (f.U32(p + HeaderLength + 4) & OptionL) != 0;
        else if (type == TypeDd) lls = (f.U32(p + HeaderLength) & OptionL) != 0;
        if (f.Truncated) return true;
        int llsLength = 0;
        if (lls && (llsLength = Lls(ref f, cp, len)) < 0) return true;
        return AuthTrailer(ref f, cp + llsLength, len - llsLength);
    }

    /// <summary>ospf6_print_lls: checksum and data length of the LLS block; its TLVs are not decoded.</summary>
    private static int Lls(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        if (len == 0) return 0;
        if (len < LlsHeaderLength) return -1;
        int checksum = f.U16(cp);
        if (f.Truncated) return -1;
        o.Write("\n\tLLS Checksum 0x"u8); o.Hex((uint)checksum, 4);
        int dataLength = f.U16(cp + 2);
        if (f.Truncated) return -1;
        o.Write(", Data Length "u8); o.Dec(dataLength);
        if (dataLength < LlsHeaderLength || dataLength > len) return -1;
        if (!f.Has(cp + 4, dataLength - LlsHeaderLength)) return -1;
        return dataLength;
    }

    /// <summary>ospf6_decode_at: authentication type, length, SA ID, sequence number, and with -vv the data.</summary>
    private static bool AuthTrailer(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        if (len == 0) return false;
        if (len < AtHeaderLength) return true;
        int authType = f.U16(cp);
        if (f.Truncated) return true;
        o.Write("\n\tAuthentication Type "u8); AuthTypes.Print(o, (uint)authType, "unknown (0x%04x)");
        int authLength = f.U16(cp + 2);
        if (f.Truncated) return true;
        o.Write(", Length "u8); o.Dec(authLength);
        if (authLength < AtHeaderLength || authLength > len) return true;
        int said = f.U16(cp + 6);
        if (f.Truncated) return true;
        o.Write(", SAID "u8); o.Dec(said);
        uint high = f.U32(cp + 8);
        if (f.Truncated) return true;
        o.Write(", CSN 0x"u8); o.Hex(high, 8);
        uint low = f.U32(cp + 12);
        if (f.Truncated) return true;
        o.Char(':'); o.Hex(low, 8);
        if (!f.Has(cp + AtHeaderLength, authLength - AtHeaderLength)) return true;
        if (f.Opt.Verbose > 1)
            HexDump.Hex(ref f, "\n\tAuthentication Data "u8, cp + AtHeaderLength, authLength - AtHeaderLength);
        return false;
    }
}
