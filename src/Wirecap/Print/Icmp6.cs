namespace Wirecap.Print;

/// <summary>ICMPv6 (print-icmp6.c).</summary>
public static class Icmp6
{
    public static void Print(ref Frame f, int off, int length, int ipOff, bool fragmented)
    {
        f.Proto = "icmp6";
        f.Out.Write("Icmp6"u8);
    }
}
