using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Differential;

/// <summary>One fresh loopback capture, made once for the class (lazily: not when every case is skipped).</summary>
public sealed class LoopbackSessionFixture : IDisposable
{
    private readonly Lazy<string> _pcap;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"wirecap-diff-{Environment.ProcessId}");

    public LoopbackSessionFixture()
    {
        _pcap = new Lazy<string>(() =>
        {
            Directory.CreateDirectory(_dir);
            var path = Path.Combine(_dir, "session-9501.pcap");
            LoopbackCapture.Record(path);
            return path;
        });
    }

    public string Pcap => _pcap.Value;

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>
/// The user's case end to end: tcpdump records a real exchange on lo, then tcpdump and wirecap
/// read that file with the same options and environment and must print the same bytes.
/// </summary>
public class LoopbackDifferentialTests(LoopbackSessionFixture session) : IClassFixture<LoopbackSessionFixture>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    // A zone with a half-hour offset, so that local-time printing is really exercised.
    internal static readonly Dictionary<string, string> Env = new() { ["TZ"] = "Asia/Kolkata" };

    /// <summary>The option sets of the user's session, each a test case (empty: no -n at all).</summary>
    public static readonly TheoryData<string> OptionSets = new()
    {
        "-n",
        "-nn",
        "-X -n",
        "-Xnlps0",
        "-x -n",
        "-XX -n",
        "-A -n",
        "-e -n",
        "-v -n",
        "-vv -n",
        "-S -n",
        "-q -n",
        "-t -n",
        "-tt -n",
        "-ttt -n",
        "-tttt -n",
        "-ttttt -n",
        "-# -n",
        "-c 3 -n",
        "-n -K",
        "",
    };

    [LoopbackDifferentialTheory]
    [MemberData(nameof(OptionSets))]
    public void SameOutputAsTcpdump(string options)
    {
        var args = new List<string>(options.Split(' ', StringSplitOptions.RemoveEmptyEntries)) { "-r", session.Pcap };
        OracleCompare.AssertSameAsTcpdump(args, Env, Deadline, "fresh capture on lo");
    }

    /// <summary>The capture itself is what the tests mean to compare: one whole exchange.</summary>
    [LoopbackDifferentialTheory]
    [InlineData("-n")]
    public void CaptureHoldsTheExchange(string options)
    {
        var r = ProcessRunner.Run("tcpdump", [options, "-r", session.Pcap], Deadline);
        var text = r.StdoutText;
        Assert.Contains($"> 127.0.0.1.{LoopbackCapture.Port}: Flags [S]", text);
        Assert.Contains("length 4", text);
        Assert.Contains("length 12", text);
        Assert.Contains("Flags [F.]", text);
    }
}
