namespace Wirecap.Print;

/// <summary>
/// PIM (print-pim.c; PIMv2 RFC 7761, bidir RFC 5015): the common header, then per message type
/// the hello options, register, register-stop, join/prune/graft, bootstrap, assert, candidate-RP,
/// state refresh and DF election bodies, built from PIM's encoded addresses.
/// </summary>
public static class Pim
{
    private const int Hello = 0, Register = 1, RegisterStop = 2, JoinPrune = 3, Bootstrap = 4, Assert = 5,
        Graft = 6, GraftAck = 7, CandidateRp = 8, PruneRefresh = 9, DfElection = 10;

    private const int OptHoldTime = 1, OptLanPruneDelay = 2, OptDrPriorityOld = 18, OptDrPriority = 19,
        OptGenId = 20, OptRefreshCap = 21, OptBidirCap = 22, OptAddressList = 24, OptAddressListOld = 65001;

    private const int DfBackoff = 3, DfPass = 4;

    private static readonly Tok Types = new((Hello, "Hello"), (Register, "Register"), (RegisterStop, "Register Stop"),
        (JoinPrune, "Join / Prune"), (Bootstrap, "Bootstrap"), (Assert, "Assert"), (Graft, "Graft"),
        (GraftAck, "Graft Acknowledgement"), (CandidateRp, "Candidate RP Advertisement"),
        (PruneRefresh, "Prune Refresh"), (DfElection, "DF Election"), (11, "ECMP Redirect"));

    private static readonly Tok HelloOptions = new((OptHoldTime, "Hold Time"), (OptLanPruneDelay, "LAN Prune Delay"),
        (OptDrPriorityOld, "DR Priority (Old)"), (OptDrPriority, "DR Priority"), (OptGenId, "Generation ID"),
        (OptRefreshCap, "State Refresh Capability"), (OptBidirCap, "Bi-Directional Capability"),
        (OptAddressList, "Address List"), (OptAddressListOld, "Address List (Old)"));

    private static readonly Tok RegisterFlags = new((0x80000000, "Border"), (0x40000000, "Null"));

    private static readonly Tok DfSubtypes = new((1, "Offer"), (2, "Winner"), (DfBackoff, "Backoff"), (DfPass, "Pass"));

    private enum AddrKind { Unicast, Group, Source }

    /// <summary>pim_print: bp/len the PIM message, ipOff the IP header carrying it (for the checksum).</summary>
    public static void Print(ref Frame f, int bp, int len, int ipOff)
    {
        f.Proto = "pim";
        var o = f.Out;
        int typever = f.U8(bp);
        if (f.Truncated) return;
        int ver = typever >> 4;
        int type = typever & 0x0f;
        o.Write("PIMv"u8); o.Dec(ver);
        if (ver != 2)
        {
            o.Write(", length "u8); o.Dec((uint)len);
            return;
        }
        if (f.Opt.Verbose == 0)
        {
            o.Write(", "u8); Types.Print(o, (uint)type, "Unknown Type");
            o.Write(", length "u8); o.Dec((uint)len);
            return;
        }
        o.Write(", length "u8); o.Dec((uint)len);
        o.Write("\n\t"u8); Types.Print(o, (uint)type, "Unknown Type");
        PrintV2(ref f, bp, len, ipOff, type);
    }

    private static void Invalid(TextOut o) => o.Write(" (invalid)"u8);

