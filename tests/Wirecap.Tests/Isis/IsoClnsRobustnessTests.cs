using Wirecap.Print;
using Xunit;

namespace Wirecap.Tests.Isis;

/// <summary>The OSI printers allocate nothing per packet and survive every truncation of their input.</summary>
public class IsoClnsRobustnessTests
{
    // An IS-IS L2 LSP with most TLV kinds, a CLNP echo request with options, an L1 LAN hello.
    private const string Lsp = "831b010014010000011604b019216800100100000000000512340b8907726f757465723101040349000116571921680020020000000a4c03040000000106040a00000108040a00000209044c9502f90b204c9502f94c9502f94c9502f94c9502f94c9502f94c9502f94c9502f94c9502f91203000014200b3000192168002002003e81871a0000000a58c0a80108030640000000006400000014a00a000001ec0e0000000a004020010db800000001e50400008002de0d00021921680020020000000a00f210c0a80101000209c00000640103003e808604c0a80101020c000a80808019216800200201800c0a808080c0a80200ffffff00820c4a0b80800a0a0000ff00ff000a070173656372657463050102030405";
    private const string Clnp = "812101209e00250000054900010000054900020000000100000020cd0105c301c5deadbeef";
    private const string Iih = "831b01000f01000001192168001001001e004f40192168001001010104034900018102cc8e8404c0a8010106060011223344660803000000d30301001ee81020010db8000000000000000000000001";

    private static void PrintOnce(byte[] data, int caplen, PrintContext ctx)
    {
        var f = new Frame(data.AsSpan(0, caplen), data.Length, ctx);
        IsoClns.Print(ref f, 0, data.Length);
        ctx.Out.Thaw();
        ctx.Out.EndPacket();
    }

    [Fact]
    public void PrintingAllocatesNothing()
    {
        var o = new TextOut(Stream.Null);
        var ctx = new PrintContext(new PrintOptions { Verbose = 2, NoResolve = 1 }, o);
        byte[][] packets = [Convert.FromHexString(Lsp), Convert.FromHexString(Clnp), Convert.FromHexString(Iih)];
        // warm up past the JIT's tiering, then 1000 rounds must stay far under one allocation per packet
        for (int i = 0; i < 200; i++) foreach (var p in packets) PrintOnce(p, p.Length, ctx);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) foreach (var p in packets) PrintOnce(p, p.Length, ctx);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 1024, $"{allocated} bytes allocated over 3000 packets");
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(3, true)]
    public void EveryTruncationPrints(int verbose, bool linkHeader)
    {
        var ms = new MemoryStream();
        var o = new TextOut(ms);
        var ctx = new PrintContext(new PrintOptions { Verbose = verbose, NoResolve = 1, LinkHeader = linkHeader }, o);
        foreach (var hex in new[] { Lsp, Clnp, Iih })
        {
            var data = Convert.FromHexString(hex);
            for (int cut = 0; cut <= data.Length; cut++) PrintOnce(data, cut, ctx);
            // and every byte value at every offset of the fixed headers
            for (int at = 0; at < 40 && at < data.Length; at++)
            {
                var copy = (byte[])data.Clone();
                for (int b = 0; b < 256; b += 7) { copy[at] = (byte)b; PrintOnce(copy, copy.Length, ctx); }
            }
        }
        o.Flush();
        Assert.True(ms.Length > 0);
    }
}
