namespace Wirecap.Print;

/// <summary>
/// Zephyr notices (print-zephyr.c): a header of NUL-terminated text fields (version "ZEPH0.2",
/// field count, kind, uid, port, authentication, class, instance, opcode, sender, recipient,
/// format, checksum, multipart), numbers in hex. Printed as a summary chosen by class and opcode.
/// </summary>
public static class Zephyr
{
    public const int ClientPort = 2103, ServerPort = 2104;
    private const int ServAck = 5;

    private static readonly Tok Kinds = new((0, "unsafe"), (1, "unacked"), (2, "acked"), (3, "hm-ack"), (4, "hm-ctl"),
        (5, "serv-ack"), (6, "serv-nak"), (7, "client-ack"), (8, "stat"));

    /// <summary>A text field: its offset and length in the frame (the NUL not counted).</summary>
    private readonly struct Field(int off, int len)
    {
        public readonly int Off = off, Len = len;
    }

    /// <summary>The parse position: the next field's offset and the bytes left in the notice.</summary>
    private ref struct Cursor
    {
        public int P, Left;
        public bool Lost;
    }

    /// <summary>parse_field: the NUL-terminated field at the cursor; marks the cursor lost when the notice ends first.</summary>
    private static Field Next(ref Frame f, ref Cursor c)
    {
        int start = c.P;
        while (true)
        {
            if (c.Left == 0) { c.Lost = true; return default; }
            byte b = f.U8(c.P);
            if (f.Truncated) { c.Lost = true; return default; }
            if (b == 0) break;
            c.P++;
            c.Left--;
        }
        var field = new Field(start, c.P - start);
        c.P++;
        c.Left--;
        return field;
    }

    /// <summary>strtol(s, 0, 16) on a field: optional spaces, sign and 0x, then hex digits.</summary>
    private static int Hex(ref Frame f, in Field s)
    {
        var d = f.Data.Slice(s.Off, s.Len);
        int i = 0;
        while (i < d.Length && (d[i] == ' ' || (d[i] >= '\t' && d[i] <= '\r'))) i++;
        bool neg = false;
        if (i < d.Length && (d[i] == '+' || d[i] == '-')) neg = d[i++] == '-';
        if (i + 2 < d.Length && d[i] == '0' && (d[i + 1] | 0x20) == 'x' && IsHex(d[i + 2])) i += 2;
        long v = 0;
        bool overflow = false;
        for (; i < d.Length && IsHex(d[i]); i++)
        {
            int digit = d[i] <= '9' ? d[i] - '0' : (d[i] | 0x20) - 'a' + 10;
            if (v > (long.MaxValue - digit) >> 4) overflow = true;
            else v = v * 16 + digit;
        }
        // strtol saturates at LONG_MAX / LONG_MIN; tcpdump keeps the low 32 bits.
        if (overflow) return neg ? 0 : -1;
        return (int)(neg ? -v : v);
    }

    private static bool IsHex(byte b) => (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'f');

    private static bool Is(ref Frame f, in Field s, ReadOnlySpan<byte> text) => f.Data.Slice(s.Off, s.Len).SequenceEqual(text);

