namespace Wirecap.Print;

/// <summary>
/// DHCPv6 (print-dhcp6.c; RFC 8415 and the option RFCs). A client/server message is
/// <code>
/// +---------------+-----------------------------------------------+
/// |   msg-type    |               transaction-id (24)             |
/// +---------------+-----------------------------------------------+
/// |        options: option-code (16), option-len (16), data       |
/// </code>
/// and a relay message is msg-type, hop-count, link-address (16), peer-address (16), options.
/// </summary>
public static class Dhcp6
{
    private const int RelayForward = 12, RelayReply = 13;
    private const int Renew = 5, InformRequest = 11;

    private const int OptClientId = 1, OptServerId = 2, OptIaNa = 3, OptIaTa = 4, OptIaAddr = 5, OptOro = 6;
    private const int OptPreference = 7, OptElapsedTime = 8, OptRelayMsg = 9, OptAuth = 11, OptStatusCode = 13;
    private const int OptRapidCommit = 14, OptInterfaceId = 18, OptReconfMsg = 19, OptReconfAccept = 20;
    private const int OptSipServerD = 21, OptSipServerA = 22, OptDnsServers = 23, OptDomainList = 24;
    private const int OptIaPd = 25, OptIaPdPrefix = 26, OptNisServers = 27, OptNispServers = 28;
    private const int OptSntpServers = 31, OptLifetime = 32, OptBcmcsServerA = 34, OptRemoteId = 37;
    private const int OptSubscriberId = 38, OptPanaAgent = 40, OptPosixTimezone = 41, OptTzdbTimezone = 42;
    private const int OptEro = 43, OptLqQuery = 44, OptClientData = 45, OptCltTime = 46, OptLqRelayData = 47;
    private const int OptLqClientLink = 48, OptNtpServer = 56, OptAftrName = 64, OptMudUrl = 112;

    private const int AuthProtoDelayed = 2, AuthProtoReconfig = 3;

    private static readonly Tok MessageTypes = new((1, "solicit"), (2, "advertise"), (3, "request"),
        (4, "confirm"), (5, "renew"), (6, "rebind"), (7, "reply"), (8, "release"), (9, "decline"),
        (10, "reconfigure"), (11, "inf-req"), (12, "relay-fwd"), (13, "relay-reply"), (14, "leasequery"),
        (15, "leasequery-reply"));

    private static readonly Tok Options = new((1, "client-ID"), (2, "server-ID"), (3, "IA_NA"), (4, "IA_TA"),
        (5, "IA_ADDR"), (6, "option-request"), (7, "preference"), (8, "elapsed-time"), (9, "relay-message"),
        (11, "authentication"), (12, "server-unicast"), (13, "status-code"), (14, "rapid-commit"),
        (15, "user-class"), (16, "vendor-class"), (17, "vendor-specific-info"), (18, "interface-ID"),
        (19, "reconfigure-message"), (20, "reconfigure-accept"), (21, "SIP-servers-domain"),
        (22, "SIP-servers-address"), (23, "DNS-server"), (24, "DNS-search-list"), (25, "IA_PD"),
        (26, "IA_PD-prefix"), (31, "SNTP-servers"), (32, "lifetime"), (27, "NIS-server"), (28, "NIS+-server"),
        (29, "NIS-domain-name"), (30, "NIS+-domain-name"), (33, "BCMCS-domain-name"), (34, "BCMCS-server"),
        (36, "Geoconf-Civic"), (37, "Remote-ID"), (38, "Subscriber-ID"), (39, "Client-FQDN"), (40, "PANA-agent"),
        (41, "POSIX-timezone"), (42, "POSIX-tz-database"), (43, "Echo-request-option"), (44, "Lease-query"),
        (45, "LQ-client-data"), (46, "Clt-time"), (47, "LQ-relay-data"), (48, "LQ-client-link"),
        (56, "NTP-server"), (64, "AFTR-Name"), (112, "MUD-URL"));

