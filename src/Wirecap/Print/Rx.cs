namespace Wirecap.Print;

/// <summary>
/// AFS RX (print-rx.c), UDP ports 7000-7009.
/// <code>
/// +-------------------------------+-------------------------------+
/// |             epoch             |          connection id        |
/// +-------------------------------+-------------------------------+
/// |          call number          |            sequence           |
/// +-------------------------------+-------+-------+-------+-------+
/// |         serial number         | type  | flags |status |secidx |
/// +---------------+---------------+-------+-------+-------+-------+
/// |     spare     |  service id   |   payload (opcode, arguments...)
/// </code>
/// The first data packet of a call (sequence 1, client-initiated) carries the opcode; calls are
/// remembered in a ring (<see cref="RxCallCache"/>) so that the reply can be named. Decoded here:
/// the RX header, acks, the Ubik database calls every replicated service answers, the file
/// service (fs), the cache manager's callback service (cb), the protection service (pt), the
/// volume location database (vldb), the volume server (vol), the authentication server (kauth)
/// and the basic overseer (bos).
/// </summary>
public static class Rx
{
    public const int PortLow = 7000, PortHigh = 7009;
    private const int FsPort = 7000, CbPort = 7001, ProtPort = 7002, VldbPort = 7003, KauthPort = 7004, VolPort = 7005, BosPort = 7007;

    internal const int HeaderLength = 28;
    private const int CidOff = 4, CallNumberOff = 8, SeqOff = 12, SerialOff = 16, TypeOff = 20, FlagsOff = 21,
        SecurityIndexOff = 23, ServiceIdOff = 26;
    private const int TypeData = 1, TypeAck = 2, TypeAbort = 4;
    private const int ClientInitiated = 1;
    private const int VlNameMax = 65, KaNameMax = 64, BosNameMax = 256;
    private const int PrNameMax = 64, AfsNameMax = 256, AfsOpaqueMax = 1024;

    private static readonly Tok Types = new((1, "data"), (2, "ack"), (3, "busy"), (4, "abort"), (5, "ackall"),
        (6, "challenge"), (7, "response"), (8, "debug"), (9, "params"), (13, "version"));

    /// <summary>The flag names; the last two share a bit and apply only to one packet type.</summary>
    private static readonly (int Flag, int PacketType, string Name)[] Flags =
    [
        (1, 0, "client-init"), (2, 0, "req-ack"), (4, 0, "last-pckt"), (8, 0, "more-pckts"), (16, 0, "free-pckt"),
        (32, TypeAck, "slow-start"), (32, TypeData, "jumbogram"),
    ];

    private static readonly Tok UbikRequests = new((10000, "vote-beacon"), (10001, "vote-debug-old"),
        (10002, "vote-sdebug-old"), (10003, "vote-getsyncsite"), (10004, "vote-debug"), (10005, "vote-sdebug"),
        (10006, "vote-xdebug"), (10007, "vote-xsdebug"), (20000, "disk-begin"), (20001, "disk-commit"),
        (20002, "disk-lock"), (20003, "disk-write"), (20004, "disk-getversion"), (20005, "disk-getfile"),
        (20006, "disk-sendfile"), (20007, "disk-abort"), (20008, "disk-releaselocks"), (20009, "disk-truncate"),
        (20010, "disk-probe"), (20011, "disk-writev"), (20012, "disk-interfaceaddr"), (20013, "disk-setversion"));

    private static readonly Tok PtRequests = new((500, "new-user"), (501, "where-is-it"), (502, "dump-entry"),
        (503, "add-to-group"), (504, "name-to-id"), (505, "id-to-name"), (506, "delete"), (507, "remove-from-group"),
        (508, "get-cps"), (509, "new-entry"), (510, "list-max"), (511, "set-max"), (512, "list-entry"),
        (513, "change-entry"), (514, "list-elements"), (515, "same-mbr-of"), (516, "set-fld-sentry"),
        (517, "list-owned"), (518, "get-cps2"), (519, "get-host-cps"), (520, "update-entry"), (521, "list-entries"),
        (530, "list-super-groups"));

    private static readonly Tok FsRequests = new((130, "fetch-data"), (131, "fetch-acl"), (132, "fetch-status"),
        (133, "store-data"), (134, "store-acl"), (135, "store-status"), (136, "remove-file"), (137, "create-file"),
        (138, "rename"), (139, "symlink"), (140, "link"), (141, "makedir"), (142, "rmdir"), (143, "oldsetlock"),
        (144, "oldextlock"), (145, "oldrellock"), (146, "get-stats"), (147, "give-cbs"), (148, "get-vlinfo"),
        (149, "get-vlstats"), (150, "set-vlstats"), (151, "get-rootvl"), (152, "check-token"), (153, "get-time"),
        (154, "nget-vlinfo"), (155, "bulk-stat"), (156, "setlock"), (157, "extlock"), (158, "rellock"),
        (159, "xstat-ver"), (160, "get-xstat"), (161, "dfs-lookup"), (162, "dfs-flushcps"), (163, "dfs-symlink"),
        (220, "residency"), (65536, "inline-bulk-status"), (65537, "fetch-data-64"), (65538, "store-data-64"),
        (65539, "give-up-all-cbs"), (65540, "get-caps"), (65541, "cb-rx-conn-addr"));

    private static readonly Tok CbRequests = new((204, "callback"), (205, "initcb"), (206, "probe"), (207, "getlock"),
        (208, "getce"), (209, "xstatver"), (210, "getxstat"), (211, "initcb2"), (212, "whoareyou"), (213, "initcb3"),
        (214, "probeuuid"), (215, "getsrvprefs"), (216, "getcellservdb"), (217, "getlocalcell"), (218, "getcacheconf"),
        (65536, "getce64"), (65537, "getcellbynum"), (65538, "tellmeaboutyourself"));

    private static readonly Tok VldbRequests = new((501, "create-entry"), (502, "delete-entry"), (503, "get-entry-by-id"),
        (504, "get-entry-by-name"), (505, "get-new-volume-id"), (506, "replace-entry"), (507, "update-entry"),
        (508, "setlock"), (509, "releaselock"), (510, "list-entry"), (511, "list-attrib"), (512, "linked-list"),
        (513, "get-stats"), (514, "probe"), (515, "get-addrs"), (516, "change-addr"), (517, "create-entry-n"),
        (518, "get-entry-by-id-n"), (519, "get-entry-by-name-n"), (520, "replace-entry-n"), (521, "list-entry-n"),
        (522, "list-attrib-n"), (523, "linked-list-n"), (524, "update-entry-by-name"), (525, "create-entry-u"),
        (526, "get-entry-by-id-u"), (527, "get-entry-by-name-u"), (528, "replace-entry-u"), (529, "list-entry-u"),
        (530, "list-attrib-u"), (531, "linked-list-u"), (532, "regaddr"), (533, "get-addrs-u"), (534, "list-attrib-n2"));

    private static readonly Tok VolRequests = new((100, "create-volume"), (101, "delete-volume"), (102, "restore"),
        (103, "forward"), (104, "end-trans"), (105, "clone"), (106, "set-flags"), (107, "get-flags"), (108, "trans-create"),
        (109, "dump"), (110, "get-nth-volume"), (111, "set-forwarding"), (112, "get-name"), (113, "get-status"),
        (114, "sig-restore"), (115, "list-partitions"), (116, "list-volumes"), (117, "set-id-types"), (118, "monitor"),
        (119, "partition-info"), (120, "reclone"), (121, "list-one-volume"), (122, "nuke"), (123, "set-date"),
        (124, "x-list-volumes"), (125, "x-list-one-volume"), (126, "set-info"), (127, "x-list-partitions"),
        (128, "forward-multiple"), (65536, "convert-ro"), (65537, "get-size"), (65538, "dump-v2"));

