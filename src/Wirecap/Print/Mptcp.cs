namespace Wirecap.Print;

/// <summary>
/// The Multipath TCP option (print-mptcp.c, RFC 6824/8684): kind 30, length, then a subtype in the
/// high nibble of the third byte.
/// </summary>
public static class Mptcp
{
    private const int SubCapable = 0, SubJoin = 1, SubDss = 2, SubAddAddr = 3, SubRemoveAddr = 4, SubPrio = 5,
        SubFail = 6, SubFastClose = 7;

    private static readonly string[] SubtypeNames =
        ["capable", "join", "dss", "add-addr", "rem-addr", "prio", "fail", "fast-close", "unknown"];

    private static readonly Tok AddAddrVersions = new((0x6, "v0-ip6"), (0x4, "v0-ip4"), (0x1, "v1-echo"), (0x0, "v1"));

    /// <summary>mptcp_print: the option at cp of len bytes (snapshot end set to its end); false for a malformed option.</summary>
    public static bool Print(ref Frame f, int cp, int len, int tcpFlags)
    {
        f.Proto = "mptcp";
        if (len < 3) return false;
        int subtype = f.U8(cp + 2) >> 4;
        if (f.Truncated) return true;
        if (subtype > SubFastClose + 1) subtype = SubFastClose + 1;
        var o = f.Out;
        o.Char(' '); o.Dec(len);
        o.Char(' '); o.Write(SubtypeNames[subtype]);
        return subtype switch
        {
            SubCapable => Capable(ref f, cp, len, tcpFlags),
            SubJoin => Join(ref f, cp, len, tcpFlags),
            SubDss => Dss(ref f, cp, len, tcpFlags),
            SubAddAddr => AddAddr(ref f, cp, len),
            SubRemoveAddr => RemoveAddr(ref f, cp, len),
            SubPrio => Prio(ref f, cp, len),
            SubFail => Fail(ref f, cp, len),
            SubFastClose => FastClose(ref f, cp, len),
            _ => true,
        };
    }

    private static bool Capable(ref Frame f, int cp, int len, int flags)
    {
        if (!((len == 12 || len == 4) && (flags & Tcp.Syn) != 0) &&
            !((len == 20 || len == 22) && (flags & (Tcp.Syn | Tcp.Ack)) == Tcp.Ack))
            return false;
        var o = f.Out;
        int version = f.U8(cp + 2) & 0xf;
        if (version is 0 or 1) { o.Write(" v"u8); o.Dec(version); }
        else { o.Write(" Unknown Version ("u8); o.Dec(version); o.Char(')'); return true; }
        if ((f.U8(cp + 3) & 0x80) != 0) o.Write(" csum"u8);
        if (len == 12 || len >= 20)
        {
            ulong sender = f.U64(cp + 4);
            o.Write(" {0x"u8); o.Hex(sender);
            if (len >= 20) { ulong receiver = f.U64(cp + 12); o.Write(",0x"u8); o.Hex(receiver); }
            o.Char('}');
        }
        return true;
    }

    private static bool Join(ref Frame f, int cp, int len, int flags)
    {
        if (!(len == 12 && (flags & Tcp.Syn) != 0) &&
            !(len == 16 && (flags & (Tcp.Syn | Tcp.Ack)) == (Tcp.Syn | Tcp.Ack)) &&
            !(len == 24 && (flags & Tcp.Ack) != 0))
            return false;
        var o = f.Out;
        if (len != 24)
        {
            if ((f.U8(cp + 2) & 1) != 0) o.Write(" backup"u8);
            int id = f.U8(cp + 3);
            o.Write(" id "u8); o.Dec(id);
        }
        switch (len)
        {
            case 12:
                {
                    uint token = f.U32(cp + 4), nonce = f.U32(cp + 8);
                    o.Write(" token 0x"u8); o.Hex(token); o.Write(" nonce 0x"u8); o.Hex(nonce);
                    break;
                }
            case 16:
                {
                    ulong mac = f.U64(cp + 4);
                    uint nonce = f.U32(cp + 12);
                    o.Write(" hmac 0x"u8); o.Hex(mac); o.Write(" nonce 0x"u8); o.Hex(nonce);
                    break;
                }
            case 24:
                o.Write(" hmac 0x"u8);
                for (int i = 0; i < 20; i++) o.Hex2(f.U8(cp + 4 + i));
                break;
        }
        return true;
    }

