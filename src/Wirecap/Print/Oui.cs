namespace Wirecap.Print;

/// <summary>Organizationally unique identifiers (oui.c) that tcpdump names.</summary>
public static class Oui
{
    public static readonly Tok Names = new(
        (0x000000, "Ethernet"), (0x0000f8, "Cisco"), (0x00000c, "Cisco"), (0x0080c2, "Ethernet bridged"));
}
