namespace Wirecap.Print;

/// <summary>
/// IEEE 802.11 frames (print-802_11.c): DLT_IEEE802_11, and after Prism or AVS headers (radiotap: Radiotap.cs).
/// <code>
/// | frame control (2, little-endian) | duration/AID (2) | addr1 (6) | addr2 (6) | addr3 (6) | seq (2) | [addr4 (6)] | [QoS (2)] |
///   frame control: version (2 bits), type (2), subtype (4), then ToDS, FromDS, MoreFrag, Retry, PwrMgmt, MoreData,
///   Protected, Order
/// management: da, sa, bssid; body: fixed fields, then elements (id, length, value)
/// </code>
/// A frame cut short inside the body prints what it could and " [|802.11]", then the packet goes on
/// (tcpdump checks these lengths itself rather than ending the packet).
/// </summary>
public static class Ieee80211
{
    private const int TypeMgmt = 0, TypeCtrl = 1, TypeData = 2;
    private const int FcToDs = 0x0100, FcFromDs = 0x0200, FcMoreFlag = 0x0400, FcRetry = 0x0800, FcPowerMgmt = 0x1000,
        FcMoreData = 0x2000, FcProtected = 0x4000, FcOrder = 0x8000;
    private const int MgmtHdrLen = 24;
    private const int StAssocRequest = 0, StAssocResponse = 1, StReassocRequest = 2, StReassocResponse = 3, StProbeRequest = 4,
        StProbeResponse = 5, StBeacon = 8, StAtim = 9, StDisassoc = 10, StAuth = 11, StDeauth = 12, StAction = 13;
    private const int CtrlWrapper = 7, CtrlBar = 8, CtrlBa = 9, CtrlPsPoll = 10, CtrlRts = 11, CtrlCts = 12, CtrlAck = 13,
        CtrlCfEnd = 14, CtrlEndAck = 15;
    private const int ElemSsid = 0, ElemRates = 1, ElemDs = 3, ElemCf = 4, ElemTim = 5, ElemChallenge = 16;
    private const int CapEss = 0x0001, CapPrivacy = 0x0010;

    private static readonly Tok MgmtSubtypes = new((StAssocRequest, "Assoc Request"), (StAssocResponse, "Assoc Response"),
        (StReassocRequest, "ReAssoc Request"), (StReassocResponse, "ReAssoc Response"), (StProbeRequest, "Probe Request"),
        (StProbeResponse, "Probe Response"), (StBeacon, "Beacon"), (StAtim, "ATIM"), (StDisassoc, "Disassociation"),
        (StAuth, "Authentication"), (StDeauth, "DeAuthentication"), (StAction, "Action"));
    private static readonly Tok CtrlSubtypes = new((CtrlWrapper, "Control Wrapper"), (CtrlBar, "BAR"), (CtrlBa, "BA"),
        (CtrlPsPoll, "Power Save-Poll"), (CtrlRts, "Request-To-Send"), (CtrlCts, "Clear-To-Send"), (CtrlAck, "Acknowledgment"),
        (CtrlCfEnd, "CF-End"), (CtrlEndAck, "CF-End+CF-Ack"));
    private static readonly string[] AuthAlgorithms = ["Open System", "Shared Key", "EAP"];

    /// <summary>ieee802_11_if_print (DLT_IEEE802_11).</summary>
    public static void IfPrint(ref Frame f)
    {
        f.Proto = "802.11";
        f.LinkHeaderLength += Print(ref f, 0, f.WireLength, f.Data.Length, pad: false, fcslen: 0);
    }

    /// <summary>prism_if_print (DLT_PRISM_HEADER): a 144-byte Prism header, or an AVS header (by its magic cookie).</summary>
    public static void PrismIfPrint(ref Frame f)
    {
        f.Proto = "prism";
        int caplen = f.Data.Length, length = f.WireLength;
        if (caplen < 4) { f.PrintTrunc(); f.LinkHeaderLength += caplen; return; }
        uint msgcode = f.U32(0);
        if (msgcode is AvsCookieV1 or AvsCookieV2) { f.LinkHeaderLength += AvsPrint(ref f, length, caplen); return; }
        if (caplen < PrismHdrLen) { f.PrintTrunc(); f.LinkHeaderLength += caplen; return; }
        f.LinkHeaderLength += PrismHdrLen;
        f.LinkHeaderLength += Print(ref f, PrismHdrLen, length - PrismHdrLen, caplen - PrismHdrLen, pad: false, fcslen: 0);
    }

    /// <summary>ieee802_11_radio_avs_if_print (DLT_IEEE802_11_RADIO_AVS).</summary>
    public static void AvsIfPrint(ref Frame f) => f.LinkHeaderLength += AvsPrint(ref f, f.WireLength, f.Data.Length);

