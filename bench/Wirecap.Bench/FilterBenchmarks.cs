using BenchmarkDotNet.Attributes;
using Wirecap.Files;
using Wirecap.Filter;

namespace Wirecap.Bench;

/// <summary>
/// BPF filter cost per packet, on the packets of a gen-pcap.py capture (WIRECAP_BENCH_PCAP names
/// the file; default /tmp/wirecap-bench/bench-10k.pcap, made with gen-pcap.py --packets 10000).
/// The programs are what tcpdump -ddd prints for them on Ethernet. Each invocation makes 10,000
/// runs; OperationsPerInvoke makes the reported time per packet. WorkingSet 10000 walks all
/// 10,000 packets (7 MB: mostly cache misses on the headers); 500 cycles over the first 500,
/// which stay in cache, as a packet just read from the file is.
/// Compares the pre-decoded engine with the plain switch interpreter.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class FilterBenchmarks
{
    private const int MaxPackets = 10_000;

    private static readonly Dictionary<string, string> Programs = new()
    {
        // tcpdump -ddd 'host 192.168.1.20 and (port 443 or port 22)' (21 instructions)
        ["host+ports"] =
            "21\n40 0 0 12\n21 0 18 2048\n32 0 0 26\n21 2 0 3232235796\n32 0 0 30\n21 0 14 3232235796\n" +
            "48 0 0 23\n21 2 0 132\n21 1 0 6\n21 0 10 17\n40 0 0 20\n69 8 0 8191\n177 0 0 14\n72 0 0 14\n" +
            "21 4 0 443\n21 3 0 22\n72 0 0 16\n21 1 0 443\n21 0 1 22\n6 0 0 262144\n6 0 0 0\n",
        // tcpdump -ddd 'tcp port 80' (20 instructions)
        ["tcp port 80"] =
            "20\n40 0 0 12\n21 0 6 34525\n48 0 0 20\n21 0 15 6\n40 0 0 54\n21 12 0 80\n40 0 0 56\n21 10 11 80\n" +
            "21 0 10 2048\n48 0 0 23\n21 0 8 6\n40 0 0 20\n69 6 0 8191\n177 0 0 14\n72 0 0 14\n21 2 0 80\n" +
            "72 0 0 16\n21 0 1 80\n6 0 0 262144\n6 0 0 0\n",
    };

    private byte[][] _data = [];
    private uint[] _wire = [];
    private BpfInstruction[] _program = [];
    private BpfEngine _engine = null!;

    [Params("host+ports", "tcp port 80")]
    public string Filter { get; set; } = "host+ports";

    [Params(10_000, 500)]
    public int WorkingSet { get; set; } = MaxPackets;

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("WIRECAP_BENCH_PCAP") ?? "/tmp/wirecap-bench/bench-10k.pcap";
        var data = new List<byte[]>();
        var wire = new List<uint>();
        using (var r = CaptureReader.Open(path, nano: false))
        {
            while (data.Count < MaxPackets && r.Next(out var h, out var d))
            {
                data.Add(d.ToArray());
                wire.Add((uint)h.WireLength);
            }
        }
        if (data.Count != MaxPackets) throw new InvalidOperationException($"{path}: need {MaxPackets} packets");
        _data = data.Take(WorkingSet).ToArray();
        _wire = wire.Take(WorkingSet).ToArray();
        _program = BpfImage.ParseDecimal(Programs[Filter])!;
        _engine = new BpfEngine(_program);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = MaxPackets, Description = "engine, per packet")]
    public int Engine()
    {
        int accepted = 0;
        var data = _data;
        var wire = _wire;
        for (int rep = MaxPackets / data.Length; rep > 0; rep--)
            for (int i = 0; i < data.Length; i++)
                if (_engine.Run(data[i], wire[i]) != 0) accepted++;
        return accepted;
    }

    [Benchmark(OperationsPerInvoke = MaxPackets, Description = "plain switch, per packet")]
    public int Reference()
    {
        int accepted = 0;
        var data = _data;
        var wire = _wire;
        for (int rep = MaxPackets / data.Length; rep > 0; rep--)
            for (int i = 0; i < data.Length; i++)
                if (BpfEngineReference.Run(_program, data[i], wire[i]) != 0) accepted++;
        return accepted;
    }
}
