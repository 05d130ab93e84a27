namespace Wirecap.Filter;

/// <summary>
/// libpcap's optimizer (optimize.c): value numbering over the block graph with dominator and
/// edge-dominator sets, peephole rewrites, jump threading, or/and pull-ups, dead-store removal,
/// then block interning. The order of passes and every rewrite follow libpcap so the output
/// program is the same instruction for instruction.
/// </summary>
internal sealed class FilterOptimizer
{
    const int Nop = -1;
    const int AAtom = Bpf.MemWords, XAtom = Bpf.MemWords + 1, AxAtom = Block.NAtoms;
    const int Modulus = 213;

    sealed class ValNode { public int Code; public uint V0, V1, Val; public ValNode? Next; }

    readonly ICode ic;
    bool done, nonBranchMovement;
    int nBlocks, nEdges, nodeWords, edgeWords;
    Block[] blocks = [];
    Edge[] edges = [];
    Block?[] levels = [];
    readonly ValNode?[] hashtbl = new ValNode?[Modulus];
    uint curval, maxval;
    bool[] vmapConst = [];
    uint[] vmapVal = [];

    FilterOptimizer(ICode ic) { this.ic = ic; }

    public static void Optimize(ICode ic)
    {
        var o = new FilterOptimizer(ic);
        o.Init();
        o.Loop(false);
        o.Loop(true);
        o.InternBlocks();
        OptRoot(ic);
    }

    static bool Member(uint[] p, int a) => (p[a / 32] & (1u << (a % 32))) != 0;
    static void Insert(uint[] p, int a) => p[a / 32] |= 1u << (a % 32);
    static void Intersect(uint[] a, uint[] b) { for (int i = 0; i < a.Length; i++) a[i] &= b[i]; }
    static void Union(uint[] a, uint[] b) { for (int i = 0; i < a.Length; i++) a[i] |= b[i]; }
    static bool AtomElem(uint set, int atom) => (set & (1u << atom)) != 0;
    static uint AtomMask(int atom) => 1u << atom;

    void FindLevelsR(Block b)
    {
        if (ic.IsMarked(b)) return;
        ic.Mark(b);
        b.Link = null;
        int level;
        if (b.Jt != null)
        {
            FindLevelsR(b.Jt);
            FindLevelsR(b.Jf!);
            level = Math.Max(b.Jt.Level, b.Jf!.Level) + 1;
        }
        else level = 0;
        b.Level = level;
        b.Link = levels[level];
        levels[level] = b;
    }

    void FindLevels()
    {
        Array.Clear(levels);
        ic.UnMarkAll();
        FindLevelsR(ic.Root);
    }

    void FindDom(Block root)
    {
        foreach (var b in blocks) Array.Fill(b.Dom, 0xFFFFFFFFu);
        Array.Clear(root.Dom);
        for (int level = root.Level; level >= 0; --level)
            for (var b = levels[level]; b != null; b = b.Link)
            {
                Insert(b.Dom, b.Id);
                if (b.Jt == null) continue;
                Intersect(b.Jt.Dom, b.Dom);
                Intersect(b.Jf!.Dom, b.Dom);
            }
    }

    void PropEdom(Edge ep)
    {
        Insert(ep.Edom, ep.Id);
        if (ep.Succ != null)
        {
            Intersect(ep.Succ.Et.Edom, ep.Edom);
            Intersect(ep.Succ.Ef.Edom, ep.Edom);
        }
    }

    void FindEdom(Block root)
    {
        foreach (var e in edges) Array.Fill(e.Edom, 0xFFFFFFFFu);
        Array.Clear(root.Et.Edom);
        Array.Clear(root.Ef.Edom);
        for (int level = root.Level; level >= 0; --level)
            for (var b = levels[level]; b != null; b = b.Link)
            {
                PropEdom(b.Et);
                PropEdom(b.Ef);
            }
    }

    void FindClosure(Block root)
    {
        foreach (var b in blocks) Array.Clear(b.Closure);
        for (int level = root.Level; level >= 0; --level)
            for (var b = levels[level]; b != null; b = b.Link)
            {
                Insert(b.Closure, b.Id);
                if (b.Jt == null) continue;
                Union(b.Jt.Closure, b.Closure);
                Union(b.Jf!.Closure, b.Closure);
            }
    }

