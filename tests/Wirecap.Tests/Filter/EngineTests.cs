using Wirecap.Filter;
using Xunit;

namespace Wirecap.Tests.Filter;

/// <summary>
/// One test per opcode and edge of the engine. Expected values are worked out by hand from
/// libpcap's bpf_filter; every run is also checked against the plain reference interpreter.
/// </summary>
public class EngineTests
{
    private static readonly byte[] Six = [1, 2, 3, 4, 5, 6];

    internal static BpfInstruction S(int code, uint k = 0) => new((ushort)code, 0, 0, k);
    internal static BpfInstruction J(int code, uint k, int jt, int jf) => new((ushort)code, (byte)jt, (byte)jf, k);
    private static BpfInstruction RetA => S(Bpf.Ret | Bpf.A);
    private static BpfInstruction RetK(uint k) => S(Bpf.Ret | Bpf.K, k);
    private static BpfInstruction LdImm(uint k) => S(Bpf.Ld | Bpf.Imm, k);
    private static BpfInstruction LdxImm(uint k) => S(Bpf.Ldx | Bpf.Imm, k);
    private static BpfInstruction Txa => S(Bpf.Misc | Bpf.Txa);

    internal static uint Run(byte[] packet, uint wire, params BpfInstruction[] program)
    {
        uint fast = new BpfEngine(program).Run(packet, wire);
        Assert.Equal(BpfEngineReference.Run(program, packet, wire), fast);
        return fast;
    }

    private static uint Run(params BpfInstruction[] program) => Run(Six, 6, program);

    [Fact]
    public void Returns()
    {
        Assert.Equal(7u, Run(RetK(7)));
        Assert.Equal(0xffffffffu, Run(RetK(0xffffffff)));
        Assert.Equal(0u, Run(RetK(0)));
        Assert.Equal(5u, Run(LdImm(5), RetA));
    }

    [Fact]
    public void AbsoluteLoadsAndTheirBounds()
    {
        Assert.Equal(0x02030405u, Run(S(Bpf.Ld | Bpf.W | Bpf.Abs, 1), RetA));
        Assert.Equal(0x03040506u, Run(S(Bpf.Ld | Bpf.W | Bpf.Abs, 2), RetA));
        Assert.Equal(0u, Run(S(Bpf.Ld | Bpf.W | Bpf.Abs, 3), RetK(9)));
        Assert.Equal(0x0506u, Run(S(Bpf.Ld | Bpf.H | Bpf.Abs, 4), RetA));
        Assert.Equal(0u, Run(S(Bpf.Ld | Bpf.H | Bpf.Abs, 5), RetK(9)));
        Assert.Equal(6u, Run(S(Bpf.Ld | Bpf.B | Bpf.Abs, 5), RetA));
        Assert.Equal(0u, Run(S(Bpf.Ld | Bpf.B | Bpf.Abs, 6), RetK(9)));
        // offsets near 2^32 must not wrap around to the start of the packet
        Assert.Equal(0u, Run(S(Bpf.Ld | Bpf.W | Bpf.Abs, 0xfffffffe), RetK(9)));
        Assert.Equal(0u, Run(S(Bpf.Ld | Bpf.H | Bpf.Abs, 0xffffffff), RetK(9)));
        // an empty capture has nothing to load
        Assert.Equal(0u, Run([], 60, S(Bpf.Ld | Bpf.B | Bpf.Abs, 0), RetK(9)));
    }

