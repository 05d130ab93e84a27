namespace Wirecap.Print;

/// <summary>ARP and RARP (print-arp.c).</summary>
public static class Arp
{
    public static void Print(ref Frame f, int off, int length, int caplen)
    {
        f.Proto = "arp";
        f.Out.Write("Arp"u8);
    }
}
