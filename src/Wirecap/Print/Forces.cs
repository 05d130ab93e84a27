namespace Wirecap.Print;

/// <summary>
/// ForCES (print-forces.c, RFC 5810), carried in SCTP DATA chunks: the common header, and with -vvv
/// the top-level TLVs down to operation, path-data, result and data TLVs. The nesting depth is shown
/// by indentation; the helpers return -1 where tcpdump gives up on the message (the header is then
/// dumped in hex).
/// </summary>
public static class Forces
{
    private const int HeaderLength = 24, TlvHeader = 4, IlvHeader = 8, OpMinSize = 8;

    // Top-level TLV count rules of a message type: flags resv(8):maxtlvs(4):resv(2):mintlv(2).
    private const int ZeroTtlv = 0x01, ZeroMoreTtlv = 0x02, OneMoreTtlv = 0x04, OneTlv = 0x10, TwoTlv = 0x20, MaxTlv = 0xf0;
    private const int TtlvT1 = OneMoreTtlv | OneTlv, TtlvT2 = OneMoreTtlv | MaxTlv;

    // Operation bits (1 << (op - 1)) and path-data flags folded into the same mask.
    private const int BSet = 1 << 0, BSetProp = 1 << 1, BSetResp = 1 << 2, BSetPResp = 1 << 3, BDel = 1 << 4,
        BDelResp = 1 << 5, BGet = 1 << 6, BGetProp = 1 << 7, BGetResp = 1 << 8, BGetPResp = 1 << 9,
        BReport = 1 << 10, BCommit = 1 << 11, BRCommit = 1 << 12, BRtrComp = 1 << 13;
    private const int BFullData = 0x1, BSparseData = 0x2, BResult = 0x4, BKeyIn = 0x8, BAppend = 0x10, BRange = 0x20;

    private const int TlvPathData = 0x0110, TlvKeyInfo = 0x0111, TlvFullData = 0x0112, TlvSparseData = 0x0113,
        TlvResult = 0x0114, TlvMetaData = 0x0115, TlvRedirectData = 0x0116;

    private enum Body { None, LfbSelect, AssnTeardown, Redirect, AssnResult }
    private enum OpBody { None, Invalid, PathData, Generic }
    private enum PdBody { KeyInfo, FullData, SparseData, Result, PathData }

    private readonly record struct MessageType(int Type, int Flags, int OpMask, string Name, Body Body);
    private readonly record struct OperType(int Flags, int OpMask, string Name, OpBody Body);

    private static readonly MessageType Reserved = new(0, ZeroTtlv, 0, "Invalid message", Body.None);
    private static readonly MessageType[] Messages =
    [
        new(0x01, ZeroMoreTtlv | TwoTlv, BReport, "Association Setup", Body.LfbSelect),
        new(0x02, TtlvT1, 0, "Association TearDown", Body.AssnTeardown),
        new(0x03, TtlvT2, BSet | BSetProp | BDel | BCommit | BRtrComp, "Config", Body.LfbSelect),
        new(0x04, TtlvT2, BGet | BGetProp, "Query", Body.LfbSelect),
        new(0x05, TtlvT1, BReport, "Event Notification", Body.LfbSelect),
        new(0x06, TtlvT2, 0, "Packet Redirect", Body.Redirect),
        new(0x0f, ZeroTtlv, 0, "HeartBeat", Body.None),
        new(0x11, TtlvT1, 0, "Association Response", Body.AssnResult),
        new(0x13, TtlvT2, BSetResp | BSetPResp | BDelResp | BRCommit, "Config Response", Body.LfbSelect),
        new(0x14, TtlvT2, BGetResp | BGetPResp, "Query Response", Body.LfbSelect),
    ];

    // Indexed by operation TLV type 0..14; the names keep tcpdump's leading space.
    private static readonly OperType[] Operations =
    [
        new(ZeroTtlv, 0, "Invalid OPTLV", OpBody.Invalid),
        new(TtlvT2, BFullData | BSparseData, " Set", OpBody.PathData),
        new(TtlvT2, BFullData | BSparseData, " SetProp", OpBody.PathData),
        new(TtlvT2, BResult, " SetResp", OpBody.PathData),
        new(TtlvT2, BResult, " SetPropResp", OpBody.PathData),
        new(ZeroTtlv, 0, " Del", OpBody.PathData),
        new(TtlvT2, BResult, " DelResp", OpBody.PathData),
        new(ZeroTtlv, 0, " Get", OpBody.PathData),
        new(ZeroTtlv, 0, " GetProp", OpBody.PathData),
        new(TtlvT2, BFullData | BSparseData | BResult, " GetResp", OpBody.PathData),
        new(TtlvT2, BFullData | BResult, " GetPropResp", OpBody.PathData),
        new(TtlvT2, BFullData | BSparseData, " Report", OpBody.PathData),
        new(ZeroTtlv, 0, " Commit", OpBody.None),
        new(TtlvT1, BResult, " RCommit", OpBody.Generic),
        new(ZeroTtlv, 0, " RTRCOMP", OpBody.None),
    ];

