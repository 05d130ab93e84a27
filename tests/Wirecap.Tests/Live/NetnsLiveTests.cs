using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Live;

/// <summary>Live capture in network namespaces: root, tcpdump, wirecap, ip and python3.</summary>
public sealed class NetnsFactAttribute : FactAttribute
{
    public NetnsFactAttribute()
    {
        Skip = Requires.All(Requires.Tcpdump, Requires.Root, Requires.Binary,
            () => TestPaths.OnPath("ip") == null ? "ip (iproute2) is not on PATH" : null,
            () => TestPaths.OnPath("python3") == null ? "python3 is not on PATH" : null);
    }
}

/// <summary>
/// Two namespaces joined by a veth pair (scripts/netns-setup.sh), made once for the class and
/// always deleted. Names carry the process id so that parallel runs do not collide.
/// </summary>
public sealed class NetnsPair : IDisposable
{
    public string Name { get; } = "wc" + (Environment.ProcessId % 100000);
    public string NsA => Name + "-a";
    public string NsB => Name + "-b";
    public string DevA => NsA + "0";
    public string DevB => NsB + "0";
    public const string AddrA = "169.254.77.1";
    public const string AddrB = "169.254.77.2";
    public string? Error { get; }

    public NetnsPair()
    {
        if (Requires.Root() != null || TestPaths.OnPath("ip") == null) { Error = "not root or no ip"; return; }
        Script("netns-teardown.sh");   // leftovers of a killed run with the same pid
        var r = Script("netns-setup.sh");
        if (r.ExitCode != 0) { Error = "netns-setup.sh failed: " + r.Stderr; Script("netns-teardown.sh"); }
    }

    private ProcessResult Script(string name) =>
        ProcessRunner.Run("bash", [Path.Combine(TestPaths.RepoRoot, "scripts", name), Name], TimeSpan.FromSeconds(30));

    public void Dispose() => Script("netns-teardown.sh");

    /// <summary>Runs python3 code inside a namespace (a bounded sender), with arguments.</summary>
    public ProcessResult Python(string ns, string code, params string[] args) =>
        ProcessRunner.Run("ip", ["netns", "exec", ns, "python3", "-c", code, .. args], TimeSpan.FromSeconds(30));
}

[Collection("live")]
public class NetnsLiveTests : IClassFixture<NetnsPair>
{
    private readonly NetnsPair _net;
    public NetnsLiveTests(NetnsPair net) { _net = net; }

    /// <summary>count UDP datagrams of 20 bytes to addr:port, 20 ms apart.</summary>
    private const string UdpSender = """
import socket, sys, time
addr, port, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for i in range(count):
    s.sendto(bytes(range(20)), (addr, port))
    time.sleep(0.02)
""";

    /// <summary>
    /// count broadcast frames on dev tagged with VLAN 10 (priority 3), each holding IPv4/UDP, sent
    /// raw so that the receiving side's kernel strips the tag into metadata.
    /// </summary>
    private const string VlanSender = """
import socket, struct, sys, time
dev, count = sys.argv[1], int(sys.argv[2])
s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
s.bind((dev, 0))
mac = open('/sys/class/net/%s/address' % dev).read().strip()
src = bytes(int(x, 16) for x in mac.split(':'))
def csum(b):
    t = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    t = (t >> 16) + (t & 0xffff); t += t >> 16
    return ~t & 0xffff
for i in range(count):
    udp = struct.pack('!HHHH', 40000 + i, 9, 8 + 12, 0) + b'vlan-payload'
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(udp), i + 1, 0, 64, 17, 0,
                     socket.inet_aton('169.254.78.2'), socket.inet_aton('169.254.78.255'))
    ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
    frame = b'\xff' * 6 + src + struct.pack('!HH', 0x8100, (3 << 13) | 10) + b'\x08\x00' + ip + udp
    s.send(frame)
    time.sleep(0.02)
""";

    /// <summary>
    /// Starts tcpdump and wirecap with the same arguments inside namespace A, waits for both
    /// banners, runs traffic, waits past the ring's block timeout, and stops both with SIGINT.
    /// </summary>
    private (LiveProcess Tcpdump, LiveProcess Wirecap) Both(string[] tcpdumpArgs, string[] wirecapArgs, Action traffic)
    {
        Assert.True(_net.Error == null, _net.Error);
        var tcpdump = new LiveProcess("ip", ["netns", "exec", _net.NsA, "tcpdump", .. tcpdumpArgs]);
        var wirecap = new LiveProcess("ip", ["netns", "exec", _net.NsA, TestPaths.Wirecap!, .. wirecapArgs]);
        try
        {
            tcpdump.WaitListening(TimeSpan.FromSeconds(10));
            wirecap.WaitListening(TimeSpan.FromSeconds(10));
            Thread.Sleep(200);
            traffic();
            Thread.Sleep(2500);   // well past the ring's 1 s block timeout
            int te = tcpdump.Interrupt(TimeSpan.FromSeconds(10));
            int we = wirecap.Interrupt(TimeSpan.FromSeconds(10));
            Assert.True(te == 0, $"tcpdump exit {te}: {tcpdump.Stderr}");
            Assert.True(we == 0, $"wirecap exit {we}: {wirecap.Stderr}");
            return (tcpdump, wirecap);
        }
        catch
        {
            tcpdump.Dispose();
            wirecap.Dispose();
            throw;
        }
    }

    private void Udp(int count, int port = 7777)
    {
        var r = _net.Python(_net.NsB, UdpSender, NetnsPair.AddrA, port.ToString(), count.ToString());
        Assert.True(r.ExitCode == 0, "sender failed: " + r.Stderr);
    }

