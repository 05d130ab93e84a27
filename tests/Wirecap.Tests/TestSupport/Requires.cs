using Xunit;

namespace Wirecap.Tests.TestSupport;

/// <summary>
/// Why a test cannot run here, or null. xunit 2.x has no Assert.Skip, so the attributes below set
/// Skip at discovery time and the runner reports the reason.
/// </summary>
public static class Requires
{
    public static string? Corpus() =>
        TestPaths.CorpusInputs == null ? "tcpdump-tests corpus not found: set WIRECAP_SHARED or put shared/ beside the repository" : null;

    public static string? Binary() =>
        TestPaths.Wirecap == null ? "wirecap binary not found: set WIRECAP_BIN or build src/Wirecap.Cli" : null;

    public static string? Tcpdump() =>
        TestPaths.OnPath("tcpdump") == null ? "tcpdump (the oracle) is not on PATH" : null;

    public static string? Root() =>
        TestPaths.IsRoot ? null : "capturing on lo needs root";

    public static string? Python() =>
        TestPaths.OnPath("python3") == null ? "python3 is not on PATH" :
        TestPaths.GenPcapScript == null ? "gen-pcap.py not found under shared/tools" : null;

    public static string? All(params Func<string?>[] checks)
    {
        foreach (var c in checks)
            if (c() is { } reason) return reason;
        return null;
    }
}

/// <summary>A fact that needs the tcpdump-tests corpus.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute() { Skip = Requires.Corpus(); }
}

/// <summary>A theory that needs the tcpdump-tests corpus.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute() { Skip = Requires.Corpus(); }
}

/// <summary>A fact that needs the corpus and the wirecap binary.</summary>
public sealed class CorpusBinaryFactAttribute : FactAttribute
{
    public CorpusBinaryFactAttribute() { Skip = Requires.All(Requires.Corpus, Requires.Binary); }
}

/// <summary>A theory that needs the corpus and the wirecap binary.</summary>
public sealed class CorpusBinaryTheoryAttribute : TheoryAttribute
{
    public CorpusBinaryTheoryAttribute() { Skip = Requires.All(Requires.Corpus, Requires.Binary); }
}

/// <summary>A theory that captures on lo with tcpdump and compares wirecap with it: root, tcpdump, wirecap.</summary>
public sealed class LoopbackDifferentialTheoryAttribute : TheoryAttribute
{
    public LoopbackDifferentialTheoryAttribute() { Skip = Requires.All(Requires.Tcpdump, Requires.Root, Requires.Binary); }
}

/// <summary>A theory that needs python3 and shared/tools/gen-pcap.py.</summary>
public sealed class GenPcapTheoryAttribute : TheoryAttribute
{
    public GenPcapTheoryAttribute() { Skip = Requires.Python(); }
}

/// <summary>A theory that runs tcpdump and wirecap on gen-pcap.py captures: python3, gen-pcap.py, tcpdump, wirecap.</summary>
public sealed class TrafficMixDifferentialTheoryAttribute : TheoryAttribute
{
    public TrafficMixDifferentialTheoryAttribute() { Skip = Requires.All(Requires.Python, Requires.Tcpdump, Requires.Binary); }
}

/// <summary>A theory that compares wirecap with tcpdump on a committed file: tcpdump and wirecap.</summary>
public sealed class SampleDifferentialTheoryAttribute : TheoryAttribute
{
    public SampleDifferentialTheoryAttribute() { Skip = Requires.All(Requires.Tcpdump, Requires.Binary); }
}