    private static readonly Tok Acks = new((0, "NoACK"), (1, "SuccessACK"), (2, "FailureACK"), (3, "AlwaysACK"));
    private static readonly Tok ExecModes = new((0, "EMReserved"), (1, "execute-all-or-none"), (2, "execute-until-failure"),
        (3, "continue-execute-on-failure"));
    private static readonly Tok Atomicity = new((0, "Standalone"), (1, "2PCtransaction"));
    private static readonly Tok TransPhases = new((0, "StartofTransaction"), (1, "MiddleofTransaction"), (2, "EndofTransaction"),
        (3, "abort"));
    private static readonly Tok Lfbs = new((0, "Invalid TLV"), (1, "FEObj LFB"), (2, "FEProtoObj LFB"));
    private static readonly Tok TlvNames = new((0x0000, "Invalid TLV"), (0x0001, "REDIRECT TLV"), (0x0010, "ASResult TLV"),
        (0x0011, "ASTreason TLV"), (0x1000, "LFBselect TLV"), (TlvPathData, "PATH-DATA TLV"), (TlvKeyInfo, "KEYINFO TLV"),
        (TlvFullData, "FULLDATA TLV"), (TlvSparseData, "SPARSEDATA TLV"), (TlvResult, "RESULT TLV"),
        (TlvMetaData, "METADATA TLV"), (TlvRedirectData, "REDIRECTDATA TLV"));
    private static readonly Tok TlvErrors = new((1, "Invalid total length"), (2, "xLV too short"), (3, "xLV too long"),
        (4, "data padding missing"));
    private static readonly Tok Results = new((0x00, "SUCCESS"), (0x01, "INVALID HEADER"), (0x02, "LENGTH MISMATCH"),
        (0x03, "VERSION MISMATCH"), (0x04, "INVALID DESTINATION PID"), (0x05, "LFB UNKNOWN"), (0x06, "LFB NOT FOUND"),
        (0x07, "LFB INSTANCE ID NOT FOUND"), (0x08, "INVALID PATH"), (0x09, "COMPONENT DOES NOT EXIST"),
        (0x0a, "EXISTS ALREADY"), (0x0b, "NOT FOUND"), (0x0c, "READ ONLY"), (0x0d, "INVALID ARRAY CREATION"),
        (0x0e, "VALUE OUT OF RANGE"), (0x0f, "CONTENTS TOO LONG"), (0x10, "INVALID PARAMETERS"),
        (0x11, "INVALID MESSAGE TYPE"), (0x12, "INVALID FLAGS"), (0x13, "INVALID TLV"), (0x14, "EVENT ERROR"),
        (0x15, "NOT SUPPORTED"), (0x16, "MEMORY ERROR"), (0x17, "INTERNAL ERROR"), (0xff, "UNSPECIFIED ERROR"));

    // A newline and then spaces: Ind(n, true) is the newline and n-1 spaces, Ind(n, false) n spaces.
    private static readonly byte[] IndentBuffer = MakeIndent();
    private static byte[] MakeIndent()
    {
        var b = new byte[256];
        b.AsSpan().Fill((byte)' ');
        b[0] = (byte)'\n';
        return b;
    }
    private static ReadOnlySpan<byte> Ind(int n, bool newline)
    {
        if (n > 255) n = 255;
        return newline ? IndentBuffer.AsSpan(0, n) : IndentBuffer.AsSpan(1, n);
    }

    private static uint Align(uint len) => (len + 3) & ~3u;

    /// <summary>0 when a TLV of length tlvLen fits the rlen bytes left, else a TlvErrors code.</summary>
    private static uint TlvValid(uint tlvLen, uint rlen)
    {
        if (rlen < TlvHeader) return 1;
        if (tlvLen < TlvHeader) return 2;
        if (tlvLen > rlen) return 3;
        if (rlen < Align(tlvLen)) return 4;
        return 0;
    }

    private static bool TopTlvValid(int t) => t == 1 || t == 0x1000 || t is >= 0x10 and <= 0x11 || t is >= 0x110 and <= 0x116;

    private static bool OpValid(int op, int mask)
    {
        if (op == 0) return false;
        if (op <= 14) return ((1 << (op - 1)) & mask) != 0;
        return op >= 0x8000;
    }

    private static ReadOnlySpan<byte> Node(uint id) => id switch
    {
        <= 0x3fffffff => "FE"u8,
        <= 0x7fffffff => "CE"u8,
        >= 0xc0000000 and <= 0xffffffef => "AllMulticast"u8,
        0xfffffffd => "AllCEsBroadcast"u8,
        0xfffffffe => "AllFEsBroadcast"u8,
        0xffffffff => "AllBroadcast"u8,
        _ => "ForCESreserved"u8,
    };

    private static bool TypeValid(int tom) => tom > 0 && !(tom is >= 0x7 and <= 0xe) && tom != 0x10 && tom <= 0x14;