    private const int PrismHdrLen = 144;
    private const uint AvsCookieV1 = 0x80211001, AvsCookieV2 = 0x80211002;

    /// <summary>An AVS header: | version (4) | header length (4, big-endian) | ... |, then the 802.11 frame.</summary>
    private static int AvsPrint(ref Frame f, int length, int caplen)
    {
        f.Proto = "802.11_radio_avs";
        if (caplen < 8) { f.PrintTrunc(); return caplen; }
        uint hdrLen = f.U32(4);
        if (hdrLen < 8 || caplen < hdrLen) { f.PrintTrunc(); return caplen; }
        int h = (int)hdrLen;
        return h + Print(ref f, h, length - h, caplen - h, pad: false, fcslen: 0);
    }

    /// <summary>ieee802_11_print: the frame at p; returns the header length used.</summary>
    public static int Print(ref Frame f, int p, int length, int caplen, bool pad, int fcslen)
    {
        f.Proto = "802.11";
        var o = f.Out;
        int origCaplen = caplen;
        if (length < fcslen) { f.PrintTrunc(); return caplen; }
        length -= fcslen;
        int oldEnd = f.End;
        if (caplen > length)
        {
            // the FCS was captured: keep it out of the frame
            fcslen = caplen - length;
            caplen -= fcslen;
            f.End -= fcslen;
        }
        int hdrlen = FramePrint(ref f, p, length, caplen, origCaplen, pad);
        if (!f.Truncated) f.End = oldEnd;
        return hdrlen;
    }

    private static int FramePrint(ref Frame f, int p, int length, int caplen, int origCaplen, bool pad)
    {
        var o = f.Out;
        if (caplen < 2) { f.PrintTrunc(); return origCaplen; }
        int fc = f.U16LE(p);
        int type = (fc >> 2) & 3, subtype = (fc >> 4) & 0xf;
        int hdrlen = HeaderLength(o, fc);
        if (hdrlen == 0) return 0;
        if (pad) hdrlen = (hdrlen + 3) & ~3;
        int meshdrlen = 0;
        if (f.Opt.Mesh && type == TypeData && (subtype & 0x08) != 0)
        {
            if (!f.Has(p + hdrlen, 1)) { f.PrintTrunc(); return hdrlen; }
            int mf = f.Data[p + hdrlen];
            meshdrlen = (mf & ~3) != 0 ? 0 : 6 * (1 + (mf & 3));
            hdrlen += meshdrlen;
        }
        if (caplen < hdrlen) { f.PrintTrunc(); return hdrlen; }
        if (f.Opt.LinkHeader) HeaderPrint(ref f, fc, p, hdrlen, meshdrlen);
        if (f.Truncated) return hdrlen;
        int body = p + hdrlen;
        length -= hdrlen; caplen -= hdrlen;
        switch (type)
        {
            case TypeMgmt:
                // source address: SA, at offset 10 of the management header
                if (!MgmtBodyPrint(ref f, fc, p + 10, body, length) && !f.Truncated) f.PrintTrunc();
                break;
            case TypeCtrl:
                if (!CtrlBodyPrint(ref f, fc, p) && !f.Truncated) f.PrintTrunc();
                break;
            case TypeData:
                if ((subtype & 0x04) != 0) return hdrlen;   // no data
                if ((fc & FcProtected) != 0)
                {
                    o.Write("Data"u8);
                    if (!WepPrint(ref f, body)) f.PrintTrunc();
                    return hdrlen;
                }
                DataAddresses(fc, p, out int src, out int dst);
                int llcLen = Llc.Print(ref f, body, length, caplen, src, dst);
                if (llcLen < 0)
                {
                    Ethernet.DefaultPrint(ref f, body, caplen);
                    llcLen = -llcLen;
                }
                hdrlen += llcLen;
                break;
        }
        return hdrlen;
    }

    /// <summary>extract_header_length: 0 (after a message) for an unknown type or control subtype.</summary>
    private static int HeaderLength(TextOut o, int fc)
    {
        int subtype = (fc >> 4) & 0xf;
        switch ((fc >> 2) & 3)
        {
            case TypeMgmt: return MgmtHdrLen;
            case TypeCtrl:
                switch (subtype)
                {
                    case CtrlWrapper: return 2 + 2 + 6 + 2 + 4;
                    case CtrlBar: return 2 + 2 + 6 + 6 + 2 + 2;
                    case CtrlBa: return 2 + 2 + 6;
                    case CtrlPsPoll: return 2 + 2 + 6 + 6;
                    case CtrlRts: return 2 + 2 + 6 + 6;
                    case CtrlCts: return 2 + 2 + 6;
                    case CtrlAck: return 2 + 2 + 6;
                    case CtrlCfEnd: return 2 + 2 + 6 + 6;
                    case CtrlEndAck: return 2 + 2 + 6 + 6;
                    default:
                        o.Write("unknown 802.11 ctrl frame subtype ("u8); o.Dec((uint)subtype); o.Char(')');
                        return 0;
                }
            case TypeData:
                int len = (fc & FcToDs) != 0 && (fc & FcFromDs) != 0 ? 30 : 24;
                if ((subtype & 0x08) != 0) len += 2;   // QoS control
                return len;
            default:
                o.Write("unknown 802.11 frame type ("u8); o.Dec((uint)((fc >> 2) & 3)); o.Char(')');
                return 0;
        }
    }

