namespace Wirecap.Print;

/// <summary>
/// NFS versions 2 and 3 over Sun RPC (print-nfs.c, parsenfsfh.c; RFC 1094, RFC 1813, RFC 5531).
/// A call is printed from its arguments; a reply carries no procedure number, so the calls seen
/// are remembered in a small ring (<see cref="NfsXidMap"/>) and a reply is decoded as the answer to
/// the call with its xid between the same two hosts.
/// <code>
/// RPC call:   xid | direction=0 | rpcvers | prog | vers | proc | cred (flavor, len, body) | verf (...) | args
/// RPC reply:  xid | direction=1 | reply_stat | verf (flavor, len, body) | accept_stat | results
/// </code>
/// Offsets are byte offsets into the frame; a value that would run past any real packet is kept at
/// <see cref="Far"/>, where every read fails as tcpdump's bounds checks do.
/// </summary>
public static class Nfs
{
    public const int Port = 2049;
    private const int Far = 0x3FFFFFFF;
    private const int None = -1;   // tcpdump's NULL result: the packet ended (or was bad) there

    // struct sunrpc_msg
    private const int RmXid = 0, RmDirection = 4;
    private const int CbVers = 16, CbProc = 20, CbCred = 24;
    private const int RpStat = 8, RjStat = 12, RjLow = 16, RjHigh = 20, RjWhy = 16;
    private const uint Call = 0, Reply = 1;

    private const int V2FhSize = 32, V2FattrSize = 68, V3FattrSize = 84, V2StatfsSize = 20, V3StatfsSize = 52;
    private const int V3FsinfoSize = 48, V3PathconfSize = 24, V3FhMax = 64;

    private const uint Null = 0, GetAttr = 1, SetAttr = 2, Lookup = 3, Access = 4, ReadLink = 5, Read = 6, Write = 7,
        Create = 8, MkDir = 9, SymLink = 10, MkNod = 11, Remove = 12, RmDir = 13, Rename = 14, Link = 15, ReadDir = 16,
        ReadDirPlus = 17, FsStat = 18, FsInfo = 19, PathConf = 20, Commit = 21, Noop = 25, ProcCount = 26;

    /// <summary>NFSv2 procedure numbers mapped to the v3 numbering used throughout.</summary>
    private static readonly uint[] V2Procs =
    {
        Null, GetAttr, SetAttr, Noop, Lookup, ReadLink, Read, Noop, Write, Create, Remove, Rename, Link, SymLink,
        MkDir, RmDir, ReadDir, FsStat, Noop, Noop, Noop, Noop, Noop, Noop, Noop, Noop,
    };

    private static readonly Tok Procs = new((Noop, "nop"), (Null, "null"), (GetAttr, "getattr"), (SetAttr, "setattr"),
        (Lookup, "lookup"), (Access, "access"), (ReadLink, "readlink"), (Read, "read"), (Write, "write"),
        (Create, "create"), (MkDir, "mkdir"), (SymLink, "symlink"), (MkNod, "mknod"), (Remove, "remove"),
        (RmDir, "rmdir"), (Rename, "rename"), (Link, "link"), (ReadDir, "readdir"), (ReadDirPlus, "readdirplus"),
        (FsStat, "fsstat"), (FsInfo, "fsinfo"), (PathConf, "pathconf"), (Commit, "commit"));

    private static readonly Tok Status = new((1, "Operation not permitted"), (2, "No such file or directory"),
        (5, "Input/output error"), (6, "Device not configured"), (11, "Resource deadlock avoided"),
        (12, "Cannot allocate memory"), (13, "Permission denied"), (17, "File exists"), (18, "Cross-device link"),
        (19, "Operation not supported by device"), (20, "Not a directory"), (21, "Is a directory"),
        (22, "Invalid argument"), (26, "Text file busy"), (27, "File too large"), (28, "No space left on device"),
        (30, "Read-only file system"), (31, "Too many links"), (45, "Operation not supported"),
        (62, "Too many levels of symbolic links"), (63, "File name too long"), (66, "Directory not empty"),
        (69, "Disc quota exceeded"), (70, "Stale NFS file handle"), (71, "Too many levels of remote in path"),
        (99, "Write cache flushed to disk"), (10001, "Illegal NFS file handle"),
        (10002, "Update synchronization mismatch"), (10003, "READDIR/READDIRPLUS cookie is stale"),
        (10004, "Operation not supported"), (10005, "Buffer or request is too small"),
        (10006, "Unspecified error on server"), (10007, "Object of that type not supported"),
        (10008, "Request couldn't be completed in time"));

    private static readonly Tok WriteModes = new((0, "unstable"), (1, "datasync"), (2, "filesync"));
    private static readonly Tok FileTypes = new((0, "NON"), (1, "REG"), (2, "DIR"), (3, "BLK"), (4, "CHR"), (5, "LNK"), (7, "FIFO"));
    private static readonly Tok AuthStat = new((0, "OK"), (1, "Bogus Credentials (seal broken)"),
        (2, "Rejected Credentials (client should begin new session)"), (3, "Bogus Verifier (seal broken)"),
        (4, "Verifier expired or was replayed"), (5, "Credentials are too weak"), (6, "Bogus response verifier"),
        (7, "Unknown failure"));
    private static readonly Tok AcceptStat = new((1, "PROG_UNAVAIL"), (2, "PROG_MISMATCH"), (3, "PROC_UNAVAIL"),
        (4, "GARBAGE_ARGS"), (5, "SYSTEM_ERR"));

    /// <summary>The UDP case: a call to port 2049 or a reply from it; false leaves the datagram to the next printer.</summary>
    public static bool UdpPrint(ref Frame f, int rp, int length, int sport, int dport, int ipOff)
    {
        if (!f.Has(rp + RmDirection, 4)) return false;
        return RpcPrint(ref f, rp, (uint)length, sport, dport, ipOff, ""u8);
    }

    /// <summary>The TCP case: a record mark (last-fragment bit and length) before the RPC message.</summary>
    public static void TcpPrint(ref Frame f, int bp, int length, int sport, int dport, int ipOff)
    {
        uint fraglen = f.U32(bp) & 0x7FFFFFFF;
        if (fraglen > (uint)length - 4) fraglen = (uint)length - 4;
        int rp = bp + 4;
        if (!f.Has(rp + RmDirection, 4)) return;
        RpcPrint(ref f, rp, fraglen, sport, dport, ipOff, ": "u8);
    }

