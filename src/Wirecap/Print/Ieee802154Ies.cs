namespace Wirecap.Print;

/// <summary>
/// The contents of 802.15.4 information elements, which tcpdump decodes only at -vvvv: header IEs,
/// the MLME sub-IEs nested in an MLME payload IE, and 802.15.9 multiplexed IEs. All fields are little-endian.
/// </summary>
public static partial class Ieee802154
{
    private static readonly Tok MlmeShortNames = new(
        (0x1a, "TSCH Synchronization IE"), (0x1b, "TSCH Slotframe and Link IE"), (0x1c, "TSCH Timeslot IE"),
        (0x1d, "Hopping timing IE"), (0x1e, "Enhanced Beacon Filter IE"), (0x1f, "MAC Metrics IE"), (0x20, "All MAC Metrics IE"),
        (0x21, "Coexistence Specification IE"), (0x22, "SUN Device Capabilities IE"), (0x23, "SUN FSK Generic PHY IE"),
        (0x24, "Mode Switch Parameter IE"), (0x25, "PHY Parameter Change IE"), (0x26, "O-QPSK PHY Mode IE"),
        (0x27, "PCA Allocation IE"), (0x28, "LECIM DSSS Operating Mode IE"), (0x29, "LECIM FSK Operating Mode IE"),
        (0x2b, "TVWS PHY Operating Mode Description IE"), (0x2c, "TVWS Device Capabilities IE"), (0x2d, "TVWS Device Category IE"),
        (0x2e, "TVWS Device Identiication IE"), (0x2f, "TVWS Device Location IE"), (0x30, "TVWS Channel Information Query IE"),
        (0x31, "TVWS Channel Information Source IE"), (0x32, "CTM IE"), (0x33, "Timestamp IE"), (0x34, "Timestamp Difference IE"),
        (0x35, "TMCTP Specification IE"), (0x36, "RCC PHY Operating Mode IE"));

    private static readonly Tok MlmeLongNames = new((0x08, "Vendor Specific MLME Nested IE"), (0x09, "Channel Hopping IE"));

    private static void HexBytes(ref Frame f, int p, int from, int to)
    {
        for (int i = from; i < to && !f.Truncated; i++) { f.Out.Hex2(f.U8(p + i)); f.Out.Char(' '); }
    }

    /// <summary>"OUI = 0xXXXXXX, Data = xx ... " of a vendor-specific element.</summary>
    private static void VendorPrint(ref Frame f, int p, int len)
    {
        var o = f.Out;
        if (len < 3) { o.Write("[ERROR: Vendor OUI missing]"u8); return; }
        o.Write("OUI = 0x"u8); o.Hex2(f.U8(p)); o.Hex2(f.U8(p + 1)); o.Hex2(f.U8(p + 2)); o.Write(", Data = "u8);
        HexBytes(ref f, p, 3, len);
    }

    /// <summary>ieee802_15_4_print_header_ie: one header IE's fields.</summary>
    private static void HeaderIePrint(ref Frame f, int p, int len, int id)
    {
        var o = f.Out;
        switch (id)
        {
            case 0x00:
                VendorPrint(ref f, p, len);
                break;
            case 0x1a: // LE CSL
                if (len < 4) { o.Write("[ERROR: Truncated CSL IE]"u8); break; }
                o.Write("CSL Phase = "u8); o.Dec(f.U16LE(p)); o.Write(", CSL Period = "u8); o.Dec(f.U16LE(p + 2));
                if (len >= 6) { o.Write(", Rendezvous time = "u8); o.Dec(f.U16LE(p + 4)); }
                if (len != 4 && len != 6) o.Write(" [ERROR: CSL IE length wrong]"u8);
                break;
            case 0x1b: // LE RIT
                if (len < 4) { o.Write("[ERROR: Truncated RIT IE]"u8); break; }
                o.Write("Time to First Listen = "u8); o.Dec(f.U8(p));
                o.Write(", # of Repeat Listen = "u8); o.Dec(f.U8(p + 1));
                o.Write(", Repeat Listen Interval = "u8); o.Dec(f.U16LE(p + 2));
                break;
            case 0x1c:
            case 0x21:
                DsmePanDescriptorPrint(ref f, p, len, id == 0x21);
                break;
            case 0x1d: // rendezvous time
                if (len != 4) { o.Write("[ERROR: Length != 2]"u8); break; }
                o.Write("Rendezvous time = "u8); o.Dec(f.U16LE(p)); o.Write(", Wake-up Interval = "u8); o.Dec(f.U16LE(p + 2));
                break;
            case 0x1e: // time correction: a 12-bit signed value, and a separate negative-ACK bit
            {
                if (len != 2) { o.Write("[ERROR: Length != 2]"u8); break; }
                int v = f.U16LE(p);
                if ((v & 0x8000) != 0) o.Write("Negative "u8);
                int corr = (short)((v & 0xfff) << 4) >> 4;
                o.Write("Ack time correction = "u8); o.Dec(corr); o.Write(", "u8);
                break;
            }
            default:
                o.Write("IE Data = "u8);
                HexBytes(ref f, p, 0, len);
                break;
        }
    }

