using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using static Wirecap.Print.BgpTables;

namespace Wirecap.Print;

/// <summary>
/// BGP (print-bgp.c, RFC 4271), TCP port 179. With -v the segment is scanned for the 16-byte
/// all-ones marker and every message found is decoded:
/// <code>
/// +--------------------------------+--------+------+
/// | marker (16 x 0xff)             | length | type |
/// +--------------------------------+--------+------+
/// </code>
/// tcpdump formats NLRI into a 164-byte text buffer and prints it only when the whole item decoded;
/// here the decoders write to a scratch output that is copied over then (see <see cref="Buffered"/>).
/// </summary>
public static class Bgp
{
    private const int HeaderSize = 19;
    private const int OpenSize = 29;
    private const int NotificationSize = 21;
    private const int RouteRefreshSize = 23;
    private const int RdLen = 8;

    private const int AfInet = 1, AfInet6 = 2, AfNsap = 3, AfVpls = 25, AfL2vpn = 196;
    private const int SafiUnicast = 1, SafiMulticast = 2, SafiUniMulticast = 3, SafiLabUnicast = 4,
        SafiMcastVpn = 5, SafiVpls = 65, SafiMdt = 66, SafiVpnUnicast = 128, SafiVpnMulticast = 129,
        SafiVpnUniMulticast = 130, SafiRtRouting = 132;

    private static int Key(int af, int safi) => af << 8 | safi;

    /// <summary>The NLRI decoders whose text tcpdump builds in a buffer first.</summary>
    private enum Nlri { Prefix4, LabeledPrefix4, VpnPrefix4, McastVpn, Mdt, Prefix6, LabeledPrefix6, VpnPrefix6, VpnL2, Clnp, VpnClnp }

    public static void Print(ref Frame f, int dat, int length)
    {
        f.Proto = "bgp";
        var o = f.Out;
        o.Write(": BGP"u8);
        if (f.Opt.Verbose < 1) return;

        int p = dat, start = p;
        while (p < f.End && !f.Truncated)
        {
            if (f.Data[p] != 0xff) { p++; continue; }
            if (!f.Has(p, 16)) break;
            if (f.Data.Slice(p, 16).IndexOfAnyExcept((byte)0xff) >= 0) { p++; continue; }

            // A message header.
            if (!f.Has(p, HeaderSize)) { f.PrintTrunc(); return; }
            if (start != p) f.PrintTrunc();
            int hlen = f.U16(p + 16);
            if (hlen < HeaderSize)
            {
                o.Write("\nmessage length "u8); o.Dec(hlen); o.Write(" < 19 (invalid)"u8);
                break;
            }
            if (f.Has(p, hlen))
            {
                if (!PduPrint(ref f, p, hlen)) return;
                p += hlen;
                start = p;
            }
            else
            {
                int type = f.U8(p + 18);
                o.Write("\n[|BGP "u8); Messages.Print(o, (uint)type, "Unknown Message Type"); o.Char(']');
                break;
            }
        }
    }

    private static bool PduPrint(ref Frame f, int dat, int length)
    {
        var o = f.Out;
        int type = f.U8(dat + 18);
        o.Write("\n\t"u8); Messages.Print(o, (uint)type, "Unknown");
        o.Write(" Message ("u8); o.Dec(type); o.Write("), length: "u8); o.Dec(length);
        switch (type)
        {
            case 1: OpenPrint(ref f, dat, length); break;
            case 2: UpdatePrint(ref f, dat, length); break;
            case 3: NotificationPrint(ref f, dat, length); break;
            case 4: break;
            case 5: RouteRefreshPrint(ref f, dat, length); break;
            default:
                if (!f.Has(dat, length)) { f.PrintTrunc(); return false; }
                o.Write("\n\t  no Message "u8); o.Dec(type); o.Write(" decoder"u8);
                HexDump.UnknownData(ref f, dat, "\n\t  "u8, length);
                break;
        }
        return true;
    }

    // ---- OPEN ---------------------------------------------------------------------------------

    private static void OpenPrint(ref Frame f, int dat, int length)
    {
        var o = f.Out;
        if (!f.Has(dat, OpenSize) || length < OpenSize) { f.PrintTrunc(); return; }
        int version = f.U8(dat + 19);
        uint myAs = f.U16(dat + 20);
        int hold = f.U16(dat + 22);
        var id = f.Bytes(dat + 24, 4);
        int optsLen = f.U8(dat + 28);
        o.Write("\n\t  Version "u8); o.Dec(version);
        o.Write(", my AS "u8); AsPrint(ref f, o, myAs);
        o.Write(", Holdtime "u8); o.Dec(hold);
        o.Write("s, ID "u8); f.Ctx.Names.IPv4(o, id);
        o.Write("\n\t  Optional parameters, length: "u8); o.Dec(optsLen);

        int opt = dat + OpenSize;
        length -= OpenSize;
        int i = 0;
        while (i < optsLen && !f.Truncated)
        {
            if (!f.Has(opt + i, 2) || length < 2 + i) { f.PrintTrunc(); return; }
            int type = f.U8(opt + i);
            int len = f.U8(opt + i + 1);
            if (2 + i + len > optsLen)
            {
                o.Write("\n\t     Option "u8); o.Dec(type); o.Write(", length: "u8); o.Dec(len);
                o.Write(", goes past the end of the options"u8);
                break;
            }
            o.Write("\n\t    Option "u8); Options.Print(o, (uint)type, "Unknown");
            o.Write(" ("u8); o.Dec(type); o.Write("), length: "u8); o.Dec(len);
            if (type == 2) CapabilitiesPrint(ref f, opt + 2 + i, len);
            else { o.Write("\n\t      no decoder for option "u8); o.Dec(type); }
            i += 2 + len;
        }
    }

    private static void AfiSafi(TextOut o, uint afi, uint safi)
    {
        o.Write("AFI "u8); AddressFamily.Print(o, afi, "Unknown"); o.Write(" ("u8); o.Dec(afi);
        o.Write("), SAFI "u8); Safi.Print(o, safi, "Unknown"); o.Write(" ("u8); o.Dec(safi); o.Char(')');
    }

    private static void CapabilitiesPrint(ref Frame f, int opt, int capsLen)
    {
        var o = f.Out;
        int i = 0;
        while (i < capsLen && !f.Truncated)
        {
            if (!f.Has(opt + i, 2)) { f.PrintTrunc(); return; }
            int type = f.U8(opt + i);
            int len = f.U8(opt + i + 1);
            o.Write("\n\t      "u8); Capabilities.Print(o, (uint)type, "Unknown");
            o.Write(" ("u8); o.Dec(type); o.Write("), length: "u8); o.Dec(len);
            if (!f.Has(opt + 2 + i, len)) { f.PrintTrunc(); return; }
            int c = opt + i;   // the capability, header included
            switch (type)
            {
                case 1:   // AFI (16 bits), reserved (8 bits), SAFI (8 bits)
                    if (len < 4) { o.Write(" (too short, < 4)"u8); return; }
                    o.Write("\n\t\t"u8); AfiSafi(o, f.U16(c + 2), f.U8(c + 5));
                    break;
                case 8:
                    for (int t = len, off = 2; t >= 4; t -= 4, off += 4)
                    {
                        o.Write("\n\t\t"u8); AfiSafi(o, f.U16(c + off), f.U8(c + off + 2));
                        o.Write(", Count: "u8); o.Dec(f.U8(c + off + 3));
                    }
                    break;
                case 64:  // restart flags (4 bits), restart time in seconds (12 bits), then per-AFI entries
                    {
                        if (len < 2) { o.Write(" (too short, < 2)"u8); return; }
                        o.Write("\n\t\tRestart Flags: ["u8);
                        o.Write((f.U8(c + 2) & 0x80) != 0 ? "R"u8 : "none"u8);
                        o.Write("], Restart Time "u8); o.Dec(f.U16(c + 2) & 0xfff); o.Char('s');
                        for (int t = len - 2, off = 4; t >= 4; t -= 4, off += 4)
                        {
                            o.Write("\n\t\t  "u8); AfiSafi(o, f.U16(c + off), f.U8(c + off + 2));
                            o.Write(", Forwarding state preserved: "u8);
                            o.Write((f.U8(c + off + 3) & 0x80) != 0 ? "yes"u8 : "no"u8);
                        }
                        break;
                    }
                case 2:
                case 71:
                case 128:
                    break;
                case 65:
                    if (len < 4) { o.Write(" (too short, < 4)"u8); return; }
                    o.Write("\n\t\t 4 Byte AS "u8); AsPrint(ref f, o, f.U32(c + 2));
                    break;
                case 69:
                    if (len == 0) { o.Write(" (bogus)"u8); break; }
                    for (int t = len, off = 2; t != 0; t -= 4, off += 4)
                    {
                        if (t < 4) { o.Write(" (invalid)"u8); break; }
                        o.Write("\n\t\t"u8); AfiSafi(o, f.U16(c + off), f.U8(c + off + 2));
                        o.Write(", Send/Receive: "u8); AddPathSendReceive.Print(o, f.U8(c + off + 3), "Bogus (0x%02x)");
                    }
                    break;
                default:
                    o.Write("\n\t\tno decoder for Capability "u8); o.Dec(type);
                    if (f.Opt.Verbose <= 1) HexDump.UnknownData(ref f, c + 2, "\n\t\t"u8, len);
                    break;
            }
            if (f.Opt.Verbose > 1 && len != 0) HexDump.UnknownData(ref f, c + 2, "\n\t\t"u8, len);
            i += 2 + len;
        }
    }

