namespace Wirecap.Print;

/// <summary>
/// SNMP v1, v2c and v3 (print-snmp.c, UDP 161 and 162), decoded with tcpdump's own small BER
/// reader (the build without libsmi).
/// <code>
/// Message ::= SEQUENCE { version INTEGER, community OCTET STRING, PDU }            (v1, v2c)
/// Message ::= SEQUENCE { version INTEGER, SEQUENCE { msgID, msgMaxSize, msgFlags,
///             msgSecurityModel }, msgSecurityParameters OCTET STRING, ScopedPDU }   (v3)
/// PDU     ::= [n] IMPLICIT SEQUENCE { request-id, error-status, error-index, varbinds }
/// Trap    ::= [4] IMPLICIT SEQUENCE { enterprise OID, agent-addr, generic, specific,
///             time-stamp, varbinds }
/// BER element: identifier (class:2 form:1 tag:5, tag 31 = more tag bytes), length (short
/// form, or 0x80|n then n length bytes), contents.
/// </code>
/// A malformed element prints a bracketed complaint and ends the SNMP text; bytes missing from
/// the capture print " [|snmp]" (also without ending the packet, as tcpdump does).
/// </summary>
public static class Snmp
{
    // element classes and forms
    private const int Universal = 0, Application = 1, Context = 2, Private = 3;
    private const int Primitive = 0, Constructed = 1;

    // universal tags
    private const int Integer = 2, OctetString = 4, AsnNull = 5, ObjectId = 6, Sequence = 16;
    // application tags
    private const int IpAddress = 0, Counter = 1, Gauge = 2, TimeTicks = 3, Counter64 = 6;
    // context tags: the PDUs, and the v2 exceptions in a varbind value
    private const int GetRequest = 0, GetNextRequest = 1, GetResponse = 2, SetRequest = 3, Trap = 4,
        GetBulk = 5, Inform = 6, V2Trap = 7, Report = 8;
    private const int GenericEnterpriseSpecific = 6;

    private const int Version1 = 0, Version2c = 1, Version3 = 3;

    private static readonly string[] UniversalNames =
    [
        "U-0", "Boolean", "Integer", "Bitstring", "String", "Null", "ObjID", "ObjectDes",
        "U-8", "U-9", "U-10", "U-11", "U-12", "U-13", "U-14", "U-15", "Sequence", "Set",
    ];
    private static readonly string[] ApplicationNames =
        ["IpAddress", "Counter", "Gauge", "TimeTicks", "Opaque", "C-5", "Counter64"];
    private static readonly string[] ContextNames =
        ["GetRequest", "GetNextRequest", "GetResponse", "SetRequest", "Trap", "GetBulk", "Inform", "V2Trap", "Report"];
    private static readonly string[] PrivateNames = ["P-0"];
    private static readonly string[] ExceptionNames = ["noSuchObject", "noSuchInstance", "endOfMibView"];
    private static readonly string[][] ClassIds = [UniversalNames, ApplicationNames, ContextNames, PrivateNames];

    private static readonly string[] ErrorStatus =
    [
        "noError", "tooBig", "noSuchName", "badValue", "readOnly", "genErr", "noAccess", "wrongType",
        "wrongLength", "wrongEncoding", "wrongValue", "noCreation", "inconsistentValue",
        "resourceUnavailable", "commitFailed", "undoFailed", "authorizationError", "notWritable",
        "inconsistentName",
    ];
    private static readonly string[] GenericTrap =
        ["coldStart", "warmStart", "linkDown", "linkUp", "authenticationFailure", "egpNeighborLoss", "enterpriseSpecific"];
    private static readonly string[] VersionNames = ["SNMPv1", "SNMPv2c", "SNMPv2u", "SNMPv3"];

    // OID prefixes printed abbreviated when names are resolved (X.690 encoding, first two arcs as 40*x+y)
    private static readonly byte[] MibPrefix = [43, 6, 1, 2, 1];
    private static readonly byte[] EnterprisesPrefix = [43, 6, 1, 4, 1];
    private static readonly byte[] ExperimentalPrefix = [43, 6, 1, 3];
    private static readonly byte[] SnmpModulesPrefix = [43, 6, 1, 6, 3];

