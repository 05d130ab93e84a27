using System.Net;
using System.Net.Sockets;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Live;

/// <summary>A live capture that needs root, tcpdump on PATH and the wirecap binary.</summary>
public sealed class LiveFactAttribute : FactAttribute
{
    public LiveFactAttribute() { Skip = Requires.All(Requires.Tcpdump, Requires.Root, Requires.Binary); }
}

/// <summary>A live capture theory that needs root, tcpdump on PATH and the wirecap binary.</summary>
public sealed class LiveTheoryAttribute : TheoryAttribute
{
    public LiveTheoryAttribute() { Skip = Requires.All(Requires.Tcpdump, Requires.Root, Requires.Binary); }
}

/// <summary>
/// The user's seed report, live: wirecap and tcpdump capture the same loopback exchange side by
/// side with `-t -Xnlps0 tcp port P`; stdout must be byte-identical, and the closing counts agree.
/// </summary>
[Collection("live")]
public class SeedLiveTests
{
    [LiveTheory]
    [InlineData("any", "-t -Xnlps0")]
    [InlineData("lo", "-t -Xnlps0")]
    [InlineData("any", "-t -e -n -vv")]
    [InlineData("lo", "-t -e -n -S -A")]
    public void SeedExchangePrintsAsTcpdump(string device, string options)
    {
        // A port nobody else uses: the listener holds it from before the captures start.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        string[] args = ["-i", device, .. options.Split(' '), $"tcp port {port}"];
        using var tcpdump = new LiveProcess("tcpdump", args);
        using var wirecap = new LiveProcess(TestPaths.Wirecap!, args);
        try
        {
            tcpdump.WaitListening(TimeSpan.FromSeconds(10));
            wirecap.WaitListening(TimeSpan.FromSeconds(10));
            Thread.Sleep(200);   // tcpdump prints its banner just before it starts reading the ring
            Exchange(listener, port);
            Thread.Sleep(2500);  // well past the 1 s block timeout, so both have seen every packet even on a busy machine
        }
        finally { listener.Stop(); }
        int tcpdumpExit = tcpdump.Interrupt(TimeSpan.FromSeconds(10));
        int wirecapExit = wirecap.Interrupt(TimeSpan.FromSeconds(10));

        Assert.True(tcpdumpExit == 0, $"tcpdump exit {tcpdumpExit}: {tcpdump.Stderr}");
        Assert.True(wirecapExit == 0, $"wirecap exit {wirecapExit}: {wirecap.Stderr}");
        var expected = tcpdump.Counts();
        var got = wirecap.Counts();
        Assert.True(expected != null, "tcpdump's closing lines are missing: " + tcpdump.Stderr);
        Assert.True(got != null, "wirecap's closing lines are missing: " + wirecap.Stderr);
        Assert.True(expected!.Value.Captured >= 8, "tcpdump saw too few packets: " + tcpdump.Stderr);
        Assert.Equal(tcpdump.StdoutText, wirecap.StdoutText);
        Assert.Equal(tcpdump.Stdout, wirecap.Stdout);
        Assert.Equal(expected.Value.Captured, got!.Value.Captured);
        // "received by filter" agrees on a quiet lo; tcpdump's socket takes packets unfiltered until
        // libpcap swaps its filter in (after bind), and those count, while wirecap's filter is
        // attached before bind: other traffic on lo at that moment makes tcpdump's number larger.
        Assert.InRange(got.Value.Received, got.Value.Captured, expected.Value.Received);
        Assert.Equal(expected.Value.Dropped, got.Value.Dropped);
    }

    /// <summary>
    /// -c ends both after 3 of 5 datagrams (no trailing newline, exit 0, same counts); and --print
    /// with -U -w prints while writing a file that holds the same packets as tcpdump's.
    /// </summary>
    [LiveFact]
    public void CountAndPrintWhileWriting()
    {
        using var sink = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        int port = ((IPEndPoint)sink.Client.LocalEndPoint!).Port;
        var dir = Directory.CreateTempSubdirectory("wirecap-lo-");
        try
        {
            string tfile = Path.Combine(dir.FullName, "t.pcap"), wfile = Path.Combine(dir.FullName, "w.pcap");
            using var tcpdump = new LiveProcess("tcpdump", ["-i", "lo", "-c", "3", "-n", "-t", "-U", "--print", "-w", tfile, $"udp port {port}"]);
            using var wirecap = new LiveProcess(TestPaths.Wirecap!, ["-i", "lo", "-c", "3", "-n", "-t", "-U", "--print", "-w", wfile, $"udp port {port}"]);
            tcpdump.WaitListening(TimeSpan.FromSeconds(10));
            wirecap.WaitListening(TimeSpan.FromSeconds(10));
            Thread.Sleep(200);
            using (var s = new UdpClient())
                for (int i = 0; i < 5; i++) { s.Send("abcd"u8.ToArray(), new IPEndPoint(IPAddress.Loopback, port)); Thread.Sleep(50); }
            Assert.Equal(0, tcpdump.WaitExit(TimeSpan.FromSeconds(10)));
            Assert.Equal(0, wirecap.WaitExit(TimeSpan.FromSeconds(10)));
            Assert.Equal(tcpdump.Stdout, wirecap.Stdout);
            Assert.Equal(3, wirecap.Counts()!.Value.Captured);
            // "received by filter" is read when each stops, so datagrams 4 and 5 may or may not count: not compared.
            Assert.Equal(tcpdump.Counts()!.Value.Captured, wirecap.Counts()!.Value.Captured);
            Assert.Equal(tcpdump.Counts()!.Value.Dropped, wirecap.Counts()!.Value.Dropped);
            string[] read = ["-t", "-n", "-x", "-r"];
            var theirs = ProcessRunner.Run("tcpdump", [.. read, tfile], TimeSpan.FromSeconds(20));
            var ours = ProcessRunner.Run("tcpdump", [.. read, wfile], TimeSpan.FromSeconds(20));
            Assert.True(ours.ExitCode == 0, ours.Stderr);
            Assert.Equal(theirs.StdoutText, ours.StdoutText);
        }
        finally { dir.Delete(true); }
    }

    /// <summary>Client connects, sends 4 bytes, gets 12 back, both close; every step has a deadline.</summary>
    internal static void Exchange(TcpListener listener, int port)
    {
        var server = Task.Run(() =>
        {
            using var conn = listener.AcceptTcpClient();
            var s = conn.GetStream();
            s.ReadTimeout = 5000;
            var request = new byte[LoopbackCapture.Request.Length];
            s.ReadExactly(request);
            s.Write(LoopbackCapture.Reply);
        });
        using (var client = new TcpClient())
        {
            client.Connect(IPAddress.Loopback, port);
            var s = client.GetStream();
            s.ReadTimeout = 5000;
            s.Write(LoopbackCapture.Request);
            var got = new MemoryStream();
            s.CopyTo(got);   // until the server's FIN
            Assert.Equal(LoopbackCapture.Reply, got.ToArray());
        }
        Assert.True(server.Wait(TimeSpan.FromSeconds(5)), "the server side did not finish within 5 s");
    }
}
