namespace Wirecap.Filter;

/// <summary>
/// The code generator (libpcap's gencode.c): blocks of statements joined by true/false edges,
/// built by the same primitives in the same order so that block structure, register use and
/// statement order match libpcap 1.10.3.
/// </summary>
internal sealed partial class FilterCodegen
{
    internal const uint NotSet = 0xffffffffu;

    // Q_* protocol qualifiers
    internal const int QDefault = 0, QLink = 1, QIp = 2, QArp = 3, QRarp = 4, QSctp = 5, QTcp = 6, QUdp = 7, QIcmp = 8,
        QIgmp = 9, QIgrp = 10, QAtalk = 11, QDecnet = 12, QLat = 13, QSca = 14, QMoprc = 15, QMopdl = 16, QIpv6 = 17,
        QIcmpv6 = 18, QAh = 19, QEsp = 20, QPim = 21, QVrrp = 22, QAarp = 23, QIso = 24, QEsis = 25, QIsis = 26,
        QClnp = 27, QStp = 28, QIpx = 29, QNetbeui = 30, QIsisL1 = 31, QIsisL2 = 32, QIsisIih = 33, QIsisSnp = 34,
        QIsisCsnp = 35, QIsisPsnp = 36, QIsisLsp = 37, QRadio = 38, QCarp = 39;
    // Q_* address and direction qualifiers
    internal const int QHost = 1, QNet = 2, QPort = 3, QGateway = 4, QProto = 5, QProtochain = 6, QPortrange = 7;
    internal const int QSrc = 1, QDst = 2, QOr = 3, QAnd = 4, QAddr1 = 5, QAddr2 = 6, QAddr3 = 7, QAddr4 = 8, QRa = 9, QTa = 10;
    internal const int ProtoUndef = -1;

    static readonly string[] ProtoNames =
    [
        "", "link", "ip", "arp", "rarp", "sctp", "tcp", "udp", "icmp", "igmp", "igrp", "atalk", "decnet", "lat", "sca",
        "moprc", "mopdl", "ip6", "icmp6", "ah", "esp", "pim", "vrrp", "aarp", "iso", "esis", "isis", "clnp", "stp", "ipx",
        "netbeui", "l1", "l2", "iih", "snp", "csnp", "psnp", "lsp", "radio", "carp",
    ];

    // ethertypes and SAPs
    const uint EtherMtu = 1500, EtIp = 0x0800, EtArp = 0x0806, EtRevArp = 0x8035, EtAtalk = 0x809b, EtAarp = 0x80f3,
        EtIpv6 = 0x86dd, EtDn = 0x6003, EtSca = 0x6007, EtLat = 0x6004, EtMopdl = 0x6001, EtMoprc = 0x6002,
        EtIpx = 0x8137, EtNs = 0x0600, Et8021Q = 0x8100, Et8021AD = 0x88a8, Et8021QinQ = 0x9100, EtMpls = 0x8847,
        EtPppoed = 0x8863, EtPppoes = 0x8864;
    const uint SapIp = 0x06, SapIsoNs = 0xfe, SapNetbeui = 0xf0, SapIpx = 0xe0, Sap8021D = 0x42, SapSnap = 0xaa;
    const uint IsoClnp = 0x81, IsoEsis = 0x82, IsoIsis = 0x83;

    // link types (LINKTYPE_ numbers, which equal the DLT_ numbers for everything handled here but RAW)
    internal const int LtNull = 0, LtEn10mb = 1, LtIeee802 = 6, LtArcnet = 7, LtSlip = 8, LtPpp = 9, LtFddi = 10,
        LtPppSerial = 50, LtPppEther = 51, LtSymantec = 99, LtAtmRfc1483 = 100, LtRaw = 101, LtSlipBsdos = 102,
        LtPppBsdos = 103, LtCHdlc = 104, LtIeee80211 = 105, LtAtmClip = 106, LtFrelay = 107, LtLoop = 108, LtEnc = 109,
        LtLinuxSll = 113, LtLtalk = 114, LtPflog = 117, LtPrism = 119, LtIpOverFc = 122, LtSunatm = 123,
        LtRadiotap = 127, LtArcnetLinux = 129, LtJuniperMfr = 134, LtAppleIp1394 = 138, LtMtp2 = 140,
        LtAvs = 163, LtBacnet = 165, LtPppPppd = 166, LtPpi = 192, LtIpnet = 226, LtIpv4 = 228, LtIpv6 = 229,
        LtNetanalyzer = 240, LtNetanalyzerTransparent = 241, LtLinuxSll2 = 276, LtDsaBrcm = 281, LtDsaDsa = 284;

