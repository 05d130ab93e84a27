namespace Wirecap.Print;

/// <summary>DVMRP (print-dvmrp.c, RFC 1075 and the mrouted extensions) inside an IGMP header of type 0x13.</summary>
public static class Dvmrp
{
    private const int Probe = 1, Report = 2, Neighbors = 4, Neighbors2 = 6, Prune = 7, Graft = 8, GraftAck = 9;

    private static readonly Tok Types = new((Probe, "Probe"), (Report, "Report"), (3, "Ask-neighbors(old)"),
        (Neighbors, "Neighbors(old)"), (5, "Ask-neighbors2"), (Neighbors2, "Neighbors2"), (Prune, "Prune"),
        (Graft, "Graft"), (GraftAck, "Graft-ACK"));

    private static void Invalid(TextOut o) => o.Write(" (invalid)"u8);

    /// <summary>dvmrp_print: bp/len the IGMP message (len is at least 8).</summary>
    public static void Print(ref Frame f, int bp, int len)
    {
        f.Proto = "dvmrp";
        var o = f.Out;
        int type = f.U8(bp + 1);
        if (f.Truncated) return;
        // The IGMP group field carries the version of a Neighbors2 reply.
        int ver = bp + 4;
        bp += 8; len -= 8;
        o.Char(' '); Types.Print(o, (uint)type, "[type %u]");
        switch (type)
        {
            case Probe:
                if (f.Opt.Verbose > 0) ProbePrint(ref f, bp, len);
                break;
            case Report:
                if (f.Opt.Verbose > 1) ReportPrint(ref f, bp, len);
                break;
            case Neighbors:
                NeighborsPrint(ref f, bp, len);
                break;
            case Neighbors2:
                {
                    int major = f.U8(ver + 3);
                    int minor = f.U8(ver + 2);
                    if (f.Truncated) return;
                    Neighbors2Print(ref f, bp, len, major, minor);
                    break;
                }
            case Prune:
            case Graft:
            case GraftAck:
                {
                    var src = f.Bytes(bp, 4);
                    var grp = f.Bytes(bp + 4, 4);
                    if (f.Truncated) return;
                    o.Write(" src "u8); f.Ctx.Names.IPv4(o, src); o.Write(" grp "u8); f.Ctx.Names.IPv4(o, grp);
                    if (type == Prune)
                    {
                        o.Write(" timer "u8);
                        uint timer = f.U32(bp + 8);
                        if (f.Truncated) return;
                        Dns.PrintRelativeTime(o, timer);
                    }
                    break;
                }
        }
    }

    /// <summary>Route reports: a 3-byte mask (the first byte implied 255), then origins of its width with metrics.</summary>
    private static void ReportPrint(ref Frame f, int bp, int len)
    {
        var o = f.Out;
        Span<byte> a = stackalloc byte[4];
        while (len > 0 && !f.Truncated)
        {
            if (len < 3) { o.Write(" [length "u8); o.Dec(len); o.Write(" < 3]"u8); Invalid(o); return; }
            var m = f.Bytes(bp, 3);
            if (f.Truncated) return;
            int width = 1;
            if (m[0] != 0) width = 2;
            if (m[1] != 0) width = 3;
            if (m[2] != 0) width = 4;
            a[0] = 0xff; a[1] = m[0]; a[2] = m[1]; a[3] = m[2];
            o.Write("\n\tMask "u8); o.IPv4(a);
            bp += 3; len -= 3;
            bool done;
            do
            {
                if (len < width + 1) { o.Write("\n\t  [Truncated Report]"u8); Invalid(o); return; }
                var origin = f.Bytes(bp, width + 1);
                if (f.Truncated) return;
                a.Clear();
                origin[..width].CopyTo(a);
                int metric = origin[width];
                done = (metric & 0x80) != 0;
                o.Write("\n\t  "u8); o.IPv4(a); o.Write(" metric "u8); o.Dec(metric & 0x7f);
                bp += width + 1; len -= width + 1;
            } while (!done);
        }
    }

