namespace Wirecap.Filter;

/// <summary>libpcap's struct qual: address type, protocol and direction qualifiers.</summary>
internal readonly record struct Qual(int Addr, int Proto, int Dir)
{
    public const int Undef = 255;
    public static readonly Qual Err = new(Undef, Undef, Undef);
}

internal sealed class Arth
{
    public Slist S = null!;
    public int Regno;
    public Block? B;
}

/// <summary>
/// Parser for libpcap's grammar (grammar.y). It builds a tree of deferred generator calls that run
/// afterwards in the order yacc would reduce them, so code generation sees the same call sequence.
/// Qualifiers are inherited left to right exactly as the grammar's $&lt;blk&gt;0 references do.
/// </summary>
internal sealed class FilterGrammar
{
    public delegate Block Gen(FilterCodegen cg);
    public delegate Arth AGen(FilterCodegen cg);

    readonly List<Token> toks;
    int pos;

    FilterGrammar(List<Token> toks) { this.toks = toks; }

    /// <summary>Parses a whole program; null result with ok=true means an empty expression.</summary>
    /// <paramref name="reached"/> is the furthest token the parser looked at, where yacc would have failed.
    public static bool Parse(List<Token> toks, out Gen? prog, out int reached)
    {
        var p = new FilterGrammar(toks);
        prog = null;
        reached = 0;
        if (p.Peek.Kind == Tk.End) return true;
        var e = p.Expr(Qual.Err);
        bool ok = e != null && p.Peek.Kind == Tk.End;
        reached = p.maxPeek;
        if (!ok) return false;
        prog = e!.Value.G;
        return true;
    }

    int maxPeek;

    Token Peek
    {
        get
        {
            if (pos > maxPeek) maxPeek = pos;
            return toks[pos];
        }
    }

    Token PeekAt(int n)
    {
        int i = Math.Min(pos + n, toks.Count - 1);
        if (i > maxPeek) maxPeek = i;
        return toks[i];
    }
    bool IsChar(char c) => Peek.Kind == Tk.Char && Peek.Ch == c;
    bool AcceptChar(char c) { if (IsChar(c)) { pos++; return true; } return false; }
    bool Accept(Tk k) { if (Peek.Kind == k) { pos++; return true; } return false; }

    // expr: term | expr and term | expr and id | expr or term | expr or id
    (Gen G, Qual Q)? Expr(Qual ctx)
    {
        var first = Term(ctx);
        if (first == null) return null;
        var (g, q) = first.Value;
        while (Peek.Kind is Tk.And or Tk.Or)
        {
            int save = pos;
            bool isOr = Peek.Kind == Tk.Or;
            pos++;
            var rhs = Term(q) ?? Id(q);
            if (rhs == null) { pos = save; break; }
            var l = g;
            var r = rhs.Value.G;
            g = isOr ? cg => { var a = l(cg); var b = r(cg); FilterCodegen.Or(a, b); return b; }
                     : cg => { var a = l(cg); var b = r(cg); FilterCodegen.And(a, b); return b; };
            q = rhs.Value.Q;
        }
        return (g, q);
    }

    // term: rterm | not term
    (Gen G, Qual Q)? Term(Qual ctx)
    {
        int save = pos;
        if (Accept(Tk.Not))
        {
            var t = Term(ctx);
            if (t != null)
            {
                var x = t.Value.G;
                return (cg => { var b = x(cg); FilterCodegen.Not(b); return b; }, t.Value.Q);
            }
            pos = save;
            return null;
        }
        return RTerm(ctx);
    }

