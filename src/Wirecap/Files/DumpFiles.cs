using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Wirecap.Files;

/// <summary>
/// The -w destination with tcpdump's rotation (-C size, -G seconds, -W count): it names the files,
/// decides when to close one and start the next, and hands each closed file to the -z command.
/// Without -C and -G it is one plain <see cref="PcapWriter"/>. Per packet it only adds to a byte
/// count and, with -G, reads the clock; it allocates only when it rotates.
/// </summary>
public sealed partial class DumpFiles : IDisposable
{
    private readonly string _pattern;
    private readonly int _linkType, _snapLen;
    private readonly bool _nano;
    private readonly long _fileSize;     // -C in bytes, 0 = off
    private readonly int _fileCount;     // -W, 0 = off
    private readonly int _rotateSeconds; // -G, 0 = off
    private readonly int _countWidth;
    private readonly Func<long> _clock;
    private PcapWriter _writer;
    private long _size;       // what pcap_dump_ftell would say: header plus records so far
    private long _rotatedAt;  // tcpdump's Gflag_time
    private int _sizeIndex;   // tcpdump's Cflag_count
    private int _timeIndex;   // tcpdump's Gflag_count
    private bool _packetBuffered;
    private bool _closed;     // the run ended at the -G -W limit: no file is open

    /// <summary>The file being written.</summary>
    public string CurrentName { get; private set; }

    /// <summary>Called with each file's name once it is closed by a rotation (-z).</summary>
    public Action<string>? Closed { get; set; }

    /// <summary>-G with -W: the count of files is reached; tcpdump reports it and exits (the argument is -W).</summary>
    public Action<int>? LimitReached { get; set; }

    /// <summary>A later file could not be opened: the message (libpcap's) that tcpdump exits with.</summary>
    public Action<string>? OpenFailed { get; set; }

    /// <summary>Flush after every packet (tcpdump -U).</summary>
    public bool PacketBuffered
    {
        get => _packetBuffered;
        set { _packetBuffered = value; _writer.PacketBuffered = value; }
    }

    /// <summary>
    /// Opens the first file. fileSize is -C in bytes (0: off), fileCount -W (0: off), rotateSeconds
    /// -G (0 or less: off); clock gives the wall-clock time in seconds (tcpdump's time(NULL)), and
    /// startTime is when tcpdump read -G (the time the first name is expanded with).
    /// Throws <see cref="CaptureFileException"/> with libpcap's text when the file cannot be opened.
    /// </summary>
    public DumpFiles(string name, int linkType, int snapLen, bool nano, long fileSize, int fileCount, int rotateSeconds,
        Func<long>? clock = null, long? startTime = null)
    {
        _pattern = name;
        _linkType = linkType;
        _snapLen = snapLen;
        _nano = nano;
        _fileSize = fileSize;
        _fileCount = fileCount;
        _rotateSeconds = rotateSeconds > 0 ? rotateSeconds : 0;
        _countWidth = CountWidth(fileCount);
        _clock = clock ?? (() => DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        _rotatedAt = startTime ?? _clock();
        CurrentName = MakeName(0, _fileSize != 0 ? _countWidth : 0);
        _writer = PcapWriter.Open(CurrentName, linkType, snapLen, nano);
        _size = 24;
    }

    /// <summary>True when the options ask for more than one file.</summary>
    public bool Rotates => _fileSize != 0 || _rotateSeconds != 0;

    /// <summary>How many digits -W numbers files with: those of W-1 (none for -W 1).</summary>
    public static int CountWidth(int fileCount)
    {
        int c = 0;
        for (int x = fileCount - 1; x > 0; x /= 10) c++;
        return c;
    }

    /// <summary>
    /// tcpdump's dump_packet_and_trunc: rotate first if -G's time is up, then if the file already
    /// holds more than -C bytes, then write the record. Returns false when the run must end
    /// (the -G -W limit, or a file that could not be opened), after the callback has been told.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Write(in PacketHeader header, ReadOnlySpan<byte> data)
    {
        if (_rotateSeconds == 0 && _fileSize == 0 && !_closed)
        {
            _writer.Write(header, data);
            return true;
        }
        return WriteRotating(header, data);
    }

    private bool WriteRotating(in PacketHeader header, ReadOnlySpan<byte> data)
    {
        if (_closed) return false;
        if (_rotateSeconds != 0)
        {
            long now = _clock();
            if (now - _rotatedAt >= _rotateSeconds)
            {
                _rotatedAt = now;
                _timeIndex++;
                CloseCurrent();
                if (_fileSize == 0 && _fileCount > 0 && _timeIndex >= _fileCount)
                {
                    _closed = true;
                    (LimitReached ?? throw new InvalidOperationException("file limit reached"))(_fileCount);
                    return false;
                }
                _sizeIndex = 0;
                if (!OpenNext(MakeName(0, _fileSize != 0 ? _countWidth : 0))) return false;
            }
        }
        // The size check comes before the write, so a file may end up to one packet over -C.
        if (_fileSize != 0 && _size > _fileSize)
        {
            CloseCurrent();
            _sizeIndex++;
            if (_fileCount > 0 && _sizeIndex >= _fileCount) _sizeIndex = 0;
            if (!OpenNext(MakeName(_sizeIndex, _countWidth))) return false;
        }
        _size += 16 + data.Length;
        _writer.Write(header, data);
        return true;
    }

    public void Flush()
    {
        if (!_closed) _writer.Flush();
    }

    public void Dispose()
    {
        if (_closed) return;
        _closed = true;
        _writer.Dispose();
    }

    private void CloseCurrent()
    {
        try { _writer.Dispose(); } catch (IOException) { }
        Closed?.Invoke(CurrentName);
    }

    private bool OpenNext(string name)
    {
        CurrentName = name;
        try
        {
            _writer = PcapWriter.Open(name, _linkType, _snapLen, _nano);
        }
        catch (CaptureFileException e) when (OpenFailed != null)
        {
            _closed = true;
            OpenFailed(e.Message);
            return false;
        }
        _writer.PacketBuffered = _packetBuffered;
        _size = 24;
        return true;
    }

    /// <summary>
    /// tcpdump's MakeFilename: with -G the name is a strftime pattern expanded in local time at the
    /// last rotation; then, unless both are zero, the file number zero-padded to width digits.
    /// </summary>
    private string MakeName(int number, int width)
    {
        string name = _rotateSeconds != 0 ? Strftime(_pattern, _rotatedAt) : _pattern;
        if (number == 0 && width == 0) return name;
        return name + number.ToString(width > 0 ? new string('0', width) : "0", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>C's strftime over localtime, as tcpdump expands a -G name (up to PATH_MAX bytes).</summary>
    public static string Strftime(string pattern, long time)
    {
        var tm = new byte[128]; // struct tm is 56 bytes on 64-bit glibc
        if (localtime_r(ref time, tm) == 0) return pattern;
        int n = Encoding.UTF8.GetByteCount(pattern);
        var fmt = new byte[n + 1];
        Encoding.UTF8.GetBytes(pattern, fmt);
        var buf = new byte[4096];
        nuint len = strftime(buf, (nuint)buf.Length, fmt, tm);
        return Encoding.UTF8.GetString(buf, 0, (int)len);
    }

    [LibraryImport("libc.so.6", EntryPoint = "localtime_r")]
    private static partial nint localtime_r(ref long time, [Out] byte[] tm);

    [LibraryImport("libc.so.6", EntryPoint = "strftime")]
    private static partial nuint strftime([Out] byte[] buf, nuint max, byte[] format, byte[] tm);
}
