namespace Wirecap.Print;

/// <summary>
/// IEEE 802.1D/w/s/aq spanning tree BPDUs (print-stp.c): LLC SAP 0x42, Cisco PVST over SNAP,
/// and RFC 2684 bridged BPDUs.
/// <code>
///  0      2     3     4     5          13          17          25        27
/// +------+-----+-----+-----+----------+-----------+-----------+---------+
/// | 0000 | ver | type| flgs| root id  | root cost | bridge id | port id |
/// +------+-----+-----+-----+----------+-----------+-----------+---------+
///   27 msg age, 29 max age, 31 hello, 33 fwd delay (1/256 s), 35 v1 length;
///   MSTP: 36 v3 length, 38 MCID (format, name[32], revision, digest[16]),
///   89 CIST internal cost, 93 CIST bridge id, 101 hops, 102 MSTIs (16 bytes each);
///   SPB: v4 length and the aux MCID after the v3 part.
/// </code>
/// </summary>
public static class Stp
{
    private const int ProtoRegular = 0x00, ProtoRapid = 0x02, ProtoMstp = 0x03, ProtoSpb = 0x04;
    private const int TypeConfig = 0x00, TypeRstp = 0x02, TypeTopoChange = 0x80;

    private const int BpduLength = 36;          // the struct up to v1 length
    private const int MstpMinLength = 102;
    private const int MstiLength = 16, ConfigInfoLength = 64;
    private const int V3LenOff = 36, ConfigNameOff = 39, ConfigDigestOff = 73, CistIntPathCostOff = 89,
        CistBridgeIdOff = 93, CistRemainHopsOff = 101, MstiOff = 102;
    private const int SpbMinLength = 87;

    private static readonly Tok Protocols = new(
        (ProtoRegular, "802.1d"), (ProtoRapid, "802.1w"), (ProtoMstp, "802.1s"), (ProtoSpb, "802.1aq"));

    private static readonly Tok Flags = new(
        (0x01, "Topology change"), (0x02, "Proposal"), (0x10, "Learn"), (0x20, "Forward"), (0x40, "Agreement"),
        (0x80, "Topology change ACK"));

    private static readonly Tok BpduTypes = new(
        (TypeConfig, "Config"), (TypeRstp, "Rapid STP"), (TypeTopoChange, "Topology Change"));

    private static readonly Tok PortRoles = new((0, "Unknown"), (1, "Alternate"), (2, "Root"), (3, "Designated"));

    private static int PortRole(int flags) => (flags & 0x0c) >> 2;

    /// <summary>stp_print: p is the BPDU, length its length on the wire.</summary>
    public static void Print(ref Frame f, int p, int length)
    {
        f.Proto = "stp";
        var o = f.Out;
        if (length < 4) { Invalid(o); return; }

        int protocolId = f.U16(p);
        if (f.Truncated) return;
        if (protocolId != 0)
        {
            o.Write("unknown STP version, length "u8); o.Dec(length);
            return;
        }

        int version = f.U8(p + 2);
        if (f.Truncated) return;
        o.Write("STP "u8); Protocols.Print(o, (uint)version, "Unknown STP protocol (0x%02x)");
        if (version is not (ProtoRegular or ProtoRapid or ProtoMstp or ProtoSpb)) return;

        int type = f.U8(p + 3);
        if (f.Truncated) return;
        o.Write(", "u8); BpduTypes.Print(o, (uint)type, "Unknown BPDU Type (0x%02x)");

        switch (type)
        {
            case TypeConfig:
                if (length < BpduLength - 1) { Invalid(o); return; }
                ConfigBpdu(ref f, p, length);
                break;
            case TypeRstp:
                if (version == ProtoRapid)
                {
                    if (length < BpduLength) { Invalid(o); return; }
                    ConfigBpdu(ref f, p, length);
                }
                else if (version is ProtoMstp or ProtoSpb)
                {
                    if (length < MstpMinLength) { Invalid(o); return; }
                    int v1Length = f.U8(p + 35);
                    if (f.Truncated) return;
                    if (v1Length != 0) { Invalid(o); return; }
                    // the v3 length counts what follows its own 2 bytes
                    long mstpLen = f.U16(p + V3LenOff) + 2L;
                    if (f.Truncated) return;
                    if ((uint)length < BpduLength + mstpLen) { Invalid(o); return; }
                    MstpBpdu(ref f, p, length);
                    if (version == ProtoSpb && !f.Truncated)
                    {
                        long spbLen = f.U16(p + V3LenOff + (int)mstpLen) + 2L;
                        if (f.Truncated) return;
                        if ((uint)length < BpduLength + mstpLen + spbLen || spbLen < SpbMinLength) { Invalid(o); return; }
                        SpbBpdu(ref f, p, BpduLength + (int)mstpLen);
                    }
                }
                break;
            // a topology change BPDU has nothing more
        }
    }

