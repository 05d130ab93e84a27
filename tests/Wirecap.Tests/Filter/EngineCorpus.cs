using Wirecap.Filter;

namespace Wirecap.Tests.Filter;

/// <summary>Locates the shared corpora (/work/shared): $WIRECAP_SHARED, else &lt;repo&gt;/../shared, else /work/shared.</summary>
internal static class EngineCorpus
{
    public static string? SharedDir()
    {
        var env = Environment.GetEnvironmentVariable("WIRECAP_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Wirecap.slnx")))
            {
                var s = Path.Combine(d.FullName, "..", "shared");
                if (Directory.Exists(Path.Combine(s, "filters"))) return s;
                break;
            }
        }
        return Directory.Exists("/work/shared/filters") ? "/work/shared" : null;
    }

    public static string? FiltersDir() => SharedDir() is { } s ? Path.Combine(s, "filters") : null;

    /// <summary>The ok cases of cases.tsv: (id, linktype, optimize, expression).</summary>
    public static IEnumerable<(string Id, string LinkType, bool Optimize, string Expression)> OkCases()
    {
        var dir = FiltersDir();
        if (dir == null) yield break;
        foreach (var line in File.ReadLines(Path.Combine(dir, "cases.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length == 5 && f[4] == "ok") yield return (f[0], f[1], f[2] == "1", f[3]);
        }
    }

    /// <summary>The program tcpdump compiled for a corpus case, from its expected .ddd.</summary>
    public static BpfInstruction[] Program(string id)
    {
        var text = File.ReadAllText(Path.Combine(FiltersDir()!, "expected", id + ".ddd"));
        return BpfImage.ParseDecimal(text) ?? throw new InvalidDataException(id + ".ddd is malformed");
    }
}
