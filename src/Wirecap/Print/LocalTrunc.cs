namespace Wirecap.Print;

/// <summary>
/// ND_TCHECK_LEN as the printers compiled without ND_LONGJMP_FROM_TCHECK use it (ip6, icmp,
/// icmp6, llc, mobility ...): a missing field prints " [|proto]" at once and the printer returns
/// normally, so that its callers go on printing and the -x dump still skips the link header.
/// (A failed GET_ read, <see cref="Frame.Need"/>, ends the whole packet instead.)
/// </summary>
internal static class LocalTrunc
{
    public static bool Check(ref Frame f, int off, int len)
    {
        if (f.Has(off, len)) return true;
        f.PrintTrunc();
        return false;
    }
}