    private static void PrintV2(ref Frame f, int bp, int len, int ipOff, int type)
    {
        f.Proto = "pimv2";
        var o = f.Out;
        if (len < 2)
        {
            o.Write("[length "u8); o.Dec((uint)len); o.Write(" < 2]"u8); Invalid(o);
            return;
        }
        int rsv = f.U8(bp + 1);
        if (f.Truncated) return;
        // RFC 2117's encoding puts the unicast address length in the low nibble (RFC 5015 the subtype in the high one).
        int addrLen = rsv & 0x0f;
        if (addrLen != 0) o.Write(", RFC2117-encoding"u8);
        if (len < 4)
        {
            o.Write("[length "u8); o.Dec((uint)len); o.Write(" < 4]"u8); Invalid(o);
            return;
        }
        int cksum = f.U16(bp + 2);
        if (f.Truncated) return;
        o.Write(", cksum 0x"u8); o.Hex((uint)cksum, 4); o.Char(' ');
        if (cksum == 0) o.Write("(unverified)"u8);
        else
        {
            int status;
            if (type == Register)
            {
                // The checksum covers only the register header, though RFC 4601 also accepts one over the whole message.
                status = ChecksumStatus(ref f, bp, ipOff, 8);
                if (status == 1) status = ChecksumStatus(ref f, bp, ipOff, len);
            }
            else status = ChecksumStatus(ref f, bp, ipOff, len);
            o.Write(status switch { 0 => "(correct)"u8, 1 => "(incorrect)"u8, _ => "(unverified)"u8 });
        }
        bp += 4;
        len -= 4;

        switch (type)
        {
            case Hello:
                HelloPrint(ref f, bp, len, addrLen);
                return;
            case Register:
                {
                    if (len < 4) break;
                    if (!LocalTrunc.Check(ref f, bp, 4)) return;
                    uint flags = f.U32(bp);
                    o.Write(", Flags [ "u8); RegisterFlags.Print(o, flags, "none"); o.Write(" ]\n\t"u8);
                    bp += 4; len -= 4;
                    if (len == 0) break;
                    // The encapsulated multicast packet.
                    int ipVer = f.U8(bp) >> 4;
                    if (f.Truncated) return;
                    switch (ipVer)
                    {
                        case 0:
                            {
                                var src = f.Bytes(bp + 12, 4);
                                var dst = f.Bytes(bp + 16, 4);
                                if (f.Truncated) return;
                                o.Write("IP-Null-header "u8); f.Ctx.Names.IPv4(o, src);
                                o.Write(" > "u8); f.Ctx.Names.IPv4(o, dst);
                                break;
                            }
                        case 4: Ip.Print(ref f, bp, len); break;
                        case 6: Ip6.Print(ref f, bp, len); break;
                        default: o.Write("IP ver "u8); o.Dec(ipVer); break;
                    }
                    return;
                }
            case RegisterStop:
                {
                    o.Write(" group="u8);
                    int adv = AddrPrint(ref f, bp, len, AddrKind.Group, addrLen);
                    if (adv < 0) break;
                    bp += adv; len -= adv;
                    o.Write(" source="u8);
                    if (AddrPrint(ref f, bp, len, AddrKind.Unicast, addrLen) < 0) break;
                    return;
                }
            case JoinPrune:
            case Graft:
            case GraftAck:
                if (JoinPrunePrint(ref f, bp, len, addrLen, type)) return;
                break;
            case Bootstrap:
                if (BootstrapPrint(ref f, bp, len, addrLen)) return;
                break;
            case Assert:
                {
                    o.Write(" group="u8);
                    int adv = AddrPrint(ref f, bp, len, AddrKind.Group, addrLen);
                    if (adv < 0) break;
                    bp += adv; len -= adv;
                    o.Write(" src="u8);
                    adv = AddrPrint(ref f, bp, len, AddrKind.Unicast, addrLen);
                    if (adv < 0) break;
                    bp += adv; len -= adv;
                    if (len < 8) break;
                    if (!LocalTrunc.Check(ref f, bp, 8)) return;
                    uint pref = f.U32(bp);
                    uint metric = f.U32(bp + 4);
                    if ((pref & 0x80000000) != 0) o.Write(" RPT"u8);
                    o.Write(" pref="u8); o.Dec(pref & 0x7fffffff);
                    o.Write(" metric="u8); o.Dec(metric);
                    return;
                }
            case CandidateRp:
                if (CandidateRpPrint(ref f, bp, len, addrLen)) return;
                break;
            case PruneRefresh:
                {
                    o.Write(" src="u8);
                    int adv = AddrPrint(ref f, bp, len, AddrKind.Unicast, addrLen);
                    if (adv < 0) break;
                    bp += adv; len -= adv;
                    o.Write(" grp="u8);
                    adv = AddrPrint(ref f, bp, len, AddrKind.Group, addrLen);
                    if (adv < 0) break;
                    bp += adv; len -= adv;
                    o.Write(" forwarder="u8);
                    adv = AddrPrint(ref f, bp, len, AddrKind.Unicast, addrLen);
                    if (adv < 0) break;
                    bp += adv; len -= adv;
                    if (len < 2) break;
                    uint tunr = f.U16(bp);
                    if (f.Truncated) return;
                    o.Write(" TUNR "u8); Dns.PrintRelativeTime(o, tunr);
                    return;
                }
            case DfElection:
                if (DfElectionPrint(ref f, bp, len, addrLen, rsv >> 4)) return;
                break;
            default:
                o.Write(" [type "u8); o.Dec(type); o.Char(']');
                return;
        }
        f.PrintTrunc();
    }

