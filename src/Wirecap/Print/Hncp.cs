using System.Runtime.CompilerServices;

namespace Wirecap.Print;

/// <summary>
/// HNCP, the Home Networking Control Protocol (print-hncp.c; RFC 7787 DNCP, RFC 7788 HNCP).
/// The payload is a list of TLVs, some of which nest further TLVs after their fixed fields:
/// <code>
/// +-------------------------------+-------------------------------+
/// |             Type              |            Length             |
/// +-------------------------------+-------------------------------+
/// |     Value (Length bytes, padded to a multiple of 4) ...
/// </code>
/// Below -vvv, nested TLVs print on one line as a list of their type names.
/// </summary>
public static class Hncp
{
    public const int Port = 8231;

    private const int RequestNetworkState = 1, RequestNodeState = 2, NodeEndpoint = 3, NetworkState = 4;
    private const int NodeState = 5, Peer = 8, KeepAliveInterval = 9, TrustVerdict = 10;
    private const int HncpVersion = 32, ExternalConnection = 33, DelegatedPrefix = 34, AssignedPrefix = 35;
    private const int NodeAddress = 36, Dhcpv4Data = 37, Dhcpv6Data = 38, DnsDelegatedZone = 39, DomainName = 40;
    private const int NodeName = 41, ManagedPsk = 42, PrefixPolicy = 43;

    // Undefined types fall in one of these ranges, beyond the 16-bit type space.
    private const uint RangeReserved = 0x10000, RangeUnassigned = 0x10001, RangePrivateUse = 0x10002, RangeFutureUse = 0x10003;

    private static readonly Tok Types = new((1, "Request network state"), (2, "Request node state"),
        (3, "Node endpoint"), (4, "Network state"), (5, "Node state"), (8, "Peer"), (9, "Keep-alive interval"),
        (10, "Trust-Verdict"), (32, "HNCP-Version"), (33, "External-Connection"), (34, "Delegated-Prefix"),
        (43, "Prefix-Policy"), (37, "DHCPv4-Data"), (38, "DHCPv6-Data"), (35, "Assigned-Prefix"),
        (36, "Node-Address"), (39, "DNS-Delegated-Zone"), (40, "Domain-Name"), (41, "Node-Name"),
        (42, "Managed-PSK"), (RangeReserved, "Reserved"), (RangeUnassigned, "Unassigned"),
        (RangePrivateUse, "Private use"), (RangeFutureUse, "Future use"));

    private static readonly Tok Dhcpv4Options = new((6, "DNS-server"), (42, "NTP-server"), (119, "DNS-search"));
    private static readonly Tok Dhcpv6Options = new((23, "DNS-server"), (24, "DNS-search-list"), (31, "SNTP-servers"));

    /// <summary>hncp_print: cp/length are the UDP payload.</summary>
    public static void Print(ref Frame f, int cp, int length)
    {
        f.Proto = "hncp";
        f.Out.Write("hncp ("u8); f.Out.Dec((uint)length); f.Out.Char(')');
        RecPrint(ref f, cp, length, 1);
    }

    private static void Invalid(TextOut o) => o.Write(" (invalid)"u8);

    private static void Indent(TextOut o, int indent)
    {
        o.Char('\n');
        for (int t = indent; t > 0; t--) o.Char('\t');
    }

    private static int RoundUp4(int n) => (n + 3) & ~3;

    /// <summary>The type a TLV is printed as: its own when defined, else its range.</summary>
    private static uint TypeMask(int type)
    {
        if (type is >= 1 and <= 5 or >= 8 and <= 10 or >= 32 and <= 43) return (uint)type;
        if (type == 0) return RangeReserved;
        if (type is >= 44 and <= 511) return RangeUnassigned;
        if (type is >= 768 and <= 1023) return RangePrivateUse;
        return RangeFutureUse;
    }

    /// <summary>In one line: a run of count TLVs of one type, as "Name (xN)".</summary>
    private static void TypeInLinePrint(TextOut o, uint typeMask, int count, int indent, ref bool firstOne)
    {
        if (count <= 0) return;
        if (firstOne)
        {
            firstOne = false;
            if (indent > 1) Indent(o, indent);
            else o.Char(' ');
        }
        else o.Write(", "u8);
        Types.Print(o, typeMask, "Easter Egg");
        if (count > 1) { o.Write(" (x"u8); o.Dec(count); o.Char(')'); }
    }

