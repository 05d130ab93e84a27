namespace Wirecap.Print;

/// <summary>
/// IEEE 802.15.4 MAC frames (print-802_15_4.c; link types 195 with the FCS, 230 without, 283 behind a TAP
/// pseudo-header). The frame control field (little-endian, like every multi-byte field) tells which fields follow:
/// <code>
/// | frame control(16) | seq(8, unless suppressed) | dst PAN(16) | dst addr(0/16/64) |
/// | src PAN(16) | src addr(0/16/64) | aux security header | header IEs | payload IEs | payload | MIC | FCS(16/32) |
/// frame control: type(3) security(1) pending(1) AR(1) PAN ID compression(1) rsvd(1)
///                seq suppression(1) IE present(1) dst mode(2) version(2) src mode(2)
/// </code>
/// Which PAN IDs are present depends on the version, the compression bit and the address modes.
/// The FCS is found by checking a 4-byte and then a 2-byte CRC against the frame's tail.
/// Ieee802154Ies.cs holds the IE contents printed at -vvvv.
/// </summary>
public static partial class Ieee802154
{
    private static readonly string[] FrameTypes = ["Beacon", "Data", "ACK", "Command", "Reserved", "Multipurpose", "Fragment", "Extended"];
    private const int TypeBeacon = 0, TypeData = 1, TypeAck = 2, TypeCommand = 3, TypeMultipurpose = 5;

    private static readonly Tok HeaderIeNames = new(
        (0x00, "Vendor Specific Header IE"), (0x1a, "LE CSL IE"), (0x1b, "LE RIT IE"), (0x1c, "DSME PAN descriptor IE"),
        (0x1d, "Rendezvous Time IE"), (0x1e, "Time Correction IE"), (0x21, "Extended DSME PAN descriptor IE"),
        (0x22, "Fragment Sequence Context Description IE"), (0x23, "Simplified Superframe Specification IE"),
        (0x24, "Simplified GTS Specification IE"), (0x25, "LECIM Capabilities IE"), (0x26, "TRLE Descriptor IE"),
        (0x27, "RCC Capabilities IE"), (0x28, "RCCN Descriptor IE"), (0x29, "Global Time IE"), (0x2a, "Omnibus Header IE"),
        (0x2b, "DA IE"), (0x7e, "Header Termination 1 IE"), (0x7f, "Header Termination 2 IE"));
    private const int HeaderTermination1 = 0x7e, HeaderTermination2 = 0x7f;

    private static readonly Tok PayloadIeNames = new(
        (0x0, "ESDU IE"), (0x1, "MLME IE"), (0x2, "Vendor Specific Nested IE"), (0x3, "Multiplexed IE (802.15.9)"),
        (0x4, "Omnibus Payload Group IE"), (0x5, "IETF IE"), (0xf, "List termination"));
    private const int PayloadMlme = 0x1, PayloadVendor = 0x2, PayloadMpx = 0x3, PayloadIetf = 0x5, PayloadTermination = 0xf;

    private static readonly Tok CommandNames = new(
        (0x01, "Association Request command"), (0x02, "Association Response command"), (0x03, "Disassociation Notification command"),
        (0x04, "Data Request command"), (0x05, "PAN ID Conflict Notification command"), (0x06, "Orphan Notification command"),
        (0x07, "Beacon Request command"), (0x08, "Coordinator realignment command"), (0x09, "GTS request command"),
        (0x0a, "TRLE Management Request command"), (0x0b, "TRLE Management Response command"),
        (0x13, "DSME Association Request command"), (0x14, "DSME Association Response command"), (0x15, "DSME GTS Request command"),
        (0x16, "DSME GTS Response command"), (0x17, "DSME GTS Notify command"), (0x18, "DSME Information Request command"),
        (0x19, "DSME Information Response command"), (0x1a, "DSME Beacon Allocation Notification command"),
        (0x1b, "DSME Beacon Collision Notification command"), (0x1c, "DSME Link Report command"),
        (0x20, "RIT Data Request command"), (0x21, "DBS Request command"), (0x22, "DBS Response command"),
        (0x23, "RIT Data Response command"), (0x24, "Vendor Specific command"));

    /// <summary>ieee802_15_4_if_print.</summary>
    public static void IfPrint(ref Frame f)
    {
        f.Proto = "802.15.4";
        f.LinkHeaderLength += Print(ref f, 0, f.Data.Length);
    }

