namespace Wirecap.Print;

/// <summary>
/// IGMP (print-igmp.c; v1 RFC 1112, v2 RFC 2236, v3 RFC 3376), with mtrace, and handing DVMRP and
/// PIMv1, which share its header, to their printers.
/// </summary>
public static class Igmp
{
    private static readonly Tok V3RecordTypes = new((1, "is_in"), (2, "is_ex"), (3, "to_in"), (4, "to_ex"),
        (5, "allow"), (6, "block"));

    /// <summary>igmp_print: bp/len the IGMP message.</summary>
    public static void Print(ref Frame f, int bp, int len)
    {
        f.Proto = "igmp";
        var o = f.Out;
        if (f.Opt.Quiet) { o.Write("igmp"u8); return; }
        int type = f.U8(bp);
        if (f.Truncated) return;
        switch (type)
        {
            case 0x11:
                o.Write("igmp query"u8);
                if (len >= 12) V3QueryPrint(ref f, bp, len);
                else
                {
                    int maxResp = f.U8(bp + 1);
                    if (f.Truncated) return;
                    if (maxResp != 0)
                    {
                        o.Write(" v2"u8);
                        if (maxResp != 100) { o.Write(" [max resp time "u8); o.Dec(maxResp); o.Char(']'); }
                    }
                    else o.Write(" v1"u8);
                    uint group = f.U32(bp + 4);
                    if (f.Truncated) return;
                    if (group != 0) { o.Write(" [gaddr "u8); f.Ctx.Names.IPv4(o, f.Data.Slice(bp + 4, 4)); o.Char(']'); }
                    if (len != 8) { o.Write(" [len "u8); o.Dec((uint)len); o.Char(']'); }
                }
                break;
            case 0x12:
                {
                    var group = f.Bytes(bp + 4, 4);
                    if (f.Truncated) return;
                    o.Write("igmp v1 report "u8); f.Ctx.Names.IPv4(o, group);
                    if (len != 8) { o.Write(" [len "u8); o.Dec((uint)len); o.Char(']'); }
                    break;
                }
            case 0x16:
            case 0x17:
                {
                    var group = f.Bytes(bp + 4, 4);
                    if (f.Truncated) return;
                    o.Write(type == 0x16 ? "igmp v2 report "u8 : "igmp leave "u8); f.Ctx.Names.IPv4(o, group);
                    break;
                }
            case 0x22:
                o.Write("igmp v3 report"u8);
                V3ReportPrint(ref f, bp, len);
                break;
            case 0x13:
                o.Write("igmp dvmrp"u8);
                if (len < 8) { o.Write(" [len "u8); o.Dec((uint)len); o.Char(']'); }
                else Dvmrp.Print(ref f, bp, len);
                break;
            case 0x14:
                o.Write("igmp pimv1"u8);
                Pim.PrintV1(ref f, bp, len);
                break;
            case 0x1e:
                MtracePrint(ref f, "mresp"u8, bp, len);
                break;
            case 0x1f:
                MtracePrint(ref f, "mtrace"u8, bp, len);
                break;
            default:
                o.Write("igmp-"u8); o.Dec(type);
                break;
        }
        if (f.Truncated) return;
        if (f.Opt.Verbose > 0 && len >= 4 && f.Has(bp, len) && Checksum.Compute(f.Data.Slice(bp, len)) != 0)
        {
            o.Write(" bad igmp cksum "u8); o.Hex(f.U16(bp + 2)); o.Char('!');
        }
    }

    /// <summary>Multicast traceroute query or response: query ID, source, destination, reply address.</summary>
    private static void MtracePrint(ref Frame f, ReadOnlySpan<byte> name, int bp, int len)
    {
        var o = f.Out;
        if ((uint)len < 8 + 16) { o.Write(" [invalid len "u8); o.Dec((uint)len); o.Char(']'); return; }
        int tr = bp + 8;
        uint qid = f.U24(tr + 13);
        var src = f.Bytes(tr, 4);
        var dst = f.Bytes(tr + 4, 4);
        var reply = f.Bytes(tr + 8, 4);
        if (f.Truncated) return;
        o.Write(name); o.Char(' '); o.Dec(qid); o.Write(": "u8); f.Ctx.Names.IPv4(o, src);
        o.Write(" to "u8); f.Ctx.Names.IPv4(o, dst); o.Write(" reply-to "u8); f.Ctx.Names.IPv4(o, reply);
        if ((reply[0] & 0xf0) == 0xe0)
        {
            int ttl = f.U8(tr + 12);
            if (f.Truncated) return;
            o.Write(" with-ttl "u8); o.Dec(ttl);
        }
    }

