using Wirecap.Files;
using Wirecap.Print;
using Xunit;
using static Wirecap.Tests.Print.L2Harness;

namespace Wirecap.Tests.Ppp;

/// <summary>
/// PPP (DLT_PPP, DLT_PPP_SERIAL), Cisco HDLC and SLIP frames through the link printers. The
/// expected texts are tcpdump 4.99.3's output for the same frames (tcpdump -t -n, with the
/// options named).
/// </summary>
public class PppPrintTests
{
    private const int DltPpp = 9, DltPppSerial = 50, DltCHdlc = 104, DltSlip = 8;

    private const string LcpConfReq = "ff03c02101010017010405dc0305c22305050612345678070208020d0306";

    [Fact]
    public void LcpConfRequestV() =>
        Assert.Equal("LCP, Conf-Request (0x01), id 1, length 28\n"
            + "\tencoded length 23 (=Option(s) length 19)\n"
            + "\t  MRU Option (0x01), length 4: 1500\n"
            + "\t  Auth-Prot Option (0x03), length 5: CHAP, MD5\n"
            + "\t  Magic-Num Option (0x05), length 6: 0x12345678\n"
            + "\t  PFC Option (0x07), length 2\n"
            + "\t  ACFC Option (0x08), length 2\n",
            Link(DltPpp, LcpConfReq, Opt(v: 1)));

    [Fact]
    public void LcpConfRequestQuiet() =>
        Assert.Equal("LCP, Conf-Request (0x01), id 1, length 28\n", Link(DltPpp, LcpConfReq, Opt()));

    /// <summary>An option cut by the capture: the packet ends with " [|ppp]".</summary>
    [Fact]
    public void LcpOptionTruncated() =>
        Assert.Equal("LCP, Conf-Request (0x01), id 1, length 28\n"
            + "\tencoded length 23 (=Option(s) length 19)\n"
            + "\t  MRU Option (0x01), length 4: 1500\n"
            + "\t  Auth-Prot Option (0x03), length 5: CHAP, MD5\n"
            + "\t  Magic-Num Option (0x05), length 6 [|ppp]\n",
            Link(DltPpp, "ff03c02101010017010405dc0305c22305050612", Opt(v: 1), wireLength: 30));

    /// <summary>Fewer than 4 bytes of control packet: the control protocol's own marker, no space.</summary>
    [Fact]
    public void LcpShort() =>
        Assert.Equal("LCP, [|LCP]\n", Link(DltPpp, "ff03c021090100", Opt(v: 1)));

    [Fact]
    public void LcpEchoRequestCut() =>
        Assert.Equal("LCP, Echo-Request (0x09), id 1, length 10 [|ppp]\n",
            Link(DltPpp, "ff03c021090100", Opt(v: 1), wireLength: 12));

    /// <summary>-vv adds the header's hex and every option's value.</summary>
    [Fact]
    public void IpcpConfRequestVV() =>
        Assert.Equal("IPCP, Conf-Request (0x01), id 2, length 24\n"
            + "\tencoded length 22 (=Option(s) length 18)\n"
            + "\t0x0000:  8021 0102 0016\n"
            + "\t  IP-Addr Option (0x03), length 6: 0.0.0.0\n"
            + "\t    0x0000:  0000 0000\n"
            + "\t  Pri-DNS Option (0x81), length 6: 8.8.8.8\n"
            + "\t    0x0000:  0808 0808\n"
            + "\t  Sec-DNS Option (0x83), length 6: 1.2.3.4\n"
            + "\t    0x0000:  0102 0304\n",
            Link(DltPpp, "ff03802101020016030600000000810608080808830601020304", Opt(v: 2)));

    [Fact]
    public void ChapChallenge() =>
        Assert.Equal("CHAP, Challenge (0x01), id 7, Value 01020304, Name ruoter-1\n",
            Link(DltPpp, "ff03c22301070011040102030472756f7465722d31", Opt(v: 1)));

    [Fact]
    public void PapAuthRequest() =>
        Assert.Equal("PAP, Auth-Req (0x01), id 3, Peer user, Name pass\n",
            Link(DltPpp, "ff03c0230103000e04757365720470617373", Opt()));

    [Fact]
    public void PapLengthBeyondPacket() =>
        Assert.Equal("PAP, Auth-Req (0x01), id 3, length 15 > packet size\n",
            Link(DltPpp, "ff03c0230103000f04757365720370617373", Opt()));

    [Fact]
    public void MultilinkE() =>
        Assert.Equal("MLPPP (0x003d), length 8: seq 0x012, Flags [begin], length 4\n",
            Link(DltPpp, "ff03003d80120000", Opt(e: true)));

    [Fact]
    public void IpOverPppE() =>
        Assert.Equal("IP (0x0021), length 32: 10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 8\n",
            Link(DltPpp, "ff0300214500001c00010000400100000a0000010a0000020800f7ff00000000", Opt(e: true)));

    /// <summary>An HDLC-escaped frame on PPP_SERIAL: unescaped, then printed as the PPP packet inside.</summary>
    [Fact]
    public void SerialEscapedFrame() =>
        Assert.Equal("unknown PPP protocol (0x7eff): LCP, Echo-Request (0x09), id 1, length 10\n",
            Link(DltPppSerial, "ff037eff7d23c02109017d207d2801020304", Opt()));