    // ---- UPDATE -------------------------------------------------------------------------------

    private static void UpdatePrint(ref Frame f, int dat, int length)
    {
        var o = f.Out;
        if (!f.Has(dat, HeaderSize) || length < HeaderSize) { f.PrintTrunc(); return; }
        int p = dat + HeaderSize;
        length -= HeaderSize;

        // Withdrawn routes: IPv4 only (without the OPEN there is no telling what else they could be).
        if (!f.Has(p, 2) || length < 2) { f.PrintTrunc(); return; }
        int wlen = f.U16(p);
        p += 2;
        length -= 2;
        if (wlen > 1)
        {
            if (!f.Has(p, wlen) || length < wlen) { f.PrintTrunc(); return; }
            o.Write("\n\t  Withdrawn routes:"u8);
            bool addPath = CheckAddPath(ref f, p, wlen, 32);
            uint pathId = 0;
            while (wlen != 0 && !f.Truncated)
            {
                if (addPath)
                {
                    if (wlen < 4) { p += wlen; length -= wlen; break; }
                    pathId = f.U32(p);
                    p += 4; length -= 4; wlen -= 4;
                }
                int r = Buffered(ref f, Nlri.Prefix4, p, wlen, "\n\t    "u8);
                if (f.Truncated) return;
                if (r == -1) { o.Write("\n\t    (illegal prefix length)"u8); break; }
                if (r == -2) { f.PrintTrunc(); return; }
                if (addPath) { o.Write("   Path Id: "u8); o.Dec(pathId); }
                p += r; length -= r; wlen -= r;
            }
        }
        else
        {
            if (!f.Has(p, wlen) || length < wlen) { f.PrintTrunc(); return; }
            p += wlen;
            length -= wlen;
        }

        if (!f.Has(p, 2) || length < 2) { f.PrintTrunc(); return; }
        int len = f.U16(p);
        p += 2;
        length -= 2;

        if (wlen == 0 && len == 0 && length == 0)
        {
            o.Write("\n\t  End-of-Rib Marker (empty NLRI)"u8);
            return;
        }

        if (len != 0)
        {
            if (length < len) { f.PrintTrunc(); return; }
            while (len != 0 && !f.Truncated)
            {
                if (!f.Has(p, 2) || length < 2) { f.PrintTrunc(); return; }
                if (len < 2)
                {
                    o.Write("\n\t  [path attrs too short]"u8);
                    p += len; length -= len;
                    break;
                }
                int aflags = f.U8(p);
                int atype = f.U8(p + 1);
                p += 2; len -= 2; length -= 2;
                int alenlen = (aflags & 0x10) != 0 ? 2 : 1;
                if (!f.Has(p, alenlen) || length < alenlen) { f.PrintTrunc(); return; }
                if (len < alenlen)
                {
                    o.Write("\n\t  [path attrs too short]"u8);
                    p += len; length -= len;
                    break;
                }
                int alen = alenlen == 2 ? f.U16(p) : f.U8(p);
                p += alenlen; len -= alenlen; length -= alenlen;

                o.Write("\n\t  "u8); AttrHeaderPrint(o, atype, alen, aflags);
                if (aflags != 0) o.Write(": "u8);
                if (len < alen)
                {
                    o.Write(" [path attrs too short]"u8);
                    p += len; length -= len;
                    break;
                }
                if (length < alen) { f.PrintTrunc(); return; }
                if (!AttrPrint(ref f, atype, p, alen, 0))
                {
                    if (!f.Truncated) f.PrintTrunc();
                    return;
                }
                p += alen; len -= alen; length -= alen;
            }
        }

        if (length != 0 && !f.Truncated)
        {
            bool addPath = CheckAddPath(ref f, p, length, 32);
            uint pathId = 0;
            o.Write("\n\t  Updated routes:"u8);
            while (length != 0 && !f.Truncated)
            {
                if (addPath)
                {
                    if (!f.Has(p, 4) || length < 4) { f.PrintTrunc(); return; }
                    pathId = f.U32(p);
                    p += 4; length -= 4;
                }
                int r = Buffered(ref f, Nlri.Prefix4, p, length, "\n\t    "u8);
                if (f.Truncated) return;
                if (r == -1) { o.Write("\n\t    (illegal prefix length)"u8); break; }
                if (r == -2) { f.PrintTrunc(); return; }
                if (addPath) { o.Write("   Path Id: "u8); o.Dec(pathId); }
                p += r; length -= r;
            }
        }
    }

    /// <summary>"Name (type), length: n" and, when any flag is set, ", Flags [OTPE+x]".</summary>
    private static void AttrHeaderPrint(TextOut o, int atype, int alen, int aflags)
    {
        Attributes.Print(o, (uint)atype, "Unknown Attribute");
        o.Write(" ("u8); o.Dec(atype); o.Write("), length: "u8); o.Dec(alen);
        if (aflags == 0) return;
        o.Write(", Flags ["u8);
        if ((aflags & 0x80) != 0) o.Char('O');
        if ((aflags & 0x40) != 0) o.Char('T');
        if ((aflags & 0x20) != 0) o.Char('P');
        if ((aflags & 0x10) != 0) o.Char('E');
        if ((aflags & 0xf) != 0) { o.Char('+'); o.Hex((uint)(aflags & 0xf)); }
        o.Char(']');
    }

    /// <summary>
    /// Whether NLRI carry RFC 7911 path identifiers: only the OPEN says so, so guess from the data:
    /// they parse with 4-byte path ids and do not parse as plain prefixes.
    /// </summary>
    private static bool CheckAddPath(ref Frame f, int p, int length, int maxPrefixLength)
    {
        if (length < 5) return false;
        int off = 0;
        while (off < length)
        {
            off += 4;
            if (!f.Has(p + off, 1)) break;
            int plen = f.Data[p + off];
            if (plen > maxPrefixLength) return false;
            off += 1 + (plen + 7) / 8;
        }
        if (off > length) return false;

        off = 0;
        while (off < length)
        {
            if (!f.Has(p + off, 1)) break;
            int plen = f.Data[p + off];
            // A zero-length prefix among others is a path id's leading byte.
            if (plen < 1 || plen > maxPrefixLength) return true;
            off += 1 + (plen + 7) / 8;
        }
        return off > length;
    }

    // ---- path attributes ----------------------------------------------------------------------

