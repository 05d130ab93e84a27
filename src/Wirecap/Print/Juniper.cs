namespace Wirecap.Print;

/// <summary>
/// Juniper's capture header (print-juniper.c): the magic "MGC", flags, optional extension TLVs, a
/// PIC-specific cookie (none for Ethernet), then the frame.
/// <code>
/// +-----+-----+-----+-------+---------------------+----------+----------------------
/// | 'M' | 'G' | 'C' | flags | [ext length, TLVs]  | [cookie] | frame
/// +-----+-----+-----+-------+---------------------+----------+----------------------
/// </code>
/// Decoded: the ETHER, ATM1, ATM2, ES, GGSN, SERVICES, MONITOR, PPPOE, PPPOE_ATM, PPP, FRELAY, CHDLC,
/// MLPPP, MLFR and MFR link types.
/// </summary>
public static class Juniper
{
    private const int PktIn = 0x1, NoL2 = 0x2, Ext = 0x80;
    private const uint MagicMgc = 0x4d4743;
    private const int TlvOverhead = 2;
    private const int TlvIfdMediaType = 3, TlvIflEncaps = 6, TlvTtpIfdMediaType = 7, TlvTtpIflEncaps = 8;

    /// <summary>The PIC types (DLT numbers) decoded here.</summary>
    public const int PicMlppp = 130, PicMlfr = 131, PicMfr = 134, PicAtm2 = 135;
    public const int PicEs = 132, PicGgsn = 133, PicServices = 136, PicAtm1 = 137, PicMonitor = 164, PicPppoe = 167, PicPppoeAtm = 168,
        PicEther = 178, PicPpp = 179, PicFrelay = 180, PicChdlc = 181;

    /// <summary>
    /// The cookie each PIC type carries and the name shown with -e; -1 for the PIC types that have
    /// none (no cookie and no "-PIC" text).
    /// </summary>
    private static int CookieLength(int pic) => pic switch
    {
        PicAtm1 or PicMfr => 4,
        PicMlppp or PicMlfr => 2,
        PicAtm2 or PicGgsn or PicMonitor or PicServices => 8,
        PicPppoe or PicPppoeAtm or PicEs => 0,
        _ => -1,
    };

    private static ReadOnlySpan<byte> PicName(int pic) => pic switch
    {
        PicAtm1 => "ATM1"u8,
        PicAtm2 => "ATM2"u8,
        PicMlppp => "MLPPP"u8,
        PicMlfr => "MLFR"u8,
        PicMfr => "MFR"u8,
        PicGgsn => "GGSN"u8,
        PicMonitor => "MONITOR"u8,
        PicServices => "AS"u8,
        PicPppoe => "PPPoE"u8,
        PicPppoeAtm => "PPPoE ATM"u8,
        _ => "ES"u8,
    };

    private const int ProtoIpv4 = 2, ProtoIpv6 = 6;

    /// <summary>The L3 protocol an AS (LSQ) cookie names, in bits 4-8 of its sixth byte.</summary>
    private const int LsqL3ProtoMask = 0x17 << 4, LsqIpv4 = 0 << 4, LsqIpv6 = 1 << 4, LsqMpls = 2 << 4, LsqIso = 3 << 4;
    private const int LsqCookieRe = 1 << 3, LsqCookieDir = 1 << 2;
    private const int Atm2PktTypeMask = 0x70, Atm2GapCountMask = 0x3f;
    private const int PppOsi = 0x0023, PppAddressControl = 0xff03;
    private static readonly Tok GgsnProtocols = new((1, "Null"), (ProtoIpv4, "IPv4"), (ProtoIpv6, "IPv6"));

    private const int LsCookieId = 0x54, AsCookieId = 0x47;

    private static readonly Tok IpsecTypes = new(
        (1, "ESP ENCR-AUTH"), (2, "ESP ENCR-AH AUTH"), (3, "ESP AUTH"), (4, "AH AUTH"), (5, "ESP ENCR"));

    private static readonly Tok Direction = new((1, "In"), (0, "Out"));

    private static readonly Tok Flags = new((Ext, "Ext"), (0x40, "Filter"), (0x4, "IIF"), (NoL2, "no-L2"), (PktIn, "In"));

