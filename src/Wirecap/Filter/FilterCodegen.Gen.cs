namespace Wirecap.Filter;

internal sealed partial class FilterCodegen
{
    static string PName(int proto) => proto > 0 && proto < ProtoNames.Length ? ProtoNames[proto] : "?";

    // ---- link-layer type tests ----

    Block GenEtherLinktype(uint llProto)
    {
        Block b0, b1;
        switch (llProto)
        {
            case SapIsoNs:
            case SapIp:
            case SapNetbeui:
                b0 = GenCmpGt(OffRel.LinkType, 0, Bpf.H, EtherMtu);
                Not(b0);
                b1 = GenCmp(OffRel.Llc, 0, Bpf.H, (llProto << 8) | llProto);
                And(b0, b1);
                return b1;
            case SapIpx:
                b0 = GenCmp(OffRel.Llc, 0, Bpf.B, SapIpx);
                b1 = GenCmp(OffRel.Llc, 0, Bpf.H, 0xFFFF);
                Or(b0, b1);
                b0 = GenSnap(0x000000, EtIpx);
                Or(b0, b1);
                b0 = GenCmpGt(OffRel.LinkType, 0, Bpf.H, EtherMtu);
                Not(b0);
                And(b0, b1);
                b0 = GenCmp(OffRel.LinkType, 0, Bpf.H, EtIpx);
                Or(b0, b1);
                return b1;
            case EtAtalk:
            case EtAarp:
                b0 = GenCmpGt(OffRel.LinkType, 0, Bpf.H, EtherMtu);
                Not(b0);
                b1 = llProto == EtAtalk ? GenSnap(0x080007, EtAtalk) : GenSnap(0x000000, EtAarp);
                And(b0, b1);
                b0 = GenCmp(OffRel.LinkType, 0, Bpf.H, llProto);
                Or(b0, b1);
                return b1;
            default:
                if (llProto <= EtherMtu)
                {
                    b0 = GenCmpGt(OffRel.LinkType, 0, Bpf.H, EtherMtu);
                    Not(b0);
                    b1 = GenCmp(OffRel.LinkType, 2, Bpf.B, llProto);
                    And(b0, b1);
                    return b1;
                }
                return GenCmp(OffRel.LinkType, 0, Bpf.H, llProto);
        }
    }

    static uint Swap32(uint v) => (v << 24) | ((v & 0xff00) << 8) | ((v >> 8) & 0xff00) | (v >> 24);

    Block GenLoopbackLinktype(uint llProto)
    {
        // DLT_NULL and DLT_ENC carry the address family in host byte order: a little-endian host
        // compares the byte-swapped value.
        if (linktype == LtNull || linktype == LtEnc) llProto = Swap32(llProto);
        return GenCmp(OffRel.LinkHdr, 0, Bpf.W, llProto);
    }

    Block GenLinuxSllLinktype(uint llProto)
    {
        Block b0, b1;
        switch (llProto)
        {
            case SapIsoNs:
            case SapIp:
            case SapNetbeui:
                b0 = GenCmp(OffRel.LinkType, 0, Bpf.H, 0x0004);
                b1 = GenCmp(OffRel.Llc, 0, Bpf.H, (llProto << 8) | llProto);
                And(b0, b1);
                return b1;
            case SapIpx:
                b0 = GenCmp(OffRel.Llc, 0, Bpf.B, SapIpx);
                b1 = GenSnap(0x000000, EtIpx);
                Or(b0, b1);
                b0 = GenCmp(OffRel.LinkType, 0, Bpf.H, 0x0004);
                And(b0, b1);
                b0 = GenCmp(OffRel.LinkType, 0, Bpf.H, 0x0001);
                Or(b0, b1);
                b0 = GenCmp(OffRel.LinkType, 0, Bpf.H, EtIpx);
                Or(b0, b1);
                return b1;
            case EtAtalk:
            case EtAarp:
                b0 = GenCmp(OffRel.LinkType, 0, Bpf.H, 0x0004);
                b1 = llProto == EtAtalk ? GenSnap(0x080007, EtAtalk) : GenSnap(0x000000, EtAarp);
                And(b0, b1);
                b0 = GenCmp(OffRel.LinkType, 0, Bpf.H, llProto);
                Or(b0, b1);
                return b1;
            default:
                if (llProto <= EtherMtu)
                {
                    b0 = GenCmp(OffRel.LinkType, 0, Bpf.H, 0x0004);
                    b1 = GenCmp(OffRel.LinkHdr, offLinkPl.ConstantPart, Bpf.B, llProto);
                    And(b0, b1);
                    return b1;
                }
                return GenCmp(OffRel.LinkType, 0, Bpf.H, llProto);
        }
    }

    Block? GenPrevLinkHdrCheck()
    {
        if (isGeneve) return GenGeneveLlCheck();
        if (prevlinktype == LtSunatm)
        {
            var b0 = GenCmp(OffRel.PrevLinkHdr, 4, Bpf.H, 0xFF00);
            Not(b0);
            return b0;
        }
        return null;
    }

    static uint EthertypeToPpptype(uint p) => p switch
    {
        EtIp => 0x0021,
        EtIpv6 => 0x0057,
        EtDn => 0x0027,
        EtAtalk => 0x0029,
        EtNs => 0x0025,
        SapIsoNs => 0x0023,
        Sap8021D => 0x0031,
        SapIpx => 0x002b,
        _ => p,
    };

