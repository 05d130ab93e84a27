namespace Wirecap.Print;

/// <summary>DNS and mDNS (print-domain.c).</summary>
public static class Dns
{
    public static void Print(ref Frame f, int off, int length, bool overTcp, bool isMdns)
    {
        f.Proto = "domain";
        f.Out.Write("Dns"u8);
    }
}