    /// <summary>What a parsed element holds (tcpdump's BE_* kinds).</summary>
    private enum Kind : byte { Any, Null, Octets, Oid, Int, Uns, Str, Seq, InetAddr, Pdu, Uns64, NoSuchObject, NoSuchInstance, EndOfMibView }

    /// <summary>One decoded BER element: its tag, its contents offset and length, and a number for the integer kinds.</summary>
    private struct Element
    {
        public uint AsnLen;
        public int Data;        // offset of the contents
        public int Int;
        public uint Uns;
        public ulong Uns64;
        public int Id;
        public int Form, Class;
        public Kind Kind;
    }

    /// <summary>snmp_print: p is the UDP payload, length its length on the wire.</summary>
    public static void Print(ref Frame f, int p, int length)
    {
        f.Proto = "snmp";
        var o = f.Out;
        o.Char(' ');
        uint len = (uint)length;

        int count = Parse(ref f, p, len, out var e);
        if (count < 0) return;
        if (e.Kind != Kind.Seq) { o.Write("[!init SEQ]"u8); PrintElement(ref f, ref e); return; }
        if ((uint)count < len) { o.Write("["u8); o.Dec((int)(len - (uint)count)); o.Write(" extra after iSEQ]"u8); }
        len = e.AsnLen;
        p = e.Data;

        if ((count = Parse(ref f, p, len, out e)) < 0) return;
        if (e.Kind != Kind.Int) { o.Write("[version!=INT]"u8); PrintElement(ref f, ref e); return; }
        int version = e.Int;
        if (version is Version1 or Version2c or Version3)
        {
            if (f.Opt.Verbose > 0) { o.Write("{ "u8); o.Write(VersionNames[version]); o.Char(' '); }
        }
        else
        {
            o.Write("SNMP [version = "u8); o.Dec(version); o.Char(']');
            return;
        }
        len -= (uint)count;
        p += count;

        if (version == Version3) V3MessagePrint(ref f, p, len);
        else CommunityPrint(ref f, p, len, version);

        if (f.Opt.Verbose > 0) o.Write("} "u8);
    }