    /// <summary>Source and destination of a data frame, by the ToDS/FromDS bits (addr1 at 4, addr2 at 10, addr3 at 16, addr4 at 24).</summary>
    private static void DataAddresses(int fc, int p, out int src, out int dst)
    {
        bool to = (fc & FcToDs) != 0, from = (fc & FcFromDs) != 0;
        if (!to) { dst = p + 4; src = from ? p + 16 : p + 10; }
        else { dst = p + 16; src = from ? p + 24 : p + 10; }
    }

    private static void Mac(ref Frame f, int off)
    {
        var a = f.Bytes(off, 6);
        if (!f.Truncated) f.Ctx.Names.Mac(f.Out, a);
    }

    /// <summary>ieee_802_11_hdr_print (-e): flags and duration with -v, the mesh control, the addresses.</summary>
    private static void HeaderPrint(ref Frame f, int fc, int p, int hdrlen, int meshdrlen)
    {
        var o = f.Out;
        int type = (fc >> 2) & 3, subtype = (fc >> 4) & 0xf;
        if (f.Opt.Verbose > 0)
        {
            if ((fc & FcMoreData) != 0) o.Write("More Data "u8);
            if ((fc & FcMoreFlag) != 0) o.Write("More Fragments "u8);
            if ((fc & FcPowerMgmt) != 0) o.Write("Pwr Mgmt "u8);
            if ((fc & FcRetry) != 0) o.Write("Retry "u8);
            if ((fc & FcOrder) != 0) o.Write("Strictly Ordered "u8);
            if ((fc & FcProtected) != 0) o.Write("Protected "u8);
            // a PS-Poll carries the AID there, not a duration
            if (type != TypeCtrl || subtype != CtrlPsPoll) { o.Dec(f.U16LE(p + 2)); o.Write("us "u8); }
        }
        if (meshdrlen != 0)
        {
            // | flags | TTL | sequence (4, LE) | addr4 | addr5 | addr6 |
            int mc = p + hdrlen - meshdrlen;
            int ae = f.U8(mc) & 3;
            o.Write("MeshData (AE "u8); o.Dec((uint)ae); o.Write(" TTL "u8); o.Dec(f.U8(mc + 1));
            o.Write(" seq "u8); o.Dec(f.U32LE(mc + 2));
            if (ae > 0) { o.Write(" A4:"u8); Mac(ref f, mc + 6); }
            if (ae > 1) { o.Write(" A5:"u8); Mac(ref f, mc + 12); }
            if (ae > 2) { o.Write(" A6:"u8); Mac(ref f, mc + 18); }
            o.Write(") "u8);
        }
        switch (type)
        {
            case TypeMgmt:
                o.Write("BSSID:"u8); Mac(ref f, p + 16); o.Write(" DA:"u8); Mac(ref f, p + 4); o.Write(" SA:"u8); Mac(ref f, p + 10); o.Char(' ');
                break;
            case TypeCtrl:
                switch (subtype)
                {
                    case CtrlBar:
                        o.Write(" RA:"u8); Mac(ref f, p + 4); o.Write(" TA:"u8); Mac(ref f, p + 10);
                        o.Write(" CTL("u8); o.Hex(f.U16LE(p + 16)); o.Write(") SEQ("u8); o.Dec(f.U16LE(p + 18)); o.Write(") "u8);
                        break;
                    case CtrlBa:
                    case CtrlCts:
                    case CtrlAck:
                        o.Write("RA:"u8); Mac(ref f, p + 4); o.Char(' ');
                        break;
                    case CtrlPsPoll:
                        o.Write("BSSID:"u8); Mac(ref f, p + 4); o.Write(" TA:"u8); Mac(ref f, p + 10); o.Char(' ');
                        break;
                    case CtrlRts:
                        o.Write("RA:"u8); Mac(ref f, p + 4); o.Write(" TA:"u8); Mac(ref f, p + 10); o.Char(' ');
                        break;
                    case CtrlCfEnd:
                    case CtrlEndAck:
                        o.Write("RA:"u8); Mac(ref f, p + 4); o.Write(" BSSID:"u8); Mac(ref f, p + 10); o.Char(' ');
                        break;
                }
                break;
            case TypeData:
                {
                    if ((subtype & 0x0b) != 0)
                    {
                        // CF-Ack, CF-Poll, QoS
                        o.Write("CF "u8);
                        if ((subtype & 1) != 0) o.Write((subtype & 2) != 0 ? "Ack/Poll"u8 : "Ack"u8);
                        else if ((subtype & 2) != 0) o.Write("Poll"u8);
                        if ((subtype & 8) != 0) o.Write("+QoS"u8);
                        o.Char(' ');
                    }
                    bool to = (fc & FcToDs) != 0, from = (fc & FcFromDs) != 0;
                    ReadOnlySpan<byte> n1 = !to ? "DA:"u8 : from ? "RA:"u8 : "BSSID:"u8;
                    ReadOnlySpan<byte> n2 = !to ? (from ? " BSSID:"u8 : " SA:"u8) : from ? " TA:"u8 : " SA:"u8;
                    ReadOnlySpan<byte> n3 = !to ? (from ? " SA:"u8 : " BSSID:"u8) : " DA:"u8;
                    o.Write(n1); Mac(ref f, p + 4); o.Write(n2); Mac(ref f, p + 10); o.Write(n3); Mac(ref f, p + 16);
                    if (to && from) { o.Write(" SA:"u8); Mac(ref f, p + 24); }
                    o.Char(' ');
                    break;
                }
        }
    }

