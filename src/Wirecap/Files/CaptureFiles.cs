using System.Buffers.Binary;

namespace Wirecap.Files;

internal static class CaptureFiles
{
    public static CaptureReader Open(string path, bool nano)
    {
        Stream s;
        try
        {
            s = path == "-" ? Console.OpenStandardInput() : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException) { throw new CaptureFileException($"{path}: No such file or directory"); }
        catch (DirectoryNotFoundException) { throw new CaptureFileException($"{path}: No such file or directory"); }
        catch (UnauthorizedAccessException) { throw new CaptureFileException($"{path}: Permission denied"); }
        Span<byte> hdr = stackalloc byte[24];
        int got = 0;
        while (got < 24)
        {
            int n = s.Read(hdr[got..]);
            if (n <= 0) break;
            got += n;
        }
        if (got < 4) { s.Dispose(); throw new CaptureFileException("truncated dump file; tried to read 4 file header bytes, only got " + got); }
        uint magic = BinaryPrimitives.ReadUInt32LittleEndian(hdr);
        switch (magic)
        {
            case 0xa1b2c3d4: case 0xd4c3b2a1: case 0xa1b23c4d: case 0x4d3cb2a1:
                if (got < 24) { s.Dispose(); throw new CaptureFileException($"truncated dump file; tried to read 24 file header bytes, only got {got}"); }
                return new PcapReader(s, hdr, nano);
            default:
                s.Dispose();
                throw new CaptureFileException("unknown file format");
        }
    }
}
