namespace Wirecap.Print;

/// <summary>ICMP (print-icmp.c).</summary>
public static class Icmp
{
    public static void Print(ref Frame f, int off, int length, int ipOff, bool fragmented)
    {
        f.Proto = "icmp";
        f.Out.Write("Icmp"u8);
    }
}