    /// <summary>bgp_attr_print: false when the attribute runs out (the caller prints the marker).</summary>
    private static bool AttrPrint(ref Frame f, int atype, int pptr, int len, int attrSetLevel)
    {
        var o = f.Out;
        var names = f.Ctx.Names;
        int t = pptr;
        int tlen = len;
        switch (atype)
        {
            case 1:   // ORIGIN
                if (len != 1) o.Write("invalid len"u8);
                else
                {
                    int v = f.U8(t);
                    if (f.Truncated) return false;
                    Origin.Print(o, (uint)v, "Unknown Origin Typecode");
                }
                break;

            case 17:  // AS4_PATH
            case 2:   // AS_PATH
                {
                    if (len % 2 != 0) { o.Write("invalid len"u8); break; }
                    if (len == 0) { o.Write("empty"u8); break; }
                    int asSize = AsSize(ref f, atype, pptr, len);
                    if (f.Truncated) return false;
                    while (t < pptr + len)
                    {
                        int seg = f.U8(t);
                        if (f.Truncated) return false;
                        SegmentOpen.Print(o, (uint)seg, "?");
                        int count = f.U8(t + 1);
                        if (f.Truncated) return false;
                        for (int i = 0; i < count * asSize; i += asSize)
                        {
                            if (!f.Has(t + 2 + i, asSize)) return false;
                            AsPrint(ref f, o, asSize == 2 ? f.U16(t + i + 2) : f.U32(t + i + 2));
                            o.Char(' ');
                        }
                        SegmentClose.Print(o, (uint)seg, "?");
                        t += 2 + count * asSize;
                    }
                    break;
                }

            case 3:   // NEXT_HOP
                if (len != 4) o.Write("invalid len"u8);
                else if (!Ip4(ref f, o, t)) return false;
                break;

            case 4:   // MULTI_EXIT_DISC
            case 5:   // LOCAL_PREF
                if (len != 4) o.Write("invalid len"u8);
                else
                {
                    uint v = f.U32(t);
                    if (f.Truncated) return false;
                    o.Dec(v);
                }
                break;

            case 6:   // ATOMIC_AGGREGATE
                if (len != 0) o.Write("invalid len"u8);
                break;

            case 7:   // AGGREGATOR: 2- or 4-byte AS, then the address
                if (len != 6 && len != 8) { o.Write("invalid len"u8); break; }
                if (!f.Has(t, len)) return false;
                o.Write(" AS #"u8);
                if (len == 6) { AsPrint(ref f, o, f.U16(t)); o.Write(", origin "u8); Ip4(ref f, o, t + 2); }
                else { AsPrint(ref f, o, f.U32(t)); o.Write(", origin "u8); Ip4(ref f, o, t + 4); }
                break;

            case 18:  // AGGREGATOR4
                {
                    if (len != 8) { o.Write("invalid len"u8); break; }
                    uint asn = f.U32(t);
                    f.Bytes(t + 4, 4);
                    if (f.Truncated) return false;
                    o.Write(" AS #"u8); AsPrint(ref f, o, asn); o.Write(", origin "u8); Ip4(ref f, o, t + 4);
                    break;
                }

            case 8:   // COMMUNITIES
                if (len % 4 != 0) { o.Write("invalid len"u8); break; }
                while (tlen != 0)
                {
                    if (!f.Has(t, 4) || tlen < 4) return false;
                    uint comm = f.U32(t);
                    switch (comm)
                    {
                        case 0xffffff01: o.Write(" NO_EXPORT"u8); break;
                        case 0xffffff02: o.Write(" NO_ADVERTISE"u8); break;
                        case 0xffffff03: o.Write(" NO_EXPORT_SUBCONFED"u8); break;
                        default:
                            o.Dec(comm >> 16); o.Char(':'); o.Dec(comm & 0xffff);
                            if (tlen > 4) o.Write(", "u8);
                            break;
                    }
                    tlen -= 4;
                    t += 4;
                }
                break;

            case 9:   // ORIGINATOR_ID
                if (len != 4) { o.Write("invalid len"u8); break; }
                if (!Ip4(ref f, o, t)) return false;
                break;

            case 10:  // CLUSTER_LIST
                if (len % 4 != 0) { o.Write("invalid len"u8); break; }
                while (tlen != 0)
                {
                    if (tlen < 4) return false;
                    if (!Ip4(ref f, o, t)) return false;
                    if (tlen > 4) o.Write(", "u8);
                    tlen -= 4;
                    t += 4;
                }
                break;

            case 14:  // MP_REACH_NLRI
                {
                    if (!f.Has(t, 3) || tlen < 3) return false;
                    int ret = MpAfPrint(ref f, t, tlen, out int af, out int safi);
                    if (ret == -2) return false;
                    if (ret < 0) break;
                    t += 3;
                    tlen -= 3;

                    if (!f.Has(t, 1) || tlen < 1) return false;
                    int nhlen = f.U8(t);
                    t++;
                    tlen--;
                    if (nhlen != 0)
                    {
                        int nnh = 0;
                        int tnh = nhlen;
                        if (tlen < tnh) return false;
                        o.Write("\n\t    nexthop: "u8);
                        while (tnh != 0)
                        {
                            if (f.Truncated) return false;
                            if (nnh++ > 0) o.Write(", "u8);
                            int need;   // bytes one next hop takes, 0 for "all of them"
                            switch (Key(af, safi))
                            {
                                case AfInet << 8 | SafiUnicast:
                                case AfInet << 8 | SafiMulticast:
                                case AfInet << 8 | SafiUniMulticast:
                                case AfInet << 8 | SafiLabUnicast:
                                case AfInet << 8 | SafiRtRouting:
                                case AfInet << 8 | SafiMcastVpn:
                                case AfInet << 8 | SafiMdt:
                                case AfVpls << 8 | SafiVpls:
                                case AfL2vpn << 8 | SafiVpnUnicast:
                                case AfL2vpn << 8 | SafiVpnMulticast:
                                case AfL2vpn << 8 | SafiVpnUniMulticast:
                                    need = 4;
                                    if (tnh < need) break;
                                    if (!Ip4(ref f, o, t)) return false;
                                    break;
                                case AfInet << 8 | SafiVpnUnicast:
                                case AfInet << 8 | SafiVpnMulticast:
                                case AfInet << 8 | SafiVpnUniMulticast:
                                    need = 4 + RdLen;
                                    if (tnh < need) break;
                                    if (!f.Has(t, need)) { f.Trunc(); return false; }
                                    o.Write("RD: "u8); RdPrint(ref f, o, t); o.Write(", "u8); Ip4(ref f, o, t + RdLen);
                                    break;
                                case AfInet6 << 8 | SafiUnicast:
                                case AfInet6 << 8 | SafiMulticast:
                                case AfInet6 << 8 | SafiUniMulticast:
                                case AfInet6 << 8 | SafiLabUnicast:
                                    need = 16;
                                    if (tnh < need) break;
                                    if (!Ip6(ref f, o, t)) return false;
                                    break;
                                case AfInet6 << 8 | SafiVpnUnicast:
                                case AfInet6 << 8 | SafiVpnMulticast:
                                case AfInet6 << 8 | SafiVpnUniMulticast:
                                    need = 16 + RdLen;
                                    if (tnh < need) break;
                                    if (!f.Has(t, need)) { f.Trunc(); return false; }
                                    o.Write("RD: "u8); RdPrint(ref f, o, t); o.Write(", "u8); Ip6(ref f, o, t + RdLen);
                                    break;
                                case AfNsap << 8 | SafiUnicast:
                                case AfNsap << 8 | SafiMulticast:
                                case AfNsap << 8 | SafiUniMulticast:
                                    need = 0;
                                    if (!f.Has(t, tnh)) { f.Trunc(); return false; }
                                    IsoNsap(o, f.Data.Slice(t, tnh));
                                    break;
                                case AfNsap << 8 | SafiVpnUnicast:
                                case AfNsap << 8 | SafiVpnMulticast:
                                case AfNsap << 8 | SafiVpnUniMulticast:
                                    need = -1;
                                    if (tnh < RdLen + 1) break;
                                    if (!f.Has(t, tnh)) return false;
                                    {
                                        uint v4 = f.U32(t + RdLen);
                                        uint v3 = f.U24(t + RdLen);
                                        if (v4 == 0x47000601) f.Bytes(t + RdLen + 4, 4);
                                        else if (v3 == 0x350000) f.Bytes(t + RdLen + 3, 16);
                                        if (f.Truncated) return false;
                                        o.Write("RD: "u8); RdPrint(ref f, o, t); o.Write(", "u8);
                                        IsoNsap(o, f.Data.Slice(t + RdLen, tnh - RdLen));
                                        // RFC 986 mapped IPv4, RFC 1888 mapped IPv6
                                        if (v4 == 0x47000601) { o.Write(" = "u8); Ip4(ref f, o, t + RdLen + 4); }
                                        else if (v3 == 0x350000) { o.Write(" = "u8); Ip6(ref f, o, t + RdLen + 3); }
                                    }
                                    need = 0;
                                    break;
                                default:
                                    o.Write("ERROR: no AFI "u8); o.Dec(af); o.Write("/SAFI "u8); o.Dec(safi);
                                    o.Write(" nexthop decoder"u8);
                                    return Done(ref f, pptr, len);
                            }
                            if (need < 0 || need > tnh)
                            {
                                o.Write("invalid len"u8);
                                t += tnh; tlen -= tnh; tnh = 0;
                            }
                            else if (need == 0)
                            {
                                t += tnh; tlen -= tnh; tnh = 0;
                            }
                            else
                            {
                                t += need; tlen -= need; tnh -= need;
                            }
                        }
                    }
                    o.Write(", nh-length: "u8); o.Dec(nhlen);

                    // SNPAs: RFC 2858, reserved in RFC 4760
                    if (tlen < 1) return false;
                    int snpa = f.U8(t);
                    if (f.Truncated) return false;
                    t++;
                    tlen--;
                    if (snpa != 0)
                    {
                        o.Write("\n\t    "u8); o.Dec(snpa); o.Write(" SNPA"u8);
                        for (; snpa != 0; snpa--)
                        {
                            if (tlen < 1) return false;
                            int snpaLen = f.U8(t);
                            if (f.Truncated) return false;
                            o.Write("\n\t      "u8); o.Dec(snpaLen); o.Write(" bytes"u8);
                            t++;
                            tlen--;
                            if (tlen < snpaLen || !f.Has(t, snpaLen)) return false;
                            t += snpaLen;
                            tlen -= snpaLen;
                        }
                    }
                    else o.Write(", no SNPA"u8);

                    if (!NlriListPrint(ref f, af, safi, pptr, len, t)) return false;
                    break;
                }

            case 15:  // MP_UNREACH_NLRI
                {
                    if (!f.Has(t, 3)) return false;
                    int ret = MpAfPrint(ref f, t, tlen, out int af, out int safi);
                    if (ret == -2) return false;
                    if (ret < 0) break;
                    if (len == 3) o.Write("\n\t      End-of-Rib Marker (empty NLRI)"u8);
                    t += 3;
                    if (!NlriListPrint(ref f, af, safi, pptr, len, t)) return false;
                    break;
                }

            case 16:  // EXTD_COMMUNITIES
                if (len % 8 != 0) { o.Write("invalid len"u8); break; }
                while (tlen != 0)
                {
                    if (!f.Has(t, 2) || tlen < 2) return false;
                    uint ec = f.U16(t);
                    o.Write("\n\t    "u8); ExtCommSubtype.Print(o, ec, "unknown extd community typecode");
                    o.Write(" (0x"u8); o.Hex(ec, 4); o.Write("), Flags ["u8);
                    ExtCommFlags.Bits(o, ec, "none"); o.Char(']');
                    if (!f.Has(t, 8) || tlen < 8) return false;
                    o.Write(": "u8);
                    ExtCommunityPrint(ref f, t);
                    tlen -= 8;
                    t += 8;
                }
                break;

            case 22:  // PMSI_TUNNEL
                {
                    if (!f.Has(t, 5) || tlen < 5) return false;
                    int flags = f.U8(t);
                    int tunnelType = f.U8(t + 1);
                    uint label = f.U24(t + 2) >> 4;
                    o.Write("\n\t    Tunnel-type "u8); PmsiTunnel.Print(o, (uint)tunnelType, "Unknown");
                    o.Write(" ("u8); o.Dec(tunnelType); o.Write("), Flags ["u8);
                    PmsiFlags.Bits(o, (uint)flags, "none");
                    o.Write("], MPLS Label "u8); o.Dec(label);
                    t += 5;
                    tlen -= 5;
                    switch (tunnelType)
                    {
                        case 4:
                        case 5:
                        case 3:
                            if (!f.Has(t, 8)) { f.Trunc(); return false; }
                            o.Write(tunnelType == 3 ? "\n\t      Root-Node "u8 : "\n\t      Sender "u8);
                            Ip4(ref f, o, t); o.Write(", P-Group "u8); Ip4(ref f, o, t + 4);
                            break;
                        case 6:
                            if (!f.Has(t, 4)) { f.Trunc(); return false; }
                            o.Write("\n\t      Tunnel-Endpoint "u8); Ip4(ref f, o, t);
                            break;
                        case 2:
                        case 7:
                        case 1:
                            if (!f.Has(t, 8)) { f.Trunc(); return false; }
                            o.Write(tunnelType == 1 ? "\n\t      Extended-Tunnel-ID "u8 : "\n\t      Root-Node "u8);
                            Ip4(ref f, o, t);
                            o.Write(tunnelType == 1 ? ", P2MP-ID 0x"u8 : ", LSP-ID 0x"u8); o.Hex(f.U32(t + 4), 8);
                            break;
                        default:
                            if (f.Opt.Verbose <= 1) HexDump.UnknownData(ref f, t, "\n\t      "u8, tlen);
                            break;
                    }
                    break;
                }

            case 26:  // AIGP: TLVs
                while (tlen >= 3)
                {
                    int type = f.U8(t);
                    int length = f.U16(t + 1);
                    if (f.Truncated) return false;
                    t += 3;
                    tlen -= 3;
                    o.Write("\n\t    "u8); Aigp.Print(o, (uint)type, "Unknown");
                    o.Write(" TLV ("u8); o.Dec(type); o.Write("), length "u8); o.Dec(length);
                    if (length < 3) return false;
                    length -= 3;
                    if (tlen < length) return false;
                    if (type == 1)
                    {
                        if (length < 8) return false;
                        ulong metric = f.U64(t);
                        if (f.Truncated) return false;
                        o.Write(", metric "u8); o.Dec(metric);
                    }
                    else if (f.Opt.Verbose <= 1) HexDump.UnknownData(ref f, t, "\n\t      "u8, length);
                    t += length;
                    tlen -= length;
                }
                break;

            case 128: // ATTR_SET: origin AS, then path attributes
                {
                    if (!f.Has(t, 4) || len < 4) return false;
                    o.Write("\n\t    Origin AS: "u8); AsPrint(ref f, o, f.U32(t));
                    t += 4;
                    len -= 4;
                    while (len != 0)
                    {
                        if (f.Truncated) return false;
                        if (!f.Has(t, 2)) return false;
                        if (len < 2) { o.Write(" [path attr too short]"u8); t += len; break; }
                        int aflags = f.U8(t);
                        int innerType = f.U8(t + 1);
                        t += 2;
                        len -= 2;
                        int alenlen = (aflags & 0x10) != 0 ? 2 : 1;
                        if (!f.Has(t, alenlen)) return false;
                        if (len < alenlen) { o.Write(" [path attr too short]"u8); t += len; break; }
                        int alen = alenlen == 2 ? f.U16(t) : f.U8(t);
                        t += alenlen;
                        len -= alenlen;
                        o.Write("\n\t      "u8); AttrHeaderPrint(o, innerType, alen, aflags);
                        o.Write(": "u8);
                        if (len < alen) { o.Write(" [path attr too short]"u8); t += len; break; }
                        // Nesting is bounded so that a crafted message cannot exhaust the stack.
                        if (attrSetLevel == 10) o.Write("(too many nested levels, not recursing)"u8);
                        else if (!AttrPrint(ref f, innerType, t, alen, attrSetLevel + 1)) return false;
                        t += alen;
                        len -= alen;
                    }
                    break;
                }

            case 32:  // LARGE_COMMUNITY: global admin, local data 1, local data 2
                if (len == 0 || len % 12 != 0) { o.Write("invalid len"u8); break; }
                o.Write("\n\t    "u8);
                while (len != 0)
                {
                    uint a = f.U32(t), b = f.U32(t + 4), c = f.U32(t + 8);
                    if (f.Truncated) return false;
                    o.Dec(a); o.Char(':'); o.Dec(b); o.Char(':'); o.Dec(c);
                    if (len > 12) o.Write(", "u8);
                    t += 12;
                    len -= 12;
                }
                break;

            default:
                if (!f.Has(pptr, len)) return false;
                o.Write("\n\t    no Attribute "u8); o.Dec(atype); o.Write(" decoder"u8);
                if (f.Opt.Verbose <= 1) HexDump.UnknownData(ref f, pptr, "\n\t    "u8, len);
                break;
        }
        return Done(ref f, pptr, len);
    }

