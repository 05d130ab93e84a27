namespace Wirecap.Print;

/// <summary>
/// sFlow version 5 (print-sflow.c), UDP port 6343. The datagram header:
/// <code>
/// +--------------------------------+
/// | version (5)                    |
/// | agent address type (1 v4, 2 v6)|
/// | agent address (4 or 16 bytes)  |
/// | sub-agent id                   |
/// | sequence number                |
/// | uptime (ms)                    |
/// | number of samples              |
/// +--------------------------------+
/// </code>
/// then samples, each a format word (enterprise and type), a length and the sample; flow and
/// counter samples carry records laid out the same way.
/// </summary>
public static class Sflow
{
    public const int Port = 6343;
    private const int V4HeaderLength = 28, V6HeaderLength = 40, SampleHeaderLength = 8, RecordHeaderLength = 8;
    private const int FlowSample = 1, CounterSample = 2, ExpandedFlowSample = 3, ExpandedCounterSample = 4;

    private static readonly Tok SampleFormats = new((FlowSample, "flow sample"), (CounterSample, "counter sample"),
        (ExpandedFlowSample, "expanded flow sample"), (ExpandedCounterSample, "expanded counter sample"));
    private static readonly Tok FlowTypes = new((1, "Raw packet"), (2, "Ethernet frame"), (3, "IPv4 Data"),
        (4, "IPv6 Data"), (1001, "Extended Switch data"), (1002, "Extended Router data"), (1003, "Extended Gateway data"),
        (1004, "Extended User data"), (1005, "Extended URL data"), (1006, "Extended MPLS data"),
        (1007, "Extended NAT data"), (1008, "Extended MPLS tunnel"), (1009, "Extended MPLS VC"),
        (1010, "Extended MPLS FEC"), (1011, "Extended MPLS LVP FEC"), (1012, "Extended VLAN Tunnel"));
    private static readonly Tok RawProtocols = new((1, "Ethernet"), (11, "IPv4"), (12, "IPv6"));
    private static readonly Tok CounterTypes = new((1, "Generic counter"), (2, "Ethernet counter"),
        (3, "Token ring counter"), (4, "100 BaseVG counter"), (5, "Vlan counter"), (1001, "Processor counter"));
    private static readonly Tok Directions = new((0, "unknown"), (1, "full-duplex"), (2, "half-duplex"), (3, "in"),
        (4, "out"));

