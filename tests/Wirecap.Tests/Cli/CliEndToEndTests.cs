using System.Diagnostics;
using Xunit;

namespace Wirecap.Tests.Cli;

/// <summary>
/// Runs the built wirecap binary and compares stderr, stdout and the exit code with what tcpdump
/// 4.99.3 printed for the same arguments ("tcpdump" replaced by our program name). The tests return
/// early (pass) when the binary or the shared corpus is not there.
/// </summary>
public class CliEndToEndTests
{
    private static string? RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
            if (Directory.Exists(Path.Combine(d.FullName, "src", "Wirecap.Cli"))) return d.FullName;
        return null;
    }

    private static string? Binary()
    {
        var root = RepoRoot();
        if (root == null) return null;
        foreach (var config in new[] { "Debug", "Release" })
        {
            var p = Path.Combine(root, "src", "Wirecap.Cli", "bin", config, "net10.0", "wirecap");
            if (File.Exists(p)) return p;
        }
        return null;
    }

    private static string? Corpus(string name)
    {
        var shared = Environment.GetEnvironmentVariable("WIRECAP_SHARED") ?? "/work/shared";
        var p = Path.Combine(shared, "tcpdump-tests", "inputs", name);
        return File.Exists(p) ? p : null;
    }

    private sealed record Result(int Exit, string Out, string Err);

    private static Result Run(string binary, params string[] args)
    {
        var psi = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["TZ"] = "GMT0";
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return new Result(p.ExitCode, output, err.Result);
    }

    /// <summary>tcpdump's usage lines after its version lines.</summary>
    private const string Synopsis =
        "Usage: wirecap [-AbdDefhHIJKlLnNOpqStuUvxX#] [ -B size ] [ -c count ] [--count]\n" +
        "\t\t[ -C file_size ] [ -E algo:secret ] [ -F file ] [ -G seconds ]\n" +
        "\t\t[ -i interface ] [ --immediate-mode ] [ -j tstamptype ]\n" +
        "\t\t[ -M secret ] [ --number ] [ --print ] [ -Q in|out|inout ]\n" +
        "\t\t[ -r file ] [ -s snaplen ] [ -T type ] [ --version ]\n" +
        "\t\t[ -V file ] [ -w file ] [ -W filecount ] [ -y datalinktype ]\n" +
        "\t\t[ --time-stamp-precision precision ] [ --micro ] [ --nano ]\n" +
        "\t\t[ -z postrotate-command ] [ -Z user ] [ expression ]\n";

    [Fact]
    public void InvalidOptionNamesTheWholeArgv0ThenUsage()
    {
        if (Binary() is not { } bin) return;
        var r = Run(bin, "-k");
        Assert.Equal(1, r.Exit);
        Assert.Equal("", r.Out);
        Assert.StartsWith(bin + ": invalid option -- 'k'\nwirecap version ", r.Err);
        Assert.EndsWith(Synopsis, r.Err);
    }

    [Fact]
    public void HelpGoesToStdoutWithExitZero()
    {
        if (Binary() is not { } bin) return;
        var r = Run(bin, "--help");
        Assert.Equal(0, r.Exit);
        Assert.Equal("", r.Err);
        Assert.StartsWith("wirecap version ", r.Out);
        Assert.EndsWith(Synopsis, r.Out);
        Assert.Equal(3 + 8, r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void VersionIsThreeLines()
    {
        if (Binary() is not { } bin) return;
        var r = Run(bin, "--version");
        Assert.Equal(0, r.Exit);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("wirecap version ", lines[0]);
    }

    [Theory]
    [InlineData("wirecap: invalid packet count 0\n", "-c", "0", "-r", "x")]
    [InlineData("wirecap: invalid snaplen 99999999 (must be >= 0 and <= 262144)\n", "-s", "99999999")]
    [InlineData("wirecap: only -t, -tt, -ttt, -tttt and -ttttt are supported\n", "-tttttt", "-r", "x")]
    [InlineData("wirecap: unsupported time stamp precision\n", "--time-stamp-precision=foo")]
    [InlineData("wirecap: -f can not be used with -V or -r\n", "-f", "-r", "/nx")]
    [InlineData("wirecap: -V and -r are mutually exclusive.\n", "-V", "/nx", "-r", "/nx")]
    [InlineData("wirecap: Unable to open file: No such file or directory\n", "-V", "/nx")]
    [InlineData("wirecap: /nx: No such file or directory\n", "-r", "/nx")]
    [InlineData("wirecap: ignoring option `-m foo' (no libsmi support)\nwirecap: /nx: No such file or directory\n", "-m", "foo", "-r", "/nx")]
    public void ErrorsAsTcpdump(string stderr, params string[] args)
    {
        if (Binary() is not { } bin) return;
        var r = Run(bin, args);
        Assert.Equal(1, r.Exit);
        Assert.Equal("", r.Out);
        Assert.Equal(stderr, r.Err);
    }

    [Fact]
    public void FpTypeLine()
    {
        if (Binary() is not { } bin) return;
        var r = Run(bin, "--fp-type");
        Assert.Equal(0, r.Exit);
        Assert.Equal("9877.895\n", r.Out);
    }

    [Fact]
    public void BannerAndFilterErrorAfterIt()
    {
        if (Binary() is not { } bin || Corpus("3560_CDP.pcap") is not { } file) return;
        var r = Run(bin, "-r", file, "tcp", "and");
        Assert.Equal(1, r.Exit);
        Assert.Equal($"reading from file {file}, link-type EN10MB (Ethernet), snapshot length 65535\n" +
                     "wirecap: can't parse filter expression: syntax error\n", r.Err);
    }

    [Fact]
    public void CountMode()
    {
        if (Binary() is not { } bin || Corpus("3560_CDP.pcap") is not { } file) return;
        Assert.Equal("3 packets\n", Run(bin, "-r", file, "--count").Out);
        Assert.Equal("2 packets\n", Run(bin, "-c", "2", "-r", file, "--count").Out);
    }

    [Fact]
    public void FilterSelectsPackets()
    {
        if (Binary() is not { } bin || Corpus("dns_tcp.pcap") is not { } file) return;
        // tcpdump -n -r dns_tcp.pcap --count 'tcp[tcpflags] & tcp-syn != 0'
        var r = Run(bin, "-n", "-r", file, "--count", "tcp[tcpflags] & tcp-syn != 0");
        Assert.Equal(0, r.Exit);
        Assert.Equal("2 packets\n", r.Out);
    }

    [Fact]
    public void DumpWithoutDeviceAssumesEthernet()
    {
        if (Binary() is not { } bin) return;
        var r = Run(bin, "-d", "tcp");
        Assert.Equal(0, r.Exit);
        Assert.Equal("Warning: assuming Ethernet\n", r.Err);
        // tcpdump -d tcp
        Assert.Equal(
            "(000) ldh      [12]\n" +
            "(001) jeq      #0x800           jt 2\tjf 4\n" +
            "(002) ldb      [23]\n" +
            "(003) jeq      #0x6             jt 10\tjf 11\n" +
            "(004) jeq      #0x86dd          jt 5\tjf 11\n" +
            "(005) ldb      [20]\n" +
            "(006) jeq      #0x6             jt 10\tjf 7\n" +
            "(007) jeq      #0x2c            jt 8\tjf 11\n" +
            "(008) ldb      [54]\n" +
            "(009) jeq      #0x6             jt 10\tjf 11\n" +
            "(010) ret      #262144\n" +
            "(011) ret      #0\n", r.Out);
    }

    [Fact]
    public async Task ClosedPipeEndsWithWriteErrorStatus()
    {
        if (Binary() is not { } bin) return;
        var gen = "/work/tmp/gen-20k.pcap";
        if (!File.Exists(gen)) return;
        var psi = new ProcessStartInfo(bin) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-n", "-r", gen }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        await p.StandardOutput.ReadLineAsync();
        p.StandardOutput.BaseStream.Close();
        await p.WaitForExitAsync();
        // tcpdump -n -r gen-20k.pcap | head -1: exit 14 and this line after the banner.
        Assert.Equal(14, p.ExitCode);
        Assert.EndsWith("wirecap: Unable to write output: Broken pipe\n", await err);
    }
}
