using System.Text.RegularExpressions;

namespace Wirecap.Filter;

// Tokens of the pcap-filter language, as libpcap's scanner returns them.
internal enum Tk
{
    End, Error, Num, Id, Hid, Hid6, Eid, Aid,
    Dst, Src, Link, Ip, Arp, Rarp, Sctp, Tcp, Udp, Icmp, Igmp, Igrp, Pim, Vrrp, Carp, Radio, Ipv6, Icmpv6, Ah, Esp,
    Atalk, Aarp, Decnet, Lat, Sca, Moprc, Mopdl, Iso, Esis, Isis, L1, L2, Iih, Lsp, Snp, Csnp, Psnp, Clnp, Stp, Ipx, Netbeui,
    Host, Net, Netmask, Port, Portrange, Proto, Protochain, Gateway, Type, Subtype, Dir, Addr1, Addr2, Addr3, Addr4, Ra, Ta,
    Less, Greater, Byte, Broadcast, Multicast, And, Or, Not, Len, Inbound, Outbound, Ifindex, Vlan, Mpls, Pppoed, Pppoes,
    Geneve, Lane, Llc, Metac, Bcc, Oam, Oamf4, Oamf4ec, Oamf4sc, Sc, Ilmic, Vpi, Vci, Connectmsg, Metaconnect,
    PfIfname, PfRset, PfRnr, PfSrnr, PfReason, PfAction, Fisu, Lssu, Msu, Hfisu, Hlssu, Hmsu, Sio, Opc, Dpc, Sls,
    Hsio, Hopc, Hdpc, Hsls,
    Char, Geq, Leq, Neq, Lsh, Rsh,
}

/// <summary>A token; <paramref name="Err"/> is the scanner's message for a malformed one.</summary>
internal readonly record struct Token(Tk Kind, string Text, uint Num, char Ch, string? Err = null);

