namespace Wirecap.Print;

/// <summary>
/// IEEE 802.2 LLC and SNAP (print-llc.c).
/// <code>
/// +------+------+-----------+-------------------+-----------+
/// | DSAP | SSAP | control   | SNAP: OUI (3)     | type (2)  |
/// +------+------+-----------+-------------------+-----------+
///                1 byte (U frames) or 2 (I/S frames, little-endian)
/// </code>
/// STP (SAP 0x42), OSI (SAP 0xfe) and Cisco's SNAP protocols (CDP, VTP, DTP, UDLD, PVST) go to their
/// printers, and IPX (SAP 0xe0, or Novell's raw 802.3 without LLC) to the IPX printer.
/// </summary>
public static class Llc
{
    private const int UFmt = 3, Gsap = 1, Ig = 1, SFmt = 1, UPoll = 0x10, IsPoll = 0x0100, XidFi = 0x81;
    private const int UI = 0x03, Xid = 0xaf;
    private const int SapGlobal = 0xff, SapIp = 0x06, SapSnap = 0xaa, SapStp = 0x42, SapOsi = 0xfe, SapIpx = 0xe0;

    private static readonly Tok Saps = new(
        (0x00, "Null"), (0xff, "Global"), (0x02, "802.1B I"), (0x03, "802.1B G"), (0x06, "IP"), (0x04, "SNA"),
        (0x0e, "ProWay NM"), (0x42, "STP"), (0x4e, "RS511"), (0x7e, "ISO8208"), (0x8e, "ProWay"), (0xaa, "SNAP"),
        (0xe0, "IPX"), (0xf0, "NetBeui"), (0xfe, "OSI"));

    private static readonly Tok Commands = new(
        (0x03, "ui"), (0xe3, "test"), (0xaf, "xid"), (0x63, "ua"), (0x43, "disc"), (0x0f, "dm"), (0x6f, "sabme"), (0x87, "frmr"));

    private static readonly Tok Flags = new(
        (0, "Command"), (Gsap, "Response"), (UPoll, "Poll"), (Gsap | UPoll, "Final"), (IsPoll, "Poll"), (Gsap | IsPoll, "Final"));

    private static readonly Tok IgFlags = new((0, "Individual"), (Ig, "Group"));

    private static readonly Tok Supervisory = new((0, "Receiver Ready"), (1, "Receiver not Ready"), (2, "Reject"));

    private const int PidCdp = 0x2000, PidVtp = 0x2003, PidDtp = 0x2004, PidUdld = 0x0111, PidPvst = 0x010b, PidVlanBridge = 0x010c;
    private const int PidBpdu = 0x000e;

    private static readonly Tok CiscoPids = new(
        (PidCdp, "CDP"), (PidVtp, "VTP"), (PidDtp, "DTP"), (PidUdld, "UDLD"), (PidPvst, "PVST"), (PidVlanBridge, "VLAN Bridge"));

    private static readonly Tok BridgedPids = new(
        (0x0001, "Ethernet + FCS"), (0x0007, "Ethernet w/o FCS"), (0x0002, "802.4 + FCS"), (0x0008, "802.4 w/o FCS"),
        (0x0003, "Token Ring + FCS"), (0x0009, "Token Ring w/o FCS"), (0x0004, "FDDI + FCS"), (0x000a, "FDDI w/o FCS"),
        (0x0005, "802.6 + FCS"), (0x000b, "802.6 w/o FCS"), (0x000e, "BPDU"));

    private static readonly Tok NoPids = new();

