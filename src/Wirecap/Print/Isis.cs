using static Wirecap.Print.IsoClnsTables;

namespace Wirecap.Print;

/// <summary>
/// IS-IS (ISO 10589, RFC 1195 and its extensions), from print-isoclns.c.
/// <code>
/// common header (8 bytes):
/// +-------+-----------+---------+-----------+----------+-------------+----------+----------+
/// | NLPID | fixed len | version | id length | PDU type | PDU version | reserved | max area |
/// +-------+-----------+---------+-----------+----------+-------------+----------+----------+
/// then the PDU's own fixed part (IIH, LSP, CSNP, PSNP) and TLVs:
/// +------+--------+---------------+
/// | type | length | value         |
/// +------+--------+---------------+
/// </code>
/// </summary>
public static class Isis
{
    private const int CommonHeader = 8, IihLanHeader = 19, IihPtpHeader = 12, LspHeader = 19, CsnpHeader = 25, PsnpHeader = 9;
    private const int SystemIdLen = 6, NodeIdLen = 7, LspIdLen = 8;

    private static ReadOnlySpan<byte> Ident => "\n\t      "u8;
    private static ReadOnlySpan<byte> Ident2 => "\n\t        "u8;

    /// <summary>What a TLV printer tells the TLV loop: go on, or end the PDU (with " [|isis]", or returning 1 or 0).</summary>
    private enum Next { Go, Trunc, Ret1, Ret0 }

    /// <summary>isis_print: false when the caller should hex-dump the PDU.</summary>
    public static bool Print(ref Frame f, int p, int length)
    {
        f.Proto = "isis";
        var o = f.Out;
        bool e = f.Opt.LinkHeader;
        int v = f.Opt.Verbose;
        int packetLen = length;
        int optr = p;
        if (!f.Has(p, CommonHeader) || length < CommonHeader) { f.PrintTrunc(); return true; }
        int hp = p + CommonHeader;

        if (!e) o.Write("IS-IS"u8);

        int version = f.U8(p + 2);
        if (version != 1) { o.Write("version "u8); o.Dec((uint)version); o.Write(" packet not supported"u8); return false; }
        int pduIdLength = f.U8(p + 3);
        if (pduIdLength != SystemIdLen && pduIdLength != 0)
        {
            o.Write("system ID length of "u8); o.Dec((uint)pduIdLength); o.Write(" is not supported"u8);
            return false;
        }
        int pduVersion = f.U8(p + 5);
        if (pduVersion != 1) { o.Write("version "u8); o.Dec((uint)pduVersion); o.Write(" packet not supported"u8); return false; }
        int fixedLen = f.U8(p + 1);
        if (length < fixedLen)
        {
            o.Write("fixed header length "u8); o.Dec((uint)fixedLen); o.Write(" > packet length "u8); o.Dec((uint)length);
            return false;
        }
        if (fixedLen < CommonHeader)
        {
            o.Write("fixed header length "u8); o.Dec((uint)fixedLen); o.Write(" < minimum header size 8"u8);
            return false;
        }
        int pduMaxArea = f.U8(p + 7);
        int maxArea;
        switch (pduMaxArea)
        {
            case 0: maxArea = 3; break;
            case 255: o.Write("bad packet -- 255 areas"u8); return false;
            default: maxArea = pduMaxArea; break;
        }
        int idLength = pduIdLength == 0 ? 6 : pduIdLength;
        int pduType = f.U8(p + 4);
        if (f.Truncated) return true;

        if (v == 0)
        {
            if (!e) o.Write(", "u8);
            IsisPdu.Print(o, (uint)pduType, "unknown PDU-Type %u");
        }
        else
        {
            if (!e) o.Write(", "u8);
            o.Write("length "u8); o.Dec((uint)length);
            o.Write("\n\t"u8); IsisPdu.Print(o, (uint)pduType, "unknown, type %u");
            o.Write(", hlen: "u8); o.Dec((uint)fixedLen); o.Write(", v: "u8); o.Dec((uint)version);
            o.Write(", pdu-v: "u8); o.Dec((uint)pduVersion); o.Write(", sys-id-len: "u8); o.Dec((uint)idLength);
            o.Write(" ("u8); o.Dec((uint)pduIdLength); o.Write("), max-area: "u8); o.Dec((uint)maxArea);
            o.Write(" ("u8); o.Dec((uint)pduMaxArea); o.Char(')');
            if (v > 1 && !IsoClns.UnknownData(ref f, optr, "\n\t"u8, 8)) return false;
        }

        int pduLen;
        switch (pduType)
        {
            case 15:
            case 16:
            {
                if (fixedLen != CommonHeader + IihLanHeader) { Bogus(o, ", bogus"u8, fixedLen, CommonHeader + IihLanHeader); return false; }
                if (!f.Has(hp, IihLanHeader) || length < CommonHeader + IihLanHeader) { f.PrintTrunc(); return true; }
                if (v == 0)
                {
                    var src = f.Bytes(hp + 1, SystemIdLen);
                    o.Write(", src-id "u8); Id(o, src, SystemIdLen);
                    var lan = f.Bytes(hp + 12, NodeIdLen);
                    int prio = f.U8(hp + 11);
                    o.Write(", lan-id "u8); Id(o, lan, NodeIdLen); o.Write(", prio "u8); o.Dec((uint)prio);
                    o.Write(", length "u8); o.Dec((uint)length);
                    return true;
                }
                pduLen = f.U16(hp + 9);
                if (packetLen > pduLen) { packetLen = pduLen; length = pduLen; }
                {
                    var src = f.Bytes(hp + 1, SystemIdLen);
                    int hold = f.U16(hp + 7), circuit = f.U8(hp);
                    o.Write("\n\t  source-id: "u8); Id(o, src, SystemIdLen);
                    o.Write(",  holding time: "u8); o.Dec((uint)hold); o.Write("s, Flags: ["u8);
                    CircuitType.Print(o, (uint)circuit, "unknown circuit type 0x%02x"); o.Char(']');
                    var lan = f.Bytes(hp + 12, NodeIdLen);
                    int prio = f.U8(hp + 11);
                    o.Write("\n\t  lan-id:    "u8); Id(o, lan, NodeIdLen);
                    o.Write(", Priority: "u8); o.Dec((uint)(prio & 0x7f)); o.Write(", PDU length: "u8); o.Dec((uint)pduLen);
                }
                if (v > 1 && !IsoClns.UnknownData(ref f, hp, "\n\t  "u8, IihLanHeader)) return false;
                if (!InvalidOrDecrement(o, ref packetLen, CommonHeader + IihLanHeader)) return true;
                p += CommonHeader + IihLanHeader;
                break;
            }
            case 17:
            {
                if (fixedLen != CommonHeader + IihPtpHeader) { Bogus(o, ", bogus"u8, fixedLen, CommonHeader + IihPtpHeader); return false; }
                if (!f.Has(hp, IihPtpHeader) || length < CommonHeader + IihPtpHeader) { f.PrintTrunc(); return true; }
                if (v == 0)
                {
                    var src = f.Bytes(hp + 1, SystemIdLen);
                    o.Write(", src-id "u8); Id(o, src, SystemIdLen);
                    o.Write(", length "u8); o.Dec((uint)length);
                    return true;
                }
                pduLen = f.U16(hp + 9);
                if (packetLen > pduLen) { packetLen = pduLen; length = pduLen; }
                {
                    var src = f.Bytes(hp + 1, SystemIdLen);
                    int hold = f.U16(hp + 7), circuit = f.U8(hp);
                    o.Write("\n\t  source-id: "u8); Id(o, src, SystemIdLen);
                    o.Write(", holding time: "u8); o.Dec((uint)hold); o.Write("s, Flags: ["u8);
                    CircuitType.Print(o, (uint)circuit, "unknown circuit type 0x%02x"); o.Char(']');
                    int cid = f.U8(hp + 11);
                    o.Write("\n\t  circuit-id: 0x"u8); o.Hex2((byte)cid); o.Write(", PDU length: "u8); o.Dec((uint)pduLen);
                }
                if (v > 1 && !IsoClns.UnknownData(ref f, hp, "\n\t  "u8, IihPtpHeader)) return false;
                if (!InvalidOrDecrement(o, ref packetLen, CommonHeader + IihPtpHeader)) return true;
                p += CommonHeader + IihPtpHeader;
                break;
            }
            case 18:
            case 20:
            {
                if (fixedLen != CommonHeader + LspHeader) { Bogus(o, ", bogus"u8, fixedLen, LspHeader); return false; }
                if (!f.Has(hp, LspHeader) || length < CommonHeader + LspHeader) { f.PrintTrunc(); return true; }
                if (v == 0)
                {
                    var lsp = f.Bytes(hp + 4, LspIdLen);
                    uint seq = f.U32(hp + 12);
                    int life = f.U16(hp + 2);
                    o.Write(", lsp-id "u8); Id(o, lsp, LspIdLen);
                    o.Write(", seq 0x"u8); o.Hex(seq, 8); o.Write(", lifetime "u8); o.Dec((uint)life, 5, (byte)' ');
                    o.Write("s, length "u8); o.Dec((uint)length);
                    return true;
                }
                pduLen = f.U16(hp);
                if (packetLen > pduLen) { packetLen = pduLen; length = pduLen; }
                {
                    var lsp = f.Bytes(hp + 4, LspIdLen);
                    uint seq = f.U32(hp + 12);
                    int life = f.U16(hp + 2), cks = f.U16(hp + 16);
                    o.Write("\n\t  lsp-id: "u8); Id(o, lsp, LspIdLen);
                    o.Write(", seq: 0x"u8); o.Hex(seq, 8); o.Write(", lifetime: "u8); o.Dec((uint)life, 5, (byte)' ');
                    o.Write("s\n\t  chksum: 0x"u8); o.Hex((uint)cks, 4);
                    IsoClns.OsiCksum(ref f, hp + 4, cks, 12, length - 12);
                    int tb = f.U8(hp + 18);
                    o.Write(", PDU length: "u8); o.Dec((uint)pduLen); o.Write(", Flags: [ "u8);
                    if ((tb & 0x4) != 0) o.Write("Overload bit set, "u8);
                    if ((tb & 0x78) != 0)
                    {
                        if ((tb & 0x8) != 0) o.Write("default "u8);
                        if ((tb & 0x10) != 0) o.Write("delay "u8);
                        if ((tb & 0x20) != 0) o.Write("expense "u8);
                        if ((tb & 0x40) != 0) o.Write("error "u8);
                        o.Write("ATT bit set, "u8);
                    }
                    if ((tb & 0x80) != 0) o.Write("P bit set, "u8);
                    LspIsType.Print(o, (uint)(tb & 0x3), "Unknown(0x%x)"); o.Write(" ]"u8);
                }
                if (v > 1 && !IsoClns.UnknownData(ref f, hp, "\n\t  "u8, LspHeader)) return false;
                if (!InvalidOrDecrement(o, ref packetLen, CommonHeader + LspHeader)) return true;
                p += CommonHeader + LspHeader;
                break;
            }
            case 24:
            case 25:
            case 26:
            case 27:
            {
                // Complete and partial sequence number PDUs: the complete ones add the range of LSP IDs they describe.
                bool complete = pduType <= 25;
                int snpHeader = complete ? CsnpHeader : PsnpHeader;
                if (fixedLen != CommonHeader + snpHeader) { Bogus(o, complete ? ", bogus"u8 : "- bogus"u8, fixedLen, CommonHeader + snpHeader); return false; }
                if (!f.Has(hp, snpHeader) || length < CommonHeader + snpHeader) { f.PrintTrunc(); return true; }
                if (v == 0)
                {
                    var src = f.Bytes(hp + 2, NodeIdLen);
                    o.Write(", src-id "u8); Id(o, src, NodeIdLen);
                    o.Write(", length "u8); o.Dec((uint)length);
                    return true;
                }
                pduLen = f.U16(hp);
                if (packetLen > pduLen) { packetLen = pduLen; length = pduLen; }
                {
                    var src = f.Bytes(hp + 2, NodeIdLen);
                    o.Write("\n\t  source-id:    "u8); Id(o, src, NodeIdLen); o.Write(", PDU length: "u8); o.Dec((uint)pduLen);
                    if (complete)
                    {
                        var start = f.Bytes(hp + 9, LspIdLen);
                        o.Write("\n\t  start lsp-id: "u8); Id(o, start, LspIdLen);
                        var end = f.Bytes(hp + 17, LspIdLen);
                        o.Write("\n\t  end lsp-id:   "u8); Id(o, end, LspIdLen);
                    }
                }
                if (v > 1 && !IsoClns.UnknownData(ref f, hp, "\n\t  "u8, snpHeader)) return false;
                if (!InvalidOrDecrement(o, ref packetLen, CommonHeader + snpHeader)) return true;
                p += CommonHeader + snpHeader;
                break;
            }
            default:
                if (v == 0) { o.Write(", length "u8); o.Dec((uint)length); return true; }
                IsoClns.UnknownData(ref f, hp, "\n\t  "u8, length);
                return false;
        }
        if (f.Truncated) return true;

        // the TLVs
        while (packetLen > 0 && !f.Truncated)
        {
            if (!f.Has(p, 2) || packetLen < 2) { f.PrintTrunc(); return true; }
            int tlvType = f.U8(p), tlvLen = f.U8(p + 1);
            p += 2;
            packetLen -= 2;
            o.Write("\n\t    "u8); IsisTlv.Print(o, (uint)tlvType, "unknown");
            o.Write(" TLV #"u8); o.Dec((uint)tlvType); o.Write(", length: "u8); o.Dec((uint)tlvLen);
            if (packetLen < tlvLen) { f.PrintTrunc(); return true; }

            switch (Tlv(ref f, tlvType, p, tlvLen, optr, length))
            {
                case Next.Trunc: f.PrintTrunc(); return true;
                case Next.Ret1: return true;
                case Next.Ret0: return false;
            }
            if (f.Truncated) return true;
            if (v > 1 && !IsoClns.UnknownData(ref f, p, Ident, tlvLen)) return false;
            p += tlvLen;
            packetLen -= tlvLen;
        }
        return true;
    }

