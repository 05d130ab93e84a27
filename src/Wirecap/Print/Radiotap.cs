namespace Wirecap.Print;

/// <summary>
/// Radiotap headers before 802.11 frames, DLT_IEEE802_11_RADIO (print-802_11.c).
/// <code>
/// | version | pad | length (2, LE) | present bitmap (4, LE) [| more bitmaps while bit 31 is set] | fields |
/// </code>
/// Each field is aligned to its own size, counted from the start of the header. Bit 29 returns to the
/// radiotap namespace, bit 30 enters a vendor namespace (OUI, sub-namespace, length to skip); an
/// unknown field ends the decoding (its size is unknown), printed as "[bit N]".
/// </summary>
public static class Radiotap
{
    private const int HeaderLength = 8;
    private const int BitTsft = 0, BitFlags = 1, BitRate = 2, BitChannel = 3, BitFhss = 4, BitDbmAntSignal = 5, BitDbmAntNoise = 6,
        BitLockQuality = 7, BitTxAttenuation = 8, BitDbTxAttenuation = 9, BitDbmTxPower = 10, BitAntenna = 11,
        BitDbAntSignal = 12, BitDbAntNoise = 13, BitRxFlags = 14, BitXChannel = 18, BitMcs = 19, BitAmpduStatus = 20, BitVht = 21,
        BitNamespace = 29, BitVendorNamespace = 30, BitExt = 31;
    private const int FlagCfp = 0x01, FlagShortPre = 0x02, FlagWep = 0x04, FlagFrag = 0x08, FlagFcs = 0x10, FlagDataPad = 0x20,
        FlagBadFcs = 0x40;
    private const uint ChanTurbo = 0x10, ChanCck = 0x20, ChanOfdm = 0x40, Chan2Ghz = 0x80, Chan5Ghz = 0x100, ChanDyn = 0x400,
        ChanGfsk = 0x800, ChanHalf = 0x4000, ChanQuarter = 0x8000, ChanHt20 = 0x10000, ChanHt40U = 0x20000, ChanHt40D = 0x40000;

    private static readonly string[] HtBandwidths = ["20 MHz", "40 MHz", "20 MHz (L)", "20 MHz (U)"];
    private static readonly string[] VhtBandwidths = ["20 MHz", "40 MHz", "20 MHz (L)", "20 MHz (U)", "80 MHz", "80 MHz (L)",
        "80 MHz (U)", "80 MHz (LL)", "80 MHz (LU)", "80 MHz (UL)", "80 MHz (UU)", "160 MHz", "160 MHz (L)", "160 MHz (U)",
        "160 MHz (LL)", "160 MHz (LU)", "160 MHz (UL)", "160 MHz (UU)", "160 MHz (LLL)", "160 MHz (LLU)", "160 MHz (LUL)",
        "160 MHz (UUU)", "160 MHz (ULL)", "160 MHz (ULU)", "160 MHz (UUL)", "160 MHz (UUU)", "unknown (26)", "unknown (27)",
        "unknown (28)", "unknown (29)", "unknown (30)", "unknown (31)"];

    /// <summary>The fields' reader (tcpdump's cpack): aligned little-endian reads inside the header's length.</summary>
    private ref struct Cursor
    {
        public int Start, Next, Length;

        /// <summary>The offset of an aligned field of size bytes, or -1 when it does not fit.</summary>
        public readonly int Reserve(int size)
        {
            int mis = (Next - Start) % size;
            int at = mis == 0 ? Next : Next + size - mis;
            return at - Start + size > Length ? -1 : at;
        }

        public bool Advance(int n)
        {
            if (Next - Start + n > Length) return false;
            Next += n;
            return true;
        }
    }

    /// <summary>ieee802_11_radio_if_print.</summary>
    public static void IfPrint(ref Frame f)
    {
        f.Proto = "802.11_radio";
        f.LinkHeaderLength += Print(ref f, 0, f.WireLength, f.Data.Length);
    }

