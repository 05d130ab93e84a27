using System.Diagnostics;
using System.Net;
using Wirecap.Files;
using Wirecap.Filter;
using Xunit;
using Xunit.Abstractions;

namespace Wirecap.Tests.Filter;

/// <summary>
/// Whole programs as libpcap 1.10.3 compiles them (tcpdump -ddd, pasted, or the corpus' .ddd) run
/// on hand-made packets, and on a gen-pcap capture against what tcpdump itself keeps.
/// </summary>
public class EngineProgramTests(ITestOutputHelper output)
{
    // tcpdump -ddd -r empty-EN10MB.pcap 'tcp port 80'
    internal const string TcpPort80 =
        "20\n40 0 0 12\n21 0 6 34525\n48 0 0 20\n21 0 15 6\n40 0 0 54\n21 12 0 80\n40 0 0 56\n21 10 11 80\n" +
        "21 0 10 2048\n48 0 0 23\n21 0 8 6\n40 0 0 20\n69 6 0 8191\n177 0 0 14\n72 0 0 14\n21 2 0 80\n" +
        "72 0 0 16\n21 0 1 80\n6 0 0 262144\n6 0 0 0\n";

    // tcpdump -ddd -r empty-EN10MB.pcap 'host 192.168.1.20 and (port 443 or port 22)'
    internal const string HostAndPorts =
        "21\n40 0 0 12\n21 0 18 2048\n32 0 0 26\n21 2 0 3232235796\n32 0 0 30\n21 0 14 3232235796\n" +
        "48 0 0 23\n21 2 0 132\n21 1 0 6\n21 0 10 17\n40 0 0 20\n69 8 0 8191\n177 0 0 14\n72 0 0 14\n" +
        "21 4 0 443\n21 3 0 22\n72 0 0 16\n21 1 0 443\n21 0 1 22\n6 0 0 262144\n6 0 0 0\n";

    private const uint Snap = 262144;

    private static byte[] Ether(ushort type, params byte[] payload)
    {
        var p = new byte[14 + payload.Length];
        byte[] dst = [0, 0x11, 0x22, 0x33, 0x44, 0x55], src = [0, 0x66, 0x77, 0x88, 0x99, 0xaa];
        dst.CopyTo(p, 0);
        src.CopyTo(p, 6);
        p[12] = (byte)(type >> 8);
        p[13] = (byte)type;
        payload.CopyTo(p, 14);
        return p;
    }

    /// <summary>IPv4 header (ihl words, fragment field) followed by src/dst ports of a transport header.</summary>
    private static byte[] Ip4(byte proto, string src, string dst, ushort sport, ushort dport, int ihl = 5, ushort frag = 0)
    {
        var p = new byte[ihl * 4 + 20];
        p[0] = (byte)(0x40 | ihl);
        p[3] = (byte)p.Length;
        p[6] = (byte)(frag >> 8);
        p[7] = (byte)frag;
        p[8] = 64;
        p[9] = proto;
        IPAddress.Parse(src).GetAddressBytes().CopyTo(p, 12);
        IPAddress.Parse(dst).GetAddressBytes().CopyTo(p, 16);
        int t = ihl * 4;
        p[t] = (byte)(sport >> 8); p[t + 1] = (byte)sport;
        p[t + 2] = (byte)(dport >> 8); p[t + 3] = (byte)dport;
        return p;
    }

    private static byte[] Ip6(byte next, ushort sport, ushort dport)
    {
        var p = new byte[40 + 20];
        p[0] = 0x60;
        p[6] = next;
        p[7] = 64;
        IPAddress.Parse("2001:db8::1").GetAddressBytes().CopyTo(p, 8);
        IPAddress.Parse("2001:db8::2").GetAddressBytes().CopyTo(p, 24);
        p[40] = (byte)(sport >> 8); p[41] = (byte)sport;
        p[42] = (byte)(dport >> 8); p[43] = (byte)dport;
        return p;
    }

    private static uint RunText(string ddd, byte[] packet, int captured = -1)
    {
        var prog = BpfImage.ParseDecimal(ddd)!;
        var data = captured < 0 ? packet : packet.AsSpan(0, captured).ToArray();
        uint r = new BpfEngine(prog).Run(data, (uint)packet.Length);
        Assert.Equal(BpfEngineReference.Run(prog, data, (uint)packet.Length), r);
        return r;
    }

