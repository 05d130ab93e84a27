using System.Diagnostics;
using System.Runtime.InteropServices;
using Wirecap.Files;

namespace Wirecap.Cli;

/// <summary>
/// Root's hand-over around the -w file, as Debian's tcpdump 4.99.3 does it: run as root, it changes
/// to the -Z user (by default "tcpdump"; "-Z root" keeps root). Writing one file, it opens the file
/// as root, gives it to that user, then drops root; rotating (-C/-G) it drops root first, since the
/// later files are opened as that user anyway. Also the -z command run on each rotated-out file.
/// </summary>
public static partial class Privileges
{
    /// <summary>The user Debian's build switches to when run as root without -Z.</summary>
    public const string DefaultUser = "tcpdump";

    /// <summary>The user to change to: only when running as root.</summary>
    public static string? UserFor(Options o)
    {
        if (getuid() != 0 && geteuid() != 0) return null;
        if (o.User != null) return o.User;
        // Debian's tcpdump drops to its own "tcpdump" user; a machine without that user (tcpdump not
        // installed) keeps root rather than failing every capture.
        return Lookup(DefaultUser, out _, out _) ? DefaultUser : null;
    }

    /// <summary>
    /// Opens -w (null without it) with the drop of root in tcpdump's order. Errors are
    /// <see cref="ToolExit"/>s with tcpdump's texts.
    /// </summary>
    public static DumpFiles? OpenDumpFiles(Options o, string programName, int linkType, int snapLen, long startTime)
    {
        string? user = UserFor(o);
        bool rotates = o.WriteFile != null && (o.FileSize != 0 || o.RotateSeconds > 0);
        if (o.WriteFile == null || rotates)
        {
            if (user != null) Drop(user);
            if (o.WriteFile == null) return null;
        }
        DumpFiles files;
        try
        {
            files = new DumpFiles(o.WriteFile, linkType, snapLen, o.Print.Nano, o.FileSize, o.FileCount, o.RotateSeconds,
                null, startTime);
        }
        catch (CaptureFileException e) { throw ToolExit.FromPcapError(e.Message); }
        if (!rotates && user != null)
        {
            // tcpdump's exit flushes the header it already wrote, so a failure still leaves it in the file.
            try
            {
                if (o.WriteFile != "-") GiveTo(files.CurrentName, user);
                Drop(user);
            }
            catch (ToolExit) { try { files.Dispose(); } catch (IOException) { } throw; }
        }
        files.PacketBuffered = o.PacketBuffered;
        if (o.PostRotateCommand is { } command) files.Closed = name => RunPostRotate(command, name);
        files.OpenFailed = message => throw ToolExit.FromPcapError(message);
        // -G with -W: the run ends after this message; a live capture then reports its statistics as at any end.
        files.LimitReached = count => Console.Error.Write("Maximum file limit reached: " + count + "\n");
        return files;
    }

    /// <summary>The chown Debian adds: the savefile belongs to the -Z user.</summary>
    private static void GiveTo(string path, string user)
    {
        if (!Lookup(user, out uint uid, out uint gid)) throw new ToolExit("Couldn't find user '" + user + "'");
        if (chown(path, uid, gid) != 0) throw new ToolExit("Couldn't change ownership of savefile");
    }

    /// <summary>tcpdump's droproot: the user's groups, group and user, in that order.</summary>
    public static void Drop(string user)
    {
        if (!Lookup(user, out uint uid, out uint gid)) throw new ToolExit("Couldn't find user '" + Clip(user) + "'");
        if (initgroups(user, gid) != 0 || setgid(gid) != 0 || setuid(uid) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            throw new ToolExit("Couldn't change to '" + Clip(user) + "' uid=" + uid + " gid=" + gid + ": " + Marshal.GetPInvokeErrorMessage(errno));
        }
    }

    // tcpdump prints at most 32 bytes of the name ("%.32s").
    private static string Clip(string user) => user.Length > 32 ? user[..32] : user;

    private static unsafe bool Lookup(string user, out uint uid, out uint gid)
    {
        uid = gid = 0;
        nint pw = getpwnam(user);
        if (pw == 0) return false;
        // struct passwd on 64-bit glibc: name, passwd (pointers), then uid and gid.
        uid = *(uint*)(pw + 2 * IntPtr.Size);
        gid = *(uint*)(pw + 2 * IntPtr.Size + 4);
        return true;
    }

    /// <summary>
    /// compress_savefile: the -z command runs on a file just closed, with the file as its one
    /// argument, looked up on PATH, at the lowest priority; tcpdump does not wait for it.
    /// </summary>
    public static void RunPostRotate(string command, string file)
    {
        string? program = OnPath(command, out string why);
        if (program == null)
        {
            Console.Error.Write("compress_savefile: execlp(" + command + ", " + file + ") failed: " + why + "\n");
            return;
        }
        try
        {
            var start = new ProcessStartInfo(program) { UseShellExecute = false };
            start.ArgumentList.Add(file);
            using var p = Process.Start(start);
            if (p != null) try { p.PriorityClass = ProcessPriorityClass.Idle; } catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { }
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.Write("compress_savefile: execlp(" + command + ", " + file + ") failed: " + Marshal.GetPInvokeErrorMessage(e.NativeErrorCode) + "\n");
        }
    }

    /// <summary>
    /// execlp's search: a name with a slash is used as it is; another is looked for only along PATH
    /// (the current directory is not searched unless PATH says so), and a file found but not
    /// executable makes the failure "Permission denied".
    /// </summary>
    private static string? OnPath(string command, out string why)
    {
        why = "No such file or directory";
        if (command.Length == 0) return null;
        if (command.Contains('/')) return command;
        bool denied = false;
        string path = Environment.GetEnvironmentVariable("PATH") ?? "/bin:/usr/bin";
        foreach (var dir in path.Split(':'))
        {
            string candidate = Path.Combine(dir.Length == 0 ? "." : dir, command);
            if (!File.Exists(candidate)) continue;
            if (access(candidate, 1) == 0) return candidate;
            denied = true;
        }
        if (denied) why = "Permission denied";
        return null;
    }

    [LibraryImport("libc.so.6", StringMarshalling = StringMarshalling.Utf8)] private static partial int access(string path, int mode);
    [LibraryImport("libc.so.6")] private static partial uint getuid();
    [LibraryImport("libc.so.6")] private static partial uint geteuid();
    [LibraryImport("libc.so.6", StringMarshalling = StringMarshalling.Utf8)] private static partial nint getpwnam(string name);
    [LibraryImport("libc.so.6", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] private static partial int initgroups(string user, uint group);
    [LibraryImport("libc.so.6", SetLastError = true)] private static partial int setgid(uint gid);
    [LibraryImport("libc.so.6", SetLastError = true)] private static partial int setuid(uint uid);
    [LibraryImport("libc.so.6", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] private static partial int chown(string path, uint uid, uint gid);
}
