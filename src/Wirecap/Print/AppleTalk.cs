namespace Wirecap.Print;

/// <summary>
/// AppleTalk (print-atalk.c): LocalTalk LLAP, DDP with ATP and NBP, and AARP.
/// <code>
/// LLAP:       | dst | src | type (1 short DDP, 2 DDP) |
/// DDP:        | hops+length (2) | checksum (2) | dst net (2) | src net (2) |
///             | dst node | src node | dst socket | src socket | type |
/// short DDP:  | length (2) | dst socket | src socket | type |
/// </code>
/// Addresses print as "net.node" ("net" for node 255): tcpdump never reads /etc/atalk.names.
/// </summary>
public static class AppleTalk
{
    private const int LapLength = 3, LapShortDdp = 1, LapDdp = 2;
    private const int DdpSize = 13, DdpShortSize = 5;
    private const int DdpNbp = 2, DdpAtp = 3, DdpEigrp = 88;
    private const int AtpSize = 8, AtpReq = 0x40, AtpRsp = 0x80, AtpRel = 0xc0, AtpXo = 0x20, AtpEom = 0x10, AtpSts = 0x08;
    private const int NbpHeaderSize = 2, NbpTupleSize = 5, NbpBrRq = 0x10, NbpLkUp = 0x20, NbpLkUpReply = 0x30;
    private const int AarpSize = 28, EtherTypeAtalk = 0x809b;

    private static readonly Tok DdpTypes = new((1, "rtmp"), (5, "rtmpReq"), (4, "echo"), (22, "IP"), (23, "ARP"), (0x4b, "KLAP"));
    private static readonly Tok Sockets = new((1, "rtmp"), (2, "nis"), (4, "echo"), (6, "zip"));

    /// <summary>The AppleTalk port ranges on which UDP may carry LLAP (KIP).</summary>
    public static bool IsPort(int p) => (uint)(p - 16512) < 128 || (uint)(p - 200) < 128 || (uint)(p - 768) < 128;

    /// <summary>ltalk_if_print (DLT_LTALK).</summary>
    public static void LtalkIfPrint(ref Frame f)
    {
        f.Proto = "ltalk";
        int hdrlen = LlapPrint(ref f, 0, f.WireLength);
        f.LinkHeaderLength += hdrlen == 0 ? f.Data.Length : hdrlen;
    }

    /// <summary>llap_print: the LLAP header at p; returns the headers' length, 0 when cut short by the capture.</summary>
    public static int LlapPrint(ref Frame f, int p, int length)
    {
        f.Proto = "llap";
        var o = f.Out;
        if (length < LapLength) { o.Write(" [|llap "u8); o.Dec((uint)length); o.Char(']'); return length; }
        if (!f.Has(p, LapLength)) { f.PrintTrunc(); return 0; }
        int dst = f.U8(p), src = f.U8(p + 1), type = f.U8(p + 2);
        p += LapLength; length -= LapLength;
        switch (type)
        {
            case LapShortDdp:
                {
                    if (length < DdpShortSize) { o.Write(" [|sddp "u8); o.Dec((uint)length); o.Char(']'); return length; }
                    if (!f.Has(p, DdpShortSize)) { o.Write(" [|sddp]"u8); return 0; }
                    int dskt = f.U8(p + 2), sskt = f.U8(p + 3), ddpType = f.U8(p + 4);
                    AddressPrint(ref f, 0, src); o.Char('.'); SocketPrint(ref f, sskt);
                    o.Write(" > "u8); AddressPrint(ref f, 0, dst); o.Char('.'); SocketPrint(ref f, dskt); o.Char(':');
                    DdpPrint(ref f, p + DdpShortSize, length - DdpShortSize, ddpType, 0, src, sskt);
                    return LapLength + DdpShortSize;
                }
            case LapDdp:
                {
                    if (length < DdpSize) { o.Write(" [|ddp "u8); o.Dec((uint)length); o.Char(']'); return length; }
                    if (!f.Has(p, DdpSize)) { o.Write(" [|ddp]"u8); return 0; }
                    int snet = DdpAddressesPrint(ref f, p);
                    o.Char(':');
                    DdpPrint(ref f, p + DdpSize, length - DdpSize, f.U8(p + 12), snet, f.U8(p + 9), f.U8(p + 11));
                    return LapLength + DdpSize;
                }
            default:
                o.Dec((uint)src); o.Write(" > "u8); o.Dec((uint)dst); o.Write(" at-lap#"u8); o.Dec((uint)type);
                o.Char(' '); o.Dec((uint)length);
                return LapLength;
        }
    }