    /// <summary>sflow_print: the datagram at p, len bytes.</summary>
    public static void Print(ref Frame f, int p, int len)
    {
        f.Proto = "sflow";
        var o = f.Out;
        uint ipVersion = f.U32(p + 4);
        if (f.Truncated) return;
        if ((len < V4HeaderLength && ipVersion == 1) || (len < V6HeaderLength && ipVersion == 2))
        {
            uint v = f.U32(p);
            o.Write("sFlowv"u8); o.Dec(v);
            // tcpdump names the IPv4 header's size for both.
            o.Write(" [length "u8); o.Dec((uint)len); o.Write(" < 28] (invalid)"u8);
            return;
        }
        if (!f.Need(p, V4HeaderLength)) return;
        uint version = f.U32(p);
        if (version != 5)
        {
            o.Write("sFlow version "u8); o.Dec(version); o.Write(" packet not supported"u8);
            return;
        }

        // Any address type but 1 is read as IPv6.
        bool v4 = ipVersion == 1;
        int agentSize = v4 ? 4 : 16;
        int after = p + 8 + agentSize;
        if (f.Opt.Verbose < 1)
        {
            if (!f.Need(p + 8, agentSize)) return;
            uint agentId = f.U32(after);
            if (f.Truncated) return;
            o.Write("sFlowv5, "u8); o.Write(v4 ? "IPv4"u8 : "IPv6"u8); o.Write(" agent "u8); Agent(ref f, p + 8, v4);
            o.Write(", agent-id "u8); o.Dec(agentId); o.Write(", length "u8); o.Dec((uint)len);
            return;
        }

        uint nsamples = f.U32(after + 12);
        if (!f.Need(p + 8, agentSize)) return;
        uint id = f.U32(after), seq = f.U32(after + 4), uptime = f.U32(after + 8);
        if (f.Truncated) return;
        o.Write("sFlowv5, "u8); o.Write(v4 ? "IPv4"u8 : "IPv6"u8); o.Write(" agent "u8); Agent(ref f, p + 8, v4);
        o.Write(", agent-id "u8); o.Dec(id); o.Write(", seqnum "u8); o.Dec(seq); o.Write(", uptime "u8); o.Dec(uptime);
        o.Write(", samples "u8); o.Dec(nsamples); o.Write(", length "u8); o.Dec((uint)len);

        uint tlen = (uint)len;
        int tptr = p;
        uint headerLength = v4 ? V4HeaderLength : (uint)V6HeaderLength;
        if (tlen < headerLength)
        {
            o.Write(" [tlen "u8); o.Dec(tlen); o.Write(" < "u8); o.Dec(headerLength); o.Char(']');
            Invalid(ref f, tptr, tlen);
            return;
        }
        tptr += (int)headerLength;
        tlen -= headerLength;

        while (nsamples > 0 && tlen > 0)
        {
            uint type = f.U32(tptr) & 0x0fff;
            uint sampleLength = f.U32(tptr + 4);
            if (f.Truncated) return;
            if (tlen < SampleHeaderLength) { Invalid(ref f, tptr, tlen); return; }
            tptr += SampleHeaderLength;
            tlen -= SampleHeaderLength;

            o.Write("\n\t"u8); SampleFormats.Print(o, type, "Unknown"); o.Write(" ("u8); o.Dec(type);
            o.Write("), length "u8); o.Dec(sampleLength); o.Char(',');
            if (type == 0 || sampleLength == 0) return;
            if (tlen < sampleLength) { Invalid(ref f, tptr, tlen); return; }
            if (!f.Need(tptr, (int)sampleLength)) return;

            bool bad = type switch
            {
                FlowSample => FlowSamplePrint(ref f, tptr, tlen, expanded: false),
                CounterSample => CounterSamplePrint(ref f, tptr, tlen, expanded: false),
                ExpandedFlowSample => FlowSamplePrint(ref f, tptr, tlen, expanded: true),
                ExpandedCounterSample => CounterSamplePrint(ref f, tptr, tlen, expanded: true),
                _ => Unknown(ref f, tptr, "\n\t    "u8, sampleLength),
            };
            if (f.Truncated) return;
            if (bad) { Invalid(ref f, tptr, tlen); return; }
            tptr += (int)sampleLength;
            tlen -= sampleLength;
            nsamples--;
        }
    }

    private static void Agent(ref Frame f, int at, bool v4)
    {
        if (v4) f.Ctx.Names.IPv4(f.Out, f.Data.Slice(at, 4));
        else f.Ctx.Names.IPv6(f.Out, f.Data.Slice(at, 16));
    }

    /// <summary>" (invalid)", and the packet ends truncated when the tlen bytes at tptr were not all captured.</summary>
    private static void Invalid(ref Frame f, int tptr, uint tlen) => f.Invalid(tptr, tlen);

    /// <summary>The hex of an undecoded sample or record, at -v only; never "bad".</summary>
    private static bool Unknown(ref Frame f, int p, ReadOnlySpan<byte> indent, uint len)
    {
        if (f.Opt.Verbose <= 1) HexDump.UnknownData(ref f, p, indent, (int)Math.Min(len, int.MaxValue));
        return false;
    }

    /// <summary>A flow sample (compact or expanded) and its records; true when lengths do not add up.</summary>
    private static bool FlowSamplePrint(ref Frame f, int p, uint len, bool expanded)
    {
        var o = f.Out;
        uint size = expanded ? 44u : 32u;
        if (len < size) return true;
        if (expanded)
        {
            uint records = f.U32(p + 40);
            uint seq = f.U32(p), type = f.U32(p + 4), index = f.U32(p + 8), rate = f.U32(p + 12), pool = f.U32(p + 16), drops = f.U32(p + 20);
            if (f.Truncated) return false;
            o.Write(" seqnum "u8); o.Dec(seq); o.Write(", type "u8); o.Dec(type); o.Write(", idx "u8); o.Dec(index);
            o.Write(", rate "u8); o.Dec(rate); o.Write(", pool "u8); o.Dec(pool); o.Write(", drops "u8); o.Dec(drops);
            o.Write(", records "u8); o.Dec(records);
            return FlowRecords(ref f, p + 44, len - 44, records);
        }
        else
        {
            uint records = f.U32(p + 28);
            uint seq = f.U32(p), type = f.U8(p + 4), index = f.U24(p + 5), rate = f.U32(p + 8), pool = f.U32(p + 12), drops = f.U32(p + 16);
            uint input = f.U32(p + 20), output = f.U32(p + 24);
            if (f.Truncated) return false;
            o.Write(" seqnum "u8); o.Dec(seq); o.Write(", type "u8); o.Dec(type); o.Write(", idx "u8); o.Dec(index);
            o.Write(", rate "u8); o.Dec(rate); o.Write(", pool "u8); o.Dec(pool); o.Write(", drops "u8); o.Dec(drops);
            o.Write(", input "u8); o.Dec(input); o.Write(" output "u8); o.Dec(output);
            o.Write(" records "u8); o.Dec(records);
            return FlowRecords(ref f, p + 32, len - 32, records);
        }
    }

