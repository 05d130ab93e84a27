namespace Wirecap.Print;

/// <summary>Broadcom lawful-intercept shim (print-bcm-li.c): a 4-byte header, then the intercepted packet (with -v).</summary>
public static class BcmLi
{
    public const int Port = 49152;
    private const int ShimLength = 4;

    private static readonly Tok Directions = new((1, "unused"), (2, "egress"), (3, "ingress"));
    private static readonly Tok PacketTypes = new((4, "undecided"), (5, "ipv4"), (6, "ipv6"), (7, "ethernet"));
    private static readonly Tok PacketSubtypes = new((1, "single VLAN tag"), (2, "double VLAN tag"), (3, "untagged"));

    public static void Print(ref Frame f, int bp, int length)
    {
        f.Proto = "bcm_li";
        var o = f.Out;
        if (length < ShimLength)
        {
            o.Write(" (length "u8); o.Dec((uint)length); o.Write(" < 4)"u8);
            o.Write(" (invalid)"u8);
            return;
        }
        uint shim = f.U32(bp);
        if (f.Truncated) return;
        uint type = (shim >> 25) & 0xf;
        length -= ShimLength;
        bp += ShimLength;
        bool v = f.Opt.Verbose > 0;
        if (v) o.Write("\n    "u8);
        o.Write("BCM-LI-SHIM: direction "u8); Directions.Print(o, (shim >> 29) & 7, "unknown");
        o.Write(", pkt-type "u8); PacketTypes.Print(o, type, "unknown");
        o.Write(", pkt-subtype "u8); PacketSubtypes.Print(o, (shim >> 22) & 7, "unknown");
        o.Write(", li-id "u8); o.Dec(shim & 0x3fffff);
        if (v) o.Write("\n    "u8);
        if (!v) { f.Need(bp, length); return; }
        switch (type)
        {
            case 7: Ethernet.Print(ref f, bp, length, f.Available(bp)); break;
            case 5: Ip.Print(ref f, bp, length); break;
            case 6: Ip6.Print(ref f, bp, length); break;
            case 4:
                {
                    int ver = f.U8(bp) >> 4;
                    if (f.Truncated) return;
                    if (ver == 4) Ip.Print(ref f, bp, length);
                    else if (ver == 6) Ip6.Print(ref f, bp, length);
                    else o.Write("unknown payload"u8);
                    break;
                }
            default:
                o.Write(" (invalid)"u8);
                break;
        }
    }
}
