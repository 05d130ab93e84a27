using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Wirecap.Tests.Live;

/// <summary>
/// A capturing program (tcpdump or wirecap) started in the background: stdout kept as bytes,
/// stderr as text, with a wait for its "listening on" banner and a stop by SIGINT, as a user at a
/// terminal would stop it. Disposing kills it if it is still running.
/// </summary>
public sealed class LiveProcess : IDisposable
{
    private readonly Process _p;
    private readonly MemoryStream _stdout = new();
    private readonly Task _outTask;
    private readonly StringBuilder _stderr = new();
    private readonly ManualResetEventSlim _listening = new();
    private readonly ManualResetEventSlim _stderrDone = new();

    public string Name { get; }

    public LiveProcess(string program, IEnumerable<string> args)
    {
        Name = Path.GetFileName(program);
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["LC_ALL"] = "C";
        _p = Process.Start(psi)!;
        _p.StandardInput.Close();
        _outTask = _p.StandardOutput.BaseStream.CopyToAsync(_stdout);
        _p.ErrorDataReceived += (_, e) =>
        {
            if (e.Data == null) { _stderrDone.Set(); return; }
            lock (_stderr) _stderr.Append(e.Data).Append('\n');
            if (e.Data.Contains("listening on", StringComparison.Ordinal)) _listening.Set();
        };
        _p.BeginErrorReadLine();
    }

    /// <summary>Waits for the banner; throws with stderr when it does not come or the program ended.</summary>
    public void WaitListening(TimeSpan timeout)
    {
        if (!_listening.Wait(timeout))
            throw new InvalidOperationException($"{Name} did not print its banner within {timeout.TotalSeconds} s: {Stderr}");
    }

    /// <summary>SIGINT, then the exit code (-1 when it did not end within timeout and was killed).</summary>
    public int Interrupt(TimeSpan timeout)
    {
        if (!_p.HasExited) kill(_p.Id, SIGINT);
        return WaitExit(timeout);
    }

    public int WaitExit(TimeSpan timeout)
    {
        if (!_p.WaitForExit(timeout))
        {
            try { _p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            _p.WaitForExit();
            return -1;
        }
        _p.WaitForExit();   // lets the asynchronous stderr reader finish
        _outTask.Wait(TimeSpan.FromSeconds(10));
        _stderrDone.Wait(TimeSpan.FromSeconds(10));
        return _p.ExitCode;
    }

    public byte[] Stdout { get { _outTask.Wait(TimeSpan.FromSeconds(10)); return _stdout.ToArray(); } }
    public string StdoutText => Encoding.UTF8.GetString(Stdout);
    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    /// <summary>The closing lines' three numbers (captured, received by filter, dropped by kernel), or null when one is missing.</summary>
    public (long Captured, long Received, long Dropped)? Counts()
    {
        var s = Stderr;
        var c = Regex.Match(s, @"^(\d+) packets? captured$", RegexOptions.Multiline);
        var r = Regex.Match(s, @"^(\d+) packets? received by filter$", RegexOptions.Multiline);
        var d = Regex.Match(s, @"^(\d+) packets? dropped by kernel$", RegexOptions.Multiline);
        if (!c.Success || !r.Success || !d.Success) return null;
        return (long.Parse(c.Groups[1].Value), long.Parse(r.Groups[1].Value), long.Parse(d.Groups[1].Value));
    }

    public void Dispose()
    {
        if (!_p.HasExited)
        {
            try { _p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            _p.WaitForExit(5000);
        }
        _p.Dispose();
    }

    private const int SIGINT = 2;
    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
