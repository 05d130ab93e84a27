namespace Wirecap.Print;

/// <summary>
/// BIND 9's lightweight resolver protocol (print-lwres.c).
/// <code>
/// +-------------------------------+----------------+----------------+
/// |            length             |    version     |     flags      |
/// +-------------------------------+----------------+----------------+
/// |            serial             |             opcode              |
/// +-------------------------------+---------------------------------+
/// |            result             |           recvlength            |
/// +----------------+--------------+---------------------------------+
/// |    authtype    |  authlength  |  request or response body ...
/// </code>
/// Every field read past the capture ends the packet (tcpdump builds this printer with
/// ND_LONGJMP_FROM_TCHECK).
/// </summary>
public static class Lwres
{
    public const int Port = 921;
    private const int HeaderLength = 28;
    private const int LengthOff = 0, VersionOff = 4, FlagsOff = 6, SerialOff = 8, OpcodeOff = 12, ResultOff = 16,
        RecvLengthOff = 20, AuthTypeOff = 24, AuthLengthOff = 26;
    private const uint FlagResponse = 0x0001;
    private const uint Noop = 0, GetAddrsByName = 0x00010001, GetNameByAddr = 0x00010002, GetRdataByName = 0x00010003;
    private const uint AddrV4 = 1, AddrV6 = 2;
    private const int AddrHeaderLength = 6;

    private static readonly Tok Opcodes = new((Noop, "noop"), (GetAddrsByName, "getaddrsbyname"),
        (GetNameByAddr, "getnamebyaddr"), (GetRdataByName, "getrdatabyname"));

    public static void Print(ref Frame f, int bp, int length)
    {
        f.Proto = "lwres";
        var o = f.Out;
        int verbose = f.Opt.Verbose;
        if (!f.Need(bp + AuthLengthOff, 2)) return;
        o.Write(" lwres"u8);
        uint version = f.U16(bp + VersionOff);
        if (verbose > 0 || version != 0) { o.Write(" v"u8); o.Dec(version); }

        long s;          // the end of what was decoded, for the "[extra]" check
        bool unsupported = false;
        if (version != 0)
        {
            s = bp + (long)f.U32(bp + LengthOff);
        }
        else
        {
            bool response = (f.U16(bp + FlagsOff) & FlagResponse) != 0;
            uint opcode = f.U32(bp + OpcodeOff);
            o.Char(' '); Opcodes.Print(o, opcode, "#0x%x");
            if (!response) o.Char('?');
            uint flags = f.U16(bp + FlagsOff);
            if ((flags & ~FlagResponse) != 0) { o.Write("[0x"u8); o.Hex(flags); o.Char(']'); }
            if (verbose > 1)
            {
                o.Write(" ("u8);
                o.Write("serial:0x"u8); o.Hex(f.U32(bp + SerialOff));
                o.Write(" result:0x"u8); o.Hex(f.U32(bp + ResultOff));
                o.Write(" recvlen:"u8); o.Dec(f.U32(bp + RecvLengthOff));
                if (verbose > 2)
                {
                    o.Write(" authtype:0x"u8); o.Hex(f.U16(bp + AuthTypeOff));
                    o.Write(" authlen:"u8); o.Dec(f.U16(bp + AuthLengthOff));
                }
                o.Char(')');
            }
            if (f.Truncated) return;

            int p = bp + HeaderLength;
            int q;
            if (!response)
            {
                switch (opcode)
                {
                    case Noop:
                        q = p;
                        break;
                    case GetAddrsByName:
                    {
                        // flags, address types, name length, name
                        if (!f.Need(p + 8, 2)) return;
                        if (verbose > 2) { o.Write(" flags:0x"u8); o.Hex(f.U32(p)); }
                        uint types = f.U32(p + 4);
                        switch (types & (AddrV4 | AddrV6))
                        {
                            case AddrV4: o.Write(" IPv4"u8); break;
                            case AddrV6: o.Write(" IPv6"u8); break;
                            case AddrV4 | AddrV6: o.Write(" IPv4/6"u8); break;
                        }
                        if ((types & ~(AddrV4 | AddrV6)) != 0) { o.Write("[0x"u8); o.Hex(types); o.Char(']'); }
                        q = p + 10;
                        q += NamePrint(ref f, f.U16(p + 8), q);
                        break;
                    }
                    case GetNameByAddr:
                    {
                        if (!f.Need(p, 4)) return;
                        if (verbose > 2) { o.Write(" flags:0x"u8); o.Hex(f.U32(p)); }
                        q = p + 4;
                        int advance = AddrPrint(ref f, q);
                        if (advance < 0) goto invalid;
                        q += advance;
                        break;
                    }
                    case GetRdataByName:
                    {
                        // flags, class, type, name length, name
                        if (!f.Need(p + 8, 2)) return;
                        if (verbose > 2) { o.Write(" flags:0x"u8); o.Hex(f.U32(p)); }
                        o.Char(' '); DnsTables.Types.Print(o, f.U16(p + 6), "Type%u");
                        uint rdclass = f.U16(p + 4);
                        if (rdclass != 1) { o.Char(' '); DnsTables.Classes.Print(o, rdclass, "Class%u"); }
                        q = p + 10;
                        q += NamePrint(ref f, f.U16(p + 8), q);
                        break;
                    }
                    default:
                        q = p;
                        unsupported = true;
                        break;
                }
            }
            else
            {
                switch (opcode)
                {
                    case Noop:
                        q = p;
                        break;
                    case GetAddrsByName:
                    {
                        // flags, alias count, address count, real name length; real name, aliases, addresses
                        if (!f.Need(p + 8, 2)) return;
                        if (verbose > 2) { o.Write(" flags:0x"u8); o.Hex(f.U32(p)); }
                        uint naliases = f.U16(p + 4), naddrs = f.U16(p + 6);
                        o.Char(' '); o.Dec(naliases); o.Char('/'); o.Dec(naddrs);
                        q = p + 10;
                        q += NamePrint(ref f, f.U16(p + 8), q);
                        for (uint i = 0; i < naliases && !f.Truncated; i++) q += NameLenPrint(ref f, q);
                        for (uint i = 0; i < naddrs && !f.Truncated; i++)
                        {
                            int advance = AddrPrint(ref f, q);
                            if (advance < 0) goto invalid;
                            q += advance;
                        }
                        break;
                    }
                    case GetNameByAddr:
                    {
                        // flags, alias count, real name length; real name, aliases
                        if (!f.Need(p + 6, 2)) return;
                        if (verbose > 2) { o.Write(" flags:0x"u8); o.Hex(f.U32(p)); }
                        uint naliases = f.U16(p + 4);
                        o.Char(' '); o.Dec(naliases);
                        q = p + 8;
                        q += NamePrint(ref f, f.U16(p + 6), q);
                        for (uint i = 0; i < naliases && !f.Truncated; i++) q += NameLenPrint(ref f, q);
                        break;
                    }
                    case GetRdataByName:
                    {
                        // flags, class, type, TTL, rdata count, signature count; real name, rdatas, signatures
                        if (!f.Need(p + 14, 2)) return;
                        if (verbose > 2) { o.Write(" flags:0x"u8); o.Hex(f.U32(p)); }
                        o.Char(' '); DnsTables.Types.Print(o, f.U16(p + 6), "Type%u");
                        uint rdclass = f.U16(p + 4);
                        if (rdclass != 1) { o.Char(' '); DnsTables.Classes.Print(o, rdclass, "Class%u"); }
                        o.Write(" TTL "u8); Dns.PrintRelativeTime(o, f.U32(p + 8));
                        uint nrdatas = f.U16(p + 12), nsigs = f.U16(p + 14);
                        o.Char(' '); o.Dec(nrdatas); o.Char('/'); o.Dec(nsigs);
                        q = p + 16;
                        q += NameLenPrint(ref f, q);
                        for (uint i = 0; i < nrdatas && !f.Truncated; i++) q += BinLenPrint(ref f, q);
                        for (uint i = 0; i < nsigs && !f.Truncated; i++) q += BinLenPrint(ref f, q);
                        break;
                    }
                    default:
                        q = p;
                        unsupported = true;
                        break;
                }
            }
            if (f.Truncated) return;
            s = q;
        }

        uint declared = f.U32(bp + LengthOff);
        if (declared != (uint)length)
        {
            o.Write(" [len: "u8); o.Dec(declared); o.Write(" != "u8); o.Dec((uint)length); o.Char(']');
        }
        if (!unsupported && (uint)(s - bp) < declared) o.Write("[extra]"u8);
        return;

    invalid:
        o.Write(" (invalid)"u8);
    }

