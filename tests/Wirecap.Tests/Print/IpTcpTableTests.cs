using Wirecap.Print;
using Xunit;

namespace Wirecap.Tests.Print;

public class IpTcpTableTests
{
    [Fact]
    public void OneSequenceEntryServesBothDirections()
    {
        var t = new TcpSequenceTable();
        byte[] a = [192, 0, 2, 1], b = [198, 51, 100, 7];

        // SYN/ACK from the server (port 80): recorded, printed absolute.
        uint seq = 5000000, ack = 1000001;
        t.Relate(b, a, 80, 40000, syn: true, ref seq, ref ack, out _, out _, out _);
        Assert.Equal((5000000u, 1000001u), (seq, ack));

        // The client's ACK: relative in the other direction.
        seq = 1000001; ack = 5000001;
        t.Relate(a, b, 40000, 80, syn: false, ref seq, ref ack, out _, out _, out _);
        Assert.Equal((1u, 1u), (seq, ack));
        Assert.Equal(1, t.Count);
    }

    [Theory]
    [InlineData(6, "tcp")]
    [InlineData(17, "udp")]
    [InlineData(58, "ipv6-icmp")]
    [InlineData(142, "rohc")]
    [InlineData(253, "exptest-253")]
    [InlineData(255, "reserved")]
    [InlineData(61, null)]
    [InlineData(143, null)]
    public void NetdbNamesMatchTcpdumpsTable(int proto, string? name) => Assert.Equal(name, IpProto.NetdbName(proto));
}