/// <summary>Scanner: longest match, ties to the earliest rule, as flex does with libpcap's scanner.l.</summary>
internal static class FilterLexer
{
    static readonly Dictionary<string, Tk> Keywords = new()
    {
        ["dst"] = Tk.Dst, ["src"] = Tk.Src, ["link"] = Tk.Link, ["ether"] = Tk.Link, ["ppp"] = Tk.Link, ["slip"] = Tk.Link,
        ["fddi"] = Tk.Link, ["tr"] = Tk.Link, ["wlan"] = Tk.Link, ["arp"] = Tk.Arp, ["rarp"] = Tk.Rarp, ["ip"] = Tk.Ip,
        ["sctp"] = Tk.Sctp, ["tcp"] = Tk.Tcp, ["udp"] = Tk.Udp, ["icmp"] = Tk.Icmp, ["igmp"] = Tk.Igmp, ["igrp"] = Tk.Igrp,
        ["pim"] = Tk.Pim, ["vrrp"] = Tk.Vrrp, ["carp"] = Tk.Carp, ["radio"] = Tk.Radio, ["ip6"] = Tk.Ipv6, ["icmp6"] = Tk.Icmpv6,
        ["ah"] = Tk.Ah, ["esp"] = Tk.Esp, ["atalk"] = Tk.Atalk, ["aarp"] = Tk.Aarp, ["decnet"] = Tk.Decnet, ["lat"] = Tk.Lat,
        ["sca"] = Tk.Sca, ["moprc"] = Tk.Moprc, ["mopdl"] = Tk.Mopdl, ["iso"] = Tk.Iso, ["esis"] = Tk.Esis, ["es-is"] = Tk.Esis,
        ["isis"] = Tk.Isis, ["is-is"] = Tk.Isis, ["l1"] = Tk.L1, ["l2"] = Tk.L2, ["iih"] = Tk.Iih, ["lsp"] = Tk.Lsp,
        ["snp"] = Tk.Snp, ["csnp"] = Tk.Csnp, ["psnp"] = Tk.Psnp, ["clnp"] = Tk.Clnp, ["stp"] = Tk.Stp, ["ipx"] = Tk.Ipx,
        ["netbeui"] = Tk.Netbeui, ["host"] = Tk.Host, ["net"] = Tk.Net, ["mask"] = Tk.Netmask, ["port"] = Tk.Port,
        ["portrange"] = Tk.Portrange, ["proto"] = Tk.Proto, ["protochain"] = Tk.Protochain, ["gateway"] = Tk.Gateway,
        ["type"] = Tk.Type, ["subtype"] = Tk.Subtype, ["direction"] = Tk.Dir, ["dir"] = Tk.Dir,
        ["address1"] = Tk.Addr1, ["addr1"] = Tk.Addr1, ["address2"] = Tk.Addr2, ["addr2"] = Tk.Addr2,
        ["address3"] = Tk.Addr3, ["addr3"] = Tk.Addr3, ["address4"] = Tk.Addr4, ["addr4"] = Tk.Addr4,
        ["ra"] = Tk.Ra, ["ta"] = Tk.Ta, ["less"] = Tk.Less, ["greater"] = Tk.Greater, ["byte"] = Tk.Byte,
        ["broadcast"] = Tk.Broadcast, ["multicast"] = Tk.Multicast, ["and"] = Tk.And, ["&&"] = Tk.And,
        ["or"] = Tk.Or, ["||"] = Tk.Or, ["not"] = Tk.Not, ["len"] = Tk.Len, ["length"] = Tk.Len,
        ["inbound"] = Tk.Inbound, ["outbound"] = Tk.Outbound, ["ifindex"] = Tk.Ifindex, ["vlan"] = Tk.Vlan,
        ["mpls"] = Tk.Mpls, ["pppoed"] = Tk.Pppoed, ["pppoes"] = Tk.Pppoes, ["geneve"] = Tk.Geneve, ["lane"] = Tk.Lane,
        ["llc"] = Tk.Llc, ["metac"] = Tk.Metac, ["bcc"] = Tk.Bcc, ["oam"] = Tk.Oam, ["oamf4"] = Tk.Oamf4,
        ["oamf4ec"] = Tk.Oamf4ec, ["oamf4sc"] = Tk.Oamf4sc, ["sc"] = Tk.Sc, ["ilmic"] = Tk.Ilmic, ["vpi"] = Tk.Vpi,
        ["vci"] = Tk.Vci, ["connectmsg"] = Tk.Connectmsg, ["metaconnect"] = Tk.Metaconnect,
        ["on"] = Tk.PfIfname, ["ifname"] = Tk.PfIfname, ["rset"] = Tk.PfRset, ["ruleset"] = Tk.PfRset,
        ["rnr"] = Tk.PfRnr, ["rulenum"] = Tk.PfRnr, ["srnr"] = Tk.PfSrnr, ["subrulenum"] = Tk.PfSrnr,
        ["reason"] = Tk.PfReason, ["action"] = Tk.PfAction, ["fisu"] = Tk.Fisu, ["lssu"] = Tk.Lssu, ["lsu"] = Tk.Lssu,
        ["msu"] = Tk.Msu, ["hfisu"] = Tk.Hfisu, ["hlssu"] = Tk.Hlssu, ["hmsu"] = Tk.Hmsu, ["sio"] = Tk.Sio,
        ["opc"] = Tk.Opc, ["dpc"] = Tk.Dpc, ["sls"] = Tk.Sls, ["hsio"] = Tk.Hsio, ["hopc"] = Tk.Hopc,
        ["hdpc"] = Tk.Hdpc, ["hsls"] = Tk.Hsls,
    };

