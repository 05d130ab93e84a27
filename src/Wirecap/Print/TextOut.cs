using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;

namespace Wirecap.Print;

/// <summary>
/// The text sink every printer writes to: a UTF-8 buffer flushed to a stream in large blocks
/// (or at each packet end when line-buffered). Formatting goes straight into the buffer, so
/// printing a packet allocates nothing.
/// </summary>
/// <remarks>
/// <see cref="Freeze"/> emulates tcpdump's longjmp on truncation: once a read fails, the rest of
/// the printer runs with zeros but nothing more reaches the output, until <see cref="Thaw"/>.
/// </remarks>
public sealed class TextOut
{
    private const int InitialSize = 1 << 20;

    private readonly Stream _stream;
    private byte[] _buf;
    private readonly int _flushThreshold;
    private int _pos;
    private bool _frozen;

    /// <param name="capacity">The buffer's starting size: the default suits a whole run; tables built once at start-up want a small one.</param>
    public TextOut(Stream stream, bool lineBuffered = false, int capacity = InitialSize)
    {
        _stream = stream;
        _buf = new byte[capacity];
        _flushThreshold = Math.Max(capacity - (64 << 10), capacity / 2);
        LineBuffered = lineBuffered;
    }

    /// <summary>Flush at every packet end (tcpdump's -l).</summary>
    public bool LineBuffered { get; set; }

    public bool Frozen => _frozen;
    public void Freeze() => _frozen = true;
    public void Thaw() => _frozen = false;

    /// <summary>Bytes written since the output was created or last flushed (for tests).</summary>
    public int Pending => _pos;

    /// <summary>Marks the end of one packet's text: flushes when line-buffered or when the buffer is nearly full.</summary>
    public void EndPacket()
    {
        if (LineBuffered || _pos >= _flushThreshold)
            Flush();
    }

    public void Flush()
    {
        if (_pos > 0)
        {
            _stream.Write(_buf, 0, _pos);
            _pos = 0;
        }
        _stream.Flush();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Room(int n)
    {
        if (_buf.Length - _pos < n)
            MakeRoom(n);
        return _buf.AsSpan(_pos);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void MakeRoom(int n)
    {
        if (_pos > 0)
        {
            _stream.Write(_buf, 0, _pos);
            _pos = 0;
        }
        if (_buf.Length < n)
            _buf = new byte[Math.Max(n, _buf.Length * 2)];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(ReadOnlySpan<byte> utf8)
    {
        if (_frozen) return;
        utf8.CopyTo(Room(utf8.Length));
        _pos += utf8.Length;
    }

    /// <summary>Writes an ASCII string (protocol names, table entries).</summary>
    public void Write(string ascii)
    {
        if (_frozen) return;
        var dst = Room(ascii.Length * 3);
        _pos += Encoding.UTF8.GetBytes(ascii, dst);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Char(byte c)
    {
        if (_frozen) return;
        Room(1)[0] = c;
        _pos++;
    }

    public void Char(char c) => Char((byte)c);

    /// <summary>%u</summary>
    public void Dec(ulong v)
    {
        if (_frozen) return;
        Utf8Formatter.TryFormat(v, Room(20), out int n);
        _pos += n;
    }

    /// <summary>%d</summary>
    public void Dec(long v)
    {
        if (_frozen) return;
        Utf8Formatter.TryFormat(v, Room(20), out int n);
        _pos += n;
    }

    public void Dec(uint v) => Dec((ulong)v);
    public void Dec(int v) => Dec((long)v);

    /// <summary>%0Nu (pad = '0') or %Nu (pad = ' ').</summary>
    public void Dec(ulong v, int width, byte pad = (byte)'0')
    {
        if (_frozen) return;
        Span<byte> tmp = stackalloc byte[20];
        Utf8Formatter.TryFormat(v, tmp, out int n);
        var dst = Room(Math.Max(width, n));
        int lead = width - n;
        for (int i = 0; i < lead; i++) dst[i] = pad;
        if (lead < 0) lead = 0;
        tmp[..n].CopyTo(dst[lead..]);
        _pos += lead + n;
    }

    /// <summary>%-Nu: left-justified in a field of width.</summary>
    public void DecLeft(ulong v, int width)
    {
        if (_frozen) return;
        var dst = Room(Math.Max(width, 20));
        Utf8Formatter.TryFormat(v, dst, out int n);
        for (int i = n; i < width; i++) dst[i] = (byte)' ';
        _pos += Math.Max(n, width);
    }

    private static ReadOnlySpan<byte> HexLower => "0123456789abcdef"u8;

    /// <summary>%x, or %0Nx with minDigits = N.</summary>
    public void Hex(ulong v, int minDigits = 1)
    {
        if (_frozen) return;
        int digits = 1;
        for (ulong t = v >> 4; t != 0; t >>= 4) digits++;
        if (digits < minDigits) digits = minDigits;
        var dst = Room(digits);
        for (int i = digits - 1; i >= 0; i--)
        {
            dst[i] = HexLower[(int)(v & 0xf)];
            v >>= 4;
        }
        _pos += digits;
    }

    /// <summary>Two lowercase hex digits (%02x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Hex2(byte b)
    {
        if (_frozen) return;
        var dst = Room(2);
        dst[0] = HexLower[b >> 4];
        dst[1] = HexLower[b & 0xf];
        _pos += 2;
    }

    /// <summary>Spaces up to a column: n spaces.</summary>
    public void Spaces(int n)
    {
        if (_frozen || n <= 0) return;
        Room(n)[..n].Fill((byte)' ');
        _pos += n;
    }

    /// <summary>Dotted quad from four bytes.</summary>
    public void IPv4(ReadOnlySpan<byte> a)
    {
        if (_frozen) return;
        var dst = Room(15);
        int p = 0;
        for (int i = 0; i < 4; i++)
        {
            if (i > 0) dst[p++] = (byte)'.';
            Utf8Formatter.TryFormat(a[i], dst[p..], out int n);
            p += n;
        }
        _pos += p;
    }

    /// <summary>An IPv6 address as tcpdump's addrtostr6 writes it (RFC 5952 zero compression, IPv4-embedded forms).</summary>
    public void IPv6(ReadOnlySpan<byte> a)
    {
        if (_frozen) return;
        var dst = Room(46);
        _pos += AddressText.FormatIPv6(a, dst);
    }

    /// <summary>A MAC address, xx:xx:xx:xx:xx:xx.</summary>
    public void Mac(ReadOnlySpan<byte> a)
    {
        if (_frozen) return;
        var dst = Room(a.Length * 3);
        int p = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (i > 0) dst[p++] = (byte)':';
            dst[p++] = HexLower[a[i] >> 4];
            dst[p++] = HexLower[a[i] & 0xf];
        }
        _pos += p;
    }

    /// <summary>Direct access for formatters that know their size: write into Reserve(n), then Advance(used).</summary>
    public Span<byte> Reserve(int n) => Room(n);
    public void Advance(int n) { if (!_frozen) _pos += n; }
}