    private static readonly Tok KauthRequests = new((1, "auth-old"), (21, "authenticate"), (22, "authenticate-v2"),
        (2, "change-pw"), (3, "get-ticket-old"), (23, "get-ticket"), (4, "set-pw"), (5, "set-fields"), (6, "create-user"),
        (7, "delete-user"), (8, "get-entry"), (9, "list-entry"), (10, "get-stats"), (11, "debug"), (12, "get-pw"),
        (13, "get-random-key"), (14, "unlock"), (15, "lock-status"));

    private static readonly Tok BosRequests = new((80, "create-bnode"), (81, "delete-bnode"), (82, "set-status"),
        (83, "get-status"), (84, "enumerate-instance"), (85, "get-instance-info"), (86, "get-instance-parm"),
        (87, "add-superuser"), (88, "delete-superuser"), (89, "list-superusers"), (90, "list-keys"), (91, "add-key"),
        (92, "delete-key"), (93, "set-cell-name"), (94, "get-cell-name"), (95, "get-cell-host"), (96, "add-cell-host"),
        (97, "delete-cell-host"), (98, "set-t-status"), (99, "shutdown-all"), (100, "restart-all"), (101, "startup-all"),
        (102, "set-noauth-flag"), (103, "re-bozo"), (104, "restart"), (105, "start-bozo-install"), (106, "uninstall"),
        (107, "get-dates"), (108, "exec"), (109, "prune"), (110, "set-restart-time"), (111, "get-restart-time"),
        (112, "start-bozo-log"), (113, "wait-all"), (114, "get-instance-strings"), (115, "get-restricted"),
        (116, "set-restricted"));

    private static readonly string[] VolumeTypes = ["read-write", "read-only", "backup"];

    private static readonly Tok FsErrors = new((101, "salvage volume"), (102, "no such vnode"), (103, "no such volume"),
        (104, "volume exist"), (105, "no service"), (106, "volume offline"), (107, "voline online"), (108, "diskfull"),
        (109, "diskquota exceeded"), (110, "volume busy"), (111, "volume moved"), (112, "AFS IO error"),
        (0xffffff9c, "restarting fileserver"));

    private static readonly Tok AckReasons = new((1, "ack requested"), (2, "duplicate packet"), (3, "out of sequence"),
        (4, "exceeds window"), (5, "no buffer space"), (6, "ping"), (7, "ping response"), (8, "delay"), (9, "idle"));

    /// <summary>rx_print: bp is the RX header, length the UDP payload length, ipOff the IP header (its addresses key the call cache).</summary>
    public static void Print(ref Frame f, int bp, int length, int sport, int dport, int ipOff)
    {
        f.Proto = "rx";
        var o = f.Out;
        if (!f.Has(bp, HeaderLength))
        {
            o.Write(" [|rx] ("u8); o.Dec((uint)length); o.Char(')');
            return;
        }
        int type = f.Data[bp + TypeOff];
        o.Write(" rx "u8); Types.Print(o, (uint)type, "type %u");
        int flags = f.Data[bp + FlagsOff];
        int verbose = f.Opt.Verbose;
        if (verbose > 0)
        {
            if (verbose > 1)
            {
                o.Write(" cid "u8); o.Hex(f.U32(bp + CidOff), 8);
                o.Write(" call# "u8); o.Dec(f.U32(bp + CallNumberOff));
            }
            o.Write(" seq "u8); o.Dec(f.U32(bp + SeqOff));
            o.Write(" ser "u8); o.Dec(f.U32(bp + SerialOff));
            if (verbose > 2)
            {
                o.Write(" secindex "u8); o.Dec(f.Data[bp + SecurityIndexOff]);
                o.Write(" serviceid "u8); o.Dec(f.U16(bp + ServiceIdOff));
            }
            if (verbose > 1)
            {
                bool first = true;
                foreach (var (flag, packetType, name) in Flags)
                {
                    if ((flags & flag) == 0 || (packetType != 0 && packetType != type)) continue;
                    o.Char(first ? ' ' : ',');
                    first = false;
                    o.Char('<'); o.Write(name); o.Char('>');
                }
            }
        }

        uint seq = f.U32(bp + SeqOff);
        if (type == TypeData && seq == 1 && (flags & ClientInitiated) != 0)
        {
            f.Ctx.RxCalls.Insert(ref f, bp, ipOff, dport);
            switch (dport)
            {
                case ProtPort: ProtPrint(ref f, bp, length); break;
                case FsPort: FsPrint(ref f, bp, length); break;
                case CbPort: CbPrint(ref f, bp, length); break;
                case VldbPort: VldbPrint(ref f, bp, length); break;
                case VolPort: VolPrint(ref f, bp, length); break;
                case KauthPort: KauthPrint(ref f, bp, length); break;
                case BosPort: BosPrint(ref f, bp, length); break;
            }
        }
        else if (((type == TypeData && seq == 1) || type == TypeAbort) && (flags & ClientInitiated) == 0 &&
                 f.Ctx.RxCalls.Find(ref f, bp, ipOff, sport, out uint opcode))
        {
            switch (sport)
            {
                case ProtPort: ProtReplyPrint(ref f, bp, length, opcode); break;
                case FsPort: FsReplyPrint(ref f, bp, length, opcode); break;
                case CbPort: CbReplyPrint(ref f, bp, length, opcode); break;
                case VldbPort: VldbReplyPrint(ref f, bp, length, opcode); break;
                case VolPort: VolReplyPrint(ref f, bp, length, opcode); break;
                case KauthPort: KauthReplyPrint(ref f, bp, length, opcode); break;
                case BosPort: BosReplyPrint(ref f, bp, length, opcode); break;
            }
        }
        else if (type == TypeAck) AckPrint(ref f, bp, length);

        if (f.Truncated) return;
        o.Write(" ("u8); o.Dec((uint)length); o.Char(')');
    }

    // ---- argument printers (tcpdump's FIDOUT, INTOUT, ... macros); false: the argument was not captured ----

    private static void IntOut(ref Frame f, ref int bp)
    {
        int v = (int)f.U32(bp);
        bp += 4;
        f.Out.Char(' '); f.Out.Dec(v);
    }

    private static void UintOut(ref Frame f, ref int bp)
    {
        uint v = f.U32(bp);
        bp += 4;
        f.Out.Char(' '); f.Out.Dec(v);
    }

    /// <summary>DATEOUT: a 32-bit time as local "%Y/%m/%d %H:%M:%S".</summary>
    private static void DateOut(ref Frame f, ref int bp)
    {
        int t = (int)f.U32(bp);
        bp += 4;
        if (f.Truncated) return;
        var o = f.Out;
        o.Char(' ');
        if (!Timestamps.LocalTime(t, out int y, out int mo, out int d, out int h, out int mi, out int s)) return;
        o.Dec(y); o.Char('/'); o.Dec((ulong)mo, 2); o.Char('/'); o.Dec((ulong)d, 2); o.Char(' ');
        o.Dec((ulong)h, 2); o.Char(':'); o.Dec((ulong)mi, 2); o.Char(':'); o.Dec((ulong)s, 2);
    }

    /// <summary>UBIK_VERSIONOUT: epoch.counter.</summary>
    private static bool UbikVersionOut(ref Frame f, ref int bp)
    {
        if (!f.Has(bp, 8)) return false;
        uint epoch = f.U32(bp), counter = f.U32(bp + 4);
        bp += 8;
        f.Out.Char(' '); f.Out.Dec(epoch); f.Out.Char('.'); f.Out.Dec(counter);
        return true;
    }

    /// <summary>STROUT: a counted string of at most max characters, in quotes.</summary>
    private static bool StrOut(ref Frame f, ref int bp, uint max)
    {
        uint n = f.U32(bp);
        if (f.Truncated || n > max) return false;
        bp += 4;
        var o = f.Out;
        o.Write(" \""u8);
        if (Bootp.PrintN(ref f, bp, (int)n)) return false;
        o.Char('"');
        bp += (int)((n + 3) / 4 * 4);
        return true;
    }