    private static void Bogus(TextOut o, ReadOnlySpan<byte> lead, int fixedLen, int should)
    {
        o.Write(lead); o.Write(" fixed header length "u8); o.Dec((uint)fixedLen);
        o.Write(" should be "u8); o.Dec((uint)should);
    }

    /// <summary>INVALID_OR_DECREMENT: false (after " [packet length ...] (invalid)") when the length runs short.</summary>
    private static bool InvalidOrDecrement(TextOut o, ref int length, int decr)
    {
        if (length < decr)
        {
            o.Write(" [packet length "u8); o.Dec((uint)length); o.Write(" < "u8); o.Dec((uint)decr); o.Write("] (invalid)"u8);
            return false;
        }
        length -= decr;
        return true;
    }

    /// <summary>One TLV's value (tcpdump's switch on the TLV type).</summary>
    private static Next Tlv(ref Frame f, int type, int pptr, int tlvLen, int optr, int length)
    {
        var o = f.Out;
        int v = f.Opt.Verbose;
        int t = pptr;
        int tlen = tlvLen;
        switch (type)
        {
            case 1: // area addresses
                while (tlen != 0 && !f.Truncated)
                {
                    int alen = f.U8(t);
                    t++; tlen--;
                    if (tlen < alen) break;
                    if (!f.Need(t, alen)) break;
                    o.Write("\n\t      Area address (length: "u8); o.Dec((uint)alen); o.Write("): "u8);
                    IsoClns.Nsap(ref f, t, alen);
                    t += alen; tlen -= alen;
                }
                break;

            case 6: // IS neighbors (their SNPAs)
                while (tlen != 0)
                {
                    if (tlen < 6) break;
                    if (!f.Has(t, 6)) return Next.Trunc;
                    o.Write("\n\t      SNPA: "u8); Id(o, f.Bytes(t, 6), 6);
                    tlen -= 6; t += 6;
                }
                break;

            case 7: // instance identifier
            {
                if (tlen < 4) break;
                int numVals = (tlen - 2) / 2;
                int iid = f.U16(t);
                if (f.Truncated) break;
                o.Write("\n\t      Instance ID: "u8); o.Dec((uint)iid); o.Write(", ITIDs("u8); o.Dec((uint)numVals);
                o.Write(numVals != 0 ? "): "u8 : ") "u8);
                t += 2; tlen -= 2;
                for (int i = 0; i < numVals && !f.Truncated; i++)
                {
                    int itid = f.U16(t);
                    if (f.Truncated) break;
                    o.Dec((uint)itid);
                    if (i < numVals - 1) o.Write(", "u8);
                    t += 2; tlen -= 2;
                }
                break;
            }

            case 8: // padding
                break;

            case 222: // MT IS reachability
            case 24: // IS alias
            case 22: // extended IS reachability
            {
                if (type == 222)
                {
                    int mtLen = MtId(ref f, t, Ident, tlen);
                    if (mtLen == 0) return Next.Trunc;
                    t += mtLen; tlen -= mtLen;
                }
                while (tlen != 0 && !f.Truncated)
                {
                    int n = ExtIsReach(ref f, t, Ident, type, tlen);
                    if (n == 0) return Next.Trunc;
                    if (tlen < n)
                    {
                        o.Write(" [remaining tlv length "u8); o.Dec((uint)tlen); o.Write(" < "u8); o.Dec((uint)n); o.Write("] (invalid)"u8);
                        break;
                    }
                    tlen = (byte)(tlen - (byte)n);
                    t += (byte)n;
                }
                break;
            }

            case 2: // IS reachability
            {
                if (tlen < 1) break;
                int virt = f.U8(t);
                if (f.Truncated) break;
                o.Write(Ident); IsReachVirtual.Print(o, (uint)virt, "bogus virtual flag 0x%02x");
                t++; tlen--;
                while (tlen != 0)
                {
                    if (tlen < 11) break;
                    if (!f.Has(t, 11)) return Next.Trunc;
                    o.Write("\n\t      IS Neighbor: "u8); Id(o, f.Bytes(t + 4, NodeIdLen), NodeIdLen);
                    MetricBlock(ref f, t);
                    tlen -= 11; t += 11;
                }
                break;
            }

            case 3: // ES neighbors
                while (tlen != 0)
                {
                    if (tlen < 10) break;
                    if (!f.Has(t, 10)) return Next.Trunc;
                    o.Write("\n\t      ES Neighbor: "u8); Id(o, f.Bytes(t + 4, SystemIdLen), SystemIdLen);
                    MetricBlock(ref f, t);
                    tlen -= 10; t += 10;
                }
                break;

            case 128:
            case 130:
                if (!TlvIpReach(ref f, pptr, tlvLen)) return Next.Ret1;
                break;

            case 135:
            case 235:
            case 236:
            case 237:
            {
                if (type == 235 || type == 237)
                {
                    int mtLen = MtId(ref f, t, Ident, tlen);
                    if (mtLen == 0) return Next.Trunc;
                    t += mtLen; tlen -= mtLen;
                }
                bool v6 = type == 236 || type == 237;
                while (tlen != 0 && !f.Truncated)
                {
                    uint n = ExtdIpReach(ref f, t, v6);
                    if (n == 0) return Next.Trunc;
                    if ((uint)tlen < n)
                    {
                        o.Write(" [remaining tlv length "u8); o.Dec((uint)tlen); o.Write(" < "u8); o.Dec(n); o.Write("] (invalid)"u8);
                        break;
                    }
                    tlen = (byte)(tlen - (byte)n);
                    t += (byte)n;
                }
                break;
            }

            case 232: // IPv6 interface addresses
                while (tlen != 0)
                {
                    if (tlen < 16) break;
                    var a = f.Bytes(t, 16);
                    if (f.Truncated) break;
                    o.Write("\n\t      IPv6 interface address: "u8); f.Ctx.Names.IPv6(o, a);
                    t += 16; tlen -= 16;
                }
                break;

            case 10: // authentication
            {
                if (tlen < 1) break;
                int authType = f.U8(t);
                t++; tlen--;
                if (f.Truncated) break;
                o.Write(Ident); AuthType.Print(o, (uint)authType, "unknown Authentication type 0x%02x"); o.Write(": "u8);
                switch (authType)
                {
                    case 1:
                        TextProto.PrintJnp(ref f, t, tlen);
                        break;
                    case 54:
                        for (int i = 0; i < tlen && !f.Truncated; i++) o.Hex2(f.U8(t + i));
                        if (tlen != 16) o.Write(", (invalid subTLV) "u8);
                        // no secret is ever configured (-M is not supported), so the signature is not checked
                        if (!f.Truncated) o.Write(" (unchecked)"u8);
                        break;
                    case 3:
                    {
                        if (tlen < 2) return Next.Go;
                        int keyId = f.U16(t);
                        if (f.Truncated) break;
                        o.Dec((uint)keyId); o.Write(", password: "u8);
                        t += 2; tlen -= 2;
                        for (int i = 0; i < tlen && !f.Truncated; i++) o.Hex2(f.U8(t + i));
                        break;
                    }
                    default:
                        if (!IsoClns.UnknownData(ref f, t, "\n\t\t  "u8, tlen)) return Next.Ret0;
                        break;
                }
                break;
            }

            case 240: // point-to-point adjacency state
            {
                if (tlen >= 1)
                {
                    int st = f.U8(t);
                    if (f.Truncated) break;
                    o.Write("\n\t      Adjacency State: "u8); PtpAdjacency.Print(o, (uint)st, "unknown");
                    o.Write(" ("u8); o.Dec((uint)st); o.Char(')');
                    tlen--;
                }
                if (tlen > 4)
                {
                    uint cid = f.U32(t + 1);
                    if (f.Truncated) break;
                    o.Write("\n\t      Extended Local circuit-ID: 0x"u8); o.Hex(cid, 8);
                    tlen -= 4;
                }
                if (tlen >= 6)
                {
                    if (!f.Has(t + 5, 6)) return Next.Trunc;
                    o.Write("\n\t      Neighbor System-ID: "u8); Id(o, f.Bytes(t + 5, 6), SystemIdLen);
                    tlen -= 6;
                }
                if (tlen >= 4)
                {
                    uint cid = f.U32(t + 11);
                    if (f.Truncated) break;
                    o.Write("\n\t      Neighbor Extended Local circuit-ID: 0x"u8); o.Hex(cid, 8);
                }
                break;
            }

            case 129: // protocols supported
                o.Write("\n\t      NLPID(s): "u8);
                while (tlen != 0 && !f.Truncated)
                {
                    int id = f.U8(t);
                    if (f.Truncated) break;
                    Nlpid.Print(o, (uint)id, "unknown"); o.Write(" (0x"u8); o.Hex2((byte)id); o.Char(')');
                    if (tlen > 1) o.Write(", "u8);
                    t++; tlen--;
                }
                break;

            case 143: // MT port capability
            {
                if (tlen < 2) break;
                int w = f.U16(t);
                if (f.Truncated) break;
                o.Write("\n\t       RES: "u8); o.Dec((uint)(w >> 12)); o.Write(", MTID(s): "u8); o.Dec((uint)(w & 0x0fff));
                t += 2; tlen -= 2;
                if (tlen != 0) PrintMtPortCap(ref f, t, tlen);
                break;
            }

            case 144: // MT capability
            {
                if (tlen < 2) break;
                int w = f.U16(t);
                if (f.Truncated) break;
                o.Write("\n\t      O: "u8); o.Dec((uint)((w >> 15) & 1)); o.Write(", RES: "u8); o.Dec((uint)((w >> 12) & 7));
                o.Write(", MTID(s): "u8); o.Dec((uint)(w & 0x0fff));
                t += 2; tlen -= 2;
                if (tlen != 0) PrintMtCapability(ref f, t, tlen);
                break;
            }

            case 134: // TE router ID
            {
                if (tlen < 4) break;
                var a = f.Bytes(pptr, 4);
                if (f.Truncated) break;
                o.Write("\n\t      Traffic Engineering Router ID: "u8); f.Ctx.Names.IPv4(o, a);
                break;
            }

            case 132: // IPv4 interface addresses
                while (tlen != 0)
                {
                    if (tlen < 4) break;
                    var a = f.Bytes(t, 4);
                    if (f.Truncated) break;
                    o.Write("\n\t      IPv4 interface address: "u8); f.Ctx.Names.IPv4(o, a);
                    t += 4; tlen -= 4;
                }
                break;

            case 137: // hostname
                o.Write("\n\t      Hostname: "u8);
                TextProto.PrintJnp(ref f, t, tlen);
                break;

            case 138: // shared risk link group
            {
                if (tlen < NodeIdLen) break;
                if (!f.Has(t, NodeIdLen)) return Next.Trunc;
                o.Write("\n\t      IS Neighbor: "u8); Id(o, f.Bytes(t, NodeIdLen), NodeIdLen);
                t += NodeIdLen; tlen -= NodeIdLen;
                if (tlen < 1) break;
                int fl = f.U8(t);
                if (f.Truncated) break;
                o.Write(", Flags: ["u8); o.Write((fl & 1) != 0 ? "numbered"u8 : "unnumbered"u8); o.Char(']');
                t++; tlen--;
                if (tlen < 4) break;
                var a = f.Bytes(t, 4);
                if (f.Truncated) break;
                o.Write("\n\t      IPv4 interface address: "u8); f.Ctx.Names.IPv4(o, a);
                t += 4; tlen -= 4;
                if (tlen < 4) break;
                a = f.Bytes(t, 4);
                if (f.Truncated) break;
                o.Write("\n\t      IPv4 neighbor address: "u8); f.Ctx.Names.IPv4(o, a);
                t += 4; tlen -= 4;
                while (tlen != 0)
                {
                    if (tlen < 4) break;
                    uint id = f.U32(t);
                    if (f.Truncated) break;
                    o.Write("\n\t      Link-ID: 0x"u8); o.Hex(id, 8);
                    t += 4; tlen -= 4;
                }
                break;
            }

            case 9: // LSP entries
                while (tlen != 0)
                {
                    if (tlen < 16) break;
                    if (!f.Has(t + 2 + LspIdLen - 1, 1)) return Next.Trunc;
                    o.Write("\n\t      lsp-id: "u8); Id(o, f.Bytes(t + 2, LspIdLen), LspIdLen);
                    uint seq = f.U32(t + 10);
                    if (f.Truncated) break;
                    o.Write(", seq: 0x"u8); o.Hex(seq, 8);
                    int life = f.U16(t);
                    o.Write(", lifetime: "u8); o.Dec((uint)life, 5, (byte)' '); o.Char('s');
                    int cks = f.U16(t + 14);
                    if (f.Truncated) break;
                    o.Write(", chksum: 0x"u8); o.Hex((uint)cks, 4);
                    tlen -= 16; t += 16;
                }
                break;

            case 12: // checksum
            {
                if (tlen < 2) break;
                if (!f.Has(t, 2)) return Next.Trunc;
                int cks = f.U16(t);
                o.Write("\n\t      checksum: 0x"u8); o.Hex((uint)cks, 4); o.Char(' ');
                IsoClns.OsiCksum(ref f, optr, cks, t - optr, length);
                break;
            }

            case 13: // purge originator identification
            {
                if (tlen < 1) break;
                int num = f.U8(t);
                if (f.Truncated) break;
                t++; tlen--;
                if (num == 0) { o.Write(" No system IDs supplied"u8); break; }
                if (tlen < 6) break;
                if (!f.Has(t, 6)) return Next.Trunc;
                o.Write("\n\t      Purge Originator System-ID: "u8); Id(o, f.Bytes(t, 6), SystemIdLen);
                t += 6; tlen -= 6;
                if (num > 1)
                {
                    if (tlen < 6) break;
                    if (!f.Has(t, 6) || !f.Has(t, 13)) return Next.Trunc;
                    o.Write("\n\t      Received from System-ID: "u8); Id(o, f.Bytes(t, 6), SystemIdLen);
                }
                break;
            }

            case 229: // multi topology
                while (tlen != 0 && !f.Truncated)
                {
                    if (tlen != 1)
                    {
                        int mtLen = MtId(ref f, t, Ident, tlen);
                        if (mtLen == 0) return Next.Trunc;
                        t += mtLen; tlen -= mtLen;
                    }
                    else
                    {
                        o.Write("\n\t      invalid MT-ID"u8);
                        break;
                    }
                }
                break;

            case 211: // restart signaling
            {
                if (tlen < 1) break;
                if (!f.Has(t, 1)) return Next.Trunc;
                int fl = f.U8(t);
                o.Write("\n\t      Flags ["u8); RestartFlags.Bits(o, (uint)fl, "none"); o.Char(']');
                t++; tlen--;
                if (tlen == 0 || tlen < 2) break;
                if (!f.Has(t, 2)) return Next.Trunc;
                o.Write(", Remaining holding time "u8); o.Dec((uint)f.U16(t)); o.Char('s');
                t += 2; tlen -= 2;
                if (tlen == SystemIdLen)
                {
                    if (!f.Has(t, 6)) return Next.Trunc;
                    o.Write(", for "u8); Id(o, f.Bytes(t, 6), SystemIdLen);
                }
                break;
            }

            case 131: // inter-domain information
            {
                if (tlen < 1) break;
                int idrp = f.U8(t);
                if (f.Truncated) break;
                o.Write("\n\t      Inter-Domain Information Type: "u8); Idrp.Print(o, (uint)idrp, "Unknown (0x%02x)");
                t++; tlen--;
                if (idrp == 2)
                {
                    if (tlen < 2) break;
                    int asn = f.U16(t);
                    if (f.Truncated) break;
                    o.Write("AS Number: "u8); o.Dec((uint)asn);
                }
                else if (!IsoClns.UnknownData(ref f, t, Ident, tlen)) return Next.Ret0;
                break;
            }

            case 14: // LSP buffer size
            {
                if (tlen < 2) break;
                int size = f.U16(t);
                if (f.Truncated) break;
                o.Write("\n\t      LSP Buffersize: "u8); o.Dec((uint)size);
                break;
            }

            case 4: // partition DIS
                while (tlen != 0)
                {
                    if (tlen < 6) break;
                    if (!f.Has(t, 6)) return Next.Trunc;
                    o.Write(Ident); Id(o, f.Bytes(t, 6), SystemIdLen);
                    t += 6; tlen -= 6;
                }
                break;

            case 5: // prefix neighbors
            {
                if (tlen < 4) break;
                if (!f.Has(t, 4)) return Next.Trunc;
                o.Write("\n\t      Metric Block"u8);
                MetricBlock(ref f, t);
                t += 4; tlen -= 4;
                while (tlen != 0 && !f.Truncated)
                {
                    int prefixLen = f.U8(t);
                    if (f.Truncated) break;
                    t++; tlen--;
                    if (prefixLen < 2)
                    {
                        o.Write("\n\t\tAddress: prefix length "u8); o.Dec((uint)prefixLen); o.Write(" < 2"u8);
                        break;
                    }
                    if (tlen < prefixLen / 2) break;
                    if (!f.Need(t, prefixLen / 2)) break;
                    o.Write("\n\t\tAddress: "u8); IsoClns.Nsap(ref f, t, prefixLen / 2);
                    o.Char('/'); o.Dec((uint)(prefixLen * 4));
                    t += prefixLen / 2; tlen -= prefixLen / 2;
                }
                break;
            }

            case 241: // IIH sequence number
            {
                if (tlen < 4) break;
                uint seq = f.U32(t);
                if (f.Truncated) break;
                o.Write("\n\t      Sequence number: "u8); o.Dec(seq);
                break;
            }

            case 242: // router capability
            {
                if (tlen < 5)
                {
                    o.Write(" [object length "u8); o.Dec((uint)tlen); o.Write(" < 5] (invalid)"u8);
                    break;
                }
                var a = f.Bytes(t, 4);
                if (f.Truncated) break;
                o.Write("\n\t      Router-ID "u8); f.Ctx.Names.IPv4(o, a);
                int fl = f.U8(t + 4);
                if (f.Truncated) break;
                o.Write(", Flags ["u8); RouterCapFlags.Bits(o, (uint)fl, "none"); o.Char(']');
                if (tlen > 5) PrintRouterCap(ref f, t + 5, (byte)(tlen - 5));
                break;
            }

            case 250: // vendor private
            {
                if (tlen < 3) break;
                uint vendor = f.U24(t);
                if (f.Truncated) break;
                o.Write("\n\t      Vendor: "u8); Oui.Names.Print(o, vendor, "Unknown");
                o.Write(" ("u8); o.Dec(vendor); o.Char(')');
                t += 3; tlen -= 3;
                if (tlen != 0 && !IsoClns.UnknownData(ref f, t, "\n\t\t"u8, tlen)) return Next.Ret0;
                break;
            }

            default:
                if (v <= 1 && !IsoClns.UnknownData(ref f, pptr, "\n\t\t"u8, tlvLen)) return Next.Ret0;
                break;
        }
        return Next.Go;
    }

