using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Wirecap.Print;

/// <summary>getnameinfo(3) from the C library, for reverse lookups that follow the system's nsswitch.</summary>
internal static partial class NativeResolver
{
    private const int NiNameReqd = 8;
    private const ushort AfInet = 2, AfInet6 = 10;

    [LibraryImport("libc", EntryPoint = "getnameinfo")]
    private static unsafe partial int GetNameInfo(byte* sa, uint salen, byte* host, uint hostlen, byte* serv, uint servlen, int flags);

    /// <summary>The host name for a 4- or 16-byte address, or null when there is none.</summary>
    public static unsafe string? NameOf(byte[] address)
    {
        Span<byte> sa = stackalloc byte[28];
        sa.Clear();
        uint len;
        if (address.Length == 4)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(sa, AfInet);
            address.CopyTo(sa[4..]);
            len = 16;
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(sa, AfInet6);
            address.CopyTo(sa[8..]);
            len = 28;
        }
        byte* host = stackalloc byte[1025];
        fixed (byte* p = sa)
        {
            if (GetNameInfo(p, len, host, 1025, null, 0, NiNameReqd) != 0) return null;
        }
        int n = 0;
        while (n < 1025 && host[n] != 0) n++;
        return Encoding.ASCII.GetString(host, n);
    }
}
