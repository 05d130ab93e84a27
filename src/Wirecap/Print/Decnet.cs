namespace Wirecap.Print;

/// <summary>
/// DECnet Phase IV routing and NSP (print-decnet.c). All multi-byte fields are little-endian.
/// <code>
/// | packet length (2) | [pad bytes] | route flags | ...
/// short data header:  | flags | dst node (2) | src node (2) | visits |
/// long data header:   | flags | d-area | d-subarea | dst id (6) | s-area | s-subarea | src id (6) |
///                     | next L2 | visits | service class | protocol type |   (node address in id bytes 4-5)
/// NSP header:         | msg flags | dst link (2) | src link (2) | ...
/// </code>
/// A node address prints as area.node (6 and 10 bits).
/// </summary>
public static class Decnet
{
    private const int ShortHdr = 6, LongHdr = 21;
    private const int RmfMask = 7, RmfShort = 2, RmfLong = 6, RmfRqr = 0x08, RmfRts = 0x10, RmfIe = 0x20,
        RmfFver = 0x40, RmfPad = 0x80, RmfPadMask = 0x7f, VisMask = 0x3f, RmfCtlMask = 0x0f, RmfCtlMsg = 0x01;
    private const int RmfInit = 1, RmfVer = 3, RmfTest = 5, RmfL1Rout = 7, RmfL2Rout = 9, RmfRHello = 11, RmfEHello = 13;
    // control message sizes (flags byte included)
    private const int InitSize = 12, VerifSize = 4, TestSize = 4, RoutSize = 4, RHelloSize = 18, EHelloSize = 32;

    private const int NspTypeMask = 0x0c, NspSubMask = 0x70;
    private const int MftData = 0, MftAck = 4, MftCtl = 8;
    private const int MfsIls = 0x10, MfsBom = 0x20, MfsMom = 0, MfsEom = 0x40, MfsInt = 0x20;
    private const int MfsDack = 0, MfsIack = 0x10, MfsCack = 0x20;
    private const int MfsCi = 0x10, MfsCc = 0x20, MfsDi = 0x30, MfsDc = 0x40, MfsRci = 0x60;
    private const int SgqAck = 0x8000, SgqNak = 0x9000, SgqOack = 0xa000, SgqOnak = 0xb000, SgqMask = 0x0fff;
    private const int NspHdr = 5, MinSegHdr = 7, SegHdr = 11, AckMsg = 9, CiMsg = 9, CcMsg = 10, DiMsg = 8;

    private static readonly Tok Reasons = new((0, "object rejected connect"), (1, "insufficient resources"),
        (2, "unrecognized node name"), (3, "node is shutting down"), (4, "unrecognized object"),
        (5, "invalid object name format"), (6, "object too busy"), (7, "protocol error discovered"), (8, "third party abort"),
        (9, "user abort"), (10, "invalid node name format"), (11, "local node shutting down"),
        (32, "insufficient local resources"), (33, "insufficient remote user resources"),
        (34, "invalid access control information"), (36, "bad ACCOUNT information"), (38, "no response from object"),
        (39, "node unreachable"), (41, "no link terminate"), (42, "disconnect complete"), (43, "bad image data in connect"),
        (54, "cryptographic service mismatch"));

