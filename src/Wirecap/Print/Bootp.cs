namespace Wirecap.Print;

/// <summary>
/// BOOTP and DHCP (print-bootp.c; RFC 951, RFC 2131/2132 and the option RFCs).
/// <code>
///  0               8               16              24             31
/// +---------------+---------------+---------------+---------------+
/// |      op       |     htype     |     hlen      |     hops      |
/// |                              xid                              |
/// |             secs              |             flags             |
/// |                ciaddr, yiaddr, siaddr, giaddr                 |
/// |               chaddr (16), sname (64), file (128)             |
/// |    vendor area (64): magic cookie 99.130.83.99, then options  |
/// +---------------+---------------+---------------+---------------+
/// </code>
/// </summary>
public static class Bootp
{
    private const int Request = 1, Reply = 2;
    private const int MacLength = 6;
    private const int OffHops = 3, OffXid = 4, OffSecs = 8, OffFlags = 10;
    private const int OffCiaddr = 12, OffYiaddr = 16, OffSiaddr = 20, OffGiaddr = 24;
    private const int OffChaddr = 28, OffSname = 44, OffFile = 108, OffVend = 236;
    private const int SnameLength = 64, FileLength = 128;

    private const int TagPad = 0, TagEnd = 255;
    private const int TagNetbiosNode = 46, TagOptOverload = 52, TagDhcpMessage = 53, TagParmRequest = 55;
    private const int TagClientId = 61, TagUserClass = 77, TagClientFqdn = 81, TagAgentCircuit = 82;
    private const int TagClasslessStaticRoute = 121, TagClasslessStaticRouteMs = 249;

    private static readonly Tok Flags = new((0x8000, "Broadcast"));
    private static readonly Tok Ops = new((Request, "Request"), (Reply, "Reply"));

    /// <summary>
    /// The option names, each led by a letter saying how the value prints: i addresses, p address
    /// pairs, l unsigned and L signed 32-bit numbers, s 16-bit numbers, b dotted bytes, x hex bytes,
    /// a text, B booleans, $ a layout of its own.
    /// </summary>
    private static readonly Tok Tags = new(
        (0, " PAD"), (1, "iSubnet-Mask"), (2, "LTime-Zone"), (3, "iDefault-Gateway"), (4, "iTime-Server"),
        (5, "iIEN-Name-Server"), (6, "iDomain-Name-Server"), (7, "iLOG"), (8, "iCS"), (9, "iLPR-Server"),
        (10, "iIM"), (11, "iRL"), (12, "aHostname"), (13, "sBS"), (255, " END"),
        (14, "aDP"), (15, "aDomain-Name"), (16, "iSS"), (17, "aRP"), (18, "aEP"),
        (19, "BIPF"), (20, "BSRT"), (21, "pPF"), (22, "sRSZ"), (23, "bTTL"), (24, "lMTU-Timeout"),
        (25, "sMTU-Table"), (26, "sMTU"), (27, "BLSN"), (28, "iBR"), (29, "BMD"), (30, "BMS"),
        (31, "BRouter-Discovery"), (32, "iRSA"), (33, "pStatic-Route"), (34, "BUT"), (35, "lAT"),
        (36, "BIE"), (37, "bTT"), (38, "lKI"), (39, "BKG"), (40, "aYD"), (41, "iYS"), (42, "iNTP"),
        (43, "bVendor-Option"), (44, "iNetbios-Name-Server"), (45, "iWDD"), (46, "$Netbios-Node"),
        (47, "aNetbios-Scope"), (48, "iXFS"), (49, "iXDM"), (64, "sN+D"), (65, "iN+S"), (68, "iMH"),
        (69, "iSMTP"), (70, "iPOP3"), (71, "iNNTP"), (72, "iWWW"), (73, "iFG"), (74, "iIRC"),
        (75, "iSTS"), (76, "iSTDA"), (50, "iRequested-IP"), (51, "lLease-Time"), (52, "$OO"),
        (66, "aTFTP"), (67, "aBF"), (53, " DHCP-Message"), (54, "iServer-ID"), (55, "bParameter-Request"),
        (56, "aMSG"), (57, "sMSZ"), (58, "lRN"), (59, "lRB"), (60, "aVendor-Class"), (61, "$Client-ID"),
        (98, "aUAP"), (116, "BNOAUTO"), (78, "bSLP-DA"), (79, "bSLP-SCOPE"), (117, "sNSSEARCH"),
        (77, "$User-Class"), (118, "iSUBNET"), (121, "$Classless-Static-Route"),
        (249, "$Classless-Static-Route-Microsoft"), (150, "iTFTP-Server-Address"), (80, "aSLP-NA"),
        (81, "$FQDN"), (82, "$Agent-Information"), (83, "bARMT"), (88, "aTZSTR"), (89, "bFQDNS"),
        (90, "bAUTH"), (91, "LLast-Transaction-Time"), (92, "iAssociated-IP"), (93, "sARCH"),
        (94, "bNDI"), (97, "bGUID"), (95, "aLDAP"), (100, "aPOSIX-TZ"), (101, "aTZ-Name"), (112, "iNI"),
        (113, "aNITAG"), (114, "aURL"), (161, "aMUD-URL"));

