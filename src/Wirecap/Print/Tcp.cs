using System.Runtime.InteropServices;

namespace Wirecap.Print;

/// <summary>
/// TCP (print-tcp.c).
/// <code>
///  0                   1                   2                   3
/// +-------------------------------+-------------------------------+
/// |          source port          |        destination port       |
/// +-------------------------------+-------------------------------+
/// |                        sequence number                        |
/// |                     acknowledgment number                     |
/// +-------+-------+---------------+-------------------------------+
/// |  off  |  rsv  |     flags     |             window            |
/// +-------+-------+---------------+-------------------------------+
/// |           checksum            |         urgent pointer        |
/// +-------------------------------+-------------------------------+
/// |                    options (off > 5) ...                      |
/// </code>
/// </summary>
public static class Tcp
{
    public const int HeaderLength = 20;

    public const int Fin = 0x01, Syn = 0x02, Rst = 0x04, Push = 0x08, Ack = 0x10, Urg = 0x20, Ece = 0x40, Cwr = 0x80;

    private const int OptEol = 0, OptNop = 1, OptMss = 2, OptWscale = 3, OptSackOk = 4, OptSack = 5, OptEcho = 6,
        OptEchoReply = 7, OptTimestamp = 8, OptCC = 11, OptCCNew = 12, OptCCEcho = 13, OptSignature = 19,
        OptScps = 20, OptUto = 28, OptTcpAo = 29, OptMptcp = 30, OptFastOpen = 34, OptExperiment2 = 254;

    private const int SignatureLength = 16;
    private const int MaxRstDataLength = 30;

    private static readonly Tok FlagNames = new(
        (Fin, "F"), (Syn, "S"), (Rst, "R"), (Push, "P"), (Ack, "."), (Urg, "U"), (Ece, "E"), (Cwr, "W"));

    private static readonly Tok OptionNames = new(
        (OptEol, "eol"), (OptNop, "nop"), (OptMss, "mss"), (OptWscale, "wscale"), (OptSackOk, "sackOK"),
        (OptSack, "sack"), (OptEcho, "echo"), (OptEchoReply, "echoreply"), (OptTimestamp, "TS"), (OptCC, "cc"),
        (OptCCNew, "ccnew"), (OptCCEcho, ""), (OptSignature, "md5"), (OptScps, "scps"), (OptUto, "uto"),
        (OptTcpAo, "tcp-ao"), (OptMptcp, "mptcp"), (OptFastOpen, "tfo"), (OptExperiment2, "exp"));

    // The hot path writes prebuilt UTF-8 texts: bittok2str_nosep of every flags byte, and the option names.
    private static readonly byte[][] FlagText = BuildFlagText();
    private static readonly byte[]?[] OptionText = BuildOptionText();

    private static byte[][] BuildFlagText()
    {
        var table = new byte[256][];
        var ms = new MemoryStream();
        var o = new TextOut(ms, capacity: 256);
        for (int v = 0; v < 256; v++)
        {
            ms.SetLength(0);
            FlagNames.Bits(o, (uint)v, "none", "");
            o.Flush();
            table[v] = ms.ToArray();
        }
        return table;
    }

    private static byte[]?[] BuildOptionText()
    {
        var table = new byte[]?[256];
        for (int v = 0; v < 256; v++)
            if (OptionNames.Find((uint)v) is { } name) table[v] = System.Text.Encoding.ASCII.GetBytes(name);
        return table;
    }

