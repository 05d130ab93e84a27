using System.Text;
using Wirecap.Files;
using Wirecap.Print;

namespace Wirecap.Tests.Print;

/// <summary>Prints one packet (given in hex) the way the CLI does with -t, and returns the text.</summary>
internal static class L2Harness
{
    public delegate void FramePrinter(ref Frame f);

    public static PrintOptions Opt(int v = 0, bool e = false, bool q = false, bool names = false) =>
        new() { TimeFormat = 1, NoResolve = names ? 0 : 1, Verbose = v, LinkHeader = e, Quiet = q };

    /// <summary>The whole packet through the link printer, as pretty_print_packet prints it.</summary>
    public static string Link(int linkType, string hex, PrintOptions opt, int wireLength = -1)
    {
        var data = Convert.FromHexString(hex.Replace(" ", ""));
        var ms = new MemoryStream();
        var o = new TextOut(ms);
        var printer = new PacketPrinter(new PrintContext(opt, o));
        var h = new PacketHeader
        {
            Seconds = 1700000000, CapturedLength = data.Length,
            WireLength = wireLength < 0 ? data.Length : wireLength, LinkType = linkType,
        };
        printer.Print(h, data);
        o.Flush();
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>One printer called on the packet's bytes, with the top level's truncation marker.</summary>
    public static string Direct(string hex, PrintOptions opt, FramePrinter print)
    {
        var data = Convert.FromHexString(hex.Replace(" ", ""));
        var ms = new MemoryStream();
        var o = new TextOut(ms);
        var f = new Frame(data, data.Length, new PrintContext(opt, o));
        print(ref f);
        if (f.Truncated)
        {
            o.Thaw();
            f.Proto = f.TruncatedProto!;
            f.PrintTrunc();
        }
        o.Flush();
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