    /// <summary>
    /// ieee802_15_4_tap_if_print: DLT_IEEE802_15_4_TAP, the frame behind a pseudo-header of TLVs
    /// (version(8) reserved(8) length(16, little-endian, the whole pseudo-header) TLVs...), which is skipped.
    /// </summary>
    public static void TapIfPrint(ref Frame f)
    {
        f.Proto = "802.15.4_tap";
        int caplen = f.Data.Length;
        if (caplen < 4) { f.PrintTrunc(); f.LinkHeaderLength += caplen; return; }
        int version = f.U8(0);
        int length = f.U16LE(2);
        if (version != 0 || length < 4) { f.Out.Write(" (invalid)"u8); return; }
        if (caplen < length) { f.PrintTrunc(); f.LinkHeaderLength += caplen; return; }
        f.LinkHeaderLength += Print(ref f, length, caplen - length) + length;
    }

    /// <summary>ieee802_15_4_print: 0 on an error, else what tcpdump counts as the header length (1).</summary>
    public static int Print(ref Frame f, int p, int caplen)
    {
        f.Proto = "802.15.4";
        if (caplen < 2) { f.PrintTrunc(); return caplen; }
        int fc = f.U16LE(p);
        int type = fc & 7;
        f.Out.Write("IEEE 802.15.4 "u8); f.Out.Write(FrameTypes[type]); f.Out.Write(" packet "u8);
        return type switch
        {
            TypeBeacon or TypeData or TypeAck or TypeCommand => StdFrame(ref f, p, caplen, fc),
            TypeMultipurpose => MultipurposeFrame(ref f, p, caplen, fc),
            _ => 0,   // reserved, fragment and extended frames: tcpdump has no printer for them
        };
    }

    private static bool Bit(int v, int bit) => ((v >> bit) & 1) != 0;

    /// <summary>ieee802_15_4_std_frames: beacon, data, ACK and command frames.</summary>
    private static int StdFrame(ref Frame f, int p, int caplen, int fc)
    {
        var o = f.Out;
        int verbose = f.Opt.Verbose;

        // The FCS length depends on the PHY: try a 4-byte CRC, then a 2-byte one; strip whichever matches.
        uint fcs = 0, crc = 0;
        if (caplen >= 4)
        {
            fcs = f.U32LE(p + caplen - 4);
            crc = Crc32(ref f, p, caplen - 4);
            if (crc == fcs) caplen -= 4;
            else
            {
                fcs = f.U16LE(p + caplen - 2);
                crc = Crc16(ref f, p, caplen - 2);
                if (crc == fcs) caplen -= 2;
            }
        }

        int version = (fc >> 12) & 3;
        int type = fc & 7;
        o.Write("v"u8); o.Dec(version); o.Char(' ');
        if (verbose > 2)
        {
            if (Bit(fc, 3)) o.Write("Security Enabled, "u8);
            if (Bit(fc, 4)) o.Write("Frame Pending, "u8);
            if (Bit(fc, 5)) o.Write("AR, "u8);
            if (Bit(fc, 6)) o.Write("PAN ID Compression, "u8);
            if (Bit(fc, 8)) o.Write("Sequence Number Suppression, "u8);
            if (Bit(fc, 9)) o.Write("IE present, "u8);
        }

        if (Bit(fc, 8))
        {
            if (version < 2) o.Write("[ERROR: Sequence number suppressed on frames where version < 2]"u8);
            if (verbose > 0) o.Write("seq suppressed "u8);
            if (caplen < 2) { f.PrintTrunc(); return 0; }
            p += 2; caplen -= 2;
        }
        else
        {
            int seq = f.U8(p + 2);
            if (verbose > 0) { o.Write("seq "u8); o.Hex2((byte)seq); o.Char(' '); }
            if (caplen < 3) { f.PrintTrunc(); return 0; }
            p += 3; caplen -= 3;
        }

        int dstLen = AddrLength((fc >> 10) & 3), srcLen = AddrLength((fc >> 14) & 3);
        if (srcLen < 0) { o.Write("[ERROR: Invalid src address mode]"u8); return 0; }
        if (dstLen < 0) { o.Write("[ERROR: Invalid dst address mode]"u8); return 0; }
        PanPresence(ref f, version, Bit(fc, 6), dstLen, srcLen, out bool dstPan, out bool srcPan);

        if (dstPan)
        {
            if (caplen < 2) { o.Write("[ERROR: Truncated before dst_pan]"u8); return 0; }
            o.Hex(f.U16LE(p), 4); o.Char(':');
            p += 2; caplen -= 2;
        }
        else o.Write("-:"u8);
        if (caplen < dstLen) { o.Write("[ERROR: Truncated before dst_addr]"u8); return 0; }
        AddrPrint(ref f, p, dstLen);
        p += dstLen; caplen -= dstLen;
        o.Write(" < "u8);

        // tcpdump names the destination fields in both source-side errors
        if (srcPan)
        {
            if (caplen < 2) { o.Write("[ERROR: Truncated before dst_pan]"u8); return 0; }
            o.Hex(f.U16LE(p), 4); o.Char(':');
            p += 2; caplen -= 2;
        }
        else o.Write("-:"u8);
        if (caplen < srcLen) { o.Write("[ERROR: Truncated before dst_addr]"u8); return 0; }
        AddrPrint(ref f, p, srcLen);
        o.Char(' ');
        p += srcLen; caplen -= srcLen;

        if (!SecurityAndIes(ref f, ref p, ref caplen, Bit(fc, 3), Bit(fc, 9), fcs, crc)) return 0;

        switch (type)
        {
            case TypeBeacon:
                if (version < 2 && !BeaconFields(ref f, ref p, ref caplen)) break;
                Ethernet.DefaultPrint(ref f, p, caplen);
                break;
            case TypeData:
            case TypeAck:
                Ethernet.DefaultPrint(ref f, p, caplen);
                break;
            case TypeCommand:
                if (caplen < 1) o.Write("[ERROR: Truncated before Command ID]"u8);
                else
                {
                    int id = f.U8(p);
                    if (id >= 0x30) { o.Write("Command ID = Reserved 0x"u8); o.Hex2((byte)id); o.Char(' '); }
                    else { o.Write("Command ID = "u8); CommandNames.Print(o, (uint)id, "Reserved 0x%02x"); o.Char(' '); }
                    p++; caplen--;
                    if (caplen != 0)
                    {
                        int len = CommandData(ref f, id, p, caplen);
                        if (len >= 0) { p += len; caplen -= len; }
                    }
                }
                Ethernet.DefaultPrint(ref f, p, caplen);
                break;
        }
        return 1;
    }