    private static void ProbePrint(ref Frame f, int bp, int len)
    {
        var o = f.Out;
        if (len < 4) { o.Write(" [full length "u8); o.Dec(len); o.Write(" < 4]"u8); Invalid(o); return; }
        o.Write(f.Opt.Verbose > 1 ? "\n\t"u8 : " "u8);
        uint genid = f.U32(bp);
        if (f.Truncated) return;
        o.Write("genid "u8); o.Dec(genid);
        if (f.Opt.Verbose < 2) return;
        bp += 4; len -= 4;
        while (len > 0)
        {
            if (len < 4) { o.Write("[remaining length "u8); o.Dec(len); o.Write(" < 4]"u8); Invalid(o); return; }
            var n = f.Bytes(bp, 4);
            if (f.Truncated) return;
            o.Write("\n\tneighbor "u8); f.Ctx.Names.IPv4(o, n);
            bp += 4; len -= 4;
        }
    }

    private static void NeighborsPrint(ref Frame f, int bp, int len)
    {
        var o = f.Out;
        while (len > 0)
        {
            if (len < 7) { o.Write(" [length "u8); o.Dec(len); o.Write(" < 7]"u8); Invalid(o); return; }
            int laddr = bp;
            int metric = f.U8(bp + 4), thresh = f.U8(bp + 5), ncount = f.U8(bp + 6);
            if (f.Truncated) return;
            bp += 7; len -= 7;
            while (--ncount >= 0)
            {
                if (len < 4) { o.Write(" [length "u8); o.Dec(len); o.Write(" < 4]"u8); Invalid(o); return; }
                var local = f.Bytes(laddr, 4);
                if (f.Truncated) return;
                o.Write(" ["u8); f.Ctx.Names.IPv4(o, local); o.Write(" ->"u8);
                var remote = f.Bytes(bp, 4);
                if (f.Truncated) return;
                o.Char(' '); f.Ctx.Names.IPv4(o, remote);
                o.Write(", ("u8); o.Dec(metric); o.Char('/'); o.Dec(thresh); o.Write(")]"u8);
                bp += 4; len -= 4;
            }
        }
    }

    private static void Neighbors2Print(ref Frame f, int bp, int len, int major, int minor)
    {
        var o = f.Out;
        o.Write(" (v "u8); o.Dec(major); o.Char('.'); o.Dec(minor); o.Write("):"u8);
        while (len > 0)
        {
            if (len < 8) { o.Write(" [length "u8); o.Dec(len); o.Write(" < 8]"u8); Invalid(o); return; }
            int laddr = bp;
            int metric = f.U8(bp + 4), thresh = f.U8(bp + 5), flags = f.U8(bp + 6), ncount = f.U8(bp + 7);
            if (f.Truncated) return;
            bp += 8; len -= 8;
            while (--ncount >= 0 && len > 0)
            {
                if (len < 4) { o.Write(" [length "u8); o.Dec(len); o.Write(" < 4]"u8); Invalid(o); return; }
                var local = f.Bytes(laddr, 4);
                if (f.Truncated) return;
                o.Write(" ["u8); f.Ctx.Names.IPv4(o, local); o.Write(" -> "u8);
                var remote = f.Bytes(bp, 4);
                if (f.Truncated) return;
                f.Ctx.Names.IPv4(o, remote);
                o.Write(" ("u8); o.Dec(metric); o.Char('/'); o.Dec(thresh);
                if ((flags & 0x01) != 0) o.Write("/tunnel"u8);
                if ((flags & 0x02) != 0) o.Write("/srcrt"u8);
                if ((flags & 0x40) != 0) o.Write("/querier"u8);
                if ((flags & 0x20) != 0) o.Write("/disabled"u8);
                if ((flags & 0x10) != 0) o.Write("/down"u8);
                o.Write(")]"u8);
                bp += 4; len -= 4;
            }
            if (ncount != -1) { o.Write(" [invalid ncount]"u8); Invalid(o); return; }
        }
    }
}