    private static readonly Tok Overload = new((1, "file"), (2, "sname"), (3, "file+sname"));
    private static readonly Tok NetbiosNodes = new((0x1, "b-node"), (0x2, "p-node"), (0x4, "m-node"), (0x8, "h-node"));
    private static readonly Tok HardwareTypes = new((0x1, "ether"), (0x6, "ieee802"), (0x7, "arcnet"),
        (0xf, "frelay"), (0x17, "strip"), (0x18, "ieee1394"));
    private static readonly Tok DhcpMessages = new((1, "Discover"), (2, "Offer"), (3, "Request"), (4, "Decline"),
        (5, "ACK"), (6, "NACK"), (7, "Release"), (8, "Inform"), (10, "LeaseQuery"), (11, "LeaseUnassigned"),
        (12, "LeaseUnknown"), (13, "LeaseActive"));
    private static readonly Tok AgentSuboptions = new((1, "Circuit-ID"), (2, "Remote-ID"), (6, "Subscriber-ID"));

    /// <summary>bootp_print: cp/length are the UDP payload.</summary>
    public static void Print(ref Frame f, int cp, int length)
    {
        f.Proto = "bootp";
        var o = f.Out;
        int op = f.U8(cp);
        if (f.Truncated) return;
        o.Write("BOOTP/DHCP, "u8); Ops.Print(o, (uint)op, "unknown (0x%02x)");

        int htype = f.U8(cp + 1);
        int hlen = f.U8(cp + 2);
        if (f.Truncated) return;
        if (htype == 1 && hlen == MacLength && op == Request)
        {
            var chaddr = f.Bytes(cp + OffChaddr, MacLength);
            if (f.Truncated) return;
            o.Write(" from "u8); f.Ctx.Names.Mac(o, chaddr);
        }
        o.Write(", length "u8); o.Dec((uint)length);
        if (f.Opt.Verbose == 0) return;

        if (!LocalTrunc.Check(ref f, cp + OffSecs, 2)) return;
        if (htype != 1) { o.Write(", htype "u8); o.Dec(htype); }
        if (htype != 1 || hlen != MacLength) { o.Write(", hlen "u8); o.Dec(hlen); }

        int hops = f.U8(cp + OffHops);
        if (hops != 0) { o.Write(", hops "u8); o.Dec(hops); }
        uint xid = f.U32(cp + OffXid);
        if (xid != 0) { o.Write(", xid 0x"u8); o.Hex(xid); }
        int secs = f.U16(cp + OffSecs);
        if (secs != 0) { o.Write(", secs "u8); o.Dec(secs); }
        int flags = f.U16(cp + OffFlags);
        if (f.Truncated) return;
        o.Write(", Flags ["u8); Flags.Bits(o, (uint)flags, "none"); o.Char(']');
        if (f.Opt.Verbose > 1) { o.Write(" (0x"u8); o.Hex((uint)flags, 4); o.Char(')'); }

        if (!AddressPrint(ref f, cp + OffCiaddr, "\n\t  Client-IP "u8)) return;
        if (!AddressPrint(ref f, cp + OffYiaddr, "\n\t  Your-IP "u8)) return;
        if (!AddressPrint(ref f, cp + OffSiaddr, "\n\t  Server-IP "u8)) return;
        if (!AddressPrint(ref f, cp + OffGiaddr, "\n\t  Gateway-IP "u8)) return;

        if (htype == 1 && hlen == MacLength)
        {
            var chaddr = f.Bytes(cp + OffChaddr, MacLength);
            if (f.Truncated) return;
            o.Write("\n\t  Client-Ethernet-Address "u8); f.Ctx.Names.Mac(o, chaddr);
        }

        if (!FixedStringPrint(ref f, cp + OffSname, SnameLength, "\n\t  sname \""u8)) return;
        if (!FixedStringPrint(ref f, cp + OffFile, FileLength, "\n\t  file \""u8)) return;

        int vend = cp + OffVend;
        if (!LocalTrunc.Check(ref f, vend, 4)) return;
        var magic = f.Data.Slice(vend, 4);
        if (magic.SequenceEqual((ReadOnlySpan<byte>)[99, 130, 83, 99])) Rfc1048Print(ref f, vend);
        else if (magic.SequenceEqual("CMU\0"u8)) CmuPrint(ref f, vend);
        else
        {
            uint ul = f.U32(vend);
            if (ul != 0) { o.Write("\n\t  Vendor-#0x"u8); o.Hex(ul); }
        }
    }