    Block GenLinktype(uint llProto)
    {
        Block b0, b1, b2;
        if (labelStackDepth > 0) return GenMplsLinktype(llProto);
        switch (linktype)
        {
            case LtEn10mb:
            case LtNetanalyzer:
            case LtNetanalyzerTransparent:
                {
                    var p = !isGeneve ? GenPrevLinkHdrCheck() : null;
                    b1 = GenEtherLinktype(llProto);
                    if (p != null) And(p, b1);
                    return b1;
                }
            case LtCHdlc:
                if (llProto == SapIsoNs) llProto = (llProto << 8) | SapIsoNs;
                return GenCmp(OffRel.LinkType, 0, Bpf.H, llProto);
            case LtIeee80211: case LtPrism: case LtAvs: case LtRadiotap: case LtPpi:
                b0 = GenCheck80211DataFrame();
                b1 = GenLlcLinktype(llProto);
                And(b0, b1);
                return b1;
            case LtFddi: case LtIeee802: case LtAtmRfc1483: case LtAtmClip: case LtIpOverFc:
                return GenLlcLinktype(llProto);
            case LtSunatm:
                b0 = GenAtmfieldCodeInternal(AProtoType, PtLlc, Bpf.Jeq, false);
                b1 = GenLlcLinktype(llProto);
                And(b0, b1);
                return b1;
            case LtLinuxSll:
                return GenLinuxSllLinktype(llProto);
            case LtSlip: case LtSlipBsdos: case LtRaw:
                return llProto switch
                {
                    EtIp => GenMcmp(OffRel.LinkHdr, 0, Bpf.B, 0x40, 0xF0),
                    EtIpv6 => GenMcmp(OffRel.LinkHdr, 0, Bpf.B, 0x60, 0xF0),
                    _ => GenFalse(),
                };
            case LtIpv4: return llProto == EtIp ? GenTrue() : GenFalse();
            case LtIpv6: return llProto == EtIpv6 ? GenTrue() : GenFalse();
            case LtPpp: case LtPppPppd: case LtPppSerial: case LtPppEther:
                return GenCmp(OffRel.LinkType, 0, Bpf.H, EthertypeToPpptype(llProto));
            case LtPppBsdos:
                if (llProto == EtIp)
                {
                    b0 = GenCmp(OffRel.LinkType, 0, Bpf.H, 0x0021);
                    b1 = GenCmp(OffRel.LinkType, 0, Bpf.H, 0x002d);
                    Or(b0, b1);
                    b0 = GenCmp(OffRel.LinkType, 0, Bpf.H, 0x002f);
                    Or(b1, b0);
                    return b0;
                }
                return GenCmp(OffRel.LinkType, 0, Bpf.H, EthertypeToPpptype(llProto));
            case LtNull: case LtLoop: case LtEnc:
                switch (llProto)
                {
                    case EtIp: return GenLoopbackLinktype(2);
                    case EtIpv6:
                        b0 = GenLoopbackLinktype(24);
                        b1 = GenLoopbackLinktype(28);
                        Or(b0, b1);
                        b0 = GenLoopbackLinktype(30);
                        Or(b0, b1);
                        return b1;
                    default: return GenFalse();
                }
            case LtPflog:
                if (llProto == EtIp) return GenCmp(OffRel.LinkHdr, 1, Bpf.B, 2);
                if (llProto == EtIpv6) return GenCmp(OffRel.LinkHdr, 1, Bpf.B, 10); // the compiling host's AF_INET6
                return GenFalse();
            case LtArcnet: case LtArcnetLinux:
                switch (llProto)
                {
                    case EtIpv6: return GenCmp(OffRel.LinkType, 0, Bpf.B, 0xc4);
                    case EtIp:
                        b0 = GenCmp(OffRel.LinkType, 0, Bpf.B, 212);
                        b1 = GenCmp(OffRel.LinkType, 0, Bpf.B, 240);
                        Or(b0, b1);
                        return b1;
                    case EtArp:
                        b0 = GenCmp(OffRel.LinkType, 0, Bpf.B, 213);
                        b1 = GenCmp(OffRel.LinkType, 0, Bpf.B, 241);
                        Or(b0, b1);
                        return b1;
                    case EtRevArp: return GenCmp(OffRel.LinkType, 0, Bpf.B, 214);
                    case EtAtalk: return GenCmp(OffRel.LinkType, 0, Bpf.B, 221);
                    default: return GenFalse();
                }
            case LtLtalk:
                return llProto == EtAtalk ? GenTrue() : GenFalse();
            case LtFrelay:
                switch (llProto)
                {
                    case EtIp: return GenCmp(OffRel.LinkHdr, 2, Bpf.H, (0x03 << 8) | 0xcc);
                    case EtIpv6: return GenCmp(OffRel.LinkHdr, 2, Bpf.H, (0x03 << 8) | 0x8e);
                    case SapIsoNs:
                        b0 = GenCmp(OffRel.LinkHdr, 2, Bpf.H, (0x03 << 8) | IsoClnp);
                        b1 = GenCmp(OffRel.LinkHdr, 2, Bpf.H, (0x03 << 8) | IsoEsis);
                        b2 = GenCmp(OffRel.LinkHdr, 2, Bpf.H, (0x03 << 8) | IsoIsis);
                        Or(b1, b2);
                        Or(b0, b2);
                        return b2;
                    default: return GenFalse();
                }
            case LtJuniperMfr:
                return GenMcmp(OffRel.LinkHdr, 0, Bpf.W, 0x4d474300, 0xffffff00);
            case LtBacnet:
                return GenMcmp(OffRel.LinkHdr, 0, Bpf.W, 0x55FF0000, 0xffff0000);
            case LtIpnet:
                if (llProto == EtIp) return GenCmp(OffRel.LinkType, 0, Bpf.B, 2);
                if (llProto == EtIpv6) return GenCmp(OffRel.LinkType, 0, Bpf.B, 26);
                return GenFalse();
            case LtMtp2:
                throw new FilterException("MTP2 link-layer type filtering not implemented");
            default:
                if (offLinkType.ConstantPart != NotSet) return GenCmp(OffRel.LinkType, 0, Bpf.H, llProto);
                throw new FilterException(Description(linktype) + " link-layer type filtering not implemented");
        }
    }

    Block GenSnap(uint orgcode, uint ptype)
    {
        Span<byte> snap = [(byte)SapSnap, (byte)SapSnap, 0x03, (byte)(orgcode >> 16), (byte)(orgcode >> 8), (byte)orgcode,
            (byte)(ptype >> 8), (byte)ptype];
        return GenBcmp(OffRel.Llc, 0, 8, snap);
    }

    Block GenLlcLinktype(uint llProto)
    {
        switch (llProto)
        {
            case SapIp:
            case SapIsoNs:
            case SapNetbeui:
                return GenCmp(OffRel.Llc, 0, Bpf.H, (llProto << 8) | llProto);
            case SapIpx:
                return GenCmp(OffRel.Llc, 0, Bpf.B, SapIpx);
            case EtAtalk:
                return GenSnap(0x080007, EtAtalk);
            default:
                if (llProto <= EtherMtu) return GenCmp(OffRel.Llc, 0, Bpf.B, llProto);
                return GenCmp(OffRel.Llc, 6, Bpf.H, llProto);
        }
    }

    Block GenMplsLinktype(uint llProto)
    {
        Block b0, b1;
        switch (llProto)
        {
            case EtIp:
                b0 = GenMcmp(OffRel.LinkPl, unchecked((uint)-2), Bpf.B, 0x01, 0x01);
                b1 = GenMcmp(OffRel.LinkPl, 0, Bpf.B, 0x40, 0xf0);
                And(b0, b1);
                return b1;
            case EtIpv6:
                b0 = GenMcmp(OffRel.LinkPl, unchecked((uint)-2), Bpf.B, 0x01, 0x01);
                b1 = GenMcmp(OffRel.LinkPl, 0, Bpf.B, 0x60, 0xf0);
                And(b0, b1);
                return b1;
            default:
                throw new FilterException("unsupported protocol over mpls");
        }
    }

    // ---- hosts ----

    static string DirQualError(int dir, string what) => dir switch
    {
        QAddr1 => $"'addr1' and 'address1' are not valid qualifiers for {what}",
        QAddr2 => $"'addr2' and 'address2' are not valid qualifiers for {what}",
        QAddr3 => $"'addr3' and 'address3' are not valid qualifiers for {what}",
        QAddr4 => $"'addr4' and 'address4' are not valid qualifiers for {what}",
        QRa => $"'ra' is not a valid qualifier for {what}",
        QTa => $"'ta' is not a valid qualifier for {what}",
        _ => "syntax error in filter expression",
    };

    Block GenHostop(uint addr, uint mask, int dir, uint llProto, uint srcOff, uint dstOff)
    {
        Block b0, b1;
        uint offset;
        switch (dir)
        {
            case QSrc: offset = srcOff; break;
            case QDst: offset = dstOff; break;
            case QAnd:
            case QDefault:
            case QOr:
                return BothDirections(dir, d => GenHostop(addr, mask, d, llProto, srcOff, dstOff));
            default:
                throw new FilterException(DirQualError(dir, "addresses other than 802.11 MAC addresses"));
        }
        b0 = GenLinktype(llProto);
        b1 = GenMcmp(OffRel.LinkPl, offset, Bpf.W, addr, mask);
        And(b0, b1);
        return b1;
    }

    Block GenHostop6(byte[] addr, byte[] mask, int dir, uint llProto, uint srcOff, uint dstOff)
    {
        Block b0, b1;
        uint offset;
        switch (dir)
        {
            case QSrc: offset = srcOff; break;
            case QDst: offset = dstOff; break;
            case QAnd:
            case QDefault:
            case QOr:
                return BothDirections(dir, d => GenHostop6(addr, mask, d, llProto, srcOff, dstOff));
            default:
                throw new FilterException(DirQualError(dir, "addresses other than 802.11 MAC addresses"));
        }
        static uint W(byte[] a, int i) => (uint)(a[i] << 24 | a[i + 1] << 16 | a[i + 2] << 8 | a[i + 3]);
        b1 = GenMcmp(OffRel.LinkPl, offset + 12, Bpf.W, W(addr, 12), W(mask, 12));
        b0 = GenMcmp(OffRel.LinkPl, offset + 8, Bpf.W, W(addr, 8), W(mask, 8));
        And(b0, b1);
        b0 = GenMcmp(OffRel.LinkPl, offset + 4, Bpf.W, W(addr, 4), W(mask, 4));
        And(b0, b1);
        b0 = GenMcmp(OffRel.LinkPl, offset + 0, Bpf.W, W(addr, 0), W(mask, 0));
        And(b0, b1);
        b0 = GenLinktype(llProto);
        And(b0, b1);
        return b1;
    }

    // Ethernet's message names 802.11 headers; FDDI, token ring, Fibre Channel and ARCnet's do not.
    static string WlanOnly(int dir, bool headers = false)
    {
        string tail = headers ? " with 802.11 headers" : "";
        return dir switch
        {
            QAddr1 => "'addr1' and 'address1' are only supported on 802.11" + tail,
            QAddr2 => "'addr2' and 'address2' are only supported on 802.11" + tail,
            QAddr3 => "'addr3' and 'address3' are only supported on 802.11" + tail,
            QAddr4 => "'addr4' and 'address4' are only supported on 802.11" + tail,
            QRa => "'ra' is only supported on 802.11" + tail,
            _ => "'ta' is only supported on 802.11" + tail,
        };
    }

