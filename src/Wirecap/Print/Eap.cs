namespace Wirecap.Print;

/// <summary>
/// EAP (print-eap.c; RFC 3748) and its 802.1X carrier EAPOL (EtherType 0x888e). EAP also comes in
/// RADIUS EAP-Message attributes.
/// <code>
/// EAPOL: | version (8) | type (8) | length (16) | body (an EAP packet for type 0)
/// EAP:   | code (8) | identifier (8) | length (16) | type (8, requests and responses) | data
/// </code>
/// </summary>
public static class Eap
{
    public const int EtherTypeEapol = 0x888e;
    private const int EapolPacket = 0;

    private static readonly Tok EapolTypes = new((0, "EAP packet"), (1, "EAPOL start"), (2, "EAPOL logoff"),
        (3, "EAPOL key"), (4, "Encapsulated ASF alert"));

    /// <summary>eapol_print: the EAPOL header, and with -v the EAP packet it carries.</summary>
    public static void EapolPrint(ref Frame f, int cp)
    {
        f.Proto = "eap";
        var o = f.Out;
        if (!LocalTrunc.Check(ref f, cp, 4)) return;
        int version = f.Data[cp], type = f.Data[cp + 1];
        int length = f.Data[cp + 2] << 8 | f.Data[cp + 3];
        EapolTypes.Print(o, (uint)type, "unknown"); o.Write(" ("u8); o.Dec(type);
        o.Write(") v"u8); o.Dec(version); o.Write(", len "u8); o.Dec(length);
        if (f.Opt.Verbose < 1) return;
        if (type != EapolPacket) return;
        if (length == 0) { f.PrintTrunc(); return; }
        o.Write(", "u8);
        Print(ref f, cp + 4, length);
    }

    private const int EapRequest = 1, EapResponse = 2;
    private const int EapIdentity = 1, EapNotification = 2, EapNak = 3, EapTls = 13, EapSim = 18, EapTtls = 21;
    private const int EapAka = 23, EapFast = 43;

    private static readonly Tok EapCodes = new((1, "Request"), (2, "Response"), (3, "Success"), (4, "Failure"));
    private static readonly Tok EapTypes = new((0, "No proposed"), (1, "Identity"), (2, "Notification"), (3, "Nak"),
        (4, "MD5-challenge"), (5, "OTP"), (6, "GTC"), (13, "TLS"), (18, "SIM"), (21, "TTLS"), (23, "AKA"),
        (43, "FAST"), (254, "Expanded types"), (255, "Experimental"));
    private static readonly Tok EapTlsFlags = new((0x80, "L bit"), (0x40, "More fragments bit"), (0x20, "Start bit"));
    private static readonly Tok EapAkaSubtypes = new((1, "Challenge"), (2, "Auth reject"), (4, "Sync failure"),
        (5, "Identity"), (10, "Start"), (11, "Challenge"), (12, "Notification"), (13, "Reauth"), (14, "Client error"));

    /// <summary>
    /// eap_print: code, identifier, length, and for requests and responses the type with a little
    /// of its data. The truncation marker names the caller's protocol (eap or radius).
    /// </summary>
    public static void Print(ref Frame f, int cp, int length)
    {
        var o = f.Out;
        int type = f.U8(cp);
        int len = f.U16(cp + 2);
        if (f.Truncated) return;
        if (len != length)
        {
            // a fragment: RADIUS may split one EAP message over several attributes
            o.Write("EAP fragment?"u8);
            return;
        }
        int id = f.U8(cp + 1);
        if (f.Truncated) return;
        EapCodes.Print(o, (uint)type, "unknown"); o.Write(" ("u8); o.Dec(type);
        o.Write("), id "u8); o.Dec(id); o.Write(", len "u8); o.Dec(len);
        if (len < 4) { o.Write(" (too short for EAP header)"u8); return; }
        if (!LocalTrunc.Check(ref f, cp, len)) return;
        if (type != EapRequest && type != EapResponse) return;

        if (len < 5) { o.Write(" (too short for EAP request/response)"u8); return; }
        var d = f.Data;
        int subtype = d[cp + 4];
        o.Write("\n\t\t Type "u8); EapTypes.Print(o, (uint)subtype, "unknown"); o.Write(" ("u8); o.Dec(subtype); o.Char(')');
        switch (subtype)
        {
            case EapIdentity:
                if (len > 5) { o.Write(", Identity: "u8); TextProto.PrintJnp(ref f, cp + 5, len - 5); }
                break;
            case EapNotification:
                if (len < 6) { o.Write(" (too short for EAP Notification request/response)"u8); return; }
                o.Write(", Notification: "u8); TextProto.PrintJnp(ref f, cp + 5, len - 5);
                break;
            case EapNak:
                if (len < 6) { o.Write(" (too short for EAP Legacy NAK request/response)"u8); return; }
                for (int i = 5; i < len; i++)
                {
                    if (i > 5) o.Char(',');
                    o.Char(' '); EapTypes.Print(o, d[cp + i], "unknown"); o.Write(" ("u8); o.Dec(d[cp + i]); o.Char(')');
                }
                break;
            case EapTtls:
            case EapTls:
            case EapFast:
            {
                if (len < 6)
                {
                    o.Write(subtype == EapFast ? " (too short for EAP FAST request/response)"u8
                        : " (too short for EAP TLS/TTLS request/response)"u8);
                    return;
                }
                int flags = d[cp + 5];
                if (subtype == EapTtls) { o.Write(" TTLSv"u8); o.Dec(flags & 0x07); }
                else if (subtype == EapFast) { o.Write(" FASTv"u8); o.Dec(flags & 0x07); }
                o.Write(" flags ["u8); EapTlsFlags.Bits(o, (uint)flags, "none"); o.Write("] 0x"u8); o.Hex2((byte)flags);
                if ((flags & 0x80) != 0)
                {
                    if (len < 10)
                    {
                        o.Write(subtype == EapFast ? " (too short for EAP FAST request/response with length)"u8
                            : " (too short for EAP TLS/TTLS request/response with length)"u8);
                        return;
                    }
                    o.Write(", len "u8); o.Dec(f.U32(cp + 6));
                }
                break;
            }
            case EapAka:
            case EapSim:
                if (len < 6) { o.Write(" (too short for EAP SIM/AKA request/response)"u8); return; }
                o.Write(" subtype ["u8); EapAkaSubtypes.Print(o, d[cp + 5], "unknown");
                o.Write("] 0x"u8); o.Hex2(d[cp + 5]);
                break;
        }
    }
}
