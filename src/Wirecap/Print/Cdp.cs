namespace Wirecap.Print;

/// <summary>
/// Cisco Discovery Protocol (print-cdp.c), SNAP OUI 00-00-0c PID 0x2000.
/// <code>
/// +---------+-----+----------+
/// | version | ttl | checksum |   then TLVs:
/// +---------+-----+----------+   +--------+---------------------+-------+
///                                | type(2)| length (2, incl. 4) | value |
///                                +--------+---------------------+-------+
/// </code>
/// print-cdp.c defines ND_LONGJMP_FROM_TCHECK: a missing byte always ends the packet with " [|cdp]".
/// </summary>
public static class Cdp
{
    private const int HeaderLength = 4, TlvHeaderLength = 4;
    private const int DeviceId = 0x01;

    private static readonly Tok Capabilities = new(
        (0x01, "Router"), (0x02, "Transparent Bridge"), (0x04, "Source Route Bridge"), (0x08, "L2 Switch"),
        (0x10, "L3 capable"), (0x20, "IGMP snooping"), (0x40, "L1 capable"));

    private enum Value : byte { None, String, Address, Capability, Version, Prefixes, UInt16, Duplex, Ata186, Power, Mtu, UInt8Hex, PhysicalLocation }

    /// <summary>What tcpdump knows of a TLV type: its name (null: "unknown field type"), value printer and length limits (0: none).</summary>
    private readonly record struct TlvInfo(string? Name, Value Printer, int MinLen, int MaxLen);

    // Indexed by type, 0x00 to 0x17; the types without a name are known but print no value.
    private static readonly TlvInfo[] Tlvs =
    [
        new(null, Value.None, 0, 0),
        new("Device-ID", Value.String, 0, 0),
        new("Address", Value.Address, 0, 0),
        new("Port-ID", Value.String, 0, 0),
        new("Capability", Value.Capability, 4, 4),
        new("Version String", Value.Version, 0, 0),
        new("Platform", Value.String, 0, 0),
        new("Prefixes", Value.Prefixes, 0, 0),
        new("Protocol-Hello option", Value.None, 0, 0),
        new("VTP Management Domain", Value.String, 0, 0),
        new("Native VLAN ID", Value.UInt16, 2, 2),
        new("Duplex", Value.Duplex, 1, 1),
        new(null, Value.None, 0, 0),
        new(null, Value.None, 0, 0),
        new("ATA-186 VoIP VLAN assignment", Value.Ata186, 3, 3),
        new("ATA-186 VoIP VLAN request", Value.Ata186, 2, 3),
        new("power consumption", Value.Power, 1, 3),
        new("MTU", Value.Mtu, 4, 4),
        new("AVVID trust bitmap", Value.UInt8Hex, 1, 1),
        new("AVVID untrusted ports CoS", Value.UInt8Hex, 1, 1),
        new("System Name", Value.String, 0, 0),
        new("System Object ID (not decoded)", Value.None, 0, 0),
        new("Management Addresses", Value.Address, 4, 0),
        new("Physical Location", Value.PhysicalLocation, 1, 0),
    ];

