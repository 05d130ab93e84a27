using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Robustness;

/// <summary>
/// The same inputs through the real binary, on a sample (a process per run is slow): exit code 0
/// or 1, no .NET stack trace on stderr, done within 10 s.
/// </summary>
public class BinaryRobustnessTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [CorpusBinaryFact]
    public void SampleOfCorpusFilesWholeAndCut()
    {
        var files = InProcessPrint.CorpusFiles();
        var options = InProcessPrint.OptionSets;
        var failures = new List<string>();
        var cut = Path.Combine(Path.GetTempPath(), $"wirecap-bincut-{Environment.ProcessId}.pcap");
        try
        {
            // Every 10th file whole, each with the next option set in turn.
            for (int i = 0; i < files.Length; i += 10)
                RunOne(files[i], options[i / 10 % options.Length].Name, Path.GetFileName(files[i]), failures);
            // Every 23rd file cut at its first seeded offset past the file header, with -vvv -e.
            for (int i = 5; i < files.Length; i += 23)
            {
                var bytes = File.ReadAllBytes(files[i]);
                var name = Path.GetFileName(files[i]);
                int at = InProcessPrint.CutOffsets(name, bytes.Length, 50).FirstOrDefault(o => o > 24, bytes.Length / 2);
                File.WriteAllBytes(cut, bytes.AsSpan(0, at).ToArray());
                RunOne(cut, "-n -vvv -e", $"{name} cut at {at}", failures);
            }
        }
        finally { File.Delete(cut); }
        Assert.True(failures.Count == 0, $"{failures.Count} bad runs of {TestPaths.Wirecap}:\n" + string.Join("\n", failures));
    }

    private static void RunOne(string path, string options, string what, List<string> failures)
    {
        var args = new List<string>(options.Split(' ')) { "-r", path };
        var r = ProcessRunner.Run(TestPaths.Wirecap!, args, Deadline, env: new Dictionary<string, string> { ["TZ"] = "GMT0" });
        if (r.TimedOut) failures.Add($"{what} [{options}]: killed after {Deadline.TotalSeconds} s");
        else if (r.ExitCode is not (0 or 1)) failures.Add($"{what} [{options}]: exit code {r.ExitCode}");
        if (ProcessRunner.StackTraceIn(r.Stderr) is { } line) failures.Add($"{what} [{options}]: stack trace on stderr: {line.Trim()}");
    }
}