    /// <summary>VECOUT: a name of max characters stored one per 32-bit word, printed up to its NUL.</summary>
    private static bool VecOut(ref Frame f, ref int bp, int max)
    {
        if (!f.Has(bp, max * 4)) return false;
        var o = f.Out;
        o.Write(" \""u8);
        int end = bp + max * 4;
        for (int p = bp; p < end; p += 4)
        {
            byte c = f.Data[p + 3];
            if (c == 0) break;
            TextProto.PrintChar(o, c);
        }
        o.Char('"');
        bp = end;
        return true;
    }

    /// <summary>FIDOUT: volume/vnode/uniquifier.</summary>
    private static bool FidOut(ref Frame f, ref int bp)
    {
        if (!f.Has(bp, 12)) return false;
        uint a = f.U32(bp), b = f.U32(bp + 4), c = f.U32(bp + 8);
        bp += 12;
        var o = f.Out;
        o.Write(" fid "u8); o.Dec(a); o.Char('/'); o.Dec(b); o.Char('/'); o.Dec(c);
        return true;
    }

    private static void Uint64Out(ref Frame f, ref int bp)
    {
        ulong v = f.U64(bp);
        bp += 8;
        f.Out.Char(' '); f.Out.Dec(v);
    }

    /// <summary>STOREATTROUT: the attributes a store sets, as selected by its mask.</summary>
    private static bool StoreAttrOut(ref Frame f, ref int bp)
    {
        var o = f.Out;
        if (!f.Has(bp, 24)) return false;
        uint mask = f.U32(bp);
        bp += 4;
        if (mask != 0) o.Write(" StoreStatus"u8);
        if ((mask & 1) != 0) { o.Write(" date"u8); DateOut(ref f, ref bp); }
        else bp += 4;
        uint v = f.U32(bp); bp += 4;
        if ((mask & 2) != 0) { o.Write(" owner "u8); o.Dec(v); }
        v = f.U32(bp); bp += 4;
        if ((mask & 4) != 0) { o.Write(" group "u8); o.Dec(v); }
        v = f.U32(bp); bp += 4;
        if ((mask & 8) != 0) { o.Write(" mode "u8); Oct(o, v & 0xFFF); }
        v = f.U32(bp); bp += 4;
        if ((mask & 16) != 0) { o.Write(" segsize "u8); o.Dec(v); }
        if ((mask & 1024) != 0) o.Write(" fsync"u8);
        return true;
    }

    private static void Oct(TextOut o, uint v)
    {
        Span<byte> buf = stackalloc byte[11];
        int i = buf.Length;
        do { buf[--i] = (byte)('0' + (v & 7)); v >>= 3; } while (v != 0);
        o.Write(buf[i..]);
    }

    /// <summary>An ACL of at most 1024 bytes (as tcpdump copies it, up to a NUL): false when not captured.</summary>
    private static bool AclOut(ref Frame f, ref int bp)
    {
        uint n = f.U32(bp);
        bp += 4;
        if (f.Truncated) return true;
        if (!f.Has(bp, (int)Math.Min(n, int.MaxValue))) return false;
        var a = f.Data.Slice(bp, (int)Math.Min(n, AfsOpaqueMax));
        int nul = a.IndexOf((byte)0);
        if (nul >= 0) a = a[..nul];
        AclPrint(f.Out, a);
        return true;
    }

    /// <summary>
    /// acl_print: a line "positive negative", then that many "user bits" lines, printed as +{user rlidwka}
    /// and -{...}; parsing stops (silently) at the first line that does not scan.
    /// </summary>
    private static void AclPrint(TextOut o, ReadOnlySpan<byte> s)
    {
        int p = 0;
        if (!ScanInt(s, ref p, out int pos) || !ScanInt(s, ref p, out int neg)) return;
        SkipSpace(s, ref p);
        for (int i = 0; i < pos + neg; i++)
        {
            if (i >= pos && pos < 0) break;
            SkipSpace(s, ref p);
            int start = p;
            while (p < s.Length && !IsSpace(s[p]) && p - start < 1024) p++;
            if (p == start) return;
            var user = s[start..p];
            SkipSpace(s, ref p);
            if (!ScanInt(s, ref p, out int acl)) return;
            SkipSpace(s, ref p);
            o.Write(i < pos ? " +{"u8 : " -{"u8);
            foreach (byte c in user) TextProto.PrintChar(o, c);
            o.Char(' ');
            if ((acl & 1) != 0) o.Char('r');
            if ((acl & 8) != 0) o.Char('l');
            if ((acl & 4) != 0) o.Char('i');
            if ((acl & 16) != 0) o.Char('d');
            if ((acl & 2) != 0) o.Char('w');
            if ((acl & 32) != 0) o.Char('k');
            if ((acl & 64) != 0) o.Char('a');
            o.Char('}');
        }
    }

    private static bool IsSpace(byte c) => c == ' ' || (c >= '\t' && c <= '\r');

    private static void SkipSpace(ReadOnlySpan<byte> s, ref int p)
    {
        while (p < s.Length && IsSpace(s[p])) p++;
    }

    /// <summary>sscanf's %d: optional white space and sign, then at least one digit.</summary>
    private static bool ScanInt(ReadOnlySpan<byte> s, ref int p, out int v)
    {
        v = 0;
        SkipSpace(s, ref p);
        int q = p;
        bool neg = false;
        if (q < s.Length && (s[q] == '+' || s[q] == '-')) neg = s[q++] == '-';
        if (q >= s.Length || s[q] < '0' || s[q] > '9') return false;
        long x = 0;
        for (; q < s.Length && s[q] >= '0' && s[q] <= '9'; q++) x = Math.Min(x * 10 + (s[q] - '0'), 1L << 40);
        v = (int)(neg ? -x : x);
        p = q;
        return true;
    }

    // ---- file service ----

