using Xunit;

namespace Wirecap.Tests.TestSupport;

/// <summary>Runs tcpdump and wirecap with the same arguments and environment and asserts the same stdout and exit code.</summary>
public static class OracleCompare
{
    public static void AssertSameAsTcpdump(IReadOnlyList<string> args, IDictionary<string, string> env, TimeSpan deadline, string what, bool compareStderr = false)
    {
        var expected = ProcessRunner.Run("tcpdump", args, deadline, env: env);
        var actual = ProcessRunner.Run(TestPaths.Wirecap!, args, deadline, env: env);
        var cmd = string.Join(' ', args);

        Assert.False(expected.TimedOut, $"tcpdump {cmd} timed out");
        Assert.False(actual.TimedOut, $"wirecap {cmd} was killed after {deadline.TotalSeconds} s");
        var diff = OutputDiff.Describe(expected.Stdout, actual.Stdout);
        Assert.True(diff == null, $"wirecap {cmd} differs from tcpdump ({what}; exit {actual.ExitCode}):\n{diff}stderr: {Tail(actual.Stderr)}");
        Assert.True(actual.ExitCode == expected.ExitCode, $"wirecap {cmd}: exit code {actual.ExitCode}, tcpdump's {expected.ExitCode}; stderr: {Tail(actual.Stderr)}");
        if (compareStderr)
            Assert.True(actual.Stderr == expected.Stderr.Replace("tcpdump:", "wirecap:"), $"wirecap {cmd}: stderr differs:\n- {Tail(expected.Stderr)}\n+ {Tail(actual.Stderr)}");
    }

    private static string Tail(string s) => s.Length > 2000 ? "..." + s[^2000..] : s;
}