    /// <summary>tcp_print: off/length are the TCP segment, ipOff the IPv4 or IPv6 header before it.</summary>
    public static void Print(ref Frame f, int off, int length, int ipOff, bool fragmented)
    {
        f.Proto = "tcp";
        var o = f.Out;
        bool v6 = f.U8(ipOff) >> 4 == 6;
        if (f.Truncated) return;

        if (!f.Has(off + 2, 2))
        {
            AddressesPrint(ref f, ipOff, v6);
            o.Char(':');
            f.PrintTrunc();
            return;
        }
        int sport = f.U16(off);
        int dport = f.U16(off + 2);

        // Inside a tunnel or behind extension headers the addresses were printed by someone else.
        int ipNext = v6 ? f.U8(ipOff + 6) : f.U8(ipOff + 9);
        if (f.Truncated) return;
        var names = f.Ctx.Names;
        if (ipNext == IpProto.Tcp)
        {
            AddressPortPrint(ref f, ipOff, v6, src: true, sport);
            o.Write(" > "u8);
            AddressPortPrint(ref f, ipOff, v6, src: false, dport);
            o.Write(": "u8);
        }
        else
        {
            names.TcpPort(o, sport);
            o.Write(" > "u8);
            names.TcpPort(o, dport);
            o.Write(": "u8);
        }

        if (!f.Has(off, HeaderLength)) { f.PrintTrunc(); return; }

        uint hlen = (uint)(f.Data[off + 12] >> 4) * 4;
        uint ulength = (uint)length;
        if (hlen < HeaderLength)
        {
            o.Write(" tcp "u8); o.Dec(ulength - hlen);
            o.Write(" [bad hdr length "u8); o.Dec(hlen); o.Write(" - too short, < 20]"u8);
            return;
        }

        uint seq = f.U32(off + 4);
        uint ack = f.U32(off + 8);
        int win = f.U16(off + 14);
        int urp = f.U16(off + 18);

        if (f.Opt.Quiet)
        {
            o.Write("tcp "u8); o.Dec(ulength - hlen);
            if (hlen > ulength)
            {
                o.Write(" [bad hdr length "u8); o.Dec(hlen); o.Write(" - too long, > "u8); o.Dec(ulength); o.Char(']');
            }
            return;
        }

        int flags = f.Data[off + 13];
        o.Write("Flags ["u8);
        o.Write(FlagText[flags]);
        o.Char(']');

        uint thseq = 0, thack = 0;
        bool rev = false;
        if (!f.Opt.AbsoluteSeq && (flags & Ack) != 0)
        {
            int addrLen = v6 ? 16 : 4;
            var src = f.Data.Slice(ipOff + (v6 ? 8 : 12), addrLen);
            var dst = f.Data.Slice(ipOff + (v6 ? 24 : 16), addrLen);
            f.Ctx.TcpSeq.Relate(src, dst, sport, dport, (flags & Syn) != 0, ref seq, ref ack, out thseq, out thack, out rev);
        }

        if (hlen > ulength)
        {
            o.Write(" [bad hdr length "u8); o.Dec(hlen); o.Write(" - too long, > "u8); o.Dec(ulength); o.Char(']');
            return;
        }

        if (f.Opt.Verbose > 0 && !f.Opt.NoChecksum && !fragmented && f.Has(off, length))
        {
            ushort sum = PseudoHeader.Checksum(ref f, ipOff, off, length, IpProto.Tcp);
            ushort tcpSum = f.U16(off + 16);
            o.Write(", cksum 0x"u8); o.Hex(tcpSum, 4);
            if (sum != 0) { o.Write(" (incorrect -> 0x"u8); o.Hex(Checksum.ShouldBe(tcpSum, sum), 4); o.Char(')'); }
            else o.Write(" (correct)"u8);
        }

        length -= (int)hlen;
        if (f.Opt.Verbose > 1 || length > 0 || (flags & (Syn | Fin | Rst)) != 0)
        {
            o.Write(", seq "u8); o.Dec(seq);
            if (length > 0) { o.Char(':'); o.Dec(seq + (uint)length); }
        }
        if ((flags & Ack) != 0) { o.Write(", ack "u8); o.Dec(ack); }
        o.Write(", win "u8); o.Dec(win);
        if ((flags & Urg) != 0) { o.Write(", urg "u8); o.Dec(urp); }

        if (hlen > HeaderLength && !OptionsPrint(ref f, off, (int)hlen, length, flags, thseq, thack, rev))
            return;

        o.Write(", length "u8); o.Dec(length);
        if (length == 0) return;

        if (!f.Has(off, (int)hlen))
        {
            o.Write(" [remaining caplen("u8); o.Dec(f.Available(off));
            o.Write(") < header length("u8); o.Dec(hlen); o.Write(")]"u8);
            f.Trunc();
            return;
        }
        int bp = off + (int)hlen;
        if ((flags & Rst) != 0 && f.Opt.Verbose > 0)
        {
            RstDataPrint(ref f, bp, length);
            return;
        }

        if (f.Opt.PacketType != null)
        {
            if (f.Opt.PacketType == "domain") Dns.Print(ref f, bp, length, overTcp: true, isMdns: false);
            else if (f.Opt.PacketType == "resp") Resp.Print(ref f, bp, length);
            else if (f.Opt.PacketType == "zmtp1") Zmtp1.Print(ref f, bp, length);
            return;
        }

        PayloadPrint(ref f, bp, length, sport, dport, ipOff);
    }