    /// <summary>
    /// asn1_parse: decodes the element at p (len bytes of it belong to the enclosing structure).
    /// Returns the bytes it spans, or -1 after printing why it could not be decoded.
    /// </summary>
    private static int Parse(ref Frame f, int p, uint len, out Element e)
    {
        var o = f.Out;
        e = default;
        e.Kind = Kind.Any;
        if (len < 1) { o.Write("[nothing to parse]"u8); return -1; }

        //  class:2 | form:1 | tag:5
        byte b = f.U8(p);
        if (f.Truncated) return -1;
        int id = b & 0x1f;
        int form = (b & 0x20) >> 5;
        int cls = (b & 0xc0) >> 6;
        e.Form = form; e.Class = cls; e.Id = id;
        p++; len--;
        uint hdr = 1;
        if (id == 0x1f)
        {
            // the tag continues in 7-bit groups; tcpdump keeps it in a byte, so only the low 8 bits survive
            id = 0;
            while (true)
            {
                byte t = f.U8(p);
                if (f.Truncated) return -1;
                if ((t & 0x80) == 0) break;
                if (len < 1) { o.Write("[Xtagfield?]"u8); return -1; }
                id = ((id << 7) | (t & 0x7f)) & 0xff;
                len--; hdr++; p++;
            }
            if (len < 1) { o.Write("[Xtagfield?]"u8); return -1; }
            id = ((id << 7) | f.U8(p)) & 0xff;
            e.Id = id;
            len--; hdr++; p++;
        }
        if (len < 1) { o.Write("[no asnlen]"u8); return -1; }
        uint asnLen = f.U8(p);
        if (f.Truncated) return -1;
        p++; len--; hdr++;
        if ((asnLen & 0x80) != 0)
        {
            uint noct = asnLen % 0x80;
            asnLen = 0;
            if (len < noct)
            {
                o.Write("[asnlen? "u8); o.Dec((int)len); o.Char('<'); o.Dec((int)noct); o.Char(']');
                return -1;
            }
            if (!f.Has(p, (int)noct)) { f.PrintTrunc(); return -1; }
            for (; noct != 0; len--, hdr++, noct--) asnLen = (asnLen << 8) | f.Data[p++];
        }
        e.AsnLen = asnLen;
        if (len < asnLen)
        {
            o.Write("[len"u8); o.Dec((int)len); o.Write("<asnlen"u8); o.Dec(asnLen); o.Char(']');
            return -1;
        }
        // form is one bit and class two, so only the tag can be out of its table
        var ids = ClassIds[cls];
        if (id >= ids.Length)
        {
            o.Write("[id?"u8); o.Char(form == Primitive ? 'P' : 'C'); o.Write("/x/"u8); o.Dec(id); o.Char(']');
            return -1;
        }
        if (!f.Has(p, (int)Math.Min(asnLen, int.MaxValue))) { f.PrintTrunc(); return -1; }
        e.Data = p;
        // tcpdump names the class table entries with a literal "x" (its macro does not stringize)
        if (form == Primitive)
        {
            switch (cls)
            {
                case Universal:
                    switch (id)
                    {
                        case OctetString: e.Kind = Kind.Str; break;
                        case Integer:
                        {
                            e.Kind = Kind.Int;
                            if (asnLen == 0) { o.Write("[asnlen=0]"u8); return -1; }
                            int v = (f.Data[p] & 0x80) != 0 ? -1 : 0;
                            for (uint i = 0; i < asnLen; i++) v = unchecked((v << 8) | f.Data[p + (int)i]);
                            e.Int = v;
                            break;
                        }
                        case ObjectId: e.Kind = Kind.Oid; break;
                        case AsnNull: e.Kind = Kind.Null; break;
                        default:
                            e.Kind = Kind.Octets;
                            o.Write("[P/U/"u8); o.Write(ids[id]); o.Char(']');
                            break;
                    }
                    break;
                case Application:
                    switch (id)
                    {
                        case IpAddress: e.Kind = Kind.InetAddr; break;
                        case Counter:
                        case Gauge:
                        case TimeTicks:
                        {
                            e.Kind = Kind.Uns;
                            uint v = 0;
                            for (uint i = 0; i < asnLen; i++) v = unchecked((v << 8) + f.Data[p + (int)i]);
                            e.Uns = v;
                            break;
                        }
                        case Counter64:
                        {
                            e.Kind = Kind.Uns64;
                            ulong v = 0;
                            for (uint i = 0; i < asnLen; i++) v = unchecked((v << 8) + f.Data[p + (int)i]);
                            e.Uns64 = v;
                            break;
                        }
                        default:
                            e.Kind = Kind.Octets;
                            o.Write("[P/A/"u8); o.Write(ids[id]); o.Char(']');
                            break;
                    }
                    break;
                case Context:
                    // only the exceptions are primitive here; other tags stay "any"
                    if (id == 0) e.Kind = Kind.NoSuchObject;
                    else if (id == 1) e.Kind = Kind.NoSuchInstance;
                    else if (id == 2) e.Kind = Kind.EndOfMibView;
                    break;
                default:
                    o.Write("[P/x/"u8); o.Write(ids[id]); o.Char(']');
                    e.Kind = Kind.Octets;
                    break;
            }
        }
        else
        {
            switch (cls)
            {
                case Universal:
                    if (id == Sequence) e.Kind = Kind.Seq;
                    else { e.Kind = Kind.Octets; o.Write("C/U/"u8); o.Write(ids[id]); }
                    break;
                case Context:
                    e.Kind = Kind.Pdu;
                    break;
                default:
                    e.Kind = Kind.Octets;
                    o.Write("C/x/"u8); o.Write(ids[id]);
                    break;
            }
        }
        return (int)(asnLen + hdr);
    }

    /// <summary>asn1_print_octets: "_xx" per byte.</summary>
    private static int PrintOctets(ref Frame f, ref Element e)
    {
        var o = f.Out;
        if (!f.Has(e.Data, (int)Math.Min(e.AsnLen, int.MaxValue))) { f.PrintTrunc(); return -1; }
        for (uint i = 0; i < e.AsnLen; i++) { o.Char('_'); o.Hex2(f.Data[e.Data + (int)i]); }
        return 0;
    }