    static int AtomUse(Stmt s)
    {
        int c = s.Code;
        if (c == Nop) return -1;
        switch (Bpf.Class(c))
        {
            case Bpf.Ret:
                return Bpf.RVal(c) == Bpf.A ? AAtom : Bpf.RVal(c) == Bpf.X ? XAtom : -1;
            case Bpf.Ld:
            case Bpf.Ldx:
                return Bpf.Mode(c) == Bpf.Ind ? XAtom : Bpf.Mode(c) == Bpf.Mem ? (int)s.K : -1;
            case Bpf.St: return AAtom;
            case Bpf.Stx: return XAtom;
            case Bpf.Jmp:
            case Bpf.Alu:
                return Bpf.Src(c) == Bpf.X ? AxAtom : AAtom;
            case Bpf.Misc:
                return Bpf.MiscOp(c) == Bpf.Txa ? XAtom : AAtom;
        }
        return -1;
    }

    static int AtomDef(Stmt s)
    {
        if (s.Code == Nop) return -1;
        switch (Bpf.Class(s.Code))
        {
            case Bpf.Ld:
            case Bpf.Alu: return AAtom;
            case Bpf.Ldx: return XAtom;
            case Bpf.St:
            case Bpf.Stx: return (int)s.K;
            case Bpf.Misc: return Bpf.MiscOp(s.Code) == Bpf.Tax ? XAtom : AAtom;
        }
        return -1;
    }

    static void AddUse(int atom, uint def, ref uint use)
    {
        if (atom < 0) return;
        if (atom == AxAtom)
        {
            if (!AtomElem(def, XAtom)) use |= AtomMask(XAtom);
            if (!AtomElem(def, AAtom)) use |= AtomMask(AAtom);
        }
        else if (!AtomElem(def, atom)) use |= AtomMask(atom);
    }

    static void ComputeLocalUd(Block b)
    {
        uint def = 0, use = 0, killed = 0;
        for (var s = b.Stmts; s != null; s = s.Next)
        {
            if (s.S.Code == Nop) continue;
            AddUse(AtomUse(s.S), def, ref use);
            int atom = AtomDef(s.S);
            if (atom >= 0)
            {
                if (!AtomElem(use, atom)) killed |= AtomMask(atom);
                def |= AtomMask(atom);
            }
        }
        if (Bpf.Class(b.S.Code) == Bpf.Jmp) AddUse(AtomUse(b.S), def, ref use);
        b.Def = def;
        b.Kill = killed;
        b.InUse = use;
    }

    void FindUd(Block root)
    {
        int maxlevel = root.Level;
        for (int i = maxlevel; i >= 0; --i)
            for (var p = levels[i]; p != null; p = p.Link)
            {
                ComputeLocalUd(p);
                p.OutUse = 0;
            }
        for (int i = 1; i <= maxlevel; ++i)
            for (var p = levels[i]; p != null; p = p.Link)
            {
                p.OutUse |= p.Jt!.InUse | p.Jf!.InUse;
                p.InUse |= p.OutUse & ~p.Kill;
            }
    }

    void InitVal()
    {
        curval = 0;
        Array.Clear(vmapConst);
        Array.Clear(vmapVal);
        Array.Clear(hashtbl);
    }

    uint F(int code, uint v0, uint v1)
    {
        uint hash = ((uint)code ^ (v0 << 4) ^ (v1 << 8)) % Modulus;
        for (var p = hashtbl[hash]; p != null; p = p.Next)
            if (p.Code == code && p.V0 == v0 && p.V1 == v1) return p.Val;
        uint val = ++curval;
        if (Bpf.Mode(code) == Bpf.Imm && (Bpf.Class(code) == Bpf.Ld || Bpf.Class(code) == Bpf.Ldx))
        {
            EnsureVmap(val);
            vmapVal[val] = v0;
            vmapConst[val] = true;
        }
        hashtbl[hash] = new ValNode { Val = val, Code = code, V0 = v0, V1 = v1, Next = hashtbl[hash] };
        return val;
    }

    void EnsureVmap(uint val)
    {
        if (val < vmapConst.Length) return;
        int n = Math.Max((int)val + 1, vmapConst.Length * 2);
        Array.Resize(ref vmapConst, n);
        Array.Resize(ref vmapVal, n);
    }

    bool IsConst(uint v) => v < vmapConst.Length && vmapConst[v];
    uint ConstVal(uint v) => v < vmapVal.Length ? vmapVal[v] : 0;

    uint K(uint i) => F(Bpf.Ld | Bpf.Imm | Bpf.W, i, 0);

