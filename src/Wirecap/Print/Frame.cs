using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Wirecap.Print;

/// <summary>
/// One captured packet as the printers see it: the bytes, the current snapshot end, and the run's
/// output and state. Every read is bounds-checked against <see cref="End"/>. A read past it does
/// what tcpdump's GET_ macros do: the packet's text stops there and ends with " [|proto]", where
/// proto is <see cref="Proto"/> at the moment of the failure. Instead of a longjmp the frame
/// records the failure, freezes the output and returns zero; a printer that loops on packet data
/// must check <see cref="Truncated"/> so that it stops too.
/// </summary>
public ref struct Frame
{
    /// <summary>The captured bytes (caplen of them).</summary>
    public readonly ReadOnlySpan<byte> Data;
    /// <summary>The snapshot end in force: reads at or past it fail. Printers narrow it to a header's length.</summary>
    public int End;
    /// <summary>The protocol being printed, for the truncation marker.</summary>
    public string Proto;
    /// <summary>The length of the packet on the wire.</summary>
    public readonly int WireLength;
    /// <summary>The link-layer header length, set by the link printer (tcpdump's ndo_ll_hdr_len).</summary>
    public int LinkHeaderLength;
    public bool Truncated;
    public string? TruncatedProto;

    public readonly TextOut Out;
    public PrintOptions Opt;   // settable: a printer may decode nested data at another verbosity
    public readonly PrintContext Ctx;

    public Frame(ReadOnlySpan<byte> data, int wireLength, PrintContext ctx)
    {
        Data = data;
        End = data.Length;
        WireLength = wireLength;
        Proto = "";
        Ctx = ctx;
        Out = ctx.Out;
        Opt = ctx.Options;
    }

    /// <summary>Records the truncation (first one wins) and freezes the output.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Trunc()
    {
        if (Truncated) return;
        Truncated = true;
        TruncatedProto = Proto;
        Out.Freeze();
    }

    /// <summary>tcpdump's nd_print_trunc: " [|proto]" printed now, without ending the packet.</summary>
    public void PrintTrunc()
    {
        Out.Write(" [|"u8);
        Out.Write(Proto);
        Out.Char(']');
    }

    /// <summary>ND_TTEST_LEN: are len bytes at off inside the snapshot?</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool Has(int off, int len) => off >= 0 && len >= 0 && (long)off + len <= End;

    /// <summary>ND_TCHECK_LEN: like <see cref="Has"/>, but a miss truncates the packet.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Need(int off, int len)
    {
        if (Has(off, len)) return true;
        Trunc();
        return false;
    }

    /// <summary>
    /// nd_print_invalid and then ND_TCHECK_LEN over the rest: " (invalid)", and the packet ends
    /// truncated when the len bytes at off were not all captured.
    /// </summary>
    public void Invalid(int off, long len)
    {
        Out.Write(" (invalid)"u8);
        Need(off, (int)Math.Clamp(len, 0, int.MaxValue));
    }

    /// <summary>Bytes from off to the snapshot end (0 when off is past it).</summary>
    public readonly int Available(int off) => off >= End ? 0 : End - off;

    /// <summary>nd_push_snaplen: narrow the snapshot end to off+len; returns the old end for <see cref="PopEnd"/>.</summary>
    public int PushEnd(int off, int len)
    {
        int old = End;
        long e = (long)off + len;
        if (e < End) End = (int)Math.Max(e, 0);
        return old;
    }

    public void PopEnd(int old) => End = old;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte U8(int off)
    {
        if ((uint)off < (uint)End) return Data[off];
        Trunc();
        return 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ushort U16(int off)
    {
        if (off >= 0 && off <= End - 2) return BinaryPrimitives.ReadUInt16BigEndian(Data.Slice(off, 2));
        Trunc();
        return 0;
    }

    public uint U24(int off)
    {
        if (off >= 0 && off <= End - 3) return (uint)(Data[off] << 16 | Data[off + 1] << 8 | Data[off + 2]);
        Trunc();
        return 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint U32(int off)
    {
        if (off >= 0 && off <= End - 4) return BinaryPrimitives.ReadUInt32BigEndian(Data.Slice(off, 4));
        Trunc();
        return 0;
    }

    public ulong U64(int off)
    {
        if (off >= 0 && off <= End - 8) return BinaryPrimitives.ReadUInt64BigEndian(Data.Slice(off, 8));
        Trunc();
        return 0;
    }

    public ushort U16LE(int off)
    {
        if (off >= 0 && off <= End - 2) return BinaryPrimitives.ReadUInt16LittleEndian(Data.Slice(off, 2));
        Trunc();
        return 0;
    }

    public uint U32LE(int off)
    {
        if (off >= 0 && off <= End - 4) return BinaryPrimitives.ReadUInt32LittleEndian(Data.Slice(off, 4));
        Trunc();
        return 0;
    }

    /// <summary>len bytes at off, or an empty span (and truncation) when they are not all captured.</summary>
    public ReadOnlySpan<byte> Bytes(int off, int len)
    {
        if (Has(off, len)) return Data.Slice(off, len);
        Trunc();
        return default;
    }

    /// <summary>GET_IPADDR_STRING: the IPv4 address at off as names print it; a miss truncates the packet.</summary>
    public void IPv4At(int off)
    {
        var a = Bytes(off, 4);
        if (!Truncated) Ctx.Names.IPv4(Out, a);
    }

    /// <summary>GET_IP6ADDR_STRING: the IPv6 address at off as names print it; a miss truncates the packet.</summary>
    public void IPv6At(int off)
    {
        var a = Bytes(off, 16);
        if (!Truncated) Ctx.Names.IPv6(Out, a);
    }

    /// <summary>Bytes from off up to the snapshot end, without truncating.</summary>
    public readonly ReadOnlySpan<byte> Rest(int off) => off >= End ? default : Data[off..End];
}
