using Wirecap.Files;
using Xunit;

namespace Wirecap.Tests.Files;

/// <summary>The link type part of tcpdump 4.99.3's "reading from file F, link-type ..., snapshot length N" line.</summary>
public class LinkTypesTests
{
    [Theory]
    [InlineData(0, "NULL (BSD loopback)")]
    [InlineData(1, "EN10MB (Ethernet)")]
    [InlineData(9, "PPP (PPP)")]
    [InlineData(12, "RAW (Raw IP)")]
    [InlineData(13, "13")]
    [InlineData(100, "ATM_RFC1483 (RFC 1483 LLC-encapsulated ATM)")]
    [InlineData(101, "RAW (Raw IP)")]
    [InlineData(105, "IEEE802_11 (802.11)")]
    [InlineData(106, "ATM_CLIP (Linux Classical IP over ATM)")]
    [InlineData(107, "FRELAY (Frame Relay)")]
    [InlineData(108, "LOOP (OpenBSD loopback)")]
    [InlineData(113, "LINUX_SLL (Linux cooked v1)")]
    [InlineData(147, "147")]
    [InlineData(160, "160")]
    [InlineData(220, "USB_LINUX_MMAPPED (USB with padded Linux header)")]
    [InlineData(231, "DBUS (D-Bus)")]
    [InlineData(246, "PFSYNC (Packet filter state syncing)")]
    [InlineData(258, "PKTAP (Apple DLT_PKTAP)")]
    [InlineData(276, "LINUX_SLL2 (Linux cooked v2)")]
    [InlineData(289, "ATSC_ALP (ATSC Link-Layer Protocol packets)")]
    [InlineData(290, "290")]
    [InlineData(65535, "65535")]
    public void BannerText(int linkType, string expected)
    {
        Assert.Equal(expected, LinkTypes.BannerText(linkType));
    }

    [Theory]
    [InlineData(13, "unknown data link type 13 (min 104, max 289)")]
    [InlineData(290, "unknown data link type 290 (min 104, max 289)")]
    [InlineData(999, "unknown data link type 999 (min 104, max 289)")]
    [InlineData(1, null)]
    [InlineData(0, null)]
    [InlineData(12, null)]
    [InlineData(147, null)]
    [InlineData(231, null)]
    public void FilterCompilerRefusesUnknownTypes(int linkType, string? expected)
    {
        Assert.Equal(expected, LinkTypes.FilterError(linkType));
    }

    [Fact]
    public void NamesToValues()
    {
        Assert.Equal(1, LinkTypes.DltFromName("en10mb"));
        Assert.Equal(12, LinkTypes.DltFromName("RAW"));
        Assert.Equal(101, LinkTypes.FromName("RAW"));
        Assert.Equal(276, LinkTypes.FromName("LINUX_SLL2"));
        Assert.Equal(-1, LinkTypes.FromName("NOSUCH"));
        Assert.Equal("EN10MB", LinkTypes.Name(1));
        Assert.Equal("Ethernet", LinkTypes.Description(1));
        Assert.Null(LinkTypes.Name(147));
    }
}
