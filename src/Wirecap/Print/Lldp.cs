namespace Wirecap.Print;

/// <summary>
/// IEEE 802.1AB Link Layer Discovery Protocol (print-lldp.c), EtherType 0x88cc: a list of TLVs
/// up to the End TLV.
/// <code>
/// +---------+------------+-------------------------+
/// | type(7) | length (9) | value (length bytes)    |  ...
/// +---------+------------+-------------------------+
/// Organization specific (type 127) values start with OUI (3) and subtype (1).
/// </code>
/// print-lldp.c has no ND_LONGJMP_FROM_TCHECK: a TLV that is not all captured prints " [|lldp]"
/// and ends the LLDP text (<see cref="LocalTrunc"/>); a failed GET_ read ends the packet.
/// </summary>
public static class Lldp
{
    private const int EndTlv = 0, ChassisIdTlv = 1, PortIdTlv = 2, TtlTlv = 3, PortDescrTlv = 4, SystemNameTlv = 5,
        SystemDescrTlv = 6, SystemCapTlv = 7, MgmtAddrTlv = 8, PrivateTlv = 127;

    private const uint Oui8021 = 0x0080c2, Oui8023 = 0x00120f, OuiIana = 0x00005e, OuiTia = 0x0012bb, OuiDcbx = 0x001b21;

    private static readonly Tok TlvNames = new(
        (EndTlv, "End"), (ChassisIdTlv, "Chassis ID"), (PortIdTlv, "Port ID"), (TtlTlv, "Time to Live"),
        (PortDescrTlv, "Port Description"), (SystemNameTlv, "System Name"), (SystemDescrTlv, "System Description"),
        (SystemCapTlv, "System Capabilities"), (MgmtAddrTlv, "Management Address"), (PrivateTlv, "Organization specific"));

    private static readonly Tok ChassisSubtypes = new(
        (1, "Chassis component"), (2, "Interface alias"), (3, "Port component"), (4, "MAC address"),
        (5, "Network address"), (6, "Interface name"), (7, "Local"));

    private static readonly Tok PortSubtypes = new(
        (1, "Interface alias"), (2, "Port component"), (3, "MAC address"), (4, "Network Address"),
        (5, "Interface Name"), (6, "Agent circuit ID"), (7, "Local"));

    private static readonly Tok Capabilities = new(
        (1 << 0, "Other"), (1 << 1, "Repeater"), (1 << 2, "Bridge"), (1 << 3, "WLAN AP"), (1 << 4, "Router"),
        (1 << 5, "Telephone"), (1 << 6, "Docsis"), (1 << 7, "Station Only"));

    private static readonly Tok Ieee8021Subtypes = new(
        (1, "Port VLAN Id"), (2, "Port and Protocol VLAN ID"), (3, "VLAN name"), (4, "Protocol Identity"),
        (7, "Link aggregation"), (8, "Congestion Notification"), (9, "ETS Configuration"), (10, "ETS Recommendation"),
        (11, "Priority Flow Control Configuration"), (12, "Application Priority"), (13, "EVB"), (14, "CDCP"));

    private static readonly Tok PortProtocolIdFlags = new((1 << 1, "supported"), (1 << 2, "enabled"));

    private static readonly Tok Ieee8023Subtypes = new(
        (1, "MAC/PHY configuration/status"), (2, "Power via MDI"), (3, "Link aggregation"), (4, "Max frame size"));

    private static readonly Tok TiaSubtypes = new(
        (1, "LLDP-MED Capabilities"), (2, "Network policy"), (3, "Location identification"), (4, "Extended power-via-MDI"),
        (5, "Inventory - hardware revision"), (6, "Inventory - firmware revision"), (7, "Inventory - software revision"),
        (8, "Inventory - serial number"), (9, "Inventory - manufacturer name"), (10, "Inventory - model name"),
        (11, "Inventory - asset ID"));

    private static readonly Tok AltitudeTypes = new((1, "meters"), (2, "floors"));

    private static readonly Tok CivicAddressTypes = new(
        (1, "national subdivisions (state,canton,region,province,prefecture)"), (2, "county, parish, gun, district"),
        (3, "city, township, shi"), (4, "city division, borough, city district, ward chou"), (5, "neighborhood, block"),
        (6, "street"));

    private static readonly Tok LciWhat = new(
        (0, "location of DHCP server"), (1, "location of the network element believed to be closest to the client"),
        (2, "location of the client"));

    // RFC 3636 dot3MauType
    private static readonly Tok MauTypes = new(
        (0, "Unknown"), (1, "AUI"), (2, "10BASE_5"), (3, "FOIRL"), (4, "10BASE2"), (5, "10BASET duplex mode unknown"),
        (6, "10BASEFP"), (7, "10BASEFB"), (8, "10BASEFL duplex mode unknown"), (9, "10BROAD36"), (10, "10BASET hdx"),
        (11, "10BASET fdx"), (12, "10BASEFL hdx"), (13, "10BASEFL fdx"), (14, "100BASET4"), (15, "100BASETX hdx"),
        (16, "100BASETX fdx"), (17, "100BASEFX hdx"), (18, "100BASEFX fdx"), (19, "100BASET2 hdx"), (20, "100BASET2 fdx"),
        (21, "1000BASEX hdx"), (22, "1000BASEX fdx"), (23, "1000BASELX hdx"), (24, "1000BASELX fdx"),
        (25, "1000BASESX hdx"), (26, "1000BASESX fdx"), (27, "1000BASECX hdx"), (28, "1000BASECX fdx"),
        (29, "1000BASET hdx"), (30, "1000BASET fdx"), (31, "10GBASEX"), (32, "10GBASELX4"), (33, "10GBASER"),
        (34, "10GBASEER"), (35, "10GBASELR"), (36, "10GBASESR"), (37, "10GBASEW"), (38, "10GBASEEW"),
        (39, "10GBASELW"), (40, "10GBASESW"));