    static void VStore(Stmt s, ref uint valp, uint newval, bool alter)
    {
        if (alter && newval != 0 && valp == newval) s.Code = Nop;
        else valp = newval;
    }

    void Changed() { nonBranchMovement = true; done = false; }

    void FoldOp(Stmt s, uint v0, uint v1)
    {
        uint a = ConstVal(v0), b = ConstVal(v1);
        switch (Bpf.Op(s.Code))
        {
            case Bpf.Add: a += b; break;
            case Bpf.Sub: a -= b; break;
            case Bpf.Mul: a *= b; break;
            case Bpf.Div:
                if (b == 0) throw new FilterException("division by zero");
                a /= b; break;
            case Bpf.Mod:
                if (b == 0) throw new FilterException("modulus by zero");
                a %= b; break;
            case Bpf.And: a &= b; break;
            case Bpf.Or: a |= b; break;
            case Bpf.Xor: a ^= b; break;
            case Bpf.Lsh: a = b < 32 ? a << (int)b : 0; break;
            case Bpf.Rsh: a = b < 32 ? a >> (int)b : 0; break;
        }
        s.K = a;
        s.Code = Bpf.Ld | Bpf.Imm;
        Changed();
    }

    static Slist? ThisOp(Slist? s)
    {
        while (s != null && s.S.Code == Nop) s = s.Next;
        return s;
    }

    static void OptNot(Block b) => (b.Jt, b.Jf) = (b.Jf, b.Jt);

    void OptPeep(Block b)
    {
        var s = b.Stmts;
        if (s == null) return;
        Slist last = s;
        Slist? next;
        for (; ; s = next)
        {
            s = ThisOp(s);
            if (s == null) break;
            next = ThisOp(s.Next);
            if (next == null) break;
            last = next;

            // st M[k]; ldx M[k] -> st M[k]; tax
            if (s.S.Code == Bpf.St && next.S.Code == (Bpf.Ldx | Bpf.Mem) && s.S.K == next.S.K)
            {
                Changed();
                next.S.Code = Bpf.Misc | Bpf.Tax;
            }
            // ld #k; tax -> ldx #k; txa
            if (s.S.Code == (Bpf.Ld | Bpf.Imm) && next.S.Code == (Bpf.Misc | Bpf.Tax))
            {
                s.S.Code = Bpf.Ldx | Bpf.Imm;
                next.S.Code = Bpf.Misc | Bpf.Txa;
                Changed();
            }
            // ld #k; [ldxms]; add x; tax; ld[x+j] -> fold k into the indexed load
            if (s.S.Code == (Bpf.Ld | Bpf.Imm))
            {
                if (AtomElem(b.OutUse, XAtom)) continue;
                Slist? add = next.S.Code != (Bpf.Ldx | Bpf.Msh | Bpf.B) ? next : ThisOp(next.Next);
                if (add == null || add.S.Code != (Bpf.Alu | Bpf.Add | Bpf.X)) continue;
                var tax = ThisOp(add.Next);
                if (tax == null || tax.S.Code != (Bpf.Misc | Bpf.Tax)) continue;
                var ild = ThisOp(tax.Next);
                if (ild == null || Bpf.Class(ild.S.Code) != Bpf.Ld || Bpf.Mode(ild.S.Code) != Bpf.Ind) continue;
                ild.S.K += s.S.K;
                s.S.Code = Nop;
                add.S.Code = Nop;
                tax.S.Code = Nop;
                Changed();
            }
        }
        if (b.S.Code == (Bpf.Jmp | Bpf.Jeq | Bpf.K) && !AtomElem(b.OutUse, AAtom))
        {
            if (last.S.Code == (Bpf.Alu | Bpf.Sub | Bpf.X))
            {
                uint val = b.Val[XAtom];
                if (IsConst(val))
                {
                    b.S.K += ConstVal(val);
                    last.S.Code = Nop;
                    Changed();
                }
                else if (b.S.K == 0)
                {
                    last.S.Code = Nop;
                    b.S.Code = Bpf.Jmp | Bpf.Jeq | Bpf.X;
                    Changed();
                }
            }
            else if (last.S.Code == (Bpf.Alu | Bpf.Sub | Bpf.K))
            {
                last.S.Code = Nop;
                b.S.K += last.S.K;
                Changed();
            }
            else if (last.S.Code == (Bpf.Alu | Bpf.And | Bpf.K) && b.S.K == 0)
            {
                b.S.K = last.S.K;
                b.S.Code = Bpf.Jmp | Bpf.K | Bpf.Jset;
                last.S.Code = Nop;
                Changed();
                OptNot(b);
            }
        }
        if (b.S.Code == (Bpf.Jmp | Bpf.K | Bpf.Jset))
        {
            if (b.S.K == 0) b.Jt = b.Jf;
            if (b.S.K == 0xffffffffu) b.Jf = b.Jt;
        }
        uint xv = b.Val[XAtom];
        if (IsConst(xv) && Bpf.Src(b.S.Code) == Bpf.X)
        {
            b.S.Code &= ~Bpf.X;
            b.S.K = ConstVal(xv);
        }
        uint av = b.Val[AAtom];
        if (IsConst(av) && Bpf.Src(b.S.Code) == Bpf.K)
        {
            uint v = ConstVal(av);
            switch (Bpf.Op(b.S.Code))
            {
                case Bpf.Jeq: v = v == b.S.K ? 1u : 0u; break;
                case Bpf.Jgt: v = v > b.S.K ? 1u : 0u; break;
                case Bpf.Jge: v = v >= b.S.K ? 1u : 0u; break;
                case Bpf.Jset: v &= b.S.K; break;
                default: throw new InvalidOperationException("bad branch");
            }
            if (b.Jf != b.Jt) Changed();
            if (v != 0) b.Jf = b.Jt;
            else b.Jt = b.Jf;
        }
    }

