namespace Wirecap.Filter;

// IEEE 802.11: the variable-length radio headers in front of the 802.11 header, the 802.11 header's
// own variable length, addresses by frame direction, and type/subtype/direction tests.
internal sealed partial class FilterCodegen
{
    const uint FcTypeMask = 0x0c, FcSubtypeMask = 0xf0, FcTypeMgt = 0x00, FcTypeCtl = 0x04, FcTypeData = 0x08;
    const uint FcSubtypeCts = 0xc0, FcSubtypeAck = 0xd0, FcDirMask = 0x03, FcDirDstods = 0x03;

    static Slist Jump(int op, uint k) => NewStmt(Jmp(op), k);

    Slist? GenLoadPrismLlprefixlen()
    {
        NoOptimize = true;
        if (offLinkHdr.Reg == -1) return null;
        // AVS header (cookie 0x80211000) carries its length at offset 4, Prism headers are 144 bytes
        var s1 = NewStmt(Bpf.Ld | Bpf.W | Bpf.Abs, 0);
        SAppend(s1, NewStmt(Bpf.Alu | Bpf.And | Bpf.K, 0xFFFFF000));
        var sjeqAvs = Jump(Bpf.Jeq, 0x80211000);
        SAppend(s1, sjeqAvs);
        var s2 = NewStmt(Bpf.Ld | Bpf.W | Bpf.Abs, 4);
        SAppend(s1, s2);
        sjeqAvs.S.Jt = s2;
        var sjcommon = NewStmt(Jmp(Bpf.Ja), 1);
        SAppend(s1, sjcommon);
        s2 = NewStmt(Bpf.Ld | Bpf.W | Bpf.Imm, 144);
        SAppend(s1, s2);
        sjeqAvs.S.Jf = s2;
        s2 = NewStmt(Bpf.St, (uint)offLinkHdr.Reg);
        SAppend(s1, s2);
        sjcommon.S.Jf = s2;
        SAppend(s1, NewStmt(Bpf.Misc | Bpf.Tax));
        return s1;
    }

    Slist? GenLoadAvsLlprefixlen()
    {
        if (offLinkHdr.Reg == -1) return null;
        var s1 = NewStmt(Bpf.Ld | Bpf.W | Bpf.Abs, 4);
        SAppend(s1, NewStmt(Bpf.St, (uint)offLinkHdr.Reg));
        SAppend(s1, NewStmt(Bpf.Misc | Bpf.Tax));
        return s1;
    }

    // radiotap and PPI: little-endian 16-bit header length at offset 2
    Slist? GenLoadLe16Llprefixlen()
    {
        if (offLinkHdr.Reg == -1) return null;
        var s1 = NewStmt(Bpf.Ld | Bpf.B | Bpf.Abs, 3);
        SAppend(s1, NewStmt(Bpf.Alu | Bpf.Lsh | Bpf.K, 8));
        SAppend(s1, NewStmt(Bpf.Misc | Bpf.Tax));
        SAppend(s1, NewStmt(Bpf.Ld | Bpf.B | Bpf.Abs, 2));
        SAppend(s1, NewStmt(Bpf.Alu | Bpf.Or | Bpf.X));
        SAppend(s1, NewStmt(Bpf.St, (uint)offLinkHdr.Reg));
        SAppend(s1, NewStmt(Bpf.Misc | Bpf.Tax));
        return s1;
    }

    Slist? Gen80211Prologue(Slist? snext)
    {
        Slist? s = outermostlinktype switch
        {
            LtPrism => GenLoadPrismLlprefixlen(),
            LtAvs => GenLoadAvsLlprefixlen(),
            LtRadiotap or LtPpi => GenLoadLe16Llprefixlen(),
            _ => null,
        };
        return GenLoad80211HeaderLen(s, snext);
    }

