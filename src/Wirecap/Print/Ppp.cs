namespace Wirecap.Print;

/// <summary>
/// Point-to-Point Protocol (print-ppp.c), RFC 1661, in the framings tcpdump reads:
/// DLT_PPP (address/control optional, PFC allowed) and DLT_PPP_SERIAL (RFC 1662 HDLC-like
/// framing, or Cisco HDLC). The control protocols (LCP, IPCP, IP6CP, CCP, BACP) share one
/// packet layout:
/// <code>
///  0      1      2             4
/// +------+------+-------------+----------------------------
/// | code |  id  |   length    | data (options for Conf-*)
/// +------+------+-------------+----------------------------
/// </code>
/// In this file a check that fails (ND_TCHECK) prints the printer's own "[|name]" marker and
/// returns; a failed field read ends the packet, as everywhere.
/// </summary>
public static class Ppp
{
    private const int HeaderLength = 4;
    private const int Address = 0xff, Control = 0x03, PppdIn = 0x00, PppdOut = 0x01;

    internal const int Ip = 0x0021, Osi = 0x0023, Ipx = 0x002b, Vjc = 0x002d, Vjnc = 0x002f, Ml = 0x003d,
        Ipv6 = 0x0057, Comp = 0x00fd, MplsUnicast = 0x0281, MplsMulticast = 0x0283,
        Ipcp = 0x8021, OsiCp = 0x8023, Ipv6Cp = 0x8057, Ccp = 0x80fd, MplsCp = 0x8281,
        Lcp = 0xc021, Pap = 0xc023, Lqm = 0xc025, Spap = 0xc027, Chap = 0xc223, Bacp = 0xc02b, Bap = 0xc02d,
        SpapOld = 0xc123, Eap = 0xc227;

    /// <summary>ppptype2str.</summary>
    internal static readonly Tok Protocols = new(
        (Ip, "IP"), (Osi, "OSI"), (0x0025, "NS"), (0x0027, "DECNET"), (0x0029, "APPLE"), (Ipx, "IPX"),
        (Vjc, "VJC IP"), (Vjnc, "VJNC IP"), (0x0031, "BRPDU"), (0x0033, "STII"), (0x0035, "VINES"),
        (MplsUnicast, "MPLS"), (MplsMulticast, "MPLS"), (Comp, "Compressed"), (Ml, "MLPPP"), (Ipv6, "IP6"),
        (0x0201, "HELLO"), (0x0231, "LUXCOM"), (0x0233, "SNS"), (Ipcp, "IPCP"), (OsiCp, "OSICP"),
        (0x8025, "NSCP"), (0x8027, "DECNETCP"), (0x8029, "APPLECP"), (0x802b, "IPXCP"), (0x8033, "STIICP"),
        (0x8035, "VINESCP"), (Ipv6Cp, "IP6CP"), (MplsCp, "MPLSCP"),
        (Lcp, "LCP"), (Pap, "PAP"), (Lqm, "LQM"), (Chap, "CHAP"), (Eap, "EAP"), (Spap, "SPAP"),
        (SpapOld, "Old-SPAP"), (Bacp, "BACP"), (Bap, "BAP"), (0xc03d, "MLPPP-CP"), (Ccp, "CCP"));

    private const int VendorExt = 0, ConfReq = 1, ConfAck = 2, ConfNak = 3, ConfRej = 4, TermReq = 5, TermAck = 6,
        CodeRej = 7, ProtRej = 8, EchoReq = 9, EchoRpl = 10, DiscReq = 11, Ident = 12, TimeRem = 13;

    /// <summary>cpcodes: the control protocols' packet codes.</summary>
    private static readonly Tok Codes = new(
        (0, "Vendor-Extension"), (1, "Conf-Request"), (2, "Conf-Ack"), (3, "Conf-Nack"), (4, "Conf-Reject"),
        (5, "Term-Request"), (6, "Term-Ack"), (7, "Code-Reject"), (8, "Prot-Reject"), (9, "Echo-Request"),
        (10, "Echo-Reply"), (11, "Disc-Req"), (12, "Ident"), (13, "Time-Rem"), (14, "Reset-Req"), (15, "Reset-Ack"));

    /// <summary>lcpconfopts, indexed by option type.</summary>
    private static readonly string[] LcpOptions =
    [
        "Vend-Ext", "MRU", "ACCM", "Auth-Prot", "Qual-Prot", "Magic-Num", "deprecated(6)", "PFC", "ACFC",
        "FCS-Alt", "SDP", "Num-Mode", "deprecated(12)", "Call-Back", "deprecated(14)", "deprecated(15)",
        "deprecated(16)", "MRRU", "12-Bit seq #", "End-Disc", "Proprietary", "DCE-Id", "MP+", "Link-Disc",
        "LCP-Auth-Opt", "COBS", "Prefix-elision", "Multilink-header-Form", "I18N", "SDL-over-SONET/SDH",
        "PPP-Muxing",
    ];

    private static readonly Tok CcpOptions = new(
        (0, "OUI"), (1, "Pred-1"), (2, "Pred-2"), (3, "Puddle"), (16, "HP-PPC"), (17, "Stac-LZS"), (18, "MPPC"),
        (19, "Gand-FZA"), (20, "V.42bis"), (21, "BSD-Comp"), (23, "LZS-DCP"), (24, "MVRCA"), (25, "DEC"),
        (26, "Deflate"), (255, "Reserved"));