    /// <summary>isis_print_id: a system ID (xxxx.xxxx.xxxx), node ID (.yy) or LSP ID (-zz).</summary>
    private static void Id(TextOut o, ReadOnlySpan<byte> a, int idLen)
    {
        if (a.Length < idLen) return;
        int sys = Math.Min(SystemIdLen, idLen);
        for (int i = 1; i <= sys; i++)
        {
            o.Hex2(a[i - 1]);
            if (i == 2 || i == 4) o.Char('.');
        }
        if (idLen >= NodeIdLen) { o.Char('.'); o.Hex2(a[SystemIdLen]); }
        if (idLen == LspIdLen) { o.Char('-'); o.Hex2(a[NodeIdLen]); }
    }

    private static void MetricText(TextOut o, int m)
    {
        o.Dec((uint)(m & 0x3f)); o.Write((m & 0x40) != 0 ? ", External"u8 : ", Internal"u8);
    }

    /// <summary>isis_print_metric_block: the default metric, and the others the supported bit says are there.</summary>
    private static void MetricBlock(ref Frame f, int p)
    {
        var o = f.Out;
        int def = f.U8(p), delay = f.U8(p + 1), expense = f.U8(p + 2), error = f.U8(p + 3);
        if (f.Truncated) return;
        o.Write(", Default Metric: "u8); MetricText(o, def);
        if ((delay & 0x80) == 0) { o.Write("\n\t\t  Delay Metric: "u8); MetricText(o, delay); }
        if ((expense & 0x80) == 0) { o.Write("\n\t\t  Expense Metric: "u8); MetricText(o, expense); }
        if ((error & 0x80) == 0) { o.Write("\n\t\t  Error Metric: "u8); MetricText(o, error); }
    }

