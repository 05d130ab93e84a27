namespace Wirecap.Print;

/// <summary>
/// SLIP, DLT_SLIP (print-sl.c): BPF's 16-byte pseudo header, then an IP packet.
/// <code>
///  0     1            16
/// +-----+------------+-----------------
/// | dir | VJ header  | IP packet
/// +-----+------------+-----------------
/// </code>
/// The pseudo header's second part holds the (Van Jacobson) compressed TCP/IP header the
/// packet arrived with; -e decodes it, keeping per-connection data lengths across packets.
/// </summary>
public static class Slip
{
    private const int HeaderLength = 16;
    private const int DirOffset = 0, CompressedHeaderOffset = 1;
    private const int DirIn = 0, DirOut = 1;
    private const int TypeIp = 0x40, TypeUncompressedTcp = 0x70, TypeCompressedTcp = 0x80;
    private const int NewC = 0x40, NewI = 0x20, NewS = 0x08, NewA = 0x04, NewW = 0x02, NewU = 0x01;
    private const int SpecialI = NewS | NewW | NewU, SpecialD = NewS | NewA | NewW | NewU, SpecialsMask = NewS | NewA | NewW | NewU;

    /// <summary>sl_if_print.</summary>
    public static void IfPrint(ref Frame f)
    {
        f.Proto = "slip";
        if (!f.Need(0, HeaderLength)) return;
        f.LinkHeaderLength += HeaderLength;
        int length = f.WireLength - HeaderLength;
        const int ip = HeaderLength;
        if (f.Opt.LinkHeader)
        {
            LinkPrint(ref f, ip, length);
            if (f.Truncated) return;
        }
        int version = f.U8(ip) >> 4;
        if (f.Truncated) return;
        switch (version)
        {
            case 4: Ip.Print(ref f, ip, length); break;
            case 6: Ip6.Print(ref f, ip, length); break;
            default: f.Out.Write("ip v"u8); f.Out.Dec((uint)version); break;
        }
    }

    /// <summary>sl_bsdos_if_print, DLT_SLIP_BSDOS: the same pseudo header, not decoded; the packet is IPv4.</summary>
    public static void BsdosIfPrint(ref Frame f)
    {
        f.Proto = "slip_bsdos";
        if (!f.Need(0, HeaderLength)) return;
        f.LinkHeaderLength += HeaderLength;
        Ip.Print(ref f, HeaderLength, f.WireLength - HeaderLength);
    }

    /// <summary>sliplink_print: direction, then the kind of header compression.</summary>
    private static void LinkPrint(ref Frame f, int ip, int length)
    {
        var o = f.Out;
        var ctx = f.Ctx;
        int dir = f.U8(DirOffset);
        if (f.Truncated) return;
        switch (dir)
        {
            case DirIn: o.Write("I "u8); break;
            case DirOut: o.Write("O "u8); break;
            default:
                o.Write("Invalid direction "u8); o.Dec((uint)dir); o.Char(' ');
                dir = -1;
                break;
        }
        int chdr = f.U8(CompressedHeaderOffset);
        if (f.Truncated) return;
        switch (chdr & 0xf0)
        {
            case TypeIp:
                o.Write("ip "u8); o.Dec((uint)(length + HeaderLength)); o.Write(": "u8);
                break;
            case TypeUncompressedTcp:
                {
                    // the connection number sits in the copied IP header's protocol field
                    int conn = f.U8(CompressedHeaderOffset + 9);
                    if (f.Truncated) return;
                    ctx.SlipLastConn = conn;
                    o.Write("utcp "u8); o.Dec((uint)conn); o.Write(": "u8);
                    if (dir == -1) return;
                    RecordLength(ref f, ip, length, dir);
                    break;
                }
            default:
                if (dir == -1) return;
                if ((chdr & TypeCompressedTcp) != 0)
                {
                    CompressedPrint(ref f, CompressedHeaderOffset, ip, length, dir);
                    if (f.Truncated) return;
                    o.Write(": "u8);
                }
                else { o.Write("slip-"u8); o.Dec((uint)chdr); o.Write("!: "u8); }
                break;
        }
    }

