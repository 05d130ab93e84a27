using System.Buffers.Binary;

namespace Wirecap.Print;

/// <summary>The Internet checksum (RFC 1071, tcpdump's in_cksum) and the IPv4/IPv6 pseudo-header sums.</summary>
public static class Checksum
{
    /// <summary>The ones' complement sum of data as 16-bit big-endian words (odd tail padded with zero), not folded.</summary>
    public static ulong Sum(ReadOnlySpan<byte> data, ulong sum = 0)
    {
        int i = 0;
        for (; i + 4 <= data.Length; i += 4) sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        for (; i + 2 <= data.Length; i += 2) sum += BinaryPrimitives.ReadUInt16BigEndian(data[i..]);
        if (i < data.Length) sum += (ulong)data[i] << 8;
        return sum;
    }

    /// <summary>Folds a sum to 16 bits and complements it: 0 means the data (with its checksum field) verifies.</summary>
    public static ushort Finish(ulong sum)
    {
        while (sum >> 16 != 0) sum = (sum & 0xffff) + (sum >> 16);
        return (ushort)~sum;
    }

    /// <summary>in_cksum over data: 0 when the data, checksum field included, is correct.</summary>
    public static ushort Compute(ReadOnlySpan<byte> data) => Finish(Sum(data));

    /// <summary>The IPv4 pseudo-header sum: source, destination, protocol, length.</summary>
    public static ulong PseudoV4(ReadOnlySpan<byte> src, ReadOnlySpan<byte> dst, int proto, int length)
        => Sum(src) + Sum(dst) + (ulong)proto + (ulong)(uint)length;

    /// <summary>The IPv6 pseudo-header sum: source, destination, upper-layer length, next header.</summary>
    public static ulong PseudoV6(ReadOnlySpan<byte> src, ReadOnlySpan<byte> dst, int nextHeader, int length)
        => Sum(src) + Sum(dst) + (ulong)(uint)length + (ulong)nextHeader;

    /// <summary>in_cksum_shouldbe: the checksum value that would have been correct, given the field and the computed sum.</summary>
    public static ushort ShouldBe(ushort field, ushort computed)
    {
        int shouldbe = field;
        shouldbe += computed;   // computed is ~sum, so field + computed adjusts the field by the error
        shouldbe = (shouldbe & 0xFFFF) + (shouldbe >> 16);
        shouldbe = (shouldbe & 0xFFFF) + (shouldbe >> 16);
        return (ushort)shouldbe;
    }
}
