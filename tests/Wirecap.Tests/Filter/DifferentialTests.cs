using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Filter;

/// <summary>
/// The captures the filter differential reads: a 200,000-packet gen-pcap.py mix (made once per run in
/// a temp directory) and the tcpdump test-suite's Ethernet pcap files. Also caches the oracle's
/// result per (expression, file) for the run.
/// </summary>
public sealed class FilterDifferentialFixture : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"wirecap-filterdiff-{Environment.ProcessId}");
    private readonly Lazy<string> _mix;
    private readonly Lazy<string[]> _suite;

    public ConcurrentDictionary<string, FilterRun> OracleCache { get; } = new();

    public FilterDifferentialFixture()
    {
        _mix = new Lazy<string>(MakeMix);
        _suite = new Lazy<string[]>(FindSuiteFiles);
    }

    public string Mix => _mix.Value;
    public string[] SuiteFiles => _suite.Value;

    private string MakeMix()
    {
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, "mix-200k.pcap");
        var r = ProcessRunner.Run("python3", [TestPaths.GenPcapScript!, "--quiet", "--packets", "200000", "--seed", "1", "--out", path], TimeSpan.FromMinutes(3));
        if (r.ExitCode != 0 || !File.Exists(path)) throw new InvalidOperationException($"gen-pcap.py failed ({r.ExitCode}): {r.Stderr}");
        return path;
    }

    /// <summary>The corpus's classic-pcap files whose link type is Ethernet (the expressions are written for it).</summary>
    private static string[] FindSuiteFiles()
    {
        if (TestPaths.CorpusInputs is not { } dir) return [];
        var list = new List<string>();
        Span<byte> h = stackalloc byte[24];
        foreach (var f in Directory.GetFiles(dir).OrderBy(p => p, StringComparer.Ordinal))
        {
            using (var s = File.OpenRead(f))
                if (s.Length > 4_000_000 || s.ReadAtLeast(h, 24, throwOnEndOfStream: false) < 24) continue;
            uint magic = BitConverter.ToUInt32(h);
            uint lt;
            if (magic is 0xa1b2c3d4 or 0xa1b23c4d) lt = BitConverter.ToUInt32(h[20..]);
            else if (magic is 0xd4c3b2a1 or 0x4d3cb2a1) lt = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(h[20..]);
            else continue;
            if ((lt & 0x0fffffff) == 1) list.Add(f);
        }
        return [.. list];
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>What `-r FILE -w - EXPR` left: exit status, the written file's SHA-256 and size, stderr's error line.</summary>
public sealed record FilterRun(int ExitCode, string RecordsHash, long Bytes, string Error);

/// <summary>
/// Filter semantics against the oracle: tcpdump and wirecap read the same capture with
/// `-r FILE -w - EXPR` and must keep exactly the same packets (the written pcap streams are compared
/// by hash, past the 24-byte file header in case only that differs). Expressions: every distinct
/// Ethernet `ok` expression of the filter corpus (shared/filters/cases.tsv), plus the pcap-filter man
/// page's examples with addresses moved into gen-pcap.py's ranges. Files: the 200k mix for every
/// expression, and two tcpdump test-suite Ethernet captures per expression (chosen by the expression's
/// index, so that the whole suite is covered across the expressions).
/// </summary>
public class FilterDifferentialTests(FilterDifferentialFixture fx) : IClassFixture<FilterDifferentialFixture>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    /// <summary>The man page's examples, and a few more, in the traffic's ranges (192.168.1.0/24 LAN, documentation nets, 2001:db8::/32).</summary>
    private static readonly string[] Adapted =
    [
        "host 192.168.1.43",
        "host 192.168.1.1 and ( 192.168.1.43 or 192.168.1.32 )",
        "ip host 192.168.1.1 and not 192.168.1.43",
        "net 192.168.1.0/24",
        "net 203.0.113.0/24",
        "net 198.51.100 or net 192.0.2.0 mask 255.255.255.0",
        "src net 192.168.1.0/24 and dst net 203.0.113.0/24",
        "ip and not net 192.168.1.0/24",
        "tcp[tcpflags] & (tcp-syn|tcp-fin) != 0 and not src and dst net 192.168.1.0/24",
        "tcp port 443 and (((ip[2:2] - ((ip[0]&0xf)<<2)) - ((tcp[12]&0xf0)>>2)) != 0)",
        "ip[2:2] > 576",
        "ether[0] & 1 = 0 and ip[16] >= 224",
        "icmp[icmptype] != icmp-echo and icmp[icmptype] != icmp-echoreply",
        "src host 192.168.1.43 and dst port 53",
        "udp port 53 and greater 120",
        "less 64",
        "len >= 1000",
        "tcp dst portrange 1-1023",
        "portrange 9000-9600",
        "ip6 net 2001:db8::/32",
        "ip6 and src net 2001:db8:1::/64",
        "host 2001:db8:10f::d0",
        "icmp6",
        "ether host 00:50:56:67:5d:2c",
        "ether src 00:0d:b9:4a:1c:01 and not arp",
        "vlan and host 192.168.1.43",
        "vlan 100 or vlan 200",
        "arp and ether broadcast",
        "tcp[13] & 2 != 0",
        "tcp[tcpflags] == tcp-ack and tcp port 22",
        "udp and not port 53",
        "ip[8] < 64",
        "ip6[6] == 58",
        "not ip and not ip6",
        "multicast or broadcast",
    ];

    public static IEnumerable<object[]> Expressions()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        var tsv = TestPaths.SharedDir is { } s ? Path.Combine(s, "filters", "cases.tsv") : null;
        if (tsv != null && File.Exists(tsv))
            foreach (var line in File.ReadLines(tsv).Skip(1))
            {
                var f = line.Split('\t');
                if (f.Length == 5 && f[1] == "EN10MB" && f[4] == "ok" && f[3].Trim().Length > 0 && seen.Add(f[3])) list.Add(f[3]);
            }
        foreach (var e in Adapted)
            if (seen.Add(e)) list.Add(e);
        return list.Select(e => new object[] { e });
    }

    [FilterDifferentialTheory]
    [MemberData(nameof(Expressions))]
    public void KeepsTheSamePackets(string expression)
    {
        var failures = new List<string>();
        Compare(fx.Mix, expression, failures);
        var suite = fx.SuiteFiles;
        if (suite.Length > 0)
        {
            // deterministic sample: two files per expression, spread by the expression's hash
            uint h = 2166136261;
            foreach (char c in expression) h = (h ^ c) * 16777619;
            Compare(suite[(int)(h % (uint)suite.Length)], expression, failures);
            Compare(suite[(int)((h / 7 + 1) % (uint)suite.Length)], expression, failures);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private void Compare(string file, string expression, List<string> failures)
    {
        var key = file + "\0" + expression;
        Task<FilterRun>? oracleTask = fx.OracleCache.TryGetValue(key, out var cached) ? null : Task.Run(() => Run("tcpdump", file, expression));
        var ours = Run(TestPaths.Wirecap!, file, expression);
        var oracle = cached ?? oracleTask!.Result;
        fx.OracleCache[key] = oracle;
        var name = Path.GetFileName(file);
        if (oracle.ExitCode != 0 && ours.ExitCode != 0) return; // both refuse (an unusual file, or a name not resolvable here)
        if (oracle.ExitCode != ours.ExitCode)
            failures.Add($"{name}: exit {ours.ExitCode}, tcpdump exit {oracle.ExitCode} ({ours.Error} | {oracle.Error})");
        else if (oracle.RecordsHash != ours.RecordsHash)
            failures.Add($"{name}: kept other packets ({ours.Bytes} bytes written, tcpdump {oracle.Bytes})");
    }

    /// <summary>Runs `PROGRAM -r FILE -w - EXPR`, hashing what it writes past the 24-byte file header.</summary>
    private static FilterRun Run(string program, string file, string expression)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-r", file, "-w", "-", expression }) psi.ArgumentList.Add(a);
        psi.Environment["LC_ALL"] = "C";
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var errTask = p.StandardError.ReadToEndAsync();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buf = new byte[1 << 16];
        long total = 0;
        var stdout = p.StandardOutput.BaseStream;
        var readTask = Task.Run(() =>
        {
            int n;
            while ((n = stdout.Read(buf, 0, buf.Length)) > 0)
            {
                int skip = (int)Math.Clamp(24 - total, 0, n);
                if (n > skip) sha.AppendData(buf, skip, n - skip);
                total += n;
            }
        });
        if (!p.WaitForExit(Deadline))
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            p.WaitForExit();
            return new FilterRun(-1, "", 0, "timed out");
        }
        readTask.Wait(TimeSpan.FromSeconds(30));
        errTask.Wait(TimeSpan.FromSeconds(10));
        var err = errTask.IsCompletedSuccessfully ? errTask.Result : "";
        var errLine = err.Split('\n').FirstOrDefault(l => l.Contains(": ") && !l.StartsWith("reading from", StringComparison.Ordinal)) ?? "";
        return new FilterRun(p.ExitCode, Convert.ToHexString(sha.GetHashAndReset()), total, errLine);
    }
}

/// <summary>A theory that needs python3 with gen-pcap.py, tcpdump and the wirecap binary.</summary>
public sealed class FilterDifferentialTheoryAttribute : TheoryAttribute
{
    public FilterDifferentialTheoryAttribute() { Skip = Requires.All(Requires.Python, Requires.Tcpdump, Requires.Binary); }
}