    /// <summary>
    /// What follows the addresses in both frame formats: the auxiliary security header, the header and
    /// payload IEs, then (with -vvv) the MIC and the FCS. False when the frame ended in an error.
    /// </summary>
    private static bool SecurityAndIes(ref Frame f, ref int p, ref int caplen, bool secured, bool ies, uint fcs, uint crc)
    {
        var o = f.Out;
        int securityLevel = 0;
        if (secured)
        {
            int len = AuxSecurityHeader(ref f, p, caplen, out securityLevel);
            if (len < 0) return false;
            if (!f.Need(p, len)) return false;
            p += len; caplen -= len;
        }

        // security levels 1-3 and 5-7 end the frame with a 4-, 8- or 16-byte MIC
        int micLength = (securityLevel & 3) switch { 1 => 4, 2 => 8, 3 => 16, _ => 0 };
        int mic = 0;
        if (micLength != 0)
        {
            if (caplen < micLength) { o.Write("[ERROR: Truncated before MIC]"u8); return false; }
            caplen -= micLength;
            mic = p + caplen;
        }

        bool payloadIes = false;
        if (ies)
        {
            int len = HeaderIeList(ref f, p, caplen, out payloadIes);
            if (len < 0) return false;
            p += len; caplen -= len;
        }
        if (payloadIes)
        {
            if (securityLevel >= 4) o.Write("Payload IEs present, but encrypted, cannot print "u8);
            else
            {
                int len = PayloadIeList(ref f, p, caplen);
                if (len < 0) return false;
                p += len; caplen -= len;
            }
        }

        if (f.Opt.Verbose > 2 && micLength != 0)
        {
            o.Write("\n\tMIC "u8);
            for (int i = 0; i < micLength; i++) o.Hex2(f.U8(mic + i));
            o.Char(' ');
        }
        if (f.Opt.Verbose > 2)
        {
            if (crc == fcs) { o.Write("FCS "u8); o.Hex(fcs); o.Char(' '); }
            else { o.Write("wrong FCS "u8); o.Hex(fcs); o.Write(" vs "u8); o.Hex(crc); o.Write(" (assume no FCS stored) "u8); }
        }
        return true;
    }