    // Ethernet-like address at fixed source/destination offsets in the link header.
    Block GenMacHostop(byte[] eaddr, int dir, uint srcOff, uint dstOff, bool ether = false)
    {
        switch (dir)
        {
            case QSrc: return GenBcmp(OffRel.LinkHdr, srcOff, 6, eaddr);
            case QDst: return GenBcmp(OffRel.LinkHdr, dstOff, 6, eaddr);
            case QAnd:
            case QDefault:
            case QOr:
                return BothDirections(dir, d => GenMacHostop(eaddr, d, srcOff, dstOff, ether));
            default:
                throw new FilterException(WlanOnly(dir, ether));
        }
    }

    Block GenEhostop(byte[] e, int dir) => GenMacHostop(e, dir, 6, 0, true);
    Block GenFhostop(byte[] e, int dir) => GenMacHostop(e, dir, 6 + 1 + 0, 0 + 1);
    Block GenThostop(byte[] e, int dir) => GenMacHostop(e, dir, 8, 2);
    Block GenIpfchostop(byte[] e, int dir) => GenMacHostop(e, dir, 10, 2);

    Block GenHost(uint addr, uint mask, int proto, int dir, int type)
    {
        string typestr = type == QNet ? "net" : "host";
        switch (proto)
        {
            case QDefault:
                {
                    var b0 = GenHost(addr, mask, QIp, dir, type);
                    if (labelStackDepth == 0)
                    {
                        var b1 = GenHost(addr, mask, QArp, dir, type);
                        Or(b0, b1);
                        b0 = GenHost(addr, mask, QRarp, dir, type);
                        Or(b1, b0);
                    }
                    return b0;
                }
            case QLink: throw new FilterException($"link-layer modifier applied to {typestr}");
            case QIp: return GenHostop(addr, mask, dir, EtIp, 12, 16);
            case QRarp: return GenHostop(addr, mask, dir, EtRevArp, 14, 24);
            case QArp: return GenHostop(addr, mask, dir, EtArp, 14, 24);
            case QAtalk: throw new FilterException("AppleTalk host filtering not implemented");
            case QDecnet: return GenDnhostop(addr, dir);
            case QLat: throw new FilterException("LAT host filtering not implemented");
            case QSca: throw new FilterException("SCA host filtering not implemented");
            case QMoprc: throw new FilterException("MOPRC host filtering not implemented");
            case QMopdl: throw new FilterException("MOPDL host filtering not implemented");
            case QIpv6: throw new FilterException("'ip6' modifier applied to ip host");
            case QAarp: throw new FilterException("AARP host filtering not implemented");
            case QIso: throw new FilterException("ISO host filtering not implemented");
            case QIpx: throw new FilterException("IPX host filtering not implemented");
            default: throw new FilterException($"'{PName(proto)}' modifier applied to {typestr}");
        }
    }

    Block GenHost6(byte[] addr, byte[] mask, int proto, int dir, int type)
    {
        string typestr = type == QNet ? "net" : "host";
        switch (proto)
        {
            case QDefault: return GenHost6(addr, mask, QIpv6, dir, type);
            case QLink: throw new FilterException($"link-layer modifier applied to ip6 {typestr}");
            case QAtalk: throw new FilterException($"AppleTalk modifier applied to ip6 {typestr}");
            case QIpv6: return GenHostop6(addr, mask, dir, EtIpv6, 8, 24);
            default: throw new FilterException($"'{PName(proto)}' modifier applied to ip6 {typestr}");
        }
    }

    Block GenDnhostop(uint addr, int dir)
    {
        Block b0, b1, b2, tmp;
        uint offsetSh, offsetLh;
        switch (dir)
        {
            case QDst: offsetSh = 1; offsetLh = 7; break;
            case QSrc: offsetSh = 3; offsetLh = 15; break;
            case QAnd:
            case QDefault:
            case QOr:
                return BothDirections(dir, d => GenDnhostop(addr, d));
            default:
                throw new FilterException(DirQualError(dir, "addresses other than 802.11 MAC addresses"));
        }
        b0 = GenLinktype(EtDn);
        uint a = Swap16(addr);
        // long header, padded
        tmp = GenMcmp(OffRel.LinkPl, 2, Bpf.H, Swap16(0x0681), Swap16(0x07FF));
        b1 = GenCmp(OffRel.LinkPl, 2 + 1 + offsetLh, Bpf.H, a);
        And(tmp, b1);
        // long header, not padded
        tmp = GenMcmp(OffRel.LinkPl, 2, Bpf.B, 0x06, 0x7);
        b2 = GenCmp(OffRel.LinkPl, 2 + offsetLh, Bpf.H, a);
        And(tmp, b2);
        Or(b2, b1);
        // short header, padded
        tmp = GenMcmp(OffRel.LinkPl, 2, Bpf.H, Swap16(0x0281), Swap16(0x07FF));
        b2 = GenCmp(OffRel.LinkPl, 2 + 1 + offsetSh, Bpf.H, a);
        And(tmp, b2);
        Or(b2, b1);
        // short header, not padded
        tmp = GenMcmp(OffRel.LinkPl, 2, Bpf.B, 0x02, 0x7);
        b2 = GenCmp(OffRel.LinkPl, 2 + offsetSh, Bpf.H, a);
        And(tmp, b2);
        Or(b2, b1);
        And(b0, b1);
        return b1;
    }

    static uint Swap16(uint v) => ((v & 0xff) << 8) | ((v >> 8) & 0xff);

    // ---- protocols ----

    public Block GenProtoAbbrev(int proto)
    {
        Block b0, b1;
        switch (proto)
        {
            case QSctp: return GenProto(132, QDefault, QDefault);
            case QTcp: return GenProto(6, QDefault, QDefault);
            case QUdp: return GenProto(17, QDefault, QDefault);
            case QIcmp: return GenProto(1, QIp, QDefault);
            case QIgmp: return GenProto(2, QIp, QDefault);
            case QIgrp: return GenProto(9, QIp, QDefault);
            case QPim: return GenProto(103, QDefault, QDefault);
            case QVrrp: return GenProto(112, QIp, QDefault);
            case QCarp: return GenProto(112, QIp, QDefault);
            case QIp: return GenLinktype(EtIp);
            case QArp: return GenLinktype(EtArp);
            case QRarp: return GenLinktype(EtRevArp);
            case QLink: throw new FilterException("link layer applied in wrong context");
            case QAtalk: return GenLinktype(EtAtalk);
            case QAarp: return GenLinktype(EtAarp);
            case QDecnet: return GenLinktype(EtDn);
            case QSca: return GenLinktype(EtSca);
            case QLat: return GenLinktype(EtLat);
            case QMopdl: return GenLinktype(EtMopdl);
            case QMoprc: return GenLinktype(EtMoprc);
            case QIpv6: return GenLinktype(EtIpv6);
            case QIcmpv6: return GenProto(58, QIpv6, QDefault);
            case QAh: return GenProto(51, QDefault, QDefault);
            case QEsp: return GenProto(50, QDefault, QDefault);
            case QIso: return GenLinktype(SapIsoNs);
            case QEsis: return GenProto(IsoEsis, QIso, QDefault);
            case QIsis: return GenProto(IsoIsis, QIso, QDefault);
            case QIsisL1: return IsisOr(15, 17, 18, 24, 26);
            case QIsisL2: return IsisOr(16, 17, 20, 25, 27);
            case QIsisIih: return IsisOr(15, 16, 17);
            case QIsisLsp: return IsisOr(18, 20);
            case QIsisSnp: return IsisOr(24, 25, 26, 27);
            case QIsisCsnp: return IsisOr(24, 25);
            case QIsisPsnp: return IsisOr(26, 27);
            case QClnp: return GenProto(IsoClnp, QIso, QDefault);
            case QStp: return GenLinktype(Sap8021D);
            case QIpx: return GenLinktype(SapIpx);
            case QNetbeui: return GenLinktype(SapNetbeui);
            case QRadio: throw new FilterException("'radio' is not a valid protocol type");
            default: throw new FilterException("syntax error in filter expression");
        }
        Block IsisOr(params uint[] types)
        {
            b0 = GenProto(types[0], QIsis, QDefault);
            b1 = GenProto(types[1], QIsis, QDefault);
            Or(b0, b1);
            for (int i = 2; i < types.Length; i++)
            {
                b0 = GenProto(types[i], QIsis, QDefault);
                Or(b0, b1);
            }
            return b1;
        }
    }