    private static readonly Tok BacpOptions = new((1, "Favored-Peer"));

    private static readonly Tok IpcpOptions = new(
        (1, "IP-Addrs"), (2, "IP-Comp"), (3, "IP-Addr"), (4, "Home-Addr"), (129, "Pri-DNS"), (130, "Pri-NBNS"),
        (131, "Sec-DNS"), (132, "Sec-NBNS"));

    private const int IpcpHeaderCompression = 0x61, IpcpCompMinLength = 14;
    private static readonly Tok IpcpCompProtocols = new((Vjc, "VJ-Comp"), (IpcpHeaderCompression, "IP Header Compression"));
    private static readonly Tok IpcpCompSubOptions = new((1, "RTP-Compression"), (2, "Enhanced RTP-Compression"));

    private static readonly Tok Ip6cpOptions = new((1, "Interface-ID"));

    private static readonly Tok AuthAlgorithms = new((5, "MD5"), (128, "MS-CHAPv1"), (129, "MS-CHAPv2"));

    private static readonly Tok Callbacks = new(
        (0, "UserAuth"), (1, "DialString"), (2, "LocalID"), (3, "E.164"), (4, "X.500"), (6, "CBCP"));

    private static readonly Tok ChapCodes = new((1, "Challenge"), (2, "Response"), (3, "Success"), (4, "Fail"));
    private static readonly Tok PapCodes = new((1, "Auth-Req"), (2, "Auth-ACK"), (3, "Auth-NACK"));
    private static readonly Tok MlFlags = new((0x80, "begin"), (0x40, "end"));

    /// <summary>ppp_if_print, DLT_PPP.</summary>
    public static void IfPrint(ref Frame f)
    {
        f.Proto = "ppp";
        int caplen = f.Data.Length;
        if (caplen < HeaderLength)
        {
            f.PrintTrunc();
            f.LinkHeaderLength += caplen;
            return;
        }
        f.LinkHeaderLength += HeaderLength;
        Print(ref f, 0, f.WireLength);
    }

    /// <summary>
    /// ppp_bsdos_if_print, DLT_PPP_BSDOS: tcpdump decodes it only when built on BSD/OS; elsewhere
    /// the packet prints nothing and has no link header (so -x dumps all of it).
    /// </summary>
    public static void BsdosIfPrint(ref Frame f) => f.Proto = "ppp_bsdos";

    /// <summary>ppp_print: optional address/control (or pppd's direction), a 1- or 2-byte protocol, the payload. Returns the header length.</summary>
    public static int Print(ref Frame f, int p, int length)
    {
        f.Proto = "ppp";
        var o = f.Out;
        int olen = length, hdrLen = 0;
        if (length < 2) { f.PrintTrunc(); return 0; }
        int header = f.U16(p);
        if (header == (PppdIn << 8 | Control) || header == (PppdOut << 8 | Control) || header == (Address << 8 | Control))
        {
            if (f.Opt.LinkHeader && header != (Address << 8 | Control))
                o.Write(header >> 8 == PppdIn ? "In  "u8 : "Out "u8);
            p += 2; length -= 2; hdrLen += 2;
        }
        if (length < 2) { f.PrintTrunc(); return 0; }
        int proto = f.U8(p);
        if ((proto & 1) != 0)
        {
            // protocol field compression: odd first byte, one-byte protocol
            p++; length--; hdrLen++;
        }
        else
        {
            proto = f.U16(p);
            p += 2; length -= 2; hdrLen += 2;
        }
        if (f.Truncated) return hdrLen;

        if (f.Opt.LinkHeader)
        {
            var name = Protocols.Find((uint)proto);
            o.Write(name ?? "unknown");
            o.Write(" (0x"u8); o.Hex((uint)proto, 4); o.Write("), length "u8); o.Dec((uint)olen);
            if (name == null) return hdrLen;
            o.Write(": "u8);
        }
        Handle(ref f, proto, p, length);
        return hdrLen;
    }

    /// <summary>ppp_hdlc_if_print, DLT_PPP_SERIAL: RFC 1662 framing, or Cisco HDLC.</summary>
    public static void HdlcIfPrint(ref Frame f)
    {
        f.Proto = "ppp_hdlc";
        var o = f.Out;
        int length = f.WireLength, caplen = f.Data.Length;
        if (caplen < 2)
        {
            f.PrintTrunc();
            f.LinkHeaderLength += caplen;
            return;
        }
        int first = f.Data[0];
        if (first == Chdlc.Unicast || first == Chdlc.Broadcast)
        {
            Chdlc.IfPrint(ref f);
            return;
        }
        if (caplen < 4)
        {
            f.PrintTrunc();
            f.LinkHeaderLength += caplen;
            return;
        }
        int second = f.Data[1];
        if (f.Opt.LinkHeader)
        {
            o.Hex2((byte)first); o.Char(' '); o.Hex2((byte)second); o.Char(' '); o.Dec((uint)length); o.Char(' ');
        }
        if (first == Address)
        {
            int proto = f.U16(2);
            Protocols.Print(o, (uint)proto, "unknown PPP protocol (0x%04x)");
            o.Write(": "u8);
            Handle(ref f, proto, 4, length - 4);
            f.LinkHeaderLength += 4;
        }
        else
        {
            o.Write("unknown addr "u8); o.Hex2(f.Data[2]); o.Write("; ctrl "u8); o.Hex2(f.Data[3]);
            // tcpdump counts only the first two bytes as header here
            f.LinkHeaderLength += 2;
        }
    }