    /// <summary>
    /// ieee802_15_4_mp_frame: a multipurpose frame, with a 1-byte (short) or 2-byte (long) frame control.
    /// Long: type(3) long(1) dst mode(2) src mode(2) PAN ID present(1) security(1) seq suppression(1)
    /// pending(1) version(2) AR(1) IE present(1). It has no source PAN.
    /// </summary>
    private static int MultipurposeFrame(ref Frame f, int p, int caplen, int fc)
    {
        var o = f.Out;
        int verbose = f.Opt.Verbose;
        uint fcs = 0, crc = 0;
        if (caplen >= 3)
        {
            if (caplen > 4)
            {
                fcs = f.U32LE(p + caplen - 4);
                crc = Crc32(ref f, p, caplen - 4);
            }
            if (caplen > 4 && crc == fcs) caplen -= 4;
            else
            {
                fcs = f.U16LE(p + caplen - 2);
                crc = Crc16(ref f, p, caplen - 2);
                if (crc == fcs) caplen -= 2;
            }
        }

        bool panPresent = false, ies = false, secured = false;
        if (Bit(fc, 3))
        {
            // long frame control
            o.Write("v"u8); o.Dec((fc >> 12) & 3); o.Char(' ');
            panPresent = Bit(fc, 8);
            ies = Bit(fc, 15);
            secured = Bit(fc, 9);
            if (verbose > 2)
            {
                if (secured) o.Write("Security Enabled, "u8);
                if (Bit(fc, 11)) o.Write("Frame Pending, "u8);
                if (Bit(fc, 14)) o.Write("AR, "u8);
                if (panPresent) o.Write("PAN ID Present, "u8);
                if (Bit(fc, 10)) o.Write("Sequence Number Suppression, "u8);
                if (ies) o.Write("IE present, "u8);
            }
            if (Bit(fc, 10))
            {
                if (caplen < 2) { f.PrintTrunc(); return 0; }
                p += 2; caplen -= 2;
            }
            else
            {
                int seq = f.U8(p + 2);
                if (verbose > 0) { o.Write("seq "u8); o.Hex2((byte)seq); o.Char(' '); }
                if (caplen < 3) { f.PrintTrunc(); return 0; }
                p += 3; caplen -= 3;
            }
        }
        else
        {
            // short frame control, then the sequence number
            int seq = f.U8(p + 1);
            p += 2; caplen -= 2;
            if (verbose > 0) { o.Write("seq "u8); o.Hex2((byte)seq); o.Char(' '); }
        }

        int dstLen = AddrLength((fc >> 4) & 3), srcLen = AddrLength((fc >> 6) & 3);
        if (srcLen < 0) { o.Write("[ERROR: Invalid src address mode]"u8); return 0; }
        if (dstLen < 0) { o.Write("[ERROR: Invalid dst address mode]"u8); return 0; }
        if (panPresent)
        {
            if (caplen < 2) { o.Write("[ERROR: Truncated before dst_pan]"u8); return 0; }
            o.Hex(f.U16LE(p), 4); o.Char(':');
            p += 2; caplen -= 2;
        }
        else o.Write("-:"u8);
        if (caplen < dstLen) { o.Write("[ERROR: Truncated before dst_addr]"u8); return 0; }
        AddrPrint(ref f, p, dstLen);
        p += dstLen; caplen -= dstLen;
        o.Write(" <  -:"u8);
        if (caplen < srcLen) { o.Write("[ERROR: Truncated before dst_addr]"u8); return 0; }
        AddrPrint(ref f, p, srcLen);
        o.Char(' ');
        p += srcLen; caplen -= srcLen;

        if (!SecurityAndIes(ref f, ref p, ref caplen, secured, ies, fcs, crc)) return 0;
        Ethernet.DefaultPrint(ref f, p, caplen);
        return 1;
    }