    private static readonly Tok StatusCodes = new((0, "Success"), (1, "UnspecFail"), (2, "NoAddrsAvail"),
        (3, "NoBinding"), (4, "NotOnLink"), (5, "UseMulticast"), (6, "NoPrefixAvail"), (7, "UnknownQueryType"),
        (8, "MalformedQuery"), (9, "NotConfigured"), (10, "NotAllowed"));

    /// <summary>dhcp6_print: cp/length are the UDP payload (or a relayed message).</summary>
    public static void Print(ref Frame f, int cp, int length)
    {
        f.Proto = "dhcp6";
        var o = f.Out;
        o.Write("dhcp6"u8);
        int ep = Math.Min(f.End, cp + length);

        if (!LocalTrunc.Check(ref f, cp, 4)) return;
        int msgType = f.Data[cp];
        if (f.Opt.Verbose == 0)
        {
            o.Char(' '); MessageTypes.Print(o, (uint)msgType, "msgtype-%u");
            return;
        }
        o.Char(' '); MessageTypes.Print(o, (uint)msgType, "msgtype-%u"); o.Write(" ("u8);
        if (msgType != RelayForward && msgType != RelayReply)
        {
            o.Write("xid="u8); o.Hex((uint)(f.Data[cp + 1] << 16 | f.Data[cp + 2] << 8 | f.Data[cp + 3]));
            OptionsPrint(ref f, cp + 4, ep);
        }
        else
        {
            var linkAddress = f.Bytes(cp + 2, 16);
            if (f.Truncated) return;
            o.Write("linkaddr="u8); f.Ctx.Names.IPv6(o, linkAddress);
            var peerAddress = f.Bytes(cp + 18, 16);
            if (f.Truncated) return;
            o.Write(" peeraddr="u8); f.Ctx.Names.IPv6(o, peerAddress);
            OptionsPrint(ref f, cp + 34, ep);
        }
        o.Char(')');
    }

