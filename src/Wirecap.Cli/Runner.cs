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
        Console.Error.WriteLine($"reading from file {options.ReadFile}, link-type {LinkTypes.BannerText(reader.LinkType)}, snapshot length {reader.SnapLen}");
        if (LinkTypes.ToDlt(reader.LinkType) == 276) Console.Error.WriteLine("Warning: interface names might be incorrect");
        if (options.WriteFile != null) return Dump(reader, options);
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

    /// <summary>-w: copy the packets into a pcap file (tcpdump's dump_packet), printing nothing.</summary>
    private static int Dump(CaptureReader reader, Options options)
    {
        PcapWriter writer;
        try { writer = PcapWriter.Open(options.WriteFile!, reader, options.Print.Nano); }
        catch (CaptureFileException e) { throw new ToolExit(e.Message); }
        writer.PacketBuffered = options.PacketBuffered;
        using (writer)
        {
            long left = options.Count;
            try
            {
                while (left != 0 && reader.Next(out var h, out var data))
                {
                    writer.Write(h, data);
                    if (left > 0) left--;
                }
            }
            catch (CaptureFileException e)
            {
                writer.Flush();
                throw new ToolExit($"pcap_loop: {e.Message}");
            }
        }
        return 0;
    }

    private static CaptureReader OpenReader(string path, bool nano)
    {
        try { return CaptureReader.Open(path, nano); }
        catch (CaptureFileException e) { throw new ToolExit(e.Message); }
    }
}