    public static void Print(ref Frame f, int cp, int length)
    {
        f.Proto = "zephyr";
        var o = f.Out;
        var c = new Cursor { P = cp, Left = length };

        var version = Next(ref f, ref c);
        if (c.Lost) goto invalid;
        if (version.Len < 4 || !f.Data.Slice(version.Off, 4).SequenceEqual("ZEPH"u8)) return;

        Next(ref f, ref c);                                   // number of fields
        var kindField = Next(ref f, ref c);
        Next(ref f, ref c);                                   // uid
        Next(ref f, ref c);                                   // port
        Next(ref f, ref c);                                   // auth
        Next(ref f, ref c);                                   // auth length
        Next(ref f, ref c);                                   // auth data
        var cls = Next(ref f, ref c);
        var inst = Next(ref f, ref c);
        var opcode = Next(ref f, ref c);
        var sender = Next(ref f, ref c);
        var recipient = Next(ref f, ref c);
        Next(ref f, ref c);                                   // format
        Next(ref f, ref c);                                   // checksum
        Next(ref f, ref c);                                   // multipart
        Next(ref f, ref c);                                   // multipart uid
        if (c.Lost) goto invalid;
        int kind = Hex(ref f, in kindField);

        o.Write(" zephyr"u8);
        var rest = f.Data.Slice(version.Off + 4, version.Len - 4);
        if (!rest.StartsWith("0.2"u8))
        {
            o.Write(" v"u8); Str(o, rest);
            return;
        }

        o.Char(' '); Kinds.Print(o, (uint)kind, "type %d");
        if (kind == ServAck)
        {
            var ack = Next(ref f, ref c);
            if (!c.Lost && !Is(ref f, in ack, "SENT"u8)) { o.Char('/'); Lower(o, f.Data.Slice(ack.Off, ack.Len)); }
        }
        if (sender.Len > 0) { o.Char(' '); Str(o, f.Data.Slice(sender.Off, sender.Len)); }

        if (Is(ref f, in cls, "USER_LOCATE"u8))
        {
            if (Is(ref f, in opcode, "USER_HIDE"u8)) o.Write(" hide"u8);
            else if (Is(ref f, in opcode, "USER_UNHIDE"u8)) o.Write(" unhide"u8);
            else { o.Write(" locate "u8); Str(o, f.Data.Slice(inst.Off, inst.Len)); }
            return;
        }
        if (Is(ref f, in cls, "ZEPHYR_ADMIN"u8))
        {
            o.Write(" zephyr-admin "u8); Lower(o, f.Data.Slice(opcode.Off, opcode.Len));
            return;
        }
        if (Is(ref f, in cls, "ZEPHYR_CTL"u8))
        {
            if (Is(ref f, in inst, "CLIENT"u8))
            {
                bool sub = Is(ref f, in opcode, "SUBSCRIBE"u8), nodefs = Is(ref f, in opcode, "SUBSCRIBE_NODEFS"u8);
                if (sub || nodefs || Is(ref f, in opcode, "UNSUBSCRIBE"u8))
                {
                    o.Write(sub ? " sub"u8 : " unsub"u8);
                    if (nodefs) o.Write("-nodefs"u8);
                    if (kind != ServAck)
                    {
                        var tc = Next(ref f, ref c);
                        var ti = Next(ref f, ref c);
                        var tr = Next(ref f, ref c);
                        if (!c.Lost) { o.Char(' '); Triple(ref f, tc, ti, tr); }
                    }
                    return;
                }
                if (Is(ref f, in opcode, "GIMME"u8)) { o.Write(" ret"u8); return; }
                if (Is(ref f, in opcode, "GIMMEDEFS"u8)) { o.Write(" gimme-defs"u8); return; }
                if (Is(ref f, in opcode, "CLEARSUB"u8)) { o.Write(" clear-subs"u8); return; }
                o.Char(' '); Lower(o, f.Data.Slice(opcode.Off, opcode.Len));
                return;
            }
            if (Is(ref f, in inst, "HM"u8))
            {
                o.Char(' '); Lower(o, f.Data.Slice(opcode.Off, opcode.Len));
                return;
            }
            if (Is(ref f, in inst, "REALM"u8))
            {
                if (Is(ref f, in opcode, "ADD_SUBSCRIBE"u8)) o.Write(" realm add-subs"u8);
                if (Is(ref f, in opcode, "REQ_SUBSCRIBE"u8)) o.Write(" realm req-subs"u8);
                if (Is(ref f, in opcode, "RLM_SUBSCRIBE"u8)) o.Write(" realm rlm-sub"u8);
                if (Is(ref f, in opcode, "RLM_UNSUBSCRIBE"u8)) o.Write(" realm rlm-unsub"u8);
                return;
            }
        }
        if (Is(ref f, in cls, "HM_CTL"u8))
        {
            o.Write(" hm_ctl "u8); Lower(o, f.Data.Slice(inst.Off, inst.Len));
            o.Char(' '); Lower(o, f.Data.Slice(opcode.Off, opcode.Len));
            return;
        }
        if (Is(ref f, in cls, "HM_STAT"u8) && Is(ref f, in inst, "HMST_CLIENT"u8) && Is(ref f, in opcode, "GIMMESTATS"u8))
        {
            o.Write(" get-client-stats"u8);
            return;
        }
        if (Is(ref f, in cls, "WG_CTL"u8))
        {
            o.Write(" wg_ctl "u8); Lower(o, f.Data.Slice(inst.Off, inst.Len));
            o.Char(' '); Lower(o, f.Data.Slice(opcode.Off, opcode.Len));
            return;
        }
        if (Is(ref f, in cls, "LOGIN"u8))
        {
            if (Is(ref f, in opcode, "USER_FLUSH"u8)) { o.Write(" flush_locs"u8); return; }
            if (Is(ref f, in opcode, "NONE"u8) || Is(ref f, in opcode, "OPSTAFF"u8) ||
                Is(ref f, in opcode, "REALM-VISIBLE"u8) || Is(ref f, in opcode, "REALM-ANNOUNCED"u8) ||
                Is(ref f, in opcode, "NET-VISIBLE"u8) || Is(ref f, in opcode, "NET-ANNOUNCED"u8))
            {
                o.Write(" set-exposure "u8); Lower(o, f.Data.Slice(opcode.Off, opcode.Len));
                return;
            }
        }

        o.Write(" to "u8); Triple(ref f, cls, inst, recipient);
        if (opcode.Len > 0) { o.Write(" op "u8); Str(o, f.Data.Slice(opcode.Off, opcode.Len)); }
        return;

    invalid:
        o.Write(" (invalid)"u8);
    }

    /// <summary>fn_print_str: the characters with non-printable ones escaped.</summary>
    private static void Str(TextOut o, ReadOnlySpan<byte> s)
    {
        foreach (byte b in s) TextProto.PrintChar(o, b);
    }

    /// <summary>str_to_lower: at most 255 characters (tcpdump's buffer), ASCII letters lowered.</summary>
    private static void Lower(TextOut o, ReadOnlySpan<byte> s)
    {
        if (s.Length > 255) s = s[..255];
        foreach (byte b in s) TextProto.PrintChar(o, b >= 'A' && b <= 'Z' ? (byte)(b | 0x20) : b);
    }

    /// <summary>z_triple: "&lt;class,instance,recipient&gt;", recipient "*" when empty, cut to 255 characters as tcpdump's buffer is.</summary>
    private static void Triple(ref Frame f, Field cls, Field inst, Field recipient)
    {
        Span<byte> buf = stackalloc byte[255];
        int n = 0;
        void Add(Span<byte> buf, ref int n, ReadOnlySpan<byte> s)
        {
            int k = Math.Min(s.Length, buf.Length - n);
            s[..k].CopyTo(buf[n..]);
            n += k;
        }
        Add(buf, ref n, "<"u8);
        Add(buf, ref n, f.Data.Slice(cls.Off, cls.Len));
        Add(buf, ref n, ","u8);
        Add(buf, ref n, f.Data.Slice(inst.Off, inst.Len));
        Add(buf, ref n, ","u8);
        Add(buf, ref n, recipient.Len == 0 ? "*"u8 : f.Data.Slice(recipient.Off, recipient.Len));
        Add(buf, ref n, ">"u8);
        Str(f.Out, buf[..n]);
    }
}
