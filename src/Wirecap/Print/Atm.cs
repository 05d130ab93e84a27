namespace Wirecap.Print;

/// <summary>
/// ATM (print-atm.c, print-sunatm.c, print-cip.c, print-lane.c): the link types that carry AAL5
/// frames (RFC 1483 LLC, SunATM's pseudo-header, Classical IP), UNI signalling, and OAM cells.
/// <code>
/// SunATM pseudo-header:            OAM cell (after the 4-byte cell header, or 5 with the HEC):
/// +-------+------+---------+       +-----------+-----------+--------------------+--------+
/// | dir/  | VPI  | VCI (2) |       | cell type | func type | function specific  | CRC-10 |
/// | type  |      |         |       |  (4 bits) |  (4 bits) |     (45 bytes)     |(2 byte)|
/// +-------+------+---------+       +-----------+-----------+--------------------+--------+
/// </code>
/// </summary>
public static class Atm
{
    /// <summary>Whether the OAM cell header carries its HEC byte (ATM_OAM_NOHEC / ATM_OAM_HEC).</summary>
    public const int OamNoHec = 0, OamHec = 1;

    private const int HdrLenNoHec = 4, OamPayloadLen = 48, OamFunctionSpecificLen = 45;
    private const int LlcUi = 0x03;
    private const int VciPpc = 0x05, VciBcc = 0x02, VciOamF4Sc = 0x03, VciOamF4Ec = 0x04, VciMetaC = 0x01, VciIlmiC = 0x10;
    private const int Q2931 = 0x09;
    private const int TrafficUnknown = 0, TrafficLane = 1, TrafficLlc = 2;
    private const int CellFm = 0x1, CellPm = 0x2, CellAd = 0x8, CellSm = 0xf;
    private const int FmAis = 0x0, FmRdi = 0x1, FmContCheck = 0x4, FmLoopback = 0x8;

    private static readonly Tok OamF = new((VciOamF4Sc, "OAM F4 (segment)"), (VciOamF4Ec, "OAM F4 (end)"));

    private static readonly Tok PayloadTypes = new(
        (0x0, "user data, uncongested, SDU 0"), (0x1, "user data, uncongested, SDU 1"),
        (0x2, "user data, congested, SDU 0"), (0x3, "user data, congested, SDU 1"),
        (0x4, "VCC OAM F5 flow segment"), (0x5, "VCC OAM F5 flow end-to-end"),
        (0x6, "Traffic Control and resource Mgmt"));

    private static readonly Tok CellTypes = new(
        (CellFm, "Fault Management"), (CellPm, "Performance Management"), (CellAd, "activate/deactivate"),
        (CellSm, "System Management"));

    private static readonly Tok FmFuncTypes = new((FmAis, "AIS"), (FmRdi, "RDI"), (FmContCheck, "Continuity Check"), (FmLoopback, "Loopback"));
    private static readonly Tok PmFuncTypes = new((0x0, "Forward Monitoring"), (0x1, "Backward Reporting"), (0x2, "Monitoring and Reporting"));
    private static readonly Tok AdFuncTypes = new((0x0, "Performance Monitoring"), (0x1, "Continuity Check"));
    private static readonly Tok LoopbackIndicator = new((0x0, "Reply"), (0x1, "Request"));

    private static readonly Tok MsgTypes = new(
        (0x02, "Call_proceeding"), (0x07, "Connect"), (0x0f, "Connect_ack"), (0x05, "Setup"), (0x4d, "Release"),
        (0x5a, "Release_complete"), (0x46, "Restart"), (0x4e, "Restart_ack"), (0x7d, "Status"), (0x75, "Status_enquiry"),
        (0x80, "Add_party"), (0x81, "Add_party_ack"), (0x82, "Add_party_reject"), (0x83, "Drop_party"),
        (0x84, "Drop_party_ack"));