    /// <summary>An address field, printed with its label when it is not 0.0.0.0; false when not captured.</summary>
    private static bool AddressPrint(ref Frame f, int p, ReadOnlySpan<byte> label)
    {
        var a = f.Bytes(p, 4);
        if (f.Truncated) return false;
        if (a.IndexOfAnyExcept((byte)0) >= 0)
        {
            f.Out.Write(label);
            f.Ctx.Names.IPv4(f.Out, a);
        }
        return true;
    }

    /// <summary>
    /// sname and file: when the first byte is not NUL, the NUL-terminated text in quotes (nd_printztn);
    /// a text without its NUL inside the field or the capture ends the packet with the marker.
    /// </summary>
    private static bool FixedStringPrint(ref Frame f, int p, int size, ReadOnlySpan<byte> label)
    {
        var o = f.Out;
        int first = f.U8(p);
        if (f.Truncated) return false;
        if (first == 0) return true;
        o.Write(label);
        bool terminated = false;
        for (int i = 0; i < size && p + i < f.End; i++)
        {
            byte c = f.Data[p + i];
            if (c == 0) { terminated = true; break; }
            TextProto.PrintChar(o, c);
        }
        o.Char('"');
        if (terminated) return true;
        f.PrintTrunc();
        return false;
    }

    /// <summary>nd_printn up to the snapshot end: true when the capture ended before n bytes.</summary>
    internal static bool PrintN(ref Frame f, int p, int n)
    {
        var o = f.Out;
        while (n > 0 && p < f.End)
        {
            n--;
            TextProto.PrintChar(o, f.Data[p++]);
        }
        return n != 0;
    }

