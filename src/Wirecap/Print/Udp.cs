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
            // -T: the payload is taken to be of that type whatever the ports. Every type but "rpc"
            // starts with the addresses; only the printers written here decode the rest.
            var type = f.Opt.PacketType;
            if (type == "rpc") return;
            if (type is "vat" or "wb" or "rtp" or "rtcp" or "snmp" or "cnfp" or "tftp" or "aodv" or "radius" or "vxlan"
                or "pgm" or "pgm_zmtp1" or "lmp" or "ptp" or "someip" or "domain")
                AddressesPrint(ref f, ipOff, v6, sport, dport);
            switch (type)
            {
                case "domain": Dns.Print(ref f, cp, length, overTcp: false, isMdns: false); break;
                case "tftp": Tftp.Print(ref f, cp, length); break;
                case "vxlan": Vxlan.Print(ref f, cp, length); break;
                case "someip": SomeIp.Print(ref f, cp, length); break;
                case "radius": Radius.Print(ref f, cp, length); break;
                case "lmp": Lmp.Print(ref f, cp, length); break;
                case "wb": Wb.Print(ref f, cp, length); break;
                case "pgm" or "pgm_zmtp1": Pgm.Print(ref f, cp, length, ipOff); break;
                case "ptp": Ptp.Print(ref f, cp, length); break;
                case "snmp": Snmp.Print(ref f, cp, length); break;
                case "aodv": Aodv.Print(ref f, cp, length, v6); break;
                case "vat": Rtp.VatPrint(ref f, cp, length); break;
                case "rtp": Rtp.RtpPrint(ref f, cp, length); break;
                case "rtcp": Rtp.RtcpPrint(ref f, cp); break;
            }
            return;
        }

        AddressesPrint(ref f, ipOff, v6, sport, dport);
        if (!f.Opt.Quiet && (dport == Nfs.Port || sport == Nfs.Port) && Nfs.UdpPrint(ref f, cp, length, sport, dport, ipOff)) return;

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

        if (!f.Opt.Quiet && PayloadPrint(ref f, cp, length, sport, dport, v6, ipOff)) return;
        if ((uint)ulen > (uint)length && !fragmented)
        {
            o.Write("UDP, bad length "u8); o.Dec(ulen); o.Write(" > "u8); o.Dec(length);
        }
        else
        {
            o.Write("UDP, length "u8); o.Dec(ulen);
        }
    }

    /// <summary>
    /// The application printers tcpdump chooses by port, in its order; false when the payload is
    /// left undecoded ("UDP, length N"), also for the ports whose printers are not written here yet
    /// (they still take their place in the order, so that a later port does not claim their packets).
    /// </summary>
    private static bool PayloadPrint(ref Frame f, int cp, int length, int sport, int dport, bool v6, int ipOff)
    {
        static bool Is(int sport, int dport, int port) => sport == port || dport == port;
        if (Is(sport, dport, DomainPort)) { Dns.Print(ref f, cp, length, overTcp: false, isMdns: false); return true; }
        if (Is(sport, dport, MulticastDnsPort)) { Dns.Print(ref f, cp, length, overTcp: false, isMdns: true); return true; }
        if (Is(sport, dport, Timed.Port)) { Timed.Print(ref f, cp); return true; }
        if (Is(sport, dport, 69)) { Tftp.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, 67) || Is(sport, dport, 68)) { Bootp.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, Rip.Port)) { Rip.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, Aodv.Port)) { Aodv.Print(ref f, cp, length, v6); return true; }
        if (Is(sport, dport, 500)) { Isakmp.Print(ref f, cp, length, ipOff); return true; }
        if (Is(sport, dport, 4500)) { Isakmp.Rfc3948Print(ref f, cp, length, ipOff); return true; }
        if (Is(sport, dport, 7500) || Is(sport, dport, 8500)) { Isakmp.Print(ref f, cp, length, ipOff); return true; }
        if (Is(sport, dport, 161) || Is(sport, dport, 162)) { Snmp.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, 123)) { Ntp.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, Krb.Port) || Is(sport, dport, Krb.SecPort)) { Krb.Print(ref f, cp); return true; }
        if (Is(sport, dport, L2tp.Port)) { L2tp.Print(ref f, cp, length); return true; }
        if (dport == Rtp.VatPort) { Rtp.VatPrint(ref f, cp, length); return true; }
        if (Is(sport, dport, Zephyr.ServerPort) || Is(sport, dport, Zephyr.ClientPort)) { Zephyr.Print(ref f, cp, length); return true; }
        if ((sport >= Rx.PortLow && sport <= Rx.PortHigh) || (dport >= Rx.PortLow && dport <= Rx.PortHigh))
        { Rx.Print(ref f, cp, length, sport, dport, ipOff); return true; }
        if (Is(sport, dport, Ripng.Port)) { Ripng.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, 546) || Is(sport, dport, 547)) { Dhcp6.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, Ahcp.Port)) { Ahcp.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, Babel.Port) || Is(sport, dport, Babel.OldPort)) { Babel.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, Hncp.Port)) { Hncp.Print(ref f, cp, length); return true; }
        if (dport == Wb.Port) { Wb.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, Pim.AutoRpPort)) { Pim.AutoRpPrint(ref f, cp, length); return true; }
        if (Is(sport, dport, 1645) || Is(sport, dport, 1812) || Is(sport, dport, 1646) || Is(sport, dport, 1813) ||
            Is(sport, dport, 1700) || Is(sport, dport, 3799))
        { Radius.Print(ref f, cp, length); return true; }
        if (dport == 1985) { Hsrp.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, Lwres.Port)) { Lwres.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, Ldp.Port)) { Ldp.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, Olsr.Port)) { Olsr.Print(ref f, cp, length, v6); return true; }
        if (Is(sport, dport, LspPing.Port)) { LspPing.Print(ref f, cp, length); return true; }
        if (sport == BcmLi.Port) { BcmLi.Print(ref f, cp, length); return true; }
        if (dport is Bfd.ControlPort or Bfd.MultihopPort or Bfd.LagPort or Bfd.EchoPort) { Bfd.Print(ref f, cp, length, dport); return true; }
        if (Is(sport, dport, Lmp.Port)) { Lmp.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, Vqp.Port)) { Vqp.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, Sflow.Port)) { Sflow.Print(ref f, cp, length); return true; }
        if (dport == 12223 || sport == 12223 || Is(sport, dport, 12222) ||          // LWAPP
            Is(sport, dport, 5060))                                                 // SIP
            return false;
        if (Is(sport, dport, 514)) { Syslog.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, Otv.Port)) { Otv.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, 4789)) { Vxlan.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, Geneve.Port)) { Geneve.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, Lisp.Port)) { Lisp.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, VxlanGpe.Port)) { VxlanGpe.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, 17754)) return false;                                          // ZEP
        if (Is(sport, dport, 6635)) { Mpls.Print(ref f, cp, length); return true; }         // MPLS over UDP (RFC 7510)
        // AppleTalk DDP in UDP (a LAP header of type DDP on an AppleTalk port range), then PTP.
        if (f.Has(cp + 2, 1) && f.Data[cp + 2] == 2 && (AppleTalk.IsPort(sport) || AppleTalk.IsPort(dport)))
        {
            if (f.Opt.Verbose > 0) f.Out.Write("kip "u8);
            AppleTalk.LlapPrint(ref f, cp, length);
            return true;
        }
        if (Is(sport, dport, Ptp.EventPort) || Is(sport, dport, Ptp.GeneralPort)) { Ptp.Print(ref f, cp, length); return true; }
        if (Is(sport, dport, SomeIp.Port)) { SomeIp.Print(ref f, cp, length); return true; }
        return false;
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