    private static readonly Tok AutonegotiationFlags = new((1 << 0, "supported"), (1 << 1, "enabled"));

    private static readonly Tok TiaCapabilities = new(
        (1 << 0, "LLDP-MED capabilities"), (1 << 1, "network policy"), (1 << 2, "location identification"),
        (1 << 3, "extended power via MDI-PSE"), (1 << 4, "extended power via MDI-PD"), (1 << 5, "Inventory"));

    private static readonly Tok TiaDeviceTypes = new(
        (1, "endpoint class 1"), (2, "endpoint class 2"), (3, "endpoint class 3"), (4, "network connectivity"));

    private static readonly Tok TiaApplicationTypes = new(
        (1, "voice"), (2, "voice signaling"), (3, "guest voice"), (4, "guest voice signaling"), (5, "softphone voice"),
        (6, "video conferencing"), (7, "streaming video"), (8, "video signaling"));

    private static readonly Tok TiaPolicyFlags = new((1 << 7, "Unknown"), (1 << 6, "Tagged"), (1 << 5, "reserved"));

    private static readonly Tok TiaLocationFormats = new(
        (1, "coordinate-based LCI"), (2, "civic address LCI"), (3, "ECS ELIN"));

    private static readonly Tok TiaDatums = new(
        (1, "World Geodesic System 1984"), (2, "North American Datum 1983 (NAVD88)"), (3, "North American Datum 1983 (MLLW)"));

    private static readonly Tok TiaPowerSources = new(
        (1, "PSE - primary power source"), (2, "local - backup power source"), (3, "PSE+local - reserved"));

    private static readonly Tok TiaPowerPriorities = new((1, "critical"), (2, "high"), (3, "low"));

    private static readonly Tok TiaInventory = new(
        (5, "Hardware revision"), (6, "Firmware revision"), (7, "Software revision"), (8, "Serial number"),
        (9, "Manufacturer name"), (10, "Model name"), (11, "Asset ID"));

    // RFC 3636 ifMauAutoNegCapAdvertisedBits
    private static readonly Tok PmdCapabilities = new(
        (1 << 14, "10BASE-T hdx"), (1 << 13, "10BASE-T fdx"), (1 << 12, "100BASE-T4"), (1 << 11, "100BASE-TX hdx"),
        (1 << 10, "100BASE-TX fdx"), (1 << 9, "100BASE-T2 hdx"), (1 << 8, "100BASE-T2 fdx"), (1 << 7, "Pause for fdx links"),
        (1 << 6, "Asym PAUSE for fdx"), (1 << 5, "Sym PAUSE for fdx"), (1 << 4, "Asym and Sym PAUSE for fdx"),
        (1 << 3, "1000BASE-{X LX SX CX} hdx"), (1 << 2, "1000BASE-{X LX SX CX} fdx"), (1 << 1, "1000BASE-T hdx"),
        (1 << 0, "1000BASE-T fdx"));

    private static readonly Tok MdiFlags = new(
        (1 << 0, "PSE"), (1 << 1, "supported"), (1 << 2, "enabled"), (1 << 3, "can be controlled"));

    private static readonly Tok MdiPowerPairs = new((1, "signal"), (2, "spare"));

    private static readonly Tok MdiPowerClasses = new((1, "class0"), (2, "class1"), (3, "class2"), (4, "class3"), (5, "class4"));

    private static readonly Tok AggregationFlags = new((1 << 0, "supported"), (1 << 1, "enabled"));

    private static readonly Tok DcbxSubtypes = new(
        (1, "DCB Capability Exchange Protocol Rev 1"), (2, "DCB Capability Exchange Protocol Rev 1.01"));

    private static readonly Tok InterfaceNumbering = new((2, "Interface Index"), (3, "System Port Number"));

    private static readonly Tok EvbModes = new(
        (0, "Not Supported"), (1, "EVB Bridge"), (2, "EVB Station"), (3, "Reserved for future Standardization"));

    private static readonly Tok IanaSubtypes = new((1, "MUD-URL"));

    /// <summary>What a chassis or port ID holds, by subtype.</summary>
    private enum IdKind { Other, Mac, Network, Text }

