namespace Wirecap.Files;

/// <summary>
/// A large read buffer over a stream, shared by the file readers: records are parsed in place
/// from <see cref="Buffer"/> between <see cref="Start"/> and <see cref="End"/>, and the buffer is
/// refilled with big reads, so a packet costs no system call and no allocation.
/// </summary>
internal sealed class InputBuffer(Stream stream) : IDisposable
{
    private const int InitialSize = 1 << 20;

    public byte[] Buffer = new byte[SizeFor(stream)];
    public int Start, End;
    private bool _eof;

    /// <summary>A small file needs no megabyte of buffer.</summary>
    private static int SizeFor(Stream s)
    {
        try
        {
            if (s.CanSeek) return (int)Math.Clamp(s.Length - s.Position + 1, 4096, InitialSize);
        }
        catch (Exception e) when (e is IOException or NotSupportedException) { }
        return InitialSize;
    }

    /// <summary>Bytes buffered and not yet consumed.</summary>
    public int Available => End - Start;

    /// <summary>
    /// Makes at least n bytes available from <see cref="Start"/>; false when the stream ends first,
    /// with everything up to the end buffered (so <see cref="Available"/> tells how much there was).
    /// </summary>
    public bool Fill(int n)
    {
        while (End - Start < n)
        {
            if (_eof) return false;
            if (Buffer.Length - Start < n)
            {
                // Move what is left to the front, growing the buffer for records bigger than it.
                byte[] target = Buffer;
                if (Buffer.Length < n) target = new byte[Math.Max(n, Buffer.Length * 2)];
                System.Buffer.BlockCopy(Buffer, Start, target, 0, End - Start);
                Buffer = target;
                End -= Start;
                Start = 0;
            }
            int got;
            try
            {
                got = stream.Read(Buffer, End, Buffer.Length - End);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CaptureFileException("error reading dump file: " + Errors.Describe(e, null));
            }
            if (got <= 0) _eof = true;
            else End += got;
        }
        return true;
    }

    /// <summary>The next n bytes (n available), consumed.</summary>
    public Span<byte> Take(int n)
    {
        var s = Buffer.AsSpan(Start, n);
        Start += n;
        return s;
    }

    public void Dispose() => stream.Dispose();
}
