namespace Wirecap.Print;

/// <summary>IP protocol numbers (ipproto.c) and ip_demux_print: the payload of IPv4 and IPv6 by next header.</summary>
public static class IpProto
{
    public const int HopOpts = 0, Icmp = 1, Igmp = 2, Tcp = 6, Udp = 17, Ipv6 = 41, Routing = 43, Fragment = 44,
        Gre = 47, Esp = 50, Ah = 51, Icmpv6 = 58, None = 59, DstOpts = 60, Sctp = 132;

    /// <summary>
    /// ip_demux_print. off/length: the payload; ver: 4 or 6; ttlHopLimit: the IP header's TTL or hop limit;
    /// nh: the protocol number; ipOff: the offset of the IP header (printers read addresses there).
    /// </summary>
    public static void Demux(ref Frame f, int off, int length, int ver, bool fragmented, int ttlHopLimit, int nh, int ipOff)
    {
        f.Out.Write(" ip-proto-"u8);
        f.Out.Dec(nh);
    }
}
