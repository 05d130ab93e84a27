namespace Wirecap.Files;

/// <summary>Link-type names and descriptions as libpcap's pcap_datalink_val_to_name / _description give them.</summary>
public static class LinkTypes
{
    public static string Name(int linkType) => linkType switch { 1 => "EN10MB", _ => $"{linkType}" };
    public static string Description(int linkType) => linkType switch { 1 => "Ethernet", _ => "unknown" };
}
