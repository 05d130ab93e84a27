namespace Wirecap.Print;

/// <summary>UDP (print-udp.c).</summary>
public static class Udp
{
    public static void Print(ref Frame f, int off, int length, int ipOff, bool fragmented, int ttlHopLimit)
    {
        f.Proto = "udp";
        f.Out.Write("Udp"u8);
    }
}