    /// <summary>The RFC 1048 vendor extensions: the magic cookie, then tag, length, value options.</summary>
    private static void Rfc1048Print(ref Frame f, int bp)
    {
        var o = f.Out;
        int verbose = f.Opt.Verbose;
        o.Write("\n\t  Vendor-rfc1048 Extensions"u8);
        uint cookie = f.U32(bp);
        if (f.Truncated) return;
        o.Write("\n\t    Magic Cookie 0x"u8); o.Hex(cookie, 8);
        bp += 4;

        while (f.Has(bp, 1))
        {
            int tag = f.Data[bp++];
            if (tag == TagPad && verbose < 3) continue;
            if (tag == TagEnd && verbose < 3) return;
            string name = Tags.Find((uint)tag) ?? "?Unknown";
            char c = name[0];

            int len = 0;
            if (tag != TagPad && tag != TagEnd)
            {
                len = f.U8(bp++);
                if (f.Truncated) return;
            }
            o.Write("\n\t    "u8); NamePrint(o, name); o.Write(" ("u8); o.Dec(tag);
            o.Write("), length "u8); o.Dec(len);
            if (len > 0) o.Write(": "u8);

            if (tag == TagPad && verbose > 2)
            {
                int ntag = 1;
                while (f.Has(bp, 1) && f.Data[bp] == TagPad) { bp++; ntag++; }
                if (ntag > 1) { o.Write(", occurs "u8); o.Dec(ntag); }
            }

            if (!LocalTrunc.Check(ref f, bp, len)) return;

            if (tag == TagDhcpMessage && len == 1)
            {
                DhcpMessages.Print(o, f.Data[bp], "Unknown (%u)");
                bp++;
                continue;
            }

            if (tag == TagParmRequest)
            {
                for (int idx = 0; len > 0; idx++, len--, bp++)
                {
                    int inner = f.Data[bp];
                    string innerName = Tags.Find((uint)inner) ?? "?Unknown";
                    o.Write(idx % 4 == 0 ? "\n\t      "u8 : ", "u8);
                    NamePrint(o, innerName); o.Write(" ("u8); o.Dec(inner); o.Char(')');
                }
                continue;
            }

            if (c == '?')
            {
                // an unknown option: guess the layout from the size
                c = (len & 1) != 0 ? 'b' : (len & 2) != 0 ? 's' : 'l';
            }
            // The whole value is captured (checked above), so the reads below cannot fail.
            bool first = true;
            switch (c)
            {
                case 'a':
                    o.Char('"'); PrintN(ref f, bp, len); o.Char('"');
                    bp += len;
                    len = 0;
                    break;

                case 'i':
                case 'l':
                case 'L':
                    for (; len >= 4; bp += 4, len -= 4, first = false)
                    {
                        if (!first) o.Char(',');
                        if (c == 'i') f.Ctx.Names.IPv4(o, f.Data.Slice(bp, 4));
                        else if (c == 'L') o.Dec((int)f.U32(bp));
                        else o.Dec(f.U32(bp));
                    }
                    break;

                case 'p':
                    for (; len >= 8; bp += 8, len -= 8, first = false)
                    {
                        if (!first) o.Char(',');
                        o.Char('('); f.Ctx.Names.IPv4(o, f.Data.Slice(bp, 4));
                        o.Char(':'); f.Ctx.Names.IPv4(o, f.Data.Slice(bp + 4, 4)); o.Char(')');
                    }
                    break;

                case 's':
                    for (; len >= 2; bp += 2, len -= 2, first = false)
                    {
                        if (!first) o.Char(',');
                        o.Dec(f.U16(bp));
                    }
                    break;

                case 'B':
                    for (; len > 0; bp++, len--, first = false)
                    {
                        if (!first) o.Char(',');
                        int b = f.Data[bp];
                        if (b == 0) o.Char('N');
                        else if (b == 1) o.Char('Y');
                        else { o.Dec(b); o.Char('?'); }
                    }
                    break;

                case '$':
                    SpecialPrint(ref f, tag, ref bp, ref len);
                    break;

                default:
                    // 'b', 'x', and the options with no letter of their own
                    for (; len > 0; bp++, len--, first = false)
                    {
                        if (!first) o.Char(c == 'x' ? ':' : '.');
                        if (c == 'x') o.Hex2(f.Data[bp]);
                        else o.Dec(f.Data[bp]);
                    }
                    break;
            }
            if (f.Truncated) return;
            if (len != 0)
            {
                o.Write("\n\t  trailing data length "u8); o.Dec(len);
                bp += len;
            }
        }
    }

    /// <summary>An option's name without its layout letter.</summary>
    private static void NamePrint(TextOut o, string name)
    {
        for (int i = 1; i < name.Length; i++) o.Char(name[i]);
    }

