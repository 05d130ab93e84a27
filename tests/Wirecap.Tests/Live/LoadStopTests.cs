using System.Diagnostics;
using Wirecap.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace Wirecap.Tests.Live;

/// <summary>
/// SIGINT in the middle of a flood: the -w file must be whole (tcpdump reads it without error)
/// and hold exactly as many packets as the closing "packets captured" line says.
/// </summary>
[Collection("live")]
public class LoadStopTests : IClassFixture<NetnsPair>
{
    private readonly NetnsPair _net;
    private readonly ITestOutputHelper _output;
    public LoadStopTests(NetnsPair net, ITestOutputHelper output) { _net = net; _output = output; }

    /// <summary>A sink that holds the port (so no ICMP unreachable answers the flood), for at most 8 s.</summary>
    private const string Sink = """
import socket, sys, time
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind((sys.argv[1], int(sys.argv[2])))
s.setblocking(False)
end = time.time() + 8
while time.time() < end:
    try: s.recv(2048)
    except BlockingIOError: time.sleep(0.001)
""";

    /// <summary>As fast as Python sends, at most 500,000 datagrams or 4 s.</summary>
    private const string Flood = """
import socket, sys, time
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
dst = (sys.argv[1], int(sys.argv[2]))
payload = bytes(18)
start = time.time()
end = start + 4
n = 0
while n < 500000 and time.time() < end:
    for _ in range(1000):
        try: s.sendto(payload, dst)
        except OSError: pass
    n += 1000
print(n, time.time() - start)
""";

    [NetnsFact]
    public void InterruptMidFloodLeavesAWholeFile()
    {
        Assert.True(_net.Error == null, _net.Error);
        var dir = Directory.CreateTempSubdirectory("wirecap-load-");
        var file = Path.Combine(dir.FullName, "flood.pcap");
        using var sink = Start(_net.NsA, Sink, NetnsPair.AddrA, "7900");
        using var wirecap = new LiveProcess("ip", ["netns", "exec", _net.NsA, TestPaths.Wirecap!, "-i", _net.DevA, "-w", file, "udp"]);
        try
        {
            wirecap.WaitListening(TimeSpan.FromSeconds(10));
            using var flood = Start(_net.NsB, Flood, NetnsPair.AddrA, "7900");
            var flowing = Stopwatch.StartNew();
            Thread.Sleep(1500);   // mid-flow: the flood lasts about 4 s
            Assert.False(flood.HasExited, "the flood ended before the interrupt");
            double flowSeconds = flowing.Elapsed.TotalSeconds;
            int exit = wirecap.Interrupt(TimeSpan.FromSeconds(10));
            Assert.True(exit == 0, $"wirecap exit {exit}: {wirecap.Stderr}");
            flood.WaitForExit(10000);

            var counts = wirecap.Counts();
            Assert.True(counts != null, "closing lines missing: " + wirecap.Stderr);
            // The rate is reported, not asserted (no timing assertions in tests): the captured count
            // over the time from the flood's start to the interrupt is what flowed through the ring.
            _output.WriteLine($"flood: {flood.StandardOutput.ReadToEnd().Trim()} (datagrams, seconds); captured {counts.Value.Captured} "
                + $"in the {flowSeconds:F2} s before SIGINT: {counts.Value.Captured / flowSeconds:F0} packets/s; kernel drops {counts.Value.Dropped}");
            Assert.True(counts!.Value.Captured > 1000, "too few packets for a flood: " + wirecap.Stderr);
            var read = ProcessRunner.Run("tcpdump", ["-n", "-q", "-r", file], TimeSpan.FromSeconds(120));
            Assert.True(read.ExitCode == 0, "tcpdump -r: " + read.Stderr);
            Assert.DoesNotContain("truncated", read.Stderr);
            long lines = 0;
            foreach (byte b in read.Stdout) if (b == '\n') lines++;
            Assert.Equal(counts.Value.Captured, lines);
            Assert.Equal(counts.Value.Captured, LoopbackCapture.CountPackets(file));
        }
        finally { dir.Delete(true); }
    }

    private static Process Start(string ns, string code, params string[] args)
    {
        var psi = new ProcessStartInfo("ip") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var a in (string[])["netns", "exec", ns, "python3", "-c", code, .. args]) psi.ArgumentList.Add(a);
        return Process.Start(psi)!;
    }
}