    [Fact]
    public void IndirectLoadsAndTheirBounds()
    {
        Assert.Equal(0x03040506u, Run(LdxImm(1), S(Bpf.Ld | Bpf.W | Bpf.Ind, 1), RetA));
        Assert.Equal(0u, Run(LdxImm(1), S(Bpf.Ld | Bpf.W | Bpf.Ind, 2), RetK(9)));
        Assert.Equal(0x0506u, Run(LdxImm(2), S(Bpf.Ld | Bpf.H | Bpf.Ind, 2), RetA));
        Assert.Equal(0u, Run(LdxImm(3), S(Bpf.Ld | Bpf.H | Bpf.Ind, 2), RetK(9)));
        Assert.Equal(6u, Run(LdxImm(3), S(Bpf.Ld | Bpf.B | Bpf.Ind, 2), RetA));
        Assert.Equal(0u, Run(LdxImm(4), S(Bpf.Ld | Bpf.B | Bpf.Ind, 2), RetK(9)));
        // X + k is not taken mod 2^32: 0xffffffff + 1 is past the end, not byte 0
        Assert.Equal(0u, Run(LdxImm(0xffffffff), S(Bpf.Ld | Bpf.B | Bpf.Ind, 1), RetK(9)));
        Assert.Equal(0u, Run(LdxImm(2), S(Bpf.Ld | Bpf.H | Bpf.Ind, 0xffffffff), RetK(9)));
        Assert.Equal(0u, Run(LdxImm(0xfffffffc), S(Bpf.Ld | Bpf.W | Bpf.Ind, 5), RetK(9)));
    }

    [Fact]
    public void IpHeaderLengthLoad()
    {
        byte[] ip = [0x46, 0, 0, 0];
        Assert.Equal(24u, Run(ip, 4, S(Bpf.Ldx | Bpf.Msh | Bpf.B, 0), Txa, RetA));
        Assert.Equal(0u, Run(ip, 4, S(Bpf.Ldx | Bpf.Msh | Bpf.B, 1), Txa, RetA));
        Assert.Equal(0u, Run(ip, 4, S(Bpf.Ldx | Bpf.Msh | Bpf.B, 4), RetK(9)));
    }

    [Fact]
    public void LengthIsTheWireLength()
    {
        Assert.Equal(1514u, Run(Six, 1514, S(Bpf.Ld | Bpf.W | Bpf.Len), RetA));
        Assert.Equal(1514u, Run(Six, 1514, S(Bpf.Ldx | Bpf.W | Bpf.Len), Txa, RetA));
    }

    [Fact]
    public void ScratchMemory()
    {
        Assert.Equal(42u, Run(LdImm(42), S(Bpf.St, 15), LdImm(1), S(Bpf.Ld | Bpf.Mem, 15), RetA));
        Assert.Equal(43u, Run(LdxImm(43), S(Bpf.Stx, 0), LdxImm(1), S(Bpf.Ldx | Bpf.Mem, 0), Txa, RetA));
        Assert.Equal(44u, Run(LdImm(44), S(Bpf.St, 3), S(Bpf.Ldx | Bpf.Mem, 3), Txa, RetA));
    }

    [Theory]
    [InlineData(Bpf.Add, 7u, 5u, 12u)]
    [InlineData(Bpf.Add, 0xffffffffu, 2u, 1u)]
    [InlineData(Bpf.Sub, 1u, 2u, 0xffffffffu)]
    [InlineData(Bpf.Mul, 0x10000u, 0x10001u, 0x10000u)]
    [InlineData(Bpf.Div, 100u, 7u, 14u)]
    [InlineData(Bpf.Mod, 100u, 7u, 2u)]
    [InlineData(Bpf.And, 0xf0f0u, 0xff00u, 0xf000u)]
    [InlineData(Bpf.Or, 0xf0f0u, 0xff00u, 0xfff0u)]
    [InlineData(Bpf.Xor, 0xf0f0u, 0xff00u, 0x0ff0u)]
    [InlineData(Bpf.Lsh, 1u, 31u, 0x80000000u)]
    [InlineData(Bpf.Rsh, 0x80000000u, 31u, 1u)]
    public void AluWithConstantAndX(int op, uint a, uint operand, uint expected)
    {
        Assert.Equal(expected, Run(LdImm(a), S(Bpf.Alu | op | Bpf.K, operand), RetA));
        Assert.Equal(expected, Run(LdxImm(operand), LdImm(a), S(Bpf.Alu | op | Bpf.X, 0), RetA));
    }

