using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Snmp;

/// <summary>
/// IGRP (print-igrp.c) against tcpdump 4.99.3: synthetic updates and requests (IP protocol 9) with interior,
/// system and exterior routes, extra bytes, missing routes and truncated headers, printed with "tcpdump -t -n [-v]".
/// </summary>
public class IgrpTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("00010203040500010203040608004500004a00010000400966a80a0000010a00000211070064000100010001abcd0a01020000640003e805dcff01000a0300ffffff00000005dcff0100c0a805004e20ffffff05dcff0103", 88),
        ("00010203040500010203040608004500002000010000400966d20a0000010a00000212070064000000000000abcd", 46),
        ("00010203040500010203040608004500003c00010000400966b60a0000010a00000215070064000100000000abcd01020300000100000105dcff010004050600000100000105dcff0100", 74),
        ("00010203040500010203040608004500002e00010000400966c40a0000010a00000211070064000200000000abcd01020300000100000105dcff0100", 60),
        ("00010203040500010203040608004500002300010000400966cf0a0000010a00000211070064000000000000abcd616263", 49),
        ("00010203040500010203040608004500002e00010000400966c40a0000010a00000211070064000100000000abcd010203000001000001", 60),
        ("00010203040500010203040608004500002000010000400966d20a0000010a0000021107006400010000", 46),
        ("00010203040500010203040608004500002000010000400966d20a0000010a0000021107006400", 46),
        ("00010203040500010203040608004500001a00010000400966d80a0000010a000002110700640000", 40),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedDefault =
        "IP 10.0.0.1 > 10.0.0.2: igrp: update V1 edit=7 AS=100 (1/1/1) *.10.1.2 d=1000 b=10000 r=255 l=1 M=1100 mtu=1500 in 0 hops 10.3.0.0 d=167772150 b=0 r=255 l=1 M=16777215 mtu=1500 in 0 hops X192.168.5.0 d=200000 b=0 r=255 l=1 M=16777215 mtu=1500 in 3 hops\n"
        + "IP 10.0.0.1 > 10.0.0.2: igrp: request V1 edit=7 AS=100 (0/0/0)\n"
        + "IP 10.0.0.1 > 10.0.0.2: igrp: op-#5 V1 edit=7 AS=100 (1/0/0) *.1.2.3 d=10 b=10000000 r=255 l=1 M=2 mtu=1500 in 0 hops [extra bytes 14] (invalid)\n"
        + "IP 10.0.0.1 > 10.0.0.2: igrp: update V1 edit=7 AS=100 (2/0/0) *.1.2.3 d=10 b=10000000 r=255 l=1 M=2 mtu=1500 in 0 hops (invalid)\n"
        + "IP 10.0.0.1 > 10.0.0.2: igrp: update V1 edit=7 AS=100 (0/0/0) (invalid)\n"
        + "IP 10.0.0.1 > 10.0.0.2: igrp: update V1 edit=7 AS=100 (1/0/0) *.1.2.3 [|igrp]\n"
        + "IP 10.0.0.1 > 10.0.0.2: igrp: [|igrp]\n"
        + "IP 10.0.0.1 > 10.0.0.2: igrp: [|igrp]\n"
        + "IP 10.0.0.1 > 10.0.0.2: igrp: [|igrp]\n";

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGRP (9), length 74)\n"
        + "    10.0.0.1 > 10.0.0.2: igrp: update V1 edit=7 AS=100 (1/1/1) checksum=0xabcd *.10.1.2 d=1000 b=10000 r=255 l=1 M=1100 mtu=1500 in 0 hops 10.3.0.0 d=167772150 b=0 r=255 l=1 M=16777215 mtu=1500 in 0 hops X192.168.5.0 d=200000 b=0 r=255 l=1 M=16777215 mtu=1500 in 3 hops\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGRP (9), length 32)\n"
        + "    10.0.0.1 > 10.0.0.2: igrp: request V1 edit=7 AS=100 (0/0/0) checksum=0xabcd\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGRP (9), length 60)\n"
        + "    10.0.0.1 > 10.0.0.2: igrp: op-#5 V1 edit=7 AS=100 (1/0/0) checksum=0xabcd *.1.2.3 d=10 b=10000000 r=255 l=1 M=2 mtu=1500 in 0 hops [extra bytes 14] (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGRP (9), length 46)\n"
        + "    10.0.0.1 > 10.0.0.2: igrp: update V1 edit=7 AS=100 (2/0/0) checksum=0xabcd *.1.2.3 d=10 b=10000000 r=255 l=1 M=2 mtu=1500 in 0 hops (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGRP (9), length 35)\n"
        + "    10.0.0.1 > 10.0.0.2: igrp: update V1 edit=7 AS=100 (0/0/0) checksum=0xabcd (invalid)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGRP (9), length 46)\n"
        + "    10.0.0.1 > 10.0.0.2: igrp: update V1 edit=7 AS=100 (1/0/0) checksum=0xabcd *.1.2.3 [|igrp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGRP (9), length 32)\n"
        + "    10.0.0.1 > 10.0.0.2: igrp: [|igrp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGRP (9), length 32)\n"
        + "    10.0.0.1 > 10.0.0.2: igrp: [|igrp]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGRP (9), length 26)\n"
        + "    10.0.0.1 > 10.0.0.2: igrp: [|igrp]\n";
}