    /// <summary>wep_print: the IV (3 bytes) and key id byte, read as one little-endian word.</summary>
    private static bool WepPrint(ref Frame f, int p)
    {
        if (!f.Has(p, 4)) return false;
        var o = f.Out;
        uint iv = f.U32LE(p);
        o.Write(" IV:"u8);
        uint v = iv & 0xffffff;
        if (v < 0x10) o.Write("  "u8); else if (v < 0x100) o.Char(' ');
        o.Hex(v); o.Write(" Pad "u8); o.Hex((iv >> 24) & 0x3f); o.Write(" KeyID "u8); o.Hex((iv >> 30) & 3);
        return true;
    }

    /// <summary>What parse_elements keeps of a management body: the first SSID, rates and DS elements.</summary>
    private ref struct Elements
    {
        public int SsidOff, SsidLen, RatesOff, RatesLen, Channel;
        public bool Ssid, Rates, Ds;
    }

    /// <summary>parse_elements: walks the elements from off; false when one is cut short or too long.</summary>
    private static bool ParseElements(ref Frame f, ref Elements e, int off, int length)
    {
        while (length != 0)
        {
            if (!f.Has(off, 2) || length < 2) return false;
            int id = f.Data[off], elen = f.Data[off + 1];
            if (!f.Has(off + 2, elen) || length < elen + 2) return false;
            switch (id)
            {
                case ElemSsid:
                    if (elen > 32) return false;
                    if (!e.Ssid) { e.Ssid = true; e.SsidOff = off + 2; e.SsidLen = elen; }
                    break;
                case ElemChallenge:
                    if (elen > 253) return false;
                    break;
                case ElemRates:
                    if (elen > 16) return false;
                    // a zero-length rates element is skipped (some devices send one before the real one)
                    if (!e.Rates && elen != 0) { e.Rates = true; e.RatesOff = off + 2; e.RatesLen = elen; }
                    break;
                case ElemDs:
                    if (elen == 1 && !e.Ds) { e.Ds = true; e.Channel = f.Data[off + 2]; }
                    break;
                case ElemTim:
                    if (elen > 3 && elen - 3 > 251) return false;
                    break;
            }
            off += 2 + elen;
            length -= 2 + elen;
        }
        return true;
    }

    private static void SsidPrint(ref Frame f, in Elements e)
    {
        if (!e.Ssid) return;
        var o = f.Out;
        o.Write(" ("u8);
        for (int i = 0; i < e.SsidLen; i++)
        {
            byte c = f.Data[e.SsidOff + i];
            if (c == 0) break;
            TextProto.PrintChar(o, c);
        }
        o.Char(')');
    }

    /// <summary>Rates in Mbit/s (units of 500 kbit/s); "*" marks a basic rate.</summary>
    private static void RatesPrint(ref Frame f, in Elements e)
    {
        if (!e.Rates) return;
        var o = f.Out;
        for (int i = 0; i < e.RatesLen; i++)
        {
            int r = f.Data[e.RatesOff + i];
            o.Write(i == 0 ? " ["u8 : " "u8);
            int half = r & 0x7f;
            o.Dec((uint)(half / 2)); o.Write((half & 1) != 0 ? ".5"u8 : ".0"u8);
            if ((r & 0x80) != 0) o.Char('*');
        }
        o.Write(" Mbit]"u8);
    }