    [Fact]
    public void ShiftsOf32OrMore()
    {
        // X shifts of 32 or more give 0 (libpcap checks); constant shifts take the count mod 32,
        // as libpcap's C shift does on x86-64
        Assert.Equal(0u, Run(LdxImm(32), LdImm(1), S(Bpf.Alu | Bpf.Lsh | Bpf.X), RetA) + Run(LdxImm(40), LdImm(0xffffffff), S(Bpf.Alu | Bpf.Rsh | Bpf.X), RetA));
        Assert.Equal(2u, Run(LdImm(1), S(Bpf.Alu | Bpf.Lsh | Bpf.K, 33), RetA));
        Assert.Equal(0x40000000u, Run(LdImm(0x80000000), S(Bpf.Alu | Bpf.Rsh | Bpf.K, 33), RetA));
    }

    [Fact]
    public void DivisionByZeroXRejects()
    {
        Assert.Equal(0u, Run(LdxImm(0), LdImm(9), S(Bpf.Alu | Bpf.Div | Bpf.X), RetK(5)));
        Assert.Equal(0u, Run(LdxImm(0), LdImm(9), S(Bpf.Alu | Bpf.Mod | Bpf.X), RetK(5)));
        // a constant zero divisor is refused before running, as pcap_setfilter refuses it
        var e = Assert.Throws<FilterException>(() => new BpfEngine([LdImm(9), S(Bpf.Alu | Bpf.Div | Bpf.K, 0), RetA]));
        Assert.Equal("BPF program is not valid", e.Message);
        Assert.Throws<FilterException>(() => new BpfEngine([LdImm(9), S(Bpf.Alu | Bpf.Mod | Bpf.K, 0), RetA]));
    }

    [Fact]
    public void NegTaxTxa()
    {
        Assert.Equal(0xffffffffu, Run(LdImm(1), S(Bpf.Alu | Bpf.Neg), RetA));
        Assert.Equal(0u, Run(LdImm(0), S(Bpf.Alu | Bpf.Neg), RetA));
        Assert.Equal(0x80000000u, Run(LdImm(0x80000000), S(Bpf.Alu | Bpf.Neg), RetA));
        Assert.Equal(8u, Run(LdImm(8), S(Bpf.Misc | Bpf.Tax), LdImm(1), Txa, RetA));
    }

    [Theory]
    [InlineData(Bpf.Jeq, 5u, 5u, true)]
    [InlineData(Bpf.Jeq, 5u, 6u, false)]
    [InlineData(Bpf.Jgt, 6u, 5u, true)]
    [InlineData(Bpf.Jgt, 5u, 5u, false)]
    [InlineData(Bpf.Jgt, 0x80000000u, 1u, true)] // unsigned
    [InlineData(Bpf.Jge, 5u, 5u, true)]
    [InlineData(Bpf.Jge, 4u, 5u, false)]
    [InlineData(Bpf.Jset, 6u, 2u, true)]
    [InlineData(Bpf.Jset, 6u, 9u, false)]
    public void ConditionalJumps(int op, uint a, uint operand, bool taken)
    {
        uint expected = taken ? 1u : 2u;
        // jt skips one instruction, jf two
        Assert.Equal(expected, Run(LdImm(a), J(Bpf.Jmp | op | Bpf.K, operand, 1, 2), RetK(0), RetK(1), RetK(2)));
        Assert.Equal(expected, Run(LdxImm(operand), LdImm(a), J(Bpf.Jmp | op | Bpf.X, 0, 1, 2), RetK(0), RetK(1), RetK(2)));
        // the same after a packet load (the engine fuses load + jump)
        byte[] pkt = [(byte)(a >> 24), (byte)(a >> 16), (byte)(a >> 8), (byte)a];
        Assert.Equal(expected, Run(pkt, 4, S(Bpf.Ld | Bpf.W | Bpf.Abs, 0), J(Bpf.Jmp | op | Bpf.K, operand, 1, 2), RetK(0), RetK(1), RetK(2)));
        Assert.Equal(expected, Run(pkt, 4, LdxImm(0), S(Bpf.Ld | Bpf.W | Bpf.Ind, 0), J(Bpf.Jmp | op | Bpf.K, operand, 1, 2), RetK(0), RetK(1), RetK(2)));
    }

