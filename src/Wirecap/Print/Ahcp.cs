namespace Wirecap.Print;

/// <summary>
/// AHCP, the Ad-Hoc Configuration Protocol (print-ahcp.c; version 1).
/// <code>
/// +-------------+-------------+-------------+-------------------+
/// | Magic (43)  | Version (1) |  Hopcount   | Original hopcount |
/// |                         Nonce (32)                          |
/// |              Source Id (64), Destination Id (64)            |
/// +-------------+-------------+---------------------------------+
/// |    Type     |     MBZ     |          Body length            |
/// |  options: number (8), length (8), value (Pad and Mandatory have neither)
/// </code>
/// </summary>
public static class Ahcp
{
    public const int Port = 5359;
    private const int Magic = 43, HeaderFixLength = 24, BodyMinLength = 4;
    private const int OptPad = 0, OptMandatory = 1, OptMax = 13;

    private static readonly Tok Messages = new((0, "Discover"), (1, "Offer"), (2, "Request"), (3, "Ack"),
        (4, "Nack"), (5, "Release"));

    private static readonly Tok Options = new((0, "Pad"), (1, "Mandatory"), (2, "Origin Time"), (3, "Expires"),
        (4, "My-IPv6-Address"), (5, "My-IPv4-Address"), (6, "IPv6 Prefix"), (7, "IPv4 Prefix"), (8, "IPv6 Address"),
        (9, "IPv4 Address"), (10, "IPv6 Prefix Delegation"), (11, "IPv4 Prefix Delegation"), (12, "Name Server"),
        (13, "NTP Server"));

    /// <summary>How each option's value prints (None: only its length).</summary>
    private enum Value { None, Time, Seconds, Ipv6Addresses, Ipv4Addresses, Ipv6Prefixes, Ipv4Prefixes }

    private static readonly Value[] Decoders =
    [
        Value.None, Value.None, Value.Time, Value.Seconds, Value.Ipv6Addresses, Value.Ipv4Addresses,
        Value.Ipv6Prefixes, Value.None, Value.Ipv6Addresses, Value.Ipv4Addresses, Value.Ipv6Prefixes,
        Value.Ipv4Prefixes, Value.Ipv6Addresses, Value.Ipv6Addresses,
    ];

    /// <summary>ahcp_print: cp/len are the UDP payload.</summary>
    public static void Print(ref Frame f, int cp, int len)
    {
        f.Proto = "ahcp";
        var o = f.Out;
        o.Write("AHCP"u8);
        if (len < 2) { f.Invalid(cp, len); return; }
        int magic = f.U8(cp);
        if (f.Truncated) return;
        if (magic != Magic) { f.Invalid(cp, len); return; }
        cp++;
        len--;
        int version = f.U8(cp);
        if (f.Truncated) return;
        cp++;
        len--;
        if (version != 1)
        {
            o.Write(" Version "u8); o.Dec(version); o.Write(" (unknown)"u8);
            f.Need(cp, len);
            return;
        }
        o.Write(" Version 1"u8);
        if (len < HeaderFixLength - 2) { f.Invalid(cp, len); return; }
        if (f.Opt.Verbose == 0)
        {
            if (!f.Need(cp, HeaderFixLength - 2)) return;
        }
        else
        {
            int hopcount = f.U8(cp);
            if (f.Truncated) return;
            o.Write("\n\tHopcount "u8); o.Dec(hopcount);
            int original = f.U8(cp + 1);
            if (f.Truncated) return;
            o.Write(", Original Hopcount "u8); o.Dec(original);
            uint nonce = f.U32(cp + 2);
            if (f.Truncated) return;
            o.Write(", Nonce 0x"u8); o.Hex(nonce, 8);
            if (!f.Need(cp + 6, 8)) return;
            o.Write(", Source Id "u8); IdPrint(o, f.Data.Slice(cp + 6, 8));
            if (!f.Need(cp + 14, 8)) return;
            o.Write(", Destination Id "u8); IdPrint(o, f.Data.Slice(cp + 14, 8));
        }
        cp += HeaderFixLength - 2;
        len -= HeaderFixLength - 2;
        BodyPrint(ref f, cp, len);
    }

