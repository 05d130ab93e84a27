namespace Wirecap.Filter;

// ATM (SunATM), SS7 MTP2/MTP3, 802.2 LLC and OpenBSD pflog primitives.
internal sealed partial class FilterCodegen
{
    const int AVpi = 51, AVci = 52, AProtoType = 53, AMsgType = 54;
    const uint PtLane = 0x01, PtLlc = 0x02;

    static FilterException Todo(string what) => new(what + " filtering is not implemented in wirecap yet");

    // Walks the IPv6 extension header chain (and AH for both) inside the filter with backward jumps.
    Block GenProtochain(uint v, int proto)
    {
        int reg2 = AllocReg();
        Block b0, b;
        switch (proto)
        {
            case QIp:
            case QIpv6:
                break;
            case QDefault:
                b0 = GenProtochain(v, QIp);
                b = GenProtochain(v, QIpv6);
                Or(b0, b);
                return b;
            default:
                throw new FilterException("bad protocol applied for 'protochain'");
        }
        if (offLinkPl.IsVariable) throw new FilterException("'protochain' not supported with variable length headers");
        NoOptimize = true;
        uint nl = offLinkPl.ConstantPart + offNl;
        var s = new List<Slist> { NewStmt(0) };
        Slist Add(int code, uint k = 0) { var st = NewStmt(code, k); s.Add(st); return st; }
        if (proto == QIp)
        {
            b0 = GenLinktype(EtIp);
            Add(Bpf.Ld | Bpf.Abs | Bpf.B, nl + 9);
            Add(Bpf.Ldx | Bpf.Msh | Bpf.B, nl);
        }
        else
        {
            b0 = GenLinktype(EtIpv6);
            Add(Bpf.Ld | Bpf.Abs | Bpf.B, nl + 6);
            Add(Bpf.Ldx | Bpf.Imm, 40);
        }
        int again = s.Count;
        var fix5 = Add(Bpf.Jmp | Bpf.Jeq | Bpf.K, v);
        var fix2 = Add(Bpf.Jmp | Bpf.Jeq | Bpf.K, 59); // no next header
        fix5.S.Jf = fix2;
        Slist? fix3 = null;
        if (proto == QIpv6)
        {
            int v6start = s.Count;
            var hop = Add(Bpf.Jmp | Bpf.Jeq | Bpf.K, 0);
            fix2.S.Jf = hop;
            var dst = Add(Bpf.Jmp | Bpf.Jeq | Bpf.K, 60);
            hop.S.Jf = dst;
            var rt = Add(Bpf.Jmp | Bpf.Jeq | Bpf.K, 43);
            dst.S.Jf = rt;
            var frag = Add(Bpf.Jmp | Bpf.Jeq | Bpf.K, 44);
            rt.S.Jf = frag;
            fix3 = frag;
            int v6end = s.Count - 1;
            int v6advance = s.Count;
            Add(Bpf.Ld | Bpf.Ind | Bpf.B, nl);
            Add(Bpf.St, (uint)reg2);
            Add(Bpf.Ld | Bpf.Ind | Bpf.B, nl + 1);
            Add(Bpf.Alu | Bpf.Add | Bpf.K, 1);
            Add(Bpf.Alu | Bpf.Mul | Bpf.K, 8);
            Add(Bpf.Alu | Bpf.Add | Bpf.X, 0);
            Add(Bpf.Misc | Bpf.Tax);
            var ld = Add(Bpf.Ld | Bpf.Mem, (uint)reg2);
            int i = s.Count;
            var ja = Add(Bpf.Jmp | Bpf.Ja, (uint)(again - i - 1));
            ld.S.Jf = ja;
            for (int j = v6start; j <= v6end; j++) s[j].S.Jt = s[v6advance];
        }
        else
        {
            var add0 = Add(Bpf.Alu | Bpf.Add | Bpf.K, 0);
            fix2.S.Jf = add0;
        }
        int ahcheck = s.Count;
        var fix4 = Add(Bpf.Jmp | Bpf.Jeq | Bpf.K, 51); // AH
        if (fix3 != null) fix3.S.Jf = s[ahcheck];
        fix4.S.Jt = Add(Bpf.Misc | Bpf.Txa);
        Add(Bpf.Ld | Bpf.Ind | Bpf.B, nl);
        var st2 = Add(Bpf.St, (uint)reg2);
        st2.S.Jt = Add(Bpf.Misc | Bpf.Txa);
        Add(Bpf.Alu | Bpf.Add | Bpf.K, 1);
        Add(Bpf.Misc | Bpf.Tax);
        Add(Bpf.Ld | Bpf.Ind | Bpf.B, nl);
        Add(Bpf.Alu | Bpf.Add | Bpf.K, 2);
        Add(Bpf.Alu | Bpf.Mul | Bpf.K, 4);
        Add(Bpf.Misc | Bpf.Tax);
        Add(Bpf.Ld | Bpf.Mem, (uint)reg2);
        {
            int i = s.Count;
            Add(Bpf.Jmp | Bpf.Ja, (uint)(again - i - 1));
        }
        var end = Add(Bpf.Alu | Bpf.Add | Bpf.K, 0);
        fix2.S.Jt = end;
        fix4.S.Jf = end;
        fix5.S.Jt = end;
        for (int i = 0; i < s.Count - 1; i++) s[i].Next = s[i + 1];
        s[^1].Next = null;
        b = NewBlock(Jmp(Bpf.Jeq), v);
        b.Stmts = s[1];
        FreeReg(reg2);
        And(b0, b);
        return b;
    }
    // ---- Geneve ----

