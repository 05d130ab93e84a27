namespace Wirecap.Print;

/// <summary>
/// Linux vsock monitor frames (print-vsock.c; link type 271). Every field is little-endian: the
/// af_vsockmon header, then the transport's own header (only virtio's is known), then the payload.
/// <code>
/// af_vsockmon (32): src cid(64) dst cid(64) src port(32) dst port(32) op(16) transport(16) hdr len(16) rsvd(16)
/// virtio (44):      src cid(64) dst cid(64) src port(32) dst port(32) len(32) type(16) op(16)
///                   flags(32) buf_alloc(32) fwd_cnt(32)
/// </code>
/// </summary>
public static class Vsock
{
    private const int MonHeaderLength = 32, VirtioHeaderLength = 44;
    private const int TransportVirtio = 2, OpPayload = 4;

    private static readonly Tok Transports = new((0, "UNKNOWN"), (1, "NO_INFO"), (TransportVirtio, "VIRTIO"));
    private static readonly Tok MonOps = new((0, "UNKNOWN"), (1, "CONNECT"), (2, "DISCONNECT"), (3, "CONTROL"), (OpPayload, "PAYLOAD"));
    private static readonly Tok VirtioTypes = new((1, "STREAM"));
    private static readonly Tok VirtioOps = new(
        (0, "INVALID"), (1, "REQUEST"), (2, "RESPONSE"), (3, "RST"), (4, "SHUTDOWN"), (5, "RW"), (6, "CREDIT UPDATE"), (7, "CREDIT REQUEST"));

    /// <summary>vsock_if_print.</summary>
    public static void IfPrint(ref Frame f)
    {
        f.Proto = "vsock";
        int caplen = f.Data.Length;
        if (caplen < MonHeaderLength) { f.PrintTrunc(); f.LinkHeaderLength += caplen; return; }
        f.LinkHeaderLength += MonHeaderLength;

        var o = f.Out;
        int transport = f.U16LE(26);
        Transports.Print(o, (uint)transport, "Invalid transport (%u)");
        int transportLength = transport == TransportVirtio ? VirtioHeaderLength : 0;
        bool transportTruncated = false;
        if (f.Opt.Verbose > 0)
        {
            // the transport header is printed only when it was captured whole
            transportTruncated = caplen < MonHeaderLength + transportLength;
            if (!transportTruncated)
            {
                if (transport == TransportVirtio) VirtioPrint(ref f, MonHeaderLength);
                o.Write("\n\t"u8);
            }
        }
        else o.Char(' ');

        o.Dec(U64LE(ref f, 0)); o.Char('.'); o.Dec(f.U32LE(16));
        o.Write(" > "u8);
        o.Dec(U64LE(ref f, 8)); o.Char('.'); o.Dec(f.U32LE(20));
        o.Char(' ');
        int op = f.U16LE(24);
        MonOps.Print(o, (uint)op, " invalid op (%u)");
        o.Write(", length "u8); o.Dec(caplen);
        if (transportTruncated) { f.PrintTrunc(); return; }

        int headers = MonHeaderLength + transportLength;
        if (f.Opt.Verbose > 1 && op == OpPayload)
        {
            if (caplen <= headers) { f.PrintTrunc(); return; }
            o.Char('\n');
            HexDump.UnknownData(ref f, headers, "\t"u8, caplen - headers);
        }
    }

    private static ulong U64LE(ref Frame f, int off) => f.U32LE(off) | (ulong)f.U32LE(off + 4) << 32;

    /// <summary>vsock_virtio_hdr_print: " (len, type, op, flags, buf_alloc, fwd_cnt)".</summary>
    private static void VirtioPrint(ref Frame f, int h)
    {
        var o = f.Out;
        o.Write(" (len "u8); o.Dec(f.U32LE(h + 24));
        o.Write(", type "u8); VirtioTypes.Print(o, f.U16LE(h + 28), "Invalid type (%hu)");
        o.Write(", op "u8); VirtioOps.Print(o, f.U16LE(h + 30), "Invalid op (%hu)");
        o.Write(", flags "u8); o.Hex(f.U32LE(h + 32));
        o.Write(", buf_alloc "u8); o.Dec(f.U32LE(h + 36));
        o.Write(", fwd_cnt "u8); o.Dec(f.U32LE(h + 40));
        o.Char(')');
    }
}
