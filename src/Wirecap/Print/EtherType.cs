namespace Wirecap.Print;

/// <summary>EtherType values (ethertype.h), their names, and ethertype_print's dispatch.</summary>
public static class EtherType
{
    public const int Ip = 0x0800, Arp = 0x0806, RevArp = 0x8035, Ipv6 = 0x86dd,
        Vlan8021Q = 0x8100, Vlan8021Q9100 = 0x9100, Vlan8021Q9200 = 0x9200, Vlan8021QinQ = 0x88a8,
        Mpls = 0x8847, MplsMulti = 0x8848, PppoeD = 0x8863, PppoeS = 0x8864, Lldp = 0x88cc, Loopback = 0x9000, Jumbo = 0x8870,
        MacSec = 0x88e5, Arista = 0xd28b, Iso = 0xfefe,
        Ppp = 0x880b, PppoeD2 = 0x3c12, PppoeS2 = 0x3c13;

    public static readonly Tok Names = new(
        (0x0800, "IPv4"), (0x8847, "MPLS unicast"), (0x8848, "MPLS multicast"), (0x86dd, "IPv6"),
        (0x8100, "802.1Q"), (0x9100, "802.1Q-9100"), (0x88a8, "802.1Q-QinQ"), (0x9200, "802.1Q-9200"),
        (0x88e5, "802.1AE MACsec"), (0x9100, "VMAN"), (0x0200, "PUP"), (0x0806, "ARP"), (0x8035, "Reverse ARP"),
        (0x0600, "NS"), (0x0500, "Sprite"), (0x1000, "Trail"), (0x6001, "MOP DL"), (0x6002, "MOP RC"),
        (0x6003, "DN"), (0x6004, "LAT"), (0x6007, "SCA"), (0x6558, "TEB"), (0x8038, "Lanbridge"),
        (0x803c, "DEC DNS"), (0x803e, "DEC DTS"), (0x805b, "VEXP"), (0x805c, "VPROD"), (0x809b, "Appletalk"),
        (0x80f3, "Appletalk ARP"), (0x8137, "IPX"), (0x880b, "PPP"), (0x8808, "MPCP"), (0x8809, "Slow Protocols"),
        (0x8863, "PPPoE D"), (0x8864, "PPPoE S"), (0x888e, "EAPOL"), (0x8899, "Realtek protocols"),
        (0x886f, "MS NLB heartbeat"), (0x8870, "Jumbo"), (0x894F, "NSH"), (0x9000, "Loopback"), (0xfefe, "OSI"),
        (0x00FE, "GRE-OSI"), (0xabcd, "CFM (old)"), (0x8902, "CFM"), (0x893a, "IEEE1905.1"), (0x88cc, "LLDP"),
        (0x88ca, "TIPC"), (0x0707, "GeoNet (old)"), (0x8947, "GeoNet"), (0x1111, "CALM FAST"), (0x88a2, "AoE"),
        (0x88f7, "PTP"), (0xd28b, "Arista Vendor Specific Protocol"));

    /// <summary>
    /// ethertype_print: prints the payload of a known EtherType and returns true, or returns false
    /// so that the caller prints the frame as undecoded. src and dst are the link addresses' offsets.
    /// </summary>
    public static bool Print(ref Frame f, int type, int p, int length, int caplen, int src, int dst)
    {
        switch (type)
        {
            case Ip: Wirecap.Print.Ip.Print(ref f, p, length); return true;
            case Ipv6: Wirecap.Print.Ip6.Print(ref f, p, length); return true;
            case Eap.EtherTypeEapol: Eap.EapolPrint(ref f, p); return true;
            case Nsh.EtherTypeNsh: Nsh.Print(ref f, p, length); return true;
            case Arp:
            case RevArp: Wirecap.Print.Arp.Print(ref f, p, length, caplen); return true;
            case Loopback: Wirecap.Print.Loopback.Print(ref f, p, length); return true;
            case Mpls:
            case MplsMulti: Wirecap.Print.Mpls.Print(ref f, p, length); return true;
            case Lldp: Wirecap.Print.Lldp.Print(ref f, p, length); return true;
            case Cfm.EtherTypeCfm:
            case Cfm.EtherTypeCfmOld: Cfm.Print(ref f, p, length); return true;
            case Slow.EtherTypeSlow: Slow.Print(ref f, p, length); return true;
            case MsNlb.EtherTypeMsNlb: MsNlb.Print(ref f, p); return true;
            case Aoe.EtherTypeAoe: Aoe.Print(ref f, p, length); return true;
            case Ptp.EtherTypePtp: Ptp.Print(ref f, p, length); return true;
            case 0x6003: Decnet.Print(ref f, p, length, caplen); return true;
            case 0x809b: AppleTalk.EtherPrint(ref f, p, length); return true;
            case 0x80f3: AppleTalk.AarpPrint(ref f, p, length); return true;
            case 0x8137: f.Out.Write("(NOV-ETHII) "u8); Ipx.Print(ref f, p, length); return true;
            case Geonet.EtherTypeGeonet:
            case Geonet.EtherTypeGeonetOld: Geonet.Print(ref f, p, length, src); return true;
            case Tipc.EtherTypeTipc: Tipc.Print(ref f, p); return true;
            case Geonet.EtherTypeCalmFast: Geonet.CalmFastPrint(ref f, p, length, src); return true;
            case Iso:
                if (length == 0 || caplen == 0)
                {
                    f.Proto = "isoclns";
                    f.PrintTrunc();
                    return true;
                }
                // one byte (of unknown meaning) before the NLPID
                if (!f.Need(p, 1)) return true;
                IsoClns.Print(ref f, p + 1, length - 1);
                return true;
            case PppoeD:
            case PppoeS:
            case PppoeD2:
            case PppoeS2: Wirecap.Print.Pppoe.Print(ref f, p, length); return true;
            case Ppp:
                if (length != 0)
                {
                    f.Out.Write(": "u8);
                    Wirecap.Print.Ppp.Print(ref f, p, length);
                }
                return true;
            default: return false;
        }
    }
}
