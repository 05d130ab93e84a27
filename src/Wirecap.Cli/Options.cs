using Wirecap.Print;

namespace Wirecap.Cli;

/// <summary>Everything the command line says, parsed once.</summary>
public sealed class Options
{
    public PrintOptions Print { get; set; } = new();
    public string? ReadFile { get; set; }
    public string? WriteFile { get; set; }
    public string? Interface { get; set; }
    public long Count { get; set; } = -1;
    public bool LineBuffered { get; set; }
    public bool PacketBuffered { get; set; }
    public string? Filter { get; set; }
}
