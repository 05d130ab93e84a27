using System.Runtime.InteropServices;
using Wirecap.Capture;
using Wirecap.Files;
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

    public static int Run(string programName, CaptureSettings settings, PrintOptions print, long count, bool lineBuffered,
        Func<int, int, Action<PacketHeader, ReadOnlySpan<byte>>?>? makeWriter = null)
    {
        PacketRing ring;
        try { ring = PacketRing.Open(settings, print.Nano); }
        catch (CaptureException e) { throw new ToolExit(e.Message); }

        using (ring)
        {
            var err = Console.Error;
            var writer = makeWriter?.Invoke(ring.LinkType, ring.SnapLen);
            if (print.Verbose == 0 && writer == null)
                err.WriteLine($"{programName}: verbose output suppressed, use -v[v]... for full protocol decode");
            else
                err.Write($"{programName}: ");
            err.WriteLine($"listening on {settings.Device}, link-type {LinkTypes.Name(ring.LinkType)} ({LinkTypes.Description(ring.LinkType)}), snapshot length {ring.SnapLen} bytes");
            err.Flush();

            var output = new TextOut(Console.OpenStandardOutput(), lineBuffered);
            var printer = writer == null ? new PacketPrinter(new PrintContext(print with { SnapLen = ring.SnapLen }, output)) : null;
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
                    Volatile.Write(ref captured, captured + 1);
                    if (writer != null) writer(h, data);
                    else printer!.Print(h, data);
                }
            }
            catch (IOException) when (!stopped)
            {
                // stdout went away (a closed pipe): end as tcpdump does when its writes fail, quietly.
            }
            if (writer == null)
            {
                if (stopped) output.Char('\n');
                try { output.Flush(); } catch (IOException) { }
            }
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
