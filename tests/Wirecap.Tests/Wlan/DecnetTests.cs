using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Wlan;

/// <summary>
/// DECnet Phase IV (print-decnet.c) against tcpdump 4.99.3: routing control messages, short and long
/// data headers, padding, every NSP message type, and short or cut-short packets, printed by "tcpdump -t -n [-v]".
/// </summary>
public class DecnetTests
{
    private static readonly (string Hex, int WireLength)[] DecnetFrames =
    [
        ("aa000400010caa000400020860030d00020a040b040360010002000580", 29),
        ("aa000400010caa000400020860031100020a040b04030001000200059007a00300", 33),
        ("aa000400010caa000400020860030d003a0a040b040320010002000100", 29),
        ("aa000400010caa000400020860031c00260000aa0004000a040000aa0004000b040005000040010002000500", 44),
        ("aa000400010caa000400020860031100020a040b04033001000200058003b00400", 33),
        ("aa000400010caa000400020860031300020a040b04031001000200058003a004000203", 35),
        ("aa000400010caa000400020860031300020a040b040310010002000500000000000403", 35),
        ("aa000400010caa000400020860031300020a040b040310010002000500000000000803", 35),
        ("aa000400010caa000400020860031300020a040b040310010002000500000000000303", 35),
        ("aa000400010caa000400020860030f00020a040b04030401000200058003a0", 31),
        ("aa000400010caa000400020860030f00020a040b04031401000200059003b0", 31),
        ("aa000400010caa000400020860030b00020a040b04032401000200", 27),
        ("aa000400010caa000400020860030b00020a040b04033401000200", 27),
        ("aa000400010caa000400020860030f00020a040b0403180000020005020001", 31),
        ("aa000400010caa000400020860030f00020a040b0403680000020009030001", 31),
        ("aa000400010caa000400020860031000020a040b040328010002000401000203", 32),
        ("aa000400010caa000400020860030e00020a040b04033801000200260000", 30),
        ("aa000400010caa000400020860030d00020a040b040348010002006300", 29),
        ("aa000400010caa000400020860030b00020a040b04035801000200", 27),
        ("aa000400010caa000400020860030b00020a040b04030c01000200", 27),
        ("aa000400010caa000400020860030900020a040b0403000100", 25),
        ("aa000400010caa000400020860030b00020a040b04030001000200", 27),
        ("aa000400010caa000400020860030c00010b040700040200000f0000", 28),
        ("aa000400010caa000400020860030600030b04070000", 22),
        ("aa000400010caa000400020860030600050b04aa0000", 22),
        ("aa000400010caa000400020860031200070b0400020001000314010005000208ffff", 34),
        ("aa000400010caa000400020860030c00090b0400020001000314ffff", 28),
        ("aa000400010caa0004000208600314000b020000aa0004000b0441000540000f00000000", 36),
        ("aa000400010caa0004000208600320000d020000aa0004000b04030005000000000000000000aa0004000a040f0000aa", 48),
        ("aa000400010caa0004000208600303000f0b04", 19),
        ("aa000400010caa000400020860030b00010b040700040200000f00", 27),
        ("aa000400010caa000400020860031f000d020000aa0004000b04030005000000000000000000aa0004000a040f0000", 47),
        ("aa000400010caa000400020860030400420b0400", 20),
        ("aa000400010caa000400020860030600040b04000000", 22),
        ("aa000400010caa00040002086003110083000000020a040b040360010002000580", 33),
        ("aa000400010caa00040002086003060002", 60),
        ("aa000400010caa000400020860030300020a040b0403", 22),
        ("aa000400010caa000400020860034000020a040b0403", 22),
        ("aa000400010caa000400020860030d00020a040b", 60),
        ("aa000400010caa000400020860031800260000aa0004000a04", 70),
    ];