    /// <summary>asn1_print_string: quoted when all printable ASCII, else hex bytes joined by '_'.</summary>
    private static int PrintString(ref Frame f, ref Element e)
    {
        var o = f.Out;
        int n = (int)Math.Min(e.AsnLen, int.MaxValue);
        if (!f.Has(e.Data, n)) { f.PrintTrunc(); return -1; }
        var s = f.Data.Slice(e.Data, n);
        bool printable = true;
        foreach (byte c in s) if (c < 0x20 || c > 0x7e) { printable = false; break; }
        if (printable)
        {
            o.Char('"'); o.Write(s); o.Char('"');
        }
        else
        {
            for (int i = 0; i < s.Length; i++) { if (i > 0) o.Char('_'); o.Hex2(s[i]); }
        }
        return 0;
    }

    /// <summary>asn1_print: the element's value as tcpdump shows it.</summary>
    private static int PrintElement(ref Frame f, ref Element e)
    {
        var o = f.Out;
        switch (e.Kind)
        {
            case Kind.Octets:
                return PrintOctets(ref f, ref e);
            case Kind.Null:
                break;
            case Kind.Oid:
                PrintOid(ref f, ref e);
                if (f.Truncated) return -1;
                break;
            case Kind.Int:
                o.Dec(e.Int);
                break;
            case Kind.Uns:
                o.Dec(e.Uns);
                break;
            case Kind.Uns64:
                o.Dec(e.Uns64);
                break;
            case Kind.Str:
                return PrintString(ref f, ref e);
            case Kind.Seq:
                o.Write("Seq("u8); o.Dec(e.AsnLen); o.Char(')');
                break;
            case Kind.InetAddr:
            {
                if (e.AsnLen != 4) o.Write("[inetaddr len!=4]"u8);
                int n = (int)Math.Min(e.AsnLen, int.MaxValue);
                if (!f.Has(e.Data, n)) { f.PrintTrunc(); return -1; }
                for (int i = 0; i < n; i++) { if (i > 0) o.Char('.'); o.Dec(f.Data[e.Data + i]); }
                break;
            }
            case Kind.NoSuchObject:
            case Kind.NoSuchInstance:
            case Kind.EndOfMibView:
                o.Char('['); o.Write(ExceptionNames[e.Id]); o.Char(']');
                break;
            case Kind.Pdu:
                o.Write(ContextNames[e.Id]); o.Char('('); o.Dec(e.AsnLen); o.Char(')');
                break;
            case Kind.Any:
                o.Write("[BE_ANY!?]"u8);
                break;
        }
        return 0;
    }

    /// <summary>
    /// An OID as dotted sub-identifiers; when names are resolved, a known prefix prints as
    /// "" / "E:" / "X:" / "S:" and the arcs found in the compiled-in MIB print by name.
    /// </summary>
    private static void PrintOid(ref Frame f, ref Element e)
    {
        var o = f.Out;
        int p = e.Data;
        uint i = e.AsnLen;
        int first = -1;
        int node = -1;      // where in the MIB tree the next arc is looked up (-1: nowhere)
        bool resolve = f.Opt.Resolve;
        if (resolve && i > 2)
        {
            int n = MatchPrefix(ref f, p, i, MibPrefix, "", SnmpMib.Mib, ref node);
            if (n == 0) n = MatchPrefix(ref f, p, i, EnterprisesPrefix, "E:", SnmpMib.Enterprises, ref node);
            if (n == 0) n = MatchPrefix(ref f, p, i, ExperimentalPrefix, "X:", SnmpMib.Experimental, ref node);
            if (n == 0) n = MatchPrefix(ref f, p, i, SnmpModulesPrefix, "S:", SnmpMib.SnmpModules, ref node);
            if (n != 0) { first = 1; p += n; i -= (uint)n; }
        }

        int v = 0;
        for (; i != 0; p++, i--)
        {
            byte b = f.U8(p);
            if (f.Truncated) return;
            v = unchecked((v << 7) + (b & 0x7f));
            if ((b & 0x80) != 0) continue;
            if (first < 0)
            {
                // the first sub-identifier carries two arcs, 40*x + y
                if (resolve) node = SnmpMib.Iso;
                first = 0;
                int s = v / 40;
                if (s > 2) s = 2;
                Arc(o, s, first != 0, ref node);
                v -= s * 40;
            }
            Arc(o, v, first != 0, ref node);
            if (--first < 0) first = 0;
            v = 0;
        }
    }

