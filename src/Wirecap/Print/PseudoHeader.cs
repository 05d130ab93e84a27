namespace Wirecap.Print;

/// <summary>
/// Transport checksums over the IPv4 and IPv6 pseudo-headers (nextproto4_cksum, nextproto6_cksum).
/// The destination in the pseudo-header is the final one: the last hop of a source route when
/// the IP header carries one, as the receiver will see it.
/// </summary>
public static class PseudoHeader
{
    /// <summary>
    /// The checksum over len bytes at off (all captured), 0 when the packet's checksum field is right.
    /// coverage, when not -1, is how many of them are summed (DCCP's partial coverage); the
    /// pseudo-header still carries len.
    /// </summary>
    public static ushort Checksum(ref Frame f, int ipOff, int off, int len, int proto, int coverage = -1)
    {
        int ver = f.Data[ipOff] >> 4;
        ulong sum;
        if (ver == 6)
        {
            int dst = FindDestination6(ref f, ipOff);
            sum = Wirecap.Print.Checksum.PseudoV6(f.Data.Slice(ipOff + 8, 16), f.Data.Slice(dst, 16), proto, len);
        }
        else
        {
            int dst = (f.Data[ipOff] & 0x0f) == 5 ? ipOff + 16 : Ip.FindDestination(ref f, ipOff);
            sum = Wirecap.Print.Checksum.PseudoV4(f.Data.Slice(ipOff + 12, 4), f.Data.Slice(dst, 4), proto, len & 0xffff);
        }
        return Wirecap.Print.Checksum.Finish(Wirecap.Print.Checksum.Sum(f.Data.Slice(off, coverage < 0 ? len : coverage), sum));
    }

    /// <summary>
    /// ip6_finddst: walks the extension headers to a routing header and returns the offset of its
    /// last address (type 0 and 2) or first segment (type 4); otherwise the header's destination.
    /// </summary>
    private static int FindDestination6(ref Frame f, int ipOff)
    {
        int dst = ipOff + 24;
        int nh = f.Data[ipOff + 6];
        if (nh is not (IpProto.HopOpts or IpProto.DstOpts or IpProto.MobilityOld or IpProto.Mobility
            or IpProto.Fragment or IpProto.Routing))
            return dst;
        int cp = ipOff;
        int advance = 40;
        while (cp < f.End)
        {
            cp += advance;
            switch (nh)
            {
                case IpProto.HopOpts:
                case IpProto.DstOpts:
                case IpProto.MobilityOld:
                case IpProto.Mobility:
                    advance = (f.U8(cp + 1) + 1) << 3;
                    nh = f.U8(cp);
                    break;
                case IpProto.Fragment:
                    advance = 8;
                    nh = f.U8(cp);
                    break;
                case IpProto.Routing:
                    if (!f.Has(cp, 4)) return dst;
                    int len = f.Data[cp + 1];
                    int type = f.Data[cp + 2];
                    if (type is 0 or 2)
                    {
                        if (len % 2 == 1) return dst;
                        len >>= 1;
                        int p = cp + 8;
                        for (int i = 0; i < len; i++)
                        {
                            if (!f.Has(p, 16)) return dst;
                            dst = p;
                            p += 16;
                        }
                    }
                    else if (type == 4)
                    {
                        if (len % 2 == 1) return dst;
                        if (!f.Has(cp + 8, 16)) return dst;
                        dst = cp + 8;
                    }
                    return dst;
                default:
                    return dst;
            }
            if (f.Truncated) return dst;
        }
        return dst;
    }
}
