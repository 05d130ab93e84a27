using Wirecap.Files;
using Wirecap.Print;

namespace Wirecap.Cli;

/// <summary>The offline main loop: read a file, print each packet.</summary>
public static class Runner
{
    public static int Run(Options options, string programName)
    {
        if (options.ReadFile == null)
            return LiveRunner.Run(programName, new Wirecap.Capture.CaptureSettings { Device = options.Interface ?? "any" },
                options.Print, options.Count, options.LineBuffered);
        using var reader = OpenReader(options.ReadFile, options.Print.Nano);
        Console.Error.WriteLine($"reading from file {options.ReadFile}, link-type {LinkTypes.Name(reader.LinkType)} ({LinkTypes.Description(reader.LinkType)}), snapshot length {reader.SnapLen}");
        var stdout = Console.OpenStandardOutput();
        var output = new TextOut(stdout, options.LineBuffered);
        var ctx = new PrintContext(options.Print, output);
        var printer = new PacketPrinter(ctx);
        long left = options.Count;
        try
        {
            while (left != 0 && reader.Next(out var h, out var data))
            {
                printer.Print(h, data);
                if (left > 0) left--;
            }
        }
        catch (CaptureFileException e)
        {
            output.Flush();
            throw new ToolExit($"pcap_loop: {e.Message}");
        }
        finally
        {
            output.Flush();
        }
        return 0;
    }

    private static CaptureReader OpenReader(string path, bool nano)
    {
        try { return CaptureReader.Open(path, nano); }
        catch (CaptureFileException e) { throw new ToolExit(e.Message); }
    }
}
