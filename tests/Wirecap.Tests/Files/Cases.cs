namespace Wirecap.Tests.Files;

/// <summary>
/// The capture files the tests read, built from bytes. The expected values in the tests are what
/// tcpdump 4.99.3 (libpcap 1.10.3) printed or wrote for these same bytes.
/// </summary>
internal static class Cases
{
    public const ulong Stamp = 1600000000123456789UL;

    private static CaptureBuilder B(bool be) => new(be);

    /// <summary>Three records with microsecond stamps.</summary>
    public static byte[] PcapMicro(bool be) => B(be).PcapHeader()
        .Record(1600000000, 123456, 14, 18, 0x11)
        .Record(1600000001, 999999, 40, 44, 0x22)
        .Record(5, 0, 1, 1, 0x33).Bytes;

    public static byte[] PcapNano(bool be) => B(be).PcapHeader(magic: 0xa1b23c4d)
        .Record(1600000000, 999999999, 10, 10, 0x78)
        .Record(5, 1, 1, 1, 0x79)
        .Record(7, 123456789, 0, 0, 0).Bytes;

    /// <summary>Stamps with the sign bit set: libpcap reads the fields as signed 32-bit values.</summary>
    public static byte[] PcapSignedStamps(bool be) => B(be).PcapHeader()
        .Record(0xffffffff, 0xffffffff, 1, 1, 0x61)
        .Record(0x80000000, 999999, 1, 1, 0x62)
        .Record(0, 0x80000000, 1, 1, 0x64).Bytes;

    /// <summary>Version 2.2 files have caplen and len the other way round; 2.3 only when caplen > len.</summary>
    /// <summary>Records with the fields (20, 10) then (10, 20), each followed by as many bytes as the version's reading says.</summary>
    public static byte[] PcapVersion(int major, int minor)
    {
        bool swapped = major == 543 || (major == 2 && minor < 3);
        bool maybe = major == 2 && minor == 3;
        int first = swapped || maybe ? 10 : 20, second = swapped ? 20 : 10;
        return B(false).PcapHeader(major: major, minor: minor)
            .U32(1).U32(2).U32(20).U32(10).Fill(0x61, first)
            .U32(1).U32(2).U32(10).U32(20).Fill(0x62, second).Bytes;
    }

    public static byte[] PcapKuznetzov() => B(false).PcapHeader(magic: 0xa1b2cd34)
        .U32(1).U32(2).U32(3).U32(7).U32(5).U16(0x800).U8(0).U8(0).Fill(0x41, 3)
        .U32(1).U32(3).U32(2).U32(2).U32(5).U16(0x800).U8(0).U8(0).Fill(0x42, 2).Bytes;

    /// <summary>Snapshot length 100: a record over it is cut to 100 bytes, one over 262144 is an error.</summary>
    public static byte[] PcapOverSnap(uint snaplen, uint bigCaplen) => B(false).PcapHeader(snaplen: snaplen)
        .Record(1, 2, 50, 50, 0x61)
        .Record(1, 2, 150, 150, 0x62)
        .Record(1, 2, bigCaplen, bigCaplen, 0x63).Bytes;

    public static byte[] PcapLinkType(uint linkType, uint snaplen = 262144) => B(false).PcapHeader(linkType: linkType, snaplen: snaplen).Bytes;

    /// <summary>A Linux cooked capture of a SocketCAN frame written big-endian: libpcap swaps the CAN ID.</summary>
    public static byte[] PcapSllCan(bool be) => B(be).PcapHeader(linkType: 113)
        .Record(1, 2, 28, 28, B(true).U16(0).U16(0x118).U16(0).Fill(0, 8).U16(0x000C).Bytes
            .Concat(B(be).U32(0x12345678).Bytes).Concat(new byte[] { 8, 0, 0, 0, 0x31, 0x32, 0x33, 0x34 }).ToArray()).Bytes;

    // --- pcapng ---

    public static byte[] NgPlain(bool be) => B(be).Shb().Idb()
        .Epb(0, Stamp, [0x61, 0x62, 0x63])
        .Epb(0, 999999, [0x64]).Bytes;

    /// <summary>An IDB with if_tsresol (and optionally if_tsoffset) and five stamps.</summary>
    public static byte[] NgResolution(bool be, byte tsresol, long? tsoffset = null)
    {
        var b = B(be);
        var options = b.TsResol(tsresol).Concat(tsoffset is { } o ? b.TsOffset(o) : []).ToArray();
        b.Shb().Idb(options: options);
        foreach (var t in new[] { Stamp, 123456789UL, ulong.MaxValue, 1UL << 40, 999999UL })
            b.Epb(0, t, [0x61, 0x62, 0x63]);
        return b.Bytes;
    }

