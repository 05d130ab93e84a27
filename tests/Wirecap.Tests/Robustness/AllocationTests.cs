using System.Text;
using Wirecap.Files;
using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Robustness;

/// <summary>The 100,000-packet traffic mix of gen-pcap.py, made once in a temp directory.</summary>
public sealed class TrafficMixFixture : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"wirecap-alloc-{Environment.ProcessId}");
    private readonly Lazy<string> _pcap;

    public TrafficMixFixture()
    {
        _pcap = new Lazy<string>(() =>
        {
            Directory.CreateDirectory(_dir);
            var path = Path.Combine(_dir, "mix-100k.pcap");
            var r = ProcessRunner.Run("python3", [TestPaths.GenPcapScript!, "--packets", "100000", "--out", path, "--quiet"], TimeSpan.FromMinutes(2));
            if (r.ExitCode != 0 || !File.Exists(path)) throw new InvalidOperationException($"gen-pcap.py failed ({r.ExitCode}): {r.Stderr}");
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
/// Printing allocates nothing per packet: after a warm-up of 10,000 packets (caches, per-connection
/// TCP entries, JIT), the remaining 90,000 of the traffic mix must allocate under 64 KiB in all.
/// When they do not, the message says which kinds of packet allocated.
/// </summary>
public class AllocationTests(TrafficMixFixture mix) : IClassFixture<TrafficMixFixture>
{
    private const int WarmUp = 10_000;
    private const long Budget = 64 * 1024;

    public static TheoryData<string> Options() => new() { "-n", "-n -X", "-n -v" };

    private static PrintOptions Parse(string options) => options switch
    {
        "-n" => new PrintOptions { NoResolve = 1 },
        "-n -X" => new PrintOptions { NoResolve = 1, HexAscii = 1 },
        "-n -v" => new PrintOptions { NoResolve = 1, Verbose = 1 },
        _ => throw new ArgumentException(options),
    };

    [GenPcapTheory]
    [MemberData(nameof(Options))]
    public void PrintingAllocatesNothingPerPacket(string options)
    {
        var output = new TextOut(Stream.Null);
        var printer = new PacketPrinter(new PrintContext(Parse(options), output));
        var byKind = new long[PacketKind.Count];
        var countByKind = new int[PacketKind.Count];
        int packets = 0;
        long total = 0;
        using (var reader = CaptureReader.Open(mix.Pcap, nano: false))
        {
            while (reader.Next(out var h, out var data))
            {
                if (packets++ < WarmUp) { printer.Print(h, data); continue; }
                long before = GC.GetAllocatedBytesForCurrentThread();
                printer.Print(h, data);
                long used = GC.GetAllocatedBytesForCurrentThread() - before;
                total += used;
                if (used != 0)
                {
                    int k = PacketKind.Of(data);
                    byKind[k] += used;
                    countByKind[k]++;
                }
            }
        }
        output.Flush();
        Assert.Equal(100_000, packets);
        Assert.True(total < Budget, Report(options, total, packets - WarmUp, byKind, countByKind));
    }

    private static string Report(string options, long total, int measured, long[] bytes, int[] counts)
    {
        var sb = new StringBuilder();
        int allocating = counts.Sum();
        sb.Append($"printing {measured} packets with {options} allocated {total} bytes in {allocating} packets ({(double)total / measured:F1} per packet; budget {Budget} in all).\n");
        sb.Append(allocating <= 16
            ? "Few packets, large amounts: a per-run table growing (e.g. a Dictionary resizing as connections are added); size it at creation or grow it in larger steps.\n"
            : "Many packets allocate: something is allocated per packet (strings, boxing, closures, arrays).\n");
        sb.Append("By kind of packet:\n");
        foreach (int k in Enumerable.Range(0, bytes.Length).Where(k => bytes[k] > 0).OrderByDescending(k => bytes[k]))
            sb.Append($"  {PacketKind.Name(k),-24} {bytes[k],12} bytes in {counts[k]} packets that allocated ({bytes[k] / counts[k]} each)\n");
        return sb.ToString();
    }
}

/// <summary>
/// A coarse label for an Ethernet packet (network layer, transport, well-known port), computed
/// without allocating, to say which printers allocate.
/// </summary>
internal static class PacketKind
{
    private static readonly string[] Net = ["other-ethertype", "ARP", "IPv4", "IPv6", "802.1Q other"];
    private static readonly string[] Transport = ["", "TCP", "UDP", "ICMP", "ICMPv6", "ip-proto-other"];
    private static readonly (int Port, string Name)[] Apps = [(0, ""), (53, "dns"), (80, "http"), (8080, "http-alt"), (443, "tls"), (22, "ssh"), (9501, "app-9501"), (5353, "mdns")];

    public static int Count => Net.Length * Transport.Length * Apps.Length;

    public static string Name(int k)
    {
        int app = k % Apps.Length, tr = k / Apps.Length % Transport.Length, net = k / Apps.Length / Transport.Length;
        var s = Net[net];
        if (tr != 0) s += "/" + Transport[tr];
        if (app != 0) s += "/" + Apps[app].Name;
        return s;
    }

    public static int Of(ReadOnlySpan<byte> p)
    {
        int at = 12;
        if (p.Length < 14) return 0;
        int type = p[at] << 8 | p[at + 1];
        bool vlan = type == 0x8100;
        if (vlan)
        {
            if (p.Length < 18) return Key(4, 0, 0);
            at += 4;
            type = p[at] << 8 | p[at + 1];
        }
        at += 2;
        int proto, l4;
        int net;
        switch (type)
        {
            case 0x0806: return Key(1, 0, 0);
            case 0x0800:
                if (p.Length < at + 20) return Key(2, 0, 0);
                net = 2; proto = p[at + 9]; l4 = at + (p[at] & 0xf) * 4;
                break;
            case 0x86dd:
                if (p.Length < at + 40) return Key(3, 0, 0);
                net = 3; proto = p[at + 6]; l4 = at + 40;
                break;
            default: return Key(vlan ? 4 : 0, 0, 0);
        }
        int tr = proto switch { 6 => 1, 17 => 2, 1 => 3, 58 => 4, _ => 5 };
        int app = 0;
        if ((tr == 1 || tr == 2) && p.Length >= l4 + 4)
        {
            int sport = p[l4] << 8 | p[l4 + 1], dport = p[l4 + 2] << 8 | p[l4 + 3];
            for (int i = 1; i < Apps.Length; i++)
                if (Apps[i].Port == sport || Apps[i].Port == dport) { app = i; break; }
        }
        return Key(net, tr, app);
    }

    private static int Key(int net, int tr, int app) => (net * Transport.Length + tr) * Apps.Length + app;
}