    /// <summary>lldp_print: p is the first TLV, len the LLDPDU's length on the wire.</summary>
    public static void Print(ref Frame f, int p, int len)
    {
        f.Proto = "lldp";
        var o = f.Out;
        int v = f.Opt.Verbose;
        o.Write("LLDP, length "u8); o.Dec((uint)len);

        int tptr = p;
        long tlen = (uint)len;
        while (tlen >= 2 && !f.Truncated)
        {
            if (!LocalTrunc.Check(ref f, tptr, 2)) return;
            int tlv = f.U16(tptr);
            int type = tlv >> 9, tlvLen = tlv & 0x1ff;
            bool hexdump = false;
            tlen -= 2;
            tptr += 2;

            if (v > 0)
            {
                o.Write("\n\t"u8); TlvNames.Print(o, (uint)type, "Unknown");
                o.Write(" TLV ("u8); o.Dec(type); o.Write("), length "u8); o.Dec(tlvLen);
            }
            // an End TLV, or any empty one, ends the list (a zero length would loop forever)
            if (type == 0 || tlvLen == 0) break;

            if (!LocalTrunc.Check(ref f, tptr, tlvLen)) return;
            if (tlen < tlvLen) { f.PrintTrunc(); return; }

            switch (type)
            {
                case ChassisIdTlv:
                case PortIdTlv:
                    if (v > 0)
                    {
                        if (tlvLen < 2) { f.PrintTrunc(); return; }
                        int subtype = f.U8(tptr);
                        o.Write("\n\t  Subtype "u8);
                        (type == ChassisIdTlv ? ChassisSubtypes : PortSubtypes).Print(o, (uint)subtype, "Unknown");
                        o.Write(" ("u8); o.Dec(subtype); o.Write("): "u8);
                        // the two subtype lists hold the same kinds of ID under different numbers
                        var kind = type == ChassisIdTlv
                            ? subtype switch { 4 => IdKind.Mac, 5 => IdKind.Network, 1 or 2 or 3 or 6 or 7 => IdKind.Text, _ => IdKind.Other }
                            : subtype switch { 3 => IdKind.Mac, 4 => IdKind.Network, 1 or 2 or 5 or 6 or 7 => IdKind.Text, _ => IdKind.Other };
                        switch (kind)
                        {
                            case IdKind.Mac:
                                if (tlvLen < 1 + 6) { f.PrintTrunc(); return; }
                                var mac = f.Bytes(tptr + 1, 6);
                                if (!f.Truncated) f.Ctx.Names.Mac(o, mac);
                                break;
                            case IdKind.Network:
                                if (!NetworkAddressFits(ref f, tptr + 1, tlvLen - 1)) { f.PrintTrunc(); return; }
                                NetworkAddress(ref f, tptr + 1);
                                break;
                            case IdKind.Text:
                                TextProto.PrintJnp(ref f, tptr + 1, tlvLen - 1);
                                break;
                            default:
                                hexdump = true;
                                break;
                        }
                    }
                    break;

                case TtlTlv:
                    if (v > 0)
                    {
                        if (tlvLen < 2) { f.PrintTrunc(); return; }
                        int ttl = f.U16(tptr);
                        o.Write(": TTL "u8); o.Dec(ttl); o.Char('s');
                    }
                    break;

                case PortDescrTlv:
                    if (v > 0)
                    {
                        o.Write(": "u8);
                        TextProto.PrintJnp(ref f, tptr, tlvLen);
                    }
                    break;

                case SystemNameTlv:
                    // printed without -v too, like CDP's device ID
                    o.Write(": "u8);
                    TextProto.PrintJnp(ref f, tptr, tlvLen);
                    break;

                case SystemDescrTlv:
                    if (v > 0)
                    {
                        o.Write("\n\t  "u8);
                        TextProto.PrintJnp(ref f, tptr, tlvLen);
                    }
                    break;

                case SystemCapTlv:
                    if (v > 0)
                    {
                        if (tlvLen < 4) { f.PrintTrunc(); return; }
                        int cap = f.U16(tptr), enabled = f.U16(tptr + 2);
                        o.Write("\n\t  System  Capabilities ["u8); Capabilities.Bits(o, (uint)cap, "none");
                        o.Write("] (0x"u8); o.Hex((uint)cap, 4); o.Char(')');
                        o.Write("\n\t  Enabled Capabilities ["u8); Capabilities.Bits(o, (uint)enabled, "none");
                        o.Write("] (0x"u8); o.Hex((uint)enabled, 4); o.Char(')');
                    }
                    break;

                case MgmtAddrTlv:
                    if (v > 0 && !MgmtAddress(ref f, tptr, tlvLen)) { f.PrintTrunc(); return; }
                    break;

                case PrivateTlv:
                    if (v > 0)
                    {
                        if (tlvLen < 3) { f.PrintTrunc(); return; }
                        uint oui = f.U24(tptr);
                        o.Write(": OUI "u8); Oui.Names.Print(o, oui, "Unknown");
                        o.Write(" (0x"u8); o.Hex(oui, 6); o.Char(')');
                        hexdump = oui switch
                        {
                            Oui8021 => Private8021(ref f, tptr, tlvLen),
                            Oui8023 => Private8023(ref f, tptr, tlvLen),
                            OuiIana => PrivateIana(ref f, tptr, tlvLen),
                            OuiTia => PrivateTia(ref f, tptr, tlvLen),
                            OuiDcbx => PrivateDcbx(ref f, tptr, tlvLen),
                            _ => true,
                        };
                    }
                    break;

                default:
                    hexdump = true;
                    break;
            }

            if (v > 1 || (v > 0 && hexdump))
                HexDump.UnknownData(ref f, tptr, "\n\t  "u8, tlvLen);

            tlen -= tlvLen;
            tptr += tlvLen;
        }
    }

    /// <summary>nd_printn without an end pointer: n characters, NULs included.</summary>
    internal static void PrintN(ref Frame f, int p, int n)
    {
        for (; n > 0; n--, p++)
        {
            byte c = f.U8(p);
            if (f.Truncated) break;
            TextProto.PrintChar(f.Out, c);
        }
    }

    /// <summary>The address length of an address family lldp_network_addr_print decodes (0 for the others).</summary>
    private static int FamilyAddressLength(int af) => af switch { 1 => 4, 2 => 16, 6 => 6, _ => 0 };

    /// <summary>
    /// lldp_network_addr_print's check: an address family octet, then an address as long as the
    /// family wants. False when len is too short.
    /// </summary>
    private static bool NetworkAddressFits(ref Frame f, int p, int len) =>
        len >= 1 && len - 1 >= FamilyAddressLength(f.U8(p));

    /// <summary>lldp_network_addr_print's text, "AFI name (n): address", for an address that fits.</summary>
    private static void NetworkAddress(ref Frame f, int p)
    {
        var o = f.Out;
        int af = f.U8(p);
        // the TLV was checked as captured, so the address is too
        var addr = f.Bytes(p + 1, FamilyAddressLength(af));
        if (f.Truncated) return;
        o.Write("AFI "u8); BgpTables.AddressFamily.Print(o, (uint)af, "Unknown");
        o.Write(" ("u8); o.Dec(af); o.Char(')');
        switch (af)
        {
            case 1: o.Write(": "u8); f.Ctx.Names.IPv4(o, addr); break;
            case 2: o.Write(": "u8); f.Ctx.Names.IPv6(o, addr); break;
            case 6: o.Write(": "u8); f.Ctx.Names.Mac(o, addr); break;
            default: o.Write(", no AF printer !"u8); break;
        }
    }