    /// <summary>
    /// dhcp6opt_print: the options from cp to ep, each as " (name value)". An option that does not
    /// fit prints the marker and ends this list (its callers go on).
    /// </summary>
    private static void OptionsPrint(ref Frame f, int cp, int ep)
    {
        var o = f.Out;
        var names = f.Ctx.Names;
        while (cp < ep && !f.Truncated)
        {
            if (ep < cp + 4 || !f.Has(cp, 4)) { f.PrintTrunc(); return; }
            int optLen = f.Data[cp + 2] << 8 | f.Data[cp + 3];
            if (ep < cp + 4 + optLen) { f.PrintTrunc(); return; }
            int optType = f.Data[cp] << 8 | f.Data[cp + 1];
            o.Write(" ("u8); Options.Print(o, (uint)optType, "opt_%u");
            int tp = cp + 4;
            int end = tp + optLen;
            if (!f.Has(tp, optLen)) { f.PrintTrunc(); return; }
            // From here the option's data is known to be captured.
            var d = f.Data;
            switch (optType)
            {
                case OptClientId:
                case OptServerId:
                {
                    if (optLen < 2) { o.Write(" ?)"u8); break; }
                    int duidType = d[tp] << 8 | d[tp + 1];
                    switch (duidType)
                    {
                        case 1:
                            if (optLen < 2 + 6) { o.Write(" ?)"u8); break; }
                            o.Write(" hwaddr/time type "u8); o.Dec(f.U16(tp + 2));
                            o.Write(" time "u8); o.Dec(f.U32(tp + 4)); o.Char(' ');
                            for (int i = 8; i < optLen; i++) o.Hex2(d[tp + i]);
                            o.Char(')');
                            break;
                        case 2:
                            if (optLen < 2 + 8) { o.Write(" ?)"u8); break; }
                            o.Write(" vid "u8);
                            for (int i = 2; i < 2 + 8; i++) o.Hex2(d[tp + i]);
                            o.Char(')');
                            break;
                        case 3:
                            if (optLen < 2 + 2) { o.Write(" ?)"u8); break; }
                            o.Write(" hwaddr type "u8); o.Dec(f.U16(tp + 2)); o.Char(' ');
                            for (int i = 4; i < optLen; i++) o.Hex2(d[tp + i]);
                            o.Char(')');
                            break;
                        default:
                            o.Write(" type "u8); o.Dec(duidType); o.Char(')');
                            break;
                    }
                    break;
                }

                case OptIaAddr:
                    if (optLen < 24) { o.Write(" ?)"u8); break; }
                    o.Char(' '); names.IPv6(o, d.Slice(tp, 16));
                    o.Write(" pltime:"u8); o.Dec(f.U32(tp + 16));
                    o.Write(" vltime:"u8); o.Dec(f.U32(tp + 20));
                    if (optLen > 24) OptionsPrint(ref f, tp + 24, end);
                    o.Char(')');
                    break;

                case OptOro:
                case OptEro:
                    if (optLen % 2 != 0) { o.Write(" ?)"u8); break; }
                    for (int i = 0; i < optLen; i += 2)
                    {
                        o.Char(' '); Options.Print(o, f.U16(tp + i), "opt_%u");
                    }
                    o.Char(')');
                    break;

                case OptPreference:
                    if (optLen != 1) { o.Write(" ?)"u8); break; }
                    o.Char(' '); o.Dec(d[tp]); o.Char(')');
                    break;

                case OptElapsedTime:
                    if (optLen != 2) { o.Write(" ?)"u8); break; }
                    o.Char(' '); o.Dec(f.U16(tp)); o.Char(')');
                    break;

                case OptRelayMsg:
                {
                    // The relayed message ends with the option, whatever follows it.
                    o.Write(" ("u8);
                    int saved = f.PushEnd(tp, optLen);
                    Print(ref f, tp, optLen);
                    f.PopEnd(saved);
                    o.Char(')');
                    break;
                }

                case OptAuth:
                    if (optLen < 11) { o.Write(" ?)"u8); break; }
                    AuthPrint(ref f, tp, optLen);
                    o.Char(')');
                    break;

                case OptRapidCommit:
                case OptReconfAccept:
                    o.Char(')');
                    break;

                case OptInterfaceId:
                case OptSubscriberId:
                    // the encoding is unknown: the first 10 bytes in hex
                    o.Char(' ');
                    for (int i = 0; i < optLen && i < 10; i++) o.Hex2(d[tp + i]);
                    o.Write("...)"u8);
                    break;

                case OptReconfMsg:
                    if (optLen != 1) { o.Write(" ?)"u8); break; }
                    switch (d[tp])
                    {
                        case Renew: o.Write(" for renew)"u8); break;
                        case InformRequest: o.Write(" for inf-req)"u8); break;
                        default: o.Write(" for ???("u8); o.Hex2(d[tp]); o.Write("))"u8); break;
                    }
                    break;

                case OptSipServerA:
                case OptDnsServers:
                case OptSntpServers:
                case OptNisServers:
                case OptNispServers:
                case OptBcmcsServerA:
                case OptPanaAgent:
                case OptLqClientLink:
                    if (optLen % 16 != 0) { o.Write(" ?)"u8); break; }
                    for (int i = 0; i < optLen; i += 16)
                    {
                        o.Char(' '); names.IPv6(o, d.Slice(tp + i, 16));
                    }
                    o.Char(')');
                    break;

                case OptSipServerD:
                case OptDomainList:
                    if (!Dns.PrintNameList(ref f, tp, end)) { f.PrintTrunc(); return; }
                    o.Char(')');
                    break;

                case OptStatusCode:
                {
                    if (optLen < 2) { o.Write(" ?)"u8); break; }
                    int code = f.U16(tp);
                    o.Char(' ');
                    if (code > 255) o.Write("INVALID code"u8);
                    else StatusCodes.Print(o, (uint)code, "code%u");
                    o.Char(')');
                    break;
                }

                case OptIaNa:
                case OptIaPd:
                    if (optLen < 12) { o.Write(" ?)"u8); break; }
                    o.Write(" IAID:"u8); o.Dec(f.U32(tp));
                    o.Write(" T1:"u8); o.Dec(f.U32(tp + 4));
                    o.Write(" T2:"u8); o.Dec(f.U32(tp + 8));
                    if (optLen > 12) OptionsPrint(ref f, tp + 12, end);
                    o.Char(')');
                    break;

                case OptIaTa:
                    if (optLen < 4) { o.Write(" ?)"u8); break; }
                    o.Write(" IAID:"u8); o.Dec(f.U32(tp));
                    if (optLen > 4) OptionsPrint(ref f, tp + 4, end);
                    o.Char(')');
                    break;

                case OptIaPdPrefix:
                    if (optLen < 25) { o.Write(" ?)"u8); break; }
                    o.Char(' '); names.IPv6(o, d.Slice(tp + 9, 16)); o.Char('/'); o.Dec(d[tp + 8]);
                    o.Write(" pltime:"u8); o.Dec(f.U32(tp));
                    o.Write(" vltime:"u8); o.Dec(f.U32(tp + 4));
                    if (optLen > 25) OptionsPrint(ref f, tp + 25, end);
                    o.Char(')');
                    break;

                case OptLifetime:
                case OptCltTime:
                    if (optLen != 4) { o.Write(" ?)"u8); break; }
                    o.Char(' '); o.Dec(f.U32(tp)); o.Char(')');
                    break;

                case OptRemoteId:
                    if (optLen < 4) { o.Write(" ?)"u8); break; }
                    o.Char(' '); o.Dec(f.U32(tp)); o.Char(' ');
                    for (int i = 4; i < optLen && i < 14; i++) o.Hex2(d[tp + i]);
                    o.Write("...)"u8);
                    break;

                case OptLqQuery:
                {
                    if (optLen < 17) { o.Write(" ?)"u8); break; }
                    int queryType = d[tp];
                    if (queryType == 1) o.Write(" by-address"u8);
                    else if (queryType == 2) o.Write(" by-clientID"u8);
                    else { o.Write(" type_"u8); o.Dec(queryType); }
                    o.Char(' '); names.IPv6(o, d.Slice(tp + 1, 16));
                    if (optLen > 17) OptionsPrint(ref f, tp + 17, end);
                    o.Char(')');
                    break;
                }

                case OptClientData:
                    if (optLen > 0) OptionsPrint(ref f, tp, end);
                    o.Char(')');
                    break;

                case OptLqRelayData:
                    if (optLen < 16) { o.Write(" ?)"u8); break; }
                    o.Char(' '); names.IPv6(o, d.Slice(tp, 16)); o.Char(' ');
                    for (int i = 16; i < optLen && i < 26; i++) o.Hex2(d[tp + i]);
                    o.Write("...)"u8);
                    break;

                case OptNtpServer:
                    if (optLen < 4) { o.Write(" ?)"u8); break; }
                    if (!NtpServerPrint(ref f, tp, end)) return;
                    o.Char(')');
                    break;

                case OptAftrName:
                {
                    if (optLen < 3) { o.Write(" ?)"u8); break; }
                    // RFC 1035 3.1 labels; tcpdump reads on past the option for the terminating byte
                    int remain = optLen;
                    o.Char(' ');
                    while (remain != 0)
                    {
                        int labelLen = f.U8(tp);
                        if (f.Truncated) return;
                        if (labelLen == 0) break;
                        tp++;
                        if (labelLen < remain - 1)
                        {
                            TextProto.PrintJnp(ref f, tp, labelLen);
                            tp += labelLen;
                            remain -= labelLen + 1;
                            int next = f.U8(tp);
                            if (f.Truncated) return;
                            if (next != 0) o.Char('.');
                        }
                        else
                        {
                            o.Write(" ?"u8);
                            break;
                        }
                    }
                    o.Char(')');
                    break;
                }

                case OptPosixTimezone:
                case OptTzdbTimezone:
                case OptMudUrl:
                    if (optLen < 5) { o.Write(" ?)"u8); break; }
                    o.Char(' ');
                    TextProto.PrintJnp(ref f, tp, optLen);
                    o.Char(')');
                    break;

                default:
                    o.Char(')');
                    break;
            }
            cp = end;
        }
    }