    /// <summary>Name resolution, statistics, custom and unknown blocks among the packets.</summary>
    public static byte[] NgSkippedBlocks(bool be) => B(be).Shb()
        .Block(4, new byte[4]).Block(0xBAD, [1, 2, 3]).Idb().Block(5, new byte[12])
        .Epb(0, Stamp, [0x61, 0x62, 0x63]).Block(0x40000BAD, new byte[8]).Block(0xA, [])
        .Epb(0, Stamp + 1000, [0x61, 0x62, 0x63, 0x64]).Bytes;

    /// <summary>Simple packet blocks: no stamp, captured length capped by the snapshot length (5).</summary>
    public static byte[] NgSimple(bool be) => B(be).Shb().Idb(snaplen: 5)
        .Spb([0x61, 0x62, 0x63])
        .Spb([0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68])
        .Spb([0x61, 0x62], wireLength: 10).Bytes;

    /// <summary>Two interfaces with different resolutions; the last packet names a third one.</summary>
    public static byte[] NgTwoInterfaces(bool be)
    {
        var b = B(be);
        return b.Shb().Idb(options: b.TsResol(3)).Idb(options: b.TsResol(9))
            .Epb(1, Stamp, [0x61]).Epb(0, 1234567, [0x62]).Epb(1, 5, [0x63]).Epb(2, Stamp, [0x64]).Bytes;
    }

    /// <summary>Obsolete packet blocks (16-bit interface id).</summary>
    public static byte[] NgPacketBlocks(bool be) => B(be).Shb().Idb().Idb()
        .Pb(0, Stamp, [0x61, 0x62, 0x63]).Pb(1, Stamp + 5000, [0x64, 0x65]).Bytes;

    /// <summary>A second section with its own interface (first nanosecond, then microsecond stamps).</summary>
    public static byte[] NgTwoSections(bool be)
    {
        var b = B(be);
        return b.Shb().Idb(options: b.TsResol(9)).Epb(0, Stamp, [0x61])
            .Shb(1, 5).Idb().Epb(0, Stamp, [0x62]).Bytes;
    }

    public static byte[] NgSecondSectionWithoutInterface(bool be) => B(be).Shb().Idb().Epb(0, Stamp, [0x61])
        .Shb().Epb(0, Stamp, [0x62]).Bytes;

    public static byte[] NgSecondInterfaceType(int firstType, int secondType) => B(false).Shb().Idb(firstType)
        .Epb(0, Stamp, [0x45, 0, 0, 20]).Idb(secondType).Epb(1, Stamp, [0x61]).Bytes;

    public static byte[] NgSecondInterfaceSnapLen(uint first, uint second) => B(false).Shb().Idb(snaplen: first)
        .Epb(0, Stamp, [0x61]).Idb(snaplen: second).Epb(1, Stamp, [0x62]).Bytes;

    public static byte[] NgNoInterface() => B(false).Shb().Block(4, new byte[4]).Bytes;

    public static byte[] NgPacketFirst() => B(false).Shb().Epb(0, Stamp, [0x61]).Idb().Bytes;

    public static byte[] NgIdbOptions(byte[] options) => B(false).Shb().Idb(options: options).Epb(0, Stamp, [0x61]).Bytes;

    public static byte[] NgVersion(int major, int minor) => B(false).Shb(major, minor).Idb().Epb(0, Stamp, [0x61]).Bytes;

    /// <summary>A good file followed by raw bytes (a damaged block).</summary>
    public static byte[] NgThen(byte[] tail) => [.. NgPlain(false), .. tail];

    public static byte[] NgCaplenOverSnap() => B(false).Shb().Idb(snaplen: 2).Epb(0, Stamp, [0x61, 0x62]).Epb(0, Stamp, [0x61, 0x62, 0x63]).Bytes;

    public static byte[] NgOtherSectionOrder() => [.. NgPlain(false), .. B(true).Shb().Idb().Bytes];