    private static int Mask2Plen(uint mask)
    {
        for (int len = 32; len >= 0; len--)
            if ((len == 0 ? 0u : 0xffffffffu << (32 - len)) == mask) return len;
        return -1;
    }

    /// <summary>isis_print_tlv_ip_reach (TLVs 128, 130): false ends the PDU without a marker.</summary>
    private static bool TlvIpReach(ref Frame f, int p, int length)
    {
        var o = f.Out;
        while (length > 0)
        {
            if (length < 12)
            {
                o.Write("short IPv4 Reachability ("u8); o.Dec((uint)length); o.Write(" vs 12)"u8);
                return false;
            }
            if (!f.Has(p, 12)) return false;
            var prefix = f.Bytes(p + 4, 4);
            var mask = f.Bytes(p + 8, 4);
            int plen = Mask2Plen(f.U32(p + 8));
            o.Write(Ident); o.Write("IPv4 prefix: "u8);
            if (plen == -1)
            {
                f.Ctx.Names.IPv4(o, prefix); o.Write(" mask "u8); f.Ctx.Names.IPv4(o, mask);
            }
            else
            {
                f.Ctx.Names.IPv4Padded(o, prefix, 15); o.Char('/'); o.Dec((uint)plen);
            }
            int def = f.U8(p), delay = f.U8(p + 1), expense = f.U8(p + 2), error = f.U8(p + 3);
            o.Write(", Distribution: "u8); o.Write((def & 0x80) != 0 ? "down"u8 : "up"u8);
            o.Write(", Metric: "u8); MetricText(o, def);
            if ((delay & 0x80) == 0) { o.Write(Ident); o.Write("  Delay Metric: "u8); MetricText(o, delay); }
            if ((expense & 0x80) == 0) { o.Write(Ident); o.Write("  Expense Metric: "u8); MetricText(o, expense); }
            if ((error & 0x80) == 0) { o.Write(Ident); o.Write("  Error Metric: "u8); MetricText(o, error); }
            length -= 12;
            p += 12;
        }
        return true;
    }