    /// <summary>cdp_print: p is the CDP header, length what follows the SNAP header on the wire.</summary>
    public static void Print(ref Frame f, int p, int length)
    {
        f.Proto = "cdp";
        var o = f.Out;
        bool v = f.Opt.Verbose > 0;
        uint origLength = (uint)length;
        uint left = (uint)length;

        if (left < HeaderLength)
        {
            o.Write(" (packet length "u8); o.Dec(left); o.Write(" < 4)"u8);
            f.Invalid(p, left);
            return;
        }
        int version = f.U8(p), ttl = f.U8(p + 1);
        if (f.Truncated) return;
        o.Write("CDPv"u8); o.Dec(version); o.Write(", ttl: "u8); o.Dec(ttl); o.Char('s');
        int checksum = f.U16(p + 2);
        if (f.Truncated) return;
        if (v)
        {
            o.Write(", checksum: 0x"u8); o.Hex((uint)checksum, 4);
            o.Write(" (unverified), length "u8); o.Dec(origLength);
        }
        p += HeaderLength;
        left -= HeaderLength;

        while (left > 0 && !f.Truncated)
        {
            if (left < TlvHeaderLength)
            {
                o.Write(" (remaining packet length "u8); o.Dec(left); o.Write(" < 4)"u8);
                f.Invalid(p, left);
                return;
            }
            int type = f.U16(p);
            uint len = f.U16(p + 2);     // the length counts the 4-byte TLV header
            if (f.Truncated) return;
            bool known = type < Tlvs.Length;
            var info = known ? Tlvs[type] : default;
            string name = info.Name ?? "unknown field type";
            if (len < TlvHeaderLength)
            {
                if (v)
                {
                    o.Write("\n\t"u8); o.Write(name); o.Write(" (0x"u8); o.Hex((uint)type, 2);
                    o.Write("), TLV length: "u8); o.Dec(len); o.Write(" byte"u8); Plural(o, len); o.Write(" (too short)"u8);
                }
                else
                {
                    o.Write(", "u8); o.Write(name); o.Write(" TLV length "u8); o.Dec(len); o.Write(" too short"u8);
                }
                f.Invalid(p, left);
                return;
            }
            if (len > left)
            {
                o.Write(" (TLV length "u8); o.Dec(len); o.Write(" > "u8); o.Dec(left); o.Char(')');
                f.Invalid(p, left);
                return;
            }
            p += TlvHeaderLength;
            left -= TlvHeaderLength;
            len -= TlvHeaderLength;

            // without -v only the device ID
            if (!v && type == DeviceId)
                o.Write(", Device-ID "u8);
            else if (v)
            {
                o.Write("\n\t"u8); o.Write(name); o.Write(" (0x"u8); o.Hex((uint)type, 2);
                o.Write("), value length: "u8); o.Dec(len); o.Write(" byte"u8); Plural(o, len); o.Write(": "u8);
            }

            bool covered = false;
            if (known)
            {
                if ((info.MinLen > 0 && len < info.MinLen) || (info.MaxLen > 0 && len > info.MaxLen))
                    o.Write(" (malformed TLV)"u8);
                else if (v || type == DeviceId)
                {
                    // a type without a value printer prints no hex dump either
                    if (info.Printer == Value.None) f.Need(p, (int)len);
                    else PrintValue(ref f, info.Printer, p, (int)len);
                    covered = true;
                }
            }
            if (!covered)
            {
                // (tcpdump dumps the TLVs it does not print, without -v too)
                if (!f.Need(p, (int)len)) return;
                HexDump.UnknownData(ref f, p, "\n\t  "u8, (int)len);
            }
            p += (int)len;
            left -= len;
        }
        if (!v) { o.Write(", length "u8); o.Dec(origLength); }
    }

    private static void Plural(TextOut o, uint n)
    {
        if (n != 1) o.Char('s');
    }

    private static void PrintValue(ref Frame f, Value kind, int p, int len)
    {
        var o = f.Out;
        switch (kind)
        {
            case Value.String:
                o.Char('\'');
                Lldp.PrintN(ref f, p, len);
                o.Char('\'');
                break;
            case Value.Address:
                Addresses(ref f, p, len);
                break;
            case Value.Capability:
            {
                uint caps = f.U32(p);
                if (f.Truncated) return;
                o.Write("(0x"u8); o.Hex(caps, 8); o.Write("): "u8);
                Capabilities.Bits(o, caps, "none");
                break;
            }
            case Value.Version:
                // each line of the version text on a line of its own
                o.Write("\n\t  "u8);
                for (int i = 0; i < len && !f.Truncated; i++)
                {
                    byte c = f.U8(p + i);
                    if (f.Truncated) break;
                    if (c == '\n') o.Write("\n\t  "u8);
                    else TextProto.PrintChar(o, c);
                }
                break;
            case Value.Prefixes:
                Prefixes(ref f, p, len);
                break;
            case Value.UInt16:
            {
                int val = f.U16(p);
                if (f.Truncated) return;
                o.Dec(val);
                break;
            }
            case Value.Duplex:
            {
                int d = f.U8(p);
                if (f.Truncated) return;
                o.Write(d != 0 ? "full"u8 : "half"u8);
                break;
            }
            case Value.Ata186:
                if (len == 2)
                {
                    int val = f.U16(p);
                    if (f.Truncated) return;
                    o.Write("unknown 0x"u8); o.Hex((uint)val, 4);
                }
                else
                {
                    int app = f.U8(p), vlan = f.U16(p + 1);
                    if (f.Truncated) return;
                    o.Write("app "u8); o.Dec(app); o.Write(", vlan "u8); o.Dec(vlan);
                }
                break;
            case Value.Power:
            {
                uint mw = len switch { 1 => f.U8(p), 2 => f.U16(p), 3 => f.U24(p), _ => 0u };
                if (f.Truncated) return;
                Watts(o, mw);
                break;
            }
            case Value.Mtu:
            {
                uint mtu = f.U32(p);
                if (f.Truncated) return;
                o.Dec(mtu); o.Write(" bytes"u8);
                break;
            }
            case Value.UInt8Hex:
            {
                int b = f.U8(p);
                if (f.Truncated) return;
                o.Write("0x"u8); o.Hex2((byte)b);
                break;
            }
            case Value.PhysicalLocation:
            {
                int b = f.U8(p);
                if (f.Truncated) return;
                o.Write("0x"u8); o.Hex2((byte)b);
                if (len > 1)
                {
                    o.Char('/');
                    Lldp.PrintN(ref f, p + 1, len - 1);
                }
                break;
            }
        }
    }