    /// <summary>The end of bgp_attr_print: with -vv the attribute's bytes (len is what the decoder left of it).</summary>
    private static bool Done(ref Frame f, int pptr, int len)
    {
        if (f.Truncated) return false;
        if (f.Opt.Verbose > 1 && len != 0)
        {
            if (!f.Has(pptr, len)) return false;
            HexDump.UnknownData(ref f, pptr, "\n\t    "u8, len);
        }
        return !f.Truncated;
    }

    /// <summary>
    /// 2 or 4 bytes per AS in an AS_PATH: old and new speakers use the same attribute, so try 2
    /// and take 4 when the segments do not add up.
    /// </summary>
    private static int AsSize(ref Frame f, int atype, int p, int len)
    {
        if (atype == 17) return 4;
        int t = p;
        while (t < p + len)
        {
            int seg = f.U8(t);
            if (f.Truncated) return 4;
            if (seg < 1 || seg > 4) return 4;
            t += 2 + f.U8(t + 1) * 2;
            if (f.Truncated) return 4;
        }
        return t == p + len ? 2 : 4;
    }

    private static void ExtCommunityPrint(ref Frame f, int t)
    {
        // The caller checked the 8 bytes.
        var o = f.Out;
        uint type = f.U16(t);
        switch (type)
        {
            case 0x0002:
            case 0x0003:
            case 0x000a:
                o.Dec(f.U16(t + 2)); o.Char(':'); o.Dec(f.U32(t + 4)); o.Write(" (= "u8); Ip4(ref f, o, t + 4); o.Char(')');
                break;
            case 0x0102:
            case 0x0103:
            case 0xf10a:
            case 0x010b:
                Ip4(ref f, o, t + 2); o.Char(':'); o.Dec(f.U16(t + 6));
                break;
            case 0x0202:
            case 0x0203:
                AsPrint(ref f, o, f.U32(t + 2)); o.Char(':'); o.Dec(f.U16(t + 6));
                break;
            case 0x4004:
                {
                    // An IEEE float in bytes per second, shown in Mbps as C computes it (in float).
                    float bw = BitConverter.Int32BitsToSingle((int)f.U32(t + 4));
                    float mbps = bw * 8 / 1000000;
                    o.Write("bandwidth: "u8); FixedPrint(o, mbps, 3); o.Write(" Mbps"u8);
                    break;
                }
            case 0x0005:
            case 0x0105:
            case 0x0205:
            case 0x8005:
            case 0x0107:
            case 0x8001:
                Ip4(ref f, o, t + 2);
                break;
            case 0x0306:
            case 0x8000:
                {
                    int rtype = f.U8(t + 6);
                    int options = f.U8(t + 7);
                    o.Write("area:"u8); Ip4(ref f, o, t + 2);
                    o.Write(", router-type:"u8); OspfRouteType.Print(o, (uint)rtype, "unknown (0x%02x)");
                    o.Write(", metric-type:"u8);
                    if ((options & 1) != 0) o.Write("E2"u8);
                    if (rtype == 5 || rtype == 7) o.Write("E1"u8);
                    break;
                }
            case 0x800a:
                L2vpnEncaps.Print(o, f.U8(t + 2), "unknown encaps");
                o.Write(" Control Flags [0x"u8); o.Hex(f.U8(t + 3), 2); o.Write("]:MTU "u8); o.Dec(f.U16(t + 4));
                break;
            case 0x0009:
                o.Write("AS "u8); o.Dec(f.U16(t + 2));
                break;
            case 0x030c:
                o.Write("Tunnel type: "u8); EncapTunnel.Print(o, f.U16(t + 6), "unknown encaps");
                break;
            default:
                for (int i = 2; i < 8; i++) o.Hex2(f.U8(t + i));
                break;
        }
    }

