using Wirecap.Filter;
using Xunit;
using Xunit.Abstractions;

namespace Wirecap.Tests.Filter;

/// <summary>
/// The filter-compiler conformance corpus (shared/filters, made by libpcap 1.10.3 through tcpdump):
/// each case's instructions are compared with the oracle's -ddd output, each error with its .err text.
/// Cases listed in tests/filter-ratchet.txt must keep passing. Set WIRECAP_WRITE_RATCHET=1 to rewrite it.
/// </summary>
public class CompilerCorpusTests(ITestOutputHelper output)
{
    static string RepoRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir != null && !File.Exists(Path.Combine(dir, "Wirecap.slnx")) && !Directory.Exists(Path.Combine(dir, ".git"))
               && !File.Exists(Path.Combine(dir, ".git")))
            dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("repository root not found");
    }

    static string? CorpusDir()
    {
        // another corpus of the same layout (e.g. generated from the oracle) replaces the shared one
        var other = Environment.GetEnvironmentVariable("WIRECAP_FILTER_CORPUS");
        if (!string.IsNullOrEmpty(other)) return other;
        var env = Environment.GetEnvironmentVariable("WIRECAP_SHARED");
        var shared = !string.IsNullOrEmpty(env) ? env : Path.Combine(RepoRoot(), "..", "shared");
        var dir = Path.Combine(shared, "filters");
        return File.Exists(Path.Combine(dir, "cases.tsv")) ? dir : null;
    }

    static readonly Dictionary<string, int> LinkTypes = new()
    {
        ["NULL"] = 0, ["EN10MB"] = 1, ["IEEE802"] = 6, ["ARCNET"] = 7, ["SLIP"] = 8, ["PPP"] = 9, ["FDDI"] = 10,
        ["PPP_SERIAL"] = 50, ["PPP_ETHER"] = 51, ["SYMANTEC_FIREWALL"] = 99, ["ATM_RFC1483"] = 100, ["RAW"] = 101,
        ["SLIP_BSDOS"] = 102, ["PPP_BSDOS"] = 103, ["C_HDLC"] = 104, ["IEEE802_11"] = 105, ["ATM_CLIP"] = 106,
        ["FRELAY"] = 107, ["LOOP"] = 108, ["ENC"] = 109, ["LINUX_SLL"] = 113, ["LTALK"] = 114, ["PFLOG"] = 117,
        ["PRISM_HEADER"] = 119, ["IP_OVER_FC"] = 122, ["SUNATM"] = 123, ["IEEE802_11_RADIO"] = 127,
        ["ARCNET_LINUX"] = 129, ["JUNIPER_MFR"] = 134, ["APPLE_IP_OVER_IEEE1394"] = 138, ["MTP2"] = 140,
        ["IEEE802_11_RADIO_AVS"] = 163, ["BACNET_MS_TP"] = 165, ["PPP_PPPD"] = 166, ["PPI"] = 192, ["IPNET"] = 226,
        ["IPV4"] = 228, ["IPV6"] = 229, ["NETANALYZER"] = 240, ["NETANALYZER_TRANSPARENT"] = 241,
        ["LINUX_SLL2"] = 276, ["DSA_TAG_BRCM"] = 281, ["DSA_TAG_DSA"] = 284,
    };

    /// <summary>Runs one case; returns null when it matches, else a short reason.</summary>
    internal static string? RunCase(string dir, string id, string linktype, bool optimize, string expr, bool expectOk)
    {
        BpfInstruction[] prog;
        try
        {
            prog = FilterCompiler.Compile(expr, LinkTypes[linktype], optimize);
        }
        catch (FilterException e)
        {
            if (expectOk) return "error: " + e.Message;
            var want = File.ReadAllText(Path.Combine(dir, "expected", id + ".err")).TrimEnd('\n');
            if (want.StartsWith("tcpdump: ")) want = want.Substring(9);
            return want == e.Message.TrimEnd('\n') ? null : $"message '{e.Message}' != '{want}'";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return "crash: " + e.GetType().Name + ": " + e.Message;
        }
        if (!expectOk) return "compiled, expected an error";
        var lines = File.ReadAllLines(Path.Combine(dir, "expected", id + ".ddd"));
        var got = new List<string> { prog.Length.ToString() };
        foreach (var i in prog) got.Add($"{i.Code} {i.Jt} {i.Jf} {i.K}");
        if (lines.Length != got.Count) return $"length {got.Count - 1} != {lines.Length - 1}";
        for (int i = 0; i < lines.Length; i++)
            if (lines[i] != got[i]) return $"line {i}: '{got[i]}' != '{lines[i]}'";
        return null;
    }

    [Fact]
    public void CorpusMatchesLibpcap()
    {
        var dir = CorpusDir();
        if (dir == null)
        {
            output.WriteLine("filter corpus not found (set WIRECAP_SHARED); skipped");
            return;
        }
        var passed = new List<string>();
        var byType = new SortedDictionary<string, (int Pass, int Total, int ErrPass, int ErrTotal)>();
        var failures = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(dir, "cases.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 5) continue;
            string id = f[0], lt = f[1], expr = f[3];
            bool opt = f[2] == "1", ok = f[4] == "ok";
            var why = RunCase(dir, id, lt, opt, expr, ok);
            var c = byType.GetValueOrDefault(lt);
            c.Total++;
            if (!ok) c.ErrTotal++;
            if (why == null)
            {
                passed.Add(id);
                c.Pass++;
                if (!ok) c.ErrPass++;
            }
            else failures.Add($"{id}\t{lt}\t{(opt ? 1 : 0)}\t{expr}\t{why}");
            byType[lt] = c;
        }
        passed.Sort(StringComparer.Ordinal);
        int total = byType.Values.Sum(v => v.Total);
        output.WriteLine($"filter corpus: {passed.Count} of {total} pass");
        foreach (var (lt, c) in byType)
            output.WriteLine($"  {lt}: {c.Pass}/{c.Total} (errors {c.ErrPass}/{c.ErrTotal})");
        var report = Environment.GetEnvironmentVariable("WIRECAP_FILTER_REPORT");
        if (!string.IsNullOrEmpty(report))
        {
            var sb = new System.Text.StringBuilder();
            sb.AppendLine($"filter corpus: {passed.Count} of {total} pass");
            foreach (var (lt, c) in byType) sb.AppendLine($"  {lt}: {c.Pass}/{c.Total} (errors {c.ErrPass}/{c.ErrTotal})");
            foreach (var fl in failures) sb.AppendLine(fl);
            File.WriteAllText(report, sb.ToString());
        }
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WIRECAP_FILTER_CORPUS"))) return;
        var ratchet = Path.Combine(RepoRoot(), "tests", "filter-ratchet.txt");
        if (Environment.GetEnvironmentVariable("WIRECAP_WRITE_RATCHET") == "1")
        {
            File.WriteAllLines(ratchet, passed);
            return;
        }
        if (!File.Exists(ratchet)) return;
        var held = File.ReadAllLines(ratchet).Where(l => l.Length > 0).ToHashSet();
        var lost = held.Except(passed).OrderBy(x => x, StringComparer.Ordinal).ToList();
        Assert.True(lost.Count == 0, "ratchet cases now failing: " + string.Join(", ", lost.Take(20)));
    }
}