    internal struct AbsOffset
    {
        public uint ConstantPart;
        public bool IsVariable;
        public int Reg;
    }

    enum OffRel { Packet, LinkHdr, PrevLinkHdr, Llc, PrevMplsHdr, LinkPl, LinkPlNoSnap, LinkType, TranIpv4, TranIpv6 }

    int linktype;
    readonly int snaplen;
    int outermostlinktype, prevlinktype;
    AbsOffset offOutermostLinkHdr, offPrevLinkHdr, offLinkHdr, offLinkPl, offLinkType;
    uint offNl, offNlNoSnap;
#pragma warning disable CS0414, CS0649 // state for the ATM, MTP2 and VLAN-extension primitives still to be carried over
    bool isAtm, isGeneve, isVlanVloffset;
    uint offVpi = NotSet, offVci = NotSet, offProto = NotSet, offPayload = NotSet;
    uint offLi = NotSet, offLiHsl = NotSet, offSio = NotSet, offOpc = NotSet, offDpc = NotSet, offSls = NotSet;
#pragma warning restore CS0414, CS0649
    int labelStackDepth, vlanStackDepth;
    readonly bool[] regused = new bool[Bpf.MemWords];
    int curreg;
    public bool NoOptimize;
    /// <summary>libpcap's BPF_SPECIAL_VLAN_HANDLING: a live Linux socket whose kernel has the VLAN ancillary loads.</summary>
    public bool VlanExtensions;

    public FilterCodegen(int linktype, int snaplen)
    {
        this.linktype = linktype;
        this.snaplen = snaplen;
        InitLinktype();
    }

    static Block NewBlock(int code, uint k = 0) => new(code, k);
    static Slist NewStmt(int code, uint k = 0) => new(code, k);
    static int Jmp(int op) => Bpf.Jmp | op | Bpf.K;

    internal static Slist SAppend(Slist? s0, Slist? s1)
    {
        if (s0 == null) return s1!;
        var p = s0;
        while (p.Next != null) p = p.Next;
        p.Next = s1;
        return s0;
    }

    static void Backpatch(Block? list, Block target)
    {
        while (list != null)
        {
            Block? next;
            if (!list.Sense) { next = list.Jt; list.Jt = target; }
            else { next = list.Jf; list.Jf = target; }
            list = next;
        }
    }

    static void Merge(Block b0, Block b1)
    {
        // walk the chain of unresolved edges hanging off b0 and append b1
        var p = b0;
        for (; ; )
        {
            var next = !p.Sense ? p.Jt : p.Jf;
            if (next == null)
            {
                if (!p.Sense) p.Jt = b1; else p.Jf = b1;
                return;
            }
            p = next;
        }
    }

    public static void And(Block b0, Block b1)
    {
        Backpatch(b0, b1.Head);
        b0.Sense = !b0.Sense;
        b1.Sense = !b1.Sense;
        Merge(b1, b0);
        b1.Sense = !b1.Sense;
        b1.Head = b0.Head;
    }

    public static void Or(Block b0, Block b1)
    {
        b0.Sense = !b0.Sense;
        Backpatch(b0, b1.Head);
        b0.Sense = !b0.Sense;
        Merge(b1, b0);
        b1.Head = b0.Head;
    }

    public static void Not(Block b) => b.Sense = !b.Sense;

    static Block RetBlk(uint v) => NewBlock(Bpf.Ret | Bpf.K, v);

    public Block FinishParse(Block p)
    {
        InsertComputeVloffsets(p.Head);
        var ppi = GenPpiDltCheck();
        if (ppi != null) And(ppi, p);
        Backpatch(p, RetBlk((uint)snaplen));
        p.Sense = !p.Sense;
        Backpatch(p, RetBlk(0));
        return p.Head;
    }

    public Block Empty() => RetBlk((uint)snaplen);

    Block GenCmp(OffRel offrel, uint offset, int size, uint v) => GenNcmp(offrel, offset, size, 0xffffffff, Bpf.Jeq, false, v);
    Block GenCmpGt(OffRel offrel, uint offset, int size, uint v) => GenNcmp(offrel, offset, size, 0xffffffff, Bpf.Jgt, false, v);
    Block GenCmpGe(OffRel offrel, uint offset, int size, uint v) => GenNcmp(offrel, offset, size, 0xffffffff, Bpf.Jge, false, v);
    Block GenCmpLt(OffRel offrel, uint offset, int size, uint v) => GenNcmp(offrel, offset, size, 0xffffffff, Bpf.Jge, true, v);
    Block GenCmpLe(OffRel offrel, uint offset, int size, uint v) => GenNcmp(offrel, offset, size, 0xffffffff, Bpf.Jgt, true, v);
    Block GenMcmp(OffRel offrel, uint offset, int size, uint v, uint mask) => GenNcmp(offrel, offset, size, mask, Bpf.Jeq, false, v);

