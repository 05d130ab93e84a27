namespace Wirecap.Print;

/// <summary>
/// The LBL white board, wb (print-wb.c), to UDP port 4567. Every packet starts with
/// <code>
/// +---------------------------------------------------------------+
/// |                      source site id                           |
/// |                      time stamp                               |
/// +-------------------------------+---------------+---------------+
/// |           version             |     type      |     flags     |
/// +-------------------------------+---------------+---------------+
/// </code>
/// and the type's body follows. A page is a (session id, page number) pair; drawing operations
/// (dops) are a timestamp, body length, flags, type and body, padded to four bytes.
/// </summary>
public static class Wb
{
    public const int Port = 4567;
    private const int HeaderLength = 12, PageIdLength = 8, IdOffLength = 8, PgStateLength = 16,
        IdLength = 28, RreqLength = 20, RrepLength = 20, PreqLength = 16, PrepLength = 4, DopLength = 16, DopHeaderLength = 8;

    private const int TypeDrawOp = 0, TypeId = 1, TypeRreq = 2, TypeRrep = 3, TypeKill = 4, TypePreq = 5, TypePrep = 7;
    private const int DopSkip = 14, DopHole = 15;

    private static readonly Tok DopTypes = new((2, "RECT"), (3, "LINE"), (4, "ML"), (5, "DEL"), (6, "XFORM"), (7, "ELL"),
        (8, "CHAR"), (9, "STR"), (10, "NOP"), (11, "PSCODE"), (12, "PSCOMP"), (13, "REF"), (DopSkip, "SKIP"), (DopHole, "HOLE"));

    /// <summary>wb_print: the packet at p, len bytes.</summary>
    public static void Print(ref Frame f, int p, int len)
    {
        f.Proto = "wb";
        var o = f.Out;
        if (len < HeaderLength) { o.Write(" (invalid)"u8); return; }
        if (!f.Need(p, HeaderLength)) return;
        len -= HeaderLength;
        if (f.U8(p + 11) != 0) o.Char('*');
        int type = f.U8(p + 10);
        int body = p + HeaderLength;
        bool ok;
        switch (type)
        {
            case TypeKill: o.Write(" wb-kill"u8); return;
            case TypeId: ok = IdPrint(ref f, body, len); break;
            case TypeRreq: ok = RreqPrint(ref f, body, len); break;
            case TypeRrep: ok = RrepPrint(ref f, body, len); break;
            case TypeDrawOp: ok = DrawOpPrint(ref f, body, len); break;
            case TypePreq: ok = PreqPrint(ref f, body, len); break;
            case TypePrep: ok = PrepPrint(ref f, body, len); break;
            default:
                o.Write(" wb-"u8); o.Dec(type); o.Char('!');
                ok = false;
                break;
        }
        if (!ok && !f.Truncated) o.Write(" (invalid)"u8);
    }

    /// <summary>
    /// An announcement: current slot and page, the maximum slot and page, then nid (site id,
    /// offset) pairs and the NUL-ended site name.
    /// <code>
    /// max slot | max page (8) | slot | page (8) | nid (16) | rsvd (16) | id/off pairs | site name
    /// </code>
    /// </summary>
    private static bool IdPrint(ref Frame f, int p, int len)
    {
        var o = f.Out;
        o.Write(" wb-id:"u8);
        if (len < IdLength) return false;
        len -= IdLength;
        if (!f.Need(p, 24)) return true;
        o.Char(' '); SlotPagePrint(ref f, p + 12, p + 16);
        o.Write(" (max "u8); SlotPagePrint(ref f, p, p + 4); o.Write(") "u8);
        if (!f.Need(p, IdLength)) return true;
        int nid = f.U16(p + 24);
        if (len < IdOffLength * nid) return false;
        len -= IdOffLength * nid;
        int io = p + IdLength;
        byte c = (byte)'<';
        for (int i = 0; i < nid; i++, io += IdOffLength)
        {
            if (!IdOffPrint(ref f, io, c)) return true;
            c = (byte)',';
        }
        o.Write("> \""u8);
        TextProto.PrintJnp(ref f, io, len);
        if (f.Truncated) return true;
        o.Char('"');
        return true;
    }

    /// <summary>"slot/site:page": a slot number at slot, a page id at page.</summary>
    private static void SlotPagePrint(ref Frame f, int slot, int page)
    {
        var o = f.Out;
        o.Dec(f.U32(slot)); o.Char('/');
        f.Ctx.Names.IPv4(o, f.Data.Slice(page, 4)); o.Char(':'); o.Dec(f.U32(page + 4));
    }

    /// <summary>"{c}site:offset" of one id_off pair; false when it was not captured.</summary>
    private static bool IdOffPrint(ref Frame f, int io, byte c)
    {
        if (!f.Need(io, IdOffLength)) return false;
        var o = f.Out;
        o.Char(c); f.Ctx.Names.IPv4(o, f.Data.Slice(io, 4)); o.Char(':'); o.Dec(f.U32(io + 4));
        return true;
    }