    /// <summary>decnet_print: the packet at ap; length on the wire, caplen captured.</summary>
    public static void Print(ref Frame f, int ap, int length, int caplen)
    {
        f.Proto = "decnet";
        var o = f.Out;
        if (length < ShortHdr)
        {
            o.Write(" (length "u8); o.Dec((uint)length); o.Write(" < 6)"u8); o.Write(" (invalid)"u8);
            return;
        }
        int pktlen = f.U16LE(ap);
        if (f.Truncated) return;
        if (pktlen < ShortHdr) { o.Write(" (pktlen "u8); o.Dec((uint)pktlen); o.Write(" < 6) (invalid)"u8); return; }
        if (pktlen > length)
        {
            o.Write(" (pktlen "u8); o.Dec((uint)pktlen); o.Write(" > "u8); o.Dec((uint)length); o.Write(") (invalid)"u8);
            return;
        }
        length = pktlen;
        int rh = ap + 2;
        int mflags = f.U8(rh);
        if (f.Truncated) return;
        if ((mflags & RmfPad) != 0)
        {
            // pad bytes before the route header
            int padlen = mflags & RmfPadMask;
            if (f.Opt.Verbose > 0) { o.Write("[pad:"u8); o.Dec((uint)padlen); o.Write("] "u8); }
            if (length < padlen + 2)
            {
                o.Write(" (length "u8); o.Dec((uint)length); o.Write(" < "u8); o.Dec((uint)(padlen + 2)); o.Write(") (invalid)"u8);
                return;
            }
            if (!f.Need(rh, padlen)) return;
            ap += padlen; length -= padlen; caplen -= padlen;
            rh = ap + 2;
            mflags = f.U8(rh);
            if (f.Truncated) return;
        }
        if ((mflags & RmfFver) != 0)
        {
            o.Write("future-version-decnet"u8);
            Ethernet.DefaultPrint(ref f, ap, Math.Min(length, caplen));
            return;
        }
        if ((mflags & RmfCtlMsg) != 0)
        {
            if (!ControlPrint(ref f, rh, mflags, length, caplen)) o.Write(" (invalid)"u8);
            return;
        }

        int dst, src, hops, nsp, nsplen;
        switch (mflags & RmfMask)
        {
            case RmfLong:
                if (length < LongHdr) { o.Write(" (length "u8); o.Dec((uint)length); o.Write(" < 21) (invalid)"u8); return; }
                if (!f.Need(rh, LongHdr)) return;
                dst = f.U16LE(rh + 3 + 4);
                src = f.U16LE(rh + 11 + 4);
                hops = f.U8(rh + 18);
                nsp = rh + LongHdr;
                nsplen = length - LongHdr;
                break;
            case RmfShort:
                dst = f.U16LE(rh + 1);
                src = f.U16LE(rh + 3);
                hops = (f.U8(rh + 5) & VisMask) + 1;
                nsp = rh + ShortHdr;
                nsplen = length - ShortHdr;
                break;
            default:
                o.Write("unknown message flags under mask"u8);
                Ethernet.DefaultPrint(ref f, ap, Math.Min(length, caplen));
                return;
        }
        if (f.Truncated) return;
        Address(o, src); o.Write(" > "u8); Address(o, dst); o.Char(' '); o.Dec((uint)pktlen); o.Char(' ');
        if (f.Opt.Verbose > 0)
        {
            if ((mflags & RmfRqr) != 0) o.Write("RQR "u8);
            if ((mflags & RmfRts) != 0) o.Write("RTS "u8);
            if ((mflags & RmfIe) != 0) o.Write("IE "u8);
            o.Dec((uint)hops); o.Write(" hops "u8);
        }
        if (!NspPrint(ref f, nsp, nsplen)) o.Write(" (invalid)"u8);
    }

    /// <summary>dnnum_string: area.node.</summary>
    private static void Address(TextOut o, int a)
    {
        o.Dec((uint)((a & 0xfc00) >> 10)); o.Char('.'); o.Dec((uint)(a & 0x3ff));
    }