    private static readonly Tok ExtTlvs = new(
        (1, "Device Interface Index"), (2, "Device Interface Name"), (3, "Device Media Type"), (4, "Logical Interface Index"),
        (5, "Logical Unit Number"), (6, "Logical Interface Encapsulation"), (7, "TTP derived Device Media Type"),
        (8, "TTP derived Logical Interface Encapsulation"));

    private static readonly Tok IfMediaTypes = new(
        (1, "Ethernet"), (2, "FDDI"), (3, "Token-Ring"), (4, "PPP"), (57, "PPP-Subordinate"), (5, "Frame-Relay"),
        (6, "Cisco-HDLC"), (7, "SMDS-DXI"), (8, "ATM-PVC"), (9, "PPP-CCC"), (10, "Frame-Relay-CCC"),
        (48, "Extended FR-CCC"), (11, "IP-over-IP"), (12, "GRE"), (13, "PIM-Encapsulator"), (14, "PIM-Decapsulator"),
        (15, "Cisco-HDLC-CCC"), (16, "VLAN-CCC"), (32, "Extended-VLAN-CCC"), (17, "Multilink-PPP"),
        (18, "Multilink-FR"), (39, "Multilink-FR-UNI-NNI"), (19, "Multilink"), (40, "LinkService"), (20, "LSI"),
        (22, "ATM-CCC-Cell-Relay"), (23, "IPSEC-over-IP"), (24, "GGSN"), (27, "PPP-TCC"), (28, "Frame-Relay-TCC"),
        (49, "Extended FR-TCC"), (29, "Cisco-HDLC-TCC"), (30, "Ethernet-CCC"), (31, "VPN-Loopback-tunnel"),
        (33, "Ethernet-over-ATM"), (46, "Ethernet-VPLS-over-ATM"), (34, "Monitor"), (35, "Ethernet-TCC"),
        (36, "VLAN-TCC"), (37, "Extended-VLAN-TCC"), (38, "Controller"), (41, "VPLS"), (42, "VLAN-VPLS"),
        (43, "Extended-VLAN-VPLS"), (44, "Logical-tunnel"), (45, "General-Services"), (56, "PPPoE"),
        (52, "Flexible-Ethernet-Services"), (50, "Flexible-FrameRelay"), (53, "Flow-collection"), (60, "PIC Peer"),
        (59, "Dynamic-Flow-Capture"));

    private static readonly Tok IflEncaps = new(
        (59, "Aggregator"), (9, "CCC over ATM"), (32, "ATM CCC Cell Relay"), (26, "CISCO compatible NLPID"),
        (56, "Ethernet over ATM CCC"), (41, "Ethernet over ATM LLC"), (53, "Ethernet VPLS over ATM LLC"),
        (5, "ATM LLC"), (55, "MLPPP over ATM LLC"), (3, "ATM NLPID"), (61, "PPPoE over ATM LLC"),
        (8, "PPP over FUNI"), (7, "PPP over ATM LLC"), (6, "PPP over ATM VCMUX"), (2, "ATM SNAP"),
        (43, "ATM SNAP TCC"), (35, "ATM VCMUX TCC"), (4, "ATM VCMUX"), (18, "C-HDLC"), (25, "C-HDLC CCC"),
        (65, "C-HDLC via dialer"), (38, "C-HDLC TCC"), (58, "Collector"), (33, "Crypto"), (14, "Ethernet"),
        (39, "Ethernet CCC"), (51, "Extended VLAN VPLS"), (62, "PPPoE over Ethernet"), (45, "Ethernet TCC"),
        (50, "VLAN VPLS"), (49, "VPLS"), (42, "Extended VLAN CCC"), (47, "Extended VLAN TCC"), (13, "FR CCC"),
        (10, "FR NLPID"), (54, "FR CCC"), (12, "FR PPP"), (11, "FR SNAP"), (36, "FR TCC"), (34, "GGSN"),
        (22, "GRE NULL"), (23, "PPP over GRE"), (20, "IPIP"), (60, "LAPD"), (30, "LSI Null"), (57, "LT VLAN"),
        (48, "MFR"), (29, "MLFR"), (28, "MLPPP"), (44, "Monitor"), (24, "PIMd"), (21, "PIM Null"), (17, "PPP"),
        (63, "PPPoE"), (19, "PPP CCC"), (64, ""), (37, "PPP TCC"), (52, "General Services"), (27, "VLAN CCC"),
        (46, "VLAN TCC"), (40, "VT"));

