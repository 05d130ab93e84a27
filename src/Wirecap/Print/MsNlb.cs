namespace Wirecap.Print;

/// <summary>
/// Microsoft Network Load Balancing heartbeats (print-msnlb.c), EtherType 0x886f. The format is
/// undocumented; tcpdump shows three fields of the header and ignores the rest.
/// <code>
///  0          4          8                12           16          20
/// +----------+----------+----------------+------------+-----------+-----
/// | unknown  | unknown  | host priority  | cluster IP | host IP   | ...
/// +----------+----------+----------------+------------+-----------+-----
/// </code>
/// </summary>
public static class MsNlb
{
    public const int EtherTypeMsNlb = 0x886f;

    /// <summary>msnlb_print: the heartbeat at p; each field appears only once it was captured.</summary>
    public static void Print(ref Frame f, int p)
    {
        f.Proto = "msnlb";
        var o = f.Out;
        o.Write("MS NLB heartbeat"u8);
        uint priority = f.U32LE(p + 8);   // little-endian, unlike the rest of the Ethernet world
        if (f.Truncated) return;
        o.Write(", host priority: "u8); o.Dec(priority);
        var cluster = f.Bytes(p + 12, 4);
        if (f.Truncated) return;
        o.Write(", cluster IP: "u8); f.Ctx.Names.IPv4(o, cluster);
        var host = f.Bytes(p + 16, 4);
        if (f.Truncated) return;
        o.Write(", host IP: "u8); f.Ctx.Names.IPv4(o, host);
    }
}