    void OptStmt(Stmt s, uint[] val, bool alter)
    {
        int op;
        uint v;
        switch (s.Code)
        {
            case Bpf.Ld | Bpf.Abs | Bpf.W:
            case Bpf.Ld | Bpf.Abs | Bpf.H:
            case Bpf.Ld | Bpf.Abs | Bpf.B:
                v = F(s.Code, s.K, 0);
                VStore(s, ref val[AAtom], v, alter);
                break;
            case Bpf.Ld | Bpf.Ind | Bpf.W:
            case Bpf.Ld | Bpf.Ind | Bpf.H:
            case Bpf.Ld | Bpf.Ind | Bpf.B:
                v = val[XAtom];
                if (alter && IsConst(v))
                {
                    s.Code = Bpf.Ld | Bpf.Abs | Bpf.Size(s.Code);
                    s.K += ConstVal(v);
                    v = F(s.Code, s.K, 0);
                    Changed();
                }
                else v = F(s.Code, s.K, v);
                VStore(s, ref val[AAtom], v, alter);
                break;
            case Bpf.Ld | Bpf.Len:
                v = F(s.Code, 0, 0);
                VStore(s, ref val[AAtom], v, alter);
                break;
            case Bpf.Ld | Bpf.Imm:
                v = K(s.K);
                VStore(s, ref val[AAtom], v, alter);
                break;
            case Bpf.Ldx | Bpf.Imm:
                v = K(s.K);
                VStore(s, ref val[XAtom], v, alter);
                break;
            case Bpf.Ldx | Bpf.Msh | Bpf.B:
                v = F(s.Code, s.K, 0);
                VStore(s, ref val[XAtom], v, alter);
                break;
            case Bpf.Alu | Bpf.Neg:
                if (alter && IsConst(val[AAtom]))
                {
                    s.Code = Bpf.Ld | Bpf.Imm;
                    s.K = 0u - ConstVal(val[AAtom]);
                    val[AAtom] = K(s.K);
                }
                else val[AAtom] = F(s.Code, val[AAtom], 0);
                break;
            case Bpf.Alu | Bpf.Add | Bpf.K:
            case Bpf.Alu | Bpf.Sub | Bpf.K:
            case Bpf.Alu | Bpf.Mul | Bpf.K:
            case Bpf.Alu | Bpf.Div | Bpf.K:
            case Bpf.Alu | Bpf.Mod | Bpf.K:
            case Bpf.Alu | Bpf.And | Bpf.K:
            case Bpf.Alu | Bpf.Or | Bpf.K:
            case Bpf.Alu | Bpf.Xor | Bpf.K:
            case Bpf.Alu | Bpf.Lsh | Bpf.K:
            case Bpf.Alu | Bpf.Rsh | Bpf.K:
                op = Bpf.Op(s.Code);
                if (alter)
                {
                    if (s.K == 0)
                    {
                        if (op == Bpf.Add || op == Bpf.Lsh || op == Bpf.Rsh || op == Bpf.Or || op == Bpf.Xor)
                        {
                            s.Code = Nop;
                            break;
                        }
                        if (op == Bpf.Mul || op == Bpf.And)
                        {
                            s.Code = Bpf.Ld | Bpf.Imm;
                            val[AAtom] = K(s.K);
                            break;
                        }
                        if (op == Bpf.Div) throw new FilterException("division by zero");
                        if (op == Bpf.Mod) throw new FilterException("modulus by zero");
                    }
                    if (IsConst(val[AAtom]))
                    {
                        FoldOp(s, val[AAtom], K(s.K));
                        val[AAtom] = K(s.K);
                        break;
                    }
                }
                val[AAtom] = F(s.Code, val[AAtom], K(s.K));
                break;
            case Bpf.Alu | Bpf.Add | Bpf.X:
            case Bpf.Alu | Bpf.Sub | Bpf.X:
            case Bpf.Alu | Bpf.Mul | Bpf.X:
            case Bpf.Alu | Bpf.Div | Bpf.X:
            case Bpf.Alu | Bpf.Mod | Bpf.X:
            case Bpf.Alu | Bpf.And | Bpf.X:
            case Bpf.Alu | Bpf.Or | Bpf.X:
            case Bpf.Alu | Bpf.Xor | Bpf.X:
            case Bpf.Alu | Bpf.Lsh | Bpf.X:
            case Bpf.Alu | Bpf.Rsh | Bpf.X:
                op = Bpf.Op(s.Code);
                if (alter && IsConst(val[XAtom]))
                {
                    if (IsConst(val[AAtom]))
                    {
                        FoldOp(s, val[AAtom], val[XAtom]);
                        val[AAtom] = K(s.K);
                    }
                    else
                    {
                        s.Code = Bpf.Alu | Bpf.K | op;
                        s.K = ConstVal(val[XAtom]);
                        if ((op == Bpf.Lsh || op == Bpf.Rsh) && s.K > 31)
                            throw new FilterException("shift by more than 31 bits");
                        Changed();
                        val[AAtom] = F(s.Code, val[AAtom], K(s.K));
                    }
                    break;
                }
                if (alter && IsConst(val[AAtom]) && ConstVal(val[AAtom]) == 0)
                {
                    if (op == Bpf.Add || op == Bpf.Or || op == Bpf.Xor)
                    {
                        s.Code = Bpf.Misc | Bpf.Txa;
                        VStore(s, ref val[AAtom], val[XAtom], alter);
                        break;
                    }
                    if (op == Bpf.Mul || op == Bpf.Div || op == Bpf.Mod || op == Bpf.And || op == Bpf.Lsh || op == Bpf.Rsh)
                    {
                        s.Code = Bpf.Ld | Bpf.Imm;
                        s.K = 0;
                        VStore(s, ref val[AAtom], K(s.K), alter);
                        break;
                    }
                    if (op == Bpf.Neg)
                    {
                        s.Code = Nop;
                        break;
                    }
                }
                val[AAtom] = F(s.Code, val[AAtom], val[XAtom]);
                break;
            case Bpf.Misc | Bpf.Txa:
                VStore(s, ref val[AAtom], val[XAtom], alter);
                break;
            case Bpf.Ld | Bpf.Mem:
                v = val[s.K];
                if (alter && IsConst(v))
                {
                    s.Code = Bpf.Ld | Bpf.Imm;
                    s.K = ConstVal(v);
                    Changed();
                }
                VStore(s, ref val[AAtom], v, alter);
                break;
            case Bpf.Misc | Bpf.Tax:
                VStore(s, ref val[XAtom], val[AAtom], alter);
                break;
            case Bpf.Ldx | Bpf.Mem:
                v = val[s.K];
                if (alter && IsConst(v))
                {
                    s.Code = Bpf.Ldx | Bpf.Imm;
                    s.K = ConstVal(v);
                    Changed();
                }
                VStore(s, ref val[XAtom], v, alter);
                break;
            case Bpf.St:
                VStore(s, ref val[s.K], val[AAtom], alter);
                break;
            case Bpf.Stx:
                VStore(s, ref val[s.K], val[XAtom], alter);
                break;
        }
    }

