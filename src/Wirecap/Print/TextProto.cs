namespace Wirecap.Print;

/// <summary>
/// Text protocols carried over TCP (util-print.c's txtproto_print and the printers that use it:
/// SMTP, FTP, WHOIS, RTSP; HTTP is in <see cref="Http"/>). The protocol's name in capitals, then
/// the first line, or with -v ", length: N" and every printable line on its own.
/// </summary>
public static class TextProto
{
    /// <summary>Request names that mark a payload as the start of a request or response.</summary>
    public enum Commands { None, Http, Rtsp }

    private const int MaxToken = 128;

    private static readonly string[] RtspCommands =
        ["DESCRIBE", "ANNOUNCE", "GET_PARAMETER", "OPTIONS", "PAUSE", "PLAY", "RECORD", "REDIRECT", "SETUP",
         "SET_PARAMETER", "TEARDOWN"];

    /// <summary>
    /// txtproto_print. With a command list, the payload is printed only when its first token is a
    /// command or its second a three-digit status; otherwise only the protocol name is printed.
    /// </summary>
    public static void Print(ref Frame f, int off, int len, string proto, Commands cmds)
    {
        f.Proto = proto;
        var o = f.Out;
        bool printThis = false;
        if (cmds != Commands.None)
        {
            Span<byte> token = stackalloc byte[MaxToken + 1];
            int idx = FetchToken(ref f, off, 0, len, token, out int tokLen);
            if (idx != 0)
            {
                var list = cmds == Commands.Http ? Http.Commands : RtspCommands;
                foreach (var c in list)
                {
                    if (EqualsIgnoreCase(token[..tokLen], c)) { printThis = true; break; }
                }
                // The response code is the second token ("HTTP/1.1 200 OK").
                idx = FetchToken(ref f, off, idx, len, token, out tokLen);
                if (idx != 0 && tokLen == 3 && IsDigit(token[0]) && IsDigit(token[1]) && IsDigit(token[2]))
                    printThis = true;
            }
        }
        else printThis = true;

        foreach (char c in proto) o.Char((byte)char.ToUpperInvariant(c));

        if (!printThis) return;
        if (f.Opt.Verbose > 0)
        {
            o.Write(", length: "u8); o.Dec((uint)len);
            int eol;
            for (int idx = 0; idx < len && (eol = LinePrint(ref f, "\n\t"u8, off, idx, len)) != 0; idx = eol) { }
        }
        else LinePrint(ref f, ": "u8, off, 0, len);
    }

    private static bool IsDigit(byte c) => c >= '0' && c <= '9';
    private static bool IsPrint(byte c) => c >= 0x20 && c < 0x7f;

    private static bool EqualsIgnoreCase(ReadOnlySpan<byte> token, string cmd)
    {
        if (token.Length != cmd.Length) return false;
        for (int i = 0; i < token.Length; i++)
        {
            int a = token[i], b = cmd[i];
            if (a >= 'a' && a <= 'z') a -= 32;
            if (b >= 'a' && b <= 'z') b -= 32;
            if (a != b) return false;
        }
        return true;
    }

    /// <summary>
    /// fetch_token: the token at idx and the index after it and its blanks, or 0 when there is
    /// no printable token there (uncaptured bytes end it quietly).
    /// </summary>
    private static int FetchToken(ref Frame f, int off, int idx, int len, scoped Span<byte> tbuf, out int tokLen)
    {
        tokLen = 0;
        for (; idx < len; idx++)
        {
            if (!f.Has(off + idx, 1)) return 0;
            byte c = f.Data[off + idx];
            if (c >= 0x80) return 0;
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') break;
            if (!IsPrint(c)) return 0;
            if (tokLen + 2 > tbuf.Length) return 0;
            tbuf[tokLen++] = c;
        }
        if (tokLen == 0) return 0;
        for (; idx < len; idx++)
        {
            if (!f.Has(off + idx, 1)) break;
            byte c = f.Data[off + idx];
            if (c == '\r' || c == '\n') break;
            if (!IsPrint(c)) break;
            if (c != ' ' && c != '\t') break;
        }
        return idx;
    }

    /// <summary>
    /// print_txt_line: prints prefix and the line at idx (LF or CR-LF ended) and returns the index
    /// after it; returns 0 on binary data. A printable tail without line end is printed as truncated.
    /// </summary>
    private static int LinePrint(ref Frame f, ReadOnlySpan<byte> prefix, int off, int idx, int len)
    {
        int start = idx;
        int lineLen;
        while (idx < len)
        {
            byte c = f.U8(off + idx);
            if (f.Truncated) return 0;
            if (c == '\n')
            {
                lineLen = idx - start;
                idx++;
                goto print;
            }
            if (c == '\r')
            {
                if (idx + 1 >= len) return 0;
                byte next = f.U8(off + idx + 1);
                if (f.Truncated) return 0;
                if (next == '\n')
                {
                    lineLen = idx - start;
                    idx += 2;
                    goto print;
                }
                return 0;
            }
            if (!IsPrint(c) && c != '\t') return 0;
            idx++;
        }
        f.Out.Write(prefix);
        f.Out.Write(f.Data.Slice(off + start, idx - start));
        f.PrintTrunc();
        return 0;

    print:
        f.Out.Write(prefix);
        f.Out.Write(f.Data.Slice(off + start, lineLen));
        return idx;
    }

    /// <summary>nd_printjnp: up to n characters, ending at a NUL; a byte not captured ends the packet.</summary>
    public static void PrintJnp(ref Frame f, int p, int n)
    {
        for (; n > 0; n--, p++)
        {
            byte c = f.U8(p);
            if (f.Truncated || c == 0) break;
            PrintChar(f.Out, c);
        }
    }

    /// <summary>fn_print_char: a byte as tcpdump shows it, M- for the high bit, ^ for controls.</summary>
    public static void PrintChar(TextOut o, byte c)
    {
        if (c >= 0x80)
        {
            c &= 0x7f;
            o.Write("M-"u8);
        }
        if (!IsPrint(c))
        {
            c ^= 0x40;
            o.Char('^');
        }
        o.Char(c);
    }
}