    /// <summary>handle_ppp: the payload by PPP protocol number.</summary>
    internal static void Handle(ref Frame f, int proto, int p, int length)
    {
        if ((proto & 0xff00) == 0x7e00)
        {
            // a flag byte where the protocol should be: the frame is still HDLC-escaped
            Unescape(ref f, p - 1, length);
            return;
        }
        var o = f.Out;
        switch (proto)
        {
            case Lcp:
            case Ipcp:
            case OsiCp:
            case MplsCp:
            case Ipv6Cp:
            case Ccp:
            case Bacp: ControlProtocol(ref f, proto, p, length); break;
            case Ml: MultiLink(ref f, p, length); break;
            case Chap: ChapPrint(ref f, p, length); break;
            case Pap: PapPrint(ref f, p, length); break;
            case Bap: break; // tcpdump prints nothing for BAP yet
            case EtherType.Ip:
            case Vjnc:
            case Ip: Wirecap.Print.Ip.Print(ref f, p, length); break;
            case EtherType.Ipv6:
            case Ipv6: Ip6.Print(ref f, p, length); break;
            case MplsUnicast:
            case MplsMulticast: Mpls.Print(ref f, p, length); break;
            case Comp: o.Write("compressed PPP data"u8); break;
            case Osi: IsoClns.Print(ref f, p, length); break;
            // IPX (0x8137, 0x002b) is not decoded yet: it prints as unknown
            default:
                Protocols.Print(o, (uint)proto, "unknown PPP protocol (0x%04x)");
                o.Char(' ');
                HexDump.UnknownData(ref f, p, "\n\t"u8, length);
                break;
        }
    }

    /// <summary>
    /// ppp_hdlc: undo the 0x7d escapes of the captured bytes into the run's scratch buffer, then
    /// guess the payload's framing (bare IP/IPv6 byte, address/control, or a protocol number).
    /// </summary>
    private static void Unescape(ref Frame f, int p, int length)
    {
        int caplen = f.Available(p);
        if (caplen == 0 || length == 0) return;
        var buf = f.Ctx.Scratch(caplen);
        int t = 0;
        for (int i = caplen, s = p; i != 0; i--)
        {
            byte c = f.Data[s++];
            if (c == 0x7d)
            {
                if (i <= 1) break;
                i--;
                c = (byte)(f.Data[s++] ^ 0x20);
            }
            buf[t++] = c;
        }
        var b = new Frame(buf.AsSpan(0, t), f.WireLength, f.Ctx) { Proto = f.Proto };
        int blen = t;
        if (blen < 1) { f.PrintTrunc(); return; }
        int proto = b.U8(0);
        switch (proto)
        {
            case Ip: Wirecap.Print.Ip.Print(ref b, 1, blen - 1); break;
            case Ipv6: Ip6.Print(ref b, 1, blen - 1); break;
            default:
                if (blen < 2) { f.Proto = b.Proto; f.PrintTrunc(); return; }
                proto = b.U16(0);
                if (proto == (Address << 8 | Control))
                {
                    if (blen < 4) { f.Proto = b.Proto; f.PrintTrunc(); return; }
                    proto = b.U16(2);
                    if ((proto & 0xff00) == 0x7e00) Invalid(b.Out, proto);
                    else Handle(ref b, proto, 4, blen - 4);
                }
                else if ((proto & 0xff00) == 0x7e00) Invalid(b.Out, proto);
                else Handle(ref b, proto, 2, blen - 2);
                break;
        }
        f.Proto = b.Proto;
        if (b.Truncated)
        {
            f.Proto = b.TruncatedProto!;
            f.Trunc();
        }

        static void Invalid(TextOut o, int proto)
        {
            o.Write("(protocol 0x"u8); o.Hex((uint)proto, 4); o.Write(" invalid)"u8);
        }
    }