    /// <summary>
    /// llc_print: the header length consumed, negative when the caller should print the payload raw.
    /// src and dst are the offsets of the link addresses (MAC), or -1 when the link has none.
    /// </summary>
    public static int Print(ref Frame f, int p, int length, int caplen, int src, int dst)
    {
        f.Proto = "llc";
        var o = f.Out;
        if (caplen < 3 || length < 3)
        {
            f.PrintTrunc();
            Ethernet.DefaultPrintAlways(ref f, p, caplen);
            return caplen < 3 ? caplen : length;
        }
        int dsapField = f.U8(p), ssapField = f.U8(p + 1);
        int control = f.U8(p + 2);
        bool isU;
        int hdrlen;
        if ((control & UFmt) == UFmt) { isU = true; hdrlen = 3; }
        else
        {
            if (caplen < 4 || length < 4)
            {
                f.PrintTrunc();
                Ethernet.DefaultPrintAlways(ref f, p, caplen);
                return caplen < 4 ? caplen : length;
            }
            control = f.U16LE(p + 2);
            isU = false; hdrlen = 4;
        }
        if (f.Truncated) return hdrlen;

        if (ssapField == SapGlobal && dsapField == SapGlobal)
        {
            // Novell "raw" 802.3: IPX right after the length, no LLC header
            if (f.Opt.LinkHeader) o.Write("IPX 802.3: "u8);
            Ipx.Print(ref f, p, length);
            return 0;
        }

        int dsap = dsapField & ~Ig, ssap = ssapField & ~Gsap;
        if (f.Opt.LinkHeader)
        {
            o.Write("LLC, dsap "u8); Saps.Print(o, (uint)dsap, "Unknown");
            o.Write(" (0x"u8); o.Hex2((byte)dsap); o.Write(") "u8); IgFlags.Print(o, (uint)(dsapField & Ig), "Unknown");
            o.Write(", ssap "u8); Saps.Print(o, (uint)ssap, "Unknown");
            o.Write(" (0x"u8); o.Hex2((byte)ssap); o.Write(") "u8); Flags.Print(o, (uint)(ssapField & Gsap), "Unknown");
            o.Write(", ctrl 0x"u8); o.Hex((uint)control, isU ? 2 : 4); o.Write(": "u8);
        }

        p += hdrlen; length -= hdrlen; caplen -= hdrlen;

        if (ssap == SapIpx && dsap == SapIpx && control == UI)
        {
            if (f.Opt.LinkHeader) o.Write("IPX 802.2: "u8);
            Ipx.Print(ref f, p, length);
            return hdrlen;
        }
        if (ssap == SapSnap && dsap == SapSnap && control == UI)
        {
            bool known = SnapPrint(ref f, p, length, caplen, src, dst, 2);
            return known ? hdrlen + 5 : -(hdrlen + 5);
        }
        if (ssap == SapStp && dsap == SapStp && control == UI)
        {
            Stp.Print(ref f, p, length);
            return hdrlen;
        }
        if (ssap == SapIp && dsap == SapIp && control == UI)
        {
            Ip.Print(ref f, p, length);
            return hdrlen;
        }
        if (ssap == SapOsi && dsap == SapOsi && control == UI)
        {
            IsoClns.Print(ref f, p, length);
            return hdrlen;
        }

        if (!f.Opt.LinkHeader)
        {
            bool addrs = src >= 0 && dst >= 0;
            if (ssap == dsap)
            {
                if (addrs) { MacPrint(ref f, src); o.Write(" > "u8); MacPrint(ref f, dst); o.Char(' '); }
                Saps.Print(o, (uint)dsap, "Unknown DSAP 0x%02x"); o.Char(' ');
            }
            else
            {
                if (addrs) { MacPrint(ref f, src); o.Char(' '); }
                Saps.Print(o, (uint)ssap, "Unknown SSAP 0x%02x");
                o.Write(" > "u8);
                if (addrs) { MacPrint(ref f, dst); o.Char(' '); }
                Saps.Print(o, (uint)dsap, "Unknown DSAP 0x%02x"); o.Char(' ');
            }
        }

        if (isU)
        {
            o.Write("Unnumbered, "u8); Commands.Print(o, (uint)(control & 0xef), "%02x");
            o.Write(", Flags ["u8); Flags.Print(o, (uint)((ssapField & Gsap) | (control & UPoll)), "?");
            o.Write("], length "u8); o.Dec((uint)(length + hdrlen));
            if ((control & ~UPoll) == Xid)
            {
                if (length == 0) return hdrlen;
                if (caplen < 1)
                {
                    f.PrintTrunc();
                    return hdrlen;
                }
                if (f.U8(p) == XidFi)
                {
                    if (caplen < 3 || length < 3)
                    {
                        f.PrintTrunc();
                        if (caplen > 0) Ethernet.DefaultPrintAlways(ref f, p, caplen);
                    }
                    else
                    {
                        int a = f.U8(p + 1), b = f.U8(p + 2);
                        o.Write(": "u8); o.Hex2((byte)a); o.Char(' '); o.Hex2((byte)b);
                    }
                    return hdrlen;
                }
            }
        }
        else if ((control & SFmt) == SFmt)
        {
            o.Write("Supervisory, "u8); Supervisory.Print(o, (uint)((control >> 2) & 3), "?");
            o.Write(", rcv seq "u8); o.Dec((uint)((control >> 9) & 0x7f));
            o.Write(", Flags ["u8); Flags.Print(o, (uint)((ssapField & Gsap) | (control & IsPoll)), "?");
            o.Write("], length "u8); o.Dec((uint)(length + hdrlen));
            return hdrlen;
        }
        else
        {
            o.Write("Information, send seq "u8); o.Dec((uint)((control >> 1) & 0x7f));
            o.Write(", rcv seq "u8); o.Dec((uint)((control >> 9) & 0x7f));
            o.Write(", Flags ["u8); Flags.Print(o, (uint)((ssapField & Gsap) | (control & IsPoll)), "?");
            o.Write("], length "u8); o.Dec((uint)(length + hdrlen));
        }
        return -hdrlen;
    }

