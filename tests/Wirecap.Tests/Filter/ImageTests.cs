using Wirecap.Filter;
using Xunit;
using Xunit.Abstractions;

namespace Wirecap.Tests.Filter;

public class ImageTests(ITestOutputHelper output)
{
    /// <summary>Every ok case of the filter corpus: its .ddd rendered as -d and -ddd gives tcpdump's text.</summary>
    [Fact]
    public void CorpusProgramsPrintAsTcpdump()
    {
        var dir = EngineCorpus.FiltersDir();
        if (dir == null) { output.WriteLine("filter corpus not found; skipped"); return; }
        int pass = 0;
        var fails = new List<string>();
        foreach (var c in EngineCorpus.OkCases())
        {
            var ddd = File.ReadAllText(Path.Combine(dir, "expected", c.Id + ".ddd"));
            var d = File.ReadAllText(Path.Combine(dir, "expected", c.Id + ".d"));
            var prog = BpfImage.ParseDecimal(ddd);
            if (prog != null && BpfImage.Dump(prog, 1) == d && BpfImage.Dump(prog, 3) == ddd) pass++;
            else fails.Add(c.Id);
        }
        output.WriteLine($"{pass} cases print as tcpdump; failing: {string.Join(' ', fails)}");
        Assert.Empty(fails);
        Assert.True(pass > 1000);
    }
}
