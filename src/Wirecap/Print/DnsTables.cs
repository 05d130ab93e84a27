namespace Wirecap.Print;

/// <summary>DNS numbers and their names, as tcpdump's nameser.h and print-domain.c give them.</summary>
public static class DnsTables
{
    // RR types (RFC 1035 and successors) that the record printer treats specially.
    public const int TypeA = 1;
    public const int TypeNs = 2;
    public const int TypeCname = 5;
    public const int TypeSoa = 6;
    public const int TypePtr = 12;
    public const int TypeMx = 15;
    public const int TypeTxt = 16;
    public const int TypeAaaa = 28;
    public const int TypeSrv = 33;
    public const int TypeA6 = 38;
    public const int TypeDname = 39;
    public const int TypeOpt = 41;
    public const int TypeUnspecA = 104;
    public const int TypeTsig = 250;
    public const int TypeUri = 256;

    public const int ClassIn = 1;
    /// <summary>mDNS: the top class bit is "unicast response wanted" in questions, "cache flush" in answers.</summary>
    public const int ClassTopBit = 0x8000;

    public const int OpcodeIQuery = 1;

    // EDNS(0) option codes.
    public const int OptNsid = 3;
    public const int OptDau = 5;
    public const int OptDhu = 6;
    public const int OptN3u = 7;
    public const int OptEcs = 8;
    public const int OptExpire = 9;
    public const int OptCookie = 10;
    public const int OptKeepalive = 11;
    public const int OptPadding = 12;
    public const int OptChain = 13;
    public const int OptKeyTag = 14;

    /// <summary>ns_type2str (also used by the lwres printer).</summary>
    public static readonly Tok Types = new(
        (1, "A"), (2, "NS"), (3, "MD"), (4, "MF"), (5, "CNAME"), (6, "SOA"), (7, "MB"), (8, "MG"),
        (9, "MR"), (10, "NULL"), (11, "WKS"), (12, "PTR"), (13, "HINFO"), (14, "MINFO"), (15, "MX"),
        (16, "TXT"), (17, "RP"), (18, "AFSDB"), (19, "X25"), (20, "ISDN"), (21, "RT"), (22, "NSAP"),
        (23, "NSAP_PTR"), (24, "SIG"), (25, "KEY"), (26, "PX"), (27, "GPOS"), (28, "AAAA"), (29, "LOC"),
        (30, "NXT"), (31, "EID"), (32, "NIMLOC"), (33, "SRV"), (34, "ATMA"), (35, "NAPTR"), (36, "KX"),
        (37, "CERT"), (38, "A6"), (39, "DNAME"), (40, "SINK"), (41, "OPT"), (42, "APL"), (43, "DS"),
        (44, "SSHFP"), (45, "IPSECKEY"), (46, "RRSIG"), (47, "NSEC"), (48, "DNSKEY"), (99, "SPF"),
        (100, "UINFO"), (101, "UID"), (102, "GID"), (103, "UNSPEC"), (104, "UNSPECA"), (249, "TKEY"),
        (250, "TSIG"), (251, "IXFR"), (252, "AXFR"), (253, "MAILB"), (254, "MAILA"), (255, "ANY"),
        (256, "URI"));

    /// <summary>ns_class2str.</summary>
    public static readonly Tok Classes = new((1, "IN"), (3, "CHAOS"), (4, "HS"), (255, "ANY"));

    /// <summary>edns_opt2str.</summary>
    public static readonly Tok EdnsOptions = new(
        (1, "LLQ"), (2, "UL"), (3, "NSID"), (5, "DAU"), (6, "DHU"), (7, "N3U"), (8, "ECS"),
        (9, "EXPIRE"), (10, "COOKIE"), (11, "KEEPALIVE"), (12, "PADDING"), (13, "CHAIN"),
        (14, "KEY-TAG"), (16, "CLIENT-TAG"), (17, "SERVER-TAG"));

    /// <summary>dau_alg2str: DNSSEC algorithms understood (tcpdump names algorithm 3 "DS").</summary>
    public static readonly Tok DnssecAlgorithms = new(
        (0, "DELETE"), (1, "RSAMD5"), (2, "DH"), (3, "DS"), (5, "RSASHA1"), (6, "DSA-NSEC3-SHA1"),
        (7, "RSASHA1-NSEC3-SHA1"), (8, "RSASHA256"), (10, "RSASHA512"), (12, "ECC-GOST"),
        (13, "ECDSAP256SHA256"), (14, "ECDSAP384SHA384"), (15, "ED25519"), (16, "ED448"),
        (252, "INDIRECT"), (253, "PRIVATEDNS"), (254, "PRIVATEOID"));

    /// <summary>dhu_alg2str: DS hash algorithms understood.</summary>
    public static readonly Tok DsHashes = new((1, "SHA-1"), (2, "SHA-256"), (3, "GOST_R_34.11-94"), (4, "SHA-384"));

    /// <summary>n3u_alg2str: NSEC3 hash algorithms understood.</summary>
    public static readonly Tok Nsec3Hashes = new((1, "SHA-1"));

    /// <summary>ns_ops: the opcode as a suffix of the id ("" for a standard query).</summary>
    public static readonly string[] Opcodes =
    [
        "", " inv_q", " stat", " op3", " notify", " update", " op6", " op7",
        " op8", " updateA", " updateD", " updateDA", " updateM", " updateMA", " zoneInit", " zoneRef",
    ];

    /// <summary>ns_resp: response codes, extended ones included (17 and 21 lack the space in tcpdump).</summary>
    public static readonly string[] ResponseCodes =
    [
        "", " FormErr", " ServFail", " NXDomain", " NotImp", " Refused", " YXDomain", " YXRRSet",
        " NXRRSet", " NotAuth", " NotZone", " Resp11", " Resp12", " Resp13", " Resp14", " NoChange",
        " BadVers", "Resp17", " Resp18", " Resp19", " Resp20", "Resp21", " Resp22", " BadCookie",
    ];
}