    private static bool RpcPrint(ref Frame f, int rp, uint length, int sport, int dport, int ipOff, ReadOnlySpan<byte> lead)
    {
        var o = f.Out;
        uint direction = f.U32(rp + RmDirection);
        if (dport == Port && direction == Call)
        {
            o.Write(lead); o.Write("NFS request xid "u8); o.Dec(f.U32(rp + RmXid)); o.Char(' ');
            RequestPrint(ref f, rp, length, ipOff);
            return true;
        }
        if (sport == Port && direction == Reply)
        {
            o.Write(lead); o.Write("NFS reply xid "u8); o.Dec(f.U32(rp + RmXid)); o.Char(' ');
            ReplyPrint(ref f, rp, length, ipOff);
            return true;
        }
        return false;
    }

    // ---- calls ----

    /// <summary>nfsreq_noaddr_print: the length, the procedure and its arguments.</summary>
    private static void RequestPrint(ref Frame f, int rp, uint length, int ipOff)
    {
        f.Proto = "nfs";
        var o = f.Out;
        o.Dec(length);
        if (!f.Has(rp + CbProc, 4)) { f.PrintTrunc(); return; }
        f.Ctx.NfsXids.Enter(ref f, rp, ipOff);

        bool v3 = f.U32(rp + CbVers) == 3;
        uint proc = f.U32(rp + CbProc);
        if (!v3 && proc < ProcCount) proc = V2Procs[proc];
        o.Char(' '); Procs.Print(o, proc, "proc-%u");

        int dp;
        switch (proc)
        {
            case GetAttr: case SetAttr: case ReadLink: case FsStat: case FsInfo: case PathConf:
                if ((dp = ParseRequest(ref f, rp, length)) == None || ParseFh(ref f, dp, v3) == None) goto trunc;
                break;

            case Lookup: case Create: case MkDir: case Remove: case RmDir:
                if ((dp = ParseRequest(ref f, rp, length)) == None || ParseFhName(ref f, dp, v3) == None) goto trunc;
                break;

            case Access:
                if ((dp = ParseRequest(ref f, rp, length)) == None || (dp = ParseFh(ref f, dp, v3)) == None) goto trunc;
                AccessFlagsPrint(o, f.U32(dp));
                break;

            case Read:
                if ((dp = ParseRequest(ref f, rp, length)) == None || (dp = ParseFh(ref f, dp, v3)) == None) goto trunc;
                if (v3) CountAtPrint(ref f, f.U32(dp + 8), f.U64(dp));
                else CountAtPrint(ref f, f.U32(dp + 4), f.U32(dp));
                break;

            case Write:
                if ((dp = ParseRequest(ref f, rp, length)) == None || (dp = ParseFh(ref f, dp, v3)) == None) goto trunc;
                if (v3)
                {
                    // offset (8), count, stable_how, data length
                    uint len = f.U32(dp + 16), count = f.U32(dp + 8);
                    ulong offset = f.U64(dp);
                    o.Char(' '); o.Dec(len); o.Write(" ("u8); o.Dec(count); o.Write(") bytes @ "u8); o.Dec(offset);
                    if (f.Opt.Verbose > 0)
                    {
                        uint mode = f.U32(dp + 12);
                        o.Write(" <"u8); WriteModes.Print(o, mode); o.Char('>');
                    }
                }
                else
                {
                    // beginoffset, offset, totalcount, data length
                    uint len = f.U32(dp + 12), total = f.U32(dp + 8), offset = f.U32(dp + 4), begin = f.U32(dp);
                    o.Char(' '); o.Dec(len); o.Write(" ("u8); o.Dec(total); o.Write(") bytes @ "u8); o.Dec(offset);
                    o.Write(" ("u8); o.Dec(begin); o.Char(')');
                }
                break;

            case SymLink:
            {
                if ((dp = ParseRequest(ref f, rp, length)) == None || (dp = ParseFhName(ref f, dp, v3)) == None) goto trunc;
                o.Write(" ->"u8);
                var sa = default(Sattr3);
                if (v3) dp = ParseSattr3(ref f, dp, ref sa);
                if (ParseName(ref f, dp) == None) goto trunc;
                if (v3 && f.Opt.Verbose > 0) Sattr3Print(o, in sa, f.Opt.Verbose);
                break;
            }

            case MkNod:
            {
                if ((dp = ParseRequest(ref f, rp, length)) == None || (dp = ParseFhName(ref f, dp, v3)) == None) goto trunc;
                uint type = f.U32(dp);
                var sa = default(Sattr3);
                dp = ParseSattr3(ref f, dp + 4, ref sa);
                o.Char(' '); FileTypes.Print(o, type, "unk-ft %u");
                if (f.Opt.Verbose > 0 && type is 3 or 4)
                {
                    uint specMajor = f.U32(dp), specMinor = f.U32(dp + 4);
                    o.Char(' '); o.Dec(specMajor); o.Char('/'); o.Dec(specMinor);
                }
                if (f.Opt.Verbose > 0) Sattr3Print(o, in sa, f.Opt.Verbose);
                break;
            }

            case Rename:
                if ((dp = ParseRequest(ref f, rp, length)) == None || (dp = ParseFhName(ref f, dp, v3)) == None) goto trunc;
                o.Write(" ->"u8);
                if (ParseFhName(ref f, dp, v3) == None) goto trunc;
                break;

            case Link:
                if ((dp = ParseRequest(ref f, rp, length)) == None || (dp = ParseFh(ref f, dp, v3)) == None) goto trunc;
                o.Write(" ->"u8);
                if (ParseFhName(ref f, dp, v3) == None) goto trunc;
                break;

            case ReadDir:
                if ((dp = ParseRequest(ref f, rp, length)) == None || (dp = ParseFh(ref f, dp, v3)) == None) goto trunc;
                if (v3)
                {
                    // cookie (8), cookie verifier (8), count
                    CountAtPrint(ref f, f.U32(dp + 16), f.U64(dp), signed: true);
                    if (f.Opt.Verbose > 0) VerfPrint(ref f, dp + 8);
                }
                else CountAtPrint(ref f, f.U32(dp + 4), f.U32(dp));
                break;

            case ReadDirPlus:
                if ((dp = ParseRequest(ref f, rp, length)) == None || (dp = ParseFh(ref f, dp, v3)) == None) goto trunc;
                // cookie (8), cookie verifier (8), dircount, maxcount
                CountAtPrint(ref f, f.U32(dp + 16), f.U64(dp), signed: true);
                if (f.Opt.Verbose > 0)
                {
                    uint max = f.U32(dp + 20), verfHi = f.U32(dp + 8), verfLo = f.U32(dp + 12);
                    o.Write(" max "u8); o.Dec(max);
                    o.Write(" verf "u8); o.Hex(verfHi, 8); o.Hex(verfLo, 8);
                }
                break;

            case Commit:
                if ((dp = ParseRequest(ref f, rp, length)) == None || (dp = ParseFh(ref f, dp, v3)) == None) goto trunc;
                CountAtPrint(ref f, f.U32(dp + 8), f.U64(dp));
                break;
        }
        return;

    trunc:
        f.PrintTrunc();
    }

