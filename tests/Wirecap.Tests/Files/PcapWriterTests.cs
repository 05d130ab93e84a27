using Wirecap.Files;
using Xunit;

namespace Wirecap.Tests.Files;

/// <summary>The writer makes the bytes tcpdump 4.99.3 wrote for "-r FILE -w OUT" (and "--nano -r FILE -w OUT").</summary>
public class PcapWriterTests
{
    /// <summary>Reads the case and writes it back as tcpdump -w would.</summary>
    private static string Rewrite(byte[] file, bool nano, bool packetBuffered = false)
    {
        using var reader = CaptureReader.Open(new MemoryStream(file), nano);
        var output = new MemoryStream();
        using (var w = new PcapWriter(output, PcapWriter.LinkTypeFor(reader), reader.SnapLen, nano, ownsStream: false) { PacketBuffered = packetBuffered })
        {
            try
            {
                while (reader.Next(out var h, out var d)) w.Write(h, d);
            }
            catch (CaptureFileException) { }
        }
        return Convert.ToHexStringLower(output.ToArray());
    }

    [Theory]
    [InlineData(false, "d4c3b2a1020004000000000000000000000004000100000000105e5f40e201000e00000012000000111111111111111111111111111101105e5f3f420f00280000002c000000222222222222222222222222222222222222222222222222222222222222222222222222222222220500000000000000010000000100000033")]
    [InlineData(true, "4d3cb2a1020004000000000000000000000004000100000000105e5f00ca5b070e00000012000000111111111111111111111111111101105e5f18c69a3b280000002c000000222222222222222222222222222222222222222222222222222222222222222222222222222222220500000000000000010000000100000033")]
    public void RewritesASwappedPcapFile(bool nano, string expected)
    {
        Assert.Equal(expected, Rewrite(Cases.PcapMicro(true), nano));
        Assert.Equal(expected, Rewrite(Cases.PcapMicro(true), nano, packetBuffered: true));
    }

    [Theory]
    [InlineData(false, "d4c3b2a1020004000000000000000000000004000100000000105e5f40e20100010000000400000061d2040000d8a608000100000004000000620000000000000000010000000400000063")]
    [InlineData(true, "4d3cb2a1020004000000000000000000000004000100000000105e5f15cd5b07010000000400000061d2040000c0bbcb210100000004000000620000000005000000010000000400000063")]
    public void WritesPcapngInputAsPcap(bool nano, string expected)
    {
        Assert.Equal(expected, Rewrite(Cases.NgTwoInterfaces(false), nano));
    }

    [Theory]
    [InlineData(12u, "d4c3b2a10200040000000000000000000000040065000000")]          // DLT_RAW is written as LINKTYPE_RAW
    [InlineData(0x04000001u, "d4c3b2a10200040000000000000000000000040001000004")]  // the extension bits are kept
    public void WritesTheLinkTypeAsLibpcapDoes(uint linkType, string expected)
    {
        Assert.Equal(expected, Rewrite(Cases.PcapLinkType(linkType), false));
    }

    [Fact]
    public void UnsupportedLinkTypesCannotBeWritten()
    {
        using var reader = CaptureReader.Open(new MemoryStream(Cases.PcapLinkType(13)), false);
        Assert.Equal(-1, PcapWriter.LinkTypeFor(reader));
    }

    [Fact]
    public void RoundTripsThroughTheReader()
    {
        var output = new MemoryStream();
        var packets = new[] { new byte[] { 1, 2, 3 }, new byte[1500], [] };
        using (var w = new PcapWriter(output, 1, 65535, nano: true, ownsStream: false))
        {
            for (int i = 0; i < packets.Length; i++)
            {
                var h = new PacketHeader { Seconds = 1700000000 + i, Fraction = 123456789 + i, CapturedLength = packets[i].Length, WireLength = packets[i].Length + 10 };
                w.Write(h, packets[i]);
            }
        }
        var r = ReadResult.Of(output.ToArray(), nano: true);
        Assert.Equal(65535, r.SnapLen);
        Assert.Equal(["1700000000 123456789 3 13", "1700000001 123456790 1500 1510", "1700000002 123456791 0 10"], r.Records);
        Assert.Equal(packets[0], r.Packets[0].Data);
        Assert.Equal(["1700000000 123456 3 13", "1700000001 123456 1500 1510", "1700000002 123456 0 10"], ReadResult.Of(output.ToArray()).Records);
    }

    [Fact]
    public void PacketBufferedFlushesEachPacket()
    {
        var output = new MemoryStream();
        var w = new PcapWriter(output, 1, 262144, false, ownsStream: false) { PacketBuffered = true };
        w.Write(new PacketHeader { CapturedLength = 4, WireLength = 4 }, [1, 2, 3, 4]);
        Assert.Equal(24 + 16 + 4, output.Length);
        var unbuffered = new MemoryStream();
        var w2 = new PcapWriter(unbuffered, 1, 262144, false, ownsStream: false);
        w2.Write(new PacketHeader { CapturedLength = 4, WireLength = 4 }, [1, 2, 3, 4]);
        Assert.Equal(0, unbuffered.Length);
        w2.Flush();
        Assert.Equal(44, unbuffered.Length);
    }
}