    private static void MacPrint(ref Frame f, int off)
    {
        var a = f.Bytes(off, 6);
        if (!f.Truncated) f.Ctx.Names.Mac(f.Out, a);
    }

    private static Tok PidNames(uint oui) => oui switch
    {
        Oui.EncapEther or Oui.Cisco90 or Oui.AppleTalk => EtherType.Names,
        Oui.Cisco => CiscoPids,
        Oui.Rfc2684 => BridgedPids,
        _ => NoPids,
    };

    /// <summary>snap_print: true when the payload was printed (or the header was truncated).</summary>
    public static bool SnapPrint(ref Frame f, int p, int length, int caplen, int src, int dst, int bridgePad)
    {
        f.Proto = "snap";
        var o = f.Out;
        if (!LocalTrunc.Check(ref f, p, 5)) return true;
        if (caplen < 5 || length < 5) { f.PrintTrunc(); return true; }
        uint oui = f.U24(p);
        int et = f.U16(p + 3);
        if (f.Opt.LinkHeader)
        {
            o.Write("oui "u8); Oui.Names.Print(o, oui, "Unknown");
            o.Write(" (0x"u8); o.Hex(oui, 6); o.Write("), "u8);
            o.Write(oui == 0 ? "ethertype "u8 : "pid "u8);
            PidNames(oui).Print(o, (uint)et, "Unknown");
            o.Write(" (0x"u8); o.Hex((uint)et, 4); o.Write("), length "u8); o.Dec((uint)(length - 5)); o.Write(": "u8);
        }
        p += 5; length -= 5; caplen -= 5;
        switch (oui)
        {
            case Oui.EncapEther:
            case Oui.Cisco90:
                if (EtherType.Print(ref f, et, p, length, caplen, src, dst)) return true;
                break;
            case Oui.AppleTalk:
                if (et == 0x809b && EtherType.Print(ref f, et, p, length, caplen, src, dst)) return true;
                break;
            case Oui.Cisco:
                switch (et)
                {
                    case PidCdp: Cdp.Print(ref f, p, length); return true;
                    case PidDtp: Dtp.Print(ref f, p, length); return true;
                    case PidUdld: Udld.Print(ref f, p, length); return true;
                    case PidVtp: Vtp.Print(ref f, p, length); return true;
                    case PidPvst:
                    case PidVlanBridge: Stp.Print(ref f, p, length); return true;
                }
                break;
            case Oui.Rfc2684:
                if (et == PidBpdu)
                {
                    Stp.Print(ref f, p, length);
                    return true;
                }
                if (et is 0x0001 or 0x0007)
                {
                    // bridged Ethernet: skip the pad, then a whole Ethernet frame
                    if (!LocalTrunc.Check(ref f, p, bridgePad)) return true;
                    Ethernet.Print(ref f, p + bridgePad, length - bridgePad, caplen - bridgePad);
                    return true;
                }
                break;
        }
        if (!f.Opt.LinkHeader)
        {
            if (src >= 0 && dst >= 0) { MacPrint(ref f, src); o.Write(" > "u8); MacPrint(ref f, dst); o.Char(' '); }
            if (oui == 0)
            {
                o.Write("SNAP, ethertype "u8); EtherType.Names.Print(o, (uint)et, "Unknown");
                o.Write(" (0x"u8); o.Hex((uint)et, 4); o.Write("), length "u8); o.Dec((uint)length); o.Write(": "u8);
            }
            else
            {
                o.Write("SNAP, oui "u8); Oui.Names.Print(o, oui, "Unknown");
                o.Write(" (0x"u8); o.Hex(oui, 6); o.Write("), pid "u8);
                PidNames(oui).Print(o, (uint)et, "Unknown");
                o.Write(" (0x"u8); o.Hex((uint)et, 4); o.Write("), length "u8); o.Dec((uint)length); o.Write(": "u8);
            }
        }
        return false;
    }
}
