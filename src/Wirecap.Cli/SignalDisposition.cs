using System.Runtime.InteropServices;

namespace Wirecap.Cli;

/// <summary>
/// tcpdump installs its SIGINT/SIGTERM/SIGHUP handlers whatever it inherited. A shell starts a
/// background job with SIGINT ignored, and the .NET runtime leaves an ignored SIGINT ignored, so
/// `wirecap ... & kill -INT $!` would not stop the capture. Restoring the default disposition
/// before any handler is registered makes the runtime install its handler as tcpdump would.
/// </summary>
internal static partial class SignalDisposition
{
    private const int SigInt = 2;

    [LibraryImport("libc.so.6", EntryPoint = "signal")]
    private static partial nint Signal(int sig, nint handler);

    public static void RestoreInterrupt() => Signal(SigInt, 0);   // SIG_DFL
}
