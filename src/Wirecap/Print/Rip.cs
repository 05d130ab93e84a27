namespace Wirecap.Print;

/// <summary>RIP versions 1 and 2 (print-rip.c, RFC 1058/2453): command, and with -v the route entries and authentication.</summary>
public static class Rip
{
    public const int Port = 520;
    private const int RouteLength = 20, AuthLength = 16, HeaderLength = 4;

    private static readonly Tok Commands = new((1, "Request"), (2, "Response"), (3, "Trace on"), (4, "Trace off"),
        (5, "Poll"), (6, "Poll Entry"));

    /// <summary>bsd_af_values.</summary>
    private static readonly Tok Families = new((2, "IPv4"), (6, "NS"), (7, "ISO"), (16, "Appletalk"), (23, "IPX"),
        (24, "IPv6"), (28, "IPv6"), (30, "IPv6"));

    public static void Print(ref Frame f, int dat, int length)
    {
        f.Proto = "rip";
        var o = f.Out;
        if (f.End < dat) { f.PrintTrunc(); return; }
        int len = f.Available(dat);
        if (len > length) len = length;
        if (len < HeaderLength) { f.PrintTrunc(); return; }
        len -= HeaderLength;
        int vers = f.Data[dat + 1];
        bool v = f.Opt.Verbose > 0;
        if (v) o.Write("\n\t"u8);
        o.Write("RIPv"u8); o.Dec(vers);
        if (vers == 0)
        {
            HexDump.UnknownData(ref f, dat, "\n\t"u8, length);
            return;
        }
        int cmd = f.Data[dat];
        o.Write(", "u8); Commands.Print(o, (uint)cmd, "unknown command (%u)");
        o.Write(", length: "u8); o.Dec((uint)length);
        if (!v) return;
        switch (cmd)
        {
            case 1:
            case 2:
                if (vers is 1 or 2)
                {
                    o.Write(", routes: "u8); o.Dec((uint)(length / RouteLength));
                    if (vers == 2) o.Write(" or less"u8);
                    int p = dat + HeaderLength;
                    while (len != 0 && !f.Truncated)
                    {
                        int size = vers == 1 ? EntryV1(ref f, p, len) : EntryV2(ref f, p, len);
                        if (f.Truncated) return;
                        if (size == 0) { f.PrintTrunc(); break; }
                        if (len < size)
                        {
                            o.Write(" [remaining entries length "u8); o.Dec((uint)len); o.Write(" < "u8); o.Dec((uint)size);
                            o.Write("] (invalid)"u8);
                            break;
                        }
                        p += size;
                        len -= size;
                    }
                }
                else o.Write(", unknown version"u8);
                break;
            case 4:
            case 5:
            case 6:
                break;
            default:
                if (f.Opt.Verbose <= 1) HexDump.UnknownData(ref f, dat, "\n\t"u8, length);
                break;
        }
        if (f.Opt.Verbose > 1) HexDump.UnknownData(ref f, dat, "\n\t"u8, length);
    }

    private static int EntryV1(ref Frame f, int p, int remaining)
    {
        var o = f.Out;
        if (remaining < RouteLength) return 0;
        if (!f.Has(p, RouteLength)) return 0;
        int family = f.U16(p);
        if (family != 2 && family != 0)
        {
            o.Write("\n\t AFI "u8); Families.Print(o, (uint)family, "Unknown (%u)"); o.Write(", "u8);
            HexDump.UnknownData(ref f, p + 4, "\n\t  "u8, RouteLength - 4);
            return RouteLength;
        }
        if (f.U16(p + 2) != 0 || f.U32(p + 8) != 0 || f.U32(p + 12) != 0)
        {
            HexDump.UnknownData(ref f, p, "\n\t  "u8, RouteLength);
            return RouteLength;
        }
        o.Write(family == 0 ? "\n\t  AFI 0, "u8 : "\n\t  "u8);
        f.Ctx.Names.IPv4(o, f.Data.Slice(p + 4, 4));
        o.Write(", metric: "u8); o.Dec(f.U32(p + 16));
        return RouteLength;
    }

