namespace Wirecap.Filter;

/// <summary>One classic BPF instruction, as struct bpf_insn / sock_filter: opcode, jump offsets, constant.</summary>
public readonly record struct BpfInstruction(ushort Code, byte Jt, byte Jf, uint K);

/// <summary>Classic BPF opcode fields (bpf.h).</summary>
public static class Bpf
{
    // instruction classes
    public const int Ld = 0x00, Ldx = 0x01, St = 0x02, Stx = 0x03, Alu = 0x04, Jmp = 0x05, Ret = 0x06, Misc = 0x07;
    // ld/ldx sizes
    public const int W = 0x00, H = 0x08, B = 0x10;
    // ld/ldx modes
    public const int Imm = 0x00, Abs = 0x20, Ind = 0x40, Mem = 0x60, Len = 0x80, Msh = 0xa0;
    // alu/jmp operations
    public const int Add = 0x00, Sub = 0x10, Mul = 0x20, Div = 0x30, Or = 0x40, And = 0x50, Lsh = 0x60, Rsh = 0x70,
        Neg = 0x80, Mod = 0x90, Xor = 0xa0;
    public const int Ja = 0x00, Jeq = 0x10, Jgt = 0x20, Jge = 0x30, Jset = 0x40;
    // sources
    public const int K = 0x00, X = 0x08, A = 0x10;
    // misc
    public const int Tax = 0x00, Txa = 0x80;
    /// <summary>Scratch memory words.</summary>
    public const int MemWords = 16;

    public static int Class(int code) => code & 0x07;
    public static int Size(int code) => code & 0x18;
    public static int Mode(int code) => code & 0xe0;
    public static int Op(int code) => code & 0xf0;
    public static int Src(int code) => code & 0x08;
    public static int RVal(int code) => code & 0x18;
    public static int MiscOp(int code) => code & 0xf8;
}

/// <summary>A filter expression that libpcap would reject, with libpcap's message (tcpdump prints it after its prefix).</summary>
public sealed class FilterException(string message) : Exception(message);