    Slist? GenLoad80211HeaderLen(Slist? s, Slist? snext)
    {
        if (offLinkPl.Reg == -1) return s;
        NoOptimize = true;
        s ??= NewStmt(Bpf.Ldx | Bpf.Imm, offOutermostLinkHdr.ConstantPart);
        uint reg = (uint)offLinkPl.Reg;
        SAppend(s, NewStmt(Bpf.Misc | Bpf.Txa));
        SAppend(s, NewStmt(Bpf.Alu | Bpf.Add | Bpf.K, 24));
        SAppend(s, NewStmt(Bpf.St, reg));
        SAppend(s, NewStmt(Bpf.Ld | Bpf.Ind | Bpf.B, 0));
        // data frames only: a QoS data frame has 2 more header bytes
        var sjsetData1 = Jump(Bpf.Jset, 0x08);
        SAppend(s, sjsetData1);
        var sjsetData2 = Jump(Bpf.Jset, 0x04);
        sjsetData1.S.Jt = sjsetData2;
        SAppend(s, sjsetData2);
        sjsetData1.S.Jf = snext;
        sjsetData2.S.Jt = snext;
        var sjsetQos = Jump(Bpf.Jset, 0x80);
        sjsetData2.S.Jf = sjsetQos;
        SAppend(s, sjsetQos);
        var s2 = NewStmt(Bpf.Ld | Bpf.Mem, reg);
        sjsetQos.S.Jt = s2;
        SAppend(s, s2);
        SAppend(s, NewStmt(Bpf.Alu | Bpf.Add | Bpf.Imm, 2));
        SAppend(s, NewStmt(Bpf.St, reg));
        if (linktype == LtRadiotap)
        {
            // radiotap flags field says whether the 802.11 header is padded to 32 bits
            s2 = NewStmt(Bpf.Ld | Bpf.Abs | Bpf.W, 4);
            sjsetQos.S.Jf = s2;
            SAppend(s, s2);
            var sjFlags = Jump(Bpf.Jset, 0x02000000);
            SAppend(s, sjFlags);
            sjFlags.S.Jf = snext;
            var sjExt = Jump(Bpf.Jset, 0x00000080);
            SAppend(s, sjExt);
            sjFlags.S.Jt = sjExt;
            sjExt.S.Jt = snext;
            var sjTsft = Jump(Bpf.Jset, 0x01000000);
            SAppend(s, sjTsft);
            sjExt.S.Jf = sjTsft;
            s2 = NewStmt(Bpf.Ld | Bpf.Abs | Bpf.B, 16);
            SAppend(s, s2);
            sjTsft.S.Jt = s2;
            var sjTsftPad = Jump(Bpf.Jset, 0x20);
            SAppend(s, sjTsftPad);
            s2 = NewStmt(Bpf.Ld | Bpf.Abs | Bpf.B, 8);
            SAppend(s, s2);
            sjTsft.S.Jf = s2;
            var sjNoTsftPad = Jump(Bpf.Jset, 0x20);
            SAppend(s, sjNoTsftPad);
            var roundup = NewStmt(Bpf.Ld | Bpf.Mem, reg);
            SAppend(s, roundup);
            SAppend(s, NewStmt(Bpf.Alu | Bpf.Add | Bpf.Imm, 3));
            SAppend(s, NewStmt(Bpf.Alu | Bpf.And | Bpf.Imm, ~3u));
            SAppend(s, NewStmt(Bpf.St, reg));
            sjTsftPad.S.Jt = roundup;
            sjTsftPad.S.Jf = snext;
            sjNoTsftPad.S.Jt = roundup;
            sjNoTsftPad.S.Jf = snext;
        }
        else sjsetQos.S.Jf = snext;
        return s;
    }

    Block GenCheck80211DataFrame()
    {
        var b0 = JsetLinkHdr(0, 0x08);
        var b1 = JsetLinkHdr(0, 0x04);
        Not(b1);
        And(b1, b0);
        return b0;
    }