    /// <summary>juniper_ether_if_print.</summary>
    public static void EtherIfPrint(ref Frame f)
    {
        f.Proto = "juniper_ether";
        bool ok = ParseHeader(ref f, PicEther, out int headerLen, out int length, out int caplen, out _);
        if (!ok) { f.LinkHeaderLength += headerLen; return; }
        f.LinkHeaderLength += headerLen + Ethernet.Print(ref f, headerLen, length, caplen);
    }

    /// <summary>juniper_atm1_if_print: a 4-byte cookie; an OAM cell, LLC, Cisco NLPID or bare IP follows.</summary>
    public static void Atm1IfPrint(ref Frame f)
    {
        f.Proto = "juniper_atm1";
        if (!ParseHeader(ref f, PicAtm1, out int headerLen, out int length, out int caplen, out int cookie))
        {
            f.LinkHeaderLength += headerLen;
            return;
        }
        f.LinkHeaderLength += headerLen;
        int p = headerLen;
        if (f.U8(cookie) == 0x80) { Atm.OamPrint(ref f, p, length, Atm.OamNoHec); return; }

        uint first3 = f.U24(p);
        if (f.Truncated) return;
        if (first3 is 0xfefe03 or 0xaaaa03)
        {
            // NLPID or SNAP encapsulation
            if (Llc.Print(ref f, p, length, caplen, -1, -1) > 0) return;
            if (f.Truncated) return;
        }
        if (f.U8(p) == 0x03)
        {
            // Cisco-style NLPID
            IsoClns.Print(ref f, p + 1, length - 1);
            return;
        }
        IpHeuristicGuess(ref f, p, length);
    }

    /// <summary>juniper_es_if_print: the IPsec services header, then IPv4.</summary>
    public static void EsIfPrint(ref Frame f)
    {
        f.Proto = "juniper_es";
        if (!ParseHeader(ref f, PicEs, out int headerLen, out int length, out _, out _))
        {
            f.LinkHeaderLength += headerLen;
            return;
        }
        f.LinkHeaderLength += headerLen;
        var o = f.Out;
        // sa_index(2) ttl(1) type(1) spi(4) src(4) dst(4)
        int ih = headerLen;
        if (!f.Need(ih, 16)) return;
        int type = f.U8(ih + 3);
        int rewriteLen;
        bool bundle;
        switch (type)
        {
            case 1: case 2: rewriteLen = 0; bundle = true; break;
            case 3: case 4: case 5: rewriteLen = 16; bundle = false; break;
            default:
                o.Write("ES Invalid type "u8); o.Dec((uint)type); o.Write(", length "u8); o.Dec((uint)length);
                return;
        }
        length -= rewriteLen;
        if (f.Opt.LinkHeader)
        {
            o.Write("ES SA, index "u8); o.Dec(f.U16(ih)); o.Write(", ttl "u8); o.Dec(f.U8(ih + 2));
            o.Write(" type "u8); IpsecTypes.Print(o, (uint)type, "Unknown"); o.Write(" ("u8); o.Dec((uint)type); o.Write("), "u8);
            if (!bundle)
            {
                o.Write("spi "u8); o.Dec(f.U32(ih + 4)); o.Write(", Tunnel "u8);
                f.Ctx.Names.IPv4(o, f.Bytes(ih + 8, 4)); o.Write(" > "u8); f.Ctx.Names.IPv4(o, f.Bytes(ih + 12, 4));
                o.Write(", "u8);
            }
            o.Write("length "u8); o.Dec((uint)length); o.Char('\n');
        }
        Ip.Print(ref f, ih + rewriteLen, length);
    }

    /// <summary>juniper_ggsn_if_print: the cookie holds the payload protocol and the VLAN.</summary>
    public static void GgsnIfPrint(ref Frame f)
    {
        f.Proto = "juniper_ggsn";
        bool ok = ParseHeader(ref f, PicGgsn, out int headerLen, out int length, out _, out int cookie);
        f.LinkHeaderLength += headerLen;
        if (!ok) return;
        var o = f.Out;
        // cookie: svc_id(1) flags_len(1) proto(1) flags(1) vlan_id(2) reserved(2)
        int proto = f.U8(cookie + 2);
        if (f.Opt.LinkHeader)
        {
            o.Write("proto "u8); GgsnProtocols.Print(o, (uint)proto, "Unknown"); o.Write(" ("u8); o.Dec((uint)proto);
            o.Write("), vlan "u8); o.Dec(f.U16(cookie + 4)); o.Write(": "u8);
        }
        int p = headerLen;
        switch (proto)
        {
            case ProtoIpv4: Ip.Print(ref f, p, length); break;
            case ProtoIpv6: Ip6.Print(ref f, p, length); break;
            default:
                if (!f.Opt.LinkHeader) { o.Write("unknown GGSN proto ("u8); o.Dec((uint)proto); o.Char(')'); }
                break;
        }
    }

