namespace Wirecap.Print;

/// <summary>
/// Cisco VLAN Trunking Protocol (print-vtp.c), SNAP OUI 00-00-0c PID 0x2003.
/// <code>
/// +---------+------+-----------------------------+-----------+-----------------------------+
/// | version | code | followers / seq / reserved  | MgmtD len | domain name (32, 0-padded)  |
/// +---------+------+-----------------------------+-----------+-----------------------------+
/// then by code: summary (revision, updater, timestamp[12], MD5[16]), subset (revision, VLAN
/// infos), request (start value).
/// VLAN info: length, status, type, name length, VLAN id (2), MTU (2), SAID (4), name (padded
/// to 4), then TLVs of a 1-byte type and a length in 16-bit words.
/// </code>
/// print-vtp.c defines ND_LONGJMP_FROM_TCHECK: a missing byte ends the packet with " [|vtp]".
/// </summary>
public static class Vtp
{
    private const int HeaderLength = 36, DomainNameLength = 32, VlanInfoFixedLength = 12;
    private const int SummaryAdv = 0x01, SubsetAdv = 0x02, AdvRequest = 0x03;

    private static readonly Tok MessageTypes = new(
        (SummaryAdv, "Summary advertisement"), (SubsetAdv, "Subset advertisement"), (AdvRequest, "Advertisement request"),
        (0x04, "Join message"));

    // what the third header byte means for each message type
    private static readonly Tok HeaderFields = new((0x01, "Followers"), (0x02, "Seq number"), (0x03, "Rsvd"), (0x04, "Rsvd"));

    private static readonly Tok VlanTypes = new((0x01, "Ethernet"), (0x02, "FDDI"), (0x03, "TrCRF"), (0x04, "FDDI-net"), (0x05, "TrBRF"));

    private static readonly Tok VlanStatus = new((0x00, "Operational"), (0x01, "Suspended"));

    private const int SteHopCount = 0x09, Pruning = 0x06, StpType = 0x03, BridgeType = 0x07, BackupCrfMode = 0x0a;

    private static readonly Tok VlanTlvs = new(
        (0x01, "Source-Routing Ring Number TLV"), (0x02, "Source-Routing Bridge Number TLV"), (StpType, "STP type TLV"),
        (0x04, "Parent VLAN TLV"), (0x05, "Translationally bridged VLANs TLV"), (Pruning, "Pruning TLV"),
        (BridgeType, "Bridge Type TLV"), (0x08, "Max ARP Hop Count TLV"), (SteHopCount, "Max STE Hop Count TLV"),
        (BackupCrfMode, "Backup CRF Mode TLV"));

    private static readonly Tok StpTypes = new((1, "SRT"), (2, "SRB"), (3, "Auto"));