    /// <summary>isis_print_ip_reach_subtlv: false ends the prefix (" [|isis]" already printed when truncated).</summary>
    private static bool IpReachSubTlv(ref Frame f, int t, int subt, int subl)
    {
        var o = f.Out;
        o.Write(Ident2); ExtIpReachSubTlv.Print(o, (uint)subt, "unknown");
        o.Write(" subTLV #"u8); o.Dec((uint)subt); o.Write(", length: "u8); o.Dec((uint)subl);
        if (!f.Has(t, subl)) { f.PrintTrunc(); return false; }
        switch (subt)
        {
            case 117:
            case 1:
                while (subl >= 4)
                {
                    uint tag = f.U32(t);
                    o.Write(", 0x"u8); o.Hex(tag, 8); o.Write(" (="u8); o.Dec(tag); o.Char(')');
                    t += 4; subl -= 4;
                }
                break;
            case 2:
                while (subl >= 8)
                {
                    uint hi = f.U32(t), lo = f.U32(t + 4);
                    o.Write(", 0x"u8); o.Hex(hi, 8); o.Hex(lo, 8);
                    t += 8; subl -= 8;
                }
                break;
            case 3:
            {
                int flags = f.U8(t), algo = f.U8(t + 1);
                uint sid;
                if ((flags & 0x08) != 0)
                {
                    if (subl < 5) { f.PrintTrunc(); return false; }
                    sid = f.U24(t + 2);
                }
                else
                {
                    if (subl < 6) { f.PrintTrunc(); return false; }
                    sid = f.U32(t + 2);
                }
                if (f.Truncated) return false;
                o.Write(", Flags ["u8); PrefixSidFlags.Bits(o, (uint)flags, "None");
                o.Write("], Algo "u8); PrefixSidAlgo.Print(o, (uint)algo, "Unknown");
                o.Write(" ("u8); o.Dec((uint)algo); o.Write("), "u8);
                o.Write((flags & 0x08) != 0 ? "label "u8 : "index "u8); o.Dec(sid);
                break;
            }
            default:
                if (!IsoClns.UnknownData(ref f, t, "\n\t\t    "u8, subl)) return false;
                break;
        }
        return true;
    }

