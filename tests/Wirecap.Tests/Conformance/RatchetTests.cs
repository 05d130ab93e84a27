using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Conformance;

/// <summary>
/// The conformance ratchet inside `dotnet test`: each test of tcpdump's suite named in
/// tests/conformance-ratchet.txt runs as run-reference.sh runs it (from inputs/, TZ=GMT0,
/// `-# -n -r FILE OPTIONS` with OPTIONS word-split by the shell) and must print expected/NAME.out
/// byte for byte. scripts/check-ratchet.sh does the same over the whole suite and grows the list.
/// </summary>
public class RatchetTests
{
    private const string Empty = "(ratchet is empty)";

    public static TheoryData<string> RatchetNames()
    {
        var d = new TheoryData<string>();
        foreach (var n in ReadRatchet()) d.Add(n);
        if (d.Count == 0) d.Add(Empty);
        return d;
    }

    [CorpusBinaryTheory]
    [MemberData(nameof(RatchetNames))]
    public void StillPasses(string name)
    {
        if (name == Empty) return;
        var corpus = TestPaths.CorpusDir!;
        var test = TestList().GetValueOrDefault(name);
        Assert.True(test != null, $"{name} is in the ratchet but not in {corpus}/TESTLIST");
        var (input, options, exitCode) = test!.Value;

        // Through bash so that OPTIONS split and unquote as in tcpdump's TESTrun ("geneve && tcp").
        var r = ProcessRunner.Run("bash", ["-c", "exec \"$0\" -# -n -r \"$1\" " + options, TestPaths.Wirecap!, input],
            TimeSpan.FromSeconds(10), workingDirectory: Path.Combine(corpus, "inputs"), env: new Dictionary<string, string> { ["TZ"] = "GMT0" });

        Assert.False(r.TimedOut, $"{name}: killed after 10 s");
        var expected = File.ReadAllBytes(Path.Combine(corpus, "expected", name + ".out"));
        var diff = OutputDiff.Describe(expected, r.Stdout);
        Assert.True(diff == null, $"{name} (wirecap -# -n -r {input} {options}) no longer matches tcpdump:\n{diff}");
        Assert.True(r.ExitCode == exitCode, $"{name}: exit code {r.ExitCode}, tcpdump's {exitCode}; stderr: {r.Stderr}");
    }

    [CorpusFact]
    public void RatchetNamesAreSortedUniqueTestsOfTheSuite()
    {
        var names = ReadRatchet();
        var known = TestList();
        var unknown = names.Where(n => !known.ContainsKey(n)).ToList();
        Assert.True(unknown.Count == 0, "not tests of the suite: " + string.Join(", ", unknown));
        Assert.True(names.Distinct().Order(StringComparer.Ordinal).SequenceEqual(names),
            "tests/conformance-ratchet.txt must be sorted and unique as `LC_ALL=C sort -u` leaves it (check-ratchet.sh --update does)");
    }

    private static List<string> ReadRatchet()
    {
        var path = TestPaths.RatchetFile;
        if (!File.Exists(path)) return [];
        return File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
    }

    /// <summary>TESTLIST: name, input, options (may be empty), exit code; split on single tabs.</summary>
    private static Dictionary<string, (string Input, string Options, int ExitCode)?> TestList()
    {
        var d = new Dictionary<string, (string, string, int)?>();
        foreach (var line in File.ReadAllLines(Path.Combine(TestPaths.CorpusDir!, "TESTLIST")))
        {
            var f = line.Split('\t');
            if (f.Length == 4) d[f[0]] = (f[1], f[2], int.Parse(f[3]));
        }
        return d;
    }
}