    /// <summary>ieee802_15_4_print_command_data: the bytes decoded (0 when only dumped), or -1 on a bad length.</summary>
    private static int CommandData(ref Frame f, int id, int p, int caplen)
    {
        var o = f.Out;
        switch (id)
        {
            case 0x01: // association request: the capability information
            {
                if (caplen != 1) { o.Write("Invalid Association request command length"u8); return -1; }
                int cap = f.U8(p);
                o.Write((cap & 0x02) != 0 ? "FFD, "u8 : "RFD, "u8);
                if ((cap & 0x04) != 0) o.Write("AC powered, "u8);
                if ((cap & 0x08) != 0) o.Write("Receiver on when idle, "u8);
                if ((cap & 0x10) != 0) o.Write("Fast association, "u8);
                if ((cap & 0x40) != 0) o.Write("Security supported, "u8);
                if ((cap & 0x80) != 0) o.Write("Allocate address, "u8);
                return caplen;
            }
            case 0x02: // association response: the short address given, and the status
            {
                if (caplen != 3) { o.Write("Invalid Association response command length"u8); return -1; }
                o.Write("Short address = "u8); AddrPrint(ref f, p, 2);
                int status = f.U8(p + 2);
                switch (status)
                {
                    case 0x00: o.Write(", Association successful"u8); break;
                    case 0x01: o.Write(", PAN at capacity"u8); break;
                    case 0x02: o.Write(", PAN access denied"u8); break;
                    case 0x03: o.Write(", Hooping sequence offset duplication"u8); break;
                    case 0x80: o.Write(", Fast association successful"u8); break;
                    default: o.Write(", Status = 0x"u8); o.Hex2((byte)status); break;
                }
                return caplen;
            }
            case 0x03: // disassociation notification: the reason
            {
                if (caplen != 1) { o.Write("Invalid Disassociation Notification command length"u8); return -1; }
                switch (f.U8(p))
                {
                    case 0x00: o.Write("Reserved"u8); break;
                    case 0x01: o.Write("Reason = The coordinator wishes the device to leave PAN"u8); break;
                    case 0x02: o.Write("Reason = The device wishes to leave the PAN"u8); break;
                    default:
                        int reason = f.U8(p + 2);   // tcpdump reads 2 bytes past the reason
                        if (f.Truncated) break;
                        o.Write("Reason = 0x"u8); o.Hex2((byte)reason);
                        break;
                }
                return caplen;
            }
            case 0x04: case 0x05: case 0x06: case 0x07:
                return 0;   // these commands carry no data
            case 0x08: // coordinator realignment
            {
                if (caplen < 7 || caplen > 8) { o.Write("Invalid Coordinator Realignment command length"u8); return -1; }
                o.Write("Pan ID = 0x"u8); o.Hex(f.U16LE(p), 4); o.Write(", Coordinator short address = "u8);
                AddrPrint(ref f, p + 2, 2);
                int channel = f.U8(p + 4);
                int page = caplen == 8 ? f.U8(p + 7) : 0x80;
                if (Bit(page, 7))
                {
                    // no channel page: its low bits extend the channel number
                    channel |= (page & 0x7f) << 8;
                    o.Write(", Channel Number = "u8); o.Dec(channel);
                }
                else { o.Write(", Channel Number = "u8); o.Dec(channel); o.Write(", page = "u8); o.Dec(page); }
                o.Write(", Short address = "u8); AddrPrint(ref f, p + 5, 2);
                return caplen;
            }
            case 0x09: // GTS request
            {
                if (caplen != 1) { o.Write("Invalid GTS Request command length"u8); return -1; }
                int gts = f.U8(p);
                o.Write("GTS Length = "u8); o.Dec(gts & 0xf);
                o.Write(Bit(gts, 4) ? ", Receive-only GTS"u8 : ", Transmit-only GTS"u8);
                o.Write(Bit(gts, 5) ? ", GTS allocation"u8 : ", GTS deallocations"u8);
                return caplen;
            }
            default:
                o.Write("Command Data = "u8);
                for (int i = 0; i < caplen && !f.Truncated; i++) { o.Hex2(f.U8(p + i)); o.Char(' '); }
                return 0;
        }
    }

    /// <summary>Which PAN IDs the frame carries (802.15.4-2015 table 7-2 for version 2; the simple rule before).</summary>
    private static void PanPresence(ref Frame f, int version, bool compressed, int dstLen, int srcLen, out bool dstPan, out bool srcPan)
    {
        dstPan = true;
        srcPan = !compressed;
        if (version < 2 && compressed && (dstLen <= 0 || srcLen <= 0))
            f.Out.Write("[ERROR: PAN ID Compression != 0, and only one address with frame version < 2]"u8);
        if (dstLen <= 0) dstPan = false;
        if (srcLen <= 0) srcPan = false;
        if (version < 2) return;
        if (compressed)
        {
            if (srcLen == 0 && dstLen == 0) dstPan = true;                       // a destination PAN but no address
            else if (srcLen == 0 || dstLen == 0) { dstPan = false; srcPan = false; }
            else if (srcLen == 8 && dstLen == 8) { dstPan = false; srcPan = false; }
        }
        else
        {
            if (srcLen == 8 && dstLen == 8) { dstPan = true; srcPan = false; }  // two extended addresses share one PAN
            // tcpdump 4.99.3 also applies its "broken 6TiSCH" rule (its #ifdef tests a macro defined as 0)
            if (srcLen == 8 && dstLen == 2) srcPan = false;
        }
    }

    /// <summary>ieee802_15_4_addr_len: bytes of an address of the mode, -1 for the reserved mode.</summary>
    private static int AddrLength(int mode) => mode switch { 0 => 0, 1 => -1, 2 => 2, _ => 8 };

    /// <summary>"none", a short address as 4 hex digits, or an extended one as le64addr_string writes it.</summary>
    private static void AddrPrint(ref Frame f, int p, int len)
    {
        var o = f.Out;
        switch (len)
        {
            case 0: o.Write("none"u8); break;
            case 2: o.Hex(f.U16LE(p), 4); break;
            case 8: Le64AddrPrint(ref f, p); break;
        }
    }

