namespace Wirecap.Print;

/// <summary>BEEP (print-beep.c, RFC 3080): the frame's keyword only.</summary>
public static class Beep
{
    public static void Print(ref Frame f, int off, int length)
    {
        f.Proto = "beep";
        var o = f.Out;
        // tcpdump compares four bytes against "MSG" and "END" too, so those two match only with a NUL after them.
        if (Starts(ref f, "MSG\0"u8, off, length)) o.Write(" BEEP MSG"u8);
        else if (Starts(ref f, "RPY "u8, off, length)) o.Write(" BEEP RPY"u8);
        else if (Starts(ref f, "ERR "u8, off, length)) o.Write(" BEEP ERR"u8);
        else if (Starts(ref f, "ANS "u8, off, length)) o.Write(" BEEP ANS"u8);
        else if (Starts(ref f, "NUL "u8, off, length)) o.Write(" BEEP NUL"u8);
        else if (Starts(ref f, "SEQ "u8, off, length)) o.Write(" BEEP SEQ"u8);
        else if (Starts(ref f, "END\0"u8, off, length)) o.Write(" BEEP END"u8);
        else o.Write(" BEEP (payload or undecoded)"u8);
    }

    /// <summary>l_strnstart: the captured payload begins with key (compared as strncmp does, up to a NUL).</summary>
    private static bool Starts(ref Frame f, ReadOnlySpan<byte> key, int off, int length)
    {
        if (!f.Has(off, key.Length) || key.Length > length) return false;
        for (int i = 0; i < key.Length; i++)
        {
            byte c = f.Data[off + i];
            if (c != key[i]) return false;
            if (c == 0) break;
        }
        return true;
    }
}
