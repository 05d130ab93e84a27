namespace Wirecap.Print;

/// <summary>TCP (print-tcp.c).</summary>
public static class Tcp
{
    public static void Print(ref Frame f, int off, int length, int ipOff, bool fragmented)
    {
        f.Proto = "tcp";
        f.Out.Write("tcp"u8);
    }
}

/// <summary>The first sequence numbers seen per TCP connection, for relative sequence numbers (tcp_seq_hash).</summary>
public sealed class TcpSequenceTable
{
}