    /// <summary>fs_print: a call to the file server (fsint/afsint.xg).</summary>
    private static void FsPrint(ref Frame f, int bp, int length)
    {
        var o = f.Out;
        if (length <= HeaderLength) return;
        uint op = f.U32(bp + HeaderLength);
        o.Write(" fs call "u8); FsRequests.Print(o, op, "op#%u");
        bp += HeaderLength + 4;
        switch (op)
        {
            case 130:   // fetch data
                if (!FidOut(ref f, ref bp)) goto trunc;
                o.Write(" offset"u8); UintOut(ref f, ref bp);
                o.Write(" length"u8); UintOut(ref f, ref bp);
                break;
            case 131: case 132: case 143: case 144: case 145: case 156: case 157: case 158:
                if (!FidOut(ref f, ref bp)) goto trunc;
                break;
            case 135:   // store status
                if (!FidOut(ref f, ref bp) || !StoreAttrOut(ref f, ref bp)) goto trunc;
                break;
            case 133:   // store data
                if (!FidOut(ref f, ref bp) || !StoreAttrOut(ref f, ref bp)) goto trunc;
                o.Write(" offset"u8); UintOut(ref f, ref bp);
                o.Write(" length"u8); UintOut(ref f, ref bp);
                o.Write(" flen"u8); UintOut(ref f, ref bp);
                break;
            case 134:   // store ACL
                if (!FidOut(ref f, ref bp) || !AclOut(ref f, ref bp)) goto trunc;
                break;
            case 137: case 141:   // create file, make directory
                if (!FidOut(ref f, ref bp) || !StrOut(ref f, ref bp, AfsNameMax) || !StoreAttrOut(ref f, ref bp)) goto trunc;
                break;
            case 136: case 142:   // remove file, remove directory
                if (!FidOut(ref f, ref bp) || !StrOut(ref f, ref bp, AfsNameMax)) goto trunc;
                break;
            case 138:   // rename
                o.Write(" old"u8);
                if (!FidOut(ref f, ref bp) || !StrOut(ref f, ref bp, AfsNameMax)) goto trunc;
                o.Write(" new"u8);
                if (!FidOut(ref f, ref bp) || !StrOut(ref f, ref bp, AfsNameMax)) goto trunc;
                break;
            case 139:   // symlink
                if (!FidOut(ref f, ref bp) || !StrOut(ref f, ref bp, AfsNameMax)) goto trunc;
                o.Write(" link to"u8);
                if (!StrOut(ref f, ref bp, AfsNameMax)) goto trunc;
                break;
            case 140:   // link
                if (!FidOut(ref f, ref bp) || !StrOut(ref f, ref bp, AfsNameMax)) goto trunc;
                o.Write(" link to"u8);
                if (!FidOut(ref f, ref bp)) goto trunc;
                break;
            case 148:
                if (!StrOut(ref f, ref bp, AfsNameMax)) goto trunc;
                break;
            case 149: case 150:
                o.Write(" volid"u8); UintOut(ref f, ref bp);
                break;
            case 154:
                o.Write(" volname"u8);
                if (!StrOut(ref f, ref bp, AfsNameMax)) goto trunc;
                break;
            case 155: case 65536:   // bulk stat
            {
                uint j = f.U32(bp);
                bp += 4;
                for (uint i = 0; i < j && !f.Truncated; i++)
                {
                    if (!FidOut(ref f, ref bp)) goto trunc;
                    if (i != j - 1) o.Char(',');
                }
                if (j == 0) o.Write(" <none!>"u8);
                break;
            }
            case 65537:   // fetch data 64
                if (!FidOut(ref f, ref bp)) goto trunc;
                o.Write(" offset"u8); Uint64Out(ref f, ref bp);
                o.Write(" length"u8); Uint64Out(ref f, ref bp);
                break;
            case 65538:   // store data 64
                if (!FidOut(ref f, ref bp) || !StoreAttrOut(ref f, ref bp)) goto trunc;
                o.Write(" offset"u8); Uint64Out(ref f, ref bp);
                o.Write(" length"u8); Uint64Out(ref f, ref bp);
                o.Write(" flen"u8); Uint64Out(ref f, ref bp);
                break;
            case 65541:
                o.Write(" addr"u8); UintOut(ref f, ref bp);
                break;
        }
        return;

    trunc:
        if (!f.Truncated) o.Write(" [|fs]"u8);
    }

    /// <summary>fs_reply_print: results of a data reply, the error of an abort.</summary>
    private static void FsReplyPrint(ref Frame f, int bp, int length, uint op)
    {
        var o = f.Out;
        if (length <= HeaderLength) return;
        o.Write(" fs reply "u8); FsRequests.Print(o, op, "op#%u");
        int type = f.U8(bp + TypeOff);
        bp += HeaderLength;
        if (type == TypeData)
        {
            switch (op)
            {
                case 131:
                    if (!AclOut(ref f, ref bp)) goto trunc;
                    break;
                case 137: case 141:
                    o.Write(" new"u8);
                    if (!FidOut(ref f, ref bp)) goto trunc;
                    break;
                case 151:
                    o.Write(" root volume"u8);
                    if (!StrOut(ref f, ref bp, AfsNameMax)) goto trunc;
                    break;
                case 153:
                    DateOut(ref f, ref bp);
                    break;
            }
        }
        else if (type == TypeAbort)
        {
            int err = (int)f.U32(bp);
            if (f.Truncated) return;
            o.Write(" error "u8); FsErrors.Print(o, (uint)err, "#%d");
        }
        else
        {
            o.Write(" strange fs reply of type "u8); o.Dec((uint)type);
        }
        return;

    trunc:
        if (!f.Truncated) o.Write(" [|fs]"u8);
    }

    /// <summary>AFSUUIDOUT: time-low, time-mid, time-high words, then 8 bytes each stored in a word.</summary>
    private static bool AfsUuidOut(ref Frame f, ref int bp)
    {
        if (!f.Has(bp, 44)) return false;
        var o = f.Out;
        o.Char(' '); o.Hex(f.U32(bp), 8); o.Hex(f.U32(bp + 4), 4); o.Hex(f.U32(bp + 8), 4);
        for (int i = 0; i < 8; i++) o.Hex2(f.Data[bp + 12 + 4 * i + 3]);
        bp += 44;
        return true;
    }

    // ---- callback service ----

    /// <summary>cb_print: a call from a file server to a cache manager (fsint/afscbint.xg).</summary>
    private static void CbPrint(ref Frame f, int bp, int length)
    {
        var o = f.Out;
        if (length <= HeaderLength) return;
        uint op = f.U32(bp + HeaderLength);
        o.Write(" cb call "u8); CbRequests.Print(o, op, "op#%u");
        bp += HeaderLength + 4;
        switch (op)
        {
            case 204:   // callback: fids, then callbacks (version, expiry, type)
            {
                uint j = f.U32(bp);
                bp += 4;
                for (uint i = 0; i < j && !f.Truncated; i++)
                {
                    if (!FidOut(ref f, ref bp)) goto trunc;
                    if (i != j - 1) o.Char(',');
                }
                if (j == 0) o.Write(" <none!>"u8);
                j = f.U32(bp);
                bp += 4;
                if (f.Truncated) return;
                if (j != 0) o.Char(';');
                for (uint i = 0; i < j && !f.Truncated; i++)
                {
                    o.Write(" ver"u8); IntOut(ref f, ref bp);
                    o.Write(" expires"u8); DateOut(ref f, ref bp);
                    f.U32(bp);   // the type is read but tcpdump does not print it
                    bp += 4;
                }
                break;
            }
            case 214:
                o.Write(" afsuuid"u8);
                if (!AfsUuidOut(ref f, ref bp)) goto trunc;
                break;
        }
        return;

    trunc:
        if (!f.Truncated) o.Write(" [|cb]"u8);
    }

    private static void CbReplyPrint(ref Frame f, int bp, int length, uint op)
    {
        var o = f.Out;
        if (length <= HeaderLength) return;
        o.Write(" cb reply "u8); CbRequests.Print(o, op, "op#%u");
        int type = f.U8(bp + TypeOff);
        bp += HeaderLength;
        if (type == TypeData)
        {
            if (op == 213 && !AfsUuidOut(ref f, ref bp) && !f.Truncated) o.Write(" [|cb]"u8);
        }
        else
        {
            o.Write(" errcode"u8); IntOut(ref f, ref bp);
        }
    }

    // ---- volume location database ----

    /// <summary>" type name" for a volume type word 0..2 (nothing for others).</summary>
    private static void VolTypeOut(ref Frame f, ref int bp)
    {
        uint t = f.U32(bp);
        bp += 4;
        if (!f.Truncated && t <= 2) { f.Out.Write(" type "u8); f.Out.Write(VolumeTypes[t]); }
    }

    /// <summary>vldb_print: a call to the volume location server (vlserver/vldbint.xg).</summary>
    private static void VldbPrint(ref Frame f, int bp, int length)
    {
        var o = f.Out;
        if (length <= HeaderLength) return;
        uint op = f.U32(bp + HeaderLength);
        o.Write(" vldb"u8);
        if (IsUbik(op)) { UbikPrint(ref f, bp); return; }
        o.Write(" call "u8); VldbRequests.Print(o, op, "op#%u");
        bp += HeaderLength + 4;
        switch (op)
        {
            case 501: case 517:
                if (!VecOut(ref f, ref bp, VlNameMax)) goto trunc;
                break;
            case 502: case 503: case 507: case 508: case 509: case 518:
                o.Write(" volid"u8); IntOut(ref f, ref bp);
                VolTypeOut(ref f, ref bp);
                break;
            case 504: case 519: case 524: case 527:
                if (!StrOut(ref f, ref bp, VlNameMax)) goto trunc;
                break;
            case 505:
                o.Write(" bump"u8); IntOut(ref f, ref bp);
                break;
            case 506: case 520:
                o.Write(" volid"u8); IntOut(ref f, ref bp);
                VolTypeOut(ref f, ref bp);
                if (!f.Truncated && !VecOut(ref f, ref bp, VlNameMax)) goto trunc;
                break;
            case 510: case 521:
                o.Write(" index"u8); IntOut(ref f, ref bp);
                break;
        }
        return;

    trunc:
        if (!f.Truncated) o.Write(" [|vldb]"u8);
    }