    /// <summary>forces_print: the ForCES message at p, len bytes of SCTP payload.</summary>
    public static void Print(ref Frame f, int p, int len)
    {
        f.Proto = "forces";
        var o = f.Out;
        int v = f.Opt.Verbose;
        if (!f.Has(p, HeaderLength)) { f.PrintTrunc(); return; }
        int tom = f.U8(p + 1);
        if (!TypeValid(tom))
        {
            o.Write("Invalid ForCES message type "u8); o.Dec(tom); o.Char('\n');
            Error(ref f, p, len);
            return;
        }
        uint mlen = (uint)f.U16(p + 2) << 2;
        var mt = Reserved;
        foreach (var m in Messages) if (m.Type == tom) { mt = m; break; }
        if (mt.Type == 0)
        {
            o.Write("\n\tUnknown ForCES message type=0x"u8); o.Hex((uint)tom);
            Error(ref f, p, len);
            return;
        }
        o.Write("\n\tForCES "u8); o.Write(mt.Name); o.Char(' ');
        if (!(len >= HeaderLength && mlen >= HeaderLength && mlen == (uint)len))
        {
            o.Write("Illegal ForCES pkt len - min 24, total recvd "u8); o.Dec(len);
            o.Write(", advertised "u8); o.Dec(mlen); o.Char(' ');
            Error(ref f, p, len);
            return;
        }
        uint flags = f.U32(p + 20);
        if (v >= 1)
        {
            o.Write("\n\tForCES Version "u8); o.Dec(f.U8(p) >> 4); o.Write(" len "u8); o.Dec(mlen);
            o.Write("B flags 0x"u8); o.Hex(flags, 8);
            uint sid = f.U32(p + 4), did = f.U32(p + 8);
            o.Write(" \n\tSrcID 0x"u8); o.Hex(sid); o.Char('('); o.Write(Node(sid));
            o.Write(") DstID 0x"u8); o.Hex(did); o.Char('('); o.Write(Node(did));
            o.Write(") Correlator 0x"u8); o.Hex(((ulong)f.U32(p + 12) << 32) | f.U32(p + 16));
        }
        if (v >= 2)
        {
            uint ack = (flags & 0xc0000000) >> 30, em = (flags & 0x00c00000) >> 22;
            uint at = (flags & 0x00200000) >> 21, tp = (flags & 0x00180000) >> 19;
            o.Write("\n\tForCES flags:\n\t  "u8); Acks.Print(o, ack, "ACKUnknown"); o.Write("(0x"u8); o.Hex(ack);
            o.Write("), prio="u8); o.Dec((flags & 0x38000000) >> 27); o.Write(", "u8);
            ExecModes.Print(o, em, "EMUnknown"); o.Write("(0x"u8); o.Hex(em); o.Write("),\n\t  "u8);
            Atomicity.Print(o, at, "ATUnknown"); o.Write("(0x"u8); o.Hex(at); o.Write("), "u8);
            TransPhases.Print(o, tp, "TPUnknown"); o.Write("(0x"u8); o.Hex(tp); o.Write(")\n"u8);
            o.Write("\t  Extra flags: rsv(b5-7) 0x"u8); o.Hex((flags & 0x07000000) >> 24);
            o.Write(" rsv(b13-31) 0x"u8); o.Hex(flags & 0x0007ffff); o.Char('\n');
        }
        if (f.Truncated) return;
        if (TypePrint(ref f, p, mlen, mt) < 0)
        {
            if (f.Truncated) return;
            Error(ref f, p, len);
            return;
        }
        if (v >= 4)
        {
            o.Write("\n\t  Raw ForCES message\n\t ["u8);
            HexDump.Hex(ref f, "\n\t "u8, p, len);
            if (f.Truncated) return;
            o.Write("\n\t ]"u8);
        }
    }

    /// <summary>The message given up on: all of it in hex.</summary>
    private static void Error(ref Frame f, int p, int len)
    {
        HexDump.Hex(ref f, "\n\t["u8, p, len);
        if (f.Truncated) return;
        f.Out.Write("\n\t]"u8);
    }

    /// <summary>forces_type_print: the top-level TLVs after the header.</summary>
    private static int TypePrint(ref Frame f, int p, uint mlen, MessageType mt)
    {
        var o = f.Out;
        uint rlen = mlen - HeaderLength;
        if (rlen > TlvHeader)
        {
            if ((mt.Flags & ZeroTtlv) != 0)
            {
                o.Write("<0x"u8); o.Hex((uint)mt.Flags); o.Write(">Illegal Top level TLV!\n"u8);
                return -1;
            }
        }
        else
        {
            if ((mt.Flags & ZeroMoreTtlv) != 0) return 0;
            if ((mt.Flags & OneMoreTtlv) != 0) { o.Write("\tTop level TLV Data missing!\n"u8); return -1; }
        }
        if ((mt.Flags & ZeroTtlv) != 0) return 0;
        int count = mt.Flags >> 4;
        int t = p + HeaderLength;
        while (rlen != 0)
        {
            int type = f.U16(t);
            uint tlvLen = f.U16(t + 2);
            if (f.Truncated) return -1;
            if (TlvValid(tlvLen, rlen) != 0) break;
            if (!TopTlvValid(type))
            {
                o.Write("\n\tInvalid ForCES Top TLV type=0x"u8); o.Hex((uint)type);
                return -1;
            }
            if (f.Opt.Verbose >= 3)
            {
                o.Char('\t'); TlvNames.Print(o, (uint)type, null); o.Write(", length "u8); o.Dec(tlvLen);
                o.Write(" (data length "u8); o.Dec(tlvLen - TlvHeader); o.Write(" Bytes)"u8);
            }
            int rc = mt.Body switch
            {
                Body.LfbSelect => LfbSelect(ref f, t + TlvHeader, tlvLen, mt.OpMask, 9),
                Body.AssnTeardown => AssnTeardown(ref f, t + TlvHeader, tlvLen, 9),
                Body.AssnResult => AssnResult(ref f, t + TlvHeader, tlvLen, 9),
                Body.Redirect => Redirect(ref f, t + TlvHeader, tlvLen, 9),
                _ => 0,
            };
            if (rc < 0 || f.Truncated) return -1;
            t += (int)Align(tlvLen);
            rlen -= Align(tlvLen);
            if (--count <= 0) break;
        }
        if (rlen != 0)
        {
            o.Write("\tMess TopTLV header: min 4, total "u8); o.Dec(rlen); o.Write(" advertised "u8);
            o.Dec(f.U16(t + 2)); o.Char(' ');
            return -1;
        }
        return 0;
    }

