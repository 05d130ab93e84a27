namespace Wirecap.Print;

/// <summary>IPv4 (print-ip.c).</summary>
public static class Ip
{
    public static void Print(ref Frame f, int off, int length)
    {
        f.Proto = "ip";
        f.Out.Write("Ip"u8);
    }
}
