namespace Wirecap.Print;

/// <summary>
/// ICMP (print-icmp.c).
/// <code>
///  0       1       2               4               6               8
/// +-------+-------+---------------+---------------+---------------+------------
/// | type  | code  | checksum      | id / unused / gateway / ptr   | data: the
/// +-------+-------+---------------+---------------+---------------+ quoted IP
///                                                                   header, ...
/// </code>
/// The one-line summary is built from fields read first: if any is missing the packet ends
/// with " [|icmp]" and nothing of the summary, as tcpdump prints it.
/// </summary>
public static class Icmp
{
    private const int EchoReply = 0, Unreach = 3, SourceQuench = 4, Redirect = 5, Echo = 8, RouterAdvert = 9,
        TimeExceeded = 11, ParamProblem = 12, Timestamp = 13, TimestampReply = 14, MaskReply = 18;

    /// <summary>draft-bonica-internet-icmp: the extension structure starts 128 bytes into the quoted datagram.</summary>
    private const int ExtMinLength = 156 - 20, ExtHeaderSize = 141;

    private static readonly Tok TypeNames = new(
        (0, "echo reply"), (4, "source quench"), (8, "echo request"), (10, "router solicitation"),
        (13, "time stamp request"), (14, "time stamp reply"), (15, "information request"),
        (16, "information reply"), (17, "address mask request"));

    private static readonly Tok ExtObjectNames = new((1, "MPLS Stack Entry"), (2, "Interface Identification"));

    private static bool IsError(int type) => type is Unreach or SourceQuench or Redirect or TimeExceeded or ParamProblem;
    private static bool HasMultipartExtensions(int type) => type is Unreach or TimeExceeded or ParamProblem;

    /// <summary>icmp_print. off/length: the ICMP message; ipOff: the enclosing IPv4 header.</summary>
    public static void Print(ref Frame f, int off, int length, int ipOff, bool fragmented)
    {
        f.Proto = "icmp";
        var o = f.Out;
        int type = f.U8(off), code = f.U8(off + 1);
        if (f.Truncated) return;
        int ip = off + 8;   // the quoted IP header of error messages
        if (!Summary(ref f, off, type, code, ip)) return;
        o.Write(", length "u8); o.Dec((uint)length);

        if (f.Opt.Verbose > 0 && !fragmented && f.Has(off, length))
        {
            ushort sum = Checksum.Compute(f.Data.Slice(off, length));
            if (sum != 0)
            {
                ushort field = f.U16(off + 2);
                o.Write(" (wrong icmp cksum "u8); o.Hex(field); o.Write(" (->"u8);
                o.Hex(Checksum.ShouldBe(field, sum)); o.Write(")!)"u8);
            }
        }

        if (f.Opt.Verbose > 0 && IsError(type))
        {
            o.Write("\n\t"u8);
            int ipLen = f.U16(ip + 2);
            if (f.Truncated) return;
            int saved = f.End;
            // the quoted datagram may be followed by extensions: cut the snapshot at its end
            if ((long)ip + ipLen < f.End) f.End = ip + ipLen;
            // tcpdump reads the length again for the call, now under the new end: a length
            // under 4 cuts its own field off and ends the packet here
            ipLen = f.U16(ip + 2);
            if (f.Truncated) return;
            Ip.Print(ref f, ip, ipLen);
            f.End = saved;
            if (f.Truncated) return;
        }
        f.Proto = "icmp";

        if (f.Opt.Verbose > 0 && length > ExtMinLength && HasMultipartExtensions(type))
            Extensions(ref f, off, length);
    }