    [Fact]
    public void FusedLoadsKeepTheJumpForJumpsIntoIt()
    {
        // (0) ld #5; (1) jeq #5 jt 2 jf 3 → (2) ldb [0]; (3) jeq #1 ...: instruction 1 jumps into the
        // compare of the fused pair 2+3 with A = 5, which must compare 5, not reload
        var prog = new[]
        {
            LdImm(5), J(Bpf.Jmp | Bpf.Jeq | Bpf.K, 5, 1, 0), S(Bpf.Ld | Bpf.B | Bpf.Abs, 0),
            J(Bpf.Jmp | Bpf.Jeq | Bpf.K, 5, 0, 1), RetK(10), RetK(20),
        };
        Assert.Equal(10u, Run(prog));
        prog[1] = J(Bpf.Jmp | Bpf.Jeq | Bpf.K, 5, 0, 1);
        Assert.Equal(20u, Run(prog)); // through the load: byte 0 is 1, not 5
        // and the fused load still sets A
        Assert.Equal(0x0102u, Run(S(Bpf.Ld | Bpf.H | Bpf.Abs, 0), J(Bpf.Jmp | Bpf.Jeq | Bpf.K, 7, 0, 0), RetA));
    }

    [Fact]
    public void UnconditionalJumps()
    {
        Assert.Equal(2u, Run(S(Bpf.Jmp | Bpf.Ja, 1), RetK(1), RetK(2)));
        Assert.Equal(1u, Run(S(Bpf.Jmp | Bpf.Ja, 0), RetK(1), RetK(2)));
        // a backward jump (ip6 protochain's loop): count M[0] down from 3, adding to X
        var loop = new[]
        {
            LdImm(3), S(Bpf.St, 0),                                    // 0,1
            S(Bpf.Ld | Bpf.Mem, 0), J(Bpf.Jmp | Bpf.Jeq | Bpf.K, 0, 6, 0), // 2,3: done → 10
            S(Bpf.Alu | Bpf.Sub | Bpf.K, 1), S(Bpf.St, 0),             // 4,5
            Txa, S(Bpf.Alu | Bpf.Add | Bpf.K, 10), S(Bpf.Misc | Bpf.Tax), // 6,7,8
            S(Bpf.Jmp | Bpf.Ja, unchecked((uint)-8)),                  // 9 → 2
            Txa, RetA,                                                 // 10, 11
        };
        Assert.Equal(30u, Run(loop));
    }

    [Fact]
    public void EndlessLoopRejectsInsteadOfHanging()
    {
        Assert.Equal(0u, Run(S(Bpf.Jmp | Bpf.Ja, 0xffffffff), RetK(1)));
        Assert.Equal(0u, Run(LdImm(1), S(Bpf.Jmp | Bpf.Ja, unchecked((uint)-2)), RetK(1)));
    }

    [Fact]
    public void AncillaryLoadsRejectOffline()
    {
        // SKF_AD_OFF + proto / vlan_tci / vlanp: no metadata in a savefile
        foreach (uint k in new uint[] { 0xfffff000, 0xfffff02c, 0xfffff030, 0xfffff03c })
        {
            Assert.Equal(0u, Run(S(Bpf.Ld | Bpf.W | Bpf.Abs, k), RetK(1)));
            Assert.Equal(0u, Run(S(Bpf.Ld | Bpf.H | Bpf.Abs, k), RetK(1)));
            Assert.Equal(0u, Run(S(Bpf.Ld | Bpf.B | Bpf.Abs, k), RetK(1)));
        }
    }

    [Fact]
    public void OpcodesTheInterpreterDoesNotKnowReject()
    {
        // these pass bpf_validate but libpcap's bpf_filter aborts on them; we reject
        foreach (int code in new[] { Bpf.Ld | Bpf.H | Bpf.Imm, Bpf.Ldx | Bpf.W | Bpf.Abs, Bpf.Ld | Bpf.B | Bpf.Msh, Bpf.Misc | 0x08 })
        {
            var prog = new[] { S(code), RetK(1) };
            Assert.True(BpfValidate.IsValid(prog));
            Assert.Equal(0u, Run(prog));
        }
        Assert.Equal(0u, Run(S(Bpf.Ret | Bpf.X), RetK(1)));
    }
}
