namespace Wirecap.Cli;

/// <summary>Whether a long option takes an argument (getopt_long's has_arg).</summary>
public enum ArgKind { None, Required }

/// <summary>One entry of the long-option table: its name, argument kind and the code the parser returns.</summary>
public readonly record struct LongOption(string Name, ArgKind Arg, int Code);

/// <summary>One option the parser recognised: its code (the short option character or a long-only code) and argument.</summary>
public readonly record struct ParsedOption(int Code, string? Argument);

/// <summary>
/// glibc's getopt_long with its default argument permutation: options and operands may be mixed,
/// operands keep their order, "--" ends the options, and a lone "-" is an operand. When the
/// environment has POSIXLY_CORRECT, the first operand ends the options, as glibc does then.
/// Errors carry glibc's message text (without the "argv0: " prefix).
/// </summary>
public sealed class Getopt
{
    private readonly string _shortOptions;
    private readonly LongOption[] _longOptions;

    /// <param name="shortOptions">getopt's optstring: each option character, followed by ':' when it takes an argument.</param>
    public Getopt(string shortOptions, LongOption[] longOptions)
    {
        _shortOptions = shortOptions;
        _longOptions = longOptions;
    }

    /// <summary>The outcome of reading one command-line element: an option, or glibc's error text.</summary>
    public readonly record struct Step(ParsedOption Option, string? Error);

    /// <summary>
    /// Walks the arguments (without argv[0]) and yields each option in order; on a malformed option
    /// it yields a step with <see cref="Step.Error"/> set (glibc's text; empty when glibc prints none)
    /// and stops. Operands are collected into <paramref name="operands"/> in the order getopt leaves them
    /// after permutation (operands before "--" first, then everything after it).
    /// </summary>
    public IEnumerable<Step> Parse(string[] args, List<string> operands, bool posixlyCorrect = false)
    {
        int i = 0;
        while (i < args.Length)
        {
            string a = args[i];
            if (a == "--")
            {
                for (int k = i + 1; k < args.Length; k++) operands.Add(args[k]);
                yield break;
            }
            if (a.Length < 2 || a[0] != '-')
            {
                if (posixlyCorrect)
                {
                    for (int k = i; k < args.Length; k++) operands.Add(args[k]);
                    yield break;
                }
                operands.Add(a);
                i++;
                continue;
            }
            i++;
            if (a[1] == '-')
            {
                var step = LongStep(a, args, ref i);
                yield return step;
                if (step.Error != null) yield break;
                continue;
            }
            // A cluster of short options: "-Xnlps0", "-c5".
            for (int k = 1; k < a.Length; k++)
            {
                char c = a[k];
                int at = c is ':' or ';' ? -1 : _shortOptions.IndexOf(c);
                if (at < 0)
                {
                    yield return new Step(default, $"invalid option -- '{c}'");
                    yield break;
                }
                if (at + 1 < _shortOptions.Length && _shortOptions[at + 1] == ':')
                {
                    string value;
                    if (k + 1 < a.Length) value = a[(k + 1)..];
                    else if (i < args.Length) value = args[i++];
                    else
                    {
                        yield return new Step(default, $"option requires an argument -- '{c}'");
                        yield break;
                    }
                    yield return new Step(new ParsedOption(c, value), null);
                    break;
                }
                yield return new Step(new ParsedOption(c, null), null);
            }
        }
    }

    /// <summary>One "--name[=value]" element: exact match first, else a unique prefix (glibc's process_long_option).</summary>
    private Step LongStep(string a, string[] args, ref int i)
    {
        string body = a[2..];
        int eq = body.IndexOf('=');
        string name = eq < 0 ? body : body[..eq];
        int found = -1;
        for (int k = 0; k < _longOptions.Length; k++)
            if (_longOptions[k].Name == name) { found = k; break; }
        if (found < 0)
        {
            List<int>? ambiguous = null;
            for (int k = 0; k < _longOptions.Length; k++)
            {
                if (!_longOptions[k].Name.StartsWith(name, StringComparison.Ordinal)) continue;
                if (found < 0) { found = k; continue; }
                var first = _longOptions[found];
                var other = _longOptions[k];
                // Abbreviations of options that would do the same thing are not ambiguous.
                if (first.Arg != other.Arg || first.Code != other.Code)
                {
                    ambiguous ??= [found];
                    ambiguous.Add(k);
                }
            }
            if (ambiguous != null)
            {
                var text = new System.Text.StringBuilder();
                text.Append("option '--").Append(body).Append("' is ambiguous; possibilities:");
                foreach (int k in ambiguous) text.Append(" '--").Append(_longOptions[k].Name).Append('\'');
                return new Step(default, text.ToString());
            }
        }
        if (found < 0) return new Step(default, $"unrecognized option '--{body}'");
        var opt = _longOptions[found];
        if (eq >= 0)
        {
            if (opt.Arg == ArgKind.None) return new Step(default, $"option '--{opt.Name}' doesn't allow an argument");
            return new Step(new ParsedOption(opt.Code, body[(eq + 1)..]), null);
        }
        if (opt.Arg == ArgKind.Required)
        {
            if (i >= args.Length) return new Step(default, $"option '--{opt.Name}' requires an argument");
            return new Step(new ParsedOption(opt.Code, args[i++]), null);
        }
        return new Step(new ParsedOption(opt.Code, null), null);
    }
}