    private static readonly Tok LecOps = new(
        (0x0001, "configure request"), (0x0101, "configure response"), (0x0002, "join request"), (0x0102, "join response"),
        (0x0003, "ready query"), (0x0103, "ready indication"), (0x0004, "register request"), (0x0104, "register response"),
        (0x0005, "unregister request"), (0x0105, "unregister response"), (0x0006, "ARP request"), (0x0106, "ARP response"),
        (0x0007, "flush request"), (0x0107, "flush response"), (0x0008, "NARP request"), (0x0009, "topology request"));

    /// <summary>CRC-10 (polynomial x^10+x^9+x^5+x^4+x+1) by byte, as OAM cells use it.</summary>
    private static readonly ushort[] Crc10Table = BuildCrc10Table();

    private static ushort[] BuildCrc10Table()
    {
        var t = new ushort[256];
        for (int i = 0; i < 256; i++)
        {
            int accum = i << 2;
            for (int j = 0; j < 8; j++)
            {
                accum <<= 1;
                if ((accum & 0x400) != 0) accum ^= 0x633;
            }
            t[i] = (ushort)(accum & 0xffff);
        }
        return t;
    }

    /// <summary>verify_crc10_cksum: 0 when the CRC over the cell payload (its CRC field included) checks.</summary>
    private static int Crc10(ReadOnlySpan<byte> data)
    {
        int accum = 0;
        foreach (byte b in data) accum = ((accum << 8) & 0x3ff) ^ Crc10Table[(accum >> 2) & 0xff] ^ b;
        return accum;
    }

    /// <summary>atm_if_print (DLT_ATM_RFC1483): Cisco NLPID, LLC, or an 802.6 MAC header from Fore's driver before the LLC.</summary>
    public static void IfPrint(ref Frame f)
    {
        f.Proto = "atm";
        int length = f.WireLength, caplen = f.Data.Length;
        int p = 0;
        if (f.U8(p) == LlcUi)
        {
            if (f.Opt.LinkHeader) f.Out.Write("CNLPID "u8);
            f.LinkHeaderLength += 1;
            IsoClns.Print(ref f, p + 1, length - 1);
            return;
        }
        uint llchdr = f.U24(p);
        if (f.Truncated) return;
        // not SNAP, OSI or IP SAPs in a UI frame: assume a 20-byte 802.6 MAC header
        if (llchdr != 0xaaaa03 && llchdr != 0xfefe03 && llchdr != 0x060603)
        {
            if (f.Opt.LinkHeader)
            {
                var o = f.Out;
                uint a = f.U32(p), b = f.U32(p + 4), c = f.U32(p + 8), d = f.U32(p + 12);
                if (f.Truncated) return;
                o.Hex(a, 8); o.Hex(b, 8); o.Char(' '); o.Hex(c, 8); o.Hex(d, 8); o.Char(' ');
            }
            if (!f.Need(p, 20)) return;
            p += 20; length -= 20; caplen -= 20;
            f.LinkHeaderLength += 20;
        }
        f.LinkHeaderLength += LlcPrint(ref f, p, length, caplen);
    }

    /// <summary>sunatm_if_print (DLT_SUNATM): direction and traffic type, VPI, VCI, then the cell payload.</summary>
    public static void SunAtmIfPrint(ref Frame f)
    {
        f.Proto = "sunatm";
        int dir = f.U8(0);
        if (f.Truncated) return;
        if (f.Opt.LinkHeader) f.Out.Write((dir & 0x80) != 0 ? "Tx: "u8 : "Rx: "u8);
        int traffic = (dir & 0x0f) switch { 0x01 => TrafficLane, 0x02 => TrafficLlc, _ => TrafficUnknown };
        int vpi = f.U8(1), vci = f.U16(2);
        if (f.Truncated) return;
        f.LinkHeaderLength += 4;
        Print(ref f, vpi, vci, traffic, 4, f.WireLength - 4, f.Data.Length - 4);
    }

