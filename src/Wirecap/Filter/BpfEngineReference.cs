using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Wirecap.Filter;

/// <summary>
/// A plain switch interpreter over the raw instructions, shaped like libpcap's bpf_filter.
/// It is the yardstick for <see cref="BpfEngine"/>: tests run both on the same packets, and the
/// benchmark compares their speed. The program must have passed <see cref="BpfValidate.IsValid"/>.
/// </summary>
internal static class BpfEngineReference
{
    [InlineArray(Bpf.MemWords)]
    private struct Scratch { private uint _w; }

    /// <summary>The accept length (0 = reject) of a validated program on one packet.</summary>
    internal static uint Run(ReadOnlySpan<BpfInstruction> program, ReadOnlySpan<byte> p, uint wireLength)
    {
        uint a = 0, x = 0;
        Scratch mem = default;
        long buflen = p.Length;
        long backwardBudget = BpfEngine.BackwardJumpBudget(p.Length);
        int pc = 0;
        while (true)
        {
            var i = program[pc++];
            uint k = i.K;
            switch (i.Code)
            {
                case Bpf.Ret | Bpf.K: return k;
                case Bpf.Ret | Bpf.A: return a;

                case Bpf.Ld | Bpf.W | Bpf.Abs:
                    if (k + 4L > buflen) return 0;
                    a = BinaryPrimitives.ReadUInt32BigEndian(p.Slice((int)k));
                    break;
                case Bpf.Ld | Bpf.H | Bpf.Abs:
                    if (k + 2L > buflen) return 0;
                    a = BinaryPrimitives.ReadUInt16BigEndian(p.Slice((int)k));
                    break;
                case Bpf.Ld | Bpf.B | Bpf.Abs:
                    // Linux's VLAN ancillary offsets need metadata a savefile lacks: libpcap rejects,
                    // as the offset check does for every other ancillary offset.
                    if (k + 1L > buflen) return 0;
                    a = p[(int)k];
                    break;
                case Bpf.Ld | Bpf.W | Bpf.Len: a = wireLength; break;
                case Bpf.Ldx | Bpf.W | Bpf.Len: x = wireLength; break;
                case Bpf.Ld | Bpf.W | Bpf.Ind:
                    if ((long)x + k + 4 > buflen) return 0;
                    a = BinaryPrimitives.ReadUInt32BigEndian(p.Slice((int)(x + k)));
                    break;
                case Bpf.Ld | Bpf.H | Bpf.Ind:
                    if ((long)x + k + 2 > buflen) return 0;
                    a = BinaryPrimitives.ReadUInt16BigEndian(p.Slice((int)(x + k)));
                    break;
                case Bpf.Ld | Bpf.B | Bpf.Ind:
                    if ((long)x + k + 1 > buflen) return 0;
                    a = p[(int)(x + k)];
                    break;
                case Bpf.Ldx | Bpf.Msh | Bpf.B:
                    if (k + 1L > buflen) return 0;
                    x = (uint)(p[(int)k] & 0xf) << 2;
                    break;
                case Bpf.Ld | Bpf.Imm: a = k; break;
                case Bpf.Ldx | Bpf.Imm: x = k; break;
                case Bpf.Ld | Bpf.Mem: a = mem[(int)k]; break;
                case Bpf.Ldx | Bpf.Mem: x = mem[(int)k]; break;
                case Bpf.St: mem[(int)k] = a; break;
                case Bpf.Stx: mem[(int)k] = x; break;

                case Bpf.Jmp | Bpf.Ja:
                    // a negative offset is a backward jump (ip6 protochain loops)
                    if ((int)k < 0 && --backwardBudget < 0) return 0;
                    pc = unchecked(pc + (int)k);
                    break;
                case Bpf.Jmp | Bpf.Jgt | Bpf.K: pc += a > k ? i.Jt : i.Jf; break;
                case Bpf.Jmp | Bpf.Jge | Bpf.K: pc += a >= k ? i.Jt : i.Jf; break;
                case Bpf.Jmp | Bpf.Jeq | Bpf.K: pc += a == k ? i.Jt : i.Jf; break;
                case Bpf.Jmp | Bpf.Jset | Bpf.K: pc += (a & k) != 0 ? i.Jt : i.Jf; break;
                case Bpf.Jmp | Bpf.Jgt | Bpf.X: pc += a > x ? i.Jt : i.Jf; break;
                case Bpf.Jmp | Bpf.Jge | Bpf.X: pc += a >= x ? i.Jt : i.Jf; break;
                case Bpf.Jmp | Bpf.Jeq | Bpf.X: pc += a == x ? i.Jt : i.Jf; break;
                case Bpf.Jmp | Bpf.Jset | Bpf.X: pc += (a & x) != 0 ? i.Jt : i.Jf; break;

                case Bpf.Alu | Bpf.Add | Bpf.X: a += x; break;
                case Bpf.Alu | Bpf.Sub | Bpf.X: a -= x; break;
                case Bpf.Alu | Bpf.Mul | Bpf.X: a *= x; break;
                case Bpf.Alu | Bpf.Div | Bpf.X: if (x == 0) return 0; a /= x; break;
                case Bpf.Alu | Bpf.Mod | Bpf.X: if (x == 0) return 0; a %= x; break;
                case Bpf.Alu | Bpf.And | Bpf.X: a &= x; break;
                case Bpf.Alu | Bpf.Or | Bpf.X: a |= x; break;
                case Bpf.Alu | Bpf.Xor | Bpf.X: a ^= x; break;
                case Bpf.Alu | Bpf.Lsh | Bpf.X: a = x < 32 ? a << (int)x : 0; break;
                case Bpf.Alu | Bpf.Rsh | Bpf.X: a = x < 32 ? a >> (int)x : 0; break;
                case Bpf.Alu | Bpf.Add | Bpf.K: a += k; break;
                case Bpf.Alu | Bpf.Sub | Bpf.K: a -= k; break;
                case Bpf.Alu | Bpf.Mul | Bpf.K: a *= k; break;
                case Bpf.Alu | Bpf.Div | Bpf.K: a /= k; break; // k != 0: validated
                case Bpf.Alu | Bpf.Mod | Bpf.K: a %= k; break;
                case Bpf.Alu | Bpf.And | Bpf.K: a &= k; break;
                case Bpf.Alu | Bpf.Or | Bpf.K: a |= k; break;
                case Bpf.Alu | Bpf.Xor | Bpf.K: a ^= k; break;
                // a constant shift of 32 or more takes the count mod 32, as x86 does for libpcap's C
                case Bpf.Alu | Bpf.Lsh | Bpf.K: a <<= (int)k; break;
                case Bpf.Alu | Bpf.Rsh | Bpf.K: a >>= (int)k; break;
                case Bpf.Alu | Bpf.Neg: a = 0u - a; break;

                case Bpf.Misc | Bpf.Tax: x = a; break;
                case Bpf.Misc | Bpf.Txa: a = x; break;

                default:
                    // An opcode that validates but that libpcap's interpreter does not know
                    // (libpcap aborts): reject the packet instead.
                    return 0;
            }
        }
    }
}
