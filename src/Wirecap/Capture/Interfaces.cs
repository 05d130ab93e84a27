namespace Wirecap.Capture;

/// <summary>Network interfaces as sysfs shows them.</summary>
public static class Interfaces
{
    /// <summary>The ARPHRD_ hardware type of a device (/sys/class/net/NAME/type), or -1.</summary>
    public static int HardwareType(string device)
    {
        try { return int.Parse(File.ReadAllText($"/sys/class/net/{device}/type").Trim()); }
        catch (IOException) { return -1; }
        catch (FormatException) { return -1; }
        catch (UnauthorizedAccessException) { return -1; }
    }

    /// <summary>if_indextoname: the name of an interface index, or null.</summary>
    public static unsafe string? NameOf(int index)
    {
        byte* buf = stackalloc byte[16];
        var p = Native.if_indextoname((uint)index, buf);
        if (p == null) return null;
        int n = 0;
        while (n < 16 && buf[n] != 0) n++;
        return System.Text.Encoding.ASCII.GetString(buf, n);
    }
}
