namespace Wirecap.Print;

/// <summary>
/// BFD (print-bfd.c, RFC 5880): control packets of version 0 and 1 with their timers and optional
/// authentication section; echo packets only by length.
/// </summary>
public static class Bfd
{
    public const int ControlPort = 3784, EchoPort = 3785, MultihopPort = 4784, LagPort = 6784;
    private const int HeaderLength = 24, FlagAuth = 0x04;

    private static readonly Tok AuthTypes = new((1, "Simple Password"), (2, "Keyed MD5"), (3, "Meticulous Keyed MD5"),
        (4, "Keyed SHA1"), (5, "Meticulous Keyed SHA1"));
    private static readonly Tok Diagnostics = new((0, "No Diagnostic"), (1, "Control Detection Time Expired"),
        (2, "Echo Function Failed"), (3, "Neighbor Signaled Session Down"), (4, "Forwarding Plane Reset"), (5, "Path Down"),
        (6, "Concatenated Path Down"), (7, "Administratively Down"), (8, "Reverse Concatenated Path Down"));
    private static readonly Tok Ports = new((ControlPort, "Control"), (MultihopPort, "Multihop"), (LagPort, "Lag"));
    private static readonly Tok V0Flags = new((0x80, "I Hear You"), (0x40, "Demand"), (0x20, "Poll"), (0x10, "Final"),
        (0x08, "Control Plane Independent"), (FlagAuth, "Authentication Present"), (0x02, "Reserved"), (0x01, "Reserved"));
    private static readonly Tok V1Flags = new((0x20, "Poll"), (0x10, "Final"), (0x08, "Control Plane Independent"),
        (FlagAuth, "Authentication Present"), (0x02, "Demand"), (0x01, "Multipoint"));
    private static readonly Tok States = new((0, "AdminDown"), (1, "Down"), (2, "Init"), (3, "Up"));

    /// <summary>bfd_print: the packet at p, len bytes, sent to port.</summary>
    public static void Print(ref Frame f, int p, int len, int port)
    {
        f.Proto = "bfd";
        var o = f.Out;
        bool v = f.Opt.Verbose > 0;
        if (port is ControlPort or MultihopPort or LagPort)
        {
            if (!f.Need(p, HeaderLength)) return;
            int versionDiag = f.Data[p];
            int version = (versionDiag & 0xe0) >> 5;
            int diag = versionDiag & 0x1f;
            int flags = f.Data[p + 1];
            if (version is 0 or 1)
            {
                if (!v)
                {
                    if (version == 0)
                    {
                        o.Write("BFDv0, Control, Flags: ["u8); V0Flags.Bits(o, (uint)flags, "none");
                    }
                    else
                    {
                        o.Write("BFDv1, "u8); Ports.Print(o, (uint)port, "unknown (%u)");
                        o.Write(", State "u8); States.Print(o, (uint)((flags & 0xc0) >> 6), "unknown (%u)");
                        o.Write(", Flags: ["u8); V1Flags.Bits(o, (uint)(flags & 0x3f), "none");
                    }
                    o.Write("], length: "u8); o.Dec((uint)len);
                    return;
                }
                o.Write(version == 0 ? "BFDv0, length: "u8 : "BFDv1, length: "u8); o.Dec((uint)len);
                if (version == 0)
                {
                    o.Write("\n\tControl, Flags: ["u8); V0Flags.Bits(o, (uint)flags, "none");
                }
                else
                {
                    o.Write("\n\t"u8); Ports.Print(o, (uint)port, "unknown (%u)");
                    o.Write(", State "u8); States.Print(o, (uint)((flags & 0xc0) >> 6), "unknown (%u)");
                    o.Write(", Flags: ["u8); V1Flags.Bits(o, (uint)(flags & 0x3f), "none");
                }
                o.Write("], Diagnostic: "u8); Diagnostics.Print(o, (uint)diag, "unknown");
                o.Write(" (0x"u8); o.Hex2((byte)diag); o.Char(')');
                int mult = f.Data[p + 2];
                uint desiredTx = f.U32(p + 12);
                o.Write("\n\tDetection Timer Multiplier: "u8); o.Dec(mult);
                o.Write(" ("u8); o.Dec((uint)mult * desiredTx / 1000); o.Write(" ms Detection time), BFD Length: "u8);
                o.Dec(f.Data[p + 3]);
                o.Write("\n\tMy Discriminator: 0x"u8); o.Hex(f.U32(p + 4), 8);
                o.Write(", Your Discriminator: 0x"u8); o.Hex(f.U32(p + 8), 8);
                o.Write("\n\t  Desired min Tx Interval:    "u8); o.Dec(desiredTx / 1000, 4, (byte)' '); o.Write(" ms"u8);
                o.Write("\n\t  Required min Rx Interval:   "u8); o.Dec(f.U32(p + 16) / 1000, 4, (byte)' '); o.Write(" ms"u8);
                o.Write("\n\t  Required min Echo Interval: "u8); o.Dec(f.U32(p + 20) / 1000, 4, (byte)' '); o.Write(" ms"u8);
                if ((flags & FlagAuth) != 0) AuthPrint(ref f, p + HeaderLength);
                return;
            }
            o.Write("BFDv"u8); o.Dec(version); o.Write(", Control, length: "u8); o.Dec((uint)len);
            if (v) HexDump.UnknownData(ref f, p, "\n\t"u8, len);
        }
        else if (port == EchoPort)
        {
            o.Write("BFD, Echo, length: "u8); o.Dec((uint)len);
            if (v) HexDump.UnknownData(ref f, p, "\n\t"u8, len);
        }
        else
        {
            o.Write("BFD, unknown ("u8); o.Dec(port); o.Write("), length: "u8); o.Dec((uint)len);
            if (v) HexDump.UnknownData(ref f, p, "\n\t"u8, len);
        }
    }

    /// <summary>auth_print: the authentication section after the header.</summary>
    private static void AuthPrint(ref Frame f, int p)
    {
        var o = f.Out;
        if (!f.Need(p, 4)) return;
        int type = f.Data[p], len = f.Data[p + 1];
        o.Write("\n\tAuthentication: "u8); AuthTypes.Print(o, (uint)type, "Unknown");
        o.Write(" ("u8); o.Dec(type); o.Write("), length: "u8); o.Dec(len);
        p += 2;
        o.Write("\n\t  Auth Key ID: "u8); o.Dec(f.Data[p]);
        switch (type)
        {
            case 1:
                if (len < 4 || len > 19) { o.Write("[invalid length "u8); o.Dec(len); o.Char(']'); break; }
                p++;
                o.Write(", Password: "u8);
                for (int i = 0; i < len - 3; i++)
                {
                    byte c = f.U8(p + i);
                    if (f.Truncated) return;
                    TextProto.PrintChar(o, c);
                }
                break;
            case 2:
            case 3:
            case 4:
            case 5:
                {
                    bool md5 = type <= 3;
                    int fieldLength = md5 ? 24 : 28, hashLength = md5 ? 16 : 20;
                    if (len != fieldLength) { o.Write("[invalid length "u8); o.Dec(len); o.Char(']'); break; }
                    p += 2;
                    uint seq = f.U32(p);
                    o.Write(", Sequence Number: 0x"u8); o.Hex(seq, 8);
                    p += 4;
                    if (!f.Need(p, hashLength)) return;
                    o.Write(md5 ? "\n\t  Digest: "u8 : "\n\t  Hash: "u8);
                    for (int i = 0; i < hashLength; i++) o.Hex2(f.Data[p + i]);
                    break;
                }
        }
    }
}