    Block GenIpfrag()
    {
        var b = NewBlock(Jmp(Bpf.Jset), 0x1fff);
        b.Stmts = GenLoadA(OffRel.LinkPl, 6, Bpf.H);
        Not(b);
        return b;
    }

    Block GenPortatom(uint off, uint v) => GenCmp(OffRel.TranIpv4, off, Bpf.H, v);
    Block GenPortatom6(uint off, uint v) => GenCmp(OffRel.TranIpv6, off, Bpf.H, v);

    Block GenPortop(uint port, uint proto, int dir)
    {
        Block b0, b1, tmp;
        tmp = GenCmp(OffRel.LinkPl, 9, Bpf.B, proto);
        b0 = GenIpfrag();
        And(tmp, b0);
        b1 = DirPair(dir, "ports", () => GenPortatom(0, port), () => GenPortatom(2, port));
        And(b0, b1);
        return b1;
    }

    /// <summary>
    /// "src and dst", "src or dst" and no direction at all: the source test, then the destination
    /// one (libpcap's order, which the block numbers of -d follow), joined by and / or.
    /// </summary>
    Block BothDirections(int dir, Func<int, Block> one)
    {
        Block src = one(QSrc), dst = one(QDst);
        if (dir == QAnd) And(src, dst);
        else Or(src, dst);
        return dst;
    }

    Block DirPair(int dir, string what, Func<Block> src, Func<Block> dst)
    {
        switch (dir)
        {
            case QSrc: return src();
            case QDst: return dst();
            case QAnd:
            case QDefault:
            case QOr:
                return BothDirections(dir, d => d == QSrc ? src() : dst());
            default:
                throw new FilterException(DirQualError(dir, what));
        }
    }

    /// <summary>
    /// A port test under the link-type test: for the one protocol named, or for tcp, udp and sctp
    /// in that order (libpcap's, which -d's block numbers follow) when none was.
    /// </summary>
    Block OverTransports(uint etherType, int ipProto, Func<uint, Block> op)
    {
        Block b0 = GenLinktype(etherType), b1;
        if (ipProto == ProtoUndef)
        {
            var tmp = op(6);
            b1 = op(17);
            Or(tmp, b1);
            tmp = op(132);
            Or(tmp, b1);
        }
        else b1 = op((uint)ipProto);
        And(b0, b1);
        return b1;
    }

    Block GenPort(uint port, int ipProto, int dir) =>
        OverTransports(EtIp, ipProto, proto => GenPortop(port, proto, dir));

    Block GenPortop6(uint port, uint proto, int dir)
    {
        var b0 = GenCmp(OffRel.LinkPl, 6, Bpf.B, proto);
        var b1 = DirPair(dir, "ports", () => GenPortatom6(0, port), () => GenPortatom6(2, port));
        And(b0, b1);
        return b1;
    }

    Block GenPort6(uint port, int ipProto, int dir) =>
        OverTransports(EtIpv6, ipProto, proto => GenPortop6(port, proto, dir));

    Block GenPortrangeatom(bool v6, uint off, uint v1, uint v2)
    {
        if (v1 > v2) (v1, v2) = (v2, v1);
        var rel = v6 ? OffRel.TranIpv6 : OffRel.TranIpv4;
        var b1 = GenCmpGe(rel, off, Bpf.H, v1);
        var b2 = GenCmpLe(rel, off, Bpf.H, v2);
        And(b1, b2);
        return b2;
    }

    Block GenPortrangeop(uint p1, uint p2, uint proto, int dir)
    {
        var tmp = GenCmp(OffRel.LinkPl, 9, Bpf.B, proto);
        var b0 = GenIpfrag();
        And(tmp, b0);
        var b1 = DirPair(dir, "port ranges", () => GenPortrangeatom(false, 0, p1, p2), () => GenPortrangeatom(false, 2, p1, p2));
        And(b0, b1);
        return b1;
    }

    Block GenPortrange(uint p1, uint p2, int ipProto, int dir) =>
        OverTransports(EtIp, ipProto, proto => GenPortrangeop(p1, p2, proto, dir));

    Block GenPortrangeop6(uint p1, uint p2, uint proto, int dir)
    {
        var b0 = GenCmp(OffRel.LinkPl, 6, Bpf.B, proto);
        var b1 = DirPair(dir, "port ranges", () => GenPortrangeatom(true, 0, p1, p2), () => GenPortrangeatom(true, 2, p1, p2));
        And(b0, b1);
        return b1;
    }

    Block GenPortrange6(uint p1, uint p2, int ipProto, int dir) =>
        OverTransports(EtIpv6, ipProto, proto => GenPortrangeop6(p1, p2, proto, dir));

    int LookupProto(string name, int proto)
    {
        int v;
        switch (proto)
        {
            case QDefault:
            case QIp:
            case QIpv6:
                v = FilterNames.ProtoByName(name);
                if (v == ProtoUndef) throw new FilterException($"unknown ip proto '{name}'");
                break;
            case QLink:
                v = FilterNames.EProto(name);
                if (v == ProtoUndef)
                {
                    v = FilterNames.Llc(name);
                    if (v == ProtoUndef) throw new FilterException($"unknown ether proto '{name}'");
                }
                break;
            case QIso:
                v = name switch { "esis" => (int)IsoEsis, "isis" => (int)IsoIsis, "clnp" => (int)IsoClnp, _ => -2 };
                if (v == -2) throw new FilterException($"unknown osi proto '{name}'");
                break;
            default:
                v = ProtoUndef;
                break;
        }
        return v;
    }

    Block GenProto(uint v, int proto, int dir)
    {
        Block b0, b1, b2;
        if (dir != QDefault) throw new FilterException("direction applied to 'proto'");
        switch (proto)
        {
            case QDefault:
                b0 = GenProto(v, QIp, dir);
                b1 = GenProto(v, QIpv6, dir);
                Or(b0, b1);
                return b1;
            case QLink: return GenLinktype(v);
            case QIp:
                b0 = GenLinktype(EtIp);
                b1 = GenCmp(OffRel.LinkPl, 9, Bpf.B, v);
                And(b0, b1);
                return b1;
            case QArp: throw new FilterException("arp does not encapsulate another protocol");
            case QRarp: throw new FilterException("rarp does not encapsulate another protocol");
            case QAtalk: throw new FilterException("AppleTalk encapsulation is not specifiable");
            case QDecnet: throw new FilterException("DECNET encapsulation is not specifiable");
            case QLat: throw new FilterException("LAT does not encapsulate another protocol");
            case QSca: throw new FilterException("SCA does not encapsulate another protocol");
            case QMoprc: throw new FilterException("MOPRC does not encapsulate another protocol");
            case QMopdl: throw new FilterException("MOPDL does not encapsulate another protocol");
            case QIpv6:
                b0 = GenLinktype(EtIpv6);
                b2 = GenCmp(OffRel.LinkPl, 6, Bpf.B, 44);
                b1 = GenCmp(OffRel.LinkPl, 40, Bpf.B, v);
                And(b2, b1);
                b2 = GenCmp(OffRel.LinkPl, 6, Bpf.B, v);
                Or(b2, b1);
                And(b0, b1);
                return b1;
            case QIso:
                switch (linktype)
                {
                    case LtFrelay:
                        return GenCmp(OffRel.LinkHdr, 2, Bpf.H, (0x03 << 8) | v);
                    case LtCHdlc:
                        b0 = GenLinktype(SapIsoNs << 8 | SapIsoNs);
                        b1 = GenCmp(OffRel.LinkPlNoSnap, 1, Bpf.B, v);
                        And(b0, b1);
                        return b1;
                    default:
                        b0 = GenLinktype(SapIsoNs);
                        b1 = GenCmp(OffRel.LinkPlNoSnap, 0, Bpf.B, v);
                        And(b0, b1);
                        return b1;
                }
            case QIsis:
                b0 = GenProto(IsoIsis, QIso, QDefault);
                b1 = GenCmp(OffRel.LinkPlNoSnap, 4, Bpf.B, v);
                And(b0, b1);
                return b1;
            case QClnp: throw new FilterException("'clnp proto' is not supported");
            default: throw new FilterException($"'{PName(proto)} proto' is bogus");
        }
    }

    // ---- yacc entry points for ids ----