    /// <summary>0 correct, 1 incorrect, 2 unverified (not all captured, or not over IPv4/IPv6).</summary>
    private static int ChecksumStatus(ref Frame f, int bp, int ipOff, int len)
    {
        if (!f.Has(bp, len)) return 2;
        int ipVer = f.Data[ipOff] >> 4;
        if (ipVer == 4) return Checksum.Compute(f.Data.Slice(bp, len)) != 0 ? 1 : 0;
        if (ipVer == 6) return PseudoHeader.Checksum(ref f, ipOff, bp, len, IpProto.Pim) != 0 ? 1 : 0;
        return 2;
    }

    /// <summary>The hello options: type, length, value. Returns after printing the trunc marker itself.</summary>
    private static void HelloPrint(ref Frame f, int bp, int len, int addrLen)
    {
        var o = f.Out;
        while (len > 0)
        {
            if (len < 4) { f.PrintTrunc(); return; }
            int otype = f.U16(bp);
            int olen = f.U16(bp + 2);
            if (f.Truncated) return;
            o.Write("\n\t  "u8); HelloOptions.Print(o, (uint)otype, "Unknown");
            o.Write(" Option ("u8); o.Dec(otype); o.Write("), length "u8); o.Dec(olen); o.Write(", Value: "u8);
            bp += 4; len -= 4;
            if (len < olen || !LocalTrunc.Check(ref f, bp, olen))
            {
                if (len < olen) f.PrintTrunc();
                return;
            }
            switch (otype)
            {
                case OptHoldTime:
                    if (olen != 2) { BadLength(o, olen, "2]"u8); return; }
                    Dns.PrintRelativeTime(o, f.U16(bp));
                    break;
                case OptLanPruneDelay:
                    {
                        if (olen != 4) { BadLength(o, olen, "4]"u8); return; }
                        int delay = f.U16(bp);
                        int overrideInterval = f.U16(bp + 2);
                        o.Write("\n\t    T-bit="u8); o.Dec((delay & 0x8000) != 0 ? 1 : 0);
                        o.Write(", LAN delay "u8); o.Dec(delay & 0x7fff);
                        o.Write("ms, Override interval "u8); o.Dec(overrideInterval); o.Write("ms"u8);
                        break;
                    }
                case OptDrPriorityOld:
                case OptDrPriority:
                    if (olen == 0) o.Write("Bi-Directional Capability (Old)"u8);
                    else if (olen == 4) o.Dec(f.U32(bp));
                    else { BadLength(o, olen, "4]"u8); return; }
                    break;
                case OptGenId:
                    if (olen != 4) { BadLength(o, olen, "4]"u8); return; }
                    o.Write("0x"u8); o.Hex(f.U32(bp), 8);
                    break;
                case OptRefreshCap:
                    {
                        if (olen != 4) { BadLength(o, olen, "4]"u8); return; }
                        int version = f.U8(bp);
                        int interval = f.U8(bp + 1);
                        int reserved = f.U16(bp + 2);
                        o.Char('v'); o.Dec(version);
                        if (interval != 0) { o.Write(", interval "u8); Dns.PrintRelativeTime(o, (uint)interval); }
                        if (reserved != 0) { o.Write(" ?0x"u8); o.Hex((uint)reserved, 4); o.Char('?'); }
                        break;
                    }
                case OptBidirCap:
                    break;
                case OptAddressListOld:
                case OptAddressList:
                    if (f.Opt.Verbose > 1)
                    {
                        // Addresses may run past the option's end; each is bounded by the rest of the message.
                        int ptr = bp, plen = len;
                        while (ptr < bp + olen)
                        {
                            o.Write("\n\t    "u8);
                            int adv = AddrPrint(ref f, ptr, plen, AddrKind.Unicast, addrLen);
                            if (adv < 0) { if (!f.Truncated) f.PrintTrunc(); return; }
                            ptr += adv; plen -= adv;
                        }
                    }
                    break;
                default:
                    if (f.Opt.Verbose <= 1) HexDump.UnknownData(ref f, bp, "\n\t    "u8, olen);
                    break;
            }
            if (f.Truncated) return;
            if (f.Opt.Verbose > 1) HexDump.UnknownData(ref f, bp, "\n\t    "u8, olen);
            bp += olen; len -= olen;
        }
    }

