using Wirecap.Filter;
using Xunit;
using Xunit.Abstractions;

namespace Wirecap.Tests.Filter;

/// <summary>
/// Seeded random programs and packets: whatever validates must run without an exception and give
/// the same answer in the engine (decoded, fused, unchecked indexing) and the plain interpreter.
/// (The same generator, run against libpcap's own bpf_filter through a small C harness, agreed on
/// 400,000 cases when the engine was written.)
/// </summary>
public class EngineFuzzTests(ITestOutputHelper output)
{
    private static readonly uint[] Interesting =
        [0, 1, 2, 4, 8, 15, 16, 31, 32, 33, 63, 64, 0xff, 0xffff, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff, 0xfffff000, 0xfffff02c];

    private static uint RandomK(Random r) => r.Next(10) switch
    {
        < 5 => (uint)r.Next(70),
        < 7 => Interesting[r.Next(Interesting.Length)],
        _ => (uint)r.NextInt64(0, 1L << 32),
    };

    [Fact]
    public void EngineMatchesReferenceOnRandomPrograms()
    {
        var r = new Random(20261124);
        int valid = 0, accepted = 0;
        for (int n = 0; n < 30_000; n++)
        {
            int len = r.Next(1, 30);
            var prog = new BpfInstruction[len];
            for (int i = 0; i < len; i++)
            {
                // mostly opcodes libpcap knows, some of any value
                ushort code = r.Next(4) == 0 ? (ushort)r.Next(256) : KnownCodes[r.Next(KnownCodes.Length)];
                uint k = Bpf.Class(code) is Bpf.St or Bpf.Stx || Bpf.Mode(code) == Bpf.Mem ? (uint)r.Next(17) : RandomK(r);
                if (code == (Bpf.Jmp | Bpf.Ja)) k = r.Next(8) == 0 ? unchecked((uint)-r.Next(1, i + 2)) : (uint)r.Next(Math.Max(1, len - i - 1));
                prog[i] = new BpfInstruction(code, (byte)r.Next(Math.Max(1, len - i - 1)), (byte)r.Next(Math.Max(1, len - i - 1)), k);
            }
            if (r.Next(3) > 0) prog[^1] = new BpfInstruction((ushort)(r.Next(2) == 0 ? Bpf.Ret | Bpf.K : Bpf.Ret | Bpf.A), 0, 0, RandomK(r));
            if (!BpfValidate.IsValid(prog))
            {
                Assert.Throws<FilterException>(() => new BpfEngine(prog));
                continue;
            }
            valid++;
            var engine = new BpfEngine(prog);
            for (int p = 0; p < 4; p++)
            {
                var data = new byte[r.Next(4) == 0 ? r.Next(4) : r.Next(100)];
                r.NextBytes(data);
                uint wire = r.Next(2) == 0 ? (uint)data.Length : (uint)r.NextInt64(0, 1L << 32);
                uint got = engine.Run(data, wire);
                Assert.Equal(BpfEngineReference.Run(prog, data, wire), got);
                if (got != 0) accepted++;
            }
        }
        output.WriteLine($"{valid} valid programs, {accepted} accepts");
        Assert.True(valid > 1000);
    }

    private static readonly ushort[] KnownCodes =
    [
        0x06, 0x16, 0x20, 0x28, 0x30, 0x80, 0x81, 0x40, 0x48, 0x50, 0xb1, 0x00, 0x01, 0x60, 0x61, 0x02, 0x03,
        0x05, 0x15, 0x25, 0x35, 0x45, 0x1d, 0x2d, 0x3d, 0x4d,
        0x04, 0x14, 0x24, 0x34, 0x94, 0x44, 0x54, 0xa4, 0x64, 0x74, 0x84,
        0x0c, 0x1c, 0x2c, 0x3c, 0x9c, 0x4c, 0x5c, 0xac, 0x6c, 0x7c, 0x07, 0x87,
    ];
}