    Block GenBcmp(OffRel offrel, uint offset, uint size, ReadOnlySpan<byte> v)
    {
        Block? b = null, tmp;
        while (size >= 4)
        {
            var p = v.Slice((int)size - 4);
            tmp = GenCmp(offrel, offset + size - 4, Bpf.W, (uint)(p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3]));
            if (b != null) And(b, tmp);
            b = tmp;
            size -= 4;
        }
        while (size >= 2)
        {
            var p = v.Slice((int)size - 2);
            tmp = GenCmp(offrel, offset + size - 2, Bpf.H, (uint)(p[0] << 8 | p[1]));
            if (b != null) And(b, tmp);
            b = tmp;
            size -= 2;
        }
        if (size > 0)
        {
            tmp = GenCmp(offrel, offset, Bpf.B, v[0]);
            if (b != null) And(b, tmp);
            b = tmp;
        }
        return b!;
    }

    Block GenNcmp(OffRel offrel, uint offset, int size, uint mask, int jtype, bool reverse, uint v)
    {
        var s = GenLoadA(offrel, offset, size);
        if (mask != 0xffffffff) SAppend(s, NewStmt(Bpf.Alu | Bpf.And | Bpf.K, mask));
        var b = NewBlock(Jmp(jtype), v);
        b.Stmts = s;
        if (reverse && (jtype == Bpf.Jgt || jtype == Bpf.Jge)) Not(b);
        return b;
    }

    void InitLinktype()
    {
        outermostlinktype = linktype;
        prevlinktype = linktype;
        offLinkHdr = new AbsOffset { Reg = -1 };
        offLinkPl = new AbsOffset { Reg = -1 };
        offLinkType = new AbsOffset { Reg = -1 };
        void Set(uint lt, uint pl, uint nl, uint nosnap)
        {
            offLinkType.ConstantPart = lt; offLinkPl.ConstantPart = pl; offNl = nl; offNlNoSnap = nosnap;
        }
        switch (linktype)
        {
            case LtArcnet: Set(2, 6, 0, 0); break;
            case LtArcnetLinux: Set(4, 8, 0, 0); break;
            case LtEn10mb: Set(12, 14, 0, 3); break;
            case LtSlip: Set(NotSet, 16, 0, 0); break;
            case LtSlipBsdos: Set(NotSet, 24, 0, 0); break;
            case LtNull: case LtLoop: Set(0, 4, 0, 0); break;
            case LtEnc: Set(0, 12, 0, 0); break;
            case LtPpp: case LtPppPppd: case LtCHdlc: case LtPppSerial: Set(2, 4, 0, 0); break;
            case LtPppEther: Set(6, 8, 0, 0); break;
            case LtPppBsdos: Set(5, 24, 0, 0); break;
            case LtFddi: Set(13, 13, 8, 3); break;
            case LtIeee802: Set(14, 14, 8, 3); break;
            case LtPrism: case LtAvs: case LtRadiotap:
                offLinkHdr.IsVariable = true;
                Set(24, 0, 8, 3); offLinkPl.IsVariable = true; break;
            case LtIeee80211: Set(24, 0, 8, 3); offLinkPl.IsVariable = true; break;
            case LtPpi: Set(24, 0, 8, 3); offLinkPl.IsVariable = true; offLinkHdr.IsVariable = true; break;
            case LtAtmRfc1483: case LtAtmClip: Set(0, 0, 8, 3); break;
            case LtSunatm:
                isAtm = true; offVpi = 1; offVci = 2; offProto = 0; offPayload = 4;
                Set(4, 4, 8, 3); break;
            case LtRaw: case LtIpv4: case LtIpv6: Set(NotSet, 0, 0, 0); break;
            case LtLinuxSll: Set(14, 16, 0, 0); break;
            case LtLinuxSll2: Set(0, 20, 0, 0); break;
            case LtLtalk: Set(NotSet, 0, 0, 0); break;
            case LtIpOverFc: Set(16, 16, 8, 3); break;
            case LtFrelay: Set(NotSet, 0, 0, 0); break;
            case LtAppleIp1394: Set(16, 18, 0, 0); break;
            case LtSymantec: Set(6, 44, 0, 0); break;
            case LtPflog: Set(0, 0, 0, 0); offLinkPl.IsVariable = true; break;
            case LtJuniperMfr: Set(4, 4, 0, NotSet); break;
            case LtBacnet: Set(NotSet, NotSet, NotSet, NotSet); break;
            case LtMtp2:
                offLi = 2; offLiHsl = 4; offSio = 3; offOpc = 4; offDpc = 4; offSls = 7;
                Set(NotSet, NotSet, NotSet, NotSet); break;
            case LtIpnet: Set(1, 24, 0, NotSet); break;
            case LtNetanalyzer: offLinkHdr.ConstantPart = 4; Set(16, 18, 0, 3); break;
            case LtNetanalyzerTransparent: offLinkHdr.ConstantPart = 12; Set(24, 26, 0, 3); break;
            default: Set(NotSet, NotSet, NotSet, NotSet); break;
        }
        offOutermostLinkHdr = offPrevLinkHdr = offLinkHdr;
    }

    static string Description(int lt) => lt switch
    {
        LtNull => "BSD loopback",
        LtEn10mb => "Ethernet",
        LtIeee802 => "Token ring",
        LtArcnet => "BSD ARCNET",
        LtSlip => "SLIP",
        LtPpp => "PPP",
        LtFddi => "FDDI",
        LtPppSerial => "PPP over serial",
        LtPppEther => "PPPoE",
        LtSymantec => "Symantec Firewall",
        LtAtmRfc1483 => "RFC 1483 LLC-encapsulated ATM",
        LtRaw => "Raw IP",
        LtSlipBsdos => "BSD/OS SLIP",
        LtPppBsdos => "BSD/OS PPP",
        LtCHdlc => "Cisco HDLC",
        LtIeee80211 => "802.11",
        LtAtmClip => "Linux Classical IP over ATM",
        LtFrelay => "Frame Relay",
        LtLoop => "OpenBSD loopback",
        LtEnc => "OpenBSD encapsulated IP",
        LtLinuxSll => "Linux cooked v1",
        LtLtalk => "Localtalk",
        LtPflog => "OpenBSD pflog file",
        LtPrism => "802.11 plus Prism header",
        LtIpOverFc => "RFC 2625 IP-over-Fibre Channel",
        LtSunatm => "Sun raw ATM",
        LtRadiotap => "802.11 plus radiotap header",
        LtArcnetLinux => "Linux ARCNET",
        LtJuniperMfr => "Juniper FRF.16 Frame Relay",
        LtAppleIp1394 => "Apple IP-over-IEEE 1394",
        LtMtp2 => "SS7 MTP2",
        LtAvs => "802.11 plus AVS radio information header",
        LtBacnet => "BACnet MS/TP",
        LtPppPppd => "PPP for pppd, with direction flag",
        LtPpi => "Per-Packet Information",
        LtIpnet => "Solaris ipnet",
        LtIpv4 => "Raw IPv4",
        LtIpv6 => "Raw IPv6",
        LtNetanalyzer => "Ethernet with Hilscher netANALYZER pseudo-header",
        LtNetanalyzerTransparent => "Ethernet with Hilscher netANALYZER pseudo-header and with preamble and SFD",
        LtLinuxSll2 => "Linux cooked v2",
        LtDsaBrcm => "Broadcom tag",
        LtDsaDsa => "Marvell DSA",
        _ => "DLT " + lt,
    };

    Slist GenLoadAbsOffsetRel(ref AbsOffset off, uint offset, int size)
    {
        var s = GenAbsOffsetVarpart(ref off);
        if (s != null)
        {
            SAppend(s, NewStmt(Bpf.Ld | Bpf.Ind | size, off.ConstantPart + offset));
            return s;
        }
        return NewStmt(Bpf.Ld | Bpf.Abs | size, off.ConstantPart + offset);
    }

    Slist GenLoadA(OffRel offrel, uint offset, int size)
    {
        switch (offrel)
        {
            case OffRel.Packet: return NewStmt(Bpf.Ld | Bpf.Abs | size, offset);
            case OffRel.LinkHdr: return GenLoadAbsOffsetRel(ref offLinkHdr, offset, size);
            case OffRel.PrevLinkHdr: return GenLoadAbsOffsetRel(ref offPrevLinkHdr, offset, size);
            case OffRel.Llc: return GenLoadAbsOffsetRel(ref offLinkPl, offset, size);
            case OffRel.PrevMplsHdr: return GenLoadAbsOffsetRel(ref offLinkPl, offNl - 4 + offset, size);
            case OffRel.LinkPl: return GenLoadAbsOffsetRel(ref offLinkPl, offNl + offset, size);
            case OffRel.LinkPlNoSnap: return GenLoadAbsOffsetRel(ref offLinkPl, offNlNoSnap + offset, size);
            case OffRel.LinkType: return GenLoadAbsOffsetRel(ref offLinkType, offset, size);
            case OffRel.TranIpv4:
                {
                    var s = GenLoadxIphdrlen();
                    SAppend(s, NewStmt(Bpf.Ld | Bpf.Ind | size, offLinkPl.ConstantPart + offNl + offset));
                    return s;
                }
            default: return GenLoadAbsOffsetRel(ref offLinkPl, offNl + 40 + offset, size);
        }
    }

    Slist GenLoadxIphdrlen()
    {
        var s = GenAbsOffsetVarpart(ref offLinkPl);
        if (s != null)
        {
            SAppend(s, NewStmt(Bpf.Ld | Bpf.Ind | Bpf.B, offLinkPl.ConstantPart + offNl));
            SAppend(s, NewStmt(Bpf.Alu | Bpf.And | Bpf.K, 0xf));
            SAppend(s, NewStmt(Bpf.Alu | Bpf.Lsh | Bpf.K, 2));
            SAppend(s, NewStmt(Bpf.Alu | Bpf.Add | Bpf.X));
            SAppend(s, NewStmt(Bpf.Misc | Bpf.Tax));
            return s;
        }
        return NewStmt(Bpf.Ldx | Bpf.Msh | Bpf.B, offLinkPl.ConstantPart + offNl);
    }

    Slist? GenAbsOffsetVarpart(ref AbsOffset off)
    {
        if (!off.IsVariable) return null;
        if (off.Reg == -1) off.Reg = AllocReg();
        return NewStmt(Bpf.Ldx | Bpf.Mem, (uint)off.Reg);
    }

    static Block GenUncond(bool rsense)
    {
        var b = NewBlock(Jmp(Bpf.Jeq));
        b.Stmts = NewStmt(Bpf.Ld | Bpf.Imm, rsense ? 0u : 1u);
        return b;
    }

    static Block GenTrue() => GenUncond(true);
    static Block GenFalse() => GenUncond(false);

    void InsertComputeVloffsets(Block b)
    {
        if (offLinkPl.Reg != -1 && offLinkHdr.IsVariable && offLinkHdr.Reg == -1) offLinkHdr.Reg = AllocReg();
        Slist? s = null;
        switch (outermostlinktype)
        {
            case LtPrism: case LtAvs: case LtRadiotap: case LtPpi: case LtIeee80211:
                s = Gen80211Prologue(b.Stmts);
                break;
            case LtPflog:
                if (offLinkPl.Reg != -1)
                {
                    s = NewStmt(Bpf.Ld | Bpf.B | Bpf.Abs, 0);
                    SAppend(s, NewStmt(Bpf.Alu | Bpf.Add | Bpf.K, 3));
                    SAppend(s, NewStmt(Bpf.Alu | Bpf.And | Bpf.K, 0xfffffffc));
                    SAppend(s, NewStmt(Bpf.St, (uint)offLinkPl.Reg));
                    SAppend(s, NewStmt(Bpf.Misc | Bpf.Tax));
                }
                break;
        }
        if (s == null && isVlanVloffset)
        {
            if (offLinkPl.Reg == -1) offLinkPl.Reg = AllocReg();
            if (offLinkType.Reg == -1) offLinkType.Reg = AllocReg();
            s = NewStmt(Bpf.Ld | Bpf.W | Bpf.Imm, 0);
            SAppend(s, NewStmt(Bpf.St, (uint)offLinkPl.Reg));
            SAppend(s, NewStmt(Bpf.St, (uint)offLinkType.Reg));
        }
        if (s != null)
        {
            SAppend(s, b.Stmts);
            b.Stmts = s;
        }
    }

    Block? GenPpiDltCheck()
    {
        if (linktype != LtPpi) return null;
        var b = NewBlock(Jmp(Bpf.Jeq), 0x69000000); // DLT_IEEE802_11 (105) byte-swapped
        b.Stmts = NewStmt(Bpf.Ld | Bpf.W | Bpf.Abs, 4);
        return b;
    }

    int AllocReg()
    {
        int n = Bpf.MemWords;
        while (--n >= 0)
        {
            if (regused[curreg]) curreg = (curreg + 1) % Bpf.MemWords;
            else
            {
                regused[curreg] = true;
                return curreg;
            }
        }
        throw new FilterException("too many registers needed to evaluate expression");
    }

    void FreeReg(int n) => regused[n] = false;
}