    private static void BadLength(TextOut o, int olen, ReadOnlySpan<byte> want)
    {
        o.Write("[option length "u8); o.Dec(olen); o.Write(" != "u8); o.Write(want); Invalid(o);
    }

    /// <summary>Join/Prune, Graft and Graft-Ack: false when the message ends early (the caller prints the marker).</summary>
    private static bool JoinPrunePrint(ref Frame f, int bp, int len, int addrLen, int type)
    {
        var o = f.Out;
        int adv;
        if (type != GraftAck)
        {
            o.Write(", upstream-neighbor: "u8);
            if ((adv = AddrPrint(ref f, bp, len, AddrKind.Unicast, addrLen)) < 0) return false;
            bp += adv; len -= adv;
        }
        if (len < 4 || !LocalTrunc.Check(ref f, bp, 4)) return len >= 4;
        int ngroup = f.U8(bp + 1);
        int holdtime = f.U16(bp + 2);
        o.Write("\n\t  "u8); o.Dec(ngroup); o.Write(" group(s)"u8);
        if (type != GraftAck)
        {
            o.Write(", holdtime: "u8);
            if (holdtime == 0xffff) o.Write("infinite"u8);
            else Dns.PrintRelativeTime(o, (uint)holdtime);
        }
        bp += 4; len -= 4;
        for (int i = 0; i < ngroup; i++)
        {
            o.Write("\n\t    group #"u8); o.Dec(i + 1); o.Write(": "u8);
            if ((adv = AddrPrint(ref f, bp, len, AddrKind.Group, addrLen)) < 0) return false;
            bp += adv; len -= adv;
            if (len < 4 || !LocalTrunc.Check(ref f, bp, 4)) return len >= 4;
            int njoin = f.U16(bp);
            int nprune = f.U16(bp + 2);
            o.Write(", joined sources: "u8); o.Dec(njoin); o.Write(", pruned sources: "u8); o.Dec(nprune);
            bp += 4; len -= 4;
            for (int j = 0; j < njoin; j++)
            {
                o.Write("\n\t      joined source #"u8); o.Dec(j + 1); o.Write(": "u8);
                if ((adv = AddrPrint(ref f, bp, len, AddrKind.Source, addrLen)) < 0) return false;
                bp += adv; len -= adv;
            }
            for (int j = 0; j < nprune; j++)
            {
                o.Write("\n\t      pruned source #"u8); o.Dec(j + 1); o.Write(": "u8);
                if ((adv = AddrPrint(ref f, bp, len, AddrKind.Source, addrLen)) < 0) return false;
                bp += adv; len -= adv;
            }
        }
        return true;
    }

    /// <summary>Fragment tag, hash mask length, BSR priority and address, then the group-to-RP sets.</summary>
    private static bool BootstrapPrint(ref Frame f, int bp, int len, int addrLen)
    {
        var o = f.Out;
        if (len < 2) return false;
        int tag = f.U16(bp);
        if (f.Truncated) return true;
        o.Write(" tag="u8); o.Hex((uint)tag);
        bp += 2; len -= 2;
        if (len < 1) return false;
        int hashMaskLen = f.U8(bp);
        if (f.Truncated) return true;
        o.Write(" hashmlen="u8); o.Dec(hashMaskLen);
        if (len < 2) return false;
        // tcpdump checks the byte after the priority here, not the priority itself.
        if (!LocalTrunc.Check(ref f, bp + 2, 1)) return true;
        o.Write(" BSRprio="u8); o.Dec(f.Data[bp + 1]);
        bp += 2; len -= 2;
        o.Write(" BSR="u8);
        int adv = AddrPrint(ref f, bp, len, AddrKind.Unicast, addrLen);
        if (adv < 0) return false;
        bp += adv; len -= adv;
        for (int i = 0; len > 0; i++)
        {
            o.Write(" (group"u8); o.Dec(i); o.Write(": "u8);
            if ((adv = AddrPrint(ref f, bp, len, AddrKind.Group, addrLen)) < 0) return false;
            bp += adv; len -= adv;
            if (len < 1) return false;
            int rpCount = f.U8(bp);
            if (f.Truncated) return true;
            o.Write(" RPcnt="u8); o.Dec(rpCount);
            if (len < 2) return false;
            int fragRpCount = f.U8(bp + 1);
            if (f.Truncated) return true;
            o.Write(" FRPcnt="u8); o.Dec(fragRpCount);
            if (len < 4) return false;
            bp += 4; len -= 4;
            for (int j = 0; j < fragRpCount && len > 0; j++)
            {
                o.Write(" RP"u8); o.Dec(j); o.Char('=');
                if ((adv = AddrPrint(ref f, bp, len, AddrKind.Unicast, addrLen)) < 0) return false;
                bp += adv; len -= adv;
                if (len < 2) return false;
                o.Write(",holdtime="u8);
                uint hold = f.U16(bp);
                if (f.Truncated) return true;
                Dns.PrintRelativeTime(o, hold);
                if (len < 3) return false;
                int prio = f.U8(bp + 2);
                if (f.Truncated) return true;
                o.Write(",prio="u8); o.Dec(prio);
                if (len < 4) return false;
                bp += 4; len -= 4;
            }
            o.Char(')');
        }
        return true;
    }