    /// <summary>printf's %.Nf of a float promoted to double, with glibc's texts for infinities and NaN.</summary>
    private static void FixedPrint(TextOut o, float v, int decimals)
    {
        if (float.IsNaN(v)) { o.Write(float.IsNegative(v) ? "-nan"u8 : "nan"u8); return; }
        if (float.IsInfinity(v)) { o.Write(v < 0 ? "-inf"u8 : "inf"u8); return; }
        var dst = o.Reserve(400);
        if (Utf8Formatter.TryFormat((double)v, dst, out int n, new StandardFormat('F', (byte)decimals))) o.Advance(n);
    }

    // ---- MP_REACH / MP_UNREACH ----------------------------------------------------------------

    /// <summary>The AFI/SAFI line: 0 when there is a decoder, -1 when not (data dumped), -2 when cut short.</summary>
    private static int MpAfPrint(ref Frame f, int t, int tlen, out int af, out int safi)
    {
        var o = f.Out;
        af = f.U16(t);
        safi = f.U8(t + 2);
        if (f.Truncated) return -2;
        o.Write("\n\t    AFI: "u8); AddressFamily.Print(o, (uint)af, "Unknown AFI");
        o.Write(" ("u8); o.Dec(af); o.Write("), "u8);
        if (safi > 128) o.Write("vendor specific "u8);   // 128 is well known by now
        o.Write("SAFI: "u8); Safi.Print(o, (uint)safi, "Unknown SAFI");
        o.Write(" ("u8); o.Dec(safi); o.Char(')');
        switch (Key(af, safi))
        {
            case AfInet << 8 | SafiUnicast:
            case AfInet << 8 | SafiMulticast:
            case AfInet << 8 | SafiUniMulticast:
            case AfInet << 8 | SafiLabUnicast:
            case AfInet << 8 | SafiRtRouting:
            case AfInet << 8 | SafiVpnUnicast:
            case AfInet << 8 | SafiVpnMulticast:
            case AfInet << 8 | SafiVpnUniMulticast:
            case AfInet << 8 | SafiMcastVpn:
            case AfInet << 8 | SafiMdt:
            case AfInet6 << 8 | SafiUnicast:
            case AfInet6 << 8 | SafiMulticast:
            case AfInet6 << 8 | SafiUniMulticast:
            case AfInet6 << 8 | SafiLabUnicast:
            case AfInet6 << 8 | SafiVpnUnicast:
            case AfInet6 << 8 | SafiVpnMulticast:
            case AfInet6 << 8 | SafiVpnUniMulticast:
            case AfNsap << 8 | SafiUnicast:
            case AfNsap << 8 | SafiMulticast:
            case AfNsap << 8 | SafiUniMulticast:
            case AfNsap << 8 | SafiVpnUnicast:
            case AfNsap << 8 | SafiVpnMulticast:
            case AfNsap << 8 | SafiVpnUniMulticast:
            case AfL2vpn << 8 | SafiVpnUnicast:
            case AfL2vpn << 8 | SafiVpnMulticast:
            case AfL2vpn << 8 | SafiVpnUniMulticast:
            case AfVpls << 8 | SafiVpls:
                return 0;
            default:
                if (!f.Has(t, tlen)) return -2;
                o.Write("\n\t    no AFI "u8); o.Dec(af); o.Write(" / SAFI "u8); o.Dec(safi); o.Write(" decoder"u8);
                if (f.Opt.Verbose <= 1) HexDump.UnknownData(ref f, t, "\n\t    "u8, tlen);
                return -1;
        }
    }

    /// <summary>The NLRI from t to the end of the attribute; false when cut short.</summary>
    private static bool NlriListPrint(ref Frame f, int af, int safi, int pptr, int len, int t)
    {
        int rest = len - (t - pptr);
        bool addPath4 = CheckAddPath(ref f, t, rest, 32);
        bool addPath6 = CheckAddPath(ref f, t, rest, 128);
        while (t < pptr + len)
        {
            // As in tcpdump, each item may use the whole attribute length.
            int advance = NlriPrint(ref f, af, safi, t, len, addPath4, addPath6);
            if (f.Truncated || advance == -2) return false;
            if (advance < 0) break;
            t += advance;
        }
        return true;
    }

    private static int NlriPrint(ref Frame f, int af, int safi, int t, int len, bool addPath4, bool addPath6)
    {
        var o = f.Out;
        int advance;
        switch (Key(af, safi))
        {
            case AfInet << 8 | SafiUnicast:
            case AfInet << 8 | SafiMulticast:
            case AfInet << 8 | SafiUniMulticast:
            case AfInet6 << 8 | SafiUnicast:
            case AfInet6 << 8 | SafiMulticast:
            case AfInet6 << 8 | SafiUniMulticast:
                {
                    bool v6 = af == AfInet6;
                    bool addPath = v6 ? addPath6 : addPath4;
                    uint pathId = 0;
                    if (addPath)
                    {
                        pathId = f.U32(t);
                        if (f.Truncated) return -2;
                        t += 4;
                    }
                    advance = Buffered(ref f, v6 ? Nlri.Prefix6 : Nlri.Prefix4, t, len, "\n\t      "u8);
                    if (advance == -1) o.Write("\n\t    (illegal prefix length)"u8);
                    else if (advance == -2) break;   // bytes left, but not enough
                    if (addPath)
                    {
                        o.Write("   Path Id: "u8); o.Dec(pathId);
                        advance += 4;
                    }
                    break;
                }
            case AfInet << 8 | SafiLabUnicast:
            case AfInet6 << 8 | SafiLabUnicast:
                advance = Buffered(ref f, af == AfInet6 ? Nlri.LabeledPrefix6 : Nlri.LabeledPrefix4, t, len, "\n\t      "u8);
                if (advance == -1) o.Write("\n\t    (illegal prefix length)"u8);
                break;
            case AfInet << 8 | SafiVpnUnicast:
            case AfInet << 8 | SafiVpnMulticast:
            case AfInet << 8 | SafiVpnUniMulticast:
            case AfInet6 << 8 | SafiVpnUnicast:
            case AfInet6 << 8 | SafiVpnMulticast:
            case AfInet6 << 8 | SafiVpnUniMulticast:
                advance = Buffered(ref f, af == AfInet6 ? Nlri.VpnPrefix6 : Nlri.VpnPrefix4, t, len, "\n\t      "u8);
                if (advance == -1) o.Write("\n\t    (illegal prefix length)"u8);
                break;
            case AfInet << 8 | SafiRtRouting:
                advance = RtRoutingInfoPrint(ref f, t);
                break;
            case AfInet << 8 | SafiMcastVpn:
            case AfInet6 << 8 | SafiMcastVpn:
                advance = Buffered(ref f, Nlri.McastVpn, t, len, "\n\t      "u8);
                if (advance == -1) o.Write("\n\t    (illegal prefix length)"u8);
                break;
            case AfInet << 8 | SafiMdt:
                advance = Buffered(ref f, Nlri.Mdt, t, len, "\n\t      "u8);
                if (advance == -1) o.Write("\n\t    (illegal prefix length)"u8);
                break;
            case AfVpls << 8 | SafiVpls:
            case AfL2vpn << 8 | SafiVpnUnicast:
            case AfL2vpn << 8 | SafiVpnMulticast:
            case AfL2vpn << 8 | SafiVpnUniMulticast:
                advance = Buffered(ref f, Nlri.VpnL2, t, len, "\n\t      "u8);
                if (advance == -1) o.Write("\n\t    (illegal length)"u8);
                break;
            case AfNsap << 8 | SafiUnicast:
            case AfNsap << 8 | SafiMulticast:
            case AfNsap << 8 | SafiUniMulticast:
                advance = Buffered(ref f, Nlri.Clnp, t, len, "\n\t      "u8);
                if (advance == -1) o.Write("\n\t    (illegal prefix length)"u8);
                break;
            case AfNsap << 8 | SafiVpnUnicast:
            case AfNsap << 8 | SafiVpnMulticast:
            case AfNsap << 8 | SafiVpnUniMulticast:
                advance = Buffered(ref f, Nlri.VpnClnp, t, len, "\n\t      "u8);
                if (advance == -1) o.Write("\n\t    (illegal prefix length)"u8);
                break;
            default:
                o.Write("\n\t    ERROR: no AFI "u8); o.Dec(af); o.Write(" / SAFI "u8); o.Dec(safi); o.Write(" decoder"u8);
                advance = -4;
                break;
        }
        return advance;
    }