    /// <summary>handle_ctrl_proto: LCP, IPCP, IP6CP, CCP, BACP ... packets.</summary>
    private static void ControlProtocol(ref Frame f, int proto, int p, int length)
    {
        var o = f.Out;
        string? typeName = Protocols.Find((uint)proto);
        if (typeName != null) o.Write(typeName);
        else Tok.Format(o, "unknown ctrl-proto (0x%04x)", (uint)proto);
        o.Write(", "u8);

        if (length < 4 || !f.Has(p, 2)) { Trunc(ref f, typeName, proto); return; }
        int code = f.U8(p);
        int id = f.U8(p + 1);
        if (f.Truncated) return;
        Codes.Print(o, (uint)code, "Unknown Opcode");
        o.Write(" (0x"u8); o.Hex((uint)code, 2); o.Write("), id "u8); o.Dec((uint)id);
        o.Write(", length "u8); o.Dec((uint)(length + 2));
        if (f.Opt.Verbose == 0) return;

        int len = f.U16(p + 2);
        if (f.Truncated) return;
        int t = p + 4;
        if (len < 4)
        {
            o.Write("\n\tencoded length "u8); o.Dec((uint)len); o.Write(" (< 4))"u8);
            return;
        }
        if (len > length)
        {
            o.Write("\n\tencoded length "u8); o.Dec((uint)len); o.Write(" (> packet length "u8); o.Dec((uint)length); o.Write("))"u8);
            return;
        }
        length = len;
        o.Write("\n\tencoded length "u8); o.Dec((uint)len); o.Write(" (=Option(s) length "u8); o.Dec((uint)(len - 4)); o.Char(')');
        if (length == 4) return;
        // tcpdump dumps from the protocol field, two bytes before the packet
        if (f.Opt.Verbose > 1) HexDump.UnknownData(ref f, p - 2, "\n\t"u8, 6);

        switch (code)
        {
            case VendorExt:
                {
                    if (length < 11) break;
                    uint magic = f.U32(t);
                    if (f.Truncated) return;
                    o.Write("\n\t  Magic-Num 0x"u8); o.Hex(magic, 8);
                    uint oui = f.U24(t + 4);
                    if (f.Truncated) return;
                    o.Write(" Vendor: "u8); Oui.Names.Print(o, oui, "Unknown"); o.Write(" ("u8); o.Dec(oui); o.Char(')');
                    break;
                }
            case ConfReq:
            case ConfAck:
            case ConfNak:
            case ConfRej:
                {
                    int tlen = len - 4;
                    do
                    {
                        int advance;
                        switch (proto)
                        {
                            case Lcp: advance = LcpOption(ref f, t, len); break;
                            case Ipcp: advance = IpcpOption(ref f, t, len); break;
                            case Ipv6Cp: advance = Ip6cpOption(ref f, t, len); break;
                            case Ccp: advance = CcpOption(ref f, t, len); break;
                            case Bacp: advance = BacpOption(ref f, t, len); break;
                            default: advance = 0; break;
                        }
                        if (advance == 0 || f.Truncated) break;
                        if (tlen < advance)
                        {
                            o.Write(" [remaining options length "u8); o.Dec((uint)tlen); o.Write(" < "u8); o.Dec((uint)advance);
                            o.Write("] (invalid)"u8);
                            break;
                        }
                        tlen -= advance;
                        t += advance;
                    } while (tlen != 0);
                    break;
                }
            case TermReq:
            case TermAck:
            case CodeRej:
                break;
            case ProtRej:
                {
                    if (length < 6) break;
                    int rejected = f.U16(t);
                    if (f.Truncated) return;
                    o.Write("\n\t  Rejected "u8); Protocols.Print(o, (uint)rejected, "unknown");
                    o.Write(" Protocol (0x"u8); o.Hex((uint)rejected, 4); o.Char(')');
                    if (len > 6)
                    {
                        o.Write("\n\t  Rejected Packet"u8);
                        HexDump.UnknownData(ref f, t + 2, "\n\t    "u8, len - 2);
                    }
                    break;
                }
            case EchoReq:
            case EchoRpl:
            case DiscReq:
                {
                    if (length < 8) break;
                    uint magic = f.U32(t);
                    if (f.Truncated) return;
                    o.Write("\n\t  Magic-Num 0x"u8); o.Hex(magic, 8);
                    if (len > 8)
                    {
                        o.Write("\n\t  -----trailing data-----"u8);
                        if (!f.Has(t + 4, len - 8)) { Trunc(ref f, typeName, proto); return; }
                        HexDump.UnknownData(ref f, t + 4, "\n\t  "u8, len - 8);
                    }
                    break;
                }
            case Ident:
                {
                    if (length < 8) break;
                    uint magic = f.U32(t);
                    if (f.Truncated) return;
                    o.Write("\n\t  Magic-Num 0x"u8); o.Hex(magic, 8);
                    if (len > 8)
                    {
                        o.Write("\n\t  Message\n\t    "u8);
                        // tcpdump prints len-4 bytes here, 4 more than the message holds
                        if (PrintChars(ref f, t + 4, len - 4)) { Trunc(ref f, typeName, proto); return; }
                    }
                    break;
                }
            case TimeRem:
                {
                    if (length < 12) break;
                    uint magic = f.U32(t);
                    if (f.Truncated) return;
                    o.Write("\n\t  Magic-Num 0x"u8); o.Hex(magic, 8);
                    uint seconds = f.U32(t + 4);
                    if (f.Truncated) return;
                    o.Write(", Seconds-Remaining "u8); o.Dec(seconds); o.Char('s');
                    break;
                }
            default:
                if (f.Opt.Verbose <= 1) HexDump.UnknownData(ref f, p - 2, "\n\t  "u8, length + 2);
                break;
        }
    }

    /// <summary>handle_ctrl_proto's trunc label: "[|LCP]" with no space before it.</summary>
    private static void Trunc(ref Frame f, string? typeName, int proto)
    {
        var o = f.Out;
        o.Write("[|"u8);
        if (typeName != null) o.Write(typeName);
        else Tok.Format(o, "unknown ctrl-proto (0x%04x)", (uint)proto);
        o.Char(']');
    }