    /// <summary>The application printers tcpdump chooses by port, in its order.</summary>
    private static void PayloadPrint(ref Frame f, int bp, int length, int sport, int dport, int ipOff)
    {
        static bool Is(int sport, int dport, int port) => sport == port || dport == port;
        var o = f.Out;
        if (Is(sport, dport, 23)) Telnet.Print(ref f, bp, length);
        else if (Is(sport, dport, 25)) { o.Write(": "u8); TextProto.Print(ref f, bp, length, "smtp", TextProto.Commands.None); }
        else if (Is(sport, dport, 43)) { o.Write(": "u8); TextProto.Print(ref f, bp, length, "whois", TextProto.Commands.None); }
        else if (Is(sport, dport, 179)) Bgp.Print(ref f, bp, length);
        else if (Is(sport, dport, 1723)) Pptp.Print(ref f, bp);
        else if (Is(sport, dport, 6379)) Resp.Print(ref f, bp, length);
        else if (Is(sport, dport, 22)) Ssh.Print(ref f, bp, length);
        else if (Is(sport, dport, 10288)) Beep.Print(ref f, bp, length);
        else if (Is(sport, dport, OpenFlow.PortOld) || Is(sport, dport, OpenFlow.PortIana)) OpenFlow.Print(ref f, bp, length);
        else if (Is(sport, dport, 21)) { o.Write(": "u8); TextProto.Print(ref f, bp, length, "ftp", TextProto.Commands.None); }
        else if (Is(sport, dport, 80) || Is(sport, dport, 8080)) { o.Write(": "u8); Http.Print(ref f, bp, length); }
        else if (Is(sport, dport, 554) || Is(sport, dport, 8554)) { o.Write(": "u8); TextProto.Print(ref f, bp, length, "rtsp", TextProto.Commands.Rtsp); }
        else if (Is(sport, dport, 53)) Dns.Print(ref f, bp, length, overTcp: true, isMdns: false);
        else if (Is(sport, dport, 639)) Msdp.Print(ref f, bp, length);
        else if (Is(sport, dport, RpkiRtr.Port)) RpkiRtr.Print(ref f, bp, length);
        else if (Is(sport, dport, Ldp.Port)) Ldp.Print(ref f, bp, length);
        else if (Is(sport, dport, Nfs.Port) && length >= 4 && f.Has(bp, 4)) Nfs.TcpPrint(ref f, bp, length, sport, dport, ipOff);
    }

    /// <summary>"addr.port" for one side, the address as ipaddr_string/ip6addr_string writes it.</summary>
    private static void AddressPortPrint(ref Frame f, int ipOff, bool v6, bool src, int port)
    {
        var names = f.Ctx.Names;
        if (v6) names.IPv6(f.Out, f.Data.Slice(ipOff + (src ? 8 : 24), 16));
        else names.IPv4(f.Out, f.Data.Slice(ipOff + (src ? 12 : 16), 4));
        f.Out.Char('.');
        names.TcpPort(f.Out, port);
    }

    /// <summary>"src > dst" without ports.</summary>
    internal static void AddressesPrint(ref Frame f, int ipOff, bool v6)
    {
        var names = f.Ctx.Names;
        if (v6)
        {
            names.IPv6(f.Out, f.Data.Slice(ipOff + 8, 16));
            f.Out.Write(" > "u8);
            names.IPv6(f.Out, f.Data.Slice(ipOff + 24, 16));
        }
        else
        {
            names.IPv4(f.Out, f.Data.Slice(ipOff + 12, 4));
            f.Out.Write(" > "u8);
            names.IPv4(f.Out, f.Data.Slice(ipOff + 16, 4));
        }
    }