    /// <summary>hncp_print_rec: the TLVs from cp, length bytes, at an indentation level.</summary>
    private static void RecPrint(ref Frame f, int cp, int length, int indent)
    {
        var o = f.Out;
        // Each nesting level costs one frame: a packet of nested containers must not exhaust the stack.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return;
        int verbose = f.Opt.Verbose;
        bool inLine = indent - 1 >= verbose && verbose < 3;
        bool firstOne = true;
        uint lastTypeMask = 0xffffffff;
        int lastTypeCount = -1;

        int i = 0;
        while (i < length && !f.Truncated)
        {
            int tlv = cp + i;
            if (!inLine) Indent(o, indent);
            if (!f.Has(tlv, 4)) { f.PrintTrunc(); return; }
            if (i + 4 > length) { Invalid(o); return; }
            int type = f.Data[tlv] << 8 | f.Data[tlv + 1];
            int bodyLength = f.Data[tlv + 2] << 8 | f.Data[tlv + 3];
            int value = tlv + 4;
            if (!f.Has(value, bodyLength)) { f.PrintTrunc(); return; }
            if (i + bodyLength + 4 > length) { Invalid(o); return; }
            uint typeMask = TypeMask(type);

            if (inLine)
            {
                if (lastTypeMask == typeMask) lastTypeCount++;
                else
                {
                    TypeInLinePrint(o, lastTypeMask, lastTypeCount, indent, ref firstOne);
                    lastTypeMask = typeMask;
                    lastTypeCount = 1;
                }
            }
            else
            {
                Types.Print(o, typeMask, "Easter Egg (42)");
                if (typeMask > 0xffff) { o.Write(": type="u8); o.Dec(type); }
                o.Write(" ("u8); o.Dec(bodyLength + 4); o.Char(')');
                // The TLV's value is captured (checked above).
                if (!ValuePrint(ref f, typeMask, value, bodyLength, indent)) { Invalid(o); return; }
            }
            i += 4 + RoundUp4(bodyLength);
        }
        if (f.Truncated) return;
        TypeInLinePrint(o, lastTypeMask, lastTypeCount, indent, ref firstOne);
    }