    Block GenWlanhostop(byte[] e, int dir)
    {
        Block b0, b1, b2;
        switch (dir)
        {
            case QSrc:
            case QDst:
                {
                    bool src = dir == QSrc;
                    if (src)
                    {
                        // from DS: address 3 (or 4 when also to DS), else address 2
                        b1 = JsetLinkHdr(1, 0x01);
                        b0 = GenBcmp(OffRel.LinkHdr, 24, 6, e);
                        And(b1, b0);
                        b2 = JsetLinkHdr(1, 0x01);
                        Not(b2);
                        b1 = GenBcmp(OffRel.LinkHdr, 16, 6, e);
                        And(b2, b1);
                        Or(b1, b0);
                        b1 = JsetLinkHdr(1, 0x02);
                        And(b1, b0);
                        b2 = JsetLinkHdr(1, 0x02);
                        Not(b2);
                        b1 = GenBcmp(OffRel.LinkHdr, 10, 6, e);
                        And(b2, b1);
                        Or(b1, b0);
                        b1 = JsetLinkHdr(0, 0x08);
                        And(b1, b0);
                        b2 = JsetLinkHdr(0, 0x08);
                        Not(b2);
                        b1 = GenBcmp(OffRel.LinkHdr, 10, 6, e);
                        And(b2, b1);
                        Or(b1, b0);
                    }
                    else
                    {
                        b1 = JsetLinkHdr(1, 0x01);
                        b0 = GenBcmp(OffRel.LinkHdr, 16, 6, e);
                        And(b1, b0);
                        b2 = JsetLinkHdr(1, 0x01);
                        Not(b2);
                        b1 = GenBcmp(OffRel.LinkHdr, 4, 6, e);
                        And(b2, b1);
                        Or(b1, b0);
                        b1 = JsetLinkHdr(0, 0x08);
                        And(b1, b0);
                        b2 = JsetLinkHdr(0, 0x08);
                        Not(b2);
                        b1 = GenBcmp(OffRel.LinkHdr, 4, 6, e);
                        And(b2, b1);
                        Or(b1, b0);
                    }
                    b1 = JsetLinkHdr(0, 0x04);
                    Not(b1);
                    And(b1, b0);
                    return b0;
                }
            case QAnd:
            case QDefault:
            case QOr:
                return BothDirections(dir, d => GenWlanhostop(e, d));
            case QAddr1:
                return GenBcmp(OffRel.LinkHdr, 4, 6, e);
            case QAddr2:
            case QTa:
                b0 = GenMcmp(OffRel.LinkHdr, 0, Bpf.B, FcTypeCtl, FcTypeMask);
                Not(b0);
                b1 = GenMcmp(OffRel.LinkHdr, 0, Bpf.B, FcSubtypeCts, FcSubtypeMask);
                Not(b1);
                b2 = GenMcmp(OffRel.LinkHdr, 0, Bpf.B, FcSubtypeAck, FcSubtypeMask);
                Not(b2);
                And(b1, b2);
                Or(b0, b2);
                if (dir == QTa)
                {
                    b1 = JsetLinkHdr(0, 0x08);
                    And(b1, b2);
                }
                b1 = GenBcmp(OffRel.LinkHdr, 10, 6, e);
                And(b2, b1);
                return b1;
            case QAddr3:
                b0 = GenMcmp(OffRel.LinkHdr, 0, Bpf.B, FcTypeCtl, FcTypeMask);
                Not(b0);
                b1 = GenBcmp(OffRel.LinkHdr, 16, 6, e);
                And(b0, b1);
                return b1;
            case QAddr4:
                b0 = GenMcmp(OffRel.LinkHdr, 1, Bpf.B, FcDirDstods, FcDirMask);
                b1 = GenBcmp(OffRel.LinkHdr, 24, 6, e);
                And(b0, b1);
                return b1;
            case QRa:
                b1 = JsetLinkHdr(0, 0x08);
                b0 = GenBcmp(OffRel.LinkHdr, 4, 6, e);
                And(b1, b0);
                return b0;
        }
        throw new FilterException("syntax error in filter expression");
    }

    static readonly (uint, string)[] WlanTypes = [(FcTypeData, "data"), (FcTypeMgt, "mgt"), (FcTypeMgt, "management"), (FcTypeCtl, "ctl"), (FcTypeCtl, "control")];

    static readonly (uint, string)[] MgtSubtypes =
    [
        (0x00, "assocreq"), (0x00, "assoc-req"), (0x10, "assocresp"), (0x10, "assoc-resp"), (0x20, "reassocreq"),
        (0x20, "reassoc-req"), (0x30, "reassocresp"), (0x30, "reassoc-resp"), (0x40, "probereq"), (0x40, "probe-req"),
        (0x50, "proberesp"), (0x50, "probe-resp"), (0x80, "beacon"), (0x90, "atim"), (0xa0, "disassoc"),
        (0xa0, "disassociation"), (0xb0, "auth"), (0xb0, "authentication"), (0xc0, "deauth"), (0xc0, "deauthentication"),
    ];

