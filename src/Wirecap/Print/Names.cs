using System.Net;
using System.Text;

namespace Wirecap.Print;

/// <summary>
/// tcpdump's addrtoname.c: host and port names when -n is not given, each answer cached for the
/// run so that a million packets cost one lookup per distinct address. Hosts come from
/// /etc/hosts (first name for an address, as gethostbyaddr answers from files); ports from
/// /etc/services (the first entry for a port and protocol wins).
/// </summary>
public sealed class Names
{
    private readonly PrintOptions _opt;
    private Dictionary<uint, byte[]>? _v4;
    private Dictionary<UInt128, byte[]>? _v6;
    private Dictionary<int, byte[]>? _tcpPorts, _udpPorts;
    private Dictionary<uint, string>? _hostsV4;
    private Dictionary<UInt128, string>? _hostsV6;
    private Dictionary<ulong, byte[]>? _ethers;
    private readonly string _hostsPath, _servicesPath;

    public Names(PrintOptions options, string hostsPath = "/etc/hosts", string servicesPath = "/etc/services")
    {
        _opt = options;
        _hostsPath = hostsPath;
        _servicesPath = servicesPath;
    }

    /// <summary>ipaddr_string: a name, or the dotted quad.</summary>
    public void IPv4(TextOut o, ReadOnlySpan<byte> a)
    {
        if (!_opt.Resolve) { o.IPv4(a); return; }
        o.Write(IPv4Text(a));
    }

    /// <summary>ipaddr_string printed with %*s: right-justified in a field of width characters.</summary>
    public void IPv4Padded(TextOut o, ReadOnlySpan<byte> a, int width)
    {
        if (!_opt.Resolve)
        {
            int len = 3;
            for (int i = 0; i < 4; i++) len += a[i] >= 100 ? 3 : a[i] >= 10 ? 2 : 1;
            o.Spaces(width - len);
            o.IPv4(a);
            return;
        }
        var text = IPv4Text(a);
        o.Spaces(width - text.Length);
        o.Write(text);
    }

    private byte[] IPv4Text(ReadOnlySpan<byte> a)
    {
        uint key = (uint)(a[0] << 24 | a[1] << 16 | a[2] << 8 | a[3]);
        _v4 ??= new();
        if (!_v4.TryGetValue(key, out var text))
        {
            LoadHosts();
            var name = _hostsV4!.TryGetValue(key, out var h) ? h : ReverseLookup(a);
            text = Encoding.ASCII.GetBytes(name != null ? Strip(name) : new IPAddress(a).ToString());
            _v4[key] = text;
        }
        return text;
    }

    /// <summary>ip6addr_string: a name, or the address in addrtostr6's form.</summary>
    public void IPv6(TextOut o, ReadOnlySpan<byte> a)
    {
        if (!_opt.Resolve) { o.IPv6(a); return; }
        var key = new UInt128(System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(a), System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(a[8..]));
        _v6 ??= new();
        if (!_v6.TryGetValue(key, out var text))
        {
            LoadHosts();
            var name = _hostsV6!.TryGetValue(key, out var h) ? h : ReverseLookup(a);
            if (name != null) text = Encoding.ASCII.GetBytes(Strip(name));
            else
            {
                Span<byte> buf = stackalloc byte[46];
                text = buf[..AddressText.FormatIPv6(a, buf)].ToArray();
            }
            _v6[key] = text;
        }
        o.Write(text);
    }

    /// <summary>etheraddr_string: xx:xx:xx:xx:xx:xx, and without -n the OUI's name.</summary>
    public void Mac(TextOut o, ReadOnlySpan<byte> a)
    {
        if (_opt.Resolve)
        {
            // the one name tcpdump wires in, then ether_ntohost's /etc/ethers
            if (a.IndexOfAnyExcept((byte)0xff) < 0) { o.Write("Broadcast"u8); return; }
            var ethers = _ethers ??= LoadEthers();
            if (ethers.Count != 0 && ethers.TryGetValue(MacKey(a), out var name)) { o.Write(name); return; }
        }
        o.Mac(a);
        if (_opt.Resolve)
        {
            o.Write(" (oui "u8);
            Oui.Names.Print(o, (uint)(a[0] << 16 | a[1] << 8 | a[2]), "Unknown");
            o.Char(')');
        }
    }

    /// <summary>tcpport_string.</summary>
    public void TcpPort(TextOut o, int port) => Port(o, port, tcp: true);