    /// <summary>Every case, by name (for making the oracle's files).</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> All()
    {
        foreach (var be in new[] { false, true })
        {
            string e = be ? "be" : "le";
            yield return ($"pcap-micro-{e}", PcapMicro(be));
            yield return ($"pcap-nano-{e}", PcapNano(be));
            yield return ($"pcap-signed-{e}", PcapSignedStamps(be));
            yield return ($"pcap-sllcan-{e}", PcapSllCan(be));
            yield return ($"ng-plain-{e}", NgPlain(be));
            yield return ($"ng-skipped-{e}", NgSkippedBlocks(be));
            yield return ($"ng-simple-{e}", NgSimple(be));
            yield return ($"ng-twoif-{e}", NgTwoInterfaces(be));
            yield return ($"ng-pb-{e}", NgPacketBlocks(be));
            yield return ($"ng-twosec-{e}", NgTwoSections(be));
            yield return ($"ng-secnoif-{e}", NgSecondSectionWithoutInterface(be));
            foreach (byte r in new byte[] { 0, 3, 6, 9, 19, 20, 0x80 | 10, 0x80 | 30, 0x80 | 64 })
                yield return ($"ng-res{r}-{e}", NgResolution(be, r));
            yield return ($"ng-res9-off-{e}", NgResolution(be, 9, -5));
        }
        foreach (var (maj, min) in new[] { (2, 2), (2, 3), (2, 4), (2, 5), (1, 0), (543, 0), (3, 0) })
            yield return ($"pcap-v{maj}.{min}", PcapVersion(maj, min));
        yield return ("pcap-kuz", PcapKuznetzov());
        yield return ("pcap-oversnap", PcapOverSnap(100, 262145));
        yield return ("pcap-oversnap-big", PcapOverSnap(300000, 262145));
        yield return ("pcap-oversnap-0", PcapOverSnap(0, 262144));
        foreach (var lt in new uint[] { 0, 1, 12, 13, 101, 106, 147, 231, 276, 290, 0x04000001 })
            yield return ($"pcap-lt{lt}", PcapLinkType(lt));
        yield return ("pcap-lt231-snap0", PcapLinkType(231, 0));
        yield return ("ng-if-type-1-101", NgSecondInterfaceType(1, 101));
        yield return ("ng-if-type-101-101", NgSecondInterfaceType(101, 101));
        yield return ("ng-if-type-101-12", NgSecondInterfaceType(101, 12));
        yield return ("ng-if-snap", NgSecondInterfaceSnapLen(262144, 100));
        yield return ("ng-if-snap0", NgSecondInterfaceSnapLen(0, 262144));
        yield return ("ng-noif", NgNoInterface());
        yield return ("ng-pktfirst", NgPacketFirst());
        yield return ("ng-v1.2", NgVersion(1, 2));
        yield return ("ng-v1.1", NgVersion(1, 1));
        yield return ("ng-v2.0", NgVersion(2, 0));
        yield return ("ng-caplen", NgCaplenOverSnap());
        yield return ("ng-order", NgOtherSectionOrder());
        var b = new CaptureBuilder();
        yield return ("ng-opt-res2x", NgIdbOptions([.. b.TsResol(9), .. b.TsResol(6)]));
        yield return ("ng-opt-reslen", NgIdbOptions(new CaptureBuilder().Option(9, [9, 0]).Bytes));
        yield return ("ng-opt-offlen", NgIdbOptions(new CaptureBuilder().Option(14, new byte[4]).Bytes));
        yield return ("ng-opt-endlen", NgIdbOptions(new CaptureBuilder().U16(0).U16(4).U32(0).Bytes));
        yield return ("ng-opt-short", NgIdbOptions(new CaptureBuilder().U16(9).U16(40).U32(9).Bytes));
        yield return ("ng-opt-res2^-64", NgIdbOptions(b.TsResol(0x80 | 64)));
        yield return ("ng-opt-res10^-20", NgIdbOptions(b.TsResol(20)));
        yield return ("ng-tail-len8", NgThen(new CaptureBuilder().U32(6).U32(8).Fill(0, 20).Bytes));
        yield return ("ng-tail-len13", NgThen(new CaptureBuilder().U32(6).U32(13).Fill(0, 20).Bytes));
        yield return ("ng-tail-lenbig", NgThen(new CaptureBuilder().U32(6).U32(0x7ffffff0).Fill(0, 20).Bytes));
        yield return ("ng-tail-trailer", NgThen(new CaptureBuilder().U32(6).U32(32).Fill(0, 20).U32(36).Bytes));
        yield return ("ng-tail-epbshort", NgThen(new CaptureBuilder().Block(6, new byte[16]).Bytes));
        yield return ("ng-tail-cut", NgThen(new CaptureBuilder().U32(6).U32(32).Fill(0, 10).Bytes));
        yield return ("ng-tail-cuthdr", NgThen(new CaptureBuilder().U32(6).Bytes));
    }
}