    /// <summary>ieee802_11_radio_print: returns the radiotap and 802.11 header lengths.</summary>
    public static int Print(ref Frame f, int p, int length, int caplen)
    {
        f.Proto = "802.11_radio";
        if (caplen < HeaderLength) { f.PrintTrunc(); return caplen; }
        int len = f.U16LE(p + 2);
        if (len < HeaderLength || caplen < len) { f.PrintTrunc(); return caplen; }
        var c = new Cursor { Start = p, Next = p, Length = len };
        c.Advance(HeaderLength);
        // the bitmaps: one more for each one with the extension bit
        int last = p + 4;
        while (last + 4 <= p + len && (f.U32LE(last) & (1u << BitExt)) != 0)
        {
            c.Advance(4);
            last += 4;
        }
        if (last + 4 > p + len) { f.PrintTrunc(); return caplen; }

        int bit0 = 0, skip = 0, flags = 0;
        bool vendor = false;
        for (int pp = p + 4; pp <= last; pp += 4)
        {
            uint present = f.U32LE(pp);
            if (vendor)
            {
                if (!c.Advance(skip)) break;
                skip = 0;
            }
            else if (!NamespacePrint(ref f, ref c, ref flags, present, bit0)) break;

            uint ns = present & ((1u << BitNamespace) | (1u << BitVendorNamespace));
            if (ns == 0) bit0 += 32;
            else if (ns == 1u << BitNamespace) { bit0 = 0; vendor = false; skip = 0; }
            else if (ns == 1u << BitVendorNamespace)
            {
                // | OUI (3) | sub-namespace | skip length (2) |, 2-byte aligned
                bit0 = 0;
                vendor = true;
                // (tcpdump checks the 2-byte alignment, then reads the 4 bytes from where it stands)
                // (a failure here only ends this bitmap's processing, as in tcpdump)
                if (c.Reserve(2) < 0 || !c.Advance(4)) { f.PrintTrunc(); continue; }
                int sk = c.Reserve(2);
                if (sk < 0) { f.PrintTrunc(); continue; }
                skip = f.U16LE(sk);
                c.Next = sk + 2;
            }
        }
        bool pad = (flags & FlagDataPad) != 0;
        int fcslen = (flags & FlagFcs) != 0 ? 4 : 0;
        return len + Ieee80211.Print(ref f, p + len, length - len, caplen - len, pad, fcslen);
    }

    /// <summary>The fields of one bitmap in the radiotap namespace; false when printing must stop.</summary>
    private static bool NamespacePrint(ref Frame f, ref Cursor c, ref int flags, uint present, int bit0)
    {
        for (int bitno = 0; bitno < BitNamespace; bitno++)
        {
            if ((present & (1u << bitno)) == 0) continue;
            if (!FieldPrint(ref f, ref c, bit0 + bitno, ref flags, present)) return false;
        }
        return true;
    }

    /// <summary>Reads an aligned field of size bytes; false (after the marker) when it does not fit.</summary>
    private static bool Take(ref Frame f, ref Cursor c, int size, out int at)
    {
        at = c.Reserve(size);
        if (at < 0) { f.PrintTrunc(); return false; }
        c.Next = at + size;
        return true;
    }

