namespace Wirecap.Print;

/// <summary>
/// VXLAN-GPE, the generic protocol extension of VXLAN (print-vxlan-gpe.c), UDP 4790.
/// <code>
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |R|R|Ver|I|P|B|O|           Reserved            | Next Protocol |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                VXLAN Network Identifier (VNI) |   Reserved    |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public static class VxlanGpe
{
    public const int Port = 4790;
    private const int HeaderLength = 8;

    private static readonly Tok Flags = new((0x08, "I"), (0x04, "P"), (0x02, "B"), (0x01, "O"));

    /// <summary>vxlan_gpe_print: bp/len are the UDP payload.</summary>
    public static void Print(ref Frame f, int bp, int len)
    {
        f.Proto = "vxlan_gpe";
        var o = f.Out;
        o.Write("VXLAN-GPE, "u8);
        if (len < HeaderLength)
        {
            o.Write(" (len "u8); o.Dec(len); o.Write(" < 8) (invalid)"u8);
            return;
        }
        int flags = f.U8(bp);
        if (f.Truncated) return;
        o.Write("flags ["u8); Flags.Bits(o, (uint)flags, "none", ""); o.Write("], "u8);
        int nextProtocol = f.U8(bp + 3);
        uint vni = f.U24(bp + 4);
        if (!f.Need(bp + 7, 1)) return;
        bp += HeaderLength;
        len -= HeaderLength;
        o.Write("vni "u8); o.Dec(vni);
        o.Write(f.Opt.Verbose > 0 ? "\n    "u8 : ": "u8);
        switch (nextProtocol)
        {
            case 0x1: Ip.Print(ref f, bp, len); break;
            case 0x2: Ip6.Print(ref f, bp, len); break;
            case 0x3: Ethernet.Print(ref f, bp, len, f.Available(bp)); break;
            case 0x4: Nsh.Print(ref f, bp, len); break;
            default: o.Write("ERROR: unknown-next-protocol (invalid)"u8); break;
        }
    }
}