    private static bool Dss(ref Frame f, int opt, int len, int flags)
    {
        if (len < 4) return false;
        if ((flags & Tcp.Syn) != 0) return false;
        var o = f.Out;
        int dssFlags = f.U8(opt + 3);
        if ((dssFlags & 0x10) != 0) o.Write(" fin"u8);
        opt += 4;
        len -= 4;
        if ((dssFlags & 0x01) != 0)
        {
            o.Write(" ack "u8);
            if ((dssFlags & 0x02) != 0)
            {
                if (len < 8) return false;
                o.Dec(f.U64(opt)); opt += 8; len -= 8;
            }
            else
            {
                if (len < 4) return false;
                o.Dec(f.U32(opt)); opt += 4; len -= 4;
            }
        }
        if ((dssFlags & 0x04) != 0)
        {
            o.Write(" seq "u8);
            if ((dssFlags & 0x08) != 0)
            {
                if (len < 8) return false;
                o.Dec(f.U64(opt)); opt += 8; len -= 8;
            }
            else
            {
                if (len < 4) return false;
                o.Dec(f.U32(opt)); opt += 4; len -= 4;
            }
            if (len < 4) return false;
            uint subseq = f.U32(opt);
            o.Write(" subseq "u8); o.Dec(subseq); opt += 4; len -= 4;
            if (len < 2) return false;
            int dlen = f.U16(opt);
            o.Write(" len "u8); o.Dec(dlen); opt += 2; len -= 2;
            if (len >= 2)
            {
                int csum = f.U16(opt);
                o.Write(" csum 0x"u8); o.Hex((uint)csum);
                len -= 2;
            }
        }
        return len == 0;
    }

    private static bool AddAddr(ref Frame f, int cp, int len)
    {
        if (len is not (8 or 10 or 16 or 18 or 20 or 22 or 28 or 30)) return false;
        var o = f.Out;
        int subEcho = f.U8(cp + 2) & 0xf;
        o.Char(' '); AddAddrVersions.Print(o, (uint)subEcho, "[bad version/echo]");
        int id = f.U8(cp + 3);
        o.Write(" id "u8); o.Dec(id);
        if (len is 8 or 10 or 16 or 18)
        {
            var a = f.Bytes(cp + 4, 4);
            if (f.Truncated) return true;
            o.Char(' '); f.Ctx.Names.IPv4(o, a);
            if (len is 10 or 18) { int port = f.U16(cp + 8); o.Char(':'); o.Dec(port); }
            if (len == 16) { ulong mac = f.U64(cp + 8); o.Write(" hmac 0x"u8); o.Hex(mac); }
            if (len == 18) { ulong mac = f.U64(cp + 10); o.Write(" hmac 0x"u8); o.Hex(mac); }
        }
        else
        {
            var a = f.Bytes(cp + 4, 16);
            if (f.Truncated) return true;
            o.Char(' '); f.Ctx.Names.IPv6(o, a);
            if (len is 22 or 30) { int port = f.U16(cp + 20); o.Char(':'); o.Dec(port); }
            if (len == 28) { ulong mac = f.U64(cp + 20); o.Write(" hmac 0x"u8); o.Hex(mac); }
            if (len == 30) { ulong mac = f.U64(cp + 22); o.Write(" hmac 0x"u8); o.Hex(mac); }
        }
        return true;
    }

    private static bool RemoveAddr(ref Frame f, int cp, int len)
    {
        if (len < 4) return false;
        var o = f.Out;
        o.Write(" id"u8);
        for (int i = 0; i < len - 3 && !f.Truncated; i++)
        {
            int id = f.U8(cp + 3 + i);
            o.Char(' '); o.Dec(id);
        }
        return true;
    }

    private static bool Prio(ref Frame f, int cp, int len)
    {
        if (len != 3 && len != 4) return false;
        var o = f.Out;
        o.Write((f.U8(cp + 2) & 1) != 0 ? " backup"u8 : " non-backup"u8);
        if (len == 4) { int id = f.U8(cp + 3); o.Write(" id "u8); o.Dec(id); }
        return true;
    }

    private static bool Fail(ref Frame f, int cp, int len)
    {
        if (len != 12) return false;
        ulong seq = f.U64(cp + 4);
        f.Out.Write(" seq "u8); f.Out.Dec(seq);
        return true;
    }

    private static bool FastClose(ref Frame f, int cp, int len)
    {
        if (len != 12) return false;
        ulong key = f.U64(cp + 4);
        f.Out.Write(" key 0x"u8); f.Out.Hex(key);
        return true;
    }
}
