using Xunit;

namespace Wirecap.Tests.Files;

/// <summary>
/// Damaged files: the texts are what tcpdump 4.99.3 (libpcap 1.10.3) printed for the same bytes. Open
/// errors come out as "tcpdump: TEXT"; errors while reading packets as "tcpdump: pcap_loop: TEXT",
/// after every packet before the damage.
/// </summary>
public class DamagedFileTests
{
    private static byte[] Cut(byte[] file, int length) => file[..length];

    [Theory]
    [InlineData(0, "truncated dump file; tried to read 4 file header bytes, only got 0")]
    [InlineData(2, "truncated dump file; tried to read 4 file header bytes, only got 2")]
    [InlineData(4, "truncated dump file; tried to read 24 file header bytes, only got 0")]
    [InlineData(10, "truncated dump file; tried to read 24 file header bytes, only got 6")]
    [InlineData(23, "truncated dump file; tried to read 24 file header bytes, only got 19")]
    public void PcapFileHeaderCut(int length, string message)
    {
        Assert.Equal(message, ReadResult.Of(Cut(Cases.PcapMicro(false), length)).OpenError);
    }

    [Theory]
    [InlineData(24, 0, null)]
    [InlineData(30, 0, "truncated dump file; tried to read 16 header bytes, only got 6")]
    [InlineData(39, 0, "truncated dump file; tried to read 16 header bytes, only got 15")]
    [InlineData(40, 0, "truncated dump file; tried to read 14 captured bytes, only got 0")]
    [InlineData(45, 0, "truncated dump file; tried to read 14 captured bytes, only got 5")]
    [InlineData(54, 1, null)]
    [InlineData(55, 1, "truncated dump file; tried to read 16 header bytes, only got 1")]
    [InlineData(56, 1, "truncated dump file; tried to read 16 header bytes, only got 2")]
    public void PcapRecordCut(int length, int packets, string? message)
    {
        var r = ReadResult.Of(Cut(Cases.PcapMicro(false), length));
        Assert.Null(r.OpenError);
        Assert.Equal(packets, r.Packets.Count);
        Assert.Equal(message, r.ReadError);
    }

    [Theory]
    [InlineData(30, "truncated dump file; tried to read 24 header bytes, only got 6")]
    [InlineData(40, "truncated dump file; tried to read 24 header bytes, only got 16")]
    public void KuznetzovRecordHeaderCut(int length, string message)
    {
        Assert.Equal(message, ReadResult.Of(Cut(Cases.PcapKuznetzov(), length)).ReadError);
    }

    [Theory]
    [InlineData(100, 1, "truncated dump file; tried to read 16 header bytes, only got 10")]
    [InlineData(200, 1, "truncated dump file; tried to read 100 captured bytes, only got 94")]
    [InlineData(250, 1, "truncated dump file; tried to read 150 captured bytes, only got 144")]
    [InlineData(300, 2, "invalid packet capture length 262145, bigger than snaplen of 100")]
    public void OverSnapshotRecordCut(int length, int packets, string message)
    {
        var r = ReadResult.Of(Cut(Cases.PcapOverSnap(100, 262145), length));
        Assert.Equal(packets, r.Packets.Count);
        Assert.Equal(message, r.ReadError);
    }

    [Theory]
    [InlineData(4, "unknown file format")]
    [InlineData(8, "unknown file format")]
    [InlineData(11, "unknown file format")]
    [InlineData(12, "truncated pcapng dump file; tried to read 16 bytes, only got 0")]
    [InlineData(20, "truncated pcapng dump file; tried to read 16 bytes, only got 8")]
    [InlineData(27, "truncated pcapng dump file; tried to read 16 bytes, only got 15")]
    [InlineData(28, "the capture file has no Interface Description Blocks")]
    [InlineData(40, "truncated pcapng dump file; tried to read 12 bytes, only got 4")]
    public void PcapNgOpenCut(int length, string message)
    {
        Assert.Equal(message, ReadResult.Of(Cut(Cases.NgPlain(false), length)).OpenError);
    }

    [Theory]
    [InlineData(60, "truncated pcapng dump file; tried to read 28 bytes, only got 4")]
    [InlineData(61, "truncated pcapng dump file; tried to read 28 bytes, only got 5")]
    public void PcapNgBlockCut(int length, string message)
    {
        var r = ReadResult.Of(Cut(Cases.NgPlain(false), length));
        Assert.Null(r.OpenError);
        Assert.Equal(message, r.ReadError);
    }

