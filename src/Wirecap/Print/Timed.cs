namespace Wirecap.Print;

/// <summary>
/// timed, the Berkeley UNIX time synchronization protocol (print-timed.c).
/// <code>
/// +--------+--------+-----------------+
/// |  type  |  vers  |    sequence     |
/// +--------+--------+-----------------+
/// |  seconds (or hop count, 1 byte)   |
/// |  microseconds                     |
/// +-----------------------------------+
/// |  host name, NUL-terminated (256)  |
/// </code>
/// </summary>
public static class Timed
{
    public const int Port = 525;
    private const int TypeOff = 0, VersOff = 1, SeqOff = 2, TimeOff = 4, NameOff = 12, NameSize = 256;
    private const uint Loop = 24, SetTime = 5, AdjTime = 1, SetDate = 22, SetDateReq = 23;

    private static readonly Tok Types = new((0, "TSP_ANY"), (1, "TSP_ADJTIME"), (2, "TSP_ACK"), (3, "TSP_MASTERREQ"),
        (4, "TSP_MASTERACK"), (5, "TSP_SETTIME"), (6, "TSP_MASTERUP"), (7, "TSP_SLAVEUP"), (8, "TSP_ELECTION"),
        (9, "TSP_ACCEPT"), (10, "TSP_REFUSE"), (11, "TSP_CONFLICT"), (12, "TSP_RESOLVE"), (13, "TSP_QUIT"),
        (14, "TSP_DATE"), (15, "TSP_DATEREQ"), (16, "TSP_DATEACK"), (17, "TSP_TRACEON"), (18, "TSP_TRACEOFF"),
        (19, "TSP_MSITE"), (20, "TSP_MSITEREQ"), (21, "TSP_TEST"), (22, "TSP_SETDATE"), (23, "TSP_SETDATEREQ"),
        (24, "TSP_LOOP"));

    public static void Print(ref Frame f, int bp)
    {
        f.Proto = "timed";
        var o = f.Out;
        uint type = f.U8(bp + TypeOff);
        if (f.Truncated) return;
        var name = Types.Find(type);
        if (name != null) o.Write(name);
        else { o.Write("(tsp_type 0x"u8); o.Hex(type); o.Char(')'); }   // every unnamed type is non-zero: %#x
        uint vers = f.U8(bp + VersOff);
        o.Write(" vers "u8); o.Dec(vers);
        uint seq = f.U16(bp + SeqOff);
        o.Write(" seq "u8); o.Dec(seq);

        switch (type)
        {
            case Loop:
            {
                uint hops = f.U8(bp + TimeOff);
                o.Write(" hopcnt "u8); o.Dec(hops);
                break;
            }
            case SetTime: case AdjTime: case SetDate: case SetDateReq:
            {
                int sec = (int)f.U32(bp + TimeOff);
                int usec = (int)f.U32(bp + TimeOff + 4);
                if (f.Truncated || usec < 0) return;   // invalid: the rest is not printed
                o.Write(" time "u8);
                // A negative time is stored as seconds rounded down plus positive microseconds.
                if (sec < 0 && usec != 0)
                {
                    sec++;
                    if (sec == 0) o.Char('-');
                    usec = 1000000 - usec;
                }
                o.Dec(sec); o.Char('.'); o.Dec((ulong)usec, 6);
                break;
            }
        }
        o.Write(" name "u8);
        TextProto.PrintJnp(ref f, bp + NameOff, NameSize);
    }
}