    /// <summary>isis_print_extd_ip_reach (TLVs 135, 235, 236, 237): the bytes used, 0 when the TLV can't go on.</summary>
    private static uint ExtdIpReach(ref Frame f, int t, bool v6)
    {
        var o = f.Out;
        uint metric = f.U32(t);
        uint processed = 4;
        t += 4;
        int status, bitLength;
        if (!v6)
        {
            status = f.U8(t);
            t++;
            bitLength = status & 0x3f;
            if (f.Truncated) return 0;
            if (bitLength > 32)
            {
                o.Write(Ident); o.Write("IPv4 prefix: bad bit length "u8); o.Dec((uint)bitLength);
                return 0;
            }
            processed++;
        }
        else
        {
            status = f.U8(t);
            bitLength = f.U8(t + 1);
            if (f.Truncated) return 0;
            if (bitLength > 128)
            {
                o.Write(Ident); o.Write("IPv6 prefix: bad bit length "u8); o.Dec((uint)bitLength);
                return 0;
            }
            t += 2;
            processed += 2;
        }
        int byteLength = (bitLength + 7) / 8;
        Span<byte> prefix = stackalloc byte[16];
        prefix.Clear();
        var bytes = f.Bytes(t, byteLength);
        if (f.Truncated) return 0;
        bytes.CopyTo(prefix);
        t += byteLength;
        processed += (uint)byteLength;

        o.Write(Ident);
        if (!v6) { o.Write("IPv4 prefix: "u8); f.Ctx.Names.IPv4Padded(o, prefix[..4], 15); }
        else { o.Write("IPv6 prefix: "u8); f.Ctx.Names.IPv6(o, prefix); }
        o.Char('/'); o.Dec((uint)bitLength);
        o.Write(", Distribution: "u8); o.Write((status & 0x80) != 0 ? "down"u8 : "up"u8);
        o.Write(", Metric: "u8); o.Dec(metric);
        bool sub;
        if (!v6)
        {
            sub = (status & 0x40) != 0;
            if (sub) o.Write(", sub-TLVs present"u8);
        }
        else
        {
            sub = (status & 0x20) != 0;
            o.Write((status & 0x40) != 0 ? ", External"u8 : ", Internal"u8);
            if (sub) o.Write(", sub-TLVs present"u8);
        }
        if (sub)
        {
            uint sublen = f.U8(t);
            t++;
            processed += sublen + 1;
            if (f.Truncated) return 0;
            o.Write(" ("u8); o.Dec(sublen); o.Char(')');
            while (sublen > 0 && !f.Truncated)
            {
                int subType = f.U8(t), subLen = f.U8(t + 1);
                t += 2;
                if (f.Truncated) return 0;
                if (!IpReachSubTlv(ref f, t, subType, subLen)) return 0;
                t += subLen;
                sublen -= (uint)(subLen + 2);
            }
        }
        return f.Truncated ? 0 : processed;
    }

    /// <summary>isis_print_mtid: the 2-byte topology ID with its flags; 0 when fewer than 2 bytes are left.</summary>
    private static int MtId(ref Frame f, int t, ReadOnlySpan<byte> ident, int remaining)
    {
        if (remaining < 2) return 0;
        int w = f.U16(t);
        if (f.Truncated) return 0;
        var o = f.Out;
        o.Write(ident); Mt.Print(o, (uint)(w & 0x0fff), "Reserved for IETF Consensus");
        o.Write(" Topology (0x"u8); o.Hex((uint)(w & 0x0fff), 3); o.Write("), Flags: ["u8);
        MtFlags.Bits(o, (uint)(w & 0xf000), "none"); o.Char(']');
        return 2;
    }

    /// <summary>%.3f of the IEEE float at p, as bits per second in Mbps (float arithmetic as in C).</summary>
    private static void Mbps(TextOut o, uint bits)
    {
        float bw = BitConverter.UInt32BitsToSingle(bits) * 8 / 1000000;
        Fixed3(o, bw);
    }

    /// <summary>printf's %.3f. The value is a float, so a tie at the fourth decimal is exact only for an odd
    /// multiple of 1/16 (0.0625, 0.1875 ...); glibc rounds those to even, .NET away from zero.</summary>
    internal static void Fixed3(TextOut o, double x)
    {
        if (!double.IsFinite(x))
        {
            if (BitConverter.DoubleToInt64Bits(x) < 0) o.Char('-');
            o.Write(double.IsNaN(x) ? "nan"u8 : "inf"u8);
            return;
        }
        double k = x * 16;
        if (Math.Abs(x) < 1e12 && k == Math.Floor(k) && ((long)Math.Abs(k) & 1) == 1)
        {
            double scaled = x * 1000;   // exact: x*16 is an integer, so x*1000 = k*62.5
            if (scaled - Math.Floor(scaled) == 0.5) x = Math.Round(scaled, MidpointRounding.ToEven) / 1000;
        }
        var dst = o.Reserve(64);
        x.TryFormat(dst, out int n, "F3", System.Globalization.CultureInfo.InvariantCulture);
        o.Advance(n);
    }