    /// <summary>Prefix count, priority, holdtime, RP address, then the group prefixes.</summary>
    private static bool CandidateRpPrint(ref Frame f, int bp, int len, int addrLen)
    {
        var o = f.Out;
        if (len < 1) return false;
        int prefixCount = f.U8(bp);
        if (f.Truncated) return true;
        o.Write(" prefix-cnt="u8); o.Dec(prefixCount);
        if (len < 2) return false;
        int prio = f.U8(bp + 1);
        if (f.Truncated) return true;
        o.Write(" prio="u8); o.Dec(prio);
        if (len < 4) return false;
        o.Write(" holdtime="u8);
        uint hold = f.U16(bp + 2);
        if (f.Truncated) return true;
        Dns.PrintRelativeTime(o, hold);
        bp += 4; len -= 4;
        o.Write(" RP="u8);
        int adv = AddrPrint(ref f, bp, len, AddrKind.Unicast, addrLen);
        if (adv < 0) return false;
        bp += adv; len -= adv;
        for (int i = 0; i < prefixCount && len > 0; i++)
        {
            o.Write(" Group"u8); o.Dec(i); o.Char('=');
            if ((adv = AddrPrint(ref f, bp, len, AddrKind.Group, addrLen)) < 0) return false;
            bp += adv; len -= adv;
        }
        return true;
    }

    /// <summary>RFC 5015 DF election: the RP address and the sender's metric, plus the other party for Backoff and Pass.</summary>
    private static bool DfElectionPrint(ref Frame f, int bp, int len, int addrLen, int subtype)
    {
        var o = f.Out;
        o.Write("\n\t  "u8); DfSubtypes.Print(o, (uint)subtype, "Unknown"); o.Char(',');
        o.Write(" rpa="u8);
        int adv = AddrPrint(ref f, bp, len, AddrKind.Unicast, addrLen);
        if (adv < 0) return false;
        bp += adv; len -= adv;
        uint pref = f.U32(bp);
        if (f.Truncated) return true;
        o.Write(" sender pref="u8); o.Dec(pref);
        uint metric = f.U32(bp + 4);
        if (f.Truncated) return true;
        o.Write(" sender metric="u8); o.Dec(metric);
        bp += 8; len -= 8;
        if (subtype is DfBackoff or DfPass)
        {
            var who = subtype == DfBackoff ? "offer"u8 : "new winner"u8;
            o.Write("\n\t  "u8); o.Write(who); o.Write(" addr="u8);
            if ((adv = AddrPrint(ref f, bp, len, AddrKind.Unicast, addrLen)) < 0) return false;
            bp += adv; len -= adv;
            pref = f.U32(bp);
            if (f.Truncated) return true;
            o.Char(' '); o.Write(who); o.Write(" pref="u8); o.Dec(pref);
            metric = f.U32(bp + 4);
            if (f.Truncated) return true;
            o.Char(' '); o.Write(who); o.Write(" metric="u8); o.Dec(metric);
            bp += 8;
            if (subtype == DfBackoff)
            {
                int interval = f.U16(bp);
                if (f.Truncated) return true;
                o.Write(" interval "u8); o.Dec(interval); o.Write("ms"u8);
            }
        }
        return true;
    }

