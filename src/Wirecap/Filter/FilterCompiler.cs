namespace Wirecap.Filter;

/// <summary>
/// The pcap-filter compiler: expression text to the classic BPF program libpcap 1.10.3 produces
/// for a savefile of the given link type (netmask 0, no Linux BPF extensions).
/// </summary>
public static class FilterCompiler
{
    /// <summary>
    /// Compiles <paramref name="expression"/> for a capture whose header says <paramref name="linkType"/>
    /// (a LINKTYPE_ value, e.g. 1 for Ethernet, 101 for raw IP) and <paramref name="snapLen"/>;
    /// <paramref name="optimize"/> false is tcpdump's -O. Throws <see cref="FilterException"/> with
    /// libpcap's message (the text tcpdump prints after "tcpdump: ").
    /// </summary>
    public static BpfInstruction[] Compile(string expression, int linkType, bool optimize, int snapLen = 262144,
        bool linuxKernelExtensions = false)
    {
        if (snapLen == 0) throw new FilterException("snaplen of 0 rejects all packets");
        var toks = FilterLexer.Lex(expression);
        if (ParserStackExceeded(toks)) throw new FilterException("can't parse filter expression: memory exhausted");
        var cg = new FilterCodegen(linkType, snapLen) { VlanExtensions = linuxKernelExtensions };
        var ic = new ICode();
        bool parsed = FilterGrammar.Parse(toks, out var prog, out int reached);
        int bad = toks.FindIndex(t => t.Kind == Tk.Error || t.Err != null);
        if (!parsed || bad >= 0)
            throw FirstError(toks, linkType, snapLen, parsed ? toks.Count : reached, bad);
        if (prog == null) ic.Root = cg.Empty();
        else
        {
            var b = prog(cg);
            ic.Root = cg.FinishParse(b);
        }
        if (optimize && !cg.NoOptimize)
        {
            FilterOptimizer.Optimize(ic);
            if (ic.Root.S.Code == (Bpf.Ret | Bpf.K) && ic.Root.S.K == 0)
                throw new FilterException("expression rejects all packets");
        }
        return FilterConverter.ToInstructions(ic);
    }

    /// <summary>
    /// libpcap's yacc parser has a stack of 10,000 states and says "memory exhausted" past it. Each
    /// open parenthesis holds a state until it closes, and each "not" until its term is reduced (at
    /// the next and/or or closing parenthesis of its level). Measured against libpcap 1.10.3: 9,995
    /// nested parentheses parse and 9,996 do not; 9,996 "not"s parse and 9,997 do not. Refusing
    /// here also keeps the recursive parser and generator far from the end of the thread's stack.
    /// </summary>
    private static bool ParserStackExceeded(List<Token> toks)
    {
        const int Limit = 9997;
        int parens = 0, nots = 0;
        var notsAtLevel = new Stack<int>();
        foreach (var t in toks)
        {
            if (t.Kind == Tk.Char && t.Ch == '(') { notsAtLevel.Push(nots); parens++; }
            else if (t.Kind == Tk.Char && t.Ch == ')') { if (notsAtLevel.Count > 0) { nots = notsAtLevel.Pop(); parens--; } }
            else if (t.Kind == Tk.Not) nots++;
            else if (t.Kind is Tk.And or Tk.Or) nots = notsAtLevel.Count > 0 ? notsAtLevel.Peek() : 0;
            if (parens + nots + (parens > 0 ? 1 : 0) >= Limit) return true;
        }
        return false;
    }

    // Which message libpcap ends with: a generator error (bpf_error) overwrites any earlier message,
    // while scanner and parser messages are kept only if nothing was set before. So code for whatever
    // yacc reduced before it gave up runs first, and its error wins. yacc reduces a prefix that ends in
    // a complete id or primitive even with an unexpected look-ahead, and everything before an and/or.
    static FilterException FirstError(List<Token> toks, int linkType, int snapLen, int reached, int bad)
    {
        int stop = bad >= 0 && bad <= reached ? bad : reached;
        string? err = null;
        bool closing = stop < toks.Count && toks[stop].Kind == Tk.Char && toks[stop].Ch == ')';
        if (stop > 0 && (closing || ReducesOnAnyLookahead(toks[stop - 1])))
        {
            // a number right after and/or may still start a relation: yacc waits to see which
            bool ambiguousNum = toks[stop - 1].Kind == Tk.Num && stop > 1 && toks[stop - 2].Kind is Tk.And or Tk.Or;
            if (closing || !ambiguousNum) err = PrefixError(toks, stop, linkType, snapLen);
        }
        if (err == null)
        {
            int j = stop - 1;
            while (j >= 0 && toks[j].Kind is not (Tk.And or Tk.Or)) j--;
            if (j > 0) err = PrefixError(toks, j, linkType, snapLen);
        }
        if (err != null) return new FilterException(err);
        if (bad >= 0 && bad <= reached && toks[bad].Err != null) return new FilterException(toks[bad].Err!);
        return new FilterException("can't parse filter expression: syntax error");
    }

    static bool ReducesOnAnyLookahead(Token t) =>
        t.Kind is Tk.Id or Tk.Num or Tk.Hid or Tk.Hid6 or Tk.Eid or Tk.Aid or Tk.Broadcast or Tk.Multicast or Tk.Inbound or Tk.Outbound
            or Tk.Pppoed or Tk.Pppoes or Tk.Vlan or Tk.Mpls or Tk.Geneve or Tk.Llc
            or Tk.Fisu or Tk.Lssu or Tk.Msu or Tk.Hfisu or Tk.Hlssu or Tk.Hmsu
            or Tk.Lane or Tk.Metac or Tk.Bcc or Tk.Oamf4ec or Tk.Oamf4sc or Tk.Sc or Tk.Ilmic or Tk.Oam or Tk.Oamf4
            or Tk.Connectmsg or Tk.Metaconnect
        || (t.Kind == Tk.Char && t.Ch is ')' or ']');

