namespace Wirecap.Print;

/// <summary>
/// ESP (print-esp.c, RFC 4303) without secrets: the SPI and sequence number. The payload is encrypted,
/// so nothing after them can be decoded.
/// </summary>
public static class Esp
{
    private const int HeaderLength = 8;     // SPI (4), sequence number (4)

    /// <summary>esp_print: the header at off; length is the IP payload length.</summary>
    public static void Print(ref Frame f, int off, int length)
    {
        f.Proto = "esp";
        var o = f.Out;
        // tcpdump wants at least one byte beyond the 8-byte header (the start of the payload).
        if (!f.Has(off, HeaderLength + 1)) { f.PrintTrunc(); return; }
        o.Write("ESP(spi=0x"u8); o.Hex(f.U32(off), 8);
        o.Write(",seq=0x"u8); o.Hex(f.U32(off + 4));
        o.Write("), length "u8); o.Dec((uint)length);
    }
}