    /// <summary>lldp_mgmt_addr_tlv_print: false when a length does not fit (the caller prints the marker).</summary>
    private static bool MgmtAddress(ref Frame f, int p, int len)
    {
        var o = f.Out;
        if (len < 1) return false;
        int addrLen = f.U8(p);
        p++; len--;
        if (len < addrLen) return false;

        if (!NetworkAddressFits(ref f, p, addrLen)) return false;
        o.Write("\n\t  Management Address length "u8); o.Dec(addrLen); o.Write(", "u8);
        NetworkAddress(ref f, p);
        p += addrLen; len -= addrLen;

        if (len < 5) return false;
        int numbering = f.U8(p);
        uint number = f.U32(p + 1);
        o.Write("\n\t  "u8); InterfaceNumbering.Print(o, (uint)numbering, "Unknown");
        o.Write(" Interface Numbering ("u8); o.Dec(numbering); o.Write("): "u8); o.Dec(number);
        p += 5; len -= 5;

        // the OID is optional
        if (len > 0)
        {
            int oidLen = f.U8(p);
            if (len < 1 + oidLen) return false;
            if (oidLen > 0)
            {
                o.Write("\n\t  OID length "u8); o.Dec(oidLen);
                TextProto.PrintJnp(ref f, p + 1, oidLen);
            }
        }
        return true;
    }

    /// <summary>IEEE 802.1 extensions (802.1AB annex E, DCB): true when the TLV wants a hex dump.</summary>
    private static bool Private8021(ref Frame f, int tptr, int tlvLen)
    {
        var o = f.Out;
        if (tlvLen < 4) return false;
        int subtype = f.U8(tptr + 3);
        o.Write("\n\t  "u8); Ieee8021Subtypes.Print(o, (uint)subtype, "unknown");
        o.Write(" Subtype ("u8); o.Dec(subtype); o.Char(')');

        switch (subtype)
        {
            case 1:
            {
                if (tlvLen < 6) return false;
                int pvid = f.U16(tptr + 4);
                o.Write("\n\t    port vlan id (PVID): "u8); o.Dec(pvid);
                break;
            }
            case 2:
            {
                if (tlvLen < 7) return false;
                int ppvid = f.U16(tptr + 5), flags = f.U8(tptr + 4);
                o.Write("\n\t    port and protocol vlan id (PPVID): "u8); o.Dec(ppvid);
                o.Write(", flags ["u8); PortProtocolIdFlags.Bits(o, (uint)flags, "none");
                o.Write("] (0x"u8); o.Hex2((byte)flags); o.Char(')');
                break;
            }
            case 3:
            {
                if (tlvLen < 6) return false;
                int vid = f.U16(tptr + 4);
                o.Write("\n\t    vlan id (VID): "u8); o.Dec(vid);
                if (tlvLen < 7) return false;
                int sublen = f.U8(tptr + 6);
                if (tlvLen < 7 + sublen) return false;
                o.Write("\n\t    vlan name: "u8);
                TextProto.PrintJnp(ref f, tptr + 7, sublen);
                break;
            }
            case 4:
            {
                if (tlvLen < 5) return false;
                int sublen = f.U8(tptr + 4);
                if (tlvLen < 5 + sublen) return false;
                o.Write("\n\t    protocol identity: "u8);
                TextProto.PrintJnp(ref f, tptr + 5, sublen);
                break;
            }
            case 7:
            {
                if (tlvLen < 9) return false;
                Aggregation(ref f, tptr);
                break;
            }
            case 8:
            {
                if (tlvLen < 6) return false;
                int cnpv = f.U8(tptr + 4), ready = f.U8(tptr + 5);
                o.Write("\n\t    Pre-Priority CNPV Indicator"u8);
                o.Write("\n\t     Priority : 0  1  2  3  4  5  6  7"u8);
                o.Write("\n\t     Value    : "u8);
                BitRow(o, cnpv);
                o.Write("\n\t    Pre-Priority Ready Indicator"u8);
                o.Write("\n\t     Priority : 0  1  2  3  4  5  6  7"u8);
                o.Write("\n\t     Value    : "u8);
                BitRow(o, ready);
                break;
            }
            case 9:
            {
                if (tlvLen < 25) return false;
                int t = f.U8(tptr + 4);
                // CBS is printed as (t >> 6) & 2, as tcpdump does
                o.Write("\n\t    Willing:"u8); o.Dec(t >> 7);
                o.Write(", CBS:"u8); o.Dec((t >> 6) & 0x02);
                o.Write(", RES:"u8); o.Dec((t >> 3) & 0x07);
                o.Write(", Max TCs:"u8); o.Dec(t & 0x07);
                EtsTables(ref f, tptr);
                break;
            }
            case 10:
            {
                if (tlvLen < 25) return false;
                int res = f.U8(tptr + 4);
                o.Write("\n\t    RES: "u8); o.Dec(res);
                EtsTables(ref f, tptr);
                break;
            }
            case 11:
            {
                if (tlvLen < 6) return false;
                int t = f.U8(tptr + 4);
                o.Write("\n\t    Willing: "u8); o.Dec(t >> 7);
                o.Write(", MBC: "u8); o.Dec((t >> 6) & 0x01);
                o.Write(", RES: "u8); o.Dec((t >> 4) & 0x03);
                o.Write(", PFC cap:"u8); o.Dec(t & 0x0f); o.Char(' ');
                o.Write("\n\t    PFC Enable"u8);
                int enable = f.U8(tptr + 5);
                o.Write("\n\t     Priority : 0  1  2  3  4  5  6  7"u8);
                o.Write("\n\t     Value    : "u8);
                BitRow(o, enable);
                break;
            }
            case 12:
            {
                if (tlvLen < 5) return false;
                int res = f.U8(tptr + 4);
                o.Write("\n\t    RES: "u8); o.Dec(res);
                if (tlvLen <= 5) return false;
                int sublen = tlvLen - 5;
                if (sublen % 3 != 0) return false;
                o.Write("\n\t    Application Priority Table"u8);
                for (int i = 0; i < sublen && !f.Truncated; i += 3)
                {
                    int t = f.U8(tptr + i + 5), proto = f.U16(tptr + i + 6);
                    o.Write("\n\t      Priority: "u8); o.Dec(t >> 5);
                    o.Write(", RES: "u8); o.Dec((t >> 3) & 0x03);
                    o.Write(", Sel: "u8); o.Dec(t & 0x07);
                    o.Write(", Protocol ID: "u8); o.Dec(proto);
                }
                break;
            }
            case 13:
            {
                if (tlvLen < 9) return false;
                o.Write("\n\t    EVB Bridge Status"u8);
                int t = f.U8(tptr + 4);
                o.Write("\n\t      RES: "u8); o.Dec(t >> 3);
                o.Write(", BGID: "u8); o.Dec((t >> 2) & 0x01);
                o.Write(", RRCAP: "u8); o.Dec((t >> 1) & 0x01);
                o.Write(", RRCTR: "u8); o.Dec(t & 0x01);
                o.Write("\n\t    EVB Station Status"u8);
                t = f.U8(tptr + 5);
                o.Write("\n\t      RES: "u8); o.Dec(t >> 4);
                o.Write(", SGID: "u8); o.Dec((t >> 3) & 0x01);
                o.Write(", RRREQ: "u8); o.Dec((t >> 2) & 0x01);
                o.Write(",RRSTAT: "u8); o.Dec(t & 0x03);
                t = f.U8(tptr + 6);
                o.Write("\n\t    R: "u8); o.Dec(t >> 5);
                o.Write(", RTE: "u8); o.Dec(t & 0x1f); o.Write(", "u8);
                t = f.U8(tptr + 7);
                o.Write("EVB Mode: "u8); EvbModes.Print(o, (uint)(t >> 6), "unknown");
                o.Write(" ["u8); o.Dec(t >> 6); o.Char(']');
                o.Write("\n\t    ROL: "u8); o.Dec((t >> 5) & 0x01);
                o.Write(", RWD: "u8); o.Dec(t & 0x1f); o.Write(", "u8);
                t = f.U8(tptr + 8);
                o.Write("RES: "u8); o.Dec(t >> 6);
                o.Write(", ROL: "u8); o.Dec((t >> 5) & 0x01);
                o.Write(", RKA: "u8); o.Dec(t & 0x1f);
                break;
            }
            case 14:
            {
                if (tlvLen < 8) return false;
                int t = f.U8(tptr + 4);
                o.Write("\n\t    Role: "u8); o.Dec(t >> 7);
                o.Write(", RES: "u8); o.Dec((t >> 4) & 0x07);
                o.Write(", Scomp: "u8); o.Dec((t >> 3) & 0x01); o.Char(' ');
                int chnCap = f.U16(tptr + 6);
                o.Write("ChnCap: "u8); o.Dec(chnCap & 0x0fff);
                int sublen = tlvLen - 8;
                if (sublen % 3 != 0) return false;
                for (int i = 0; i < sublen && !f.Truncated; i += 3)
                {
                    uint s = f.U24(tptr + i + 8);
                    o.Write("\n\t    SCID: "u8); o.Dec(s >> 12);
                    o.Write(", SVID: "u8); o.Dec(s & 0x000fff);
                }
                break;
            }
            default:
                return true;
        }
        return false;
    }

