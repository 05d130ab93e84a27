namespace Wirecap.Print;

/// <summary>
/// ARCNET, DLT_ARCNET (7) and DLT_ARCNET_LINUX (129) (print-arcnet.c).
/// <code>
/// BSD:   | src | dst | type | flag | seqid (2) |           (old types: src, dst, type only;
///                                                           flag 0xff: type2, flag2, seqid2 follow)
/// Linux: | src | dst | offset (2) | type | flag | seqid (2) |   (old types: 5 bytes)
/// </code>
/// </summary>
public static class Arcnet
{
    private const int HdrLen = 3, HdrNewLen = 6, HdrNewLenExc = 10, LinuxHdrLen = 5, LinuxHdrNewLen = 8;
    private const int TypeIpOld = 240, TypeArpOld = 241, TypeIp = 212, TypeArp = 213, TypeRevArp = 214,
        TypeAtalk = 221, TypeBanyan = 247, TypeIpx = 250, TypeInet6 = 0xc4, TypeDiagnose = 0x80;

    private static readonly Tok Types = new((TypeIpOld, "oldip"), (TypeArpOld, "oldarp"), (TypeIp, "ip"), (TypeArp, "arp"),
        (TypeRevArp, "rarp"), (TypeAtalk, "atalk"), (TypeBanyan, "banyan"), (TypeIpx, "ipx"), (TypeInet6, "ipv6"),
        (TypeDiagnose, "diag"));

    /// <summary>Old-style types (and diagnostics) have the short header without fragmentation fields.</summary>
    private static bool OldStyle(int type) => type is TypeIpOld or TypeArpOld or TypeDiagnose;

    /// <summary>arcnet_print (-e): addresses, type, fragmentation, length.</summary>
    private static void HeaderPrint(ref Frame f, int length, bool phds, int flag, int seqid)
    {
        f.Proto = "arcnet";
        var o = f.Out;
        int src = f.U8(0), dst = f.U8(1);
        o.Hex2((byte)src); o.Char(' '); o.Hex2((byte)dst); o.Char(' ');
        if (f.Opt.Quiet) { o.Dec((uint)length); o.Write(": "u8); return; }
        Types.Print(o, f.U8(2), "%02x");   // offset 2 also for Linux headers, where the offset field sits there
        if (phds)
        {
            o.Write(" seqid "u8); o.Hex((uint)seqid, 4);
            if (flag != 0)
            {
                if ((flag & 1) != 0) { o.Write(" (first of "u8); o.Dec((uint)((flag + 3) / 2)); o.Write(" fragments)"u8); }
                else { o.Write(" (fragment "u8); o.Dec((uint)(flag / 2 + 1)); o.Char(')'); }
            }
        }
        o.Char(' '); o.Dec((uint)length); o.Write(": "u8);
    }

    /// <summary>arcnet_if_print (DLT_ARCNET).</summary>
    public static void IfPrint(ref Frame f)
    {
        f.Proto = "arcnet";
        int caplen = f.Data.Length, length = f.WireLength;
        if (caplen < HdrLen) { f.Trunc(); return; }
        int type = f.U8(2);
        bool phds = !OldStyle(type);
        int flag = 0, seqid = 0, hdrlen = HdrLen;
        if (phds)
        {
            if (caplen < HdrNewLen)
            {
                HeaderPrint(ref f, length, false, 0, 0);
                f.Out.Write(" phds"u8);
                f.Trunc();
                return;
            }
            flag = f.U8(3);
            if (flag == 0xff)
            {
                // exception packet: the real flag and seqid follow a repeated type
                if (caplen < HdrNewLenExc)
                {
                    HeaderPrint(ref f, length, false, 0, 0);
                    f.Out.Write(" phds extended"u8);
                    f.Trunc();
                    return;
                }
                flag = f.U8(7);
                seqid = f.U16(8);
                hdrlen = HdrNewLenExc;
            }
            else
            {
                seqid = f.U16(4);
                hdrlen = HdrNewLen;
            }
        }
        if (f.Opt.LinkHeader) HeaderPrint(ref f, length, phds, flag, seqid);
        f.LinkHeaderLength += hdrlen;
        // a middle fragment carries no header of the protocol inside
        if (phds && flag != 0 && (flag & 1) == 0) return;
        if (!EncapPrint(ref f, type, hdrlen, length - hdrlen, caplen - hdrlen))
            Ethernet.DefaultPrint(ref f, hdrlen, caplen - hdrlen);
    }

    /// <summary>arcnet_linux_if_print (DLT_ARCNET_LINUX): a 2-byte offset sits before the type.</summary>
    public static void LinuxIfPrint(ref Frame f)
    {
        f.Proto = "arcnet_linux";
        int caplen = f.Data.Length, length = f.WireLength;
        if (caplen < LinuxHdrLen) { f.Trunc(); return; }
        int type = f.U8(4);
        int hdrlen = LinuxHdrLen;
        if (!OldStyle(type))
        {
            hdrlen = LinuxHdrNewLen;
            if (caplen < LinuxHdrNewLen) { f.Trunc(); return; }
        }
        if (f.Opt.LinkHeader) HeaderPrint(ref f, length, false, 0, 0);
        f.LinkHeaderLength += hdrlen;
        if (!EncapPrint(ref f, type, hdrlen, length - hdrlen, caplen - hdrlen))
            Ethernet.DefaultPrint(ref f, hdrlen, caplen - hdrlen);
    }

    private static bool EncapPrint(ref Frame f, int type, int p, int length, int caplen)
    {
        switch (type)
        {
            case TypeIpOld:
            case TypeIp: Ip.Print(ref f, p, length); return true;
            case TypeInet6: Ip6.Print(ref f, p, length); return true;
            case TypeArpOld:
            case TypeArp:
            case TypeRevArp: Arp.Print(ref f, p, length, caplen); return true;
            case TypeAtalk: AppleTalk.EtherPrint(ref f, p, length); return true;
            case TypeIpx: Ipx.Print(ref f, p, length); return true;
            default: return false;
        }
    }
}