    /// <summary>The DSME PAN descriptor IE (0x1c) and its extended form (0x21).</summary>
    private static void DsmePanDescriptorPrint(ref Frame f, int p, int ieLen, bool extended)
    {
        var o = f.Out;
        if (ieLen < 2) { o.Write("[ERROR: Truncated DSME PAN IE]"u8); return; }
        SuperframeSpecPrint(ref f, f.U16LE(p));
        if (ieLen < 3) { o.Write("[ERROR: Truncated before pending addresses field]"u8); return; }
        int ptr = 2;
        int len = PendingAddresses(ref f, p + ptr, ieLen - ptr);
        if (len < 0) return;
        ptr += len;

        bool hopping = false;
        if (extended)
        {
            if (ieLen < ptr + 2) { o.Write("[ERROR: Truncated before DSME Superframe Specification]"u8); return; }
            int ss = f.U16LE(p + ptr);
            ptr += 2;
            o.Write("Multi-superframe Order = "u8); o.Dec(ss & 0xff);
            o.Write((ss & 0x100) != 0 ? ", Channel hopping mode"u8 : ", Channel adaptation mode"u8);
            if ((ss & 0x400) != 0) o.Write(", CAP reduction enabled"u8);
            if ((ss & 0x800) != 0) o.Write(", Deferred beacon enabled"u8);
            if ((ss & 0x1000) != 0) { o.Write(", Hopping Sequence Present"u8); hopping = true; }
        }
        else
        {
            if (ieLen < ptr + 1) { o.Write("[ERROR: Truncated before DSME Superframe Specification]"u8); return; }
            int ss = f.U8(p + ptr);
            ptr++;
            o.Write("Multi-superframe Order = "u8); o.Dec(ss & 0x0f);
            o.Write((ss & 0x10) != 0 ? ", Channel hopping mode"u8 : ", Channel adaptation mode"u8);
            if ((ss & 0x40) != 0) o.Write(", CAP reduction enabled"u8);
            if ((ss & 0x80) != 0) o.Write(", Deferred beacon enabled"u8);
        }

        if (ieLen < ptr + 8) { o.Write(" [ERROR: Truncated before Time synchronization specification]"u8); return; }
        ulong timestamp = f.U32LE(p + ptr) | (ulong)f.U16LE(p + ptr + 4) << 32;
        o.Write("Beacon timestamp = "u8); o.Dec(timestamp); o.Write(", offset = "u8); o.Dec(f.U16LE(p + ptr + 6));
        ptr += 8;

        if (ieLen < ptr + 4) { o.Write(" [ERROR: Truncated before Beacon Bitmap]"u8); return; }
        int bitmapLen = f.U16LE(p + ptr + 2);
        o.Write("SD Index = "u8); o.Dec(f.U16LE(p + ptr)); o.Write(", Bitmap len = "u8); o.Dec(bitmapLen); o.Write(", "u8);
        ptr += 4;
        if (ieLen < ptr + bitmapLen) { o.Write(" [ERROR: Truncated in SD bitmap]"u8); return; }
        o.Write(" SD Bitmap = "u8);
        HexBytes(ref f, p + ptr, 0, bitmapLen);
        ptr += bitmapLen;

        if (ieLen < ptr + 5) { o.Write(" [ERROR: Truncated before Channel hopping specification]"u8); return; }
        bitmapLen = f.U16LE(p + ptr + 4);
        o.Write("Hopping Seq ID = "u8); o.Dec(f.U8(p + ptr));
        o.Write(", PAN Coordinator BSN = "u8); o.Dec(f.U8(p + ptr + 1));
        o.Write(", Channel offset = "u8); o.Dec(f.U16LE(p + ptr + 2));
        o.Write(", Bitmap length = "u8); o.Dec(bitmapLen); o.Write(", "u8);
        ptr += 5;   // tcpdump steps over 5 of the 6 bytes it has read
        if (ieLen < ptr + bitmapLen) { o.Write(" [ERROR: Truncated in Channel offset bitmap]"u8); return; }
        o.Write(" Channel offset bitmap = "u8);
        HexBytes(ref f, p + ptr, 0, bitmapLen);
        ptr += bitmapLen;

        if (hopping)
        {
            if (ieLen < ptr + 1) { o.Write(" [ERROR: Truncated in Hopping Sequence length]"u8); return; }
            int seqLen = f.U8(p + ptr);
            ptr++;
            o.Write("Hopping Seq length = "u8); o.Dec(seqLen); o.Write(" [ "u8);
            if (ieLen < ptr + seqLen * 2) { o.Write(" [ERROR: Truncated in Channel offset bitmap]"u8); return; }
            for (int i = 0; i < seqLen && !f.Truncated; i++) { o.Hex(f.U16LE(p + ptr + i * 2), 2); o.Char(' '); }
            o.Char(']');
        }
    }

