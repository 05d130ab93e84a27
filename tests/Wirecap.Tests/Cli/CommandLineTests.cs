using Wirecap.Capture;
using Wirecap.Cli;
using Xunit;

namespace Wirecap.Tests.Cli;

/// <summary>
/// The parser against tcpdump 4.99.3: every expected error text below is what the oracle printed
/// (after "tcpdump: ") for the same arguments.
/// </summary>
public class CommandLineTests
{
    private static Options Parse(params string[] args) => CommandLine.Parse(args, "tcpdump", TextWriter.Null);

    private static ToolExit Fails(params string[] args) => Assert.Throws<ToolExit>(() => Parse(args));

    [Fact]
    public void BundledShortOptions()
    {
        var o = Parse("-Xnlps0", "-r", "f");
        Assert.Equal(1, o.Print.HexAscii);
        Assert.Equal(1, o.Print.NoResolve);
        Assert.True(o.LineBuffered);
        Assert.True(o.NoPromiscuous);
        Assert.Equal(0, o.SnapLen);
        Assert.Equal(262144, o.Print.SnapLen);
        Assert.Equal("f", o.ReadFile);
        Assert.Null(o.Filter);
    }

    [Fact]
    public void AttachedAndSeparateArguments()
    {
        Assert.Equal(5, Parse("-c5").Count);
        Assert.Equal(5, Parse("-c", "5").Count);
        Assert.Equal("x.pcap", Parse("-nrx.pcap").ReadFile);
        // The next word is the argument even when it looks like an option.
        Assert.Equal("-n", Parse("-r", "-n").ReadFile);
    }

    [Fact]
    public void CountedOptions()
    {
        var o = Parse("-vvv", "-nn", "-xx", "-XX", "-AA", "-ttttt", "-ee", "-dd");
        Assert.Equal(3, o.Print.Verbose);
        Assert.Equal(2, o.Print.NoResolve);
        Assert.Equal(2, o.Print.Hex);
        Assert.Equal(2, o.Print.HexAscii);
        Assert.Equal(2, o.Print.Ascii);
        Assert.Equal(5, o.Print.TimeFormat);
        Assert.True(o.Print.LinkHeader);
        Assert.Equal(2, o.DumpFilter);
        Assert.Equal(2, Parse("-qq").Print.QuietCount);
        Assert.True(Parse("-x").Print.SuppressDefaultPrint);
        Assert.Equal(3, Parse("-v", "-t", "-v", "-tt", "-v").Print.Verbose);
        Assert.Equal(3, Parse("-v", "-t", "-v", "-tt", "-v").Print.TimeFormat);
    }

    [Fact]
    public void OperandsArePermutedAndJoined()
    {
        var o = Parse("tcp", "-r", "f", "port", "80", "-n", "and", "not", "host", "h");
        Assert.Equal("tcp port 80 and not host h", o.Filter);
        Assert.Equal("f", o.ReadFile);
        Assert.Equal(1, o.Print.NoResolve);
        // One argument holding the whole expression stays as it is.
        Assert.Equal("tcp  and  udp", Parse("-r", "f", "tcp  and  udp").Filter);
    }

    [Fact]
    public void DoubleDashEndsOptions()
    {
        var o = Parse("port", "-r", "f", "--", "-n", "53");
        Assert.Equal("port -n 53", o.Filter);
        Assert.Equal(0, o.Print.NoResolve);
        Assert.Null(Parse("-r", "f", "--").Filter);
        // A lone "-" is an operand.
        Assert.Equal("-", Parse("-", "-n").Filter);
    }

    [Fact]
    public void LongOptions()
    {
        Assert.True(Parse("--number").Print.Number);
        Assert.True(Parse("--nu").Print.Number);
        Assert.True(Parse("--count").CountOnly);
        Assert.True(Parse("--print").PrintWhileWriting);
        Assert.True(Parse("--immediate-mode").Immediate);
        Assert.True(Parse("--list-interfaces").ListInterfaces);
        Assert.Equal(100, Parse("--snapshot-length=100").SnapLen);
        Assert.Equal(100, Parse("--snapshot-length", "100").SnapLen);
        Assert.Equal(100, Parse("--snap", "100").SnapLen);
        Assert.Equal("eth0", Parse("--interface=eth0").Interface);
        Assert.Equal(CaptureDirection.In, Parse("--direction", "IN").Direction);
        Assert.Equal(2048 * 1024, Parse("--buffer-size=2048").BufferSize);
        Assert.True(Parse("--time-stamp-precision=nano").Print.Nano);
        Assert.True(Parse("--time-stamp-precision", "nanoseconds").Print.Nano);
        Assert.False(Parse("--nano", "--time-stamp-precision=micro").Print.Nano);
        Assert.True(Parse("--micro", "--nano").Print.Nano);
        Assert.True(Parse("--dont-verify-checksums").Print.NoChecksum);
        Assert.True(Parse("--absolute-tcp-sequence-numbers").Print.AbsoluteSeq);
        Assert.False(Parse("--no-optimize").Optimize);
        Assert.True(Parse("--packet-buffered").PacketBuffered);
    }