    void DeadStmt(Stmt s, Stmt?[] last)
    {
        int atom = AtomUse(s);
        if (atom >= 0)
        {
            if (atom == AxAtom) { last[XAtom] = null; last[AAtom] = null; }
            else last[atom] = null;
        }
        atom = AtomDef(s);
        if (atom >= 0)
        {
            if (last[atom] != null)
            {
                Changed();
                last[atom]!.Code = Nop;
            }
            last[atom] = s;
        }
    }

    void OptDeadStores(Block b)
    {
        var last = new Stmt?[Block.NAtoms];
        for (var s = b.Stmts; s != null; s = s.Next) DeadStmt(s.S, last);
        DeadStmt(b.S, last);
        for (int atom = 0; atom < Block.NAtoms; ++atom)
            if (last[atom] != null && !AtomElem(b.OutUse, atom))
            {
                last[atom]!.Code = Nop;
                Changed();
            }
    }

    void OptBlk(Block b, bool doStmts)
    {
        var p = b.InEdges;
        if (p == null) Array.Clear(b.Val);
        else
        {
            Array.Copy(p.Pred.Val, b.Val, Block.NAtoms);
            while ((p = p.Next) != null)
                for (int i = 0; i < Block.NAtoms; ++i)
                    if (b.Val[i] != p.Pred.Val[i]) b.Val[i] = 0;
        }
        uint aval = b.Val[AAtom], xval = b.Val[XAtom];
        for (var s = b.Stmts; s != null; s = s.Next) OptStmt(s.S, b.Val, doStmts);

        if (doStmts && ((b.OutUse == 0 && aval != 0 && b.Val[AAtom] == aval && xval != 0 && b.Val[XAtom] == xval)
                        || Bpf.Class(b.S.Code) == Bpf.Ret))
        {
            if (b.Stmts != null)
            {
                b.Stmts = null;
                Changed();
            }
        }
        else
        {
            OptPeep(b);
            OptDeadStores(b);
        }
        b.Oval = Bpf.Src(b.S.Code) == Bpf.K ? K(b.S.K) : b.Val[XAtom];
        b.Et.Code = b.S.Code;
        b.Ef.Code = -b.S.Code;
    }