    static string? PrefixError(List<Token> toks, int n, int linkType, int snapLen)
    {
        if (n <= 0) return null;
        var prefix = toks.GetRange(0, n);
        int open = 0;
        foreach (var t in prefix)
        {
            if (t.Kind == Tk.Char && t.Ch == '(') open++;
            else if (t.Kind == Tk.Char && t.Ch == ')') open--;
            if (t.Kind == Tk.Error || t.Err != null) return null;
        }
        for (int i = 0; i < open; i++) prefix.Add(new Token(Tk.Char, ")", 0, ')'));
        prefix.Add(new Token(Tk.End, "", 0, '\0'));
        if (!FilterGrammar.Parse(prefix, out var prog, out _) || prog == null) return null;
        try
        {
            prog(new FilterCodegen(linkType, snapLen));
        }
        catch (FilterException e)
        {
            return e.Message;
        }
        return null;
    }
}

/// <summary>icode_to_fcode: lays the blocks out backwards from the root, widening jumps that do not fit.</summary>
internal static class FilterConverter
{
    const int Nop = -1;

    public static BpfInstruction[] ToInstructions(ICode ic)
    {
        for (; ; )
        {
            ic.UnMarkAll();
            int n = CountStmts(ic, ic.Root);
            var code = new Insn[n];
            int tail = n;
            ic.UnMarkAll();
            bool grew = false;
            if (Convert(ic, ic.Root, code, ref tail, ref grew) && !grew)
            {
                var result = new BpfInstruction[n];
                for (int i = 0; i < n; i++) result[i] = new BpfInstruction((ushort)code[i].Code, code[i].Jt, code[i].Jf, code[i].K);
                return result;
            }
        }
    }

    struct Insn { public int Code; public byte Jt, Jf; public uint K; }

    static int CountStmts(ICode ic, Block? p)
    {
        if (p == null || ic.IsMarked(p)) return 0;
        ic.Mark(p);
        int n = CountStmts(ic, p.Jt) + CountStmts(ic, p.Jf);
        return FilterOptimizer.SLength(p.Stmts) + n + 1 + p.LongJt + p.LongJf;
    }

    // libpcap restarts the layout at the first jump that needs widening. Widening only ever lengthens
    // other jumps, so marking every jump that needs it in one pass reaches the same final layout
    // with far fewer passes; a pass that widened anything is laid out again.
    static bool Convert(ICode ic, Block? p, Insn[] f, ref int tail, ref bool grew)
    {
        if (p == null || ic.IsMarked(p)) return true;
        ic.Mark(p);
        if (!Convert(ic, p.Jf, f, ref tail, ref grew)) return false;
        if (!Convert(ic, p.Jt, f, ref tail, ref grew)) return false;
        int slen = FilterOptimizer.SLength(p.Stmts);
        tail -= slen + 1 + p.LongJt + p.LongJf;
        int dst = tail;
        p.Offset = dst;
        var offsets = new Slist[slen];
        var src = p.Stmts;
        for (int o = 0; o < slen && src != null; o++)
        {
            offsets[o] = src;
            src = src.Next;
        }
        int off = 0;
        for (src = p.Stmts; src != null; src = src.Next)
        {
            if (src.S.Code == Nop) continue;
            f[dst].Code = src.S.Code;
            f[dst].K = src.S.K;
            if (Bpf.Class(src.S.Code) == Bpf.Jmp && src.S.Code != (Bpf.Jmp | Bpf.Ja) && off != slen - 2)
            {
                if (src.S.Jt == null || src.S.Jf == null)
                    throw new FilterException($"no jmp destination for block-local relative jump: off={off}");
                int jt = 0, jf = 0;
                for (int i = 0; i < slen; i++)
                {
                    if (offsets[i] == src.S.Jt) { f[dst].Jt = (byte)(i - off - 1); jt++; }
                    if (offsets[i] == src.S.Jf) { f[dst].Jf = (byte)(i - off - 1); jf++; }
                }
                if (jt == 0 || jf == 0)
                    throw new FilterException($"no destination found for block-local relative jump: off={off}");
            }
            ++dst;
            ++off;
        }
        f[dst].Code = p.S.Code;
        f[dst].K = p.S.K;
        if (p.Jt != null)
        {
            int extra = 0;
            uint ot = (uint)(p.Jt.Offset - (p.Offset + slen) - 1);
            uint of = (uint)(p.Jf!.Offset - (p.Offset + slen) - 1);
            if (ot >= 256 && p.LongJt == 0) { p.LongJt++; grew = true; }
            if (of >= 256 && p.LongJf == 0) { p.LongJf++; grew = true; }
            if (grew) return true; // this layout is discarded; only keep finding jumps to widen
            if (ot >= 256)
            {
                f[dst].Jt = (byte)extra;
                extra++;
                f[dst + extra].Code = Bpf.Jmp | Bpf.Ja;
                f[dst + extra].K = ot - (uint)extra;
            }
            else f[dst].Jt = (byte)ot;
            if (of >= 256)
            {
                f[dst].Jf = (byte)extra;
                extra++;
                f[dst + extra].Code = Bpf.Jmp | Bpf.Ja;
                f[dst + extra].K = of - (uint)extra;
            }
            else f[dst].Jf = (byte)of;
        }
        return true;
    }
}