    /// <summary>juniper_monitor_if_print: a monitoring header, then IPv4 or IPv6 guessed from the first byte.</summary>
    public static void MonitorIfPrint(ref Frame f)
    {
        f.Proto = "juniper_monitor";
        bool ok = ParseHeader(ref f, PicMonitor, out int headerLen, out int length, out _, out _);
        f.LinkHeaderLength += headerLen;
        if (!ok) return;
        // pkt_type(1) padding(1) iif(2) service_id(4)
        int p = headerLen;
        if (!f.Need(p, 8)) return;
        if (f.Opt.LinkHeader)
        {
            var o = f.Out;
            o.Write("service-id "u8); o.Dec(f.U32(p + 4)); o.Write(", iif "u8); o.Dec(f.U16(p + 2));
            o.Write(", pkt-type "u8); o.Dec(f.U8(p)); o.Write(": "u8);
        }
        // the header is not skipped: tcpdump guesses from its first byte
        IpHeuristicGuess(ref f, p, length);
    }

    /// <summary>juniper_services_if_print: a services header, then IPv4 or IPv6 guessed from the first byte.</summary>
    public static void ServicesIfPrint(ref Frame f)
    {
        f.Proto = "juniper_services";
        bool ok = ParseHeader(ref f, PicServices, out int headerLen, out int length, out _, out _);
        f.LinkHeaderLength += headerLen;
        if (!ok) return;
        // svc_id(1) flags_len(1) svc_set_id(2) pad(1) dir_iif(3)
        int p = headerLen;
        if (!f.Need(p, 8)) return;
        if (f.Opt.LinkHeader)
        {
            var o = f.Out;
            o.Write("service-id "u8); o.Dec(f.U8(p)); o.Write(" flags 0x"u8); o.Hex2(f.U8(p + 1));
            o.Write(" service-set-id 0x"u8); o.Hex(f.U16(p + 2), 4); o.Write(" iif "u8); o.Dec(f.U24(p + 5)); o.Write(": "u8);
        }
        // the header is not skipped: tcpdump guesses from its first byte
        IpHeuristicGuess(ref f, p, length);
    }

    /// <summary>juniper_pppoe_if_print: Ethernet frames (carrying PPPoE).</summary>
    public static void PppoeIfPrint(ref Frame f)
    {
        f.Proto = "juniper_pppoe";
        bool ok = ParseHeader(ref f, PicPppoe, out int headerLen, out int length, out int caplen, out _);
        f.LinkHeaderLength += headerLen;
        if (ok) Ethernet.Print(ref f, headerLen, length, caplen);
    }

    /// <summary>juniper_pppoe_atm_if_print: an EtherType, then PPPoE.</summary>
    public static void PppoeAtmIfPrint(ref Frame f)
    {
        f.Proto = "juniper_pppoe_atm";
        bool ok = ParseHeader(ref f, PicPppoeAtm, out int headerLen, out int length, out int caplen, out _);
        f.LinkHeaderLength += headerLen;
        if (!ok) return;
        int p = headerLen;
        int et = f.U16(p);
        if (f.Truncated) return;
        if (!EtherType.Print(ref f, et, p + 2, length - 2, caplen - 2, -1, -1) && !f.Truncated)
        {
            f.Out.Write("unknown ethertype 0x"u8); f.Out.Hex((uint)et, 4);
        }
    }

    /// <summary>juniper_ppp_if_print: PPP frames.</summary>
    public static void PppIfPrint(ref Frame f)
    {
        f.Proto = "juniper_ppp";
        bool ok = ParseHeader(ref f, PicPpp, out int headerLen, out int length, out _, out _);
        f.LinkHeaderLength += headerLen;
        if (ok) Ppp.Print(ref f, headerLen, length);
    }