    Block GenGeneveCheck(bool v6, uint vni, bool has)
    {
        var rel = v6 ? OffRel.TranIpv6 : OffRel.TranIpv4;
        var b0 = v6 ? GenPort6(6081, 17, QDst) : GenPort(6081, 17, QDst);
        var b1 = GenMcmp(rel, 8, Bpf.B, 0, 0xc0);
        And(b0, b1);
        b0 = b1;
        if (has)
        {
            if (vni > 0xffffff) throw new FilterException($"Geneve VNI {vni} greater than maximum 16777215");
            b1 = GenMcmp(rel, 12, Bpf.W, vni << 8, 0xffffff00);
            And(b0, b1);
            b0 = b1;
        }
        return b0;
    }

    Block GenGeneve4(uint vni, bool has)
    {
        var b0 = GenGeneveCheck(false, vni, has);
        var s = GenLoadxIphdrlen();
        SAppend(s, NewStmt(Bpf.Misc | Bpf.Txa));
        var b1 = NewBlock(Bpf.Jmp | Bpf.Jeq | Bpf.X, 0);
        b1.Stmts = s;
        And(b0, b1);
        return b1;
    }

    Block GenGeneve6(uint vni, bool has)
    {
        var b0 = GenGeneveCheck(true, vni, has);
        var s = GenAbsOffsetVarpart(ref offLinkPl);
        if (s != null)
        {
            SAppend(s, NewStmt(Bpf.Ld | Bpf.Imm, 40));
            SAppend(s, NewStmt(Bpf.Alu | Bpf.Add | Bpf.X, 0));
        }
        else s = NewStmt(Bpf.Ld | Bpf.Imm, 40);
        SAppend(s, NewStmt(Bpf.Misc | Bpf.Tax));
        var b1 = NewBlock(Bpf.Jmp | Bpf.Jeq | Bpf.X, 0);
        b1.Stmts = s;
        And(b0, b1);
        return b1;
    }

