using System.Diagnostics;
using System.Text;

namespace Wirecap.Tests.TestSupport;

/// <summary>What a finished (or killed) process left.</summary>
public sealed record ProcessResult(int ExitCode, byte[] Stdout, string Stderr, bool TimedOut, TimeSpan Elapsed)
{
    public string StdoutText => Encoding.UTF8.GetString(Stdout);
}

/// <summary>Runs a program with arguments (no shell), stdin from /dev/null, both outputs captured, under a deadline.</summary>
public static class ProcessRunner
{
    public static ProcessResult Run(string program, IEnumerable<string> args, TimeSpan timeout,
        string? workingDirectory = null, IDictionary<string, string>? env = null)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["LC_ALL"] = "C";
        if (env != null)
            foreach (var (k, v) in env) psi.Environment[k] = v;

        var sw = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = new MemoryStream();
        var outTask = p.StandardOutput.BaseStream.CopyToAsync(stdout);
        var errTask = p.StandardError.ReadToEndAsync();
        bool timedOut = !p.WaitForExit(timeout);
        if (timedOut)
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            p.WaitForExit();
        }
        Task.WaitAll([outTask, errTask], TimeSpan.FromSeconds(10));
        return new ProcessResult(timedOut ? -1 : p.ExitCode, stdout.ToArray(), errTask.IsCompletedSuccessfully ? errTask.Result : "", timedOut, sw.Elapsed);
    }

    /// <summary>The marks a .NET crash leaves on stderr: the unhandled-exception banner and stack frames.</summary>
    public static string? StackTraceIn(string stderr)
    {
        foreach (var line in stderr.Split('\n'))
            if (line.StartsWith("Unhandled exception", StringComparison.Ordinal) || line.StartsWith("   at ", StringComparison.Ordinal))
                return line;
        return null;
    }
}