    /// <summary>le64addr_string: the 8 bytes from last to first, colon-separated.</summary>
    private static void Le64AddrPrint(ref Frame f, int p)
    {
        if (!f.Need(p, 8)) return;
        for (int i = 7; i >= 0; i--)
        {
            f.Out.Hex2(f.Data[p + i]);
            if (i != 0) f.Out.Char(':');
        }
    }

    /// <summary>The superframe specification, GTS list and pending addresses of a version 0/1 beacon; false on an error.</summary>
    private static bool BeaconFields(ref Frame f, ref int p, ref int caplen)
    {
        var o = f.Out;
        int verbose = f.Opt.Verbose;
        if (caplen < 2) { o.Write("[ERROR: Truncated before beacon information]"u8); return false; }
        SuperframeSpecPrint(ref f, f.U16LE(p));
        p += 2; caplen -= 2;

        if (caplen < 1) { o.Write("[ERROR: Truncated before GTS info]"u8); return false; }
        int spec = f.U8(p);
        int count = spec & 7;
        int len;
        if (count == 0)
        {
            if (verbose > 0) { o.Write("\n\tGTS Descriptor Count = "u8); o.Dec(count); o.Write(", "u8); }
            len = 1;
        }
        else
        {
            len = 2 + count * 3;
            if (caplen < len) { o.Write(" [ERROR: Truncated GTS Info List]"u8); return false; }
            if (verbose > 1)
            {
                o.Write("GTS Descriptor Count = "u8); o.Dec(count);
                o.Write(", GTS Directions Mask = "u8); o.Hex2((byte)(f.U8(p + 1) & 0x7f)); o.Write(", [ "u8);
                for (int i = 0; i < count; i++)
                {
                    int d = p + 2 + i * 3;
                    o.Write("[ "u8); AddrPrint(ref f, d, 2);
                    int slot = f.U8(d + 1);   // tcpdump takes the slot byte from d + 1, inside the short address
                    o.Write(", Start slot = "u8); o.Dec(slot & 0x0f); o.Write(", Length = "u8); o.Dec((slot >> 4) & 0x0f); o.Write(" ] "u8);
                }
                o.Char(']');
            }
        }
        p += len; caplen -= len;

        if (caplen < 1) { o.Write("[ERROR: Truncated before pending addresses]"u8); return false; }
        len = PendingAddresses(ref f, p, caplen);
        if (len < 0) return false;
        if (!f.Need(p, len)) return false;
        p += len; caplen -= len;
        return true;
    }

    /// <summary>ieee802_15_4_print_pending_addresses: the pending short and extended addresses; bytes used, or -1.</summary>
    private static int PendingAddresses(ref Frame f, int p, int dataLength)
    {
        var o = f.Out;
        int verbose = f.Opt.Verbose;
        int pas = f.U8(p);
        int shortCount = pas & 7, extCount = (pas >> 4) & 7;
        int len = 1 + shortCount * 2 + extCount * 8;
        if (verbose > 0)
        {
            o.Write("\n\tPending address list, # short addresses = "u8); o.Dec(shortCount);
            o.Write(", # extended addresses = "u8); o.Dec(extCount);
        }
        if (dataLength < len) { o.Write(" [ERROR: Pending address list truncated]"u8); return -1; }
        if (verbose > 1)
        {
            if (shortCount != 0)
            {
                o.Write(", Short address list = [ "u8);
                for (int i = 0; i < shortCount; i++) { AddrPrint(ref f, p + 1 + i * 2, 2); o.Char(' '); }
                o.Char(']');
            }
            if (extCount != 0)
            {
                o.Write(", Extended address list = [ "u8);
                for (int i = 0; i < extCount; i++) { AddrPrint(ref f, p + 1 + shortCount * 2 + i * 8, 8); o.Char(' '); }
                o.Char(']');
            }
        }
        return len;
    }

    /// <summary>ieee802_15_4_print_superframe_specification (with -v).</summary>
    private static void SuperframeSpecPrint(ref Frame f, int ss)
    {
        if (f.Opt.Verbose < 1) return;
        var o = f.Out;
        o.Write("\n\tBeacon order = "u8); o.Dec(ss & 0xf);
        o.Write(", Superframe order = "u8); o.Dec((ss >> 4) & 0xf);
        o.Write(", Final CAP Slot = "u8); o.Dec((ss >> 8) & 0xf);
        if (Bit(ss, 12)) o.Write(", BLE enabled"u8);
        if (Bit(ss, 14)) o.Write(", PAN Coordinator"u8);
        if (Bit(ss, 15)) o.Write(", Association Permit"u8);
    }