    private static void ChannelPrivacyPrint(ref Frame f, in Elements e, int cap)
    {
        var o = f.Out;
        if (e.Ds) { o.Write(" CH: "u8); o.Dec((uint)e.Channel); }
        if ((cap & CapPrivacy) != 0) o.Write(", PRIVACY"u8);
    }

    private static void StatusPrint(TextOut o, int status)
    {
        if ((uint)status < (uint)StatusText.Length) o.Write(StatusText[status]!);
        else o.Write("n/a"u8);
    }

    /// <summary>mgmt_body_print: the subtype's name and fixed fields; false when cut short.</summary>
    private static bool MgmtBodyPrint(ref Frame f, int fc, int src, int p, int length)
    {
        var o = f.Out;
        int subtype = (fc >> 4) & 0xf;
        MgmtSubtypes.Print(o, (uint)subtype, "Unhandled Management subtype(%x)");
        if ((fc & FcProtected) != 0) return WepPrint(ref f, p);
        var e = new Elements();
        bool ret;
        switch (subtype)
        {
            case StAssocRequest:
                // | capability (2) | listen interval (2) | elements |
                if (!f.Has(p, 4) || length < 4) return false;
                ret = ParseElements(ref f, ref e, p + 4, length - 4);
                SsidPrint(ref f, e); RatesPrint(ref f, e);
                return ret;
            case StAssocResponse:
            case StReassocResponse:
                {
                    // | capability (2) | status (2) | association id (2) | elements |
                    if (!f.Has(p, 6) || length < 6) return false;
                    int cap = f.U16LE(p), status = f.U16LE(p + 2), aid = f.U16LE(p + 4);
                    ret = ParseElements(ref f, ref e, p + 6, length - 6);
                    o.Write(" AID("u8); o.Hex((uint)(aid & 0x3fff)); o.Write(") :"u8);
                    if ((cap & CapPrivacy) != 0) o.Write(" PRIVACY "u8);
                    o.Write(": "u8); StatusPrint(o, status);
                    return ret;
                }
            case StReassocRequest:
                // | capability (2) | listen interval (2) | current AP (6) | elements |
                if (!f.Has(p, 10) || length < 10) return false;
                ret = ParseElements(ref f, ref e, p + 10, length - 10);
                SsidPrint(ref f, e);
                o.Write(" AP : "u8); Mac(ref f, p + 4);
                return ret;
            case StProbeRequest:
                ret = ParseElements(ref f, ref e, p, length);
                SsidPrint(ref f, e); RatesPrint(ref f, e);
                return ret;
            case StProbeResponse:
            case StBeacon:
                {
                    // | timestamp (8) | beacon interval (2) | capability (2) | elements |
                    if (!f.Has(p, 12) || length < 12) return false;
                    int cap = f.U16LE(p + 10);
                    ret = ParseElements(ref f, ref e, p + 12, length - 12);
                    SsidPrint(ref f, e); RatesPrint(ref f, e);
                    if (subtype == StBeacon) o.Write((cap & CapEss) != 0 ? " ESS"u8 : " IBSS"u8);
                    ChannelPrivacyPrint(ref f, e, cap);
                    return ret;
                }
            case StAtim:
                return true;
            case StDisassoc:
                {
                    if (!f.Has(p, 2) || length < 2) return false;
                    int reason = f.U16LE(p);
                    o.Write(": "u8); ReasonPrint(o, reason);
                    return true;
                }
            case StAuth:
                {
                    // | algorithm (2) | transaction sequence (2) | status (2) | elements |
                    if (!f.Has(p, 6) || length < 6) return false;
                    int alg = f.U16LE(p), seq = f.U16LE(p + 2), status = f.U16LE(p + 4);
                    ret = ParseElements(ref f, ref e, p + 6, length - 6);
                    o.Write(" ("u8); o.Write((uint)alg < (uint)AuthAlgorithms.Length ? AuthAlgorithms[alg] : "Reserved");
                    o.Write(")-"u8); o.Hex((uint)seq);
                    // shared key's challenge exchange: frames 2 and 3
                    o.Write(alg == 1 && (seq == 2 || seq == 3) ? " [Challenge Text] "u8 : ": "u8);
                    if ((seq % 2) != 0) StatusPrint(o, status);
                    return ret;
                }
            case StDeauth:
                {
                    if (!f.Has(p, 2) || length < 2) return false;
                    int reason = f.U16LE(p);
                    if (f.Opt.LinkHeader) o.Write(": "u8);
                    else { o.Write(" ("u8); Mac(ref f, src); o.Write("): "u8); }
                    ReasonPrint(o, reason);
                    return true;
                }
            case StAction:
                return ActionPrint(ref f, src, p, length);
            default:
                return true;
        }
    }

    private static void ReasonPrint(TextOut o, int reason)
    {
        if ((uint)reason < (uint)ReasonText.Length) o.Write(ReasonText[reason]!);
        else o.Write("Reserved"u8);
    }