    /// <summary>lfbselect_print: LFB class and instance, then operation TLVs.</summary>
    private static int LfbSelect(ref Frame f, int p, uint len, int opMask, int indent)
    {
        var o = f.Out;
        uint dlen = len - TlvHeader;
        if (dlen <= 12)
        {
            o.Write("\n\t\ttruncated lfb selector: "u8); o.Dec(12 - dlen); o.Write(" bytes missing! "u8);
            return -1;
        }
        uint rlen = dlen - 8;
        if (!f.Has(p, 8)) { f.PrintTrunc(); return -1; }
        if (f.Opt.Verbose >= 3)
        {
            uint cls = f.U32(p);
            o.Char('\n'); o.Write(Ind(indent, false)); Lfbs.Print(o, cls, null);
            o.Write("(Classid "u8); o.Hex(cls); o.Write(") instance "u8); o.Hex(f.U32(p + 4)); o.Char('\n');
        }
        int t = p + 8;
        indent++;
        while (rlen != 0)
        {
            int type = f.U16(t);
            uint tlvLen = f.U16(t + 2);
            if (f.Truncated) return -1;
            if (TlvValid(tlvLen, rlen) != 0) break;
            if (OpValid(type, opMask))
                OperTlv(ref f, t, indent);
            else
            {
                if (f.Opt.Verbose < 3) o.Char('\n');
                o.Write("\t\tINValid oper-TLV type 0x"u8); o.Hex((uint)type); o.Write(" length "u8); o.Dec(tlvLen);
                o.Write(" for this ForCES message\n"u8);
                InvalidOper(ref f, t, (int)rlen, indent);
            }
            if (f.Truncated) return -1;
            t += (int)Align(tlvLen);
            rlen -= Align(tlvLen);
        }
        if (rlen != 0)
        {
            o.Write("\n\t\tMessy oper TLV header, type (0x"u8); o.Hex(f.U16(t));
            o.Write(")\n\t\texcess of "u8); o.Dec(rlen - f.U16(t + 2)); o.Write(" Bytes "u8);
            return -1;
        }
        return 0;
    }

    /// <summary>otlv_print: one operation TLV.</summary>
    private static void OperTlv(ref Frame f, int t, int indent)
    {
        var o = f.Out;
        int type = f.U16(t);
        uint tlvLen = f.U16(t + 2);
        uint tll = tlvLen - TlvHeader;
        var op = type <= 14 ? Operations[type] : Operations[0];
        if (f.Opt.Verbose >= 3)
        {
            o.Write(Ind(indent, false)); o.Write("Oper TLV "u8); o.Write(op.Name); o.Write("(0x"u8); o.Hex((uint)type);
            o.Write(") length "u8); o.Dec(tlvLen); o.Char('\n');
        }
        if (tll < OpMinSize)
        {
            o.Write("\t\tOper TLV "u8); o.Write(op.Name); o.Write("(0x"u8); o.Hex((uint)type);
            o.Write(") length "u8); o.Dec(tlvLen); o.Char('\n');
            o.Write("\t\tTruncated data size "u8); o.Dec(tll); o.Write(" minimum required 8\n"u8);
            InvalidOper(ref f, t + TlvHeader, (int)tll, indent);
            return;
        }
        if (op.Body == OpBody.PathData) RecPathData(ref f, t + TlvHeader, tll, op.OpMask, indent + 1);
        else if (op.Body == OpBody.Generic) GenericOper(ref f, t + TlvHeader, tll, op.OpMask, indent + 1);
        else if (op.Body == OpBody.Invalid) InvalidOper(ref f, t + TlvHeader, (int)tll, indent + 1);
    }

    /// <summary>invoptlv_print: the data in hex with -vvv; always a failure.</summary>
    private static int InvalidOper(ref Frame f, int p, int len, int indent)
    {
        if (f.Opt.Verbose >= 3)
        {
            var o = f.Out;
            var ib = Ind(indent, true);
            o.Write(ib[1..]); o.Write("Data["u8);
            HexDump.Hex(ref f, ib, p, len);
            if (f.Truncated) return -1;
            o.Write(ib); o.Write("]\n"u8);
        }
        return -1;
    }