    [Fact]
    public void DecnetDefault() => Assert.Equal(ExpectedDecnetDefault,
        InProcessPrint.HexFrames(DecnetFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    private const string ExpectedDecnetDefault =
        "1.11 > 1.10 13 data 2>1 ack 5  (invalid)\n"
        + "1.11 > 1.10 17 data 2>1 nak 5 oack 7 seg 3 \n"
        + "1.11 > 1.10 13 data 2>1 seg 1 \n"
        + "1.11 > 1.10 28 data 2>1 seg 5 \n"
        + "1.11 > 1.10 17 intr ack 5 nakdat 3 seg 4 \n"
        + "1.11 > 1.10 19 link-service 2>1 ack 5 ackdat 3 seg 4 dat seg count 3 send-data \n"
        + "1.11 > 1.10 19 link-service 2>1 seg 5 intr req count 3 \n"
        + "1.11 > 1.10 19 link-service 2>1 seg 5 reserved-fcval-int? 8\n"
        + "1.11 > 1.10 19 link-service 2>1 seg 5 dat seg count 3 reserved-fcmod? 3\n"
        + "1.11 > 1.10 15 data-ack 2>1 ack 5 oack 3 \n"
        + "1.11 > 1.10 15 ils-ack 2>1 nak 5 nakdat 3 \n"
        + "1.11 > 1.10 11 conn-ack 1\n"
        + "1.11 > 1.10 11 reserved-acktype? 34 2 > 1\n"
        + "1.11 > 1.10 15 conn-initiate 2>0 seg ver 4.0 segsize 256 \n"
        + "1.11 > 1.10 15 retrans-conn-initiate 2>0 msg ver 4.1 segsize 256 \n"
        + "1.11 > 1.10 16 conn-confirm 2>1 seg ver 3.1 segsize 512 optlen 3 \n"
        + "1.11 > 1.10 14 disconn-initiate 2>1 no response from object \n"
        + "1.11 > 1.10 13 disconn-confirm 2>1 reason-99 \n"
        + "1.11 > 1.10 11 reserved-ctltype? 58 2 > 1\n"
        + "1.11 > 1.10 11 reserved-type? c 2 > 1\n"
        + "1.11 > 1.10 9  (nsplen 3 < 5) (invalid)\n"
        + "1.11 > 1.10 11 data 2>1  (invalid)\n"
        + "init endnode verif src 1.11blksize 1024 vers 2 eco 0 ueco 0 hello 15\n"
        + "verification src 1.11 fcnval 7\n"
        + "test src 1.11 data 252\n"
        + "lev-1-routing src 1.11 {ids 1-3 cost 3 hops 5} {ids 5-6 cost 2 hops 2} \n"
        + "lev-2-routing src 1.11 {areas 1-3 cost 3 hops 5} \n"
        + "router-hello l2rout blo vers 2 eco 0 ueco 0 src 1.11 blksize 1280 pri 64 hello 15\n"
        + "endnode-hello endnode vers 2 eco 0 ueco 0 src 1.11 blksize 1280 rtr 1.10 hello 15 data 252\n"
        + " (length 5 < 6) (invalid)\n"
        + "init  (invalid)\n"
        + "endnode-hello  (invalid)\n"
        + " (pktlen 4 < 6) (invalid)\n"
        + "unknown message flags under mask\n"
        + "\t0x0000:  0600 040b 0400                           ......\n"
        + "unknown message flags under mask\n"
        + "\t0x0000:  0000 0002 0a04 0b04 0360 0100 0200       .........`....\n"
        + " [|decnet]\n"
        + " (pktlen 3 < 6) (invalid)\n"
        + " (pktlen 64 > 8) (invalid)\n"
        + " [|decnet]\n"
        + " [|decnet]\n";

    [Fact]
    public void DecnetVerbose() => Assert.Equal(ExpectedDecnetVerbose,
        InProcessPrint.HexFrames(DecnetFrames, new PrintOptions { NoResolve = 1, TimeFormat = 1, Verbose = 1 }));

    private const string ExpectedDecnetVerbose =
        "1.11 > 1.10 13 4 hops data 2>1 ack 5  (invalid)\n"
        + "1.11 > 1.10 17 4 hops data 2>1 nak 5 oack 7 seg 3 \n"
        + "1.11 > 1.10 13 RQR RTS IE 4 hops data 2>1 seg 1 \n"
        + "1.11 > 1.10 28 IE 5 hops data 2>1 seg 5 \n"
        + "1.11 > 1.10 17 4 hops intr ack 5 nakdat 3 seg 4 \n"
        + "1.11 > 1.10 19 4 hops link-service 2>1 ack 5 ackdat 3 seg 4 dat seg count 3 send-data \n"
        + "1.11 > 1.10 19 4 hops link-service 2>1 seg 5 intr req count 3 \n"
        + "1.11 > 1.10 19 4 hops link-service 2>1 seg 5 reserved-fcval-int? 8\n"
        + "1.11 > 1.10 19 4 hops link-service 2>1 seg 5 dat seg count 3 reserved-fcmod? 3\n"
        + "1.11 > 1.10 15 4 hops data-ack 2>1 ack 5 oack 3 \n"
        + "1.11 > 1.10 15 4 hops ils-ack 2>1 nak 5 nakdat 3 \n"
        + "1.11 > 1.10 11 4 hops conn-ack 1\n"
        + "1.11 > 1.10 11 4 hops reserved-acktype? 34 2 > 1\n"
        + "1.11 > 1.10 15 4 hops conn-initiate 2>0 seg ver 4.0 segsize 256 \n"
        + "1.11 > 1.10 15 4 hops retrans-conn-initiate 2>0 msg ver 4.1 segsize 256 \n"
        + "1.11 > 1.10 16 4 hops conn-confirm 2>1 seg ver 3.1 segsize 512 optlen 3 \n"
        + "1.11 > 1.10 14 4 hops disconn-initiate 2>1 no response from object \n"
        + "1.11 > 1.10 13 4 hops disconn-confirm 2>1 reason-99 \n"
        + "1.11 > 1.10 11 4 hops reserved-ctltype? 58 2 > 1\n"
        + "1.11 > 1.10 11 4 hops reserved-type? c 2 > 1\n"
        + "1.11 > 1.10 9 4 hops  (nsplen 3 < 5) (invalid)\n"
        + "1.11 > 1.10 11 4 hops data 2>1  (invalid)\n"
        + "init endnode verif src 1.11blksize 1024 vers 2 eco 0 ueco 0 hello 15\n"
        + "verification src 1.11 fcnval 7\n"
        + "test src 1.11 data 252\n"
        + "lev-1-routing src 1.11 {ids 1-3 cost 3 hops 5} {ids 5-6 cost 2 hops 2} \n"
        + "lev-2-routing src 1.11 {areas 1-3 cost 3 hops 5} \n"
        + "router-hello l2rout blo vers 2 eco 0 ueco 0 src 1.11 blksize 1280 pri 64 hello 15\n"
        + "endnode-hello endnode vers 2 eco 0 ueco 0 src 1.11 blksize 1280 rtr 1.10 hello 15 data 252\n"
        + " (length 5 < 6) (invalid)\n"
        + "init  (invalid)\n"
        + "endnode-hello  (invalid)\n"
        + " (pktlen 4 < 6) (invalid)\n"
        + "unknown message flags under mask\n"
        + "\t0x0000:  0600 040b 0400                           ......\n"
        + "[pad:3] unknown message flags under mask\n"
        + "\t0x0000:  0000 0002 0a04 0b04 0360 0100 0200       .........`....\n"
        + " [|decnet]\n"
        + " (pktlen 3 < 6) (invalid)\n"
        + " (pktlen 64 > 8) (invalid)\n"
        + " [|decnet]\n"
        + " [|decnet]\n";

}
