using Wirecap.Filter;
using Xunit;

namespace Wirecap.Tests.Filter;

/// <summary>Whatever the text, compiling either succeeds or raises FilterException; nothing else escapes.</summary>
public class CompilerRobustnessTests
{
    static readonly string[] Vocabulary =
    [
        "host", "net", "port", "portrange", "proto", "protochain", "src", "dst", "or", "and", "not", "!", "(", ")", "[", "]",
        ":", "=", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "ip", "ip6", "tcp", "udp",
        "icmp", "ether", "link", "arp", "vlan", "mpls", "pppoes", "geneve", "llc", "len", "broadcast", "multicast",
        "less", "greater", "byte", "1", "0", "80", "0x10", "256", "65536", "4294967295", "10.0.0.1", "10.0", "1.2.3",
        "::1", "fe80::/10", "00:11:22:33:44:55", "$1", "foo", "\\tcp", "tcp-syn", "icmptype", "type", "subtype", "dir",
        "data", "beacon", "addr1", "ra", "ta", "mask", "255.0.0.0", "/", "16", "gateway", "wlan", "vpi", "vci", "sio",
        "fisu", "inbound", "ifindex", "on", "reason", "action", "rnr", "iso", "isis", "l1", "decnet", "atalk",
    ];

    static readonly int[] LinkTypes = [0, 1, 6, 7, 9, 10, 101, 105, 108, 113, 117, 119, 123, 127, 140, 192, 228, 229, 276, 281, 999];

    [Fact]
    public void RandomTextNeverCrashes()
    {
        var rng = new Random(4242);
        for (int iter = 0; iter < 4000; iter++)
        {
            int n = rng.Next(1, 12);
            var parts = new string[n];
            for (int i = 0; i < n; i++) parts[i] = Vocabulary[rng.Next(Vocabulary.Length)];
            string expr = string.Join(rng.Next(4) == 0 ? "" : " ", parts);
            int lt = LinkTypes[rng.Next(LinkTypes.Length)];
            try
            {
                var prog = FilterCompiler.Compile(expr, lt, rng.Next(2) == 0);
                Assert.NotEmpty(prog);
            }
            catch (FilterException)
            {
            }
        }
    }

    [Fact]
    public void LongChainsCompile()
    {
        // wide expressions force jumps beyond 255 instructions, which need the long-jump layout
        var terms = Enumerable.Range(1, 60).Select(i => $"host 10.0.{i / 250}.{i % 250}");
        var prog = FilterCompiler.Compile(string.Join(" or ", terms), 1, true);
        Assert.True(prog.Length > 100);
        var progUnopt = FilterCompiler.Compile(string.Join(" and not ", terms), 1, false);
        Assert.True(progUnopt.Length > 256);
    }
}