    static readonly Dictionary<string, uint> NamedNums = new()
    {
        ["icmptype"] = 0, ["icmpcode"] = 1, ["icmp-echoreply"] = 0, ["icmp-unreach"] = 3, ["icmp-sourcequench"] = 4,
        ["icmp-redirect"] = 5, ["icmp-echo"] = 8, ["icmp-routeradvert"] = 9, ["icmp-routersolicit"] = 10,
        ["icmp-timxceed"] = 11, ["icmp-paramprob"] = 12, ["icmp-tstamp"] = 13, ["icmp-tstampreply"] = 14,
        ["icmp-ireq"] = 15, ["icmp-ireqreply"] = 16, ["icmp-maskreq"] = 17, ["icmp-maskreply"] = 18,
        ["icmp6type"] = 0, ["icmp6code"] = 1, ["icmp6-destinationunreach"] = 1, ["icmp6-packettoobig"] = 2,
        ["icmp6-timeexceeded"] = 3, ["icmp6-parameterproblem"] = 4, ["icmp6-echo"] = 128, ["icmp6-echoreply"] = 129,
        ["icmp6-multicastlistenerquery"] = 130, ["icmp6-multicastlistenerreportv1"] = 131,
        ["icmp6-multicastlistenerdone"] = 132, ["icmp6-routersolicit"] = 133, ["icmp6-routeradvert"] = 134,
        ["icmp6-neighborsolicit"] = 135, ["icmp6-neighboradvert"] = 136, ["icmp6-redirect"] = 137,
        ["icmp6-routerrenum"] = 138, ["icmp6-nodeinformationquery"] = 139, ["icmp6-nodeinformationresponse"] = 140,
        ["icmp6-ineighbordiscoverysolicit"] = 141, ["icmp6-ineighbordiscoveryadvert"] = 142,
        ["icmp6-multicastlistenerreportv2"] = 143, ["icmp6-homeagentdiscoveryrequest"] = 144,
        ["icmp6-homeagentdiscoveryreply"] = 145, ["icmp6-mobileprefixsolicit"] = 146, ["icmp6-mobileprefixadvert"] = 147,
        ["icmp6-certpathsolicit"] = 148, ["icmp6-certpathadvert"] = 149, ["icmp6-multicastrouteradvert"] = 151,
        ["icmp6-multicastroutersolicit"] = 152, ["icmp6-multicastrouterterm"] = 153,
        ["tcpflags"] = 13, ["tcp-fin"] = 0x01, ["tcp-syn"] = 0x02, ["tcp-rst"] = 0x04, ["tcp-push"] = 0x08,
        ["tcp-ack"] = 0x10, ["tcp-urg"] = 0x20, ["tcp-ece"] = 0x40, ["tcp-cwr"] = 0x80,
    };

    const string N = "(?:0[Xx][0-9A-Fa-f]+|[0-9]+)";
    const string B = "[0-9A-Fa-f][0-9A-Fa-f]?";
    const string B2 = "[0-9A-Fa-f]{4}";
    const string W = "[0-9A-Fa-f]{1,4}";

    static string V6()
    {
        var alts = new List<string> { $"{W}(?::{W}){{7}}" };
        // n groups total split around "::", with and without a trailing dotted quad.
        for (int total = 7; total >= 0; total--)
            for (int left = 0; left <= total; left++)
                alts.Add(Groups(left) + "::" + Groups(total - left));
        string q = $@"{N}\.{N}\.{N}\.{N}";
        alts.Add($"{W}(?::{W}){{5}}:{q}");
        for (int total = 5; total >= 0; total--)
            for (int left = 0; left <= total; left++)
                alts.Add(Groups(left) + "::" + (total - left > 0 ? Groups(total - left) + ":" : "") + q);
        return "(?:" + string.Join("|", alts) + ")";
        static string Groups(int n) => n == 0 ? "" : n == 1 ? W : $"{W}(?::{W}){{{n - 1}}}";
    }

    // The scanner's rules that are not literals, in rule order. Each finds the longest prefix of
    // s[pos..limit) in its language (flex's longest match); all but HID6 are scanned by hand, since
    // building their regular expressions cost more than a millisecond at every start.
    static readonly (Func<string, int, int, int> Longest, int Rule)[] Patterns =
    [
        (LongestAid, 1),
        (LongestEid, 2),
        (LongestNum, 3),
        (LongestHid, 4),
        (LongestHid6, 5),
        (LongestBogusEid, 6),
        (LongestId, 8),
        (LongestEscapedId, 9),
    ];

