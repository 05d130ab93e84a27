using System.Collections.Concurrent;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Differential;

/// <summary>The gen-pcap.py captures these tests read, each made once (on first use) in a temp directory.</summary>
public sealed class TrafficMixCapturesFixture : IDisposable
{
    /// <summary>Variant name -> gen-pcap.py arguments.</summary>
    public static readonly Dictionary<string, string[]> Variants = new()
    {
        ["mix-20k"] = ["--packets", "20000", "--seed", "1"],
        ["snap96-20k"] = ["--packets", "20000", "--seed", "2", "--snaplen", "96"],
        ["pcapng-nano-5k"] = ["--packets", "5000", "--seed", "3", "--pcapng", "--nanosecond"],
    };

    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"wirecap-mix-{Environment.ProcessId}");
    private readonly ConcurrentDictionary<string, Lazy<string>> _files = new();

    public string Get(string variant) => _files.GetOrAdd(variant, v => new Lazy<string>(() => Make(v))).Value;

    private string Make(string variant)
    {
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, variant + (variant.Contains("pcapng") ? ".pcapng" : ".pcap"));
        var args = new List<string> { TestPaths.GenPcapScript!, "--quiet", "--out", path };
        args.AddRange(Variants[variant]);
        var r = ProcessRunner.Run("python3", args, TimeSpan.FromMinutes(2));
        if (r.ExitCode != 0 || !File.Exists(path)) throw new InvalidOperationException($"gen-pcap.py {string.Join(' ', Variants[variant])} failed ({r.ExitCode}): {r.Stderr}");
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>
/// The traffic mix wirecap must print exactly (gen-pcap.py: TCP with HTTP/TLS/SSH/9501, DNS, ICMP,
/// ARP, ICMPv6, VLANs), whole, snapped at 96 bytes, and as nanosecond pcapng: tcpdump and wirecap
/// read the same file with the same options and must print the same bytes.
/// </summary>
public class TrafficMixDifferentialTests(TrafficMixCapturesFixture captures) : IClassFixture<TrafficMixCapturesFixture>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private static readonly Dictionary<string, string> Env = new() { ["TZ"] = "GMT0" };

    [TrafficMixDifferentialTheory]
    [InlineData("mix-20k", "-n")]
    [InlineData("mix-20k", "-n -v")]
    [InlineData("mix-20k", "-n -vv")]
    [InlineData("mix-20k", "-n -e")]
    [InlineData("mix-20k", "-n -q")]
    [InlineData("mix-20k", "-n -S")]
    [InlineData("mix-20k", "-n -K -v")]
    [InlineData("mix-20k", "-n -X")]
    [InlineData("mix-20k", "-n -tttt -#")]
    [InlineData("snap96-20k", "-n")]
    [InlineData("snap96-20k", "-n -vv -e")]
    [InlineData("snap96-20k", "-n -x")]
    [InlineData("pcapng-nano-5k", "-n")]
    [InlineData("pcapng-nano-5k", "-n -v --time-stamp-precision=nano")]
    public void SameOutputAsTcpdump(string variant, string options)
    {
        var file = captures.Get(variant);
        var args = new List<string>(options.Split(' ', StringSplitOptions.RemoveEmptyEntries)) { "-r", file };
        OracleCompare.AssertSameAsTcpdump(args, Env, Deadline, $"gen-pcap.py {string.Join(' ', TrafficMixCapturesFixture.Variants[variant])}", compareStderr: true);
    }

}