    /// <summary>vtp_print: p is the VTP header, length what follows the SNAP header on the wire.</summary>
    public static void Print(ref Frame f, int p, int length)
    {
        f.Proto = "vtp";
        var o = f.Out;
        if (length < HeaderLength) { Invalid(ref f, p, length); return; }
        if (!f.Need(p, HeaderLength)) return;

        int version = f.U8(p), type = f.U8(p + 1);
        o.Write("VTPv"u8); o.Dec(version);
        o.Write(", Message "u8); MessageTypes.Print(o, (uint)type, "Unknown message type");
        o.Write(" (0x"u8); o.Hex2((byte)type); o.Write("), length "u8); o.Dec(length);

        // without -v only the version and message type
        if (f.Opt.Verbose < 1)
        {
            f.Need(p, length);
            return;
        }

        o.Write("\n\tDomain name: "u8);
        int domainLen = f.U8(p + 3);
        if (domainLen < 1 || domainLen > DomainNameLength)
        {
            o.Write(" [invalid MgmtD Len "u8); o.Dec(domainLen); o.Char(']');
            Invalid(ref f, p, length);
            return;
        }
        TextProto.PrintJnp(ref f, p + 4, domainLen);
        int field = f.U8(p + 2);
        o.Write(", "u8); HeaderFields.Print(o, (uint)type, "Unknown"); o.Write(": "u8); o.Dec(field);

        int t = p + HeaderLength;
        switch (type)
        {
            case SummaryAdv:
            {
                if (!f.Need(t, 8)) return;
                uint rev = f.U32(t);
                o.Write("\n\t  Config Rev "u8); o.Hex(rev);
                o.Write(", Updater "u8); f.Ctx.Names.IPv4(o, f.Bytes(t + 4, 4));
                t += 8;
                if (!f.Need(t, 12)) return;
                o.Write(", Timestamp 0x"u8); o.Hex(f.U32(t), 8);
                o.Write(" 0x"u8); o.Hex(f.U32(t + 4), 8);
                o.Write(" 0x"u8); o.Hex(f.U32(t + 8), 8);
                t += 12;
                if (!f.Need(t, 16)) return;
                o.Write(", MD5 digest: "u8);
                for (int i = 0; i < 16; i += 4) o.Hex(f.U32(t + i), 8);
                break;
            }
            case SubsetAdv:
            {
                uint rev = f.U32(t);
                if (f.Truncated) return;
                o.Write(", Config Rev "u8); o.Hex(rev);
                t += 4;
                while ((uint)(t - p) < (uint)length && !f.Truncated)
                {
                    int len = f.U8(t);
                    if (f.Truncated) return;
                    if (len == 0) break;
                    if (!f.Need(t, len)) return;
                    if (len < VlanInfoFixedLength) { Invalid(ref f, p, length); return; }

                    int status = f.U8(t + 1), vtype = f.U8(t + 2), nameLen = f.U8(t + 3);
                    int vlanId = f.U16(t + 4), mtu = f.U16(t + 6);
                    uint said = f.U32(t + 8);
                    o.Write("\n\tVLAN info status "u8); VlanStatus.Print(o, (uint)status, "Unknown");
                    o.Write(", type "u8); VlanTypes.Print(o, (uint)vtype, "Unknown");
                    o.Write(", VLAN-id "u8); o.Dec(vlanId);
                    o.Write(", MTU "u8); o.Dec(mtu);
                    o.Write(", SAID 0x"u8); o.Hex(said, 8);
                    o.Write(", Name "u8);
                    len -= VlanInfoFixedLength;
                    t += VlanInfoFixedLength;
                    // names are padded to a multiple of 4 bytes
                    int padded = 4 * ((nameLen + 3) / 4);
                    if (len < padded) { Invalid(ref f, p, length); return; }
                    TextProto.PrintJnp(ref f, t, nameLen);
                    len -= padded;
                    t += padded;

                    // TLVs of 1-byte type and 1-byte length in 16-bit words (not 2 and 2 as Cisco documents)
                    while (len > 0 && !f.Truncated)
                    {
                        if (len < 2) { Invalid(ref f, p, length); return; }
                        int tlvType = f.U8(t), tlvLen = f.U8(t + 1);
                        if (f.Truncated) return;
                        o.Write("\n\t\t"u8); VlanTlvs.Print(o, (uint)tlvType, "Unknown");
                        o.Write(" (0x"u8); o.Hex((uint)tlvType, 4); o.Write(") TLV"u8);
                        if (len < tlvLen * 2 + 2)
                        {
                            o.Write(" (TLV goes past the end of the packet)"u8);
                            Invalid(ref f, p, length);
                            return;
                        }
                        if (!f.Need(t, tlvLen * 2 + 2)) return;
                        // the value is taken as one 16-bit integer
                        if (tlvLen != 1)
                        {
                            o.Write(" (invalid TLV length "u8); o.Dec(tlvLen); o.Write(" != 1)"u8);
                            Invalid(ref f, p, length);
                            return;
                        }
                        int value = f.U16(t + 2);
                        switch (tlvType)
                        {
                            case SteHopCount:
                                o.Write(", "u8); o.Dec(value);
                                break;
                            case Pruning:
                                o.Write(", "u8); o.Write(value == 1 ? "Enabled"u8 : "Disabled"u8);
                                o.Write(" ("u8); o.Dec(value); o.Char(')');
                                break;
                            case StpType:
                                o.Write(", "u8); StpTypes.Print(o, (uint)value, "Unknown");
                                o.Write(" ("u8); o.Dec(value); o.Char(')');
                                break;
                            case BridgeType:
                                o.Write(", "u8); o.Write(value == 1 ? "SRB"u8 : "SRT"u8);
                                o.Write(" ("u8); o.Dec(value); o.Char(')');
                                break;
                            case BackupCrfMode:
                                o.Write(", "u8); o.Write(value == 1 ? "Backup"u8 : "Not backup"u8);
                                o.Write(" ("u8); o.Dec(value); o.Char(')');
                                break;
                            default:
                                HexDump.UnknownData(ref f, t, "\n\t\t  "u8, 2 + tlvLen * 2);
                                break;
                        }
                        len -= 2 + tlvLen * 2;
                        t += 2 + tlvLen * 2;
                    }
                }
                break;
            }
            case AdvRequest:
            {
                uint start = f.U32(t);
                if (f.Truncated) return;
                o.Write("\n\tStart value: "u8); o.Dec(start);
                break;
            }
            // the join message's format is not known
        }
    }

    /// <summary>" (invalid)", then the whole message must be captured, or the marker follows.</summary>
    private static void Invalid(ref Frame f, int p, int length)
    {
        f.Out.Write(" (invalid)"u8);
        f.Need(p, length);
    }
}