    /// <summary>The "ICMP ..." text; false (with the packet truncated) when a field it needs is missing.</summary>
    private static bool Summary(ref Frame f, int off, int type, int code, int ip)
    {
        var o = f.Out;
        var names = f.Ctx.Names;
        switch (type)
        {
            case Echo:
            case EchoReply:
            {
                int id = f.U16(off + 4), seq = f.U16(off + 6);
                if (f.Truncated) return false;
                o.Write(type == Echo ? "ICMP echo request, id "u8 : "ICMP echo reply, id "u8);
                o.Dec(id); o.Write(", seq "u8); o.Dec(seq);
                return true;
            }
            case Unreach:
                return UnreachSummary(ref f, off, code, ip);
            case Redirect:
            {
                var dst = f.Bytes(ip + 16, 4);
                var gw = f.Bytes(off + 4, 4);
                if (f.Truncated) return false;
                switch (code)
                {
                    case 0: o.Write("ICMP redirect "u8); names.IPv4(o, dst); o.Write(" to net "u8); break;
                    case 1: o.Write("ICMP redirect "u8); names.IPv4(o, dst); o.Write(" to host "u8); break;
                    case 2: o.Write("ICMP redirect-tos "u8); names.IPv4(o, dst); o.Write(" to net "u8); break;
                    case 3: o.Write("ICMP redirect-tos "u8); names.IPv4(o, dst); o.Write(" to host "u8); break;
                    default:
                        o.Write("ICMP redirect-#"u8); o.Dec(code); o.Char(' '); names.IPv4(o, dst); o.Write(" to "u8);
                        break;
                }
                names.IPv4(o, gw);
                return true;
            }
            case RouterAdvert:
                return RouterAdvertSummary(ref f, off);
            case TimeExceeded:
                if (!LocalTrunc.Check(ref f, ip + 16, 4)) return false;
                if (code == 0) o.Write("ICMP time exceeded in-transit"u8);
                else if (code == 1) o.Write("ICMP ip reassembly time exceeded"u8);
                else { o.Write("ICMP time exceeded-#"u8); o.Dec(code); }
                return true;
            case ParamProblem:
                if (code != 0) { o.Write("ICMP parameter problem - code "u8); o.Dec(code); return true; }
                int ptr = f.U8(off + 4);
                if (f.Truncated) return false;
                o.Write("ICMP parameter problem - octet "u8); o.Dec(ptr);
                return true;
            case MaskReply:
            {
                uint mask = f.U32(off + 8);
                if (f.Truncated) return false;
                o.Write("ICMP address mask is 0x"u8); o.Hex(mask, 8);
                return true;
            }
            case Timestamp:
            {
                int id = f.U16(off + 4), seq = f.U16(off + 6);
                if (f.Truncated) return false;
                o.Write("ICMP time stamp query id "u8); o.Dec(id); o.Write(" seq "u8); o.Dec(seq);
                return true;
            }
            case TimestampReply:
            {
                if (!LocalTrunc.Check(ref f, off + 16, 4)) return false;
                int id = f.U16(off + 4), seq = f.U16(off + 6);
                uint org = f.U32(off + 8), recv = f.U32(off + 12), xmit = f.U32(off + 16);
                o.Write("ICMP time stamp reply id "u8); o.Dec(id); o.Write(" seq "u8); o.Dec(seq);
                o.Write(": org "u8); TimestampPrint(o, org);
                o.Write(", recv "u8); TimestampPrint(o, recv);
                o.Write(", xmit "u8); TimestampPrint(o, xmit);
                return true;
            }
            default:
                o.Write("ICMP "u8);
                TypeNames.Print(o, (uint)type, "type-#%u");
                return true;
        }
    }

    private static bool UnreachSummary(ref Frame f, int off, int code, int ip)
    {
        var o = f.Out;
        var names = f.Ctx.Names;
        if (code == 3)
        {
            // port unreachable: name the quoted datagram's protocol and destination port
            if (!LocalTrunc.Check(ref f, ip + 9, 1)) return false;
            int hlen = (f.Data[ip] & 0x0f) * 4;
            int dport = f.U16(ip + hlen + 2);
            int proto = f.U8(ip + 9);
            var dst = f.Bytes(ip + 16, 4);
            if (f.Truncated) return false;
            o.Write("ICMP "u8); names.IPv4(o, dst);
            if (proto == IpProto.Tcp) { o.Write(" tcp port "u8); names.TcpPort(o, dport); }
            else if (proto == IpProto.Udp) { o.Write(" udp port "u8); names.UdpPort(o, dport); }
            else { o.Write(" protocol "u8); o.Dec(proto); o.Write(" port "u8); o.Dec(dport); }
            o.Write(" unreachable"u8);
            return true;
        }
        int ipProto = code == 2 ? f.U8(ip + 9) : 0;
        int mtu = code == 4 ? f.U16(off + 6) : 0;
        var d = f.Bytes(ip + 16, 4);
        if (f.Truncated) return false;
        o.Write("ICMP "u8);
        switch (code)
        {
            case 0: o.Write("net "u8); names.IPv4(o, d); o.Write(" unreachable"u8); break;
            case 1: o.Write("host "u8); names.IPv4(o, d); o.Write(" unreachable"u8); break;
            case 2: names.IPv4(o, d); o.Write(" protocol "u8); o.Dec(ipProto); o.Write(" unreachable"u8); break;
            case 4:
                names.IPv4(o, d); o.Write(" unreachable - need to frag"u8);
                if (mtu != 0) { o.Write(" (mtu "u8); o.Dec(mtu); o.Char(')'); }
                break;
            case 5: names.IPv4(o, d); o.Write(" unreachable - source route failed"u8); break;
            case 6: o.Write("net "u8); names.IPv4(o, d); o.Write(" unreachable - unknown"u8); break;
            case 7: o.Write("host "u8); names.IPv4(o, d); o.Write(" unreachable - unknown"u8); break;
            case 8: names.IPv4(o, d); o.Write(" unreachable - source host isolated"u8); break;
            case 9: o.Write("net "u8); names.IPv4(o, d); o.Write(" unreachable - admin prohibited"u8); break;
            case 10: o.Write("host "u8); names.IPv4(o, d); o.Write(" unreachable - admin prohibited"u8); break;
            case 11: o.Write("net "u8); names.IPv4(o, d); o.Write(" unreachable - tos prohibited"u8); break;
            case 12: o.Write("host "u8); names.IPv4(o, d); o.Write(" unreachable - tos prohibited"u8); break;
            case 13: o.Write("host "u8); names.IPv4(o, d); o.Write(" unreachable - admin prohibited filter"u8); break;
            case 14: o.Write("host "u8); names.IPv4(o, d); o.Write(" unreachable - host precedence violation"u8); break;
            case 15: o.Write("host "u8); names.IPv4(o, d); o.Write(" unreachable - precedence cutoff"u8); break;
            default: names.IPv4(o, d); o.Write(" unreachable - #"u8); o.Dec(code); break;
        }
        return true;
    }