    /// <summary>genoptlv_print: a single path-data TLV (RCommit).</summary>
    private static int GenericOper(ref Frame f, int p, uint len, int opMask, int indent)
    {
        var o = f.Out;
        int type = f.U16(p);
        uint tlvLen = f.U16(p + 2);
        if (f.Truncated) return -1;
        uint inv = TlvValid(tlvLen, len);
        o.Write("genoptlvprint - "u8); TlvNames.Print(o, (uint)type, null); o.Write(" TLV type 0x"u8); o.Hex((uint)type);
        o.Write(" len "u8); o.Dec(tlvLen); o.Char('\n');
        if (inv != 0)
        {
            o.Write("\t\t\tInvalid ForCES TLV type="u8); o.Hex((uint)type);
            return -1;
        }
        if (!TopTlvValid(type))
        {
            TlvErrors.Print(o, inv, null); o.Write(" TLV type 0x"u8); o.Hex((uint)type); o.Write(" len "u8);
            o.Dec(tlvLen); o.Char('\n');
            return -1;
        }
        if (f.Opt.Verbose >= 3)
        {
            o.Write(Ind(indent, false)); TlvNames.Print(o, (uint)type, null); o.Write(", length "u8); o.Dec(tlvLen);
            o.Write(" (data length "u8); o.Dec(tlvLen - TlvHeader); o.Write(" Bytes)"u8);
        }
        return PathData(ref f, p + TlvHeader, tlvLen - TlvHeader, opMask, indent + 1);
    }

    /// <summary>recpdoptlv_print: a run of PATH-DATA TLVs.</summary>
    private static int RecPathData(ref Frame f, int p, uint len, int opMask, int indent)
    {
        var o = f.Out;
        while (len != 0)
        {
            uint tlvLen = f.U16(p + 2);
            if (f.Truncated) return -1;
            if (TlvValid(tlvLen, len) != 0) break;
            int type = f.U16(p);
            if (f.Opt.Verbose >= 3)
            {
                o.Write(Ind(indent, false)); TlvNames.Print(o, (uint)type, null); o.Write(", length "u8); o.Dec(tlvLen);
                o.Write(" (data encapsulated "u8); o.Dec(tlvLen - TlvHeader); o.Write(" Bytes)"u8);
            }
            if (PathData(ref f, p + TlvHeader, tlvLen - TlvHeader, opMask, indent + 1) == -1 || f.Truncated) return -1;
            p += (int)Align(tlvLen);
            len -= Align(tlvLen);
        }
        if (len != 0)
        {
            o.Write("\n\t\tMessy PATHDATA TLV header, type (0x"u8); o.Hex(f.U16(p));
            o.Write(")\n\t\texcess of "u8); o.Dec(len - f.U16(p + 2)); o.Write(" Bytes "u8);
            return -1;
        }
        return 0;
    }

    /// <summary>pdata_print: path flags and ID count, the IDs, then what follows them.</summary>
    private static int PathData(ref Frame f, int p, uint len, int opMask, int indent)
    {
        var o = f.Out;
        if (!f.Has(p, 4) || len < 4) { f.PrintTrunc(); return -1; }
        int pflags = f.U16(p), idCount = f.U16(p + 2);
        if (f.Opt.Verbose >= 3)
        {
            o.Char('\n'); o.Write(Ind(indent, false)); o.Write("Pathdata: Flags 0x"u8); o.Hex((uint)pflags);
            o.Write(" ID count "u8); o.Dec(idCount); o.Char('\n');
        }
        if ((pflags & 1) != 0) opMask |= BKeyIn;
        if ((pflags & 2) != 0) opMask |= BRange;
        if ((pflags & 4) != 0) opMask |= BAppend;
        p += 4; len -= 4;
        uint minSize = (uint)idCount * 4;
        if (len < minSize)
        {
            o.Write("\t\t\ttruncated IDs expected "u8); o.Dec(minSize); o.Write("B got "u8); o.Dec(len); o.Write("B\n"u8);
            HexDump.Hex(ref f, "\t\t\tID Data["u8, p, (int)len);
            if (f.Truncated) return -1;
            o.Write("]\n"u8);
            return -1;
        }
        if ((opMask & BRange) != 0 && (opMask & BKeyIn) != 0)
        {
            o.Write("\t\t\tIllegal to have both Table ranges and keys\n"u8);
            return -1;
        }
        int more = PathContent(ref f, p, len, idCount, opMask, indent);
        if (f.Truncated) return -1;
        if (more > 0)
            return RecPathData(ref f, p + (int)(len - (uint)more), (uint)more, opMask, indent + 1);
        return 0;
    }