    /// <summary>ieee802_15_4_print_aux_sec_header: the bytes consumed, or -1 on an error.</summary>
    private static int AuxSecurityHeader(ref Frame f, int p, int caplen, out int level)
    {
        var o = f.Out;
        int verbose = f.Opt.Verbose;
        level = 0;
        if (caplen < 1) { o.Write("[ERROR: Truncated before Aux Security Header]"u8); return -1; }
        int sc = f.U8(p);
        int len = 1;
        level = sc & 7;
        int keyIdMode = (sc >> 3) & 3;
        caplen--; p++;
        if (verbose > 0)
        {
            o.Write("\n\tSecurity Level "u8); o.Dec(level); o.Write(", Key Id Mode "u8); o.Dec(keyIdMode); o.Write(", "u8);
        }
        if (!Bit(sc, 5))
        {
            if (caplen < 4) { o.Write("[ERROR: Truncated before Frame Counter]"u8); return -1; }
            if (verbose > 1) { o.Write("Frame Counter 0x"u8); o.Hex(f.U32LE(p), 8); o.Char(' '); }
            p += 4; caplen -= 4; len += 4;
        }
        switch (keyIdMode)
        {
            case 0:
                if (verbose > 1) o.Write("Implicit"u8);
                return len;
            case 2:
                if (caplen < 4) { o.Write("[ERROR: Truncated before Key Source]"u8); return -1; }
                if (verbose > 1)
                {
                    // tcpdump's format has "%0x4x" for the second half: plain hex, then "4x"
                    o.Write("KeySource 0x"u8); o.Hex(f.U16LE(p), 4); o.Char(':'); o.Hex(f.U16LE(p + 2)); o.Write("4x, "u8);
                }
                p += 4; caplen -= 4; len += 4;
                break;
            case 3:
                if (caplen < 8) { o.Write("[ERROR: Truncated before Key Source]"u8); return -1; }
                if (verbose > 1) { o.Write("KeySource "u8); Le64AddrPrint(ref f, p); o.Write(", "u8); }
                // tcpdump skips only 4 of the 8 bytes here
                p += 4; caplen -= 4; len += 4;
                break;
        }
        if (caplen < 1) { o.Write("[ERROR: Truncated before Key Index]"u8); return -1; }
        if (verbose > 1) { o.Write("KeyIndex 0x"u8); o.Hex2(f.U8(p)); o.Write(", "u8); }
        return len + 1;
    }

    /// <summary>ieee802_15_4_print_header_ie_list: bytes consumed, or -1 on an error.</summary>
    private static int HeaderIeList(ref Frame f, int p, int caplen, out bool payloadIes)
    {
        var o = f.Out;
        payloadIes = false;
        int len = 0;
        do
        {
            if (caplen < 2) { o.Write("[ERROR: Truncated header IE]"u8); return -1; }
            int ie = f.U16LE(p);
            if (Bit(ie, 15)) o.Write("[ERROR: Header IE with type 1] "u8);
            int ieLen = ie & 0x7f;
            int id = (ie >> 7) & 0xff;
            if (id > 127)
            {
                o.Write("Reserved Element ID "u8); o.Hex2((byte)id); o.Write(", length = "u8); o.Dec(ieLen); o.Char(' ');
            }
            else
            {
                o.Write("\n\t"u8); HeaderIeNames.Print(o, (uint)id, "Reserved 0x%02x");
                if (ieLen == 0) o.Write(" ["u8);
                else { o.Write(" [ length = "u8); o.Dec(ieLen); o.Write(", "u8); }
            }
            if (caplen < 2 + ieLen) { o.Write("[ERROR: Truncated IE data]"u8); return -1; }
            p += 2;
            if (f.Opt.Verbose > 3 && ieLen != 0) HeaderIePrint(ref f, p, ieLen, id);
            else IeDataPrint(ref f, p, 0, ieLen);
            o.Write("] "u8);
            len += 2 + ieLen;
            p += ieLen;
            caplen -= 2 + ieLen;
            if (id == HeaderTermination1) { payloadIes = true; break; }
            if (id == HeaderTermination2) break;
        } while (caplen != 0 && !f.Truncated);
        return len;
    }

