namespace Wirecap.Print;

/// <summary>
/// The one-line summaries print-udp.c gives the LBL audio tools' vat/vt packets, RTP data (v1 draft
/// and RFC 3550) and RTCP compound packets. RTP and RTCP have no port of their own: "-T rtp" and
/// "-T rtcp" choose them; vat is also chosen by its port.
/// </summary>
public static class Rtp
{
    public const int VatPort = 3456;
    private const int RtcpSr = 200, RtcpRr = 201, RtcpSdes = 202, RtcpBye = 203;
    private const int RtcpHeaderLength = 8, SenderInfoLength = 20, ReportBlockLength = 24;

    /// <summary>vat_print: vt (video) or vat (audio) by the bits of the first 16-bit word.</summary>
    public static void VatPrint(ref Frame f, int p, int length)
    {
        f.Proto = "vat";
        var o = f.Out;
        if (length < 2) { o.Write("udp/va/vat, length "u8); o.Dec((uint)length); o.Write(" < 2"u8); return; }
        int ts = f.U16(p);
        if (f.Truncated) return;
        if ((ts & 0xf060) != 0)
        {
            o.Write("udp/vt "u8); o.Dec((uint)length); o.Char(' '); o.Dec(ts & 0x3ff); o.Write(" / "u8); o.Dec(ts >> 10);
            return;
        }
        if (length < 8) { o.Write("udp/vat, length "u8); o.Dec((uint)length); o.Write(" < 8"u8); return; }
        uint i0 = f.U32(p), i1 = f.U32(p + 4);
        if (f.Truncated) return;
        o.Write("udp/vat "u8); o.Dec((uint)(length - 8)); o.Write(" c"u8); o.Dec(i0 & 0xffff); o.Char(' '); o.Dec(i1);
        if ((i0 & 0x800000) != 0) o.Char('*');
        if ((i0 & 0x1f0000) != 0) { o.Write(" f"u8); o.Dec((i0 >> 16) & 0x1f); }
        if ((i0 & 0x3f000000) != 0) { o.Write(" s"u8); o.Dec((i0 >> 24) & 0x3f); }
    }

    /// <summary>rtp_print: version, payload length, payload type, flags, sequence and timestamp; with -v the SSRC.</summary>
    public static void RtpPrint(ref Frame f, int p, int length)
    {
        f.Proto = "rtp";
        var o = f.Out;
        if (length < 8) { o.Write("udp/rtp, length "u8); o.Dec((uint)length); o.Write(" < 8"u8); return; }
        uint i0 = f.U32(p), i1 = f.U32(p + 4);
        if (f.Truncated) return;
        uint dataLength = (uint)length - 8;
        // The option and extension walks count in 32-bit words from the end of the fixed header.
        int w = p + 8;
        uint words = ((uint)length >> 2) - 2;
        bool hasOption = false, hasExtension = false, hasMarker;
        uint payloadType;
        bool v1 = (i0 >> 30) == 1;
        if (v1)
        {
            // draft-ietf-avt-rtp-04
            hasOption = (i0 & 0x800000) != 0;
            payloadType = (i0 >> 16) & 0x3f;
            hasMarker = (i0 & 0x400000) != 0;
        }
        else
        {
            if (dataLength < 4) { o.Write("udp/rtp, length "u8); o.Dec(dataLength + 8); o.Write(" < 12"u8); return; }
            hasExtension = (i0 & 0x10000000) != 0;
            payloadType = (i0 >> 16) & 0x7f;
            hasMarker = (i0 & 0x800000) != 0;
            dataLength -= 4;
            w += 4;
            words -= 1;
        }
        o.Write(v1 ? "udp/rtpv1 "u8 : "udp/rtp "u8); o.Dec(dataLength); o.Write(" c"u8); o.Dec(payloadType); o.Char(' ');
        if (hasOption || hasExtension) o.Char('+');
        if (hasMarker) o.Char('*');
        o.Char(' '); o.Dec(i0 & 0xffff); o.Char(' '); o.Dec(i1);
        if (f.Opt.Verbose == 0) return;
        uint ssrc = f.U32(p + 8);
        if (f.Truncated) return;
        o.Char(' '); o.Dec(ssrc);
        if (hasOption)
        {
            uint i2;
            do
            {
                i2 = f.U32(w);
                if (f.Truncated) return;
                uint optionWords = (i2 >> 16) & 0xff;
                if (optionWords == 0 || optionWords > words) { o.Write(" !opt"u8); return; }
                w += (int)optionWords * 4;
                words -= optionWords;
            } while ((int)i2 >= 0);
        }
        if (hasExtension)
        {
            uint i2 = f.U32(w);
            if (f.Truncated) return;
            uint extensionWords = (i2 & 0xffff) + 1;
            if (extensionWords > words) { o.Write(" !ext"u8); return; }
            w += (int)extensionWords * 4;
        }
        if (payloadType == 0x1f)
        {
            // H.261: the top half of its header word.
            uint h261 = f.U32(w);
            if (f.Truncated) return;
            o.Write(" 0x"u8); o.Hex(h261 >> 16, 4);
        }
    }

