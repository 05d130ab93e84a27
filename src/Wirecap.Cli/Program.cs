using System.Runtime.InteropServices;

namespace Wirecap.Cli;

public static class Program
{
    /// <summary>Wirecap's own version, printed by --version and at the head of the usage text.</summary>
    public const string Version = "0.1.0";

    /// <summary>
    /// The stack the program runs on. Filters nest as deep as libpcap's parser allows (about
    /// 10,000 levels) and the compiler is recursive, so the main thread's 8 MiB is not enough.
    /// </summary>
    private const int StackSize = 512 * 1024 * 1024;

    public static int Main(string[] args)
    {
        int rc = 0;
        var main = new Thread(() => rc = Run(args), StackSize);
        main.Start();
        main.Join();
        return rc;
    }

    private static int Run(string[] args)
    {
        SignalDisposition.RestoreInterrupt();
        string argv0 = Argv0();
        string name = BaseName(argv0);
        try
        {
            var options = CommandLine.Parse(args, name);
            switch (options.Action)
            {
                case CliAction.Help:
                    WriteStdout(UsageText(name));
                    return 0;
                case CliAction.Version:
                    WriteStdout(VersionText(name));
                    return 0;
                case CliAction.FpType:
                    // tcpdump's float_type_check(0x4e93312d): what IEEE 754 double arithmetic prints.
                    WriteStdout("9877.895\n");
                    return 0;
            }
            return Runner.Run(options, name);
        }
        catch (ToolExit e)
        {
            var err = Console.Error;
            if (e.Message.Length > 0)
            {
                // glibc's getopt names the program by its whole argv[0]; tcpdump by the base name.
                err.Write(e.GetoptMessage ? argv0 : name);
                err.Write(": ");
                err.Write(e.Message);
                // tcpdump's error() adds the newline unless the text ends with one.
                if (!e.Message.EndsWith('\n')) err.Write('\n');
            }
            if (e.WithUsage) err.Write(UsageText(name));
            err.Flush();
            return e.ExitCode;
        }
    }

    private static void WriteStdout(string text)
    {
        try
        {
            var o = Console.Out;
            o.Write(text);
            o.Flush();
        }
        catch (IOException) { }
    }

    /// <summary>
    /// The version lines, shaped like tcpdump's three (program, capture library, crypto library):
    /// "NAME version 0.1.0", the library line, and the .NET runtime in place of OpenSSL's line.
    /// </summary>
    public static string VersionText(string name) =>
        $"{name} version {Version}\n" +
        $"Wirecap library version {Version} (tcpdump 4.99.3 / libpcap 1.10.3 compatible, with TPACKET_V3)\n" +
        $"{RuntimeInformation.FrameworkDescription}\n";

    /// <summary>tcpdump's print_usage: the version lines, then the synopsis, with our program name.</summary>
    public static string UsageText(string name) =>
        VersionText(name) +
        $"Usage: {name} [-AbdDefhHIJKlLnNOpqStuUvxX#] [ -B size ] [ -c count ] [--count]\n" +
        "\t\t[ -C file_size ] [ -E algo:secret ] [ -F file ] [ -G seconds ]\n" +
        "\t\t[ -i interface ] [ --immediate-mode ] [ -j tstamptype ]\n" +
        "\t\t[ -M secret ] [ --number ] [ --print ] [ -Q in|out|inout ]\n" +
        "\t\t[ -r file ] [ -s snaplen ] [ -T type ] [ --version ]\n" +
        "\t\t[ -V file ] [ -w file ] [ -W filecount ] [ -y datalinktype ]\n" +
        "\t\t[ --time-stamp-precision precision ] [ --micro ] [ --nano ]\n" +
        "\t\t[ -z postrotate-command ] [ -Z user ] [ expression ]\n";

    /// <summary>
    /// argv[0] exactly as the program was started (the .NET host rewrites Environment's copy to the
    /// assembly path, so read the kernel's): "wirecap", "./bin/wirecap", ...
    /// </summary>
    public static string Argv0()
    {
        try
        {
            var raw = File.ReadAllBytes("/proc/self/cmdline");
            var parts = System.Text.Encoding.UTF8.GetString(raw).Split('\0');
            if (parts.Length > 0 && parts[0].Length > 0)
            {
                // "dotnet wirecap.dll ...": the program is the assembly, not the host.
                if (BaseName(parts[0]) == "dotnet" && parts.Length > 1 && parts[1].EndsWith(".dll", StringComparison.Ordinal))
                    return parts[1][..^4];
                return parts[0];
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        var args = Environment.GetCommandLineArgs();
        return args.Length > 0 && args[0].Length > 0 ? args[0] : "wirecap";
    }

    /// <summary>What follows the last '/' (tcpdump's strrchr(argv[0], '/') + 1).</summary>
    public static string BaseName(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash < 0 ? path : path[(slash + 1)..];
    }
}

/// <summary>An error that ends the program: tcpdump's message (without the "name: " prefix) and exit code.</summary>
public sealed class ToolExit(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    /// <summary>
    /// tcpdump's error("%s", pcap_geterr(p)): error() adds a newline unless its format ends with one,
    /// and "%s" never does, so a libpcap message that ends in a newline is followed by a blank line.
    /// </summary>
    public static ToolExit FromPcapError(string message) => new(message.EndsWith('\n') ? message + "\n" : message);

    /// <summary>Print tcpdump's usage text on stderr after the message (bad options).</summary>
    public bool WithUsage { get; init; }
    /// <summary>The message is glibc getopt's, prefixed with the whole argv[0] rather than its base name.</summary>
    public bool GetoptMessage { get; init; }
}

/// <summary>strerror texts for the I/O failures the CLI reports.</summary>
public static class Errno
{
    public static string Describe(Exception e, string? path = null)
    {
        if (e is FileNotFoundException or DirectoryNotFoundException) return "No such file or directory";
        if (e is UnauthorizedAccessException)
            return path != null && Directory.Exists(path) ? "Is a directory" : "Permission denied";
        if (e is PathTooLongException) return "File name too long";
        return (e.HResult & 0xFFFF) switch
        {
            2 => "No such file or directory",
            5 => "Input/output error",
            13 => "Permission denied",
            20 => "Not a directory",
            21 => "Is a directory",
            28 => "No space left on device",
            32 => "Broken pipe",
            _ => e.Message,
        };
    }
}