    /// <summary>handle_action: | category | action |.</summary>
    private static bool ActionPrint(ref Frame f, int src, int p, int length)
    {
        var o = f.Out;
        if (!f.Has(p, 2) || length < 2) return false;
        if (f.Opt.LinkHeader) o.Write(": "u8);
        else { o.Write(" ("u8); Mac(ref f, src); o.Write("): "u8); }
        int category = f.Data[p], action = f.Data[p + 1];
        switch (category)
        {
            case 0: o.Write("Spectrum Management "u8); ActNum(o, action); break;
            case 1: o.Write("QoS "u8); ActNum(o, action); break;
            case 2: o.Write("DLS "u8); ActNum(o, action); break;
            case 3: o.Write("BA "u8); ActionName(o, action, BaActions); break;
            case 7: o.Write("HT "u8); ActionName(o, action, HtActions); break;
            case 13: o.Write("MeshAction "u8); ActionName(o, action, MeshActions); break;
            case 14: o.Write("MultiohopAction "u8); ActionName(o, action, MultihopActions); break;
            case 15: o.Write("SelfprotectAction "u8); ActionName(o, action, SelfProtActions); break;
            case 127: o.Write("Vendor "u8); ActNum(o, action); break;
            default:
                o.Write("Reserved("u8); o.Dec((uint)category); o.Write(") "u8); ActNum(o, action);
                break;
        }
        return true;
    }

    private static void ActNum(TextOut o, int action) { o.Write("Act#"u8); o.Dec((uint)action); }

    private static void ActionName(TextOut o, int action, Tok names)
    {
        var s = names.Find((uint)action);
        if (s != null) o.Write(s); else ActNum(o, action);
    }

    private static readonly Tok BaActions = new((0, "ADDBA Request"), (1, "ADDBA Response"), (2, "DELBA"));
    private static readonly Tok HtActions = new((0, "TxChWidth"), (1, "MIMOPwrSave"));
    private static readonly Tok MeshActions = new((0, "MeshLink"), (1, "HWMP"), (2, "Gate Announcement"), (3, "Congestion Control"),
        (4, "MCCA Setup Request"), (5, "MCCA Setup Reply"), (6, "MCCA Advertisement Request"), (7, "MCCA Advertisement"),
        (8, "MCCA Teardown"), (9, "TBTT Adjustment Request"), (10, "TBTT Adjustment Response"));
    private static readonly Tok MultihopActions = new((0, "Proxy Update"), (1, "Proxy Update Confirmation"));
    private static readonly Tok SelfProtActions = new((1, "Peering Open"), (2, "Peering Confirm"), (3, "Peering Close"),
        (4, "Group Key Inform"), (5, "Group Key Acknowledge"));

    /// <summary>ctrl_body_print: the subtype's name and, without -e, its addresses; false when cut short.</summary>
    private static bool CtrlBodyPrint(ref Frame f, int fc, int p)
    {
        var o = f.Out;
        int subtype = (fc >> 4) & 0xf;
        CtrlSubtypes.Print(o, (uint)subtype, "Unknown Ctrl Subtype");
        bool e = f.Opt.LinkHeader;
        switch (subtype)
        {
            case CtrlBar:
                if (!f.Has(p, 20)) return false;
                if (!e)
                {
                    o.Write(" RA:"u8); Mac(ref f, p + 4); o.Write(" TA:"u8); Mac(ref f, p + 10);
                    o.Write(" CTL("u8); o.Hex(f.U16LE(p + 16)); o.Write(") SEQ("u8); o.Dec(f.U16LE(p + 18)); o.Write(") "u8);
                }
                break;
            case CtrlPsPoll:
                if (!f.Has(p, 16)) return false;
                o.Write(" AID("u8); o.Hex(f.U16LE(p + 2)); o.Char(')');
                break;
            case CtrlRts:
                if (!f.Has(p, 16)) return false;
                if (!e) { o.Write(" TA:"u8); Mac(ref f, p + 10); o.Char(' '); }
                break;
            case CtrlBa:
            case CtrlCts:
            case CtrlAck:
                if (!f.Has(p, 10)) return false;
                if (!e) { o.Write(" RA:"u8); Mac(ref f, p + 4); o.Char(' '); }
                break;
            case CtrlCfEnd:
            case CtrlEndAck:
                if (!f.Has(p, 16)) return false;
                if (!e) { o.Write(" RA:"u8); Mac(ref f, p + 4); o.Char(' '); }
                break;
        }
        return true;
    }

