using Wirecap.Filter;
using Xunit;

namespace Wirecap.Tests.Filter;

/// <summary>
/// A few programs and errors pinned without the shared corpus. Every expected text is tcpdump 4.99.3's
/// (libpcap 1.10.3) "-ddd" output for an empty capture of the link type, lines joined with ';'.
/// </summary>
public class CompilerTests
{
    static string Render(BpfInstruction[] prog) =>
        prog.Length + ";" + string.Concat(prog.Select(i => $"{i.Code} {i.Jt} {i.Jf} {i.K};"));

    [Theory]
    [InlineData(1, true, "tcp port 80",
        "20;40 0 0 12;21 0 6 34525;48 0 0 20;21 0 15 6;40 0 0 54;21 12 0 80;40 0 0 56;21 10 11 80;21 0 10 2048;48 0 0 23;21 0 8 6;40 0 0 20;69 6 0 8191;177 0 0 14;72 0 0 14;21 2 0 80;72 0 0 16;21 0 1 80;6 0 0 262144;6 0 0 0;")]
    [InlineData(101, false, "ip host 10.0.0.1",
        "12;48 0 0 0;84 0 0 240;21 0 2 64;32 0 0 12;21 5 0 167772161;48 0 0 0;84 0 0 240;21 0 3 64;32 0 0 16;21 0 1 167772161;6 0 0 262144;6 0 0 0;")]
    [InlineData(127, true, "wlan src 00:11:22:33:44:55",
        "27;48 0 0 3;100 0 0 8;7 0 0 0;48 0 0 2;76 0 0 0;2 0 0 0;7 0 0 0;80 0 0 0;69 17 0 4;69 0 11 8;80 0 0 1;69 0 9 2;69 0 4 1;64 0 0 26;21 0 11 573785173;72 0 0 24;21 8 9 17;64 0 0 18;21 0 7 573785173;72 0 0 16;21 4 5 17;64 0 0 12;21 0 3 573785173;72 0 0 10;21 0 1 17;6 0 0 262144;6 0 0 0;")]
    [InlineData(1, true, "", "1;6 0 0 262144;")]
    public void CompilesLikeLibpcap(int linkType, bool optimize, string expr, string expected)
    {
        Assert.Equal(expected, Render(FilterCompiler.Compile(expr, linkType, optimize)));
    }

    [Theory]
    [InlineData(276, "vlan 100 and udp", "no VLAN support for Linux cooked v2")]
    [InlineData(1, "host foo.invalid and", "unknown host 'foo.invalid'")]
    [InlineData(1, "tcp port 80 and host.invalid. and", "unknown port 'host.invalid.'")]
    [InlineData(1, "ether 09", "number 09 contains non-octal digit")]
    [InlineData(1, "ip and ( tcp", "can't parse filter expression: syntax error")]
    [InlineData(1, "tcp and 80", "syntax error in filter expression")]
    [InlineData(1, "ip and not ip", "expression rejects all packets")]
    public void RejectsWithLibpcapsMessage(int linkType, string expr, string message)
    {
        var e = Assert.Throws<FilterException>(() => FilterCompiler.Compile(expr, linkType, true));
        Assert.Equal(message, e.Message);
    }
}
