using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Transport2;

/// <summary>
/// ZMTP/1.0 over TCP (print-zeromq.c, -T zmtp1) against tcpdump 4.99.3: synthetic segments (short
/// and 64-bit lengths, empty frames, bodies past the capture, a length that would wrap) written to a
/// pcap and printed with "tcpdump -t -n [-v] -T zmtp1", whose output is the expected text here.
/// </summary>
public class Zmtp1Tests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("00aabbccddee00112233445508004500002a00010000400600000a0000010a0000029c4015b30000000100000001501803e8000000000100", 56),
        ("00aabbccddee00112233445508004500003200010000400600000a0000010a0000029c4015b30000000100000001501803e8000000000101068168656c6c6f00", 64),
        ("00aabbccddee00112233445508004500003400010000400600000a0000010a0000029c4015b30000000100000001501803e800000000ff00000000000000037e6162", 66),
        ("00aabbccddee00112233445508004500004600010000400600000a0000010a0000029c4015b30000000100000001501803e800000000fffffffffffffffff7007878787878787878787878787878787878787878", 84),
        ("00aabbccddee00112233445508004500003400010000400600000a0000010a0000029c4015b30000000100000001501803e800000000280073686f727420626f6479", 66),
        ("00aabbccddee00112233445508004500002b00010000400600000a0000010a0000029c4015b30000000100000001501803e800000000ff0000", 57),
        ("00aabbccddee0011223344550800450000f100010000400600000a0000010a0000029c4015b30000000100000001501803e800000000c800000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6", 255),
        ("00aabbccddee0011223344550800450000f100010000400600000a0000010a0000029c4015b30000000100000001501803e800000000c800000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b", 255),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, PacketType = "zmtp1" }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], seq 1:3, ack 1, win 1000, length 2: ZMTP/1.0\n"
        + "\t frame flags+body  (8-bit) length 1, flags 0x00\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], seq 0:10, ack 1, win 1000, length 10: ZMTP/1.0\n"
        + "\t frame flags+body  (8-bit) length 1, flags 0x01\n"
        + "\t frame flags+body  (8-bit) length 6, flags 0x81\n"
        + "\t frame flags+body  (8-bit) length 0\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], seq 0:12, ack 1, win 1000, length 12: ZMTP/1.0\n"
        + "\t frame flags+body (64-bit) length 3, flags 0x7e\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], seq 0:30, ack 1, win 1000, length 30: ZMTP/1.0\n"
        + "\t frame flags+body (64-bit) length 18446744073709551607 (21 captured), flags 0x00 [|zmtp1]\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], seq 0:12, ack 1, win 1000, length 12: ZMTP/1.0\n"
        + "\t frame flags+body  (8-bit) length 40 (11 captured), flags 0x00 [|zmtp1]\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], seq 0:3, ack 1, win 1000, length 3: ZMTP/1.0\n"
        + "\t frame flags+body (64-bit) length [|zmtp1]\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], seq 0:201, ack 1, win 1000, length 201: ZMTP/1.0\n"
        + "\t frame flags+body  (8-bit) length 200, flags 0x00\n"
        + "IP 10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], seq 0:201, ack 1, win 1000, length 201: ZMTP/1.0\n"
        + "\t frame flags+body  (8-bit) length 200 (45 captured), flags 0x00 [|zmtp1]\n";

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1, PacketType = "zmtp1" }));

    private const string ExpectedVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 42, bad cksum 0 (->66cb)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], cksum 0x0000 (incorrect -> 0xe4ea), seq 1:3, ack 1, win 1000, length 2: ZMTP/1.0\n"
        + "\t frame flags+body  (8-bit) length 1, flags 0x00 (-|-|-|-|-|-|-|-)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 50, bad cksum 0 (->66c3)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], cksum 0x0000 (incorrect -> 0x9a8e), seq 0:10, ack 1, win 1000, length 10: ZMTP/1.0\n"
        + "\t frame flags+body  (8-bit) length 1, flags 0x01 (-|-|-|-|-|-|-|MORE)\n"
        + "\t frame flags+body  (8-bit) length 6, flags 0x81 (MBZ|-|-|-|-|-|-|MORE), first 5 byte(s) of body:\n"
        + "\t 0x0000:  6865 6c6c 6f                             hello\n"
        + "\t frame flags+body  (8-bit) length 0\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 52, bad cksum 0 (->66c1)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], cksum 0x0000 (incorrect -> 0x81ff), seq 0:12, ack 1, win 1000, length 12: ZMTP/1.0\n"
        + "\t frame flags+body (64-bit) length 3, flags 0x7e (-|MBZ|MBZ|MBZ|MBZ|MBZ|MBZ|-), first 2 byte(s) of body:\n"
        + "\t 0x0000:  6162                                     ab\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 70, bad cksum 0 (->66af)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], cksum 0x0000 (incorrect -> 0x3a19), seq 0:30, ack 1, win 1000, length 30: ZMTP/1.0\n"
        + "\t frame flags+body (64-bit) length 18446744073709551607 (21 captured), flags 0x00 (-|-|-|-|-|-|-|-), first 20 byte(s) of body:\n"
        + "\t 0x0000:  7878 7878 7878 7878 7878 7878 7878 7878  xxxxxxxxxxxxxxxx\n"
        + "\t 0x0010:  7878 7878                                xxxx [|zmtp1]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 52, bad cksum 0 (->66c1)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], cksum 0x0000 (incorrect -> 0x9ffc), seq 0:12, ack 1, win 1000, length 12: ZMTP/1.0\n"
        + "\t frame flags+body  (8-bit) length 40 (11 captured), flags 0x00 (-|-|-|-|-|-|-|-), first 10 byte(s) of body:\n"
        + "\t 0x0000:  7368 6f72 7420 626f 6479                 short.body [|zmtp1]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 43, bad cksum 0 (->66ca)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], cksum 0x0000 (incorrect -> 0xe6e8), seq 0:3, ack 1, win 1000, length 3: ZMTP/1.0\n"
        + "\t frame flags+body (64-bit) length [|zmtp1]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 241, bad cksum 0 (->6604)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], cksum 0x0000 (incorrect -> 0x4ab3), seq 0:201, ack 1, win 1000, length 201: ZMTP/1.0\n"
        + "\t frame flags+body  (8-bit) length 200, flags 0x00 (-|-|-|-|-|-|-|-), first 128 byte(s) of body:\n"
        + "\t 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f  ................\n"
        + "\t 0x0010:  1011 1213 1415 1617 1819 1a1b 1c1d 1e1f  ................\n"
        + "\t 0x0020:  2021 2223 2425 2627 2829 2a2b 2c2d 2e2f  .!\"#$%&'()*+,-./\n"
        + "\t 0x0030:  3031 3233 3435 3637 3839 3a3b 3c3d 3e3f  0123456789:;<=>?\n"
        + "\t 0x0040:  4041 4243 4445 4647 4849 4a4b 4c4d 4e4f  @ABCDEFGHIJKLMNO\n"
        + "\t 0x0050:  5051 5253 5455 5657 5859 5a5b 5c5d 5e5f  PQRSTUVWXYZ[\\]^_\n"
        + "\t 0x0060:  6061 6263 6465 6667 6869 6a6b 6c6d 6e6f  `abcdefghijklmno\n"
        + "\t 0x0070:  7071 7273 7475 7677 7879 7a7b 7c7d 7e7f  pqrstuvwxyz{|}~.\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 241, bad cksum 0 (->6604)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], seq 0:201, ack 1, win 1000, length 201: ZMTP/1.0\n"
        + "\t frame flags+body  (8-bit) length 200 (45 captured), flags 0x00 (-|-|-|-|-|-|-|-), first 44 byte(s) of body:\n"
        + "\t 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f  ................\n"
        + "\t 0x0010:  1011 1213 1415 1617 1819 1a1b 1c1d 1e1f  ................\n"
        + "\t 0x0020:  2021 2223 2425 2627 2829 2a2b            .!\"#$%&'()*+ [|zmtp1]\n";

    [Fact]
    public void VeryVerbose() => Assert.Equal(ExpectedVeryVerbose, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 2, PacketType = "zmtp1" }));

    private const string ExpectedVeryVerbose =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 42, bad cksum 0 (->66cb)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], cksum 0x0000 (incorrect -> 0xe4ea), seq 1:3, ack 1, win 1000, length 2: ZMTP/1.0\n"
        + "\t frame flags+body  (8-bit) length 1, flags 0x00 (-|-|-|-|-|-|-|-)\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 50, bad cksum 0 (->66c3)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], cksum 0x0000 (incorrect -> 0x9a8e), seq 0:10, ack 1, win 1000, length 10: ZMTP/1.0\n"
        + "\t frame flags+body  (8-bit) length 1, flags 0x01 (-|-|-|-|-|-|-|MORE)\n"
        + "\t frame flags+body  (8-bit) length 6, flags 0x81 (MBZ|-|-|-|-|-|-|MORE), first 5 byte(s) of body:\n"
        + "\t 0x0000:  6865 6c6c 6f                             hello\n"
        + "\t frame flags+body  (8-bit) length 0\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 52, bad cksum 0 (->66c1)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], cksum 0x0000 (incorrect -> 0x81ff), seq 0:12, ack 1, win 1000, length 12: ZMTP/1.0\n"
        + "\t frame flags+body (64-bit) length 3, flags 0x7e (-|MBZ|MBZ|MBZ|MBZ|MBZ|MBZ|-), first 2 byte(s) of body:\n"
        + "\t 0x0000:  6162                                     ab\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 70, bad cksum 0 (->66af)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], cksum 0x0000 (incorrect -> 0x3a19), seq 0:30, ack 1, win 1000, length 30: ZMTP/1.0\n"
        + "\t frame flags+body (64-bit) length 18446744073709551607 (21 captured), flags 0x00 (-|-|-|-|-|-|-|-), first 20 byte(s) of body:\n"
        + "\t 0x0000:  7878 7878 7878 7878 7878 7878 7878 7878  xxxxxxxxxxxxxxxx\n"
        + "\t 0x0010:  7878 7878                                xxxx [|zmtp1]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 52, bad cksum 0 (->66c1)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], cksum 0x0000 (incorrect -> 0x9ffc), seq 0:12, ack 1, win 1000, length 12: ZMTP/1.0\n"
        + "\t frame flags+body  (8-bit) length 40 (11 captured), flags 0x00 (-|-|-|-|-|-|-|-), first 10 byte(s) of body:\n"
        + "\t 0x0000:  7368 6f72 7420 626f 6479                 short.body [|zmtp1]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 43, bad cksum 0 (->66ca)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], cksum 0x0000 (incorrect -> 0xe6e8), seq 0:3, ack 1, win 1000, length 3: ZMTP/1.0\n"
        + "\t frame flags+body (64-bit) length [|zmtp1]\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 241, bad cksum 0 (->6604)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], cksum 0x0000 (incorrect -> 0x4ab3), seq 0:201, ack 1, win 1000, length 201: ZMTP/1.0\n"
        + "\t frame flags+body  (8-bit) length 200, flags 0x00 (-|-|-|-|-|-|-|-), first 199 byte(s) of body:\n"
        + "\t 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f  ................\n"
        + "\t 0x0010:  1011 1213 1415 1617 1819 1a1b 1c1d 1e1f  ................\n"
        + "\t 0x0020:  2021 2223 2425 2627 2829 2a2b 2c2d 2e2f  .!\"#$%&'()*+,-./\n"
        + "\t 0x0030:  3031 3233 3435 3637 3839 3a3b 3c3d 3e3f  0123456789:;<=>?\n"
        + "\t 0x0040:  4041 4243 4445 4647 4849 4a4b 4c4d 4e4f  @ABCDEFGHIJKLMNO\n"
        + "\t 0x0050:  5051 5253 5455 5657 5859 5a5b 5c5d 5e5f  PQRSTUVWXYZ[\\]^_\n"
        + "\t 0x0060:  6061 6263 6465 6667 6869 6a6b 6c6d 6e6f  `abcdefghijklmno\n"
        + "\t 0x0070:  7071 7273 7475 7677 7879 7a7b 7c7d 7e7f  pqrstuvwxyz{|}~.\n"
        + "\t 0x0080:  8081 8283 8485 8687 8889 8a8b 8c8d 8e8f  ................\n"
        + "\t 0x0090:  9091 9293 9495 9697 9899 9a9b 9c9d 9e9f  ................\n"
        + "\t 0x00a0:  a0a1 a2a3 a4a5 a6a7 a8a9 aaab acad aeaf  ................\n"
        + "\t 0x00b0:  b0b1 b2b3 b4b5 b6b7 b8b9 babb bcbd bebf  ................\n"
        + "\t 0x00c0:  c0c1 c2c3 c4c5 c6                        .......\n"
        + "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 241, bad cksum 0 (->6604)!)\n"
        + "    10.0.0.1.40000 > 10.0.0.2.5555: Flags [P.], seq 0:201, ack 1, win 1000, length 201: ZMTP/1.0\n"
        + "\t frame flags+body  (8-bit) length 200 (45 captured), flags 0x00 (-|-|-|-|-|-|-|-), first 44 byte(s) of body:\n"
        + "\t 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f  ................\n"
        + "\t 0x0010:  1011 1213 1415 1617 1819 1a1b 1c1d 1e1f  ................\n"
        + "\t 0x0020:  2021 2223 2425 2627 2829 2a2b            .!\"#$%&'()*+ [|zmtp1]\n";

}
