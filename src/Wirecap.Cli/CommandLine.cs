using Wirecap.Print;

namespace Wirecap.Cli;

/// <summary>tcpdump's command line (getopt_long with argument permutation). Minimal for now.</summary>
public static class CommandLine
{
    public static Options Parse(string[] args)
    {
        var o = new Options();
        int v = 0, n = 0, x = 0, X = 0, A = 0, t = 0;
        bool e = false, q = false, S = false, K = false, num = false;
        var rest = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a == "--number") { num = true; continue; }
            if (a.Length > 1 && a[0] == '-' && a[1] != '-')
            {
                for (int k = 1; k < a.Length; k++)
                {
                    char c = a[k];
                    switch (c)
                    {
                        case 'v': v++; break;
                        case 'n': n++; break;
                        case 'x': x++; break;
                        case 'X': X++; break;
                        case 'A': A++; break;
                        case 't': t++; break;
                        case 'e': e = true; break;
                        case 'q': q = true; break;
                        case 'S': S = true; break;
                        case 'K': K = true; break;
                        case 'l': o.LineBuffered = true; break;
                        case 'p': break;
                        case '#': num = true; break;
                        case 'r' or 'w' or 'c' or 's' or 'i':
                            {
                                string val = k + 1 < a.Length ? a[(k + 1)..] : (++i < args.Length ? args[i] : throw new ToolExit($"option requires an argument -- '{c}'"));
                                if (c == 'r') o.ReadFile = val;
                                else if (c == 'w') o.WriteFile = val;
                                else if (c == 'c') o.Count = long.Parse(val);
                                else if (c == 'i') o.Interface = val;
                                k = a.Length;
                                break;
                            }
                        default: throw new ToolExit($"invalid option -- '{c}'");
                    }
                }
            }
            else rest.Add(a);
        }
        if (rest.Count > 0) o.Filter = string.Join(' ', rest);
        o.Print = new PrintOptions
        {
            Verbose = v, NoResolve = n, Hex = x, HexAscii = X, Ascii = A, TimeFormat = t == 0 ? 0 : Math.Min(t + 1, 5) == 2 && t == 1 ? 1 : t + 0,
            LinkHeader = e, Quiet = q, AbsoluteSeq = S, NoChecksum = K, Number = num,
        };
        return o;
    }
}