    /// <summary>DDP after an EtherType or ARCNET type: "et1 " with -v, then atalk_print.</summary>
    public static void EtherPrint(ref Frame f, int p, int length)
    {
        if (f.Opt.Verbose > 0) f.Out.Write("et1 "u8);
        Print(ref f, p, length);
    }

    /// <summary>atalk_print: DDP over Ethernet, Token Ring, FDDI (EtherTalk and the like).</summary>
    public static void Print(ref Frame f, int p, int length)
    {
        f.Proto = "atalk";
        var o = f.Out;
        if (!f.Opt.LinkHeader) o.Write("AT "u8);
        if (length < DdpSize) { o.Write(" [|ddp "u8); o.Dec((uint)length); o.Char(']'); return; }
        if (!f.Has(p, DdpSize)) { o.Write(" [|ddp]"u8); return; }
        int snet = DdpAddressesPrint(ref f, p);
        o.Write(": "u8);
        DdpPrint(ref f, p + DdpSize, length - DdpSize, f.U8(p + 12), snet, f.U8(p + 9), f.U8(p + 11));
    }

    /// <summary>"snet.snode.sskt > dnet.dnode.dskt" of a (captured) long DDP header; returns the source net.</summary>
    private static int DdpAddressesPrint(ref Frame f, int p)
    {
        var o = f.Out;
        int dnet = f.U16(p + 4), snet = f.U16(p + 6);
        AddressPrint(ref f, snet, f.U8(p + 9)); o.Char('.'); SocketPrint(ref f, f.U8(p + 11));
        o.Write(" > "u8);
        AddressPrint(ref f, dnet, f.U8(p + 8)); o.Char('.'); SocketPrint(ref f, f.U8(p + 10));
        return snet;
    }

    /// <summary>aarp_print: AppleTalk ARP, as Ethernet-to-AppleTalk address resolution.</summary>
    public static void AarpPrint(ref Frame f, int p, int length)
    {
        // | htype (2) | ptype (2) | halen | palen | op (2) | sender MAC (6) | sender AT (4) | target MAC (6) | target AT (4) |
        f.Proto = "aarp";
        var o = f.Out;
        o.Write("aarp "u8);
        if (!f.Has(p, AarpSize)) { f.PrintTrunc(); return; }
        if (length < AarpSize) { o.Write(" [|aarp "u8); o.Dec((uint)length); o.Char(']'); return; }
        int htype = f.U16(p), ptype = f.U16(p + 2), halen = f.U8(p + 4), palen = f.U8(p + 5), op = f.U16(p + 6);
        const int senderMac = 8, senderAt = 14, targetAt = 24;
        if (htype == 1 && ptype == EtherTypeAtalk && halen == 6 && palen == 4)
        {
            switch (op)
            {
                case 1:
                    o.Write("who-has "u8); AarpAddress(ref f, p + targetAt); o.Write(" tell "u8); AarpAddress(ref f, p + senderAt);
                    return;
                case 2:
                    o.Write("reply "u8); AarpAddress(ref f, p + senderAt); o.Write(" is-at "u8);
                    f.Ctx.Names.Mac(o, f.Bytes(p + senderMac, 6));
                    return;
                case 3:
                    o.Write("probe "u8); AarpAddress(ref f, p + targetAt); o.Write(" tell "u8); AarpAddress(ref f, p + senderAt);
                    return;
            }
        }
        o.Write("len "u8); o.Dec((uint)length); o.Write(" op "u8); o.Dec((uint)op); o.Write(" htype "u8); o.Dec((uint)htype);
        o.Write(" ptype 0x"u8); o.Hex((uint)ptype); o.Write(" halen "u8); o.Dec((uint)halen); o.Write(" palen "u8); o.Dec((uint)palen);
    }

    /// <summary>An AARP protocol address: a pad byte, net (2), node.</summary>
    private static void AarpAddress(ref Frame f, int p) => AddressPrint(ref f, (f.U8(p + 1) << 8) | f.U8(p + 2), f.U8(p + 3));

    private static void DdpPrint(ref Frame f, int p, int length, int type, int snet, int snode, int skt)
    {
        var o = f.Out;
        switch (type)
        {
            case DdpNbp: NbpPrint(ref f, p, length, snet, snode, skt); break;
            case DdpAtp: AtpPrint(ref f, p, length); break;
            case DdpEigrp: Eigrp.Print(ref f, p, length); break;
            default:
                o.Write(" at-"u8); DdpTypes.Print(o, (uint)type); o.Char(' '); o.Dec((uint)length);
                break;
        }
    }