    static bool IsHex(string s, int i, int limit) => i < limit && char.IsAsciiHexDigit(s[i]);
    static int HexRun(string s, int i, int limit) { int j = i; while (j < limit && char.IsAsciiHexDigit(s[j])) j++; return j - i; }

    // \$ B: a dollar sign and one or two hex digits.
    static int LongestAid(string s, int pos, int limit) =>
        s[pos] != '$' || !IsHex(s, pos + 1, limit) ? 0 : IsHex(s, pos + 2, limit) ? 3 : 2;

    // N: 0x and hex digits, or decimal digits.
    static int LongestNum(string s, int pos, int limit)
    {
        int dec = 0;
        while (pos + dec < limit && char.IsAsciiDigit(s[pos + dec])) dec++;
        if (dec > 0 && s[pos] == '0' && pos + 1 < limit && (s[pos + 1] | 0x20) == 'x')
        {
            int hex = HexRun(s, pos + 2, limit);
            if (hex > 0) return Math.Max(dec, 2 + hex);
        }
        return dec;
    }

    // N.N, N.N.N or N.N.N.N. A shorter N can never be followed by a dot, so the longest of each part serves.
    static int LongestHid(string s, int pos, int limit)
    {
        int best = 0, at = pos;
        for (int part = 1; part <= 4; part++)
        {
            int n = LongestNum(s, at, limit);
            if (n == 0) break;
            at += n;
            if (part >= 2) best = at - pos;
            if (at >= limit || s[at] != '.') break;
            at++;
        }
        return best;
    }

    // B:B:B:B:B:B (or with - or .), B2.B2.B2, or twelve hex digits. B is one or two hex digits, and
    // a one-digit B followed by a second digit cannot reach the separator, so each B takes its run.
    static int LongestEid(string s, int pos, int limit)
    {
        int best = 0;
        int run = HexRun(s, pos, limit);
        if (run >= 12) best = 12;
        if (run is >= 1 and <= 2 && pos + run < limit && s[pos + run] is ':' or '-' or '.')
        {
            char sep = s[pos + run];
            int at = pos + run, groups = 1;
            while (groups < 6 && at < limit && s[at] == sep)
            {
                int r = HexRun(s, at + 1, limit);
                if (r == 0) break;
                if (groups < 5 && r > 2) break;
                at += 1 + Math.Min(r, 2);
                groups++;
            }
            if (groups == 6) best = Math.Max(best, at - pos);
        }
        if (run == 4)
        {
            int at = pos + 4, groups = 1;
            while (groups < 3 && at < limit && s[at] == '.' && HexRun(s, at + 1, limit) >= 4 && (groups == 2 || HexRun(s, at + 1, limit) == 4))
            {
                at += 5;
                groups++;
            }
            if (groups == 3) best = Math.Max(best, at - pos);
        }
        return best;
    }

    // B:+(B:+)+: two or more hex groups, each followed by colons (an address libpcap calls bogus).
    static int LongestBogusEid(string s, int pos, int limit)
    {
        int best = 0, at = pos, groups = 0;
        while (true)
        {
            int r = HexRun(s, at, limit);
            if (r is 0 or > 2 || at + r >= limit || s[at + r] != ':') break;
            at += r;
            while (at < limit && s[at] == ':') at++;
            if (++groups >= 2) best = at - pos;
        }
        return best;
    }

    // [A-Za-z0-9]([-_.A-Za-z0-9]*[.A-Za-z0-9])?
    static int LongestId(string s, int pos, int limit)
    {
        if (!char.IsAsciiLetterOrDigit(s[pos])) return 0;
        int end = pos + 1, last = pos + 1;
        while (end < limit && (char.IsAsciiLetterOrDigit(s[end]) || s[end] is '-' or '_' or '.'))
        {
            end++;
            if (s[end - 1] is not ('-' or '_')) last = end;
        }
        return last - pos;
    }