    /// <summary>udpport_string.</summary>
    public void UdpPort(TextOut o, int port) => Port(o, port, tcp: false);

    private void Port(TextOut o, int port, bool tcp)
    {
        if (!_opt.Resolve) { o.Dec((uint)port); return; }
        LoadServices();
        var table = tcp ? _tcpPorts! : _udpPorts!;
        if (table.TryGetValue(port, out var name)) o.Write(name);
        else o.Dec((uint)port);
    }

    /// <summary>How long one reverse lookup may take before the run stops asking the resolver.</summary>
    private static readonly TimeSpan LookupTimeout = TimeSpan.FromSeconds(2);
    private bool _resolverDead;

    /// <summary>
    /// Reverse DNS through the C library (getnameinfo with NI_NAMEREQD, as tcpdump's gethostbyaddr:
    /// the same nsswitch order), on a worker thread with a deadline. The first lookup that misses
    /// its deadline turns lookups off for the rest of the run, so a machine without a resolver
    /// costs at most one timeout.
    /// </summary>
    private string? ReverseLookup(ReadOnlySpan<byte> address)
    {
        if (_resolverDead) return null;
        var copy = address.ToArray();
        var task = Task.Run(() => NativeResolver.NameOf(copy));
        if (!task.Wait(LookupTimeout))
        {
            _resolverDead = true;
            return null;
        }
        return task.Result;
    }

    private string Strip(string name)
    {
        if (!_opt.StripDomain) return name;
        int dot = name.IndexOf('.');
        return dot >= 0 ? name[..dot] : name;
    }

    private void LoadHosts()
    {
        if (_hostsV4 != null) return;
        _hostsV4 = new();
        _hostsV6 = new();
        foreach (var line in ReadLines(_hostsPath))
        {
            var words = Words(line);
            if (words.Length < 2 || !IPAddress.TryParse(words[0], out var addr)) continue;
            var bytes = addr.GetAddressBytes();
            if (bytes.Length == 4)
            {
                uint key = (uint)(bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3]);
                _hostsV4.TryAdd(key, words[1]);
            }
            else
            {
                var key = new UInt128(System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes), System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan(8)));
                _hostsV6.TryAdd(key, words[1]);
            }
        }
    }

    private void LoadServices()
    {
        if (_tcpPorts != null) return;
        _tcpPorts = new();
        _udpPorts = new();
        foreach (var line in ReadLines(_servicesPath))
        {
            var words = Words(line);
            if (words.Length < 2) continue;
            int slash = words[1].IndexOf('/');
            if (slash < 0 || !int.TryParse(words[1].AsSpan(0, slash), out int port)) continue;
            var proto = words[1][(slash + 1)..];
            var table = proto == "tcp" ? _tcpPorts : proto == "udp" ? _udpPorts : null;
            table?.TryAdd(port, Encoding.ASCII.GetBytes(words[0]));
        }
    }

    private static ulong MacKey(ReadOnlySpan<byte> a)
    {
        ulong k = 0;
        for (int i = 0; i < 6; i++) k = k << 8 | a[i];
        return k;
    }

    /// <summary>/etc/ethers: "xx:xx:xx:xx:xx:xx name" lines; the first line for an address wins.</summary>
    private static Dictionary<ulong, byte[]> LoadEthers()
    {
        var d = new Dictionary<ulong, byte[]>();
        foreach (var line in ReadLines("/etc/ethers"))
        {
            var words = Words(line);
            if (words.Length < 2) continue;
            var parts = words[0].Split(':');
            if (parts.Length != 6) continue;
            ulong k = 0;
            bool ok = true;
            foreach (var p in parts)
            {
                if (p.Length is < 1 or > 2 || !byte.TryParse(p, System.Globalization.NumberStyles.HexNumber, null, out byte b)) { ok = false; break; }
                k = k << 8 | b;
            }
            if (ok) d.TryAdd(k, Encoding.ASCII.GetBytes(words[1]));
        }
        return d;
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        string[] lines;
        try { lines = File.ReadAllLines(path); }
        catch (IOException) { yield break; }
        catch (UnauthorizedAccessException) { yield break; }
        foreach (var l in lines) yield return l;
    }

    private static string[] Words(string line)
    {
        int hash = line.IndexOf('#');
        if (hash >= 0) line = line[..hash];
        return line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }
}