    private static void Invalid(TextOut o) => o.Write(" (invalid)"u8);

    /// <summary>A bridge ID: priority (2 bytes, hex) and MAC, "8000.00:11:22:33:44:55". Callers check the 8 bytes with the rest of their statement (a GET_ failure prints none of it).</summary>
    private static void BridgeId(ref Frame f, int p)
    {
        var id = f.Bytes(p, 8);
        if (f.Truncated) return;
        var o = f.Out;
        o.Hex2(id[0]); o.Hex2(id[1]); o.Char('.');
        o.Mac(id[2..]);
    }

    /// <summary>A timer in 1/256 s printed as %.2f: hundredths rounded half to even, as printf does for these exact values.</summary>
    private static void Seconds(TextOut o, int ticks)
    {
        long scaled = ticks * 25L;          // ticks * 100 / 256 = ticks * 25 / 64
        long q = scaled / 64, r = scaled % 64;
        if (r > 32 || (r == 32 && (q & 1) == 1)) q++;
        o.Dec(q / 100); o.Char('.'); o.Dec((ulong)(q % 100), 2);
    }

    private static void Timers(ref Frame f, int p)
    {
        var o = f.Out;
        if (!f.Need(p + 27, 8)) return;
        int age = f.U16(p + 27), maxAge = f.U16(p + 29), hello = f.U16(p + 31), delay = f.U16(p + 33);
        o.Write("\n\tmessage-age "u8); Seconds(o, age);
        o.Write("s, max-age "u8); Seconds(o, maxAge);
        o.Write("s, hello-time "u8); Seconds(o, hello);
        o.Write("s, forwarding-delay "u8); Seconds(o, delay); o.Char('s');
    }

    private static void ConfigBpdu(ref Frame f, int p, int length)
    {
        var o = f.Out;
        int flags = f.U8(p + 4);
        if (f.Truncated) return;
        o.Write(", Flags ["u8); Flags.Bits(o, (uint)flags, "none"); o.Char(']');

        if (!f.Need(p + 17, 10)) return;
        int portId = f.U16(p + 25);
        o.Write(", bridge-id "u8); BridgeId(ref f, p + 17);
        o.Char('.'); o.Hex((uint)portId, 4);
        o.Write(", length "u8); o.Dec(length);

        // without -v only the bridge ID
        if (f.Opt.Verbose == 0) return;

        Timers(ref f, p);

        if (!f.Need(p + 5, 12)) return;
        uint cost = f.U32(p + 13);
        o.Write("\n\troot-id "u8); BridgeId(ref f, p + 5);
        o.Write(", root-pathcost "u8); o.Dec(cost);

        // the port role is only valid in 802.1w
        int version = f.U8(p + 2);
        if (version == ProtoRapid)
        {
            o.Write(", port-role "u8); PortRoles.Print(o, (uint)PortRole(flags), "Unknown");
        }
    }