    /// <summary>The options marked '$'. The value (len bytes at bp) is known to be captured.</summary>
    private static void SpecialPrint(ref Frame f, int tag, ref int bp, ref int len)
    {
        var o = f.Out;
        switch (tag)
        {
            case TagNetbiosNode:
            case TagOptOverload:
                if (len < 1) { o.Write("[ERROR: length < 1 bytes]"u8); break; }
                (tag == TagNetbiosNode ? NetbiosNodes : Overload).Print(o, f.Data[bp]);
                bp++;
                len--;
                break;

            case TagClientFqdn:
            {
                if (len < 3)
                {
                    o.Write("[ERROR: length < 3 bytes]"u8);
                    bp += len;
                    len = 0;
                    break;
                }
                int fqdnFlags = f.Data[bp];
                if ((fqdnFlags & 0xf0) != 0)
                {
                    o.Write("[ERROR: MBZ nibble 0x"u8); o.Hex((uint)(fqdnFlags & 0xf0) >> 4); o.Write(" != 0] "u8);
                }
                if ((fqdnFlags & 0x0f) != 0)
                {
                    o.Char('[');
                    if ((fqdnFlags & 0x01) != 0) o.Char('S');
                    if ((fqdnFlags & 0x02) != 0) o.Char('O');
                    if ((fqdnFlags & 0x04) != 0) o.Char('E');
                    if ((fqdnFlags & 0x08) != 0) o.Char('N');
                    o.Write("] "u8);
                }
                int rcode1 = f.Data[bp + 1], rcode2 = f.Data[bp + 2];
                if (rcode1 != 0 || rcode2 != 0) { o.Dec(rcode1); o.Char('/'); o.Dec(rcode2); o.Char(' '); }
                bp += 3;
                o.Char('"'); PrintN(ref f, bp, len - 3); o.Char('"');
                bp += len - 3;
                len = 0;
                break;
            }

            case TagClientId:
            {
                if (len < 1) { o.Write("[ERROR: length < 1 bytes]"u8); break; }
                int type = f.Data[bp];
                bp++;
                len--;
                if (type == 0)
                {
                    o.Char('"'); PrintN(ref f, bp, len); o.Char('"');
                    bp += len;
                    len = 0;
                    break;
                }
                HardwareTypes.Print(o, (uint)type, "hardware-type %u,"); o.Char(' ');
                for (bool first = true; len > 0; bp++, len--, first = false)
                {
                    if (!first) o.Char(':');
                    o.Hex2(f.Data[bp]);
                }
                break;
            }

            case TagAgentCircuit:
                while (len >= 2)
                {
                    int subopt = f.Data[bp];
                    int suboptLen = f.Data[bp + 1];
                    bp += 2;
                    len -= 2;
                    o.Write("\n\t      "u8); AgentSuboptions.Print(o, (uint)subopt, "Unknown");
                    o.Write(" SubOption "u8); o.Dec(subopt); o.Write(", length "u8); o.Dec(suboptLen);
                    if (suboptLen > len)
                    {
                        o.Write(": length goes past end of option"u8);
                        bp += len;
                        len = 0;
                        break;
                    }
                    o.Write(": "u8);
                    if (subopt is 1 or 2 or 6) PrintN(ref f, bp, suboptLen);
                    else HexDump.UnknownData(ref f, bp, "\n\t\t"u8, suboptLen);
                    len -= suboptLen;
                    bp += suboptLen;
                }
                break;

            case TagClasslessStaticRoute:
            case TagClasslessStaticRouteMs:
            {
                if (len < 5)
                {
                    o.Write("[ERROR: length < 5 bytes]"u8);
                    bp += len;
                    len = 0;
                    break;
                }
                for (bool first = true; len > 0; first = false)
                {
                    if (!first) o.Char(',');
                    int maskWidth = f.Data[bp];
                    bp++;
                    len--;
                    if (maskWidth > 32)
                    {
                        o.Write("[ERROR: Mask width ("u8); o.Dec(maskWidth); o.Write(") > 32]"u8);
                        bp += len;
                        len = 0;
                        break;
                    }
                    int significant = (maskWidth + 7) / 8;
                    if (len < significant + 4)
                    {
                        o.Write("[ERROR: Remaining length ("u8); o.Dec(len); o.Write(") < "u8);
                        o.Dec(significant + 4); o.Write(" bytes]"u8);
                        bp += len;
                        len = 0;
                        break;
                    }
                    o.Char('(');
                    if (maskWidth == 0) o.Write("default"u8);
                    else
                    {
                        for (int i = 0; i < significant; i++)
                        {
                            if (i > 0) o.Char('.');
                            o.Dec(f.Data[bp++]);
                        }
                        for (int i = significant; i < 4; i++) o.Write(".0"u8);
                        o.Char('/'); o.Dec(maskWidth);
                    }
                    o.Char(':'); f.Ctx.Names.IPv4(o, f.Data.Slice(bp, 4)); o.Char(')');
                    bp += 4;
                    len -= significant + 4;
                }
                break;
            }

            case TagUserClass:
            {
                if (len < 2)
                {
                    o.Write("[ERROR: length < 2 bytes]"u8);
                    bp += len;
                    len = 0;
                    break;
                }
                for (int instance = 1; len > 0; instance++)
                {
                    int suboptLen = f.Data[bp];
                    bp++;
                    len--;
                    o.Write("\n\t      instance#"u8); o.Dec(instance); o.Write(": "u8);
                    if (suboptLen == 0)
                    {
                        o.Write("[ERROR: suboption length must be non-zero]"u8);
                        bp += len;
                        len = 0;
                        break;
                    }
                    if (len < suboptLen)
                    {
                        o.Write("[ERROR: invalid option]"u8);
                        bp += len;
                        len = 0;
                        break;
                    }
                    o.Char('"'); PrintN(ref f, bp, suboptLen); o.Char('"');
                    o.Write(", length "u8); o.Dec(suboptLen);
                    len -= suboptLen;
                    bp += suboptLen;
                }
                break;
            }

            default:
                o.Write("[unknown special tag "u8); o.Dec(tag); o.Write(", size "u8); o.Dec(len); o.Char(']');
                bp += len;
                len = 0;
                break;
        }
    }

