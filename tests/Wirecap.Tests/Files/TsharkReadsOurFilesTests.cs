using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Files;

/// <summary>
/// "A file we write opens in tcpdump and tshark": the -w outputs of wirecap (microsecond and
/// nanosecond, whole and rotated with -C, filtered) read by tshark without complaint, packet for
/// packet as tcpdump counts them. CI installs tshark; elsewhere the test is skipped without it.
/// </summary>
public sealed class TsharkReadsOurFilesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("wirecap-tshark-").FullName;

    public TsharkReadsOurFilesTests()
    {
        // tcpdump and wirecap run as root go on as user "tcpdump", who must write here.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_dir, (UnixFileMode)0x1ff);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    public sealed class TsharkFactAttribute : FactAttribute
    {
        public TsharkFactAttribute()
        {
            Skip = Requires.All(Requires.Binary, Requires.Tcpdump, Requires.Python,
                () => TestPaths.OnPath("tshark") == null ? "tshark is not on PATH" : null);
        }
    }

    [TsharkFact]
    public void TsharkReadsEveryFileWeWrite()
    {
        string capture = Path.Combine(_dir, "in.pcap");
        var gen = ProcessRunner.Run("python3", [TestPaths.GenPcapScript!, "--quiet", "--out", capture, "--packets", "6000", "--seed", "11"], TimeSpan.FromMinutes(2));
        Assert.Equal(0, gen.ExitCode);
        string[][] runs =
        [
            ["-w", "plain.pcap"],
            ["--time-stamp-precision=nano", "-w", "nano.pcap"],
            ["-w", "ring", "-C", "1", "-W", "3"],
            ["-w", "tcp80.pcap", "tcp and port 80"],
        ];
        foreach (var args in runs)
        {
            var r = ProcessRunner.Run(TestPaths.Wirecap!, ["-r", capture, .. args], TimeSpan.FromMinutes(1), _dir);
            Assert.True(r.ExitCode == 0, string.Join(" ", args) + ": " + r.Stderr);
        }
        var written = Directory.GetFiles(_dir).Where(f => Path.GetFileName(f) != "in.pcap").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(6, written.Length);   // plain, nano, ring0..ring2, tcp80
        foreach (var file in written)
        {
            var ts = ProcessRunner.Run("tshark", ["-n", "-r", file], TimeSpan.FromMinutes(1));
            Assert.True(ts.ExitCode == 0, Path.GetFileName(file) + ": tshark exit " + ts.ExitCode + ": " + ts.Stderr);
            Assert.DoesNotContain("appears to", ts.Stderr, StringComparison.Ordinal);
            var td = ProcessRunner.Run("tcpdump", ["-n", "-r", file], TimeSpan.FromMinutes(1));
            Assert.Equal(0, td.ExitCode);
            int Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.True(Lines(td.StdoutText) > 0, Path.GetFileName(file) + " is empty");
            Assert.Equal(Lines(td.StdoutText), Lines(ts.StdoutText));
        }
    }
}
