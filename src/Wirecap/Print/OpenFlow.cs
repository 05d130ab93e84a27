namespace Wirecap.Print;

/// <summary>
/// OpenFlow (print-openflow.c): the version-independent 8-byte header and the walk over the
/// messages of one TCP segment. A segment may hold several messages, and the last one may go
/// on in the next segment: each is printed as far as it was captured, and one that runs past
/// the segment ends the walk.
/// </summary>
public static class OpenFlow
{
    public const int PortOld = 6633, PortIana = 6653;
    internal const int HeaderLength = 8;
    internal const int Version10 = 1, Version13 = 4;

    /// <summary>How long a message body must be for its type, and who decodes it (of_msgtypeinfo).</summary>
    internal enum Req : byte { None, FixLen, MinLen }

    internal delegate void BodyPrinter(ref Frame f, int cp, int len);

    internal readonly record struct MsgType(string Name, BodyPrinter? Decoder, Req What, int Value);

    private static readonly Tok Versions = new((1, "1.0"), (2, "1.1"), (3, "1.2"), (4, "1.3"), (5, "1.4"), (6, "1.5"));

    private static readonly Tok OnfExperimenters = new((0x4f4e4600, "ONF Extensions"),
        (0xff000001, "Budapest University of Technology and Economics"), (0xff000002, "NoviFlow"),
        (0xff000003, "L3+ Extensions, Vendor Neutral"), (0xff000004, "L4-L7 Extensions"),
        (0xff000005, "Wireless and Mobility Extensions"), (0xff000006, "Forwarding Abstractions Extensions"),
        (0xff000007, "Optical Transport Extensions"), (0xff000008, "Network Benchmarking Lab, NCTU"),
        (0xff000009, "Mobile Packet Core Extensions"), (0xff00000a, "MPLS-TP OpenFlow Extensions for SPTN"));

    /// <summary>openflow_print: cp is the TCP payload, len its length as the TCP header declares it.</summary>
    public static void Print(ref Frame f, int cp, int len)
    {
        f.Proto = "openflow";
        var o = f.Out;
        o.Write(": OpenFlow"u8);
        while (len > 0)
        {
            int version = f.U8(cp);
            if (f.Truncated) return;
            cp++; len--;
            o.Write("\n\tversion "u8); Versions.Print(o, (uint)version, "unknown (0x%02x)");
            if (len < 1) { PartialHeader(ref f, cp, len); return; }
            int type = f.U8(cp);
            if (f.Truncated) return;
            cp++; len--;
            MsgType? mti = version == Version10 ? OpenFlow10.Identify(type)
                : version == Version13 ? OpenFlow13.Identify(type) : null;
            if (mti is { } known) { o.Write(", type "u8); o.Write(known.Name); }
            else { o.Write(", type unknown (0x"u8); o.Hex((uint)type, 2); o.Char(')'); }
            if (len < 2) { PartialHeader(ref f, cp, len); return; }
            int length = f.U16(cp);
            if (f.Truncated) return;
            cp += 2; len -= 2;
            o.Write(", length "u8); o.Dec(length);
            if (length < HeaderLength) o.Write(" (too short!)"u8);
            if (len < 4) { PartialHeader(ref f, cp, len); return; }
            uint xid = f.U32(cp);
            if (f.Truncated) return;
            o.Write(", xid 0x"u8); o.Hex(xid, 8);
            cp += 4; len -= 4;

            // A header length below the header itself leaves nothing to trust in the rest of the segment.
            if (length < HeaderLength) { f.Invalid(cp, len); return; }
            MessagePrint(ref f, cp, length - HeaderLength, mti);
            if (f.Truncated) return;
            // The body is decoded even when it runs past the segment, but only a whole one lets the walk go on.
            if (length - HeaderLength > len) break;
            cp += length - HeaderLength; len -= length - HeaderLength;
        }
    }

    private static void PartialHeader(ref Frame f, int cp, int len)
    {
        f.Out.Write(" (end of TCP payload)"u8);
        f.Need(cp, len);
    }

    /// <summary>of_message_print: check the body length the type demands, then decode it with -v.</summary>
    private static void MessagePrint(ref Frame f, int cp, int len, MsgType? mti)
    {
        if (mti is not { } m) { f.Need(cp, len); return; }
        if ((m.What == Req.FixLen && len != m.Value) || (m.What == Req.MinLen && len < m.Value))
        {
            f.Invalid(cp, len);
            return;
        }
        if (f.Opt.Verbose == 0 || m.Decoder == null) { f.Need(cp, len); return; }
        m.Decoder(ref f, cp, len);
    }

    /// <summary>of_vendor_name: an OUI when the top octet is zero, else an ONF experimenter ID.</summary>
    internal static void VendorName(TextOut o, uint vendor)
    {
        var table = (vendor & 0xff000000) == 0 ? Oui.Names : OnfExperimenters;
        table.Print(o, vendor, "unknown");
    }

    /// <summary>of_bitmap_print: the names of the assigned bits set in v, and a note when unassigned ones (u) are set.</summary>
    internal static void BitmapPrint(TextOut o, Tok t, uint v, uint u)
    {
        if ((v & ~u) != 0) { o.Write(" ("u8); t.Bits(o, v, ""); o.Char(')'); }
        if ((v & u) != 0) o.Write(" (bogus)"u8);
    }

    /// <summary>of_data_print: opaque data, in hex and ASCII from -vv on.</summary>
    internal static void DataPrint(ref Frame f, int cp, int len)
    {
        if (len == 0) return;
        f.Out.Write("\n\t data ("u8); f.Out.Dec(len); f.Out.Write(" octets)"u8);
        if (f.Opt.Verbose >= 2) HexDump.HexAndAscii(ref f, "\n\t  "u8, cp, len);
        else f.Need(cp, len);
    }

    // The label helpers below read the field before printing its label, as tcpdump's
    // ND_PRINT with a GET_ argument does: a field not captured prints neither.

    /// <summary>GET_ETHERADDR_STRING.</summary>
    internal static void Mac(ref Frame f, ReadOnlySpan<byte> label, int cp)
    {
        var a = f.Bytes(cp, 6);
        if (f.Truncated) return;
        f.Out.Write(label);
        f.Ctx.Names.Mac(f.Out, a);
    }

    /// <summary>GET_IPADDR_STRING.</summary>
    internal static void IPv4(ref Frame f, ReadOnlySpan<byte> label, int cp)
    {
        var a = f.Bytes(cp, 4);
        if (f.Truncated) return;
        f.Out.Write(label);
        f.Ctx.Names.IPv4(f.Out, a);
    }

    internal static void Dec(TextOut o, ReadOnlySpan<byte> label, int v) { o.Write(label); o.Dec(v); }
    internal static void Dec(TextOut o, ReadOnlySpan<byte> label, uint v) { o.Write(label); o.Dec(v); }
    internal static void Dec(TextOut o, ReadOnlySpan<byte> label, ulong v) { o.Write(label); o.Dec(v); }
    internal static void Hex(TextOut o, ReadOnlySpan<byte> label, ulong v, int digits) { o.Write(label); o.Hex(v, digits); }

    /// <summary>tok2str after a label.</summary>
    internal static void Print(this Tok t, TextOut o, ReadOnlySpan<byte> label, uint v, string fmt)
    {
        o.Write(label);
        t.Print(o, v, fmt);
    }
}