    /// <summary>juniper_frelay_if_print: Frame Relay frames.</summary>
    public static void FrelayIfPrint(ref Frame f)
    {
        f.Proto = "juniper_frelay";
        bool ok = ParseHeader(ref f, PicFrelay, out int headerLen, out int length, out _, out _);
        f.LinkHeaderLength += headerLen;
        if (ok) FrameRelay.Print(ref f, headerLen, length);
    }

    /// <summary>juniper_chdlc_if_print: Cisco HDLC frames.</summary>
    public static void ChdlcIfPrint(ref Frame f)
    {
        f.Proto = "juniper_chdlc";
        bool ok = ParseHeader(ref f, PicChdlc, out int headerLen, out int length, out _, out _);
        f.LinkHeaderLength += headerLen;
        if (ok) Chdlc.Print(ref f, headerLen, length);
    }

    /// <summary>juniper_atm2_if_print: an 8-byte cookie; an OAM cell, LLC, Ethernet, Cisco NLPID, PPP or bare IP follows.</summary>
    public static void Atm2IfPrint(ref Frame f)
    {
        f.Proto = "juniper_atm2";
        bool ok = ParseHeader(ref f, PicAtm2, out L2Info l2);
        f.LinkHeaderLength += l2.HeaderLen;
        if (!ok) return;
        int p = l2.HeaderLen;
        if ((l2.CookieByte(7) & Atm2PktTypeMask) != 0) { Atm.OamPrint(ref f, p, l2.Length, Atm.OamNoHec); return; }

        uint first3 = f.U24(p);
        if (f.Truncated) return;
        if (first3 is 0xfefe03 or 0xaaaa03)
        {
            // NLPID or SNAP encapsulation
            if (Llc.Print(ref f, p, l2.Length, l2.Caplen, -1, -1) > 0) return;
            if (f.Truncated) return;
        }
        if (l2.Direction != PktIn && (l2.Cookie32 & Atm2GapCountMask) != 0)
        {
            // Ethernet over RFC 1483
            Ethernet.Print(ref f, p, l2.Length, l2.Caplen);
            return;
        }
        if (f.U8(p) == 0x03)
        {
            // Cisco-style NLPID
            IsoClns.Print(ref f, p + 1, l2.Length - 1);
            return;
        }
        if (PppHeuristicGuess(ref f, p, l2.Length) || f.Truncated) return;
        IpHeuristicGuess(ref f, p, l2.Length);
    }

    /// <summary>juniper_mlppp_if_print: multilink PPP; an AS cookie names the L3 protocol itself.</summary>
    public static void MlpppIfPrint(ref Frame f)
    {
        f.Proto = "juniper_mlppp";
        bool ok = ParseHeader(ref f, PicMlppp, out L2Info l2);
        f.LinkHeaderLength += l2.HeaderLen;
        if (!ok) return;
        // a cookie that looks like a PPP header means a child link: no bundle to show
        if (f.Opt.LinkHeader && l2.Cookie16 != PppOsi && l2.Cookie16 != PppAddressControl)
        {
            f.Out.Write("Bundle-ID "u8); f.Out.Dec((uint)l2.Bundle); f.Out.Write(": "u8);
        }
        int p = l2.HeaderLen;
        switch (l2.Proto)
        {
            case LsqIpv4:
                // IP to the routing engine carries a cookie: without one this is IS-IS over PPP
                if (l2.CookieByte(4) == (LsqCookieRe | LsqCookieDir)) Ppp.Print(ref f, p, l2.Length);
                else Ip.Print(ref f, p, l2.Length);
                return;
            case LsqIpv6: Ip6.Print(ref f, p, l2.Length); return;
            case LsqMpls: Mpls.Print(ref f, p, l2.Length); return;
            case LsqIso: IsoClns.Print(ref f, p, l2.Length); return;
        }
        // the PPP protocol may sit in the cookie itself
        if (l2.Cookie16 == PppOsi) Ppp.Print(ref f, p - 2, l2.Length + 2);
        else Ppp.Print(ref f, p, l2.Length);
    }

