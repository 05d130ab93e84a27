using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Wirecap.Filter;

/// <summary>
/// Runs a classic BPF program on packets with libpcap's offline semantics (bpf_filter): loads
/// outside the captured bytes reject, so does division or modulo by a zero X, "len" is the wire
/// length, Linux ancillary loads reject (a savefile has no metadata). The result is the accept
/// length, 0 for reject.
///
/// The program is decoded once into <see cref="Insn"/>s: one opcode per addressing mode, jump
/// targets as absolute indexes, and a load followed by a conditional jump on a constant fused into
/// one step (the bulk of compiled filters is "ld; jeq"). The jumped-over jump keeps its own slot,
/// so a jump into it still works. Validation up front guarantees that every jump target and
/// scratch index is in range, which lets the loop index without checks; packet reads are checked
/// against the captured length, once per load.
/// Running allocates nothing.
/// </summary>
public sealed class BpfEngine
{
    internal enum Op : byte
    {
        RetK, RetA,
        LdWAbs, LdHAbs, LdBAbs, LdWInd, LdHInd, LdBInd, LdxMsh,
        LdLen, LdxLen, LdImm, LdxImm, LdMem, LdxMem, St, Stx,
        Ja, JaBack,
        JeqK, JgtK, JgeK, JsetK, JeqX, JgtX, JgeX, JsetX,
        AddK, SubK, MulK, DivK, ModK, AndK, OrK, XorK, LshK, RshK,
        AddX, SubX, MulX, DivX, ModX, AndX, OrX, XorX, LshX, RshX,
        Neg, Tax, Txa,
        // load + conditional jump on a constant (K2); each group in Jeq, Jgt, Jge, Jset order (Decode relies on it)
        LdHAbsJeq, LdHAbsJgt, LdHAbsJge, LdHAbsJset,
        LdBAbsJeq, LdBAbsJgt, LdBAbsJge, LdBAbsJset,
        LdWAbsJeq, LdWAbsJgt, LdWAbsJge, LdWAbsJset,
        LdHIndJeq, LdHIndJgt, LdHIndJge, LdHIndJset,
        LdBIndJeq, LdBIndJgt, LdBIndJge, LdBIndJset,
        LdWIndJeq, LdWIndJgt, LdWIndJge, LdWIndJset,
        /// <summary>An opcode libpcap's interpreter does not know (it aborts); we reject.</summary>
        Reject,
    }

    /// <summary>A decoded instruction. Jt/Jf are absolute indexes; K2 is a fused jump's constant.</summary>
    internal struct Insn
    {
        public uint K, K2;
        public int Jt, Jf;
        public Op Op;
    }

    [InlineArray(Bpf.MemWords)]
    private struct Scratch { private uint _w; }

    private readonly Insn[] _code;
    private readonly BpfInstruction[] _program;

    /// <summary>Decodes a program; throws <see cref="FilterException"/> with libpcap's text if it fails bpf_validate.</summary>
    public BpfEngine(ReadOnlySpan<BpfInstruction> program)
    {
        if (!BpfValidate.IsValid(program)) throw new FilterException(BpfValidate.NotValidMessage);
        _program = program.ToArray();
        _code = Decode(program);
    }

    /// <summary>The program as given.</summary>
    public ReadOnlySpan<BpfInstruction> Program => _program;

    internal ReadOnlySpan<Insn> Code => _code;

    /// <summary>
    /// How many backward jumps one run may take. libpcap has no limit; its only backward jumps are
    /// ip6 protochain's header walk, which advances at least 8 bytes a turn and so ends within the
    /// packet. A looping hand-made program is stopped (rejects) instead of hanging.
    /// </summary>
    internal static long BackwardJumpBudget(int capturedLength) => capturedLength + 256L;

    /// <summary>True when the program accepts the packet (a non-zero accept length).</summary>
    public bool Matches(ReadOnlySpan<byte> packet, uint wireLength) => Run(packet, wireLength) != 0;