    static int PName(Tk k) => k switch
    {
        Tk.Link => 1, Tk.Ip => 2, Tk.Arp => 3, Tk.Rarp => 4, Tk.Sctp => 5, Tk.Tcp => 6, Tk.Udp => 7, Tk.Icmp => 8,
        Tk.Igmp => 9, Tk.Igrp => 10, Tk.Atalk => 11, Tk.Decnet => 12, Tk.Lat => 13, Tk.Sca => 14, Tk.Moprc => 15,
        Tk.Mopdl => 16, Tk.Ipv6 => 17, Tk.Icmpv6 => 18, Tk.Ah => 19, Tk.Esp => 20, Tk.Pim => 21, Tk.Vrrp => 22,
        Tk.Aarp => 23, Tk.Iso => 24, Tk.Esis => 25, Tk.Isis => 26, Tk.Clnp => 27, Tk.Stp => 28, Tk.Ipx => 29,
        Tk.Netbeui => 30, Tk.L1 => 31, Tk.L2 => 32, Tk.Iih => 33, Tk.Snp => 34, Tk.Csnp => 35, Tk.Psnp => 36,
        Tk.Lsp => 37, Tk.Radio => 38, Tk.Carp => 39, _ => -1,
    };

    (Gen G, Qual Q)? RTerm(Qual ctx)
    {
        int save = pos;
        // head id
        var head = Head();
        if (head != null)
        {
            var id = Id(head.Value);
            if (id != null) return id;
        }
        pos = save;
        // paren expr ')'
        if (AcceptChar('('))
        {
            var e = Expr(ctx);
            if (e != null && AcceptChar(')')) return (e.Value.G, ctx);
            pos = save;
        }
        // arth relop arth | arth irelop arth
        var a0 = Arith();
        if (a0 != null)
        {
            int code = -1;
            bool rev = false;
            if (IsChar('>')) { code = Bpf.Jgt; }
            else if (Peek.Kind == Tk.Geq) { code = Bpf.Jge; }
            else if (IsChar('=')) { code = Bpf.Jeq; }
            else if (Peek.Kind == Tk.Leq) { code = Bpf.Jgt; rev = true; }
            else if (IsChar('<')) { code = Bpf.Jge; rev = true; }
            else if (Peek.Kind == Tk.Neq) { code = Bpf.Jeq; rev = true; }
            if (code >= 0)
            {
                pos++;
                var a1 = Arith();
                if (a1 != null)
                {
                    var x0 = a0; var x1 = a1; int c = code; bool r = rev;
                    return (cg => { var l = x0(cg); var rr = x1(cg); return cg.GenRelation(c, l, rr, r); }, Qual.Err);
                }
            }
        }
        pos = save;
        var other = Other();
        if (other != null) return (other, Qual.Err);
        pos = save;
        int pn = PName(Peek.Kind);
        if (pn >= 0)
        {
            pos++;
            return (cg => cg.GenProtoAbbrev(pn), Qual.Err);
        }
        return null;
    }

    // head: pqual dqual aqual | pqual dqual | pqual aqual | pqual PROTO | pqual PROTOCHAIN | pqual ndaqual
    Qual? Head()
    {
        int save = pos;
        int proto = 0;
        int pn = PName(Peek.Kind);
        if (pn >= 0) { proto = pn; pos++; }
        int dir = DQual();
        int addr = 0;
        if (dir >= 0)
        {
            addr = AQual();
            if (addr < 0) addr = 0;
            return new Qual(addr, proto, dir);
        }
        addr = AQual();
        if (addr >= 0) return new Qual(addr, proto, 0);
        if (Accept(Tk.Proto)) return new Qual(5, proto, 0);
        if (Accept(Tk.Protochain)) return new Qual(6, proto, 0);
        if (Accept(Tk.Gateway)) return new Qual(4, proto, 0);
        pos = save;
        return null;
    }

    int DQual()
    {
        switch (Peek.Kind)
        {
            case Tk.Src:
            case Tk.Dst:
                {
                    bool src = Peek.Kind == Tk.Src;
                    var n1 = PeekAt(1).Kind;
                    var n2 = PeekAt(2).Kind;
                    if ((n1 == Tk.Or || n1 == Tk.And) && n2 == (src ? Tk.Dst : Tk.Src))
                    {
                        pos += 3;
                        return n1 == Tk.Or ? 3 : 4;
                    }
                    pos++;
                    return src ? 1 : 2;
                }
            case Tk.Addr1: pos++; return 5;
            case Tk.Addr2: pos++; return 6;
            case Tk.Addr3: pos++; return 7;
            case Tk.Addr4: pos++; return 8;
            case Tk.Ra: pos++; return 9;
            case Tk.Ta: pos++; return 10;
        }
        return -1;
    }

