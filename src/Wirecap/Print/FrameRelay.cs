namespace Wirecap.Print;

/// <summary>
/// Frame Relay, DLT_FRELAY (print-fr.c): the Q.922 address, then RFC 2427 (control, optional pad,
/// NLPID) or Cisco's encapsulation (an EtherType right after the address).
/// <code>
///   7    6    5    4    3    2    1    0
/// +----+----+----+----+----+----+----+----+
/// |        DLCI (6 bits)        | CR | EA |
/// +----+----+----+----+----+----+----+----+
/// |   DLCI (4 bits)   |FECN|BECN| DE | EA |
/// +----+----+----+----+----+----+----+----+   (3- and 4-byte addresses carry more DLCI bits)
/// </code>
/// </summary>
public static class FrameRelay
{
    private const int EaBit = 0x01, LlcUi = 0x03;
    private const uint CrBit = 0x02000000, DeBit = 0x00020000, BecnBit = 0x00040000, FecnBit = 0x00080000, SdlcBit = 0x00000002;
    private const int NlpidSnap = 0x80, NlpidMfr = 0xb1;
    private const int MfrBBit = 0x80, MfrEBit = 0x40, MfrCBit = 0x20, Frf15FragType = 0x01;

    private static readonly Tok FrfFlags = new((MfrBBit, "Begin"), (MfrEBit, "End"), (MfrCBit, "Control"));

    private static readonly Tok HeaderFlags = new(
        (CrBit, "C!"), (DeBit, "DE"), (BecnBit, "BECN"), (FecnBit, "FECN"), (SdlcBit, "sdlcore"));

    public static void IfPrint(ref Frame f)
    {
        f.Proto = "fr";
        int caplen = f.Data.Length;
        if (caplen < 4)
        {
            f.PrintTrunc();
            f.LinkHeaderLength += caplen;
            return;
        }
        f.LinkHeaderLength += Print(ref f, 0, f.WireLength);
    }

    /// <summary>parse_q922_header: 1 when parsed, 0 for an invalid address, -1 when truncated.</summary>
    private static int ParseQ922(ref Frame f, int p, int length, out int dlci, out int addrLen, out uint flags)
    {
        dlci = 0; addrLen = 0; flags = 0;
        if (!f.Has(p, 1) || length < 1) return -1;
        int b0 = f.Data[p];
        if ((b0 & EaBit) != 0) return 0;
        if (!f.Has(p + 1, 1) || length < 2) return -1;
        int b1 = f.Data[p + 1];
        addrLen = 2;
        dlci = ((b0 & 0xfc) << 2) | ((b1 & 0xf0) >> 4);
        flags = (uint)(((b0 & 0x02) << 24) | ((b1 & 0x0e) << 16));
        if ((b1 & EaBit) != 0) return 1;

        p += 2; length -= 2;
        if (!f.Has(p, 1) || length < 1) return -1;
        addrLen++;
        if ((f.Data[p] & EaBit) == 0)
        {
            dlci = (dlci << 7) | (f.Data[p] >> 1);
            addrLen++;
            p++; length--;
        }
        if (!f.Has(p, 1) || length < 1) return -1;
        if ((f.Data[p] & EaBit) == 0) return 0;
        flags |= (uint)(f.Data[p] & 0x02);
        dlci = (dlci << 6) | (f.Data[p] >> 2);
        return 1;
    }

    /// <summary>fr_hdr_print: the -e header (or the header of a payload that is not decoded).</summary>
    private static void HeaderPrint(ref Frame f, int length, int addrLen, int dlci, uint flags, int nlpid)
    {
        var o = f.Out;
        if (f.Opt.Quiet)
        {
            o.Write("Q.922, DLCI "u8); o.Dec((uint)dlci); o.Write(", length "u8); o.Dec(length); o.Write(": "u8);
            return;
        }
        o.Write("Q.922, hdr-len "u8); o.Dec((uint)addrLen); o.Write(", DLCI "u8); o.Dec((uint)dlci);
        o.Write(", Flags ["u8); HeaderFlags.Bits(o, flags, "none"); o.Char(']');
        if (nlpid <= 0xff)
        {
            o.Write(", NLPID "u8); IsoClnsTables.Nlpid.Print(o, (uint)nlpid, "unknown");
            o.Write(" (0x"u8); o.Hex2((byte)nlpid); o.Char(')');
        }
        else
        {
            o.Write(", cisco-ethertype "u8); EtherType.Names.Print(o, (uint)nlpid, "unknown");
            o.Write(" (0x"u8); o.Hex((uint)nlpid, 4); o.Char(')');
        }
        o.Write(", length "u8); o.Dec((uint)length); o.Write(": "u8);
    }