    /// <summary>nd_printn up to the snapshot end; true when the capture ended first.</summary>
    private static bool PrintChars(ref Frame f, int s, int n)
    {
        var o = f.Out;
        while (n > 0 && s < f.End)
        {
            n--;
            TextProto.PrintChar(o, f.Data[s++]);
        }
        return n != 0;
    }

    /// <summary>
    /// The type/length header every option printer starts with. Returns false (and the value to
    /// return in result) when the printer is done: not enough room, a bogus length, or not captured.
    /// </summary>
    private static bool OptionHeader(ref Frame f, int p, int length, string marker, out int opt, out int len, out int result)
    {
        opt = len = result = 0;
        if (length < 2) return false;
        if (!f.Has(p, 2))
        {
            f.Out.Write(marker);
            return false;
        }
        opt = f.Data[p];
        len = f.Data[p + 1];
        return length >= len;
    }

    private static void OptionHead(TextOut o, int opt, int len)
    {
        o.Write(" Option (0x"u8); o.Hex((uint)opt, 2); o.Write("), length "u8); o.Dec((uint)len);
    }

    /// <summary>The options' tail: with -vv every option's value is dumped too.</summary>
    private static void OptionDump(ref Frame f, int p, int len, bool known)
    {
        if (!known && f.Opt.Verbose < 2) HexDump.UnknownData(ref f, p + 2, "\n\t    "u8, len - 2);
        if (f.Opt.Verbose > 1) HexDump.UnknownData(ref f, p + 2, "\n\t    "u8, len - 2);
    }

    /// <summary>print_lcp_config_options.</summary>
    private static int LcpOption(ref Frame f, int p, int length)
    {
        var o = f.Out;
        if (!OptionHeader(ref f, p, length, "[|lcp]", out int opt, out int len, out int r)) return r;
        if (len < 2)
        {
            if (opt < LcpOptions.Length)
            {
                o.Write("\n\t  "u8); o.Write(LcpOptions[opt]); OptionHead(o, opt, len);
                o.Write(" (length bogus, should be >= 2)"u8);
            }
            else { o.Write("\n\tunknown LCP option 0x"u8); o.Hex((uint)opt, 2); }
            return 0;
        }
        if (opt >= LcpOptions.Length)
        {
            o.Write("\n\tunknown LCP option 0x"u8); o.Hex((uint)opt, 2);
            return len;
        }
        o.Write("\n\t  "u8); o.Write(LcpOptions[opt]); OptionHead(o, opt, len);

        bool known = true;
        switch (opt)
        {
            case 0: // vendor extension
                {
                    if (len < 6) { o.Write(" (length bogus, should be >= 6)"u8); return len; }
                    uint oui = f.U24(p + 2);
                    if (f.Truncated) return 0;
                    o.Write(": Vendor: "u8); Oui.Names.Print(o, oui, "Unknown"); o.Write(" ("u8); o.Dec(oui); o.Char(')');
                    break;
                }
            case 1: // MRU
            case 17: // MRRU
                {
                    if (len != 4) { o.Write(" (length bogus, should be = 4)"u8); return opt == 1 ? len : 0; }
                    int mru = f.U16(p + 2);
                    if (f.Truncated) return 0;
                    o.Write(": "u8); o.Dec((uint)mru);
                    break;
                }
            case 2: // ACCM
            case 5: // magic number
                {
                    if (len != 6) { o.Write(" (length bogus, should be = 6)"u8); return opt == 2 ? len : 0; }
                    uint v = f.U32(p + 2);
                    if (f.Truncated) return 0;
                    o.Write(": 0x"u8); o.Hex(v, 8);
                    break;
                }
            case 3: // authentication protocol
                {
                    if (len < 4) { o.Write(" (length bogus, should be >= 4)"u8); return len; }
                    int auth = f.U16(p + 2);
                    if (f.Truncated) return 0;
                    o.Write(": "u8);
                    // tcpdump's format here lacks its '%': the text is printed as is
                    Protocols.Print(o, (uint)auth, "Unknown Auth Proto (0x04x)");
                    switch (auth)
                    {
                        case Chap:
                            {
                                int alg = f.U8(p + 4);
                                if (f.Truncated) return 0;
                                o.Write(", "u8); AuthAlgorithms.Print(o, (uint)alg, "Unknown Auth Alg %u");
                                break;
                            }
                        case Pap:
                        case Eap:
                        case Spap:
                        case SpapOld:
                            break;
                        default:
                            HexDump.UnknownData(ref f, p, "\n\t"u8, len);
                            break;
                    }
                    break;
                }
            case 4: // quality protocol
                {
                    if (len < 4) { o.Write(" (length bogus, should be >= 4)"u8); return 0; }
                    int qp = f.U16(p + 2);
                    if (f.Truncated) return 0;
                    o.Write(qp == Lqm ? ": LQR"u8 : ": unknown"u8);
                    break;
                }
            case 7: // PFC
            case 8: // ACFC
                break;
            case 23: // link discriminator
                {
                    if (len != 4) { o.Write(" (length bogus, should be = 4)"u8); return 0; }
                    int ld = f.U16(p + 2);
                    if (f.Truncated) return 0;
                    o.Write(": 0x"u8); o.Hex((uint)ld, 4);
                    break;
                }
            case 13: // callback
                {
                    if (len < 3) { o.Write(" (length bogus, should be >= 3)"u8); return 0; }
                    o.Write(": "u8);
                    int op = f.U8(p + 2);
                    if (f.Truncated) return 0;
                    o.Write(": Callback Operation "u8); Callbacks.Print(o, (uint)op, "Unknown");
                    o.Write(" ("u8); o.Dec((uint)op); o.Char(')');
                    break;
                }
            case 19: // endpoint discriminator
                {
                    if (len < 3) { o.Write(" (length bogus, should be >= 3)"u8); return 0; }
                    int cls = f.U8(p + 2);
                    if (f.Truncated) return 0;
                    switch (cls)
                    {
                        case 0: o.Write(": Null"u8); break;
                        case 1: o.Write(": Local"u8); break;
                        case 2:
                            {
                                if (len != 7) { o.Write(" (length bogus, should be = 7)"u8); return 0; }
                                var a = f.Bytes(p + 3, 4);
                                if (f.Truncated) return 0;
                                o.Write(": IPv4 "u8); f.Ctx.Names.IPv4(o, a);
                                break;
                            }
                        case 3:
                            {
                                if (len != 9) { o.Write(" (length bogus, should be = 9)"u8); return 0; }
                                var a = f.Bytes(p + 3, 6);
                                if (f.Truncated) return 0;
                                o.Write(": MAC "u8); f.Ctx.Names.Mac(o, a);
                                break;
                            }
                        case 4: o.Write(": Magic-Num-Block"u8); break;
                        case 5: o.Write(": PSNDN"u8); break;
                        default: o.Write(": Unknown class "u8); o.Dec((uint)cls); break;
                    }
                    break;
                }
            default:
                known = false;
                break;
        }
        OptionDump(ref f, p, len, known);
        return len;
    }

