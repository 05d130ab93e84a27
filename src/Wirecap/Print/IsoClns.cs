using static Wirecap.Print.IsoClnsTables;

namespace Wirecap.Print;

/// <summary>
/// OSI connectionless network protocols (print-isoclns.c): the NLPID dispatch, CLNP (ISO 8473) and
/// ES-IS (ISO 9542). IS-IS is in <see cref="Isis"/>.
/// <code>
/// CLNP fixed part:
/// +-------+----+-------+----------+------+-------------+----------+
/// | NLPID | LI | vers. | lifetime | type | segment len | checksum |  then dst len, dst NSAP,
/// +-------+----+-------+----------+------+-------------+----------+  src len, src NSAP, [segment part], options
/// ES-IS fixed part:
/// +-------+----+-------+----------+------+-------------+----------+
/// | NLPID | LI | vers. | reserved | type | holding time| checksum |
/// +-------+----+-------+----------+------+-------------+----------+
/// </code>
/// </summary>
public static class IsoClns
{
    private const int ClnpHeaderSize = 9, ClnpSegmentSize = 6, EsisHeaderSize = 9;
    private const int ClnpSegmentPart = 0x80;
    private const int ClnpPduEr = 1, ClnpPduErp = 31;

    /// <summary>isoclns_print: the PDU at p, by its NLPID.</summary>
    public static void Print(ref Frame f, int p, int length)
    {
        f.Proto = "isoclns";
        var o = f.Out;
        bool e = f.Opt.LinkHeader;
        int nlpid = f.U8(p);
        if (f.Truncated) return;
        if (e)
        {
            o.Write("OSI NLPID "u8); Nlpid.Print(o, (uint)nlpid, "Unknown");
            o.Write(" (0x"u8); o.Hex2((byte)nlpid); o.Write("): "u8);
        }
        switch (nlpid)
        {
            case NlpidClnp:
                if (!ClnpPrint(ref f, p, length)) UnknownData(ref f, p, "\n\t"u8, length);
                break;
            case NlpidEsis:
                EsisPrint(ref f, p, length);
                break;
            case NlpidIsis:
                if (!Isis.Print(ref f, p, length)) UnknownData(ref f, p, "\n\t"u8, length);
                break;
            case NlpidNullns:
                o.Write(e ? ""u8 : ", "u8); o.Write("length: "u8); o.Dec((uint)length);
                break;
            case NlpidQ933:
                Q933.Print(ref f, p + 1, length - 1);
                break;
            case NlpidIp:
                Ip.Print(ref f, p + 1, length - 1);
                break;
            case NlpidIp6:
                Ip6.Print(ref f, p + 1, length - 1);
                break;
            case IsoClnsTables.NlpidPpp:
                Ppp.Print(ref f, p + 1, length - 1);
                break;
            default:
                if (!e) { o.Write("OSI NLPID 0x"u8); o.Hex2((byte)nlpid); o.Write(" unknown"u8); }
                o.Write(e ? ""u8 : ", "u8); o.Write("length: "u8); o.Dec((uint)length);
                if ((uint)length > 1) UnknownData(ref f, p, "\n\t"u8, length);
                break;
        }
    }