    /// <summary>fr_print: the header length used (0 when truncated or invalid).</summary>
    public static int Print(ref Frame f, int p, int length)
    {
        f.Proto = "fr";
        var o = f.Out;
        int ret = ParseQ922(ref f, p, length, out int dlci, out int addrLen, out uint flags);
        if (ret == -1) { f.PrintTrunc(); return 0; }
        if (ret == 0) { o.Write("Q.922, invalid address"u8); return 0; }

        if (!f.Has(p + addrLen, 1) || length < addrLen + 1) { f.PrintTrunc(); return 0; }
        int control = f.U8(p + addrLen);
        if (control != LlcUi && dlci != 0)
        {
            // Cisco-style encapsulation: an EtherType follows the address
            if (!f.Has(p + addrLen, 2) || length < addrLen + 2)
            {
                o.Write("UI "u8); o.Hex2((byte)control); o.Write("! "u8);
            }
            else
            {
                int et = f.U16(p + addrLen);
                if (f.Opt.LinkHeader) HeaderPrint(ref f, length, addrLen, dlci, flags, et);
                int q = p + addrLen + 2;
                if (EtherType.Print(ref f, et, q, length - addrLen - 2, f.Available(p) - addrLen - 2, -1, -1))
                    return addrLen + 2;
                o.Write("UI "u8); o.Hex2((byte)control); o.Write("! "u8);
            }
        }

        if (!f.Has(p + addrLen + 1, 1) || length < addrLen + 2) { f.PrintTrunc(); return 0; }
        int hdrLen;
        if (f.U8(p + addrLen + 1) == 0)
        {
            // a pad byte after the control byte (expected with 3-byte addresses only)
            if (addrLen != 3) o.Write("Pad! "u8);
            hdrLen = addrLen + 3;
        }
        else
        {
            if (addrLen == 3) o.Write("No pad! "u8);
            hdrLen = addrLen + 2;
        }
        if (!f.Has(p + hdrLen - 1, 1) || length < hdrLen) { f.PrintTrunc(); return 0; }
        int nlpid = f.U8(p + hdrLen - 1);
        if (f.Opt.LinkHeader) HeaderPrint(ref f, length, addrLen, dlci, flags, nlpid);
        p += hdrLen;
        length -= hdrLen;

        switch (nlpid)
        {
            case IsoClnsTables.NlpidIp: Ip.Print(ref f, p, length); break;
            case IsoClnsTables.NlpidIp6: Ip6.Print(ref f, p, length); break;
            case IsoClnsTables.NlpidClnp:
            case IsoClnsTables.NlpidEsis:
            case IsoClnsTables.NlpidIsis:
                // the OSI printers start at the NLPID
                IsoClns.Print(ref f, p - 1, length + 1);
                break;
            case IsoClnsTables.NlpidPpp: Ppp.Print(ref f, p, length); break;
            case NlpidSnap:
                if (!Llc.SnapPrint(ref f, p, length, f.Available(p), -1, -1, 0))
                {
                    if (!f.Opt.LinkHeader) HeaderPrint(ref f, length + hdrLen, hdrLen, dlci, flags, nlpid);
                    Ethernet.DefaultPrint(ref f, p - hdrLen, length + hdrLen);
                }
                break;
            case IsoClnsTables.NlpidQ933:
                Q933.Print(ref f, p, length);
                break;
            case NlpidMfr:
                Frf15Print(ref f, p, length);
                break;
            default:
                if (!f.Opt.LinkHeader) HeaderPrint(ref f, length + hdrLen, addrLen, dlci, flags, nlpid);
                if (f.Opt.Hex == 0) Ethernet.DefaultPrintAlways(ref f, p, length);
                break;
        }
        return hdrLen;
    }

    private const int MfrBecMask = MfrBBit | MfrEBit | MfrCBit;
    private const int MfrIeBundleId = 1, MfrIeLinkId = 2, MfrIeMagicNum = 3, MfrIeTimestamp = 5;
    private const int MfrIdStringMaxLen = 50;

    private static readonly Tok MfrCtrlMessages = new(
        (1, "Add Link"), (2, "Add Link ACK"), (3, "Add Link Reject"), (4, "Hello"), (5, "Hello ACK"), (6, "Remove Link"),
        (7, "Remove Link ACK"));

    private static readonly Tok MfrCtrlIes = new(
        (MfrIeBundleId, "Bundle ID"), (MfrIeLinkId, "Link ID"), (MfrIeMagicNum, "Magic Number"), (MfrIeTimestamp, "Timestamp"),
        (6, "Vendor Extension"), (7, "Cause"));

    /// <summary>mfr_if_print (DLT_MFR): Multilink Frame Relay, FRF.16.</summary>
    public static void MfrIfPrint(ref Frame f)
    {
        f.Proto = "mfr";
        int caplen = f.Data.Length;
        if (caplen < 2)
        {
            f.PrintTrunc();
            f.LinkHeaderLength += caplen;
            return;
        }
        f.LinkHeaderLength += MfrPrint(ref f, 0, f.WireLength);
    }