    [Fact]
    public void TcpPort80OnHandMadePackets()
    {
        const string a = "192.168.1.10", b = "192.0.2.1";
        Assert.Equal(Snap, RunText(TcpPort80, Ether(0x0800, Ip4(6, a, b, 40000, 80))));
        Assert.Equal(Snap, RunText(TcpPort80, Ether(0x0800, Ip4(6, b, a, 80, 40000))));
        Assert.Equal(0u, RunText(TcpPort80, Ether(0x0800, Ip4(6, a, b, 40000, 81))));
        Assert.Equal(0u, RunText(TcpPort80, Ether(0x0800, Ip4(17, a, b, 40000, 80)))); // udp
        // the ports follow the options: found with IHL 6
        Assert.Equal(Snap, RunText(TcpPort80, Ether(0x0800, Ip4(6, a, b, 40000, 80, ihl: 6))));
        // a non-first fragment has no ports
        Assert.Equal(0u, RunText(TcpPort80, Ether(0x0800, Ip4(6, a, b, 40000, 80, frag: 0x0010))));
        // the first fragment (MF set, offset 0) has them
        Assert.Equal(Snap, RunText(TcpPort80, Ether(0x0800, Ip4(6, a, b, 40000, 80, frag: 0x2000))));
        // the destination port cut off by the snapshot length: 14 + 20 + 2 bytes captured
        Assert.Equal(0u, RunText(TcpPort80, Ether(0x0800, Ip4(6, a, b, 40000, 80)), captured: 37));
        Assert.Equal(Snap, RunText(TcpPort80, Ether(0x0800, Ip4(6, a, b, 40000, 80)), captured: 38));
        Assert.Equal(Snap, RunText(TcpPort80, Ether(0x86dd, Ip6(6, 80, 1234))));
        Assert.Equal(Snap, RunText(TcpPort80, Ether(0x86dd, Ip6(6, 1234, 80))));
        Assert.Equal(0u, RunText(TcpPort80, Ether(0x86dd, Ip6(17, 1234, 80))));
        Assert.Equal(0u, RunText(TcpPort80, Ether(0x0806, new byte[28])));
        Assert.Equal(0u, RunText(TcpPort80, new byte[13])); // shorter than an Ethernet header
    }

    [Fact]
    public void HostAndPortsOnHandMadePackets()
    {
        const string h = "192.168.1.20", o = "192.0.2.7";
        Assert.Equal(Snap, RunText(HostAndPorts, Ether(0x0800, Ip4(6, h, o, 50000, 443))));
        Assert.Equal(Snap, RunText(HostAndPorts, Ether(0x0800, Ip4(6, o, h, 22, 50000))));
        Assert.Equal(Snap, RunText(HostAndPorts, Ether(0x0800, Ip4(17, o, h, 443, 50000)))); // udp too
        Assert.Equal(Snap, RunText(HostAndPorts, Ether(0x0800, Ip4(132, o, h, 443, 50000)))); // and sctp
        Assert.Equal(0u, RunText(HostAndPorts, Ether(0x0800, Ip4(6, "192.168.1.21", o, 50000, 443))));
        Assert.Equal(0u, RunText(HostAndPorts, Ether(0x0800, Ip4(6, h, o, 50000, 80))));
        Assert.Equal(0u, RunText(HostAndPorts, Ether(0x0800, Ip4(1, h, o, 50000, 443)))); // icmp
    }

