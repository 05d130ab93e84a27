namespace Wirecap.Print;

/// <summary>
/// SCTP (print-sctp.c, RFC 4960): the common header and a walk over the chunks, with the fields of
/// DATA, INIT, INIT ACK and SACK chunks; with -vv each chunk on its own line and M3UA payloads
/// decoded (other payloads dumped); ForCES payloads decoded by Forces.
/// </summary>
public static class Sctp
{
    private const int HeaderLength = 12, ChunkHeaderLength = 4, DataPartLength = 12, InitLength = 16, SackLength = 12;
    private const int ChunkData = 0x00, ChunkInit = 0x01, ChunkInitAck = 0x02, ChunkSack = 0x03;
    private const int DataLastFragment = 0x01, DataFirstFragment = 0x02, DataUnordered = 0x04;
    private const int ForcesHp = 6704, ForcesMp = 6705, ForcesLp = 6706;
    private const uint PpidM3ua = 3, PpidForcesHp = 21, PpidForcesLp = 23;

    private static readonly Tok ChunkTypes = new((0x00, "DATA"), (0x01, "INIT"), (0x02, "INIT ACK"), (0x03, "SACK"),
        (0x04, "HB REQ"), (0x05, "HB ACK"), (0x06, "ABORT"), (0x07, "SHUTDOWN"), (0x08, "SHUTDOWN ACK"),
        (0x09, "OP ERR"), (0x0a, "COOKIE ECHO"), (0x0b, "COOKIE ACK"), (0x0c, "ECN ECHO"), (0x0d, "ECN CWR"),
        (0x0e, "SHUTDOWN COMPLETE"), (0xc0, "FOR CUM TSN"), (0xc1, "REL CTRL"), (0xc2, "REL CTRL ACK"));
    private static readonly Tok ForcesChannels = new((ForcesHp, "ForCES HP"), (ForcesMp, "ForCES MP"), (ForcesLp, "ForCES LP"));
    private static readonly Tok PayloadProtocols = new((1, "ISDN Q.921"), (2, "M2UA"), (3, "M3UA"), (4, "SUA"),
        (5, "M2PA"), (6, "V5.2"), (7, "H.248"), (8, "BICC"), (9, "TALI"), (10, "DUA"), (11, "ASAP"), (12, "ENRP"),
        (13, "H.323"), (14, "Q.IPC"), (15, "SIMCO"), (16, "DDPSC"), (17, "DDPSSC"), (18, "S1AP"), (19, "RUA"),
        (20, "HNBAP"), (21, "ForCES HP"), (22, "ForCES MP"), (23, "ForCES LP"), (24, "SBc-AP"), (25, "NBAP"),
        (27, "X2AP"));

