using System.Buffers.Binary;
using Wirecap.Files;
using Wirecap.Print;

namespace Wirecap.Tests.TestSupport;

/// <summary>
/// Prints a capture file through the library as the CLI's main loop does, in this process: far
/// faster than starting the binary for each of thousands of inputs. Any exception other than the
/// reader's own file error (which the CLI turns into exit 1) is a crash.
/// </summary>
public static class InProcessPrint
{
    /// <summary>The option sets the robustness tests use, as the command line would set them.</summary>
    public static readonly (string Name, PrintOptions Options)[] OptionSets =
    [
        ("-n", new PrintOptions { NoResolve = 1 }),
        ("-n -v", new PrintOptions { NoResolve = 1, Verbose = 1 }),
        ("-n -vvv -e", new PrintOptions { NoResolve = 1, Verbose = 3, LinkHeader = true }),
        ("-n -X", new PrintOptions { NoResolve = 1, HexAscii = 1 }),
    ];

    /// <summary>
    /// What the printer makes of hex-written frames of one link type, stamped a second apart from
    /// 1700000000 (the pcap the tests wrote them to for tcpdump did the same). A wire length of -1
    /// is the frame's own length.
    /// </summary>
    public static string HexFrames(IEnumerable<(string Hex, int WireLength)> frames, PrintOptions options, int linkType = LinkLayer.Ethernet)
    {
        var ms = new MemoryStream();
        var o = new TextOut(ms);
        var printer = new PacketPrinter(new PrintContext(options, o));
        long t = 1700000000;
        foreach (var (hex, wire) in frames)
        {
            var data = Convert.FromHexString(hex);
            printer.Print(new PacketHeader { Seconds = t++, CapturedLength = data.Length, WireLength = wire < 0 ? data.Length : wire, LinkType = linkType }, data);
        }
        o.Flush();
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>
    /// Null when the file printed (or ended in a file error); else what was thrown, with where.
    /// output writes into sink, which is emptied first; both are reused from run to run because a
    /// TextOut holds a 1 MiB buffer.
    /// </summary>
    public static string? Crash(string path, PrintOptions options, TextOut output, MemoryStream sink)
    {
        output.Thaw();
        output.Flush();
        sink.SetLength(0);
        var printer = new PacketPrinter(new PrintContext(options, output));
        int packets = 0;
        try
        {
            using var reader = CaptureReader.Open(path, options.Nano);
            while (reader.Next(out var h, out var data))
            {
                printer.Print(h, data);
                packets++;
            }
        }
        catch (CaptureFileException) { }   // damaged file: the CLI prints the message and exits 1
        catch (Exception e)
        {
            var frame = e.StackTrace?.Split('\n').FirstOrDefault()?.Trim();
            return $"packet {packets + 1}: {e.GetType().Name}: {e.Message} {frame}";
        }
        return null;
    }

    /// <summary>
    /// A classic pcap file whose packet covering offset is snapped there, as a smaller snapshot
    /// length would have cut it (its caplen shrinks, its wire length stays), and which ends after
    /// that packet. Null when the file is not pcap or the offset is in the file header.
    /// </summary>
    public static byte[]? SnapAt(byte[] file, int offset)
    {
        if (file.Length < 24 || offset < 24) return null;
        uint magic = BinaryPrimitives.ReadUInt32LittleEndian(file);
        bool big;
        if (magic is 0xa1b2c3d4 or 0xa1b23c4d) big = false;
        else if (magic is 0xd4c3b2a1 or 0x4d3cb2a1) big = true;
        else return null;
        int at = 24;
        while (at + 16 <= file.Length)
        {
            var caplenField = file.AsSpan(at + 8, 4);
            uint caplen = big ? BinaryPrimitives.ReadUInt32BigEndian(caplenField) : BinaryPrimitives.ReadUInt32LittleEndian(caplenField);
            long next = at + 16L + caplen;
            if (offset < next || next > file.Length)
            {
                int keep = (int)Math.Clamp(offset - (at + 16L), 0, Math.Min(caplen, file.Length - (at + 16L)));
                var snapped = file.AsSpan(0, at + 16 + keep).ToArray();
                var field = snapped.AsSpan(at + 8, 4);
                if (big) BinaryPrimitives.WriteUInt32BigEndian(field, (uint)keep); else BinaryPrimitives.WriteUInt32LittleEndian(field, (uint)keep);
                return snapped;
            }
            at = (int)next;
        }
        return null;
    }

    /// <summary>
    /// Where each packet's bytes lie in a classic pcap file (offset, length), or null when the file
    /// is not pcap. Stops at the first record that does not fit.
    /// </summary>
    public static List<(int Offset, int Length)>? PacketSpans(byte[] file)
    {
        if (file.Length < 24) return null;
        uint magic = BinaryPrimitives.ReadUInt32LittleEndian(file);
        bool big;
        if (magic is 0xa1b2c3d4 or 0xa1b23c4d) big = false;
        else if (magic is 0xd4c3b2a1 or 0x4d3cb2a1) big = true;
        else return null;
        var spans = new List<(int, int)>();
        for (int at = 24; at + 16 <= file.Length;)
        {
            var f = file.AsSpan(at + 8, 4);
            long caplen = big ? BinaryPrimitives.ReadUInt32BigEndian(f) : BinaryPrimitives.ReadUInt32LittleEndian(f);
            if (at + 16 + caplen > file.Length) break;
            spans.Add((at + 16, (int)caplen));
            at += 16 + (int)caplen;
        }
        return spans;
    }

    /// <summary>
    /// Runs work on a thread pool thread and waits at most timeout: false when it did not end (a
    /// hang: the thread is left running, so the caller should stop testing).
    /// </summary>
    public static bool Within(TimeSpan timeout, Func<string?> work, out string? result)
    {
        var t = Task.Run(work);
        bool done = ((IAsyncResult)t).AsyncWaitHandle.WaitOne(timeout);
        result = done ? t.Result : null;
        return done;
    }

    /// <summary>The files of the corpus inputs, sorted by name.</summary>
    public static string[] CorpusFiles()
    {
        var files = Directory.GetFiles(TestPaths.CorpusInputs!);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// count offsets in [0, length), the same on every run and machine for the same name (seeded
    /// from a stable hash of it), sorted; every offset when the file is shorter than count.
    /// </summary>
    public static int[] CutOffsets(string name, int length, int count)
    {
        if (length <= count) return Enumerable.Range(0, length).ToArray();
        uint hash = 2166136261;
        foreach (char c in name) hash = (hash ^ c) * 16777619;
        var rng = new Random((int)(hash & 0x7fffffff));
        var set = new SortedSet<int>();
        while (set.Count < count) set.Add(rng.Next(length));
        return set.ToArray();
    }
}