    /// <summary>ieee802_15_4_print_mlme_ie_list: the sub-IEs of an MLME payload IE.</summary>
    private static void MlmeIeListPrint(ref Frame f, int p, int ieLen)
    {
        var o = f.Out;
        do
        {
            if (ieLen < 2) { o.Write("[ERROR: Truncated MLME IE]"u8); return; }
            int ie = f.U16LE(p);
            bool longType = Bit(ie, 15);
            int subLen = longType ? ie & 0x3ff : ie & 0xff;
            int subId = longType ? (ie >> 11) & 0x0f : (ie >> 8) & 0x7f;
            p += 2;
            o.Write("\n\t\t"u8);
            if (longType) MlmeLongNames.Print(o, (uint)subId, "Reserved 0x%02x");
            else if (subId < 0x10) Tok.Format(o, "Reserved for long format 0x%x", (uint)subId);
            else MlmeShortNames.Print(o, (uint)subId, "Reserved 0x%02x");
            o.Write(" [ length = "u8); o.Dec(subLen); o.Write(", "u8);
            if (ieLen < 2 + subLen) { o.Write("[ERROR: Truncated IE data]"u8); return; }
            if (subLen != 0) MlmeIePrint(ref f, p, subLen, subId);
            o.Write("] "u8);
            p += subLen;
            ieLen -= 2 + subLen;
        } while (ieLen > 0 && !f.Truncated);
    }

    /// <summary>ieee802_15_4_print_mlme_ie: one MLME sub-IE (short and long IDs do not overlap).</summary>
    private static void MlmeIePrint(ref Frame f, int p, int len, int id)
    {
        var o = f.Out;
        switch (id)
        {
            case 0x08:
                VendorPrint(ref f, p, len);
                break;
            case 0x09:
                ChannelHoppingPrint(ref f, p, len);
                break;
            case 0x1a: // TSCH synchronization: a 40-bit ASN and the join metric
            {
                if (len < 6) o.Write("[ERROR: Length != 6]"u8);
                // both fields are read before anything is printed: a short IE prints neither
                ulong asn = f.U32LE(p) | (ulong)f.U8(p + 4) << 32;
                int metric = f.U8(p + 5);
                if (f.Truncated) break;
                o.Write("ASN = "u8); o.Hex(asn, 10); o.Write(", Join Metric = "u8); o.Dec(metric); o.Char(' ');
                break;
            }
            case 0x1b:
                SlotframesPrint(ref f, p, len);
                break;
            case 0x1c: // TSCH timeslot: the ID alone, or the whole timing template
                if (len == 1) { o.Write("Time slot ID = "u8); o.Dec(f.U8(p)); o.Char(' '); }
                else if (len == 25 || len == 27)
                {
                    o.Write("Time slot ID = "u8); o.Dec(f.U8(p));
                    o.Write(", CCA Offset = "u8); o.Dec(f.U16LE(p + 1));
                    o.Write(", CCA = "u8); o.Dec(f.U16LE(p + 3));
                    o.Write(", TX Offset = "u8); o.Dec(f.U16LE(p + 5));
                    o.Write(", RX Offset = "u8); o.Dec(f.U16LE(p + 7));
                    o.Write(", RX Ack Delay = "u8); o.Dec(f.U16LE(p + 9));
                    o.Write(", TX Ack Delay = "u8); o.Dec(f.U16LE(p + 11));
                    o.Write(", RX Wait = "u8); o.Dec(f.U16LE(p + 13));
                    o.Write(", Ack Wait = "u8); o.Dec(f.U16LE(p + 15));
                    o.Write(", RX TX = "u8); o.Dec(f.U16LE(p + 17));
                    o.Write(", Max Ack = "u8); o.Dec(f.U16LE(p + 19));
                    // the 27-byte form has 3-byte maximum TX and slot length
                    if (len == 25)
                    {
                        o.Write(", Max TX = "u8); o.Dec(f.U16LE(p + 21));
                        o.Write(", Time slot Length = "u8); o.Dec(f.U16LE(p + 23));
                    }
                    else
                    {
                        o.Write(", Max TX = "u8); o.Dec(U24LE(ref f, p + 21));
                        o.Write(", Time slot Length = "u8); o.Dec(U24LE(ref f, p + 24));
                    }
                    o.Char(' ');
                }
                else
                {
                    o.Write("[ERROR: Length not 1, 25, or 27]"u8);
                    o.Write("\n\t\t\tIE Data = "u8);
                    HexBytes(ref f, p, 0, len);
                }
                break;
            default:
                o.Write("IE Data = "u8);
                HexBytes(ref f, p, 0, len);
                break;
        }
    }

