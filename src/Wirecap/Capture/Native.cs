using System.Runtime.InteropServices;

namespace Wirecap.Capture;

/// <summary>The few libc calls AF_PACKET capture needs, with blittable signatures.</summary>
internal static unsafe partial class Native
{
    private const string Libc = "libc.so.6";

    public const int AF_PACKET = 17, SOCK_RAW = 3, SOCK_DGRAM = 2, SOCK_CLOEXEC = 0x80000;
    public const int SOL_SOCKET = 1, SOL_PACKET = 263;
    public const int SO_ERROR = 4, SO_ATTACH_FILTER = 26;
    public const int PACKET_ADD_MEMBERSHIP = 1, PACKET_RX_RING = 5, PACKET_STATISTICS = 6, PACKET_VERSION = 10,
        PACKET_HDRLEN = 11, PACKET_RESERVE = 12;
    public const int TPACKET_V3 = 2, PACKET_MR_PROMISC = 1;
    public const ushort ETH_P_ALL_BE = 0x0300;
    public const int PROT_READ = 1, PROT_WRITE = 2, MAP_SHARED = 1;
    public const short POLLIN = 1;
    public const int EFD_NONBLOCK = 0x800, EFD_CLOEXEC = 0x80000;
    public const int EINTR = 4, EPERM = 1, EACCES = 13, ENODEV = 19, ENETDOWN = 100, ENXIO = 6;

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd { public int Fd; public short Events; public short REvents; }

    [LibraryImport(Libc, SetLastError = true)] public static partial int socket(int domain, int type, int protocol);
    [LibraryImport(Libc, SetLastError = true)] public static partial int setsockopt(int fd, int level, int name, void* value, uint len);
    [LibraryImport(Libc, SetLastError = true)] public static partial int getsockopt(int fd, int level, int name, void* value, uint* len);
    [LibraryImport(Libc, SetLastError = true)] public static partial int bind(int fd, void* addr, uint len);
    [LibraryImport(Libc, SetLastError = true)] public static partial nint mmap(nint addr, nuint len, int prot, int flags, int fd, nint off);
    [LibraryImport(Libc, SetLastError = true)] public static partial int munmap(nint addr, nuint len);
    [LibraryImport(Libc, SetLastError = true)] public static partial int poll(PollFd* fds, nuint n, int timeout);
    [LibraryImport(Libc, SetLastError = true)] public static partial int close(int fd);
    [LibraryImport(Libc, SetLastError = true)] public static partial int eventfd(uint initval, int flags);
    [LibraryImport(Libc, SetLastError = true)] public static partial nint write(int fd, void* buf, nuint count);
    [LibraryImport(Libc, SetLastError = true)] public static partial nint read(int fd, void* buf, nuint count);
    [LibraryImport(Libc, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)] public static partial uint if_nametoindex(string name);
    [LibraryImport(Libc, SetLastError = true)] public static partial byte* if_indextoname(uint index, byte* name);
    [LibraryImport(Libc)] public static partial byte* strerror(int errnum);
    [LibraryImport(Libc, SetLastError = true)] public static partial int ioctl(int fd, nuint request, void* arg);

    public static string StrError(int errno) => Marshal.PtrToStringUTF8((nint)strerror(errno)) ?? $"errno {errno}";
}