    int AQual()
    {
        switch (Peek.Kind)
        {
            case Tk.Host: pos++; return 1;
            case Tk.Net: pos++; return 2;
            case Tk.Port: pos++; return 3;
            case Tk.Portrange: pos++; return 7;
        }
        return -1;
    }

    // pnum: NUM | paren pnum ')'
    uint? PNum()
    {
        int save = pos;
        if (Peek.Kind == Tk.Num) { var v = Peek.Num; pos++; return v; }
        if (AcceptChar('('))
        {
            var v = PNum();
            if (v != null && AcceptChar(')')) return v;
        }
        pos = save;
        return null;
    }

    // id: nid | pnum | paren pid ')'
    (Gen G, Qual Q)? Id(Qual ctx)
    {
        int save = pos;
        var n = NId(ctx);
        if (n != null) return n;
        var num = PNum();
        if (num != null)
        {
            uint v = num.Value;
            // a pnum followed by a relational operator or arithmetic belongs to a term, not an id
            return (cg => cg.GenNcode(null, v, ctx), ctx);
        }
        pos = save;
        if (AcceptChar('('))
        {
            var p = Pid(ctx);
            if (p != null && AcceptChar(')')) return p;
        }
        pos = save;
        return null;
    }

    // pid: nid | qid and id | qid or id;  qid: pnum | pid
    (Gen G, Qual Q)? Pid(Qual ctx)
    {
        int save = pos;
        (Gen G, Qual Q)? cur = NId(ctx);
        if (cur == null)
        {
            var num = PNum();
            if (num == null) { pos = save; return null; }
            uint v = num.Value;
            // a bare pnum is a qid only; it must be followed by and/or
            if (Peek.Kind is not (Tk.And or Tk.Or)) { pos = save; return null; }
            cur = (cg => cg.GenNcode(null, v, ctx), ctx);
        }
        var (g, q) = cur.Value;
        while (Peek.Kind is Tk.And or Tk.Or)
        {
            int s2 = pos;
            bool isOr = Peek.Kind == Tk.Or;
            pos++;
            var rhs = Id(q);
            if (rhs == null) { pos = s2; break; }
            var l = g; var r = rhs.Value.G;
            g = isOr ? cg => { var a = l(cg); var b = r(cg); FilterCodegen.Or(a, b); return b; }
                     : cg => { var a = l(cg); var b = r(cg); FilterCodegen.And(a, b); return b; };
            q = rhs.Value.Q;
        }
        return (g, q);
    }

    (Gen G, Qual Q)? NId(Qual q)
    {
        int save = pos;
        var t = Peek;
        switch (t.Kind)
        {
            case Tk.Id:
                pos++;
                return (cg => cg.GenScode(t.Text, q), q);
            case Tk.Hid:
                pos++;
                if (AcceptChar('/'))
                {
                    if (Peek.Kind == Tk.Num)
                    {
                        uint len = Peek.Num; pos++;
                        return (cg => cg.GenMcode(t.Text, null, len, q), q);
                    }
                    pos = save; return null;
                }
                if (Accept(Tk.Netmask))
                {
                    if (Peek.Kind == Tk.Hid)
                    {
                        string m = Peek.Text; pos++;
                        return (cg => cg.GenMcode(t.Text, m, 0, q), q);
                    }
                    pos = save; return null;
                }
                return (cg =>
                {
                    if (q.Addr == 3) throw new FilterException("'port' modifier applied to ip host");
                    if (q.Addr == 7) throw new FilterException("'portrange' modifier applied to ip host");
                    if (q.Addr == 5) throw new FilterException("'proto' modifier applied to ip host");
                    if (q.Addr == 6) throw new FilterException("'protochain' modifier applied to ip host");
                    return cg.GenNcode(t.Text, 0, q);
                }, q);
            case Tk.Hid6:
                pos++;
                if (AcceptChar('/'))
                {
                    if (Peek.Kind == Tk.Num)
                    {
                        uint len = Peek.Num; pos++;
                        return (cg => cg.GenMcode6(t.Text, len, q), q);
                    }
                    pos = save; return null;
                }
                return (cg => cg.GenMcode6(t.Text, 128, q), q);
            case Tk.Eid:
                pos++;
                return (cg => cg.GenEcode(t.Text, q), q);
            case Tk.Aid:
                pos++;
                return (cg => cg.GenAcode(t.Text, q), q);
            case Tk.Not:
                {
                    pos++;
                    var id = Id(q);
                    if (id == null) { pos = save; return null; }
                    var x = id.Value.G;
                    return (cg => { var b = x(cg); FilterCodegen.Not(b); return b; }, id.Value.Q);
                }
        }
        return null;
    }