    private static readonly string?[] StatusText =
    [
        "Successful", "Unspecified failure", "TDLS wakeup schedule rejected but alternative schedule provided",
        "TDLS wakeup schedule rejected", "Reserved", "Security disabled", "Unacceptable lifetime", "Not in same BSS",
        "Reserved", "Reserved", "Cannot Support all requested capabilities in the Capability Information field",
        "Reassociation denied due to inability to confirm that association exists",
        "Association denied due to reason outside the scope of this standard",
        "Responding STA does not support the specified authentication algorithm",
        "Received an Authentication frame with authentication transaction sequence number out of expected sequence",
        "Authentication rejected because of challenge failure",
        "Authentication rejected due to timeout waiting for next frame in sequence",
        "Association denied because AP is unable to handle additional associated STAs",
        "Association denied due to requesting STA not supporting all of the data rates in the BSSBasicRateSet parameter, the Basic HT-MCS Set field of the HT Operation parameter, or the Basic VHT-MCS and NSS Set field in the VHT Operation parameter",
        "Association denied due to requesting STA not supporting the short preamble option", "Reserved", "Reserved",
        "Association request rejected because Spectrum Management capability is required",
        "Association request rejected because the information in the Power Capability element is unacceptable",
        "Association request rejected because the information in the Supported Channels element is unacceptable",
        "Association denied due to requesting STA not supporting the Short Slot Time option", "Reserved",
        "Association denied because the requested STA does not support HT features", "R0KH unreachable",
        "Association denied because the requesting STA does not support the phased coexistence operation (PCO) transition time required by the AP",
        "Association request rejected temporarily; try again later", "Robust management frame policy violation",
        "Unspecified, QoS-related failure",
        "Association denied because QoS AP or PCP has insufficient bandwidth to handle another QoS STA",
        "Association denied due to excessive frame loss rates and/or poor conditions on current operating channel",
        "Association (with QoS BSS) denied because the requesting STA does not support the QoS facility", "Reserved",
        "The request has been declined",
        "The request has not been successful as one or more parameters have invalid values",
        "The allocation or TS has not been created because the request cannot be honored; however, a suggested TSPEC/DMG TSPEC is provided so that the initiating STA can attempt to set another allocation or TS with the suggested changes to the TSPEC/DMG TSPEC",
        "Invalid element, i.e., an element defined in this standard for which the content does not meet the specifications in Clause 9",
        "Invalid group cipher", "Invalid pairwise cipher", "Invalid AKMP", "Unsupported RSNE version",
        "Invalid RSNE capabilities", "Cipher suite rejected because of security policy",
        "The TS or allocation has not been created; however, the HC or PCP might be capable of creating a TS or allocation, in response to a request, after the time indicated in the TS Delay element",
        "Direct Link is not allowed in the BSS by policy", "The Destination STA is not present within this BSS",
        "The Destination STA is not a QoS STA", "Association denied because the listen interval is too large",
        "Invalid FT Action frame count", "Invalid pairwise master key identifier (PMKID)", "Invalid MDE",
        "Invalid FTE", "Requested TCLAS processing is not supported by the AP or PCP",
        "The AP or PCP has insufficient TCLAS processing resources to satisfy the request",
        "The TS has not been created because the request cannot be honored; however, the HC or PCP suggests that the STA transition to a different BSS to set up the TS",
        "GAS Advertisement Protocol not supported", "No outstanding GAS request",
        "GAS Response not received from the Advertisement Server", "STA timed out waiting for GAS Query Response",
        "LARGE GAS Response is larger than query response length limit",
        "Request refused because home network does not support request",
        "Advertisement Server in the network is not currently reachable", "Reserved",
        "Request refused due to permissions received via SSPN interface",
        "Request refused because the AP or PCP does not support unauthenticated access", "Reserved", "Reserved",
        "Reserved", "Invalid contents of RSNE", "U-APSD coexistence is not supported",
        "Requested U-APSD coexistence mode is not supported",
        "Requested Interval/Duration value cannot be supported with U-APSD coexistence",
        "Authentication is rejected because an Anti-Clogging Token is required",
        "Authentication is rejected because the offered finite cyclic group is not supported",
        "The TBTT adjustment request has not been successful because the STA could not find an alternative TBTT",
        "Transmission failure", "Requested TCLAS Not Supported", "TCLAS Resources Exhausted",
        "Rejected with Suggested BSS transition", "Reject with recommended schedule",
        "Reject because no wakeup schedule specified", "Success, the destination STA is in power save mode",
        "FST pending, in process of admitting FST session", "Performing FST now",
        "FST pending, gap(s) in block ack window", "Reject because of U-PID setting", "Reserved", "Reserved",
        "(Re)Association refused for some external reason",
        "(Re)Association refused because of memory limits at the AP",
        "(Re)Association refused because emergency services are not supported at the AP",
        "GAS query response not yet received",
        "Reject since the request is for transition to a frequency band subject to DSE procedures and FST Initiator is a dependent STA",
        "Requested TCLAS processing has been terminated by the AP",
        "The TS schedule conflicts with an existing schedule; an alternative schedule is provided",
        "The association has been denied; however, one or more Multi-band elements are included that can be used by the receiving STA to join the BSS",
        "The request failed due to a reservation conflict", "The request failed due to exceeded MAF limit",
        "The request failed due to exceeded MCCA track limit",
        "Association denied because the information in theSpectrum Management field is unacceptable",
        "Association denied because the requesting STA does not support VHT features", "Enablement denied",
        "Enablement denied due to restriction from an authorized GDB", "Authorization deenabled"
    ];

