namespace Wirecap.Print;

/// <summary>
/// ISAKMP / IKEv1 (RFC 2408, 2407) and IKEv2 (RFC 4306) as print-isakmp.c shows them, without
/// decryption, and the RFC 3948 NAT-T framing on port 4500 (keep-alive, non-ESP marker, ESP in UDP).
/// Payload printers return the offset just past what they consumed, or -1 when the chain must stop
/// (tcpdump's NULL); a payload that runs off the capture prints its own " [|name]" marker.
/// </summary>
public static class Isakmp
{
    // Header: initiator cookie (8), responder cookie (8), next payload (1), version (1), exchange
    // type (1), flags (1), message ID (4), length (4).
    private const int HeaderLength = 28;
    private const int OffNp = 16, OffVersion = 17, OffExchange = 18, OffFlags = 19, OffMsgId = 20, OffLength = 24;
    // Generic payload header: next payload (1), critical/reserved (1), payload length (2).
    private const int GenLength = 4;

    private const int NpSa = 1, NpProposal = 2, NpTransform = 3, NpKe = 4, NpId = 5, NpCert = 6, NpCr = 7,
        NpHash = 8, NpSig = 9, NpNonce = 10, NpNotify = 11, NpDelete = 12, NpVid = 13, NpV2Encrypted = 46;
    private const int FlagEncrypted = 0x01, FlagCommit = 0x02, FlagInitiator = 0x08, FlagVersion = 0x10, FlagResponse = 0x20;

    private static readonly string?[] ProtoIds = [null, "isakmp", "ipsec-ah", "ipsec-esp", "ipcomp"];

    private static readonly string?[] PayloadNames = [
        "none", "sa", "p", "t", "ke", "id", "cert", "cr", "hash",
        "sig", "nonce", "n", "d", "vid",
        "pay14", "pay15", "pay16", "pay17", "pay18",
        "pay19", "pay20", "pay21", "pay22", "pay23",
        "pay24", "pay25", "pay26", "pay27", "pay28",
        "pay29", "pay30", "pay31", "pay32",
        "v2sa", "v2ke", "v2IDi", "v2IDr", "v2cert",
        "v2cr", "v2auth", "v2nonce", "v2n", "v2d",
        "v2vid", "v2TSi", "v2TSr", "v2e", "v2cp",
        "v2eap"];

    private static readonly string?[] ExchangeTypes = BuildExchangeTypes();

    private static string?[] BuildExchangeTypes()
    {
        var t = new string?[38];
        string[] v1 = ["none", "base", "ident", "auth", "agg", "inf"];
        for (int i = 0; i < v1.Length; i++) t[i] = v1[i];
        t[32] = "oakley-quick"; t[33] = "oakley-newgroup";
        t[34] = "ikev2_init"; t[35] = "ikev2_auth"; t[36] = "child_sa"; t[37] = "inf2";
        return t;
    }

    // Transform identifiers by protocol (IKEv1) and by transform type (IKEv2).
    private static readonly string?[] IkeTransformIds = [null, "ike"];
    private static readonly string?[] V2TransformTypes = [null, "encr", "prf", "integ", "dh", "esn"];
    private static readonly string?[] AhTransformIds = [null, "(reserved)", "md5", "sha", "1des", "sha2-256", "sha2-384", "sha2-512"];
    private static readonly string?[] PrfIds = [null, "hmac-md5", "hmac-sha", "hmac-tiger", "aes128_xcbc"];
    private static readonly string?[] IntegIds = [null, "hmac-md5", "hmac-sha", "dec-mac", "kpdk-md5", "aes-xcbc"];
    private static readonly string?[] EsnIds = ["no-esn", "esn"];
    private static readonly string?[] DhGroups = [null, "modp768", "modp1024", "EC2N 2^155", "EC2N 2^185", "modp1536",
        "iana-grp06", "iana-grp07", "iana-grp08", "iana-grp09", "iana-grp10", "iana-grp11", "iana-grp12", "iana-grp13",
        "modp2048", "modp3072", "modp4096", "modp6144", "modp8192"];
    private static readonly string?[] EspTransformIds = [null, "1des-iv64", "1des", "3des", "rc5", "idea", "cast",
        "blowfish", "3idea", "1des-iv32", "rc4", "null", "aes"];
    private static readonly string?[] IpcompTransformIds = [null, "oui", "deflate", "lzs"];
    private static readonly string?[] CertEncodings = ["none", "pkcs7", "pgp", "dns", "x509sign", "x509ke", "kerberos",
        "crl", "arl", "spki", "x509attr"];
    private static readonly string?[] IpsecIdTypes = [null, "IPv4", "FQDN", "user FQDN", "IPv4net", "IPv6",
        "IPv6net", "IPv4range", "IPv6range", "ASN1 DN", "ASN1 GN", "keyid"];
    private static readonly string?[] V2AuthMethods = ["invalid", "rsasig", "shared-secret", "dsssig"];

    // IKEv1 notify message types by range: errors from 0, IPsec errors from 8192, status from 16384,
    // IPsec status from 24576.
    private static readonly string?[] NotifyErrors = [null, "INVALID-PAYLOAD-TYPE", "DOI-NOT-SUPPORTED",
        "SITUATION-NOT-SUPPORTED", "INVALID-COOKIE", "INVALID-MAJOR-VERSION", "INVALID-MINOR-VERSION",
        "INVALID-EXCHANGE-TYPE", "INVALID-FLAGS", "INVALID-MESSAGE-ID", "INVALID-PROTOCOL-ID", "INVALID-SPI",
        "INVALID-TRANSFORM-ID", "ATTRIBUTES-NOT-SUPPORTED", "NO-PROPOSAL-CHOSEN", "BAD-PROPOSAL-SYNTAX",
        "PAYLOAD-MALFORMED", "INVALID-KEY-INFORMATION", "INVALID-ID-INFORMATION", "INVALID-CERT-ENCODING",
        "INVALID-CERTIFICATE", "CERT-TYPE-UNSUPPORTED", "INVALID-CERT-AUTHORITY", "INVALID-HASH-INFORMATION",
        "AUTHENTICATION-FAILED", "INVALID-SIGNATURE", "ADDRESS-NOTIFICATION", "NOTIFY-SA-LIFETIME",
        "CERTIFICATE-UNAVAILABLE", "UNSUPPORTED-EXCHANGE-TYPE", "UNEQUAL-PAYLOAD-LENGTHS"];
    private static readonly string?[] IpsecNotifyErrors = ["RESERVED"];
    private static readonly string?[] NotifyStatus = ["CONNECTED"];
    private static readonly string?[] IpsecNotifyStatus = ["RESPONDER-LIFETIME", "REPLAY-STATUS", "INITIAL-CONTACT"];
    private const int NotifyResponderLifetime = 24576, NotifyReplayStatus = 24577;

    /// <summary>An attribute type's name and the names of its values; only values below Count are named.</summary>
    private sealed record AttrMap(string? Type, int Count, string?[] Values);

