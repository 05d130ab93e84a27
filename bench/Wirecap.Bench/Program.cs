using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Wirecap.Files;
using Wirecap.Print;

namespace Wirecap.Bench;

public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

/// <summary>
/// Printing cost per packet, in-process, on gen-pcap.py's mix (WIRECAP_BENCH_PCAP names the file;
/// default /tmp/wirecap-bench/bench-10k.pcap, made with gen-pcap.py --packets 10000).
/// </summary>
[MemoryDiagnoser]
public class PrintBenchmarks
{
    private readonly List<(PacketHeader Header, byte[] Data)> _packets = new();
    private PacketPrinter _plain = null!, _hex = null!, _verbose = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("WIRECAP_BENCH_PCAP") ?? "/tmp/wirecap-bench/bench-10k.pcap";
        using var r = CaptureReader.Open(path, nano: false);
        while (r.Next(out var h, out var d)) _packets.Add((h, d.ToArray()));
        _plain = Make(new PrintOptions { NoResolve = 1 });
        _hex = Make(new PrintOptions { NoResolve = 1, HexAscii = 1 });
        _verbose = Make(new PrintOptions { NoResolve = 1, Verbose = 1 });
    }

    private static PacketPrinter Make(PrintOptions o) => new(new PrintContext(o, new TextOut(Stream.Null)));

    private void Run(PacketPrinter p)
    {
        foreach (var (h, d) in _packets) p.Print(h, d);
        p.Context.Out.Flush();
    }

    [Benchmark(Description = "-n, per 10k packets")] public void Plain() => Run(_plain);
    [Benchmark(Description = "-n -X, per 10k packets")] public void HexAscii() => Run(_hex);
    [Benchmark(Description = "-n -v, per 10k packets")] public void Verbose() => Run(_verbose);
}
