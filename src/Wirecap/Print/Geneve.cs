namespace Wirecap.Print;

/// <summary>
/// Geneve (print-geneve.c; RFC 8926), UDP 6081.
/// <code>
///  0 1 2       8               16                              31
/// +-+-+-------+-+-+-----------+-------------------------------+
/// |Ver|Opt Len|O|C|  Rsvd.    |         Protocol Type         |
/// +---+-------+-+-+-----------+---------------+---------------+
/// |        Virtual Network Identifier (VNI)   |   Reserved    |
/// +-------------------------------------------+---------------+
/// | options: class (16), type (8), R R R length (5), data ... |
/// </code>
/// </summary>
public static class Geneve
{
    public const int Port = 6081;
    private const int TransparentEthernetBridging = 0x6558;

    private static readonly Tok Flags = new((0x80, "O"), (0x40, "C"), (0x20, "R1"), (0x10, "R2"), (0x08, "R3"),
        (0x04, "R4"), (0x02, "R5"), (0x01, "R6"));

    private static ReadOnlySpan<byte> OptionClass(int c) => c switch
    {
        0x0100 => "Linux"u8,
        0x0101 => "Open vSwitch"u8,
        0x0102 => "Open Virtual Networking (OVN)"u8,
        0x0103 => "In-band Network Telemetry (INT)"u8,
        0x0104 => "VMware"u8,
        <= 0x00ff => "Standard"u8,
        >= 0xfff0 => "Experimental"u8,
        _ => "Unknown"u8,
    };

    /// <summary>geneve_print: bp/len are the UDP payload.</summary>
    public static void Print(ref Frame f, int bp, int len)
    {
        f.Proto = "geneve";
        var o = f.Out;
        o.Write("Geneve"u8);
        if (len < 8)
        {
            o.Write(" [length "u8); o.Dec(len); o.Write(" < 8] (invalid)"u8);
            return;
        }
        if (!LocalTrunc.Check(ref f, bp, 8)) return;
        var d = f.Data;
        int verOpt = d[bp];
        int version = verOpt >> 6;
        if (version != 0) { o.Write(" ERROR: unknown-version "u8); o.Dec(version); return; }
        int flags = d[bp + 1];
        int prot = d[bp + 2] << 8 | d[bp + 3];
        int vni = d[bp + 4] << 16 | d[bp + 5] << 8 | d[bp + 6];
        int reserved = d[bp + 7];
        bp += 8;
        len -= 8;

        o.Write(", Flags ["u8); Flags.Bits(o, (uint)flags, "none", ""); o.Char(']');
        o.Write(", vni 0x"u8); o.Hex((uint)vni);
        if (reserved != 0) { o.Write(", rsvd 0x"u8); o.Hex((uint)reserved); }
        if (f.Opt.LinkHeader)
        {
            o.Write(", proto "u8); EtherType.Names.Print(o, (uint)prot, "unknown");
            o.Write(" (0x"u8); o.Hex((uint)prot, 4); o.Char(')');
        }

        int optsLength = (verOpt & 0x3f) * 4;
        if (len < optsLength)
        {
            o.Write(" truncated-geneve - "u8); o.Dec(optsLength - len); o.Write(" bytes missing"u8);
            return;
        }
        if (!LocalTrunc.Check(ref f, bp, optsLength)) return;
        if (optsLength > 0)
        {
            o.Write(", options ["u8);
            if (f.Opt.Verbose > 0) OptionsPrint(ref f, bp, optsLength);
            else { o.Dec(optsLength); o.Write(" bytes"u8); }
            o.Char(']');
        }
        bp += optsLength;
        len -= optsLength;

        o.Write(f.Opt.Verbose < 1 ? ": "u8 : "\n\t"u8);
        if (!EtherType.Print(ref f, prot, bp, len, f.Available(bp), -1, -1))
        {
            if (prot == TransparentEthernetBridging) Ethernet.Print(ref f, bp, len, f.Available(bp));
            else { o.Write("geneve-proto-0x"u8); o.Hex((uint)prot); }
        }
    }

    /// <summary>The options (known to be captured): class, type, length, and with -vv the data words.</summary>
    private static void OptionsPrint(ref Frame f, int bp, int len)
    {
        var o = f.Out;
        var d = f.Data;
        bool first = true;
        while (len > 0)
        {
            if (!first) o.Write(", "u8);
            first = false;
            // the header's 4 bytes may pass the options' end; tcpdump reads them anyway
            if (!f.Has(bp, 4)) { f.Trunc(); return; }
            int optClass = d[bp] << 8 | d[bp + 1];
            int optType = d[bp + 2];
            int optLength = 4 + (d[bp + 3] & 0x1f) * 4;
            o.Write("class "u8); o.Write(OptionClass(optClass)); o.Write(" (0x"u8); o.Hex((uint)optClass);
            o.Write(") type 0x"u8); o.Hex((uint)optType);
            if ((optType & 0x80) != 0) o.Write("(C)"u8);
            o.Write(" len "u8); o.Dec(optLength);
            if (optLength > len) { o.Write(" [bad length]"u8); return; }
            if (f.Opt.Verbose > 1 && optLength > 4)
            {
                o.Write(" data"u8);
                for (int i = 4; i < optLength; i += 4) { o.Char(' '); o.Hex(f.U32(bp + i), 8); }
            }
            bp += optLength;
            len -= optLength;
        }
    }
}