    static bool UseConflict(Block b, Block succ)
    {
        uint use = succ.OutUse;
        if (use == 0) return false;
        for (int atom = 0; atom < Block.NAtoms; ++atom)
            if (AtomElem(use, atom) && b.Val[atom] != succ.Val[atom]) return true;
        return false;
    }

    static Block? FoldEdge(Block child, Edge ep)
    {
        int code = ep.Code;
        bool sense;
        if (code < 0) { code = -code; sense = false; }
        else sense = true;
        if (child.S.Code != code) return null;
        uint aval0 = child.Val[AAtom], oval0 = child.Oval;
        uint aval1 = ep.Pred.Val[AAtom], oval1 = ep.Pred.Oval;
        if (aval0 != aval1) return null;
        if (oval0 == oval1) return sense ? child.Jt : child.Jf;
        if (sense && code == (Bpf.Jmp | Bpf.Jeq | Bpf.K)) return child.Jf;
        return null;
    }

    void OptJ(Edge ep)
    {
        if (ep.Succ!.Jt == null) return;
        if (ep.Succ.Jt == ep.Succ.Jf)
        {
            if (!UseConflict(ep.Pred, ep.Succ.Jt))
            {
                Changed();
                ep.Succ = ep.Succ.Jt;
            }
        }
    top:
        for (int i = 0; i < edgeWords; ++i)
        {
            uint x = ep.Edom[i];
            while (x != 0)
            {
                int k = System.Numerics.BitOperations.TrailingZeroCount(x);
                x &= ~(1u << k);
                k += i * 32;
                var target = FoldEdge(ep.Succ!, edges[k]);
                if (target != null && !UseConflict(ep.Pred, target))
                {
                    done = false;
                    ep.Succ = target;
                    if (target.Jt != null) goto top;
                    return;
                }
            }
        }
    }

    // A reference to one of a block's two successor slots, as libpcap's struct block **.
    readonly struct Slot(Block b, bool jt)
    {
        public Block? Get() => jt ? b.Jt : b.Jf;
        public void Set(Block? v) { if (jt) b.Jt = v; else b.Jf = v; }
    }

    void OrPullup(Block b) => Pullup(b, true);
    void AndPullup(Block b) => Pullup(b, false);

