namespace Wirecap.Print;

/// <summary>SSH (print-ssh.c): only the identification line ("SSH-2.0-...") that opens each side's stream.</summary>
public static class Ssh
{
    /// <summary>ssh_print: ": SSH: SSH-2.0-OpenSSH_9.2" for a complete printable version line, nothing otherwise.</summary>
    public static void Print(ref Frame f, int off, int len)
    {
        f.Proto = "ssh";
        if (f.U8(off) != 'S' || f.U8(off + 1) != 'S' || f.U8(off + 2) != 'H' || f.U8(off + 3) != '-') return;
        int idx = 4;
        while (idx < len)
        {
            byte c = f.U8(off + idx);
            if (f.Truncated) return;
            if (c == '\n') goto print;
            if (c == '\r')
            {
                if (idx + 1 >= len) return;
                if (f.U8(off + idx + 1) == '\n') goto print;
                return;
            }
            if (c < 0x20 || c >= 0x7f) return;
            idx++;
        }
        return;

    print:
        if (f.Truncated) return;
        f.Out.Write(": SSH: "u8);
        f.Out.Write(f.Data.Slice(off, idx));
    }
}