    // The inner frame's link header and payload offsets become run-time values kept in registers.
    Slist GenGeneveOffsets()
    {
        var s = NewStmt(Bpf.Alu | Bpf.Add | Bpf.K, offLinkPl.ConstantPart + offNl + 8);
        SAppend(s, NewStmt(Bpf.Misc | Bpf.Tax));
        SAppend(s, NewStmt(Bpf.Alu | Bpf.Add | Bpf.K, 2));
        offLinkType.Reg = AllocReg();
        offLinkType.IsVariable = true;
        offLinkType.ConstantPart = 0;
        SAppend(s, NewStmt(Bpf.St, (uint)offLinkType.Reg));
        SAppend(s, NewStmt(Bpf.Ld | Bpf.Ind | Bpf.B, 0));
        SAppend(s, NewStmt(Bpf.Alu | Bpf.And | Bpf.K, 0x3f));
        SAppend(s, NewStmt(Bpf.Alu | Bpf.Mul | Bpf.K, 4));
        SAppend(s, NewStmt(Bpf.Alu | Bpf.Add | Bpf.K, 8));
        SAppend(s, NewStmt(Bpf.Alu | Bpf.Add | Bpf.X, 0));
        prevlinktype = linktype;
        offPrevLinkHdr = offLinkHdr;
        linktype = LtEn10mb;
        offLinkHdr.IsVariable = true;
        offLinkHdr.ConstantPart = 0;
        offLinkHdr.Reg = AllocReg();
        isGeneve = false;
        SAppend(s, NewStmt(Bpf.St, (uint)offLinkHdr.Reg));
        NoOptimize = true;
        SAppend(s, NewStmt(Bpf.Ld | Bpf.Ind | Bpf.H, 2));
        SAppend(s, NewStmt(Bpf.Ldx | Bpf.Mem, (uint)offLinkHdr.Reg));
        var sProto = NewStmt(Jmp(Bpf.Jeq), 0x6558);
        SAppend(s, sProto);
        var s1 = NewStmt(Bpf.Misc | Bpf.Txa);
        SAppend(s, s1);
        sProto.S.Jt = s1;
        SAppend(s, NewStmt(Bpf.Alu | Bpf.Add | Bpf.K, 12));
        SAppend(s, NewStmt(Bpf.St, (uint)offLinkType.Reg));
        SAppend(s, NewStmt(Bpf.Alu | Bpf.Add | Bpf.K, 2));
        SAppend(s, NewStmt(Bpf.Misc | Bpf.Tax));
        offLinkPl.Reg = AllocReg();
        offLinkPl.IsVariable = true;
        offLinkPl.ConstantPart = 0;
        s1 = NewStmt(Bpf.Stx, (uint)offLinkPl.Reg);
        SAppend(s, s1);
        sProto.S.Jf = s1;
        offNl = 0;
        return s;
    }

    public Block GenGeneve(uint vni, bool has)
    {
        var b0 = GenGeneve4(vni, has);
        var b1 = GenGeneve6(vni, has);
        Or(b0, b1);
        b0 = b1;
        var s = GenGeneveOffsets();
        b1 = GenTrue();
        SAppend(s, b1.Stmts);
        b1.Stmts = s;
        And(b0, b1);
        isGeneve = true;
        return b1;
    }

    Block GenGeneveLlCheck()
    {
        var s = NewStmt(Bpf.Ld | Bpf.Mem, (uint)offLinkHdr.Reg);
        SAppend(s, NewStmt(Bpf.Ldx | Bpf.Mem, (uint)offLinkPl.Reg));
        var b0 = NewBlock(Bpf.Jmp | Bpf.Jeq | Bpf.X, 0);
        b0.Stmts = s;
        Not(b0);
        return b0;
    }

    // ---- ATM ----

    Block GenAtmfieldCodeInternal(int field, uint v, int jtype, bool rev)
    {
        switch (field)
        {
            case AVpi:
                if (!isAtm) throw new FilterException("'vpi' supported only on raw ATM");
                return GenNcmp(OffRel.LinkHdr, offVpi, Bpf.B, 0xffffffff, jtype, rev, v);
            case AVci:
                if (!isAtm) throw new FilterException("'vci' supported only on raw ATM");
                return GenNcmp(OffRel.LinkHdr, offVci, Bpf.H, 0xffffffff, jtype, rev, v);
            case AProtoType:
                return GenNcmp(OffRel.LinkHdr, offProto, Bpf.B, 0x0f, jtype, rev, v);
            default: // message type
                return GenNcmp(OffRel.LinkHdr, offPayload + 5, Bpf.B, 0xffffffff, jtype, rev, v);
        }
    }

    Block VpiVci(uint vpi, uint vci)
    {
        var b0 = GenAtmfieldCodeInternal(AVpi, vpi, Bpf.Jeq, false);
        var b1 = GenAtmfieldCodeInternal(AVci, vci, Bpf.Jeq, false);
        And(b0, b1);
        return b1;
    }

    Block GenAtmtypeLlc()
    {
        var b0 = GenAtmfieldCodeInternal(AProtoType, PtLlc, Bpf.Jeq, false);
        linktype = prevlinktype;
        return b0;
    }

    Block MsgAbbrev(uint type) => GenAtmfieldCodeInternal(AMsgType, type, Bpf.Jeq, false);

