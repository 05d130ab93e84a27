using System.Collections.Frozen;

namespace Wirecap.Print;

/// <summary>
/// tcpdump's struct tok: a table of names for numeric values. <see cref="Print"/> is tok2str,
/// <see cref="Bits"/> is bittok2str; the default text for a value not in the table is a small
/// printf format (%u %d %x %0Nx %s), formatted straight into the output.
/// </summary>
public sealed class Tok
{
    private readonly (uint Value, string Name)[] _entries;
    private readonly FrozenDictionary<uint, string> _byValue;

    public Tok(params (uint Value, string Name)[] entries)
    {
        _entries = entries;
        var d = new Dictionary<uint, string>();
        foreach (var (v, n) in entries) d.TryAdd(v, n);   // the first entry for a value wins, as in tok2str's scan
        _byValue = d.ToFrozenDictionary();
    }

    public string? Find(uint v) => _byValue.TryGetValue(v, out var s) ? s : null;

    /// <summary>tok2str(table, fmt, v): the name, or fmt formatted with v ("#%d" when fmt is null).</summary>
    public void Print(TextOut o, uint v, string? fmt = "#%d")
    {
        var s = Find(v);
        if (s != null) o.Write(s);
        else Format(o, fmt ?? "#%d", v);
    }

    /// <summary>bittok2str (sep ", ") or bittok2str_nosep (sep ""): names of the set bits, or fmt.</summary>
    public void Bits(TextOut o, uint v, string? fmt = "#%08x", string sep = ", ")
    {
        bool any = false;
        foreach (var (bit, name) in _entries)
        {
            if (bit != 0 && (v & bit) == bit)
            {
                if (any) o.Write(sep);
                o.Write(name);
                any = true;
            }
        }
        if (!any) Format(o, fmt ?? "#%08x", v);
    }

    /// <summary>A printf subset for the default texts of tables: %u %d %x %X %o %c %s (the value) and %%, with 0-padding and widths.</summary>
    public static void Format(TextOut o, string fmt, uint v)
    {
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c != '%' || i + 1 >= fmt.Length) { o.Char((byte)c); continue; }
            i++;
            if (fmt[i] == '%') { o.Char('%'); continue; }
            bool zero = false;
            if (fmt[i] == '0') { zero = true; i++; }
            int width = 0;
            while (i < fmt.Length && char.IsAsciiDigit(fmt[i])) width = width * 10 + (fmt[i++] - '0');
            while (i < fmt.Length && (fmt[i] == 'l' || fmt[i] == 'h')) i++;
            if (i >= fmt.Length) break;
            switch (fmt[i])
            {
                case 'u': o.Dec(v, width, zero ? (byte)'0' : (byte)' '); break;
                case 'd':
                case 'i': if ((int)v < 0) o.Dec((int)v); else o.Dec(v, width, zero ? (byte)'0' : (byte)' '); break;
                case 'x':
                    if (zero || width == 0) o.Hex(v, Math.Max(width, 1));
                    else { int digits = 1; for (uint t = v >> 4; t != 0; t >>= 4) digits++; o.Spaces(width - digits); o.Hex(v); }
                    break;
                case 'c': o.Char((byte)v); break;
                default: o.Char('%'); o.Char((byte)fmt[i]); break;
            }
        }
    }
}