    /// <summary>clnp_print: false when the caller should hex-dump the PDU. Error reports that carry the
    /// original PDU print it next, in a loop (tcpdump recurses).</summary>
    private static bool ClnpPrint(ref Frame f, int p, int length)
    {
        f.Proto = "clnp";
        var o = f.Out;
        bool first = true;
        while (true)
        {
            if (!f.Has(p, ClnpHeaderSize)) { f.PrintTrunc(); return true; }
            int optr = p;
            int li = f.U8(p + 1);
            int liRemaining = li;
            if (!f.Opt.LinkHeader) o.Write("CLNP"u8);

            int version = f.U8(p + 2);
            if (version != 1)
            {
                o.Write("version "u8); o.Dec((uint)version); o.Write(" packet not supported"u8);
                return first ? false : true;
            }
            if ((uint)li > (uint)length)
            {
                o.Write(" length indicator("u8); o.Dec((uint)li); o.Write(") > PDU size ("u8); o.Dec((uint)length); o.Write(")!"u8);
                return first ? false : true;
            }
            if (li < ClnpHeaderSize)
            {
                o.Write(" length indicator "u8); o.Dec((uint)li); o.Write(" < min PDU size:"u8);
                DumpToEnd(ref f, p);
                return first ? false : true;
            }
            int type = f.U8(p + 4);
            int pduType = type & 0x1f, flags = type & 0xe0;
            p += ClnpHeaderSize;
            liRemaining -= ClnpHeaderSize;

            if (liRemaining < 1) { o.Write("li < size of fixed part of CLNP header and addresses"u8); return !first; }
            int dstLen = f.U8(p);
            p++; liRemaining--;
            if (liRemaining < dstLen) { o.Write("li < size of fixed part of CLNP header and addresses"u8); return !first; }
            if (!f.Has(p, dstLen)) { f.PrintTrunc(); return true; }
            int dst = p;
            p += dstLen; liRemaining -= dstLen;

            if (liRemaining < 1) { o.Write("li < size of fixed part of CLNP header and addresses"u8); return !first; }
            int srcLen = f.U8(p);
            p++; liRemaining--;
            if (liRemaining < srcLen) { o.Write("li < size of fixed part of CLNP header and addresses"u8); return !first; }
            if (!f.Has(p, srcLen)) { f.PrintTrunc(); return true; }
            int src = p;
            p += srcLen; liRemaining -= srcLen;
            if (f.Truncated) return true;

            if (f.Opt.Verbose < 1)
            {
                if (!f.Opt.LinkHeader) o.Write(", "u8);
                Nsap(ref f, src, srcLen); o.Write(" > "u8); Nsap(ref f, dst, dstLen);
                o.Write(", "u8); ClnpPdu.Print(o, (uint)pduType, "unknown (%u)");
                o.Write(", length "u8); o.Dec((uint)length);
                return true;
            }
            if (!f.Opt.LinkHeader) o.Write(", "u8);
            o.Write("length "u8); o.Dec((uint)length);

            int lifetime = f.U8(optr + 3), segLen = f.U16(optr + 5), cksum = f.U16(optr + 7);
            o.Write("\n\t"u8); ClnpPdu.Print(o, (uint)pduType, "unknown (%u)");
            o.Write(" PDU, hlen: "u8); o.Dec((uint)li); o.Write(", v: "u8); o.Dec((uint)version);
            o.Write(", lifetime: "u8); o.Dec((uint)(lifetime / 2)); o.Char('.'); o.Dec((uint)(lifetime % 2 * 5));
            o.Write("s, Segment PDU length: "u8); o.Dec((uint)segLen);
            o.Write(", checksum: 0x"u8); o.Hex((uint)cksum, 4);
            OsiCksum(ref f, optr, cksum, 7, li);

            o.Write("\n\tFlags ["u8); ClnpFlags.Bits(o, (uint)flags, "none"); o.Char(']');
            o.Write("\n\tsource address (length "u8); o.Dec((uint)srcLen); o.Write("): "u8); Nsap(ref f, src, srcLen);
            o.Write("\n\tdest   address (length "u8); o.Dec((uint)dstLen); o.Write("): "u8); Nsap(ref f, dst, dstLen);

            if ((flags & ClnpSegmentPart) != 0)
            {
                if (liRemaining < ClnpSegmentSize)
                {
                    o.Write("li < size of fixed part of CLNP header, addresses, and segment part"u8);
                    return !first;
                }
                if (!f.Has(p, ClnpSegmentSize)) { f.PrintTrunc(); return true; }
                int duid = f.U16(p), segOff = f.U16(p + 2), total = f.U16(p + 4);
                o.Write("\n\tData Unit ID: 0x"u8); o.Hex((uint)duid, 4);
                o.Write(", Segment Offset: "u8); o.Dec((uint)segOff);
                o.Write(", Total PDU Length: "u8); o.Dec((uint)total);
                p += ClnpSegmentSize;
                liRemaining -= ClnpSegmentSize;
            }

            while (liRemaining != 0 && !f.Truncated)
            {
                if (liRemaining < 2) { o.Write(", bad opts/li"u8); return !first; }
                int op = f.U8(p), opli = f.U8(p + 1);
                p += 2; liRemaining -= 2;
                if (opli > liRemaining) { o.Write(", opt ("u8); o.Dec((uint)op); o.Write(") too long"u8); return !first; }
                if (!f.Has(p, opli)) { f.PrintTrunc(); return true; }
                liRemaining -= opli;
                int t = p, tlen = opli;
                o.Write("\n\t  "u8); ClnpOption.Print(o, (uint)op, "Unknown");
                o.Write(" Option #"u8); o.Dec((uint)op); o.Write(", length "u8); o.Dec((uint)opli); o.Write(", value: "u8);
                switch (op)
                {
                    case 203:
                    case 200:
                    {
                        if (tlen < 2) { o.Write(", bad opt len"u8); return !first; }
                        ClnpSrRr.Print(o, f.U8(t), "Unknown"); o.Char(' ');
                        ClnpSrRrString.Print(o, (uint)op, "Unknown Option %u");
                        int nsapOffset = f.U8(t + 1);
                        if (nsapOffset == 0) { o.Write(" Bad NSAP offset (0)"u8); break; }
                        nsapOffset -= 1;
                        if (nsapOffset > tlen) { o.Write(" Bad NSAP offset (past end of option)"u8); break; }
                        t += nsapOffset; tlen -= nsapOffset;
                        while (tlen > 0 && !f.Truncated)
                        {
                            int alen = f.U8(t);
                            if (tlen < alen + 1) { o.Write("\n\t    NSAP address goes past end of option"u8); break; }
                            if (alen > 0)
                            {
                                if (!f.Need(t + 1, alen)) break;
                                o.Write("\n\t    NSAP address (length "u8); o.Dec((uint)alen); o.Write("): "u8);
                                Nsap(ref f, t + 1, alen);
                            }
                            tlen -= alen + 1;
                            // (tcpdump does not advance here, so the same address repeats until tlen runs out)
                        }
                        break;
                    }
                    case 205:
                        if (tlen < 1) { o.Write(", bad opt len"u8); return !first; }
                        o.Write("0x"u8); o.Hex((uint)(f.U8(t) & 0x0f));
                        break;
                    case 195:
                    {
                        if (tlen < 1) { o.Write(", bad opt len"u8); return !first; }
                        int v = f.U8(t);
                        o.Write("\n\t    Format Code: "u8); ClnpOptionScope.Print(o, (uint)(v & 0xc0), "Reserved");
                        if ((v & 0xc0) == 0xc0) { o.Write("\n\t    QoS Flags ["u8); ClnpQosGlobal.Bits(o, (uint)(v & 0x3f), "none"); o.Char(']'); }
                        break;
                    }
                    case 197:
                    {
                        if (tlen < 2) { o.Write(", bad opt len"u8); return !first; }
                        int v = f.U8(t), level = f.U8(t + 1);
                        o.Write("\n\t    Format Code: "u8); ClnpOptionScope.Print(o, (uint)(v & 0xc0), "Reserved");
                        o.Write(", Security-Level "u8); o.Dec((uint)level);
                        break;
                    }
                    case 193:
                    {
                        if (tlen < 1) { o.Write(", bad opt len"u8); return !first; }
                        int rfd = f.U8(t);
                        int major = (rfd & 0xf0) >> 4, minor = rfd & 0x0f;
                        o.Write("\n\t    Class: "u8); ClnpRfdClass.Print(o, (uint)major, "Unknown");
                        o.Write(" Error (0x"u8); o.Hex((uint)major); o.Write("), "u8);
                        RfdErrorClass(major).Print(o, (uint)minor, "Unknown");
                        o.Write(" (0x"u8); o.Hex((uint)minor); o.Char(')');
                        break;
                    }
                    case 204:
                        o.Write("padding data"u8);
                        break;
                    default:
                        UnknownData(ref f, t, "\n\t  "u8, opli);
                        break;
                }
                if (f.Opt.Verbose > 1) UnknownData(ref f, p, "\n\t  "u8, opli);
                p += opli;
            }
            if (f.Truncated) return true;

            if (pduType == ClnpPduEr || pduType == ClnpPduErp)
            {
                int next = f.U8(p);
                if (f.Truncated) return true;
                if (next == NlpidClnp)
                {
                    o.Write("\n\t-----original packet-----\n\t"u8);
                    length -= li;
                    first = false;
                    continue;
                }
            }
            if ((uint)length > (uint)(p - optr))
            {
                o.Write("\n\t  undecoded non-header data, length "u8); o.Dec((uint)(length - li));
                UnknownData(ref f, p, "\n\t  "u8, length - (p - optr));
            }
            return true;
        }
    }