    [Fact]
    public void ActionsStopTheParse()
    {
        Assert.Equal(CliAction.Help, Parse("-h").Action);
        Assert.Equal(CliAction.Help, Parse("--help", "-c", "0").Action);
        Assert.Equal(CliAction.Version, Parse("--version").Action);
        Assert.Equal(CliAction.Version, Parse("--vers").Action);
        Assert.Equal(CliAction.FpType, Parse("--fp-type").Action);
        // An earlier bad option wins.
        Assert.Equal("invalid packet count 0", Fails("-c", "0", "--help").Message);
    }

    [Fact]
    public void ValuesAsTcpdumpReadsThem()
    {
        Assert.Equal(5, Parse("-c", "5x").Count);                 // atoi ignores the rest
        Assert.Equal(5, Parse("-c", " +5").Count);
        Assert.Equal(1215752191, Parse("-c", "99999999999").Count); // atoi wraps to 32 bits
        Assert.Equal(16, Parse("-s", "0x10").SnapLen);             // strtol base 0
        Assert.Equal(8, Parse("-s", "010").SnapLen);
        Assert.Equal(0, Parse("-s", "4294967296").SnapLen);        // (int) of the long
        Assert.Equal(262144, Parse("-s", "0x40000").SnapLen);
        Assert.Equal("domain", Parse("-T", "DOMAIN").Print.PacketType);
        Assert.Equal(1, Parse("-y", "en10mb").LinkTypeDlt);
        Assert.Equal("HOST", Parse("-j", "HOST").TimeStampType);
        Assert.Equal(9223372036854000000, Parse("-C", "9223372036854").FileSize);
    }

    [Theory]
    [InlineData("invalid option -- 'k'", "-k")]
    [InlineData("invalid option -- ':'", "-:")]
    [InlineData("invalid option -- 'k'", "-nk", "-c")]
    [InlineData("option requires an argument -- 'c'", "-c")]
    [InlineData("option requires an argument -- 'z'", "-nz")]
    [InlineData("unrecognized option '--foo'", "--foo")]
    [InlineData("unrecognized option '--foo=bar'", "--foo=bar")]
    [InlineData("unrecognized option '--debug-filter-parser'", "--debug-filter-parser")]
    [InlineData("option '--count' doesn't allow an argument", "--count=5")]
    [InlineData("option '--help' doesn't allow an argument", "--help=3")]
    [InlineData("option '--version' doesn't allow an argument", "--version=1")]
    [InlineData("option '--print' doesn't allow an argument", "--print=1")]
    [InlineData("option '--time-stamp-precision' requires an argument", "--time-stamp-precision")]
    [InlineData("option '--time-stamp-precision' requires an argument", "--time-stamp-prec")]
    [InlineData("option '--n' is ambiguous; possibilities: '--nano' '--no-optimize' '--no-promiscuous-mode' '--number'", "--n")]
    [InlineData("option '--li=3' is ambiguous; possibilities: '--list-interfaces' '--list-time-stamp-types' '--list-data-link-types' '--linktype'", "--li=3")]
    public void GetoptErrorsComeWithUsage(string message, params string[] args)
    {
        var e = Fails(args);
        Assert.Equal(message, e.Message);
        Assert.True(e.WithUsage);
        Assert.True(e.GetoptMessage);
        Assert.Equal(1, e.ExitCode);
    }

    [Fact]
    public void GetoptEdgeCases()
    {
        var g = new Getopt(CommandLine.ShortOptions, CommandLine.LongOptions);
        // POSIXLY_CORRECT: the first operand ends the options.
        var operands = new List<string>();
        var steps = g.Parse(["-n", "tcp", "-v"], operands, posixlyCorrect: true).ToList();
        Assert.Single(steps);
        Assert.Equal(['n'], steps.Select(s => s.Option.Code));
        Assert.Equal(["tcp", "-v"], operands);
        // glibc: "---x" is the long option "-x".
        Assert.Equal("unrecognized option '---x'", Fails("---x").Message);
        // "--=x" matches every long option by its empty name.
        Assert.StartsWith("option '--=x' is ambiguous; possibilities: '--buffer-size' '--list-interfaces' '--help'", Fails("--=x").Message);
        // Arguments of long options may start with '-'.
        Assert.Equal("-x", Parse("--interface", "-x").Interface);
        Assert.Equal("invalid option -- '5'", Fails("-5").Message);
    }

    [Fact]
    public void OptionInShortOptionsWithoutACaseGivesBareUsage()
    {
        var e = Fails("-Y");
        Assert.Equal("", e.Message);
        Assert.True(e.WithUsage);
    }