    /// <summary>juniper_mfr_if_print: FRF.16 on child links; bundles carry an LSQ protocol or an NLPID.</summary>
    public static void MfrIfPrint(ref Frame f)
    {
        f.Proto = "juniper_mfr";
        bool ok = ParseHeader(ref f, PicMfr, out L2Info l2);
        f.LinkHeaderLength += l2.HeaderLen;
        if (!ok) return;
        int p = l2.HeaderLen;
        if (l2.CookieLen == 0) { FrameRelay.MfrPrint(ref f, p, l2.Length); return; }
        if (l2.CookieLen == 8)
        {
            switch (l2.Proto)
            {
                case LsqIpv4: Ip.Print(ref f, p, l2.Length); break;
                case LsqIpv6: Ip6.Print(ref f, p, l2.Length); break;
                case LsqMpls: Mpls.Print(ref f, p, l2.Length); break;
                case LsqIso: IsoClns.Print(ref f, p, l2.Length); break;
            }
            return;
        }
        if (f.Opt.LinkHeader && l2.Cookie32 != 1) { f.Out.Write("Bundle-ID "u8); f.Out.Dec((uint)l2.Bundle); f.Out.Write(", "u8); }
        switch (l2.Proto)
        {
            case 0xfefe:
                if (!f.Need(p, 1)) return;
                IsoClns.Print(ref f, p + 1, l2.Length - 1);
                break;
            case 0x0308:
            case 0x03cc:
            case 0x038e:
                // UI and an NLPID: the OSI printer starts at the NLPID
                IsoClns.Print(ref f, p - 1, l2.Length + 1);
                break;
            default:
                UnknownProtocol(ref f, l2);
                break;
        }
    }

    /// <summary>juniper_mlfr_if_print: multilink Frame Relay.</summary>
    public static void MlfrIfPrint(ref Frame f)
    {
        f.Proto = "juniper_mlfr";
        bool ok = ParseHeader(ref f, PicMlfr, out L2Info l2);
        f.LinkHeaderLength += l2.HeaderLen;
        if (!ok) return;
        int p = l2.HeaderLen;
        if (f.Opt.LinkHeader && l2.Cookie32 != 1) { f.Out.Write("Bundle-ID "u8); f.Out.Dec((uint)l2.Bundle); f.Out.Write(", "u8); }
        switch (l2.Proto)
        {
            case 0x0003:
            case 0x0300:
                IsoClns.Print(ref f, p, l2.Length);
                break;
            case 0x0308:
            case 0x03cc:
            case 0x038e:
                IsoClns.Print(ref f, p - 1, l2.Length + 1);
                break;
            default:
                UnknownProtocol(ref f, l2);
                break;
        }
    }

    private static void UnknownProtocol(ref Frame f, in L2Info l2)
    {
        f.Out.Write("unknown protocol 0x"u8); f.Out.Hex((uint)l2.Proto, 4); f.Out.Write(", length "u8); f.Out.Dec((uint)l2.Length);
    }

    /// <summary>juniper_ppp_heuristic_guess: PPP when the first two bytes are a PPP protocol number seen on ATM (PPPoA VC-mux).</summary>
    private static bool PppHeuristicGuess(ref Frame f, int p, int length)
    {
        int proto = f.U16(p);
        if (f.Truncated) return false;
        switch (proto)
        {
            case 0x0021: case 0x0023: case 0x0281: case 0x0283: case 0x8021: case 0x8023: case 0x8281:
            case 0xc021: case 0xc023: case 0xc223: case 0x003d: case 0x0057: case 0x8057:
                Ppp.Print(ref f, p, length);
                return true;
            default:
                return false;
        }
    }

    /// <summary>ip_heuristic_guess: IPv4 or IPv6 by the first byte; false when it is neither.</summary>
    private static bool IpHeuristicGuess(ref Frame f, int p, int length)
    {
        int first = f.U8(p);
        if (f.Truncated) return false;
        if (first is >= 0x45 and <= 0x4f) Ip.Print(ref f, p, length);
        else if (first is >= 0x60 and <= 0x6f) Ip6.Print(ref f, p, length);
        else return false;
        return true;
    }

    /// <summary>juniper_read_tlv_value: TLVs below 128 are little-endian, the others big-endian; -1 for other sizes.</summary>
    private static long ReadTlvValue(ref Frame f, int p, int type, int len)
    {
        if (type < 128)
        {
            return len switch
            {
                1 => f.U8(p),
                2 => f.U16LE(p),
                3 => f.U8(p) | f.U8(p + 1) << 8 | f.U8(p + 2) << 16,
                4 => f.U32LE(p),
                _ => -1,
            };
        }
        return len switch
        {
            1 => f.U8(p),
            2 => f.U16(p),
            3 => f.U24(p),
            4 => f.U32(p),
            _ => -1,
        };
    }

