namespace Wirecap.Print;

/// <summary>
/// IPsec Authentication Header (print-ah.c, RFC 4302).
/// <code>
/// +-------------+-------------+---------------------------+
/// | next header | payload len |   reserved (must be 0)    |
/// +-------------+-------------+---------------------------+
/// |            security parameters index (SPI)            |
/// +-------------------------------------------------------+
/// |                    sequence number                    |
/// +-------------------------------------------------------+
/// |          integrity check value (variable)             |
/// </code>
/// </summary>
public static class Ah
{
    private const int FixedLength = 12;

    /// <summary>ah_print: prints the header at off and returns its length (0 when truncated).</summary>
    public static int Print(ref Frame f, int off)
    {
        f.Proto = "ah";
        var o = f.Out;
        o.Write("AH"u8);
        // payload length counts 32-bit words, minus 2
        int ahLen = f.U8(off + 1);
        int hdrLen = (ahLen + 2) * 4;
        o.Char('(');
        if (f.Opt.Verbose > 0)
        {
            o.Write("length="u8); o.Dec((uint)ahLen); o.Char('('); o.Dec((uint)hdrLen); o.Write("-bytes),"u8);
        }
        int reserved = f.U16(off + 2);
        if (reserved != 0) { o.Write("reserved=0x"u8); o.Hex((uint)reserved); o.Write("[MustBeZero],"u8); }
        o.Write("spi=0x"u8); o.Hex(f.U32(off + 4), 8); o.Char(',');
        o.Write("seq=0x"u8); o.Hex(f.U32(off + 8)); o.Char(',');
        o.Write("icv=0x"u8);
        for (int p = off + FixedLength; p < off + hdrLen && !f.Truncated; p++) o.Hex2(f.U8(p));
        o.Write("): "u8);
        return f.Truncated ? 0 : hdrLen;
    }
}