    // other: broadcast, multicast, less, greater, byte, vlan, mpls, pppoe, geneve, llc, pf, 802.11 ...
    Gen? Other()
    {
        int save = pos;
        int pq = 0;
        int pn = PName(Peek.Kind);
        if (pn >= 0) { pq = pn; pos++; }
        if (Accept(Tk.Broadcast)) return cg => cg.GenBroadcast(pq);
        if (Accept(Tk.Multicast)) return cg => cg.GenMulticast(pq);
        if (Peek.Kind == Tk.Type || Peek.Kind == Tk.Subtype || Peek.Kind == Tk.Dir)
        {
            var g = P80211();
            if (g != null) return g;
        }
        pos = save;
        if (pn >= 0) return null;
        switch (Peek.Kind)
        {
            case Tk.Less:
            case Tk.Greater:
                {
                    bool less = Peek.Kind == Tk.Less;
                    pos++;
                    if (Peek.Kind != Tk.Num) { pos = save; return null; }
                    uint n = Peek.Num; pos++;
                    return less ? cg => cg.GenLess(n) : cg => cg.GenGreater(n);
                }
            case Tk.Byte:
                {
                    pos++;
                    if (Peek.Kind != Tk.Num) { pos = save; return null; }
                    uint idx = Peek.Num; pos++;
                    char op;
                    if (Peek.Kind == Tk.Char && "&|<>=".IndexOf(Peek.Ch) >= 0) { op = Peek.Ch; pos++; }
                    else { pos = save; return null; }
                    if (Peek.Kind != Tk.Num) { pos = save; return null; }
                    uint val = Peek.Num; pos++;
                    return cg => cg.GenByteOp(op, idx, val);
                }
            case Tk.Inbound: pos++; return cg => cg.GenInbound(false);
            case Tk.Outbound: pos++; return cg => cg.GenInbound(true);
            case Tk.Ifindex:
                {
                    pos++;
                    if (Peek.Kind != Tk.Num) { pos = save; return null; }
                    uint n = Peek.Num; pos++;
                    return cg => cg.GenIfindex(n);
                }
            case Tk.Vlan:
            case Tk.Mpls:
            case Tk.Pppoes:
            case Tk.Geneve:
                {
                    var k = Peek.Kind;
                    pos++;
                    var num = PNum();
                    uint v = num ?? 0;
                    bool has = num != null;
                    return k switch
                    {
                        Tk.Vlan => cg => cg.GenVlan(v, has),
                        Tk.Mpls => cg => cg.GenMpls(v, has),
                        Tk.Pppoes => cg => cg.GenPppoes(v, has),
                        _ => cg => cg.GenGeneve(v, has),
                    };
                }
            case Tk.Pppoed: pos++; return cg => cg.GenPppoed();
            case Tk.Llc:
                {
                    pos++;
                    if (Peek.Kind == Tk.Id) { string s = Peek.Text; pos++; return cg => cg.GenLlcNamed(s); }
                    if (Peek.Kind == Tk.PfRnr) { pos++; return cg => cg.GenLlcNamed("rnr"); }
                    return cg => cg.GenLlc();
                }
            case Tk.PfIfname:
            case Tk.PfRset:
                {
                    var k = Peek.Kind;
                    pos++;
                    if (Peek.Kind != Tk.Id) { pos = save; return null; }
                    string s = Peek.Text; pos++;
                    return cg => cg.GenPf(k, s, 0);
                }
            case Tk.PfRnr:
            case Tk.PfSrnr:
                {
                    var k = Peek.Kind;
                    pos++;
                    if (Peek.Kind != Tk.Num) { pos = save; return null; }
                    uint n = Peek.Num; pos++;
                    return cg => cg.GenPf(k, null, n);
                }
            case Tk.PfReason:
                {
                    pos++;
                    if (Peek.Kind == Tk.Num) { uint n = Peek.Num; pos++; return cg => cg.GenPf(Tk.PfReason, null, n); }
                    if (Peek.Kind == Tk.Id) { string s = Peek.Text; pos++; return cg => cg.GenPf(Tk.PfReason, s, 0); }
                    pos = save; return null;
                }
            case Tk.PfAction:
                {
                    pos++;
                    if (Peek.Kind == Tk.Id) { string s = Peek.Text; pos++; return cg => cg.GenPf(Tk.PfAction, s, 0); }
                    pos = save; return null;
                }
            case Tk.Lane: case Tk.Metac: case Tk.Bcc: case Tk.Oamf4ec: case Tk.Oamf4sc: case Tk.Sc: case Tk.Ilmic:
            case Tk.Oam: case Tk.Oamf4: case Tk.Connectmsg: case Tk.Metaconnect:
                {
                    var k = Peek.Kind; pos++;
                    return cg => cg.GenAtmAbbrev(k);
                }
            case Tk.Vpi:
            case Tk.Vci:
                {
                    var k = Peek.Kind; pos++;
                    return FieldValue(k, save);
                }
            case Tk.Fisu: case Tk.Lssu: case Tk.Msu: case Tk.Hfisu: case Tk.Hlssu: case Tk.Hmsu:
                {
                    var k = Peek.Kind; pos++;
                    return cg => cg.GenMtp2Abbrev(k);
                }
            case Tk.Sio: case Tk.Opc: case Tk.Dpc: case Tk.Sls: case Tk.Hsio: case Tk.Hopc: case Tk.Hdpc: case Tk.Hsls:
                {
                    var k = Peek.Kind; pos++;
                    return FieldValue(k, save);
                }
        }
        pos = save;
        return null;
    }

