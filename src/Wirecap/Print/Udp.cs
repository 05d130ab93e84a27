namespace Wirecap.Print;

/// <summary>
/// UDP (print-udp.c).
/// <code>
///  0                   1                   2                   3
/// +-------------------------------+-------------------------------+
/// |          source port          |        destination port       |
/// +-------------------------------+-------------------------------+
/// |            length             |            checksum           |
/// +-------------------------------+-------------------------------+
/// </code>
/// </summary>
public static class Udp
{
    public const int HeaderLength = 8;
    private const int DomainPort = 53, MulticastDnsPort = 5353;

    /// <summary>udp_print: off/length are the datagram, ipOff the IPv4 or IPv6 header before it.</summary>
    public static void Print(ref Frame f, int off, int length, int ipOff, bool fragmented, int ttlHopLimit)
    {
        f.Proto = "udp";
        var o = f.Out;
        bool v6 = f.U8(ipOff) >> 4 == 6;
        if (f.Truncated) return;

        if (!f.Has(off + 2, 2))
        {
            AddressesPrint(ref f, ipOff, v6, -1, -1);
            f.PrintTrunc();
            return;
        }
        int sport = f.U16(off);
        int dport = f.U16(off + 2);

        if (length < HeaderLength)
        {
            AddressesPrint(ref f, ipOff, v6, sport, dport);
            o.Write("truncated-udp "u8); o.Dec((uint)length);
            return;
        }
        if (!f.Has(off + 4, 2))
        {
            AddressesPrint(ref f, ipOff, v6, sport, dport);
            f.PrintTrunc();
            return;
        }
        int ulen = f.U16(off + 4);
        // An IPv6 jumbogram (RFC 2675) has length 0 in the UDP header.
        if (ulen == 0 && length > 65535) ulen = length;
        if (ulen < HeaderLength)
        {
            AddressesPrint(ref f, ipOff, v6, sport, dport);
            o.Write("truncated-udplength "u8); o.Dec(ulen);
            return;
        }
        ulen -= HeaderLength;
        length -= HeaderLength;
        if (ulen < length) length = ulen;

        int cp = off + HeaderLength;
        if (cp > f.End)
        {
            AddressesPrint(ref f, ipOff, v6, sport, dport);
            f.PrintTrunc();
            return;
        }

        if (f.Opt.PacketType != null)
        {
            // -T: only the types whose printers exist here are decoded.
            if (f.Opt.PacketType == "domain")
            {
                AddressesPrint(ref f, ipOff, v6, sport, dport);
                Dns.Print(ref f, cp, length, overTcp: false, isMdns: false);
            }
            return;
        }

        AddressesPrint(ref f, ipOff, v6, sport, dport);

        if (f.Opt.Verbose > 0 && !f.Opt.NoChecksum && !fragmented)
        {
            // IPv4 checks only from -vv on; for IPv6 the checksum is mandatory and checked at -v.
            if (!v6 && f.Opt.Verbose > 1)
            {
                int udpSum = f.U16(off + 6);
                if (udpSum == 0) o.Write("[no cksum] "u8);
                else if (f.Has(cp, length)) ChecksumPrint(ref f, ipOff, off, length, udpSum);
            }
            else if (v6 && f.Has(cp, length))
            {
                int udpSum = f.U16(off + 6);
                ChecksumPrint(ref f, ipOff, off, length, udpSum);
            }
        }

        if (!f.Opt.Quiet)
        {
            if (sport == DomainPort || dport == DomainPort)
            {
                Dns.Print(ref f, cp, length, overTcp: false, isMdns: false);
                return;
            }
            if (sport == MulticastDnsPort || dport == MulticastDnsPort)
            {
                Dns.Print(ref f, cp, length, overTcp: false, isMdns: true);
                return;
            }
        }
        if ((uint)ulen > (uint)length && !fragmented)
        {
            o.Write("UDP, bad length "u8); o.Dec(ulen); o.Write(" > "u8); o.Dec(length);
        }
        else
        {
            o.Write("UDP, length "u8); o.Dec(ulen);
        }
    }

    private static void ChecksumPrint(ref Frame f, int ipOff, int off, int length, int udpSum)
    {
        var o = f.Out;
        ushort sum = PseudoHeader.Checksum(ref f, ipOff, off, length + HeaderLength, IpProto.Udp);
        if (sum != 0)
        {
            o.Write("[bad udp cksum 0x"u8); o.Hex((uint)udpSum, 4);
            o.Write(" -> 0x"u8); o.Hex(Checksum.ShouldBe((ushort)udpSum, sum), 4); o.Write("!] "u8);
        }
        else o.Write("[udp sum ok] "u8);
    }

    /// <summary>udpipaddr_print: "src.sport > dst.dport: ", or without ports (-1), or only the ports when tunnelled.</summary>
    private static void AddressesPrint(ref Frame f, int ipOff, bool v6, int sport, int dport)
    {
        var o = f.Out;
        var names = f.Ctx.Names;
        int next = v6 ? f.U8(ipOff + 6) : f.U8(ipOff + 9);
        if (f.Truncated) return;
        if (next == IpProto.Udp)
        {
            if (v6) names.IPv6(o, f.Data.Slice(ipOff + 8, 16));
            else names.IPv4(o, f.Data.Slice(ipOff + 12, 4));
            if (sport != -1) { o.Char('.'); names.UdpPort(o, sport); }
            o.Write(" > "u8);
            if (v6) names.IPv6(o, f.Data.Slice(ipOff + 24, 16));
            else names.IPv4(o, f.Data.Slice(ipOff + 16, 4));
            if (sport != -1) { o.Char('.'); names.UdpPort(o, dport); }
            o.Write(": "u8);
        }
        else if (sport != -1)
        {
            names.UdpPort(o, sport);
            o.Write(" > "u8);
            names.UdpPort(o, dport);
            o.Write(": "u8);
        }
    }
}