    public Block GenAtmAbbrev(Tk kind)
    {
        string name = kind switch
        {
            Tk.Metac => "metac", Tk.Bcc => "bcc", Tk.Oamf4sc => "oam4sc", Tk.Oamf4ec => "oam4ec", Tk.Sc => "sc",
            Tk.Ilmic => "ilmic", Tk.Lane => "lane", Tk.Oam => "oam", Tk.Oamf4 => "oamf4", Tk.Connectmsg => "connectmsg",
            _ => "metaconnect",
        };
        if (!isAtm) throw new FilterException($"'{name}' supported only on raw ATM");
        Block b0, b1;
        switch (kind)
        {
            case Tk.Metac: return VpiVci(0, 1);
            case Tk.Bcc: return VpiVci(0, 2);
            case Tk.Oamf4sc: return VpiVci(0, 3);
            case Tk.Oamf4ec: return VpiVci(0, 4);
            case Tk.Sc: return VpiVci(0, 5);
            case Tk.Ilmic: return VpiVci(0, 16);
            case Tk.Lane:
                b1 = GenAtmfieldCodeInternal(AProtoType, PtLane, Bpf.Jeq, false);
                // LANE carries an Ethernet frame after a 2-byte LEC ID
                prevlinktype = linktype;
                offPrevLinkHdr = offLinkHdr;
                linktype = LtEn10mb;
                offLinkHdr.IsVariable = false;
                offLinkHdr.ConstantPart = offPayload + 2;
                offLinkHdr.Reg = -1;
                isGeneve = false;
                offLinkType.ConstantPart = offLinkHdr.ConstantPart + 12;
                offLinkPl.ConstantPart = offLinkHdr.ConstantPart + 14;
                offNl = 0;
                offNlNoSnap = 3;
                return b1;
            case Tk.Oam:
            case Tk.Oamf4:
                b0 = GenAtmfieldCodeInternal(AVci, 3, Bpf.Jeq, false);
                b1 = GenAtmfieldCodeInternal(AVci, 4, Bpf.Jeq, false);
                Or(b0, b1);
                b0 = GenAtmfieldCodeInternal(AVpi, 0, Bpf.Jeq, false);
                And(b0, b1);
                return b1;
            case Tk.Connectmsg:
                b0 = MsgAbbrev(0x05);
                b1 = MsgAbbrev(0x02);
                Or(b0, b1);
                b0 = MsgAbbrev(0x07);
                Or(b0, b1);
                b0 = MsgAbbrev(0x0f);
                Or(b0, b1);
                b0 = MsgAbbrev(0x4d);
                Or(b0, b1);
                b0 = MsgAbbrev(0x5a);
                Or(b0, b1);
                b0 = VpiVci(0, 5);
                And(b0, b1);
                return b1;
            default:
                b0 = MsgAbbrev(0x05);
                b1 = MsgAbbrev(0x02);
                Or(b0, b1);
                b0 = MsgAbbrev(0x07);
                Or(b0, b1);
                b0 = MsgAbbrev(0x4d);
                Or(b0, b1);
                b0 = MsgAbbrev(0x5a);
                Or(b0, b1);
                b0 = VpiVci(0, 1);
                And(b0, b1);
                return b1;
        }
    }

    // ---- MTP2 / MTP3 ----

    public Block GenMtp2Abbrev(Tk kind)
    {
        if (linktype != LtMtp2)
        {
            string name = kind switch
            {
                Tk.Fisu => "'fisu' supported only on MTP2", Tk.Lssu => "'lssu' supported only on MTP2",
                Tk.Msu => "'msu' supported only on MTP2", Tk.Hfisu => "'hfisu' supported only on MTP2_HSL",
                Tk.Hlssu => "'hlssu' supported only on MTP2_HSL", _ => "'hmsu' supported only on MTP2_HSL",
            };
            throw new FilterException(name);
        }
        Block b0, b1;
        switch (kind)
        {
            case Tk.Fisu: return GenNcmp(OffRel.Packet, offLi, Bpf.B, 0x3f, Bpf.Jeq, false, 0);
            case Tk.Lssu:
                b0 = GenNcmp(OffRel.Packet, offLi, Bpf.B, 0x3f, Bpf.Jgt, true, 2);
                b1 = GenNcmp(OffRel.Packet, offLi, Bpf.B, 0x3f, Bpf.Jgt, false, 0);
                And(b1, b0);
                return b0;
            case Tk.Msu: return GenNcmp(OffRel.Packet, offLi, Bpf.B, 0x3f, Bpf.Jgt, false, 2);
            case Tk.Hfisu: return GenNcmp(OffRel.Packet, offLiHsl, Bpf.H, 0xff80, Bpf.Jeq, false, 0);
            case Tk.Hlssu:
                b0 = GenNcmp(OffRel.Packet, offLiHsl, Bpf.H, 0xff80, Bpf.Jgt, true, 0x0100);
                b1 = GenNcmp(OffRel.Packet, offLiHsl, Bpf.H, 0xff80, Bpf.Jgt, false, 0);
                And(b1, b0);
                return b0;
            default: return GenNcmp(OffRel.Packet, offLiHsl, Bpf.H, 0xff80, Bpf.Jgt, false, 0x0100);
        }
    }

