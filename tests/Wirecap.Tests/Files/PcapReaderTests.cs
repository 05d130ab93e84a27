using Wirecap.Files;
using Xunit;

namespace Wirecap.Tests.Files;

/// <summary>Classic pcap reading; expected values are what tcpdump 4.99.3 wrote with -w for the same bytes.</summary>
public class PcapReaderTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadsBothByteOrders(bool be)
    {
        var r = ReadResult.Of(Cases.PcapMicro(be));
        Assert.Null(r.OpenError);
        Assert.Null(r.ReadError);
        Assert.Equal(1, r.LinkType);
        Assert.Equal(262144, r.SnapLen);
        Assert.Equal(["1600000000 123456 14 18", "1600000001 999999 40 44", "5 0 1 1"], r.Records);
        Assert.Equal(Enumerable.Repeat((byte)0x22, 40), r.Packets[1].Data);
    }

    [Fact]
    public void ScalesMicrosecondsUpForNano()
    {
        var r = ReadResult.Of(Cases.PcapMicro(false), nano: true);
        Assert.Equal(["1600000000 123456000 14 18", "1600000001 999999000 40 44", "5 0 1 1"], r.Records);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ScalesNanosecondsDownForMicro(bool be)
    {
        Assert.Equal(["1600000000 999999 10 10", "5 0 1 1", "7 123456 0 0"], ReadResult.Of(Cases.PcapNano(be)).Records);
        Assert.Equal(["1600000000 999999999 10 10", "5 1 1 1", "7 123456789 0 0"], ReadResult.Of(Cases.PcapNano(be), nano: true).Records);
    }

    [Fact]
    public void StampFieldsAreSigned()
    {
        Assert.Equal(["-1 -1 1 1", "-2147483648 999999 1 1", "0 -2147483648 1 1"], ReadResult.Of(Cases.PcapSignedStamps(true)).Records);
        Assert.Equal(["-1 -1000 1 1", "-2147483648 999999000 1 1", "0 0 1 1"], ReadResult.Of(Cases.PcapSignedStamps(false), nano: true).Records);
        // libpcap sign-extends a same-order file's fields, and zero-extends a swapped file's.
        var same = ReadResult.Of(Cases.PcapSignedStamps(false)).Packets[0].Header;
        var swapped = ReadResult.Of(Cases.PcapSignedStamps(true)).Packets[0].Header;
        Assert.Equal((-1L, -1L), (same.Seconds, same.Fraction));
        Assert.Equal((4294967295L, 4294967295L), (swapped.Seconds, swapped.Fraction));
    }

    [Theory]
    [InlineData(2, 2, "1 2 10 20", "1 2 20 10")]
    [InlineData(2, 3, "1 2 10 20", "1 2 10 20")]
    [InlineData(2, 4, "1 2 20 10", "1 2 10 20")]
    [InlineData(543, 0, "1 2 10 20", "1 2 20 10")]
    public void OldVersionsSwapTheLengths(int major, int minor, string first, string second)
    {
        var r = ReadResult.Of(Cases.PcapVersion(major, minor));
        Assert.Null(r.ReadError);
        Assert.Equal([first, second], r.Records);
    }

    [Theory]
    [InlineData(1, 0, "archaic pcap savefile format")]
    [InlineData(2, 5, "unsupported pcap savefile version 2.5")]
    [InlineData(3, 0, "unsupported pcap savefile version 3.0")]
    public void RefusesOtherVersions(int major, int minor, string message)
    {
        Assert.Equal(message, ReadResult.Of(Cases.PcapVersion(major, minor)).OpenError);
    }

    [Fact]
    public void ReadsKuznetzovRecords()
    {
        var r = ReadResult.Of(Cases.PcapKuznetzov());
        Assert.Equal(262158, r.SnapLen); // 14 more for Ethernet
        Assert.Equal(["1 2 3 7", "1 3 2 2"], r.Records);
        Assert.Equal([0x41, 0x41, 0x41], r.Packets[0].Data);
    }

    [Fact]
    public void CutsRecordsOverTheSnapshotLength()
    {
        var r = ReadResult.Of(Cases.PcapOverSnap(100, 262145));
        Assert.Equal(100, r.SnapLen);
        Assert.Equal(["1 2 50 50", "1 2 100 150"], r.Records);
        Assert.Equal(Enumerable.Repeat((byte)0x62, 100), r.Packets[1].Data);
        Assert.Equal("invalid packet capture length 262145, bigger than snaplen of 100", r.ReadError);
        Assert.Equal("invalid packet capture length 262145, bigger than maximum of 262144", ReadResult.Of(Cases.PcapOverSnap(300000, 262145)).ReadError);
    }

    [Fact]
    public void ZeroSnapshotLengthIsTheTypesMaximum()
    {
        var r = ReadResult.Of(Cases.PcapOverSnap(0, 262144));
        Assert.Equal(262144, r.SnapLen);
        Assert.Equal(["1 2 50 50", "1 2 150 150", "1 2 262144 262144"], r.Records);
        Assert.Equal(134217728, ReadResult.Of(Cases.PcapLinkType(231, 0)).SnapLen);
    }

    [Fact]
    public void LinkTypeIsTheLowBits()
    {
        Assert.Equal(1, ReadResult.Of(Cases.PcapLinkType(0x04000001)).LinkType);
        Assert.Equal(101, ReadResult.Of(Cases.PcapLinkType(101)).LinkType);
        Assert.Equal(12, ReadResult.Of(Cases.PcapLinkType(12)).LinkType);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SwapsTheSocketCanIdToHostOrder(bool be)
    {
        var r = ReadResult.Of(Cases.PcapSllCan(be));
        Assert.Equal("0000011800000000000000000000000c7856341208000000", Convert.ToHexStringLower(r.Packets[0].Data.AsSpan(0, 24)));
    }

    [Fact]
    public void ReadsFromAStreamThatReturnsOneByteAtATime()
    {
        var r = CaptureReader.Open(new TrickleStream(Cases.PcapMicro(true)), false);
        int n = 0;
        while (r.Next(out var h, out var d)) { Assert.Equal(h.CapturedLength, d.Length); n++; }
        Assert.Equal(3, n);
    }

    /// <summary>A pipe-like stream: each read returns at most one byte.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
    }
}
