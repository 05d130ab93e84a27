namespace Wirecap.Print;

public static class Radius
{
    public static void Print(ref Frame f, int cp, int length) { }
}