    /// <summary>print_ipcp_config_options.</summary>
    private static int IpcpOption(ref Frame f, int p, int length)
    {
        var o = f.Out;
        if (!OptionHeader(ref f, p, length, "[|ipcp]", out int opt, out int len, out int r)) return r;
        o.Write("\n\t  "u8); IpcpOptions.Print(o, (uint)opt, "unknown"); OptionHead(o, opt, len);
        if (len < 2) { o.Write(" (length bogus, should be >= 2)"u8); return 0; }

        bool known = true;
        switch (opt)
        {
            case 1: // source and destination addresses (deprecated)
                {
                    if (len != 10) { o.Write(" (length bogus, should be = 10)"u8); return len; }
                    var src = f.Bytes(p + 2, 4);
                    var dst = f.Bytes(p + 6, 4);
                    if (f.Truncated) return 0;
                    o.Write(": src "u8); f.Ctx.Names.IPv4(o, src); o.Write(", dst "u8); f.Ctx.Names.IPv4(o, dst);
                    break;
                }
            case 2: // IP compression protocol
                {
                    if (len < 4) { o.Write(" (length bogus, should be >= 4)"u8); return 0; }
                    int comp = f.U16(p + 2);
                    if (f.Truncated) return 0;
                    o.Write(": "u8); IpcpCompProtocols.Print(o, (uint)comp, "Unknown");
                    o.Write(" (0x"u8); o.Hex((uint)comp, 2); o.Write("):"u8);
                    if (comp != IpcpHeaderCompression) break;
                    if (len < IpcpCompMinLength)
                    {
                        o.Write(" (length bogus, should be >= 14)"u8);
                        return 0;
                    }
                    if (!f.Has(p + 2, IpcpCompMinLength)) { o.Write("[|ipcp]"u8); return 0; }
                    int tcpSpace = f.U16(p + 4), nonTcpSpace = f.U16(p + 6), maxPeriod = f.U16(p + 8),
                        maxTime = f.U16(p + 10), maxHdr = f.U16(p + 12);
                    o.Write("\n\t    TCP Space "u8); o.Dec((uint)tcpSpace); o.Write(", non-TCP Space "u8); o.Dec((uint)nonTcpSpace);
                    o.Write(", maxPeriod "u8); o.Dec((uint)maxPeriod); o.Write(", maxTime "u8); o.Dec((uint)maxTime);
                    o.Write(", maxHdr "u8); o.Dec((uint)maxHdr);
                    if (len > IpcpCompMinLength)
                    {
                        int total = len - IpcpCompMinLength;
                        // tcpdump walks the suboptions with the option's own pointer, so the -vv dump below starts where the walk stopped
                        p += IpcpCompMinLength;
                        int s = p;
                        o.Write("\n\t      Suboptions, length "u8); o.Dec((uint)total);
                        while (total >= 2)
                        {
                            if (!f.Has(s, 2)) { o.Write("[|ipcp]"u8); return 0; }
                            int sub = f.Data[s], subLen = f.Data[s + 1];
                            if (sub == 0 || subLen == 0) break;
                            o.Write("\n\t\t"u8); IpcpCompSubOptions.Print(o, (uint)sub, "Unknown");
                            o.Write(" Suboption #"u8); o.Dec((uint)sub); o.Write(", length "u8); o.Dec((uint)subLen);
                            if (total < subLen)
                            {
                                o.Write(" [remaining suboptions length "u8); o.Dec((uint)total); o.Write(" < "u8); o.Dec((uint)subLen);
                                o.Write("] (invalid)"u8);
                                break;
                            }
                            total -= subLen;
                            s += subLen;
                            p = s;
                        }
                    }
                    break;
                }
            case 3:
            case 4:
            case 129:
            case 130:
            case 131:
            case 132:
                {
                    if (len != 6) { o.Write(" (length bogus, should be = 6)"u8); return 0; }
                    var a = f.Bytes(p + 2, 4);
                    if (f.Truncated) return 0;
                    o.Write(": "u8); f.Ctx.Names.IPv4(o, a);
                    break;
                }
            default:
                known = false;
                break;
        }
        OptionDump(ref f, p, len, known);
        return len;
    }