    /// <summary>An abbreviated prefix: when the OID starts with it, prints its text, moves to its MIB node and returns its length (else 0).</summary>
    private static int MatchPrefix(ref Frame f, int p, uint len, byte[] prefix, string text, int mibNode, ref int node)
    {
        if (len < prefix.Length || !f.Has(p, prefix.Length)) return 0;
        if (!f.Data.Slice(p, prefix.Length).SequenceEqual(prefix)) return 0;
        node = SnmpMib.Nodes[mibNode].Child;
        f.Out.Write(text);
        return prefix.Length;
    }

    /// <summary>OBJ_PRINT: one arc, by name when the current MIB level has it (then descend), else its number.</summary>
    private static void Arc(TextOut o, int v, bool suppressDot, ref int node)
    {
        while (node >= 0 && SnmpMib.Nodes[node].Oid != v) node = SnmpMib.Nodes[node].Next;
        if (!suppressDot) o.Char('.');
        if (node >= 0)
        {
            o.Write(SnmpMib.Nodes[node].Name);
            node = SnmpMib.Nodes[node].Child;
        }
        else o.Dec((uint)v);
    }

    /// <summary>varbind_print: SEQUENCE OF SEQUENCE { name OID, value ANY }.</summary>
    private static void VarbindPrint(ref Frame f, int pduId, int p, uint len)
    {
        var o = f.Out;
        int count = Parse(ref f, p, len, out var e);
        if (count < 0) return;
        if (e.Kind != Kind.Seq) { o.Write("[!SEQ of varbind]"u8); PrintElement(ref f, ref e); return; }
        if ((uint)count < len) { o.Char('['); o.Dec((int)(len - (uint)count)); o.Write(" extra after SEQ of varbind]"u8); }
        len = e.AsnLen;
        p = e.Data;
        bool request = pduId is GetRequest or GetNextRequest or GetBulk;

        while (len != 0)
        {
            o.Char(' ');
            if ((count = Parse(ref f, p, len, out e)) < 0) return;
            if (e.Kind != Kind.Seq) { o.Write("[!varbind]"u8); PrintElement(ref f, ref e); return; }
            int vbEnd = p + count;
            uint vbLength = len - (uint)count;
            len = e.AsnLen;
            p = e.Data;

            if ((count = Parse(ref f, p, len, out e)) < 0) return;
            if (e.Kind != Kind.Oid) { o.Write("[objName!=OID]"u8); PrintElement(ref f, ref e); return; }
            int status = PrintElement(ref f, ref e);
            if (status < 0) return;
            len -= (uint)count;
            p += count;

            if (!request) o.Char('=');

            if ((count = Parse(ref f, p, len, out e)) < 0) return;
            if (request)
            {
                if (e.Kind != Kind.Null)
                {
                    o.Write("[objVal!=NULL]"u8);
                    if (PrintElement(ref f, ref e) < 0) return;
                }
            }
            else if (e.Kind != Kind.Null && PrintElement(ref f, ref e) < 0) return;
            len = vbLength;
            p = vbEnd;
        }
    }

    /// <summary>"err=N" for an error-status beyond the table (printed unsigned, as tcpdump does).</summary>
    private static void ErrorStatusName(TextOut o, int v)
    {
        if (v >= 0 && v < ErrorStatus.Length) o.Write(ErrorStatus[v]);
        else { o.Write("err="u8); o.Dec((uint)v); }
    }

