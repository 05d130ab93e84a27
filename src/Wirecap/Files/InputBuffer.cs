using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Wirecap.Files;

/// <summary>
/// The bytes of a capture file as the readers see them: records are parsed in place from
/// <see cref="Span"/> between <see cref="Start"/> and <see cref="End"/>, so a packet costs no
/// system call and no allocation. A regular file under 2 GiB is memory-mapped (private, so the
/// readers' in-place byte swaps stay private too): reading it costs page faults instead of
/// copying every byte out of the page cache, which is most of the time of a filtered -r/-w copy.
/// Two things keep a mapped read from waiting on memory (perf showed nine tenths of the reader's
/// time on the first load of each record header): the reader asks the CPU for the next 4 KiB ahead
/// as it advances, and for a large file a second thread maps the pages in ahead of the reader and
/// drops them behind it, so page faults and the final unmap run on the other core.
/// Anything else (stdin, pipes, huge files) goes through a large buffer refilled with big reads.
/// </summary>
internal sealed unsafe partial class InputBuffer : IDisposable
{
    private const int InitialSize = 1 << 20;

    private readonly Stream stream;
    private byte[] _buffer;
    private readonly byte* _map;
    private readonly long _mapLength;
    public int Start, End;
    private bool _eof;

    public InputBuffer(Stream stream)
    {
        this.stream = stream;
        if (TryMap(stream, out _map, out _mapLength))
        {
            _buffer = [];
            End = (int)_mapLength;
            _eof = true;
            _pagerPending = _mapLength >= PagerMinimum;
        }
        else _buffer = new byte[SizeFor(stream)];
    }

    /// <summary>The buffered bytes: index them with <see cref="Start"/> and <see cref="End"/>.</summary>
    public Span<byte> Span => _map != null ? new Span<byte>(_map, (int)_mapLength) : _buffer;

    private const int ProtRead = 1, ProtWrite = 2, MapPrivate = 2, MadvSequential = 2, MadvDontNeed = 4, MadvPopulateRead = 22;

    [LibraryImport("libc.so.6", SetLastError = true)]
    private static partial nint mmap(nint addr, nuint length, int prot, int flags, int fd, nint offset);
    [LibraryImport("libc.so.6")]
    private static partial int munmap(nint addr, nuint length);
    [LibraryImport("libc.so.6")]
    private static partial int madvise(nint addr, nuint length, int advice);

    private static bool TryMap(Stream s, out byte* map, out long length)
    {
        map = null;
        length = 0;
        if (s is not FileStream fs || !fs.CanSeek) return false;
        try
        {
            long pos = fs.Position, len = fs.Length;
            if (pos != 0 || len <= 0 || len >= int.MaxValue) return false;
            nint m = mmap(0, (nuint)len, ProtRead | ProtWrite, MapPrivate, (int)fs.SafeFileHandle.DangerousGetHandle(), 0);
            if (m == -1) return false;
            madvise(m, (nuint)len, MadvSequential);
            map = (byte*)m;
            length = len;
            return true;
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException) { return false; }
    }

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
            if (_buffer.Length - Start < n)
            {
                // Move what is left to the front, growing the buffer for records bigger than it.
                byte[] target = _buffer;
                if (_buffer.Length < n) target = new byte[Math.Max(n, _buffer.Length * 2)];
                System.Buffer.BlockCopy(_buffer, Start, target, 0, End - Start);
                _buffer = target;
                End -= Start;
                Start = 0;
            }
            int got;
            try
            {
                got = stream.Read(_buffer, End, _buffer.Length - End);
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
        var s = Span.Slice(Start, n);
        Advance(n);
        return s;
    }

    private const int PrefetchDistance = 4096;
    private long _prefetched;

    /// <summary>
    /// Consumes n bytes. On a mapping it also asks for every cache line up to 4 KiB ahead: records
    /// are a few hundred bytes, so the hardware's own prefetch (which stops at page ends) misses
    /// most record headers. Prefetches never fault, so the distance needs no bounds beyond the map.
    /// </summary>
    public void Advance(int n)
    {
        Start += n;
        if (_map == null) return;
        if (_pagerPending && Start >= PagerFrom) StartPager();
        if (!Sse.IsSupported) return;
        long target = Math.Min(Start + PrefetchDistance, _mapLength);
        if (_prefetched < Start) _prefetched = Start & ~63L;
        for (; _prefetched < target; _prefetched += 64) Sse.Prefetch0(_map + _prefetched);
    }

    // The pager: once the reader is 4 MiB in (so -c 1000 never pays for it), populate up to 16 MiB
    // ahead of the reader and drop pages more than 4 MiB behind it (a packet's bytes need only live
    // until the next record is read), 1 MiB at a time.
    private const long PagerMinimum = 32 << 20, PagerFrom = 4 << 20, PagerAhead = 16 << 20, PagerBehind = 4 << 20, PagerStep = 1 << 20;
    private bool _pagerPending;
    private Thread? _pager;
    private volatile bool _pagerStop;

    private void StartPager()
    {
        _pagerPending = false;
        _pager = new Thread(Page) { IsBackground = true, Name = "wirecap-pager" };
        _pager.Start();
    }

    private void Page()
    {
        long populated = 0, dropped = 0;
        bool populating = true;
        while (!_pagerStop)
        {
            long reader = Volatile.Read(ref Start);
            bool worked = false;
            if (populating && populated < _mapLength && populated < reader + PagerAhead)
            {
                long n = Math.Min(PagerStep, _mapLength - populated);
                // Older kernels lack MADV_POPULATE_READ: then the reader takes its own faults.
                if (madvise((nint)(_map + populated), (nuint)n, MadvPopulateRead) != 0) populating = false;
                populated += n;
                worked = true;
            }
            if (dropped + PagerStep <= reader - PagerBehind)
            {
                madvise((nint)(_map + dropped), (nuint)PagerStep, MadvDontNeed);
                dropped += PagerStep;
                worked = true;
            }
            if (!worked) Thread.Sleep(1);
        }
    }

    public void Dispose()
    {
        if (_pager != null)
        {
            _pagerStop = true;
            _pager.Join();
        }
        if (_map != null) munmap((nint)_map, (nuint)_mapLength);
        stream.Dispose();
    }
}
