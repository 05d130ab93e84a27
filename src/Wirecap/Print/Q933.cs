namespace Wirecap.Print;

/// <summary>
/// Q.933 signalling over Frame Relay, with the LMI of ANSI T1.617 Annex D and ITU Q.933 Annex A
/// (q933_print in print-fr.c).
/// <code>
/// +----------------+--------------------+--------------+-----------------------------
/// | call ref. len  | call reference ... | message type | information elements (IEs)
/// +----------------+--------------------+--------------+-----------------------------
/// an IE: one octet (high bit set; 0x9_ are codeset shifts) or code, length, value
/// </code>
/// </summary>
public static class Q933
{
    private const int AnsiReportType = 0x01, AnsiLinkVerify91 = 0x19, AnsiLinkVerify = 0x03, AnsiPvcStatus = 0x07;
    private const int CcittReportType = 0x51, CcittLinkVerify = 0x53, CcittPvcStatus = 0x57;

    private static readonly Tok Messages = new(
        (0x00, "ESC to National"), (0x01, "Alert"), (0x02, "Call proceeding"), (0x07, "Connect"), (0x0F, "Connect ACK"),
        (0x03, "Progress"), (0x05, "Setup"), (0x45, "Disconnect"), (0x4D, "Release"), (0x5A, "Release Complete"),
        (0x46, "Restart"), (0x4E, "Restart ACK"), (0x7D, "Status Reply"), (0x75, "Status Enquiry"));

    private static readonly Tok IeCodeset05 = new(
        (AnsiReportType, "ANSI Report Type"), (AnsiLinkVerify91, "ANSI Link Verify"), (AnsiLinkVerify, "ANSI Link Verify"),
        (AnsiPvcStatus, "ANSI PVC Status"), (CcittReportType, "CCITT Report Type"), (CcittLinkVerify, "CCITT Link Verify"),
        (CcittPvcStatus, "CCITT PVC Status"));

    private static readonly Tok NoIes = new();

    private static readonly Tok ReportTypes = new((0, "Full Status"), (1, "Link verify"), (2, "Async PVC Status"));

    private static bool IsShift(int ie) => (ie & 0xf0) == 0x90;
    private static bool IsLockingShift(int ie) => (ie & 0x08) == 0;

    /// <summary>q933_print.</summary>
    public static void Print(ref Frame f, int p, int length)
    {
        f.Proto = "q.933";
        var o = f.Out;
        bool e = f.Opt.LinkHeader;
        int v = f.Opt.Verbose;
        if (!e) o.Write("Q.933"u8);

        if (length == 0 || !f.Has(p, 1))
        {
            if (!e) o.Write(", "u8);
            o.Write("length "u8); o.Dec((uint)length);
            f.PrintTrunc();
            return;
        }
        int olen = length;
        int callRefLength = f.U8(p) & 0x0f;
        p++; length--;
        int callRef = p;   // the call reference bytes, printed from the packet later
        for (int i = 0; i < callRefLength; i++)
        {
            if (length == 0 || !f.Has(p, 1)) { LengthTrunc(ref f, e, olen); return; }
            p++; length--;
        }
        if (length == 0 || !f.Has(p, 1)) { LengthTrunc(ref f, e, olen); return; }
        int msgType = f.U8(p);
        p++; length--;

        int codeset = 0, unshiftCodeset = 0, nonLockingShift = 0;
        bool ansi = false;
        if (length != 0)
        {
            if (!f.Has(p, 1)) { LengthTrunc(ref f, e, olen); return; }
            int ie = f.U8(p);
            if (IsShift(ie))
            {
                p++; length--;
                codeset = ie & 0x07;
                if (IsLockingShift(ie)) { if (codeset == 5) ansi = true; }
                else { nonLockingShift = 1; unshiftCodeset = 0; }
            }
        }

        if (!e) o.Write(", "u8);
        o.Write(ansi ? "ANSI"u8 : "CCITT"u8); o.Write(", codeset "u8); o.Dec((uint)codeset);
        if (callRefLength != 0)
        {
            // (tcpdump tests the byte after the message type here, not the call reference)
            bool dummy = callRefLength == 1 && f.U8(p) == 0;
            if (f.Truncated) return;
            if (!dummy)
            {
                o.Write(", Call Ref: 0x"u8);
                for (int i = 0; i < callRefLength; i++) o.Hex2(f.Data[callRef + i]);
            }
        }
        if (v > 0)
        {
            o.Write(", "u8); Messages.Print(o, (uint)msgType, "unknown message");
            o.Write(" (0x"u8); o.Hex2((byte)msgType); o.Write("), length "u8); o.Dec((uint)olen);
        }
        else
        {
            o.Write(", "u8); Messages.Print(o, (uint)msgType, "unknown message 0x%02x");
        }

        while (length != 0 && !f.Truncated)
        {
            if (nonLockingShift == 1) nonLockingShift = 2;
            else if (nonLockingShift == 2) { codeset = unshiftCodeset; nonLockingShift = 0; }

            if (!f.Has(p, 1)) { IeTrunc(ref f, v, olen); return; }
            int ie = f.U8(p);
            p++; length--;
            if ((ie & 0x80) != 0)
            {
                if (IsShift(ie))
                {
                    if (IsLockingShift(ie)) nonLockingShift = 0;
                    else { nonLockingShift = 1; unshiftCodeset = codeset; }
                    codeset = ie & 0x07;
                }
                continue;
            }
            if (length == 0 || !f.Has(p, 1)) { IeTrunc(ref f, v, olen); return; }
            int ieLength = f.U8(p);
            p++; length--;
            bool knownSet = codeset is 0 or 5;
            if (v > 0)
            {
                o.Write("\n\t"u8); (knownSet ? IeCodeset05 : NoIes).Print(o, (uint)ie, "unknown");
                o.Write(" IE (0x"u8); o.Hex2((byte)ie); o.Write("), length "u8); o.Dec((uint)ieLength); o.Write(": "u8);
            }
            if (ie == 0 || ieLength == 0) return;
            if (length < ieLength || !f.Has(p, ieLength)) { IeTrunc(ref f, v, olen); return; }

            bool known = knownSet && IePrint(ref f, ie, ieLength, p);
            if (known) { if (v > 1) IsoClns.UnknownData(ref f, p, "\n\t  "u8, ieLength); }
            else if (v >= 1) IsoClns.UnknownData(ref f, p, "\n\t"u8, ieLength);
            length -= ieLength;
            p += ieLength;
        }
        if (f.Truncated) return;
        if (v == 0) { o.Write(", length "u8); o.Dec((uint)olen); }
    }