    /// <summary>What juniper_parse_header learns (struct juniper_l2info_t).</summary>
    private struct L2Info
    {
        public int HeaderLen, Length, Caplen, Direction;
        /// <summary>Offset of the cookie in the frame, its length, and its bytes (zero-padded to 8, first byte highest).</summary>
        public int CookieOff, CookieLen;
        public ulong Cookie;
        public int Proto, Bundle;

        public readonly int CookieByte(int i) => (int)(Cookie >> (56 - 8 * i)) & 0xff;
        public readonly int Cookie16 => (int)(Cookie >> 48);
        public readonly uint Cookie32 => (uint)(Cookie >> 32);
    }

    /// <remarks>cookie is the offset of the PIC cookie (valid only for the PIC types that have one).</remarks>
    private static bool ParseHeader(ref Frame f, int pic, out int headerLen, out int length, out int caplen, out int cookie)
    {
        bool ok = ParseHeader(ref f, pic, out L2Info l2);
        headerLen = l2.HeaderLen;
        length = l2.Length;
        caplen = l2.Caplen;
        cookie = l2.CookieOff;
        return ok;
    }

    /// <summary>juniper_parse_header: false when the frame is not to be printed further.</summary>
    private static bool ParseHeader(ref Frame f, int pic, out L2Info l2)
    {
        l2 = default;
        bool ok = ParseHeaderCore(ref f, pic, ref l2, out int headerLen, out int length, out int caplen);
        l2.HeaderLen = headerLen;
        l2.Length = length;
        l2.Caplen = caplen;
        return ok;
    }

