namespace Wirecap.Filter;

// Link-specific primitives not yet carried over from libpcap; each rejects the expression for now.
internal sealed partial class FilterCodegen
{
    const int AProtoType = 53;

    static FilterException Todo(string what) => new(what + " filtering is not implemented in wirecap yet");

    Block GenAtmfieldCodeInternal(int field, uint v, int op, bool rev) => throw Todo("ATM");
    Block GenProtochain(uint v, int proto) => throw Todo("protochain");

    public Block GenGeneve(uint vni, bool has) => throw Todo("geneve");
    public Block GenLlc() => throw Todo("llc");
    public Block GenLlcNamed(string s) => throw Todo("llc");
    public Block GenPf(Tk kind, string? s, uint n) => throw Todo("pf");
    public Block GenAtmAbbrev(Tk kind) => throw Todo("ATM");
    public Block GenMtp2Abbrev(Tk kind) => throw Todo("MTP2");
    public Block GenFieldCode(Tk field, uint v, int code, bool rev) => throw Todo("ATM/MTP3 field");
}