    [Theory]
    [InlineData("invalid packet count 0", "-c", "0")]
    [InlineData("invalid packet count abc", "-c", "abc")]
    [InlineData("invalid packet count -1", "-c", "-1")]
    [InlineData("invalid snaplen -1 (must be >= 0 and <= 262144)", "-s", "-1")]
    [InlineData("invalid snaplen 99999999 (must be >= 0 and <= 262144)", "-s", "99999999")]
    [InlineData("invalid snaplen 0x40001 (must be >= 0 and <= 262144)", "-s", "0x40001")]
    [InlineData("invalid snaplen 1x (must be >= 0 and <= 262144)", "-s", "1x")]
    [InlineData("invalid snaplen  (must be >= 0 and <= 262144)", "-s", "")]
    [InlineData("unsupported time stamp precision", "--time-stamp-precision=foo")]
    [InlineData("unsupported time stamp precision", "--time-stamp-precision=NANO")]
    [InlineData("unknown packet type `foo'", "-T", "foo")]
    [InlineData("unknown capture direction `foo'", "-Q", "foo")]
    [InlineData("invalid packet buffer size 0", "-B", "0")]
    [InlineData("invalid packet buffer size 2097152", "-B", "2097152")]
    [InlineData("invalid file size 0", "-C", "0")]
    [InlineData("invalid file size 1x", "-C", "1x")]
    [InlineData("file size 99999999999999 is too large", "-C", "99999999999999")]
    [InlineData("invalid number of output files 0", "-W", "0")]
    [InlineData("invalid number of seconds -1", "-G", "-1")]
    [InlineData("invalid data link type foo", "-y", "foo")]
    [InlineData("invalid time stamp type foo", "-j", "foo")]
    public void TcpdumpOptionErrors(string message, params string[] args)
    {
        var e = Fails(args);
        Assert.Equal(message, e.Message);
        Assert.False(e.WithUsage);
        Assert.Equal(1, e.ExitCode);
    }

    [Fact]
    public void SmiModuleOptionIsIgnoredWithTcpdumpsNotice()
    {
        var err = new StringWriter();
        var o = CommandLine.Parse(["-m", "foo", "-n"], "tcpdump", err);
        Assert.Equal(1, o.Print.NoResolve);
        Assert.Equal("tcpdump: ignoring option `-m foo' (no libsmi support)\n", err.ToString());
    }

    [Fact]
    public void FilterFileCommentsBecomeSpaces()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "tcp # a comment\n and port 80 #\n");
            Assert.Equal("tcp            \n and port 80  \n", CommandLine.ReadFilterFile(path));
        }
        finally { File.Delete(path); }
        Assert.Equal("can't open /nonexistent/x: No such file or directory",
            Assert.Throws<ToolExit>(() => CommandLine.ReadFilterFile("/nonexistent/x")).Message);
        Assert.Equal("read /tmp: Is a directory", Assert.Throws<ToolExit>(() => CommandLine.ReadFilterFile("/tmp")).Message);
    }

    [Fact]
    public void StrToLAsTheCLibrary()
    {
        Assert.Equal(0, CNumbers.StrToL("0x", 0, out int end, out _));
        Assert.Equal(1, end); // "0" parsed, "x" left
        Assert.Equal(long.MaxValue, CNumbers.StrToL("99999999999999999999", 10, out end, out bool range));
        Assert.True(range);
        Assert.Equal(20, end);
        Assert.Equal(0, CNumbers.StrToL("abc", 10, out end, out _));
        Assert.Equal(0, end);
        Assert.Equal(-12, CNumbers.StrToL("  -12z", 10, out end, out _));
        Assert.Equal(5, end);
    }

    [Fact]
    public void UsageTextHasTcpdumpsSynopsis()
    {
        var usage = Program.UsageText("tcpdump");
        // tcpdump -h, lines after the three version lines.
        var expected =
            "Usage: tcpdump [-AbdDefhHIJKlLnNOpqStuUvxX#] [ -B size ] [ -c count ] [--count]\n" +
            "\t\t[ -C file_size ] [ -E algo:secret ] [ -F file ] [ -G seconds ]\n" +
            "\t\t[ -i interface ] [ --immediate-mode ] [ -j tstamptype ]\n" +
            "\t\t[ -M secret ] [ --number ] [ --print ] [ -Q in|out|inout ]\n" +
            "\t\t[ -r file ] [ -s snaplen ] [ -T type ] [ --version ]\n" +
            "\t\t[ -V file ] [ -w file ] [ -W filecount ] [ -y datalinktype ]\n" +
            "\t\t[ --time-stamp-precision precision ] [ --micro ] [ --nano ]\n" +
            "\t\t[ -z postrotate-command ] [ -Z user ] [ expression ]\n";
        Assert.EndsWith(expected, usage);
        Assert.Equal(3, usage[..^expected.Length].Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("tcpdump version ", usage);
    }
}