    /// <summary>snmppdu_print: request-id, error-status, error-index, then the varbinds.</summary>
    private static void PduBodyPrint(ref Frame f, int pduId, int p, uint len)
    {
        var o = f.Out;
        bool noErrorExpected = pduId is GetRequest or GetNextRequest or SetRequest or Inform or V2Trap or Report;

        int count = Parse(ref f, p, len, out var e);
        if (count < 0) return;
        if (e.Kind != Kind.Int) { o.Write("[reqId!=INT]"u8); PrintElement(ref f, ref e); return; }
        if (f.Opt.Verbose > 0) { o.Write("R="u8); o.Dec(e.Int); o.Char(' '); }
        len -= (uint)count;
        p += count;

        if ((count = Parse(ref f, p, len, out e)) < 0) return;
        if (e.Kind != Kind.Int) { o.Write("[errorStatus!=INT]"u8); PrintElement(ref f, ref e); return; }
        int errorStatus = 0;
        if (noErrorExpected && e.Int != 0)
        {
            o.Write("[errorStatus("u8); ErrorStatusName(o, e.Int); o.Write(")!=0]"u8);
        }
        else if (pduId == GetBulk) { o.Write(" N="u8); o.Dec(e.Int); }
        else if (e.Int != 0)
        {
            o.Char(' '); ErrorStatusName(o, e.Int);
            errorStatus = e.Int;
        }
        len -= (uint)count;
        p += count;

        if ((count = Parse(ref f, p, len, out e)) < 0) return;
        if (e.Kind != Kind.Int) { o.Write("[errorIndex!=INT]"u8); PrintElement(ref f, ref e); return; }
        if (noErrorExpected && e.Int != 0) { o.Write("[errorIndex("u8); o.Dec(e.Int); o.Write(")!=0]"u8); }
        else if (pduId == GetBulk) { o.Write(" M="u8); o.Dec(e.Int); }
        else if (e.Int != 0)
        {
            if (errorStatus == 0) { o.Write("[errorIndex("u8); o.Dec(e.Int); o.Write(") w/o errorStatus]"u8); }
            else { o.Char('@'); o.Dec(e.Int); }
        }
        else if (errorStatus != 0) o.Write("[errorIndex==0]"u8);
        len -= (uint)count;
        p += count;

        VarbindPrint(ref f, pduId, p, len);
    }

    /// <summary>trappdu_print: the v1 Trap-PDU fields, then the varbinds.</summary>
    private static void TrapPrint(ref Frame f, int p, uint len)
    {
        var o = f.Out;
        o.Char(' ');

        int count = Parse(ref f, p, len, out var e);
        if (count < 0) return;
        if (e.Kind != Kind.Oid) { o.Write("[enterprise!=OID]"u8); PrintElement(ref f, ref e); return; }
        if (PrintElement(ref f, ref e) < 0) return;
        len -= (uint)count;
        p += count;

        o.Char(' ');

        if ((count = Parse(ref f, p, len, out e)) < 0) return;
        if (e.Kind != Kind.InetAddr) { o.Write("[agent-addr!=INETADDR]"u8); PrintElement(ref f, ref e); return; }
        if (PrintElement(ref f, ref e) < 0) return;
        len -= (uint)count;
        p += count;

        if ((count = Parse(ref f, p, len, out e)) < 0) return;
        if (e.Kind != Kind.Int) { o.Write("[generic-trap!=INT]"u8); PrintElement(ref f, ref e); return; }
        int generic = e.Int;
        o.Char(' ');
        if (generic >= 0 && generic < GenericTrap.Length) o.Write(GenericTrap[generic]);
        else { o.Write("gt="u8); o.Dec(generic); }
        len -= (uint)count;
        p += count;

        if ((count = Parse(ref f, p, len, out e)) < 0) return;
        if (e.Kind != Kind.Int) { o.Write("[specific-trap!=INT]"u8); PrintElement(ref f, ref e); return; }
        if (generic != GenericEnterpriseSpecific)
        {
            if (e.Int != 0) { o.Write("[specific-trap("u8); o.Dec(e.Int); o.Write(")!=0]"u8); }
        }
        else { o.Write(" s="u8); o.Dec(e.Int); }
        len -= (uint)count;
        p += count;

        o.Char(' ');

        if ((count = Parse(ref f, p, len, out e)) < 0) return;
        if (e.Kind != Kind.Uns) { o.Write("[time-stamp!=TIMETICKS]"u8); PrintElement(ref f, ref e); return; }
        if (PrintElement(ref f, ref e) < 0) return;
        len -= (uint)count;
        p += count;

        VarbindPrint(ref f, Trap, p, len);
    }