    // atmvalue / mtp3value: NUM | relop NUM | irelop NUM | paren list ')'
    Gen? FieldValue(Tk field, int save)
    {
        if (Peek.Kind == Tk.Num) { uint v = Peek.Num; pos++; return cg => cg.GenFieldCode(field, v, Bpf.Jeq, false); }
        int code = -1; bool rev = false;
        if (IsChar('>')) code = Bpf.Jgt;
        else if (Peek.Kind == Tk.Geq) code = Bpf.Jge;
        else if (IsChar('=')) code = Bpf.Jeq;
        else if (Peek.Kind == Tk.Leq) { code = Bpf.Jgt; rev = true; }
        else if (IsChar('<')) { code = Bpf.Jge; rev = true; }
        else if (Peek.Kind == Tk.Neq) { code = Bpf.Jeq; rev = true; }
        if (code >= 0)
        {
            pos++;
            if (Peek.Kind != Tk.Num) { pos = save; return null; }
            uint v = Peek.Num; pos++;
            return cg => cg.GenFieldCode(field, v, code, rev);
        }
        if (AcceptChar('('))
        {
            if (Peek.Kind != Tk.Num) { pos = save; return null; }
            uint v0 = Peek.Num; pos++;
            Gen g = cg => cg.GenFieldCode(field, v0, Bpf.Jeq, false);
            while (Accept(Tk.Or))
            {
                if (Peek.Kind != Tk.Num) { pos = save; return null; }
                uint v = Peek.Num; pos++;
                var l = g;
                g = cg => { var a = l(cg); var b = cg.GenFieldCode(field, v, Bpf.Jeq, false); FilterCodegen.Or(a, b); return b; };
            }
            if (!AcceptChar(')')) { pos = save; return null; }
            return g;
        }
        pos = save;
        return null;
    }