    Block GenMtp3Field(Tk field, uint v, int jtype, bool rev)
    {
        bool hsl = field is Tk.Hsio or Tk.Hopc or Tk.Hdpc or Tk.Hsls;
        uint extra = hsl ? 3u : 0u;
        switch (field)
        {
            case Tk.Sio:
            case Tk.Hsio:
                if (offSio == NotSet) throw new FilterException("'sio' supported only on SS7");
                if (v > 255) throw new FilterException($"sio value {v} too big; max value = 255");
                return GenNcmp(OffRel.Packet, offSio + extra, Bpf.B, 0xffffffff, jtype, rev, v);
            case Tk.Opc:
            case Tk.Hopc:
                {
                    if (offOpc == NotSet) throw new FilterException("'opc' supported only on SS7");
                    if (v > 16383) throw new FilterException($"opc value {v} too big; max value = 16383");
                    uint j = ((v & 0x3c00) >> 10) + ((v & 0x3fc) << 6) + ((v & 0x3) << 22);
                    return GenNcmp(OffRel.Packet, offOpc + extra, Bpf.W, 0x00c0ff0f, jtype, rev, j);
                }
            case Tk.Dpc:
            case Tk.Hdpc:
                {
                    if (offDpc == NotSet) throw new FilterException("'dpc' supported only on SS7");
                    if (v > 16383) throw new FilterException($"dpc value {v} too big; max value = 16383");
                    uint j = ((v & 0xff) << 24) + ((v & 0x3f00) << 8);
                    return GenNcmp(OffRel.Packet, offDpc + extra, Bpf.W, 0xff3f0000, jtype, rev, j);
                }
            default:
                if (offSls == NotSet) throw new FilterException("'sls' supported only on SS7");
                if (v > 15) throw new FilterException($"sls value {v} too big; max value = 15");
                return GenNcmp(OffRel.Packet, offSls + extra, Bpf.B, 0xf0, jtype, rev, v << 4);
        }
    }

    public Block GenFieldCode(Tk field, uint v, int code, bool rev)
    {
        if (field == Tk.Vpi) return GenAtmfieldCodeInternal(AVpi, v, code, rev);
        if (field == Tk.Vci) return GenAtmfieldCodeInternal(AVci, v, code, rev);
        return GenMtp3Field(field, v, code, rev);
    }

    // ---- LLC ----

    Block GenLlcInternal()
    {
        switch (linktype)
        {
            case LtEn10mb:
                {
                    var b0 = GenCmpGt(OffRel.LinkType, 0, Bpf.H, EtherMtu);
                    Not(b0);
                    var b1 = GenCmp(OffRel.Llc, 0, Bpf.H, 0xFFFF);
                    Not(b1);
                    And(b0, b1);
                    return b1;
                }
            case LtSunatm: return GenAtmtypeLlc();
            case LtIeee802: case LtFddi: case LtAtmRfc1483: return GenTrue();
            case LtIeee80211: case LtPrism: case LtRadiotap: case LtAvs: case LtPpi: return GenCheck80211DataFrame();
            default: throw new FilterException($"'llc' not supported for {Description(linktype)}");
        }
    }

    public Block GenLlc() => GenLlcInternal();

    static readonly (uint, string)[] LlcSSubtypes = [(0x01, "rr"), (0x05, "rnr"), (0x09, "rej")];
    static readonly (uint, string)[] LlcUSubtypes =
        [(0x03, "ui"), (0x63, "ua"), (0x43, "disc"), (0x0f, "dm"), (0x6f, "sabme"), (0xe3, "test"), (0xaf, "xid"), (0x87, "frmr")];