    /// <summary>
    /// pimv2_addr_print: an encoded unicast, group or source address (family and encoding type
    /// first, unless the RFC 2117 header gave the address length). Returns its size, or -1 when it
    /// is not one this printer knows or does not fit (the caller then prints the trunc marker).
    /// </summary>
    private static int AddrPrint(ref Frame f, int bp, int len, AddrKind kind, int addrLen)
    {
        var o = f.Out;
        bool v6;
        int hdrLen;
        if (addrLen == 0)
        {
            if ((uint)len < 2) return -1;
            int family = f.U8(bp);
            if (f.Truncated) return -1;
            if (family == 1) { v6 = false; addrLen = 4; }
            else if (family == 2) { v6 = true; addrLen = 16; }
            else return -1;
            int encoding = f.U8(bp + 1);
            if (f.Truncated || encoding != 0) return -1;
            hdrLen = 2;
        }
        else
        {
            if (addrLen == 4) v6 = false;
            else if (addrLen == 16) v6 = true;
            else return -1;
            hdrLen = 0;
        }
        bp += hdrLen;
        len -= hdrLen;
        if (kind == AddrKind.Unicast)
        {
            if ((uint)len < (uint)addrLen || !f.Has(bp, addrLen)) return -1;
            Address(ref f, bp, v6);
            return hdrLen + addrLen;
        }
        if ((uint)len < (uint)(addrLen + 2) || !f.Has(bp, addrLen + 2)) return -1;
        int flags = f.Data[bp];
        int maskLen = f.Data[bp + 1];
        Address(ref f, bp + 2, v6);
        if (maskLen != (v6 ? 128 : 32)) { o.Char('/'); o.Dec(maskLen); }
        if (flags != 0)
        {
            if (kind == AddrKind.Group) { o.Write("(0x"u8); o.Hex2((byte)flags); o.Char(')'); }
            else
            {
                o.Char('(');
                if ((flags & 0x04) != 0) o.Char('S');
                if ((flags & 0x02) != 0) o.Char('W');
                if ((flags & 0x01) != 0) o.Char('R');
                if ((flags & 0xf8) != 0) { o.Write("+0x"u8); o.Hex2((byte)(flags & 0xf8)); }
                o.Char(')');
            }
        }
        return hdrLen + 2 + addrLen;
    }

    private static void Address(ref Frame f, int p, bool v6)
    {
        if (v6) f.Ctx.Names.IPv6(f.Out, f.Data.Slice(p, 16));
        else f.Ctx.Names.IPv4(f.Out, f.Data.Slice(p, 4));
    }
    private static readonly Tok V1Types = new((0, "Query"), (1, "Register"), (2, "Register-Stop"), (3, "Join/Prune"),
        (4, "RP-reachable"), (5, "Assert"), (6, "Graft"), (7, "Graft-ACK"));

    /// <summary>pimv1_print: PIMv1 rides in IGMP (type 0x14); bp/len the IGMP message.</summary>
    public static void PrintV1(ref Frame f, int bp, int len)
    {
        f.Proto = "pimv1";
        var o = f.Out;
        int type = f.U8(bp + 1);
        if (f.Truncated) return;
        o.Char(' '); V1Types.Print(o, (uint)type, "[type %u]");
        switch (type)
        {
            case 0: // Query
                if (f.Has(bp + 8, 1))
                {
                    int mode = f.Data[bp + 8] >> 4;
                    switch (mode)
                    {
                        case 0: o.Write(" Dense-mode"u8); break;
                        case 1: o.Write(" Sparse-mode"u8); break;
                        case 2: o.Write(" Sparse-Dense-mode"u8); break;
                        default: o.Write(" mode-"u8); o.Dec(mode); break;
                    }
                }
                if (f.Opt.Verbose > 0)
                {
                    o.Write(" (Hold-time "u8);
                    uint hold = f.U16(bp + 10);
                    if (f.Truncated) return;
                    Dns.PrintRelativeTime(o, hold); o.Char(')');
                }
                break;
            case 1: // Register: the encapsulated IP header follows the 8-byte PIM header.
                {
                    if (!LocalTrunc.Check(ref f, bp + 8, 20)) return;
                    V1Pair(ref f, bp + 20, bp + 24);
                    if (f.Truncated) return;
                    break;
                }
            case 2: // Register-Stop
                V1Pair(ref f, bp + 8, bp + 12);
                if (f.Truncated) return;
                break;
            case 4: // RP-reachable
                if (f.Opt.Verbose > 0)
                {
                    var group = f.Bytes(bp + 8, 4);
                    if (f.Truncated) return;
                    o.Write(" group "u8); f.Ctx.Names.IPv4(o, group);
                    MaskPrint(ref f, bp + 12);
                    var rp = f.Bytes(bp + 16, 4);
                    if (f.Truncated) return;
                    o.Write(" RP "u8); f.Ctx.Names.IPv4(o, rp); o.Write(" hold "u8);
                    uint hold = f.U16(bp + 22);
                    if (f.Truncated) return;
                    Dns.PrintRelativeTime(o, hold);
                }
                break;
            case 5: // Assert
                {
                    V1Pair(ref f, bp + 16, bp + 8);
                    MaskPrint(ref f, bp + 12);
                    uint pref = f.U32(bp + 20);
                    uint metric = f.U32(bp + 24);
                    if (f.Truncated) return;
                    o.Write((pref & 0x80000000) != 0 ? " RP-tree"u8 : " SPT"u8);
                    o.Write(" pref "u8); o.Dec(pref & 0x7fffffff); o.Write(" metric "u8); o.Dec(metric);
                    break;
                }
            case 3:
            case 6:
            case 7: // Join/Prune, Graft, Graft-ACK
                if (f.Opt.Verbose > 0)
                {
                    if (len < 8) { f.PrintTrunc(); return; }
                    V1JoinPrunePrint(ref f, bp + 8, len - 8);
                    if (f.Truncated) return;
                }
                break;
        }
        int ver = f.U8(bp + 4) >> 4;
        if (f.Truncated) return;
        if (ver != 1) { o.Write(" [v"u8); o.Dec(ver); o.Char(']'); }
    }

