using Wirecap.Filter;
using Xunit;
using static Wirecap.Tests.Filter.EngineTests;

namespace Wirecap.Tests.Filter;

/// <summary>bpf_validate's rules, case by case (libpcap's bpf_filter.c).</summary>
public class EngineValidateTests
{
    private static readonly BpfInstruction Ret = S(Bpf.Ret | Bpf.K, 1);

    [Fact]
    public void EmptyOrNotEndingInReturnIsInvalid()
    {
        Assert.False(BpfValidate.IsValid([]));
        Assert.False(BpfValidate.IsValid([S(Bpf.Ld | Bpf.Imm, 1)]));
        Assert.True(BpfValidate.IsValid([Ret]));
        Assert.True(BpfValidate.IsValid([S(Bpf.Ret | Bpf.A)]));
    }

    [Fact]
    public void ScratchIndexes()
    {
        Assert.True(BpfValidate.IsValid([S(Bpf.St, 15), S(Bpf.Stx, 15), S(Bpf.Ld | Bpf.Mem, 15), S(Bpf.Ldx | Bpf.Mem, 15), Ret]));
        Assert.False(BpfValidate.IsValid([S(Bpf.St, 16), Ret]));
        Assert.False(BpfValidate.IsValid([S(Bpf.Stx, 16), Ret]));
        Assert.False(BpfValidate.IsValid([S(Bpf.Ld | Bpf.Mem, 16), Ret]));
        Assert.False(BpfValidate.IsValid([S(Bpf.Ldx | Bpf.Mem, 0xffffffff), Ret]));
    }

    [Fact]
    public void LoadModes()
    {
        // packet offsets are not limited (checked at run time); modes 0xc0 and 0xe0 do not exist
        Assert.True(BpfValidate.IsValid([S(Bpf.Ld | Bpf.W | Bpf.Abs, 0xffffffff), Ret]));
        Assert.True(BpfValidate.IsValid([S(Bpf.Ld | Bpf.B | Bpf.Msh), Ret]));
        Assert.False(BpfValidate.IsValid([S(Bpf.Ld | 0xc0), Ret]));
        Assert.False(BpfValidate.IsValid([S(Bpf.Ldx | 0xe0), Ret]));
    }

    [Fact]
    public void AluOperations()
    {
        Assert.True(BpfValidate.IsValid([S(Bpf.Alu | Bpf.Div | Bpf.K, 1), S(Bpf.Alu | Bpf.Mod | Bpf.K, 3), Ret]));
        Assert.False(BpfValidate.IsValid([S(Bpf.Alu | Bpf.Div | Bpf.K, 0), Ret]));
        Assert.False(BpfValidate.IsValid([S(Bpf.Alu | Bpf.Mod | Bpf.K, 0), Ret]));
        Assert.True(BpfValidate.IsValid([S(Bpf.Alu | Bpf.Div | Bpf.X, 0), Ret])); // checked at run time
        Assert.False(BpfValidate.IsValid([S(Bpf.Alu | 0xb0), Ret]));
        Assert.False(BpfValidate.IsValid([S(Bpf.Alu | 0xf0 | Bpf.X), Ret]));
    }

    [Fact]
    public void JumpTargets()
    {
        // conditional: both targets inside
        Assert.True(BpfValidate.IsValid([J(Bpf.Jmp | Bpf.Jeq | Bpf.K, 0, 0, 1), Ret, Ret]));
        Assert.False(BpfValidate.IsValid([J(Bpf.Jmp | Bpf.Jeq | Bpf.K, 0, 0, 2), Ret, Ret]));
        Assert.False(BpfValidate.IsValid([J(Bpf.Jmp | Bpf.Jset | Bpf.X, 0, 2, 0), Ret, Ret]));
        // unconditional: a 32-bit offset that may wrap back into the program (backward jump)
        Assert.True(BpfValidate.IsValid([S(Bpf.Jmp | Bpf.Ja, 1), Ret, Ret]));
        Assert.False(BpfValidate.IsValid([S(Bpf.Jmp | Bpf.Ja, 2), Ret, Ret]));
        Assert.True(BpfValidate.IsValid([Ret, S(Bpf.Jmp | Bpf.Ja, unchecked((uint)-2)), Ret]));
        Assert.False(BpfValidate.IsValid([Ret, S(Bpf.Jmp | Bpf.Ja, unchecked((uint)-3)), Ret]));
        // unknown jump operation
        Assert.False(BpfValidate.IsValid([J(Bpf.Jmp | 0x50, 0, 0, 0), Ret]));
    }

    [Fact]
    public void ReturnAndMiscAreNotChecked()
    {
        Assert.True(BpfValidate.IsValid([S(Bpf.Misc | 0x78), S(Bpf.Ret | 0x18)]));
    }
}