    /// <summary>"%-2d " for each of the 8 bits, lowest first.</summary>
    private static void BitRow(TextOut o, int bits)
    {
        for (int i = 0; i < 8; i++)
        {
            o.Char((byte)('0' + ((bits >> i) & 1)));
            o.Write("  "u8);
        }
    }

    /// <summary>Eight values as "%-3d" separated by spaces: bytes, or the nibbles of four bytes, high one first.</summary>
    private static void ValueRow(ref Frame f, int p, bool nibbles)
    {
        var o = f.Out;
        for (int i = 0; i < 8; i++)
        {
            int b = nibbles ? f.U8(p + i / 2) : f.U8(p + i);
            int val = !nibbles ? b : (i & 1) == 0 ? b >> 4 : b & 0x0f;
            if (i > 0) o.Char(' ');
            o.DecLeft((uint)val, 3);
        }
    }

    /// <summary>The three tables of the ETS TLVs (the TLV, at least 25 bytes, is captured).</summary>
    private static void EtsTables(ref Frame f, int tptr)
    {
        var o = f.Out;
        o.Write("\n\t    Priority Assignment Table"u8);
        o.Write("\n\t     Priority : 0   1   2   3   4   5   6   7"u8);
        o.Write("\n\t     Value    : "u8); ValueRow(ref f, tptr + 5, true);
        o.Write("\n\t    TC Bandwidth Table"u8);
        o.Write("\n\t     TC%   : 0   1   2   3   4   5   6   7"u8);
        o.Write("\n\t     Value : "u8); ValueRow(ref f, tptr + 9, false);
        o.Write("\n\t    TSA Assignment Table"u8);
        o.Write("\n\t     Traffic Class: 0   1   2   3   4   5   6   7"u8);
        o.Write("\n\t     Value        : "u8); ValueRow(ref f, tptr + 17, false);
    }