    /// <summary>" for SRC > DST".</summary>
    private static void V1Pair(ref Frame f, int src, int dst)
    {
        var a = f.Bytes(src, 4);
        var b = f.Bytes(dst, 4);
        if (f.Truncated) return;
        f.Out.Write(" for "u8); f.Ctx.Names.IPv4(f.Out, a); f.Out.Write(" > "u8); f.Ctx.Names.IPv4(f.Out, b);
    }

    /// <summary>"/MASK" unless the mask at p is all ones.</summary>
    private static void MaskPrint(ref Frame f, int p)
    {
        uint mask = f.U32(p);
        if (f.Truncated || mask == 0xffffffff) return;
        f.Out.Char('/'); f.Ctx.Names.IPv4(f.Out, f.Data.Slice(p, 4));
    }

    private static void V1JoinPrunePrint(ref Frame f, int bp, int len)
    {
        var o = f.Out;
        // One group with one source prints on one line.
        if (f.Has(bp, 30) && f.Data[bp + 11] == 1 && f.U16(bp + 20) + f.U16(bp + 22) == 1)
        {
            int njoin1 = f.U16(bp + 20);
            o.Write(" RPF "u8); f.Ctx.Names.IPv4(o, f.Data.Slice(bp, 4)); o.Char(' ');
            uint hold = f.U16(bp + 6);
            if (hold != 180) { o.Write("Hold "u8); Dns.PrintRelativeTime(o, hold); }
            int flags = f.Data[bp + 25];
            o.Write(njoin1 != 0 ? "Join ("u8 : "Prune ("u8);
            f.Ctx.Names.IPv4(o, f.Data.Slice(bp + 26, 4)); o.Char('/'); o.Dec(flags & 0x3f);
            o.Write(", "u8); f.Ctx.Names.IPv4(o, f.Data.Slice(bp + 12, 4));
            MaskPrint(ref f, bp + 16);
            o.Write(") "u8);
            o.Write((f.Data[bp + 24] & 0x01) != 0 ? "Sparse"u8 : "Dense"u8);
            if ((flags & 0x80) != 0) o.Write(" WC"u8);
            o.Write((flags & 0x40) != 0 ? " RP"u8 : " SPT"u8);
            return;
        }
        if (len < 4) { f.PrintTrunc(); return; }
        if (f.Opt.Verbose > 1) o.Char('\n');
        var upstream = f.Bytes(bp, 4);
        if (f.Truncated) return;
        o.Write(" Upstream Nbr: "u8); f.Ctx.Names.IPv4(o, upstream);
        bp += 4; len -= 4;
        if (len < 4) { f.PrintTrunc(); return; }
        if (f.Opt.Verbose > 1) o.Char('\n');
        o.Write(" Hold time: "u8);
        uint holdTime = f.U16(bp + 2);
        if (f.Truncated) return;
        Dns.PrintRelativeTime(o, holdTime);
        if (f.Opt.Verbose < 2) return;
        bp += 4; len -= 4;
        if (len < 4) { f.PrintTrunc(); return; }
        int ngroups = f.U8(bp + 3);
        if (f.Truncated) return;
        bp += 4; len -= 4;
        for (; ngroups != 0 && !f.Truncated; ngroups--)
        {
            if (len < 4) { f.PrintTrunc(); return; }
            var group = f.Bytes(bp, 4);
            if (f.Truncated) return;
            o.Write("\n\tGroup: "u8); f.Ctx.Names.IPv4(o, group);
            bp += 4; len -= 4;
            if (len < 4) { f.PrintTrunc(); return; }
            MaskPrint(ref f, bp);
            bp += 4; len -= 4;
            if (len < 4) { f.PrintTrunc(); return; }
            int njoin = f.U16(bp);
            int nprune = f.U16(bp + 2);
            if (f.Truncated) return;
            o.Write(" joined: "u8); o.Dec(njoin); o.Write(" pruned: "u8); o.Dec(nprune);
            bp += 4; len -= 4;
            for (int njp = 0; njp < njoin + nprune; njp++)
            {
                if (len < 6) { f.PrintTrunc(); return; }
                var src = f.Bytes(bp, 6);
                if (f.Truncated) return;
                o.Write(njp < njoin ? "\n\tJoin  "u8 : "\n\tPrune "u8);
                o.Write((src[0] & 0x01) != 0 ? "Sparse "u8 : "Dense "u8);
                if ((src[1] & 0x80) != 0) o.Write("WC "u8);
                o.Write((src[1] & 0x40) != 0 ? "RP "u8 : "SPT "u8);
                f.Ctx.Names.IPv4(o, src.Slice(2, 4)); o.Char('/'); o.Dec(src[1] & 0x3f);
                bp += 6; len -= 6;
            }
        }
    }
    public const int AutoRpPort = 496;