    /// <summary>The data length of the packet (length less the IP and TCP headers), kept for the connection.</summary>
    private static uint RecordLength(ref Frame f, int ip, int length, int dir)
    {
        if (!f.Need(ip, 20)) return 0;
        int hlen = f.U8(ip) & 0x0f;
        int tcp = ip + hlen * 4;
        if (!f.Need(tcp, 20)) return 0;
        hlen += f.U8(tcp + 12) >> 4;
        uint dataLength = (uint)length - (uint)(hlen << 2);
        f.Ctx.SlipLastLen[dir * 256 + f.Ctx.SlipLastConn] = dataLength;
        return dataLength;
    }

    /// <summary>compressed_sl_print: the changes a VJ-compressed header carries.</summary>
    private static void CompressedPrint(ref Frame f, int chdr, int ip, int length, int dir)
    {
        var o = f.Out;
        var ctx = f.Ctx;
        int cp = chdr;
        int flags = f.U8(cp++);
        if (f.Truncated) return;
        if ((flags & NewC) != 0)
        {
            int conn = f.U8(cp++);
            if (f.Truncated) return;
            ctx.SlipLastConn = conn;
            o.Write("ctcp "u8); o.Dec((uint)conn);
        }
        else o.Write("ctcp *"u8);
        cp += 2; // the TCP checksum

        switch (flags & SpecialsMask)
        {
            case SpecialI:
                o.Write(" *SA+"u8); o.Dec(ctx.SlipLastLen[dir * 256 + ctx.SlipLastConn]);
                break;
            case SpecialD:
                o.Write(" *S+"u8); o.Dec(ctx.SlipLastLen[dir * 256 + ctx.SlipLastConn]);
                break;
            default:
                if ((flags & NewU) != 0) cp = Change(ref f, " U="u8, cp);
                if ((flags & NewW) != 0) cp = WindowChange(ref f, cp);
                if ((flags & NewA) != 0) cp = Change(ref f, " A+"u8, cp);
                if ((flags & NewS) != 0) cp = Change(ref f, " S+"u8, cp);
                break;
        }
        if ((flags & NewI) != 0) cp = Change(ref f, " I+"u8, cp);
        if (f.Truncated) return;

        uint dataLength = RecordLength(ref f, ip, length, dir);
        if (f.Truncated) return;
        o.Char(' '); o.Dec(dataLength); o.Write(" ("u8); o.Dec((uint)(cp - chdr)); o.Char(')');
    }

    /// <summary>print_sl_change: a delta in one byte, or a zero byte and then two.</summary>
    private static int Change(ref Frame f, ReadOnlySpan<byte> label, int cp)
    {
        uint v = f.U8(cp);
        if (v == 0)
        {
            cp++;
            v = f.U16(cp);
            cp += 2;
        }
        // a one-byte value does not advance cp: tcpdump's quirk, kept for the same "(n)" count
        if (f.Truncated) return cp;
        f.Out.Write(label); f.Out.Dec(v);
        return cp;
    }

    /// <summary>print_sl_winchange: like <see cref="Change"/>, but the two-byte form is signed.</summary>
    private static int WindowChange(ref Frame f, int cp)
    {
        int v = f.U8(cp);
        if (v == 0)
        {
            cp++;
            v = (short)f.U16(cp);
            cp += 2;
        }
        // a one-byte value does not advance cp: tcpdump's quirk, kept for the same "(n)" count
        if (f.Truncated) return cp;
        if (v >= 0) { f.Out.Write(" W+"u8); f.Out.Dec(v); }
        else { f.Out.Write(" W"u8); f.Out.Dec(v); }
        return cp;
    }
}