    [Fact]
    public void ChdlcSlarpKeepaliveE() =>
        Assert.Equal("bcast, ethertype Reverse ARP (0x8035), length 22: SLARP (length: 18), keepalive: mineseen=0x00000001,"
            + " yourseen=0x00000002, reliability=0x00ff, link uptime=0d1h0m0s\n",
            Link(DltCHdlc, "8f00803500000002000000010000000200ff0036ee80", Opt(e: true)));

    [Fact]
    public void ChdlcIsoFudgeByteMissing() =>
        Assert.Equal(" [|chdlc]\n", Link(DltCHdlc, "0f00fefe", Opt(), wireLength: 20));

    /// <summary>SLIP with -e: a VJ-compressed TCP header; the data length is kept per connection.</summary>
    [Fact]
    public void SlipCompressedE() =>
        Assert.Equal("O ctcp 7 0 (4): 172.16.0.1.49153 > 172.16.0.2.80: Flags [S], seq 1, win 29200, length 0\n",
            Link(DltSlip, "01c0070000300000000000000000000045000028000100004006b1e6ac100001ac100002c0010050000000010000000050027210e5b10000",
                Opt(e: true)));

    [Fact]
    public void PppoeDiscoveryE() =>
        Assert.Equal("00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype PPPoE D (0x8863), length 38: PPPoE PADI [Service-Name]"
            + " [PPP-Max-Payload 0x05DC] [Host-Uniq 0x16372C16]\n",
            Link(1, "ffffffffffff0011223344558863110900000010010100000120000205dc0103000416372c16", Opt(e: true)));

    [Fact]
    public void PppoeSession() =>
        Assert.Equal("PPPoE  [len 16 > 15!] [ses 0x3b] LCP, Echo-Request (0x09), id 103, length 15\n",
            Link(1, "ffffffffffff00112233445588641100003b0010c021096700000e0102030400000000", Opt()));

    [Fact]
    public void PppoeLinkTypeTags() =>
        Assert.Equal("PPPoE PADO [len 16 > 14!] [AC-Name \"isp   \"] [EOL]\n",
            Link(51, "1107000000100102000669737020202000000000", Opt(v: 1)));

    private static readonly (int Dlt, string Hex)[] Frames =
    [
        (DltPpp, LcpConfReq),
        (DltPpp, "ff03802101020016030600000000810608080808830601020304"),
        (DltPpp, "ff038021010200200214006100010002000300040005010402020000"),
        (DltPpp, "ff0380fd0101001115030124040205030626047800ff02"),
        (DltPpp, "ff0380570101000e010a123456789abcdef0"),
        (DltPpp, "ff03c22301070011040102030472756f7465722d31"),
        (DltPpp, "ff03c0230103000e04757365720470617373"),
        (DltPpp, "ff03003d80120000"),
        (DltPpp, "ff03c021080100108021616263646566676869"),
        (DltPpp, "ff03c0210c0100100102030468656c6c6f20776f"),
        (DltPpp, "ff03c0210d01000c0102030400000100"),
        (DltPppSerial, "ff037eff7d23c02109017d207d2801020304"),
        (DltPppSerial, "ff037e7ec0217d"),
        (DltPppSerial, "0f0008004500001c00010000400100000a0000010a0000020800f7ff00000000"),
        (DltCHdlc, "8f00803500000002000000010000000200ff0036ee80"),
        (DltCHdlc, "0f00fefe8183"),
        (DltSlip, "01c0070000300000000000000000000045000028000100004006b1e6ac100001ac100002c0010050000000010000000050027210e5b10000"),
        (1, "ffffffffffff0011223344558863110900000010010100000120000205dc0103000416372c16"),
        (1, "ffffffffffff00112233445588641100003b0010c021096700000e0102030400000000"),
        (51, "1107000000100102000669737020202000000000"),
        (DltSlip, "00700000000000000000000500000000000045000028000100004006b1e6ac100001ac100002c0010050000000010000000050027210e5b10000"),
    ];

    private static readonly PrintOptions[] OptionSets =
    [
        new() { NoResolve = 1 },
        new() { NoResolve = 1, Verbose = 1 },
        new() { NoResolve = 1, Verbose = 3, LinkHeader = true },
    ];

    /// <summary>Every frame cut at every length and with bytes changed: every packet ends, nothing throws.</summary>
    [Fact]
    public void EveryTruncationAndMutationPrints()
    {
        var rng = new Random(7);
        foreach (var opt in OptionSets)
        {
            var o = new TextOut(new MemoryStream());
            var printer = new PacketPrinter(new PrintContext(opt, o));
            foreach (var (dlt, hex) in Frames)
            {
                var data = Convert.FromHexString(hex);
                for (int cut = 1; cut <= data.Length; cut++)
                    PrintOne(printer, dlt, data, cut, data.Length);
                for (int i = 0; i < 300; i++)
                {
                    var m = (byte[])data.Clone();
                    for (int k = rng.Next(1, 4); k > 0; k--) m[rng.Next(m.Length)] = (byte)rng.Next(256);
                    PrintOne(printer, dlt, m, rng.Next(1, m.Length + 1), m.Length + rng.Next(0, 3));
                }
            }
            o.Flush();
        }
    }

    private static void PrintOne(PacketPrinter printer, int dlt, byte[] data, int caplen, int wireLength)
    {
        var h = new PacketHeader { Seconds = 1700000000, CapturedLength = caplen, WireLength = wireLength, LinkType = dlt };
        printer.Print(h, data.AsSpan(0, caplen));
    }
}