    public Block GenScode(string name, Qual q)
    {
        int proto = q.Proto, dir = q.Dir;
        switch (q.Addr)
        {
            case QNet:
                {
                    uint addr = FilterNames.NetByName(name);
                    if (addr == 0) throw new FilterException($"unknown network '{name}'");
                    uint mask = 0xffffffff;
                    while (addr != 0 && (addr & 0xff000000) == 0) { addr <<= 8; mask <<= 8; }
                    return GenHost(addr, mask, proto, dir, q.Addr);
                }
            case QDefault:
            case QHost:
                if (proto == QLink)
                {
                    var e = FilterNames.EtherHost(name);
                    switch (linktype)
                    {
                        case LtEn10mb: case LtNetanalyzer: case LtNetanalyzerTransparent:
                            {
                                if (e == null) throw new FilterException($"unknown ether host '{name}'");
                                var tmp = GenPrevLinkHdrCheck();
                                var b = GenEhostop(e, dir);
                                if (tmp != null) And(tmp, b);
                                return b;
                            }
                        case LtFddi:
                            if (e == null) throw new FilterException($"unknown FDDI host '{name}'");
                            return GenFhostop(e, dir);
                        case LtIeee802:
                            if (e == null) throw new FilterException($"unknown token ring host '{name}'");
                            return GenThostop(e, dir);
                        case LtIeee80211: case LtPrism: case LtAvs: case LtRadiotap: case LtPpi:
                            if (e == null) throw new FilterException($"unknown 802.11 host '{name}'");
                            return GenWlanhostop(e, dir);
                        case LtIpOverFc:
                            if (e == null) throw new FilterException($"unknown Fibre Channel host '{name}'");
                            return GenIpfchostop(e, dir);
                    }
                    throw new FilterException("only ethernet/FDDI/token ring/802.11/ATM LANE/Fibre Channel supports link-level host name");
                }
                if (proto == QDecnet)
                    throw new FilterException($"decnet name support not included, '{name}' cannot be translated\n");
                {
                    var addrs = FilterNames.HostAddrs(name);
                    if (addrs == null) throw new FilterException($"unknown host '{name}'");
                    Block? b = null;
                    int tproto = proto, tproto6 = proto;
                    if (offLinkType.ConstantPart == NotSet && tproto == QDefault) { tproto = QIp; tproto6 = QIpv6; }
                    var all = new byte[16];
                    Array.Fill(all, (byte)0xff);
                    foreach (var a in addrs)
                    {
                        Block tmp;
                        if (a.Length == 4)
                        {
                            if (tproto == QIpv6) continue;
                            tmp = GenHost((uint)(a[0] << 24 | a[1] << 16 | a[2] << 8 | a[3]), 0xffffffff, tproto, dir, q.Addr);
                        }
                        else
                        {
                            if (tproto6 == QIp) continue;
                            tmp = GenHost6(a, all, tproto6, dir, q.Addr);
                        }
                        if (b != null) Or(b, tmp);
                        b = tmp;
                    }
                    if (b == null)
                        throw new FilterException($"unknown host '{name}'" + (proto == QDefault ? "" : " for specified address family"));
                    return b;
                }
            case QPort:
                {
                    if (proto != QDefault && proto != QUdp && proto != QTcp && proto != QSctp)
                        throw new FilterException("illegal qualifier of 'port'");
                    if (!FilterNames.PortByName(name, out int port, out int realProto))
                        throw new FilterException($"unknown port '{name}'");
                    realProto = CheckPortProto(proto, realProto, $"port '{name}'");
                    if (port < 0) throw new FilterException($"illegal port number {port} < 0");
                    if (port > 65535) throw new FilterException($"illegal port number {port} > 65535");
                    var b = GenPort((uint)port, realProto, dir);
                    Or(GenPort6((uint)port, realProto, dir), b);
                    return b;
                }
            case QPortrange:
                {
                    if (proto != QDefault && proto != QUdp && proto != QTcp && proto != QSctp)
                        throw new FilterException("illegal qualifier of 'portrange'");
                    if (!FilterNames.PortRangeByName(name, out int p1, out int p2, out int realProto))
                        throw new FilterException($"unknown port in range '{name}'");
                    realProto = CheckPortProto(proto, realProto, $"port in range '{name}'");
                    if (p1 < 0) throw new FilterException($"illegal port number {p1} < 0");
                    if (p1 > 65535) throw new FilterException($"illegal port number {p1} > 65535");
                    if (p2 < 0) throw new FilterException($"illegal port number {p2} < 0");
                    if (p2 > 65535) throw new FilterException($"illegal port number {p2} > 65535");
                    var b = GenPortrange((uint)p1, (uint)p2, realProto, dir);
                    Or(GenPortrange6((uint)p1, (uint)p2, realProto, dir), b);
                    return b;
                }
            case QGateway:
                throw new FilterException("'gateway' not supported in this configuration");
            case QProto:
                {
                    int rp = LookupProto(name, proto);
                    if (rp >= 0) return GenProto((uint)rp, proto, dir);
                    throw new FilterException($"unknown protocol: {name}");
                }
            case QProtochain:
                {
                    int rp = LookupProto(name, proto);
                    if (rp >= 0) return GenProtochain((uint)rp, proto);
                    throw new FilterException($"unknown protocol: {name}");
                }
            default:
                throw new FilterException("syntax error in filter expression");
        }
    }

    static int CheckPortProto(int proto, int realProto, string what)
    {
        if (proto == QUdp)
        {
            if (realProto == 6) throw new FilterException($"{what} is tcp");
            if (realProto == 132) throw new FilterException($"{what} is sctp");
            return 17;
        }
        if (proto == QTcp)
        {
            if (realProto == 17) throw new FilterException($"{what} is udp");
            if (realProto == 132) throw new FilterException($"{what} is sctp");
            return 6;
        }
        if (proto == QSctp)
        {
            if (realProto == 17) throw new FilterException($"{what} is udp");
            if (realProto == 6) throw new FilterException($"{what} is tcp");
            return 132;
        }
        return realProto;
    }

    public Block GenMcode(string s1, string? s2, uint masklen, Qual q)
    {
        int nlen = FilterNames.AtoIn(s1, out uint n);
        if (nlen < 0) throw new FilterException($"invalid IPv4 address '{s1}'");
        n <<= (32 - nlen) & 31; // x86 masks the shift count, so /32 shifts by nothing
        uint m;
        if (s2 != null)
        {
            int mlen = FilterNames.AtoIn(s2, out m);
            if (mlen < 0) throw new FilterException($"invalid IPv4 address '{s2}'");
            m <<= (32 - mlen) & 31;
            if ((n & ~m) != 0) throw new FilterException($"non-network bits set in \"{s1} mask {s2}\"");
        }
        else
        {
            if (masklen > 32) throw new FilterException("mask length must be <= 32");
            m = masklen == 0 ? 0 : 0xffffffff << (int)(32 - masklen);
            if ((n & ~m) != 0) throw new FilterException($"non-network bits set in \"{s1}/{masklen}\"");
        }
        if (q.Addr == QNet) return GenHost(n, m, q.Proto, q.Dir, q.Addr);
        throw new FilterException("Mask syntax for networks only");
    }

    public Block GenNcode(string? s, uint v, Qual q)
    {
        int proto = q.Proto, dir = q.Dir;
        int vlen;
        if (s == null) vlen = 32;
        else if (q.Proto == QDecnet)
        {
            vlen = FilterNames.AtoDn(s, out v);
            if (vlen == 0) throw new FilterException($"malformed decnet address '{s}'");
        }
        else
        {
            vlen = FilterNames.AtoIn(s, out v);
            if (vlen < 0) throw new FilterException($"invalid IPv4 address '{s}'");
        }
        switch (q.Addr)
        {
            case QDefault:
            case QHost:
            case QNet:
                if (proto == QDecnet) return GenHost(v, 0, proto, dir, q.Addr);
                if (proto == QLink) throw new FilterException("illegal link layer address");
                {
                    uint mask = 0xffffffff;
                    if (s == null && q.Addr == QNet)
                    {
                        while (v != 0 && (v & 0xff000000) == 0) { v <<= 8; mask <<= 8; }
                    }
                    else
                    {
                        // C shifts by 32 - vlen; a shift by 32 leaves the value unchanged on x86
                        int sh = (32 - vlen) & 31;
                        v <<= sh;
                        mask <<= sh;
                    }
                    return GenHost(v, mask, proto, dir, q.Addr);
                }
            case QPort:
            case QPortrange:
                {
                    string what = q.Addr == QPort ? "port" : "portrange";
                    int p = proto switch
                    {
                        QUdp => 17, QTcp => 6, QSctp => 132, QDefault => ProtoUndef,
                        _ => throw new FilterException($"illegal qualifier of '{what}'"),
                    };
                    if (v > 65535) throw new FilterException($"illegal port number {v} > 65535");
                    Block b;
                    if (q.Addr == QPort)
                    {
                        b = GenPort(v, p, dir);
                        Or(GenPort6(v, p, dir), b);
                    }
                    else
                    {
                        b = GenPortrange(v, v, p, dir);
                        Or(GenPortrange6(v, v, p, dir), b);
                    }
                    return b;
                }
            case QGateway: throw new FilterException("'gateway' requires a name");
            case QProto: return GenProto(v, proto, dir);
            case QProtochain: return GenProtochain(v, proto);
            default: throw new FilterException("syntax error in filter expression");
        }
    }

