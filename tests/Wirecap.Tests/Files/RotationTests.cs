using Wirecap.Files;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Files;

/// <summary>
/// -C/-W/-G rotation. The unit tests drive <see cref="DumpFiles"/> with a fake clock and tiny sizes,
/// following tcpdump.c's rules (size checked before each write, "-W 12" numbers 00..11, "-G" names
/// are strftime patterns, -G with -W stops after W files); the differential tests run tcpdump and
/// wirecap on the same gen-pcap.py capture and compare the files they leave.
/// </summary>
public sealed class RotationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("wirecap-rotation-").FullName;

    public RotationTests()
    {
        // tcpdump run as root goes on as user "tcpdump", who must reach the directories below.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_dir, (UnixFileMode)0x1ed);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private static readonly byte[] Payload = new byte[60];

    private static PacketHeader Header(int length) => new() { Seconds = 1, CapturedLength = length, WireLength = length };

    private string[] Names() => Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 1)]   // tcpdump -C 1 -W 3: out0 out1 out2
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(12, 2)]  // tcpdump -C 1 -W 12: out00 .. out11
    [InlineData(101, 3)]
    public void NumbersAreAsWideAsTheLastOne(int count, int width) => Assert.Equal(width, DumpFiles.CountWidth(count));

    [Fact]
    public void SizeRotationChecksBeforeWritingAndWrapsTheRing()
    {
        var closed = new List<string>();
        string name = Path.Combine(_dir, "out");
        // Each record is 76 bytes; the header 24. With -C at 100 bytes a file takes two records
        // (24+76 = 100 is not over), and the third packet starts the next file.
        using (var files = new DumpFiles(name, 1, 65535, false, 100, 3, 0) { Closed = closed.Add })
        {
            for (int i = 0; i < 7; i++) Assert.True(files.Write(Header(60), Payload));
        }
        Assert.Equal(["out0", "out1", "out2"], Names());
        Assert.Equal([name + "0", name + "1", name + "2"], closed);
        // out0 was written again after the ring wrapped: one record.
        Assert.Equal(24 + 76, new FileInfo(name + "0").Length);
        Assert.Equal(24 + 2 * 76, new FileInfo(name + "1").Length);
    }

    [Fact]
    public void SizeRotationWithoutCountNumbersFromOneAfterThePlainName()
    {
        string name = Path.Combine(_dir, "out");
        using (var files = new DumpFiles(name, 1, 65535, false, 100, 0, 0))
        {
            for (int i = 0; i < 5; i++) files.Write(Header(60), Payload);
        }
        Assert.Equal(["out", "out1", "out2"], Names());
    }

    [Fact]
    public void TimeRotationExpandsTheNameAndStopsAfterTheCount()
    {
        long now = 1000;
        var closed = new List<string>();
        int limit = 0;
        string pattern = Path.Combine(_dir, "f-%s");
        using var files = new DumpFiles(pattern, 1, 65535, false, 0, 2, 10, () => now)
        {
            Closed = n => closed.Add(Path.GetFileName(n)),
            LimitReached = n => limit = n,
        };
        Assert.True(files.Write(Header(60), Payload));
        now = 1009;
        Assert.True(files.Write(Header(60), Payload));
        now = 1012; // ten seconds since 1000: the next file, named for when it was started
        Assert.True(files.Write(Header(60), Payload));
        now = 1021; // only nine seconds since 1012
        Assert.True(files.Write(Header(60), Payload));
        now = 1022;
        Assert.False(files.Write(Header(60), Payload));
        Assert.Equal(2, limit);
        Assert.Equal(["f-1000", "f-1012"], closed);
        Assert.Equal(["f-1000", "f-1012"], Names());
        Assert.False(files.Write(Header(60), Payload));
    }

    [Fact]
    public void TimeAndSizeTogetherRestartTheNumbersAtEachPeriod()
    {
        long now = 2000;
        string pattern = Path.Combine(_dir, "g-%s-");
        using (var files = new DumpFiles(pattern, 1, 65535, false, 100, 3, 5, () => now))
        {
            for (int i = 0; i < 3; i++) files.Write(Header(60), Payload); // g-2000-0, g-2000-1
            now = 2005;
            files.Write(Header(60), Payload);                             // g-2005-0
        }
        Assert.Equal(["g-2000-0", "g-2000-1", "g-2005-0"], Names());
    }

    [Fact]
    public void AFileThatCannotBeOpenedIsReported()
    {
        string? failure = null;
        string name = Path.Combine(_dir, "sub", "out");
        Assert.Throws<CaptureFileException>(() => new DumpFiles(name, 1, 65535, false, 100, 0, 0));
        Directory.CreateDirectory(Path.Combine(_dir, "sub"));
        var files = new DumpFiles(name, 1, 65535, false, 100, 0, 0) { OpenFailed = m => failure = m };
        files.Write(Header(60), Payload);
        files.Write(Header(60), Payload);
        Directory.Delete(Path.Combine(_dir, "sub"), recursive: true);
        Assert.False(files.Write(Header(60), Payload));
        Assert.Equal(name + "1: No such file or directory", failure);
        files.Dispose();
    }

    public static string? NeedsOracle() => Requires.All(Requires.Binary, Requires.Tcpdump, Requires.Python);

    /// <summary>Runs a program in a fresh directory (anyone may write there: tcpdump as root drops to user "tcpdump").</summary>
    private static Dictionary<string, byte[]> RunIn(string dir, string program, string[] args)
    {
        Directory.CreateDirectory(dir);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(dir, (UnixFileMode)0x1ff);
        var r = ProcessRunner.Run(program, args, TimeSpan.FromMinutes(2), dir);
        Assert.Equal(0, r.ExitCode);
        return Directory.GetFiles(dir).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllBytes);
    }

    public sealed class OracleFactAttribute : FactAttribute
    {
        public OracleFactAttribute() { Skip = NeedsOracle(); }
    }

    [OracleFact]
    public void SizeRingMatchesTcpdump()
    {
        string capture = Path.Combine(_dir, "in.pcap");
        var gen = ProcessRunner.Run("python3", [TestPaths.GenPcapScript!, "--quiet", "--out", capture, "--packets", "12000", "--seed", "7"], TimeSpan.FromMinutes(2));
        Assert.Equal(0, gen.ExitCode);
        foreach (var options in new[] { new[] { "-C", "1", "-W", "3" }, ["-C", "1"], ["-C", "1", "-W", "12", "-U"] })
        {
            string[] args = ["-r", capture, "-w", "out", .. options];
            var tag = string.Join("", options);
            var expected = RunIn(Path.Combine(_dir, "tcpdump" + tag), "tcpdump", args);
            var actual = RunIn(Path.Combine(_dir, "wirecap" + tag), TestPaths.Wirecap!, args);
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
            Assert.True(expected.Count > 1, string.Join(" ", options));
            foreach (var (name, bytes) in expected) Assert.True(bytes.AsSpan().SequenceEqual(actual[name]), name + " differs with " + string.Join(" ", options));
        }
    }

    public sealed class RootOracleFactAttribute : FactAttribute
    {
        public RootOracleFactAttribute() { Skip = Requires.All(Requires.Binary, Requires.Tcpdump, Requires.Python, Requires.Root); }
    }

    /// <summary>
    /// -Z nobody -z SCRIPT: the files belong to nobody and the command runs, as nobody, once per
    /// rotated-out file with its name; both as tcpdump does.
    /// </summary>
    [RootOracleFact]
    public void DropsRootAndRunsTheCommandOnEachClosedFile()
    {
        string capture = Path.Combine(_dir, "in.pcap");
        var gen = ProcessRunner.Run("python3", [TestPaths.GenPcapScript!, "--quiet", "--out", capture, "--packets", "8000", "--seed", "9"], TimeSpan.FromMinutes(2));
        Assert.Equal(0, gen.ExitCode);
        string script = Path.Combine(_dir, "record.sh");
        File.WriteAllText(script, "#!/bin/sh\necho \"$1 $(id -u)\" >> \"$LOG\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(script, (UnixFileMode)0x1ed);
        string logs = Path.Combine(_dir, "logs");
        Directory.CreateDirectory(logs);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(logs, (UnixFileMode)0x1ff);

        string[] Run(string program, string tag)
        {
            string dir = Path.Combine(_dir, tag);
            Directory.CreateDirectory(dir);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(dir, (UnixFileMode)0x1ff);
            string log = Path.Combine(logs, tag);
            var r = ProcessRunner.Run(program, ["-r", capture, "-w", "out", "-C", "1", "-W", "2", "-Z", "nobody", "-z", script], TimeSpan.FromMinutes(2), dir,
                new Dictionary<string, string> { ["LOG"] = log });
            Assert.Equal(0, r.ExitCode);
            // The commands run in the background: wait for them to settle.
            string[] lines = [];
            for (int i = 0; i < 50; i++)
            {
                Thread.Sleep(200);
                var now = File.Exists(log) ? File.ReadAllLines(log) : [];
                if (now.Length > 0 && now.Length == lines.Length) break;
                lines = now;
            }
            var owners = Directory.GetFiles(dir).Select(f => Path.GetFileName(f) + " " + new UnixFileInfoProbe(f).Owner);
            return [.. lines.Order(StringComparer.Ordinal), .. owners.Order(StringComparer.Ordinal)];
        }

        var expected = Run("tcpdump", "tcpdump");
        var actual = Run(TestPaths.Wirecap!, "wirecap");
        Assert.Contains("out0 65534", expected);
        Assert.Equal(expected, actual);
    }

    /// <summary>A file's owner uid, through stat(1) (the runtime does not expose it).</summary>
    private readonly struct UnixFileInfoProbe(string path)
    {
        public string Owner => ProcessRunner.Run("stat", ["-c", "%u:%g", path], TimeSpan.FromSeconds(20)).StdoutText.Trim();
    }
}