    /// <summary>print_ip6cp_config_options.</summary>
    private static int Ip6cpOption(ref Frame f, int p, int length)
    {
        var o = f.Out;
        if (!OptionHeader(ref f, p, length, "[|ip6cp]", out int opt, out int len, out int r)) return r;
        o.Write("\n\t  "u8); Ip6cpOptions.Print(o, (uint)opt, "unknown"); OptionHead(o, opt, len);
        if (len < 2) { o.Write(" (length bogus, should be >= 2)"u8); return 0; }
        bool known = true;
        if (opt == 1)
        {
            if (len != 10) { o.Write(" (length bogus, should be = 10)"u8); return len; }
            if (!f.Has(p + 2, 8)) { o.Write("[|ip6cp]"u8); return 0; }
            o.Write(": "u8);
            for (int i = 0; i < 4; i++)
            {
                if (i > 0) o.Char(':');
                o.Hex(f.U16(p + 2 + 2 * i), 4);
            }
        }
        else known = false;
        OptionDump(ref f, p, len, known);
        return len;
    }

    /// <summary>print_ccp_config_options.</summary>
    private static int CcpOption(ref Frame f, int p, int length)
    {
        var o = f.Out;
        if (!OptionHeader(ref f, p, length, "[|ccp]", out int opt, out int len, out int r)) return r;
        o.Write("\n\t  "u8); CcpOptions.Print(o, (uint)opt, "Unknown"); OptionHead(o, opt, len);
        if (len < 2) { o.Write(" (length bogus, should be >= 2)"u8); return 0; }
        bool known = true;
        switch (opt)
        {
            case 21: // BSD compress
                {
                    if (len < 3) { o.Write(" (length bogus, should be >= 3)"u8); return len; }
                    int b = f.U8(p + 2);
                    if (f.Truncated) return 0;
                    o.Write(": Version: "u8); o.Dec((uint)(b >> 5)); o.Write(", Dictionary Bits: "u8); o.Dec((uint)(b & 0x1f));
                    break;
                }
            case 24: // MVRCA
                {
                    if (len < 4) { o.Write(" (length bogus, should be >= 4)"u8); return len; }
                    int b = f.U8(p + 2), ctx = f.U8(p + 3);
                    if (f.Truncated) return 0;
                    o.Write(": Features: "u8); o.Dec((uint)((b & 0xc0) >> 6));
                    o.Write(", PxP: "u8); o.Write((b & 0x20) != 0 ? "Enabled"u8 : "Disabled"u8);
                    o.Write(", History: "u8); o.Dec((uint)(b & 0x1f)); o.Write(", #CTX-ID: "u8); o.Dec((uint)ctx);
                    break;
                }
            case 26: // deflate
                {
                    if (len < 4) { o.Write(" (length bogus, should be >= 4)"u8); return len; }
                    int b = f.U8(p + 2), c = f.U8(p + 3);
                    if (f.Truncated) return 0;
                    o.Write(": Window: "u8); o.Dec((uint)((b & 0xf0) >> 4)); o.Write("K, Method: "u8);
                    o.Write((b & 0x0f) == 8 ? "zlib"u8 : "unknown"u8);
                    o.Write(" (0x"u8); o.Hex((uint)(b & 0x0f)); o.Write("), MBZ: "u8); o.Dec((uint)((c & 0xfc) >> 2));
                    o.Write(", CHK: "u8); o.Dec((uint)(c & 0x03));
                    break;
                }
            default:
                known = false;
                break;
        }
        OptionDump(ref f, p, len, known);
        return len;
    }

    /// <summary>print_bacp_config_options.</summary>
    private static int BacpOption(ref Frame f, int p, int length)
    {
        var o = f.Out;
        if (!OptionHeader(ref f, p, length, "[|bacp]", out int opt, out int len, out int r)) return r;
        o.Write("\n\t  "u8); BacpOptions.Print(o, (uint)opt, "Unknown"); OptionHead(o, opt, len);
        if (len < 2) { o.Write(" (length bogus, should be >= 2)"u8); return 0; }
        bool known = true;
        if (opt == 1)
        {
            if (len != 6) { o.Write(" (length bogus, should be = 6)"u8); return len; }
            uint magic = f.U32(p + 2);
            if (f.Truncated) return 0;
            o.Write(": Magic-Num 0x"u8); o.Hex(magic, 8);
        }
        else known = false;
        OptionDump(ref f, p, len, known);
        return len;
    }