    // \\[^ !()\n\t]+: a backslash-escaped name.
    static int LongestEscapedId(string s, int pos, int limit)
    {
        if (s[pos] != '\\') return 0;
        int end = pos + 1;
        while (end < limit && s[end] is not (' ' or '!' or '(' or ')' or '\n' or '\t')) end++;
        return end - pos == 1 ? 0 : end - pos;
    }

    static Regex? _hid6, _hid6Full;

    // IPv6 addresses need a colon; the expression for them is built the first time one may appear.
    static int LongestHid6(string s, int pos, int limit)
    {
        if (s.AsSpan(pos, limit - pos).IndexOf(':') < 0) return 0;
        if (_hid6 == null)
        {
            string v6 = V6();
            _hid6Full = new Regex(@"\G(?:" + v6 + @")\z", RegexOptions.CultureInvariant);
            _hid6 = new Regex(@"\G(?:" + v6 + ")", RegexOptions.CultureInvariant);
        }
        return LongestRegex(_hid6, _hid6Full!, s, pos, limit);
    }

    public static List<Token> Lex(string s)
    {
        var toks = new List<Token>();
        int pos = 0, limit = 0;
        while (pos < s.Length)
        {
            char c = s[pos];
            if (c == ' ' || c == '\r' || c == '\n' || c == '\t') { pos++; continue; }
            int bestLen = 0, bestRule = 100;
            // keywords and named numbers are rule 0 (they come first in the scanner)
            int idLen = LongestExact(s, pos);
            if (idLen > 0) { bestLen = idLen; bestRule = 0; }
            // operator characters
            int opLen = 0;
            if (pos + 1 < s.Length)
            {
                string two = s.Substring(pos, 2);
                if (two is ">=" or "<=" or "!=" or "==" or "<<" or ">>" or "&&" or "||") opLen = 2;
            }
            if (opLen == 0 && "+-*/%:[]!<>()&|^=".IndexOf(c) >= 0) opLen = 1;
            if (opLen > bestLen) { bestLen = opLen; bestRule = -1; }
            string? bestText = null;
            // A token never spans blanks: find the next one once per run (a long run of parentheses stays linear).
            if (limit <= pos)
            {
                limit = pos;
                while (limit < s.Length && s[limit] is not (' ' or '\t' or '\n' or '\r')) limit++;
            }
            foreach (var (longest, rule) in Patterns)
            {
                int len = longest(s, pos, limit);
                if (len > bestLen) { bestLen = len; bestRule = rule; }
            }
            if (bestLen == 0)
            {
                toks.Add(new Token(Tk.Error, s.Substring(pos, 1), 0, c));
                return toks;
            }
            bestText = s.Substring(pos, bestLen);
            pos += bestLen;
            switch (bestRule)
            {
                case 0:
                    if (Keywords.TryGetValue(bestText, out var kw)) toks.Add(new Token(kw, bestText, 0, '\0'));
                    else toks.Add(new Token(Tk.Num, bestText, NamedNums[bestText], '\0'));
                    break;
                case -1:
                    toks.Add(bestText switch
                    {
                        ">=" => new Token(Tk.Geq, bestText, 0, '\0'),
                        "<=" => new Token(Tk.Leq, bestText, 0, '\0'),
                        "!=" => new Token(Tk.Neq, bestText, 0, '\0'),
                        "==" => new Token(Tk.Char, bestText, 0, '='),
                        "<<" => new Token(Tk.Lsh, bestText, 0, '\0'),
                        ">>" => new Token(Tk.Rsh, bestText, 0, '\0'),
                        "&&" => new Token(Tk.And, bestText, 0, '\0'),
                        "||" => new Token(Tk.Or, bestText, 0, '\0'),
                        "!" => new Token(Tk.Not, bestText, 0, '\0'),
                        _ => new Token(Tk.Char, bestText, 0, bestText[0]),
                    });
                    break;
                case 1: toks.Add(new Token(Tk.Aid, bestText, 0, '\0')); break;
                case 2: toks.Add(new Token(Tk.Eid, bestText, 0, '\0')); break;
                case 3:
                    {
                        var (ok, v, err) = Stou(bestText);
                        if (!ok)
                        {
                            toks.Add(new Token(Tk.Error, bestText, 0, '\0', err));
                            return toks;
                        }
                        toks.Add(new Token(Tk.Num, bestText, v, '\0'));
                        break;
                    }
                case 4: toks.Add(new Token(Tk.Hid, bestText, 0, '\0')); break;
                case 5:
                    if (!System.Net.IPAddress.TryParse(bestText, out var ip6) || ip6.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6
                        || !Ipv6Strict(bestText))
                        toks.Add(new Token(Tk.Hid6, bestText, 1, '\0', "bogus IPv6 address " + bestText));
                    else toks.Add(new Token(Tk.Hid6, bestText, 0, '\0'));
                    break;
                case 6:
                    toks.Add(new Token(Tk.Eid, bestText, 1, '\0', "bogus ethernet address " + bestText));
                    break;
                case 8: toks.Add(new Token(Tk.Id, bestText, 0, '\0')); break;
                case 9: toks.Add(new Token(Tk.Id, bestText.Substring(1), 0, '\0')); break;
            }
        }
        toks.Add(new Token(Tk.End, "", 0, '\0'));
        return toks;
    }

