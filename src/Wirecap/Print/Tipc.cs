namespace Wirecap.Print;

/// <summary>
/// TIPC (print-tipc.c): the header of a data message, of an internal (link-level) message or of a
/// neighbor detection message, chosen by the user field; with -v the fields of the further words.
/// </summary>
public static class Tipc
{
    public const int EtherTypeTipc = 0x88ca;

    private static readonly Tok Users = new((0, "Low Importance Data payload"), (1, "Medium Importance Data payload"),
        (2, "High Importance Data payload"), (3, "Critical Importance Data payload"), (5, "Broadcast Link Protocol internal"),
        (6, "Message Bundler Protocol internal"), (7, "Link State Protocol internal"), (8, "Connection Manager internal"),
        (10, "Link Changeover Protocol internal"), (11, "Name Table Update Protocol internal"),
        (12, "Message Fragmentation Protocol internal"), (13, "Neighbor Detection Protocol internal"));
    // tcpdump's table swaps the names of types 1 and 3; they are printed as it prints them.
    private static readonly Tok MessageTypes = new((0, "CONN_MSG"), (1, "MCAST_MSG"), (2, "NAMED_MSG"), (3, "DIRECT_MSG"));
    private static readonly Tok LinkConfigTypes = new((0, "Link request"), (1, "Link response"));

    /// <summary>tipc_print: the message at p.</summary>
    public static void Print(ref Frame f, int p)
    {
        f.Proto = "tipc";
        uint w0 = f.U32(p);
        if (f.Truncated) return;
        switch ((w0 >> 25) & 0x0f)
        {
            case 0: case 1: case 2: case 3: case 8: case 11: PayloadPrint(ref f, p, w0); break;
            case 13: LinkConfigPrint(ref f, p, w0); break;
            case 5: case 6: case 7: case 10: case 12: InternalPrint(ref f, p, w0); break;
        }
    }

    /// <summary>A network address: zone.cluster.node (8, 12 and 12 bits).</summary>
    private static void Node(TextOut o, uint a)
    {
        o.Dec(a >> 24); o.Char('.'); o.Dec((a >> 12) & 0xfff); o.Char('.'); o.Dec(a & 0xfff);
    }

    /// <summary>The sizes, user and type that end each summary line.</summary>
    private static void Sizes(TextOut o, uint w0)
    {
        o.Write(", headerlength "u8); o.Dec(((w0 >> 21) & 0x0f) * 4);
        o.Write(" bytes, MessageSize "u8); o.Dec(w0 & 0x1ffff);
        o.Write(" bytes, "u8); Users.Print(o, (w0 >> 25) & 0x0f, "unknown");
        o.Write(", messageType "u8);
    }

    /// <summary>print_payload: data messages. Short headers (6 words or less) carry no node addresses.</summary>
    private static void PayloadPrint(ref Frame f, int p, uint w0)
    {
        var o = f.Out;
        uint w1 = f.U32(p + 4);
        uint prevNode = f.U32(p + 12), origPort = f.U32(p + 16), destPort = f.U32(p + 20);
        if (f.Truncated) return;
        uint headerWords = (w0 >> 21) & 0x0f;
        if (headerWords <= 6)
        {
            o.Write("TIPC v"u8); o.Dec(w0 >> 29); o.Write(".0 "u8); Node(o, prevNode); o.Char(':'); o.Dec(origPort);
            o.Write(" > "u8); o.Dec(destPort);
            Sizes(o, w0); MessageTypes.Print(o, w1 >> 29, "Unknown");
            return;
        }
        uint origNode = f.U32(p + 24), destNode = f.U32(p + 28);
        if (f.Truncated) return;
        o.Write("TIPC v"u8); o.Dec(w0 >> 29); o.Write(".0 "u8); Node(o, origNode); o.Char(':'); o.Dec(origPort);
        o.Write(" > "u8); Node(o, destNode); o.Char(':'); o.Dec(destPort);
        Sizes(o, w0); MessageTypes.Print(o, w1 >> 29, "Unknown");
        if (f.Opt.Verbose > 0)
        {
            uint w2 = f.U32(p + 8);
            if (f.Truncated) return;
            o.Write("\n\tPrevious Node "u8); Node(o, prevNode);
            o.Write(", Broadcast Ack "u8); o.Dec(w1 & 0xffff);
            o.Write(", Link Ack "u8); o.Dec(w2 >> 16); o.Write(", Link Sequence "u8); o.Dec(w2 & 0xffff);
        }
    }

    /// <summary>print_internal: link-level protocol messages (broadcast, bundler, link state, changeover, fragments).</summary>
    private static void InternalPrint(ref Frame f, int p, uint w0)
    {
        var o = f.Out;
        uint w1 = f.U32(p + 4);
        uint origNode = f.U32(p + 24), destNode = f.U32(p + 28);
        if (f.Truncated) return;
        o.Write("TIPC v"u8); o.Dec(w0 >> 29); o.Write(".0 "u8); Node(o, origNode); o.Write(" > "u8); Node(o, destNode);
        Sizes(o, w0); MessageTypes.Print(o, w1 >> 29, "Unknown");
        o.Write(" (0x"u8); o.Hex(w1, 8); o.Char(')');
        if (f.Opt.Verbose > 0)
        {
            uint w2 = f.U32(p + 8), prevNode = f.U32(p + 12), w4 = f.U32(p + 16), w5 = f.U32(p + 20);
            uint transSeq = f.U32(p + 32), w9 = f.U32(p + 36);
            if (f.Truncated) return;
            o.Write("\n\tPrevious Node "u8); Node(o, prevNode);
            o.Write(", Session No. "u8); o.Dec(w5 >> 16);
            o.Write(", Broadcast Ack "u8); o.Dec(w1 & 0xffff);
            o.Write(", Sequence Gap "u8); o.Dec((w1 >> 16) & 0x1fff);
            o.Write(",  Broadcast Gap After "u8); o.Dec(w2 >> 16);
            o.Write(", Broadcast Gap To "u8); o.Dec(w2 & 0xffff);
            o.Write(", Last Sent Packet No. "u8); o.Dec(w4 >> 16);
            o.Write(", Next sent Packet No. "u8); o.Dec(w4 & 0xffff);
            o.Write(", Transport Sequence "u8); o.Dec(transSeq);
            o.Write(", msg_count "u8); o.Dec(w9 >> 16);
            o.Write(", Link Tolerance "u8); o.Dec(w9 & 0xffff);
        }
    }

    /// <summary>print_link_conf: neighbor detection (link request and response).</summary>
    private static void LinkConfigPrint(ref Frame f, int p, uint w0)
    {
        var o = f.Out;
        uint w1 = f.U32(p + 4);
        uint destDomain = f.U32(p + 8), prevNode = f.U32(p + 12);
        if (f.Truncated) return;
        o.Write("TIPC v"u8); o.Dec(w0 >> 29); o.Write(".0 "u8); Node(o, prevNode); o.Write(" > "u8); Node(o, destDomain);
        Sizes(o, w0); LinkConfigTypes.Print(o, w1 >> 29, "Unknown");
        if (f.Opt.Verbose > 0)
        {
            uint networkId = f.U32(p + 16), w5 = f.U32(p + 20);
            if (f.Truncated) return;
            o.Write("\n\tNodeSignature "u8); o.Dec(w1 & 0xffff);
            o.Write(", network_id "u8); o.Dec(networkId);
            o.Write(", media_id "u8); o.Dec(w5 & 0xff);
        }
    }
}
