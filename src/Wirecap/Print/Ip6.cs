namespace Wirecap.Print;

/// <summary>IPv6 (print-ip6.c).</summary>
public static class Ip6
{
    public static void Print(ref Frame f, int off, int length)
    {
        f.Proto = "ip6";
        f.Out.Write("Ip6"u8);
    }
}