    private static bool FlowRecords(ref Frame f, int tptr, uint tlen, uint records)
    {
        var o = f.Out;
        for (; records > 0; records--)
        {
            if (tlen < RecordHeaderLength) return true;
            uint format = f.U32(tptr);
            uint flowLength = f.U32(tptr + 4);
            if (f.Truncated) return false;
            // The flow record's enterprise is taken from bit 12 up (the counter record's from bit 20): as tcpdump does.
            uint type = format & 0x0fff, enterprise = format >> 12;
            o.Write("\n\t    enterprise "u8); o.Dec(enterprise); o.Char(' ');
            if (enterprise == 0) FlowTypes.Print(o, type, "Unknown"); else o.Write("Unknown"u8);
            o.Write(" ("u8); o.Dec(type); o.Write(") length "u8); o.Dec(flowLength);
            tptr += RecordHeaderLength;
            tlen -= RecordHeaderLength;
            if (tlen < flowLength) return true;
            if (enterprise == 0)
            {
                bool bad = false;
                switch (type)
                {
                    case 1: // raw packet header: protocol, frame length, stripped bytes, header size
                    {
                        if (tlen < 16) return true;
                        uint protocol = f.U32(tptr), length = f.U32(tptr + 4), stripped = f.U32(tptr + 8), header = f.U32(tptr + 12);
                        if (f.Truncated) return false;
                        o.Write("\n\t      protocol "u8); RawProtocols.Print(o, protocol, "Unknown"); o.Write(" ("u8); o.Dec(protocol);
                        o.Write("), length "u8); o.Dec(length); o.Write(", stripped bytes "u8); o.Dec(stripped);
                        o.Write(", header_size "u8); o.Dec(header);
                        break;
                    }
                    case 2: // Ethernet frame: length, source and destination MAC (8 bytes each), type
                    {
                        if (tlen < 24) return true;
                        uint length = f.U32(tptr), etherType = f.U32(tptr + 20);
                        if (f.Truncated) return false;
                        o.Write("\n\t      frame len "u8); o.Dec(length); o.Write(", type "u8); o.Dec(etherType);
                        break;
                    }
                    case 1001: // extended switch data: VLANs and priorities in and out
                    {
                        if (tlen < 16) return true;
                        uint srcVlan = f.U32(tptr), srcPri = f.U32(tptr + 4), dstVlan = f.U32(tptr + 8), dstPri = f.U32(tptr + 12);
                        if (f.Truncated) return false;
                        o.Write("\n\t      src vlan "u8); o.Dec(srcVlan); o.Write(", src pri "u8); o.Dec(srcPri);
                        o.Write(", dst vlan "u8); o.Dec(dstVlan); o.Write(", dst pri "u8); o.Dec(dstPri);
                        break;
                    }
                    case 3: case 4: case 1002: case 1003: case 1004: case 1005: case 1006: case 1007: case 1008:
                    case 1009: case 1010: case 1011: case 1012:
                        break; // known, not decoded
                    default:
                        bad = Unknown(ref f, tptr, "\n\t\t"u8, flowLength);
                        break;
                }
                if (bad) return true;
                if (f.Truncated) return false;
            }
            tptr += (int)flowLength;
            tlen -= flowLength;
        }
        return false;
    }

    /// <summary>A counter sample (compact or expanded) and its records; true when lengths do not add up.</summary>
    private static bool CounterSamplePrint(ref Frame f, int p, uint len, bool expanded)
    {
        var o = f.Out;
        uint size = expanded ? 16u : 12u;
        if (len < size) return true;
        uint records = f.U32(p + (int)size - 4);
        uint seq = f.U32(p);
        uint type = expanded ? f.U32(p + 4) : f.U8(p + 4);
        uint index = expanded ? f.U32(p + 8) : f.U24(p + 5);
        if (f.Truncated) return false;
        o.Write(" seqnum "u8); o.Dec(seq); o.Write(", type "u8); o.Dec(type); o.Write(", idx "u8); o.Dec(index);
        o.Write(", records "u8); o.Dec(records);
        return CounterRecords(ref f, p + (int)size, len - size, records);
    }