    private static void MstpBpdu(ref Frame f, int p, int length)
    {
        var o = f.Out;
        int flags = f.U8(p + 4);
        if (f.Truncated) return;
        o.Write(", CIST Flags ["u8); Flags.Bits(o, (uint)flags, "none");
        o.Write("], length "u8); o.Dec(length);

        // without -v only the flags
        if (f.Opt.Verbose == 0) return;

        o.Write("\n\tport-role "u8); PortRoles.Print(o, (uint)PortRole(flags), "Unknown"); o.Write(", "u8);

        if (!f.Need(p + 5, 12)) return;
        uint extCost = f.U32(p + 13);
        o.Write("CIST root-id "u8); BridgeId(ref f, p + 5);
        o.Write(", CIST ext-pathcost "u8); o.Dec(extCost);

        if (!f.Need(p + 17, 8)) return;
        o.Write("\n\tCIST regional-root-id "u8); BridgeId(ref f, p + 17); o.Write(", "u8);

        int portId = f.U16(p + 25);
        if (f.Truncated) return;
        o.Write("CIST port-id "u8); o.Hex((uint)portId, 4); o.Char(',');

        Timers(ref f, p);

        int v3len = f.U16(p + V3LenOff);
        if (f.Truncated) return;
        o.Write("\n\tv3len "u8); o.Dec(v3len); o.Write(", "u8);
        o.Write("MCID Name "u8);
        TextProto.PrintJnp(ref f, p + ConfigNameOff, 32);

        if (!f.Need(p + ConfigNameOff + 32, 2 + 16)) return;
        int rev = f.U16(p + ConfigNameOff + 32);
        o.Write(", rev "u8); o.Dec(rev); o.Write(",\n\t\tdigest "u8);
        for (int i = 0; i < 16; i += 4) o.Hex(f.U32(p + ConfigDigestOff + i), 8);
        o.Write(", "u8);

        uint intCost = f.U32(p + CistIntPathCostOff);
        if (f.Truncated) return;
        o.Write("CIST int-root-pathcost "u8); o.Dec(intCost); o.Char(',');

        if (!f.Need(p + CistBridgeIdOff, 8)) return;
        o.Write("\n\tCIST bridge-id "u8); BridgeId(ref f, p + CistBridgeIdOff); o.Write(", "u8);

        int hops = f.U8(p + CistRemainHopsOff);
        if (f.Truncated) return;
        o.Write("CIST remaining-hops "u8); o.Dec(hops);

        // the MSTIs follow the 64 bytes of MST configuration counted in v3len
        if (v3len > ConfigInfoLength)
        {
            int len = v3len - ConfigInfoLength;
            int off = p + MstiOff;
            while (len >= MstiLength && !f.Truncated)
            {
                if (!f.Need(off, 3)) return;
                int msti = f.U16(off + 1) & 0x0fff;
                int mflags = f.U8(off);
                o.Write("\n\tMSTI "u8); o.Dec(msti);
                o.Write(", Flags ["u8); Flags.Bits(o, (uint)mflags, "none");
                o.Write("], port-role "u8); PortRoles.Print(o, (uint)PortRole(mflags), "Unknown");

                if (!f.Need(off + 1, 12)) return;
                uint cost = f.U32(off + 9);
                o.Write("\n\t\tMSTI regional-root-id "u8); BridgeId(ref f, off + 1);
                o.Write(", pathcost "u8); o.Dec(cost);

                if (!f.Need(off + 13, 3)) return;
                int bridgePrio = f.U8(off + 13) >> 4, portPrio = f.U8(off + 14) >> 4, mhops = f.U8(off + 15);
                o.Write("\n\t\tMSTI bridge-prio "u8); o.Dec(bridgePrio);
                o.Write(", port-prio "u8); o.Dec(portPrio);
                o.Write(", hops "u8); o.Dec(mhops);

                len -= MstiLength;
                off += MstiLength;
            }
        }
    }

    /// <summary>The 802.1aq part: off is where the v4 length sits, from the start of the BPDU.</summary>
    private static void SpbBpdu(ref Frame f, int p, int off)
    {
        if (f.Opt.Verbose == 0) return;
        var o = f.Out;
        int q = p + off;

        int v4len = f.U16(q);
        if (f.Truncated) return;
        o.Write("\n\tv4len "u8); o.Dec(v4len); o.Write(", "u8);
        o.Write("AUXMCID Name "u8);
        TextProto.PrintJnp(ref f, q + 3, 32);

        if (!f.Need(q + 35, 2 + 16)) return;
        int rev = f.U16(q + 35);
        o.Write(", Rev "u8); o.Dec(rev); o.Write(",\n\t\tdigest "u8);
        for (int i = 0; i < 16; i += 4) o.Hex(f.U32(q + 37 + i), 8);

        if (!f.Need(q + 53, 34)) return;
        int agreement = f.U8(q + 53), format = f.U8(q + 55), convention = f.U8(q + 56);
        int edges = f.U16(q + 57);
        o.Write("\n\tAgreement num "u8); o.Dec(agreement >> 6);
        o.Write(", Discarded Agreement num "u8); o.Dec((agreement >> 4) & 0x3);
        o.Write(", Agreement valid-flag "u8); o.Dec((agreement >> 3) & 0x1);
        o.Write(",\n\tRestricted role-flag: "u8); o.Dec((agreement >> 2) & 0x1);
        o.Write(", Format id "u8); o.Dec(format >> 4); o.Write(" cap "u8); o.Dec(format);
        o.Write(", Convention id "u8); o.Dec(convention >> 4); o.Write(" cap "u8); o.Dec(convention);
        o.Write(",\n\tEdge count "u8); o.Dec(edges);
        o.Write(", Agreement digest "u8);
        for (int i = 0; i < 20; i += 4) o.Hex(f.U32(q + 67 + i), 8);
    }
}
