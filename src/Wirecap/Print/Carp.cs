namespace Wirecap.Print;

/// <summary>
/// CARP (print-carp.c): OpenBSD's redundancy protocol, which shares IP protocol 112 with VRRP and
/// is printed instead of it under -T carp.
/// </summary>
public static class Carp
{
    /// <summary>carp_print: bp/len the message, ttl the IP TTL or hop limit.</summary>
    public static void Print(ref Frame f, int bp, int len, int ttl)
    {
        f.Proto = "carp";
        var o = f.Out;
        int vt = f.U8(bp);
        if (f.Truncated) return;
        int version = vt >> 4, type = vt & 0x0f;
        o.Write("CARPv"u8); o.Dec(version); o.Write(type == 1 ? "-advertise "u8 : "-unknown "u8);
        o.Dec((uint)len); o.Write(": "u8);
        if (ttl != 255) { o.Write("[ttl="u8); o.Dec(ttl); o.Write("!] "u8); }
        if (version != 2 || type != 1) return;
        int vhid = f.U8(bp + 1), advbase = f.U8(bp + 5), advskew = f.U8(bp + 2), authlen = f.U8(bp + 3);
        if (f.Truncated) return;
        o.Write("vhid="u8); o.Dec(vhid); o.Write(" advbase="u8); o.Dec(advbase);
        o.Write(" advskew="u8); o.Dec(advskew); o.Write(" authlen="u8); o.Dec(authlen); o.Char(' ');
        if (f.Opt.Verbose > 0 && f.Has(bp, len) && Checksum.Compute(f.Data.Slice(bp, len)) != 0)
        {
            int cksum = f.U16(bp + 6);
            if (f.Truncated) return;
            o.Write(" (bad carp cksum "u8); o.Hex((uint)cksum); o.Write("!)"u8);
        }
        ulong counter = f.U64(bp + 8);
        if (f.Truncated) return;
        o.Write("counter="u8); o.Dec(counter);
    }
}
