namespace Wirecap.Print;

/// <summary>
/// RESP, the Redis serialization protocol (print-resp.c): every item of the payload as a quoted
/// string, arrays flattened, pipelined commands one after another. Any parse failure ends the
/// line with " [|resp]".
/// </summary>
public static class Resp
{
    private const int Trunc = -1;

    public static void Print(ref Frame f, int bp, int length)
    {
        f.Proto = "resp";
        f.Out.Write(": RESP"u8);
        while (length > 0)
        {
            int n = Parse(ref f, bp, length);
            if (n < 0) { f.PrintTrunc(); return; }
            bp += n;
            length -= n;
        }
    }

    /// <summary>resp_parse: one item at bp; the bytes it took, or -1.</summary>
    private static int Parse(ref Frame f, int bp, int length)
    {
        if (length < 1) return Trunc;
        byte op = f.U8(bp);
        if (f.Truncated) return Trunc;
        return op switch
        {
            (byte)'+' or (byte)':' or (byte)'-' => StringErrorInteger(ref f, bp, length),
            (byte)'$' => BulkString(ref f, bp, length),
            (byte)'*' => Array(ref f, bp, length),
            _ => Inline(ref f, bp, length),
        };
    }

    /// <summary>FIND_CRLF: advances p to a CR LF pair; false when the data or the capture ends first.</summary>
    private static bool FindCrLf(ref Frame f, ref int p, ref int len)
    {
        for (; ; )
        {
            if (len < 2 || !f.Has(p, 2)) return false;
            if (f.Data[p] == '\r' && f.Data[p + 1] == '\n') return true;
            p++;
            len--;
        }
    }

    /// <summary>CONSUME_CR_OR_LF: skips CRs and LFs; false when the data ends before anything else but none was seen.</summary>
    private static bool ConsumeCrOrLf(ref Frame f, ref int p, ref int len)
    {
        bool found = false;
        for (; ; )
        {
            if (len == 0 || !f.Has(p, 1)) return found;
            byte c = f.Data[p];
            if (c != '\r' && c != '\n') return true;
            found = true;
            p++;
            len--;
        }
    }

    /// <summary>RESP_PRINT_SEGMENT: ' "text"'; false when the capture ends inside the text.</summary>
    private static bool Segment(ref Frame f, int p, int n)
    {
        var o = f.Out;
        o.Write(" \""u8);
        while (n > 0 && p < f.End)
        {
            n--;
            TextProto.PrintChar(o, f.Data[p++]);
        }
        if (n != 0) return false;
        o.Char('"');
        return true;
    }

    private static int StringErrorInteger(ref Frame f, int bp, int length)
    {
        int cur = length - 1;
        bp++;
        int p = bp;
        if (!FindCrLf(ref f, ref p, ref cur)) return Trunc;
        int len = p - bp;
        if (!Segment(ref f, bp, len)) return Trunc;
        return 1 + len + 2;
    }

    private static int BulkString(ref Frame f, int bp, int length)
    {
        int cur = length - 1;
        bp++;
        int stringLen = GetLength(ref f, ref bp, ref cur);
        if (f.Truncated) return Trunc;
        if (stringLen >= 0)
        {
            if (stringLen == 0) f.Out.Write(" empty"u8);
            else
            {
                if (cur < stringLen || !f.Has(bp, stringLen)) return Trunc;
                if (!Segment(ref f, bp, stringLen)) return Trunc;
                bp += stringLen;
                cur -= stringLen;
            }
            if (!FindCrLf(ref f, ref bp, ref cur)) return Trunc;
            bp += 2;
            cur -= 2;
        }
        else if (!InvalidLengthPrint(f.Out, stringLen)) return Trunc;
        return length - cur;
    }

    private static int Array(ref Frame f, int bp, int length)
    {
        int cur = length - 1;
        bp++;
        int arrayLen = GetLength(ref f, ref bp, ref cur);
        if (f.Truncated) return Trunc;
        if (arrayLen > 0)
        {
            for (int i = 0; i < arrayLen; i++)
            {
                int n = Parse(ref f, bp, cur);
                if (n < 0) return Trunc;
                bp += n;
                cur -= n;
            }
        }
        else if (arrayLen == 0) f.Out.Write(" empty"u8);
        else if (!InvalidLengthPrint(f.Out, arrayLen)) return Trunc;
        return length - cur;
    }

    /// <summary>The texts for the negative results of GetLength; false for -2 (truncated).</summary>
    private static bool InvalidLengthPrint(TextOut o, int code)
    {
        switch (code)
        {
            case -1: o.Write(" null"u8); break;
            case -2: return false;
            case -3: o.Write(" length too large"u8); break;
            case -4: o.Write(" length negative and not -1"u8); break;
            default: o.Write(" invalid"u8); break;
        }
        return true;
    }

    private static int Inline(ref Frame f, int bp, int length)
    {
        int cur = length;
        if (!ConsumeCrOrLf(ref f, ref bp, ref cur)) return Trunc;
        int p = bp;
        for (; ; )
        {
            if (cur < 1) return Trunc;
            byte c = f.U8(p);
            if (f.Truncated) return Trunc;
            if (c == '\r' || c == '\n') break;
            p++;
            cur--;
        }
        if (!Segment(ref f, bp, p - bp)) return Trunc;
        if (!ConsumeCrOrLf(ref f, ref p, ref cur)) return Trunc;
        return length - cur;
    }

    /// <summary>
    /// resp_get_length: "[-]digits\r\n" at p (moved past what was read, len reduced with it): the
    /// value, -1 for "-1" (null), -2 truncated, -3 too large, -4 another negative, -5 invalid.
    /// </summary>
    private static int GetLength(ref Frame f, ref int p, ref int len)
    {
        int start = p;
        int result = GetLengthCore(ref f, ref p, len);
        len -= p - start;
        return result;
    }

    private static int GetLengthCore(ref Frame f, ref int bp, int len)
    {
        if (len == 0) return -2;
        bool tooLarge = false, neg = false, sawDigit = false;
        if (f.U8(bp) == '-') { neg = true; bp++; len--; }
        int result = 0;
        for (; ; )
        {
            if (len == 0) return -2;
            int c = f.U8(bp);
            if (f.Truncated) return -2;
            if (c < '0' || c > '9')
            {
                if (!sawDigit) { bp++; return -5; }
                break;
            }
            c -= '0';
            if (result > int.MaxValue / 10) tooLarge = true;
            else
            {
                result *= 10;
                if (result == int.MaxValue / 10 * 10 && c > int.MaxValue % 10) tooLarge = true;
                else result += c;
            }
            bp++;
            len--;
            sawDigit = true;
        }
        if (f.U8(bp) != '\r') { bp++; return -5; }
        bp++;
        len--;
        if (len == 0) return -2;
        if (f.U8(bp) != '\n') { bp++; return -5; }
        bp++;
        if (neg)
        {
            if (tooLarge || result != 1) return -4;
            result = -1;
        }
        return tooLarge ? -3 : result;
    }
}
