namespace Wirecap.Filter;

/// <summary>Name resolution as libpcap does it through the C library: /etc files only, no DNS.</summary>
internal static class FilterNames
{
    static IEnumerable<string[]> Lines(string path)
    {
        string[] lines;
        try { lines = File.ReadAllLines(path); }
        catch (IOException) { yield break; }
        catch (UnauthorizedAccessException) { yield break; }
        foreach (var raw in lines)
        {
            var l = raw;
            int hash = l.IndexOf('#');
            if (hash >= 0) l = l.Substring(0, hash);
            var f = l.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (f.Length > 0) yield return f;
        }
    }

    public static int ProtoByName(string name)
    {
        foreach (var f in Lines("/etc/protocols"))
        {
            if (f.Length < 2) continue;
            bool match = f[0] == name;
            for (int i = 2; i < f.Length && !match; i++) match = f[i] == name;
            if (match && int.TryParse(f[1], out int v)) return v;
        }
        return -1;
    }

    static readonly (string, int)[] EProtos =
    [
        ("aarp", 0x80f3), ("arp", 0x0806), ("atalk", 0x809b), ("decnet", 0x6003), ("ip", 0x0800), ("ip6", 0x86dd),
        ("lat", 0x6004), ("loopback", 0x9000), ("mopdl", 0x6001), ("moprc", 0x6002), ("rarp", 0x8035), ("sca", 0x6007),
    ];

    static readonly (string, int)[] Llcs = [("iso", 0xfe), ("stp", 0x42), ("ipx", 0xe0), ("netbeui", 0xf0)];

    public static int EProto(string s)
    {
        foreach (var (n, v) in EProtos) if (n == s) return v;
        return -1;
    }

    public static int Llc(string s)
    {
        foreach (var (n, v) in Llcs) if (n == s) return v;
        return -1;
    }

    public static uint NetByName(string name)
    {
        foreach (var f in Lines("/etc/networks"))
        {
            if (f.Length < 2) continue;
            bool match = f[0] == name;
            for (int i = 2; i < f.Length && !match; i++) match = f[i] == name;
            if (!match) continue;
            // inet_network: dotted parts, the last part right-aligned
            var parts = f[1].Split('.');
            uint v = 0;
            foreach (var p in parts)
            {
                if (!uint.TryParse(p, out uint x)) return 0;
                v = (v << 8) | (x & 0xff);
            }
            return v;
        }
        return 0;
    }

    public static byte[]? EtherHost(string name)
    {
        foreach (var f in Lines("/etc/ethers"))
            if (f.Length >= 2 && f[1] == name)
            {
                var parts = f[0].Split(':');
                if (parts.Length != 6) continue;
                var e = new byte[6];
                for (int i = 0; i < 6; i++) e[i] = Convert.ToByte(parts[i], 16);
                return e;
            }
        return null;
    }

    public static List<byte[]>? HostAddrs(string name)
    {
        var res = new List<byte[]>();
        if (System.Net.IPAddress.TryParse(name, out var lit) && !name.Contains('%'))
        {
            res.Add(lit.GetAddressBytes());
            return res;
        }
        foreach (var f in Lines("/etc/hosts"))
        {
            bool match = false;
            for (int i = 1; i < f.Length && !match; i++) match = string.Equals(f[i], name, StringComparison.OrdinalIgnoreCase);
            if (match && System.Net.IPAddress.TryParse(f[0], out var a))
            {
                var bytes = a.GetAddressBytes();
                bool dup = false;
                foreach (var r in res) dup |= r.AsSpan().SequenceEqual(bytes);
                if (!dup) res.Add(bytes);
            }
        }
        return res.Count > 0 ? res : null;
    }

    static int ServicePort(string name, string proto)
    {
        if (int.TryParse(name, out int n) && name.Length > 0 && char.IsAsciiDigit(name[0])) return n;
        foreach (var f in Lines("/etc/services"))
        {
            if (f.Length < 2) continue;
            int slash = f[1].IndexOf('/');
            if (slash < 0 || f[1].Substring(slash + 1) != proto) continue;
            bool match = f[0] == name;
            for (int i = 2; i < f.Length && !match; i++) match = f[i] == name;
            if (match && int.TryParse(f[1].AsSpan(0, slash), out int p)) return p;
        }
        return -1;
    }

    public static bool PortByName(string name, out int port, out int proto)
    {
        int tcp = ServicePort(name, "tcp"), udp = ServicePort(name, "udp");
        port = 0; proto = 0;
        if (tcp >= 0)
        {
            port = tcp;
            proto = 6;
            if (udp >= 0 && udp == tcp) proto = -1;
            return true;
        }
        if (udp >= 0)
        {
            port = udp;
            proto = 17;
            return true;
        }
        return false;
    }

    public static bool PortRangeByName(string name, out int p1, out int p2, out int proto)
    {
        p1 = p2 = 0; proto = -1;
        // sscanf("%d-%d")
        int i = 0;
        if (ScanInt(name, ref i, out int a) && i < name.Length && name[i] == '-')
        {
            i++;
            if (ScanInt(name, ref i, out int b))
            {
                p1 = a; p2 = b; proto = -1;
                return true;
            }
        }
        int dash = name.IndexOf('-');
        if (dash < 0) return false;
        if (!PortByName(name.Substring(0, dash), out p1, out proto)) return false;
        int save = proto;
        if (!PortByName(name.Substring(dash + 1), out p2, out proto)) return false;
        if (proto != save) proto = -1;
        return true;
    }

    static bool ScanInt(string s, ref int i, out int v)
    {
        v = 0;
        int start = i;
        bool neg = false;
        if (i < s.Length && (s[i] == '-' || s[i] == '+')) { neg = s[i] == '-'; i++; }
        int digits = i;
        long acc = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { acc = acc * 10 + (s[i] - '0'); i++; }
        if (i == digits) { i = start; return false; }
        v = (int)(neg ? -acc : acc);
        return true;
    }

    // __pcap_atoin: dotted decimal, returning the number of bits given (8 per part) or -1.
    public static int AtoIn(string s, out uint addr)
    {
        addr = 0;
        int len = 0, i = 0;
        for (; ; )
        {
            uint n = 0;
            while (i < s.Length && s[i] != '.')
            {
                if (n > 25) return -1;
                n = n * 10 + (uint)(s[i++] - '0');
            }
            if (n > 255) return -1;
            addr <<= 8;
            addr |= n & 0xff;
            len += 8;
            if (i >= s.Length) return len;
            ++i;
        }
    }

    public static int AtoDn(string s, out uint addr)
    {
        addr = 0;
        var parts = s.Split('.');
        if (parts.Length < 2 || !int.TryParse(parts[0], out int area) || !int.TryParse(parts[1], out int node)) return 0;
        addr = (uint)((area << 10) & 0xfc00) | (uint)(node & 0x3ff);
        return 32;
    }

    static int XdToI(char c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c - 'A' + 10;

    // pcap_ether_aton, including its treatment of a leading '$' (it does not skip it).
    public static byte[] EtherAton(string s)
    {
        var e = new byte[6];
        int ep = 0, i = 0;
        while (i < s.Length)
        {
            if (s[i] == ':' || s[i] == '.' || s[i] == '-') i++;
            int d = i < s.Length ? XdToI(s[i++]) : 0;
            if (i < s.Length && Uri.IsHexDigit(s[i]))
            {
                d <<= 4;
                d |= XdToI(s[i++]);
            }
            if (ep < 6) e[ep] = (byte)d;
            ep++;
        }
        return e;
    }
}