    /// <summary>vldb_reply_print: a volume entry (name, servers, partitions, volume ids) or an error code.</summary>
    private static void VldbReplyPrint(ref Frame f, int bp, int length, uint op)
    {
        var o = f.Out;
        if (length < HeaderLength) return;
        o.Write(" vldb"u8);
        if (IsUbik(op)) { UbikReplyPrint(ref f, bp, length, op); return; }
        o.Write(" reply "u8); VldbRequests.Print(o, op, "op#%u");
        int type = f.U8(bp + TypeOff);
        bp += HeaderLength;
        if (type != TypeData)
        {
            o.Write(" errcode"u8); IntOut(ref f, ref bp);
            return;
        }
        switch (op)
        {
            case 510:
                o.Write(" count"u8); IntOut(ref f, ref bp);
                o.Write(" nextindex"u8); IntOut(ref f, ref bp);
                goto case 503;
            case 503: case 504:
                // the old entry: 8 servers; a word before the server count
                if (!VecOut(ref f, ref bp, VlNameMax) || !f.Has(bp, 4)) goto trunc;
                bp += 4;
                if (!VolumeEntryOut(ref f, ref bp, 8, uuids: false)) goto trunc;
                break;
            case 505:
                o.Write(" newvol"u8); UintOut(ref f, ref bp);
                break;
            case 521: case 529:
                o.Write(" count"u8); IntOut(ref f, ref bp);
                o.Write(" nextindex"u8); IntOut(ref f, ref bp);
                goto case 518;
            case 518: case 519:
                if (!VecOut(ref f, ref bp, VlNameMax) || !VolumeEntryOut(ref f, ref bp, 13, uuids: false)) goto trunc;
                break;
            case 526: case 527:
                if (!VecOut(ref f, ref bp, VlNameMax) || !VolumeEntryOut(ref f, ref bp, 13, uuids: true)) goto trunc;
                break;
        }
        return;

    trunc:
        if (!f.Truncated) o.Write(" [|vldb]"u8);
    }

    /// <summary>The server count, the servers (addresses, or UUIDs and a skipped array), partitions as letters, then the volume ids.</summary>
    private static bool VolumeEntryOut(ref Frame f, ref int bp, int slots, bool uuids)
    {
        var o = f.Out;
        uint nservers = f.U32(bp);
        bp += 4;
        if (f.Truncated) return true;
        o.Write(" numservers "u8); o.Dec(nservers);
        o.Write(" servers"u8);
        for (int i = 0; i < slots; i++)
        {
            if (uuids)
            {
                if (i < nservers) { o.Write(" afsuuid"u8); if (!AfsUuidOut(ref f, ref bp)) return false; }
                else { if (!f.Has(bp, 44)) return false; bp += 44; }
                continue;
            }
            if (!f.Has(bp, 4)) return false;
            if (i < nservers) { o.Char(' '); o.IPv4(f.Data.Slice(bp, 4)); }
            bp += 4;
        }
        if (uuids)
        {
            if (!f.Has(bp, 4 * slots)) return false;
            bp += 4 * slots;
        }
        o.Write(" partitions"u8);
        for (int i = 0; i < slots; i++)
        {
            uint j = f.U32(bp);
            if (f.Truncated) return true;
            if (i < nservers && j <= 26) { o.Char(' '); o.Char((byte)('a' + j)); }
            else if (i < nservers) { o.Char(' '); o.Dec(j); }
            bp += 4;
        }
        if (!f.Has(bp, 4 * slots)) return false;
        bp += 4 * slots;
        o.Write(" rwvol"u8); UintOut(ref f, ref bp);
        o.Write(" rovol"u8); UintOut(ref f, ref bp);
        o.Write(" backup"u8); UintOut(ref f, ref bp);
        return true;
    }

    // ---- volume server ----

    /// <summary>" label" and an unsigned argument (tcpdump's ND_PRINT(" label"); UINTOUT()).</summary>
    private static void Named(ref Frame f, ref int bp, ReadOnlySpan<byte> label)
    {
        f.Out.Write(label);
        UintOut(ref f, ref bp);
    }

    /// <summary>DESTSERVEROUT: " server a:b:c".</summary>
    private static bool DestServerOut(ref Frame f, ref int bp)
    {
        if (!f.Has(bp, 12)) return false;
        var o = f.Out;
        o.Write(" server "u8); o.Dec(f.U32(bp)); o.Char(':'); o.Dec(f.U32(bp + 4)); o.Char(':'); o.Dec(f.U32(bp + 8));
        bp += 12;
        return true;
    }

    /// <summary>vol_print: a call to the volume server (volser/volint.xg).</summary>
    private static void VolPrint(ref Frame f, int bp, int length)
    {
        var o = f.Out;
        if (length <= HeaderLength) return;
        uint op = f.U32(bp + HeaderLength);
        o.Write(" vol call "u8); VolRequests.Print(o, op, "op#%u");
        bp += HeaderLength + 4;
        switch (op)
        {
            case 100:   // create volume
                Named(ref f, ref bp, " partition"u8);
                o.Write(" name"u8); if (!StrOut(ref f, ref bp, AfsNameMax)) goto trunc;
                Named(ref f, ref bp, " type"u8);
                Named(ref f, ref bp, " parent"u8);
                break;
            case 101: case 107: case 104:
                Named(ref f, ref bp, " trans"u8);
                break;
            case 102:
                Named(ref f, ref bp, " totrans"u8);
                Named(ref f, ref bp, " flags"u8);
                break;
            case 103:   // forward
                Named(ref f, ref bp, " fromtrans"u8);
                o.Write(" fromdate"u8); DateOut(ref f, ref bp);
                if (!DestServerOut(ref f, ref bp)) goto trunc;
                o.Write(" desttrans"u8); IntOut(ref f, ref bp);
                break;
            case 105:   // clone
                Named(ref f, ref bp, " trans"u8);
                Named(ref f, ref bp, " purgevol"u8);
                Named(ref f, ref bp, " newtype"u8);
                o.Write(" newname"u8); if (!StrOut(ref f, ref bp, AfsNameMax)) goto trunc;
                break;
            case 106:
                Named(ref f, ref bp, " trans"u8);
                Named(ref f, ref bp, " flags"u8);
                break;
            case 108:
                Named(ref f, ref bp, " vol"u8);
                Named(ref f, ref bp, " partition"u8);
                Named(ref f, ref bp, " flags"u8);
                break;
            case 109: case 655537:   // dump; tcpdump's "get size" number (sic)
                Named(ref f, ref bp, " fromtrans"u8);
                o.Write(" fromdate"u8); DateOut(ref f, ref bp);
                break;
            case 110:
                Named(ref f, ref bp, " index"u8);
                break;
            case 111:
                Named(ref f, ref bp, " tid"u8);
                Named(ref f, ref bp, " newsite"u8);
                break;
            case 112: case 113:
                o.Write(" tid"u8);
                break;
            case 114:   // signal restore
                o.Write(" name"u8); if (!StrOut(ref f, ref bp, AfsNameMax)) goto trunc;
                Named(ref f, ref bp, " type"u8);
                Named(ref f, ref bp, " pid"u8);
                Named(ref f, ref bp, " cloneid"u8);
                break;
            case 116:
                Named(ref f, ref bp, " partition"u8);
                Named(ref f, ref bp, " flags"u8);
                break;
            case 117:   // set id types
                Named(ref f, ref bp, " tid"u8);
                o.Write(" name"u8); if (!StrOut(ref f, ref bp, AfsNameMax)) goto trunc;
                Named(ref f, ref bp, " type"u8);
                Named(ref f, ref bp, " pid"u8);
                Named(ref f, ref bp, " clone"u8);
                Named(ref f, ref bp, " backup"u8);
                break;
            case 119:
                o.Write(" name"u8); if (!StrOut(ref f, ref bp, AfsNameMax)) goto trunc;
                break;
            case 120: case 126:
                Named(ref f, ref bp, " tid"u8);
                break;
            case 121: case 122: case 124: case 125: case 65536:
                Named(ref f, ref bp, " partid"u8);
                Named(ref f, ref bp, " volid"u8);
                break;
            case 123:
                Named(ref f, ref bp, " tid"u8);
                o.Write(" date"u8); DateOut(ref f, ref bp);
                break;
            case 128:   // forward multiple
            {
                Named(ref f, ref bp, " fromtrans"u8);
                o.Write(" fromdate"u8); DateOut(ref f, ref bp);
                uint j = f.U32(bp);
                bp += 4;
                for (uint i = 0; i < j && !f.Truncated; i++)
                {
                    if (!DestServerOut(ref f, ref bp)) goto trunc;
                    if (i != j - 1) o.Char(',');
                }
                if (j == 0) o.Write(" <none!>"u8);
                break;
            }
            case 65538:
                Named(ref f, ref bp, " fromtrans"u8);
                o.Write(" fromdate"u8); DateOut(ref f, ref bp);
                Named(ref f, ref bp, " flags"u8);
                break;
        }
        return;

    trunc:
        if (!f.Truncated) o.Write(" [|vol]"u8);
    }