    /// <summary>
    /// "%1.2fW" of milliwatts / 1000.0. Only a last digit of 5 is near a rounding tie; there the
    /// double's error (its sign found exactly with a fused multiply-add) decides, and an exact tie
    /// goes to even, as glibc's printf does.
    /// </summary>
    private static void Watts(TextOut o, uint mw)
    {
        uint q = mw / 10, r = mw % 10;
        bool up = r > 5;
        if (r == 5)
        {
            double d = mw / 1000.0;
            double err = Math.FusedMultiplyAdd(d, 1000.0, -(double)mw);
            up = err > 0 || (err == 0 && (q & 1) == 1);
        }
        if (up) q++;
        o.Dec(q / 100); o.Char('.'); o.Dec((ulong)(q % 100), 2); o.Char('W');
    }

    /// <summary>cdp_print_addr: a count, then (protocol type, protocol length, protocol, address length, address) each.</summary>
    private static void Addresses(ref Frame f, int p, int len)
    {
        var o = f.Out;
        uint l = (uint)len;
        if (l < 4)
        {
            o.Write(" (not enough space for num)"u8);
            f.Need(p, (int)l);
            return;
        }
        uint num = f.U32(p);
        p += 4;
        l -= 4;

        while (num > 0 && !f.Truncated)
        {
            if (l < 2)
            {
                o.Write(" (not enough space for PT+PL)"u8);
                f.Need(p, (int)l);
                return;
            }
            int pt = f.U8(p), pl = f.U8(p + 1);
            p += 2;
            l -= 2;
            if (l < pl + 2)
            {
                o.Write(" (not enough space for P+AL)"u8);
                f.Need(p, (int)l);
                return;
            }
            int al = f.U16(p + pl);
            if (f.Truncated) return;

            // NLPID 0xcc: IPv4; an LLC/SNAP header of EtherType 0x86dd: IPv6
            bool ipv4 = pt == 1 && pl == 1 && f.U8(p) == 0xcc && al == 4;
            bool ipv6 = !ipv4 && pt == 2 && pl == 8 && al == 16 && f.Has(p, 8) &&
                f.Data.Slice(p, 8).SequenceEqual((ReadOnlySpan<byte>)[0xaa, 0xaa, 0x03, 0x00, 0x00, 0x00, 0x86, 0xdd]);
            if (ipv4 || ipv6)
            {
                p += pl + 2;
                l -= (uint)pl + 2;
                if (l < al)
                {
                    o.Write(" (not enough space for A)"u8);
                    f.Need(p, (int)l);
                    return;
                }
                var addr = f.Bytes(p, al);
                if (f.Truncated) return;
                if (ipv4) { o.Write("IPv4 ("u8); o.Dec(num); o.Write(") "u8); f.Ctx.Names.IPv4(o, addr); }
                else { o.Write("IPv6 ("u8); o.Dec(num); o.Write(") "u8); f.Ctx.Names.IPv6(o, addr); }
                p += al;
                l -= (uint)al;
            }
            else
            {
                // anything else as raw bytes
                o.Write("pt=0x"u8); o.Hex2((byte)pt); o.Write(", pl="u8); o.Dec(pl); o.Write(", pb="u8);
                for (; pl != 0 && !f.Truncated; pl--, p++, l--)
                {
                    int b = f.U8(p);
                    o.Char(' '); o.Hex2((byte)b);
                }
                if (f.Truncated) return;
                o.Write(", al="u8); o.Dec(al); o.Write(", a="u8);
                p += 2;
                l -= 2;
                if (l < al)
                {
                    o.Write(" (not enough space for A)"u8);
                    f.Need(p, (int)l);
                    return;
                }
                for (; al != 0 && !f.Truncated; al--, p++, l--)
                {
                    int b = f.U8(p);
                    o.Char(' '); o.Hex2((byte)b);
                }
            }
            num--;
            if (num > 0) o.Char(' ');
        }
        if (l > 0) { o.Write(" ("u8); o.Dec(l); o.Write(" bytes of stray data)"u8); }
    }

    /// <summary>cdp_print_prefixes: IPv4 prefixes, 4 address bytes and a length each.</summary>
    private static void Prefixes(ref Frame f, int p, int l)
    {
        var o = f.Out;
        if (l % 5 != 0)
        {
            o.Write(" [length "u8); o.Dec(l); o.Write(" is not a multiple of 5]"u8);
            f.Need(p, l);
            return;
        }
        o.Write(" IPv4 Prefixes ("u8); o.Dec(l / 5); o.Write("):"u8);
        for (; l > 0 && !f.Truncated; l -= 5, p += 5)
        {
            var b = f.Bytes(p, 5);
            if (f.Truncated) return;
            o.Char(' '); o.Dec(b[0]); o.Char('.'); o.Dec(b[1]); o.Char('.'); o.Dec(b[2]); o.Char('.'); o.Dec(b[3]);
            o.Char('/'); o.Dec(b[4]);
        }
    }
}