    private static void AccessFlagsPrint(TextOut o, uint flags)
    {
        const uint full = 0x3f;
        if ((flags & ~full) != 0) { o.Char(' '); o.Hex(flags, 4); return; }
        if (flags == full) { o.Write(" NFS_ACCESS_FULL"u8); return; }
        byte sep = (byte)' ';
        if ((flags & 0x01) != 0) { o.Char(sep); o.Write("NFS_ACCESS_READ"u8); sep = (byte)'|'; }
        if ((flags & 0x02) != 0) { o.Char(sep); o.Write("NFS_ACCESS_LOOKUP"u8); sep = (byte)'|'; }
        if ((flags & 0x04) != 0) { o.Char(sep); o.Write("NFS_ACCESS_MODIFY"u8); sep = (byte)'|'; }
        if ((flags & 0x08) != 0) { o.Char(sep); o.Write("NFS_ACCESS_EXTEND"u8); sep = (byte)'|'; }
        if ((flags & 0x10) != 0) { o.Char(sep); o.Write("NFS_ACCESS_DELETE"u8); sep = (byte)'|'; }
        if ((flags & 0x20) != 0) { o.Char(sep); o.Write("NFS_ACCESS_EXECUTE"u8); }
    }

    /// <summary>An offset moved by n bytes, kept at <see cref="Far"/> when it would pass any packet.</summary>
    private static int Skip(int off, ulong n) => off < 0 || off >= Far || n >= Far ? Far : (int)Math.Min((ulong)off + n, Far);

    /// <summary>ND_TTEST_LEN with a 32- or 64-bit length.</summary>
    private static bool HasLong(ref Frame f, int off, ulong len) => off >= 0 && (ulong)off + len <= (ulong)f.End;

    /// <summary>roundup2(len, 4) in 32 bits, wrapping as tcpdump's does.</summary>
    private static uint Round4(uint len) => (len + 3) & ~3u;

    /// <summary>parsereq: skip the credentials and the verifier; the arguments' offset, or None.</summary>
    private static int ParseRequest(ref Frame f, int rp, uint length)
    {
        int dp = rp + CbCred;
        if (length < 8) return None;
        uint len = f.U32(dp + 4);
        uint rounded = Round4(len);
        if (!HasLong(ref f, dp + 8, rounded)) return None;
        if (8 + (ulong)rounded > length) return None;
        dp = Skip(dp, ((ulong)len + 11) / 4 * 4);
        length -= 8 + rounded;

        if (length < 8) return None;
        len = f.U32(dp + 4);
        rounded = Round4(len);
        if (!HasLong(ref f, Skip(dp, 8), rounded)) return None;
        if (8 + (ulong)rounded >= length) return None;
        return Skip(dp, ((ulong)len + 11) / 4 * 4);
    }

    /// <summary>parsefh: a file handle (v3: length-prefixed, v2: 32 bytes) printed; the offset after it, or None.</summary>
    private static int ParseFh(ref Frame f, int dp, bool v3)
    {
        uint words;
        if (v3)
        {
            words = f.U32(dp) / 4;
            dp = Skip(dp, 4);
        }
        else words = V2FhSize / 4;
        if (f.Truncated || !HasLong(ref f, dp, (ulong)words * 4)) return None;
        FhPrint(ref f, dp, (int)words);
        return dp + (int)words * 4;
    }

    /// <summary>parsefn: a counted, padded file name in quotes; the offset after it, or None.</summary>
    private static int ParseName(ref Frame f, int dp)
    {
        var o = f.Out;
        uint len = f.U32(dp);
        if (f.Truncated) return None;
        dp = Skip(dp, 4);
        if (len > uint.MaxValue - 3)
        {
            o.Write("[cannot pad to 32-bit boundaries]"u8);
            o.Write(" (invalid)"u8);
            return None;
        }
        uint rounded = Round4(len);
        if (!HasLong(ref f, dp, rounded)) return None;
        o.Char('"');
        for (int i = 0; i < (int)len; i++) TextProto.PrintChar(o, f.Data[dp + i]);
        o.Char('"');
        return dp + (int)rounded;
    }

    private static int ParseFhName(ref Frame f, int dp, bool v3)
    {
        dp = ParseFh(ref f, dp, v3);
        if (dp == None) return None;
        f.Out.Char(' ');
        return ParseName(ref f, dp);
    }

    /// <summary>The settable attributes of an NFSv3 create, kept to be printed after the name.</summary>
    private struct Sattr3
    {
        public bool ModeSet, UidSet, GidSet, ATimeSet, MTimeSet;
        public uint Mode, Uid, Gid, ATimeSec, ATimeNsec, MTimeSec, MTimeNsec;
    }

    /// <summary>parse_sattr3: each field is a discriminant and, when set, its value (times: only "set to client time" has one).</summary>
    private static int ParseSattr3(ref Frame f, int dp, ref Sattr3 sa)
    {
        const uint toClient = 2;
        if (sa.ModeSet = f.U32(dp) != 0) { dp += 4; sa.Mode = f.U32(dp); }
        dp += 4;
        if (sa.UidSet = f.U32(dp) != 0) { dp += 4; sa.Uid = f.U32(dp); }
        dp += 4;
        if (sa.GidSet = f.U32(dp) != 0) { dp += 4; sa.Gid = f.U32(dp); }
        dp += 4;
        if (f.U32(dp) != 0) dp += 4;   // size: read past, not printed
        dp += 4;
        if (sa.ATimeSet = f.U32(dp) == toClient) { sa.ATimeSec = f.U32(dp + 4); sa.ATimeNsec = f.U32(dp + 8); dp += 8; }
        dp += 4;
        if (sa.MTimeSet = f.U32(dp) == toClient) { sa.MTimeSec = f.U32(dp + 4); sa.MTimeNsec = f.U32(dp + 8); dp += 8; }
        dp += 4;
        return f.Truncated ? Far : dp;
    }

    private static void Sattr3Print(TextOut o, in Sattr3 sa, int verbose)
    {
        if (sa.ModeSet) { o.Write(" mode "u8); Oct(o, sa.Mode); }
        if (sa.UidSet) { o.Write(" uid "u8); o.Dec(sa.Uid); }
        if (sa.GidSet) { o.Write(" gid "u8); o.Dec(sa.Gid); }
        if (verbose > 1)
        {
            if (sa.ATimeSet) { o.Write(" atime "u8); o.Dec(sa.ATimeSec); o.Char('.'); o.Dec(sa.ATimeNsec, 6); }
            if (sa.MTimeSet) { o.Write(" mtime "u8); o.Dec(sa.MTimeSec); o.Char('.'); o.Dec(sa.MTimeNsec, 6); }
        }
    }