    /// <summary>vol_reply_print: the results of a data reply, or an error code.</summary>
    private static void VolReplyPrint(ref Frame f, int bp, int length, uint op)
    {
        var o = f.Out;
        if (length <= HeaderLength) return;
        o.Write(" vol reply "u8); VolRequests.Print(o, op, "op#%u");
        int type = f.U8(bp + TypeOff);
        bp += HeaderLength;
        if (type != TypeData)
        {
            o.Write(" errcode"u8); IntOut(ref f, ref bp);
            return;
        }
        switch (op)
        {
            case 100:
                Named(ref f, ref bp, " volid"u8);
                Named(ref f, ref bp, " trans"u8);
                break;
            case 104: case 107:
                UintOut(ref f, ref bp);
                break;
            case 105:
                Named(ref f, ref bp, " newvol"u8);
                break;
            case 108:
                Named(ref f, ref bp, " trans"u8);
                break;
            case 110:
                Named(ref f, ref bp, " volume"u8);
                Named(ref f, ref bp, " partition"u8);
                break;
            case 112:
                if (!StrOut(ref f, ref bp, AfsNameMax)) goto trunc;
                break;
            case 113:   // get status
                Named(ref f, ref bp, " volid"u8);
                Named(ref f, ref bp, " nextuniq"u8);
                Named(ref f, ref bp, " type"u8);
                Named(ref f, ref bp, " parentid"u8);
                Named(ref f, ref bp, " clone"u8);
                Named(ref f, ref bp, " backup"u8);
                Named(ref f, ref bp, " restore"u8);
                Named(ref f, ref bp, " maxquota"u8);
                Named(ref f, ref bp, " minquota"u8);
                Named(ref f, ref bp, " owner"u8);
                o.Write(" create"u8); DateOut(ref f, ref bp);
                o.Write(" access"u8); DateOut(ref f, ref bp);
                o.Write(" update"u8); DateOut(ref f, ref bp);
                o.Write(" expire"u8); DateOut(ref f, ref bp);
                o.Write(" backup"u8); DateOut(ref f, ref bp);
                o.Write(" copy"u8); DateOut(ref f, ref bp);
                break;
            case 116: case 121:   // volume entries: name (32 words), id, then 21 words not printed
            {
                uint j = f.U32(bp);
                bp += 4;
                for (uint i = 0; i < j && !f.Truncated; i++)
                {
                    o.Write(" name"u8);
                    if (!VecOut(ref f, ref bp, 32)) goto trunc;
                    Named(ref f, ref bp, " volid"u8);
                    o.Write(" type"u8);
                    bp += 4 * 21;
                    if (i != j - 1) o.Char(',');
                }
                if (j == 0) o.Write(" <none!>"u8);
                break;
            }
        }
        return;

    trunc:
        if (!f.Truncated) o.Write(" [|vol]"u8);
    }

    // ---- authentication server ----

    /// <summary>kauth_print: a call to the Kerberos-like authentication server (kauth/kauth.rg).</summary>
    private static void KauthPrint(ref Frame f, int bp, int length)
    {
        var o = f.Out;
        if (length <= HeaderLength) return;
        uint op = f.U32(bp + HeaderLength);
        o.Write(" kauth"u8);
        if (IsUbik(op)) { UbikPrint(ref f, bp); return; }
        o.Write(" call "u8); KauthRequests.Print(o, op, "op#%u");
        bp += HeaderLength + 4;
        switch (op)
        {
            case 1: case 21: case 22: case 2: case 5: case 6: case 7: case 8: case 14: case 15:
                o.Write(" principal"u8);
                if (!StrOut(ref f, ref bp, KaNameMax) || !StrOut(ref f, ref bp, KaNameMax)) goto trunc;
                break;
            case 3: case 23:   // get ticket: kvno, domain, an opaque ticket skipped, principal
            {
                o.Write(" kvno"u8); IntOut(ref f, ref bp);
                o.Write(" domain"u8);
                if (!StrOut(ref f, ref bp, KaNameMax)) goto trunc;
                uint n = f.U32(bp);
                bp += 4;
                if (f.Truncated) return;
                if (!f.Has(bp, (int)Math.Min(n, int.MaxValue))) goto trunc;
                bp += (int)n;
                o.Write(" principal"u8);
                if (!StrOut(ref f, ref bp, KaNameMax) || !StrOut(ref f, ref bp, KaNameMax)) goto trunc;
                break;
            }
            case 4:
                o.Write(" principal"u8);
                if (!StrOut(ref f, ref bp, KaNameMax) || !StrOut(ref f, ref bp, KaNameMax)) goto trunc;
                o.Write(" kvno"u8); IntOut(ref f, ref bp);
                break;
            case 12:
                o.Write(" name"u8);
                if (!StrOut(ref f, ref bp, KaNameMax)) goto trunc;
                break;
        }
        return;

    trunc:
        if (!f.Truncated) o.Write(" [|kauth]"u8);
    }

    private static void KauthReplyPrint(ref Frame f, int bp, int length, uint op)
    {
        var o = f.Out;
        if (length <= HeaderLength) return;
        o.Write(" kauth"u8);
        if (IsUbik(op)) { UbikReplyPrint(ref f, bp, length, op); return; }
        o.Write(" reply "u8); KauthRequests.Print(o, op, "op#%u");
        int type = f.U8(bp + TypeOff);
        if (type != TypeData)
        {
            bp += HeaderLength;
            o.Write(" errcode"u8); IntOut(ref f, ref bp);
        }
    }

    // ---- basic overseer ----