    private static uint U24LE(ref Frame f, int p) => f.U16LE(p) | (uint)f.U8(p + 2) << 16;

    /// <summary>The channel hopping MLME IE (long ID 0x09).</summary>
    private static void ChannelHoppingPrint(ref Frame f, int p, int len)
    {
        var o = f.Out;
        if (len < 1) { o.Write("[ERROR: Hopping sequence ID missing]"u8); return; }
        o.Write("Hopping Sequence ID = "u8); o.Dec(f.U8(p));
        p++; len--;
        if (len == 0) return;
        if (len < 7) { o.Write("[ERROR: IE truncated]"u8); return; }
        int page = f.U8(p);
        int channels = f.U16LE(p + 1);
        o.Write("Channel Page = "u8); o.Dec(page); o.Write(", Number of Channels = "u8); o.Dec(channels); o.Write(", "u8);
        o.Write("Phy Configuration = 0x"u8); o.Hex(f.U32LE(p + 3), 8); o.Write(", "u8);
        p += 7; len -= 7;
        if (page == 9 || page == 10)
        {
            int bitmapLen = (channels + 7) / 8;
            if (len < bitmapLen) { o.Write("[ERROR: IE truncated]"u8); return; }
            o.Write("Extended bitmap = 0x"u8);
            for (int i = 0; i < bitmapLen && !f.Truncated; i++) o.Hex2(f.U8(p + i));
            o.Write(", "u8);
            p += bitmapLen; len -= bitmapLen;
        }
        if (len < 2) { o.Write("[ERROR: IE truncated]"u8); return; }
        int seqLen = f.U16LE(p);
        p += 2; len -= 2;
        o.Write("Hopping Seq length = "u8); o.Dec(seqLen); o.Write(" [ "u8);
        if (len < seqLen * 2) { o.Write(" [ERROR: IE truncated]"u8); return; }
        for (int i = 0; i < seqLen && !f.Truncated; i++) { o.Hex(f.U16LE(p + i * 2), 2); o.Char(' '); }
        o.Char(']');
        p += seqLen * 2; len -= seqLen * 2;
        if (len < 2) { o.Write("[ERROR: IE truncated]"u8); return; }
        o.Write("Current hop = "u8); o.Dec(f.U16LE(p));
    }