    /// <summary>
    /// The options between the fixed header and the data, ", options [...]". Returns false when
    /// the packet's line ends inside them ("[bad opt]" or a truncation).
    /// </summary>
    private static bool OptionsPrint(ref Frame f, int off, int hlen, int payloadLength, int flags, uint thseq, uint thack, bool rev)
    {
        var o = f.Out;
        int rem = hlen - HeaderLength;
        int cp = off + HeaderLength;
        byte ch = 0;
        o.Write(", options ["u8);
        while (rem > 0)
        {
            if (ch != 0) o.Char(ch);
            int opt = f.U8(cp++);
            if (f.Truncated) return false;
            int len;
            if (opt == OptEol || opt == OptNop) len = 1;
            else
            {
                len = f.U8(cp++);
                if (f.Truncated) return false;
                if (len < 2 || len > rem) goto bad;
                --rem;
            }
            --rem;
            int datalen = 0;

            if (OptionText[opt] is { } optName) o.Write(optName);
            else { o.Write("unknown-"u8); o.Dec(opt); }

            // LENCHECK(n): the option must hold n data bytes ("[bad opt]") and they must be captured.
            switch (opt)
            {
                case OptMss:
                    datalen = 2;
                    if (datalen > rem) goto bad;
                    if (!f.Has(cp, datalen)) goto trunc;
                    o.Char(' '); o.Dec(f.U16(cp));
                    break;

                case OptWscale:
                    datalen = 1;
                    if (datalen > rem) goto bad;
                    if (!f.Has(cp, datalen)) goto trunc;
                    o.Char(' '); o.Dec(f.U8(cp));
                    break;

                case OptSack:
                    datalen = len - 2;
                    if (datalen % 8 != 0) o.Write(" invalid sack"u8);
                    else
                    {
                        o.Char(' '); o.Dec(datalen / 8); o.Char(' ');
                        for (int i = 0; i < datalen; i += 8)
                        {
                            if (i + 4 > rem) goto bad;
                            if (!f.Has(cp, i + 4)) goto trunc;
                            uint s = f.U32(cp + i);
                            if (i + 8 > rem) goto bad;
                            if (!f.Has(cp, i + 8)) goto trunc;
                            uint e = f.U32(cp + i + 4);
                            if (rev) { s -= thseq; e -= thseq; }
                            else { s -= thack; e -= thack; }
                            o.Char('{'); o.Dec(s); o.Char(':'); o.Dec(e); o.Char('}');
                        }
                    }
                    break;

                case OptCC:
                case OptCCNew:
                case OptCCEcho:
                case OptEcho:
                case OptEchoReply:
                    datalen = 4;
                    if (datalen > rem) goto bad;
                    if (!f.Has(cp, datalen)) goto trunc;
                    o.Char(' '); o.Dec(f.U32(cp));
                    break;

                case OptTimestamp:
                    datalen = 8;
                    if (datalen > rem) goto bad;
                    if (!f.Has(cp, datalen)) goto trunc;
                    o.Write(" val "u8); o.Dec(f.U32(cp));
                    o.Write(" ecr "u8); o.Dec(f.U32(cp + 4));
                    break;

                case OptSignature:
                    datalen = SignatureLength;
                    if (datalen > rem) goto bad;
                    if (!f.Has(cp, datalen)) goto trunc;
                    o.Char(' ');
                    // tcpdump (with libcrypto) tries to verify the MD5 signature; without a secret (-M)
                    // it cannot, and says why before the digest.
                    if (!f.Has(off + hlen, payloadLength)) o.Write("snaplen too short, "u8);
                    else o.Write("shared secret not supplied with -M, "u8);
                    o.Write("can't check - "u8);
                    for (int i = 0; i < SignatureLength; i++) o.Hex2(f.Data[cp + i]);
                    break;

                case OptScps:
                    datalen = 2;
                    if (datalen > rem) goto bad;
                    if (!f.Has(cp, datalen)) goto trunc;
                    o.Write(" cap "u8); o.Hex2(f.Data[cp]); o.Write(" id "u8); o.Dec(f.Data[cp + 1]);
                    break;

                case OptTcpAo:
                    datalen = len - 2;
                    if (datalen < 2) o.Write(" (invalid)"u8);
                    else
                    {
                        if (1 > rem) goto bad;
                        if (!f.Has(cp, 1)) goto trunc;
                        o.Write(" keyid "u8); o.Dec(f.Data[cp]);
                        if (2 > rem) goto bad;
                        if (!f.Has(cp, 2)) goto trunc;
                        o.Write(" rnextkeyid "u8); o.Dec(f.Data[cp + 1]);
                        if (datalen > 2)
                        {
                            o.Write(" mac 0x"u8);
                            for (int i = 2; i < datalen; i++)
                            {
                                if (i + 1 > rem) goto bad;
                                if (!f.Has(cp, i + 1)) goto trunc;
                                o.Hex2(f.Data[cp + i]);
                            }
                        }
                    }
                    break;

                case OptEol:
                case OptNop:
                case OptSackOk:
                    break;

                case OptUto:
                    datalen = 2;
                    if (datalen > rem) goto bad;
                    if (!f.Has(cp, datalen)) goto trunc;
                    {
                        int uto = f.U16(cp);
                        o.Write(" 0x"u8); o.Hex((uint)uto);
                        uto = (uto & 1) != 0 ? (uto >> 1) * 60 : uto >> 1;
                        o.Char(' '); o.Dec(uto);
                    }
                    break;

                case OptMptcp:
                    datalen = len - 2;
                    if (datalen > rem) goto bad;
                    if (!f.Has(cp, datalen)) goto trunc;
                    {
                        // The MPTCP printer sees only this option, whatever follows it.
                        int saved = f.PushEnd(cp - 2, len);
                        bool ok = Mptcp.Print(ref f, cp - 2, len, flags);
                        f.PopEnd(saved);
                        if (f.Truncated) return false;
                        if (!ok) goto bad;
                    }
                    break;

                case OptFastOpen:
                    datalen = len - 2;
                    if (datalen > rem) goto bad;
                    if (!f.Has(cp, datalen)) goto trunc;
                    o.Char(' ');
                    FastOpenPrint(o, f.Data.Slice(cp, datalen), experimental: false);
                    break;

                case OptExperiment2:
                    datalen = len - 2;
                    if (datalen > rem) goto bad;
                    if (!f.Has(cp, datalen)) goto trunc;
                    if (datalen < 2) goto bad;
                    {
                        int magic = f.U16(cp);
                        o.Char('-');
                        if (magic == 0xf989) FastOpenPrint(o, f.Data.Slice(cp + 2, datalen - 2), experimental: true);
                        else o.Hex((uint)magic, 4);
                    }
                    break;

                default:
                    datalen = len - 2;
                    if (datalen != 0) o.Write(" 0x"u8);
                    for (int i = 0; i < datalen; ++i)
                    {
                        if (i + 1 > rem) goto bad;
                        if (!f.Has(cp, i + 1)) goto trunc;
                        o.Hex2(f.Data[cp + i]);
                    }
                    break;
            }

            cp += datalen;
            rem -= datalen;
            ++datalen;
            if (opt != OptEol && opt != OptNop) ++datalen;
            if (datalen != len) { o.Write("[len "u8); o.Dec(len); o.Char(']'); }
            ch = (byte)',';
            if (opt == OptEol) break;
        }
        o.Char(']');
        return true;

    bad:
        o.Write("[bad opt]"u8);
        if (ch != 0) o.Char(']');
        return false;

    trunc:
        f.PrintTrunc();
        if (ch != 0) o.Char('>');
        return false;
    }