    private static void AssertSame(LiveProcess tcpdump, LiveProcess wirecap, int minimumPackets)
    {
        var expected = tcpdump.Counts();
        var got = wirecap.Counts();
        Assert.True(expected != null, "tcpdump's closing lines are missing: " + tcpdump.Stderr);
        Assert.True(got != null, "wirecap's closing lines are missing: " + wirecap.Stderr);
        Assert.True(expected!.Value.Captured >= minimumPackets, $"tcpdump saw too few packets ({expected.Value.Captured}): " + tcpdump.StdoutText);
        Assert.Equal(tcpdump.StdoutText, wirecap.StdoutText);
        Assert.Equal(tcpdump.Stdout, wirecap.Stdout);
        Assert.Equal(expected.Value.Captured, got!.Value.Captured);
        Assert.Equal(expected.Value.Dropped, got.Value.Dropped);
    }

    private string[] Args(params string[] more) => ["-i", _net.DevA, "-t", .. more];

    [NetnsFact]
    public void LinkHeaderShowsTheRealMacAddresses()
    {
        var args = Args("-e", "-n", "udp or arp or icmp");
        var (t, w) = Both(args, args, () => Udp(5));
        using (t) using (w)
        {
            AssertSame(t, w, 5);
            // The veth's own address, as the kernel reports it, is on the printed lines.
            var mac = _net.Python(_net.NsA, $"print(open('/sys/class/net/{_net.DevA}/address').read().strip())").StdoutText.Trim();
            Assert.Contains("> " + mac + ",", w.StdoutText);
        }
    }

    [NetnsFact]
    public void VlanTagIsReinserted() => TaggedFrames(Args("-e", "-n"));

    /// <summary>
    /// libpcap compiles "vlan" for a live Linux socket with the kernel's VLAN ancillary loads
    /// (`ldb [vlanp]`), as the tag is no longer in the frame the filter sees.
    /// </summary>
    [NetnsFact]
    public void VlanFilterMatchesTaggedFrames() => TaggedFrames(Args("-e", "-n", "vlan"));

    private void TaggedFrames(string[] args)
    {
        var (t, w) = Both(args, args, () =>
        {
            var r = _net.Python(_net.NsB, VlanSender, _net.DevB, "4");
            Assert.True(r.ExitCode == 0, "sender failed: " + r.Stderr);
        });
        using (t) using (w)
        {
            AssertSame(t, w, 4);
            Assert.Contains("vlan 10, p 3", w.StdoutText);
        }
    }

    [NetnsFact]
    public void DirectionInShowsOnlyIncoming()
    {
        // A's replies (ICMP port unreachable, ARP replies) are outgoing and must be left out.
        var args = Args("-n", "-Q", "in", "udp or arp or icmp");
        var (t, w) = Both(args, args, () => Udp(5, 7778));
        using (t) using (w)
        {
            AssertSame(t, w, 5);
            Assert.DoesNotContain(NetnsPair.AddrA + " >", w.StdoutText);
        }
    }

    [NetnsFact]
    public void NoPromiscuousModeCapturesTrafficToOurOwnAddress()
    {
        var args = Args("-p", "-n", "udp");
        var (t, w) = Both(args, args, () => Udp(6, 7779));
        using (t) using (w) AssertSame(t, w, 6);
    }

    [NetnsFact]
    public void WrittenFileReadsBackAsTcpdumpsDoes()
    {
        var dir = Directory.CreateTempSubdirectory("wirecap-live-");
        try
        {
            string tfile = Path.Combine(dir.FullName, "tcpdump.pcap"), wfile = Path.Combine(dir.FullName, "wirecap.pcap");
            var (t, w) = Both(Args("-w", tfile, "udp"), Args("-w", wfile, "udp"), () => Udp(7, 7780));
            long captured;
            using (t) using (w)
            {
                captured = w.Counts()!.Value.Captured;
                Assert.Equal(t.Counts()!.Value.Captured, w.Counts()!.Value.Captured);
                Assert.True(w.Counts()!.Value.Captured >= 7, w.Stderr);
                Assert.Equal(w.Counts()!.Value.Captured, LoopbackCapture.CountPackets(wfile));
            }
            string[] read = ["-n", "-e", "-r", wfile];
            var byTcpdump = ProcessRunner.Run("tcpdump", read, TimeSpan.FromSeconds(20));
            var byWirecap = ProcessRunner.Run(TestPaths.Wirecap!, read, TimeSpan.FromSeconds(20));
            Assert.True(byTcpdump.ExitCode == 0, byTcpdump.Stderr);
            Assert.Equal(byTcpdump.StdoutText, byWirecap.StdoutText);
            // Time stamps apart, the two files hold the same packets: compare tcpdump's -t reading of both.
            var theirs = ProcessRunner.Run("tcpdump", ["-t", "-n", "-e", "-x", "-r", tfile], TimeSpan.FromSeconds(20));
            var ours = ProcessRunner.Run("tcpdump", ["-t", "-n", "-e", "-x", "-r", wfile], TimeSpan.FromSeconds(20));
            Assert.Equal(theirs.StdoutText, ours.StdoutText);
            if (TestPaths.OnPath("tshark") != null)
            {
                var ts = ProcessRunner.Run("tshark", ["-n", "-r", wfile], TimeSpan.FromSeconds(60));
                Assert.True(ts.ExitCode == 0 && !ts.Stderr.Contains("appears to", StringComparison.Ordinal), "tshark: " + ts.Stderr);
                Assert.Equal(captured, ts.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            }
        }
        finally { dir.Delete(true); }
    }
}