    /// <summary>Routing layer control messages; false when too short (the caller prints "(invalid)").</summary>
    private static bool ControlPrint(ref Frame f, int cm, int mflags, int length, int caplen)
    {
        var o = f.Out;
        switch (mflags & RmfCtlMask)
        {
            case RmfInit:
                {
                    o.Write("init "u8);
                    if (length < InitSize) return false;
                    if (!f.Need(cm, InitSize)) return true;
                    int src = f.U16LE(cm + 1), info = f.U8(cm + 3), blksize = f.U16LE(cm + 4);
                    int vers = f.U8(cm + 6), eco = f.U8(cm + 7), ueco = f.U8(cm + 8), hello = f.U16LE(cm + 9);
                    NodeTypePrint(o, info, tInfo: true);
                    o.Write("src "u8); Address(o, src); o.Write("blksize "u8); o.Dec((uint)blksize);
                    o.Write(" vers "u8); o.Dec((uint)vers); o.Write(" eco "u8); o.Dec((uint)eco);
                    o.Write(" ueco "u8); o.Dec((uint)ueco); o.Write(" hello "u8); o.Dec((uint)hello);
                    break;
                }
            case RmfVer:
                {
                    o.Write("verification "u8);
                    if (length < VerifSize) return false;
                    int src = f.U16LE(cm + 1), other = f.U8(cm + 3);
                    if (f.Truncated) return true;
                    o.Write("src "u8); Address(o, src); o.Write(" fcnval "u8); Octal(o, other);
                    break;
                }
            case RmfTest:
                {
                    o.Write("test "u8);
                    if (length < TestSize) return false;
                    int src = f.U16LE(cm + 1), other = f.U8(cm + 3);
                    if (f.Truncated) return true;
                    o.Write("src "u8); Address(o, src); o.Write(" data "u8); Octal(o, other);
                    break;
                }
            case RmfL1Rout:
            case RmfL2Rout:
                {
                    bool l1 = (mflags & RmfCtlMask) == RmfL1Rout;
                    o.Write(l1 ? "lev-1-routing "u8 : "lev-2-routing "u8);
                    if (length < RoutSize) return false;
                    if (!f.Need(cm, RoutSize)) return true;
                    o.Write("src "u8); Address(o, f.U16LE(cm + 1)); o.Char(' ');
                    RoutesPrint(ref f, cm + RoutSize, length - RoutSize, l1);
                    break;
                }
            case RmfRHello:
                {
                    o.Write("router-hello "u8);
                    if (length < RHelloSize) return false;
                    if (!f.Need(cm, RHelloSize)) return true;
                    int vers = f.U8(cm + 1), eco = f.U8(cm + 2), ueco = f.U8(cm + 3), src = f.U16LE(cm + 4 + 4);
                    int info = f.U8(cm + 10), blksize = f.U16LE(cm + 11), priority = f.U8(cm + 13), hello = f.U16LE(cm + 15);
                    NodeTypePrint(o, info, tInfo: false);
                    o.Write("vers "u8); o.Dec((uint)vers); o.Write(" eco "u8); o.Dec((uint)eco); o.Write(" ueco "u8); o.Dec((uint)ueco);
                    o.Write(" src "u8); Address(o, src); o.Write(" blksize "u8); o.Dec((uint)blksize);
                    o.Write(" pri "u8); o.Dec((uint)priority); o.Write(" hello "u8); o.Dec((uint)hello);
                    // the list of routers after the hello is not decoded (as in tcpdump)
                    break;
                }
            case RmfEHello:
                {
                    o.Write("endnode-hello "u8);
                    if (length < EHelloSize) return false;
                    int vers = f.U8(cm + 1), eco = f.U8(cm + 2), ueco = f.U8(cm + 3), src = f.U16LE(cm + 4 + 4);
                    int info = f.U8(cm + 10), blksize = f.U16LE(cm + 11);
                    // area (1) and the verification seed (8) are skipped
                    int router = f.U16LE(cm + 22 + 4), hello = f.U16LE(cm + 28), data = f.U8(cm + 31);
                    if (f.Truncated) return true;
                    NodeTypePrint(o, info, tInfo: false);
                    o.Write("vers "u8); o.Dec((uint)vers); o.Write(" eco "u8); o.Dec((uint)eco); o.Write(" ueco "u8); o.Dec((uint)ueco);
                    o.Write(" src "u8); Address(o, src); o.Write(" blksize "u8); o.Dec((uint)blksize);
                    o.Write(" rtr "u8); Address(o, router); o.Write(" hello "u8); o.Dec((uint)hello);
                    o.Write(" data "u8); Octal(o, data);
                    break;
                }
            default:
                o.Write("unknown control message"u8);
                Ethernet.DefaultPrint(ref f, cm, Math.Min(length, caplen));
                break;
        }
        return true;
    }

    /// <summary>The node type and flags of an init message (tInfo) or a hello message.</summary>
    private static void NodeTypePrint(TextOut o, int info, bool tInfo)
    {
        switch (info & 3)
        {
            case 0: o.Write("reserved-ntype? "u8); break;
            case 1: o.Write("l2rout "u8); break;
            case 2: o.Write("l1rout "u8); break;
            case 3: o.Write("endnode "u8); break;
        }
        if ((info & 0x04) != 0) o.Write("verif "u8);
        if (tInfo)
        {
            if ((info & 0x08) != 0) o.Write("blo "u8);
        }
        else
        {
            if ((info & 0x20) != 0) o.Write("nomcast "u8);
            if ((info & 0x40) != 0) o.Write("blo "u8);
        }
    }

    /// <summary>Routing entries: count, first id (node or area), cost and hops; the last word is a checksum.</summary>
    private static void RoutesPrint(ref Frame f, int rp, int len, bool l1)
    {
        var o = f.Out;
        while (len > 6)
        {
            if (!f.Need(rp, 6)) return;
            int count = f.U16LE(rp);
            if (count > 1024) return;   // bogus from here on
            int id = f.U16LE(rp + 2), info = f.U16LE(rp + 4);
            rp += 6; len -= 6;
            o.Write(l1 ? "{ids "u8 : "{areas "u8); o.Dec((uint)id); o.Char('-'); o.Dec((uint)(id + count));
            o.Write(" cost "u8); o.Dec((uint)(info & 0x1ff)); o.Write(" hops "u8); o.Dec((uint)((info >> 10) & 0x1f)); o.Write("} "u8);
        }
    }

