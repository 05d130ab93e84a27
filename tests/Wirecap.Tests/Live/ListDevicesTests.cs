using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Live;

/// <summary>-D in a namespace of our own (a known set of interfaces), up and down: the same bytes as tcpdump -D.</summary>
[Collection("live")]
public class ListDevicesTests : IClassFixture<NetnsPair>
{
    private readonly NetnsPair _net;
    public ListDevicesTests(NetnsPair net) { _net = net; }

    [NetnsFact]
    public void ListsAsTcpdumpInANamespace()
    {
        Assert.True(_net.Error == null, _net.Error);
        foreach (var state in new[] { "up", "down", "up" })
        {
            ProcessRunner.Run("ip", ["-n", _net.NsA, "link", "set", _net.DevA, state], TimeSpan.FromSeconds(10));
            Thread.Sleep(1500);   // the kernel's link watch settles RUNNING up to a second after the change
            var theirs = ProcessRunner.Run("ip", ["netns", "exec", _net.NsA, "tcpdump", "-D"], TimeSpan.FromSeconds(20));
            var ours = ProcessRunner.Run("ip", ["netns", "exec", _net.NsA, TestPaths.Wirecap!, "-D"], TimeSpan.FromSeconds(20));
            Assert.Equal(theirs.ExitCode, ours.ExitCode);
            Assert.Equal(theirs.StdoutText, ours.StdoutText);
        }
    }
}