    /// <summary>One TLV's value; false where tcpdump gives up on the whole list (bad DHCPv4 data).</summary>
    private static bool ValuePrint(ref Frame f, uint typeMask, int value, int bodyLength, int indent)
    {
        var o = f.Out;
        var d = f.Data;
        switch (typeMask)
        {
            case RequestNetworkState:
                if (bodyLength != 0) Invalid(o);
                break;

            case RequestNodeState:
                if (bodyLength != 4) { Invalid(o); break; }
                o.Write(" NID: "u8); NidPrint(o, d, value);
                break;

            case NodeEndpoint:
                if (bodyLength != 8) { Invalid(o); break; }
                o.Write(" NID: "u8); NidPrint(o, d, value);
                o.Write(" EPID: "u8); o.Hex(f.U32(value + 4), 8);
                break;

            case NetworkState:
                if (bodyLength != 8) { Invalid(o); break; }
                o.Write(" hash: "u8); o.Hex(f.U64(value), 16);
                break;

            case NodeState:
                if (bodyLength < 20) { Invalid(o); break; }
                o.Write(" NID: "u8); NidPrint(o, d, value);
                o.Write(" seqno: "u8); o.Dec(f.U32(value + 4));
                o.Char(' '); IntervalPrint(o, f.U32(value + 8));
                o.Write(" hash: "u8); o.Hex(f.U64(value + 12), 16);
                RecPrint(ref f, value + 20, bodyLength - 20, indent + 1);
                break;

            case Peer:
                if (bodyLength != 12) { Invalid(o); break; }
                o.Write(" Peer-NID: "u8); NidPrint(o, d, value);
                o.Write(" Peer-EPID: "u8); o.Hex(f.U32(value + 4), 8);
                o.Write(" Local-EPID: "u8); o.Hex(f.U32(value + 8), 8);
                break;

            case KeepAliveInterval:
                if (bodyLength < 8) { Invalid(o); break; }
                o.Write(" EPID: "u8); o.Hex(f.U32(value), 8);
                o.Write(" Interval: "u8); IntervalPrint(o, f.U32(value + 4));
                break;

            case TrustVerdict:
                if (bodyLength <= 36) { Invalid(o); break; }
                o.Write(" Verdict: "u8); o.Dec(d[value]);
                o.Write(" Fingerprint: "u8); Hex256Print(o, d, value + 4);
                o.Write(" Common Name: "u8);
                TextProto.PrintJnp(ref f, value + 36, bodyLength - 36);
                break;

            case HncpVersion:
            {
                if (bodyLength < 5) { Invalid(o); break; }
                int capabilities = d[value + 2] << 8 | d[value + 3];
                o.Write(" M: "u8); o.Dec((capabilities >> 12) & 0xf);
                o.Write(" P: "u8); o.Dec((capabilities >> 8) & 0xf);
                o.Write(" H: "u8); o.Dec((capabilities >> 4) & 0xf);
                o.Write(" L: "u8); o.Dec(capabilities & 0xf);
                o.Write(" User-agent: "u8);
                TextProto.PrintJnp(ref f, value + 4, bodyLength - 4);
                break;
            }

            case ExternalConnection:
                RecPrint(ref f, value, bodyLength, indent + 1);
                break;

            case DelegatedPrefix:
            {
                if (bodyLength < 9 || bodyLength < 9 + (d[value + 8] + 7) / 8) { Invalid(o); break; }
                o.Write(" VLSO: "u8); IntervalPrint(o, f.U32(value));
                o.Write(" PLSO: "u8); IntervalPrint(o, f.U32(value + 4));
                o.Write(" Prefix: "u8);
                int l = PrefixPrint(ref f, value + 8, bodyLength - 8);
                if (l == -1) { o.Write("(length is invalid)"u8); break; }
                if (l < 0) { Invalid(o); break; }
                l += 8 + (-l & 3);
                if (bodyLength >= l) RecPrint(ref f, value + l, bodyLength - l, indent + 1);
                break;
            }

            case PrefixPolicy:
            {
                if (bodyLength < 1) { Invalid(o); break; }
                int policy = d[value];
                o.Write(" type: "u8);
                if (policy == 0)
                {
                    if (bodyLength != 1) { Invalid(o); break; }
                    o.Write("Internet connectivity"u8);
                }
                else if (policy <= 128)
                {
                    // the policy byte doubles as the prefix length
                    o.Write("Dest-Prefix: "u8);
                    int l = PrefixPrint(ref f, value, bodyLength);
                    if (l == -1) { o.Write("(length is invalid)"u8); break; }
                    if (l < 0) Invalid(o);
                }
                else if (policy == 129)
                {
                    o.Write("DNS domain: "u8);
                    DnsLabelPrint(ref f, value + 1, bodyLength - 1);
                }
                else if (policy == 130)
                {
                    o.Write("Opaque UTF-8: "u8);
                    TextProto.PrintJnp(ref f, value + 1, bodyLength - 1);
                }
                else if (policy == 131)
                {
                    if (bodyLength != 1) { Invalid(o); break; }
                    o.Write("Restrictive assignment"u8);
                }
                else { o.Write("Unknown ("u8); o.Dec(policy); o.Char(')'); }
                break;
            }

            case Dhcpv4Data:
                if (bodyLength == 0) { Invalid(o); break; }
                if (!Dhcpv4Print(ref f, value, bodyLength, indent + 1)) return false;
                break;

            case Dhcpv6Data:
                if (bodyLength == 0) { Invalid(o); break; }
                if (!Dhcpv6Print(ref f, value, bodyLength, indent + 1)) Invalid(o);
                break;

            case AssignedPrefix:
            {
                if (bodyLength < 6 || bodyLength < 6 + (d[value + 5] + 7) / 8) { Invalid(o); break; }
                int priority = d[value + 4] & 0xf;
                o.Write(" EPID: "u8); o.Hex(f.U32(value), 8); o.Write(" Prty: "u8); o.Dec(priority);
                o.Write(" Prefix: "u8);
                int l = PrefixPrint(ref f, value + 5, bodyLength - 5);
                if (l < 0) { Invalid(o); break; }
                l += 5;
                l += -l & 3;
                if (bodyLength >= l) RecPrint(ref f, value + l, bodyLength - l, indent + 1);
                break;
            }

            case NodeAddress:
                if (bodyLength < 20) { Invalid(o); break; }
                o.Write(" EPID: "u8); o.Hex(f.U32(value), 8);
                o.Write(" IP Address: "u8); Ip6AddressPrint(ref f, value + 4);
                RecPrint(ref f, value + 20, bodyLength - 20, indent + 1);
                break;

            case DnsDelegatedZone:
            {
                if (bodyLength < 17) { Invalid(o); break; }
                int flags = d[value + 16];
                o.Write(" IP-Address: "u8); Ip6AddressPrint(ref f, value);
                o.Char(' ');
                o.Char((flags & 4) != 0 ? 'l' : '-');
                o.Char((flags & 2) != 0 ? 'b' : '-');
                o.Char((flags & 1) != 0 ? 's' : '-');
                o.Char(' ');
                int len = DnsLabelPrint(ref f, value + 17, bodyLength - 17);
                if (f.Truncated) return true;
                if (len < 0) { Invalid(o); break; }
                len += 17;
                len += -len & 3;
                if (bodyLength >= len) RecPrint(ref f, value + len, bodyLength - len, indent + 1);
                break;
            }

            case DomainName:
                if (bodyLength == 0) { Invalid(o); break; }
                o.Write(" Domain: "u8);
                DnsLabelPrint(ref f, value, bodyLength);
                break;

            case NodeName:
            {
                if (bodyLength < 17) { Invalid(o); break; }
                int l = d[value + 16];
                if (bodyLength < 17 + l) { Invalid(o); break; }
                o.Write(" IP-Address: "u8); Ip6AddressPrint(ref f, value); o.Write(" Name: "u8);
                if (l < 64) { o.Char('"'); TextProto.PrintJnp(ref f, value + 17, l); o.Char('"'); }
                else Invalid(o);
                l = RoundUp4(l + 17);
                if (bodyLength >= l) RecPrint(ref f, value + l, bodyLength - l, indent + 1);
                break;
            }

            case ManagedPsk:
                if (bodyLength < 32) { Invalid(o); break; }
                o.Write(" PSK: "u8); Hex256Print(o, d, value);
                RecPrint(ref f, value + 32, bodyLength - 32, indent + 1);
                break;
        }
        return true;
    }