    private static void Octal(TextOut o, int v)
    {
        Span<byte> buf = stackalloc byte[4];
        int n = 0;
        do { buf[n++] = (byte)('0' + (v & 7)); v >>= 3; } while (v != 0);
        while (n > 0) o.Char(buf[--n]);
    }

    /// <summary>An acknowledgement word: "nak N " or "ack N " (other: "onak"/"oack" or "nakdat"/"ackdat").</summary>
    private static void AckPrint(TextOut o, int ack, bool other, bool dat)
    {
        if (!other)
        {
            o.Write((ack & SgqNak) == SgqNak ? "nak "u8 : "ack "u8);
        }
        else if (dat) o.Write((ack & SgqOnak) == SgqOnak ? "nakdat "u8 : "ackdat "u8);
        else o.Write((ack & SgqOnak) == SgqOnak ? "onak "u8 : "oack "u8);
        o.Dec((uint)(ack & SgqMask)); o.Char(' ');
    }

    /// <summary>
    /// Segment numbers of a data or interrupt message: an optional ack, an optional other-channel ack, then
    /// the segment number; each optional field is checked against nsplen. False when too short.
    /// </summary>
    private static bool SegmentNumbers(ref Frame f, int nsp, int nsplen, bool dat)
    {
        var o = f.Out;
        int dataOff = MinSegHdr;
        if (nsplen < dataOff) return false;
        int ack = f.U16LE(nsp + 5);
        if ((ack & SgqAck) != 0)
        {
            AckPrint(o, ack, false, dat);
            dataOff += 2;
            if (nsplen < dataOff) return false;
            ack = f.U16LE(nsp + 7);
            if ((ack & SgqOack) != 0)
            {
                AckPrint(o, ack, true, dat);
                dataOff += 2;
                if (nsplen < dataOff) return false;
                ack = f.U16LE(nsp + 9);
            }
        }
        o.Write("seg "u8); o.Dec((uint)(ack & SgqMask)); o.Char(' ');
        return true;
    }

    private static void ServicesPrint(TextOut o, int services, int info, int segsize)
    {
        switch (services & 0x0c)
        {
            case 0x04: o.Write("seg "u8); break;
            case 0x08: o.Write("msg "u8); break;
        }
        switch (info & 3)
        {
            case 0: o.Write("ver 3.2 "u8); break;
            case 1: o.Write("ver 3.1 "u8); break;
            case 2: o.Write("ver 4.0 "u8); break;
            case 3: o.Write("ver 4.1 "u8); break;
        }
        o.Write("segsize "u8); o.Dec((uint)segsize); o.Char(' ');
    }

    private static void Links(TextOut o, int src, int dst)
    {
        o.Dec((uint)src); o.Char('>'); o.Dec((uint)dst); o.Char(' ');
    }

    private static void Reserved(TextOut o, ReadOnlySpan<byte> what, int flags, int src, int dst)
    {
        o.Write(what); o.Hex((uint)flags); o.Char(' '); o.Dec((uint)src); o.Write(" > "u8); o.Dec((uint)dst);
    }