    private static void Oct(TextOut o, uint v)
    {
        Span<byte> buf = stackalloc byte[11];
        int i = buf.Length;
        do { buf[--i] = (byte)('0' + (v & 7)); v >>= 3; } while (v != 0);
        o.Write(buf[i..]);
    }

    // ---- file handles ----

    private enum FhType { Unknown, Auspex, DecOsf, Irix4, SunOs4, SunOs5, Ultrix, VmsUcx, Hpux9, Bsd44 }

    /// <summary>
    /// nfs_printfh: with -u the handle's words in hex; otherwise the handle's layout guessed from its
    /// bytes (Parse_fh) and printed as "fh major,minor/inode", or "fh name/..." when the server names
    /// its file systems (VMS) or the layout is unknown (then the handle's bytes in hex).
    /// </summary>
    private static void FhPrint(ref Frame f, int fh, int words)
    {
        var o = f.Out;
        if (f.Opt.NfsHandles)
        {
            o.Write(" fh["u8);
            for (int i = 0; i < words; i++)
            {
                uint w = f.U32(fh + 4 * i);
                if (i > 0) o.Char(':');
                o.Hex(w);
            }
            o.Char(']');
            return;
        }

        var type = GuessFhType(ref f, fh, words);
        uint major = 0, minor = 0, ino = 0;
        byte B(ref Frame f, int i) => f.U8(fh + i);
        uint Le32(ref Frame f, int i) => f.U32LE(fh + i);
        switch (type)
        {
            case FhType.Auspex: minor = B(ref f, 7); major = B(ref f, 6); ino = f.U32(fh + 12); break;
            case FhType.Bsd44: minor = B(ref f, 0); major = B(ref f, 1); ino = Le32(ref f, 12); break;
            case FhType.DecOsf:
            {
                uint t = Le32(ref f, 0);
                minor = t & 0xFFFFF; major = (t >> 20) & 0xFFF; ino = Le32(ref f, 12);
                break;
            }
            case FhType.Irix4: minor = B(ref f, 3); major = B(ref f, 2); ino = f.U32(fh + 8); break;
            case FhType.SunOs4: minor = B(ref f, 3); major = B(ref f, 2); ino = f.U32(fh + 12); break;
            case FhType.SunOs5:
                major = (uint)(f.U16(fh) >> 2) & 0x3FFF; minor = f.U24(fh + 1) & 0x3FFFF; ino = f.U32(fh + 12);
                break;
            case FhType.Ultrix: minor = B(ref f, 0); major = B(ref f, 1); ino = Le32(ref f, 4); break;
            case FhType.VmsUcx:
                // The first 8 of the 14 device-name bytes stand in for the device numbers.
                minor = Le32(ref f, 0); major = Le32(ref f, 4);
                ino = (uint)B(ref f, 26) << 24 | (uint)B(ref f, 27) << 16 | f.U16LE(fh + 22);
                break;
            case FhType.Hpux9: major = B(ref f, 0); minor = f.U24(fh + 1); ino = f.U32(fh + 12); break;
            case FhType.Unknown: minor = major = 257; ino = 1; break;
        }
        if (f.Truncated) return;

        // The file system's name is cut to as many characters as the handle has words (tcpdump's
        // quirk), at a NUL and at the first space.
        int nameMax = Math.Min(words, V3FhMax);
        if (type == FhType.Unknown)
        {
            o.Write(" fh "u8);
            o.Write("Unknown"u8[..Math.Min(nameMax, 7)]);
            o.Char('/');
        }
        else if (type == FhType.VmsUcx)
        {
            o.Write(" fh "u8);
            for (int i = 0; i < nameMax; i++)
            {
                byte c = f.Data[fh + 1 + i];
                if (c == 0 || c == ' ') break;
                o.Char(c);
            }
            o.Char('/');
        }
        else
        {
            o.Write(" fh "u8); o.Dec(major); o.Char(','); o.Dec(minor); o.Char('/');
        }

        if (minor == 257)
        {
            if (type == FhType.Unknown)
            {
                // The handle's first 32 bytes in hex.
                for (int i = 0; i < words * 4 && i < 32; i++)
                {
                    byte b = f.Data[fh + i];
                    o.Char(UpperHex[b >> 4]); o.Char(UpperHex[b & 15]);
                }
            }
            else if (type == FhType.VmsUcx)
            {
                // tcpdump prints its copy of the device name's bytes 8..13 as a string here.
                for (int i = 8; i < 14; i++)
                {
                    byte c = f.Data[fh + i];
                    if (c == 0) break;
                    o.Char(c);
                }
            }
            // (other layouts leave tcpdump's text undefined here; nothing is printed)
        }
        else o.Dec(ino);
    }

    private static FhType GuessFhType(ref Frame f, int fh, int words)
    {
        if (words < 4) return FhType.Unknown;
        var d = f.Data.Slice(fh, words * 4);
        if (d[0] == 0 && d[1] == 0)
        {
            if (d[2] == 0 && d[3] == 0) return FhType.Auspex;
            if (d[4] != 0 && d[5] == 0 && d[8] == 12 && d[9] == 0) return FhType.DecOsf;
            if (d[4] == 0 && d[5] == 8 && d[6] == 0 && d[7] == 0) return FhType.Irix4;
            return FhType.SunOs4;
        }
        if (d[2] == 0 && d[3] == 0)
        {
            if (d[6] == 0 && d[7] == 0) return FhType.Bsd44;
            if (words >= 6 && d[21] == 0 && d[23] == 0) return FhType.Ultrix;
            return d[9] == 10 ? FhType.SunOs5 : FhType.Unknown;
        }
        if (d[8] == 12 && d[9] == 0) return FhType.DecOsf;
        if (d[8] == 0 && d[9] == 10)
            return d[7] == 0 && d[6] == 0 && d[5] == 0 && d[4] == 0 ? FhType.Hpux9 : FhType.SunOs5;
        return IsUcx(d, words) ? FhType.VmsUcx : FhType.Unknown;
    }

    /// <summary>is_UCX: bytes 1..13 are a printable device name, NUL-padded.</summary>
    private static bool IsUcx(ReadOnlySpan<byte> d, int words)
    {
        if (words < 7) return false;
        bool seenNull = false;
        for (int i = 1; i < 14; i++)
        {
            byte c = d[i];
            if (c >= 0x20 && c < 0x7f) { if (seenNull) return false; }
            else if (c == 0) seenNull = true;
            else return false;
        }
        return true;
    }

    // ---- replies ----

