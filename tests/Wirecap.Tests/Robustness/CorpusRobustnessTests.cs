using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Robustness;

/// <summary>
/// No input may crash or hang the printers: every capture of tcpdump's test suite printed
/// in-process, whole (with -n, -v, -vvv -e and -X each), cut short at 50 seeded offsets, and with
/// the packet at each offset snapped there. A file error from the reader is fine (the CLI exits 1
/// with libpcap's message); any other exception is a crash.
/// </summary>
public class CorpusRobustnessTests
{
    private static readonly TimeSpan PerFile = TimeSpan.FromSeconds(10);
    private const int CutsPerFile = 50;

    public static TheoryData<string> OptionSetNames()
    {
        var d = new TheoryData<string>();
        foreach (var (name, _) in InProcessPrint.OptionSets) d.Add(name);
        return d;
    }

    [CorpusTheory]
    [MemberData(nameof(OptionSetNames))]
    public void WholeFiles(string options)
    {
        var opt = InProcessPrint.OptionSets.Single(o => o.Name == options).Options;
        var (sink, output) = NewOutput();
        var failures = new List<string>();
        foreach (var path in InProcessPrint.CorpusFiles())
        {
            if (!Check($"{Path.GetFileName(path)} [{options}]", () => InProcessPrint.Crash(path, opt, output, sink), failures)) break;
        }
        Assert.True(failures.Count == 0, Report(failures, $"whole files with {options}"));
    }

    /// <summary>
    /// Files cut at 50 offsets each: the reader meets a short header or record. The packets before
    /// the cut are whole, so each cut takes the next option set in turn rather than all four.
    /// </summary>
    [CorpusFact]
    public void FilesCutShort()
    {
        var sets = InProcessPrint.OptionSets;
        var (sink, output) = NewOutput();
        var failures = new List<string>();
        var cut = Path.Combine(Path.GetTempPath(), $"wirecap-cut-{Environment.ProcessId}.pcap");
        try
        {
            foreach (var path in InProcessPrint.CorpusFiles())
            {
                var bytes = File.ReadAllBytes(path);
                var name = Path.GetFileName(path);
                var offsets = InProcessPrint.CutOffsets(name, bytes.Length, CutsPerFile);
                bool hung = false;
                for (int k = 0; k < offsets.Length && !hung; k++)
                {
                    var (optName, opt) = sets[k % sets.Length];
                    File.WriteAllBytes(cut, bytes.AsSpan(0, offsets[k]).ToArray());
                    hung = !Check($"{name} cut at {offsets[k]} [{optName}]", () => InProcessPrint.Crash(cut, opt, output, sink), failures);
                }
                if (hung) break;
            }
        }
        finally { File.Delete(cut); }
        Assert.True(failures.Count == 0, Report(failures, $"files cut at {CutsPerFile} offsets each"));
    }

    /// <summary>
    /// The printers' side of truncation: in each pcap file, the packet at each of the 50 offsets
    /// keeps only its bytes before the offset (as a small -s would), with all four option sets.
    /// </summary>
    [CorpusFact]
    public void PacketsSnappedShort()
    {
        var (sink, output) = NewOutput();
        var failures = new List<string>();
        var snapped = Path.Combine(Path.GetTempPath(), $"wirecap-snap-{Environment.ProcessId}.pcap");
        int files = 0;
        try
        {
            foreach (var path in InProcessPrint.CorpusFiles())
            {
                var bytes = File.ReadAllBytes(path);
                var name = Path.GetFileName(path);
                bool hung = false;
                foreach (int at in InProcessPrint.CutOffsets(name, bytes.Length, CutsPerFile))
                {
                    if (InProcessPrint.SnapAt(bytes, at) is not { } snap) continue;
                    File.WriteAllBytes(snapped, snap);
                    foreach (var (optName, opt) in InProcessPrint.OptionSets)
                    {
                        hung = !Check($"{name} snapped at {at} [{optName}]", () => InProcessPrint.Crash(snapped, opt, output, sink), failures);
                        if (hung) break;
                    }
                    if (hung) break;
                }
                if (hung) break;
                files++;
            }
        }
        finally { File.Delete(snapped); }
        Assert.True(files > 400, $"only {files} files were snapped: is the corpus complete?");
        Assert.True(failures.Count == 0, Report(failures, $"pcap files with the packet at each of {CutsPerFile} offsets snapped"));
    }

    /// <summary>
    /// Damaged packets: in each pcap file, 20 seeded variants with about 2% (odd variants: 12%) of
    /// the packet bytes set to random values (headers, lengths and option fields included), each variant with the next
    /// option set in turn. Reading never depends on the packet bytes, so this reaches the printers.
    /// </summary>
    [CorpusFact]
    public void PacketBytesMutated()
    {
        const int variants = 20;
        var sets = InProcessPrint.OptionSets;
        var (sink, output) = NewOutput();
        var failures = new List<string>();
        var mutated = Path.Combine(Path.GetTempPath(), $"wirecap-mut-{Environment.ProcessId}.pcap");
        try
        {
            foreach (var path in InProcessPrint.CorpusFiles())
            {
                var bytes = File.ReadAllBytes(path);
                var name = Path.GetFileName(path);
                if (InProcessPrint.PacketSpans(bytes) is not { Count: > 0 } spans) continue;
                int seed = InProcessPrint.CutOffsets(name, int.MaxValue, 1)[0];
                bool hung = false;
                for (int v = 0; v < variants && !hung; v++)
                {
                    var rng = new Random(seed + v);
                    int oneIn = v % 2 == 0 ? 50 : 8;
                    var copy = (byte[])bytes.Clone();
                    foreach (var (off, len) in spans)
                        for (int i = 0; i < len; i++)
                            if (rng.Next(oneIn) == 0) copy[off + i] = (byte)rng.Next(256);
                    File.WriteAllBytes(mutated, copy);
                    var (optName, opt) = sets[v % sets.Length];
                    hung = !Check($"{name} mutated (seed {seed + v}) [{optName}]", () => InProcessPrint.Crash(mutated, opt, output, sink), failures);
                }
                if (hung) break;
            }
        }
        finally { File.Delete(mutated); }
        Assert.True(failures.Count == 0, Report(failures, $"pcap files with 2% or 12% of packet bytes randomised, {variants} variants each"));
    }

    private static (MemoryStream, TextOut) NewOutput()
    {
        var sink = new MemoryStream();
        return (sink, new TextOut(sink));
    }

    /// <summary>Runs one input; false when it hung (the caller stops: the stuck thread keeps a core busy).</summary>
    private static bool Check(string what, Func<string?> run, List<string> failures)
    {
        if (!InProcessPrint.Within(PerFile, run, out var crash))
        {
            failures.Add($"{what}: still printing after {PerFile.TotalSeconds} s (hang?); stopped here");
            return false;
        }
        if (crash != null) failures.Add($"{what}: {crash}");
        return true;
    }

    private static string Report(List<string> failures, string what)
    {
        const int shown = 40;
        var head = $"{failures.Count} crashes printing the corpus ({what}):\n";
        var list = string.Join("\n", failures.Take(shown));
        return head + list + (failures.Count > shown ? $"\n... and {failures.Count - shown} more" : "");
    }
}
