using System.Runtime.InteropServices;

namespace Wirecap.Capture;

/// <summary>Network interfaces as libpcap's pcap_findalldevs reports them on Linux: name, description, flags, in its order.</summary>
public static class Interfaces
{
    [Flags]
    public enum DeviceFlags : uint
    {
        None = 0, Loopback = 1, Up = 2, Running = 4, Wireless = 8,
        StatusMask = 0x30, Connected = 0x10, Disconnected = 0x20, NotApplicable = 0x30,
    }

    public sealed record Device(string Name, string? Description, DeviceFlags Flags);

    private const string SysNet = "/sys/class/net";

    /// <summary>The ARPHRD_ hardware type of a device (/sys/class/net/NAME/type), or -1.</summary>
    public static int HardwareType(string device) => ReadNumber($"{SysNet}/{device}/type");

    private static int ReadNumber(string path)
    {
        try
        {
            var text = File.ReadAllText(path).Trim();
            return text.StartsWith("0x") ? Convert.ToInt32(text[2..], 16) : int.Parse(text);
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException) { return -1; }
    }

    /// <summary>if_indextoname: the name of an interface index, or null.</summary>
    public static unsafe string? NameOf(int index)
    {
        byte* buf = stackalloc byte[16];
        var p = Native.if_indextoname((uint)index, buf);
        if (p == null) return null;
        int n = 0;
        while (n < 16 && buf[n] != 0) n++;
        return System.Text.Encoding.ASCII.GetString(buf, n);
    }

    /// <summary>
    /// The capture devices in pcap_findalldevs's order: each interface by index, sorted (stably) by
    /// libpcap's figure of merit — running, up, connected, not loopback first — with "any" placed by
    /// the same rule; then the pseudo-devices tcpdump 4.99.3's libpcap lists after them (Bluetooth
    /// monitor, netfilter's nflog/nfqueue where the kernel has netlink netfilter, D-Bus), so that -D
    /// prints what tcpdump prints, although Wirecap cannot capture on them.
    /// </summary>
    public static List<Device> List()
    {
        var devices = new List<(int Index, Device Dev)>();
        string[] names;
        try { names = Directory.GetDirectories(SysNet).Select(Path.GetFileName).OfType<string>().ToArray(); }
        catch (IOException) { names = []; }
        foreach (var name in names)
        {
            int ifFlags = InterfaceFlags(name);
            if (ifFlags < 0) continue;
            var flags = DeviceFlags.None;
            if ((ifFlags & 0x1) != 0) flags |= DeviceFlags.Up;
            if ((ifFlags & 0x40) != 0) flags |= DeviceFlags.Running;
            if ((ifFlags & 0x8) != 0) flags |= DeviceFlags.Loopback;
            flags |= ConnectionStatus(name, flags);
            devices.Add((ReadNumber($"{SysNet}/{name}/ifindex"), new Device(name, null, flags)));
        }
        devices.Sort((a, b) => a.Index.CompareTo(b.Index));
        var result = new List<Device>();
        foreach (var (_, d) in devices) Insert(result, d);
        Insert(result, new Device("any", "Pseudo-device that captures on all interfaces", DeviceFlags.Up | DeviceFlags.Running | DeviceFlags.NotApplicable));
        Insert(result, new Device("bluetooth-monitor", "Bluetooth Linux Monitor", DeviceFlags.Wireless | DeviceFlags.NotApplicable));
        if (HasNetlinkNetfilter())
        {
            Insert(result, new Device("nflog", "Linux netfilter log (NFLOG) interface", DeviceFlags.NotApplicable));
            Insert(result, new Device("nfqueue", "Linux netfilter queue (NFQUEUE) interface", DeviceFlags.NotApplicable));
        }
        Insert(result, new Device("dbus-system", "D-Bus system bus", DeviceFlags.NotApplicable));
        Insert(result, new Device("dbus-session", "D-Bus session bus", DeviceFlags.NotApplicable));
        return result;
    }

    /// <summary>libpcap lists nflog/nfqueue unless a NETLINK_NETFILTER socket is refused as unsupported.</summary>
    private static bool HasNetlinkNetfilter()
    {
        int sock = Native.socket(16, 3 | Native.SOCK_CLOEXEC, 12);   // AF_NETLINK, SOCK_RAW, NETLINK_NETFILTER
        if (sock < 0) return Marshal.GetLastPInvokeError() is not (97 or 93);   // EAFNOSUPPORT, EPROTONOSUPPORT
        Native.close(sock);
        return true;
    }