    public Block GenMcode6(string s1, uint masklen, Qual q)
    {
        if (!System.Net.IPAddress.TryParse(s1, out var ip) || ip.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
            throw new FilterException($"invalid ip6 address {s1}");
        var addr = ip.GetAddressBytes();
        if (masklen > 128) throw new FilterException("mask length must be <= 128");
        var mask = new byte[16];
        for (int i = 0; i < masklen / 8; i++) mask[i] = 0xff;
        if (masklen % 8 != 0) mask[masklen / 8] = (byte)((0xff << (int)(8 - masklen % 8)) & 0xff);
        for (int i = 0; i < 16; i++)
            if ((addr[i] & ~mask[i]) != 0) throw new FilterException($"non-network bits set in \"{s1}/{masklen}\"");
        switch (q.Addr)
        {
            case QDefault:
            case QHost:
                if (masklen != 128) throw new FilterException("Mask syntax for networks only");
                return GenHost6(addr, mask, q.Proto, q.Dir, q.Addr);
            case QNet:
                return GenHost6(addr, mask, q.Proto, q.Dir, q.Addr);
            default:
                throw new FilterException("invalid qualifier against IPv6 address");
        }
    }

    public Block GenEcode(string s, Qual q)
    {
        if ((q.Addr == QHost || q.Addr == QDefault) && q.Proto == QLink)
        {
            var e = FilterNames.EtherAton(s);
            switch (linktype)
            {
                case LtEn10mb: case LtNetanalyzer: case LtNetanalyzerTransparent:
                    {
                        var tmp = GenPrevLinkHdrCheck();
                        var b = GenEhostop(e, q.Dir);
                        if (tmp != null) And(tmp, b);
                        return b;
                    }
                case LtFddi: return GenFhostop(e, q.Dir);
                case LtIeee802: return GenThostop(e, q.Dir);
                case LtIeee80211: case LtPrism: case LtAvs: case LtRadiotap: case LtPpi: return GenWlanhostop(e, q.Dir);
                case LtIpOverFc: return GenIpfchostop(e, q.Dir);
                default:
                    throw new FilterException("ethernet addresses supported only on ethernet/FDDI/token ring/802.11/ATM LANE/Fibre Channel");
            }
        }
        throw new FilterException("ethernet address used in non-ether expression");
    }

    public Block GenAcode(string s, Qual q)
    {
        if (linktype != LtArcnet && linktype != LtArcnetLinux) throw new FilterException("aid supported only on ARCnet");
        if ((q.Addr == QHost || q.Addr == QDefault) && q.Proto == QLink) return GenAhostop(FilterNames.EtherAton(s), q.Dir);
        throw new FilterException("ARCnet address used in non-arc expression");
    }

    Block GenAhostop(byte[] e, int dir)
    {
        switch (dir)
        {
            case QSrc: return GenBcmp(OffRel.LinkHdr, 0, 1, e);
            case QDst: return GenBcmp(OffRel.LinkHdr, 1, 1, e);
            case QAnd:
            case QDefault:
            case QOr:
                return BothDirections(dir, d => GenAhostop(e, d));
            default:
                throw new FilterException(WlanOnly(dir));
        }
    }

    // ---- arithmetic ----

    Slist XferToX(Arth a) => NewStmt(Bpf.Ldx | Bpf.Mem, (uint)a.Regno);
    Slist XferToA(Arth a) => NewStmt(Bpf.Ld | Bpf.Mem, (uint)a.Regno);

    public Arth GenLoad(int proto, Arth inst, uint size)
    {
        int regno = AllocReg();
        FreeReg(inst.Regno);
        int sizeCode = size switch
        {
            1 => Bpf.B, 2 => Bpf.H, 4 => Bpf.W,
            _ => throw new FilterException("data size must be 1, 2, or 4"),
        };
        Slist s, tmp;
        Block b;
        switch (proto)
        {
            case QRadio:
                if (linktype != LtAvs && linktype != LtRadiotap && linktype != LtPrism)
                    throw new FilterException("radio information not present in capture");
                s = XferToX(inst);
                SAppend(s, NewStmt(Bpf.Ld | Bpf.Ind | sizeCode));
                SAppend(inst.S, s);
                break;
            case QLink:
                s = GenAbsOffsetVarpart(ref offLinkHdr)!;
                if (s != null)
                {
                    SAppend(s, XferToA(inst));
                    SAppend(s, NewStmt(Bpf.Alu | Bpf.Add | Bpf.X));
                    SAppend(s, NewStmt(Bpf.Misc | Bpf.Tax));
                }
                else s = XferToX(inst);
                SAppend(s, NewStmt(Bpf.Ld | Bpf.Ind | sizeCode, offLinkHdr.ConstantPart));
                SAppend(inst.S, s);
                break;
            case QIp: case QArp: case QRarp: case QAtalk: case QDecnet: case QSca: case QLat: case QMoprc: case QMopdl: case QIpv6:
                s = GenAbsOffsetVarpart(ref offLinkPl)!;
                if (s != null)
                {
                    SAppend(s, XferToA(inst));
                    SAppend(s, NewStmt(Bpf.Alu | Bpf.Add | Bpf.X));
                    SAppend(s, NewStmt(Bpf.Misc | Bpf.Tax));
                }
                else s = XferToX(inst);
                SAppend(s, NewStmt(Bpf.Ld | Bpf.Ind | sizeCode, offLinkPl.ConstantPart + offNl));
                SAppend(inst.S, s);
                b = GenProtoAbbrev(proto);
                if (inst.B != null) And(inst.B, b);
                inst.B = b;
                break;
            case QSctp: case QTcp: case QUdp: case QIcmp: case QIgmp: case QIgrp: case QPim: case QVrrp: case QCarp:
                s = GenLoadxIphdrlen();
                SAppend(s, XferToA(inst));
                SAppend(s, NewStmt(Bpf.Alu | Bpf.Add | Bpf.X));
                SAppend(s, NewStmt(Bpf.Misc | Bpf.Tax));
                SAppend(s, tmp = NewStmt(Bpf.Ld | Bpf.Ind | sizeCode, offLinkPl.ConstantPart + offNl));
                SAppend(inst.S, s);
                {
                    var pa = GenProtoAbbrev(proto);
                    b = GenIpfrag();
                    And(pa, b);
                }
                if (inst.B != null) And(inst.B, b);
                And(GenProtoAbbrev(QIp), b);
                inst.B = b;
                break;
            case QIcmpv6:
                b = GenProtoAbbrev(QIpv6);
                if (inst.B != null) And(inst.B, b);
                inst.B = b;
                b = GenCmp(OffRel.LinkPl, 6, Bpf.B, 58);
                if (inst.B != null) And(inst.B, b);
                inst.B = b;
                s = GenAbsOffsetVarpart(ref offLinkPl)!;
                if (s != null)
                {
                    SAppend(s, XferToA(inst));
                    SAppend(s, NewStmt(Bpf.Alu | Bpf.Add | Bpf.X));
                    SAppend(s, NewStmt(Bpf.Misc | Bpf.Tax));
                }
                else s = XferToX(inst);
                SAppend(s, NewStmt(Bpf.Ld | Bpf.Ind | sizeCode, offLinkPl.ConstantPart + offNl + 40));
                SAppend(inst.S, s);
                break;
            default:
                throw new FilterException("unsupported index operation");
        }
        inst.Regno = regno;
        SAppend(inst.S, NewStmt(Bpf.St, (uint)regno));
        return inst;
    }

    public Block GenRelation(int code, Arth a0, Arth a1, bool reversed)
    {
        var s0 = XferToX(a1);
        var s1 = XferToA(a0);
        Block b;
        if (code == Bpf.Jeq)
        {
            var s2 = NewStmt(Bpf.Alu | Bpf.Sub | Bpf.X);
            b = NewBlock(Jmp(code));
            SAppend(s1, s2);
        }
        else b = NewBlock(Bpf.Jmp | code | Bpf.X);
        if (reversed) Not(b);
        SAppend(s0, s1);
        SAppend(a1.S, s0);
        SAppend(a0.S, a1.S);
        b.Stmts = a0.S;
        FreeReg(a0.Regno);
        FreeReg(a1.Regno);
        Block? tmp;
        if (a0.B != null)
        {
            if (a1.B != null) { And(a0.B, a1.B); tmp = a1.B; }
            else tmp = a0.B;
        }
        else tmp = a1.B;
        if (tmp != null) And(tmp, b);
        return b;
    }

    public Arth GenLoadLen()
    {
        int regno = AllocReg();
        var s = NewStmt(Bpf.Ld | Bpf.Len);
        s.Next = NewStmt(Bpf.St, (uint)regno);
        return new Arth { S = s, Regno = regno };
    }

    public Arth GenLoadI(uint val)
    {
        int reg = AllocReg();
        var s = NewStmt(Bpf.Ld | Bpf.Imm, val);
        s.Next = NewStmt(Bpf.St, (uint)reg);
        return new Arth { S = s, Regno = reg };
    }

    public Arth GenNeg(Arth a)
    {
        SAppend(a.S, XferToA(a));
        SAppend(a.S, NewStmt(Bpf.Alu | Bpf.Neg, 0));
        SAppend(a.S, NewStmt(Bpf.St, (uint)a.Regno));
        return a;
    }

    public Arth GenArth(int code, Arth a0, Arth a1)
    {
        if (code == Bpf.Div)
        {
            if (a1.S.S.Code == (Bpf.Ld | Bpf.Imm) && a1.S.S.K == 0) throw new FilterException("division by zero");
        }
        else if (code == Bpf.Mod)
        {
            if (a1.S.S.Code == (Bpf.Ld | Bpf.Imm) && a1.S.S.K == 0) throw new FilterException("modulus by zero");
        }
        else if (code == Bpf.Lsh || code == Bpf.Rsh)
        {
            if (a1.S.S.Code == (Bpf.Ld | Bpf.Imm) && a1.S.S.K > 31) throw new FilterException("shift by more than 31 bits");
        }
        var s0 = XferToX(a1);
        var s1 = XferToA(a0);
        var s2 = NewStmt(Bpf.Alu | Bpf.X | code);
        SAppend(s1, s2);
        SAppend(s0, s1);
        SAppend(a1.S, s0);
        SAppend(a0.S, a1.S);
        FreeReg(a0.Regno);
        FreeReg(a1.Regno);
        var st = NewStmt(Bpf.St);
        a0.Regno = AllocReg();
        st.S.K = (uint)a0.Regno;
        SAppend(a0.S, st);
        return a0;
    }

    // ---- other primitives ----

    Block GenLen(int jmp, uint n)
    {
        var b = NewBlock(Jmp(jmp), n);
        b.Stmts = NewStmt(Bpf.Ld | Bpf.Len);
        return b;
    }

    public Block GenGreater(uint n) => GenLen(Bpf.Jge, n);

    public Block GenLess(uint n)
    {
        var b = GenLen(Bpf.Jgt, n);
        Not(b);
        return b;
    }

    public Block GenByteOp(char op, uint idx, uint val)
    {
        switch (op)
        {
            case '=': return GenCmp(OffRel.LinkHdr, idx, Bpf.B, val);
            case '<': return GenCmpLt(OffRel.LinkHdr, idx, Bpf.B, val);
            case '>': return GenCmpGt(OffRel.LinkHdr, idx, Bpf.B, val);
        }
        // 1.10.3 emits the ALU operation without loading the byte first
        var s = NewStmt(op == '|' ? Bpf.Alu | Bpf.Or | Bpf.K : Bpf.Alu | Bpf.And | Bpf.K, val);
        var b = NewBlock(Jmp(Bpf.Jeq));
        b.Stmts = s;
        Not(b);
        return b;
    }

    static readonly byte[] EBroadcast = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff];

