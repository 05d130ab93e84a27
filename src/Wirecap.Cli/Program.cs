using Wirecap.Files;
using Wirecap.Print;

namespace Wirecap.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        string name = ProgramName();
        try
        {
            var options = CommandLine.Parse(args);
            return Runner.Run(options, name);
        }
        catch (ToolExit e)
        {
            if (e.Message.Length > 0) Console.Error.WriteLine($"{name}: {e.Message}");
            return e.ExitCode;
        }
    }

    /// <summary>The name errors are printed with: how the program was invoked, without its directory.</summary>
    private static string ProgramName()
    {
        var argv0 = Environment.GetCommandLineArgs()[0];
        var n = Path.GetFileName(argv0);
        return string.IsNullOrEmpty(n) ? "wirecap" : n;
    }
}

/// <summary>An error that ends the program: tcpdump's message (without the "name: " prefix) and exit code.</summary>
public sealed class ToolExit(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