    private static int EntryV2(ref Frame f, int p, int remaining)
    {
        var o = f.Out;
        if (remaining < 4) return 0;
        if (!f.Has(p, 4)) return 0;
        int family = f.U16(p);
        if (family == 0xffff)
        {
            int authType = f.U16(p + 2);
            p += 4;
            remaining -= 4;
            if (authType == 2)
            {
                o.Write("\n\t  Simple Text Authentication data: "u8);
                for (int i = 0; i < AuthLength; i++)
                {
                    byte c = f.U8(p + i);
                    if (f.Truncated || c == 0) break;
                    TextProto.PrintChar(o, c);
                }
            }
            else if (authType == 3)
            {
                if (!f.Has(p, 16)) return 0;
                if (remaining < 16) return 0;
                o.Write("\n\t  Auth header: Packet Len "u8); o.Dec(f.U16(p));
                o.Write(", Key-ID "u8); o.Dec(f.Data[p + 2]);
                o.Write(", Auth Data Len "u8); o.Dec(f.Data[p + 3]);
                o.Write(", SeqNo "u8); o.Dec(f.U32(p + 4));
                o.Write(", MBZ "u8); o.Dec(f.U32(p + 8));
                o.Write(", MBZ "u8); o.Dec(f.U32(p + 12));
            }
            else
            {
                if (authType == 1) o.Write("\n\t  Auth trailer:"u8);
                else { o.Write("\n\t  Unknown ("u8); o.Dec(authType); o.Write(") Authentication data:"u8); }
                HexDump.UnknownData(ref f, p, "\n\t  "u8, remaining);
                return 4 + remaining;
            }
        }
        else if (family != 2 && family != 0)
        {
            o.Write("\n\t  AFI "u8); Families.Print(o, (uint)family, "Unknown (%u)");
            HexDump.UnknownData(ref f, p + 4, "\n\t  "u8, RouteLength - 4);
        }
        else
        {
            if (!f.Has(p, RouteLength)) return 0;
            if (remaining < RouteLength) return 0;
            o.Write("\n\t  AFI "u8); Families.Print(o, (uint)family, "%u"); o.Write(", "u8);
            AddressRightPrint(ref f, p + 4, 15);
            o.Char('/');
            int plen = MaskToPrefixLength(f.U32(p + 8));
            int start = plen < 0 ? 2 : plen >= 10 ? 2 : 1;
            o.Dec(plen); o.Spaces(2 - start);
            o.Write(", tag 0x"u8); o.Hex(f.U16(p + 2), 4);
            o.Write(", metric: "u8); o.Dec(f.U32(p + 16));
            o.Write(", next-hop: "u8);
            if (f.U32(p + 12) != 0) f.Ctx.Names.IPv4(o, f.Data.Slice(p + 12, 4));
            else o.Write("self"u8);
        }
        return RouteLength;
    }

    /// <summary>"%15s" of ipaddr_string: the address right-justified.</summary>
    private static void AddressRightPrint(ref Frame f, int p, int width)
    {
        var a = f.Data.Slice(p, 4);
        if (!f.Opt.Resolve)
        {
            int n = 3;
            foreach (byte b in a) n += b >= 100 ? 3 : b >= 10 ? 2 : 1;
            f.Out.Spaces(width - n);
            f.Out.IPv4(a);
            return;
        }
        // A host name's length is known only once written (rare: RIP with -v and without -n).
        var ms = new MemoryStream();
        var tmp = new TextOut(ms, capacity: 256);
        f.Ctx.Names.IPv4(tmp, a);
        tmp.Flush();
        f.Out.Spaces(width - (int)ms.Length);
        f.Out.Write(ms.GetBuffer().AsSpan(0, (int)ms.Length));
    }

    /// <summary>mask2plen: the prefix length of a contiguous mask, or -1.</summary>
    private static int MaskToPrefixLength(uint mask)
    {
        for (int plen = 32; plen >= 0; plen--)
            if ((plen == 0 ? 0u : uint.MaxValue << (32 - plen)) == mask) return plen;
        return -1;
    }
}