    /// <summary>AppleTalk Transaction Protocol: | control | bitmap/seq | transaction id (2) | user data (4) |</summary>
    private static void AtpPrint(ref Frame f, int p, int length)
    {
        var o = f.Out;
        if (!f.Has(p, AtpSize)) { f.PrintTrunc(); return; }
        if (length < AtpSize) { o.Write(" [|atp "u8); o.Dec((uint)length); o.Char(']'); return; }
        length -= AtpSize;
        int control = f.U8(p), bitmap = f.U8(p + 1), tid = f.U16(p + 2);
        switch (control & 0xc0)
        {
            case AtpReq:
                o.Write(" atp-req"u8); o.Char((control & AtpXo) != 0 ? (byte)' ' : (byte)'*'); o.Char(' '); o.Dec((uint)tid);
                BitmapPrint(o, bitmap);
                if (length != 0) { o.Write(" [len="u8); o.Dec((uint)length); o.Char(']'); }
                switch (control & (AtpEom | AtpSts))
                {
                    case AtpEom: o.Write(" [EOM]"u8); break;
                    case AtpSts: o.Write(" [STS]"u8); break;
                    case AtpEom | AtpSts: o.Write(" [EOM,STS]"u8); break;
                }
                break;
            case AtpRsp:
                o.Write(" atp-resp"u8); o.Char((control & AtpEom) != 0 ? (byte)'*' : (byte)' ');
                o.Dec((uint)tid); o.Char(':'); o.Dec((uint)bitmap); o.Write(" ("u8); o.Dec((uint)length); o.Char(')');
                switch (control & (AtpXo | AtpSts))
                {
                    case AtpXo: o.Write(" [XO]"u8); break;
                    case AtpSts: o.Write(" [STS]"u8); break;
                    case AtpXo | AtpSts: o.Write(" [XO,STS]"u8); break;
                }
                break;
            case AtpRel:
                o.Write(" atp-rel  "u8); o.Dec((uint)tid);
                BitmapPrint(o, bitmap);
                if (length != 0) { o.Write(" [len="u8); o.Dec((uint)length); o.Char(']'); }
                // a release carries no control flags: show any that are set
                if ((control & (AtpXo | AtpEom | AtpSts)) != 0)
                {
                    byte c = (byte)'[';
                    if ((control & AtpXo) != 0) { o.Char(c); o.Write("XO"u8); c = (byte)','; }
                    if ((control & AtpEom) != 0) { o.Char(c); o.Write("EOM"u8); c = (byte)','; }
                    if ((control & AtpSts) != 0) { o.Char(c); o.Write("STS"u8); }
                    o.Char(']');
                }
                break;
            default:
                o.Write(" atp-0x"u8); o.Hex((uint)control); o.Write("  "u8); o.Dec((uint)tid);
                o.Write(" ("u8); o.Dec((uint)length); o.Char(')');
                break;
        }
        uint data = f.U32(p + 4);
        if (data != 0) { o.Write(" 0x"u8); o.Hex(data); }
    }

    /// <summary>The response bitmap: a contiguous run from bit 0 as "&lt;0-n&gt;", else the list of bits.</summary>
    private static void BitmapPrint(TextOut o, int bm)
    {
        if (((bm + 1) & bm) != 0)
        {
            byte c = (byte)'<';
            for (int i = 0; bm != 0; i++, bm >>= 1)
            {
                if ((bm & 1) != 0) { o.Char(c); o.Dec((uint)i); c = (byte)','; }
            }
            o.Char('>');
        }
        else
        {
            int i = 0;
            for (; bm != 0; i++) bm >>= 1;
            if (i > 1) { o.Write("<0-"u8); o.Dec((uint)(i - 1)); o.Char('>'); }
            else o.Write("<0>"u8);
        }
    }