    // glibc's inet_pton rejects an embedded dotted quad with a part over 255 or with leading zeros.
    static bool Ipv6Strict(string s)
    {
        int colon = s.LastIndexOf(':');
        string tail = s.Substring(colon + 1);
        if (!tail.Contains('.')) return true;
        foreach (var part in tail.Split('.'))
        {
            if (part.Length == 0 || part.Length > 3) return false;
            foreach (char ch in part) if (ch < '0' || ch > '9') return false;
            if (int.Parse(part) > 255) return false;
        }
        return true;
    }

    static int LongestExact(string s, int pos)
    {
        int best = 0;
        foreach (var k in Keywords.Keys)
            if (k.Length > best && string.CompareOrdinal(s, pos, k, 0, k.Length) == 0 && pos + k.Length <= s.Length) best = k.Length;
        foreach (var k in NamedNums.Keys)
            if (k.Length > best && string.CompareOrdinal(s, pos, k, 0, k.Length) == 0 && pos + k.Length <= s.Length) best = k.Length;
        return best;
    }

    // The longest prefix at pos that the pattern matches whole (flex semantics).
    static int LongestRegex(Regex re, Regex full, string s, int pos, int limit)
    {
        var m = re.Match(s, pos, limit - pos);
        if (!m.Success || m.Index != pos) return 0;
        int best = m.Length;
        for (int end = limit; end > pos + best; end--)
        {
            var m2 = full.Match(s, pos, end - pos);
            if (m2.Success && m2.Index == pos && m2.Length == end - pos) return end - pos;
        }
        return best;
    }

    static (bool, uint, string?) Stou(string t)
    {
        uint n = 0;
        if (t[0] == '0' && t.Length > 1 && (t[1] == 'x' || t[1] == 'X'))
        {
            for (int i = 2; i < t.Length; i++)
            {
                char d = t[i];
                uint digit = d >= '0' && d <= '9' ? (uint)(d - '0') : d >= 'a' && d <= 'f' ? (uint)(d - 'a' + 10) : (uint)(d - 'A' + 10);
                if (n > 0xFFFFFFFu) return (false, 0, $"number {t} overflows 32 bits");
                n = (n << 4) + digit;
            }
        }
        else if (t[0] == '0')
        {
            for (int i = 1; i < t.Length; i++)
            {
                char d = t[i];
                if (d < '0' || d > '7') return (false, 0, $"number {t} contains non-octal digit");
                if (n > 0x1FFFFFFFu) return (false, 0, $"number {t} overflows 32 bits");
                n = (n << 3) + (uint)(d - '0');
            }
        }
        else
        {
            foreach (char d in t)
            {
                uint digit = (uint)(d - '0');
                if (n > 429496729u || (n == 429496729u && digit > 5)) return (false, 0, $"number {t} overflows 32 bits");
                n = n * 10 + digit;
            }
        }
        return (true, n, null);
    }
}