    /// <summary>pdatacnt_print: the path IDs, a table range or key, then one data TLV; returns the bytes left.</summary>
    private static int PathContent(ref Frame f, int p, uint len, int idCount, int opMask, int indent)
    {
        var o = f.Out;
        bool v3 = f.Opt.Verbose >= 3;
        var ib = Ind(indent, false);
        if ((opMask & BAppend) != 0 && v3) { o.Write(ib); o.Write("TABLE APPEND\n"u8); }
        for (int i = 0; i < idCount; i++)
        {
            if (!f.Has(p, 4) || len < 4) { f.PrintTrunc(); return -1; }
            uint id = f.U32(p);
            if (v3) { o.Write(ib); o.Write("ID#"u8); o.Dec((ulong)(i + 1), 2); o.Write(": "u8); o.Dec(id); o.Char('\n'); }
            len -= 4; p += 4;
        }
        if ((opMask & BRange) != 0)
        {
            if (len < 12)
            {
                o.Write("pathlength "u8); o.Dec(len); o.Write(" with key/range too short 12\n"u8);
                return -1;
            }
            p += TlvHeader; len -= TlvHeader;
            uint start = f.U32(p), end = f.U32(p + 4);
            if (f.Truncated) return -1;
            p += 8; len -= 8;
            if (v3) { o.Write(ib); o.Write("Table range: ["u8); o.Dec(start); o.Char(','); o.Dec(end); o.Write("]\n"u8); }
        }
        if ((opMask & BKeyIn) != 0)
        {
            if (len < 12)
            {
                o.Write("pathlength "u8); o.Dec(len); o.Write(" with key/range too short 12\n"u8);
                return -1;
            }
            // Key ID, then a key TLV whose content is skipped.
            p += 4; len -= 4;
            uint keyLen = f.U16(p + 2);
            if (f.Truncated) return -1;
            p += TlvHeader; len -= TlvHeader;
            if (keyLen < TlvHeader)
            {
                o.Write("key content length "u8); o.Dec(keyLen); o.Write(" < 4\n"u8);
                return -1;
            }
            keyLen -= TlvHeader;
            if (len < keyLen) { o.Write("key content too short\n"u8); return -1; }
            p += (int)keyLen; len -= keyLen;
        }
        if (len != 0)
        {
            int type = f.U16(p);
            uint tlvLen = f.U16(p + 2);
            if (f.Truncated) return -1;
            uint inv = TlvValid(tlvLen, len);
            if (inv != 0)
            {
                TlvErrors.Print(o, inv, null); o.Write(" Outstanding bytes "u8); o.Dec(len); o.Write(" for TLV type 0x"u8);
                o.Hex((uint)type); o.Write(" TLV len "u8); o.Dec(tlvLen); o.Char('\n');
                return BadData(ref f, p, len, tlvLen);
            }
            uint tll = tlvLen - TlvHeader, aln = Align(tlvLen), pad = 0;
            if (aln > tlvLen)
            {
                if (aln > len)
                {
                    o.Write("Invalid padded pathdata TLV type 0x"u8); o.Hex((uint)type); o.Write(" len "u8); o.Dec(tlvLen);
                    o.Write(" missing "u8); o.Dec(aln - len); o.Write(" pad bytes\n"u8);
                }
                else pad = aln - tlvLen;
            }
            if (type is >= TlvPathData and <= TlvResult)
            {
                var (name, mask, body) = type switch
                {
                    TlvKeyInfo => ("KEYINFO TLV", 0, PdBody.KeyInfo),
                    TlvFullData => ("FULLDATA TLV", BFullData, PdBody.FullData),
                    TlvSparseData => ("SPARSEDATA TLV", BSparseData, PdBody.SparseData),
                    TlvResult => ("RESULT TLV", BResult, PdBody.Result),
                    _ => ("Inner PATH-DATA TLV", 0, PdBody.PathData),
                };
                if (v3 && type != TlvPathData)
                {
                    o.Write(ib); o.Write("  "u8); o.Write(name); o.Write(" (Length "u8); o.Dec(tlvLen);
                    o.Write(" DataLen "u8); o.Dec(tll);
                    if (pad != 0) { o.Write(" pad "u8); o.Dec(pad); }
                    o.Write(" Bytes)\n"u8);
                }
                CheckOpType(o, type, opMask, mask);
                uint dataLen = tll + pad + TlvHeader;
                int rc = body switch
                {
                    PdBody.KeyInfo => KeyInfo(ref f, p, dataLen, opMask, indent + 2),
                    PdBody.FullData => FullData(ref f, p, dataLen, indent + 2),
                    PdBody.SparseData => SparseData(ref f, p, dataLen, indent + 2),
                    PdBody.Result => ResultTlv(ref f, p, dataLen, indent + 2),
                    _ => RecPathData(ref f, p, dataLen, opMask, indent + 2),
                };
                if (rc == -1 || f.Truncated) return -1;
                len -= dataLen;
            }
            else
            {
                o.Write("Invalid path data content type 0x"u8); o.Hex((uint)type); o.Write(" len "u8); o.Dec(tlvLen);
                o.Char('\n');
                return BadData(ref f, p, len, tlvLen);
            }
        }
        return (int)len;
    }

    /// <summary>The pd_err path: a non-empty bad TLV is dumped and fails; an empty one leaves len.</summary>
    private static int BadData(ref Frame f, int p, uint len, uint tlvLen)
    {
        if (tlvLen == 0) return (int)len;
        HexDump.Hex(ref f, "Bad Data val\n\t  ["u8, p, (int)len);
        if (f.Truncated) return -1;
        f.Out.Write("]\n"u8);
        return -1;
    }

    /// <summary>chk_op_type: a data TLV that the operation does not allow.</summary>
    private static void CheckOpType(TextOut o, int type, int mask, int allowed)
    {
        if (type == TlvPathData) return;
        if ((mask & BKeyIn) != 0)
        {
            if (type != TlvKeyInfo) o.Write("Based on flags expected KEYINFO TLV!\n"u8);
        }
        else if ((mask & allowed) == 0)
        {
            o.Write("Illegal DATA encoding for type 0x"u8); o.Hex((uint)type); o.Write(" programmed "u8);
            o.Hex((uint)allowed); o.Write(" got "u8); o.Hex((uint)mask); o.Char('\n');
        }
    }