    public Block GenBroadcast(int proto)
    {
        switch (proto)
        {
            case QDefault:
            case QLink:
                switch (linktype)
                {
                    case LtArcnet: case LtArcnetLinux: return GenAhostop([0], QDst);
                    case LtEn10mb: case LtNetanalyzer: case LtNetanalyzerTransparent:
                        {
                            var b1 = GenPrevLinkHdrCheck();
                            var b0 = GenEhostop(EBroadcast, QDst);
                            if (b1 != null) And(b1, b0);
                            return b0;
                        }
                    case LtFddi: return GenFhostop(EBroadcast, QDst);
                    case LtIeee802: return GenThostop(EBroadcast, QDst);
                    case LtIeee80211: case LtPrism: case LtAvs: case LtRadiotap: case LtPpi: return GenWlanhostop(EBroadcast, QDst);
                    case LtIpOverFc: return GenIpfchostop(EBroadcast, QDst);
                    default: throw new FilterException("not a broadcast link");
                }
            case QIp:
                {
                    // tcpdump -r compiles with netmask 0
                    var b0 = GenLinktype(EtIp);
                    uint hostmask = 0xffffffff;
                    var b1 = GenMcmp(OffRel.LinkPl, 16, Bpf.W, 0, hostmask);
                    var b2 = GenMcmp(OffRel.LinkPl, 16, Bpf.W, hostmask, hostmask);
                    Or(b1, b2);
                    And(b0, b2);
                    return b2;
                }
        }
        throw new FilterException("only link-layer/IP broadcast filters supported");
    }

    Block GenMacMulticast(uint offset)
    {
        var b = NewBlock(Jmp(Bpf.Jset), 1);
        b.Stmts = GenLoadA(OffRel.LinkHdr, offset, Bpf.B);
        return b;
    }

    Block JsetLinkHdr(uint off, uint k)
    {
        var b = NewBlock(Jmp(Bpf.Jset), k);
        b.Stmts = GenLoadA(OffRel.LinkHdr, off, Bpf.B);
        return b;
    }

    public Block GenMulticast(int proto)
    {
        Block b0, b1, b2;
        switch (proto)
        {
            case QDefault:
            case QLink:
                switch (linktype)
                {
                    case LtArcnet: case LtArcnetLinux: return GenAhostop([0], QDst);
                    case LtEn10mb: case LtNetanalyzer: case LtNetanalyzerTransparent:
                        {
                            var p = GenPrevLinkHdrCheck();
                            b0 = GenMacMulticast(0);
                            if (p != null) And(p, b0);
                            return b0;
                        }
                    case LtFddi: return GenMacMulticast(1);
                    case LtIeee802: return GenMacMulticast(2);
                    case LtIeee80211: case LtPrism: case LtAvs: case LtRadiotap: case LtPpi:
                        b1 = JsetLinkHdr(1, 0x01);
                        b0 = GenMacMulticast(16);
                        And(b1, b0);
                        b2 = JsetLinkHdr(1, 0x01);
                        Not(b2);
                        b1 = GenMacMulticast(4);
                        And(b2, b1);
                        Or(b1, b0);
                        b1 = JsetLinkHdr(0, 0x08);
                        And(b1, b0);
                        b2 = JsetLinkHdr(0, 0x08);
                        Not(b2);
                        b1 = GenMacMulticast(4);
                        And(b2, b1);
                        Or(b1, b0);
                        b1 = JsetLinkHdr(0, 0x04);
                        Not(b1);
                        And(b1, b0);
                        return b0;
                    case LtIpOverFc: return GenMacMulticast(2);
                }
                break;
            case QIp:
                b0 = GenLinktype(EtIp);
                b1 = GenCmpGe(OffRel.LinkPl, 16, Bpf.B, 224);
                And(b0, b1);
                return b1;
            case QIpv6:
                b0 = GenLinktype(EtIpv6);
                b1 = GenCmp(OffRel.LinkPl, 24, Bpf.B, 255);
                And(b0, b1);
                return b1;
        }
        throw new FilterException("link-layer multicast filters supported only on ethernet/FDDI/token ring/ARCNET/802.11/ATM LANE/Fibre Channel");
    }

