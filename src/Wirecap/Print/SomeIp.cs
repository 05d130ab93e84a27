namespace Wirecap.Print;

/// <summary>SOME/IP (print-someip.c, AUTOSAR): the 16-byte header only.</summary>
public static class SomeIp
{
    public const int Port = 30490;

    private static readonly Tok MessageTypes = new((0x00, "REQUEST"), (0x01, "REQUEST_NO_RETURN"), (0x02, "NOTIFICATION"),
        (0x80, "RESPONSE"), (0x81, "ERROR"), (0x20, "TP_REQUEST"), (0x21, "TP_REQUEST_NO_RETURN"), (0x22, "TP_NOTIFICATION"),
        (0xa0, "TP_RESPONSE"), (0xa1, "TP_ERROR"));

    private static readonly Tok ReturnCodes = new((0x00, "E_OK"), (0x01, "E_NOT_OK"), (0x02, "E_UNKNOWN_SERVICE"),
        (0x03, "E_UNKNOWN_METHOD"), (0x04, "E_NOT_READY"), (0x05, "E_NOT_REACHABLE"), (0x06, "E_TIMEOUT"),
        (0x07, "E_WRONG_PROTOCOL_VERSION"), (0x08, "E_WRONG_INTERFACE_VERSION"), (0x09, "E_MALFORMED_MESSAGE"),
        (0x0a, "E_WRONG_MESSAGE_TYPE"), (0x0b, "E_E2E_REPEATED"), (0x0c, "E_E2E_WRONG_SEQUENCE"), (0x0d, "E_E2E"),
        (0x0e, "E_E2E_NOT_AVAILABLE"), (0x0f, "E_E2E_NO_NEW_DATA"));

    public static void Print(ref Frame f, int bp, int len)
    {
        f.Proto = "someip";
        var o = f.Out;
        o.Write("SOMEIP"u8);
        if (len < 16) { o.Write(" (invalid)"u8); return; }
        uint messageId = f.U32(bp);
        if (f.Truncated) return;
        o.Write(", service "u8); o.Dec(messageId >> 16);
        o.Write((messageId & 0x8000) != 0 ? ", event "u8 : ", method "u8); o.Dec(messageId & 0x7fff);
        uint messageLength = f.U32(bp + 4);
        if (f.Truncated) return;
        o.Write(", len "u8); o.Dec(messageLength);
        uint requestId = f.U32(bp + 8);
        if (f.Truncated) return;
        o.Write(", client "u8); o.Dec(requestId >> 16); o.Write(", session "u8); o.Dec(requestId & 0xffff);
        int pver = f.U8(bp + 12);
        if (f.Truncated) return;
        o.Write(", pver "u8); o.Dec(pver);
        int iver = f.U8(bp + 13);
        if (f.Truncated) return;
        o.Write(", iver "u8); o.Dec(iver);
        int type = f.U8(bp + 14);
        if (f.Truncated) return;
        o.Write(", msgtype "u8); MessageTypes.Print(o, (uint)type, "Unknown");
        int code = f.U8(bp + 15);
        if (f.Truncated) return;
        o.Write(", retcode "u8); ReturnCodes.Print(o, (uint)code, "Unknown"); o.Char('\n');
    }
}
