namespace Wirecap.Print;

/// <summary>
/// EDNS(0) options (RFC 6891 6.1.2) in the OPT record's data:
/// <code>
/// +---------------+---------------+-----------------
/// | OPTION-CODE   | OPTION-LENGTH | OPTION-DATA ...
/// +---------------+---------------+-----------------
/// </code>
/// </summary>
public static partial class Dns
{
    /// <summary>eopt_print: "NAME data"; returns the offset of the next option, or -1.</summary>
    private static int PrintEdnsOption(ref Frame f, int cp)
    {
        var o = f.Out;
        if (!f.Has(cp, 2)) return -1;
        uint code = f.U16(cp);
        cp += 2;
        DnsTables.EdnsOptions.Print(o, code, "Opt%u");
        if (!f.Has(cp, 2)) return -1;
        int dataLen = f.U16(cp);
        cp += 2;
        if (!f.Has(cp, dataLen)) return -1;
        if (dataLen == 0) return cp;

        // All of the option's data is captured from here on.
        var data = f.Data.Slice(cp, dataLen);
        o.Char(' ');
        switch (code)
        {
            case DnsTables.OptEcs:
                PrintClientSubnet(o, data);
                break;
            case DnsTables.OptCookie:
                // an 8-byte client cookie, then an optional 8- to 32-byte server cookie
                if (dataLen < 8 || (dataLen > 8 && dataLen < 16) || dataLen > 40)
                    o.Write(" (invalid)"u8);
                else
                    for (int i = 0; i < dataLen; i++)
                    {
                        if (i == 8) o.Char(' ');
                        o.Hex2(data[i]);
                    }
                break;
            case DnsTables.OptKeepalive:
                // in units of 100 ms
                if (dataLen != 2) o.Write(" (invalid)"u8);
                else
                {
                    uint t = (uint)(data[0] << 8 | data[1]);
                    o.Dec(t / 10); o.Char('.'); o.Dec(t % 10); o.Write(" sec"u8);
                }
                break;
            case DnsTables.OptExpire:
                if (dataLen != 4) o.Write(" (invalid)"u8);
                else { o.Dec((uint)(data[0] << 24 | data[1] << 16 | data[2] << 8 | data[3])); o.Write(" sec"u8); }
                break;
            case DnsTables.OptPadding:
                o.Char('('); o.Dec(dataLen); o.Char(')');
                break;
            case DnsTables.OptKeyTag:
                if (dataLen % 2 != 0) o.Write(" (invalid)"u8);
                else
                    for (int i = 0; i < dataLen; i += 2)
                    {
                        if (i > 0) o.Char(' ');
                        o.Dec((uint)(data[i] << 8 | data[i + 1]));
                    }
                break;
            case DnsTables.OptDau:
                PrintAlgorithms(o, data, DnsTables.DnssecAlgorithms);
                break;
            case DnsTables.OptDhu:
                PrintAlgorithms(o, data, DnsTables.DsHashes);
                break;
            case DnsTables.OptN3u:
                PrintAlgorithms(o, data, DnsTables.Nsec3Hashes);
                break;
            case DnsTables.OptChain:
                // The closest trust point, as a name; tcpdump takes the option's end as the message start.
                PrintName(ref f, cp, cp + dataLen);
                break;
            default:
                // NSID and unknown options: the bytes in hex
                for (int i = 0; i < dataLen; i++) o.Hex2(data[i]);
                break;
        }
        return cp + dataLen;
    }

    private static void PrintAlgorithms(TextOut o, ReadOnlySpan<byte> data, Tok names)
    {
        for (int i = 0; i < data.Length; i++)
        {
            if (i > 0) o.Char(' ');
            names.Print(o, data[i], "Alg_%u");
        }
    }

    /// <summary>
    /// EDNS Client Subnet (RFC 7871): FAMILY(2) SOURCE PREFIX-LENGTH(1) SCOPE PREFIX-LENGTH(1) and
    /// the address truncated to the source prefix, printed as address/source/scope.
    /// </summary>
    private static void PrintClientSubnet(TextOut o, ReadOnlySpan<byte> data)
    {
        if (data.Length < 4)
        {
            o.Write(" (invalid)"u8);
            return;
        }
        int family = data[0] << 8 | data[1];
        int srcLen = data[2], scopeLen = data[3];
        int addrBits;
        if (family == 1) addrBits = 32;
        else if (family == 2) addrBits = 128;
        else
        {
            o.Write(" (invalid)"u8);
            return;
        }
        int addrLen = data.Length - 4;
        if (addrLen > addrBits / 8 || srcLen > addrBits || scopeLen > addrBits || (srcLen + 7) / 8 != addrLen)
        {
            o.Write(" (invalid)"u8);
            return;
        }
        Span<byte> padded = stackalloc byte[16];
        padded.Clear();
        data[4..].CopyTo(padded);
        if (family == 1) o.IPv4(padded[..4]);
        else o.IPv6(padded);
        o.Char('/'); o.Dec(srcLen); o.Char('/'); o.Dec(scopeLen);
    }
}
