namespace Wirecap.Print;

/// <summary>Raw IP link types, DLT_RAW / IPV4 / IPV6 (print-raw.c): no header, the version nibble picks the printer.</summary>
public static class RawIp
{
    public static void IfPrint(ref Frame f)
    {
        f.Proto = "raw";
        if (f.Opt.LinkHeader) f.Out.Write("ip: "u8);
        IpNPrint(ref f, 0, f.WireLength);
    }

    /// <summary>ipN_print: IPv4 or IPv6 by the first nibble.</summary>
    public static void IpNPrint(ref Frame f, int off, int length)
    {
        f.Proto = "ipn";
        if (length < 1)
        {
            f.Out.Write("truncated-ip "u8); f.Out.Dec(length);
            return;
        }
        int version = f.U8(off) & 0xF0;
        if (f.Truncated) return;
        switch (version)
        {
            case 0x40: Ip.Print(ref f, off, length); break;
            case 0x60: Ip6.Print(ref f, off, length); break;
            default: f.Out.Write("unknown ip "u8); f.Out.Dec(version >> 4); break;
        }
    }
}