    private static bool FieldPrint(ref Frame f, ref Cursor c, int bit, ref int flags, uint present)
    {
        var o = f.Out;
        int at;
        switch (bit)
        {
            case BitTsft:
                if (!Take(ref f, ref c, 8, out at)) return false;
                o.Dec(f.U32LE(at) | (ulong)f.U32LE(at + 4) << 32); o.Write("us tsft "u8);
                break;
            case BitFlags:
                {
                    if (!Take(ref f, ref c, 1, out at)) return false;
                    int v = f.U8(at);
                    flags = v;
                    if ((v & FlagCfp) != 0) o.Write("cfp "u8);
                    if ((v & FlagShortPre) != 0) o.Write("short preamble "u8);
                    if ((v & FlagWep) != 0) o.Write("wep "u8);
                    if ((v & FlagFrag) != 0) o.Write("fragmented "u8);
                    if ((v & FlagBadFcs) != 0) o.Write("bad-fcs "u8);
                    break;
                }
            case BitRate:
                {
                    if (!Take(ref f, ref c, 1, out at)) return false;
                    int rate = f.U8(at);
                    if (rate >= 0x80 && rate <= 0x8f) { o.Write("MCS "u8); o.Dec((uint)(rate & 0x7f)); o.Char(' '); }
                    else { Tenths(o, rate * 5); o.Write(" Mb/s "u8); }
                    break;
                }
            case BitChannel:
                {
                    if (!Take(ref f, ref c, 2, out at)) return false;
                    int freq = f.U16LE(at);
                    if (!Take(ref f, ref c, 2, out at)) return false;
                    int chflags = f.U16LE(at);
                    // an extended channel field, when present, is printed instead
                    if ((present & (1u << BitXChannel)) == 0) ChannelPrint(o, freq, (uint)chflags, present);
                    break;
                }
            case BitFhss:
                {
                    if (!Take(ref f, ref c, 1, out at)) return false;
                    int hopset = f.U8(at);
                    if (!Take(ref f, ref c, 1, out at)) return false;
                    o.Write("fhset "u8); o.Dec((uint)hopset); o.Write(" fhpat "u8); o.Dec(f.U8(at)); o.Char(' ');
                    break;
                }
            case BitDbmAntSignal:
                if (!Take(ref f, ref c, 1, out at)) return false;
                o.Dec((sbyte)f.U8(at)); o.Write("dBm signal "u8);
                break;
            case BitDbmAntNoise:
                if (!Take(ref f, ref c, 1, out at)) return false;
                o.Dec((sbyte)f.U8(at)); o.Write("dBm noise "u8);
                break;
            case BitLockQuality:
                if (!Take(ref f, ref c, 2, out at)) return false;
                o.Dec(f.U16LE(at)); o.Write(" sq "u8);
                break;
            case BitTxAttenuation:
                if (!Take(ref f, ref c, 2, out at)) return false;
                o.Dec(-(short)f.U16LE(at)); o.Write(" tx power "u8);
                break;
            case BitDbTxAttenuation:
                if (!Take(ref f, ref c, 1, out at)) return false;
                o.Dec(-(sbyte)f.U8(at)); o.Write("dB tx attenuation "u8);
                break;
            case BitDbmTxPower:
                if (!Take(ref f, ref c, 1, out at)) return false;
                o.Dec((sbyte)f.U8(at)); o.Write("dBm tx power "u8);
                break;
            case BitAntenna:
                if (!Take(ref f, ref c, 1, out at)) return false;
                o.Write("antenna "u8); o.Dec(f.U8(at)); o.Char(' ');
                break;
            case BitDbAntSignal:
                if (!Take(ref f, ref c, 1, out at)) return false;
                o.Dec(f.U8(at)); o.Write("dB signal "u8);
                break;
            case BitDbAntNoise:
                if (!Take(ref f, ref c, 1, out at)) return false;
                o.Dec(f.U8(at)); o.Write("dB noise "u8);
                break;
            case BitRxFlags:
                if (!Take(ref f, ref c, 2, out _)) return false;
                break;
            case BitXChannel:
                {
                    // | flags (4) | frequency (2) | channel | max power |
                    if (!Take(ref f, ref c, 4, out at)) return false;
                    uint chflags = f.U32LE(at);
                    if (!Take(ref f, ref c, 2, out at)) return false;
                    int freq = f.U16LE(at);
                    if (!Take(ref f, ref c, 1, out _) || !Take(ref f, ref c, 1, out _)) return false;
                    ChannelPrint(o, freq, chflags, present);
                    break;
                }
            case BitMcs:
                {
                    // | known | flags | MCS index |
                    if (!Take(ref f, ref c, 1, out at)) return false;
                    int known = f.U8(at);
                    if (!Take(ref f, ref c, 1, out at)) return false;
                    int mf = f.U8(at);
                    if (!Take(ref f, ref c, 1, out at)) return false;
                    int index = f.U8(at);
                    if ((known & 0x02) != 0)
                    {
                        int rate = 0;
                        if (index < HtRates.Length / 4 && (known & (0x01 | 0x04)) != 0)
                            rate = HtRates[index * 4 + ((mf & 3) == 1 ? 2 : 0) + ((mf & 0x04) != 0 ? 1 : 0)];
                        if (rate != 0) { Tenths(o, rate); o.Write(" Mb/s "u8); }
                        o.Write("MCS "u8); o.Dec((uint)index); o.Char(' ');
                    }
                    if ((known & 0x01) != 0) { o.Write(HtBandwidths[mf & 3]); o.Char(' '); }
                    if ((known & 0x04) != 0) o.Write((mf & 0x04) != 0 ? "short GI "u8 : "long GI "u8);
                    if ((known & 0x08) != 0) o.Write((mf & 0x08) != 0 ? "greenfield "u8 : "mixed "u8);
                    if ((known & 0x10) != 0) o.Write((mf & 0x10) != 0 ? "LDPC FEC "u8 : "BCC FEC "u8);
                    if ((known & 0x20) != 0) { o.Write("RX-STBC"u8); o.Dec((uint)((mf & 0x60) >> 5)); o.Char(' '); }
                    break;
                }
            case BitAmpduStatus:
                // reference number (4), flags (2), delimiter CRC, reserved: read, not printed
                if (!Take(ref f, ref c, 4, out _) || !Take(ref f, ref c, 2, out _) || !Take(ref f, ref c, 1, out _)
                    || !Take(ref f, ref c, 1, out _)) return false;
                break;
            case BitVht:
                {
                    // | known (2) | flags | bandwidth | mcs_nss (4) | coding | group id | partial AID (2) |
                    if (!Take(ref f, ref c, 2, out at)) return false;
                    int known = f.U16LE(at);
                    if (!Take(ref f, ref c, 1, out at)) return false;
                    int vf = f.U8(at);
                    if (!Take(ref f, ref c, 1, out at)) return false;
                    int bw = f.U8(at);
                    if (!Take(ref f, ref c, 1, out int mcsNss)) return false;
                    for (int i = 1; i < 4; i++) if (!Take(ref f, ref c, 1, out _)) return false;
                    if (!Take(ref f, ref c, 1, out at)) return false;
                    int coding = f.U8(at);
                    if (!Take(ref f, ref c, 1, out _) || !Take(ref f, ref c, 2, out _)) return false;
                    for (int i = 0; i < 4; i++)
                    {
                        int v = f.U8(mcsNss + i);
                        if ((v & 0x0f) == 0) continue;
                        o.Write("User "u8); o.Dec((uint)i); o.Write(" MCS "u8); o.Dec((uint)(v >> 4)); o.Char(' ');
                        o.Write((coding & (1 << i)) != 0 ? "LDPC FEC "u8 : "BCC FEC "u8);
                    }
                    if ((known & 0x40) != 0) { o.Write(VhtBandwidths[bw & 0x1f]); o.Char(' '); }
                    if ((known & 0x04) != 0) o.Write((vf & 0x04) != 0 ? "short GI "u8 : "long GI "u8);
                    break;
                }
            default:
                // a field of unknown size: nothing after it can be found
                o.Write("[bit "u8); o.Dec((uint)bit); o.Write("] "u8);
                return false;
        }
        return true;
    }

