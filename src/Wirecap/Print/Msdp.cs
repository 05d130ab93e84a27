namespace Wirecap.Print;

/// <summary>MSDP (print-msdp.c, RFC 3618): the TLVs of a message, type, length, value.</summary>
public static class Msdp
{
    private const int TypeMax = 7;

    public static void Print(ref Frame f, int sp, int length)
    {
        f.Proto = "msdp";
        var o = f.Out;
        o.Write(": msdp"u8);
        int type = f.U8(sp);
        int len = f.U16(sp + 1);
        if (f.Truncated) return;
        // Not really truncated, but not at the start of a message either.
        if (len > 1500 || len < 3 || type == 0 || type > TypeMax) { f.PrintTrunc(); return; }
        while (length != 0 && !f.Truncated)
        {
            type = f.U8(sp);
            len = f.U16(sp + 1);
            if (f.Truncated) return;
            if (len > 1400 || f.Opt.Verbose > 0) { o.Write(" [len "u8); o.Dec(len); o.Char(']'); }
            if (len < 3 || (uint)length < (uint)len) { f.PrintTrunc(); return; }
            sp += 3;
            length -= 3;
            switch (type)
            {
                case 1:
                case 3:
                    {
                        o.Write(type == 1 ? " SA"u8 : " SA-Response"u8);
                        int entries = f.U8(sp);
                        if (f.Truncated) return;
                        o.Write(" "u8); o.Dec(entries); o.Write(" entries"u8);
                        if (entries * 12 + 8 < len)
                        {
                            o.Write(" [w/data]"u8);
                            if (f.Opt.Verbose > 1)
                            {
                                o.Char(' ');
                                Ip.Print(ref f, sp + entries * 12 + 8 - 3, len - (entries * 12 + 8));
                                f.Proto = "msdp";
                            }
                        }
                        break;
                    }
                case 2:
                    {
                        var a = f.Bytes(sp + 1, 4);
                        if (f.Truncated) return;
                        o.Write(" SA-Request for "u8); f.Ctx.Names.IPv4(o, a);
                        break;
                    }
                case 4:
                    o.Write(" Keepalive"u8);
                    if (len != 3) { o.Write("[len="u8); o.Dec(len); o.Write("] "u8); }
                    break;
                case 5:
                    o.Write(" Notification"u8);
                    break;
                default:
                    o.Write(" [type="u8); o.Dec(type); o.Write(" len="u8); o.Dec(len); o.Char(']');
                    break;
            }
            sp += len - 3;
            length -= len - 3;
        }
    }
}
