namespace Wirecap.Filter;

/// <summary>
/// libpcap's bpf_validate (pcap_validate_filter): the checks a program passes before libpcap
/// installs it. A program that fails makes pcap_setfilter report "BPF program is not valid".
/// </summary>
public static class BpfValidate
{
    /// <summary>pcap_setfilter's message for a program that fails these checks.</summary>
    public const string NotValidMessage = "BPF program is not valid";

    /// <summary>
    /// True when libpcap would accept the program: scratch-memory indexes in range, no division or
    /// modulo by a constant zero, known ALU and jump operations, jump targets inside the program
    /// (an unconditional jump's 32-bit offset may wrap, which is how backward jumps pass), and a
    /// return as the last instruction. Load sizes and other opcode bits are not checked here.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<BpfInstruction> program)
    {
        uint len = (uint)program.Length;
        if (len < 1) return false;
        for (uint i = 0; i < len; i++)
        {
            var p = program[(int)i];
            switch (Bpf.Class(p.Code))
            {
                case Bpf.Ld:
                case Bpf.Ldx:
                    switch (Bpf.Mode(p.Code))
                    {
                        case Bpf.Imm:
                        case Bpf.Abs:
                        case Bpf.Ind:
                        case Bpf.Msh:
                        case Bpf.Len:
                            break; // packet offsets are checked when the load runs
                        case Bpf.Mem:
                            if (p.K >= Bpf.MemWords) return false;
                            break;
                        default:
                            return false;
                    }
                    break;
                case Bpf.St:
                case Bpf.Stx:
                    if (p.K >= Bpf.MemWords) return false;
                    break;
                case Bpf.Alu:
                    switch (Bpf.Op(p.Code))
                    {
                        case Bpf.Add: case Bpf.Sub: case Bpf.Mul: case Bpf.Or: case Bpf.And:
                        case Bpf.Xor: case Bpf.Lsh: case Bpf.Rsh: case Bpf.Neg:
                            break;
                        case Bpf.Div:
                        case Bpf.Mod:
                            if (Bpf.Src(p.Code) == Bpf.K && p.K == 0) return false;
                            break;
                        default:
                            return false;
                    }
                    break;
                case Bpf.Jmp:
                    uint from = i + 1;
                    switch (Bpf.Op(p.Code))
                    {
                        case Bpf.Ja:
                            if (unchecked(from + p.K) >= len) return false;
                            break;
                        case Bpf.Jeq: case Bpf.Jgt: case Bpf.Jge: case Bpf.Jset:
                            if (from + p.Jt >= len || from + p.Jf >= len) return false;
                            break;
                        default:
                            return false;
                    }
                    break;
                case Bpf.Ret:
                case Bpf.Misc:
                    break;
                default:
                    return false;
            }
        }
        return Bpf.Class(program[(int)len - 1].Code) == Bpf.Ret;
    }
}
