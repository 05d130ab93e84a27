using System.Runtime.InteropServices;
using Wirecap.Capture;
using Wirecap.Files;
using Wirecap.Filter;
using Wirecap.Print;

namespace Wirecap.Cli;

/// <summary>
/// What tcpdump's main() does once the options are read: the checks it makes after the option loop,
/// then reading capture files (-r, -V) or capturing, through the filter, to the printer or a -w file.
/// </summary>
public static partial class Runner
{
    /// <summary>tcpdump's exit status when writing the printed text fails (S_ERR_ND_WRITE_FILE).</summary>
    public const int WriteFailedStatus = 14;

    /// <summary>glibc's stdout buffer on a pipe or file: text beyond it has been written before the run ends.</summary>
    private const int StdioBufferSize = 4096;

    public static int Run(Options options, string programName)
    {
        if (options.ListInterfaces) return ListInterfaces();
        if (options.Print.TimeFormat > 5) throw new ToolExit("only -t, -tt, -ttt, -tttt and -ttttt are supported");
        bool offline = options.ReadFile != null || options.ReadListFile != null;
        if (options.Foreign != 0 && offline) throw new ToolExit("-f can not be used with -V or -r");
        if (options.ReadListFile != null && options.ReadFile != null) throw new ToolExit("-V and -r are mutually exclusive.");
        RefuseUnbuilt(options);
        if (offline) return Offline(options, programName);
        if (options.DumpFilter > 0 && options.Interface == null) return DumpWithoutDevice(options);
        return Live(options, programName);
    }

    /// <summary>Options tcpdump acts on that Wirecap does not do yet: say so rather than ignore them.</summary>
    private static void RefuseUnbuilt(Options o)
    {
        if (o.EspSecret != null) throw new ToolExit("-E (ESP decryption) is not supported yet");
        if (o.TcpMd5Secret != null) throw new ToolExit("-M (TCP-MD5 signature check) is not supported yet");
    }

    /// <summary>When the run started: tcpdump reads the clock for -G as it parses the option.</summary>
    private static readonly long StartTime = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    // ---- -D ----