    static readonly (uint, string)[] CtlSubtypes =
        [(0xa0, "ps-poll"), (0xb0, "rts"), (0xc0, "cts"), (0xd0, "ack"), (0xe0, "cf-end"), (0xf0, "cf-end-ack")];

    static readonly (uint, string)[] DataSubtypes =
    [
        (0x00, "data"), (0x10, "data-cf-ack"), (0x20, "data-cf-poll"), (0x30, "data-cf-ack-poll"), (0x40, "null"),
        (0x50, "cf-ack"), (0x60, "cf-poll"), (0x70, "cf-ack-poll"), (0x80, "qos-data"), (0x90, "qos-data-cf-ack"),
        (0xa0, "qos-data-cf-poll"), (0xb0, "qos-data-cf-ack-poll"), (0xc0, "qos"), (0xe0, "qos-cf-poll"),
        (0xf0, "qos-cf-ack-poll"),
    ];

    static readonly (uint Type, (uint, string)[] Tok)[] TypeSubtypes = [(FcTypeMgt, MgtSubtypes), (FcTypeCtl, CtlSubtypes), (FcTypeData, DataSubtypes)];

    static int Str2Tok(string s, (uint, string)[] table)
    {
        foreach (var (v, n) in table) if (string.Equals(n, s, StringComparison.OrdinalIgnoreCase)) return (int)v;
        return -1;
    }

    static uint WlanTypeValue(uint num, string? name)
    {
        if (name == null)
        {
            if ((num & ~FcTypeMask) != 0) throw new FilterException($"invalid 802.11 type value 0x{num:x2}");
            return num;
        }
        int v = Str2Tok(name, WlanTypes);
        if (v == -1) throw new FilterException($"unknown 802.11 type name \"{name}\"");
        return (uint)v;
    }

    Block GenP80211Type(uint type, uint mask)
    {
        switch (linktype)
        {
            case LtIeee80211: case LtPrism: case LtAvs: case LtRadiotap:
                return GenMcmp(OffRel.LinkHdr, 0, Bpf.B, type, mask);
            default:
                throw new FilterException("802.11 link-layer types supported only on 802.11");
        }
    }

    public Block Gen80211Type(uint t, string? name) => GenP80211Type(WlanTypeValue(t, name), FcTypeMask);

    public Block Gen80211TypeSubtype(uint t, string? tn, uint st, string? sn)
    {
        uint type = WlanTypeValue(t, tn);
        uint sub;
        if (sn == null)
        {
            if ((st & ~FcSubtypeMask) != 0) throw new FilterException($"invalid 802.11 subtype value 0x{st:x2}");
            sub = st;
        }
        else
        {
            (uint, string)[]? table = null;
            foreach (var (ty, tok) in TypeSubtypes) if (ty == type) { table = tok; break; }
            if (table == null) throw new FilterException("unknown 802.11 type");
            int v = Str2Tok(sn, table);
            if (v == -1) throw new FilterException($"unknown 802.11 subtype name \"{sn}\"");
            sub = (uint)v;
        }
        return GenP80211Type(type | sub, FcTypeMask | FcSubtypeMask);
    }

    public Block Gen80211SubtypeOnly(string s)
    {
        foreach (var (ty, tok) in TypeSubtypes)
        {
            int v = Str2Tok(s, tok);
            if (v != -1) return GenP80211Type((uint)v | ty, FcTypeMask | FcSubtypeMask);
        }
        throw new FilterException("unknown 802.11 type name");
    }

    public Block Gen80211Dir(uint v, string? s)
    {
        if (s != null)
        {
            v = s.ToLowerInvariant() switch
            {
                "nods" => 0,
                "tods" => 1,
                "fromds" => 2,
                "dstods" => 3,
                _ => throw new FilterException("unknown 802.11 direction"),
            };
        }
        switch (linktype)
        {
            case LtIeee80211: case LtPrism: case LtAvs: case LtRadiotap:
                return GenMcmp(OffRel.LinkHdr, 1, Bpf.B, v, FcDirMask);
            default:
                throw new FilterException("frame direction supported only with 802.11 headers");
        }
    }
}