    /// <summary>lwres_printname: " " and l characters, which must be followed by a NUL; the bytes used.</summary>
    private static int NamePrint(ref Frame f, int l, int p)
    {
        var o = f.Out;
        o.Char(' ');
        for (int i = 0; i < l; i++)
        {
            byte c = f.U8(p + i);
            if (f.Truncated) return l + 1;
            TextProto.PrintChar(o, c);
        }
        if (f.U8(p + l) != 0) o.Write(" (not NUL-terminated!)"u8);
        return l + 1;
    }

    /// <summary>lwres_printnamelen: a 16-bit length, then the name.</summary>
    private static int NameLenPrint(ref Frame f, int p) => 2 + NamePrint(ref f, f.U16(p), p + 2);

    /// <summary>lwres_printbinlen: a 16-bit length, then that many bytes in hex.</summary>
    private static int BinLenPrint(ref Frame f, int p)
    {
        int l = f.U16(p);
        for (int i = 0; i < l; i++)
        {
            byte b = f.U8(p + 2 + i);
            if (f.Truncated) break;
            f.Out.Hex2(b);
        }
        return 2 + l;
    }

    /// <summary>lwres_printaddr: family (4), length (2), address; the bytes used, or -1 when too short for its family.</summary>
    private static int AddrPrint(ref Frame f, int p0)
    {
        var o = f.Out;
        int l = f.U16(p0 + 4);
        int p = p0 + AddrHeaderLength;
        if (!f.Need(p, l)) return 0;
        uint family = f.U32(p0);
        switch (family)
        {
            case 1:
                if (l < 4) return -1;
                o.Char(' '); f.Ctx.Names.IPv4(o, f.Data.Slice(p, 4));
                p += 4;
                break;
            case 2:
                if (l < 16) return -1;
                o.Char(' '); f.Ctx.Names.IPv6(o, f.Data.Slice(p, 16));
                p += 16;
                break;
            default:
                o.Char(' '); o.Dec(family); o.Char('/');
                for (int i = 0; i < l; i++) o.Hex2(f.Data[p++]);
                break;
        }
        return p - p0;
    }
}