    /// <summary>prestlv_print: a RESULT TLV (p at its header).</summary>
    private static int ResultTlv(ref Frame f, int p, uint len, int indent)
    {
        var o = f.Out;
        uint dlen = len - TlvHeader;
        if (dlen != 4) { o.Write("illegal RESULT-TLV: "u8); o.Dec(dlen); o.Write(" bytes!\n"u8); return -1; }
        if (!f.Has(p + TlvHeader, 4)) { f.PrintTrunc(); return -1; }
        uint result = f.U8(p + TlvHeader);
        if (result is >= 0x18 and <= 0xfe)
        {
            o.Write("illegal reserved result code: 0x"u8); o.Hex(result); o.Write("!\n"u8);
            return -1;
        }
        if (f.Opt.Verbose >= 3)
        {
            o.Write(Ind(indent, false)); o.Write("  Result: "u8); Results.Print(o, result, null);
            o.Write(" (code 0x"u8); o.Hex(result); o.Write(")\n"u8);
        }
        return 0;
    }

    /// <summary>fdatatlv_print: a FULLDATA TLV (p at its header), its data in hex with -vvv.</summary>
    private static int FullData(ref Frame f, int p, uint len, int indent)
    {
        var o = f.Out;
        uint rlen = len - TlvHeader;
        if (!f.Has(p, TlvHeader)) { f.PrintTrunc(); return -1; }
        if (f.U16(p) != TlvFullData) { o.Write("Error: expecting FULLDATA!\n"u8); return -1; }
        if (f.Opt.Verbose >= 3)
        {
            var ib = Ind(indent + 2, true);
            o.Write(ib[1..]); o.Char('[');
            HexDump.Hex(ref f, ib, p + TlvHeader, (int)rlen);
            if (f.Truncated) return -1;
            o.Char('\n'); o.Write(ib[1..]); o.Char(']');
        }
        return 0;
    }

    /// <summary>sdatatlv_print and sdatailv_print: a SPARSEDATA TLV of ILVs.</summary>
    private static int SparseData(ref Frame f, int p, uint len, int indent)
    {
        var o = f.Out;
        uint rlen = len - TlvHeader;
        if (!f.Has(p, TlvHeader)) { f.PrintTrunc(); return -1; }
        if (f.U16(p) != TlvSparseData) { o.Write("Error: expecting SPARSEDATA!\n"u8); return -1; }
        p += TlvHeader;
        if (rlen < IlvHeader) { o.Write("Error: BAD SPARSEDATA-TLV!\n"u8); return -1; }
        indent++;
        while (rlen != 0)
        {
            uint inv = IlvValid(ref f, p, rlen);
            if (f.Truncated) return -1;
            if (inv != 0)
            {
                o.Write("Error: "u8); TlvErrors.Print(o, inv, null); o.Write(", rlen "u8); o.Dec(rlen); o.Char('\n');
                return -1;
            }
            uint ilvLen = f.U32(p + 4);
            if (f.Opt.Verbose >= 3)
            {
                o.Char('\n'); o.Write(Ind(indent, true)[1..]); o.Write(" ILV: type "u8); o.Hex(f.U32(p));
                o.Write(" length "u8); o.Dec(ilvLen); o.Char('\n');
                HexDump.Hex(ref f, "\t\t["u8, p + IlvHeader, (int)(ilvLen - IlvHeader));
                if (f.Truncated) return -1;
            }
            p += (int)Align(ilvLen);
            rlen -= Align(ilvLen);
        }
        return 0;
    }

    /// <summary>ilv_valid: 0 when the ILV at p fits the rlen bytes left, else a TlvErrors code.</summary>
    private static uint IlvValid(ref Frame f, int p, uint rlen)
    {
        if (rlen < IlvHeader) return 1;
        uint l = f.U32(p + 4);
        if (l < IlvHeader) return 2;
        if (l > rlen) return 3;
        if (rlen < Align(l)) return 4;
        return 0;
    }

    /// <summary>pkeyitlv_print: a KEYINFO TLV: key ID, then a FULLDATA TLV.</summary>
    private static int KeyInfo(ref Frame f, int p, uint len, int opMask, int indent)
    {
        var o = f.Out;
        int data = p + TlvHeader;
        uint id = f.U32(data);
        if (f.Truncated) return -1;
        o.Write(Ind(indent, false)); o.Write("Keyinfo: Key 0x"u8); o.Hex(id); o.Char('\n');
        int kd = data + 4;
        int type = f.U16(kd);
        uint tll = f.U16(kd + 2);
        if (f.Truncated) return -1;
        uint inv = TlvValid(tll, len);
        if (inv != 0)
        {
            TlvErrors.Print(o, inv, null); o.Write(" TLV type 0x"u8); o.Hex((uint)type); o.Write(" len "u8); o.Dec(tll);
            o.Char('\n');
            return -1;
        }
        return FullData(ref f, kd + TlvHeader, tll, indent);
    }

