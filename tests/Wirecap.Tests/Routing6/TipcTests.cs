using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Routing6;

/// <summary>
/// TIPC (print-tipc.c) against tcpdump 4.99.3: synthetic data messages with short and long headers,
/// internal link-level messages, neighbor detection, unknown users, cut frames, printed with
/// "tcpdump -t -n [-v]", whose output is the expected text here.
/// </summary>
public class TipcTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("ffffffffffff00112233445588ca414000284000123400050006010010020000006f000000de01001003010010040000000500000006", -1),
        ("ffffffffffff00112233445588ca46c000180000000700010002010010020000006f000000de", -1),
        ("ffffffffffff00112233445588ca510101d020000000000000000200300400000001000000020400500607008009", -1),
        ("ffffffffffff00112233445588ca57400028600000000000000002003004000000010000000204005006070080090000000000000000", -1),
        ("ffffffffffff00112233445588ca4b400028c12300450007000801002003000900100011000001001001020020020000004d00030600", -1),
        ("ffffffffffff00112233445588ca4d400028c12300450007000801002003000900100011000001001001020020020000004d00030600", -1),
        ("ffffffffffff00112233445588ca4f400028c12300450007000801002003000900100011000001001001020020020000004d00030600", -1),
        ("ffffffffffff00112233445588ca55400028c12300450007000801002003000900100011000001001001020020020000004d00030600", -1),
        ("ffffffffffff00112233445588ca59400028c12300450007000801002003000900100011000001001001020020020000004d00030600", -1),
        ("ffffffffffff00112233445588ca5b60002c2000beef0100100001001007000012670000000100000000000000000000000000000000", -1),
        ("ffffffffffff00112233445588ca5b60002c0000beef0100100001001007000012670000000100000000000000000000000000000000", -1),
        ("ffffffffffff00112233445588ca494000280000000000000000000000000000000000000000000000000000000000000000000000000000", -1),
        ("ffffffffffff00112233445588ca534000280000000000000000000000000000000000000000000000000000000000000000000000000000", -1),
        ("ffffffffffff00112233445588ca41400028400012340005000601001002", 54),
        ("ffffffffffff00112233445588ca414000284000123400050006010010020000006f000000de0100", 54),
        ("ffffffffffff00112233445588ca414000284000123400050006010010020000006f000000de010010030100100400000005", 54),
        ("ffffffffffff00112233445588ca510101d0200000000000000002003004000000010000", 46),
        ("ffffffffffff00112233445588ca4b400028c1230045000700080100200300090010001100000100", 54),
        ("ffffffffffff00112233445588ca4b400028c12300450007000801002003000900100011000001001001020020020000004d", 54),
        ("ffffffffffff00112233445588ca5b60002c2000beef0100100001001007", 54),
        ("ffffffffffff00112233445588ca5b60002c2000beef010010000100100700001267000000010000", 54),
        ("ffffffffffff00112233445588ca41", 54),
    ];

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, InProcessPrint.HexFrames(Frames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    [Fact]
    public void Verbose() => Assert.Equal(ExpectedVerbose, InProcessPrint.HexFrames(Frames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedDefault =
        "TIPC v2.0 1.1.3:111 > 1.1.4:222, headerlength 40 bytes, MessageSize 40 bytes, Low Importance Data payload, messageType NAMED_MSG\n"
        + "TIPC v2.0 1.1.2:111 > 222, headerlength 24 bytes, MessageSize 24 bytes, Critical Importance Data payload, messageType CONN_MSG\n"
        + "TIPC v2.0 4.5.6:1 > 7.8.9:2, headerlength 32 bytes, MessageSize 66000 bytes, Connection Manager internal, messageType MCAST_MSG\n"
        + "TIPC v2.0 4.5.6:1 > 7.8.9:2, headerlength 40 bytes, MessageSize 40 bytes, Name Table Update Protocol internal, messageType DIRECT_MSG\n"
        + "TIPC v2.0 1.1.1 > 2.2.2, headerlength 40 bytes, MessageSize 40 bytes, Broadcast Link Protocol internal, messageType Unknown (0xc1230045)\n"
        + "TIPC v2.0 1.1.1 > 2.2.2, headerlength 40 bytes, MessageSize 40 bytes, Message Bundler Protocol internal, messageType Unknown (0xc1230045)\n"
        + "TIPC v2.0 1.1.1 > 2.2.2, headerlength 40 bytes, MessageSize 40 bytes, Link State Protocol internal, messageType Unknown (0xc1230045)\n"
        + "TIPC v2.0 1.1.1 > 2.2.2, headerlength 40 bytes, MessageSize 40 bytes, Link Changeover Protocol internal, messageType Unknown (0xc1230045)\n"
        + "TIPC v2.0 1.1.1 > 2.2.2, headerlength 40 bytes, MessageSize 40 bytes, Message Fragmentation Protocol internal, messageType Unknown (0xc1230045)\n"
        + "TIPC v2.0 1.1.7 > 1.1.0, headerlength 44 bytes, MessageSize 44 bytes, Neighbor Detection Protocol internal, messageType Link response\n"
        + "TIPC v2.0 1.1.7 > 1.1.0, headerlength 44 bytes, MessageSize 44 bytes, Neighbor Detection Protocol internal, messageType Link request\n"
        + "\n"
        + "\n"
        + " [|tipc]\n"
        + " [|tipc]\n"
        + "TIPC v2.0 1.1.3:111 > 1.1.4:222, headerlength 40 bytes, MessageSize 40 bytes, Low Importance Data payload, messageType NAMED_MSG\n"
        + " [|tipc]\n"
        + " [|tipc]\n"
        + "TIPC v2.0 1.1.1 > 2.2.2, headerlength 40 bytes, MessageSize 40 bytes, Broadcast Link Protocol internal, messageType Unknown (0xc1230045)\n"
        + "TIPC v2.0 1.1.7 > 1.1.0, headerlength 44 bytes, MessageSize 44 bytes, Neighbor Detection Protocol internal, messageType Link response\n"
        + "TIPC v2.0 1.1.7 > 1.1.0, headerlength 44 bytes, MessageSize 44 bytes, Neighbor Detection Protocol internal, messageType Link response\n"
        + " [|tipc]\n";

    private const string ExpectedVerbose =
        "TIPC v2.0 1.1.3:111 > 1.1.4:222, headerlength 40 bytes, MessageSize 40 bytes, Low Importance Data payload, messageType NAMED_MSG\n"
        + "\tPrevious Node 1.1.2, Broadcast Ack 4660, Link Ack 5, Link Sequence 6\n"
        + "TIPC v2.0 1.1.2:111 > 222, headerlength 24 bytes, MessageSize 24 bytes, Critical Importance Data payload, messageType CONN_MSG\n"
        + "TIPC v2.0 4.5.6:1 > 7.8.9:2, headerlength 32 bytes, MessageSize 66000 bytes, Connection Manager internal, messageType MCAST_MSG\n"
        + "\tPrevious Node 2.3.4, Broadcast Ack 0, Link Ack 0, Link Sequence 0\n"
        + "TIPC v2.0 4.5.6:1 > 7.8.9:2, headerlength 40 bytes, MessageSize 40 bytes, Name Table Update Protocol internal, messageType DIRECT_MSG\n"
        + "\tPrevious Node 2.3.4, Broadcast Ack 0, Link Ack 0, Link Sequence 0\n"
        + "TIPC v2.0 1.1.1 > 2.2.2, headerlength 40 bytes, MessageSize 40 bytes, Broadcast Link Protocol internal, messageType Unknown (0xc1230045)\n"
        + "\tPrevious Node 1.2.3, Session No. 17, Broadcast Ack 69, Sequence Gap 291,  Broadcast Gap After 7, Broadcast Gap To 8, Last Sent Packet No. 9, Next sent Packet No. 16, Transport Sequence 77, msg_count 3, Link Tolerance 1536\n"
        + "TIPC v2.0 1.1.1 > 2.2.2, headerlength 40 bytes, MessageSize 40 bytes, Message Bundler Protocol internal, messageType Unknown (0xc1230045)\n"
        + "\tPrevious Node 1.2.3, Session No. 17, Broadcast Ack 69, Sequence Gap 291,  Broadcast Gap After 7, Broadcast Gap To 8, Last Sent Packet No. 9, Next sent Packet No. 16, Transport Sequence 77, msg_count 3, Link Tolerance 1536\n"
        + "TIPC v2.0 1.1.1 > 2.2.2, headerlength 40 bytes, MessageSize 40 bytes, Link State Protocol internal, messageType Unknown (0xc1230045)\n"
        + "\tPrevious Node 1.2.3, Session No. 17, Broadcast Ack 69, Sequence Gap 291,  Broadcast Gap After 7, Broadcast Gap To 8, Last Sent Packet No. 9, Next sent Packet No. 16, Transport Sequence 77, msg_count 3, Link Tolerance 1536\n"
        + "TIPC v2.0 1.1.1 > 2.2.2, headerlength 40 bytes, MessageSize 40 bytes, Link Changeover Protocol internal, messageType Unknown (0xc1230045)\n"
        + "\tPrevious Node 1.2.3, Session No. 17, Broadcast Ack 69, Sequence Gap 291,  Broadcast Gap After 7, Broadcast Gap To 8, Last Sent Packet No. 9, Next sent Packet No. 16, Transport Sequence 77, msg_count 3, Link Tolerance 1536\n"
        + "TIPC v2.0 1.1.1 > 2.2.2, headerlength 40 bytes, MessageSize 40 bytes, Message Fragmentation Protocol internal, messageType Unknown (0xc1230045)\n"
        + "\tPrevious Node 1.2.3, Session No. 17, Broadcast Ack 69, Sequence Gap 291,  Broadcast Gap After 7, Broadcast Gap To 8, Last Sent Packet No. 9, Next sent Packet No. 16, Transport Sequence 77, msg_count 3, Link Tolerance 1536\n"
        + "TIPC v2.0 1.1.7 > 1.1.0, headerlength 44 bytes, MessageSize 44 bytes, Neighbor Detection Protocol internal, messageType Link response\n"
        + "\tNodeSignature 48879, network_id 4711, media_id 1\n"
        + "TIPC v2.0 1.1.7 > 1.1.0, headerlength 44 bytes, MessageSize 44 bytes, Neighbor Detection Protocol internal, messageType Link request\n"
        + "\tNodeSignature 48879, network_id 4711, media_id 1\n"
        + "\n"
        + "\n"
        + " [|tipc]\n"
        + " [|tipc]\n"
        + "TIPC v2.0 1.1.3:111 > 1.1.4:222, headerlength 40 bytes, MessageSize 40 bytes, Low Importance Data payload, messageType NAMED_MSG\n"
        + "\tPrevious Node 1.1.2, Broadcast Ack 4660, Link Ack 5, Link Sequence 6\n"
        + " [|tipc]\n"
        + " [|tipc]\n"
        + "TIPC v2.0 1.1.1 > 2.2.2, headerlength 40 bytes, MessageSize 40 bytes, Broadcast Link Protocol internal, messageType Unknown (0xc1230045) [|tipc]\n"
        + "TIPC v2.0 1.1.7 > 1.1.0, headerlength 44 bytes, MessageSize 44 bytes, Neighbor Detection Protocol internal, messageType Link response [|tipc]\n"
        + "TIPC v2.0 1.1.7 > 1.1.0, headerlength 44 bytes, MessageSize 44 bytes, Neighbor Detection Protocol internal, messageType Link response\n"
        + "\tNodeSignature 48879, network_id 4711, media_id 1\n"
        + " [|tipc]\n";
}