    public Block GenLlcNamed(string s)
    {
        Block b0, b1;
        if (string.Equals(s, "i", StringComparison.OrdinalIgnoreCase))
        {
            b0 = GenLlcInternal();
            b1 = NewBlock(Jmp(Bpf.Jset), 0x01);
            b1.Stmts = GenLoadA(OffRel.Llc, 2, Bpf.B);
            Not(b1);
            And(b0, b1);
            return b1;
        }
        if (string.Equals(s, "s", StringComparison.OrdinalIgnoreCase) || string.Equals(s, "u", StringComparison.OrdinalIgnoreCase))
        {
            b0 = GenLlcInternal();
            b1 = GenMcmp(OffRel.Llc, 2, Bpf.B, s is "s" or "S" ? 1u : 3u, 0x03);
            And(b0, b1);
            return b1;
        }
        int sub = Str2Tok(s, LlcSSubtypes);
        if (sub != -1)
        {
            b0 = GenLlcInternal();
            b1 = GenMcmp(OffRel.Llc, 2, Bpf.B, (uint)sub, 0x0f);
            And(b0, b1);
            return b1;
        }
        sub = Str2Tok(s, LlcUSubtypes);
        if (sub == -1) throw new FilterException($"unknown LLC type name \"{s}\"");
        b0 = GenLlcInternal();
        b1 = GenMcmp(OffRel.Llc, 2, Bpf.B, (uint)sub, 0xef);
        And(b0, b1);
        return b1;
    }

    // ---- pflog ----

    static readonly (uint, string)[] PfReasons =
    [
        (0, "match"), (1, "bad-offset"), (2, "fragment"), (3, "short"), (4, "normalize"), (5, "memory"),
        (6, "bad-timestamp"), (7, "congestion"), (8, "ip-option"), (9, "proto-cksum"), (10, "state-mismatch"),
        (11, "state-insert"), (12, "state-limit"), (13, "src-limit"), (14, "synproxy"),
    ];

    static readonly (uint, string)[] PfActions =
    [
        (0, "pass"), (0, "accept"), (1, "drop"), (1, "block"), (2, "scrub"), (3, "noscrub"), (4, "nat"), (5, "nonat"),
        (6, "binat"), (7, "nobinat"), (8, "rdr"), (9, "nordr"), (10, "synproxy-drop"),
    ];

    public Block GenPf(Tk kind, string? s, uint n)
    {
        // names are checked while parsing, before the link type is
        if (kind == Tk.PfReason && s != null)
        {
            int v = Str2Tok(s, PfReasons);
            if (v == -1) throw new FilterException($"unknown PF reason \"{s}\"");
            n = (uint)v;
        }
        if (kind == Tk.PfAction)
        {
            int v = Str2Tok(s!, PfActions);
            if (v == -1) throw new FilterException($"unknown PF action \"{s}\"");
            n = (uint)v;
        }
        string what = kind switch
        {
            Tk.PfIfname => "ifname", Tk.PfRset => "ruleset", Tk.PfRnr => "rnr", Tk.PfSrnr => "srnr",
            Tk.PfReason => "reason", _ => "action",
        };
        if (linktype != LtPflog) throw new FilterException($"{what} supported only on PF linktype");
        switch (kind)
        {
            case Tk.PfIfname:
                if (s!.Length >= 16) throw new FilterException("ifname interface names can only be 15 characters");
                return GenBcmp(OffRel.LinkHdr, 4, (uint)s.Length, System.Text.Encoding.ASCII.GetBytes(s));
            case Tk.PfRset:
                if (s!.Length >= 16) throw new FilterException("ruleset names can only be 15 characters");
                return GenBcmp(OffRel.LinkHdr, 20, (uint)s.Length, System.Text.Encoding.ASCII.GetBytes(s));
            case Tk.PfRnr: return GenCmp(OffRel.LinkHdr, 36, Bpf.W, n);
            case Tk.PfSrnr: return GenCmp(OffRel.LinkHdr, 40, Bpf.W, n);
            case Tk.PfReason: return GenCmp(OffRel.LinkHdr, 3, Bpf.B, n);
            default: return GenCmp(OffRel.LinkHdr, 2, Bpf.B, n);
        }
    }
}
