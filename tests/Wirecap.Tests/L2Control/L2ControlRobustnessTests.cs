using Wirecap.Files;
using Wirecap.Print;
using Xunit;

namespace Wirecap.Tests.L2Control;

/// <summary>
/// The frames of <see cref="L2ControlPrintTests"/> cut at every length and with bytes changed:
/// the printers must end every packet without throwing, and print without allocating.
/// (Their output for such frames was compared with tcpdump's separately, over the suite's captures.)
/// </summary>
public class L2ControlRobustnessTests
{
    private static readonly PrintOptions[] OptionSets =
    [
        new() { NoResolve = 1 },
        new() { NoResolve = 1, Verbose = 1 },
        new() { NoResolve = 1, Verbose = 3, LinkHeader = true },
    ];

    private static void PrintOne(PacketPrinter printer, byte[] data, int caplen, int wireLength)
    {
        var h = new PacketHeader { Seconds = 1700000000, CapturedLength = caplen, WireLength = wireLength, LinkType = 1 };
        printer.Print(h, data.AsSpan(0, caplen));
    }

    [Fact]
    public void EveryTruncationAndMutationPrints()
    {
        var rng = new Random(42);
        foreach (var opt in OptionSets)
        {
            var sink = new MemoryStream();
            var o = new TextOut(sink);
            var printer = new PacketPrinter(new PrintContext(opt, o));
            foreach (var (name, hex) in L2ControlPrintTests.Frames)
            {
                var data = Convert.FromHexString(hex);
                for (int cut = 0; cut <= data.Length; cut++)
                    PrintOne(printer, data, cut, data.Length);
                for (int i = 0; i < 300; i++)
                {
                    var m = (byte[])data.Clone();
                    for (int k = rng.Next(1, 5); k > 0; k--)
                        m[rng.Next(14, m.Length)] = (byte)rng.Next(256);
                    PrintOne(printer, m, m.Length, m.Length + rng.Next(0, 3) * 100);
                }
                o.Flush();
                Assert.True(sink.Length > 0, name);
                Assert.Equal((byte)'\n', sink.GetBuffer()[sink.Length - 1]);
                sink.SetLength(0);
            }
        }
    }

    [Fact]
    public void PrintingAllocatesNothing()
    {
        var o = new TextOut(Stream.Null);
        var printer = new PacketPrinter(new PrintContext(new PrintOptions { NoResolve = 1, Verbose = 2, LinkHeader = true }, o));
        var frames = L2ControlPrintTests.Frames.Select(f => Convert.FromHexString(f.Hex)).ToArray();
        void Round()
        {
            foreach (var d in frames)
            {
                PrintOne(printer, d, d.Length, d.Length);
                PrintOne(printer, d, d.Length / 2, d.Length);
            }
        }
        for (int i = 0; i < 50; i++) Round();   // warm-up: static tables, JIT tiers
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 200; i++) Round();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 4096, $"{allocated} bytes allocated for {200 * 2 * frames.Length} packets");
    }
}
