using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Differential;

/// <summary>
/// The capture the repository ships (samples/session-9501.pcap, made by scripts/make-sample.sh)
/// with the user's option sets: needs tcpdump but not root, so it runs wherever the oracle is.
/// </summary>
public class SampleDifferentialTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private static string Sample => Path.Combine(TestPaths.RepoRoot, "samples", "session-9501.pcap");

    [SampleDifferentialTheory]
    [MemberData(nameof(LoopbackDifferentialTests.OptionSets), MemberType = typeof(LoopbackDifferentialTests))]
    public void SameOutputAsTcpdump(string options)
    {
        var args = new List<string>(options.Split(' ', StringSplitOptions.RemoveEmptyEntries)) { "-r", Sample };
        OracleCompare.AssertSameAsTcpdump(args, LoopbackDifferentialTests.Env, Deadline, "samples/session-9501.pcap", compareStderr: true);
    }
}
