namespace Wirecap.Print;

/// <summary>
/// Ad hoc On-Demand Distance Vector routing (print-aodv.c, RFC 3561; UDP 654), with the IPv6
/// variants (the RFC layouts with 16-byte addresses, and the draft-01 message types 16-19).
/// <code>
/// RREQ: type | flags | reserved | hop count | RREQ id(4) | dst addr | dst seq(4) | orig addr | orig seq(4)
/// RREP: type | flags | prefix size | hop count | dst addr | dst seq(4) | orig addr | lifetime(4)
/// RERR: type | flags | reserved | dest count | { unreachable addr | seq(4) } * count
/// draft-01 IPv6: RREQ has id, dst seq, orig seq before both addresses; RREP has dst seq first.
/// extension after RREQ/RREP: type | length | data (type 1: hello interval(4) in ms)
/// </code>
/// tcpdump tests the J/R/G/D/U and R/A flag bits in the type byte, not the flags byte, so the
/// flags never show for well-formed messages; kept as it prints.
/// A message shorter than its fixed part prints " [|aodv]" and ends the AODV text.
/// </summary>
public static class Aodv
{
    public const int Port = 654;

    private const int Rreq = 1, Rrep = 2, Rerr = 3, RrepAck = 4;
    private const int V6Draft01Rreq = 16, V6Draft01Rrep = 17, V6Draft01Rerr = 18, V6Draft01RrepAck = 19;
    private const int ExtHello = 1;
    private const int ExtHeaderLength = 2, HelloLength = 6, RerrHeaderLength = 4;

    /// <summary>aodv_print: p is the UDP payload; v6 tells the RFC message layouts which address size to use.</summary>
    public static void Print(ref Frame f, int p, int length, bool v6)
    {
        f.Proto = "aodv";
        var o = f.Out;
        int type = f.U8(p);
        if (f.Truncated) return;
        o.Write(" aodv"u8);
        uint len = (uint)length;
        switch (type)
        {
            case Rreq: RreqPrint(ref f, p, len, v6 ? 16 : 4, draft: false); break;
            case Rrep: RrepPrint(ref f, p, len, v6 ? 16 : 4, draft: false); break;
            case Rerr: RerrPrint(ref f, p, len, v6 ? 16 : 4); break;
            case V6Draft01Rreq: RreqPrint(ref f, p, len, 16, draft: true); break;
            case V6Draft01Rrep: RrepPrint(ref f, p, len, 16, draft: true); break;
            case V6Draft01Rerr: RerrPrint(ref f, p, len, 16); break;
            case RrepAck:
            case V6Draft01RrepAck:
                o.Write(" rrep-ack "u8); o.Dec(len);
                break;
            default:
                o.Write(" type "u8); o.Dec(type); o.Char(' '); o.Dec(len);
                break;
        }
    }

    private static void Address(ref Frame f, int p, int size)
    {
        if (size == 4) f.Ctx.Names.IPv4(f.Out, f.Data.Slice(p, 4));
        else f.Ctx.Names.IPv6(f.Out, f.Data.Slice(p, 16));
    }

    /// <summary>A route request: 8 fixed bytes, two addresses and the two sequence numbers.</summary>
    private static void RreqPrint(ref Frame f, int p, uint length, int asize, bool draft)
    {
        var o = f.Out;
        int size = 16 + 2 * asize;
        if (!f.Has(p, size) || length < size) { f.PrintTrunc(); return; }
        int type = f.Data[p];
        // RFC layout: dst addr, dst seq, orig addr, orig seq; draft-01: dst seq, orig seq, dst addr, orig addr
        int da, ds, oa, os;
        if (draft) { ds = p + 8; os = p + 12; da = p + 16; oa = da + asize; }
        else { da = p + 8; ds = da + asize; oa = ds + 4; os = oa + asize; }

        o.Write(asize == 16 && !draft ? " v6 rreq "u8 : " rreq "u8); o.Dec(length); o.Char(' ');
        if ((type & 0x80) != 0) o.Write("[J]"u8);
        if ((type & 0x40) != 0) o.Write("[R]"u8);
        if ((type & 0x20) != 0) o.Write("[G]"u8);
        if ((type & 0x10) != 0) o.Write("[D]"u8);
        o.Write((type & 0x08) != 0 ? "[U] "u8 : " "u8);
        o.Write("hops "u8); o.Dec(f.Data[p + 3]);
        o.Write(" id 0x"u8); o.Hex(f.U32(p + 4), 8);
        o.Write("\n\tdst "u8); Address(ref f, da, asize);
        o.Write(" seq "u8); o.Dec(f.U32(ds));
        o.Write(" src "u8); Address(ref f, oa, asize);
        o.Write(" seq "u8); o.Dec(f.U32(os));
        ExtensionPrint(ref f, p + size, length - (uint)size);
    }