    private static readonly string?[] NoValues = [];
    private static readonly string?[] LifeTypes = [null, "sec", "kb"];

    private static readonly AttrMap[] IpsecAttrs = [
        new(null, 0, NoValues), new("lifetype", 3, LifeTypes), new("life", 0, NoValues),
        new("group desc", 18, DhGroups), new("enc mode", 3, [null, "tunnel", "transport"]),
        new("auth", 5, [null, "hmac-md5", "hmac-sha1", "1des-mac", "keyed"]), new("keylen", 0, NoValues),
        new("rounds", 0, NoValues), new("dictsize", 0, NoValues), new("privalg", 0, NoValues)];

    private static readonly AttrMap[] EncrAttrs = BuildEncrAttrs();

    private static AttrMap[] BuildEncrAttrs()
    {
        var m = new AttrMap[15];
        for (int i = 0; i < 14; i++) m[i] = new(null, 0, NoValues);
        m[14] = new("keylen", 14, NoValues);
        return m;
    }

    private static readonly AttrMap[] OakleyAttrs = [
        new(null, 0, NoValues),
        new("enc", 8, [null, "1des", "idea", "blowfish", "rc5", "3des", "cast", "aes"]),
        new("hash", 7, [null, "md5", "sha1", "tiger", "sha2-256", "sha2-384", "sha2-512"]),
        new("auth", 6, [null, "preshared", "dss", "rsa sig", "rsa enc", "rsa enc revised"]),
        new("group desc", 18, DhGroups),
        new("group type", 4, [null, "MODP", "ECP", "EC2N"]),
        new("group prime", 0, NoValues), new("group gen1", 0, NoValues), new("group gen2", 0, NoValues),
        new("group curve A", 0, NoValues), new("group curve B", 0, NoValues),
        new("lifetype", 3, LifeTypes), new("lifeduration", 0, NoValues), new("prf", 0, NoValues),
        new("keylen", 0, NoValues), new("field", 0, NoValues), new("order", 0, NoValues)];

    /// <summary>
    /// The initiators seen so far (tcpdump's cookie cache of 20 entries): the initiator cookie and
    /// the addresses of its first packet, to tell the initiator (I) from the responder (R).
    /// </summary>
    public sealed class CookieCache
    {
        public const int Size = 20;
        internal readonly byte[] Cookies = new byte[Size * 8];
        internal readonly byte[] Versions = new byte[Size];
        internal readonly byte[] InitiatorAddrs = new byte[Size * 16];
        internal readonly byte[] ResponderAddrs = new byte[Size * 16];
        internal int Next;

        internal int Find(ReadOnlySpan<byte> cookie)
        {
            for (int i = 0; i < Size; i++)
                if (cookie.SequenceEqual(Cookies.AsSpan(i * 8, 8))) return i;
            return -1;
        }
    }

    private static void StrOrId(TextOut o, uint x, string?[] table)
    {
        if (x < (uint)table.Length && table[x] is { } s) o.Write(s);
        else { o.Char('#'); o.Dec(x); }
    }

    private static void NpName(TextOut o, int np) => StrOrId(o, (uint)np, PayloadNames);

    /// <summary>A payload's own truncation marker: " [|name]".</summary>
    private static int PayloadTrunc(TextOut o, int np)
    {
        o.Write(" [|"u8); NpName(o, np); o.Char(']');
        return -1;
    }

    private static void Indent(TextOut o, int depth)
    {
        o.Char('\n');
        for (int i = 0; i < depth; i++) o.Write("    "u8);
        o.Char('(');
    }

    /// <summary>rawprint: len bytes in hex, or false (nothing printed) when they were not all captured.</summary>
    private static bool RawPrint(ref Frame f, int off, long len)
    {
        if (!f.Has(off, (int)Math.Clamp(len, -1, int.MaxValue))) return false;
        var o = f.Out;
        for (int i = 0; i < (int)len; i++) o.Hex2(f.Data[off + i]);
        return true;
    }

    /// <summary>ike_show_somedata: the first 10 and the last 20 bytes up to the capture end ep.</summary>
    private static bool ShowSomeData(ref Frame f, int cp, int ep)
    {
        long end = ep - 20, elen = 20, len = ep - cp;
        if (len > 10 || len < 0) len = 10;          // a negative length is a huge size_t in tcpdump
        if (end < cp + len) { end = cp + len; elen = ep - end; }
        f.Out.Write(" data=("u8);
        if (!RawPrint(ref f, cp, len)) return false;
        f.Out.Write("..."u8);
        if (elen != 0 && !RawPrint(ref f, (int)end, elen)) return false;
        f.Out.Char(')');
        return true;
    }

    /// <summary>isakmp_print: the message at bp, length bytes; ipOff is the enclosing IP header.</summary>
    public static void Print(ref Frame f, int bp, int length, int ipOff)
    {
        f.Proto = "isakmp";
        var o = f.Out;
        if (!f.Has(bp, HeaderLength)) { f.PrintTrunc(); return; }
        o.Write("isakmp"u8);
        int vers = f.U8(bp + OffVersion);
        int major = vers >> 4, minor = vers & 0x0f;
        int v = f.Opt.Verbose;
        if (v > 0)
        {
            o.Char(' '); o.Dec(major); o.Char('.'); o.Dec(minor);
            o.Write(" msgid "u8); RawPrint(ref f, bp + OffMsgId, 4);
        }
        if (v > 1)
        {
            o.Write(" cookie "u8); RawPrint(ref f, bp, 8);
            o.Write("->"u8); RawPrint(ref f, bp + 8, 8);
        }
        o.Char(':');
        if (major == 1) V1Print(ref f, bp, length, ipOff);
        else if (major == 2) V2Print(ref f, bp, length);
    }

    /// <summary>isakmp_rfc3948_print: port 4500 carries NAT keep-alives, IKE after a zero marker, or ESP.</summary>
    public static void Rfc3948Print(ref Frame f, int bp, int length, int ipOff)
    {
        f.Proto = "isakmp_rfc3948";
        if (length == 1 && f.U8(bp) == 0xff) { f.Out.Write("isakmp-nat-keep-alive"u8); return; }
        if (f.Truncated) return;
        if (length < 4) { f.PrintTrunc(); return; }
        // A zero where the ESP SPI would be is the non-ESP marker: IKE follows.
        uint marker = f.U32(bp);
        if (f.Truncated) return;
        if (marker == 0)
        {
            f.Out.Write("NONESP-encap: "u8);
            Print(ref f, bp + 4, length - 4, ipOff);
            return;
        }
        f.Out.Write("UDP-encap: "u8);
        Esp.Print(ref f, bp, length);
    }