    /// <summary>print_nsp: the NSP message; false when too short (the caller prints "(invalid)").</summary>
    private static bool NspPrint(ref Frame f, int nsp, int nsplen)
    {
        var o = f.Out;
        if (nsplen < NspHdr) { o.Write(" (nsplen "u8); o.Dec((uint)nsplen); o.Write(" < 5)"u8); return false; }
        int flags = f.U8(nsp), dst = f.U16LE(nsp + 1), src = f.U16LE(nsp + 3);
        if (f.Truncated) return true;
        int sub = flags & NspSubMask;
        switch (flags & NspTypeMask)
        {
            case MftData:
                switch (sub)
                {
                    case MfsBom:
                    case MfsMom:
                    case MfsEom:
                    case MfsBom + MfsEom:
                        o.Write("data "u8); Links(o, src, dst);
                        return SegmentNumbers(ref f, nsp, nsplen, dat: false);
                    case MfsIls + MfsInt:
                        o.Write("intr "u8);
                        return SegmentNumbers(ref f, nsp, nsplen, dat: true);
                    case MfsIls:
                        {
                            o.Write("link-service "u8); Links(o, src, dst);
                            if (nsplen < SegHdr + 2) return false;
                            // here all three sequence words are present
                            int ack = f.U16LE(nsp + 5);
                            if ((ack & SgqAck) != 0)
                            {
                                AckPrint(o, ack, false, true);
                                ack = f.U16LE(nsp + 7);
                                if ((ack & SgqOack) != 0)
                                {
                                    AckPrint(o, ack, true, true);
                                    ack = f.U16LE(nsp + 9);
                                }
                            }
                            o.Write("seg "u8); o.Dec((uint)(ack & SgqMask)); o.Char(' ');
                            int lsflags = f.U8(nsp + SegHdr), fcval = f.U8(nsp + SegHdr + 1);
                            if (f.Truncated) return true;
                            switch (lsflags & 0x0c)
                            {
                                case 0:
                                    o.Write("dat seg count "u8); o.Dec((uint)fcval); o.Char(' ');
                                    switch (lsflags & 3)
                                    {
                                        case 0: break;
                                        case 1: o.Write("donotsend-data "u8); break;
                                        case 2: o.Write("send-data "u8); break;
                                        default: o.Write("reserved-fcmod? "u8); o.Hex((uint)lsflags); break;
                                    }
                                    break;
                                case 4:
                                    o.Write("intr req count "u8); o.Dec((uint)fcval); o.Char(' ');
                                    break;
                                default:
                                    o.Write("reserved-fcval-int? "u8); o.Hex((uint)lsflags);
                                    break;
                            }
                            return true;
                        }
                    default:
                        Reserved(o, "reserved-subtype? "u8, flags, src, dst);
                        return true;
                }
            case MftAck:
                switch (sub)
                {
                    case MfsDack:
                    case MfsIack:
                        {
                            bool dat = sub == MfsIack;
                            o.Write(dat ? "ils-ack "u8 : "data-ack "u8); Links(o, src, dst);
                            if (nsplen < AckMsg) return false;
                            if (!f.Need(nsp, AckMsg)) return true;
                            int ack = f.U16LE(nsp + 5);
                            if ((ack & SgqAck) != 0)
                            {
                                AckPrint(o, ack, false, dat);
                                ack = f.U16LE(nsp + 7);
                                if ((ack & SgqOack) != 0) AckPrint(o, ack, true, dat);
                            }
                            return true;
                        }
                    case MfsCack:
                        o.Write("conn-ack "u8); o.Dec((uint)dst);
                        return true;
                    default:
                        Reserved(o, "reserved-acktype? "u8, flags, src, dst);
                        return true;
                }
            case MftCtl:
                switch (sub)
                {
                    case MfsCi:
                    case MfsRci:
                        {
                            o.Write(sub == MfsCi ? "conn-initiate "u8 : "retrans-conn-initiate "u8); Links(o, src, dst);
                            if (nsplen < CiMsg) return false;
                            int services = f.U8(nsp + 5), info = f.U8(nsp + 6), segsize = f.U16LE(nsp + 7);
                            if (f.Truncated) return true;
                            ServicesPrint(o, services, info, segsize);
                            return true;
                        }
                    case MfsCc:
                        {
                            o.Write("conn-confirm "u8); Links(o, src, dst);
                            if (nsplen < CcMsg) return false;
                            int services = f.U8(nsp + 5), info = f.U8(nsp + 6), segsize = f.U16LE(nsp + 7), optlen = f.U8(nsp + 9);
                            if (f.Truncated) return true;
                            ServicesPrint(o, services, info, segsize);
                            if (optlen != 0) { o.Write("optlen "u8); o.Dec((uint)optlen); o.Char(' '); }
                            return true;
                        }
                    case MfsDi:
                        {
                            o.Write("disconn-initiate "u8); Links(o, src, dst);
                            if (nsplen < DiMsg) return false;
                            int reason = f.U16LE(nsp + 5), optlen = f.U8(nsp + 7);
                            if (f.Truncated) return true;
                            Reasons.Print(o, (uint)reason, "reason-%u"); o.Char(' ');
                            if (optlen != 0) { o.Write("optlen "u8); o.Dec((uint)optlen); o.Char(' '); }
                            return true;
                        }
                    case MfsDc:
                        {
                            o.Write("disconn-confirm "u8); Links(o, src, dst);
                            int reason = f.U16LE(nsp + 5);
                            if (f.Truncated) return true;
                            Reasons.Print(o, (uint)reason, "reason-%u"); o.Char(' ');
                            return true;
                        }
                    default:
                        Reserved(o, "reserved-ctltype? "u8, flags, src, dst);
                        return true;
                }
            default:
                Reserved(o, "reserved-type? "u8, flags, src, dst);
                return true;
        }
    }
}