    /// <summary>ieee802_15_4_print_payload_ie_list: bytes consumed, or -1 on an error.</summary>
    private static int PayloadIeList(ref Frame f, int p, int caplen)
    {
        var o = f.Out;
        int len = 0;
        do
        {
            if (caplen < 2) { o.Write("[ERROR: Truncated header IE]"u8); return -1; }
            int ie = f.U16LE(p);
            if (!Bit(ie, 15)) o.Write("[ERROR: Payload IE with type 0] "u8);
            int ieLen = ie & 0x3ff;
            int group = (ie >> 11) & 0x0f;
            p += 2;
            o.Write("\n\t"u8); PayloadIeNames.Print(o, (uint)group, "Reserved 0x%02x");
            if (ieLen == 0) o.Write(" ["u8);
            else { o.Write(" [ length = "u8); o.Dec(ieLen); o.Write(", "u8); }
            if (caplen < 2 + ieLen) { o.Write("[ERROR: Truncated IE data]"u8); return -1; }
            if (f.Opt.Verbose > 3 && ieLen != 0 && group == PayloadVendor)
            {
                if (ieLen < 3) o.Write("[ERROR: Vendor OUI missing]"u8);
                else
                {
                    o.Write("OUI = 0x"u8); o.Hex2(f.U8(p)); o.Hex2(f.U8(p + 1)); o.Hex2(f.U8(p + 2)); o.Write(", Data = "u8);
                    for (int i = 3; i < ieLen; i++) { o.Hex2(f.U8(p + i)); o.Char(' '); }
                }
            }
            else if (f.Opt.Verbose > 3 && ieLen != 0 && group == PayloadIetf)
            {
                o.Write("Subtype ID = 0x"u8); o.Hex2(f.U8(p)); o.Write(", Subtype content = "u8);
                for (int i = 1; i < ieLen; i++) { o.Hex2(f.U8(p + i)); o.Char(' '); }
            }
            else if (f.Opt.Verbose > 3 && ieLen != 0 && group == PayloadMlme) MlmeIeListPrint(ref f, p, ieLen);
            else if (f.Opt.Verbose > 3 && ieLen != 0 && group == PayloadMpx) MpxIePrint(ref f, p, ieLen);
            else IeDataPrint(ref f, p, 0, ieLen);
            o.Write("]\n\t"u8);
            len += 2 + ieLen;
            p += ieLen;
            caplen -= 2 + ieLen;
            if (group == PayloadTermination) break;
        } while (caplen > 0 && !f.Truncated);
        return len;
    }

    /// <summary>"IE Data = xx xx ... " for a non-empty element.</summary>
    private static void IeDataPrint(ref Frame f, int p, int from, int len)
    {
        if (len == 0) return;
        f.Out.Write("IE Data = "u8);
        for (int i = from; i < len; i++) { f.Out.Hex2(f.U8(p + i)); f.Out.Char(' '); }
    }

    /// <summary>The 16-bit FCS: ITU-T CRC with initial value 0, bits reversed in and out.</summary>
    private static uint Crc16(ref Frame f, int p, int len)
    {
        int crc = 0;
        for (int i = 0; i < len; i++)
        {
            int y = f.U8(p + i);
            y = ((y & 0xaa) >> 1) | ((y & 0x55) << 1);
            y = ((y & 0xcc) >> 2) | ((y & 0x33) << 2);
            y = ((y & 0xf0) >> 4) | ((y & 0x0f) << 4);
            int x = ((crc >> 8) ^ y) & 0xff;
            x ^= x >> 4;
            crc = ((crc << 8) ^ (x << 12) ^ (x << 5) ^ x) & 0xffff;
        }
        crc = ((crc & 0xaaaa) >> 1) | ((crc & 0x5555) << 1);
        crc = ((crc & 0xcccc) >> 2) | ((crc & 0x3333) << 2);
        crc = ((crc & 0xf0f0) >> 4) | ((crc & 0x0f0f) << 4);
        crc = ((crc & 0xff00) >> 8) | ((crc & 0x00ff) << 8);
        return (uint)crc;
    }

    /// <summary>The 32-bit FCS: polynomial 0x04C11DB7 with initial value 0, bits reversed in and out.</summary>
    private static uint Crc32(ref Frame f, int p, int len)
    {
        uint crc = 0;
        for (int i = 0; i < len; i++)
        {
            uint b = Reverse32(f.U8(p + i));
            for (int k = 0; k < 8; k++)
            {
                crc = (int)(crc ^ b) < 0 ? (crc << 1) ^ 0x04C11DB7 : crc << 1;
                b <<= 1;
            }
        }
        return Reverse32(crc);
    }

    private static uint Reverse32(uint x)
    {
        x = ((x & 0x55555555) << 1) | ((x >> 1) & 0x55555555);
        x = ((x & 0x33333333) << 2) | ((x >> 2) & 0x33333333);
        x = ((x & 0x0F0F0F0F) << 4) | ((x >> 4) & 0x0F0F0F0F);
        return (x << 24) | ((x & 0xFF00) << 8) | ((x >> 8) & 0xFF00) | (x >> 24);
    }
}
