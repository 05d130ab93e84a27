namespace Wirecap.Print;

/// <summary>
/// Cisco EIGRP (print-eigrp.c), IP protocol 88: the common header, then TLVs whose length counts
/// their own 4-byte header.
/// <code>
///  0        1        2                4                                8
/// +--------+--------+----------------+--------------------------------+
/// |version | opcode | checksum       | flags                          |
/// +--------+--------+----------------+--------------------------------+
/// | sequence                         | acknowledgement                |
/// +----------------+----------------+---------------------------------+
/// | virtual router | AS number      |  TLV: type (2) | length (2) | value ...
/// +----------------+----------------+
/// </code>
/// </summary>
public static class Eigrp
{
    private const int HeaderLength = 20, TlvHeaderLength = 4;
    private const int TlvGeneralParameters = 0x0001, TlvSoftwareVersion = 0x0004, TlvIpInternal = 0x0102,
        TlvIpExternal = 0x0103, TlvAtInternal = 0x0202, TlvAtExternal = 0x0203, TlvAtCableSetup = 0x0204;
    // value sizes up to and including the first byte of the destination prefix
    private const int GeneralParametersLength = 8, SoftwareVersionLength = 4, IpInternalLength = 22, IpExternalLength = 42,
        AtCableSetupLength = 8, AtInternalLength = 24, AtExternalLength = 40;

    private static readonly Tok Opcodes = new((1, "Update"), (3, "Query"), (4, "Reply"), (5, "Hello"), (6, "IPX SAP"), (7, "Probe"));
    private static readonly Tok HeaderFlags = new((0x01, "Init"), (0x02, "Conditionally Received"), (0x04, "Restart"),
        (0x08, "End-of-Table"));
    private static readonly Tok TlvNames = new((TlvGeneralParameters, "General Parameters"), (0x0002, "Authentication"),
        (0x0003, "Sequence"), (TlvSoftwareVersion, "Software Version"), (0x0005, "Next Multicast Sequence"),
        (TlvIpInternal, "IP Internal routes"), (TlvIpExternal, "IP External routes"),
        (TlvAtInternal, "AppleTalk Internal routes"), (TlvAtExternal, "AppleTalk External routes"),
        (TlvAtCableSetup, "AppleTalk Cable setup"), (0x0302, "IPX Internal routes"), (0x0303, "IPX External routes"));
    private static readonly Tok ExternalProtocols = new((0x01, "IGRP"), (0x02, "EIGRP"), (0x03, "Static"), (0x04, "RIP"),
        (0x05, "Hello"), (0x06, "OSPF"), (0x07, "IS-IS"), (0x08, "EGP"), (0x09, "BGP"), (0x0a, "IDRP"), (0x0b, "Connected"));