    private static void LengthTrunc(ref Frame f, bool e, int olen)
    {
        if (!e) f.Out.Write(", "u8);
        f.Out.Write("length "u8); f.Out.Dec((uint)olen);
        f.PrintTrunc();
    }

    private static void IeTrunc(ref Frame f, int v, int olen)
    {
        if (v == 0) { f.Out.Write(", length "u8); f.Out.Dec((uint)olen); }
        f.PrintTrunc();
    }

    /// <summary>fr_q933_print_ie_codeset_0_5: the LMI IEs; false for an IE it does not know.</summary>
    private static bool IePrint(ref Frame f, int ie, int ieLength, int p)
    {
        var o = f.Out;
        int v = f.Opt.Verbose;
        switch (ie)
        {
            case AnsiReportType:
            case CcittReportType:
                if (ieLength < 1)
                {
                    if (v == 0) o.Write(", "u8);
                    o.Write("Invalid REPORT TYPE IE"u8);
                    return true;
                }
                if (v > 0)
                {
                    int t = f.U8(p);
                    ReportTypes.Print(o, (uint)t, "unknown"); o.Write(" ("u8); o.Dec((uint)t); o.Char(')');
                }
                return true;
            case AnsiLinkVerify:
            case CcittLinkVerify:
            case AnsiLinkVerify91:
                if (v == 0) o.Write(", "u8);
                if (ieLength < 2) { o.Write("Invalid LINK VERIFY IE"u8); return true; }
                o.Write("TX Seq: "u8); o.Dec(f.U8(p), 3, (byte)' '); o.Write(", RX Seq: "u8); o.Dec(f.U8(p + 1), 3, (byte)' ');
                return true;
            case AnsiPvcStatus:
            case CcittPvcStatus:
            {
                if (v == 0) o.Write(", "u8);
                // the IE is captured whole (the caller checked), so these reads stay inside it
                var b = f.Data.Slice(p, ieLength);
                if (ieLength < 3 || (b[0] & 0x80) != 0
                    || (ieLength == 3 && (b[1] & 0x80) == 0)
                    || (ieLength == 4 && ((b[1] & 0x80) != 0 || (b[2] & 0x80) == 0))
                    || (ieLength == 5 && ((b[1] & 0x80) != 0 || (b[2] & 0x80) != 0 || (b[3] & 0x80) == 0))
                    || ieLength > 5 || (b[ieLength - 1] & 0x80) == 0)
                {
                    o.Write("Invalid DLCI in PVC STATUS IE"u8);
                    return true;
                }
                uint dlci = (uint)(((b[0] & 0x3f) << 4) | ((b[1] & 0x78) >> 3));
                if (ieLength == 4) dlci = (dlci << 6) | (uint)((b[2] & 0x7e) >> 1);
                else if (ieLength == 5) dlci = (dlci << 13) | (uint)(b[2] & 0x7f) | (uint)((b[3] & 0x7e) >> 1);
                int last = b[ieLength - 1];
                o.Write("DLCI "u8); o.Dec(dlci); o.Write(": status "u8);
                if ((last & 0x8) != 0) o.Write("New, "u8);
                o.Write((last & 0x2) != 0 ? "Active"u8 : "Inactive"u8);
                return true;
            }
        }
        return false;
    }
}