    /// <summary>nfsreply_noaddr_print: the reply's status, then (for a known call) its results.</summary>
    private static void ReplyPrint(ref Frame f, int rp, uint length, int ipOff)
    {
        f.Proto = "nfs";
        var o = f.Out;
        if (!f.Need(rp + RpStat, 4)) return;
        uint replyStat = f.U32(rp + RpStat);
        switch (replyStat)
        {
            case 0:
                o.Write("reply ok "u8); o.Dec(length);
                if (f.Ctx.NfsXids.Find(ref f, rp, ipOff, out uint proc, out uint vers))
                    InterpretReply(ref f, rp, proc, vers, length);
                break;
            case 1:
                o.Write("reply ERR "u8); o.Dec(length); o.Write(": "u8);
                if (!f.Has(rp + RjStat, 4)) { f.PrintTrunc(); return; }
                uint rstat = f.U32(rp + RjStat);
                switch (rstat)
                {
                    case 0:
                        if (!f.Has(rp + RjHigh, 4)) { f.PrintTrunc(); return; }
                        o.Write("RPC Version mismatch ("u8); o.Dec(f.U32(rp + RjLow)); o.Char('-');
                        o.Dec(f.U32(rp + RjHigh)); o.Char(')');
                        break;
                    case 1:
                        if (!f.Has(rp + RjWhy, 4)) { f.PrintTrunc(); return; }
                        o.Write("Auth "u8); AuthStat.Print(o, f.U32(rp + RjWhy), "Invalid failure code %u");
                        break;
                    default:
                        o.Write("Unknown reason for rejecting rpc message "u8); o.Dec(rstat);
                        break;
                }
                break;
            default:
                o.Write("reply Unknown rpc response code="u8); o.Dec(replyStat); o.Char(' '); o.Dec(length);
                break;
        }
    }

    /// <summary>parserep: skip the verifier; the results' offset, or None (an RPC failure is printed).</summary>
    private static int ParseReply(ref Frame f, int rp, uint length, ref bool nfsErr)
    {
        int dp = rp + RpStat + 4;
        uint len = f.U32(dp + 4);
        if (f.Truncated || len >= length) return None;
        dp = Skip(dp, ((ulong)len + 11) / 4 * 4);
        uint astat = f.U32(dp);
        if (f.Truncated) return None;
        if (astat != 0)
        {
            f.Out.Char(' '); AcceptStat.Print(f.Out, astat, "ar_stat %u");
            nfsErr = true;
            return None;
        }
        return dp + 4;
    }

    /// <summary>parsestatus: an NFS status; a failure is printed (unless -q) and reported in er.</summary>
    private static int ParseStatus(ref Frame f, int dp, out uint er, ref bool nfsErr)
    {
        er = f.U32(dp);
        if (f.Truncated) return None;
        if (er != 0)
        {
            if (!f.Opt.Quiet) { f.Out.Write(" ERROR: "u8); Status.Print(f.Out, er, "unk %u"); }
            nfsErr = true;
        }
        return dp + 4;
    }

    /// <summary>parsefattr: file attributes (type, mode, ids, size; at -vv the rest).</summary>
    private static int ParseFattr(ref Frame f, int dp, int verbose, bool v3)
    {
        var o = f.Out;
        if (!f.Has(dp + 16, 4)) return None;
        if (verbose > 0)
        {
            uint type = f.U32(dp), mode = f.U32(dp + 4), uid = f.U32(dp + 12), gid = f.U32(dp + 16);
            o.Char(' '); FileTypes.Print(o, type, "unk-ft %u ");
            o.Char(' '); Oct(o, mode);
            o.Write(" ids "u8); o.Dec((int)uid); o.Char('/'); o.Dec((int)gid);
            ulong size = v3 ? f.U64(dp + 20) : f.U32(dp + 20);
            o.Write(" sz "u8); o.Dec(size);
        }
        if (verbose > 1)
        {
            if (v3)
            {
                if (!f.Has(dp + 76, 8)) return None;
                uint nlink = f.U32(dp + 8), rdev1 = f.U32(dp + 36), rdev2 = f.U32(dp + 40);
                o.Write(" nlink "u8); o.Dec(nlink); o.Write(" rdev "u8); o.Dec(rdev1); o.Char('/'); o.Dec(rdev2);
                ulong fsid = f.U64(dp + 44);
                o.Write(" fsid "u8); o.Hex(fsid);
                ulong fileid = f.U64(dp + 52);
                o.Write(" fileid "u8); o.Hex(fileid);
                Time(ref f, " a/m/ctime "u8, dp + 60);
                Time(ref f, " "u8, dp + 68);
                Time(ref f, " "u8, dp + 76);
            }
            else
            {
                if (!f.Has(dp + 60, 8)) return None;
                uint nlink = f.U32(dp + 8), rdev = f.U32(dp + 28), fsid = f.U32(dp + 36), fileid = f.U32(dp + 40);
                o.Write(" nlink "u8); o.Dec(nlink); o.Write(" rdev 0x"u8); o.Hex(rdev);
                o.Write(" fsid 0x"u8); o.Hex(fsid); o.Write(" nodeid 0x"u8); o.Hex(fileid);
                o.Write(" a/m/ctime"u8);
                Time(ref f, " "u8, dp + 44);
                Time(ref f, " "u8, dp + 52);
                Time(ref f, " "u8, dp + 60);
            }
        }
        return dp + (v3 ? V3FattrSize : V2FattrSize);
    }

    /// <summary>lead and "sec.usec" as tcpdump prints both NFS time formats (%u.%06u).</summary>
    private static void Time(ref Frame f, ReadOnlySpan<byte> lead, int p)
    {
        uint sec = f.U32(p), frac = f.U32(p + 4);
        f.Out.Write(lead); f.Out.Dec(sec); f.Out.Char('.'); f.Out.Dec(frac, 6);
    }

    /// <summary>" N bytes @ offset", the values read before anything is printed (one ND_PRINT in tcpdump).</summary>
    private static void CountAtPrint(ref Frame f, uint count, ulong offset, bool signed = false)
    {
        if (f.Truncated) return;
        f.Out.Char(' '); f.Out.Dec(count); f.Out.Write(" bytes @ "u8);
        if (signed) f.Out.Dec((long)offset); else f.Out.Dec(offset);
    }

    /// <summary>" verf " and an 8-byte cookie verifier as two 32-bit words.</summary>
    private static void VerfPrint(ref Frame f, int p)
    {
        uint hi = f.U32(p), lo = f.U32(p + 4);
        f.Out.Write(" verf "u8); f.Out.Hex(hi, 8); f.Out.Hex(lo, 8);
    }

    private static ReadOnlySpan<byte> UpperHex => "0123456789ABCDEF"u8;

    private static bool ParseAttrStat(ref Frame f, int dp, int verbose, bool v3, ref bool nfsErr)
    {
        dp = ParseStatus(ref f, dp, out uint er, ref nfsErr);
        if (dp == None) return false;
        if (er != 0) return true;
        return ParseFattr(ref f, dp, verbose, v3) != None;
    }