    /// <summary>
    /// mfr_print: an FRF.16 control frame (B, E and C set, then a zero byte and the message type, then
    /// IEs) or a fragment (B/E flags, a 12-bit sequence number, then the Q.922 frame when it is the first).
    /// <code>
    /// +---+---+---+-------------------+----+----------------+
    /// | B | E | C | seq (high 4 bits) | EA | seq (low 8)    |  ...
    /// +---+---+---+-------------------+----+----------------+
    /// </code>
    /// Returns the header length.
    /// </summary>
    public static int MfrPrint(ref Frame f, int p, int length)
    {
        f.Proto = "mfr";
        var o = f.Out;
        if (length < 4)
        {
            o.Write("[length "u8); o.Dec((uint)length); o.Write(" < 4]"u8);
            o.Write(" (invalid)"u8);
            return length;
        }
        if (!f.Has(p, 4)) { f.PrintTrunc(); return length; }
        int b0 = f.U8(p);
        int flags = b0 & MfrBecMask;

        if (flags == MfrBecMask && f.U8(p + 1) == 0)
        {
            o.Write("FRF.16 Control, Flags ["u8); FrfFlags.Bits(o, (uint)flags, "none");
            o.Write("], "u8); MfrCtrlMessages.Print(o, f.U8(p + 2), "Unknown Message (0x%02x)");
            o.Write(", length "u8); o.Dec((uint)length);
            int t = p + 3;
            int tlen = length - 3;
            if (f.Opt.Verbose == 0) return 3;
            while (tlen > 2)
            {
                if (!f.Has(t, 2)) { f.PrintTrunc(); return length; }
                int ieType = f.U8(t), ieLen = f.U8(t + 1);
                o.Write("\n\tIE "u8); MfrCtrlIes.Print(o, (uint)ieType, "Unknown");
                o.Write(" ("u8); o.Dec((uint)ieType); o.Write("), length "u8); o.Dec((uint)ieLen); o.Write(": "u8);
                // a zero type or a length that does not pass the IE header would loop for ever
                if (ieType == 0 || ieLen <= 2) return 3;
                if (!f.Has(t, ieLen)) { f.PrintTrunc(); return length; }
                t += 2;
                ieLen -= 2;   // the IE length counts its header
                tlen -= 2;
                switch (ieType)
                {
                    case MfrIeMagicNum:
                        if (ieLen != 4)
                        {
                            o.Write("[IE data length "u8); o.Dec((uint)ieLen); o.Write(" != 4]"u8);
                            o.Write(" (invalid)"u8);
                            break;
                        }
                        o.Write("0x"u8); o.Hex(f.U32(t), 8);
                        break;
                    case MfrIeBundleId:
                    case MfrIeLinkId:
                        for (int i = 0; i < ieLen && i < MfrIdStringMaxLen; i++)
                        {
                            byte c = f.U8(t + i);
                            if (c == 0) break;   // the terminating NUL is not shown
                            TextProto.PrintChar(o, c);
                        }
                        break;
                    case MfrIeTimestamp when ieLen == 16:
                        // a struct timeval in the capturing host's order (64-bit seconds and microseconds), read as
                        // tcpdump does on a little-endian host
                        f.Ctx.Timestamps.Print(o, (long)U64Le(ref f, t), (long)U64Le(ref f, t + 8));
                        break;
                    default:
                        if (f.Opt.Verbose <= 1) HexDump.UnknownData(ref f, t, "\n\t  "u8, ieLen);
                        break;
                }
                if (f.Truncated) return length;
                if (f.Opt.Verbose > 1) HexDump.UnknownData(ref f, t, "\n\t  "u8, ieLen);
                tlen -= ieLen;
                t += ieLen;
            }
            return 3;
        }

        int seq = (b0 & 0x1e) << 7 | f.U8(p + 1);
        if (flags == (MfrBBit | MfrEBit) || flags == MfrBBit)
        {
            // the whole frame or its first fragment: the Q.922 frame follows
            o.Write("FRF.16 Frag, seq "u8); o.Dec((uint)seq); o.Write(", Flags ["u8); FrfFlags.Bits(o, (uint)flags, "none");
            o.Write("], "u8);
            Print(ref f, p + 2, length - 2);
            return 2;
        }
        o.Write("FRF.16 Frag, seq "u8); o.Dec((uint)seq); o.Write(", Flags ["u8); FrfFlags.Bits(o, (uint)flags, "none");
        o.Char(']');
        HexDump.UnknownData(ref f, p, "\n\t"u8, length);
        return 0;
    }

    private static ulong U64Le(ref Frame f, int p) => f.U32LE(p) | (ulong)f.U32LE(p + 4) << 32;

    /// <summary>frf15_print: the FRF.15 fragmentation header (the fragment itself is not decoded).</summary>
    private static void Frf15Print(ref Frame f, int p, int length)
    {
        if (length < 2) { f.PrintTrunc(); return; }
        int b0 = f.U8(p), b1 = f.U8(p + 1);
        if (f.Truncated) return;
        var o = f.Out;
        o.Write("FRF.15, seq 0x"u8); o.Hex((uint)((b0 & 0x1e) << 7 | b1), 3);
        o.Write(", Flags ["u8); FrfFlags.Bits(o, (uint)(b0 & (MfrBBit | MfrEBit | MfrCBit)), "none");
        o.Write("],"u8); o.Write((b0 & Frf15FragType) != 0 ? "Interface"u8 : "End-to-End"u8);
        o.Write(" Fragmentation, length "u8); o.Dec((uint)length);
    }
}
