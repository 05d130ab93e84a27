using System.Text;

namespace Wirecap.Tests.TestSupport;

/// <summary>A short, readable account of how two outputs differ, for assertion messages.</summary>
public static class OutputDiff
{
    /// <summary>Null when the bytes are equal; otherwise the first differing lines with their numbers.</summary>
    public static string? Describe(byte[] expected, byte[] actual, int maxLines = 6)
    {
        if (expected.AsSpan().SequenceEqual(actual)) return null;
        var e = Lines(expected);
        var a = Lines(actual);
        var sb = new StringBuilder();
        sb.Append($"expected {e.Length} lines ({expected.Length} bytes), got {a.Length} lines ({actual.Length} bytes)\n");
        int shown = 0;
        for (int i = 0; i < Math.Max(e.Length, a.Length) && shown < maxLines; i++)
        {
            string? x = i < e.Length ? e[i] : null, y = i < a.Length ? a[i] : null;
            if (x == y) continue;
            sb.Append($"line {i + 1}:\n  - {x ?? "(none)"}\n  + {y ?? "(none)"}\n");
            shown++;
        }
        if (shown == 0) sb.Append("(lines equal: the difference is in the final newline)\n");
        return sb.ToString();
    }

    private static string[] Lines(byte[] b)
    {
        var s = Encoding.UTF8.GetString(b);
        if (s.EndsWith('\n')) s = s[..^1];
        return s.Length == 0 ? [] : s.Split('\n');
    }
}
