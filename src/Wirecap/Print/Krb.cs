namespace Wirecap.Print;

/// <summary>
/// Kerberos (print-krb.c). Only version 4 messages are decoded; V1-V3 print their version and
/// V5 (an ASN.1 APPLICATION tag 106/107 in the first byte) prints " v5". Other first bytes print nothing.
/// <code>
/// V4 message:
/// +--------+--------+----------------------------------------
/// |  pvno  | type+B | type-specific fields (NUL-terminated strings,
/// +--------+--------+ 2-byte lengths in the sender's byte order)
/// </code>
/// The low bit of the type byte (B) is set when the sender is little-endian.
/// </summary>
public static class Krb
{
    public const int Port = 88, SecPort = 750;
    private const int PvnoOff = 0, TypeOff = 1, HdrSize = 2;

    // Message types, already shifted left past the byte-order bit.
    private const uint KdcRequest = 1 << 1, KdcReply = 2 << 1, ApplRequest = 3 << 1, ErrReply = 5 << 1;

    private static readonly Tok Types = new((1 << 1, "KDC_REQUEST"), (2 << 1, "KDC_REPLY"), (3 << 1, "APPL_REQUEST"),
        (4 << 1, "APPL_REQUEST_MUTUAL"), (5 << 1, "ERR_REPLY"), (6 << 1, "PRIVATE"), (7 << 1, "SAFE"),
        (8 << 1, "APPL_ERR"), (63 << 1, "DIE"));

    private static readonly Tok Errors = new((0, "OK"), (1, "NAME_EXP"), (2, "SERVICE_EXP"), (3, "AUTH_EXP"),
        (4, "PKT_VER"), (5, "NAME_MAST_KEY_VER"), (6, "SERV_MAST_KEY_VER"), (7, "BYTE_ORDER"),
        (8, "PRINCIPAL_UNKNOWN"), (9, "PRINCIPAL_NOT_UNIQUE"), (10, "NULL_KEY"));

    public static void Print(ref Frame f, int bp)
    {
        f.Proto = "krb";
        var o = f.Out;
        if (bp >= f.End) { f.PrintTrunc(); return; }
        uint pvno = f.U8(bp + PvnoOff);
        switch (pvno)
        {
            case 1: case 2: case 3:
                o.Write(" v"u8); o.Dec(pvno);
                break;
            case 4:
                o.Write(" v4"u8);
                V4Print(ref f, bp);
                break;
            case 106: case 107:
                o.Write(" v5"u8);   // tcpdump does not decode the ASN.1
                break;
        }
    }

    private static void V4Print(ref Frame f, int bp)
    {
        var o = f.Out;
        uint typeByte = f.U8(bp + TypeOff);
        if (f.Truncated) return;
        bool le = (typeByte & 1) != 0;
        uint type = typeByte & 0xfe;
        o.Write(le ? " le "u8 : " be "u8);
        Types.Print(o, type);
        o.Write(": "u8);

        int cp = bp + HdrSize;
        switch (type)
        {
            case KdcRequest:
                // name.instance@realm, 4-byte time, lifetime in 5-minute units, service.instance
                if ((cp = Principal(ref f, cp)) < 0) return;
                cp += 4;
                uint life = f.U8(cp);
                if (f.Truncated) return;
                o.Char(' '); o.Dec(life * 5); o.Write("min "u8);
                cp++;
                if ((cp = CString(ref f, cp)) < 0) { f.PrintTrunc(); return; }
                o.Char('.');
                if (CString(ref f, cp) < 0) f.PrintTrunc();
                break;

            case ApplRequest:
                // kvno, realm, ticket length, authenticator length
                uint kvno = f.U8(cp);
                if (f.Truncated) return;
                o.Char('v'); o.Dec(kvno); o.Char(' ');
                cp++;
                if ((cp = CString(ref f, cp)) < 0) { f.PrintTrunc(); return; }
                uint ticketLen = f.U8(cp);
                if (f.Truncated) return;
                o.Write(" ("u8); o.Dec(ticketLen); o.Char(')');
                uint authLen = f.U8(cp + 1);
                if (f.Truncated) return;
                o.Write(" ("u8); o.Dec(authLen); o.Char(')');
                break;

            case KdcReply:
                // principal, then time (4), count (1), expiry (4), kvno (1), cipher length (2)
                if ((cp = Principal(ref f, cp)) < 0) return;
                cp += 10;
                uint len = Host16(ref f, cp, le);
                if (f.Truncated) return;
                o.Write(" ("u8); o.Dec(len); o.Char(')');
                break;

            case ErrReply:
                // principal, time (4), error code (4, only the first two bytes read), error text
                if ((cp = Principal(ref f, cp)) < 0) return;
                cp += 4;
                uint code = Host16(ref f, cp, le);
                if (f.Truncated) return;
                o.Char(' '); Errors.Print(o, code); o.Char(' ');
                cp += 4;
                if (CString(ref f, cp) < 0) f.PrintTrunc();
                break;

            default:
                o.Write("(unknown)"u8);
                break;
        }
    }

    /// <summary>A 2-byte field in the sender's byte order.</summary>
    private static uint Host16(ref Frame f, int off, bool le) => le ? f.U16LE(off) : f.U16(off);

    /// <summary>name.instance@realm; -1 (after the truncation marker) when a string runs past the capture.</summary>
    private static int Principal(ref Frame f, int cp)
    {
        var o = f.Out;
        if ((cp = CString(ref f, cp)) >= 0)
        {
            o.Char('.');
            if ((cp = CString(ref f, cp)) >= 0)
            {
                o.Char('@');
                if ((cp = CString(ref f, cp)) >= 0) return cp;
            }
        }
        f.PrintTrunc();
        return -1;
    }

    /// <summary>
    /// A NUL-terminated string, printed as far as captured; returns the offset past the NUL, or -1
    /// when the capture ends before one (the caller prints the truncation marker).
    /// </summary>
    private static int CString(ref Frame f, int s)
    {
        var o = f.Out;
        while (s >= 0 && s < f.End)
        {
            byte c = f.Data[s++];
            if (c == 0) return s;
            TextProto.PrintChar(o, c);
        }
        return -1;
    }
}