    private static bool ParseDirOpRes(ref Frame f, int dp, ref bool nfsErr)
    {
        dp = ParseStatus(ref f, dp, out uint er, ref nfsErr);
        if (dp == None) return false;
        if (er != 0) return true;
        dp = ParseFh(ref f, dp, false);
        if (dp == None) return false;
        return ParseFattr(ref f, dp, f.Opt.Verbose, false) != None;
    }

    private static bool ParseLinkRes(ref Frame f, int dp, bool v3, ref bool nfsErr)
    {
        dp = ParseStatus(ref f, dp, out uint er, ref nfsErr);
        if (dp == None) return false;
        if (er != 0) return true;
        if (v3 && (dp = ParsePostOpAttr(ref f, dp, f.Opt.Verbose)) == None) return false;
        f.Out.Char(' ');
        return ParseName(ref f, dp) != None;
    }

    private static bool ParseStatFs(ref Frame f, int dp, bool v3, ref bool nfsErr)
    {
        var o = f.Out;
        dp = ParseStatus(ref f, dp, out uint er, ref nfsErr);
        if (dp == None) return false;
        if (!v3 && er != 0) return true;
        if (f.Opt.Quiet) return true;
        if (v3)
        {
            if (f.Opt.Verbose > 0) o.Write(" POST:"u8);
            if ((dp = ParsePostOpAttr(ref f, dp, f.Opt.Verbose)) == None) return false;
        }
        if (!f.Has(dp, v3 ? V3StatfsSize : V2StatfsSize)) return false;
        if (v3)
        {
            o.Write(" tbytes "u8); o.Dec(f.U64(dp)); o.Write(" fbytes "u8); o.Dec(f.U64(dp + 8));
            o.Write(" abytes "u8); o.Dec(f.U64(dp + 16));
            if (f.Opt.Verbose > 0)
            {
                o.Write(" tfiles "u8); o.Dec(f.U64(dp + 24)); o.Write(" ffiles "u8); o.Dec(f.U64(dp + 32));
                o.Write(" afiles "u8); o.Dec(f.U64(dp + 40)); o.Write(" invar "u8); o.Dec(f.U32(dp + 48));
            }
        }
        else
        {
            o.Write(" tsize "u8); o.Dec(f.U32(dp)); o.Write(" bsize "u8); o.Dec(f.U32(dp + 4));
            o.Write(" blocks "u8); o.Dec(f.U32(dp + 8)); o.Write(" bfree "u8); o.Dec(f.U32(dp + 12));
            o.Write(" bavail "u8); o.Dec(f.U32(dp + 16));
        }
        return true;
    }

    private static bool ParseReadDirRes(ref Frame f, int dp, ref bool nfsErr)
    {
        var o = f.Out;
        dp = ParseStatus(ref f, dp, out uint er, ref nfsErr);
        if (dp == None) return false;
        if (er != 0 || f.Opt.Quiet) return true;
        uint offset = f.U32(dp), size = f.U32(dp + 4);
        o.Write(" offset 0x"u8); o.Hex(offset); o.Write(" size "u8); o.Dec(size); o.Char(' ');
        if (f.U32(dp + 8) != 0) o.Write(" eof"u8);
        return true;
    }

    /// <summary>parse_wcc_attr: size and times before an operation (at -vv).</summary>
    private static int ParseWccAttr(ref Frame f, int dp)
    {
        var o = f.Out;
        ulong size = f.U64(dp);
        o.Write(" sz "u8); o.Dec(size);
        uint msec = f.U32(dp + 8), mfrac = f.U32(dp + 12), csec = f.U32(dp + 16), cfrac = f.U32(dp + 20);
        o.Write(" mtime "u8); o.Dec(msec); o.Char('.'); o.Dec(mfrac, 6);
        o.Write(" ctime "u8); o.Dec(csec); o.Char('.'); o.Dec(cfrac, 6);
        return dp + 24;
    }

    private static int ParsePreOpAttr(ref Frame f, int dp, int verbose)
    {
        if (f.U32(dp) == 0) return f.Truncated ? None : dp + 4;
        dp += 4;
        if (!f.Has(dp, 24)) return None;
        return verbose > 1 ? ParseWccAttr(ref f, dp) : dp + 24;
    }

    private static int ParsePostOpAttr(ref Frame f, int dp, int verbose)
    {
        if (f.U32(dp) == 0) return f.Truncated ? None : dp + 4;
        dp += 4;
        return verbose > 0 ? ParseFattr(ref f, dp, verbose, true) : dp + V3FattrSize;
    }

    private static int ParseWccData(ref Frame f, int dp, int verbose)
    {
        if (verbose > 1) f.Out.Write(" PRE:"u8);
        if ((dp = ParsePreOpAttr(ref f, dp, verbose)) == None) return None;
        if (verbose > 0) f.Out.Write(" POST:"u8);
        return ParsePostOpAttr(ref f, dp, verbose);
    }

    private static int ParseCreateOpRes(ref Frame f, int dp, int verbose, ref bool nfsErr)
    {
        dp = ParseStatus(ref f, dp, out uint er, ref nfsErr);
        if (dp == None) return None;
        if (er != 0) return ParseWccData(ref f, dp, verbose);
        if (f.U32(dp) == 0) return f.Truncated ? None : dp + 4;
        if ((dp = ParseFh(ref f, dp + 4, true)) == None) return None;
        if (verbose > 0)
        {
            if ((dp = ParsePostOpAttr(ref f, dp, verbose)) == None) return None;
            if (f.Opt.Verbose > 1)
            {
                f.Out.Write(" dir attr:"u8);
                dp = ParseWccData(ref f, dp, verbose);
            }
        }
        return dp;
    }

    private static int ParseWccRes(ref Frame f, int dp, int verbose, ref bool nfsErr)
    {
        dp = ParseStatus(ref f, dp, out _, ref nfsErr);
        return dp == None ? None : ParseWccData(ref f, dp, verbose);
    }

    private static int ParseV3ReadDirRes(ref Frame f, int dp, int verbose, ref bool nfsErr)
    {
        var o = f.Out;
        dp = ParseStatus(ref f, dp, out uint er, ref nfsErr);
        if (dp == None) return None;
        if (f.Opt.Verbose > 0) o.Write(" POST:"u8);
        if ((dp = ParsePostOpAttr(ref f, dp, verbose)) == None) return None;
        if (er != 0) return dp;
        if (f.Opt.Verbose > 0)
        {
            VerfPrint(ref f, dp);
            dp += 8;
        }
        return dp;
    }