    /// <summary>A route reply: 4 fixed bytes, two addresses, the destination sequence number and the lifetime.</summary>
    private static void RrepPrint(ref Frame f, int p, uint length, int asize, bool draft)
    {
        var o = f.Out;
        int size = 12 + 2 * asize;
        if (!f.Has(p, size) || length < size) { f.PrintTrunc(); return; }
        int type = f.Data[p];
        // RFC layout: dst addr, dst seq, orig addr; draft-01: dst seq, dst addr, orig addr
        int da, ds, oa;
        if (draft) { ds = p + 4; da = p + 8; oa = da + asize; }
        else { da = p + 4; ds = da + asize; oa = ds + 4; }

        o.Write(" rrep "u8); o.Dec(length); o.Char(' ');
        if ((type & 0x80) != 0) o.Write("[R]"u8);
        o.Write((type & 0x40) != 0 ? "[A] "u8 : " "u8);
        o.Write("prefix "u8); o.Dec(f.Data[p + 2] & 0x1f);
        o.Write(" hops "u8); o.Dec(f.Data[p + 3]);
        o.Write("\n\tdst "u8); Address(ref f, da, asize);
        o.Write(" dseq "u8); o.Dec(f.U32(ds));
        o.Write(" src "u8); Address(ref f, oa, asize);
        o.Char(' '); o.Dec(f.U32(p + size - 4)); o.Write(" ms"u8);
        ExtensionPrint(ref f, p + size, length - (uint)size);
    }

    /// <summary>A route error: the header, then dest-count unreachable destinations.</summary>
    private static void RerrPrint(ref Frame f, int p, uint length, int asize)
    {
        var o = f.Out;
        if (!f.Has(p, RerrHeaderLength) || length < RerrHeaderLength) { f.PrintTrunc(); return; }
        int count = f.Data[p + 3];
        o.Write(" rerr "u8);
        if ((f.Data[p + 1] & 0x80) != 0) o.Write("[D]"u8);
        o.Write(" [items "u8); o.Dec(count); o.Write("] ["u8); o.Dec(length); o.Write("]:"u8);
        int d = p + RerrHeaderLength;
        uint left = length - RerrHeaderLength;
        int size = asize + 4;
        for (; count != 0; count--)
        {
            if (!f.Has(d, size) || left < size) { f.PrintTrunc(); return; }
            o.Write(" {"u8); Address(ref f, d, asize); o.Write("}("u8); o.Dec(f.U32(d + asize)); o.Char(')');
            d += size;
            left -= (uint)size;
        }
    }

    /// <summary>aodv_extension: one extension after an RREQ or RREP, when at least its header is left.</summary>
    private static void ExtensionPrint(ref Frame f, int p, uint length)
    {
        if (length < ExtHeaderLength) return;
        var o = f.Out;
        if (!f.Has(p, ExtHeaderLength)) { f.PrintTrunc(); return; }
        int type = f.Data[p], len = f.Data[p + 1];
        if (type == ExtHello)
        {
            if (!f.Has(p, HelloLength) || length < HelloLength) { f.PrintTrunc(); return; }
            if (len < 4) { o.Write("\n\text HELLO - bad length "u8); o.Dec(len); return; }
            o.Write("\n\text HELLO "u8); o.Dec(f.U32(p + 2)); o.Write(" ms"u8);
        }
        else
        {
            o.Write("\n\text "u8); o.Dec(type); o.Char(' '); o.Dec(len);
        }
    }
}