    /// <summary>A value in tenths as "%.1f".</summary>
    private static void Tenths(TextOut o, int tenths)
    {
        o.Dec((uint)(tenths / 10)); o.Char('.'); o.Dec((uint)(tenths % 10));
    }

    /// <summary>print_chaninfo: frequency, then the PHY (11n when MCS is present) and HT flags.</summary>
    private static void ChannelPrint(TextOut o, int freq, uint flags, uint present)
    {
        o.Dec((uint)freq); o.Write(" MHz"u8);
        if ((present & (1u << BitMcs)) != 0) o.Write(" 11n"u8);
        else
        {
            if ((flags & (Chan2Ghz | ChanGfsk)) == (Chan2Ghz | ChanGfsk)) o.Write(" FHSS"u8);
            if ((flags & (Chan5Ghz | ChanOfdm)) == (Chan5Ghz | ChanOfdm))
                o.Write((flags & ChanHalf) != 0 ? " 11a/10Mhz"u8 : (flags & ChanQuarter) != 0 ? " 11a/5Mhz"u8 : " 11a"u8);
            bool pureG = (flags & (Chan2Ghz | ChanOfdm)) == (Chan2Ghz | ChanOfdm);
            bool g = (flags & (Chan2Ghz | ChanDyn)) == (Chan2Ghz | ChanDyn);
            if (pureG || g)
                o.Write((flags & ChanHalf) != 0 ? " 11g/10Mhz"u8 : (flags & ChanQuarter) != 0 ? " 11g/5Mhz"u8 : " 11g"u8);
            else if ((flags & (Chan2Ghz | ChanCck)) == (Chan2Ghz | ChanCck)) o.Write(" 11b"u8);
            if ((flags & ChanTurbo) != 0) o.Write(" Turbo"u8);
        }
        if ((flags & ChanHt20) != 0) o.Write(" ht/20"u8);
        else if ((flags & ChanHt40D) != 0) o.Write(" ht/40-"u8);
        else if ((flags & ChanHt40U) != 0) o.Write(" ht/40+"u8);
        o.Char(' ');
    }

