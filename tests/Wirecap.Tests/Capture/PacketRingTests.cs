using System.Net;
using System.Net.Sockets;
using Wirecap.Capture;
using Xunit;

namespace Wirecap.Tests.Capture;

public class PacketRingTests
{
    private static bool IsRoot => Environment.UserName == "root";

    private static void SendUdp(int port, int count)
    {
        using var s = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        var dst = new IPEndPoint(IPAddress.Loopback, port);
        var payload = new byte[16];
        for (int i = 0; i < count; i++) s.SendTo(payload, dst);
    }

    [Fact]
    public void CapturesLoopbackOnceEachWithoutAllocating()
    {
        if (!IsRoot) return;   // AF_PACKET needs CAP_NET_RAW
        using var ring = PacketRing.Open(new CaptureSettings { Device = "lo", TimeoutMs = 10, Promiscuous = false });
        Assert.Equal(1, ring.LinkType);
        using var sink = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        int port = ((IPEndPoint)sink.Client.LocalEndPoint!).Port;
        SendUdp(port, 200);
        int seen = 0;
        long before = 0;
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (seen < 200 && DateTime.UtcNow < deadline)
        {
            var st = ring.Next(out var h, out var data, 100);
            if (st != RingStatus.Packet) continue;
            // Ethernet + IPv4 + UDP to our port, 16 bytes of payload.
            if (data.Length >= 42 && data[23] == 17 && (data[36] << 8 | data[37]) == port)
            {
                seen++;
                if (seen == 20) before = GC.GetAllocatedBytesForCurrentThread();
            }
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(200, seen);
        Assert.True(allocated < 1024, $"{allocated} bytes allocated in the ring loop");
        var (received, dropped) = ring.Statistics();
        Assert.True(received >= 400, $"received {received}");   // both directions pass the kernel before the lo dedupe
        Assert.Equal(0UL, dropped);
    }

    [Fact]
    public void AnyDeviceBuildsSll2Headers()
    {
        if (!IsRoot) return;
        using var ring = PacketRing.Open(new CaptureSettings { Device = "any", TimeoutMs = 10 });
        Assert.Equal(276, ring.LinkType);
        using var sink = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        int port = ((IPEndPoint)sink.Client.LocalEndPoint!).Port;
        SendUdp(port, 3);
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (DateTime.UtcNow < deadline)
        {
            if (ring.Next(out var h, out var data, 100) != RingStatus.Packet) continue;
            if (data.Length < 48 || data[29] != 17 || (data[42] << 8 | data[43]) != port) continue;
            Assert.Equal(0x08, data[0]); Assert.Equal(0x00, data[1]);          // protocol IPv4
            Assert.Equal(1, data[4] << 24 | data[5] << 16 | data[6] << 8 | data[7]);   // lo's index
            Assert.Equal(772, data[8] << 8 | data[9]);                           // ARPHRD_LOOPBACK
            return;
        }
        Assert.Fail("no packet seen on any");
    }

    [Fact]
    public void UnknownDeviceGetsTcpdumpsText()
    {
        var e = Assert.Throws<CaptureException>(() => PacketRing.Open(new CaptureSettings { Device = "nosuch0" }));
        Assert.Equal("nosuch0: No such device exists\n(No such device exists)", e.Message);
    }
}

public class InterfacesTests
{
    [Fact]
    public void ListsLikeTcpdumpForRealInterfaces()
    {
        var tcpdump = "/usr/bin/tcpdump";
        if (!File.Exists(tcpdump)) return;
        var psi = new System.Diagnostics.ProcessStartInfo(tcpdump, "-D") { RedirectStandardOutput = true };
        using var p = System.Diagnostics.Process.Start(psi)!;
        var expected = p.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l[(l.IndexOf('.') + 1)..]).ToList();
        p.WaitForExit();
        var ours = Interfaces.List().Select((d, i) => Interfaces.Format(i + 1, d)).Select(l => l[(l.IndexOf('.') + 1)..]).ToList();
        // libpcap's pseudo-devices (bluetooth-monitor, nflog, ...) included, as -D must print what tcpdump prints.
        Assert.Equal(expected, ours);
    }
}