    private static void Aggregation(ref Frame f, int tptr)
    {
        var o = f.Out;
        int status = f.U8(tptr + 4);
        uint port = f.U32(tptr + 5);
        o.Write("\n\t    aggregation status ["u8); AggregationFlags.Bits(o, (uint)status, "none");
        o.Write("], aggregation port ID "u8); o.Dec(port);
    }

    /// <summary>IEEE 802.3 extensions (802.3bc): true when the TLV wants a hex dump.</summary>
    private static bool Private8023(ref Frame f, int tptr, int tlvLen)
    {
        var o = f.Out;
        if (tlvLen < 4) return false;
        int subtype = f.U8(tptr + 3);
        o.Write("\n\t  "u8); Ieee8023Subtypes.Print(o, (uint)subtype, "unknown");
        o.Write(" Subtype ("u8); o.Dec(subtype); o.Char(')');

        switch (subtype)
        {
            case 1:
            {
                if (tlvLen < 9) return false;
                int autoneg = f.U8(tptr + 4), pmd = f.U16(tptr + 5), mau = f.U16(tptr + 7);
                o.Write("\n\t    autonegotiation ["u8); AutonegotiationFlags.Bits(o, (uint)autoneg, "none");
                o.Write("] (0x"u8); o.Hex2((byte)autoneg); o.Char(')');
                o.Write("\n\t    PMD autoneg capability ["u8); PmdCapabilities.Bits(o, (uint)pmd, "unknown");
                o.Write("] (0x"u8); o.Hex((uint)pmd, 4); o.Char(')');
                o.Write("\n\t    MAU type "u8); MauTypes.Print(o, (uint)mau, "unknown");
                o.Write(" (0x"u8); o.Hex((uint)mau, 4); o.Char(')');
                break;
            }
            case 2:
            {
                if (tlvLen < 7) return false;
                int support = f.U8(tptr + 4), pairs = f.U8(tptr + 5), cls = f.U8(tptr + 6);
                o.Write("\n\t    MDI power support ["u8); MdiFlags.Bits(o, (uint)support, "none");
                o.Write("], power pair "u8); MdiPowerPairs.Print(o, (uint)pairs, "unknown");
                o.Write(", power class "u8); MdiPowerClasses.Print(o, (uint)cls, "unknown");
                break;
            }
            case 3:
                if (tlvLen < 9) return false;
                Aggregation(ref f, tptr);
                break;
            case 4:
            {
                if (tlvLen < 6) return false;
                int mtu = f.U16(tptr + 4);
                o.Write("\n\t    MTU size "u8); o.Dec(mtu);
                break;
            }
            default:
                return true;
        }
        return false;
    }

    /// <summary>IANA extensions (OUI 00-00-5e): the MUD URL (RFC 8520).</summary>
    private static bool PrivateIana(ref Frame f, int tptr, int tlvLen)
    {
        var o = f.Out;
        if (tlvLen < 8) return false;
        int subtype = f.U8(tptr + 3);
        o.Write("\n\t  "u8); IanaSubtypes.Print(o, (uint)subtype, "unknown");
        o.Write(" Subtype ("u8); o.Dec(subtype); o.Char(')');
        if (subtype != 1) return true;
        o.Write("\n\t  MUD-URL="u8);
        PrintN(ref f, tptr + 4, tlvLen - 4);
        return false;
    }

    /// <summary>34 bits of latitude or longitude: the low 2 bits of the first octet, then 4 octets.</summary>
    private static ulong LatLon(ref Frame f, int p) => ((ulong)(f.U8(p) & 0x3) << 32) | f.U32(p + 1);

    /// <summary>ANSI/TIA-1057 LLDP-MED extensions: true when the TLV wants a hex dump.</summary>
    private static bool PrivateTia(ref Frame f, int tptr, int tlvLen)
    {
        var o = f.Out;
        if (tlvLen < 4) return false;
        int subtype = f.U8(tptr + 3);
        o.Write("\n\t  "u8); TiaSubtypes.Print(o, (uint)subtype, "unknown");
        o.Write(" Subtype ("u8); o.Dec(subtype); o.Char(')');

        switch (subtype)
        {
            case 1:
            {
                if (tlvLen < 7) return false;
                int caps = f.U16(tptr + 4), device = f.U8(tptr + 6);
                o.Write("\n\t    Media capabilities ["u8); TiaCapabilities.Bits(o, (uint)caps, "none");
                o.Write("] (0x"u8); o.Hex((uint)caps, 4); o.Char(')');
                o.Write("\n\t    Device type ["u8); TiaDeviceTypes.Print(o, (uint)device, "unknown");
                o.Write("] (0x"u8); o.Hex2((byte)device); o.Char(')');
                break;
            }
            case 2:
            {
                if (tlvLen < 8) return false;
                int app = f.U8(tptr + 4), flags = f.U8(tptr + 5);
                int w1 = f.U16(tptr + 5), w2 = f.U16(tptr + 6);
                o.Write("\n\t    Application type ["u8); TiaApplicationTypes.Print(o, (uint)app, "none");
                o.Write("] (0x"u8); o.Hex2((byte)app); o.Char(')');
                o.Write(", Flags ["u8); TiaPolicyFlags.Bits(o, (uint)flags, "none"); o.Char(']');
                o.Write("\n\t    Vlan id "u8); o.Dec((w1 & 0x1ffe) >> 1);
                o.Write(", L2 priority "u8); o.Dec((w2 & 0x01ff) >> 6);
                o.Write(", DSCP value "u8); o.Dec(w2 & 0x003f);
                break;
            }
            case 3:
                return TiaLocation(ref f, tptr, tlvLen);
            case 4:
            {
                if (tlvLen < 7) return false;
                int t = f.U8(tptr + 4), power = f.U16(tptr + 5);
                // tcpdump tests t & (0xC0 >> 6), that is the low two bits, for the power type
                o.Write("\n\t    Power type ["u8); o.Write((t & 0x03) != 0 ? "PD device"u8 : "PSE device"u8); o.Char(']');
                o.Write(", Power source ["u8); TiaPowerSources.Print(o, (uint)((t & 0x30) >> 4), "none"); o.Char(']');
                o.Write("\n\t    Power priority ["u8); TiaPowerPriorities.Print(o, (uint)(t & 0x0f), "none");
                o.Write("] (0x"u8); o.Hex2((byte)(t & 0x0f)); o.Char(')');
                if (power < 1024)
                {
                    // %.1f of power/10: exact at one decimal
                    o.Write(", Power "u8); o.Dec(power / 10); o.Char('.'); o.Dec(power % 10); o.Write(" Watts"u8);
                }
                else
                {
                    o.Write(", Power "u8); o.Dec(power); o.Write(" (Reserved)"u8);
                }
                break;
            }
            case >= 5 and <= 11:
                o.Write("\n\t  "u8); TiaInventory.Print(o, (uint)subtype, "unknown"); o.Char(' ');
                TextProto.PrintJnp(ref f, tptr + 4, tlvLen - 4);
                break;
            default:
                return true;
        }
        return false;
    }