    // or_pullup (isOr) and and_pullup are mirror images: the "same" side is jt for or, jf for and.
    void Pullup(Block b, bool isOr)
    {
        var ep = b.InEdges;
        if (ep == null) return;
        uint val = ep.Pred.Val[AAtom];
        for (ep = ep.Next; ep != null; ep = ep.Next)
            if (val != ep.Pred.Val[AAtom]) return;

        var first = b.InEdges!.Pred;
        Slot diffp = first.Jt == b ? new Slot(first, true) : new Slot(first, false);
        bool atTop = true;
        for (; ; )
        {
            var d = diffp.Get();
            if (d == null) return;
            if (isOr ? d.Jt != b.Jt : d.Jf != b.Jf) return;
            if (!Member(d.Dom, b.Id)) return;
            if (d.Val[AAtom] != val) break;
            diffp = new Slot(d, !isOr);
            atTop = false;
        }
        var dd = diffp.Get()!;
        Slot samep = new Slot(dd, !isOr);
        for (; ; )
        {
            var sm = samep.Get();
            if (sm == null) return;
            if (isOr ? sm.Jt != b.Jt : sm.Jf != b.Jf) return;
            if (!Member(sm.Dom, b.Id)) return;
            if (sm.Val[AAtom] == val) break;
            samep = new Slot(sm, !isOr);
        }
        var pull = samep.Get()!;
        if (isOr)
        {
            samep.Set(pull.Jf);
            pull.Jf = diffp.Get();
        }
        else
        {
            samep.Set(pull.Jt);
            pull.Jt = diffp.Get();
        }
        if (atTop)
        {
            for (ep = b.InEdges; ep != null; ep = ep.Next)
            {
                if (ep.Pred.Jt == b) ep.Pred.Jt = pull;
                else ep.Pred.Jf = pull;
            }
        }
        else diffp.Set(pull);
        done = false;
    }

    void OptBlks(bool doStmts)
    {
        InitVal();
        int maxlevel = ic.Root.Level;
        FindInEdges(ic.Root);
        for (int i = maxlevel; i >= 0; --i)
            for (var p = levels[i]; p != null; p = p.Link)
                OptBlk(p, doStmts);
        if (doStmts) return;
        for (int i = 1; i <= maxlevel; ++i)
            for (var p = levels[i]; p != null; p = p.Link)
            {
                OptJ(p.Et);
                OptJ(p.Ef);
            }
        FindInEdges(ic.Root);
        for (int i = 1; i <= maxlevel; ++i)
            for (var p = levels[i]; p != null; p = p.Link)
            {
                OrPullup(p);
                AndPullup(p);
            }
    }

    static void LinkInEdge(Edge parent, Block child)
    {
        parent.Next = child.InEdges;
        child.InEdges = parent;
    }

    void FindInEdges(Block root)
    {
        for (int i = 0; i < nBlocks; ++i) blocks[i].InEdges = null;
        for (int level = root.Level; level > 0; --level)
            for (var b = levels[level]; b != null; b = b.Link)
            {
                LinkInEdge(b.Et, b.Jt!);
                LinkInEdge(b.Ef, b.Jf!);
            }
    }

    static void OptRoot(ICode ic)
    {
        var b = ic.Root;
        var s = b.Stmts;
        b.Stmts = null;
        while (Bpf.Class(b.S.Code) == Bpf.Jmp && b.Jt == b.Jf) b = b.Jt!;
        var tmp = b.Stmts;
        if (tmp != null) s = FilterCodegen.SAppend(s, tmp);
        b.Stmts = s;
        if (Bpf.Class(b.S.Code) == Bpf.Ret) b.Stmts = null;
        ic.Root = b;
    }

    void Loop(bool doStmts)
    {
        int loopCount = 0;
        for (; ; )
        {
            done = true;
            nonBranchMovement = false;
            FindLevels();
            FindDom(ic.Root);
            FindClosure(ic.Root);
            FindUd(ic.Root);
            FindEdom(ic.Root);
            OptBlks(doStmts);
            if (done) break;
            if (nonBranchMovement) loopCount = 0;
            else if (++loopCount >= 100) { done = true; break; }
        }
    }

    void MakeMarks(Block p)
    {
        if (ic.IsMarked(p)) return;
        ic.Mark(p);
        if (Bpf.Class(p.S.Code) != Bpf.Ret)
        {
            MakeMarks(p.Jt!);
            MakeMarks(p.Jf!);
        }
    }

    static bool EqSlist(Slist? x, Slist? y)
    {
        for (; ; )
        {
            while (x != null && x.S.Code == Nop) x = x.Next;
            while (y != null && y.S.Code == Nop) y = y.Next;
            if (x == null) return y == null;
            if (y == null) return false;
            if (x.S.Code != y.S.Code || x.S.K != y.S.K) return false;
            x = x.Next;
            y = y.Next;
        }
    }