    private static int ListInterfaces()
    {
        var devices = Interfaces.List();
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < devices.Count; i++) text.Append(Interfaces.Format(i + 1, devices[i])).Append('\n');
        var o = Console.Out;
        try { o.Write(text.ToString()); o.Flush(); } catch (IOException) { }
        return 0;
    }

    // ---- the filter ----

    /// <summary>The filter text: the -F file's (tcpdump then ignores the operands), else the operands, else null.</summary>
    public static string? FilterText(Options o) =>
        o.FilterFile != null ? CommandLine.ReadFilterFile(o.FilterFile) : o.Filter;

    /// <summary>pcap_compile for a savefile's link type and snapshot length, with libpcap's error text.</summary>
    private static BpfInstruction[] Compile(string? expression, int linkType, int snapLen, bool optimize, bool live = false)
    {
        BpfInstruction[] program;
        try { program = FilterCompiler.Compile(expression ?? "", linkType, optimize, snapLen, live); }
        catch (FilterException e) { throw ToolExit.FromPcapError(e.Message); }
        if (!BpfValidate.IsValid(program)) throw new ToolExit(BpfValidate.NotValidMessage);
        return program;
    }

    /// <summary>-d/-dd/-ddd: the compiled program on stdout.</summary>
    private static int DumpProgram(BpfInstruction[] program, int dflag)
    {
        var o = Console.Out;
        try { o.Write(BpfImage.Dump(program, dflag)); o.Flush(); } catch (IOException) { }
        return 0;
    }

    /// <summary>-d with neither -r nor -i: compile for -y's link type, or Ethernet with tcpdump's warning.</summary>
    private static int DumpWithoutDevice(Options o)
    {
        int linkType = 1;
        if (o.LinkTypeDlt >= 0) linkType = LinkTypes.FromDlt(o.LinkTypeDlt) is var lt and >= 0 ? lt : o.LinkTypeDlt;
        else Console.Error.Write("Warning: assuming Ethernet\n");
        int snap = o.SnapLen == 0 ? CommandLine.MaximumSnapLen : o.SnapLen;
        return DumpProgram(Compile(FilterText(o), linkType, snap, o.Optimize), o.DumpFilter);
    }

    // ---- reading files ----

    private static int Offline(Options o, string programName)
    {
        TextReader? list = null;
        string path;
        if (o.ReadListFile != null)
        {
            try { list = o.ReadListFile == "-" ? Console.In : File.OpenText(o.ReadListFile); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ToolExit($"Unable to open file: {Errno.Describe(e, o.ReadListFile)}\n");
            }
            path = NextListedFile(list) ?? throw new ToolExit($"Nothing in {o.ReadListFile}\n");
        }
        else path = o.ReadFile!;

        var reader = OpenReader(path, o.Print.Nano);
        Banner(path, reader);
        int linkType = reader.LinkType;
        // tcpdump compiles a filter even when none is given, and libpcap refuses a link type it does not know.
        if (LinkTypes.FilterError(linkType) is { } unknownType) { reader.Dispose(); throw new ToolExit(unknownType); }
        string? expression = FilterText(o);
        BpfInstruction[]? program = expression != null || o.DumpFilter > 0 ? Compile(expression, linkType, reader.SnapLen, o.Optimize) : null;
        if (o.DumpFilter > 0)
        {
            reader.Dispose();
            return DumpProgram(program!, o.DumpFilter);
        }

        DumpFiles? writer = null;
        if (o.WriteFile != null)
        {
            int savedType = PcapWriter.LinkTypeFor(reader);
            if (savedType == -1)
            {
                reader.Dispose();
                throw new ToolExit(o.WriteFile + ": link-layer type " + LinkTypes.ToDlt(reader.LinkType) + " isn't supported in savefiles");
            }
            try { writer = Privileges.OpenDumpFiles(o, programName, savedType, reader.SnapLen, StartTime); }
            catch (ToolExit) { reader.Dispose(); throw; }
            if (o.PacketBuffered) writer!.Flush(); // -U: pcap_dump_flush right after the open writes the file header
        }
        else Privileges.OpenDumpFiles(o, programName, 0, 0, StartTime);

        var stdout = OutputStream.ForStdout();
        var output = new TextOut(stdout, o.LineBuffered);
        PacketPrinter? printer = writer == null || o.PrintWhileWriting
            ? new PacketPrinter(new PrintContext(o.Print with { SnapLen = reader.SnapLen }, output)) : null;
        if (writer != null && printer != null && o.WriteFile == "-")
        {
            // "-w - --print": records and text share tcpdump's one stdout buffer, so they interleave per packet.
            writer.PacketBuffered = true;
            output.LineBuffered = true;
        }

        if (writer != null)
            writer.LimitReached = files =>
            {
                // -G with -W: tcpdump says so, gives info(1) (which a savefile has no statistics for) and exits.
                try { output.Flush(); } catch (IOException) { }
                Console.Error.Write("Maximum file limit reached: " + files + "\npcap_stats: Statistics aren't available from savefiles\n");
                Environment.Exit(0);
            };
        var stop = new StopFlag();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, stop.Signal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, stop.Signal);
        using var sighup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, stop.Signal);

        uint captured = 0;
        int status;
        stop.BlockedRead = () =>
        {
            // What tcpdump does when its read fails with EINTR: flush, report, exit 1.
            try { output.Flush(); } catch (IOException) { }
            try { writer?.Dispose(); } catch (IOException) { }
            Console.Error.Write($"{programName}: pcap_loop: error reading dump file: Interrupted system call\n");
            if (o.CountOnly)
            {
                try { output.Write(captured == 1 ? "1 packet\n" : $"{captured} packets\n"); output.Flush(); } catch (IOException) { }
            }
            Environment.Exit(1);
        };
        try
        {
            for (; ; )
            {
                var engine = program != null && expression != null ? new BpfEngine(program) : null;
                string? error;
                try
                {
                    status = Loop(reader, engine, o.Count, printer, output, writer, o.CountOnly, stop, ref captured, out error);
                }
                catch (IOException e) when (stdout.Failed)
                {
                    throw WriteFailed(e);
                }
                // Interrupted: the last line may be unfinished, so tcpdump ends it (when printing only).
                if (writer == null && status == -2) output.Char('\n');
                FlushAtEnd(output, stdout);
                if (error != null)
                {
                    Console.Error.Write($"{programName}: pcap_loop: {error}\n");
                }
                reader.Dispose();
                if (list == null || status == -2) break;
                var next = NextListedFile(list);
                if (next == null) break;
                path = next;
                // tcpdump opens the later -V files with plain pcap_open_offline: microsecond stamps even with --nano.
                reader = OpenReader(path, nano: false);
                if (reader.LinkType != linkType)
                {
                    // A pcap file holds one link type; the printer follows each packet's own.
                    if (writer != null) { reader.Dispose(); throw new ToolExit($"{path}: new dlt does not match original"); }
                    linkType = reader.LinkType;
                    if (program != null) program = Compile(expression, linkType, reader.SnapLen, o.Optimize);
                }
                Banner(path, reader);
            }
        }
        finally
        {
            list?.Dispose();
            try { writer?.Dispose(); } catch (IOException) { }
        }

        if (o.CountOnly)
        {
            output.Write(captured == 1 ? "1 packet\n" : $"{captured} packets\n");
            FlushAtEnd(output, stdout);
        }
        return status == -1 ? 1 : 0;
    }

    /// <summary>
    /// pcap_loop over one file: up to <paramref name="count"/> packets that pass the filter go to the
    /// printer or the -w file. Returns 0 at the end (or the count), -2 when a signal stopped it, and -1
    /// with libpcap's message when the file is damaged.
    /// </summary>
    private static int Loop(CaptureReader reader, BpfEngine? engine, long count, PacketPrinter? printer, TextOut output,
        DumpFiles? writer, bool countOnly, StopFlag stop, ref uint captured, out string? error)
    {
        error = null;
        long done = 0;
        try
        {
            while (count < 0 || done < count)
            {
                if (stop.Stopped) return -2;
                stop.EnterRead();
                bool more = reader.Next(out var h, out var data);
                stop.LeaveRead();
                if (!more) return 0;
                if (engine != null && !engine.Matches(data, (uint)h.WireLength)) continue;
                done++;
                captured++;
                if (writer != null && !WriteQuietly(writer, h, data)) return 0;
                // --count silences print_packet only; -w --print prints regardless.
                if (printer != null && (!countOnly || writer != null)) printer.Print(h, data);
            }
            return 0;
        }
        catch (CaptureFileException e)
        {
            stop.LeaveRead();
            error = e.Message;
            return -1;
        }
    }

    /// <summary>pcap_dump ignores write errors (a closed pipe then stops tcpdump through SIGPIPE, quietly).</summary>
    private static bool WriteQuietly(DumpFiles writer, in PacketHeader h, ReadOnlySpan<byte> data)
    {
        try { return writer.Write(h, data); } catch (IOException) { return true; }
    }

    /// <summary>
    /// The flush after the loop: tcpdump ignores its result, but when the text was longer than stdio's
    /// buffer, tcpdump's printf would already have failed mid-run with "Unable to write output".
    /// </summary>
    private static void FlushAtEnd(TextOut output, OutputStream stdout)
    {
        try { output.Flush(); }
        catch (IOException e)
        {
            if (stdout.Attempted > StdioBufferSize) throw WriteFailed(e);
        }
    }

    private static ToolExit WriteFailed(IOException e) => new($"Unable to write output: {Errno.Describe(e)}", WriteFailedStatus);

    /// <summary>get_next_file: the next line of the -V list without its newline, or null at the end.</summary>
    private static string? NextListedFile(TextReader list)
    {
        var line = list.ReadLine();
        return line;
    }

    private static void Banner(string path, CaptureReader reader)
    {
        var err = Console.Error;
        err.Write($"reading from file {path}, link-type {LinkTypes.BannerText(reader.LinkType)}, snapshot length {reader.SnapLen}\n");
        if (LinkTypes.ToDlt(reader.LinkType) == 276) err.Write("Warning: interface names might be incorrect\n");
    }

    private static CaptureReader OpenReader(string path, bool nano)
    {
        try { return CaptureReader.Open(path, nano); }
        catch (CaptureFileException e) { throw new ToolExit(e.Message); }
    }

    // ---- live capture ----

    private static int Live(Options o, string programName)
    {
        if (o.MonitorMode) throw new ToolExit("-I (monitor mode) is not supported yet");
        if (o.Foreign != 0) throw new ToolExit("-f is not supported yet");
        if (o.CountOnly) throw new ToolExit("--count on a live capture is not supported yet");
        string? device = o.Interface;
        if (device == null)
        {
            var devices = Interfaces.List();
            if (devices.Count == 0) throw new ToolExit("no interfaces available for capture");
            device = devices[0].Name;
        }
        // The link type PacketRing will give the device: cooked v2 on "any", Ethernet on Ethernet
        // and loopback devices, cooked v1 elsewhere.
        bool any = device == "any";
        int hatype = any ? 0 : Interfaces.HardwareType(device);
        if (!any && hatype < 0)
        {
            // Not a device: a number is taken as an index into the -D list, as tcpdump does.
            long index = CNumbers.StrToL(device, 10, out int end, out _);
            if (end == 0 || end != device.Length) throw new ToolExit($"{device}: No such device exists\n(No such device exists)");
            var devices = Interfaces.List();
            if (index <= 0 || index > devices.Count) throw new ToolExit("Invalid adapter index");
            device = devices[(int)index - 1].Name;
            any = device == "any";
            hatype = any ? 0 : Interfaces.HardwareType(device);
        }
        // tcpdump asks for LINUX_SLL2 only when -i itself starts with "any"; "any" reached by index stays LINUX_SLL
        // (PacketRing itself always gives LINUX_SLL2 on "any").
        bool sll2 = device.StartsWith("any", StringComparison.Ordinal) && o.Interface != null && o.Interface.StartsWith("any", StringComparison.Ordinal);
        int linkType = any ? (sll2 || o.DumpFilter == 0 ? 276 : 113) : PacketRing.LinkTypeOf(device);

        if (o.ListLinkTypes) return ListLinkTypes(device, any, hatype);
        if (o.ListTimeStampTypes)
        {
            Console.Error.Write($"Time stamp types for {device} (use option -j to set):\n  host (Host)\n");
            return 0;
        }
        if (o.TimeStampType != null && !o.TimeStampType.Equals("host", StringComparison.OrdinalIgnoreCase))
            throw new ToolExit($"-j {o.TimeStampType} is not supported yet (only host time stamps)");
        if (o.LinkTypeDlt >= 0 && LinkTypes.FromDlt(o.LinkTypeDlt) != linkType)
            throw new ToolExit($"-y {o.LinkTypeName} is not supported yet (the device gives {LinkTypes.Name(linkType)})");
        int snap = o.SnapLen == 0 ? CommandLine.MaximumSnapLen : o.SnapLen;
        string? expression = FilterText(o);
        if (o.DumpFilter > 0)
        {
            // tcpdump asks for LINUX_SLL2 on "any..." devices (and for -y's type) and says so.
            if (o.LinkTypeDlt >= 0 || sll2)
                Console.Error.Write($"{programName}: data link type {LinkTypes.Name(linkType)}\n");
            // libpcap sets BPF_SPECIAL_VLAN_HANDLING on a Linux socket whose kernel has the VLAN ancillary loads.
            return DumpProgram(Compile(expression, linkType, snap, o.Optimize, live: true), o.DumpFilter);
        }

        var settings = new CaptureSettings
        {
            Device = device,
            SnapLen = snap,
            Promiscuous = !o.NoPromiscuous,
            BufferSize = o.BufferSize,
            Immediate = o.Immediate,
            Direction = o.Direction,
            // tcpdump's short timeout when someone is watching the output.
            TimeoutMs = (o.WriteFile == null || o.PrintWhileWriting) && (o.LineBuffered || !Console.IsOutputRedirected) ? 100 : 1000,
        };
        if (o.LinkTypeDlt >= 0 && !any && o.DumpFilter == 0)
            Console.Error.Write($"{programName}: data link type {LinkTypes.Name(linkType)}\n");
        // LiveRunner compiles the filter for the ring (in the kernel where libpcap would put it).
        return LiveRunner.Run(programName, settings, o.Print, o.Count, o.LineBuffered, expression, o.Optimize,
            o.WriteFile, o.PacketBuffered, o.PrintWhileWriting,
            (linkType, snapLen) => Privileges.OpenDumpFiles(o, programName, linkType, snapLen, StartTime));
    }

    /// <summary>tcpdump -L: the link types libpcap offers for the device, on stderr.</summary>
    private static int ListLinkTypes(string device, bool any, int hatype)
    {
        var text = new System.Text.StringBuilder();
        text.Append("Data link types for ").Append(device).Append(" (use option -y to set):\n");
        if (any) text.Append("  LINUX_SLL (Linux cooked v1)\n  LINUX_SLL2 (Linux cooked v2)\n");
        else if (hatype == 772) text.Append("  EN10MB (Ethernet)\n");
        else if (hatype == 1) text.Append("  EN10MB (Ethernet)\n  DOCSIS (DOCSIS) (printing not supported)\n");
        else throw new ToolExit($"-L on {device} is not supported yet");
        Console.Error.Write(text.ToString());
        return 0;
    }

    /// <summary>
    /// pcap_breakloop's flag, set from a signal handler and read before each packet. tcpdump's handler
    /// does not restart system calls, so a signal that finds it blocked reading a pipe makes that read
    /// fail with EINTR instead: <see cref="BlockedRead"/> then ends the run the way that failure does.
    /// </summary>
    private sealed class StopFlag
    {
        private volatile bool _stopped;
        // 0: between reads, 1: inside a read, 2: the signal handler has taken over.
        private int _state;

        public bool Stopped => _stopped;
        public Action? BlockedRead { get; set; }

        public void EnterRead() => Volatile.Write(ref _state, 1);

        public void LeaveRead()
        {
            // The handler is ending the process: never touch the output again.
            if (Interlocked.CompareExchange(ref _state, 0, 1) == 2) Thread.Sleep(Timeout.Infinite);
        }

        public void Signal(PosixSignalContext c)
        {
            c.Cancel = true;
            _stopped = true;
            for (int i = 0; i < 25; i++)
            {
                if (Volatile.Read(ref _state) != 1) return;
                Thread.Sleep(10);
            }
            if (Interlocked.CompareExchange(ref _state, 2, 1) == 1) BlockedRead?.Invoke();
        }
    }
}

/// <summary>
/// Standard output under the printer, written with write(2) on file descriptor 1 as stdio does:
/// .NET's console stream hides EPIPE (tcpdump reports it), and a FileStream writes at its own
/// offset, which would overwrite what a -w - writer put on the same descriptor. It remembers how
/// much text was handed to it and whether a write failed, so that the run can end as tcpdump's would.
/// </summary>
internal sealed partial class OutputStream : Stream
{
    private readonly int _fd;

    private OutputStream(int fd) => _fd = fd;

    public static OutputStream ForStdout() => new(1);

    public long Attempted { get; private set; }
    public bool Failed { get; private set; }

    [LibraryImport("libc.so.6", EntryPoint = "write", SetLastError = true)]
    private static partial nint SysWrite(int fd, ref byte buf, nint count);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Attempted += buffer.Length;
        while (buffer.Length > 0)
        {
            nint n = SysWrite(_fd, ref MemoryMarshal.GetReference(buffer), buffer.Length);
            if (n < 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                if (errno == 4) continue; // EINTR
                Failed = true;
                throw new IOException(Marshal.GetPInvokeErrorMessage(errno), errno);
            }
            buffer = buffer[(int)n..];
        }
    }

    public override void Flush() { }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