    private static bool TiaLocation(ref Frame f, int tptr, int tlvLen)
    {
        var o = f.Out;
        if (tlvLen < 5) return false;
        int format = f.U8(tptr + 4);
        o.Write("\n\t    Location data format "u8); TiaLocationFormats.Print(o, (uint)format, "unknown");
        o.Write(" (0x"u8); o.Hex2((byte)format); o.Char(')');

        switch (format)
        {
            case 1:
            {
                if (tlvLen < 21) return false;
                int latRes = f.U8(tptr + 5) >> 2;
                ulong lat = LatLon(ref f, tptr + 5);
                o.Write("\n\t    Latitude resolution "u8); o.Dec(latRes); o.Write(", latitude value "u8); o.Dec(lat);
                int lonRes = f.U8(tptr + 10) >> 2;
                ulong lon = LatLon(ref f, tptr + 10);
                o.Write("\n\t    Longitude resolution "u8); o.Dec(lonRes); o.Write(", longitude value "u8); o.Dec(lon);
                int altType = f.U8(tptr + 15) >> 4;
                o.Write("\n\t    Altitude type "u8); AltitudeTypes.Print(o, (uint)altType, "unknown");
                o.Write(" ("u8); o.Dec(altType); o.Char(')');
                int altRes = (f.U16(tptr + 15) >> 6) & 0x3f;
                uint alt = f.U32(tptr + 16) & 0x3fffffff;
                o.Write("\n\t    Altitude resolution "u8); o.Dec(altRes); o.Write(", altitude value 0x"u8); o.Hex(alt);
                int datum = f.U8(tptr + 20);
                o.Write("\n\t    Datum "u8); TiaDatums.Print(o, (uint)datum, "unknown");
                o.Write(" (0x"u8); o.Hex2((byte)datum); o.Char(')');
                break;
            }
            case 2:
            {
                if (tlvLen < 6) return false;
                int lciLen = f.U8(tptr + 5);
                if (lciLen < 3) return false;
                if (tlvLen < 7 + lciLen) return false;
                int what = f.U8(tptr + 6);
                o.Write("\n\t    LCI length "u8); o.Dec(lciLen);
                o.Write(", LCI what "u8); LciWhat.Print(o, (uint)what, "unknown");
                o.Write(" (0x"u8); o.Hex2((byte)what); o.Write("), Country-code "u8);
                TextProto.PrintJnp(ref f, tptr + 7, 2);

                lciLen -= 3;
                int p = tptr + 9;
                // civic address elements: type (1), length (1), value
                while (lciLen > 0 && !f.Truncated)
                {
                    if (lciLen < 2) return false;
                    int caType = f.U8(p), caLen = f.U8(p + 1);
                    p += 2;
                    lciLen -= 2;
                    o.Write("\n\t      CA type '"u8); CivicAddressTypes.Print(o, (uint)caType, "unknown");
                    o.Write("' ("u8); o.Dec(caType); o.Write("), length "u8); o.Dec(caLen); o.Write(": "u8);
                    if (caType == 0 || caLen == 0) return false;
                    if (lciLen < caLen) return false;
                    TextProto.PrintJnp(ref f, p, caLen);
                    p += caLen;
                    lciLen -= caLen;
                }
                break;
            }
            case 3:
                o.Write("\n\t    ECS ELIN id "u8);
                TextProto.PrintJnp(ref f, tptr + 5, tlvLen - 5);
                break;
            default:
                o.Write("\n\t    Location ID "u8);
                HexDump.UnknownData(ref f, tptr + 5, "\n\t      "u8, tlvLen - 5);
                break;
        }
        return false;
    }