    private static bool ParseFsInfo(ref Frame f, int dp, ref bool nfsErr)
    {
        var o = f.Out;
        dp = ParseStatus(ref f, dp, out uint er, ref nfsErr);
        if (dp == None) return false;
        if (f.Opt.Verbose > 0) o.Write(" POST:"u8);
        if ((dp = ParsePostOpAttr(ref f, dp, f.Opt.Verbose)) == None) return false;
        if (er != 0) return true;
        if (!f.Has(dp, V3FsinfoSize)) return false;
        o.Write(" rtmax "u8); o.Dec(f.U32(dp)); o.Write(" rtpref "u8); o.Dec(f.U32(dp + 4));
        o.Write(" wtmax "u8); o.Dec(f.U32(dp + 12)); o.Write(" wtpref "u8); o.Dec(f.U32(dp + 16));
        o.Write(" dtpref "u8); o.Dec(f.U32(dp + 24));
        if (f.Opt.Verbose > 0)
        {
            o.Write(" rtmult "u8); o.Dec(f.U32(dp + 8)); o.Write(" wtmult "u8); o.Dec(f.U32(dp + 20));
            o.Write(" maxfsz "u8); o.Dec(f.U64(dp + 28));
            Time(ref f, " delta "u8, dp + 36); o.Char(' ');
        }
        return true;
    }

    private static bool ParsePathConf(ref Frame f, int dp, ref bool nfsErr)
    {
        var o = f.Out;
        dp = ParseStatus(ref f, dp, out uint er, ref nfsErr);
        if (dp == None) return false;
        if (f.Opt.Verbose > 0) o.Write(" POST:"u8);
        if ((dp = ParsePostOpAttr(ref f, dp, f.Opt.Verbose)) == None) return false;
        if (er != 0) return true;
        if (!f.Has(dp, V3PathconfSize)) return false;
        o.Write(" linkmax "u8); o.Dec(f.U32(dp)); o.Write(" namemax "u8); o.Dec(f.U32(dp + 4));
        o.Char(' '); if (f.U32(dp + 8) != 0) o.Write("notrunc"u8);
        o.Char(' '); if (f.U32(dp + 12) != 0) o.Write("chownres"u8);
        o.Char(' '); if (f.U32(dp + 16) != 0) o.Write("igncase"u8);
        o.Char(' '); if (f.U32(dp + 20) != 0) o.Write("keepcase"u8);
        return true;
    }

    /// <summary>interp_reply: the results of the call the reply answers.</summary>
    private static void InterpretReply(ref Frame f, int rp, uint proc, uint vers, uint length)
    {
        var o = f.Out;
        int verbose = f.Opt.Verbose;
        bool v3 = vers == 3;
        bool nfsErr = false;
        if (!v3 && proc < ProcCount) proc = V2Procs[proc];
        o.Char(' '); Procs.Print(o, proc, "proc-%u");

        int dp;
        switch (proc)
        {
            case GetAttr:
                if ((dp = ParseReply(ref f, rp, length, ref nfsErr)) == None) goto trunc;
                if (!ParseAttrStat(ref f, dp, f.Opt.Quiet ? 0 : 1, v3, ref nfsErr)) goto trunc;
                break;

            case SetAttr:
                if ((dp = ParseReply(ref f, rp, length, ref nfsErr)) == None) goto trunc;
                if (v3) { if (ParseWccRes(ref f, dp, verbose, ref nfsErr) == None) goto trunc; }
                else if (!ParseAttrStat(ref f, dp, f.Opt.Quiet ? 0 : 1, false, ref nfsErr)) goto trunc;
                break;

            case Lookup:
                if ((dp = ParseReply(ref f, rp, length, ref nfsErr)) == None) goto trunc;
                if (v3)
                {
                    if ((dp = ParseStatus(ref f, dp, out uint er, ref nfsErr)) == None) goto trunc;
                    if (er == 0)
                    {
                        if ((dp = ParseFh(ref f, dp, v3)) == None) goto trunc;
                        if ((dp = ParsePostOpAttr(ref f, dp, verbose)) == None) goto trunc;
                    }
                    if (verbose > 1)
                    {
                        o.Write(" post dattr:"u8);
                        if (ParsePostOpAttr(ref f, dp, verbose) == None) goto trunc;
                    }
                }
                else if (!ParseDirOpRes(ref f, dp, ref nfsErr)) goto trunc;
                break;

            case Access:
            {
                if ((dp = ParseReply(ref f, rp, length, ref nfsErr)) == None) goto trunc;
                if ((dp = ParseStatus(ref f, dp, out uint er, ref nfsErr)) == None) goto trunc;
                if (verbose > 0) o.Write(" attr:"u8);
                if ((dp = ParsePostOpAttr(ref f, dp, verbose)) == None) goto trunc;
                if (er == 0) { uint c = f.U32(dp); o.Write(" c "u8); o.Hex(c, 4); }
                break;
            }

            case ReadLink:
                if ((dp = ParseReply(ref f, rp, length, ref nfsErr)) == None) goto trunc;
                if (!ParseLinkRes(ref f, dp, v3, ref nfsErr)) goto trunc;
                break;

            case Read:
                if ((dp = ParseReply(ref f, rp, length, ref nfsErr)) == None) goto trunc;
                if (v3)
                {
                    if ((dp = ParseStatus(ref f, dp, out uint er, ref nfsErr)) == None) goto trunc;
                    if ((dp = ParsePostOpAttr(ref f, dp, verbose)) == None) goto trunc;
                    if (er == 0 && verbose > 0)
                    {
                        uint count = f.U32(dp);
                        o.Char(' '); o.Dec(count); o.Write(" bytes"u8);
                        if (f.U32(dp + 4) != 0) o.Write(" EOF"u8);
                    }
                }
                else if (!ParseAttrStat(ref f, dp, verbose, false, ref nfsErr)) goto trunc;
                break;

            case Write:
                if ((dp = ParseReply(ref f, rp, length, ref nfsErr)) == None) goto trunc;
                if (v3)
                {
                    if ((dp = ParseStatus(ref f, dp, out uint er, ref nfsErr)) == None) goto trunc;
                    if ((dp = ParseWccData(ref f, dp, verbose)) == None) goto trunc;
                    if (er == 0 && verbose > 0)
                    {
                        uint count = f.U32(dp);
                        o.Char(' '); o.Dec(count); o.Write(" bytes"u8);
                        if (verbose > 1)
                        {
                            uint mode = f.U32(dp + 4);
                            o.Write(" <"u8); WriteModes.Print(o, mode); o.Char('>');
                            ulong verf = f.U64(dp + 8);
                            o.Write(" verf "u8); o.Hex(verf);
                        }
                    }
                    return;
                }
                if (!ParseAttrStat(ref f, dp, verbose, false, ref nfsErr)) goto trunc;
                break;

            case Create: case MkDir:
                if ((dp = ParseReply(ref f, rp, length, ref nfsErr)) == None) goto trunc;
                if (v3) { if (ParseCreateOpRes(ref f, dp, verbose, ref nfsErr) == None) goto trunc; }
                else if (!ParseDirOpRes(ref f, dp, ref nfsErr)) goto trunc;
                break;

            case SymLink:
                if ((dp = ParseReply(ref f, rp, length, ref nfsErr)) == None) goto trunc;
                if (v3) { if (ParseCreateOpRes(ref f, dp, verbose, ref nfsErr) == None) goto trunc; }
                else if (ParseStatus(ref f, dp, out _, ref nfsErr) == None) goto trunc;
                break;

            case MkNod:
                if ((dp = ParseReply(ref f, rp, length, ref nfsErr)) == None) goto trunc;
                if (ParseCreateOpRes(ref f, dp, verbose, ref nfsErr) == None) goto trunc;
                break;

            case Remove: case RmDir:
                if ((dp = ParseReply(ref f, rp, length, ref nfsErr)) == None) goto trunc;
                if (v3) { if (ParseWccRes(ref f, dp, verbose, ref nfsErr) == None) goto trunc; }
                else if (ParseStatus(ref f, dp, out _, ref nfsErr) == None) goto trunc;
                break;

            case Rename:
                if ((dp = ParseReply(ref f, rp, length, ref nfsErr)) == None) goto trunc;
                if (v3)
                {
                    if ((dp = ParseStatus(ref f, dp, out _, ref nfsErr)) == None) goto trunc;
                    if (verbose > 0)
                    {
                        o.Write(" from:"u8);
                        if ((dp = ParseWccData(ref f, dp, verbose)) == None) goto trunc;
                        o.Write(" to:"u8);
                        if (ParseWccData(ref f, dp, verbose) == None) goto trunc;
                    }
                }
                else if (ParseStatus(ref f, dp, out _, ref nfsErr) == None) goto trunc;
                break;

            case Link:
                if ((dp = ParseReply(ref f, rp, length, ref nfsErr)) == None) goto trunc;
                if (v3)
                {
                    if ((dp = ParseStatus(ref f, dp, out _, ref nfsErr)) == None) goto trunc;
                    if (verbose > 0)
                    {
                        o.Write(" file POST:"u8);
                        if ((dp = ParsePostOpAttr(ref f, dp, verbose)) == None) goto trunc;
                        o.Write(" dir:"u8);
                        if (ParseWccData(ref f, dp, verbose) == None) goto trunc;
                    }
                    return;
                }
                if (ParseStatus(ref f, dp, out _, ref nfsErr) == None) goto trunc;
                break;

            case ReadDir:
                if ((dp = ParseReply(ref f, rp, length, ref nfsErr)) == None) goto trunc;
                if (v3) { if (ParseV3ReadDirRes(ref f, dp, verbose, ref nfsErr) == None) goto trunc; }
                else if (!ParseReadDirRes(ref f, dp, ref nfsErr)) goto trunc;
                break;

            case ReadDirPlus:
                if ((dp = ParseReply(ref f, rp, length, ref nfsErr)) == None) goto trunc;
                if (ParseV3ReadDirRes(ref f, dp, verbose, ref nfsErr) == None) goto trunc;
                break;

            case FsStat:
                if ((dp = ParseReply(ref f, rp, length, ref nfsErr)) == None) goto trunc;
                if (!ParseStatFs(ref f, dp, v3, ref nfsErr)) goto trunc;
                break;

            case FsInfo:
                if ((dp = ParseReply(ref f, rp, length, ref nfsErr)) == None) goto trunc;
                if (!ParseFsInfo(ref f, dp, ref nfsErr)) goto trunc;
                break;

            case PathConf:
                if ((dp = ParseReply(ref f, rp, length, ref nfsErr)) == None) goto trunc;
                if (!ParsePathConf(ref f, dp, ref nfsErr)) goto trunc;
                break;

            case Commit:
                if ((dp = ParseReply(ref f, rp, length, ref nfsErr)) == None) goto trunc;
                if ((dp = ParseWccRes(ref f, dp, verbose, ref nfsErr)) == None) goto trunc;
                if (verbose > 1) { ulong verf = f.U64(dp); o.Write(" verf "u8); o.Hex(verf); }
                break;
        }
        return;

    trunc:
        if (!nfsErr) f.PrintTrunc();
    }
}