    private static void V1Print(ref Frame f, int bp, int length, int ipOff)
    {
        var o = f.Out;
        int ep = f.End;
        uint phase = f.U32(bp + OffMsgId) == 0 ? 1u : 2u;
        o.Write(phase == 1 ? " phase 1"u8 : " phase 2/others"u8);

        var cache = f.Ctx.IsakmpCookies ??= new CookieCache();
        var cookie = f.Data.Slice(bp, 8);
        int i = cache.Find(cookie);
        if (i < 0)
        {
            if (f.Data.Slice(bp + 8, 8).IndexOfAnyExcept((byte)0) < 0)
            {
                o.Write(" I"u8);    // the first packet of the exchange
                CookieRecord(ref f, cache, cookie, ipOff);
            }
            else o.Write(" ?"u8);
        }
        else if (CookieSideCheck(ref f, cache, i, ipOff, initiator: true)) o.Write(" I"u8);
        else if (CookieSideCheck(ref f, cache, i, ipOff, initiator: false)) o.Write(" R"u8);
        else o.Write(" ?"u8);

        o.Char(' '); StrOrId(o, f.U8(bp + OffExchange), ExchangeTypes);
        int flags = f.U8(bp + OffFlags);
        if (flags != 0)
        {
            o.Char('[');
            if ((flags & FlagEncrypted) != 0) o.Char('E');
            if ((flags & FlagCommit) != 0) o.Char('C');
            o.Char(']');
        }
        if (f.Opt.Verbose == 0) return;
        o.Char(':');
        int np = f.U8(bp + OffNp);
        if ((flags & FlagEncrypted) != 0)
        {
            o.Write(" [encrypted "u8); NpName(o, np); o.Char(']');
        }
        else if (ep < bp + HeaderLength) PayloadTrunc(o, np);
        else V1SubPrint(ref f, np, bp + HeaderLength, ep, phase, 0, 0, 0);
        LengthCheck(ref f, bp, length);
    }

    /// <summary>With -v: the ISAKMP length against the UDP payload length.</summary>
    private static void LengthCheck(ref Frame f, int bp, int length)
    {
        uint len = f.U32(bp + OffLength);
        if (len != (uint)length)
        {
            f.Out.Write(" (len mismatch: isakmp "u8); f.Out.Dec(len); f.Out.Write("/ip "u8); f.Out.Dec((uint)length); f.Out.Char(')');
        }
    }

    /// <summary>The enclosing IP header's version when its addresses are in the capture, else 0.</summary>
    private static int IpVersion(ref Frame f, int ipOff)
    {
        if (ipOff < 0 || ipOff >= f.Data.Length) return 0;
        int v = f.Data[ipOff] >> 4;
        return (v == 4 && ipOff + 20 <= f.Data.Length) || (v == 6 && ipOff + 40 <= f.Data.Length) ? v : 0;
    }

    private static void CookieRecord(ref Frame f, CookieCache cache, ReadOnlySpan<byte> cookie, int ipOff)
    {
        int i = cache.Find(cookie);
        if (i >= 0) { cache.Next = (i + 1) % CookieCache.Size; return; }
        int n = cache.Next;
        switch (IpVersion(ref f, ipOff))
        {
            case 4:
                cache.Versions[n] = 4;
                f.Data.Slice(ipOff + 12, 4).CopyTo(cache.InitiatorAddrs.AsSpan(n * 16));
                f.Data.Slice(ipOff + 16, 4).CopyTo(cache.ResponderAddrs.AsSpan(n * 16));
                break;
            case 6:
                cache.Versions[n] = 6;
                f.Data.Slice(ipOff + 8, 16).CopyTo(cache.InitiatorAddrs.AsSpan(n * 16));
                f.Data.Slice(ipOff + 24, 16).CopyTo(cache.ResponderAddrs.AsSpan(n * 16));
                break;
            default:
                return;
        }
        cookie.CopyTo(cache.Cookies.AsSpan(n * 8));
        cache.Next = (n + 1) % CookieCache.Size;
    }

    /// <summary>cookie_sidecheck: is this packet's source the recorded initiator (or responder) address?</summary>
    private static bool CookieSideCheck(ref Frame f, CookieCache cache, int i, int ipOff, bool initiator)
    {
        var addrs = initiator ? cache.InitiatorAddrs : cache.ResponderAddrs;
        switch (IpVersion(ref f, ipOff))
        {
            case 4:
                return cache.Versions[i] == 4 && f.Data.Slice(ipOff + 12, 4).SequenceEqual(addrs.AsSpan(i * 16, 4));
            case 6:
                return cache.Versions[i] == 6 && f.Data.Slice(ipOff + 8, 16).SequenceEqual(addrs.AsSpan(i * 16, 16));
            default:
                return false;
        }
    }

    private static void V2Print(ref Frame f, int bp, int length)
    {
        var o = f.Out;
        int ep = f.End;
        uint phase = f.U32(bp + OffMsgId) == 0 ? 1u : 2u;
        o.Write(phase == 1 ? " parent_sa"u8 : " child_sa "u8);
        o.Char(' '); StrOrId(o, f.U8(bp + OffExchange), ExchangeTypes);
        int flags = f.U8(bp + OffFlags);
        if (flags != 0)
        {
            o.Char('[');
            if ((flags & FlagInitiator) != 0) o.Char('I');
            if ((flags & FlagVersion) != 0) o.Char('V');
            if ((flags & FlagResponse) != 0) o.Char('R');
            o.Char(']');
        }
        if (f.Opt.Verbose == 0) return;
        o.Char(':');
        int np = f.U8(bp + OffNp);
        if ((flags & FlagEncrypted) != 0)
        {
            o.Write(" [encrypted "u8); NpName(o, np); o.Char(']');
        }
        else if (ep < bp + HeaderLength) PayloadTrunc(o, np);
        else V2SubPrint(ref f, np, bp + HeaderLength, ep, phase, 0, 0, 0);
        LengthCheck(ref f, bp, length);
    }

    // ---- payload chains ----

    /// <summary>ikev1_sub_print: the chain of payloads starting with type np at ext.</summary>
    private static int V1SubPrint(ref Frame f, int np, int ext, int ep, uint phase, uint doi, uint proto, int depth)
    {
        var o = f.Out;
        int cp = ext;
        while (np != 0)
        {
            if (!f.Has(ext, GenLength)) return PayloadTrunc(o, np);
            int itemLen = f.U16(ext + 2);
            if (!f.Has(ext, itemLen)) return PayloadTrunc(o, np);
            Indent(o, depth + 1);
            cp = Sub0Print(ref f, np, ext, ep, phase, doi, proto, depth + 1, v2: false);
            o.Char(')');
            if (cp < 0 || f.Truncated) return -1;
            np = f.U8(ext);
            ext = cp;
        }
        return cp;
    }

    /// <summary>ikev2_sub_print: as <see cref="V1SubPrint"/>, with the encrypted payload handled.</summary>
    private static int V2SubPrint(ref Frame f, int np, int ext, int ep, uint phase, uint doi, uint proto, int depth)
    {
        var o = f.Out;
        int cp = ext;
        while (np != 0)
        {
            if (!f.Has(ext, GenLength)) return PayloadTrunc(o, np);
            if (!f.Has(ext, f.U16(ext + 2))) return PayloadTrunc(o, np);
            Indent(o, depth + 1);
            cp = Sub0Print(ref f, np, ext, ep, phase, doi, proto, depth + 1, v2: true);
            o.Char(')');
            if (cp < 0 || f.Truncated) return -1;
            np = f.U8(ext);
            ext = cp;
        }
        return cp;
    }