    /// <summary>print_tcp_fastopen_option: a cookie request or the cookie (the bytes are captured).</summary>
    private static void FastOpenPrint(TextOut o, ReadOnlySpan<byte> data, bool experimental)
    {
        if (experimental) o.Write("tfo"u8);
        if (data.Length == 0) o.Write(" cookiereq"u8);
        else if (data.Length % 2 != 0 || data.Length < 4 || data.Length > 16) o.Write(" (invalid)"u8);
        else
        {
            o.Write(" cookie "u8);
            foreach (byte b in data) o.Hex2(b);
        }
    }

    /// <summary>print_tcp_rst_data: the text some stacks put in a RST (RFC 1122 4.2.2.12), at most 30 bytes.</summary>
    private static void RstDataPrint(ref Frame f, int sp, int length)
    {
        var o = f.Out;
        o.Write(f.Has(sp, length) ? " [RST"u8 : " [!RST"u8);
        if (length > MaxRstDataLength)
        {
            length = MaxRstDataLength;
            o.Char('+');
        }
        o.Char(' ');
        while (length > 0 && sp < f.End)
        {
            TextProto.PrintChar(o, f.Data[sp]);
            sp++;
            length--;
        }
        o.Char(']');
    }
}

/// <summary>
/// The first sequence numbers seen per TCP connection, for relative sequence numbers (tcpdump's
/// tcp_seq_hash). One entry per connection, keyed the same way for both directions; an entry is
/// made the first time an ACK-carrying segment is seen and remade on every SYN.
/// </summary>
public sealed class TcpSequenceTable
{
    // State grows with connections, never with packets (tcpdump allocates per connection too).
    // Sized for a few thousand connections up front so that an ordinary capture never resizes it.
    private const int InitialConnections = 4096;
    private Dictionary<Key, Entry>? _map;