    /// <summary>
    /// tcpdump formats these NLRI into a 164-byte buffer (MAXHOSTNAMELEN + 100) and prints it only
    /// when the item decoded: a failed read ends the packet with nothing of the item shown, and
    /// long texts are cut at 163 characters. So the decoder writes to a scratch output first; when
    /// it decoded (result ≥ 0) lead and the first 163 bytes follow. -3 ("not enough bytes left")
    /// comes back as -4 so that callers stop without a marker.
    /// </summary>
    private static int Buffered(ref Frame f, Nlri kind, int p, int itemlen, ReadOnlySpan<byte> lead)
    {
        var scratch = Scratch.Get();
        int r = Decode(ref f, scratch.Out, kind, p, itemlen);
        scratch.Out.Flush();
        if (!f.Truncated && r >= 0)
        {
            f.Out.Write(lead);
            f.Out.Write(scratch.Text(BufferSize - 1));
        }
        return r == -3 ? -4 : r;
    }

    private const int BufferSize = 64 + 100;

    private static int Decode(ref Frame f, TextOut o, Nlri kind, int p, int itemlen) => kind switch
    {
        Nlri.Prefix4 => Prefix(ref f, o, p, itemlen, false),
        Nlri.Prefix6 => Prefix(ref f, o, p, itemlen, true),
        Nlri.LabeledPrefix4 => LabeledPrefix(ref f, o, p, itemlen, false),
        Nlri.LabeledPrefix6 => LabeledPrefix(ref f, o, p, itemlen, true),
        Nlri.VpnPrefix4 => VpnPrefix(ref f, o, p, false),
        Nlri.VpnPrefix6 => VpnPrefix(ref f, o, p, true),
        Nlri.McastVpn => McastVpn(ref f, o, p),
        Nlri.Mdt => MdtVpn(ref f, o, p),
        Nlri.VpnL2 => VpnL2(ref f, o, p),
        Nlri.Clnp => ClnpPrefix(ref f, o, p),
        _ => VpnClnpPrefix(ref f, o, p),
    };

    /// <summary>
    /// The scratch output of <see cref="Buffered"/>: a TextOut over a stream that keeps the first
    /// bytes written since the last <see cref="Text"/>. One per thread, reused for every item.
    /// </summary>
    private sealed class Scratch : Stream
    {
        [ThreadStatic] private static Scratch? t_instance;

        private readonly byte[] _kept = new byte[BufferSize];
        private int _length, _total;
        public readonly TextOut Out;

        private Scratch() => Out = new TextOut(this, capacity: 4096);

        public static Scratch Get()
        {
            var s = t_instance ??= new Scratch();
            s._length = 0;
            s._total = 0;
            return s;
        }

        /// <summary>Whether tcpdump's buffer would still have room: fewer than its size written so far.</summary>
        public static bool Room()
        {
            var s = t_instance!;
            s.Out.Flush();
            return s._total < BufferSize;
        }

        /// <summary>What was written (after a flush of <see cref="Out"/>), at most max bytes.</summary>
        public ReadOnlySpan<byte> Text(int max) => _kept.AsSpan(0, Math.Min(_length, max));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _total += buffer.Length;
            int n = Math.Min(buffer.Length, _kept.Length - _length);
            if (n > 0) { buffer[..n].CopyTo(_kept.AsSpan(_length)); _length += n; }
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
        public override void Flush() { }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>An address prefix's significant bytes, bits past the length cleared, as an address.</summary>
    private static void MaskedAddress(ref Frame f, TextOut o, ReadOnlySpan<byte> src, int plen, bool v6)
    {
        Span<byte> a = stackalloc byte[16];
        a.Clear();
        src.CopyTo(a);
        if (plen % 8 != 0) a[src.Length - 1] &= (byte)((0xff00 >> (plen % 8)) & 0xff);
        if (v6) f.Ctx.Names.IPv6(o, a);
        else f.Ctx.Names.IPv4(o, a[..4]);
    }

    /// <summary>decode_prefix4/6: length in bits, then the prefix's bytes. -1 bad length, -2 item too short.</summary>
    internal static int Prefix(ref Frame f, TextOut o, int p, int itemlen, bool v6)
    {
        int max = v6 ? 128 : 32;
        if (itemlen < 1) return -2;
        int plen = f.U8(p);
        if (f.Truncated) return -2;
        if (plen > max) return -1;
        itemlen -= 1;
        int n = (plen + 7) / 8;
        if (itemlen < n) return -2;
        var src = f.Bytes(p + 1, n);
        if (f.Truncated) return -2;
        MaskedAddress(ref f, o, src, plen, v6);
        o.Char('/'); o.Dec(plen);
        return 1 + n;
    }

    private static void LabelPrint(ref Frame f, TextOut o, int p)
    {
        // The label sits in the top 20 bits; the low bit of the third byte is bottom-of-stack.
        uint label = f.U24(p) >> 4;
        int bos = f.U8(p + 2) & 1;
        o.Write(", label:"u8); o.Dec(label);
        o.Write(bos == 0 ? " (BOGUS: Bottom of Stack NOT set!)"u8 : " (bottom)"u8);
    }

    /// <summary>decode_labeled_prefix4/6 (RFC 3107): length covers label and prefix. -2 not captured, -3 item too short.</summary>
    private static int LabeledPrefix(ref Frame f, TextOut o, int p, int itemlen, bool v6)
    {
        if (!f.Has(p, 4)) return -2;
        if (itemlen < 4) return -3;
        int plen = f.U8(p);
        if (plen < 24) return -1;
        plen -= 24;
        if (plen > (v6 ? 128 : 32)) return -1;
        itemlen -= 4;
        int n = (plen + 7) / 8;
        if (!v6 && itemlen < n) return -3;
        var src = f.Bytes(p + 4, n);
        if (f.Truncated) return -2;
        MaskedAddress(ref f, o, src, plen, v6);
        o.Char('/'); o.Dec(plen);
        LabelPrint(ref f, o, p + 1);
        return 4 + n;
    }

    /// <summary>decode_labeled_vpn_prefix4/6: length, label, RD, prefix.</summary>
    private static int VpnPrefix(ref Frame f, TextOut o, int p, bool v6)
    {
        int plen = f.U8(p);
        if (f.Truncated) return -2;
        if (plen < 24 + 64) return -1;
        plen -= 24 + 64;
        if (plen > (v6 ? 128 : 32)) return -1;
        int n = (plen + 7) / 8;
        var src = f.Bytes(p + 12, n);
        if (f.Truncated) return -2;
        o.Write("RD: "u8); RdPrint(ref f, o, p + 4); o.Write(", "u8);
        MaskedAddress(ref f, o, src, plen, v6);
        o.Char('/'); o.Dec(plen);
        LabelPrint(ref f, o, p + 1);
        return 12 + n;
    }

    /// <summary>decode_rt_routing_info (RFC 4684): origin AS and a route-target prefix. Prints directly.</summary>
    private static int RtRoutingInfoPrint(ref Frame f, int p)
    {
        var o = f.Out;
        int plen = f.U8(p);
        if (f.Truncated) return -2;
        if (plen == 0)
        {
            o.Write("\n\t      default route target"u8);
            return 1;
        }
        if (plen < 32)
        {
            o.Write("\n\t      (illegal prefix length)"u8);
            return -1;
        }
        uint originAs = f.U32(p + 1);
        if (f.Truncated) return -2;
        plen -= 32;
        if (plen > 64)
        {
            o.Write("\n\t      (illegal prefix length)"u8);
            return -1;
        }
        int n = (plen + 7) / 8;
        var src = f.Bytes(p + 5, n);
        if (f.Truncated) return -2;
        Span<byte> rt = stackalloc byte[8];
        rt.Clear();
        src.CopyTo(rt);
        if (plen % 8 != 0) rt[n - 1] &= (byte)((0xff00 >> (plen % 8)) & 0xff);
        o.Write("\n\t      origin AS: "u8); AsPrint(ref f, o, originAs); o.Write(", "u8);
        RtPrefixPrint(ref f, rt, plen);
        return 5 + n;
    }