    /// <summary>ike_sub0_print / ikev2_sub0_print: one payload by its type.</summary>
    private static int Sub0Print(ref Frame f, int np, int ext, int ep, uint phase, uint doi, uint proto, int depth, bool v2)
    {
        if (!f.Has(ext, GenLength)) { f.PrintTrunc(); return -1; }
        // A payload shorter than its own header would loop for ever: the chain stops.
        int itemLen = f.U16(ext + 2);
        if (itemLen <= GenLength) return -1;
        if (v2 && np == NpV2Encrypted) return V2EncryptedPrint(ref f, np, ext, itemLen);
        return np switch
        {
            NpSa => V1SaPrint(ref f, ext, ep, phase, proto, depth),
            NpProposal => V1ProposalPrint(ref f, ext, ep, phase, doi, depth),
            NpTransform => V1TransformPrint(ref f, ext, itemLen, ep, proto),
            NpKe => V1DataPrint(ref f, np, ext, itemLen, " key len="u8),
            NpId => V1IdPrint(ref f, ext, itemLen),
            NpCert or NpCr => V1CertPrint(ref f, np, ext, itemLen),
            NpHash or NpSig or NpVid => V1DataPrint(ref f, np, ext, itemLen, " len="u8),
            NpNonce => V1NoncePrint(ref f, ext, itemLen, ep),
            NpNotify => V1NotifyPrint(ref f, ext, itemLen, ep),
            NpDelete => V1DeletePrint(ref f, ext),
            33 => V2SaPrint(ref f, np, ext, ep, depth),
            34 => V2KePrint(ref f, np, ext, itemLen),
            35 or 36 => V2IdPrint(ref f, np, ext, itemLen),
            39 => V2AuthPrint(ref f, np, ext, itemLen, ep),
            40 => V2NoncePrint(ref f, np, ext, itemLen, ep),
            41 => V2NotifyPrint(ref f, ext, itemLen, ep),
            43 => V2VidPrint(ref f, np, ext, itemLen),
            37 or 38 or 42 or 44 or 45 or 47 or 48 => V2GenPrint(ref f, np, ext, itemLen),
            _ => NoPrinter(ref f, np, ext, itemLen),
        };
    }

    private static int NoPrinter(ref Frame f, int np, int ext, int itemLen)
    {
        NpName(f.Out, np);
        return ext + itemLen;
    }

    // ---- IKEv1 payloads ----

    /// <summary>Security association: DOI (4), situation (4), [labelled domain identifier (4)], proposals.</summary>
    private static int V1SaPrint(ref Frame f, int ext, int ep, uint phase, uint proto, int depth)
    {
        var o = f.Out;
        o.Write("sa:"u8);
        if (!f.Has(ext, 12)) return PayloadTrunc(o, NpSa);
        uint doi = f.U32(ext + 4), sit = f.U32(ext + 8);
        if (doi != 1)
        {
            o.Write(" doi="u8); o.Dec(doi); o.Write(" situation="u8); o.Dec(sit);
            return ext + 12;
        }
        o.Write(" doi=ipsec situation="u8);
        bool any = false;
        if ((sit & 0x01) != 0) { o.Write("identity"u8); any = true; }
        if ((sit & 0x02) != 0) { if (any) o.Char('+'); o.Write("secrecy"u8); any = true; }
        if ((sit & 0x04) != 0) { if (any) o.Char('+'); o.Write("integrity"u8); }
        int np = ext + 12;
        if (sit != 0x01)
        {
            // tcpdump reads this word 4 bytes into the payload (the DOI), not after the situation.
            o.Write(" ident="u8); o.Dec(f.U32(ext + 4));
            np += 4;
        }
        if (!f.Has(np, GenLength)) return PayloadTrunc(o, NpSa);
        return V1SubPrint(ref f, NpProposal, np, ep, phase, doi, proto, depth);
    }

    /// <summary>Proposal: number (1), protocol (1), SPI size (1), transform count (1), SPI, transforms.</summary>
    private static int V1ProposalPrint(ref Frame f, int ext, int ep, uint phase, uint doi, int depth)
    {
        var o = f.Out;
        o.Write("p:"u8);
        if (!f.Has(ext, 8)) return PayloadTrunc(o, NpProposal);
        int protoId = f.U8(ext + 5), spiSize = f.U8(ext + 6);
        o.Write(" #"u8); o.Dec(f.U8(ext + 4));
        o.Write(" protoid="u8); StrOrId(o, (uint)protoId, ProtoIds);
        o.Write(" transform="u8); o.Dec(f.U8(ext + 7));
        if (spiSize != 0)
        {
            o.Write(" spi="u8);
            if (!RawPrint(ref f, ext + 8, spiSize)) return PayloadTrunc(o, NpProposal);
        }
        int next = ext + 8 + spiSize;
        if (!f.Has(next, GenLength)) return PayloadTrunc(o, NpProposal);
        return V1SubPrint(ref f, NpTransform, next, ep, phase, doi, (uint)protoId, depth);
    }

    /// <summary>Transform: number (1), transform ID (1), reserved (2), attributes.</summary>
    private static int V1TransformPrint(ref Frame f, int ext, int itemLen, int ep, uint proto)
    {
        var o = f.Out;
        o.Write("t:"u8);
        if (!f.Has(ext, 8)) return PayloadTrunc(o, NpTransform);
        int id = f.U8(ext + 5);
        string?[]? ids;
        AttrMap[]? map;
        switch (proto)
        {
            case 1: ids = IkeTransformIds; map = OakleyAttrs; break;
            case 2: ids = AhTransformIds; map = IpsecAttrs; break;
            case 3: ids = EspTransformIds; map = IpsecAttrs; break;
            case 4: ids = IpcompTransformIds; map = IpsecAttrs; break;
            default: ids = null; map = null; break;
        }
        o.Write(" #"u8); o.Dec(f.U8(ext + 4)); o.Write(" id="u8);
        if (ids != null) StrOrId(o, (uint)id, ids); else o.Dec(id);
        o.Char(' ');
        int cp = AttributesPrint(ref f, ext + 8, ext + itemLen, ep, map);
        return cp < 0 ? PayloadTrunc(o, NpTransform) : cp;
    }

    /// <summary>The attribute list of a transform, from cp to ep2 (the payload end); "..." when the capture ends first.</summary>
    private static int AttributesPrint(ref Frame f, int cp, int ep2, int ep, AttrMap[]? map)
    {
        while (cp < ep && cp < ep2)
        {
            cp = AttributePrint(ref f, cp, ep2, map);
            if (cp < 0) return -1;
        }
        if (ep < ep2) f.Out.Write("..."u8);
        return cp;
    }

