using System.Runtime.InteropServices;
using Wirecap.Capture;
using Wirecap.Files;
using Wirecap.Filter;
using Wirecap.Print;

namespace Wirecap.Cli;

/// <summary>
/// Live capture's main loop, as tcpdump runs it: the banner, packets printed as they come, and on
/// SIGINT/SIGTERM/SIGHUP (or -c) the ring drained of what was already delivered, a newline on
/// stdout when a signal ended it, and libpcap's three statistics lines on stderr. SIGUSR1 prints the
/// statistics on one line without stopping.
/// </summary>
public static class LiveRunner
{
    private const int SigUsr1 = 10;

    /// <summary>
    /// Captures until -c packets, a signal, or an error. writeFile: -w (with packetBuffered for -U;
    /// printWhileWriting for --print); filter: the expression, compiled here for the device's link type.
    /// </summary>
    public static int Run(string programName, CaptureSettings settings, PrintOptions print, long count, bool lineBuffered,
        string? filter = null, bool optimize = true, string? writeFile = null, bool packetBuffered = false, bool printWhileWriting = false,
        Func<int, int, DumpFiles?>? openDump = null)
    {
        // The filter is compiled for the link type the ring will deliver and attached before the
        // socket is bound, so no packet gets in unfiltered; a program the kernel cannot run as is
        // (a cooked-header load libpcap cannot map) runs here instead.
        BpfEngine? userlandFilter = null;
        if (!string.IsNullOrWhiteSpace(filter))
        {
            int linkType = PacketRing.LinkTypeOf(settings.Device);
            BpfInstruction[] program;
            try { program = FilterCompiler.Compile(filter, linkType, optimize, settings.SnapLen, linuxKernelExtensions: true); }
            catch (FilterException e) { throw ToolExit.FromPcapError(e.Message); }
            var kernel = KernelFilter.ForKernel(program, linkType);
            if (kernel != null) settings = settings with { KernelFilter = kernel };
            else userlandFilter = new BpfEngine(program);
        }
        PacketRing ring;
        try { ring = PacketRing.Open(settings, print.Nano); }
        catch (CaptureException e) { throw new ToolExit(e.Message); }

        using (ring)
        {
            var err = Console.Error;
            // tcpdump picks LINUX_SLL2 for "any" as if -y had been given, and says so.
            if (settings.Device == "any") err.WriteLine($"{programName}: data link type {LinkTypes.Name(ring.LinkType)}");
            // -w (with -C/-G/-W rotation) and the drop of root come from the caller's openDump.
            DumpFiles? writer = null;
            if (openDump != null) writer = openDump(ring.LinkType, ring.SnapLen);
            else if (writeFile != null)
            {
                try { writer = new DumpFiles(writeFile, ring.LinkType, ring.SnapLen, print.Nano, 0, 0, 0); }
                catch (CaptureFileException e) { throw new ToolExit(e.Message); }
                writer.PacketBuffered = packetBuffered;
            }
            if (print.Verbose == 0 && writer == null)
                err.WriteLine($"{programName}: verbose output suppressed, use -v[v]... for full protocol decode");
            else
                err.Write($"{programName}: ");
            err.WriteLine($"listening on {settings.Device}, link-type {LinkTypes.Name(ring.LinkType)} ({LinkTypes.Description(ring.LinkType)}), snapshot length {ring.SnapLen} bytes");
            err.Flush();

            var output = new TextOut(OutputStream.ForStdout(), lineBuffered);
            var printer = writer == null || printWhileWriting ? new PacketPrinter(new PrintContext(print with { SnapLen = ring.SnapLen }, output)) : null;
            long captured = 0;
            var statsLock = new object();
            bool stopped = false;

            void Stop(PosixSignalContext c) { c.Cancel = true; stopped = true; ring.Stop(); }
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            using var sighup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);
            using var sigusr1 = PosixSignalRegistration.Create((PosixSignal)SigUsr1, c =>
            {
                c.Cancel = true;
                lock (statsLock) Info(programName, ring, Volatile.Read(ref captured), verbose: false);
            });

            try
            {
                while (count < 0 || captured < count)
                {
                    var status = ring.Next(out var h, out var data);
                    if (status == RingStatus.Stopped) break;
                    if (status != RingStatus.Packet) continue;
                    if (userlandFilter != null && userlandFilter.Run(data, (uint)h.WireLength) == 0) continue;
                    Volatile.Write(ref captured, captured + 1);
                    if (writer != null && !writer.Write(h, data)) break;
                    printer?.Print(h, data);
                }
            }
            catch (IOException) when (!stopped)
            {
                // stdout went away (a closed pipe): end as tcpdump does when its writes fail, quietly.
            }
            if (printer != null)
            {
                if (stopped && writer == null) output.Char('\n');
                try { output.Flush(); } catch (IOException) { }
            }
            writer?.Dispose();
            lock (statsLock) Info(programName, ring, captured, verbose: true);
        }
        return 0;
    }

    /// <summary>tcpdump's info(): captured / received by filter / dropped by kernel.</summary>
    private static void Info(string programName, PacketRing ring, long captured, bool verbose)
    {
        var (received, dropped) = ring.Statistics();
        static string Plural(ulong n) => n == 1 ? "" : "s";
        string sep = verbose ? "\n" : ", ";
        var err = Console.Error;
        if (!verbose) err.Write($"{programName}: ");
        err.Write($"{captured} packet{Plural((ulong)captured)} captured{sep}");
        err.Write($"{received} packet{Plural(received)} received by filter{sep}");
        err.Write($"{dropped} packet{Plural(dropped)} dropped by kernel\n");
        err.Flush();
    }
}
