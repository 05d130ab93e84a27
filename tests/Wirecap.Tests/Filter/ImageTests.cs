using Wirecap.Filter;
using Xunit;
using Xunit.Abstractions;

namespace Wirecap.Tests.Filter;

public class ImageTests(ITestOutputHelper output)
{
    /// <summary>Every ok case of the filter corpus: its .ddd rendered as -d and -ddd gives tcpdump's text.</summary>
    [Fact]
    public void CorpusProgramsPrintAsTcpdump()
    {
        var dir = EngineCorpus.FiltersDir();
        if (dir == null) { output.WriteLine("filter corpus not found; skipped"); return; }
        int pass = 0;
        var fails = new List<string>();
        foreach (var c in EngineCorpus.OkCases())
        {
            var ddd = File.ReadAllText(Path.Combine(dir, "expected", c.Id + ".ddd"));
            var d = File.ReadAllText(Path.Combine(dir, "expected", c.Id + ".d"));
            var prog = BpfImage.ParseDecimal(ddd);
            if (prog != null && BpfImage.Dump(prog, 1) == d && BpfImage.Dump(prog, 3) == ddd) pass++;
            else fails.Add(c.Id);
        }
        output.WriteLine($"{pass} cases print as tcpdump; failing: {string.Join(' ', fails)}");
        Assert.Empty(fails);
        Assert.True(pass > 1000);
    }

    // libpcap 1.10.3's own bpf_image (libpcap.so.0.8 on Debian bookworm) for instructions the
    // compiler rarely or never emits: Linux ancillary offsets, negative operands, opcodes
    // bpf_image does not know.
    private const string OddProgram =
        "37\n" +
        "32 0 0 4294963200\n" +
        "40 0 0 4294963204\n" +
        "48 0 0 4294963244\n" +
        "48 0 0 4294963248\n" +
        "32 0 0 4294963260\n" +
        "32 0 0 4294963264\n" +
        "32 0 0 4294963202\n" +
        "32 0 0 2147483648\n" +
        "64 0 0 4294967295\n" +
        "177 0 0 4294967280\n" +
        "0 0 0 4294967295\n" +
        "1 0 0 0\n" +
        "129 0 0 0\n" +
        "96 0 0 15\n" +
        "3 0 0 3\n" +
        "4 0 0 4294967295\n" +
        "20 0 0 1\n" +
        "84 0 0 65535\n" +
        "100 0 0 33\n" +
        "148 0 0 7\n" +
        "164 0 0 2147483648\n" +
        "156 0 0 0\n" +
        "172 0 0 0\n" +
        "132 0 0 0\n" +
        "5 0 0 4294967294\n" +
        "21 255 0 2048\n" +
        "45 0 1 0\n" +
        "61 3 2 0\n" +
        "77 0 0 0\n" +
        "69 1 1 8191\n" +
        "14 0 0 0\n" +
        "8 0 0 5\n" +
        "4660 0 0 0\n" +
        "135 0 0 0\n" +
        "7 0 0 0\n" +
        "22 0 0 0\n" +
        "6 0 0 4294967295\n";

    private const string OddImage =
        "(000) ld       [proto]\n" +
        "(001) ldh      [type]\n" +
        "(002) ldb      [vlan_tci]\n" +
        "(003) ldb      [vlanp]\n" +
        "(004) ld       [vlan_tpid]\n" +
        "(005) ld       [-4032]\n" +
        "(006) ld       [-4094]\n" +
        "(007) ld       [-2147483648]\n" +
        "(008) ld       [x + -1]\n" +
        "(009) ldxb     4*([-16]&0xf)\n" +
        "(010) ld       #0xffffffff\n" +
        "(011) ldx      #0x0\n" +
        "(012) unimp    0x81\n" +
        "(013) ld       M[15]\n" +
        "(014) stx      M[3]\n" +
        "(015) add      #-1\n" +
        "(016) sub      #1\n" +
        "(017) and      #0xffff\n" +
        "(018) lsh      #33\n" +
        "(019) mod      #7\n" +
        "(020) xor      #0x80000000\n" +
        "(021) mod      x\n" +
        "(022) xor      x\n" +
        "(023) neg      \n" +
        "(024) ja       23\n" +
        "(025) jeq      #0x800           jt 281\tjf 26\n" +
        "(026) jgt      x                jt 27\tjf 28\n" +
        "(027) jge      x                jt 31\tjf 30\n" +
        "(028) jset     x                jt 29\tjf 29\n" +
        "(029) jset     #0x1fff          jt 31\tjf 31\n" +
        "(030) unimp    0xe\n" +
        "(031) unimp    0x8\n" +
        "(032) unimp    0x1234\n" +
        "(033) txa      \n" +
        "(034) tax      \n" +
        "(035) ret      \n" +
        "(036) ret      #-1\n";

    [Fact]
    public void UnusualInstructionsPrintAsLibpcap()
    {
        Assert.Equal(OddImage, BpfImage.Dump(BpfImage.ParseDecimal(OddProgram)!, 1));
    }

    // tcpdump -dd -r empty-EN10MB.pcap 'tcp port 80'
    private const string TcpPort80Dd =
        "{ 0x28, 0, 0, 0x0000000c },\n" +
        "{ 0x15, 0, 6, 0x000086dd },\n" +
        "{ 0x30, 0, 0, 0x00000014 },\n" +
        "{ 0x15, 0, 15, 0x00000006 },\n" +
        "{ 0x28, 0, 0, 0x00000036 },\n" +
        "{ 0x15, 12, 0, 0x00000050 },\n" +
        "{ 0x28, 0, 0, 0x00000038 },\n" +
        "{ 0x15, 10, 11, 0x00000050 },\n" +
        "{ 0x15, 0, 10, 0x00000800 },\n" +
        "{ 0x30, 0, 0, 0x00000017 },\n" +
        "{ 0x15, 0, 8, 0x00000006 },\n" +
        "{ 0x28, 0, 0, 0x00000014 },\n" +
        "{ 0x45, 6, 0, 0x00001fff },\n" +
        "{ 0xb1, 0, 0, 0x0000000e },\n" +
        "{ 0x48, 0, 0, 0x0000000e },\n" +
        "{ 0x15, 2, 0, 0x00000050 },\n" +
        "{ 0x48, 0, 0, 0x00000010 },\n" +
        "{ 0x15, 0, 1, 0x00000050 },\n" +
        "{ 0x6, 0, 0, 0x00040000 },\n" +
        "{ 0x6, 0, 0, 0x00000000 },\n";

    [Fact]
    public void CArrayFormAsTcpdump()
    {
        var prog = BpfImage.ParseDecimal(EngineProgramTests.TcpPort80)!;
        Assert.Equal(TcpPort80Dd, BpfImage.Dump(prog, 2));
    }

    [Fact]
    public void DecimalFormRoundTrips()
    {
        var prog = BpfImage.ParseDecimal(EngineProgramTests.HostAndPorts)!;
        Assert.Equal(21, prog.Length);
        Assert.Equal(new BpfInstruction(0x15, 2, 0, 3232235796), prog[3]);
        Assert.Equal(EngineProgramTests.HostAndPorts, BpfImage.Dump(prog, 3));
        Assert.Null(BpfImage.ParseDecimal("2\n6 0 0 1\n"));
        Assert.Null(BpfImage.ParseDecimal("1\n6 0 0\n"));
        Assert.Null(BpfImage.ParseDecimal("1\n6 0 256 1\n"));
    }
}
