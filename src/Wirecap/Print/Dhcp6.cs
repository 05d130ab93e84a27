namespace Wirecap.Print;

public static class Dhcp6
{
    public static void Print(ref Frame f, int cp, int length) { }
}