    public Block GenIfindex(uint ifindex)
    {
        if (linktype == LtLinuxSll2) return GenCmp(OffRel.LinkHdr, 4, Bpf.W, ifindex);
        throw new FilterException($"ifindex not supported on {Description(linktype)} when reading savefiles");
    }

    public Block GenInbound(bool dir)
    {
        Block b0;
        switch (linktype)
        {
            case LtSlip:
                return GenRelation(Bpf.Jeq, GenLoad(QLink, GenLoadI(0), 1), GenLoadI(0), dir);
            case LtIpnet:
                return GenCmp(OffRel.LinkHdr, 2, Bpf.H, dir ? 1u : 2u);
            case LtLinuxSll:
                b0 = GenCmp(OffRel.LinkHdr, 0, Bpf.H, 4);
                if (!dir) Not(b0);
                return b0;
            case LtLinuxSll2:
                b0 = GenCmp(OffRel.LinkHdr, 10, Bpf.B, 4);
                if (!dir) Not(b0);
                return b0;
            case LtPflog:
                return GenCmp(OffRel.LinkHdr, 60, Bpf.B, dir ? 2u : 1u);
            case LtPppPppd:
                return GenCmp(OffRel.LinkHdr, 0, Bpf.B, dir ? 1u : 0u);
            case LtJuniperMfr:
                return dir ? GenMcmp(OffRel.LinkHdr, 3, Bpf.B, 0, 0x01) : GenMcmp(OffRel.LinkHdr, 3, Bpf.B, 1, 0x01);
            default:
                throw new FilterException($"inbound/outbound not supported on {Description(linktype)} when reading savefiles");
        }
    }

    Block GenVlanTpidTest()
    {
        var b0 = GenLinktype(Et8021Q);
        var b1 = GenLinktype(Et8021AD);
        Or(b0, b1);
        b0 = b1;
        b1 = GenLinktype(Et8021QinQ);
        Or(b0, b1);
        return b1;
    }

    const uint SkfAdVlanTag = BpfImage.AncillaryBase + 44, SkfAdVlanTagPresent = BpfImage.AncillaryBase + 48;

    Block GenVlanVidTest(uint vlanNum)
    {
        if (vlanNum > 0x0fff) throw new FilterException($"VLAN tag {vlanNum} greater than maximum 4095");
        return GenMcmp(OffRel.LinkPl, 0, Bpf.H, vlanNum, 0x0fff);
    }

    // Adds v to the run-time part of an offset (used when the tag turned out to be in the packet).
    void GenVlanVloffsetAdd(ref AbsOffset off, uint v, Slist s)
    {
        off.IsVariable = true;
        if (off.Reg == -1) off.Reg = AllocReg();
        SAppend(s, NewStmt(Bpf.Ld | Bpf.Mem, (uint)off.Reg));
        SAppend(s, NewStmt(Bpf.Alu | Bpf.Add | Bpf.K, v));
        SAppend(s, NewStmt(Bpf.St, (uint)off.Reg));
    }

    // Either a tag in metadata or one left in the packet; the latter shifts the offsets at run time.
    Block GenVlanBpfExtensions(uint vlanNum, bool has)
    {
        var b0 = NewBlock(Jmp(Bpf.Jeq), 1);
        b0.Stmts = NewStmt(Bpf.Ld | Bpf.B | Bpf.Abs, SkfAdVlanTagPresent);
        // Both tests are generated before the offsets become variable, so they test the packet's own tag.
        var bTpid = GenVlanTpidTest();
        Block? bVid = has ? GenVlanVidTest(vlanNum) : null;

        var head = NewStmt(0); // list anchor only; its successors are kept
        isVlanVloffset = true;
        GenVlanVloffsetAdd(ref offLinkPl, 4, head);
        GenVlanVloffsetAdd(ref offLinkType, 4, head);
        SAppend(head.Next!, bTpid.Head.Stmts!);
        bTpid.Head.Stmts = head.Next;
        Or(b0, bTpid);
        b0 = bTpid;

        if (bVid != null)
        {
            // Tag present in metadata: load its TCI and jump to the VID mask in bVid.
            var s = NewStmt(Bpf.Ld | Bpf.B | Bpf.Abs, SkfAdVlanTagPresent);
            var sjeq = NewStmt(Jmp(Bpf.Jeq), 1);
            sjeq.S.Jf = bVid.Stmts;
            SAppend(s, sjeq);
            var s2 = NewStmt(Bpf.Ld | Bpf.B | Bpf.Abs, SkfAdVlanTag);
            SAppend(s, s2);
            sjeq.S.Jt = s2;
            uint cnt = 0;
            for (var p = bVid.Stmts; p != null; p = p.Next) cnt++;
            SAppend(s, NewStmt(Bpf.Jmp | Bpf.Ja, cnt - 1));
            SAppend(s, bVid.Stmts!);
            bVid.Stmts = s;
            And(b0, bVid);
            b0 = bVid;
        }
        return b0;
    }

    public Block GenVlan(uint vlanNum, bool has)
    {
        if (labelStackDepth > 0) throw new FilterException("no VLAN match after MPLS");
        Block b0;
        switch (linktype)
        {
            case LtEn10mb: case LtNetanalyzer: case LtNetanalyzerTransparent:
                // A live Linux socket strips the outermost tag into metadata; only the outermost
                // "vlan" of an unencapsulated frame can find it there.
                if (VlanExtensions && vlanStackDepth == 0 && !offLinkHdr.IsVariable
                    && offLinkHdr.ConstantPart == offOutermostLinkHdr.ConstantPart)
                {
                    b0 = GenVlanBpfExtensions(vlanNum, has);
                    break;
                }
                goto case LtIeee80211;
            case LtIeee80211: case LtPrism: case LtAvs: case LtRadiotap:
                b0 = GenVlanTpidTest();
                if (has)
                {
                    if (vlanNum > 0x0fff) throw new FilterException($"VLAN tag {vlanNum} greater than maximum 4095");
                    var b1 = GenMcmp(OffRel.LinkPl, 0, Bpf.H, vlanNum, 0x0fff);
                    And(b0, b1);
                    b0 = b1;
                }
                offLinkPl.ConstantPart += 4;
                offLinkType.ConstantPart += 4;
                break;
            default:
                throw new FilterException($"no VLAN support for {Description(linktype)}");
        }
        vlanStackDepth++;
        return b0;
    }

    public Block GenMpls(uint label, bool has)
    {
        Block b0;
        if (labelStackDepth > 0) b0 = GenMcmp(OffRel.PrevMplsHdr, 2, Bpf.B, 0, 0x01);
        else
        {
            switch (linktype)
            {
                case LtCHdlc: case LtEn10mb: case LtNetanalyzer: case LtNetanalyzerTransparent:
                    b0 = GenLinktype(EtMpls);
                    break;
                case LtPpp:
                    b0 = GenLinktype(0x0281);
                    break;
                default:
                    throw new FilterException($"no MPLS support for {Description(linktype)}");
            }
        }
        if (has)
        {
            if (label > 0xFFFFF) throw new FilterException($"MPLS label {label} greater than maximum 1048575");
            var b1 = GenMcmp(OffRel.LinkPl, 0, Bpf.W, label << 12, 0xfffff000);
            And(b0, b1);
            b0 = b1;
        }
        offNlNoSnap += 4;
        offNl += 4;
        labelStackDepth++;
        return b0;
    }

    public Block GenPppoed() => GenLinktype(EtPppoed);

    public Block GenPppoes(uint sess, bool has)
    {
        var b0 = GenLinktype(EtPppoes);
        if (has)
        {
            if (sess > 0x0000ffff) throw new FilterException($"PPPoE session number {sess} greater than maximum 65535");
            var b1 = GenMcmp(OffRel.LinkPl, 0, Bpf.W, sess, 0x0000ffff);
            And(b0, b1);
            b0 = b1;
        }
        // the PPP header that follows becomes the link layer for what comes after
        prevlinktype = linktype;
        offPrevLinkHdr = offLinkHdr;
        offLinkHdr.ConstantPart = offLinkPl.ConstantPart + offNl + 6;
        offLinkHdr.IsVariable = offLinkPl.IsVariable;
        offLinkHdr.Reg = offLinkPl.Reg;
        linktype = LtPpp;
        isGeneve = false;
        offLinkType = offLinkHdr;
        offLinkPl.ConstantPart = offLinkHdr.ConstantPart + 2;
        offNl = 0;
        offNlNoSnap = 0;
        return b0;
    }
}