    /// <summary>DCBX (rev 1.01) sub-TLVs inside an organization specific TLV: true when the last one wants a hex dump.</summary>
    private static bool PrivateDcbx(ref Frame f, int pptr, int len)
    {
        var o = f.Out;
        bool hexdump = false;
        if (len < 4) return false;
        int subtype = f.U8(pptr + 3);
        o.Write("\n\t  "u8); DcbxSubtypes.Print(o, (uint)subtype, "unknown");
        o.Write(" Subtype ("u8); o.Dec(subtype); o.Char(')');

        // the old revision is not decoded
        if (subtype == 1) return true;

        int tptr = pptr + 4;
        int tlen = len - 4;
        while (tlen >= 2 && !f.Truncated)
        {
            // a sub-TLV not captured ends the DCBX part silently
            if (!f.Has(tptr, 2)) return hexdump;
            int tlv = f.U16(tptr);
            int type = tlv >> 9, tlvLen = tlv & 0x1ff;
            hexdump = false;
            tlen -= 2;
            tptr += 2;

            if (type == 0 || tlvLen == 0) break;
            if (!f.Has(tptr, tlvLen)) return hexdump;
            if (tlen < tlvLen) return hexdump;

            switch (type)
            {
                case 1:
                {
                    if (tlvLen < 10) return hexdump;
                    o.Write("\n\t    Control - Protocol Control (type 0x1, length "u8); o.Dec(tlvLen); o.Char(')');
                    int oper = f.U8(tptr), max = f.U8(tptr + 1);
                    uint seq = f.U32(tptr + 2), ack = f.U32(tptr + 6);
                    o.Write("\n\t      Oper_Version: "u8); o.Dec(oper);
                    o.Write("\n\t      Max_Version: "u8); o.Dec(max);
                    o.Write("\n\t      Sequence Number: "u8); o.Dec(seq);
                    o.Write("\n\t      Acknowledgement Number: "u8); o.Dec(ack);
                    break;
                }
                case 2:
                {
                    if (tlvLen < 17) return hexdump;
                    o.Write("\n\t    Feature - Priority Group (type 0x2, length "u8); o.Dec(tlvLen); o.Char(')');
                    DcbxFeatureHeader(ref f, tptr);
                    o.Write("\n\t      Priority Allocation"u8);
                    // eight 4-bit priority group IDs
                    uint pg = f.U32(tptr + 4);
                    for (int i = 0; i <= 7; i++)
                    {
                        o.Write("\n\t          PgId_"u8); o.Dec(i); o.Write(": "u8); o.Dec((pg >> (28 - 4 * i)) & 0xf);
                    }
                    o.Write("\n\t      Priority Group Allocation"u8);
                    for (int i = 0; i <= 7; i++)
                    {
                        int pct = f.U8(tptr + 8 + i);
                        o.Write("\n\t          Pg percentage["u8); o.Dec(i); o.Write("]: "u8); o.Dec(pct);
                    }
                    int numTcs = f.U8(tptr + 16);
                    o.Write("\n\t      NumTCsSupported: "u8); o.Dec(numTcs);
                    break;
                }
                case 3:
                {
                    if (tlvLen < 6) return hexdump;
                    o.Write("\n\t    Feature - Priority Flow Control"u8);
                    o.Write(" (type 0x3, length "u8); o.Dec(tlvLen); o.Char(')');
                    DcbxFeatureHeader(ref f, tptr);
                    int cfg = f.U8(tptr + 4);
                    o.Write("\n\t      PFC Config (0x"u8); Hex2Upper(o, cfg); o.Char(')');
                    for (int i = 0; i <= 7; i++)
                    {
                        o.Write("\n\t          Priority Bit "u8); o.Dec(i); o.Write(": "u8);
                        o.Write((cfg & (1 << i)) != 0 ? "Enabled"u8 : "Disabled"u8);
                    }
                    int num = f.U8(tptr + 5);
                    o.Write("\n\t      NumTCPFCSupported: "u8); o.Dec(num);
                    break;
                }
                case 4:
                {
                    if (tlvLen < 4) return hexdump;
                    o.Write("\n\t    Feature - Application (type 0x4, length "u8); o.Dec(tlvLen); o.Char(')');
                    DcbxFeatureHeader(ref f, tptr);
                    int left = tlvLen - 4;
                    int m = tptr + 4;
                    while (left >= 6 && !f.Truncated)
                    {
                        int protoId = f.U16(m);
                        o.Write("\n\t      Application Value"u8);
                        o.Write("\n\t          Application Protocol ID: 0x"u8); o.Hex((uint)protoId, 4);
                        uint u = f.U24(m + 2);
                        o.Write("\n\t          SF (0x"u8); o.Hex(u >> 22); o.Write(") Application Protocol ID is "u8);
                        o.Write((u >> 22) != 0 ? "Socket Number"u8 : "L2 EtherType"u8);
                        o.Write("\n\t          OUI: 0x"u8); o.Hex(u & 0x3fffff, 6);
                        int map = f.U8(m + 5);
                        o.Write("\n\t          User Priority Map: 0x"u8); o.Hex2((byte)map);
                        left -= 6;
                        m += 6;
                    }
                    break;
                }
                default:
                    hexdump = true;
                    break;
            }

            int v = f.Opt.Verbose;
            if (v > 1 || (v > 0 && hexdump))
                HexDump.UnknownData(ref f, tptr, "\n\t    "u8, tlvLen);

            tlen -= tlvLen;
            tptr += tlvLen;
        }
        return hexdump;
    }

    /// <summary>The versions, info block and subtype that start each DCBX feature TLV.</summary>
    private static void DcbxFeatureHeader(ref Frame f, int tptr)
    {
        var o = f.Out;
        int oper = f.U8(tptr), max = f.U8(tptr + 1), info = f.U8(tptr + 2);
        o.Write("\n\t      Oper_Version: "u8); o.Dec(oper);
        o.Write("\n\t      Max_Version: "u8); o.Dec(max);
        o.Write("\n\t      Info block(0x"u8); Hex2Upper(o, info); o.Write("): "u8);
        o.Write("Enable bit: "u8); o.Dec((info & 0x80) != 0 ? 1 : 0);
        o.Write(", Willing bit: "u8); o.Dec((info & 0x40) != 0 ? 1 : 0);
        o.Write(", Error Bit: "u8); o.Dec((info & 0x20) != 0 ? 1 : 0);
        int sub = f.U8(tptr + 3);
        o.Write("\n\t      SubType: "u8); o.Dec(sub);
    }

    /// <summary>%02X</summary>
    private static void Hex2Upper(TextOut o, int b)
    {
        ReadOnlySpan<byte> digits = "0123456789ABCDEF"u8;
        o.Char(digits[(b >> 4) & 0xf]);
        o.Char(digits[b & 0xf]);
    }
}
