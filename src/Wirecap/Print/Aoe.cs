namespace Wirecap.Print;

/// <summary>
/// ATA over Ethernet (print-aoe.c), EtherType 0x88a2, protocol version 1 (AoEr11).
/// <code>
///  0        1        2        4        5        6                  10
/// +--------+--------+--------+--------+--------+------------------+-------------
/// |ver|flg | error  | major  | minor  | command| tag              | arg ...
/// +--------+--------+--------+--------+--------+------------------+-------------
/// </code>
/// Every field is read before its text is written, so a capture that ends inside the header
/// shows the fields before the cut and then the truncation marker (the output freezes).
/// </summary>
public static class Aoe
{
    public const int EtherTypeAoe = 0x88a2;

    private const int CommonHeaderLength = 10;   // up to the command's argument
    private const int IssueArgLength = 12, QueryArgLength = 8, MacArgLength = 4, ReserveArgLength = 2;
    private const int MaxConfigStringLength = 1024;
    private const int FlagError = 0x04;
    private const int CmdIssue = 0, CmdQuery = 1, CmdMacMask = 2, CmdReserve = 3;

    private static readonly Tok Commands = new((CmdIssue, "Issue ATA Command"), (CmdQuery, "Query Config Information"),
        (CmdMacMask, "MAC Mask List"), (CmdReserve, "Reserve/Release"));
    private static readonly Tok Flags = new((0x08, "Response"), (FlagError, "Error"), (0x02, "MBZ-1"), (0x01, "MBZ-0"));
    private static readonly Tok Errors = new((1, "Unrecognized command code"), (2, "Bad argument parameter"),
        (3, "Device unavailable"), (4, "Config string present"), (5, "Unsupported version"), (6, "Target is reserved"));
    private static readonly Tok AtaFlags = new((0x80, "MBZ-7"), (0x40, "Ext48"), (0x20, "MBZ-5"), (0x10, "Device"),
        (0x08, "MBZ-3"), (0x04, "MBZ-2"), (0x02, "Async"), (0x01, "Write"));
    private static readonly Tok ConfigCommands = new((0, "read config string"), (1, "test config string"),
        (2, "test config string prefix"), (3, "set config string"), (4, "force set config string"));
    private static readonly Tok MaskCommands = new((0, "Read Mac Mask List"), (1, "Edit Mac Mask List"));
    private static readonly Tok MaskErrors = new((1, "Unspecified Error"), (2, "Bad DCmd directive"), (3, "Mask list full"));
    private static readonly Tok Directives = new((0, "No Directive"), (1, "Add mac address to mask list"),
        (2, "Delete mac address from mask list"));
    private static readonly Tok ReserveCommands = new((0, "Read reserve list"), (1, "Set reserve list"),
        (2, "Force set reserve list"));

    /// <summary>aoe_print: the AoE PDU at p, len bytes.</summary>
    public static void Print(ref Frame f, int p, int len)
    {
        f.Proto = "aoe";
        var o = f.Out;
        o.Write("AoE length "u8); o.Dec((uint)len);
        if (len < 1) { f.Invalid(p, len); return; }
        int version = f.U8(p) >> 4;   // the low nibble holds the version's flags
        o.Write(", Ver "u8); o.Dec(version);
        if (version == 1) V1Print(ref f, p, len);
    }

    private static void V1Print(ref Frame f, int p, int len)
    {
        var o = f.Out;
        if (len < CommonHeaderLength) { f.Invalid(p, len); return; }
        int flags = f.U8(p) & 0x0f;
        o.Write(", Flags: ["u8); Flags.Bits(o, (uint)flags, "none"); o.Char(']');
        if (f.Opt.Verbose == 0) return;
        if ((flags & FlagError) != 0)
        {
            int error = f.U8(p + 1);
            o.Write("\n\tError: "u8); Errors.Print(o, (uint)error, "Invalid (%u)");
        }
        int major = f.U16(p + 2);
        o.Write("\n\tMajor: 0x"u8); o.Hex((uint)major, 4);
        int minor = f.U8(p + 4);
        o.Write(", Minor: 0x"u8); o.Hex2((byte)minor);
        int command = f.U8(p + 5);
        o.Write(", Command: "u8); Commands.Print(o, (uint)command, "Unknown (0x%02x)");
        uint tag = f.U32(p + 6);
        o.Write(", Tag: 0x"u8); o.Hex(tag, 8);
        if (f.Truncated) return;
        int arg = p + CommonHeaderLength, argLen = len - CommonHeaderLength;
        switch (command)
        {
            case CmdIssue: IssuePrint(ref f, arg, argLen); break;
            case CmdQuery: QueryPrint(ref f, arg, argLen); break;
            case CmdMacMask: MacMaskPrint(ref f, arg, argLen); break;
            case CmdReserve: ReservePrint(ref f, arg, argLen); break;
        }
    }

