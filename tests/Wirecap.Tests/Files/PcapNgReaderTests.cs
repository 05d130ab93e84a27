using Wirecap.Files;
using Xunit;

namespace Wirecap.Tests.Files;

/// <summary>pcapng reading; expected values are what tcpdump 4.99.3 wrote with -w (or said) for the same bytes.</summary>
public class PcapNgReaderTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadsBothByteOrders(bool be)
    {
        var r = ReadResult.Of(Cases.NgPlain(be));
        Assert.Null(r.OpenError);
        Assert.Null(r.ReadError);
        Assert.Equal(1, r.LinkType);
        Assert.Equal(262144, r.SnapLen);
        Assert.Equal(["-2022801285 456789 3 6", "0 999999 1 4"], r.Records);
        Assert.Equal([0x61, 0x62, 0x63], r.Packets[0].Data);
        Assert.Equal(["-2022801285 456789000 3 6", "0 999999000 1 4"], ReadResult.Of(Cases.NgPlain(be), nano: true).Records);
        Assert.True(CaptureReader.Open(new MemoryStream(Cases.NgPlain(be)), false).IsPcapNg);
    }

    [Theory]
    [InlineData(0, false, new[] { "-537146091 0 3 6", "123456789 0 3 6", "-1 0 3 6", "0 0 3 6", "999999 0 3 6" })]
    [InlineData(3, false, new[] { "128311872 789000 3 6", "123456 789000 3 6", "1271310319 615000 3 6", "1099511627 776000 3 6", "999 999000 3 6" })]
    [InlineData(3, true, new[] { "128311872 789000000 3 6", "123456 789000000 3 6", "1271310319 615000000 3 6", "1099511627 776000000 3 6", "999 999000000 3 6" })]
    [InlineData(6, false, new[] { "-2022801285 456789 3 6", "123 456789 3 6", "-140462611 551615 3 6", "1099511 627776 3 6", "0 999999 3 6" })]
    [InlineData(9, false, new[] { "1600000000 123456 3 6", "0 123456 3 6", "1266874889 709551 3 6", "1099 511627 3 6", "0 999 3 6" })]
    [InlineData(9, true, new[] { "1600000000 123456789 3 6", "0 123456789 3 6", "1266874889 709551615 3 6", "1099 511627776 3 6", "0 999999 3 6" })]
    [InlineData(19, false, new[] { "0 160000 3 6", "0 0 3 6", "1 844674 3 6", "0 0 3 6", "0 0 3 6" })]
    [InlineData(19, true, new[] { "0 160000000 3 6", "0 0 3 6", "1 844674407 3 6", "0 109 3 6", "0 0 3 6" })]
    [InlineData(0x80 | 10, false, new[] { "-512229645 270507 3 6", "120563 270507 3 6", "-1 999023 3 6", "1073741824 0 3 6", "976 561523 3 6" })]
    [InlineData(0x80 | 10, true, new[] { "-512229645 270507812 3 6", "120563 270507812 3 6", "-1 999023437 3 6", "1073741824 0 3 6", "976 561523437 3 6" })]
    [InlineData(0x80 | 30, false, new[] { "1490116119 499743 3 6", "0 114978 3 6", "-1 999999 3 6", "1024 0 3 6", "0 931 3 6" })]
    [InlineData(0x80 | 30, true, new[] { "1490116119 499743719 3 6", "0 114978094 3 6", "-1 999999999 3 6", "1024 0 3 6", "0 931321 3 6" })]
    public void ConvertsEachResolution(byte tsresol, bool nano, string[] expected)
    {
        foreach (var be in new[] { false, true })
            Assert.Equal(expected, ReadResult.Of(Cases.NgResolution(be, tsresol), nano).Records);
    }

    [Fact]
    public void AddsTheOffset()
    {
        Assert.Equal(["1599999995 123456 3 6", "-5 123456 3 6", "1266874884 709551 3 6", "1094 511627 3 6", "-5 999 3 6"],
            ReadResult.Of(Cases.NgResolution(true, 9, -5)).Records);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SkipsOtherBlocks(bool be)
    {
        var r = ReadResult.Of(Cases.NgSkippedBlocks(be));
        Assert.Null(r.ReadError);
        Assert.Equal(["-2022801285 456789 3 6", "-2022801285 457789 4 7"], r.Records);
    }

    [Fact]
    public void SimplePacketsAreCutToTheSnapshotLength()
    {
        var r = ReadResult.Of(Cases.NgSimple(true));
        Assert.Equal(5, r.SnapLen);
        Assert.Equal(["0 0 3 3", "0 0 5 8"], r.Records);
        Assert.Equal("block of type 3 in pcapng dump file is too short", r.ReadError);
    }

    [Fact]
    public void EachInterfaceHasItsResolution()
    {
        var r = ReadResult.Of(Cases.NgTwoInterfaces(true));
        Assert.Equal(["1600000000 123456 1 4", "1234 567000 1 4", "0 0 1 4"], r.Records);
        Assert.Equal([1, 0, 1], r.Packets.Select(p => p.Header.Interface));
        Assert.Equal("a packet arrived on interface 2, but there's no Interface Description Block for that interface", r.ReadError);
        Assert.Equal(["1600000000 123456789 1 4", "1234 567000000 1 4", "0 5 1 4"], ReadResult.Of(Cases.NgTwoInterfaces(false), nano: true).Records);
    }

    [Fact]
    public void ReadsObsoletePacketBlocks()
    {
        var r = ReadResult.Of(Cases.NgPacketBlocks(false));
        Assert.Equal(["-2022801285 456789 3 3", "-2022801285 461789 2 2"], r.Records);
        Assert.Equal(1, r.Packets[1].Header.Interface);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ASecondSectionBringsItsInterfaces(bool be)
    {
        Assert.Equal(["1600000000 123456 1 4", "-2022801285 456789 1 4"], ReadResult.Of(Cases.NgTwoSections(be)).Records);
        var r = ReadResult.Of(Cases.NgSecondSectionWithoutInterface(be));
        Assert.Equal(["-2022801285 456789 1 4"], r.Records);
        Assert.Equal("a packet arrived on interface 0, but there's no Interface Description Block for that interface", r.ReadError);
    }

    [Theory]
    [InlineData(1, 101, "an interface has a type 101 different from the type of the first interface")]
    [InlineData(101, 101, "an interface has a type 101 different from the type of the first interface")]
    [InlineData(101, 12, null)]
    public void LaterInterfacesMustHaveTheFirstOnesType(int first, int second, string? error)
    {
        var r = ReadResult.Of(Cases.NgSecondInterfaceType(first, second));
        Assert.Equal(first, r.LinkType);
        Assert.Equal(error, r.ReadError);
        Assert.All(r.Packets, p => Assert.Equal(first, p.Header.LinkType));
    }

    [Fact]
    public void LaterInterfacesMustHaveTheFirstOnesSnapshotLength()
    {
        Assert.Equal("an interface has a snapshot length 100 different from the snapshot length of the first interface",
            ReadResult.Of(Cases.NgSecondInterfaceSnapLen(262144, 100)).ReadError);
        Assert.Null(ReadResult.Of(Cases.NgSecondInterfaceSnapLen(0, 262144)).ReadError);
    }

    [Fact]
    public void CaplenOverTheSnapshotLengthIsAnError()
    {
        var r = ReadResult.Of(Cases.NgCaplenOverSnap());
        Assert.Equal(["-2022801285 456789 2 5"], r.Records);
        Assert.Equal("invalid packet capture length 3, bigger than snaplen of 2", r.ReadError);
    }

    [Theory]
    [InlineData(1, 2, null)]
    [InlineData(1, 1, "unsupported pcapng savefile version 1.1")]
    [InlineData(2, 0, "unsupported pcapng savefile version 2.0")]
    public void ChecksTheVersion(int major, int minor, string? error)
    {
        Assert.Equal(error, ReadResult.Of(Cases.NgVersion(major, minor)).OpenError);
    }
}