    private static void V3ReportPrint(ref Frame f, int bp, int len)
    {
        var o = f.Out;
        if (len < 16 || (len & 3) != 0) { o.Write(" [invalid len "u8); o.Dec((uint)len); o.Char(']'); return; }
        int ngroups = f.U16(bp + 6);
        if (f.Truncated) return;
        o.Write(", "u8); o.Dec(ngroups); o.Write(" group record(s)"u8);
        if (f.Opt.Verbose == 0) return;
        long group = 8;
        for (int i = 0; i < ngroups; i++)
        {
            if (len < group + 8) { o.Write(" [invalid number of groups]"u8); return; }
            int g = (int)group;
            var gaddr = f.Bytes(bp + g + 4, 4);
            if (f.Truncated) return;
            o.Write(" [gaddr "u8); f.Ctx.Names.IPv4(o, gaddr);
            int recType = f.U8(bp + g);
            if (f.Truncated) return;
            o.Char(' '); V3RecordTypes.Print(o, (uint)recType, " [v3-report-#%u]");
            int nsrcs = f.U16(bp + g + 2);
            if (f.Truncated) return;
            if (len < group + 8 + ((long)nsrcs << 2)) { o.Write(" [invalid number of sources "u8); o.Dec(nsrcs); o.Char(']'); return; }
            if (f.Opt.Verbose == 1) { o.Write(", "u8); o.Dec(nsrcs); o.Write(" source(s)"u8); }
            else
            {
                o.Write(" {"u8);
                for (int j = 0; j < nsrcs; j++)
                {
                    var s = f.Bytes(bp + g + 8 + (j << 2), 4);
                    if (f.Truncated) return;
                    o.Char(' '); f.Ctx.Names.IPv4(o, s);
                }
                o.Write(" }"u8);
            }
            group += 8 + ((long)nsrcs << 2);
            o.Char(']');
        }
    }

    private static void V3QueryPrint(ref Frame f, int bp, int len)
    {
        var o = f.Out;
        o.Write(" v3"u8);
        if ((len & 3) != 0) { o.Write(" [invalid len "u8); o.Dec((uint)len); o.Char(']'); return; }
        int mrc = f.U8(bp + 1);
        if (f.Truncated) return;
        // Max resp code: below 128 tenths of a second, else a floating-point form (exponent, mantissa).
        uint mrt = mrc < 128 ? (uint)mrc : (uint)(((mrc & 0x0f) | 0x10) << (((mrc & 0x70) >> 4) + 3));
        if (mrc != 100)
        {
            o.Write(" [max resp time "u8);
            if (mrt < 600) { o.Dec(mrt / 10); o.Char('.'); o.Dec(mrt % 10); o.Char('s'); }
            else Dns.PrintRelativeTime(o, mrt / 10);
            o.Char(']');
        }
        uint group = f.U32(bp + 4);
        if (f.Truncated || group == 0) return;
        o.Write(" [gaddr "u8); f.Ctx.Names.IPv4(o, f.Data.Slice(bp + 4, 4));
        int nsrcs = f.U16(bp + 10);
        if (f.Truncated) return;
        if (nsrcs > 0)
        {
            if (len < 12 + (nsrcs << 2)) o.Write(" [invalid number of sources]"u8);
            else if (f.Opt.Verbose > 1)
            {
                o.Write(" {"u8);
                for (int i = 0; i < nsrcs; i++)
                {
                    var s = f.Bytes(bp + 12 + (i << 2), 4);
                    if (f.Truncated) return;
                    o.Char(' '); f.Ctx.Names.IPv4(o, s);
                }
                o.Write(" }"u8);
            }
            else { o.Write(", "u8); o.Dec(nsrcs); o.Write(" source(s)"u8); }
        }
        o.Char(']');
    }
}