    /// <summary>cip_if_print (DLT_ATM_CLIP): Classical IP, with or without an LLC/SNAP header.</summary>
    public static void CipIfPrint(ref Frame f)
    {
        f.Proto = "cip";
        int length = f.WireLength, caplen = f.Data.Length;
        if (f.Opt.LinkHeader) { f.Out.Dec((uint)length); f.Out.Write(": "u8); }
        if (!f.Need(0, 6)) return;
        // aa aa 03 00 00 00: SNAP with an EtherType
        var h = f.Data[..6];
        if (h[0] == 0xaa && h[1] == 0xaa && h[2] == 0x03 && h[3] == 0 && h[4] == 0 && h[5] == 0)
            f.LinkHeaderLength += LlcPrint(ref f, 0, length, caplen);
        else
            Ip.Print(ref f, 0, length);
    }

    /// <summary>atm_llc_print: LLC, dumping the frame when its protocol is unknown.</summary>
    private static int LlcPrint(ref Frame f, int p, int length, int caplen)
    {
        int hdrlen = Llc.Print(ref f, p, length, caplen, -1, -1);
        if (hdrlen < 0)
        {
            if (!f.Truncated) Ethernet.DefaultPrint(ref f, p, caplen);
            hdrlen = -hdrlen;
        }
        return hdrlen;
    }

    /// <summary>atm_print: the reserved VCIs of VPI 0 (signalling, OAM, ILMI), else LLC or LANE.</summary>
    public static void Print(ref Frame f, int vpi, int vci, int traffic, int p, int length, int caplen)
    {
        f.Proto = "atm";
        var o = f.Out;
        if (f.Opt.LinkHeader) { o.Write("VPI:"u8); o.Dec((uint)vpi); o.Write(" VCI:"u8); o.Dec((uint)vci); o.Char(' '); }
        if (vpi == 0)
        {
            switch (vci)
            {
                case VciPpc: SigPrint(ref f, p); return;
                case VciBcc: o.Write("broadcast sig: "u8); return;
                case VciOamF4Sc:
                case VciOamF4Ec: OamPrint(ref f, p, length, OamHec); return;
                case VciMetaC: o.Write("meta: "u8); return;
                case VciIlmiC:
                    // SNMP is not decoded here
                    o.Write("ilmi: "u8);
                    return;
            }
        }
        if (traffic == TrafficLane) LanePrint(ref f, p, length, caplen);
        else LlcPrint(ref f, p, length, caplen);
    }

    /// <summary>sig_print: UNI 3.1 (Q.2931) signalling, or SSCOP carrying something else.</summary>
    private static void SigPrint(ref Frame f, int p)
    {
        var o = f.Out;
        int proto = f.U8(p);
        if (f.Truncated) return;
        if (proto == Q2931)
        {
            o.Write("Q.2931"u8);
            int msg = f.U8(p + 5);
            if (f.Truncated) return;
            o.Char(':'); MsgTypes.Print(o, (uint)msg, "msgtype#%u"); o.Char(' ');
            uint callRef = f.U24(p + 2);
            if (f.Truncated) return;
            o.Write("CALL_REF:0x"u8); o.Hex(callRef, 6);
        }
        else
        {
            o.Write("SSCOP, proto "u8); o.Dec((uint)proto); o.Char(' ');
        }
    }

    /// <summary>lane_print: an LE control frame, or an LE header (LECID) and an Ethernet frame.</summary>
    private static void LanePrint(ref Frame f, int p, int length, int caplen)
    {
        f.Proto = "lane";
        var o = f.Out;
        int header = f.U16(p);
        if (f.Truncated) return;
        if (header == 0xff00)
        {
            // lec_header(2) lec_proto(1) lec_vers(1) lec_opcode(2)
            int proto = f.U8(p + 2), vers = f.U8(p + 3), op = f.U16(p + 4);
            if (f.Truncated) return;
            o.Write("lec: proto "u8); o.Hex((uint)proto); o.Write(" vers "u8); o.Hex((uint)vers); o.Char(' ');
            LecOps.Print(o, (uint)op, "opcode-#%u");
            return;
        }
        length -= 2; caplen -= 2;
        // ether_print shows the LECID (with or without -e) once the Ethernet header is known to be there
        if (length >= caplen && caplen >= 14) { o.Write("lecid:"u8); o.Hex((uint)header); o.Char(' '); }
        Ethernet.Print(ref f, p + 2, length, caplen);
    }