    /// <summary>bos_print: a call to the basic overseer (bozo/bosint.xg).</summary>
    private static void BosPrint(ref Frame f, int bp, int length)
    {
        var o = f.Out;
        if (length <= HeaderLength) return;
        uint op = f.U32(bp + HeaderLength);
        o.Write(" bos call "u8); BosRequests.Print(o, op, "op#%u");
        bp += HeaderLength + 4;
        switch (op)
        {
            case 80:
                o.Write(" type"u8);
                if (!StrOut(ref f, ref bp, BosNameMax)) goto trunc;
                o.Write(" instance"u8);
                if (!StrOut(ref f, ref bp, BosNameMax)) goto trunc;
                break;
            case 81: case 83: case 85: case 87: case 88: case 93: case 96: case 97: case 104: case 106: case 108:
            case 112: case 114:
                if (!StrOut(ref f, ref bp, BosNameMax)) goto trunc;
                break;
            case 82: case 98:
                if (!StrOut(ref f, ref bp, BosNameMax)) goto trunc;
                o.Write(" status"u8); IntOut(ref f, ref bp);
                break;
            case 86:
                if (!StrOut(ref f, ref bp, BosNameMax)) goto trunc;
                o.Write(" num"u8); IntOut(ref f, ref bp);
                break;
            case 84: case 89: case 90: case 91: case 92: case 95:
                IntOut(ref f, ref bp);
                break;
            case 105:
                if (!StrOut(ref f, ref bp, BosNameMax)) goto trunc;
                o.Write(" size"u8); IntOut(ref f, ref bp);
                o.Write(" flags"u8); IntOut(ref f, ref bp);
                o.Write(" date"u8); IntOut(ref f, ref bp);
                break;
        }
        return;

    trunc:
        if (!f.Truncated) o.Write(" [|bos]"u8);
    }

    private static void BosReplyPrint(ref Frame f, int bp, int length, uint op)
    {
        var o = f.Out;
        if (length <= HeaderLength) return;
        o.Write(" bos reply "u8); BosRequests.Print(o, op, "op#%u");
        int type = f.U8(bp + TypeOff);
        if (type != TypeData)
        {
            bp += HeaderLength;
            o.Write(" errcode"u8); IntOut(ref f, ref bp);
        }
    }

    private static bool IsUbik(uint op) => op is >= 10000 and <= 10007 or >= 20000 and <= 20013;

    // ---- protection service ----

    /// <summary>prot_print: a call to the protection server (ptserver/ptint.xg).</summary>
    private static void ProtPrint(ref Frame f, int bp, int length)
    {
        var o = f.Out;
        if (length <= HeaderLength) return;
        uint op = f.U32(bp + HeaderLength);
        o.Write(" pt"u8);
        if (IsUbik(op)) { UbikPrint(ref f, bp); return; }
        o.Write(" call "u8); PtRequests.Print(o, op, "op#%u");
        bp += HeaderLength + 4;
        switch (op)
        {
            case 500:   // new user
                if (!StrOut(ref f, ref bp, PrNameMax)) goto trunc;
                o.Write(" id"u8); IntOut(ref f, ref bp);
                o.Write(" oldid"u8); IntOut(ref f, ref bp);
                break;
            case 501: case 506: case 508: case 512: case 514: case 517: case 518: case 519: case 530:
                o.Write(" id"u8); IntOut(ref f, ref bp);
                break;
            case 502:
                o.Write(" pos"u8); IntOut(ref f, ref bp);
                break;
            case 503: case 507: case 515:
                o.Write(" uid"u8); IntOut(ref f, ref bp);
                o.Write(" gid"u8); IntOut(ref f, ref bp);
                break;
            case 504:   // name to id: names, one character per word
            {
                uint j = f.U32(bp);
                bp += 4;
                for (uint i = 0; i < j && !f.Truncated; i++)
                    if (!VecOut(ref f, ref bp, PrNameMax)) goto trunc;
                if (j == 0) o.Write(" <none!>"u8);
                break;
            }
            case 505:   // id to name
            {
                o.Write(" ids:"u8);
                uint n = f.U32(bp);
                bp += 4;
                uint j = 0;
                for (; j < n && !f.Truncated; j++) IntOut(ref f, ref bp);
                if (j == 0) o.Write(" <none!>"u8);
                break;
            }
            case 509:   // new entry
                if (!StrOut(ref f, ref bp, PrNameMax)) goto trunc;
                o.Write(" flag"u8); IntOut(ref f, ref bp);
                o.Write(" oid"u8); IntOut(ref f, ref bp);
                break;
            case 511:
                o.Write(" id"u8); IntOut(ref f, ref bp);
                o.Write(" gflag"u8); IntOut(ref f, ref bp);
                break;
            case 513:   // change entry
                o.Write(" id"u8); IntOut(ref f, ref bp);
                if (!StrOut(ref f, ref bp, PrNameMax)) goto trunc;
                o.Write(" oldid"u8); IntOut(ref f, ref bp);
                o.Write(" newid"u8); IntOut(ref f, ref bp);
                break;
            case 520:   // update entry
                o.Write(" id"u8); IntOut(ref f, ref bp);
                if (!StrOut(ref f, ref bp, PrNameMax)) goto trunc;
                break;
        }
        return;

    trunc:
        if (!f.Truncated) o.Write(" [|pt]"u8);
    }

    /// <summary>prot_reply_print: a reply from the protection server to the call with this opcode.</summary>
    private static void ProtReplyPrint(ref Frame f, int bp, int length, uint op)
    {
        var o = f.Out;
        if (length < HeaderLength) return;
        o.Write(" pt"u8);
        if (IsUbik(op)) { UbikReplyPrint(ref f, bp, length, op); return; }
        o.Write(" reply "u8); PtRequests.Print(o, op, "op#%u");
        int type = f.U8(bp + TypeOff);
        bp += HeaderLength;
        if (type == TypeData)
        {
            switch (op)
            {
                case 504:   // name to id
                {
                    o.Write(" ids:"u8);
                    uint n = f.U32(bp);
                    bp += 4;
                    uint j = 0;
                    for (; j < n && !f.Truncated; j++) IntOut(ref f, ref bp);
                    if (j == 0) o.Write(" <none!>"u8);
                    break;
                }
                case 505:   // id to name
                {
                    uint j = f.U32(bp);
                    bp += 4;
                    for (uint i = 0; i < j && !f.Truncated; i++)
                        if (!VecOut(ref f, ref bp, PrNameMax)) goto trunc;
                    if (j == 0) o.Write(" <none!>"u8);
                    break;
                }
                case 508: case 514: case 517: case 518: case 519:
                {
                    uint j = f.U32(bp);
                    bp += 4;
                    for (uint i = 0; i < j && !f.Truncated; i++) IntOut(ref f, ref bp);
                    if (j == 0) o.Write(" <none!>"u8);
                    break;
                }
                case 510:
                    o.Write(" maxuid"u8); IntOut(ref f, ref bp);
                    o.Write(" maxgid"u8); IntOut(ref f, ref bp);
                    break;
            }
        }
        else
        {
            o.Write(" errcode"u8); IntOut(ref f, ref bp);
        }
        return;

    trunc:
        if (!f.Truncated) o.Write(" [|pt]"u8);
    }

    // ---- Ubik ----