    /// <summary>isis_print_ext_is_reach (TLVs 22, 24, 222): the bytes used, 0 when the TLV can't go on.</summary>
    private static int ExtIsReach(ref Frame f, int t, ReadOnlySpan<byte> ident, int tlvType, int tlvRemaining)
    {
        var o = f.Out;
        int procBytes = 0;
        if (!f.Has(t, NodeIdLen)) return 0;
        if (tlvRemaining < NodeIdLen) return 0;
        o.Write(ident); o.Write("IS Neighbor: "u8); Id(o, f.Bytes(t, NodeIdLen), NodeIdLen);
        t += NodeIdLen; tlvRemaining -= NodeIdLen; procBytes += NodeIdLen;

        if (tlvType != 24)
        {
            if (!f.Has(t, 3)) return 0;
            if (tlvRemaining < 3) return 0;
            o.Write(", Metric: "u8); o.Dec(f.U24(t));
            t += 3; tlvRemaining -= 3; procBytes += 3;
        }
        if (!f.Has(t, 1)) return 0;
        if (tlvRemaining < 1) return 0;
        int subSum = f.U8(t);
        t++; tlvRemaining--; procBytes++;
        o.Write(subSum != 0 ? ", sub-TLVs present"u8 : ", no sub-TLVs present"u8);
        if (subSum == 0) return procBytes;
        o.Write(" ("u8); o.Dec((uint)subSum); o.Char(')');
        ReadOnlySpan<byte> id2 = Ident2;
        while (subSum != 0 && !f.Truncated)
        {
            if (!f.Has(t, 2)) return 0;
            if (tlvRemaining < 2)
            {
                o.Write(id2); o.Write("Remaining data in TLV shorter than a subTLV header"u8);
                procBytes += tlvRemaining;
                break;
            }
            if (subSum < 2)
            {
                o.Write(id2); o.Write("Remaining data in subTLVs shorter than a subTLV header"u8);
                procBytes += subSum;
                break;
            }
            int st = f.U8(t), sl = f.U8(t + 1);
            t += 2; tlvRemaining -= 2; subSum -= 2; procBytes += 2;
            o.Write(id2); ExtIsReachSubTlv.Print(o, (uint)st, "unknown");
            o.Write(" subTLV #"u8); o.Dec((uint)st); o.Write(", length: "u8); o.Dec((uint)sl);
            if (subSum < sl)
            {
                o.Write(" (remaining data in subTLVs shorter than the current subTLV)"u8);
                procBytes += subSum;
                break;
            }
            if (tlvRemaining < sl)
            {
                o.Write(" (> remaining tlv length)"u8);
                procBytes += tlvRemaining;
                break;
            }
            if (!f.Has(t, sl)) return 0;
            int s = t, slen = sl;
            switch (st)
            {
                case 3:
                case 4:
                case 5:
                    if (slen >= 4)
                    {
                        o.Write(", 0x"u8); o.Hex(f.U32(s), 8);
                        if (slen == 8) { o.Write(", 0x"u8); o.Hex(f.U32(s + 4), 8); }
                    }
                    break;
                case 6:
                case 8:
                    if (slen >= 4) { o.Write(", "u8); f.Ctx.Names.IPv4(o, f.Bytes(s, 4)); }
                    break;
                case 9:
                case 10:
                    if (slen >= 4) { o.Write(", "u8); Mbps(o, f.U32(s)); o.Write(" Mbps"u8); }
                    break;
                case 11:
                    if (slen >= 32)
                    {
                        for (int c = 0; c < 8; c++)
                        {
                            o.Write(id2); o.Write("  TE-Class "u8); o.Dec((uint)c); o.Write(": "u8);
                            Mbps(o, f.U32(s)); o.Write(" Mbps"u8);
                            s += 4; slen -= 4; subSum -= 4; procBytes += 4;
                        }
                    }
                    break;
                case 22:
                case 12:
                {
                    if (slen == 0) break;
                    int model = f.U8(s);
                    o.Write(id2); o.Write("Bandwidth Constraints Model ID: "u8); DiffservTeBc.Print(o, (uint)model, "unknown");
                    o.Write(" ("u8); o.Dec((uint)model); o.Char(')');
                    s++; slen--; subSum--; procBytes++;
                    for (int c = 0; slen != 0; c++)
                    {
                        if (slen < 4) break;
                        o.Write(id2); o.Write("  Bandwidth constraint CT"u8); o.Dec((uint)c); o.Write(": "u8);
                        Mbps(o, f.U32(s)); o.Write(" Mbps"u8);
                        s += 4; slen -= 4; subSum -= 4; procBytes += 4;
                    }
                    break;
                }
                case 18:
                    if (slen >= 3) { o.Write(", "u8); o.Dec(f.U24(s)); }
                    break;
                case 19:
                    if (slen == 2)
                    {
                        int w = f.U16(s);
                        o.Write(", [ "u8); LinkAttribute.Bits(o, (uint)w, "Unknown"); o.Write(" ] (0x"u8); o.Hex((uint)w, 4); o.Char(')');
                    }
                    break;
                case 20:
                    if (slen >= 2)
                    {
                        int prot = f.U8(s), prio = f.U8(s + 1);
                        o.Write(", "u8); GmplsLinkProt.Bits(o, (uint)prot, "none"); o.Write(", Priority "u8); o.Dec((uint)prio);
                    }
                    break;
                case 29:
                    if (slen >= 6)
                    {
                        o.Write(", LM: "u8); o.Dec(f.U24(s));
                        s += 3; slen -= 3; subSum -= 3; procBytes += 3;
                        o.Write(", P: "u8); o.Dec((uint)f.U8(s));
                        s++; slen--; subSum--; procBytes++;
                        o.Write(", P-ID: "u8); o.Dec((uint)f.U16(s));
                    }
                    break;
                case 21:
                    if (slen >= 36)
                    {
                        int cap = f.U8(s), enc = f.U8(s + 1);
                        o.Write(id2); o.Write("  Interface Switching Capability:"u8); GmplsSwitchCap.Print(o, (uint)cap, "Unknown");
                        o.Write(", LSP Encoding: "u8); GmplsEncoding.Print(o, (uint)enc, "Unknown");
                        s += 4; slen -= 4; subSum -= 4; procBytes += 4;
                        o.Write(id2); o.Write("  Max LSP Bandwidth:"u8);
                        for (int lvl = 0; lvl < 8; lvl++)
                        {
                            o.Write(id2); o.Write("    priority level "u8); o.Dec((uint)lvl); o.Write(": "u8);
                            Mbps(o, f.U32(s)); o.Write(" Mbps"u8);
                            s += 4; slen -= 4; subSum -= 4; procBytes += 4;
                        }
                        switch (cap)
                        {
                            case GmplsPsc1:
                            case GmplsPsc2:
                            case GmplsPsc3:
                            case GmplsPsc4:
                                if (slen < 6) break;
                                o.Write(id2); o.Write("  Min LSP Bandwidth: "u8); Mbps(o, f.U32(s)); o.Write(" Mbps"u8);
                                o.Write(id2); o.Write("  Interface MTU: "u8); o.Dec((uint)f.U16(s + 4));
                                break;
                            case GmplsTsc:
                                if (slen < 8) break;
                                o.Write(id2); o.Write("  Min LSP Bandwidth: "u8); Mbps(o, f.U32(s)); o.Write(" Mbps"u8);
                                o.Write(id2); o.Write("  Indication "u8); GmplsTscIndication.Print(o, f.U8(s + 4), "Unknown (%u)");
                                break;
                            default:
                                if (slen != 0 && !IsoClns.UnknownData(ref f, s, "\n\t\t    "u8, slen)) return 0;
                                break;
                        }
                    }
                    break;
                case 32:
                    if (slen >= 8)
                    {
                        int fl = f.U8(s);
                        o.Write(id2); o.Write("  Flags: ["u8); LanAdjSidFlags.Bits(o, (uint)fl, "none"); o.Char(']');
                        bool vflag = (fl & 0x20) != 0, lflag = (fl & 0x10) != 0;
                        s++; slen--; subSum--; procBytes++;
                        o.Write(id2); o.Write("  Weight: "u8); o.Dec((uint)f.U8(s));
                        s++; slen--; subSum--; procBytes++;
                        if (slen >= SystemIdLen)
                        {
                            if (!f.Has(s, SystemIdLen)) return 0;
                            o.Write(id2); o.Write("  Neighbor System-ID: "u8); Id(o, f.Bytes(s, SystemIdLen), SystemIdLen);
                        }
                        if (vflag && lflag) { uint lab = f.U24(s + SystemIdLen); if (f.Truncated) return 0; o.Write(id2); o.Write("  Label: "u8); o.Dec(lab); }
                        else if (!vflag && !lflag) { uint idx = f.U32(s + SystemIdLen); if (f.Truncated) return 0; o.Write(id2); o.Write("  Index: "u8); o.Dec(idx); }
                        else o.Write(" (invalid)"u8);
                    }
                    break;
                default:
                    if (!IsoClns.UnknownData(ref f, s, "\n\t\t    "u8, slen)) return 0;
                    break;
            }
            t = s + slen;
            tlvRemaining -= slen;
            subSum -= slen;
            procBytes += slen;
        }
        return f.Truncated ? 0 : procBytes;
    }

    /// <summary>isis_print_router_cap_subtlv (inside TLV 242).</summary>
    private static void PrintRouterCap(ref Frame f, int t, byte tlen)
    {
        var o = f.Out;
        while (tlen >= 2 && !f.Truncated)
        {
            byte subt = f.U8(t), subl = f.U8(t + 1);
            if (f.Truncated) return;
            tlen -= 2; t += 2;
            o.Write("\n\t\t"u8); RouterCapSubTlv.Print(o, subt, "unknown");
            o.Write(" subTLV #"u8); o.Dec((uint)subt); o.Write(", length: "u8); o.Dec((uint)subl);
            if (subl > tlen) break;
            if (!f.Has(t, subl)) return;
            if (subt == 2)
            {
                int flags = f.U8(t);
                uint range = f.U24(t + 1);
                if (f.Truncated) return;
                o.Write(", Flags ["u8); RouterCapSrFlags.Bits(o, (uint)flags, "None"); o.Write("], Range "u8); o.Dec(range);
                int sp = t + 4;
                byte sidTlen = (byte)(subl - 4);
                while (sidTlen >= 5 && !f.Truncated)
                {
                    byte sidType = f.U8(sp), sidLen = f.U8(sp + 1);
                    if (f.Truncated) return;
                    sidTlen -= 2; sp += 2;
                    if (sidLen > sidTlen) break;
                    if (sidType == 1)
                    {
                        if (sidLen == 3) { uint sv = f.U24(sp); if (f.Truncated) return; o.Write(", SID value "u8); o.Dec(sv); }
                        else if (sidLen == 4) { uint sv = f.U32(sp); if (f.Truncated) return; o.Write(", SID value "u8); o.Dec(sv); }
                        else { o.Write(", Unknown SID length"u8); o.Dec((uint)sidLen); }
                    }
                    else IsoClns.UnknownData(ref f, sp, "\n\t\t  "u8, sidLen);
                    sp += sidLen;
                    sidTlen -= sidLen;
                }
            }
            else IsoClns.UnknownData(ref f, t, "\n\t\t"u8, subl);
            tlen -= subl;
            t += subl;
        }
    }

