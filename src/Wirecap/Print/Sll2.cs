namespace Wirecap.Print;

/// <summary>
/// Linux "cooked" capture v2, DLT_LINUX_SLL2 (print-sll.c). Every line starts with the interface
/// name, which tcpdump looks up on the machine that prints (if_indextoname), and the direction.
/// <code>
///  0        2        4                 8        10      11      12                  20
/// +--------+--------+-----------------+--------+-------+-------+-------------------+---------
/// | proto  | mbz    | ifindex         | hatype |pkttype| halen | link-layer address| payload
/// +--------+--------+-----------------+--------+-------+-------+-------------------+---------
/// </code>
/// </summary>
public static class Sll2
{
    public const int HeaderLength = 20;
    private const int HaTypeIeee80211Radiotap = 803;

    public static void IfPrint(ref Frame f)
    {
        f.Proto = "sll2";
        if (!f.Need(0, HeaderLength)) return;
        var o = f.Out;
        uint ifIndex = f.U32(4);
        InterfaceNames.Print(o, ifIndex);
        int pkttype = f.U8(10);
        string dir = Sll.PacketTypes.Find((uint)pkttype) ?? "?";
        // %-3s: left-aligned in three columns
        o.Write(dir); o.Spaces(3 - dir.Length); o.Char(' ');

        int length = f.WireLength, caplen = f.Data.Length;
        if (f.Opt.LinkHeader) HeaderPrint(ref f, length);
        length -= HeaderLength; caplen -= HeaderLength;
        int hatype = f.U16(8);
        if (hatype == HaTypeIeee80211Radiotap)
        {
            f.LinkHeaderLength += HeaderLength;
            Ethernet.DefaultPrint(ref f, HeaderLength, caplen);
            return;
        }
        int etherType = f.U16(0);
        f.LinkHeaderLength += Sll.Payload(ref f, HeaderLength, length, caplen, etherType, HeaderLength, isSll2: true);
    }

    /// <summary>sll2_print: interface index, address, protocol and length.</summary>
    internal static void HeaderPrint(ref Frame f, int length)
    {
        f.Proto = "sll2";
        uint ifIndex = f.U32(4);
        int halen = f.U8(11);
        int proto = f.U16(0);
        if (f.Truncated) return;
        var o = f.Out;
        o.Write("ifindex "u8); o.Dec(ifIndex); o.Char(' ');
        if (halen == 6) { f.Ctx.Names.Mac(o, f.Data.Slice(12, 6)); o.Char(' '); }
        Sll.ProtocolPrint(ref f, proto, length);
    }
}

/// <summary>
/// if_indextoname for the machine that prints: Linux lists its interfaces with their indexes
/// under /sys/class/net. Read once; an unknown index prints "?". The name is printed "%-5s ".
/// </summary>
internal static class InterfaceNames
{
    private static Dictionary<uint, byte[]>? s_names;

    public static void Print(TextOut o, uint index)
    {
        var names = s_names ??= Load();
        ReadOnlySpan<byte> name = names.TryGetValue(index, out var n) ? n : "?"u8;
        o.Write(name);
        o.Spaces(5 - name.Length);
        o.Char(' ');
    }

    private static Dictionary<uint, byte[]> Load()
    {
        var d = new Dictionary<uint, byte[]>();
        try
        {
            foreach (var dir in Directory.EnumerateDirectories("/sys/class/net"))
            {
                try
                {
                    var text = File.ReadAllText(Path.Combine(dir, "ifindex")).Trim();
                    if (uint.TryParse(text, out uint idx))
                        d.TryAdd(idx, System.Text.Encoding.ASCII.GetBytes(Path.GetFileName(dir)));
                }
                catch (IOException) { }
                catch (UnauthorizedAccessException) { }
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return d;
    }
}