    /// <summary>The RTCP packets of a compound packet, one rtcp_print after another up to the capture's end.</summary>
    public static void RtcpPrint(ref Frame f, int p)
    {
        int end = f.End;
        while (p < end && !f.Truncated)
        {
            int next = RtcpPacket(ref f, p, end);
            if (next < 0) return;
            p = next;
        }
    }

    /// <summary>rtcp_print: one packet by type, with its report blocks; the next packet's offset, or -1 when cut short.</summary>
    private static int RtcpPacket(ref Frame f, int p, int end)
    {
        f.Proto = "rtcp";
        var o = f.Out;
        bool v = f.Opt.Verbose > 0;
        if (p + RtcpHeaderLength > end) { f.PrintTrunc(); return -1; }
        if (!f.Has(p, RtcpHeaderLength)) { f.PrintTrunc(); return -1; }
        int flags = f.U16(p);
        int len = (f.U16(p + 2) + 1) * 4;
        int count = (flags >> 8) & 0x1f;
        int rr = p + RtcpHeaderLength;
        switch (flags & 0xff)
        {
            case RtcpSr:
            {
                o.Write(" sr"u8);
                if (len != count * ReportBlockLength + SenderInfoLength + RtcpHeaderLength) { o.Write(" ["u8); o.Dec(len); o.Char(']'); }
                if (v) { o.Char(' '); o.Dec(f.U32(p + 4)); }
                int sr = p + RtcpHeaderLength;
                if (sr + SenderInfoLength > end) { f.PrintTrunc(); return -1; }
                if (!f.Has(sr, SenderInfoLength)) { f.PrintTrunc(); return -1; }
                // NTP timestamp as a double, media timestamp, packets and octets sent.
                double ts = f.U32(sr) + f.U32(sr + 4) / 4294967296.0;
                o.Write(" @"u8); Fixed2(o, ts);
                o.Char(' '); o.Dec(f.U32(sr + 8)); o.Char(' '); o.Dec(f.U32(sr + 12)); o.Write("p "u8);
                o.Dec(f.U32(sr + 16)); o.Char('b');
                rr = sr + SenderInfoLength;
                break;
            }
            case RtcpRr:
                o.Write(" rr"u8);
                if (len != count * ReportBlockLength + RtcpHeaderLength) { o.Write(" ["u8); o.Dec(len); o.Char(']'); }
                if (v) { o.Char(' '); o.Dec(f.U32(p + 4)); }
                break;
            case RtcpSdes:
            case RtcpBye:
                o.Write((flags & 0xff) == RtcpSdes ? " sdes "u8 : " bye "u8); o.Dec(len);
                if (v) { o.Char(' '); o.Dec(f.U32(p + 4)); }
                count = 0;
                break;
            default:
                o.Write(" type-0x"u8); o.Hex((uint)(flags & 0xff)); o.Char(' '); o.Dec(len);
                count = 0;
                break;
        }
        if (count > 1) { o.Write(" c"u8); o.Dec(count); }
        // tcpdump never steps to the next report block: each count prints the first one again.
        for (; count != 0; count--)
        {
            if (rr + ReportBlockLength > end) { f.PrintTrunc(); return -1; }
            if (!f.Has(rr, ReportBlockLength)) { f.PrintTrunc(); return -1; }
            if (v) { o.Char(' '); o.Dec(f.U32(rr)); }
            // Lost packets, highest sequence, jitter, last SR time and delay since it (16.16 seconds).
            o.Char(' '); o.Dec(f.U32(rr + 4) & 0x00ffffff); o.Write("l "u8); o.Dec(f.U32(rr + 8)); o.Write("s "u8);
            o.Dec(f.U32(rr + 12)); o.Write("j @"u8); Fixed2(o, f.U32(rr + 16) / 65536.0);
            o.Char('+'); Fixed2(o, f.U32(rr + 20) / 65536.0);
        }
        return p + len;
    }

    /// <summary>
    /// printf's %.2f for these values, all below 2^33 and multiples of 2^-32: the exact value rounded to
    /// nearest with ties to even, as glibc does.
    /// </summary>
    private static void Fixed2(TextOut o, double x)
    {
        UInt128 n = (UInt128)Math.ScaleB(x, 32);          // exact: x is a multiple of 2^-32
        ulong whole = (ulong)(n >> 32);
        ulong scaled = (ulong)(n & 0xffffffff) * 100;
        ulong cents = scaled >> 32, rest = scaled & 0xffffffff;
        if (rest > 0x80000000 || (rest == 0x80000000 && (cents & 1) == 1)) cents++;
        if (cents == 100) { whole++; cents = 0; }
        o.Dec(whole); o.Char('.'); o.Dec(cents, 2);
    }
}