    /// <summary>
    /// One data attribute: AF bit and type (2), then the value itself (AF=1) or its length (AF=0)
    /// and the value. Named by map where it has the type.
    /// </summary>
    private static int AttributePrint(ref Frame f, int p, int ep2, AttrMap[]? map)
    {
        var o = f.Out;
        bool fixedValue = (f.U8(p) & 0x80) != 0;
        int totlen = fixedValue ? 4 : 4 + f.U16(p + 2);
        if (f.Truncated) return -1;
        if (ep2 < p + totlen) { o.Write("[|attr]"u8); return ep2 + 1; }
        o.Char('(');
        int t = f.U16(p) & 0x7fff;
        AttrMap? m = map != null && t < map.Length && map[t].Type != null ? map[t] : null;
        o.Write("type="u8);
        if (m != null) o.Write(m.Type!); else { o.Char('#'); o.Dec(t); }
        o.Char(' ');
        if (fixedValue)
        {
            o.Write("value="u8);
            int v = f.U16(p + 2);
            if (m != null && v < m.Count && v < m.Values.Length && m.Values[v] is { } name) o.Write(name);
            else if (!RawPrint(ref f, p + 2, 2)) { o.Char(')'); return -1; }
        }
        else
        {
            o.Write("len="u8); o.Dec(totlen - 4); o.Write(" value="u8);
            if (!RawPrint(ref f, p + 4, totlen - 4)) { o.Char(')'); return -1; }
        }
        o.Char(')');
        return p + totlen;
    }

    /// <summary>KE, hash, signature, vendor ID: the data length, and the data in hex with -vvv.</summary>
    private static int V1DataPrint(ref Frame f, int np, int ext, int itemLen, ReadOnlySpan<byte> lenLabel)
    {
        var o = f.Out;
        NpName(o, np); o.Char(':');
        if (!f.Has(ext, GenLength)) return PayloadTrunc(o, np);
        o.Write(lenLabel); o.Dec(itemLen - 4);
        if (f.Opt.Verbose > 2 && itemLen > 4)
        {
            o.Char(' ');
            if (!RawPrint(ref f, ext + 4, itemLen - 4)) return PayloadTrunc(o, np);
        }
        return ext + itemLen;
    }

    /// <summary>Certificate and certificate request: encoding (1), data.</summary>
    private static int V1CertPrint(ref Frame f, int np, int ext, int itemLen)
    {
        var o = f.Out;
        NpName(o, np); o.Char(':');
        if (!f.Has(ext, 6)) return PayloadTrunc(o, np);
        o.Write(" len="u8); o.Dec(itemLen - 4);
        o.Write(" type="u8); StrOrId(o, f.U8(ext + 4), CertEncodings);
        if (f.Opt.Verbose > 2 && itemLen > 4)
        {
            o.Char(' ');
            if (!RawPrint(ref f, ext + 4, itemLen - 4)) return PayloadTrunc(o, np);
        }
        return ext + itemLen;
    }

    private static int V1NoncePrint(ref Frame f, int ext, int itemLen, int ep)
    {
        var o = f.Out;
        o.Write("nonce:"u8);
        if (!f.Has(ext, GenLength)) return PayloadTrunc(o, NpNonce);
        o.Write(" n len="u8); o.Dec(itemLen - 4);
        if (itemLen > 4)
        {
            if (f.Opt.Verbose > 2)
            {
                o.Char(' ');
                if (!RawPrint(ref f, ext + 4, itemLen - 4)) return PayloadTrunc(o, NpNonce);
            }
            else if (f.Opt.Verbose > 1)
            {
                o.Char(' ');
                if (!ShowSomeData(ref f, ext + 4, ep)) return PayloadTrunc(o, NpNonce);
            }
        }
        return ext + itemLen;
    }

    /// <summary>Identification in the IPsec DOI: ID type (1), protocol (1), port (2), the identity.</summary>
    private static int V1IdPrint(ref Frame f, int ext, int itemLen)
    {
        var o = f.Out;
        o.Write("id:"u8);
        if (!f.Has(ext, 8)) return PayloadTrunc(o, NpId);
        int data = ext + 8;
        int len = itemLen > 8 ? itemLen - 8 : 0;
        int type = f.U8(ext + 4), protoId = f.U8(ext + 5);
        o.Write(" idtype="u8); StrOrId(o, (uint)type, IpsecIdTypes);
        // A protocol ID of 0 means "any", not IP.
        if (f.Opt.Resolve && protoId != 0 && IpProto.NetdbName(protoId) is { } pname) { o.Write(" protoid="u8); o.Write(pname); }
        else { o.Write(" protoid="u8); o.Dec(protoId); }
        o.Write(" port="u8); o.Dec(f.U16(ext + 6));
        if (len == 0) return ext + itemLen;
        if (!f.Has(data, len)) return PayloadTrunc(o, NpId);
        var names = f.Ctx.Names;
        switch (type)
        {
            case 1:     // IPv4 address
                LenPrint(o, len);
                if (len < 4) o.Write(" [bad: < 4]"u8);
                else { o.Char(' '); names.IPv4(o, f.Data.Slice(data, 4)); }
                len = 0;
                break;
            case 2:     // FQDN
            case 3:     // user FQDN
                LenPrint(o, len); o.Char(' ');
                for (int i = 0; i < len; i++) TextProto.PrintChar(o, f.Data[data + i]);
                len = 0;
                break;
            case 4:     // IPv4 subnet: address, mask
                LenPrint(o, len);
                if (len < 8) o.Write(" [bad: < 8]"u8);
                else
                {
                    o.Char(' '); names.IPv4(o, f.Data.Slice(data, 4));
                    o.Char('/'); o.Dec(f.Data[data + 4]); o.Char('.'); o.Dec(f.Data[data + 5]);
                    o.Char('.'); o.Dec(f.Data[data + 6]); o.Char('.'); o.Dec(f.Data[data + 7]);
                }
                len = 0;
                break;
            case 5:     // IPv6 address
                LenPrint(o, len);
                if (len < 16) o.Write(" [bad: < 16]"u8);
                else { o.Char(' '); names.IPv6(o, f.Data.Slice(data, 16)); }
                len = 0;
                break;
            case 6:     // IPv6 subnet: address, mask in hex
                LenPrint(o, len);
                if (len < 32) o.Write(" [bad: < 32]"u8);
                else
                {
                    o.Char(' '); names.IPv6(o, f.Data.Slice(data, 16));
                    o.Write("/0x"u8);
                    for (int i = 0; i < 16; i++) o.Hex2(f.Data[data + 16 + i]);
                }
                len = 0;
                break;
            case 7:     // IPv4 range
                LenPrint(o, len);
                if (len < 8) o.Write(" [bad: < 8]"u8);
                else
                {
                    o.Char(' '); names.IPv4(o, f.Data.Slice(data, 4));
                    o.Char('-'); names.IPv4(o, f.Data.Slice(data + 4, 4));
                }
                len = 0;
                break;
            case 8:     // IPv6 range
                LenPrint(o, len);
                if (len < 32) o.Write(" [bad: < 32]"u8);
                else
                {
                    o.Char(' '); names.IPv6(o, f.Data.Slice(data, 16));
                    o.Char('-'); names.IPv6(o, f.Data.Slice(data + 16, 16));
                }
                len = 0;
                break;
        }
        if (len != 0)
        {
            LenPrint(o, len);
            if (f.Opt.Verbose > 2)
            {
                o.Char(' ');
                if (!RawPrint(ref f, data, len)) return PayloadTrunc(o, NpId);
            }
        }
        return ext + itemLen;
    }