    private static bool CounterRecords(ref Frame f, int tptr, uint tlen, uint records)
    {
        var o = f.Out;
        for (; records > 0; records--)
        {
            if (tlen < RecordHeaderLength) return true;
            uint format = f.U32(tptr);
            uint counterLength = f.U32(tptr + 4);
            if (f.Truncated) return false;
            uint type = format & 0x0fff, enterprise = format >> 20;
            o.Write("\n\t    enterprise "u8); o.Dec(enterprise); o.Write(", "u8);
            if (enterprise == 0) CounterTypes.Print(o, type, "Unknown"); else o.Write("Unknown"u8);
            o.Write(" ("u8); o.Dec(type); o.Write(") length "u8); o.Dec(counterLength);
            tptr += RecordHeaderLength;
            tlen -= RecordHeaderLength;
            if (tlen < counterLength) return true;
            if (enterprise == 0)
            {
                // Each decoder checks against what is left of the whole sample, not the record.
                bool bad = type switch
                {
                    1 => Generic(ref f, tptr, tlen),
                    2 => EthernetCounters(ref f, tptr, tlen),
                    3 => false, // token ring: nothing printed
                    4 => BaseVg(ref f, tptr, tlen),
                    5 => Vlan(ref f, tptr, tlen),
                    1001 => Processor(ref f, tptr, tlen),
                    _ => Unknown(ref f, tptr, "\n\t\t"u8, counterLength),
                };
                if (bad) return true;
                if (f.Truncated) return false;
            }
            tptr += (int)counterLength;
            tlen -= counterLength;
        }
        return false;
    }

    private static bool Generic(ref Frame f, int p, uint len)
    {
        var o = f.Out;
        if (len < 88) return true;
        uint ifIndex = f.U32(p), ifType = f.U32(p + 4); ulong speed = f.U64(p + 8); uint direction = f.U32(p + 16);
        if (f.Truncated) return false;
        o.Write("\n\t      ifindex "u8); o.Dec(ifIndex); o.Write(", iftype "u8); o.Dec(ifType);
        o.Write(", ifspeed "u8); o.Dec(speed); o.Write(", ifdirection "u8); o.Dec(direction);
        o.Write(" ("u8); Directions.Print(o, direction, "Unknown"); o.Char(')');

        uint status = f.U32(p + 20);
        if (f.Truncated) return false;
        o.Write("\n\t      ifstatus "u8); o.Dec(status);
        o.Write(", adminstatus: "u8); o.Write((status & 1) != 0 ? "up"u8 : "down"u8);
        o.Write(", operstatus: "u8); o.Write(((status >> 1) & 1) != 0 ? "up"u8 : "down"u8);

        Traffic(ref f, "\n\t      In octets "u8, p + 24);
        uint inErrors = f.U32(p + 48), unknownProtos = f.U32(p + 52);
        if (f.Truncated) return false;
        o.Write("\n\t      In errors "u8); o.Dec(inErrors); o.Write(", unknown protos "u8); o.Dec(unknownProtos);

        Traffic(ref f, "\n\t      Out octets "u8, p + 56);
        uint outErrors = f.U32(p + 80), promiscuous = f.U32(p + 84);
        if (f.Truncated) return false;
        o.Write("\n\t      Out errors "u8); o.Dec(outErrors); o.Write(", promisc mode "u8); o.Dec(promiscuous);
        return false;
    }

    /// <summary>Octets (64 bits), then unicast, multicast, broadcast packets and discards.</summary>
    private static void Traffic(ref Frame f, ReadOnlySpan<byte> label, int p)
    {
        var o = f.Out;
        ulong octets = f.U64(p);
        uint unicast = f.U32(p + 8), multicast = f.U32(p + 12), broadcast = f.U32(p + 16), discards = f.U32(p + 20);
        if (f.Truncated) return;
        o.Write(label); o.Dec(octets); o.Write(", unicast pkts "u8); o.Dec(unicast);
        o.Write(", multicast pkts "u8); o.Dec(multicast); o.Write(", broadcast pkts "u8); o.Dec(broadcast);
        o.Write(", discards "u8); o.Dec(discards);
    }

