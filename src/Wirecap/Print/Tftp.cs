namespace Wirecap.Print;

/// <summary>TFTP (print-tftp.c, RFC 1350/2347): the opcode and its fields (file name, mode, options, block, error).</summary>
public static class Tftp
{
    private const int Rrq = 1, Wrq = 2, Data = 3, Ack = 4, Error = 5, Oack = 6;

    private static readonly Tok Opcodes = new((Rrq, "RRQ"), (Wrq, "WRQ"), (Data, "DATA"), (Ack, "ACK"), (Error, "ERROR"), (Oack, "OACK"));
    private static readonly Tok Errors = new((0, "EUNDEF"), (1, "ENOTFOUND"), (2, "EACCESS"), (3, "ENOSPACE"), (4, "EBADOP"),
        (5, "EBADID"), (6, "EEXISTS"), (7, "ENOUSER"));

    public static void Print(ref Frame f, int bp, int length)
    {
        f.Proto = "tftp";
        var o = f.Out;
        o.Write("TFTP, length "u8); o.Dec((uint)length);
        if (length < 2) { f.PrintTrunc(); return; }
        int opcode = f.U16(bp);
        if (f.Truncated) return;
        o.Write(", "u8);
        if (Opcodes.Find((uint)opcode) is not { } name) { o.Write("tftp-#"u8); o.Dec(opcode); return; }
        o.Write(name);
        bp += 2;
        length -= 2;
        int ui;
        switch (opcode)
        {
            case Rrq:
            case Wrq:
                if (length == 0) goto trunc;
                o.Write(" \""u8);
                ui = PrintZ(ref f, bp, length);
                o.Char('"');
                if (ui == 0) goto trunc;
                bp += ui; length -= ui;
                if (length == 0) goto trunc;
                o.Char(' ');
                ui = PrintZ(ref f, bp, length);
                if (ui == 0) goto trunc;
                bp += ui; length -= ui;
                if (!OptionsPrint(ref f, bp, length)) goto trunc;
                break;
            case Oack:
                if (!OptionsPrint(ref f, bp, length)) goto trunc;
                break;
            case Ack:
            case Data:
                {
                    if (length < 2) goto trunc;
                    int block = f.U16(bp);
                    o.Write(" block "u8); o.Dec(block);
                    break;
                }
            case Error:
                {
                    if (length < 2) goto trunc;
                    int code = f.U16(bp);
                    if (f.Truncated) return;
                    o.Char(' ');
                    if (Errors.Find((uint)code) is { } e) o.Write(e);
                    else { o.Write("tftp-err-#"u8); o.Dec(code); o.Write(" \""u8); }
                    bp += 2; length -= 2;
                    if (length == 0) goto trunc;
                    o.Write(" \""u8);
                    ui = PrintZ(ref f, bp, length);
                    o.Char('"');
                    if (ui == 0) goto trunc;
                    break;
                }
        }
        return;
    trunc:
        f.PrintTrunc();
    }

    /// <summary>The NUL-separated option names and values; false when one is cut off.</summary>
    private static bool OptionsPrint(ref Frame f, int bp, int length)
    {
        while (length != 0 && !f.Truncated)
        {
            byte c = f.U8(bp);
            if (f.Truncated) return true;
            if (c != 0) f.Out.Char(' ');
            int ui = PrintZ(ref f, bp, length);
            if (ui == 0) return false;
            bp += ui;
            length -= ui;
        }
        return true;
    }

    /// <summary>nd_printztn: a NUL-terminated string of at most n bytes; the bytes used with the NUL, or 0 when it has none.</summary>
    internal static int PrintZ(ref Frame f, int s, int n)
    {
        int bytes = 0;
        for (; ; )
        {
            if (n == 0 || s >= f.End) return 0;
            byte c = f.Data[s];
            s++;
            bytes++;
            n--;
            if (c == 0) return bytes;
            TextProto.PrintChar(f.Out, c);
        }
    }
}