    /// <summary>The accept length for a packet (0 = reject): <paramref name="packet"/> is the captured bytes.</summary>
    public uint Run(ReadOnlySpan<byte> packet, uint wireLength)
    {
        ref Insn code0 = ref MemoryMarshal.GetArrayDataReference(_code);
        ref byte p = ref MemoryMarshal.GetReference(packet);
        ulong buflen = (uint)packet.Length;
        long backwardBudget = BackwardJumpBudget(packet.Length);
        Scratch mem = default;
        ref uint m = ref Unsafe.As<Scratch, uint>(ref mem);
        uint a = 0, x = 0;
        int pc = 0;
        while (true)
        {
            // Validation keeps pc inside the program: targets are in range and the last slot returns.
            ref Insn i = ref Unsafe.Add(ref code0, pc);
            switch (i.Op)
            {
                case Op.RetK: return i.K;
                case Op.RetA: return a;

                case Op.LdWAbs:
                    if (i.K + 4UL > buflen) return 0;
                    a = Load32(ref p, i.K); pc++; continue;
                case Op.LdHAbs:
                    if (i.K + 2UL > buflen) return 0;
                    a = Load16(ref p, i.K); pc++; continue;
                case Op.LdBAbs:
                    if (i.K + 1UL > buflen) return 0;
                    a = Unsafe.Add(ref p, (nint)i.K); pc++; continue;
                case Op.LdWInd:
                    if ((ulong)x + i.K + 4 > buflen) return 0;
                    a = Load32(ref p, x + i.K); pc++; continue;
                case Op.LdHInd:
                    if ((ulong)x + i.K + 2 > buflen) return 0;
                    a = Load16(ref p, x + i.K); pc++; continue;
                case Op.LdBInd:
                    if ((ulong)x + i.K + 1 > buflen) return 0;
                    a = Unsafe.Add(ref p, (nint)(x + i.K)); pc++; continue;
                case Op.LdxMsh:
                    if (i.K + 1UL > buflen) return 0;
                    x = (uint)(Unsafe.Add(ref p, (nint)i.K) & 0xf) << 2; pc++; continue;
                case Op.LdLen: a = wireLength; pc++; continue;
                case Op.LdxLen: x = wireLength; pc++; continue;
                case Op.LdImm: a = i.K; pc++; continue;
                case Op.LdxImm: x = i.K; pc++; continue;
                // scratch indexes are below MemWords: validated
                case Op.LdMem: a = Unsafe.Add(ref m, (nint)i.K); pc++; continue;
                case Op.LdxMem: x = Unsafe.Add(ref m, (nint)i.K); pc++; continue;
                case Op.St: Unsafe.Add(ref m, (nint)i.K) = a; pc++; continue;
                case Op.Stx: Unsafe.Add(ref m, (nint)i.K) = x; pc++; continue;

                case Op.Ja: pc = i.Jt; continue;
                case Op.JaBack:
                    if (--backwardBudget < 0) return 0;
                    pc = i.Jt; continue;
                case Op.JeqK: pc = a == i.K ? i.Jt : i.Jf; continue;
                case Op.JgtK: pc = a > i.K ? i.Jt : i.Jf; continue;
                case Op.JgeK: pc = a >= i.K ? i.Jt : i.Jf; continue;
                case Op.JsetK: pc = (a & i.K) != 0 ? i.Jt : i.Jf; continue;
                case Op.JeqX: pc = a == x ? i.Jt : i.Jf; continue;
                case Op.JgtX: pc = a > x ? i.Jt : i.Jf; continue;
                case Op.JgeX: pc = a >= x ? i.Jt : i.Jf; continue;
                case Op.JsetX: pc = (a & x) != 0 ? i.Jt : i.Jf; continue;

                case Op.AddK: a += i.K; pc++; continue;
                case Op.SubK: a -= i.K; pc++; continue;
                case Op.MulK: a *= i.K; pc++; continue;
                case Op.DivK: a /= i.K; pc++; continue; // K != 0: validated
                case Op.ModK: a %= i.K; pc++; continue;
                case Op.AndK: a &= i.K; pc++; continue;
                case Op.OrK: a |= i.K; pc++; continue;
                case Op.XorK: a ^= i.K; pc++; continue;
                // constant shift counts are taken mod 32, as x86 does with libpcap's C shift
                case Op.LshK: a <<= (int)i.K; pc++; continue;
                case Op.RshK: a >>= (int)i.K; pc++; continue;
                case Op.AddX: a += x; pc++; continue;
                case Op.SubX: a -= x; pc++; continue;
                case Op.MulX: a *= x; pc++; continue;
                case Op.DivX: if (x == 0) return 0; a /= x; pc++; continue;
                case Op.ModX: if (x == 0) return 0; a %= x; pc++; continue;
                case Op.AndX: a &= x; pc++; continue;
                case Op.OrX: a |= x; pc++; continue;
                case Op.XorX: a ^= x; pc++; continue;
                case Op.LshX: a = x < 32 ? a << (int)x : 0; pc++; continue;
                case Op.RshX: a = x < 32 ? a >> (int)x : 0; pc++; continue;
                case Op.Neg: a = 0u - a; pc++; continue;
                case Op.Tax: x = a; pc++; continue;
                case Op.Txa: a = x; pc++; continue;

                case Op.LdHAbsJeq:
                    if (i.K + 2UL > buflen) return 0;
                    a = Load16(ref p, i.K); pc = a == i.K2 ? i.Jt : i.Jf; continue;
                case Op.LdHAbsJgt:
                    if (i.K + 2UL > buflen) return 0;
                    a = Load16(ref p, i.K); pc = a > i.K2 ? i.Jt : i.Jf; continue;
                case Op.LdHAbsJge:
                    if (i.K + 2UL > buflen) return 0;
                    a = Load16(ref p, i.K); pc = a >= i.K2 ? i.Jt : i.Jf; continue;
                case Op.LdHAbsJset:
                    if (i.K + 2UL > buflen) return 0;
                    a = Load16(ref p, i.K); pc = (a & i.K2) != 0 ? i.Jt : i.Jf; continue;
                case Op.LdBAbsJeq:
                    if (i.K + 1UL > buflen) return 0;
                    a = Unsafe.Add(ref p, (nint)i.K); pc = a == i.K2 ? i.Jt : i.Jf; continue;
                case Op.LdBAbsJgt:
                    if (i.K + 1UL > buflen) return 0;
                    a = Unsafe.Add(ref p, (nint)i.K); pc = a > i.K2 ? i.Jt : i.Jf; continue;
                case Op.LdBAbsJge:
                    if (i.K + 1UL > buflen) return 0;
                    a = Unsafe.Add(ref p, (nint)i.K); pc = a >= i.K2 ? i.Jt : i.Jf; continue;
                case Op.LdBAbsJset:
                    if (i.K + 1UL > buflen) return 0;
                    a = Unsafe.Add(ref p, (nint)i.K); pc = (a & i.K2) != 0 ? i.Jt : i.Jf; continue;
                case Op.LdWAbsJeq:
                    if (i.K + 4UL > buflen) return 0;
                    a = Load32(ref p, i.K); pc = a == i.K2 ? i.Jt : i.Jf; continue;
                case Op.LdWAbsJgt:
                    if (i.K + 4UL > buflen) return 0;
                    a = Load32(ref p, i.K); pc = a > i.K2 ? i.Jt : i.Jf; continue;
                case Op.LdWAbsJge:
                    if (i.K + 4UL > buflen) return 0;
                    a = Load32(ref p, i.K); pc = a >= i.K2 ? i.Jt : i.Jf; continue;
                case Op.LdWAbsJset:
                    if (i.K + 4UL > buflen) return 0;
                    a = Load32(ref p, i.K); pc = (a & i.K2) != 0 ? i.Jt : i.Jf; continue;
                case Op.LdHIndJeq:
                    if ((ulong)x + i.K + 2 > buflen) return 0;
                    a = Load16(ref p, x + i.K); pc = a == i.K2 ? i.Jt : i.Jf; continue;
                case Op.LdHIndJgt:
                    if ((ulong)x + i.K + 2 > buflen) return 0;
                    a = Load16(ref p, x + i.K); pc = a > i.K2 ? i.Jt : i.Jf; continue;
                case Op.LdHIndJge:
                    if ((ulong)x + i.K + 2 > buflen) return 0;
                    a = Load16(ref p, x + i.K); pc = a >= i.K2 ? i.Jt : i.Jf; continue;
                case Op.LdHIndJset:
                    if ((ulong)x + i.K + 2 > buflen) return 0;
                    a = Load16(ref p, x + i.K); pc = (a & i.K2) != 0 ? i.Jt : i.Jf; continue;
                case Op.LdBIndJeq:
                    if ((ulong)x + i.K + 1 > buflen) return 0;
                    a = Unsafe.Add(ref p, (nint)(x + i.K)); pc = a == i.K2 ? i.Jt : i.Jf; continue;
                case Op.LdBIndJgt:
                    if ((ulong)x + i.K + 1 > buflen) return 0;
                    a = Unsafe.Add(ref p, (nint)(x + i.K)); pc = a > i.K2 ? i.Jt : i.Jf; continue;
                case Op.LdBIndJge:
                    if ((ulong)x + i.K + 1 > buflen) return 0;
                    a = Unsafe.Add(ref p, (nint)(x + i.K)); pc = a >= i.K2 ? i.Jt : i.Jf; continue;
                case Op.LdBIndJset:
                    if ((ulong)x + i.K + 1 > buflen) return 0;
                    a = Unsafe.Add(ref p, (nint)(x + i.K)); pc = (a & i.K2) != 0 ? i.Jt : i.Jf; continue;
                case Op.LdWIndJeq:
                    if ((ulong)x + i.K + 4 > buflen) return 0;
                    a = Load32(ref p, x + i.K); pc = a == i.K2 ? i.Jt : i.Jf; continue;
                case Op.LdWIndJgt:
                    if ((ulong)x + i.K + 4 > buflen) return 0;
                    a = Load32(ref p, x + i.K); pc = a > i.K2 ? i.Jt : i.Jf; continue;
                case Op.LdWIndJge:
                    if ((ulong)x + i.K + 4 > buflen) return 0;
                    a = Load32(ref p, x + i.K); pc = a >= i.K2 ? i.Jt : i.Jf; continue;
                case Op.LdWIndJset:
                    if ((ulong)x + i.K + 4 > buflen) return 0;
                    a = Load32(ref p, x + i.K); pc = (a & i.K2) != 0 ? i.Jt : i.Jf; continue;

                default: return 0; // Op.Reject
            }
        }
    }

