using Wirecap.Print;
using Wirecap.Tests.TestSupport;
using Xunit;

namespace Wirecap.Tests.Rpc;

/// <summary>
/// timed (print-timed.c) against tcpdump 4.99.3: synthetic messages of each layout (hop count, times
/// positive and negative, plain), an unknown type and frames cut short, printed with "tcpdump -t -n".
/// </summary>
public class TimedTests
{
    private static readonly (string Hex, int WireLength)[] Frames =
    [
        ("02000000000202000000000108004500002d00010000401166bd0a0000010a000002020d020d00190000180100070500000000000000686f737400", -1),
        ("02000000000202000000000108004500002d00010000401166bd0a0000010a000002020d020d00190000050100080000006400001388686f737400", -1),
        ("02000000000202000000000108004500002d00010000401166bd0a0000010a000002020d020d0019000001010009ffffffff0003d090686f737400", -1),
        ("02000000000202000000000108004500002d00010000401166bd0a0000010a000002020d020d001900001601000afffffffb00000001686f737400", -1),
        ("02000000000202000000000108004500002f00010000401166bb0a0000010a000002020d020d001b00000301000b00000000000000006d617374657200", -1),
        ("02000000000202000000000108004500002d00010000401166bd0a0000010a000002020d020d001900006302000c00000000ffffffff686f737400", -1),
        ("02000000000202000000000108004500002d00010000401166bd0a0000010a000002020d020d001900000101000d00000005fffffffd686f737400", -1),
        ("02000000000202000000000108004500002d00010000401166bd0a0000010a000002020d020d001900001801", 59),
        ("02000000000202000000000108004500002d00010000401166bd0a0000010a000002020d020d0019000005010008000000640000", 59),
        ("02000000000202000000000108004500002f00010000401166bb0a0000010a000002020d020d001b00000301000b0000000000000000", 61),
    ];

    private static string Print(PrintOptions options) => InProcessPrint.HexFrames(Frames, options);

    [Fact]
    public void Default() => Assert.Equal(ExpectedDefault, Print(new PrintOptions { NoResolve = 1, TimeFormat = 1 }));

    private const string ExpectedDefault =
        "IP 10.0.0.1.525 > 10.0.0.2.525: TSP_LOOP vers 1 seq 7 hopcnt 5 name host\n"
        + "IP 10.0.0.1.525 > 10.0.0.2.525: TSP_SETTIME vers 1 seq 8 time 100.005000 name host\n"
        + "IP 10.0.0.1.525 > 10.0.0.2.525: TSP_ADJTIME vers 1 seq 9 time -0.750000 name host\n"
        + "IP 10.0.0.1.525 > 10.0.0.2.525: TSP_SETDATE vers 1 seq 10 time -4.999999 name host\n"
        + "IP 10.0.0.1.525 > 10.0.0.2.525: TSP_MASTERREQ vers 1 seq 11 name master\n"
        + "IP 10.0.0.1.525 > 10.0.0.2.525: (tsp_type 0x63) vers 2 seq 12 name host\n"
        + "IP 10.0.0.1.525 > 10.0.0.2.525: TSP_ADJTIME vers 1 seq 13\n"
        + "IP 10.0.0.1.525 > 10.0.0.2.525: TSP_LOOP vers 1 [|timed]\n"
        + "IP 10.0.0.1.525 > 10.0.0.2.525: TSP_SETTIME vers 1 seq 8 [|timed]\n"
        + "IP 10.0.0.1.525 > 10.0.0.2.525: TSP_MASTERREQ vers 1 seq 11 name  [|timed]\n";

}