    private static bool EthernetCounters(ref Frame f, int p, uint len)
    {
        var o = f.Out;
        if (len < 52) return true;
        uint a = f.U32(p), b = f.U32(p + 4), c = f.U32(p + 8), d = f.U32(p + 12), e = f.U32(p + 16);
        if (f.Truncated) return false;
        o.Write("\n\t      align errors "u8); o.Dec(a); o.Write(", fcs errors "u8); o.Dec(b);
        o.Write(", single collision "u8); o.Dec(c); o.Write(", multiple collision "u8); o.Dec(d);
        o.Write(", test error "u8); o.Dec(e);
        a = f.U32(p + 20); b = f.U32(p + 24); c = f.U32(p + 28); d = f.U32(p + 32);
        if (f.Truncated) return false;
        o.Write("\n\t      deferred "u8); o.Dec(a); o.Write(", late collision "u8); o.Dec(b);
        o.Write(", excessive collision "u8); o.Dec(c); o.Write(", mac trans error "u8); o.Dec(d);
        a = f.U32(p + 36); b = f.U32(p + 40); c = f.U32(p + 44); d = f.U32(p + 48);
        if (f.Truncated) return false;
        o.Write("\n\t      carrier error "u8); o.Dec(a); o.Write(", frames too long "u8); o.Dec(b);
        o.Write(", mac receive errors "u8); o.Dec(c); o.Write(", symbol errors "u8); o.Dec(d);
        return false;
    }

    private static bool BaseVg(ref Frame f, int p, uint len)
    {
        var o = f.Out;
        if (len < 80) return true;
        uint frames = f.U32(p); ulong octets = f.U64(p + 4);
        if (f.Truncated) return false;
        o.Write("\n\t      in high prio frames "u8); o.Dec(frames); o.Write(", in high prio octets "u8); o.Dec(octets);
        frames = f.U32(p + 12); octets = f.U64(p + 16);
        if (f.Truncated) return false;
        o.Write("\n\t      in norm prio frames "u8); o.Dec(frames); o.Write(", in norm prio octets "u8); o.Dec(octets);
        uint a = f.U32(p + 24), b = f.U32(p + 28), c = f.U32(p + 32), d = f.U32(p + 36);
        if (f.Truncated) return false;
        o.Write("\n\t      in ipm errors "u8); o.Dec(a); o.Write(", oversized "u8); o.Dec(b);
        o.Write(", in data errors "u8); o.Dec(c); o.Write(", null addressed frames "u8); o.Dec(d);
        frames = f.U32(p + 40); octets = f.U64(p + 44); a = f.U32(p + 52);
        if (f.Truncated) return false;
        o.Write("\n\t      out high prio frames "u8); o.Dec(frames); o.Write(", out high prio octets "u8); o.Dec(octets);
        o.Write(", trans into frames "u8); o.Dec(a);
        ulong x = f.U64(p + 56), y = f.U64(p + 64), z = f.U64(p + 72);
        if (f.Truncated) return false;
        o.Write("\n\t      in hc high prio octets "u8); o.Dec(x); o.Write(", in hc norm prio octets "u8); o.Dec(y);
        o.Write(", out hc high prio octets "u8); o.Dec(z);
        return false;
    }

    private static bool Vlan(ref Frame f, int p, uint len)
    {
        var o = f.Out;
        if (len < 28) return true;
        uint id = f.U32(p); ulong octets = f.U64(p + 4);
        uint unicast = f.U32(p + 12), multicast = f.U32(p + 16), broadcast = f.U32(p + 20), discards = f.U32(p + 24);
        if (f.Truncated) return false;
        o.Write("\n\t      vlan_id "u8); o.Dec(id); o.Write(", octets "u8); o.Dec(octets);
        o.Write(", unicast_pkt "u8); o.Dec(unicast); o.Write(", multicast_pkt "u8); o.Dec(multicast);
        o.Write(", broadcast_pkt "u8); o.Dec(broadcast); o.Write(", discards "u8); o.Dec(discards);
        return false;
    }

    private static bool Processor(ref Frame f, int p, uint len)
    {
        var o = f.Out;
        if (len < 28) return true;
        uint fiveSec = f.U32(p), oneMin = f.U32(p + 4), fiveMin = f.U32(p + 8);
        ulong total = f.U64(p + 12), free = f.U64(p + 20);
        if (f.Truncated) return false;
        // tcpdump labels the free memory "total_mem" too.
        o.Write("\n\t      5sec "u8); o.Dec(fiveSec); o.Write(", 1min "u8); o.Dec(oneMin); o.Write(", 5min "u8); o.Dec(fiveMin);
        o.Write(", total_mem "u8); o.Dec(total); o.Write(", total_mem "u8); o.Dec(free);
        return false;
    }
}