    private static readonly string?[] ReasonText =
    [
        "Reserved", "Unspecified reason", "Previous authentication no longer valid",
        "Deauthenticated because sending STA is leaving (or has left) IBSS or ESS",
        "Disassociated due to inactivity",
        "Disassociated because AP is unable to handle all currently  associated STAs",
        "Class 2 frame received from nonauthenticated STA", "Class 3 frame received from nonassociated STA",
        "Disassociated because sending STA is leaving (or has left) BSS",
        "STA requesting (re)association is not authenticated with responding STA",
        "Disassociated because the information in the Power Capability element is unacceptable",
        "Disassociated because the information in the Supported Channels element is unacceptable",
        "Disassociated due to BSS transition management",
        "Invalid element, i.e., an element defined in this standard for which the content does not meet the specifications in Clause 9",
        "Message integrity code (MIC) failure", "4-Way Handshake timeout", "Group key handshake timeout",
        "Information element in 4-Way Handshake different from (Re)AssociationRequest/Probe Response/Beacon frame",
        "Invalid group cipher", "Invalid pairwise cipher", "Invalid AKMP", "Unsupported RSNE version",
        "Invalid RSNE capabilities", "IEEE 802.1X authentication failed",
        "Cipher suite rejected because of the security policy",
        "TDLS direct-link teardown due to TDLS peer STA unreachable via the TDLS direct link",
        "TDLS direct-link teardown for unspecified reason",
        "Disassociated because session terminated by SSP request",
        "Disassociated because of lack of SSP roaming agreement",
        "Requested service rejected because of SSP cipher suite or AKM requirement",
        "Requested service not authorized in this location",
        "TS deleted because QoS AP lacks sufficient bandwidth for this QoS STA due to a change in BSS service characteristics or operational mode (e.g. an HT BSS change from 40 MHz channel to 20 MHz channel)",
        "Disassociated for unspecified, QoS-related reason",
        "Disassociated because QoS AP lacks sufficient bandwidth for this QoS STA",
        "Disassociated because of excessive number of frames that need to be acknowledged, but are not acknowledged due to AP transmissions and/or poor channel conditions",
        "Disassociated because STA is transmitting outside the limits of its TXOPs",
        "Requested from peer STA as the STA is leaving the BSS (or resetting)",
        "Requested from peer STA as it does not want to use the mechanism",
        "Requested from peer STA as the STA received frames using the mechanism for which a set up is required",
        "Requested from peer STA due to time out", "Reserved", "Reserved", "Reserved", "Reserved", "Reserved",
        "Peer STA does not support the requested cipher suite",
        "In a DLS Teardown frame: The teardown was initiated by the DLS peer. In a Disassociation frame: Disassociated because authorized access limit reached",
        "In a DLS Teardown frame: The teardown was initiated by the AP. In a Disassociation frame: Disassociated due to external service requirements",
        "Invalid FT Action frame count", "Invalid pairwise master key identifier (PMKID)", "Invalid MDE",
        "Invalid FTE", "Mesh peering canceled for unknown reasons",
        "The mesh STA has reached the supported maximum number of peer mesh STAs",
        "The received information violates the Mesh Configuration policy configured in the mesh STA profile",
        "The mesh STA has received a Mesh Peering Close frame requesting to close the mesh peering",
        "The mesh STA has resent dot11MeshMaxRetries Mesh Peering Open frames, without receiving a Mesh Peering Confirm frame",
        "The confirmTimer for the mesh peering instance times out",
        "The mesh STA fails to unwrap the GTK or the values in the wrapped contents do not match",
        "The mesh STA receives inconsistent information about the mesh parameters between mesh peering Management frames",
        "The mesh STA fails the authenticated mesh peering exchange because due to failure in selecting either the pairwise ciphersuite or group ciphersuite",
        "The mesh STA does not have proxy information for this external destination",
        "The mesh STA does not have forwarding information for this destination",
        "The mesh STA determines that the link to the next hop of an active path in its forwarding information is no longer usable",
        "The Deauthentication frame was sent because the MAC address of the STA already exists in the mesh BSS",
        "The mesh STA performs channel switch to meet regulatory requirements",
        "The mesh STA performs channel switching with unspecified reason"
    ];
}