    private static bool ParseHeaderCore(ref Frame f, int pic, ref L2Info l2, out int headerLen, out int length, out int caplen)
    {
        int p = 0;
        var o = f.Out;
        int v = f.Opt.Verbose;
        bool e = f.Opt.LinkHeader;
        headerLen = 0;
        length = f.WireLength;
        caplen = f.Data.Length;
        int flags = f.U8(p + 3);
        uint magic = f.U24(p);
        if (f.Truncated) return false;
        int direction = flags & PktIn;
        l2.Direction = direction;
        if (magic != MagicMgc) { o.Write("no magic-number found!"u8); return false; }
        if (e) { var name = Direction.Find((uint)direction) ?? "---"; o.Spaces(3 - name.Length); o.Write(name); o.Char(' '); }
        int jnxLen = 4;
        if (v > 1) { o.Write("\n\tJuniper PCAP Flags ["u8); Flags.Bits(o, (uint)flags, "none"); o.Char(']'); }

        if ((flags & Ext) == Ext)
        {
            int t = p + jnxLen;
            int extLen = f.U16(t);
            if (f.Truncated) return false;
            jnxLen += 2;
            t += 2;
            jnxLen += extLen;
            if (v > 1) { o.Write(", PCAP Extension(s) total length "u8); o.Dec((uint)extLen); }
            if (!f.Need(t, extLen)) return false;
            while (extLen > TlvOverhead && !f.Truncated)
            {
                int type = f.U8(t), len = f.U8(t + 1);
                t += 2;
                if (type == 0 || len == 0) break;
                if (extLen < len + TlvOverhead)
                {
                    o.Write(" [extension_length "u8); o.Dec((uint)extLen); o.Write(" < "u8); o.Dec((uint)(len + TlvOverhead));
                    o.Write("] (invalid)"u8);
                    return false;
                }
                if (v > 1)
                {
                    o.Write("\n\t  "u8); ExtTlvs.Print(o, (uint)type, "Unknown");
                    o.Write(" Extension TLV #"u8); o.Dec((uint)type); o.Write(", length "u8); o.Dec((uint)len); o.Write(", value "u8);
                }
                long value = ReadTlvValue(ref f, t, type, len);
                if (f.Truncated) return false;
                switch (type)
                {
                    case 2:
                        break;
                    case TlvIfdMediaType:
                    case TlvTtpIfdMediaType:
                        if (value != -1 && v > 1) { IfMediaTypes.Print(o, (uint)value, "Unknown"); o.Write(" ("u8); o.Dec((ulong)value); o.Char(')'); }
                        break;
                    case TlvIflEncaps:
                    case TlvTtpIflEncaps:
                        if (value != -1 && v > 1) { IflEncaps.Print(o, (uint)value, "Unknown"); o.Write(" ("u8); o.Dec((ulong)value); o.Char(')'); }
                        break;
                    default:
                        if (value != -1 && v > 1) o.Dec((uint)value);
                        break;
                }
                t += len;
                extLen -= len + TlvOverhead;
            }
            if (v > 1) o.Write("\n\t-----original packet-----\n\t"u8);
        }

        if ((flags & NoL2) == NoL2)
        {
            if (e) o.Write("no-L2-hdr, "u8);
            // no link layer: guess IPv4 or IPv6 from the first nibble
            int q = p + jnxLen + 4;
            if (!f.Need(q, 1)) return false;
            headerLen = jnxLen + 4;
            if (!IpHeuristicGuess(ref f, q, length - (jnxLen + 4)) && !f.Truncated) o.Write("no IP-hdr found!"u8);
            return false;
        }
        headerLen = jnxLen;
        length -= headerLen;
        caplen -= headerLen;
        int proto = 0;
        int cookieLen = CookieLength(pic);
        if (cookieLen >= 0)
        {
            // the cookie: its length by PIC type, longer for the LS and AS cookies
            p += headerLen;
            l2.CookieOff = p;
            int id = f.U8(p);
            if (f.Truncated) return false;
            int cookieType = id is LsCookieId or AsCookieId ? id : 0;
            if (id == LsCookieId) cookieLen += 2;
            else if (id == AsCookieId) cookieLen = 8;
            // MFR child links carry no cookie
            if (pic == PicMfr && (id & 0xc0) == 0xc0) cookieLen = 0;
            l2.CookieLen = cookieLen;
            headerLen += cookieLen;
            length -= cookieLen;
            caplen -= cookieLen;
            if (e)
            {
                o.Write(PicName(pic)); o.Write("-PIC, cookie-len "u8); o.Dec((uint)cookieLen);
            }
            if (cookieLen > 8) { o.Write(" (invalid)"u8); return false; }
            if (cookieLen > 0)
            {
                if (!f.Need(p, cookieLen)) return false;
                if (e) o.Write(", cookie 0x"u8);
                for (int i = 0; i < cookieLen; i++)
                {
                    l2.Cookie |= (ulong)f.U8(p + i) << (56 - 8 * i);
                    if (e) o.Hex2(f.U8(p + i));
                }
            }
            if (e) o.Write(": "u8);
            proto = f.U16(p + cookieLen);
            if (f.Truncated) return false;
            p += cookieLen;

            // what each PIC type's cookie says about the bundle and the protocol
            l2.Bundle = l2.CookieByte(0);
            int asBundle = (int)((l2.Cookie >> 3) & 0xfff), asProto = l2.CookieByte(5) & LsqL3ProtoMask;
            switch (pic)
            {
                case PicMlppp:
                    if (cookieType == LsCookieId) l2.Bundle = l2.CookieByte(1);
                    else if (cookieType == AsCookieId) { l2.Bundle = asBundle; proto = asProto; }
                    break;
                case PicMlfr:
                case PicMfr:
                    if (cookieType == LsCookieId)
                    {
                        // an LS cookie is followed by the protocol
                        l2.Bundle = l2.CookieByte(1);
                        proto = f.U16(p);
                        headerLen += 2; length -= 2; caplen -= 2;
                    }
                    else if (cookieType == AsCookieId) { l2.Bundle = asBundle; proto = asProto; }
                    else if (pic == PicMlfr) { headerLen += 2; length -= 2; caplen -= 2; }
                    break;
                case PicAtm2:
                    if (!f.Need(p, 4)) return false;
                    if ((l2.CookieByte(7) & Atm2PktTypeMask) != 0)
                    {
                        // an ATM cell relay control word, skipped when it looks like one
                        uint controlWord = f.U32(p);
                        if (controlWord is 0 or 0x08000000 or 0x08380000) headerLen += 4;
                        if (e) { o.Write("control-word 0x"u8); o.Hex(controlWord, 8); o.Char(' '); }
                    }
                    break;
            }
        }
        l2.Proto = proto;
        if (e) { o.Write("hlen "u8); o.Dec((uint)headerLen); o.Write(", proto 0x"u8); o.Hex((uint)proto, 4); o.Write(", "u8); }
        return true;
    }
}