    private struct Entry
    {
        public uint Seq, Ack;
    }

    private readonly struct Key : IEquatable<Key>
    {
        private readonly UInt128 _src, _dst;
        private readonly uint _ports;
        private readonly bool _v6;

        public Key(ReadOnlySpan<byte> src, ReadOnlySpan<byte> dst, uint ports)
        {
            _src = Load(src);
            _dst = Load(dst);
            _ports = ports;
            _v6 = src.Length == 16;
        }

        private static UInt128 Load(ReadOnlySpan<byte> a) => a.Length == 16
            ? new UInt128(System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(a), System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(a[8..]))
            : System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(a);

        public bool Equals(Key other) => _ports == other._ports && _src == other._src && _dst == other._dst && _v6 == other._v6;
        public override bool Equals(object? obj) => obj is Key k && Equals(k);
        public override int GetHashCode() => HashCode.Combine(_src, _dst, _ports, _v6);
    }

    /// <summary>Number of connections remembered.</summary>
    public int Count => _map?.Count ?? 0;

    /// <summary>
    /// Finds or records the connection of a segment with ACK set, and makes seq and ack relative
    /// when it was known already (and the segment is no SYN). thseq/thack are the entry's base
    /// numbers (for SACK blocks), rev whether the segment goes in the entry's reverse direction.
    /// </summary>
    public void Relate(ReadOnlySpan<byte> src, ReadOnlySpan<byte> dst, int sport, int dport, bool syn,
        ref uint seq, ref uint ack, out uint thseq, out uint thack, out bool rev)
    {
        // One entry for both directions: the side with the lower port (then the lower address) first.
        rev = sport > dport || (sport == dport && src.SequenceCompareTo(dst) > 0);
        var key = rev ? new Key(dst, src, (uint)dport << 16 | (uint)sport) : new Key(src, dst, (uint)sport << 16 | (uint)dport);
        _map ??= new Dictionary<Key, Entry>(InitialConnections);
        ref Entry th = ref CollectionsMarshal.GetValueRefOrAddDefault(_map, key, out bool exists);
        if (!exists || syn)
        {
            if (rev) { th.Ack = seq; th.Seq = ack - 1; }
            else { th.Seq = seq; th.Ack = ack - 1; }
        }
        else if (rev) { seq -= th.Ack; ack -= th.Seq; }
        else { seq -= th.Seq; ack -= th.Ack; }
        thseq = th.Seq;
        thack = th.Ack;
    }
}