    static bool EqBlk(Block b0, Block b1) =>
        b0.S.Code == b1.S.Code && b0.S.K == b1.S.K && b0.Et.Succ == b1.Et.Succ && b0.Ef.Succ == b1.Ef.Succ
        && EqSlist(b0.Stmts, b1.Stmts);

    // Merges identical blocks, as libpcap's intern_blocks: each block links to the nearest later-numbered
    // block that is equal to it, then edges are redirected, until nothing changes. libpcap finds that
    // block by comparing every pair; hashing equal candidates together finds the same one.
    void InternBlocks()
    {
        var nearest = new Dictionary<(int, uint, Block?, Block?, ulong), int>();
        bool done1;
        do
        {
            done1 = true;
            for (int i = 0; i < nBlocks; ++i) blocks[i].Link = null;
            ic.UnMarkAll();
            MakeMarks(ic.Root);
            nearest.Clear();
            for (int i = nBlocks - 1; i >= 0; --i)
            {
                var b = blocks[i];
                if (!ic.IsMarked(b)) continue;
                var key = (b.S.Code, b.S.K, b.Et.Succ, b.Ef.Succ, SlistHash(b.Stmts));
                if (i <= nBlocks - 2 && nearest.TryGetValue(key, out int j))
                {
                    if (!EqSlist(b.Stmts, blocks[j].Stmts)) j = FirstEqualAfter(i); // hash collision
                    if (j >= 0) b.Link = blocks[j].Link ?? blocks[j];
                }
                nearest[key] = i;
            }
            for (int i = 0; i < nBlocks; ++i)
            {
                var p = blocks[i];
                if (p.Jt == null) continue;
                if (p.Jt.Link != null) { done1 = false; p.Jt = p.Jt.Link; }
                if (p.Jf!.Link != null) { done1 = false; p.Jf = p.Jf.Link; }
            }
        } while (!done1);
    }

    int FirstEqualAfter(int i)
    {
        for (int j = i + 1; j < nBlocks; ++j)
            if (ic.IsMarked(blocks[j]) && EqBlk(blocks[i], blocks[j])) return j;
        return -1;
    }

    static ulong SlistHash(Slist? s)
    {
        ulong h = 14695981039346656037UL;
        for (; s != null; s = s.Next)
        {
            if (s.S.Code == Nop) continue;
            h = (h ^ (uint)s.S.Code) * 1099511628211UL;
            h = (h ^ s.S.K) * 1099511628211UL;
        }
        return h;
    }

    internal static int SLength(Slist? s)
    {
        int n = 0;
        for (; s != null; s = s.Next) if (s.S.Code != Nop) ++n;
        return n;
    }

    int CountBlocks(Block? p)
    {
        if (p == null || ic.IsMarked(p)) return 0;
        ic.Mark(p);
        return CountBlocks(p.Jt) + CountBlocks(p.Jf) + 1;
    }

    void NumberBlksR(Block? p)
    {
        if (p == null || ic.IsMarked(p)) return;
        ic.Mark(p);
        int n = nBlocks++;
        p.Id = n;
        blocks[n] = p;
        NumberBlksR(p.Jt);
        NumberBlksR(p.Jf);
    }

    void Init()
    {
        ic.UnMarkAll();
        int n = CountBlocks(ic.Root);
        blocks = new Block[n];
        ic.UnMarkAll();
        nBlocks = 0;
        NumberBlksR(ic.Root);
        nEdges = 2 * nBlocks;
        edges = new Edge[nEdges];
        levels = new Block?[nBlocks];
        edgeWords = nEdges / 32 + 1;
        nodeWords = nBlocks / 32 + 1;
        for (int i = 0; i < n; ++i)
        {
            var b = blocks[i];
            b.Dom = new uint[nodeWords];
            b.Closure = new uint[nodeWords];
            b.Et.Edom = new uint[edgeWords];
            b.Ef.Edom = new uint[edgeWords];
            b.Et.Id = i;
            edges[i] = b.Et;
            b.Ef.Id = nBlocks + i;
            edges[nBlocks + i] = b.Ef;
            b.Et.Pred = b;
            b.Ef.Pred = b;
        }
        int maxStmts = 0;
        for (int i = 0; i < n; ++i) maxStmts += SLength(blocks[i].Stmts) + 1;
        maxval = (uint)(3 * maxStmts);
        vmapConst = new bool[maxval + 1];
        vmapVal = new uint[maxval + 1];
    }
}