    private static void Insert(List<Device> list, Device d)
    {
        uint merit = Merit(d);
        int at = list.FindIndex(x => Merit(x) > merit);
        if (at < 0) list.Add(d); else list.Insert(at, d);
    }

    private static uint Merit(Device d)
    {
        uint n = 0;
        if ((d.Flags & DeviceFlags.Running) == 0) n |= 0x80000000;
        if ((d.Flags & DeviceFlags.Up) == 0) n |= 0x40000000;
        if ((d.Flags & DeviceFlags.Wireless) == 0 && (d.Flags & DeviceFlags.StatusMask) == DeviceFlags.Disconnected) n |= 0x20000000;
        if ((d.Flags & DeviceFlags.Loopback) != 0) n |= 0x10000000;
        if (d.Name == "any") n |= 0x08000000;
        return n;
    }

    /// <summary>SIOCGIFFLAGS: the kernel's view, with IFF_RUNNING (which /sys/class/net/NAME/flags lacks); -1 on failure.</summary>
    private static unsafe int InterfaceFlags(string name)
    {
        int sock = Native.socket(2, 2 | Native.SOCK_CLOEXEC, 0);
        if (sock < 0) return -1;
        try
        {
            byte* ifr = stackalloc byte[40];
            new Span<byte>(ifr, 40).Clear();
            var bytes = System.Text.Encoding.ASCII.GetBytes(name);
            for (int i = 0; i < Math.Min(bytes.Length, 15); i++) ifr[i] = bytes[i];
            if (Native.ioctl(sock, 0x8913, ifr) == -1) return -1;
            return *(ushort*)(ifr + 16);
        }
        finally { Native.close(sock); }
    }

    /// <summary>libpcap's get_if_flags: loopback is "not applicable"; otherwise ETHTOOL_GLINK says connected or not.</summary>
    private static unsafe DeviceFlags ConnectionStatus(string name, DeviceFlags flags)
    {
        if ((flags & DeviceFlags.Loopback) != 0 || HardwareType(name) == 772) return DeviceFlags.NotApplicable;
        int sock = Native.socket(2, 2 | Native.SOCK_CLOEXEC, 0);
        if (sock < 0) return DeviceFlags.None;
        try
        {
            // struct ifreq: char name[16]; void* ifr_data; ... (40 bytes). struct ethtool_value: u32 cmd, u32 data.
            byte* ifr = stackalloc byte[40];
            new Span<byte>(ifr, 40).Clear();
            var bytes = System.Text.Encoding.ASCII.GetBytes(name);
            for (int i = 0; i < Math.Min(bytes.Length, 15); i++) ifr[i] = bytes[i];
            uint* value = stackalloc uint[2];
            value[0] = 0x0000000a;   // ETHTOOL_GLINK
            value[1] = 0;
            *(nint*)(ifr + 16) = (nint)value;
            if (Native.ioctl(sock, 0x8946, ifr) == -1)   // SIOCETHTOOL
            {
                int errno = Marshal.GetLastPInvokeError();
                return errno is 95 or 22 ? DeviceFlags.NotApplicable : DeviceFlags.None;   // EOPNOTSUPP, EINVAL
            }
            return value[1] != 0 ? DeviceFlags.Connected : DeviceFlags.Disconnected;
        }
        finally { Native.close(sock); }
    }

    private static readonly (DeviceFlags Flag, string Name)[] StatusNames =
        [(DeviceFlags.Up, "Up"), (DeviceFlags.Running, "Running"), (DeviceFlags.Loopback, "Loopback"), (DeviceFlags.Wireless, "Wireless")];

    /// <summary>One line of tcpdump -D: "N.name (description) [Up, Running, Connected]".</summary>
    public static string Format(int number, Device d)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(number).Append('.').Append(d.Name);
        if (d.Description != null) sb.Append(" (").Append(d.Description).Append(')');
        if (d.Flags != 0)
        {
            sb.Append(" [");
            var names = StatusNames.Where(s => (d.Flags & s.Flag) != 0).Select(s => s.Name).ToList();
            sb.Append(names.Count == 0 ? "none" : string.Join(", ", names));
            var status = d.Flags & DeviceFlags.StatusMask;
            if ((d.Flags & DeviceFlags.Wireless) != 0)
                sb.Append(status switch { DeviceFlags.None => ", Association status unknown", DeviceFlags.Connected => ", Associated", DeviceFlags.Disconnected => ", Not associated", _ => "" });
            else
                sb.Append(status switch { DeviceFlags.None => ", Connection status unknown", DeviceFlags.Connected => ", Connected", DeviceFlags.Disconnected => ", Disconnected", _ => "" });
            sb.Append(']');
        }
        return sb.ToString();
    }
}