    /// <summary>handle_mlppp: the multilink fragment header (12-bit sequence numbers).</summary>
    private static void MultiLink(ref Frame f, int p, int length)
    {
        var o = f.Out;
        if (!f.Opt.LinkHeader) o.Write("MLPPP, "u8);
        if (length < 2 || !f.Has(p, 2)) { o.Write("[|mlppp]"u8); return; }
        int word = f.U16(p);
        o.Write("seq 0x"u8); o.Hex((uint)(word & 0x0fff), 3);
        o.Write(", Flags ["u8); MlFlags.Bits(o, (uint)((word >> 8) & 0xc0), "none");
        o.Write("], length "u8); o.Dec((uint)length);
    }

    /// <summary>
    /// The code, identifier and length that open CHAP and PAP packets alike (RFC 1994, RFC 1334):
    /// false when the packet ended or was too short (the marker is printed).
    /// </summary>
    private static bool AuthHeader(ref Frame f, ref int p, int length, string name, Tok codes, out int code, out int len)
    {
        var o = f.Out;
        code = len = 0;
        if (length < 1) { o.Write("[|"u8); o.Write(name); o.Char(']'); return false; }
        if (length < 4)
        {
            int b = f.U8(p);
            if (f.Truncated) return false;
            o.Write("[|"u8); o.Write(name); o.Write(" 0x"u8); o.Hex2((byte)b); o.Char(']');
            return false;
        }
        code = f.U8(p);
        if (f.Truncated) return false;
        foreach (char c in name) o.Char(char.ToUpperInvariant(c));
        o.Write(", "u8); codes.Print(o, (uint)code, "unknown"); o.Write(" (0x"u8); o.Hex2((byte)code); o.Char(')');
        p++;
        int id = f.U8(p);
        if (f.Truncated) return false;
        o.Write(", id "u8); o.Dec((uint)id);
        p++;
        len = f.U16(p);
        if (f.Truncated) return false;
        p += 2;
        return true;
    }

    /// <summary>handle_chap: the parts common to CHAP-MD5 and MS-CHAP.</summary>
    private static void ChapPrint(ref Frame f, int p, int length)
    {
        var o = f.Out;
        int p0 = p;
        if (!AuthHeader(ref f, ref p, length, "chap", ChapCodes, out int code, out int len)) return;
        switch (code)
        {
            case 1:
            case 2:
                {
                    if (length - (p - p0) < 1) return;
                    int valSize = f.U8(p);
                    if (f.Truncated) return;
                    p++;
                    if (length - (p - p0) < valSize) return;
                    o.Write(", Value "u8);
                    for (int i = 0; i < valSize && !f.Truncated; i++, p++)
                    {
                        byte b = f.U8(p);
                        o.Hex2(b);
                    }
                    if (f.Truncated) return;
                    o.Write(", Name "u8);
                    PrintCharsStrict(ref f, p, (uint)(len - (p - p0)));
                    break;
                }
            case 3:
            case 4:
                o.Write(", Msg "u8);
                PrintCharsStrict(ref f, p, (uint)(len - (p - p0)));
                break;
        }
    }

    /// <summary>n characters with fn_print_char, each read with GET (a byte not captured ends the packet). n may have wrapped, as in tcpdump.</summary>
    private static void PrintCharsStrict(ref Frame f, int p, uint n)
    {
        for (; n != 0; n--, p++)
        {
            byte c = f.U8(p);
            if (f.Truncated) return;
            TextProto.PrintChar(f.Out, c);
        }
    }

    /// <summary>handle_pap, RFC 1334.</summary>
    private static void PapPrint(ref Frame f, int p, int length)
    {
        var o = f.Out;
        int p0 = p;
        if (!AuthHeader(ref f, ref p, length, "pap", PapCodes, out int code, out int len)) return;
        if (len > length)
        {
            o.Write(", length "u8); o.Dec((uint)len); o.Write(" > packet size"u8);
            return;
        }
        length = len;
        if (length < p - p0)
        {
            o.Write(", length "u8); o.Dec((uint)length); o.Write(" < PAP header length"u8);
            return;
        }
        switch (code)
        {
            case 1:
                {
                    if (len < 6) { o.Write("[|pap]"u8); return; }
                    if (length - (p - p0) < 1) return;
                    int peerLen = f.U8(p);
                    if (f.Truncated) return;
                    p++;
                    if (length - (p - p0) < peerLen) return;
                    o.Write(", Peer "u8);
                    PrintCharsStrict(ref f, p, (uint)peerLen);
                    if (f.Truncated) return;
                    p += peerLen;
                    if (length - (p - p0) < 1) return;
                    int passLen = f.U8(p);
                    if (f.Truncated) return;
                    p++;
                    if (length - (p - p0) < passLen) return;
                    o.Write(", Name "u8);
                    PrintCharsStrict(ref f, p, (uint)passLen);
                    break;
                }
            case 2:
            case 3:
                {
                    if (len < 5) { o.Write("[|pap]"u8); return; }
                    if (length - (p - p0) < 1) return;
                    int msgLen = f.U8(p);
                    if (f.Truncated) return;
                    p++;
                    if (length - (p - p0) < msgLen) return;
                    o.Write(", Msg "u8);
                    PrintCharsStrict(ref f, p, (uint)msgLen);
                    break;
                }
        }
    }
}