    /// <summary>
    /// cisco_autorp_print: Cisco's auto-RP (version 1+, over UDP): type, RP count and holdtime, then
    /// per RP its address, PIM versions and group prefixes (a '!' marks a negative one).
    /// </summary>
    public static void AutoRpPrint(ref Frame f, int bp, int len)
    {
        f.Proto = "cisco_autorp";
        var o = f.Out;
        if (len < 8) { f.PrintTrunc(); return; }
        o.Write(" auto-rp "u8);
        int type = f.U8(bp);
        if (f.Truncated) return;
        if (type == 0x11) o.Write("candidate-advert"u8);
        else if (type == 0x12) o.Write("mapping"u8);
        else { o.Write("type-0x"u8); o.Hex2((byte)type); }
        int numRps = f.U8(bp + 1);
        if (f.Truncated) return;
        o.Write(" Hold "u8);
        uint hold = f.U16(bp + 2);
        if (f.Truncated) return;
        if (hold != 0) Dns.PrintRelativeTime(o, hold); else o.Write("FOREVER"u8);
        bp += 8; len -= 8;
        for (; numRps != 0 && !f.Truncated; numRps--)
        {
            if (len < 4) { f.PrintTrunc(); return; }
            var rp = f.Bytes(bp, 4);
            if (f.Truncated) return;
            o.Write(" RP "u8); f.Ctx.Names.IPv4(o, rp);
            bp += 4; len -= 4;
            if (len < 1) { f.PrintTrunc(); return; }
            int versions = f.U8(bp);
            if (f.Truncated) return;
            o.Write((versions & 3) switch { 0 => " PIMv?"u8, 1 => " PIMv1"u8, 2 => " PIMv2"u8, _ => " PIMv1+2"u8 });
            if ((versions & 0xfc) != 0) { o.Write(" [rsvd=0x"u8); o.Hex2((byte)(versions & 0xfc)); o.Char(']'); }
            bp += 1; len -= 1;
            if (len < 1) { f.PrintTrunc(); return; }
            int entries = f.U8(bp);
            if (f.Truncated) return;
            bp += 1; len -= 1;
            byte sep = (byte)' ';
            for (; entries != 0; entries--)
            {
                if (len < 6) { f.PrintTrunc(); return; }
                var e = f.Bytes(bp, 6);
                if (f.Truncated) return;
                o.Char(sep);
                if ((e[0] & 1) != 0) o.Char('!');
                f.Ctx.Names.IPv4(o, e.Slice(2, 4)); o.Char('/'); o.Dec(e[1]);
                if ((e[0] & 0x02) != 0) o.Write(" bidir"u8);
                if ((e[0] & 0xfc) != 0) { o.Write("[rsvd=0x"u8); o.Hex2((byte)(e[0] & 0xfc)); o.Char(']'); }
                sep = (byte)',';
                bp += 6; len -= 6;
            }
        }
    }
}