    /// <summary>Issue ATA Command: flags, feature, sector count, command, LBA bytes 0-5, reserved, data.</summary>
    private static void IssuePrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        if (len < IssueArgLength) { f.Invalid(cp, len); return; }
        int aflags = f.U8(cp);
        o.Write("\n\tAFlags: ["u8); AtaFlags.Bits(o, (uint)aflags, "none"); o.Char(']');
        int feature = f.U8(cp + 1);
        o.Write(", Err/Feature: "u8); o.Dec(feature);
        int sectors = f.U8(cp + 2);
        o.Write(", Sector Count: "u8); o.Dec(sectors);
        int status = f.U8(cp + 3);
        o.Write(", Cmd/Status: "u8); o.Dec(status);
        for (int i = 0; i < 6; i++)
        {
            int lba = f.U8(cp + 4 + i);
            o.Write(i == 0 ? "\n\tlba"u8 : ", lba"u8); o.Dec(i); o.Write(": "u8); o.Dec(lba);
        }
        if (!f.Need(cp + 10, 2)) return;
        if (len > IssueArgLength) { o.Write("\n\tData: "u8); o.Dec(len - IssueArgLength); o.Write(" bytes"u8); }
    }

    /// <summary>Query Config Information: buffer count, firmware version, sector count, version/command, config string.</summary>
    private static void QueryPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        if (len < QueryArgLength) { f.Invalid(cp, len); return; }
        int buffers = f.U16(cp);
        o.Write("\n\tBuffer Count: "u8); o.Dec(buffers);
        int firmware = f.U16(cp + 2);
        o.Write(", Firmware Version: "u8); o.Dec(firmware);
        int sectors = f.U8(cp + 4);
        o.Write(", Sector Count: "u8); o.Dec(sectors);
        int ccmd = f.U8(cp + 5);
        o.Write(", AoE: "u8); o.Dec(ccmd >> 4);
        o.Write(", CCmd: "u8); ConfigCommands.Print(o, (uint)(ccmd & 0x0f), "Unknown (0x02x)");
        int csLen = f.U16(cp + 6);
        if (f.Truncated) return;
        cp += QueryArgLength; len -= QueryArgLength;
        if (csLen > MaxConfigStringLength || csLen > len) { f.Invalid(cp, len); return; }
        if (csLen != 0)
        {
            o.Write("\n\tConfig String (length "u8); o.Dec(csLen); o.Write("): "u8);
            for (int i = 0; i < csLen; i++)
            {
                byte c = f.U8(cp + i);
                if (f.Truncated) return;
                TextProto.PrintChar(o, c);
            }
        }
    }

    /// <summary>MAC Mask List: reserved, command, error, directive count, then 8-byte directives.</summary>
    private static void MacMaskPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        if (len < MacArgLength) { f.Invalid(cp, len); return; }
        int mcmd = f.U8(cp + 1);
        o.Write("\n\tMCmd: "u8); MaskCommands.Print(o, (uint)mcmd, "Unknown (0x%02x)");
        int merror = f.U8(cp + 2);
        o.Write(", MError: "u8); MaskErrors.Print(o, (uint)merror, "Unknown (0x%02x)");
        int count = f.U8(cp + 3);
        if (f.Truncated) return;
        o.Write(", Dir Count: "u8); o.Dec(count);
        cp += MacArgLength; len -= MacArgLength;
        if (count * 8 > len) { f.Invalid(cp, len); return; }
        for (int i = 0; i < count; i++)
        {
            // reserved (1), directive (1), Ethernet address (6)
            int dcmd = f.U8(cp + 1);
            if (f.Truncated) return;
            o.Write("\n\t DCmd: "u8); Directives.Print(o, (uint)dcmd, "Unknown (0x%02x)");
            var mac = f.Bytes(cp + 2, 6);
            if (f.Truncated) return;
            o.Write(", Ethernet Address: "u8); f.Ctx.Names.Mac(o, mac);
            cp += 8;
        }
    }

    /// <summary>Reserve/Release: command, address count, then the addresses.</summary>
    private static void ReservePrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        if (len < ReserveArgLength || (len - ReserveArgLength) % 6 != 0) { f.Invalid(cp, len); return; }
        int rcmd = f.U8(cp);
        o.Write("\n\tRCmd: "u8); ReserveCommands.Print(o, (uint)rcmd, "Unknown (0x%02x)");
        int count = f.U8(cp + 1);
        if (f.Truncated) return;
        o.Write(", NMacs: "u8); o.Dec(count);
        cp += ReserveArgLength; len -= ReserveArgLength;
        if (count * 6 != len) { f.Invalid(cp, len); return; }
        for (int i = 0; i < count; i++)
        {
            var mac = f.Bytes(cp, 6);
            if (f.Truncated) return;
            o.Write("\n\tEthernet Address "u8); o.Dec(i); o.Write(": "u8); f.Ctx.Names.Mac(o, mac);
            cp += 6;
        }
    }
}