    /// <summary>esis_print.</summary>
    private static void EsisPrint(ref Frame f, int p, int length)
    {
        f.Proto = "esis";
        var o = f.Out;
        if (!f.Opt.LinkHeader) o.Write("ES-IS"u8);
        if ((uint)length <= 2)
        {
            o.Write(f.Opt.Quiet ? "bad pkt!"u8 : "no header at all!"u8);
            return;
        }
        if (!f.Has(p, EsisHeaderSize)) { f.PrintTrunc(); return; }
        int li = f.U8(p + 1);
        int optr = p;
        int nlpid = f.U8(p);
        if (nlpid != NlpidEsis)
        {
            o.Write(" nlpid 0x"u8); o.Hex2((byte)nlpid); o.Write(" packet not supported"u8);
            return;
        }
        int version = f.U8(p + 2);
        if (version != 1)
        {
            o.Write(" version "u8); o.Dec((uint)version); o.Write(" packet not supported"u8);
            return;
        }
        if ((uint)li > (uint)length)
        {
            o.Write(" length indicator("u8); o.Dec((uint)li); o.Write(") > PDU size ("u8); o.Dec((uint)length); o.Write(")!"u8);
            return;
        }
        if (li < EsisHeaderSize + 2)
        {
            o.Write(" length indicator "u8); o.Dec((uint)li); o.Write(" < min PDU size:"u8);
            DumpToEnd(ref f, p);
            return;
        }
        int pduType = f.U8(p + 4) & 0x1f;
        if (f.Opt.Verbose < 1)
        {
            if (!f.Opt.LinkHeader) o.Write(", "u8);
            EsisPdu.Print(o, (uint)pduType, "unknown type (%u)");
            o.Write(", length "u8); o.Dec((uint)length);
            return;
        }
        if (!f.Opt.LinkHeader) o.Write(", "u8);
        o.Write("length "u8); o.Dec((uint)length);
        o.Write("\n\t"u8); EsisPdu.Print(o, (uint)pduType, "unknown type: %u");
        o.Write(" ("u8); o.Dec((uint)pduType); o.Char(')');
        o.Write(", v: "u8); o.Dec((uint)version);
        int cksum = f.U16(p + 7);
        o.Write(", checksum: 0x"u8); o.Hex((uint)cksum, 4);
        OsiCksum(ref f, p, cksum, 7, li);
        int hold = f.U16(p + 5);
        o.Write(", holding time: "u8); o.Dec((uint)hold); o.Write("s, length indicator: "u8); o.Dec((uint)li);
        if (f.Opt.Verbose > 1) UnknownData(ref f, optr, "\n\t"u8, EsisHeaderSize);

        p += EsisHeaderSize;
        li -= EsisHeaderSize;

        switch (pduType)
        {
            case 6:
            {
                if (!f.Has(p, 1)) { f.PrintTrunc(); return; }
                if (li < 1) { o.Write(", bad redirect/li"u8); return; }
                int dstl = f.U8(p);
                p++; li--;
                if (!f.Has(p, dstl)) { f.PrintTrunc(); return; }
                if (li < dstl) { o.Write(", bad redirect/li"u8); return; }
                int dst = p;
                p += dstl; li -= dstl;
                o.Write("\n\t  "u8); Nsap(ref f, dst, dstl);

                if (!f.Has(p, 1)) { f.PrintTrunc(); return; }
                if (li < 1) { o.Write(", bad redirect/li"u8); return; }
                int snpal = f.U8(p);
                p++; li--;
                if (!f.Has(p, snpal)) { f.PrintTrunc(); return; }
                if (li < snpal) { o.Write(", bad redirect/li"u8); return; }
                int snpa = p;
                p += snpal; li -= snpal;
                if (!f.Has(p, 1)) { f.PrintTrunc(); return; }
                if (li < 1) { o.Write(", bad redirect/li"u8); return; }
                int netal = f.U8(p);
                p++;
                if (!f.Has(p, netal)) { f.PrintTrunc(); return; }
                if (li < netal) { o.Write(", bad redirect/li"u8); return; }
                int neta = p;
                p += netal; li -= netal;

                o.Write("\n\t  SNPA (length: "u8); o.Dec((uint)snpal); o.Write("): "u8);
                if (snpal == 6) f.Ctx.Names.Mac(o, f.Bytes(snpa, 6));
                else LinkAddr(o, f.Bytes(snpa, snpal), snpal);
                if (netal != 0)
                {
                    o.Write("\n\t  NET (length: "u8); o.Dec((uint)netal); o.Write(") "u8);
                    Nsap(ref f, neta, netal);
                }
                break;
            }
            case 2:
            {
                if (!f.Has(p, 1)) { f.PrintTrunc(); return; }
                if (li < 1) { o.Write(", bad esh/li"u8); return; }
                int count = f.U8(p);
                p++; li--;
                o.Write("\n\t  Number of Source Addresses: "u8); o.Dec((uint)count);
                while (count > 0)
                {
                    if (!f.Has(p, 1)) { f.PrintTrunc(); return; }
                    if (li < 1) { o.Write(", bad esh/li"u8); return; }
                    int alen = f.U8(p);
                    p++; li--;
                    if (!f.Has(p, alen)) { f.PrintTrunc(); return; }
                    if (li < alen) { o.Write(", bad esh/li"u8); return; }
                    o.Write("\n\t  NET (length: "u8); o.Dec((uint)alen); o.Write("): "u8); Nsap(ref f, p, alen);
                    p += alen; li -= alen;
                    count--;
                }
                break;
            }
            case 4:
            {
                if (!f.Has(p, 1)) { f.PrintTrunc(); return; }
                if (li < 1) { o.Write(", bad ish/li"u8); return; }
                int alen = f.U8(p);
                p++; li--;
                if (!f.Has(p, alen)) { f.PrintTrunc(); return; }
                if (li < alen) { o.Write(", bad ish/li"u8); return; }
                o.Write("\n\t  NET (length: "u8); o.Dec((uint)alen); o.Write("): "u8); Nsap(ref f, p, alen);
                p += alen; li -= alen;
                break;
            }
            default:
                if (f.Opt.Verbose <= 1 && f.Has(p, 1)) UnknownData(ref f, p, "\n\t  "u8, f.Available(p));
                return;
        }

        while (li != 0 && !f.Truncated)
        {
            if (li < 2) { o.Write(", bad opts/li"u8); return; }
            int op = f.U8(p), opli = f.U8(p + 1);
            p += 2; li -= 2;
            if (opli > li) { o.Write(", opt ("u8); o.Dec((uint)op); o.Write(") too long"u8); return; }
            li -= opli;
            int t = p;
            o.Write("\n\t  "u8); EsisOption.Print(o, (uint)op, "Unknown");
            o.Write(" Option #"u8); o.Dec((uint)op); o.Write(", length "u8); o.Dec((uint)opli); o.Write(", value: "u8);
            switch (op)
            {
                case 198:
                    if (opli == 2)
                    {
                        if (!f.Has(p, 2)) { f.PrintTrunc(); return; }
                        o.Dec((uint)f.U16(t)); o.Char('s');
                    }
                    else o.Write("(bad length)"u8);
                    break;
                case 129:
                    // (tcpdump counts opli down here, so no -vv dump follows and the next option starts
                    // inside this one)
                    for (; opli > 0 && !f.Truncated; opli--, t++)
                    {
                        int id = f.U8(t);
                        Nlpid.Print(o, (uint)id, "unknown"); o.Write(" (0x"u8); o.Hex2((byte)id); o.Char(')');
                        if (opli > 1) o.Write(", "u8);
                    }
                    break;
                default:
                    UnknownData(ref f, t, "\n\t  "u8, opli);
                    break;
            }
            if (f.Opt.Verbose > 1) UnknownData(ref f, p, "\n\t  "u8, opli);
            p += opli;
        }
    }

