namespace Wirecap.Filter;

// The compiler's intermediate form, shaped as libpcap's: statement lists hang off blocks, and each
// block ends in a branch (or a return). Compile-time only, so ordinary objects are fine here.

internal sealed class Stmt
{
    public int Code;
    public Slist? Jt, Jf; // block-local relative jumps only
    public uint K;
    public Stmt(int code, uint k) { Code = code; K = k; }
}

internal sealed class Slist
{
    public Stmt S;
    public Slist? Next;
    public Slist(int code, uint k) { S = new Stmt(code, k); }
}

internal sealed class Edge
{
    public int Id;
    public int Code;
    public uint[] Edom = [];
    public Block? Succ;
    public Block Pred = null!;
    public Edge? Next;
}

internal sealed class Block
{
    public const int NAtoms = Bpf.MemWords + 2;
    public int Id;
    public Slist? Stmts;
    public Stmt S;
    public int Mark;
    public int LongJt, LongJf;
    public int Level;
    public int Offset;
    public bool Sense;
    public readonly Edge Et = new(), Ef = new();
    public Block Head;
    public Block? Link;
    public uint[] Dom = [], Closure = [];
    public Edge? InEdges;
    public uint Def, Kill, InUse, OutUse;
    public uint Oval;
    public readonly uint[] Val = new uint[NAtoms];

    public Block(int code, uint k) { S = new Stmt(code, k); Head = this; Et.Pred = this; Ef.Pred = this; }

    public Block? Jt { get => Et.Succ; set => Et.Succ = value; }
    public Block? Jf { get => Ef.Succ; set => Ef.Succ = value; }
}

/// <summary>libpcap's icode: the root block and the mark generation used by the graph walks.</summary>
internal sealed class ICode
{
    public Block Root = null!;
    public int CurMark;
    public bool IsMarked(Block b) => b.Mark == CurMark;
    public void Mark(Block b) => b.Mark = CurMark;
    public void UnMarkAll() => CurMark++;
}