    /// <summary>eigrp_print: the EIGRP packet at p, len bytes.</summary>
    public static void Print(ref Frame f, int p, int len)
    {
        f.Proto = "eigrp";
        var o = f.Out;
        if (!f.Need(p, HeaderLength)) return;
        int version = f.Data[p], opcode = f.Data[p + 1];
        if (version != 2)
        {
            o.Write("EIGRP version "u8); o.Dec(version); o.Write(" packet not supported"u8);
            return;
        }
        if (f.Opt.Verbose < 1)
        {
            o.Write("EIGRP "u8); Opcodes.Print(o, (uint)opcode, "unknown (%u)");
            o.Write(", length: "u8); o.Dec((uint)len);
            return;
        }
        if (len < HeaderLength)
        {
            o.Write("EIGRP "u8); Opcodes.Print(o, (uint)opcode, "unknown (%u)");
            o.Write(", length: "u8); o.Dec((uint)len); o.Write(" (too short, < 20)"u8);
            return;
        }
        int tlen = len - HeaderLength;
        o.Write("\n\tEIGRP v2, opcode: "u8); Opcodes.Print(o, (uint)opcode, "unknown, type: %u");
        o.Write(" ("u8); o.Dec(opcode); o.Write("), chksum: 0x"u8); o.Hex(f.U16(p + 2), 4);
        o.Write(", Flags: ["u8); HeaderFlags.Bits(o, f.U32(p + 4), "none");
        o.Write("]\n\tseq: 0x"u8); o.Hex(f.U32(p + 8), 8);
        o.Write(", ack: 0x"u8); o.Hex(f.U32(p + 12), 8);
        o.Write(", VRID: "u8); o.Dec(f.U16(p + 16));
        o.Write(", AS: "u8); o.Dec(f.U16(p + 18));
        o.Write(", length: "u8); o.Dec(tlen);

        int t = p + HeaderLength;
        while (tlen > 0)
        {
            if (!f.Need(t, TlvHeaderLength)) return;
            int type = f.U16(t), tlvLen = f.U16(t + 2);
            if (tlvLen < TlvHeaderLength || tlvLen > tlen)
            {
                // a length that does not fit: the rest in hex
                HexDump.UnknownData(ref f, t + TlvHeaderLength, "\n\t    "u8, tlen);
                return;
            }
            o.Write("\n\t  "u8); TlvNames.Print(o, (uint)type, "Unknown");
            o.Write(" TLV (0x"u8); o.Hex((uint)type, 4); o.Write("), length: "u8); o.Dec(tlvLen);
            int v = t + TlvHeaderLength, vlen = tlvLen - TlvHeaderLength;
            if (!f.Need(t, tlvLen)) return;

            switch (type)
            {
                case TlvGeneralParameters:
                    if (vlen < GeneralParametersLength) { TooShort(o, GeneralParametersLength); break; }
                    // k1..k5 (1 each), reserved (1), hold time (2)
                    o.Write("\n\t    holdtime: "u8); o.Dec(f.U16(v + 6));
                    o.Write("s, k1 "u8); o.Dec(f.Data[v]);
                    o.Write(", k2 "u8); o.Dec(f.Data[v + 1]);
                    o.Write(", k3 "u8); o.Dec(f.Data[v + 2]);
                    o.Write(", k4 "u8); o.Dec(f.Data[v + 3]);
                    o.Write(", k5 "u8); o.Dec(f.Data[v + 4]);
                    break;
                case TlvSoftwareVersion:
                    if (vlen < SoftwareVersionLength) { TooShort(o, SoftwareVersionLength); break; }
                    o.Write("\n\t    IOS version: "u8); o.Dec(f.Data[v]); o.Char('.'); o.Dec(f.Data[v + 1]);
                    o.Write(", EIGRP version "u8); o.Dec(f.Data[v + 2]); o.Char('.'); o.Dec(f.Data[v + 3]);
                    break;
                case TlvIpInternal:
                    // next hop (4), delay, bandwidth, MTU, hops, reliability, load, reserved, prefix length at 20
                    if (vlen < IpInternalLength) { TooShort(o, IpInternalLength); break; }
                    if (!PrefixPrint(ref f, v, 20)) break;
                    MetricPrint(ref f, v + 4);
                    break;
                case TlvIpExternal:
                    // next hop, origin router, origin AS, tag, metric (4 each), reserved (2), protocol, flags,
                    // then the internal route's metric fields and the prefix length at 40
                    if (vlen < IpExternalLength) { TooShort(o, IpExternalLength); break; }
                    if (!PrefixPrint(ref f, v, 40)) break;
                    o.Write("\n\t      origin-router "u8); f.Ctx.Names.IPv4(o, f.Data.Slice(v + 4, 4));
                    o.Write(", origin-as "u8); o.Dec(f.U32(v + 8));
                    o.Write(", origin-proto "u8); ExternalProtocols.Print(o, f.Data[v + 22], "unknown");
                    o.Write(", flags [0x"u8); o.Hex2(f.Data[v + 23]);
                    o.Write("], tag 0x"u8); o.Hex(f.U32(v + 12), 8);
                    o.Write(", metric "u8); o.Dec(f.U32(v + 16));
                    MetricPrint(ref f, v + 24);
                    break;
                case TlvAtCableSetup:
                    if (vlen < AtCableSetupLength) { TooShort(o, AtCableSetupLength); break; }
                    o.Write("\n\t    Cable-range: "u8); o.Dec(f.U16(v)); o.Char('-'); o.Dec(f.U16(v + 2));
                    o.Write(", Router-ID "u8); o.Dec(f.U32(v + 4));
                    break;
                case TlvAtInternal:
                    // next hop (4), the metric fields, reserved (2), cable range at 20
                    if (vlen < AtInternalLength) { TooShort(o, AtInternalLength); break; }
                    AtCableNextHopPrint(ref f, v, 20);
                    MetricPrint(ref f, v + 4);
                    break;
                case TlvAtExternal:
                    // next hop, origin router, origin AS, tag (4 each), protocol, flags, metric (2),
                    // the metric fields at 20, reserved (2), cable range at 36
                    if (vlen < AtExternalLength) { TooShort(o, AtExternalLength); break; }
                    AtCableNextHopPrint(ref f, v, 36);
                    o.Write("\n\t      origin-router "u8); o.Dec(f.U32(v + 4));
                    o.Write(", origin-as "u8); o.Dec(f.U32(v + 8));
                    o.Write(", origin-proto "u8); ExternalProtocols.Print(o, f.Data[v + 16], "unknown");
                    o.Write(", flags [0x"u8); o.Hex2(f.Data[v + 17]);
                    o.Write("], tag 0x"u8); o.Hex(f.U32(v + 12), 8);
                    o.Write(", metric "u8); o.Dec(f.U16(v + 18));
                    MetricPrint(ref f, v + 20);
                    break;
                default:
                    // authentication, sequence, IPX routes and unknown TLVs are not decoded
                    if (f.Opt.Verbose <= 1) HexDump.UnknownData(ref f, v, "\n\t    "u8, vlen);
                    break;
            }
            if (f.Opt.Verbose > 1) HexDump.UnknownData(ref f, v, "\n\t    "u8, vlen);
            if (f.Truncated) return;
            t += tlvLen;
            tlen -= tlvLen;
        }
    }