    /// <summary>The "< min PDU size:" dump: every captured byte left, as %02X.</summary>
    private static void DumpToEnd(ref Frame f, int p)
    {
        for (; p < f.End; p++)
        {
            byte b = f.Data[p];
            f.Out.Char((byte)"0123456789ABCDEF"[b >> 4]);
            f.Out.Char((byte)"0123456789ABCDEF"[b & 0xf]);
        }
    }

    /// <summary>osi_print_cksum: " (unverified)", " (correct)" or " (incorrect should be 0x....)".</summary>
    internal static void OsiCksum(ref Frame f, int p, int checksum, int offset, int length)
    {
        var o = f.Out;
        if (checksum == 0 || offset < 0 || !f.Has(p + offset, 2) || (uint)offset > (uint)length || !f.Has(p, length))
        {
            o.Write(" (unverified)"u8);
            return;
        }
        ushort calc = CreateOsiCksum(f.Data.Slice(p, length), offset);
        if (checksum == calc) o.Write(" (correct)"u8);
        else { o.Write(" (incorrect should be 0x"u8); o.Hex(calc, 4); o.Char(')'); }
    }

    /// <summary>create_osi_cksum: the Fletcher checksum ISO 8473 defines, with the checksum field taken as zero.</summary>
    private static ushort CreateOsiCksum(ReadOnlySpan<byte> data, int offset)
    {
        uint c0 = 0, c1 = 0;
        for (int i = 0; i < data.Length; i++)
        {
            if (i != offset && i != offset + 1) c0 += data[i];
            c1 += c0;
        }
        c0 %= 255;
        c1 %= 255;
        uint mul = (uint)(data.Length - offset) * c0;
        int x = (int)(mul - c0 - c1);
        int y = (int)(c1 - mul - 1);
        if (y >= 0) y++;
        if (x < 0) x--;
        x %= 255;
        y %= 255;
        if (x == 0) x = 255;
        if (y == 0) y = 255;
        y &= 0xff;
        return (ushort)((x << 8) | y);
    }

