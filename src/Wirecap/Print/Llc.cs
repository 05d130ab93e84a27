namespace Wirecap.Print;

/// <summary>IEEE 802.2 LLC (print-llc.c). Not decoded yet: every frame is left to the caller's default print.</summary>
public static class Llc
{
    /// <summary>llc_print: the header length consumed, negative when the caller should print the payload raw.</summary>
    public static int Print(ref Frame f, int p, int length, int caplen, int src, int dst) => -0;
}