    [Fact]
    public void PcapNgDamagedBlocks()
    {
        static string? Tail(CaptureBuilder b)
        {
            var r = ReadResult.Of(Cases.NgThen(b.Bytes));
            Assert.Equal(2, r.Packets.Count);
            return r.ReadError;
        }
        Assert.Equal("block in pcapng dump file has a length of 8 < 12", Tail(new CaptureBuilder().U32(6).U32(8).Fill(0, 20)));
        Assert.Equal("block in pcapng dump file has a length of 13 that is not a multiple of 4", Tail(new CaptureBuilder().U32(6).U32(13).Fill(0, 20)));
        Assert.Equal("pcapng block size 2147483632 > maximum 16777216", Tail(new CaptureBuilder().U32(6).U32(0x7ffffff0).Fill(0, 20)));
        Assert.Equal("block total length in header and trailer don't match", Tail(new CaptureBuilder().U32(6).U32(32).Fill(0, 20).U32(36)));
        Assert.Equal("block of type 6 in pcapng dump file is too short", Tail(new CaptureBuilder().Block(6, new byte[16])));
        Assert.Equal("truncated pcapng dump file; tried to read 24 bytes, only got 10", Tail(new CaptureBuilder().U32(6).U32(32).Fill(0, 10)));
        Assert.Equal("truncated pcapng dump file; tried to read 8 bytes, only got 4", Tail(new CaptureBuilder().U32(6)));
        // A section in the other byte order: its length reads as a huge number.
        Assert.Equal("pcapng block size 469762048 > maximum 16777216", ReadResult.Of(Cases.NgOtherSectionOrder()).ReadError);
    }

    [Fact]
    public void PcapNgStructureErrors()
    {
        Assert.Equal("the capture file has no Interface Description Blocks", ReadResult.Of(Cases.NgNoInterface()).OpenError);
        Assert.Equal("the capture file has a packet block before any Interface Description Blocks", ReadResult.Of(Cases.NgPacketFirst()).OpenError);
    }

    [Fact]
    public void PcapNgInterfaceOptionErrors()
    {
        var b = new CaptureBuilder();
        string? Open(byte[] options) => ReadResult.Of(Cases.NgIdbOptions(options)).OpenError;
        Assert.Equal("Interface Description Block has more than one if_tsresol option", Open([.. b.TsResol(9), .. b.TsResol(6)]));
        Assert.Equal("Interface Description Block has if_tsresol option with length 2 != 1", Open(new CaptureBuilder().Option(9, [9, 0]).Bytes));
        Assert.Equal("Interface Description Block has if_tsoffset option with length 4 != 8", Open(new CaptureBuilder().Option(14, new byte[4]).Bytes));
        Assert.Equal("Interface Description Block has opt_endofopt option with length 4 != 0", Open(new CaptureBuilder().U16(0).U16(4).U32(0).Bytes));
        Assert.Equal("block of type 1 in pcapng dump file is too short", Open(new CaptureBuilder().U16(9).U16(40).U32(9).Bytes));
        Assert.Equal("Interface Description Block if_tsresol option resolution 2^-64 is too high", Open(b.TsResol(0x80 | 64)));
        Assert.Equal("Interface Description Block if_tsresol option resolution 10^-20 is too high", Open(b.TsResol(20)));
    }

    [Fact]
    public void NotACaptureFile()
    {
        Assert.Equal("unknown file format", ReadResult.Of("hello world, this is not a capture\n"u8.ToArray()).OpenError);
    }

    /// <summary>No input crashes the readers: every cut and many corruptions end in packets or a CaptureFileException.</summary>
    [Fact]
    public void SurvivesCutsAndCorruption()
    {
        var rnd = new Random(1);
        foreach (var (_, file) in Cases.All())
        {
            for (int n = 0; n <= file.Length && n < 400; n++) ReadResult.Of(file[..n]);
            for (int k = 0; k < 50; k++)
            {
                var bad = (byte[])file.Clone();
                int at = rnd.Next(bad.Length);
                bad[at] = (byte)rnd.Next(256);
                ReadResult.Of(bad);
                ReadResult.Of(bad, nano: true);
            }
        }
    }
}
