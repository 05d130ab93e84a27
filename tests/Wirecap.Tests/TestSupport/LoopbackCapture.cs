using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace Wirecap.Tests.TestSupport;

/// <summary>
/// Records, with tcpdump on lo, the exchange of samples/session-9501.pcap: a client connects to a
/// server on 127.0.0.1:9501, sends 4 bytes, gets 12 back, and both close. Every step has a deadline.
/// </summary>
public static class LoopbackCapture
{
    public const int Port = 9501;
    public static readonly byte[] Request = "PING"u8.ToArray();
    public static readonly byte[] Reply = "HELLO WORLD\n"u8.ToArray();

    /// <summary>Captures one exchange into path; throws with tcpdump's stderr when a step fails.</summary>
    public static void Record(string path)
    {
        // --immediate-mode: otherwise the packets wait in the ring for its 1 s block timeout and
        // the SIGINT below would leave them out of the file.
        var psi = new ProcessStartInfo("tcpdump")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-i", "lo", "-U", "--immediate-mode", "-w", path, $"tcp port {Port}" }) psi.ArgumentList.Add(a);
        using var tcpdump = Process.Start(psi)!;
        var stderr = new StringBuilder();
        using var listening = new ManualResetEventSlim();
        tcpdump.ErrorDataReceived += (_, e) =>
        {
            if (e.Data == null) return;
            lock (stderr) stderr.AppendLine(e.Data);
            if (e.Data.Contains("listening on", StringComparison.Ordinal)) listening.Set();
        };
        tcpdump.BeginErrorReadLine();
        try
        {
            if (!listening.Wait(TimeSpan.FromSeconds(10)))
                throw new InvalidOperationException("tcpdump did not start listening within 10 s: " + Text(stderr));
            Exchange();
            WaitForPackets(path, minimum: 8, TimeSpan.FromSeconds(3));
            kill(tcpdump.Id, SIGINT);
            if (!tcpdump.WaitForExit(TimeSpan.FromSeconds(5)))
                throw new InvalidOperationException("tcpdump did not stop on SIGINT within 5 s: " + Text(stderr));
        }
        finally
        {
            if (!tcpdump.HasExited) tcpdump.Kill();
        }
        int n = CountPackets(path);
        if (n < 8) throw new InvalidOperationException($"the capture holds {n} packets, expected about 10: " + Text(stderr));
    }

    /// <summary>The exchange, with .NET sockets in this process.</summary>
    private static void Exchange()
    {
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        try
        {
            var server = Task.Run(() =>
            {
                using var conn = listener.AcceptTcpClient();
                var s = conn.GetStream();
                s.ReadTimeout = 5000;
                var request = new byte[Request.Length];
                s.ReadExactly(request);
                s.Write(Reply);
            });
            using (var client = new TcpClient())
            {
                client.Connect(IPAddress.Loopback, Port);
                var s = client.GetStream();
                s.ReadTimeout = 5000;
                s.Write(Request);
                var got = new MemoryStream();
                s.CopyTo(got);   // until the server's FIN
                if (!got.ToArray().AsSpan().SequenceEqual(Reply)) throw new InvalidOperationException("unexpected reply from the server");
            }
            if (!server.Wait(TimeSpan.FromSeconds(5))) throw new InvalidOperationException("the server side did not finish within 5 s");
        }
        finally { listener.Stop(); }
    }

    /// <summary>Waits until the file holds at least minimum packets and no more arrive for a moment.</summary>
    private static void WaitForPackets(string path, int minimum, TimeSpan timeout)
    {
        var end = DateTime.UtcNow + timeout;
        int last = -1;
        while (DateTime.UtcNow < end)
        {
            int n = CountPackets(path);
            if (n >= minimum && n == last) return;
            last = n;
            Thread.Sleep(200);
        }
    }

    /// <summary>Whole packet records in a pcap file being written.</summary>
    public static int CountPackets(string path)
    {
        byte[] b;
        try { b = File.ReadAllBytes(path); } catch (IOException) { return 0; }
        int n = 0;
        for (int at = 24; at + 16 <= b.Length; n++)
        {
            int caplen = (int)BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at + 8));
            if (at + 16 + caplen > b.Length) break;
            at += 16 + caplen;
        }
        return n;
    }

    private static string Text(StringBuilder sb) { lock (sb) return sb.ToString(); }

    private const int SIGINT = 2;
    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