    /// <summary>sctp_print: the packet at p, length bytes; ipOff is the IPv4 or IPv6 header that carried it.</summary>
    public static void Print(ref Frame f, int p, int length, int ipOff)
    {
        f.Proto = "sctp";
        var o = f.Out;
        if (length < HeaderLength)
        {
            o.Write("truncated-sctp - "u8); o.Dec(HeaderLength - length); o.Write(" bytes missing!"u8);
            return;
        }
        if (!f.Has(p, HeaderLength)) { f.PrintTrunc(); return; }
        int sport = f.U16(p), dport = f.U16(p + 2);
        bool v6 = f.Data[ipOff] >> 4 == 6;
        if (v6) f.Ctx.Names.IPv6(o, f.Data.Slice(ipOff + 8, 16)); else f.Ctx.Names.IPv4(o, f.Data.Slice(ipOff + 12, 4));
        o.Char('.'); o.Dec(sport); o.Write(" > "u8);
        if (v6) f.Ctx.Names.IPv6(o, f.Data.Slice(ipOff + 24, 16)); else f.Ctx.Names.IPv4(o, f.Data.Slice(ipOff + 16, 4));
        o.Char('.'); o.Dec(dport); o.Write(": sctp"u8);
        bool forces = false;
        if (sport is >= ForcesHp and <= ForcesLp) { o.Char('['); ForcesChannels.Print(o, (uint)sport); o.Char(']'); forces = true; }
        if (dport is >= ForcesHp and <= ForcesLp) { o.Char('['); ForcesChannels.Print(o, (uint)dport); o.Char(']'); forces = true; }

        bool vv = f.Opt.Verbose >= 2;
        p += HeaderLength;
        // Unsigned like tcpdump's count: a chunk longer than the rest wraps it, and the walk then
        // ends where the capture does.
        uint remaining = (uint)(length - HeaderLength);
        ReadOnlySpan<byte> sep = vv ? "\n\t"u8 : " ("u8;
        for (int n = 1; remaining != 0; n++)
        {
            if (remaining < ChunkHeaderLength)
            {
                o.Write(sep); o.Dec(n); o.Write(") [chunk descriptor cut off at end of packet]"u8);
                return;
            }
            if (!f.Has(p, ChunkHeaderLength)) { f.PrintTrunc(); return; }
            int chunkLength = f.U16(p + 2);
            if (chunkLength < ChunkHeaderLength)
            {
                o.Write(sep); o.Dec(n); o.Write(") [Bad chunk length "u8); o.Dec(chunkLength);
                o.Write(", < size of chunk descriptor]"u8);
                return;
            }
            int align = chunkLength % 4;
            if (align != 0) align = 4 - align;
            if (remaining < (uint)align)
            {
                o.Write(sep); o.Dec(n); o.Write(") [Bad chunk length "u8); o.Dec(chunkLength);
                o.Write(", > remaining data in packet]"u8);
                return;
            }
            if (!f.Has(p, chunkLength)) { f.PrintTrunc(); return; }
            int type = f.Data[p], flags = f.Data[p + 1];
            int c = p + ChunkHeaderLength;
            remaining = unchecked(remaining - ChunkHeaderLength);
            int chunkLeft = chunkLength - ChunkHeaderLength;
            o.Write(sep); o.Dec(n); o.Write(") ["u8); ChunkTypes.Print(o, (uint)type, "Unknown chunk type: 0x%x"); o.Write("] "u8);
            switch (type)
            {
                case ChunkData:
                {
                    if ((flags & DataUnordered) != 0) o.Write("(U)"u8);
                    if ((flags & DataFirstFragment) != 0) o.Write("(B)"u8);
                    if ((flags & DataLastFragment) != 0) o.Write("(E)"u8);
                    if ((flags & (DataUnordered | DataFirstFragment | DataLastFragment)) != 0) o.Char(' ');
                    if (chunkLeft < DataPartLength) { Bogus(o, chunkLength); return; }
                    // TSN, stream identifier, stream sequence number, payload protocol identifier.
                    uint ppid = f.U32(c + 8);
                    o.Write("[TSN: "u8); o.Dec(f.U32(c)); o.Write("] [SID: "u8); o.Dec(f.U16(c + 4));
                    o.Write("] [SSEQ "u8); o.Dec(f.U16(c + 6)); o.Write("] [PPID "u8);
                    PayloadProtocols.Print(o, ppid, "0x%x"); o.Write("] "u8);
                    if (!forces) forces = ppid is >= PpidForcesHp and <= PpidForcesLp;
                    c += DataPartLength;
                    remaining = unchecked(remaining - DataPartLength);
                    chunkLeft -= DataPartLength;
                    int payloadSize = chunkLeft;
                    if (payloadSize == 0) { Bogus(o, chunkLength); return; }
                    if (forces)
                    {
                        Forces.Print(ref f, c, payloadSize);
                        f.Proto = "sctp";
                        if (f.Truncated) return;
                    }
                    else if (vv)
                    {
                        if (ppid == PpidM3ua)
                        {
                            M3ua.Print(ref f, c, payloadSize);
                            f.Proto = "sctp";
                            if (f.Truncated) return;
                        }
                        else
                        {
                            o.Write("[Payload"u8);
                            if (!f.Opt.SuppressDefaultPrint)
                            {
                                o.Char(':');
                                Ethernet.DefaultPrintAlways(ref f, c, payloadSize);
                            }
                            o.Char(']');
                        }
                    }
                    c += payloadSize;
                    remaining = unchecked(remaining - (uint)payloadSize);
                    chunkLeft = 0;
                    break;
                }
                case ChunkInit:
                case ChunkInitAck:
                {
                    // Initiate tag, receiver window, outbound and inbound streams, initial TSN; the
                    // optional parameters are skipped.
                    if (chunkLeft < InitLength) { Bogus(o, chunkLength); return; }
                    o.Write("[init tag: "u8); o.Dec(f.U32(c)); o.Write("] [rwnd: "u8); o.Dec(f.U32(c + 4));
                    o.Write("] [OS: "u8); o.Dec(f.U16(c + 8)); o.Write("] [MIS: "u8); o.Dec(f.U16(c + 10));
                    o.Write("] [init TSN: "u8); o.Dec(f.U32(c + 12)); o.Write("] "u8);
                    remaining = unchecked(remaining - (uint)chunkLeft);
                    c += chunkLeft;
                    chunkLeft = 0;
                    break;
                }
                case ChunkSack:
                {
                    // Cumulative TSN ack, receiver window, then gap ack blocks and duplicate TSNs.
                    if (chunkLeft < SackLength) { Bogus(o, chunkLength); return; }
                    uint cumAck = f.U32(c);
                    int gaps = f.U16(c + 8), dups = f.U16(c + 10);
                    o.Write("[cum ack "u8); o.Dec(cumAck); o.Write("] [a_rwnd "u8); o.Dec(f.U32(c + 4));
                    o.Write("] [#gap acks "u8); o.Dec(gaps); o.Write("] [#dup tsns "u8); o.Dec(dups); o.Write("] "u8);
                    int q = c + SackLength;
                    remaining = unchecked(remaining - SackLength);
                    chunkLeft -= SackLength;
                    for (int i = 0; chunkLeft != 0 && i < gaps; i++, q += 4, chunkLeft -= 4)
                    {
                        if (chunkLeft < 4) { Bogus(o, chunkLength); return; }
                        o.Write("\n\t\t[gap ack block #"u8); o.Dec(i + 1); o.Write(": start = "u8);
                        o.Dec(unchecked(cumAck + f.U16(q))); o.Write(", end = "u8); o.Dec(unchecked(cumAck + f.U16(q + 2)));
                        o.Write("] "u8);
                        remaining = unchecked(remaining - 4);
                    }
                    for (int i = 0; chunkLeft != 0 && i < dups; i++, q += 4, chunkLeft -= 4)
                    {
                        if (chunkLeft < 4) { Bogus(o, chunkLength); return; }
                        o.Write("\n\t\t[dup TSN #"u8); o.Dec(i + 1); o.Write(": "u8); o.Dec(f.U32(q)); o.Write("] "u8);
                        remaining = unchecked(remaining - 4);
                    }
                    c = q;
                    break;
                }
                default:
                    remaining = unchecked(remaining - (uint)chunkLeft);
                    c += chunkLeft;
                    chunkLeft = 0;
                    break;
            }
            // Whatever the chunk's decoder left, then the padding to a 4-byte boundary.
            c += chunkLeft;
            remaining = unchecked(remaining - (uint)chunkLeft);
            if (!vv) sep = ", ("u8;
            if (align != 0)
            {
                if (!f.Has(c, align)) { f.PrintTrunc(); return; }
                c += align;
                remaining = unchecked(remaining - (uint)align);
            }
            p = c;
        }
    }

    private static void Bogus(TextOut o, int chunkLength)
    {
        o.Write("bogus chunk length "u8); o.Dec(chunkLength); o.Char(']');
    }
}