    /// <summary>pdu_print: the context-tagged PDU, checked against the message version.</summary>
    private static void PduPrint(ref Frame f, int p, uint len, int version)
    {
        var o = f.Out;
        int count = Parse(ref f, p, len, out var pdu);
        if (count < 0) return;
        if (pdu.Kind != Kind.Pdu) { o.Write("[no PDU]"u8); return; }
        if ((uint)count < len) { o.Char('['); o.Dec((int)(len - (uint)count)); o.Write(" extra after PDU]"u8); }
        if (f.Opt.Verbose > 0) o.Write("{ "u8);
        if (PrintElement(ref f, ref pdu) < 0) return;
        o.Char(' ');
        len = pdu.AsnLen;
        p = pdu.Data;

        if (version == Version1 && pdu.Id is GetBulk or Inform or V2Trap or Report)
        {
            o.Write("[v2 PDU in v1 message]"u8);
            return;
        }
        if (version == Version2c && pdu.Id == Trap)
        {
            o.Write("[v1 PDU in v2 message]"u8);
            return;
        }

        if (pdu.Id == Trap) TrapPrint(ref f, p, len);
        else PduBodyPrint(ref f, pdu.Id, p, len);

        if (f.Opt.Verbose > 0) o.Write(" } "u8);
    }

    /// <summary>community_print: the community string (omitted when "public"), then the PDU.</summary>
    private static void CommunityPrint(ref Frame f, int p, uint len, int version)
    {
        var o = f.Out;
        int count = Parse(ref f, p, len, out var e);
        if (count < 0) return;
        if (e.Kind != Kind.Str) { o.Write("[comm!=STR]"u8); PrintElement(ref f, ref e); return; }
        if (!(e.AsnLen == 6 && f.Data.Slice(e.Data, 6).SequenceEqual("public"u8)))
        {
            o.Write("C="u8);
            if (PrintString(ref f, ref e) < 0) return;
            o.Char(' ');
        }
        len -= (uint)count;
        p += count;

        PduPrint(ref f, p, len, version);
    }

    /// <summary>scopedpdu_print: contextEngineID, contextName, then the PDU.</summary>
    private static void ScopedPduPrint(ref Frame f, int p, uint len, int version)
    {
        var o = f.Out;
        int count = Parse(ref f, p, len, out var e);
        if (count < 0) return;
        if (e.Kind != Kind.Seq) { o.Write("[!scoped PDU]"u8); PrintElement(ref f, ref e); return; }
        len = e.AsnLen;
        p = e.Data;

        if ((count = Parse(ref f, p, len, out e)) < 0) return;
        if (e.Kind != Kind.Str) { o.Write("[contextEngineID!=STR]"u8); PrintElement(ref f, ref e); return; }
        len -= (uint)count;
        p += count;
        o.Write("E="u8);
        if (PrintOctets(ref f, ref e) < 0) return;
        o.Char(' ');

        if ((count = Parse(ref f, p, len, out e)) < 0) return;
        if (e.Kind != Kind.Str) { o.Write("[contextName!=STR]"u8); PrintElement(ref f, ref e); return; }
        len -= (uint)count;
        p += count;
        o.Write("C="u8);
        if (PrintString(ref f, ref e) < 0) return;
        o.Char(' ');

        PduPrint(ref f, p, len, version);
    }

    /// <summary>Parses the next element and insists on a kind, printing "[name!=WHAT]" and the element otherwise.</summary>
    private static int Expect(ref Frame f, int p, uint len, Kind kind, ReadOnlySpan<byte> complaint, out Element e)
    {
        int count = Parse(ref f, p, len, out e);
        if (count < 0) return -1;
        if (e.Kind != kind) { f.Out.Write(complaint); PrintElement(ref f, ref e); return -1; }
        return count;
    }

