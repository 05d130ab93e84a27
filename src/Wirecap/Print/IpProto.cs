namespace Wirecap.Print;

/// <summary>IP protocol numbers (ipproto.c) and ip_demux_print: the payload of IPv4 and IPv6 by next header.</summary>
public static class IpProto
{
    public const int HopOpts = 0, Icmp = 1, Igmp = 2, Ipv4 = 4, Tcp = 6, Egp = 8, Pigp = 9, Udp = 17, Dccp = 33,
        Ipv6 = 41, Routing = 43, Fragment = 44, Rsvp = 46, Gre = 47, Esp = 50, Ah = 51, Mobile = 55, Icmpv6 = 58,
        None = 59, DstOpts = 60, MobilityOld = 62, Nd = 77, Eigrp = 88, Ospf = 89, Pim = 103, IpComp = 108,
        Vrrp = 112, Pgm = 113, Sctp = 132, Mobility = 135, Ethernet = 143;

    /// <summary>ipproto_values: the names -v prints ("proto TCP (6)").</summary>
    public static readonly Tok Names = new(
        (HopOpts, "Options"), (Icmp, "ICMP"), (Igmp, "IGMP"), (Ipv4, "IPIP"), (Tcp, "TCP"), (Egp, "EGP"),
        (Pigp, "IGRP"), (Udp, "UDP"), (Dccp, "DCCP"), (Ipv6, "IPv6"), (Routing, "Routing"), (Fragment, "Fragment"),
        (Rsvp, "RSVP"), (Gre, "GRE"), (Esp, "ESP"), (Ah, "AH"), (Mobile, "Mobile IP"), (Icmpv6, "ICMPv6"),
        (MobilityOld, "Mobile IP (old)"), (Eigrp, "EIGRP"), (Ospf, "OSPF"), (Pim, "PIM"), (IpComp, "Compressed IP"),
        (Vrrp, "VRRP"), (Pgm, "PGM"), (Sctp, "SCTP"), (Mobility, "Mobility"), (Ethernet, "Ethernet"));

    private static readonly byte[][] NameTexts = BuildNameTexts();

    private static byte[][] BuildNameTexts()
    {
        var table = new byte[256][];
        for (int v = 0; v < 256; v++) table[v] = System.Text.Encoding.ASCII.GetBytes(Names.Find((uint)v) ?? "unknown");
        return table;
    }

    /// <summary>tok2str(ipproto_values, "unknown", proto) as UTF-8.</summary>
    public static ReadOnlySpan<byte> NameText(int proto) => NameTexts[proto & 0xff];

    /// <summary>netdb_protoname: the /etc/protocols-style name printed without -n, or null.</summary>
    public static string? NetdbName(int proto) => (uint)proto < (uint)NetdbNames.Length ? NetdbNames[proto] : null;

    private static readonly string?[] NetdbNames = BuildNetdbNames();

    private static string?[] BuildNetdbNames()
    {
        var names = new string?[256];
        string[] first = [
            "hopopt", "icmp", "igmp", "ggp", "ipencap", "st", "tcp", "cbt", "egp", "igp",
            "bbn-rcc-mon", "nvp-ii", "pup", "argus", "emcon", "xnet", "chaos", "udp", "mux", "dcn-meas",
            "hmp", "prm", "xns-idp", "trunk-1", "trunk-2", "leaf-1", "leaf-2", "rdp", "irtp", "iso-tp4",
            "netblt", "mfe-nsp", "merit-inp", "dccp", "3pc", "idpr", "xtp", "ddp", "idpr-cmtp", "tp++",
            "il", "ipv6", "sdrp", "ipv6-route", "ipv6-frag", "idrp", "rsvp", "gre", "dsr", "bna",
            "esp", "ah", "i-nlsp", "swipe", "narp", "mobile", "tlsp", "skip", "ipv6-icmp", "ipv6-nonxt",
            "ipv6-opts", "", "cftp", "", "sat-expak", "kryptolan", "rvd", "ippc", "", "sat-mon",
            "visa", "ipcv", "cpnx", "rspf", "wsn", "pvp", "br-sat-mon", "sun-nd", "wb-mon", "wb-expak",
            "iso-ip", "vmtp", "secure-vmtp", "vines", "ttp", "nsfnet-igp", "dgp", "tcf", "eigrp", "ospf",
            "sprite-rpc", "larp", "mtp", "ax.25", "ipip", "micp", "scc-sp", "etherip", "encap", "",
            "gmtp", "ifmp", "pnni", "pim", "aris", "scps", "qnx", "a/n", "ipcomp", "snp",
            "compaq-peer", "ipx-in-ip", "vrrp", "pgm", "", "l2tp", "ddx", "iatp", "stp", "srp",
            "uti", "smp", "sm", "ptp", "isis", "fire", "crtp", "crudp", "sscopmce", "iplt",
            "sps", "pipe", "sctp", "fc", "rsvp-e2e-ignore", "mobility-header", "udplite", "mpls-in-ip", "manet", "hip",
            "shim6", "wesp", "rohc"];
        for (int i = 0; i < first.Length; i++) names[i] = first[i].Length == 0 ? null : first[i];
        names[253] = "exptest-253";
        names[254] = "exptest-254";
        names[255] = "reserved";
        return names;
    }