    private static void RtPrefixHex(TextOut o, ReadOnlySpan<byte> rt, int plen)
    {
        int n = (plen + 7) / 8;
        for (int i = 0; i < n; i++)
        {
            o.Hex2(rt[i]);
            if (i % 2 == 1 && i < n - 1) o.Char(' ');
        }
    }

    /// <summary>bgp_rt_prefix_print: the route target of an RTC membership prefix, as far as the length covers it.</summary>
    private static void RtPrefixPrint(ref Frame f, scoped ReadOnlySpan<byte> rt, int plen)
    {
        var o = f.Out;
        if (plen == 0) { o.Write("route-target: 0:0/0"u8); return; }
        if (plen < 16)
        {
            o.Write("route-target: partial-type: ("u8); RtPrefixHex(o, rt, plen);
            o.Char('/'); o.Dec(plen); o.Char(')');
            return;
        }
        int ecType = BinaryPrimitives.ReadUInt16BigEndian(rt);
        switch (ecType)
        {
            case 0x0002:
                o.Write("route-target: "u8); o.Dec(BinaryPrimitives.ReadUInt16BigEndian(rt[2..]));
                o.Char(':'); o.Dec(BinaryPrimitives.ReadUInt32BigEndian(rt[4..]));
                break;
            case 0x0102:
                o.Write("route-target: "u8); o.IPv4(rt.Slice(2, 4)); o.Char(':'); o.Dec(BinaryPrimitives.ReadUInt16BigEndian(rt[6..]));
                break;
            case 0x0202:
                o.Write("route-target: "u8); AsPrint(ref f, o, BinaryPrimitives.ReadUInt32BigEndian(rt[2..]));
                o.Char(':'); o.Dec(BinaryPrimitives.ReadUInt16BigEndian(rt[6..]));
                break;
            default:
                o.Write("route target: unknown-type("u8); o.Hex((uint)ecType, 4); o.Write(") ("u8);
                RtPrefixHex(o, rt, plen); o.Char('/'); o.Dec(plen); o.Char(')');
                return;
        }
        o.Char('/'); o.Dec(plen); o.Write(" ("u8); RtPrefixHex(o, rt, plen); o.Char(')');
    }

    /// <summary>decode_mdt_vpn_nlri (RFC 6037): RD, IPv4 address, MDT group.</summary>
    private static int MdtVpn(ref Frame f, TextOut o, int p)
    {
        int plen = f.U8(p);
        if (f.Truncated) return -2;
        if (plen != 16 * 8) return -1;
        p++;
        if (!f.Has(p, 8)) return -2;
        f.Bytes(p + 8, 8);
        if (f.Truncated) return -2;
        o.Write("RD: "u8); RdPrint(ref f, o, p);
        o.Write(", VPN IP Address: "u8); Ip4(ref f, o, p + 8);
        o.Write(", MC Group Address: "u8); Ip4(ref f, o, p + 12);
        return 16 + 1;
    }

    /// <summary>decode_multicast_vpn (RFC 6514): route type, length, then per-type fields.</summary>
    private static int McastVpn(ref Frame f, TextOut o, int p)
    {
        int routeType = f.U8(p);
        int routeLength = f.U8(p + 1);
        if (f.Truncated) return -2;
        p += 2;
        o.Write("Route-Type: "u8); McastVpnRouteType.Print(o, (uint)routeType, "Unknown");
        o.Write(" ("u8); o.Dec(routeType); o.Write("), length: "u8); o.Dec(routeLength);
        switch (routeType)
        {
            case 1:   // Intra-AS I-PMSI
                if (!f.Has(p, RdLen)) return -2;
                o.Write(", RD: "u8); RdPrint(ref f, o, p);
                o.Write(", Originator "u8); VpnIpPrint(ref f, o, p + RdLen, (uint)((routeLength - RdLen) << 3));
                break;
            case 2:   // Inter-AS I-PMSI
            case 6:   // Shared Tree Join
            case 7:   // Source Tree Join
                if (!f.Has(p, RdLen + 4)) return -2;
                o.Write(", RD: "u8); RdPrint(ref f, o, p);
                o.Write(", Source-AS "u8); AsPrint(ref f, o, f.U32(p + RdLen));
                if (routeType != 2) SgPrint(ref f, o, p + RdLen + 4);
                break;
            case 3:   // S-PMSI
                {
                    if (!f.Has(p, RdLen)) return -2;
                    o.Write(", RD: "u8); RdPrint(ref f, o, p);
                    p += RdLen;
                    uint sgLength = (uint)SgPrint(ref f, o, p);
                    // tcpdump takes the originator from where the (S,G) starts.
                    uint addrLength = (uint)routeLength - sgLength;
                    if (addrLength > int.MaxValue || !f.Has(p, (int)addrLength)) return -2;
                    o.Write(", Originator "u8); VpnIpPrint(ref f, o, p, addrLength << 3);
                    break;
                }
            case 5:   // Source-Active
                if (!f.Has(p, RdLen)) return -2;
                o.Write(", RD: "u8); RdPrint(ref f, o, p);
                SgPrint(ref f, o, p + RdLen);
                break;
            default:  // Intra-AS Segment-Leaf and unknown types: nothing more
                break;
        }
        return routeLength + 2;
    }

    /// <summary>bgp_vpn_sg_print: source and group, each a bit length and an address; returns the bytes read.</summary>
    private static int SgPrint(ref Frame f, TextOut o, int p)
    {
        int total = 0;
        for (int i = 0; i < 2; i++)
        {
            int addrLength = f.U8(p);
            if (f.Truncated) return total;
            p++;
            if (!f.Has(p, addrLength >> 3)) return total;
            total += (addrLength >> 3) + 1;
            if (addrLength != 0)
            {
                o.Write(i == 0 ? ", Source "u8 : ", Group "u8);
                VpnIpPrint(ref f, o, p, (uint)addrLength);
                p += addrLength >> 3;
            }
        }
        return total;
    }

    /// <summary>bgp_vpn_ip_print: an IPv4 or IPv6 address by its length in bits.</summary>
    private static void VpnIpPrint(ref Frame f, TextOut o, int p, uint bits)
    {
        if (bits == 32) Ip4(ref f, o, p);
        else if (bits == 128) Ip6(ref f, o, p);
        else { o.Write("bogus address length "u8); o.Dec(bits); }
    }

    /// <summary>decode_labeled_vpn_l2: auto-discovery (RD, next hop) or the old format with TLVs.</summary>
    private static int VpnL2(ref Frame f, TextOut o, int p)
    {
        int plen = f.U16(p);
        if (f.Truncated) return -2;
        int tlen = plen;
        p += 2;
        if (plen == 12)
        {
            if (!f.Has(p, 12)) return -2;
            o.Write("RD: "u8); RdPrint(ref f, o, p); o.Write(", BGPNH: "u8); Ip4(ref f, o, p + 8);
            return plen + 2;
        }
        if (plen <= 17) return -2;

        // RD, CE-ID, label-block offset, label base
        if (!f.Has(p, 15)) return -2;
        o.Write("RD: "u8); RdPrint(ref f, o, p);
        o.Write(", CE-ID: "u8); o.Dec(f.U16(p + 8));
        o.Write(", Label-Block Offset: "u8); o.Dec(f.U16(p + 10));
        o.Write(", Label Base "u8); o.Dec(f.U24(p + 12) >> 4);
        p += 15;
        tlen -= 15;
        while (tlen != 0)
        {
            if (f.Truncated) return -2;
            if (tlen < 3)
            {
                if (Scratch.Room()) o.Write("\n\t\tran past the end"u8);
                return plen + 2;
            }
            int tlvType = f.U8(p);
            int tlvLen = f.U16(p + 1);   // in bits
            int ttlvLen = (tlvLen + 7) / 8;
            p += 3;
            // Once tcpdump's buffer is full it writes no more, and no longer steps through the vector.
            if (tlvType == 1)
            {
                if (Scratch.Room())
                {
                    o.Write("\n\t\tcircuit status vector ("u8); o.Dec(tlvType); o.Write(") length: "u8); o.Dec(tlvLen);
                    o.Write(": 0x"u8);
                }
                while (ttlvLen != 0)
                {
                    if (tlen < 1)
                    {
                        if (Scratch.Room()) o.Write(" (ran past the end)"u8);
                        return plen + 2;
                    }
                    if (!f.Has(p, 1)) return -2;
                    if (Scratch.Room())
                    {
                        o.Hex2(f.Data[p]);
                        p++;
                    }
                    ttlvLen--;
                    tlen--;
                }
            }
            else
            {
                if (Scratch.Room()) { o.Write("\n\t\tunknown TLV #"u8); o.Dec(tlvType); o.Write(", length: "u8); o.Dec(tlvLen); }
                if (tlen < ttlvLen)
                {
                    if (Scratch.Room()) o.Write(" (ran past the end)"u8);
                    return plen + 2;
                }
                tlen -= ttlvLen;
            }
        }
        return plen + 2;
    }