    private static void LenPrint(TextOut o, int len) { o.Write(" len="u8); o.Dec(len); }

    /// <summary>Notification: DOI (4), protocol (1), SPI size (1), message type (2), SPI, data.</summary>
    private static int V1NotifyPrint(ref Frame f, int ext, int itemLen, int ep)
    {
        var o = f.Out;
        o.Write("n:"u8);
        if (!f.Has(ext, 12)) return PayloadTrunc(o, NpNotify);
        uint doi = f.U32(ext + 4);
        int proto = f.U8(ext + 8), spiSize = f.U8(ext + 9), type = f.U16(ext + 10);
        if (doi != 1)
        {
            o.Write(" doi="u8); o.Dec(doi); o.Write(" proto="u8); o.Dec(proto);
            o.Write(" type="u8);
            if (type < 8192) StrOrId(o, (uint)type, NotifyErrors);
            else if (type >= 16384 && type < 24576) StrOrId(o, (uint)(type - 16384), NotifyStatus);
            else { o.Char('#'); o.Dec(type); }
            if (spiSize != 0)
            {
                o.Write(" spi="u8);
                if (!RawPrint(ref f, ext + 12, spiSize)) return PayloadTrunc(o, NpNotify);
            }
            return ext + 12 + spiSize;
        }
        o.Write(" doi=ipsec proto="u8); StrOrId(o, (uint)proto, ProtoIds);
        o.Write(" type="u8);
        if (type < 8192) StrOrId(o, (uint)type, NotifyErrors);
        else if (type < 16384) StrOrId(o, (uint)(type - 8192), IpsecNotifyErrors);
        else if (type < 24576) StrOrId(o, (uint)(type - 16384), NotifyStatus);
        else if (type < 32768) StrOrId(o, (uint)(type - 24576), IpsecNotifyStatus);
        else { o.Char('#'); o.Dec(type); }
        if (spiSize != 0)
        {
            o.Write(" spi="u8);
            if (!RawPrint(ref f, ext + 12, spiSize)) return PayloadTrunc(o, NpNotify);
        }
        int cp = ext + 12 + spiSize, ep2 = ext + itemLen;
        if (cp < ep)
        {
            switch (type)
            {
                case NotifyResponderLifetime:
                    o.Write(" attrs=("u8);
                    while (cp < ep && cp < ep2)
                    {
                        cp = AttributePrint(ref f, cp, ep2, OakleyAttrs);
                        if (cp < 0) { o.Char(')'); return PayloadTrunc(o, NpNotify); }
                    }
                    o.Char(')');
                    break;
                case NotifyReplayStatus:
                    o.Write(" status=("u8);
                    uint replay = f.U32(cp);    // read before the text, as tcpdump's printf arguments are
                    if (f.Truncated) return -1;
                    o.Write(replay != 0 ? "replay detection enabled)"u8 : "replay detection disabled)"u8);
                    break;
                default:
                    if (f.Opt.Verbose > 3)
                    {
                        o.Write(" data=("u8);
                        if (!RawPrint(ref f, cp, ep - cp)) return PayloadTrunc(o, NpNotify);
                        o.Char(')');
                    }
                    else if (!ShowSomeData(ref f, cp, ep)) return PayloadTrunc(o, NpNotify);
                    break;
            }
        }
        return ext + itemLen;
    }

    /// <summary>Delete: DOI (4), protocol (1), SPI size (1), SPI count (2), the SPIs.</summary>
    private static int V1DeletePrint(ref Frame f, int ext)
    {
        var o = f.Out;
        o.Write("d:"u8);
        if (!f.Has(ext, 12)) return PayloadTrunc(o, NpDelete);
        uint doi = f.U32(ext + 4);
        int proto = f.U8(ext + 8), spiSize = f.U8(ext + 9), numSpi = f.U16(ext + 10);
        if (doi != 1) { o.Write(" doi="u8); o.Dec(doi); o.Write(" proto="u8); o.Dec(proto); }
        else { o.Write(" doi=ipsec proto="u8); StrOrId(o, (uint)proto, ProtoIds); }
        o.Write(" spilen="u8); o.Dec(spiSize);
        o.Write(" nspi="u8); o.Dec(numSpi);
        o.Write(" spi="u8);
        int q = ext + 12;
        for (int i = 0; i < numSpi; i++)
        {
            if (i != 0) o.Char(',');
            if (!RawPrint(ref f, q, spiSize)) return PayloadTrunc(o, NpDelete);
            q += spiSize;
        }
        return q;
    }

    // ---- IKEv2 payloads ----

    /// <summary>ikev2_pay_print: the payload name, "[C]" when the critical bit is set, and a colon.</summary>
    private static void PayName(TextOut o, ReadOnlySpan<byte> name, int critical)
    {
        o.Write(name);
        if ((critical & 0x80) != 0) o.Write("[C]"u8);
        o.Char(':');
    }

    private static void PayName(TextOut o, int np, int critical)
    {
        NpName(o, np);
        if ((critical & 0x80) != 0) o.Write("[C]"u8);
        o.Char(':');
    }

    /// <summary>ikev2_gen_print: payloads shown by length only (hex with -vvv).</summary>
    private static int V2GenPrint(ref Frame f, int np, int ext, int itemLen)
    {
        var o = f.Out;
        if (!f.Has(ext, GenLength)) return PayloadTrunc(o, np);
        PayName(o, np, f.U8(ext + 1));
        o.Write(" len="u8); o.Dec(itemLen - 4);
        if (f.Opt.Verbose > 2 && itemLen > 4)
        {
            o.Char(' ');
            if (!RawPrint(ref f, ext + 4, itemLen - 4)) return PayloadTrunc(o, np);
        }
        return ext + itemLen;
    }