/// <summary>
/// The calls seen most recently (tcpdump keeps 64): xid, client and server address, procedure and
/// version, so that a reply can be decoded. A ring allocated once per printing run.
/// </summary>
public sealed class NfsXidMap
{
    private const int Size = 64;
    private readonly uint[] _xid = new uint[Size];
    private readonly byte[] _ipVersion = new byte[Size];
    private readonly byte[] _client = new byte[Size * 16];
    private readonly byte[] _server = new byte[Size * 16];
    private readonly uint[] _proc = new uint[Size];
    private readonly uint[] _vers = new uint[Size];
    private int _next, _hint;

    /// <summary>xid_map_enter: remember the call at rp, whose IP header is at ipOff (the caller checked the procedure field).</summary>
    internal void Enter(ref Frame f, int rp, int ipOff)
    {
        int ipVersion = f.Data[ipOff] >> 4;
        if (ipVersion is not (4 or 6)) return;
        int i = _next;
        if (++_next >= Size) _next = 0;
        _xid[i] = f.U32(rp);
        _ipVersion[i] = (byte)ipVersion;
        int alen = ipVersion == 4 ? 4 : 16;
        int src = ipVersion == 4 ? ipOff + 12 : ipOff + 8;
        f.Data.Slice(src, alen).CopyTo(_client.AsSpan(i * 16, alen));
        f.Data.Slice(src + alen, alen).CopyTo(_server.AsSpan(i * 16, alen));
        _proc[i] = f.U32(rp + 20);
        _vers[i] = f.U32(rp + 16);
    }

    /// <summary>xid_map_find: the call that a reply (from the server to the client) answers, searched from the last match.</summary>
    internal bool Find(ref Frame f, int rp, int ipOff, out uint proc, out uint vers)
    {
        proc = vers = 0;
        int ipVersion = f.Data[ipOff] >> 4;
        uint xid = f.U32(rp);
        int alen = ipVersion == 4 ? 4 : 16;
        int src = ipVersion == 4 ? ipOff + 12 : ipOff + 8;
        int i = _hint;
        do
        {
            if (_ipVersion[i] == ipVersion && _xid[i] == xid && ipVersion is 4 or 6 &&
                f.Data.Slice(src, alen).SequenceEqual(_server.AsSpan(i * 16, alen)) &&
                f.Data.Slice(src + alen, alen).SequenceEqual(_client.AsSpan(i * 16, alen)))
            {
                _hint = i;
                proc = _proc[i];
                vers = _vers[i];
                return true;
            }
            if (++i >= Size) i = 0;
        } while (i != _hint);
        return false;
    }
}