    /// <summary>The CMU vendor area: flags, then the non-zero addresses among gateway, mask, servers.</summary>
    private static void CmuPrint(ref Frame f, int bp)
    {
        var o = f.Out;
        o.Write(" vend-cmu"u8);
        if (!LocalTrunc.Check(ref f, bp + 4, 4)) return;
        int vflags = f.Data[bp + 4];   // the first byte of the 32-bit flags word, as tcpdump reads it
        if ((vflags & ~1) != 0) { o.Write(" F:0x"u8); o.Hex((uint)vflags); }
        if (!CmuAddressPrint(ref f, bp + 12, " DG:"u8)) return;
        if (!CmuAddressPrint(ref f, bp + 8, (vflags & 1) != 0 ? " SM:"u8 : " SM*:"u8)) return;
        if (!CmuAddressPrint(ref f, bp + 16, " NS1:"u8)) return;
        if (!CmuAddressPrint(ref f, bp + 20, " NS2:"u8)) return;
        if (!CmuAddressPrint(ref f, bp + 24, " IEN1:"u8)) return;
        if (!CmuAddressPrint(ref f, bp + 28, " IEN2:"u8)) return;
        if (!CmuAddressPrint(ref f, bp + 32, " TS1:"u8)) return;
        CmuAddressPrint(ref f, bp + 36, " TS2:"u8);
    }

    private static bool CmuAddressPrint(ref Frame f, int p, ReadOnlySpan<byte> label)
    {
        if (!LocalTrunc.Check(ref f, p, 4)) return false;
        var a = f.Data.Slice(p, 4);
        if (a.IndexOfAnyExcept((byte)0) >= 0)
        {
            f.Out.Write(label);
            f.Ctx.Names.IPv4(f.Out, a);
        }
        return true;
    }
}