    /// <summary>asttlv_print: the teardown reason.</summary>
    private static int AssnTeardown(ref Frame f, int p, uint len, int indent)
    {
        var o = f.Out;
        uint dlen = len - TlvHeader;
        if (dlen != 4) { o.Write("illegal ASTresult-TLV: "u8); o.Dec(dlen); o.Write(" bytes!\n"u8); return -1; }
        uint code = f.U32(p);
        if (f.Truncated) return -1;
        if (code > 255) { o.Write("illegal ASTresult result code: "u8); o.Dec(code); o.Write("!\n"u8); return -1; }
        if (f.Opt.Verbose >= 3)
        {
            var ib = Ind(indent, false);
            o.Write("Teardown reason:\n"u8); o.Write(ib);
            o.Write(code switch
            {
                0 => "Normal Teardown"u8,
                1 => "Loss of Heartbeats"u8,
                2 => "Out of bandwidth"u8,
                3 => "Out of Memory"u8,
                4 => "Application Crash"u8,
                _ => "Unknown Teardown reason"u8,
            });
            o.Char('('); o.Hex(code); o.Write(")\n"u8); o.Write(ib);
        }
        return 0;
    }

    /// <summary>asrtlv_print: the association setup result.</summary>
    private static int AssnResult(ref Frame f, int p, uint len, int indent)
    {
        var o = f.Out;
        uint dlen = len - TlvHeader;
        if (dlen != 4) { o.Write("illegal ASRresult-TLV: "u8); o.Dec(dlen); o.Write(" bytes!\n"u8); return -1; }
        uint code = f.U32(p);
        if (f.Truncated) return -1;
        if (code > 3) { o.Write("illegal ASRresult result code: "u8); o.Dec(code); o.Write("!\n"u8); return -1; }
        if (f.Opt.Verbose >= 3)
        {
            var ib = Ind(indent, false);
            o.Char('\n'); o.Write(ib);
            o.Write(code switch
            {
                0 => "Success "u8,
                1 => "FE ID invalid "u8,
                2 => "permission denied "u8,
                _ => "Unknown "u8,
            });
            o.Char('('); o.Hex(code); o.Write(")\n"u8); o.Write(ib);
        }
        return 0;
    }

    /// <summary>redirect_print: METADATA and REDIRECTDATA TLVs of a Packet Redirect.</summary>
    private static int Redirect(ref Frame f, int p, uint len, int indent)
    {
        var o = f.Out;
        uint dlen = len - TlvHeader;
        if (dlen <= 8)
        {
            o.Write("\n\t\ttruncated Redirect TLV: "u8); o.Dec(8 - dlen); o.Write(" bytes missing! "u8);
            return -1;
        }
        uint rlen = dlen;
        indent++;
        while (rlen != 0)
        {
            int type = f.U16(p);
            uint tlvLen = f.U16(p + 2);
            if (f.Truncated) return -1;
            if (TlvValid(tlvLen, rlen) != 0) { o.Write("Bad Redirect data\n"u8); break; }
            if (type == TlvMetaData) MetaData(ref f, p + TlvHeader, tlvLen, indent);
            else if (type == TlvRedirectData)
            {
                uint rl = tlvLen - TlvHeader;
                o.Char('\n'); o.Write(Ind(indent, false)); o.Write(" Redirect Data length "u8); o.Dec(rl); o.Char('\n');
                if (f.Opt.Verbose >= 3)
                {
                    o.Write("\t\t["u8);
                    HexDump.Hex(ref f, "\n\t\t"u8, p + TlvHeader, (int)rl);
                    if (f.Truncated) return -1;
                    o.Write("\n\t\t]"u8);
                }
            }
            else
            {
                o.Write("Unknown REDIRECT TLV 0x"u8); o.Hex((uint)type); o.Write(" len "u8); o.Dec(tlvLen); o.Char('\n');
            }
            if (f.Truncated) return -1;
            p += (int)Align(tlvLen);
            rlen -= Align(tlvLen);
        }
        if (rlen != 0)
        {
            o.Write("\n\t\tMessy Redirect TLV header, type (0x"u8); o.Hex(f.U16(p));
            o.Write(")\n\t\texcess of "u8); o.Dec(rlen - f.U16(p + 2)); o.Write(" Bytes "u8);
            return -1;
        }
        return 0;
    }

    /// <summary>print_metatlv and print_metailv: the metadata ILVs.</summary>
    private static void MetaData(ref Frame f, int p, uint len, int indent)
    {
        var o = f.Out;
        uint rlen = len - TlvHeader;
        o.Char('\n'); o.Write(Ind(indent, false)); o.Write(" METADATA length "u8); o.Dec(rlen); o.Char('\n');
        while (rlen != 0)
        {
            if (IlvValid(ref f, p, rlen) != 0 || f.Truncated) break;
            uint ilvLen = f.U32(p + 4);
            o.Write(Ind(indent + 1, false)); o.Write("MetaID 0x"u8); o.Hex(f.U32(p)); o.Write(" length "u8); o.Dec(ilvLen);
            o.Char('\n');
            if (f.Opt.Verbose >= 3)
            {
                HexDump.Hex(ref f, "\t\t["u8, p + IlvHeader, (int)(ilvLen - IlvHeader));
                if (f.Truncated) return;
                o.Write(" ]\n"u8);
            }
            p += (int)Align(ilvLen);
            rlen -= Align(ilvLen);
        }
    }
}
