namespace Wirecap.Print;

/// <summary>Link-type numbers (LINKTYPE_*) and the dispatch to each link printer.</summary>
public static class LinkLayer
{
    public const int Null = 0, Ethernet = 1, Ppp = 9, Raw = 101, Loop = 108, LinuxSll = 113, Ipv4 = 228, Ipv6 = 229, LinuxSll2 = 276, IpNet = 226,
        PppSerial = 50, CHdlc = 104, FrameRelay = 107, JuniperEther = 178, PppPppd = 166, Slip = 8, PppEther = 51, SlipBsdos = 15, PppBsdos = 16,
        BrcmTagged = 281, BrcmPrepend = 282, DsaTagDsa = 284, DsaTagEdsa = 285, IpOverIb = 242, VsockLink = 271, NflogLink = 239, Ieee802154WithFcs = 195, Ieee802154NoFcs = 230, Ieee802154Tap = 283;
    public const int AtmRfc1483 = 11, AtmClip = 19, SunAtm = 123, JuniperEs = 132, JuniperAtm1 = 137, Mfr = 182,
        JuniperGgsn = 133, JuniperServices = 136, JuniperMonitor = 164, JuniperPppoe = 167, JuniperPppoeAtm = 168, JuniperPpp = 179,
        JuniperFrelay = 180, JuniperChdlc = 181, JuniperMlppp = 130, JuniperMlfr = 131, JuniperMfr = 134, JuniperAtm2 = 135;

    /// <summary>DLT_RAW's own number, which libpcap (on Linux) also accepts in files as raw IP. (14, OpenBSD's DLT_RAW, it rejects.)</summary>
    public const int RawDlt12 = 12;

    /// <summary>The link printer for the type; sets f.LinkHeaderLength.</summary>
    public static void Print(ref Frame f, int linkType)
    {
        switch (linkType)
        {
            case Ethernet: Wirecap.Print.Ethernet.IfPrint(ref f); break;
            case Null:
            case Loop: NullLink.IfPrint(ref f); break;
            case Raw:
            case RawDlt12:
            case Ipv4:
            case Ipv6: RawIp.IfPrint(ref f); break;
            case LinuxSll: Sll.IfPrint(ref f); break;
            case LinuxSll2: Sll2.IfPrint(ref f); break;
            case IpNet: Wirecap.Print.Ipnet.IfPrint(ref f); break;
            case CHdlc: Chdlc.IfPrint(ref f); break;
            case FrameRelay: Wirecap.Print.FrameRelay.IfPrint(ref f); break;
            case JuniperEther: Juniper.EtherIfPrint(ref f); break;
            case JuniperAtm1: Juniper.Atm1IfPrint(ref f); break;
            case JuniperEs: Juniper.EsIfPrint(ref f); break;
            case JuniperGgsn: Juniper.GgsnIfPrint(ref f); break;
            case JuniperServices: Juniper.ServicesIfPrint(ref f); break;
            case JuniperMonitor: Juniper.MonitorIfPrint(ref f); break;
            case JuniperPppoe: Juniper.PppoeIfPrint(ref f); break;
            case JuniperPppoeAtm: Juniper.PppoeAtmIfPrint(ref f); break;
            case JuniperPpp: Juniper.PppIfPrint(ref f); break;
            case JuniperFrelay: Juniper.FrelayIfPrint(ref f); break;
            case JuniperChdlc: Juniper.ChdlcIfPrint(ref f); break;
            case JuniperMlppp: Juniper.MlpppIfPrint(ref f); break;
            case JuniperMlfr: Juniper.MlfrIfPrint(ref f); break;
            case JuniperMfr: Juniper.MfrIfPrint(ref f); break;
            case JuniperAtm2: Juniper.Atm2IfPrint(ref f); break;
            case AtmRfc1483: Atm.IfPrint(ref f); break;
            case AtmClip: Atm.CipIfPrint(ref f); break;
            case SunAtm: Atm.SunAtmIfPrint(ref f); break;
            case Mfr: Wirecap.Print.FrameRelay.MfrIfPrint(ref f); break;
            case Ppp:
            case PppPppd: Wirecap.Print.Ppp.IfPrint(ref f); break;
            case PppSerial: Wirecap.Print.Ppp.HdlcIfPrint(ref f); break;
            case Slip: Wirecap.Print.Slip.IfPrint(ref f); break;
            case PppEther: Pppoe.IfPrint(ref f); break;
            case SlipBsdos: Wirecap.Print.Slip.BsdosIfPrint(ref f); break;
            case PppBsdos: Wirecap.Print.Ppp.BsdosIfPrint(ref f); break;
            case BrcmTagged: BrcmTag.IfPrint(ref f); break;
            case BrcmPrepend: BrcmTag.PrependIfPrint(ref f); break;
            case DsaTagDsa: Dsa.DsaIfPrint(ref f); break;
            case DsaTagEdsa: Dsa.EdsaIfPrint(ref f); break;
            case IpOverIb: Ipoib.IfPrint(ref f); break;
            case VsockLink: Vsock.IfPrint(ref f); break;
            case NflogLink: Nflog.IfPrint(ref f); break;
            case Ieee802154WithFcs:
            case Ieee802154NoFcs: Ieee802154.IfPrint(ref f); break;
            case Ieee802154Tap: Ieee802154.TapIfPrint(ref f); break;
            case 7: Arcnet.IfPrint(ref f); break;                  // ARCNET_BSD
            case 129: Arcnet.LinuxIfPrint(ref f); break;           // ARCNET_LINUX
            case 114: AppleTalk.LtalkIfPrint(ref f); break;        // LTALK
            case 105: Ieee80211.IfPrint(ref f); break;             // IEEE802_11
            case 127: Radiotap.IfPrint(ref f); break;              // IEEE802_11_RADIO
            case 119: Ieee80211.PrismIfPrint(ref f); break;        // PRISM_HEADER
            case 163: Ieee80211.AvsIfPrint(ref f); break;          // IEEE802_11_RADIO_AVS
            default: Unsupported(ref f); break;
        }
    }

    /// <summary>unsupported_if_print: the protocol name in capitals, then the bytes.</summary>
    private static void Unsupported(ref Frame f)
    {
        f.Proto = "unsupported";
        f.Out.Write("UNSUPPORTED"u8);
        HexDump.HexAndAscii(ref f, "\n\t"u8, 0, f.Data.Length);
    }
}
