namespace Wirecap.Filter;

/// <summary>
/// The pcap-filter compiler: expression text to the classic BPF program libpcap 1.10.3 produces
/// for a savefile of the given link type (netmask 0, no Linux BPF extensions).
/// </summary>
public static class FilterCompiler
{
    /// <summary>Compiles <paramref name="expression"/>; throws <see cref="FilterException"/> with libpcap's message.</summary>
    public static BpfInstruction[] Compile(string expression, int linkType, bool optimize, int snapLen = 262144)
    {
        if (snapLen == 0) throw new FilterException("snaplen of 0 rejects all packets");
        var toks = FilterLexer.Lex(expression);
        var cg = new FilterCodegen(linkType, snapLen);
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

    // yacc reports the first error it meets: code for what it reduced before the failing token runs
    // first, so a semantic error there wins over the syntax or scanner error.
    static FilterException FirstError(List<Token> toks, int linkType, int snapLen, int reached, int bad)
    {
        string? err;
        if (bad >= 0 && bad <= reached && toks[bad].Err != null)
        {
            // The scanner's message is set when yacc fetches the bad token, so only reductions that
            // needed no look-ahead ran before it: an id just completed, or whatever precedes and/or.
            err = null;
            if (bad > 0 && toks[bad - 1].Kind is Tk.Id or Tk.Num or Tk.Eid or Tk.Aid)
                err = PrefixError(toks, bad, linkType, snapLen);
            else if (bad > 0 && toks[bad - 1].Kind is Tk.And or Tk.Or)
                err = PrefixError(toks, bad - 1, linkType, snapLen);
            return new FilterException(err ?? toks[bad].Err!);
        }
        // a syntax error: everything reduced with the failing token as look-ahead ran first
        int stop = bad >= 0 ? Math.Min(bad, reached) : reached;
        err = PrefixError(toks, stop, linkType, snapLen);
        if (err == null && stop > 0 && toks[stop - 1].Kind is Tk.And or Tk.Or)
            err = PrefixError(toks, stop - 1, linkType, snapLen);
        return new FilterException(err ?? "can't parse filter expression: syntax error");
    }

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
            if (Convert(ic, ic.Root, code, ref tail))
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

    static bool Convert(ICode ic, Block? p, Insn[] f, ref int tail)
    {
        if (p == null || ic.IsMarked(p)) return true;
        ic.Mark(p);
        if (!Convert(ic, p.Jf, f, ref tail)) return false;
        if (!Convert(ic, p.Jt, f, ref tail)) return false;
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
            uint o = (uint)(p.Jt.Offset - (p.Offset + slen) - 1);
            if (o >= 256)
            {
                if (p.LongJt == 0) { p.LongJt++; return false; }
                f[dst].Jt = (byte)extra;
                extra++;
                f[dst + extra].Code = Bpf.Jmp | Bpf.Ja;
                f[dst + extra].K = o - (uint)extra;
            }
            else f[dst].Jt = (byte)o;
            o = (uint)(p.Jf!.Offset - (p.Offset + slen) - 1);
            if (o >= 256)
            {
                if (p.LongJf == 0) { p.LongJf++; return false; }
                f[dst].Jf = (byte)extra;
                extra++;
                f[dst + extra].Code = Bpf.Jmp | Bpf.Ja;
                f[dst + extra].K = o - (uint)extra;
            }
            else f[dst].Jf = (byte)o;
        }
        return true;
    }
}
