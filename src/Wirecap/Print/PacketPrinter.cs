using Wirecap.Files;

namespace Wirecap.Print;

/// <summary>
/// tcpdump's pretty_print_packet: one packet's line(s) — number, time stamp, the link printer and
/// everything it calls, the truncation marker, then the -x/-X/-A dump.
/// </summary>
public sealed class PacketPrinter
{
    private const int MaximumSnapLen = 262144;
    private readonly PrintContext _ctx;
    private uint _count;

    public PacketPrinter(PrintContext ctx) => _ctx = ctx;

    public PrintContext Context => _ctx;

    public void Print(in PacketHeader h, ReadOnlySpan<byte> data)
    {
        var o = _ctx.Out;
        var opt = _ctx.Options;
        _count++;
        if (opt.Number) { o.Dec(_count, 5, (byte)' '); o.Write("  "u8); }

        if (InvalidHeader(o, h)) { o.EndPacket(); return; }

        _ctx.Timestamps.Print(o, h.Seconds, h.Fraction);

        var f = new Frame(data, h.WireLength, _ctx);
        LinkLayer.Print(ref f, h.LinkType);
        int hdrlen = f.LinkHeaderLength;
        if (f.Truncated)
        {
            o.Thaw();
            f.Proto = f.TruncatedProto!;
            f.PrintTrunc();
            hdrlen = 0;
        }

        f.End = data.Length;
        f.Truncated = false;
        if (opt.HexAscii > 0)
        {
            if (opt.HexAscii > 1) HexDump.HexAndAscii(ref f, "\n\t"u8, 0, data.Length);
            else if (data.Length > hdrlen) HexDump.HexAndAscii(ref f, "\n\t"u8, hdrlen, data.Length - hdrlen);
        }
        else if (opt.Hex > 0)
        {
            if (opt.Hex > 1) HexDump.Hex(ref f, "\n\t"u8, 0, data.Length);
            else if (data.Length > hdrlen) HexDump.Hex(ref f, "\n\t"u8, hdrlen, data.Length - hdrlen);
        }
        else if (opt.Ascii > 0)
        {
            if (opt.Ascii > 1) HexDump.Ascii(ref f, 0, data.Length);
            else if (data.Length > hdrlen) HexDump.Ascii(ref f, hdrlen, data.Length - hdrlen);
        }
        o.Thaw();
        o.Char('\n');
        o.EndPacket();
    }

    private static bool InvalidHeader(TextOut o, in PacketHeader h)
    {
        bool invalid = false;
        void Open(TextOut o, ref bool invalid) { if (!invalid) { invalid = true; o.Write("[Invalid header:"u8); } else o.Char(','); }
        if (h.CapturedLength == 0) { invalid = true; o.Write("[Invalid header: caplen==0"u8); }
        if (h.WireLength == 0) { Open(o, ref invalid); o.Write(" len==0"u8); }
        else if ((uint)h.WireLength < (uint)h.CapturedLength)
        {
            Open(o, ref invalid); o.Write(" len("u8); o.Dec((uint)h.WireLength); o.Write(") < caplen("u8); o.Dec((uint)h.CapturedLength); o.Char(')');
        }
        if ((uint)h.CapturedLength > MaximumSnapLen) { Open(o, ref invalid); o.Write(" caplen("u8); o.Dec((uint)h.CapturedLength); o.Write(") > 262144"u8); }
        if ((uint)h.WireLength > MaximumSnapLen) { Open(o, ref invalid); o.Write(" len("u8); o.Dec((uint)h.WireLength); o.Write(") > 262144"u8); }
        if (invalid) o.Write("]\n"u8);
        return invalid;
    }
}
