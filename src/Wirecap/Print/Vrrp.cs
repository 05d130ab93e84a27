namespace Wirecap.Print;

/// <summary>
/// VRRP (print-vrrp.c; v2 RFC 3768, v3 RFC 5798): version, type, router ID and priority, the
/// advertisement interval, then with -v the checksum, the virtual addresses and a v2 simple password.
/// </summary>
public static class Vrrp
{
    private const int Advertisement = 1, AuthSimple = 1;

    private static readonly Tok Types = new((Advertisement, "Advertisement"));
    private static readonly Tok AuthTypes = new((0, "none"), (AuthSimple, "simple"), (2, "ah"));

    /// <summary>vrrp_print: bp/len the message, ipOff its IP header, ttl its TTL or hop limit, ver 4 or 6.</summary>
    public static void Print(ref Frame f, int bp, int len, int ipOff, int ttl, int ver)
    {
        f.Proto = "vrrp";
        var o = f.Out;
        o.Write("VRRP"u8);
        int vt = f.U8(bp);
        if (f.Truncated) return;
        int version = vt >> 4;
        int type = vt & 0x0f;
        o.Char('v'); o.Dec(version); o.Write(", "u8); Types.Print(o, (uint)type, "unknown type (%u)");
        if (ttl != 255) { o.Write(", (ttl "u8); o.Dec(ttl); o.Char(')'); }
        if (version is < 2 or > 3 || type != Advertisement) return;
        int vrid = f.U8(bp + 1);
        int prio = f.U8(bp + 2);
        if (f.Truncated) return;
        o.Write(", vrid "u8); o.Dec(vrid); o.Write(", prio "u8); o.Dec(prio);

        int authType = 0;
        if (version == 2)
        {
            authType = f.U8(bp + 4);
            if (f.Truncated) return;
            o.Write(", authtype "u8); AuthTypes.Print(o, (uint)authType, null);
            int interval = f.U8(bp + 5);
            if (f.Truncated) return;
            o.Write(", intvl "u8); o.Dec(interval); o.Write("s, length "u8); o.Dec((uint)len);
        }
        else
        {
            // v3: a 12-bit maximum advertisement interval in centiseconds.
            int hi = f.U8(bp + 4);
            int lo = f.U8(bp + 5);
            if (f.Truncated) return;
            o.Write(", intvl "u8); o.Dec((hi & 0x0f) << 8 | lo); o.Write("cs, length "u8); o.Dec((uint)len);
        }
        if (f.Opt.Verbose == 0) return;

        int naddrs = f.U8(bp + 3);
        if (f.Truncated) return;
        if (f.Has(bp, len))
        {
            // v2 sums the message alone, v3 adds the IP pseudo-header.
            bool bad = version == 2
                ? Checksum.Compute(f.Data.Slice(bp, len)) != 0
                : PseudoHeader.Checksum(ref f, ipOff, bp, len, IpProto.Vrrp) != 0;
            if (bad)
            {
                int cksum = f.U16(bp + 6);
                if (f.Truncated) return;
                o.Write(", (bad vrrp cksum "u8); o.Hex((uint)cksum); o.Char(')');
            }
        }
        o.Write(", addrs"u8);
        if (naddrs > 1) { o.Char('('); o.Dec(naddrs); o.Char(')'); }
        o.Char(':');
        byte sep = (byte)' ';
        bp += 8;
        for (int i = 0; i < naddrs; i++)
        {
            var a = f.Bytes(bp, ver == 4 ? 4 : 16);
            if (f.Truncated) return;
            o.Char(sep);
            if (ver == 4) { f.Ctx.Names.IPv4(o, a); bp += 4; }
            else { f.Ctx.Names.IPv6(o, a); bp += 16; }
            sep = (byte)',';
        }
        if (version == 2 && authType == AuthSimple)
        {
            // RFC 2338 5.3.10: a password shorter than 8 bytes is zero-filled.
            o.Write(" auth \""u8);
            TextProto.PrintJnp(ref f, bp, 8);
            if (f.Truncated) return;
            o.Char('"');
        }
    }
}