    /// <summary>usm_print: the User-based Security Model parameters (RFC 3414).</summary>
    private static void UsmPrint(ref Frame f, int p, uint len)
    {
        var o = f.Out;
        int count;
        if ((count = Expect(ref f, p, len, Kind.Seq, "[!usm]"u8, out var e)) < 0) return;
        len = e.AsnLen;
        p = e.Data;

        if ((count = Expect(ref f, p, len, Kind.Str, "[msgAuthoritativeEngineID!=STR]"u8, out e)) < 0) return;
        len -= (uint)count; p += count;

        if ((count = Expect(ref f, p, len, Kind.Int, "[msgAuthoritativeEngineBoots!=INT]"u8, out e)) < 0) return;
        if (f.Opt.Verbose > 0) { o.Write("B="u8); o.Dec(e.Int); o.Char(' '); }
        len -= (uint)count; p += count;

        if ((count = Expect(ref f, p, len, Kind.Int, "[msgAuthoritativeEngineTime!=INT]"u8, out e)) < 0) return;
        if (f.Opt.Verbose > 0) { o.Write("T="u8); o.Dec(e.Int); o.Char(' '); }
        len -= (uint)count; p += count;

        if ((count = Expect(ref f, p, len, Kind.Str, "[msgUserName!=STR]"u8, out e)) < 0) return;
        len -= (uint)count; p += count;
        o.Write("U="u8);
        if (PrintString(ref f, ref e) < 0) return;
        o.Char(' ');

        if ((count = Expect(ref f, p, len, Kind.Str, "[msgAuthenticationParameters!=STR]"u8, out e)) < 0) return;
        len -= (uint)count; p += count;

        if ((count = Expect(ref f, p, len, Kind.Str, "[msgPrivacyParameters!=STR]"u8, out e)) < 0) return;
        len -= (uint)count;

        if ((uint)count < len) { o.Char('['); o.Dec((int)(len - (uint)count)); o.Write(" extra after usm SEQ]"u8); }
    }

    /// <summary>v3msg_print: the v3 header data, the security parameters, then the scoped PDU.</summary>
    private static void V3MessagePrint(ref Frame f, int p, uint len)
    {
        var o = f.Out;
        int start = p;
        uint total = len;
        int count;
        if ((count = Expect(ref f, p, len, Kind.Seq, "[!message]"u8, out var e)) < 0) return;
        len = e.AsnLen;
        p = e.Data;

        if (f.Opt.Verbose > 0) o.Write("{ "u8);

        if ((count = Expect(ref f, p, len, Kind.Int, "[msgID!=INT]"u8, out e)) < 0) return;
        len -= (uint)count; p += count;

        if ((count = Expect(ref f, p, len, Kind.Int, "[msgMaxSize!=INT]"u8, out e)) < 0) return;
        len -= (uint)count; p += count;

        if ((count = Expect(ref f, p, len, Kind.Str, "[msgFlags!=STR]"u8, out e)) < 0) return;
        if (e.AsnLen != 1) { o.Write("[msgFlags size "u8); o.Dec((int)e.AsnLen); o.Char(']'); return; }
        byte flags = f.U8(e.Data);
        if (f.Truncated) return;
        if (flags is not (0x00 or 0x01 or 0x03 or 0x04 or 0x05 or 0x07))
        {
            // upper-case hex here, unlike the rest of the printer
            const string digits = "0123456789ABCDEF";
            o.Write("[msgFlags=0x"u8); o.Char(digits[flags >> 4]); o.Char(digits[flags & 0xf]); o.Char(']');
            return;
        }
        len -= (uint)count; p += count;
        // auth, priv, reportable
        o.Write("F="u8);
        if ((flags & 0x01) != 0) o.Char('a');
        if ((flags & 0x02) != 0) o.Char('p');
        if ((flags & 0x04) != 0) o.Char('r');
        o.Char(' ');

        if ((count = Expect(ref f, p, len, Kind.Int, "[msgSecurityModel!=INT]"u8, out e)) < 0) return;
        int model = e.Int;
        len -= (uint)count; p += count;

        if ((uint)count < len) { o.Char('['); o.Dec((int)(len - (uint)count)); o.Write(" extra after message SEQ]"u8); }
        if (f.Opt.Verbose > 0) o.Write("} "u8);

        if (model != 3) { o.Write("[security model "u8); o.Dec(model); o.Char(']'); return; }
        if (f.Opt.Verbose > 0) o.Write("{ USM "u8);

        // the rest of the message follows the header data sequence
        len = total - (uint)(p - start);

        if ((count = Expect(ref f, p, len, Kind.Str, "[msgSecurityParameters!=STR]"u8, out e)) < 0) return;
        len -= (uint)count; p += count;

        UsmPrint(ref f, e.Data, e.AsnLen);
        if (f.Opt.Verbose > 0) o.Write("} "u8);

        if (f.Opt.Verbose > 0) o.Write("{ ScopedPDU "u8);
        ScopedPduPrint(ref f, p, len, 3);
        if (f.Opt.Verbose > 0) o.Write("} "u8);
    }
}