    /// <summary>isis_print_mcid: an SPB MCID (format, name, revision level, digest).</summary>
    private static void Mcid(ref Frame f, int p)
    {
        var o = f.Out;
        if (!f.Has(p, 51)) { f.PrintTrunc(); return; }
        o.Write("ID: "u8); o.Dec((uint)f.U8(p)); o.Write(", Name: "u8);
        TextProto.PrintJnp(ref f, p + 1, 32);
        o.Write("\n\t              Lvl: "u8); o.Dec((uint)f.U16(p + 33));
        o.Write(", Digest: "u8);
        for (int i = 0; i < 16; i++) { o.Hex2(f.U8(p + 35 + i)); o.Char(' '); }
    }

    /// <summary>isis_print_mt_port_cap_subtlv (inside TLV 143).</summary>
    private static void PrintMtPortCap(ref Frame f, int t, int len)
    {
        var o = f.Out;
        while (len > 2 && !f.Truncated)
        {
            int st = f.U8(t), sl = f.U8(t + 1);
            if (f.Truncated) return;
            o.Write("\n\t       "u8); MtPortCapSubTlv.Print(o, (uint)st, "unknown");
            o.Write(" subTLV #"u8); o.Dec((uint)st); o.Write(", length: "u8); o.Dec((uint)sl);
            t += 2; len -= 2;
            if (len < sl) { o.Write(" (> containing TLV length)"u8); return; }
            if (!f.Has(t, sl)) { f.PrintTrunc(); return; }
            switch (st)
            {
                case 4:
                    if (sl < 102) { o.Write(" (too short)"u8); return; }
                    o.Write("\n\t         MCID: "u8); Mcid(ref f, t);
                    o.Write("\n\t         AUX-MCID: "u8); Mcid(ref f, t + 51);
                    t += 102; len -= 102; sl -= 102;
                    break;
                case 5:
                {
                    if (sl < 33) { o.Write(" (too short)"u8); return; }
                    int b = f.U8(t);
                    o.Write("\n\t        RES: "u8); o.Dec((uint)(b >> 5)); o.Write(" V: "u8); o.Dec((uint)((b >> 4) & 1));
                    o.Write(" A: "u8); o.Dec((uint)((b >> 2) & 3)); o.Write(" D: "u8); o.Dec((uint)(b & 3));
                    t++;
                    o.Write("\n\t         Digest: "u8);
                    for (int i = 1; i <= 8; i++)
                    {
                        uint d = f.U32(t);
                        if (f.Truncated) return;
                        o.Hex(d, 8); o.Char(' ');
                        if (i % 4 == 0 && i != 8) o.Write("\n\t                 "u8);
                        t += 4;
                    }
                    len -= 33; sl -= 33;
                    break;
                }
                case 6:
                    while (sl != 0 && !f.Truncated)
                    {
                        if (sl < 4) { o.Write(" (too short)"u8); return; }
                        o.Write("\n\t           ECT: "u8); o.Hex(f.U32(t), 8);
                        t += 4; len -= 4; sl -= 4;
                        if (sl < 2) { o.Write(" (too short)"u8); return; }
                        int w = f.U16(t);
                        o.Write(" BVID: "u8); o.Dec((uint)(w >> 4)); o.Write(", U:"u8); o.Hex((uint)((w >> 3) & 1));
                        o.Write(" M:"u8); o.Hex((uint)((w >> 2) & 1)); o.Char(' ');
                        t += 2; len -= 2; sl -= 2;
                    }
                    break;
            }
            t += sl;
            len -= sl;
        }
    }

    /// <summary>isis_print_mt_capability_subtlv (inside TLV 144).</summary>
    private static void PrintMtCapability(ref Frame f, int t, int len)
    {
        var o = f.Out;
        while (len > 2 && !f.Truncated)
        {
            int st = f.U8(t), sl = f.U8(t + 1);
            if (f.Truncated) return;
            t += 2; len -= 2;
            o.Write("\n\t      "u8); MtCapabilitySubTlv.Print(o, (uint)st, "unknown");
            o.Write(" subTLV #"u8); o.Dec((uint)st); o.Write(", length: "u8); o.Dec((uint)sl);
            if (len < sl) { o.Write(" (> containing TLV length)"u8); return; }
            if (!f.Has(t, sl)) { f.PrintTrunc(); return; }
            switch (st)
            {
                case 1:
                {
                    if (sl < 19) { o.Write(" (too short)"u8); return; }
                    o.Write("\n\t        CIST Root-ID: "u8); o.Hex(f.U32(t), 8); t += 4;
                    o.Char(' '); o.Hex(f.U32(t), 8); t += 4;
                    o.Write(", Path Cost: "u8); o.Hex(f.U32(t), 8); t += 4;
                    o.Write(", Prio: "u8); o.Dec((uint)f.U16(t)); t += 2;
                    int w = f.U16(t);
                    o.Write("\n\t        RES: "u8); o.Dec((uint)(w >> 5));
                    o.Write(", V: "u8); o.Dec((uint)((w >> 4) & 1));
                    o.Write(", SPSource-ID: "u8); o.Dec(f.U32(t) & 0x000fffff);
                    t += 4;
                    int trees = f.U8(t);
                    o.Write(", No of Trees: "u8); o.Hex((uint)trees);
                    t++;
                    len -= 19; sl -= 19;
                    while (trees != 0 && !f.Truncated)
                    {
                        if (sl < 8) { f.PrintTrunc(); return; }
                        int b = f.U8(t);
                        o.Write("\n\t         U:"u8); o.Dec((uint)(b >> 7)); o.Write(", M:"u8); o.Dec((uint)((b >> 6) & 1));
                        o.Write(", A:"u8); o.Dec((uint)((b >> 5) & 1)); o.Write(", RES:"u8); o.Dec((uint)(b & 0x1f));
                        t++;
                        o.Write(", ECT: "u8); o.Hex(f.U32(t), 8);
                        t += 4;
                        uint x = f.U24(t);
                        o.Write(", BVID: "u8); o.Dec((x >> 12) & 0xfff); o.Write(", SPVID: "u8); o.Dec(x & 0xfff);
                        t += 3; len -= 8; sl -= 8;
                        trees--;
                    }
                    break;
                }
                case 3:
                {
                    if (sl < 8) { f.PrintTrunc(); return; }
                    o.Write("\n\t        BMAC: "u8); o.Hex(f.U32(t), 8); t += 4;
                    o.Hex((uint)f.U16(t), 4); t += 2;
                    int w = f.U16(t);
                    o.Write(", RES: "u8); o.Dec((uint)(w >> 12)); o.Write(", VID: "u8); o.Dec((uint)(w & 0x0fff));
                    t += 2; len -= 8; sl -= 8;
                    while (sl >= 4 && !f.Truncated)
                    {
                        uint x = f.U32(t);
                        o.Write("\n\t        T: "u8); o.Dec(x >> 31); o.Write(", R: "u8); o.Dec((x >> 30) & 1);
                        o.Write(", RES: "u8); o.Dec((x >> 24) & 0x3f); o.Write(", ISID: "u8); o.Dec(x & 0xffffff);
                        t += 4; len -= 4; sl -= 4;
                    }
                    break;
                }
            }
            t += sl;
            len -= sl;
        }
    }
}
