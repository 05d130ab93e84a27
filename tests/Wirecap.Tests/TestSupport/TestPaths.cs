using System.Runtime.InteropServices;

namespace Wirecap.Tests.TestSupport;

/// <summary>
/// Where the tests find the repository, the shared corpus and the programs they run. Every lookup
/// returns null (never throws) when the thing is absent, so that tests can skip with a reason.
/// </summary>
public static class TestPaths
{
    /// <summary>The repository root: the nearest ancestor of the test assembly holding Wirecap.slnx.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>
    /// The shared directory (tcpdump-tests/, tools/ ...): $WIRECAP_SHARED, else &lt;repo&gt;/../shared as in
    /// CI, else a shared/ beside a further ancestor (a git worktree nested one level deeper).
    /// </summary>
    public static string? SharedDir { get; } = FindShared();

    public static string? CorpusDir => Existing(SharedDir, "tcpdump-tests", "TESTLIST") is { } f ? Path.GetDirectoryName(f) : null;
    public static string? CorpusInputs => CorpusDir is { } d && Directory.Exists(Path.Combine(d, "inputs")) ? Path.Combine(d, "inputs") : null;
    public static string? GenPcapScript => Existing(SharedDir, "tools", "gen-pcap.py");

    /// <summary>
    /// The wirecap binary: $WIRECAP_BIN, else the apphost built beside the test assembly (the test
    /// project references the CLI project), else the CLI project's own build output.
    /// </summary>
    public static string? Wirecap { get; } = FindWirecap();

    public static string RatchetFile => Path.Combine(RepoRoot, "tests", "conformance-ratchet.txt");

    public static bool IsRoot => geteuid() == 0;

    /// <summary>A program on PATH (like `command -v`), or null.</summary>
    public static string? OnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var p = Path.Combine(dir, name);
            if (File.Exists(p)) return p;
        }
        return null;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern uint geteuid();

    private static string FindRepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Wirecap.slnx"))) return d.FullName;
        throw new InvalidOperationException("no Wirecap.slnx above " + AppContext.BaseDirectory);
    }

    private static string? FindShared()
    {
        var env = Environment.GetEnvironmentVariable("WIRECAP_SHARED");
        if (!string.IsNullOrEmpty(env)) return Directory.Exists(env) ? Path.GetFullPath(env) : null;
        for (var d = Directory.GetParent(RepoRoot); d != null; d = d.Parent)
        {
            var s = Path.Combine(d.FullName, "shared");
            if (Directory.Exists(s)) return s;
        }
        return null;
    }

    private static string? FindWirecap()
    {
        var env = Environment.GetEnvironmentVariable("WIRECAP_BIN");
        if (!string.IsNullOrEmpty(env)) return File.Exists(env) ? Path.GetFullPath(env) : OnPath(env);
        var beside = Path.Combine(AppContext.BaseDirectory, "wirecap");
        if (File.Exists(beside)) return beside;
        // tests/Wirecap.Tests/bin/<Configuration>/<tfm>/ -> src/Wirecap.Cli/bin/<Configuration>/<tfm>/wirecap
        var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
        var config = tfm.Parent?.Name ?? "Debug";
        var cli = Path.Combine(RepoRoot, "src", "Wirecap.Cli", "bin", config, tfm.Name, "wirecap");
        return File.Exists(cli) ? cli : null;
    }

    private static string? Existing(string? root, params string[] parts)
    {
        if (root == null) return null;
        var p = Path.Combine([root, .. parts]);
        return File.Exists(p) ? p : null;
    }
}