    /// <summary>ubik_print: a Ubik call (ubik/ubik_int.xg); the caller checked that the opcode was captured.</summary>
    private static void UbikPrint(ref Frame f, int bp)
    {
        var o = f.Out;
        uint op = f.U32(bp + HeaderLength);
        o.Write(" ubik call "u8); UbikRequests.Print(o, op, "op#%u");
        bp += HeaderLength + 4;
        switch (op)
        {
            case 10000:     // beacon
            {
                uint sync = f.U32(bp);
                bp += 4;
                if (f.Truncated) return;
                o.Write(sync != 0 ? " syncsite yes"u8 : " syncsite no"u8);
                o.Write(" votestart"u8); DateOut(ref f, ref bp);
                o.Write(" dbversion"u8); if (!UbikVersionOut(ref f, ref bp)) goto trunc;
                o.Write(" tid"u8); if (!UbikVersionOut(ref f, ref bp)) goto trunc;
                break;
            }
            case 10003:
                o.Write(" site"u8); UintOut(ref f, ref bp);
                break;
            case 20000: case 20001: case 20007: case 20008: case 20010:
                o.Write(" tid"u8); if (!UbikVersionOut(ref f, ref bp)) goto trunc;
                break;
            case 20002:     // lock
                o.Write(" tid"u8); if (!UbikVersionOut(ref f, ref bp)) goto trunc;
                o.Write(" file"u8); IntOut(ref f, ref bp);
                o.Write(" pos"u8); IntOut(ref f, ref bp);
                o.Write(" length"u8); IntOut(ref f, ref bp);
                f.U32(bp);  // the lock type is read (and so must be captured) but tcpdump does not print it
                break;
            case 20003:     // write
                o.Write(" tid"u8); if (!UbikVersionOut(ref f, ref bp)) goto trunc;
                o.Write(" file"u8); IntOut(ref f, ref bp);
                o.Write(" pos"u8); IntOut(ref f, ref bp);
                break;
            case 20005:
                o.Write(" file"u8); IntOut(ref f, ref bp);
                break;
            case 20006:     // send file
                o.Write(" file"u8); IntOut(ref f, ref bp);
                o.Write(" length"u8); IntOut(ref f, ref bp);
                o.Write(" dbversion"u8); if (!UbikVersionOut(ref f, ref bp)) goto trunc;
                break;
            case 20009:     // truncate
                o.Write(" tid"u8); if (!UbikVersionOut(ref f, ref bp)) goto trunc;
                o.Write(" file"u8); IntOut(ref f, ref bp);
                o.Write(" length"u8); IntOut(ref f, ref bp);
                break;
            case 20012:     // set version
                o.Write(" tid"u8); if (!UbikVersionOut(ref f, ref bp)) goto trunc;
                o.Write(" oldversion"u8); if (!UbikVersionOut(ref f, ref bp)) goto trunc;
                o.Write(" newversion"u8); if (!UbikVersionOut(ref f, ref bp)) goto trunc;
                break;
        }
        return;

    trunc:
        if (!f.Truncated) o.Write(" [|ubik]"u8);
    }

    /// <summary>ubik_reply_print: a data reply carries results, anything else (an abort) an error code, or for a beacon a yes vote.</summary>
    private static void UbikReplyPrint(ref Frame f, int bp, int length, uint op)
    {
        var o = f.Out;
        if (length < HeaderLength) return;
        o.Write(" ubik reply "u8); UbikRequests.Print(o, op, "op#%u");
        int type = f.U8(bp + TypeOff);
        bp += HeaderLength;
        if (type == TypeData)
        {
            if (op == 10000) o.Write(" vote no"u8);
            else if (op == 20004)
            {
                o.Write(" dbversion"u8);
                if (!UbikVersionOut(ref f, ref bp) && !f.Truncated) o.Write(" [|ubik]"u8);
            }
        }
        else if (op == 10000)
        {
            o.Write(" vote yes until"u8); DateOut(ref f, ref bp);
        }
        else
        {
            o.Write(" errcode"u8); IntOut(ref f, ref bp);
        }
    }

    // ---- acks ----

    /// <summary>rx_ack_print: the ack header, then the acked and nacked packets as ranges.</summary>
    private static void AckPrint(ref Frame f, int bp, int length)
    {
        // bufferSpace(2) maxSkew(2) firstPacket(4) previousPacket(4) serial(4) reason(1) nAcks(1), then nAcks acks
        const int ackFixed = 18;
        var o = f.Out;
        if (length < HeaderLength) return;
        bp += HeaderLength;
        if (!f.Has(bp, ackFixed)) { o.Write(" [|ack]"u8); return; }
        if (f.Opt.Verbose > 2)
        {
            o.Write(" bufspace "u8); o.Dec(f.U16(bp)); o.Write(" maxskew "u8); o.Dec(f.U16(bp + 2));
        }
        uint first = f.U32(bp + 4);
        o.Write(" first "u8); o.Dec(first); o.Write(" serial "u8); o.Dec(f.U32(bp + 12));
        o.Write(" reason "u8); AckReasons.Print(o, f.Data[bp + 16], "#%u");
        int nAcks = f.Data[bp + 17];
        bp += ackFixed;
        int acks = bp;
        if (nAcks != 0)
        {
            if (!f.Has(bp, nAcks)) { o.Write(" [|ack]"u8); return; }
            Ranges(ref f, acks, nAcks, first, 1, " acked "u8);
            Ranges(ref f, acks, nAcks, first, 0, " nacked "u8);
            bp += nAcks;
        }
        bp += 3;   // padding

        if (f.Opt.Verbose > 1)
        {
            // Each optional field is printed only when more than its 4 bytes remain.
            if (f.End - bp + 1 <= 4) return;
            o.Write(" ifmtu"u8); UintOut(ref f, ref bp);
            if (f.End - bp + 1 <= 4) return;
            o.Write(" maxmtu"u8); UintOut(ref f, ref bp);
            if (f.End - bp + 1 <= 4) return;
            o.Write(" rwind"u8); UintOut(ref f, ref bp);
            if (f.End - bp + 1 <= 4) return;
            o.Write(" maxpackets"u8); UintOut(ref f, ref bp);
        }
    }

    /// <summary>The packets whose ack byte is value, as "label a-b,c,d-e" (collapsing runs).</summary>
    private static void Ranges(ref Frame f, int acks, int n, uint first, byte value, ReadOnlySpan<byte> label)
    {
        var o = f.Out;
        int start = -2, last = -2, i;
        for (i = 0; i < n; i++)
        {
            if (f.Data[acks + i] == value)
            {
                if (last == -2) { o.Write(label); o.Dec(first + (uint)i); start = i; }
                else if (last != i - 1) { o.Char(','); o.Dec(first + (uint)i); start = i; }
                last = i;
            }
            else if (last == i - 1 && start != last) { o.Char('-'); o.Dec(first + (uint)(i - 1)); }
        }
        if (last == i - 1 && start != last) { o.Char('-'); o.Dec(first + (uint)(i - 1)); }
    }
}

/// <summary>
/// The RX calls seen most recently (tcpdump keeps 64): call number, client and server address,
/// server port, service and opcode, so that a reply can be decoded. A ring allocated once per run.
/// </summary>
public sealed class RxCallCache
{
    private const int Size = 64;
    private readonly uint[] _callNumber = new uint[Size];
    private readonly uint[] _client = new uint[Size];
    private readonly uint[] _server = new uint[Size];
    private readonly ushort[] _dport = new ushort[Size];
    private readonly ushort[] _serviceId = new ushort[Size];
    private readonly uint[] _opcode = new uint[Size];
    private int _next, _hint;

    /// <summary>rx_cache_insert: remember the call (when its opcode was captured). The addresses are read where an IPv4 header has them.</summary>
    internal void Insert(ref Frame f, int bp, int ipOff, int dport)
    {
        if (!f.Has(bp + Rx.HeaderLength, 4)) return;
        int i = _next;
        if (++_next >= Size) _next = 0;
        _callNumber[i] = f.U32(bp + 8);
        _client[i] = f.U32(ipOff + 12);
        _server[i] = f.U32(ipOff + 16);
        _dport[i] = (ushort)dport;
        _serviceId[i] = f.U16(bp + 26);
        _opcode[i] = f.U32(bp + Rx.HeaderLength);
    }

    /// <summary>rx_cache_find: the opcode of the call a reply from port sport answers.</summary>
    internal bool Find(ref Frame f, int bp, int ipOff, int sport, out uint opcode)
    {
        opcode = 0;
        uint client = f.U32(ipOff + 16), server = f.U32(ipOff + 12);
        uint call = f.U32(bp + 8);
        ushort service = f.U16(bp + 26);
        int i = _hint;
        do
        {
            if (_callNumber[i] == call && _client[i] == client && _server[i] == server &&
                _serviceId[i] == service && _dport[i] == sport)
            {
                _hint = i;
                opcode = _opcode[i];
                return true;
            }
            if (++i >= Size) i = 0;
        } while (i != _hint);
        return false;
    }
}