    /// <summary>decode_clnp_prefix: an NSAP prefix (tcpdump reads it 4 bytes in).</summary>
    private static int ClnpPrefix(ref Frame f, TextOut o, int p)
    {
        int plen = f.U8(p);
        if (f.Truncated) return -2;
        if (plen > 152) return -1;
        int n = (plen + 7) / 8;
        var src = f.Bytes(p + 4, n);
        if (f.Truncated) return -2;
        NsapPrefixPrint(o, src, plen);
        return 1 + n;
    }

    private static int VpnClnpPrefix(ref Frame f, TextOut o, int p)
    {
        int plen = f.U8(p);
        if (f.Truncated) return -2;
        if (plen < 24 + 64) return -1;
        plen -= 24 + 64;
        if (plen > 152) return -1;
        int n = (plen + 7) / 8;
        var src = f.Bytes(p + 12, n);
        if (f.Truncated) return -2;
        o.Write("RD: "u8); RdPrint(ref f, o, p + 4); o.Write(", "u8);
        NsapPrefixPrint(o, src, plen);
        LabelPrint(ref f, o, p + 1);
        return 12 + n;
    }

    private static void NsapPrefixPrint(TextOut o, ReadOnlySpan<byte> src, int plen)
    {
        Span<byte> a = stackalloc byte[19];
        a.Clear();
        src.CopyTo(a);
        if (plen % 8 != 0) a[src.Length - 1] &= (byte)((0xff00 >> (plen % 8)) & 0xff);
        IsoNsap(o, a[..src.Length]);
        o.Char('/'); o.Dec(plen);
    }

    /// <summary>isonsap_string: hex, a dot after the first byte and then after every second one.</summary>
    private static void IsoNsap(TextOut o, ReadOnlySpan<byte> nsap)
    {
        if (nsap.Length < 1 || nsap.Length > 20) { o.Write("isonsap_string: illegal length"u8); return; }
        for (int i = 0; i < nsap.Length; i++)
        {
            o.Hex2(nsap[i]);
            if ((i & 1) == 0 && i + 1 < nsap.Length) o.Char('.');
        }
    }

    // ---- NOTIFICATION, ROUTE-REFRESH ----------------------------------------------------------

    private static void NotificationPrint(ref Frame f, int dat, int length)
    {
        var o = f.Out;
        if (!f.Has(dat, NotificationSize)) { f.PrintTrunc(); return; }
        if (length < NotificationSize) return;
        int major = f.U8(dat + 19);
        int minor = f.U8(dat + 20);
        o.Write(", "u8); NotifyMajor.Print(o, (uint)major, "Unknown Error");
        o.Write(" ("u8); o.Dec(major); o.Char(')');
        Tok? minors = major switch
        {
            1 => NotifyMinorMsg,
            2 => NotifyMinorOpen,
            3 => NotifyMinorUpdate,
            5 => NotifyMinorFsm,
            6 => NotifyMinorCease,
            7 => NotifyMinorCap,
            _ => null,
        };
        if (minors == null) return;
        o.Write(major == 5 || major == 7 ? " subcode "u8 : ", subcode "u8);
        minors.Print(o, (uint)minor, "Unknown");
        o.Write(" ("u8); o.Dec(minor); o.Char(')');
        if (major != 6) return;

        int t = dat + NotificationSize;
        // RFC 4486: maximum-prefix may carry AFI, SAFI and the limit.
        if (minor == 1 && length >= NotificationSize + 7)
        {
            uint afi = f.U16(t);
            uint safi = f.U8(t + 2);
            uint max = f.U32(t + 3);
            if (f.Truncated) return;
            o.Write(", "u8); AfiSafi(o, afi, safi);
            o.Write(", Max Prefixes: "u8); o.Dec(max);
        }
        // RFC 9003: a shutdown communication for humans.
        if ((minor == 2 || minor == 4) && length >= NotificationSize + 1)
        {
            int commLength = f.U8(t);
            if (f.Truncated) return;
            byte remainder = 0;   // a byte in tcpdump too
            if (commLength > length - (NotificationSize + 1))
                o.Write(", invalid Shutdown Communication length"u8);
            else if (commLength == 0)
            {
                o.Write(", empty Shutdown Communication"u8);
                remainder += 1;
            }
            else
            {
                o.Write(", Shutdown Communication (length: "u8); o.Dec(commLength); o.Write("): \""u8);
                for (int i = 0; i < commLength; i++)
                {
                    int c = f.U8(t + 1 + i);
                    if (f.Truncated) return;
                    CharPrint(o, (byte)c);
                }
                o.Char('"');
                remainder = (byte)(remainder + commLength + 1);
            }
            int trailing = length - (remainder + NotificationSize);
            if (trailing != 0)
            {
                o.Write(", Data: (length: "u8); o.Dec((uint)trailing); o.Char(')');
                HexDump.Hex(ref f, "\n\t\t"u8, t + remainder, trailing);
            }
        }
    }

    /// <summary>fn_print_char: M- for the high bit, ^ for control characters.</summary>
    private static void CharPrint(TextOut o, byte c)
    {
        if (c >= 0x80) { c &= 0x7f; o.Write("M-"u8); }
        if (c < 0x20 || c == 0x7f) { c ^= 0x40; o.Char('^'); }
        o.Char(c);
    }

    private static void RouteRefreshPrint(ref Frame f, int p, int len)
    {
        var o = f.Out;
        if (!f.Has(p, RouteRefreshSize)) { f.PrintTrunc(); return; }
        if (len < RouteRefreshSize) return;
        o.Write("\n\t  "u8); AfiSafi(o, f.U16(p + 19), f.U8(p + 22));
        if (f.Opt.Verbose > 1)
        {
            if (!f.Has(p, len)) { f.PrintTrunc(); return; }
            HexDump.UnknownData(ref f, p, "\n\t  "u8, len);
        }
    }

    // ---- common pieces ------------------------------------------------------------------------

    /// <summary>as_printf: plain, or "high.low" (asdot) with -b for 4-byte numbers.</summary>
    private static void AsPrint(ref Frame f, TextOut o, uint asn)
    {
        if (!f.Opt.AsDot || asn <= 0xffff) { o.Dec(asn); return; }
        o.Dec(asn >> 16); o.Char('.'); o.Dec(asn & 0xffff);
    }

    /// <summary>bgp_vpn_rd_print (RFC 4364 route distinguisher); the caller checked the 8 bytes.</summary>
    internal static void RdPrint(ref Frame f, TextOut o, int p)
    {
        switch (f.U16(p))
        {
            case 0:   // 2-byte AS : number
                o.Dec(f.U16(p + 2)); o.Char(':'); o.Dec(f.U32(p + 4));
                o.Write(" (= "u8); DottedPrint(ref f, o, p + 4); o.Char(')');
                break;
            case 1:   // IPv4 address : number
                DottedPrint(ref f, o, p + 2); o.Char(':'); o.Dec(f.U16(p + 6));
                break;
            case 2:   // 4-byte AS : number
                AsPrint(ref f, o, f.U32(p + 2)); o.Char(':'); o.Dec(f.U16(p + 6));
                o.Write(" ("u8); DottedPrint(ref f, o, p + 2); o.Char(':'); o.Dec(f.U16(p + 6)); o.Char(')');
                break;
            default:
                o.Write("unknown RD format"u8);
                break;
        }
    }

    /// <summary>Four bytes as %u.%u.%u.%u (never a host name).</summary>
    private static void DottedPrint(ref Frame f, TextOut o, int p)
    {
        var a = f.Bytes(p, 4);
        if (!a.IsEmpty) o.IPv4(a);
    }

    private static bool Ip4(ref Frame f, TextOut o, int p)
    {
        var a = f.Bytes(p, 4);
        if (f.Truncated) return false;
        f.Ctx.Names.IPv4(o, a);
        return true;
    }

    private static bool Ip6(ref Frame f, TextOut o, int p)
    {
        var a = f.Bytes(p, 16);
        if (f.Truncated) return false;
        f.Ctx.Names.IPv6(o, a);
        return true;
    }
}