    /// <summary>The TSCH slotframe and link MLME IE (short ID 0x1b): slotframes, each with its links.</summary>
    private static void SlotframesPrint(ref Frame f, int p, int len)
    {
        var o = f.Out;
        if (len < 1) { o.Write("[ERROR: Truncated IE]"u8); return; }
        int count = f.U8(p);
        o.Write("Slotframes = "u8); o.Dec(count); o.Char(' ');
        int off = 1;
        for (int i = 0; i < count && !f.Truncated; i++)
        {
            if (len < off + 4) { o.Write("[ERROR: Truncated IE before slotframes]"u8); break; }
            int links = f.U8(p + off + 3);
            o.Write("\n\t\t\t[ Handle "u8); o.Dec(f.U8(p + off)); o.Write(", size = "u8); o.Dec(f.U16LE(p + off + 1));
            o.Write(", links = "u8); o.Dec(links); o.Char(' ');
            off += 4;
            for (int j = 0; j < links && !f.Truncated; j++)
            {
                if (len < off + 5) { o.Write("[ERROR: Truncated IE links]"u8); break; }
                int opts = f.U8(p + off + 4);
                o.Write("\n\t\t\t\t[ Timeslot =  "u8); o.Dec(f.U16LE(p + off)); o.Write(", Offset = "u8); o.Dec(f.U16LE(p + off + 2));
                o.Write(", Options = "u8);
                if ((opts & 0x1) != 0) o.Write("TX "u8);
                if ((opts & 0x2) != 0) o.Write("RX "u8);
                if ((opts & 0x4) != 0) o.Write("Shared "u8);
                if ((opts & 0x8) != 0) o.Write("Timekeeping "u8);
                if ((opts & 0x10) != 0) o.Write("Priority "u8);
                off += 5;
                o.Write("] "u8);
            }
            o.Write("] "u8);
        }
    }

    /// <summary>ieee802_15_4_print_mpx_ie: an 802.15.9 multiplexed IE (transaction control, then data).</summary>
    private static void MpxIePrint(ref Frame f, int p, int len)
    {
        var o = f.Out;
        if (len < 1) { o.Write("[ERROR: Transaction control byte missing]"u8); return; }
        int control = f.U8(p);
        int transfer = control & 7, tid = control >> 3;
        int dataStart = 0;
        switch (transfer)
        {
            case 0: // full upper-layer frame
                o.Write("Type = Full upper layer fragment, "u8);
                if (len < 3) { o.Write("[ERROR: Multiplex ID missing]"u8); return; }
                dataStart = 3;
                o.Write("tid = 0x"u8); o.Hex2((byte)tid); o.Write(", Multiplex ID = 0x"u8); o.Hex(f.U16LE(p + 1), 4); o.Write(", "u8);
                break;
            case 1: // full frame with a small multiplex ID (in the tid bits)
                o.Write("Type = Full upper layer fragment with small Multiplex ID, "u8);
                dataStart = 1;
                o.Write("Multiplex ID = 0x"u8); o.Hex((uint)tid, 4); o.Write(", "u8);
                break;
            case 2:
            case 4:
            {
                if (len < 2) { o.Write("[ERROR: fragment number missing]"u8); return; }
                int fragment = f.U8(p + 1);
                o.Write("Type = "u8);
                o.Write(transfer == 4 ? "Last fragment"u8 : fragment == 0 ? "First fragment"u8 : "Middle fragment"u8);
                o.Write(", tid = 0x"u8); o.Hex2((byte)tid); o.Write(", fragment = 0x"u8); o.Hex2((byte)fragment); o.Write(", "u8);
                dataStart = 2;
                if (fragment == 0)
                {
                    if (len < 6) { o.Write("[ERROR: Total upper layer size or multiplex ID missing]"u8); return; }
                    o.Write("Total upper layer size = 0x"u8); o.Hex(f.U16LE(p + 2), 4);
                    o.Write(", Multiplex ID = 0x"u8); o.Hex(f.U16LE(p + 4), 4); o.Write(", "u8);
                    dataStart = 6;
                }
                break;
            }
            case 6: // abort, with an optional maximum size
                o.Write("Type = Abort, tid = 0x"u8); o.Hex2((byte)tid);
                if (len == 1) o.Write(", no max size given"u8);
                else if (len == 3) { o.Write(", max size = 0x"u8); o.Hex(f.U16LE(p + 1), 4); }
                else
                {
                    o.Write(", invalid length = "u8); o.Dec(len); o.Write(" (not 1 or 3)"u8);
                    o.Write("Abort data = "u8);
                    HexBytes(ref f, p, 1, len);
                }
                return;
            default: // 3, 5, 7: reserved
                o.Write("Type = "u8); o.Dec(transfer); o.Write(" (Reserved), tid = 0x"u8); o.Hex2((byte)tid); o.Write(", "u8);
                dataStart = 1;
                break;
        }
        o.Write("Upper layer data = "u8);
        HexBytes(ref f, p, dataStart, len);
    }
}
