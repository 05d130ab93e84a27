namespace Wirecap.Print;

/// <summary>
/// IPComp (print-ipcomp.c, RFC 3173): the compression parameter index. The payload is compressed,
/// so nothing after the header is decoded.
/// </summary>
public static class IpComp
{
    /// <summary>ipcomp_print: next header (1), flags (1), CPI (2).</summary>
    public static void Print(ref Frame f, int off)
    {
        f.Proto = "ipcomp";
        var o = f.Out;
        int cpi = f.U16(off + 2);
        if (f.Truncated) return;
        o.Write("IPComp(cpi=0x"u8); o.Hex((uint)cpi, 4); o.Char(')');
    }
}