    /// <summary>HT rates in tenths of Mbit/s: [MCS index][20, 40 MHz][long, short GI], flattened.</summary>
    private static readonly int[] HtRates =
    [
        65, 72, 135, 150, 130, 144, 270, 300, 195, 217, 405, 450, 260, 289, 540, 600, 390, 433, 810, 900, 520, 578,
        1080, 1200, 585, 650, 1215, 1350, 650, 722, 1350, 1500, 130, 144, 270, 300, 260, 289, 540, 600, 390, 433,
        810, 900, 520, 578, 1080, 1200, 780, 867, 1620, 1800, 1040, 1156, 2160, 2400, 1170, 1300, 2430, 2700, 1300,
        1444, 2700, 3000, 195, 217, 405, 450, 390, 433, 810, 900, 585, 650, 1215, 1350, 780, 867, 1620, 1800, 1170,
        1300, 2430, 2700, 1560, 1733, 3240, 3600, 1755, 1950, 3645, 4050, 1950, 2167, 4050, 4500, 260, 289, 540, 600,
        520, 578, 1080, 1200, 780, 867, 1620, 1800, 1040, 1156, 2160, 2400, 1560, 1733, 3240, 3600, 2080, 2311, 4320,
        4800, 2340, 2600, 4860, 5400, 2600, 2889, 5400, 6000, 0, 0, 60, 67, 390, 433, 810, 900, 520, 578, 1080, 1200,
        650, 722, 1350, 1500, 585, 650, 1215, 1350, 780, 867, 1620, 1800, 975, 1083, 2025, 2250, 520, 578, 1080,
        1200, 650, 722, 1350, 1500, 650, 722, 1350, 1500, 780, 867, 1620, 1800, 910, 1011, 1890, 2100, 910, 1011,
        1890, 2100, 1040, 1156, 2160, 2400, 780, 867, 1620, 1800, 975, 1083, 2025, 2250, 975, 1083, 2025, 2250, 1170,
        1300, 2430, 2700, 1365, 1517, 2835, 3150, 1365, 1517, 2835, 3150, 1560, 1733, 3240, 3600, 650, 722, 1350,
        1500, 780, 867, 1620, 1800, 910, 1011, 1890, 2100, 780, 867, 1620, 1800, 910, 1011, 1890, 2100, 1040, 1156,
        2160, 2400, 1170, 1300, 2430, 2700, 1040, 1156, 2160, 2400, 1170, 1300, 2430, 2700, 1300, 1444, 2700, 3000,
        1300, 1444, 2700, 3000, 1430, 1589, 2970, 3300, 975, 1083, 2025, 2250, 1170, 1300, 2430, 2700, 1365, 1517,
        2835, 3150, 1170, 1300, 2430, 2700, 1365, 1517, 2835, 3150, 1560, 1733, 3240, 3600, 1755, 1950, 3645, 4050,
        1560, 1733, 3240, 3600, 1755, 1950, 3645, 4050, 1950, 2167, 4050, 4500, 1950, 2167, 4050, 4500, 2145, 2383,
        4455, 4950
    ];
}
