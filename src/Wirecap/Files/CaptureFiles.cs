using System.Buffers.Binary;

namespace Wirecap.Files;

internal static class CaptureFiles
{
    /// <summary>pcap_open_offline_with_tstamp_precision: open, then recognise pcap or pcapng by the first 4 bytes.</summary>
    public static CaptureReader Open(string path, bool nano)
    {
        Stream s;
        try
        {
            s = path == "-"
                ? Console.OpenStandardInput()
                : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // fopen opens a directory; the first read then fails.
            if (Directory.Exists(path)) throw new CaptureFileException("error reading dump file: Is a directory");
            throw new CaptureFileException(path + ": " + Errors.Describe(e, path));
        }
        var input = new InputBuffer(s);
        try
        {
            return Open(input, nano);
        }
        catch
        {
            input.Dispose();
            throw;
        }
    }

    /// <summary>Recognises the format of a buffered stream; the input belongs to the reader afterwards.</summary>
    internal static CaptureReader Open(InputBuffer input, bool nano)
    {
        input.Fill(4);
        if (input.Available < 4)
            throw new CaptureFileException("truncated dump file; tried to read 4 file header bytes, only got " + input.Available);
        uint magic = BinaryPrimitives.ReadUInt32LittleEndian(input.Span.Slice(input.Start));
        uint swappedMagic = BinaryPrimitives.ReverseEndianness(magic);
        if (magic is PcapReader.MagicMicro or PcapReader.MagicNano or PcapReader.MagicKuznetzov
            || swappedMagic is PcapReader.MagicMicro or PcapReader.MagicNano or PcapReader.MagicKuznetzov)
        {
            input.Fill(24);
            if (input.Available < 24)
                throw new CaptureFileException("truncated dump file; tried to read 24 file header bytes, only got " + (input.Available - 4));
            return new PcapReader(input, nano);
        }
        if (magic == PcapNgReader.BlockSectionHeader)
        {
            var r = PcapNgReader.TryOpen(input, nano);
            if (r != null) return r;
        }
        throw new CaptureFileException("unknown file format");
    }
}

/// <summary>strerror texts for the few I/O failures a capture file meets.</summary>
internal static class Errors
{
    public static string Describe(Exception e, string? path)
    {
        if (e is FileNotFoundException or DirectoryNotFoundException) return "No such file or directory";
        if (e is UnauthorizedAccessException)
        {
            // .NET reports opening a directory for reading as access denied.
            if (path != null && Directory.Exists(path)) return "Is a directory";
            return "Permission denied";
        }
        if (e is PathTooLongException) return "File name too long";
        const int EISDIR = 21, ENOSPC = 28, EACCES = 13, ENOENT = 2, ENOTDIR = 20, EIO = 5;
        return (e.HResult & 0xFFFF) switch
        {
            EISDIR => "Is a directory",
            ENOSPC => "No space left on device",
            EACCES => "Permission denied",
            ENOENT => "No such file or directory",
            ENOTDIR => "Not a directory",
            EIO => "Input/output error",
            _ => e.Message,
        };
    }
}