    [Fact]
    public void CorpusProgramsOnHandMadePackets()
    {
        if (EngineCorpus.FiltersDir() == null) { output.WriteLine("filter corpus not found; skipped"); return; }
        var pkt = Ether(0x0800, Ip4(6, "10.0.0.1", "192.0.2.1", 1024, 9501));
        // req0001 'tcp port 9501'
        Assert.Equal(Snap, RunCase("req0001", pkt));
        Assert.Equal(0u, RunCase("req0001", Ether(0x0800, Ip4(6, "10.0.0.1", "192.0.2.1", 1024, 9502))));
        // req0009, the same unoptimized
        Assert.Equal(Snap, RunCase("req0009", pkt));
        // man0055 'ip and not net 10.0.0.0/8': the source is in 10/8
        Assert.Equal(0u, RunCase("man0055", pkt));
        Assert.Equal(Snap, RunCase("man0055", Ether(0x0800, Ip4(6, "11.0.0.1", "192.0.2.1", 1, 2))));
        // req0067 'greater 100' is len >= 100 on the wire length
        Assert.Equal(0u, new BpfEngine(EngineCorpus.Program("req0067")).Run(pkt, 99));
        Assert.Equal(Snap, new BpfEngine(EngineCorpus.Program("req0067")).Run(pkt, 100));
        // man0118 'ether[0] & 1 != 0': multicast destination
        var mc = Ether(0x0800, Ip4(6, "10.0.0.1", "192.0.2.1", 1, 2));
        mc[0] = 0x01;
        Assert.Equal(Snap, RunCase("man0118", mc));
        Assert.Equal(0u, RunCase("man0118", pkt));
        // req0056 'vlan and tcp': 802.1Q tag then IPv4 (type at 16, protocol at 27)
        var tagged = Ether(0x8100, [0x00, 0x0a, 0x08, 0x00, .. Ip4(6, "10.0.0.1", "192.0.2.1", 1, 2)]);
        Assert.Equal(Snap, RunCase("req0056", tagged));
        Assert.Equal(0u, RunCase("req0056", pkt));
        // man0095 'ip6 protochain 6': a hop-by-hop header (8 bytes) before TCP, walked by the loop
        var ip6 = Ip6(0, 1, 2);
        ip6[40] = 6; // hop-by-hop: next header TCP, length 0 (8 bytes)
        ip6[41] = 0;
        Assert.Equal(Snap, RunCase("man0095", Ether(0x86dd, ip6)));
        ip6[40] = 17;
        Assert.Equal(0u, RunCase("man0095", Ether(0x86dd, ip6)));
        Assert.Equal(Snap, RunCase("man0095", Ether(0x86dd, Ip6(6, 1, 2))));
    }

    private static uint RunCase(string id, byte[] packet)
    {
        var prog = EngineCorpus.Program(id);
        uint r = new BpfEngine(prog).Run(packet, (uint)packet.Length);
        Assert.Equal(BpfEngineReference.Run(prog, packet, (uint)packet.Length), r);
        return r;
    }

    private static string? GenCapture() =>
        Environment.GetEnvironmentVariable("WIRECAP_GEN_PCAP") is { Length: > 0 } p && File.Exists(p) ? p
        : File.Exists("/work/tmp/gen-20k.pcap") ? "/work/tmp/gen-20k.pcap" : null;

    private static List<(PacketHeader H, byte[] Data)> ReadAll(string path)
    {
        var list = new List<(PacketHeader, byte[])>();
        using var r = CaptureReader.Open(path, nano: false);
        while (r.Next(out var h, out var d)) list.Add((h, d.ToArray()));
        return list;
    }