    /// <summary>linkaddr_string for a non-Ethernet address: colon-separated hex.</summary>
    private static void IdPrint(TextOut o, ReadOnlySpan<byte> id)
    {
        for (int i = 0; i < id.Length; i++)
        {
            if (i > 0) o.Char(':');
            o.Hex2(id[i]);
        }
    }

    private static void BodyPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        if (len < BodyMinLength) { f.Invalid(cp, len); return; }
        int type = f.U8(cp);
        int mbz = f.U8(cp + 1);
        int bodyLength = f.U16(cp + 2);
        if (f.Truncated) return;
        cp += 4;
        len -= 4;
        if (f.Opt.Verbose > 0)
        {
            o.Write("\n\t"u8); Messages.Print(o, (uint)type, "Unknown-%u");
            if (mbz != 0) { o.Write(", MBZ "u8); o.Dec(mbz); }
            o.Write(", Length "u8); o.Dec(bodyLength);
        }
        if (bodyLength > len) { f.Invalid(cp, len); return; }
        // the body's own length bounds the options; anything after it is ignored
        if (f.Opt.Verbose >= 2) OptionsPrint(ref f, cp, bodyLength);
        else f.Need(cp, bodyLength);
    }

    private static void OptionsPrint(ref Frame f, int cp, int len)
    {
        var o = f.Out;
        while (len != 0 && !f.Truncated)
        {
            int number = f.U8(cp);
            if (f.Truncated) return;
            cp++;
            len--;
            o.Write("\n\t "u8); Options.Print(o, (uint)number, "Unknown-%u");
            if (number == OptPad || number == OptMandatory) continue;
            if (len == 0) { f.Invalid(cp, len); return; }
            int optionLength = f.U8(cp);
            if (f.Truncated) return;
            cp++;
            len--;
            if (optionLength > len) { f.Invalid(cp, len); return; }
            var decoder = number <= OptMax ? Decoders[number] : Value.None;
            if (decoder == Value.None)
            {
                o.Write(" (Length "u8); o.Dec(optionLength); o.Char(')');
                if (!f.Need(cp, optionLength)) return;
            }
            else ValuePrint(ref f, decoder, cp, optionLength);
            cp += optionLength;
            len -= optionLength;
        }
    }

    private static void ValuePrint(ref Frame f, Value decoder, int cp, int len)
    {
        var o = f.Out;
        switch (decoder)
        {
            case Value.Time:
            {
                if (len != 4) { f.Invalid(cp, len); return; }
                uint t = f.U32(cp);
                if (f.Truncated) return;
                var d = DateTime.UnixEpoch.AddSeconds(t);
                o.Write(": "u8);
                o.Dec((ulong)d.Year, 4); o.Char('-'); o.Dec((ulong)d.Month, 2); o.Char('-'); o.Dec((ulong)d.Day, 2);
                o.Char(' '); o.Dec((ulong)d.Hour, 2); o.Char(':'); o.Dec((ulong)d.Minute, 2); o.Char(':'); o.Dec((ulong)d.Second, 2);
                o.Write(" UTC"u8);
                return;
            }
            case Value.Seconds:
            {
                if (len != 4) { f.Invalid(cp, len); return; }
                uint s = f.U32(cp);
                if (f.Truncated) return;
                o.Write(": "u8); o.Dec(s); o.Char('s');
                return;
            }
        }

        // lists of addresses or prefixes (address, then a length byte)
        int addressLength = decoder is Value.Ipv6Addresses or Value.Ipv6Prefixes ? 16 : 4;
        bool prefixes = decoder is Value.Ipv6Prefixes or Value.Ipv4Prefixes;
        int itemLength = addressLength + (prefixes ? 1 : 0);
        bool first = true;
        while (len != 0)
        {
            if (len < itemLength) { f.Invalid(cp, len); return; }
            var a = f.Bytes(cp, addressLength);
            int plen = prefixes ? f.U8(cp + addressLength) : 0;
            if (f.Truncated) return;
            o.Write(first ? ": "u8 : ", "u8);
            if (addressLength == 16) f.Ctx.Names.IPv6(o, a); else f.Ctx.Names.IPv4(o, a);
            if (prefixes) { o.Char('/'); o.Dec(plen); }
            cp += itemLength;
            len -= itemLength;
            first = false;
        }
    }
}