    /// <summary>The authentication option (RFC 8415 21.11): protocol, algorithm, RDM, replay detection, then the protocol's part.</summary>
    private static void AuthPrint(ref Frame f, int tp, int optLen)
    {
        var o = f.Out;
        var d = f.Data;
        int proto = d[tp];
        if (proto == AuthProtoDelayed) o.Write(" proto: delayed"u8);
        else if (proto == AuthProtoReconfig) o.Write(" proto: reconfigure"u8);
        else { o.Write(" proto: "u8); o.Dec(proto); }
        int alg = d[tp + 1];
        if (alg == 1) o.Write(", alg: HMAC-MD5"u8);
        else { o.Write(", alg: "u8); o.Dec(alg); }
        int rdm = d[tp + 2];
        if (rdm == 0) o.Write(", RDM: mono"u8);
        else { o.Write(", RDM: "u8); o.Dec(rdm); }
        tp += 3;
        o.Write(", RD:"u8);
        for (int i = 0; i < 4; i++, tp += 2) { o.Char(' '); o.Hex(f.U16(tp), 4); }

        int infoLen = optLen - 11;
        switch (proto)
        {
            case AuthProtoDelayed:
            {
                if (infoLen == 0) break;
                if (infoLen < 20) { o.Write(" ??"u8); break; }
                int realmLen = infoLen - 20;
                if (realmLen > 0) o.Write(", realm: "u8);
                for (int i = 0; i < realmLen; i++, tp++) o.Hex2(d[tp]);
                o.Write(", key ID: "u8); o.Hex(f.U32(tp), 8);
                tp += 4;
                o.Write(", HMAC-MD5:"u8);
                for (int i = 0; i < 4; i++, tp += 4) { o.Char(' '); o.Hex(f.U32(tp), 8); }
                break;
            }
            case AuthProtoReconfig:
                if (infoLen != 17) { o.Write(" ??"u8); break; }
                switch (d[tp])
                {
                    case 1: o.Write(" reconfig-key"u8); break;
                    case 2: o.Write(" type: HMAC-MD5"u8); break;
                    default: o.Write(" type: ??"u8); break;
                }
                tp++;
                o.Write(" value:"u8);
                for (int i = 0; i < 4; i++, tp += 4) { o.Char(' '); o.Hex(f.U32(tp), 8); }
                break;
            default:
                o.Write(" ??"u8);
                break;
        }
    }

    /// <summary>
    /// The NTP server option's suboptions (RFC 5908). False when a suboption runs past the option:
    /// the marker is printed and the option list ends.
    /// </summary>
    private static bool NtpServerPrint(ref Frame f, int tp, int end)
    {
        var o = f.Out;
        while (tp < end - 4)
        {
            int code = f.U16(tp);
            int len = f.U16(tp + 2);
            if (f.Truncated) return false;
            tp += 4;
            if (tp + len > end) { f.PrintTrunc(); return false; }
            o.Write(" subopt:"u8); o.Dec(code);
            switch (code)
            {
                case 1:
                case 2:
                    if (len != 16) { o.Write(" ?"u8); break; }
                    o.Char(' '); f.Ctx.Names.IPv6(o, f.Data.Slice(tp, 16));
                    break;
                case 3:
                    o.Char(' ');
                    if (Dns.PrintName(ref f, tp, tp + len) < 0) { f.PrintTrunc(); return false; }
                    break;
                default:
                    o.Write(" ?"u8);
                    break;
            }
            tp += len;
        }
        return true;
    }
}