    /// <summary>
    /// Differential check against the oracle: the packets our engine accepts from a 20k-packet
    /// gen-pcap capture are exactly those `tcpdump -r F -w kept EXPR` keeps (compared by time
    /// stamp and bytes). Skipped without /usr/bin/tcpdump or the capture.
    /// </summary>
    [Fact]
    public void AcceptsWhatTcpdumpKeeps()
    {
        var cap = GenCapture();
        if (cap == null || !File.Exists("/usr/bin/tcpdump") || EngineCorpus.FiltersDir() == null)
        {
            output.WriteLine("tcpdump, the capture or the corpus missing; skipped");
            return;
        }
        var packets = ReadAll(cap);
        var programs = new List<(string Expr, BpfInstruction[] Prog)>
        {
            ("tcp port 80", BpfImage.ParseDecimal(TcpPort80)!),
            ("host 192.168.1.20 and (port 443 or port 22)", BpfImage.ParseDecimal(HostAndPorts)!),
        };
        foreach (var id in new[] { "req0001", "req0012", "req0023", "req0045", "req0056", "req0067", "req0078",
                                   "man0031", "man0055", "man0061", "man0079", "man0095", "man0097", "man0118", "man0124", "req0031" })
        {
            var c = EngineCorpus.OkCases().First(x => x.Id == id);
            Assert.Equal("EN10MB", c.LinkType);
            programs.Add((c.Optimize ? c.Expression : "-O\u0000" + c.Expression, EngineCorpus.Program(id)));
        }
        var tmp = Path.Combine(Path.GetTempPath(), "wirecap-engine-" + Environment.ProcessId + ".pcap");
        try
        {
            foreach (var (expr, prog) in programs)
            {
                var args = new List<string> { "-r", cap, "-w", tmp };
                if (expr.StartsWith("-O\u0000", StringComparison.Ordinal)) { args.Add("-O"); args.Add(expr[3..]); }
                else args.Add(expr);
                var psi = new ProcessStartInfo("/usr/bin/tcpdump") { RedirectStandardError = true, RedirectStandardOutput = true };
                foreach (var a in args) psi.ArgumentList.Add(a);
                using (var proc = Process.Start(psi)!)
                {
                    proc.StandardError.ReadToEnd();
                    proc.WaitForExit();
                    Assert.Equal(0, proc.ExitCode);
                }
                var kept = ReadAll(tmp);
                var engine = new BpfEngine(prog);
                var ours = packets.Where(p => engine.Matches(p.Data, (uint)p.H.WireLength)).ToList();
                output.WriteLine($"{expr.Replace("\u0000", " ")}: tcpdump keeps {kept.Count}, we accept {ours.Count}");
                Assert.Equal(kept.Count, ours.Count);
                for (int i = 0; i < kept.Count; i++)
                {
                    Assert.Equal(kept[i].H.Seconds, ours[i].H.Seconds);
                    Assert.Equal(kept[i].H.Fraction, ours[i].H.Fraction);
                    Assert.Equal(kept[i].Data, ours[i].Data);
                }
            }
        }
        finally { File.Delete(tmp); }
    }

    /// <summary>Every EN10MB program of the corpus gives the same result in the engine and the reference interpreter, packet by packet.</summary>
    [Fact]
    public void EngineAgreesWithReferenceOnCorpusPrograms()
    {
        var cap = GenCapture();
        if (cap == null || EngineCorpus.FiltersDir() == null) { output.WriteLine("capture or corpus missing; skipped"); return; }
        var packets = ReadAll(cap).Take(5000).ToList(); // keeps the test quick in Debug
        int programs = 0;
        long accepted = 0;
        foreach (var c in EngineCorpus.OkCases().Where(c => c.LinkType == "EN10MB"))
        {
            var prog = EngineCorpus.Program(c.Id);
            var engine = new BpfEngine(prog);
            foreach (var (h, d) in packets)
            {
                uint r = engine.Run(d, (uint)h.WireLength);
                if (r != BpfEngineReference.Run(prog, d, (uint)h.WireLength))
                    Assert.Fail($"{c.Id} differs on a packet of {h.CapturedLength} bytes at {h.Seconds}.{h.Fraction}");
                if (r != 0) accepted++;
            }
            programs++;
        }
        output.WriteLine($"{programs} programs x {packets.Count} packets agree ({accepted} accepts)");
        Assert.True(programs > 300);
    }

    [Fact]
    public void RunningAllocatesNothing()
    {
        var engine = new BpfEngine(BpfImage.ParseDecimal(HostAndPorts)!);
        var ports = new BpfEngine(EngineCorpus.FiltersDir() != null ? EngineCorpus.Program("man0095") : BpfImage.ParseDecimal(TcpPort80)!);
        byte[][] pkts =
        [
            Ether(0x0800, Ip4(6, "192.168.1.20", "192.0.2.7", 50000, 443)),
            Ether(0x0800, Ip4(17, "192.168.1.21", "192.0.2.7", 50000, 53)),
            Ether(0x86dd, Ip6(6, 1, 2)),
            new byte[10],
        ];
        uint sum = 0;
        for (int i = 0; i < 1000; i++) sum += engine.Run(pkts[i & 3], 100) + ports.Run(pkts[i & 3], 100);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100_000; i++) sum += engine.Run(pkts[i & 3], 100) + ports.Run(pkts[i & 3], 100);
        long after = GC.GetAllocatedBytesForCurrentThread();
        // Under 1 KiB over 200,000 runs: nothing per packet (the slack is for the runtime's own
        // one-off work, which tests running in parallel can trigger on this thread).
        Assert.True(after - before < 1024, $"{after - before} bytes allocated over 200,000 runs");
        Assert.NotEqual(0u, sum);
    }
}