    /// <summary>oam_print: an OAM F4/F5 cell; hec says whether the cell header includes the HEC byte.</summary>
    public static void OamPrint(ref Frame f, int p, int length, int hec)
    {
        f.Proto = "oam";
        var o = f.Out;
        uint cellHeader = f.U32(p + hec);
        int types = f.U8(p + HdrLenNoHec + hec);
        if (f.Truncated) return;
        int cellType = (types >> 4) & 0x0f, funcType = types & 0x0f;
        int vpi = (int)((cellHeader >> 20) & 0xff), vci = (int)((cellHeader >> 4) & 0xffff);
        int payload = (int)((cellHeader >> 1) & 0x7), clp = (int)(cellHeader & 0x1);

        OamF.Print(o, (uint)vci, "OAM F5"); o.Write(", vpi "u8); o.Dec((uint)vpi); o.Write(", vci "u8); o.Dec((uint)vci);
        o.Write(", payload [ "u8); PayloadTypes.Print(o, (uint)payload, "Unknown"); o.Write(" ], clp "u8); o.Dec((uint)clp);
        o.Write(", length "u8); o.Dec((uint)length);
        if (f.Opt.Verbose == 0) return;

        o.Write("\n\tcell-type "u8); CellTypes.Print(o, (uint)cellType, "unknown"); o.Write(" ("u8); o.Dec((uint)cellType); o.Char(')');
        Tok? funcNames = cellType switch { CellFm => FmFuncTypes, CellPm => PmFuncTypes, CellAd => AdFuncTypes, _ => null };
        if (funcNames == null) { o.Write(", func-type unknown ("u8); o.Dec((uint)funcType); o.Char(')'); }
        else { o.Write(", func-type "u8); funcNames.Print(o, (uint)funcType, "none"); o.Write(" ("u8); o.Dec((uint)funcType); o.Char(')'); }

        p += HdrLenNoHec + hec;
        int q = p + 1;   // past the cell-type/func-type byte
        switch (cellType << 4 | funcType)
        {
            case CellFm << 4 | FmLoopback:
                // indicator(1) correlation tag(4) loopback id(12) source id(12) unused(16)
                if (!f.Need(q, 45)) return;
                o.Write("\n\tLoopback-Indicator "u8); LoopbackIndicator.Print(o, (uint)(f.U8(q) & 0x1), "Unknown");
                o.Write(", Correlation-Tag 0x"u8); o.Hex(f.U32(q + 1), 8);
                o.Write("\n\tLocation-ID "u8);
                for (int i = 1; i < 12; i += 2) { o.Hex(f.U16(q + 5 + i), 4); o.Char(' '); }
                o.Write("\n\tSource-ID   "u8);
                for (int i = 1; i < 12; i += 2) { o.Hex(f.U16(q + 17 + i), 4); o.Char(' '); }
                break;
            case CellFm << 4 | FmAis:
            case CellFm << 4 | FmRdi:
                // failure type(1) failure location(16) unused(28)
                if (!f.Need(q, 45)) return;
                o.Write("\n\tFailure-type 0x"u8); o.Hex2(f.U8(q));
                o.Write("\n\tLocation-ID "u8);
                for (int i = 1; i < 16; i += 2) { o.Hex(f.U16(q + 1 + i), 4); o.Char(' '); }
                break;
        }

        int cksum = f.U16(q + OamFunctionSpecificLen) & 0x3ff;
        if (f.Truncated) return;
        int shouldBe = Crc10(f.Bytes(p, OamPayloadLen));
        o.Write("\n\tcksum 0x"u8); o.Hex((uint)cksum, 3); o.Write(shouldBe == 0 ? " (correct)"u8 : " (incorrect)"u8);
    }
}
