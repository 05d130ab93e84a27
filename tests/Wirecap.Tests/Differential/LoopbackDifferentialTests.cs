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
    private static readonly Dictionary<string, string> Env = new() { ["TZ"] = "Asia/Kolkata" };

    [LoopbackDifferentialTheory]
    [InlineData("-n")]
    [InlineData("-nn")]
    [InlineData("-X -n")]
    [InlineData("-Xnlps0")]
    [InlineData("-x -n")]
    [InlineData("-XX -n")]
    [InlineData("-A -n")]
    [InlineData("-e -n")]
    [InlineData("-v -n")]
    [InlineData("-vv -n")]
    [InlineData("-S -n")]
    [InlineData("-q -n")]
    [InlineData("-t -n")]
    [InlineData("-tt -n")]
    [InlineData("-ttt -n")]
    [InlineData("-tttt -n")]
    [InlineData("-ttttt -n")]
    [InlineData("-# -n")]
    [InlineData("-c 3 -n")]
    [InlineData("-n -K")]
    [InlineData("")]
    public void SameOutputAsTcpdump(string options)
    {
        var args = new List<string>(options.Split(' ', StringSplitOptions.RemoveEmptyEntries)) { "-r", session.Pcap };
        var expected = ProcessRunner.Run("tcpdump", args, Deadline, env: Env);
        var actual = ProcessRunner.Run(TestPaths.Wirecap!, args, Deadline, env: Env);

        Assert.False(expected.TimedOut, "tcpdump timed out");
        Assert.True(expected.ExitCode == 0, $"tcpdump exited {expected.ExitCode}: {expected.Stderr}");
        Assert.False(actual.TimedOut, $"wirecap {options} was killed after {Deadline.TotalSeconds} s");
        var diff = OutputDiff.Describe(expected.Stdout, actual.Stdout);
        Assert.True(diff == null, $"wirecap {options} -r {session.Pcap} differs from tcpdump (exit {actual.ExitCode}):\n{diff}stderr: {actual.Stderr}");
        Assert.True(actual.ExitCode == expected.ExitCode, $"exit code {actual.ExitCode}, tcpdump's {expected.ExitCode}; stderr: {actual.Stderr}");
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