    /// <summary>A repair request: source id, page, start and end sequence numbers.</summary>
    private static bool RreqPrint(ref Frame f, int p, int len)
    {
        var o = f.Out;
        o.Write(" wb-rreq:"u8);
        if (len < RreqLength) return false;
        if (!f.Need(p, RreqLength)) return true;
        o.Write(" please repair "u8); f.Ctx.Names.IPv4(o, f.Data.Slice(p, 4));
        o.Char(' '); PageSeqPrint(ref f, p + 4);
        return true;
    }

    /// <summary>"site:page&lt;start:end&gt;" of a page id and the two sequence numbers after it.</summary>
    private static void PageSeqPrint(ref Frame f, int p)
    {
        var o = f.Out;
        f.Ctx.Names.IPv4(o, f.Data.Slice(p, 4)); o.Char(':'); o.Dec(f.U32(p + 4));
        o.Char('<'); o.Dec(f.U32(p + 8)); o.Char(':'); o.Dec(f.U32(p + 12)); o.Char('>');
    }

    /// <summary>A repair reply: the original site id, then drawing operations as in <see cref="DrawOpPrint"/>.</summary>
    private static bool RrepPrint(ref Frame f, int p, int len)
    {
        var o = f.Out;
        o.Write(" wb-rrep:"u8);
        if (len < RrepLength) return false;
        if (!f.Need(p, RrepLength)) return true;
        o.Write(" for "u8); f.Ctx.Names.IPv4(o, f.Data.Slice(p, 4));
        o.Char(' '); PageSeqPrint(ref f, p + 4);
        if (f.Opt.Verbose > 0) DopsPrint(ref f, p + 4);
        return true;
    }

    /// <summary>Drawing operations: page, start and end sequence numbers, then (with -v) the operations.</summary>
    private static bool DrawOpPrint(ref Frame f, int p, int len)
    {
        var o = f.Out;
        o.Write(" wb-dop:"u8);
        if (len < DopLength) return false;
        if (!f.Need(p, DopLength)) return true;
        o.Char(' '); PageSeqPrint(ref f, p);
        if (f.Opt.Verbose > 0) DopsPrint(ref f, p);
        return true;
    }

    /// <summary>
    /// wb_dops: one operation per sequence number from start to end; a SKIP or HOLE names the
    /// sequence number it skips to.
    /// </summary>
    private static void DopsPrint(ref Frame f, int dop)
    {
        var o = f.Out;
        uint ss = f.U32(dop + 8), es = f.U32(dop + 12);
        int dh = dop + DopLength;
        o.Write(" <"u8);
        for (; ss <= es; ++ss)
        {
            int t = f.U8(dh + 7);
            if (f.Truncated) return;
            o.Char(' '); DopTypes.Print(o, (uint)t, "dop-%u!");
            if (t is DopSkip or DopHole)
            {
                uint ts = f.U32(dh);
                if (f.Truncated) return;
                o.Dec(ts - ss + 1);
                if (ss > ts || ts > es)
                {
                    o.Write("[|]"u8);
                    if (ts < ss) return;
                }
                ss = ts;
            }
            int bodyLen = f.U16(dh + 4);
            if (f.Truncated) return;
            // An end of 0xffffffff never stops the count; the capture's end does.
            dh += (bodyLen + DopHeaderLength + 3) & ~3;
        }
        o.Write(" >"u8);
    }

    /// <summary>A page vector request: "need low/site:page".</summary>
    private static bool PreqPrint(ref Frame f, int p, int len)
    {
        var o = f.Out;
        o.Write(" wb-preq:"u8);
        if (len < PreqLength) return false;
        if (!f.Need(p, 12)) return true;
        o.Write(" need "u8); SlotPagePrint(ref f, p + 8, p);
        f.Need(p, PreqLength);
        return true;
    }

    /// <summary>A page vector reply: a count, then that many page states, each with its id/offset pairs.</summary>
    private static bool PrepPrint(ref Frame f, int p, int len)
    {
        var o = f.Out;
        o.Write(" wb-prep:"u8);
        if (len < PrepLength) return false;
        uint n = f.U32(p);
        if (f.Truncated) return true;
        int ps = p + PrepLength;
        while (n != 0)
        {
            if (!f.Need(ps, 12)) return true;
            o.Char(' '); SlotPagePrint(ref f, ps, ps + 4);
            if (!f.Need(ps, PgStateLength)) return true;
            // tcpdump reads only the first byte of the 16-bit count.
            int nid = f.U8(ps + 12);
            int io = ps + PgStateLength;
            byte c = (byte)'<';
            for (int i = 0; i < nid; i++, io += IdOffLength)
            {
                if (!IdOffPrint(ref f, io, c)) return true;
                c = (byte)',';
            }
            o.Char('>');
            ps = io;
            n--;
        }
        return true;
    }
}
