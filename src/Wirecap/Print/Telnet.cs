namespace Wirecap.Print;

/// <summary>
/// Telnet (print-telnet.c, RFC 854): the IAC commands at the start of a segment,
/// " [telnet WILL ECHO, DO NAWS, SB TERMINAL TYPE SEND SE]"; the data after them is not printed.
/// </summary>
public static class Telnet
{
    private const int Iac = 255, Dont = 254, Do = 253, Wont = 252, Will = 251, Sb = 250, Se = 240, CmdFirst = 236;
    private const int OptAuthentication = 37, OptEncrypt = 38;

    private static readonly string[] Commands =
        ["EOF", "SUSP", "ABORT", "EOR", "SE", "NOP", "DMARK", "BRK", "IP", "AO", "AYT", "EC", "EL", "GA", "SB",
         "WILL", "WONT", "DO", "DONT", "IAC"];

    private static readonly string[] Options =
        ["BINARY", "ECHO", "RCP", "SUPPRESS GO AHEAD", "NAME", "STATUS", "TIMING MARK", "RCTE", "NAOL", "NAOP",
         "NAOCRD", "NAOHTS", "NAOHTD", "NAOFFD", "NAOVTS", "NAOVTD", "NAOLFD", "EXTEND ASCII", "LOGOUT", "BYTE MACRO",
         "DATA ENTRY TERMINAL", "SUPDUP", "SUPDUP OUTPUT", "SEND LOCATION", "TERMINAL TYPE", "END OF RECORD",
         "TACACS UID", "OUTPUT MARKING", "TTYLOC", "3270 REGIME", "X.3 PAD", "NAWS", "TSPEED", "LFLOW",
         "LINEMODE", "XDISPLOC", "OLD-ENVIRON", "AUTHENTICATION", "ENCRYPT", "NEW-ENVIRON"];

    private static readonly string?[] SubCommands = ["IS", "SEND", "INFO"];
    private static readonly string?[] AuthCommands = ["IS", "SEND", "REPLY", "NAME"];
    private static readonly string?[] AuthTypes =
        ["NULL", "KERBEROS_V4", "KERBEROS_V5", "SPX", "MINK", "SRP", "RSA", "SSL", null, null, "LOKI", "SSA",
         "KEA_SJ", "KEA_SJ_INTEG", "DSS", "NTLM"];
    private static readonly string?[] EncryptCommands =
        ["IS", "SUPPORT", "REPLY", "START", "END", "REQUEST-START", "REQUEST-END", "END_KEYID", "DEC_KEYID"];
    private static readonly string?[] EncryptTypes =
        ["NULL", "DES_CFB64", "DES_OFB64", "DES3_CFB64", "DES3_OFB64", null, "CAST5_40_CFB64", "CAST5_40_OFB64",
         "CAST128_CFB64", "CAST128_OFB64"];

    /// <summary>telnet_print: off/length are the TCP payload.</summary>
    public static void Print(ref Frame f, int off, int length)
    {
        f.Proto = "telnet";
        var o = f.Out;
        bool first = true;
        bool hex = f.Opt.HexAscii > 0 && f.Opt.Verbose > 2;
        int start = off;
        while (length > 0)
        {
            int c = f.U8(off);
            if (f.Truncated || c != Iac) break;
            // Parse once for the length, then again to print.
            int l = Parse(ref f, off, length, print: false);
            if (l < 0 || f.Truncated) break;
            if (hex)
            {
                if (first) o.Write("\nTelnet:"u8);
                HexDump.Hex(ref f, "\n"u8, off, l, off - start);
                if (l > 8) o.Write("\n\t\t\t\t"u8);
                else { o.Spaces((8 - l) * 3); o.Char('\t'); }
            }
            else o.Write(first ? " [telnet "u8 : ", "u8);
            Parse(ref f, off, length, print: true);
            first = false;
            off += l;
            length -= l;
        }
        if (!first)
        {
            if (hex) o.Char('\n');
            else o.Char(']');
        }
    }

    /// <summary>telnet_parse: one command at sp; its length, or -1 when it is incomplete or not a command.</summary>
    private static int Parse(ref Frame f, int sp, int length, bool print)
    {
        var o = f.Out;
        int osp = sp;
        if (!Fetch(ref f, ref sp, ref length, out int c) || c != Iac) return -1;
        if (!Fetch(ref f, ref sp, ref length, out c)) return -1;
        if (c == Iac)
        {
            if (print) o.Write("IAC IAC"u8);
            return sp - osp;
        }
        int i = c - CmdFirst;
        if (i < 0 || i > Iac - CmdFirst) return -1;
        switch (c)
        {
            case Dont:
            case Do:
            case Wont:
            case Will:
            case Sb:
                {
                    if (!Fetch(ref f, ref sp, ref length, out int x)) return -1;
                    if (print)
                    {
                        o.Write(Commands[i]); o.Char(' ');
                        if (x < Options.Length) o.Write(Options[x]);
                        else AltHex(o, x);
                    }
                    if (c != Sb) break;
                    // The subnegotiation runs to IAC SE.
                    int p = sp;
                    while (length > p + 1 - sp)
                    {
                        int b = f.U8(p);
                        if (f.Truncated) return -1;
                        if (b == Iac)
                        {
                            int b2 = f.U8(p + 1);
                            if (f.Truncated) return -1;
                            if (b2 == Se) break;
                        }
                        p++;
                    }
                    int atP = f.U8(p);
                    if (f.Truncated || atP != Iac) return -1;
                    var (first, second) = x switch
                    {
                        OptAuthentication => (AuthCommands, AuthTypes),
                        OptEncrypt => (EncryptCommands, EncryptTypes),
                        _ => (SubCommands, null),
                    };
                    if (p > sp)
                    {
                        if (!Fetch(ref f, ref sp, ref length, out int v)) return -1;
                        if (print) { o.Char(' '); StrOrId(o, v, first); }
                        if (second != null && p > sp)
                        {
                            if (!Fetch(ref f, ref sp, ref length, out v)) return -1;
                            if (print) { o.Char(' '); StrOrId(o, v, second); }
                        }
                    }
                    while (p > sp)
                    {
                        if (!Fetch(ref f, ref sp, ref length, out int v)) return -1;
                        if (print) { o.Char(' '); AltHex(o, v); }
                    }
                    if (print) o.Write(" SE"u8);
                    sp += 2;
                    break;
                }
            default:
                if (print) o.Write(Commands[i]);
                break;
        }
        return sp - osp;
    }

    private static bool Fetch(ref Frame f, ref int sp, ref int length, out int c)
    {
        c = 0;
        if (length < 1) return false;
        c = f.U8(sp);
        if (f.Truncated) return false;
        sp++;
        length--;
        return true;
    }

    /// <summary>STR_OR_ID: the table's name, or %#x.</summary>
    private static void StrOrId(TextOut o, int v, string?[] table)
    {
        if (v < table.Length && table[v] is { } s) o.Write(s);
        else AltHex(o, v);
    }

    /// <summary>printf's %#x: "0" or "0x..".</summary>
    private static void AltHex(TextOut o, int v)
    {
        if (v == 0) { o.Char('0'); return; }
        o.Write("0x"u8); o.Hex((uint)v);
    }
}
