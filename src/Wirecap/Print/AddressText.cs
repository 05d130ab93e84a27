using System.Buffers.Text;

namespace Wirecap.Print;

/// <summary>Address formatting shared by the printers and the name resolver.</summary>
public static class AddressText
{
    /// <summary>
    /// Writes an IPv6 address into dst (at least 46 bytes) the way tcpdump's addrtostr6 does:
    /// the first longest run of two or more zero words becomes "::", and ::a.b.c.d / ::ffff:a.b.c.d
    /// keep the IPv4 dotted quad. Returns the bytes written.
    /// </summary>
    public static int FormatIPv6(ReadOnlySpan<byte> a, Span<byte> dst)
    {
        Span<ushort> words = stackalloc ushort[8];
        for (int i = 0; i < 8; i++)
            words[i] = (ushort)(a[2 * i] << 8 | a[2 * i + 1]);

        int bestBase = -1, bestLen = 0, curBase = -1, curLen = 0;
        for (int i = 0; i < 8; i++)
        {
            if (words[i] == 0)
            {
                if (curBase == -1) { curBase = i; curLen = 1; }
                else curLen++;
            }
            else if (curBase != -1)
            {
                if (bestBase == -1 || curLen > bestLen) { bestBase = curBase; bestLen = curLen; }
                curBase = -1;
            }
        }
        if (curBase != -1 && (bestBase == -1 || curLen > bestLen)) { bestBase = curBase; bestLen = curLen; }
        if (bestBase != -1 && bestLen < 2) bestBase = -1;

        int p = 0;
        for (int i = 0; i < 8; i++)
        {
            if (bestBase != -1 && i >= bestBase && i < bestBase + bestLen)
            {
                if (i == bestBase) dst[p++] = (byte)':';
                continue;
            }
            if (i != 0) dst[p++] = (byte)':';
            if (i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && words[5] == 0xffff)))
            {
                for (int k = 12; k < 16; k++)
                {
                    if (k > 12) dst[p++] = (byte)'.';
                    Utf8Formatter.TryFormat(a[k], dst[p..], out int n);
                    p += n;
                }
                return p;
            }
            Utf8Formatter.TryFormat(words[i], dst[p..], out int m, new System.Buffers.StandardFormat('x'));
            p += m;
        }
        if (bestBase != -1 && bestBase + bestLen == 8) dst[p++] = (byte)':';
        return p;
    }
}