    /// <summary>Name Binding Protocol: | control (function, tuple count) | id | tuples: net (2), node, socket, enumerator, name |</summary>
    private static void NbpPrint(ref Frame f, int p, int length, int snet, int snode, int skt)
    {
        var o = f.Out;
        if (length < NbpHeaderSize) { o.Write(" truncated-nbp "u8); o.Dec((uint)length); return; }
        length -= NbpHeaderSize;
        // there must be room for at least one tuple
        if (length < 8) { o.Write(" truncated-nbp "u8); o.Dec((uint)(length + NbpHeaderSize)); return; }
        int tp = p + NbpHeaderSize;
        if (tp > f.End) { f.PrintTrunc(); return; }
        int control = f.U8(p);
        int fn = control & 0xf0;
        switch (fn)
        {
            case NbpBrRq:
            case NbpLkUp:
                o.Write(fn == NbpLkUp ? " nbp-lkup "u8 : " nbp-brRq "u8); o.Dec(f.U8(p + 1)); o.Char(':');
                if (tp + NbpTupleSize > f.End) { f.PrintTrunc(); return; }
                NamePrint(ref f, tp);
                // the spec allows one tuple only, addressed like the source, with enumerator 0
                if ((control & 0xf) != 1) { o.Write(" [ntup="u8); o.Dec((uint)(control & 0xf)); o.Char(']'); }
                int enumerator = f.U8(tp + 4);
                if (enumerator != 0) { o.Write(" [enum="u8); o.Dec((uint)enumerator); o.Char(']'); }
                int net = f.U16(tp), node = f.U8(tp + 2), tskt = f.U8(tp + 3);
                if (net != snet || node != snode || tskt != skt)
                {
                    o.Write(" [addr="u8); AddressPrint(ref f, net, node); o.Char('.'); o.Dec((uint)tskt); o.Char(']');
                }
                break;
            case NbpLkUpReply:
                o.Write(" nbp-reply "u8); o.Dec(f.U8(p + 1)); o.Char(':');
                for (int i = control & 0xf; i != 0 && tp >= 0 && !f.Truncated; i--)
                    tp = TuplePrint(ref f, tp, snet, snode, skt);
                break;
            default:
                o.Write(" nbp-0x"u8); o.Hex((uint)control); o.Write("  "u8); o.Dec(f.U8(p + 1));
                o.Write(" ("u8); o.Dec((uint)length); o.Char(')');
                break;
        }
    }

    /// <summary>One tuple of a reply; returns the next tuple's offset, or -1 when printing stopped.</summary>
    private static int TuplePrint(ref Frame f, int tp, int snet, int snode, int skt)
    {
        var o = f.Out;
        if (tp + NbpTupleSize > f.End) { f.PrintTrunc(); return -1; }
        int next = NamePrint(ref f, tp);
        int enumerator = f.U8(tp + 4);
        if (enumerator != 1) { o.Char('('); o.Dec((uint)enumerator); o.Char(')'); }
        int tskt = f.U8(tp + 3);
        if (tskt != skt) { o.Char(' '); o.Dec((uint)tskt); }
        int net = f.U16(tp), node = f.U8(tp + 2);
        if (net != snet || node != snode) { o.Write(" [addr="u8); AddressPrint(ref f, net, node); o.Char(']'); }
        return next;
    }

    /// <summary>" \"object:type@zone\"": three counted strings after the tuple's address; returns the end, or -1.</summary>
    private static int NamePrint(ref Frame f, int tp)
    {
        var o = f.Out;
        o.Write(" \""u8);
        int cp = CountedString(ref f, tp + NbpTupleSize);
        if (cp < 0) return -1;
        o.Char(':');
        cp = CountedString(ref f, cp);
        if (cp < 0) return -1;
        o.Char('@');
        cp = CountedString(ref f, cp);
        if (cp < 0) return -1;
        o.Char('"');
        return cp;
    }

    /// <summary>A length byte and at most 32 characters; returns the offset after it, or -1.</summary>
    private static int CountedString(ref Frame f, int cp)
    {
        var o = f.Out;
        if (cp >= f.End) { f.PrintTrunc(); return -1; }
        int length = f.U8(cp++);
        if (length > 32) { o.Write("[len="u8); o.Dec((uint)length); o.Char(']'); return -1; }
        for (; length != 0; length--, cp++)
        {
            if (cp >= f.End) { f.PrintTrunc(); return -1; }
            TextProto.PrintChar(o, f.U8(cp));
        }
        return cp;
    }

    /// <summary>ataddr_string: "net.node", or just "net" for node 255 (the net's broadcast).</summary>
    private static void AddressPrint(ref Frame f, int net, int node)
    {
        var o = f.Out;
        o.Dec((uint)net);
        if (node != 255) { o.Char('.'); o.Dec((uint)node); }
    }

    /// <summary>ddpskt_string: the socket number, or its name when resolving.</summary>
    private static void SocketPrint(ref Frame f, int skt)
    {
        if (f.Opt.Resolve) Sockets.Print(f.Out, (uint)skt, "%u");
        else f.Out.Dec((uint)skt);
    }
}