    /// <summary>A node identifier: 4 bytes as colon-separated hex.</summary>
    private static void NidPrint(TextOut o, ReadOnlySpan<byte> d, int p)
    {
        for (int k = 0; k < 4; k++)
        {
            if (k > 0) o.Char(':');
            o.Hex2(d[p + k]);
        }
    }

    /// <summary>A 256-bit value (fingerprint, key) as 64 hex digits.</summary>
    private static void Hex256Print(TextOut o, ReadOnlySpan<byte> d, int p)
    {
        for (int k = 0; k < 32; k++) o.Hex2(d[p + k]);
    }

    /// <summary>Milliseconds as seconds with three decimals.</summary>
    private static void IntervalPrint(TextOut o, uint n)
    {
        o.Dec(n / 1000); o.Char('.'); o.Dec(n % 1000, 3); o.Char('s');
    }

    private static ReadOnlySpan<byte> V4MappedHeading => [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

    /// <summary>An IPv6 address, or the IPv4 address when it is v4-mapped.</summary>
    private static void Ip6AddressPrint(ref Frame f, int p)
    {
        var a = f.Data.Slice(p, 16);
        if (a[..12].SequenceEqual(V4MappedHeading)) f.Ctx.Names.IPv4(f.Out, a[12..]);
        else f.Ctx.Names.IPv6(f.Out, a);
    }

    /// <summary>
    /// print_prefix: a length byte then the prefix's significant bytes, as IPv4 when v4-mapped.
    /// Returns the bytes used, or -1 (length too long), -2 or -3 (runs past max).
    /// </summary>
    private static int PrefixPrint(ref Frame f, int p, int max)
    {
        var o = f.Out;
        Span<byte> addr = stackalloc byte[16];
        addr.Clear();
        int first = f.U8(p);
        if (f.Truncated) return -2;
        if (first >= 96 && max >= 13 && f.Has(p + 1, 12) && f.Data.Slice(p + 1, 12).SequenceEqual(V4MappedHeading))
        {
            int plen = first - 96;
            if (plen > 32) return -1;
            max -= 1;
            int bytes = (plen + 7) / 8;
            if (max < bytes + 12) return -3;
            var src = f.Bytes(p + 13, bytes);
            if (f.Truncated) return -2;
            src.CopyTo(addr);
            if (plen % 8 != 0) addr[bytes - 1] &= (byte)((0xff00 >> (plen % 8)) & 0xff);
            f.Ctx.Names.IPv4(o, addr[..4]); o.Char('/'); o.Dec(plen);
            return bytes + 13;
        }
        else
        {
            // decode_prefix6
            if (max < 1) return -2;
            int plen = first;
            if (plen > 128) return -1;
            max -= 1;
            int bytes = (plen + 7) / 8;
            if (max < bytes) return -2;
            var src = f.Bytes(p + 1, bytes);
            if (f.Truncated) return -2;
            src.CopyTo(addr);
            if (plen % 8 != 0) addr[bytes - 1] &= (byte)((0xff00 >> (plen % 8)) & 0xff);
            f.Ctx.Names.IPv6(o, addr); o.Char('/'); o.Dec(plen);
            return 1 + bytes;
        }
    }

    /// <summary>print_dns_label: uncompressed labels up to max bytes; the length used, or -1 (after "[|DNS]").</summary>
    private static int DnsLabelPrint(ref Frame f, int cp, int max)
    {
        var o = f.Out;
        int length = 0;
        while (length < max)
        {
            int labelLength = f.U8(cp + length);
            if (f.Truncated) return -1;
            length++;
            if (labelLength == 0) return length;
            if (length > 1) o.Char('.');
            if (length + labelLength > max)
            {
                TextProto.PrintJnp(ref f, cp + length, max - length);
                break;
            }
            TextProto.PrintJnp(ref f, cp + length, labelLength);
            if (f.Truncated) return -1;
            length += labelLength;
        }
        o.Write("[|DNS]"u8);
        return -1;
    }

    /// <summary>The DHCPv4 options of a DHCPv4-Data TLV; false when one does not fit.</summary>
    private static bool Dhcpv4Print(ref Frame f, int cp, int length, int indent)
    {
        var o = f.Out;
        int i = 0;
        while (i < length)
        {
            if (i + 2 > length) return false;
            int tlv = cp + i;
            int type = f.U8(tlv);
            int optLength = f.U8(tlv + 1);
            if (f.Truncated) return true;
            int value = tlv + 2;
            Indent(o, indent);
            Dhcpv4Options.Print(o, (uint)type, "Unknown");
            o.Write(" ("u8); o.Dec(optLength + 2); o.Char(')');
            if (i + 2 + optLength > length) return false;
            switch (type)
            {
                case 6:
                case 42:
                    if (optLength < 4 || optLength % 4 != 0) return false;
                    for (int t = 0; t < optLength; t += 4)
                    {
                        var a = f.Bytes(value + t, 4);
                        if (f.Truncated) return true;
                        o.Char(' '); f.Ctx.Names.IPv4(o, a);
                    }
                    break;
                case 119:
                    if (!Dns.PrintNameList(ref f, value, value + optLength)) return false;
                    break;
            }
            i += 2 + optLength;
        }
        return true;
    }

    /// <summary>The DHCPv6 options of a DHCPv6-Data TLV; false when one does not fit.</summary>
    private static bool Dhcpv6Print(ref Frame f, int cp, int length, int indent)
    {
        var o = f.Out;
        int i = 0;
        while (i < length)
        {
            if (i + 4 > length) return false;
            int tlv = cp + i;
            int type = f.U16(tlv);
            int optLength = f.U16(tlv + 2);
            if (f.Truncated) return true;
            int value = tlv + 4;
            Indent(o, indent);
            Dhcpv6Options.Print(o, (uint)type, "Unknown");
            o.Write(" ("u8); o.Dec(optLength + 4); o.Char(')');
            if (i + 4 + optLength > length) return false;
            switch (type)
            {
                case 23:
                case 31:
                    if (optLength % 16 != 0) { Invalid(o); return false; }
                    for (int t = 0; t < optLength; t += 16)
                    {
                        var a = f.Bytes(value + t, 16);
                        if (f.Truncated) return true;
                        o.Char(' '); f.Ctx.Names.IPv6(o, a);
                    }
                    break;
                case 24:
                    if (!Dns.PrintNameList(ref f, value, value + optLength)) return false;
                    break;
            }
            i += 4 + optLength;
        }
        return true;
    }
}
