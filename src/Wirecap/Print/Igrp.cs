namespace Wirecap.Print;

/// <summary>
/// Cisco Interior Gateway Routing Protocol (print-igrp.c, IP protocol 9).
/// <code>
/// | version:4 opcode:4 | edition | AS (2) | #interior (2) | #system (2) | #exterior (2) | checksum (2) |
/// then 14-byte routes, interior first, then system, then exterior:
/// | network (3) | delay (3) | bandwidth (3) | MTU (2) | reliability | load | hop count |
/// </code>
/// A missing byte ends the packet with " [|igrp]" (GET_ macros, no local trunc label).
/// </summary>
public static class Igrp
{
    private const int HeaderLength = 12, RouteLength = 14;

    private static readonly Tok Opcodes = new((1, "update"), (2, "request"));

    /// <summary>igrp_print: p is the IGRP header, length what the IP header says follows.</summary>
    public static void Print(ref Frame f, int p, int length)
    {
        f.Proto = "igrp";
        var o = f.Out;
        o.Write("igrp:"u8);

        int nint = f.U16(p + 4), nsys = f.U16(p + 6), next = f.U16(p + 8);
        if (f.Truncated || !f.Need(p, 4)) return;
        int vop = f.Data[p];
        o.Char(' '); Opcodes.Print(o, (uint)(vop & 0x0f), "op-#%u");
        o.Write(" V"u8); o.Dec(vop >> 4);
        o.Write(" edit="u8); o.Dec(f.Data[p + 1]);
        o.Write(" AS="u8); o.Dec(f.U16(p + 2));
        o.Write(" ("u8); o.Dec(nint); o.Char('/'); o.Dec(nsys); o.Char('/'); o.Dec(next); o.Char(')');
        int cksum = f.U16(p + 10);
        if (f.Truncated) return;
        if (f.Opt.Verbose > 0) { o.Write(" checksum=0x"u8); o.Hex((uint)cksum, 4); }

        // a length below the header wraps, as in tcpdump, and the routes run to the capture's end
        uint left = unchecked((uint)length - HeaderLength);
        int r = p + HeaderLength;
        while (left >= RouteLength)
        {
            if (!f.Need(r, 3)) return;
            byte n0 = f.Data[r], n1 = f.Data[r + 1], n2 = f.Data[r + 2];
            if (nint > 0)
            {
                o.Write(" *."u8); o.Dec(n0); o.Char('.'); o.Dec(n1); o.Char('.'); o.Dec(n2);
                nint--;
            }
            else if (nsys > 0)
            {
                o.Char(' '); o.Dec(n0); o.Char('.'); o.Dec(n1); o.Char('.'); o.Dec(n2); o.Write(".0"u8);
                nsys--;
            }
            else if (next > 0)
            {
                o.Write(" X"u8); o.Dec(n0); o.Char('.'); o.Dec(n1); o.Char('.'); o.Dec(n2); o.Write(".0"u8);
                next--;
            }
            else
            {
                o.Write(" [extra bytes "u8); o.Dec(left); o.Char(']');
                break;
            }
            if (!RoutePrint(ref f, r)) return;
            r += RouteLength;
            left -= RouteLength;
        }
        if (nint != 0 || nsys != 0 || next != 0 || left != 0) o.Write(" (invalid)"u8);
    }

    /// <summary>igrp_entry_print: the metric parts of one route; false when the capture ends inside it.</summary>
    private static bool RoutePrint(ref Frame f, int r)
    {
        var o = f.Out;
        if (!f.Need(r + 3, RouteLength - 3)) return false;
        uint delay = f.U24(r + 3), bandwidth = f.U24(r + 6);
        // the composite metric, capped at 24 bits
        uint metric = Math.Min(bandwidth + delay, 0xffffff);
        o.Write(" d="u8); o.Dec(unchecked(10 * delay));
        o.Write(" b="u8); o.Dec(bandwidth == 0 ? 0 : 10000000 / bandwidth);
        o.Write(" r="u8); o.Dec(f.Data[r + 11]);
        o.Write(" l="u8); o.Dec(f.Data[r + 12]);
        o.Write(" M="u8); o.Dec(metric);
        o.Write(" mtu="u8); o.Dec(f.U16(r + 9));
        o.Write(" in "u8); o.Dec(f.Data[r + 13]); o.Write(" hops"u8);
        return true;
    }
}