    Gen? P80211()
    {
        int save = pos;
        if (Accept(Tk.Type))
        {
            var t = TypeVal();
            if (t == null) { pos = save; return null; }
            if (Accept(Tk.Subtype))
            {
                var st = SubtypeVal(t.Value.Num, t.Value.Name);
                if (st == null) { pos = save; return null; }
                var tv = t.Value; var sv = st.Value;
                return cg => cg.Gen80211TypeSubtype(tv.Num, tv.Name, sv.Num, sv.Name);
            }
            var tv2 = t.Value;
            return cg => cg.Gen80211Type(tv2.Num, tv2.Name);
        }
        if (Accept(Tk.Subtype))
        {
            if (Peek.Kind != Tk.Id) { pos = save; return null; }
            string s = Peek.Text; pos++;
            return cg => cg.Gen80211SubtypeOnly(s);
        }
        if (Accept(Tk.Dir))
        {
            if (Peek.Kind == Tk.Num) { uint v = Peek.Num; pos++; return cg => cg.Gen80211Dir(v, null); }
            if (Peek.Kind == Tk.Id) { string s = Peek.Text; pos++; return cg => cg.Gen80211Dir(0, s); }
        }
        pos = save;
        return null;
    }

    (uint Num, string? Name)? TypeVal()
    {
        if (Peek.Kind == Tk.Num) { uint v = Peek.Num; pos++; return (v, null); }
        if (Peek.Kind == Tk.Id) { string s = Peek.Text; pos++; return (0, s); }
        return null;
    }

    (uint Num, string? Name)? SubtypeVal(uint t, string? tn) => TypeVal();

    // arth with yacc's precedences: | < & < << >> < + - < * / % < unary minus
    AGen? Arith() => ArBin(0);

    static int Prec(Token t) => t.Kind switch
    {
        Tk.Char when t.Ch == '|' => 1,
        Tk.Char when t.Ch == '&' => 2,
        Tk.Lsh or Tk.Rsh => 3,
        Tk.Char when t.Ch is '+' or '-' => 4,
        Tk.Char when t.Ch is '*' or '/' or '%' => 5,
        _ => -1,
    };

    static int OpCode(Token t) => t.Kind switch
    {
        Tk.Lsh => Bpf.Lsh,
        Tk.Rsh => Bpf.Rsh,
        _ => t.Ch switch
        {
            '|' => Bpf.Or, '&' => Bpf.And, '+' => Bpf.Add, '-' => Bpf.Sub, '*' => Bpf.Mul, '/' => Bpf.Div,
            '%' => Bpf.Mod, _ => Bpf.Xor,
        },
    };

    AGen? ArBin(int minPrec)
    {
        var lhs = ArUnary();
        if (lhs == null) return null;
        for (; ; )
        {
            var t = Peek;
            int p = Prec(t);
            if (t.Kind == Tk.Char && t.Ch == '^') p = 1; // '^' has no declared precedence; treat as '|'
            if (p < 0 || p <= minPrec - 1 || p < minPrec) break;
            int save = pos;
            pos++;
            var rhs = ArBin(p + 1);
            if (rhs == null) { pos = save; break; }
            var l = lhs; var r = rhs; int code = OpCode(t);
            lhs = cg => { var a = l(cg); var b = r(cg); return cg.GenArth(code, a, b); };
        }
        return lhs;
    }

    AGen? ArUnary()
    {
        int save = pos;
        if (AcceptChar('-'))
        {
            var x = ArUnary();
            if (x == null) { pos = save; return null; }
            return cg => cg.GenNeg(x(cg));
        }
        if (Peek.Kind == Tk.Num) { uint v = Peek.Num; pos++; return cg => cg.GenLoadI(v); }
        if (Accept(Tk.Len)) return cg => cg.GenLoadLen();
        int pn = PName(Peek.Kind);
        if (pn >= 0 && PeekAt(1).Kind == Tk.Char && PeekAt(1).Ch == '[')
        {
            pos += 2;
            var inner = ArBin(0);
            if (inner == null) { pos = save; return null; }
            uint size = 1;
            if (AcceptChar(':'))
            {
                if (Peek.Kind != Tk.Num) { pos = save; return null; }
                size = Peek.Num; pos++;
            }
            if (!AcceptChar(']')) { pos = save; return null; }
            var x = inner;
            return cg => cg.GenLoad(pn, x(cg), size);
        }
        if (AcceptChar('('))
        {
            var x = ArBin(0);
            if (x != null && AcceptChar(')')) return x;
            pos = save;
        }
        return null;
    }
}