    /// <summary>GET_ISONSAP_STRING: the NSAP in hex with a dot after the first byte and every two after it.</summary>
    internal static void Nsap(ref Frame f, int p, int len)
    {
        var a = f.Bytes(p, len);
        if (f.Truncated) return;
        var o = f.Out;
        if (len < 1 || len > 20) { o.Write("isonsap_string: illegal length"u8); return; }
        for (int i = 0; i < len; i++)
        {
            o.Hex2(a[i]);
            if ((i & 1) == 0 && i + 1 < len) o.Char('.');
        }
    }

    /// <summary>linkaddr_string (LINKADDR_OTHER): colon-separated hex, or "&lt;empty&gt;".</summary>
    private static void LinkAddr(TextOut o, ReadOnlySpan<byte> a, int len)
    {
        if (len == 0) { o.Write("<empty>"u8); return; }
        if (a.Length != len) return;
        for (int i = 0; i < len; i++)
        {
            if (i > 0) o.Char(':');
            o.Hex2(a[i]);
        }
    }

    /// <summary>print_unknown_data: false when p is already past the captured data.</summary>
    internal static bool UnknownData(ref Frame f, int p, ReadOnlySpan<byte> indent, int len)
    {
        if (!f.Has(p, 0))
        {
            f.Out.Write(indent);
            f.Out.Write("Dissector error: print_unknown_data called with pointer past end of packet"u8);
            return false;
        }
        int avail = f.Available(p);
        if ((uint)avail < (uint)len) len = avail;
        HexDump.Hex(ref f, indent, p, len);
        return true;
    }
}