    /// <summary>SA: a list of proposals, each checked against the room left in the SA.</summary>
    private static int V2SaPrint(ref Frame f, int tpay, int ext1, int ep, int depth)
    {
        var o = f.Out;
        if (!f.Has(ext1, GenLength)) return PayloadTrunc(o, tpay);
        PayName(o, "sa"u8, f.U8(ext1 + 1));
        int saLength = f.U16(ext1 + 2) - 4;
        o.Write(" len="u8); o.Dec(saLength);
        int cp = ext1 + GenLength, ext = cp, pcount = 0;
        for (int np = NpProposal; np != 0; np = f.U8(ext))
        {
            pcount++;
            ext = cp;
            if (saLength < GenLength) { PayloadTrunc(o, tpay); return cp + saLength; }
            if (!f.Has(ext, GenLength)) return PayloadTrunc(o, tpay);
            int itemLen = f.U16(ext + 2);
            if (itemLen <= 4) return PayloadTrunc(o, tpay);
            if (saLength < itemLen) { PayloadTrunc(o, tpay); return cp + saLength; }
            if (!f.Has(cp, itemLen)) return PayloadTrunc(o, tpay);
            Indent(o, depth + 1);
            if (np == NpProposal)
            {
                cp = V2ProposalPrint(ref f, ext, itemLen, ep, depth + 1);
                if (cp < 0) return -1;
            }
            else { NpName(o, np); cp += itemLen; }
            o.Char(')');
            saLength -= itemLen;
            if (f.Truncated) return -1;
        }
        return cp;
    }

    /// <summary>Proposal: number (1), protocol (1), SPI size (1), transform count (1), SPI, transforms.</summary>
    private static int V2ProposalPrint(ref Frame f, int ext, int opropLength, int ep, int depth)
    {
        var o = f.Out;
        if (!f.Has(ext, 8)) return PayloadTrunc(o, NpProposal);
        PayName(o, "p"u8, f.U8(ext + 1));
        int propLength = opropLength - 4;
        o.Write(" #"u8); o.Dec(f.U8(ext + 4));
        o.Write(" protoid="u8); StrOrId(o, f.U8(ext + 5), ProtoIds);
        o.Write(" transform="u8); o.Dec(f.U8(ext + 7));
        o.Write(" len="u8); o.Dec(opropLength);
        int cp = ext + 8;
        int spiSize = f.U8(ext + 6);
        if (spiSize != 0)
        {
            if (propLength < spiSize) { PayloadTrunc(o, NpProposal); return cp + propLength; }
            o.Write(" spi="u8);
            if (!RawPrint(ref f, cp, spiSize)) return PayloadTrunc(o, NpProposal);
            cp += spiSize;
            propLength -= spiSize;
        }
        int tcount = 0;
        for (int np = NpTransform; np != 0; np = f.U8(ext))
        {
            tcount++;
            ext = cp;
            if (propLength < GenLength) { PayloadTrunc(o, NpProposal); return cp + propLength; }
            if (!f.Has(ext, GenLength)) return PayloadTrunc(o, NpProposal);
            int itemLen = f.U16(ext + 2);
            if (itemLen <= 4) return PayloadTrunc(o, NpProposal);
            if (propLength < itemLen) { PayloadTrunc(o, NpProposal); return cp + propLength; }
            if (!f.Has(cp, itemLen)) return PayloadTrunc(o, NpProposal);
            Indent(o, depth + 1);
            if (np == NpTransform)
            {
                cp = V2TransformPrint(ref f, tcount, ext, itemLen, ep);
                if (cp < 0) return -1;
            }
            else { NpName(o, np); cp += itemLen; }
            o.Char(')');
            propLength -= itemLen;
            if (f.Truncated) return -1;
        }
        return cp;
    }

    /// <summary>Transform: type (1), reserved (1), transform ID (2), attributes.</summary>
    private static int V2TransformPrint(ref Frame f, int tcount, int ext, int itemLen, int ep)
    {
        var o = f.Out;
        if (!f.Has(ext, 8)) return PayloadTrunc(o, NpTransform);
        PayName(o, "t"u8, f.U8(ext + 1));
        int tId = f.U16(ext + 6), tType = f.U8(ext + 4);
        string?[]? ids = tType switch { 1 => EspTransformIds, 2 => PrfIds, 3 => IntegIds, 4 => DhGroups, 5 => EsnIds, _ => null };
        AttrMap[]? map = tType == 1 ? EncrAttrs : null;
        o.Write(" #"u8); o.Dec(tcount);
        o.Write(" type="u8); StrOrId(o, (uint)tType, V2TransformTypes);
        o.Write(" id="u8);
        if (ids != null) StrOrId(o, (uint)tId, ids); else o.Dec(tId);
        o.Char(' ');
        int cp = AttributesPrint(ref f, ext + 8, ext + itemLen, ep, map);
        return cp < 0 ? PayloadTrunc(o, NpTransform) : cp;
    }

    /// <summary>Key exchange: DH group (2), reserved (2), key data.</summary>
    private static int V2KePrint(ref Frame f, int tpay, int ext, int itemLen)
    {
        var o = f.Out;
        if (!f.Has(ext, 8)) return PayloadTrunc(o, tpay);
        PayName(o, tpay, f.U8(ext + 1));
        if (itemLen < 8)
        {
            o.Write(" len="u8); o.Dec(itemLen); o.Write(" < 8"u8);
            return ext + itemLen;
        }
        o.Write(" len="u8); o.Dec(itemLen - 8);
        o.Write(" group="u8); StrOrId(o, f.U16(ext + 4), DhGroups);
        if (f.Opt.Verbose > 2 && itemLen > 8)
        {
            o.Char(' ');
            if (!RawPrint(ref f, ext + 8, itemLen - 8)) return PayloadTrunc(o, tpay);
        }
        return ext + itemLen;
    }

    /// <summary>Identification: ID type (1), reserved (3), the identity as text or hex.</summary>
    private static int V2IdPrint(ref Frame f, int tpay, int ext, int itemLen)
    {
        var o = f.Out;
        if (!f.Has(ext, 8)) return PayloadTrunc(o, tpay);
        PayName(o, tpay, f.U8(ext + 1));
        o.Write(" len="u8); o.Dec(itemLen - 4);
        if (f.Opt.Verbose > 2 && itemLen > 4)
        {
            o.Char(' ');
            if (!RawPrint(ref f, ext + 4, itemLen - 4)) return PayloadTrunc(o, tpay);
        }
        int typedata = ext + 8, idLen = itemLen - 8;   // negative for a short payload: never captured
        bool ascii = false, hex = false;
        switch (f.U8(ext + 4))
        {
            case 1: o.Write(" ipv4:"u8); hex = true; break;
            case 2: o.Write(" fqdn:"u8); ascii = true; break;
            case 3: o.Write(" rfc822:"u8); ascii = true; break;
            case 5: o.Write(" ipv6:"u8); hex = true; break;
            case 9: o.Write(" dn:"u8); hex = true; break;
            case 10: o.Write(" gn:"u8); hex = true; break;
            case 11: o.Write(" keyid:"u8); hex = true; break;
        }
        if (ascii)
        {
            if (!f.Has(typedata, idLen)) return PayloadTrunc(o, tpay);
            AsciiDots(o, f.Data.Slice(typedata, idLen));
        }
        if (hex && !RawPrint(ref f, typedata, idLen)) return PayloadTrunc(o, tpay);
        return ext + itemLen;
    }

    private static void AsciiDots(TextOut o, ReadOnlySpan<byte> s)
    {
        foreach (byte c in s) o.Char(c >= 0x20 && c < 0x7f ? c : (byte)'.');
    }