    /// <summary>
    /// ip_demux_print. off/length: the payload; ver: 4 or 6; ttlHopLimit: the IP header's TTL or hop limit;
    /// nh: the protocol number; ipOff: the offset of the IP header (printers read addresses there).
    /// </summary>
    public static void Demux(ref Frame f, int off, int length, int ver, bool fragmented, int ttlHopLimit, int nh, int ipOff)
    {
        var o = f.Out;
        switch (nh)
        {
            case Tcp:
                Wirecap.Print.Tcp.Print(ref f, off, length, ipOff, fragmented);
                break;
            case Udp:
                Wirecap.Print.Udp.Print(ref f, off, length, ipOff, fragmented, ttlHopLimit);
                break;
            case Icmp:
                if (ver == 4) Wirecap.Print.Icmp.Print(ref f, off, length, ipOff, fragmented);
                else RequiresPrint(o, nh, "4"u8);
                break;
            case Icmpv6:
                if (ver == 6) Wirecap.Print.Icmp6.Print(ref f, off, length, ipOff, fragmented);
                else RequiresPrint(o, nh, "6"u8);
                break;
            case Igmp:
                if (ver == 4) Wirecap.Print.Igmp.Print(ref f, off, length);
                else RequiresPrint(o, nh, "4"u8);
                break;
            case Ethernet:
                if (ver == 6) Wirecap.Print.Ethernet.Print(ref f, off, length, f.Available(off));
                else RequiresPrint(o, nh, "6"u8);
                break;
            case Ipv4:
                Ip.Print(ref f, off, length);
                break;
            case Ipv6:
                Ip6.Print(ref f, off, length);
                break;
            case Pim:
                Wirecap.Print.Pim.Print(ref f, off, length, ipOff);
                break;
            case Vrrp:
                if (f.Opt.PacketType == "carp") Carp.Print(ref f, off, length, ttlHopLimit);
                else Wirecap.Print.Vrrp.Print(ref f, off, length, ipOff, ttlHopLimit, ver);
                break;
            case Rsvp:
                Wirecap.Print.Rsvp.Print(ref f, off, length);
                break;
            case Nd:
                o.Write(" nd "u8); o.Dec((uint)length);
                break;
            case None:
                o.Write("no next header"u8);
                break;
            case Gre:
                Wirecap.Print.Gre.Print(ref f, off, length);
                break;
            case Ah:
                {
                    // AH carries the next protocol: print it, then demultiplex what follows
                    if (!f.Has(off, 1)) { f.Proto = "ah"; f.PrintTrunc(); break; }
                    int next = f.Data[off];
                    int advance = Wirecap.Print.Ah.Print(ref f, off);
                    if (advance > 0) Demux(ref f, off + advance, length - advance, ver, fragmented, ttlHopLimit, next, ipOff);
                    break;
                }
            case Esp:
                Wirecap.Print.Esp.Print(ref f, off, length);
                break;
            case IpComp:
                Wirecap.Print.IpComp.Print(ref f, off);
                break;
            case Eigrp:
                Wirecap.Print.Eigrp.Print(ref f, off, length);
                break;
            case Pigp:
                Igrp.Print(ref f, off, length);
                break;
            case Dccp:
                Wirecap.Print.Dccp.Print(ref f, off, length, ipOff);
                break;
            case Pgm:
                Wirecap.Print.Pgm.Print(ref f, off, length, ipOff);
                break;
            case Sctp:
                Wirecap.Print.Sctp.Print(ref f, off, length, ipOff);
                break;
            case Ospf when ver == 6:
                Ospf6.Print(ref f, off, length);
                break;
            default:
                // Protocols without a printer here (OSPFv2, EGP, ...) print as tcpdump
                // prints a protocol it does not decode.
                Undecoded(ref f, nh, length);
                break;
        }
    }

    /// <summary>"[ICMP requires IPv4] (invalid)" and the like.</summary>
    private static void RequiresPrint(TextOut o, int nh, ReadOnlySpan<byte> version)
    {
        o.Write("["u8); Names.Print(o, (uint)nh, "unknown"); o.Write(" requires IPv"u8); o.Write(version);
        o.Write("] (invalid)"u8);
    }

    /// <summary>The default of ip_demux_print: " name length" or " ip-proto-N length".</summary>
    private static void Undecoded(ref Frame f, int nh, int length)
    {
        var o = f.Out;
        if (f.Opt.Resolve && NetdbName(nh) is { } name) { o.Char(' '); o.Write(name); }
        else { o.Write(" ip-proto-"u8); o.Dec(nh); }
        o.Char(' ');
        o.Dec((uint)length);
    }
}