    /// <summary>
    /// "IPv4 prefix: a.b.c.d/len, nexthop: ..." for a route whose prefix length is at v + plen; the
    /// prefix follows in as many bytes as the length needs. False when the length is illegal.
    /// </summary>
    private static bool PrefixPrint(ref Frame f, int v, int plen)
    {
        var o = f.Out;
        int bits = f.Data[v + plen];
        if (bits > 32)
        {
            o.Write("\n\t    illegal prefix length "u8); o.Dec(bits);
            return false;
        }
        var given = f.Bytes(v + plen + 1, (bits + 7) / 8);
        if (f.Truncated) return false;
        Span<byte> prefix = stackalloc byte[4];
        prefix.Clear();
        given.CopyTo(prefix);
        o.Write("\n\t    IPv4 prefix: "u8); f.Ctx.Names.IPv4Padded(o, prefix, 15);
        o.Char('/'); o.Dec(bits); o.Write(", nexthop: "u8);
        if (f.U32(v) == 0) o.Write("self"u8);
        else f.Ctx.Names.IPv4(o, f.Data.Slice(v, 4));
        return true;
    }

    /// <summary>An AppleTalk route's cable range (at v + cable) and next hop (network.node, at v).</summary>
    private static void AtCableNextHopPrint(ref Frame f, int v, int cable)
    {
        var o = f.Out;
        o.Write("\n\t     Cable-Range: "u8); o.Dec(f.U16(v + cable)); o.Char('-'); o.Dec(f.U16(v + cable + 2));
        o.Write(", nexthop: "u8);
        if (f.U32(v) == 0) o.Write("self"u8);
        else { o.Dec(f.U16(v)); o.Char('.'); o.Dec(f.U16(v + 2)); }
    }

    /// <summary>The metric fields at m: delay (4, in 10 µs), bandwidth (4), MTU (3), hops, reliability, load.</summary>
    private static void MetricPrint(ref Frame f, int m)
    {
        var o = f.Out;
        o.Write("\n\t      delay "u8); o.Dec(f.U32(m) / 100);
        o.Write(" ms, bandwidth "u8); o.Dec(f.U32(m + 4));
        o.Write(" Kbps, mtu "u8); o.Dec(f.U24(m + 8));
        o.Write(", hop "u8); o.Dec(f.Data[m + 11]);
        o.Write(", reliability "u8); o.Dec(f.Data[m + 12]);
        o.Write(", load "u8); o.Dec(f.Data[m + 13]);
    }

    private static void TooShort(TextOut o, int valueLength)
    {
        o.Write(" (too short, < "u8); o.Dec(TlvHeaderLength + valueLength); o.Char(')');
    }
}