    // Network byte order loads. Callers have checked offset + size against the captured length.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Load32(ref byte p, uint offset)
    {
        uint v = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref p, (nint)offset));
        return BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(v) : v;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Load16(ref byte p, uint offset)
    {
        ushort v = Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref p, (nint)offset));
        return BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(v) : v;
    }

    private static Insn[] Decode(ReadOnlySpan<BpfInstruction> program)
    {
        var code = new Insn[program.Length];
        for (int n = 0; n < program.Length; n++)
        {
            var p = program[n];
            ref var d = ref code[n];
            d.K = p.K;
            d.Jt = n + 1 + p.Jt;
            d.Jf = n + 1 + p.Jf;
            d.Op = Map(p.Code);
            if (d.Op is Op.Ja or Op.JaBack)
            {
                // the 32-bit offset wraps; validation put the target inside the program
                int target = unchecked((int)((uint)n + 1 + p.K));
                d.Jt = d.Jf = target;
                d.Op = target <= n ? Op.JaBack : Op.Ja;
            }
        }
        // Fuse "load; jump on constant" pairs into the load's slot.
        for (int n = 0; n + 1 < program.Length; n++)
        {
            ref var d = ref code[n];
            var next = code[n + 1];
            int cond = next.Op switch { Op.JeqK => 0, Op.JgtK => 1, Op.JgeK => 2, Op.JsetK => 3, _ => -1 };
            if (cond < 0) continue;
            Op fusedBase = d.Op switch
            {
                Op.LdHAbs => Op.LdHAbsJeq, Op.LdBAbs => Op.LdBAbsJeq, Op.LdWAbs => Op.LdWAbsJeq,
                Op.LdHInd => Op.LdHIndJeq, Op.LdBInd => Op.LdBIndJeq, Op.LdWInd => Op.LdWIndJeq,
                _ => Op.Reject,
            };
            if (fusedBase == Op.Reject) continue;
            d.Op = (Op)((int)fusedBase + cond);
            d.K2 = next.K;
            d.Jt = next.Jt;
            d.Jf = next.Jf;
        }
        return code;
    }

    private static Op Map(ushort code) => code switch
    {
        Bpf.Ret | Bpf.K => Op.RetK,
        Bpf.Ret | Bpf.A => Op.RetA,
        Bpf.Ld | Bpf.W | Bpf.Abs => Op.LdWAbs,
        Bpf.Ld | Bpf.H | Bpf.Abs => Op.LdHAbs,
        Bpf.Ld | Bpf.B | Bpf.Abs => Op.LdBAbs,
        Bpf.Ld | Bpf.W | Bpf.Ind => Op.LdWInd,
        Bpf.Ld | Bpf.H | Bpf.Ind => Op.LdHInd,
        Bpf.Ld | Bpf.B | Bpf.Ind => Op.LdBInd,
        Bpf.Ldx | Bpf.Msh | Bpf.B => Op.LdxMsh,
        Bpf.Ld | Bpf.W | Bpf.Len => Op.LdLen,
        Bpf.Ldx | Bpf.W | Bpf.Len => Op.LdxLen,
        Bpf.Ld | Bpf.Imm => Op.LdImm,
        Bpf.Ldx | Bpf.Imm => Op.LdxImm,
        Bpf.Ld | Bpf.Mem => Op.LdMem,
        Bpf.Ldx | Bpf.Mem => Op.LdxMem,
        Bpf.St => Op.St,
        Bpf.Stx => Op.Stx,
        Bpf.Jmp | Bpf.Ja => Op.Ja,
        Bpf.Jmp | Bpf.Jeq | Bpf.K => Op.JeqK,
        Bpf.Jmp | Bpf.Jgt | Bpf.K => Op.JgtK,
        Bpf.Jmp | Bpf.Jge | Bpf.K => Op.JgeK,
        Bpf.Jmp | Bpf.Jset | Bpf.K => Op.JsetK,
        Bpf.Jmp | Bpf.Jeq | Bpf.X => Op.JeqX,
        Bpf.Jmp | Bpf.Jgt | Bpf.X => Op.JgtX,
        Bpf.Jmp | Bpf.Jge | Bpf.X => Op.JgeX,
        Bpf.Jmp | Bpf.Jset | Bpf.X => Op.JsetX,
        Bpf.Alu | Bpf.Add | Bpf.K => Op.AddK,
        Bpf.Alu | Bpf.Sub | Bpf.K => Op.SubK,
        Bpf.Alu | Bpf.Mul | Bpf.K => Op.MulK,
        Bpf.Alu | Bpf.Div | Bpf.K => Op.DivK,
        Bpf.Alu | Bpf.Mod | Bpf.K => Op.ModK,
        Bpf.Alu | Bpf.And | Bpf.K => Op.AndK,
        Bpf.Alu | Bpf.Or | Bpf.K => Op.OrK,
        Bpf.Alu | Bpf.Xor | Bpf.K => Op.XorK,
        Bpf.Alu | Bpf.Lsh | Bpf.K => Op.LshK,
        Bpf.Alu | Bpf.Rsh | Bpf.K => Op.RshK,
        Bpf.Alu | Bpf.Add | Bpf.X => Op.AddX,
        Bpf.Alu | Bpf.Sub | Bpf.X => Op.SubX,
        Bpf.Alu | Bpf.Mul | Bpf.X => Op.MulX,
        Bpf.Alu | Bpf.Div | Bpf.X => Op.DivX,
        Bpf.Alu | Bpf.Mod | Bpf.X => Op.ModX,
        Bpf.Alu | Bpf.And | Bpf.X => Op.AndX,
        Bpf.Alu | Bpf.Or | Bpf.X => Op.OrX,
        Bpf.Alu | Bpf.Xor | Bpf.X => Op.XorX,
        Bpf.Alu | Bpf.Lsh | Bpf.X => Op.LshX,
        Bpf.Alu | Bpf.Rsh | Bpf.X => Op.RshX,
        Bpf.Alu | Bpf.Neg => Op.Neg,
        Bpf.Misc | Bpf.Tax => Op.Tax,
        Bpf.Misc | Bpf.Txa => Op.Txa,
        _ => Op.Reject,
    };
}