    /// <summary>RFC 1256: "router advertisement lifetime L N: {addr pref}...".</summary>
    private static bool RouterAdvertSummary(ref Frame f, int off)
    {
        var o = f.Out;
        if (!LocalTrunc.Check(ref f, off + 4, 4)) return false;
        int num = f.U8(off + 4), size = f.U8(off + 5), lifetime = f.U16(off + 6);
        if (size == 2)
        {
            // every entry is read before anything is printed
            for (int i = 0; i < num; i++)
                if (!LocalTrunc.Check(ref f, off + 8 + 8 * i, 8)) return false;
        }
        o.Write("ICMP router advertisement lifetime "u8);
        if (lifetime < 60) o.Dec(lifetime);
        else if (lifetime < 3600) { o.Dec(lifetime / 60); o.Char(':'); o.Dec((ulong)(lifetime % 60), 2); }
        else
        {
            o.Dec(lifetime / 3600); o.Char(':'); o.Dec((ulong)(lifetime % 3600 / 60), 2);
            o.Char(':'); o.Dec((ulong)(lifetime % 60), 2);
        }
        o.Char(' '); o.Dec(num); o.Char(':');
        if (size != 2) { o.Write(" [size "u8); o.Dec(size); o.Char(']'); return true; }
        for (int i = 0; i < num; i++)
        {
            int p = off + 8 + 8 * i;
            o.Write(" {"u8); f.Ctx.Names.IPv4(o, f.Data.Slice(p, 4));
            o.Char(' '); o.Dec(f.U32(p + 4)); o.Char('}');
        }
        return true;
    }

    /// <summary>icmp_tstamp_print: milliseconds since midnight UTC as hh:mm:ss.mmm.</summary>
    private static void TimestampPrint(TextOut o, uint t)
    {
        uint msec = t % 1000, sec = t / 1000;
        uint min = sec / 60; sec -= min * 60;
        uint hrs = min / 60; min -= hrs * 60;
        o.Dec(hrs, 2); o.Char(':'); o.Dec(min, 2); o.Char(':'); o.Dec(sec, 2); o.Char('.'); o.Dec(msec, 3);
    }

    /// <summary>RFC 4884 multi-part extensions (MPLS label stack objects, RFC 4950), after the quoted datagram.</summary>
    private static void Extensions(ref Frame f, int off, int length)
    {
        var o = f.Out;
        if (!LocalTrunc.Check(ref f, off, ExtHeaderSize)) return;
        int versionOff = off + ExtMinLength;
        int extLength = length - ExtMinLength;
        if (f.Data[off + 5] == 0 && f.Has(versionOff, extLength))
        {
            // no length given: an extension is there only if its checksum verifies
            if (Checksum.Compute(f.Data.Slice(versionOff, extLength)) != 0) return;
        }
        int version = f.Data[versionOff] >> 4;
        o.Write("\n\tICMP Multi-Part extension v"u8); o.Dec(version);
        if (version != 2) { o.Write(" packet not supported"u8); return; }

        int hlen = extLength;
        if (f.Has(versionOff, hlen))
        {
            int cksum = f.U16(versionOff + 2);
            bool bad = Checksum.Compute(f.Data.Slice(versionOff, hlen)) != 0;
            o.Write(", checksum 0x"u8); o.Hex((uint)cksum, 4);
            o.Write(bad ? " (incorrect), length "u8 : " (correct), length "u8); o.Dec(hlen);
        }
        hlen -= 4;
        int p = versionOff + 4;
        while (hlen > 4)
        {
            if (!LocalTrunc.Check(ref f, p, 4)) return;
            int objLen = f.U16(p), classNum = f.U8(p + 2), ctype = f.U8(p + 3);
            p += 4;
            o.Write("\n\t  "u8); ExtObjectNames.Print(o, (uint)classNum, "unknown");
            o.Write(" Object ("u8); o.Dec(classNum); o.Write("), Class-Type: "u8); o.Dec(ctype);
            o.Write(", length "u8); o.Dec(objLen);
            hlen -= 4;
            if (classNum == 0 || objLen < 4) return;
            objLen -= 4;
            if (classNum == 1 && ctype == 1)
            {
                uint label = f.U32(p);
                if (f.Truncated) return;
                o.Write("\n\t    label "u8); o.Dec(label >> 12); o.Write(", tc "u8); o.Dec((label >> 9) & 7);
                if ((label & 0x100) != 0) o.Write(", [S]"u8);
                o.Write(", ttl "u8); o.Dec(label & 0xff);
            }
            else HexDump.UnknownData(ref f, p, "\n\t    "u8, objLen);
            if (hlen < objLen) break;
            hlen -= objLen;
            p += objLen;
        }
    }
}