    /// <summary>Authentication: method (1), reserved (3), authentication data.</summary>
    private static int V2AuthPrint(ref Frame f, int tpay, int ext, int itemLen, int ep)
    {
        var o = f.Out;
        if (!f.Has(ext, 8)) return PayloadTrunc(o, tpay);
        PayName(o, tpay, f.U8(ext + 1));
        o.Write(" len="u8); o.Dec(itemLen - 4);
        o.Write(" method="u8); StrOrId(o, f.U8(ext + 4), V2AuthMethods);
        if (itemLen > 4)
        {
            if (f.Opt.Verbose > 1)
            {
                o.Write(" authdata=("u8);
                if (!RawPrint(ref f, ext + 8, itemLen - 8)) return PayloadTrunc(o, tpay);
                o.Write(") "u8);
            }
            else if (f.Opt.Verbose > 0 && !ShowSomeData(ref f, ext + 8, ep)) return PayloadTrunc(o, tpay);
        }
        return ext + itemLen;
    }

    private static int V2NoncePrint(ref Frame f, int tpay, int ext, int itemLen, int ep)
    {
        var o = f.Out;
        if (!f.Has(ext, GenLength)) return PayloadTrunc(o, tpay);
        PayName(o, "nonce"u8, f.U8(ext + 1));
        o.Write(" len="u8); o.Dec(itemLen - 4);
        if (f.Opt.Verbose > 1 && itemLen > 4)
        {
            o.Write(" nonce=("u8);
            if (!RawPrint(ref f, ext + 4, itemLen - 4)) return PayloadTrunc(o, tpay);
            o.Write(") "u8);
        }
        else if (f.Opt.Verbose > 0 && itemLen > 4 && !ShowSomeData(ref f, ext + 4, ep)) return PayloadTrunc(o, tpay);
        return ext + itemLen;
    }

    /// <summary>Notify: protocol (1), SPI size (1), message type (2), SPI, data.</summary>
    private static int V2NotifyPrint(ref Frame f, int ext, int itemLen, int ep)
    {
        var o = f.Out;
        if (!f.Has(ext, 8)) return PayloadTrunc(o, NpNotify);
        PayName(o, "n"u8, f.U8(ext + 1));
        o.Write(" prot_id="u8); StrOrId(o, f.U8(ext + 4), ProtoIds);
        int type = f.U16(ext + 6);
        bool showSpi = true, showSomeData = false;
        string name;
        switch (type)
        {
            case 1: name = "unsupported_critical_payload"; showSpi = false; break;
            case 4: name = "invalid_ike_spi"; break;
            case 5: name = "invalid_major_version"; showSpi = false; break;
            case 7: name = "invalid_syntax"; break;
            case 9: name = "invalid_message_id"; break;
            case 11: name = "invalid_spi"; break;
            case 14: name = "no_protocol_chosen"; break;
            case 17: name = "invalid_ke_payload"; break;
            case 24: name = "authentication_failed"; break;
            case 34: name = "single_pair_required"; break;
            case 35: name = "no_additional_sas"; showSpi = false; break;
            case 36: name = "internal_address_failure"; showSpi = false; break;
            case 37: name = "failed:cp_required"; showSpi = false; break;
            case 39: name = "invalid_selectors"; showSpi = false; break;
            case 16384: name = "initial_contact"; showSpi = false; break;
            case 16385: name = "set_window_size"; showSpi = false; break;
            case 16386: name = "additional_ts_possible"; showSpi = false; break;
            case 16387: name = "ipcomp_supported"; showSpi = false; break;
            case 16388: name = "nat_detection_source_ip"; break;
            case 16389: name = "nat_detection_destination_ip"; break;
            case 16390: name = "cookie"; showSomeData = true; break;
            case 16391: name = "use_transport_mode"; showSpi = false; break;
            case 16392: name = "http_cert_lookup_supported"; showSpi = false; break;
            case 16393: name = "rekey_sa"; break;
            case 16394: name = "tfc_padding_not_supported"; showSpi = false; break;
            case 16395: name = "non_first_fragment_also"; showSpi = false; break;
            default:
                name = type < 8192 ? "error" : type < 16384 ? "private-error" : type < 40960 ? "status" : "private-status";
                break;
        }
        o.Write(" type="u8); o.Dec(type); o.Char('('); o.Write(name); o.Char(')');
        int spiSize = f.U8(ext + 5);
        if (showSpi && spiSize != 0)
        {
            o.Write(" spi="u8);
            if (!RawPrint(ref f, ext + 8, spiSize)) return PayloadTrunc(o, NpNotify);
        }
        int cp = ext + 8 + spiSize;
        if (cp < ep)
        {
            // The data shown runs to the end of the capture, not of the payload.
            if (f.Opt.Verbose > 3 || (showSomeData && ep - cp < 30))
            {
                o.Write(" data=("u8);
                if (!RawPrint(ref f, cp, ep - cp)) return PayloadTrunc(o, NpNotify);
                o.Char(')');
            }
            else if (showSomeData && !ShowSomeData(ref f, cp, ep)) return PayloadTrunc(o, NpNotify);
        }
        return ext + itemLen;
    }

    /// <summary>Vendor ID: the ID as text (dots for unprintable bytes), and in hex with -vvv.</summary>
    private static int V2VidPrint(ref Frame f, int tpay, int ext, int itemLen)
    {
        var o = f.Out;
        if (!f.Has(ext, GenLength)) return PayloadTrunc(o, tpay);
        PayName(o, tpay, f.U8(ext + 1));
        int len = itemLen - 4;
        o.Write(" len="u8); o.Dec(len); o.Write(" vid="u8);
        if (!f.Has(ext + 4, len)) return PayloadTrunc(o, tpay);
        AsciiDots(o, f.Data.Slice(ext + 4, len));
        if (f.Opt.Verbose > 2 && len > 4)
        {
            o.Char(' ');
            if (!RawPrint(ref f, ext + 4, len)) return PayloadTrunc(o, tpay);
        }
        return ext + itemLen;
    }

    /// <summary>
    /// Encrypted payload: only its length (hex with -vvv). It is always last, and its next-payload
    /// field names what is inside, so the chain ends here.
    /// </summary>
    private static int V2EncryptedPrint(ref Frame f, int tpay, int ext, int itemLen)
    {
        var o = f.Out;
        if (!f.Has(ext, GenLength)) return PayloadTrunc(o, tpay);
        PayName(o, tpay, f.U8(ext + 1));
        int dlen = itemLen - 4;
        o.Write(" len="u8); o.Dec(dlen);
        if (f.Opt.Verbose > 2 && dlen > 4)
        {
            o.Char(' ');
            if (!RawPrint(ref f, ext + 4, dlen)) return PayloadTrunc(o, tpay);
        }
        if (!f.Has(ext + 4, dlen)) return PayloadTrunc(o, tpay);
        return -1;
    }
}
