using System.Globalization;
using System.Text;

namespace Wirecap.Filter;

/// <summary>
/// The text of a BPF program as tcpdump prints it for -d (libpcap's bpf_image, one line per
/// instruction), -dd (a C initializer) and -ddd (decimal, with a count line).
/// Runs once per invocation, so strings are fine here.
/// </summary>
public static class BpfImage
{
    /// <summary>
    /// Linux's ancillary-data offsets (SKF_AD_OFF + n): libpcap as built on Linux prints absolute
    /// loads from them by name. Index is (k - SKF_AD_OFF) / 4; the slots in between have no name.
    /// </summary>
    private static readonly string[] AncillaryNames =
    [
        "proto", "type", "ifidx", "nla", "nlan", "mark", "queue", "hatype",
        "rxhash", "cpu", "xor_x", "vlan_tci", "vlanp", "poff", "random", "vlan_tpid",
    ];

    /// <summary>SKF_AD_OFF, -0x1000 as an unsigned offset.</summary>
    public const uint AncillaryBase = 0xfffff000;
    /// <summary>SKF_AD_MAX: the size of the ancillary area.</summary>
    public const uint AncillaryMax = 64;

    /// <summary>The whole program in tcpdump's -d (dflag 1), -dd (2) or -ddd (3 or more) form, each line ending in a newline.</summary>
    public static string Dump(ReadOnlySpan<BpfInstruction> program, int dflag)
    {
        var sb = new StringBuilder(program.Length * 40 + 16);
        var inv = CultureInfo.InvariantCulture;
        if (dflag > 2)
        {
            sb.Append(program.Length.ToString(inv)).Append('\n');
            foreach (var i in program)
                sb.Append(i.Code.ToString(inv)).Append(' ').Append(i.Jt.ToString(inv)).Append(' ')
                  .Append(i.Jf.ToString(inv)).Append(' ').Append(i.K.ToString(inv)).Append('\n');
        }
        else if (dflag > 1)
        {
            foreach (var i in program)
                sb.Append("{ 0x").Append(i.Code.ToString("x", inv)).Append(", ").Append(i.Jt.ToString(inv))
                  .Append(", ").Append(i.Jf.ToString(inv)).Append(", 0x").Append(i.K.ToString("x8", inv)).Append(" },\n");
        }
        else
        {
            for (int n = 0; n < program.Length; n++)
                sb.Append(Image(program[n], n)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>One instruction as bpf_image prints it: "(NNN) op       operand", jumps with "jt T\tjf F".</summary>
    public static string Image(BpfInstruction p, int n)
    {
        var (op, operand) = Decode(p, n);
        var sb = new StringBuilder(48);
        sb.Append('(');
        // %03d
        var num = n.ToString(CultureInfo.InvariantCulture);
        if (n >= 0) for (int i = num.Length; i < 3; i++) sb.Append('0');
        sb.Append(num).Append(") ");
        Pad(sb, op, 8);
        sb.Append(' ');
        if (Bpf.Class(p.Code) == Bpf.Jmp && Bpf.Op(p.Code) != Bpf.Ja)
        {
            Pad(sb, operand, 16);
            sb.Append(" jt ").Append(Signed((uint)(n + 1 + p.Jt)))
              .Append("\tjf ").Append(Signed((uint)(n + 1 + p.Jf)));
        }
        else
        {
            sb.Append(operand);
        }
        return sb.ToString();
    }

    private static void Pad(StringBuilder sb, string s, int width)
    {
        sb.Append(s);
        for (int i = s.Length; i < width; i++) sb.Append(' ');
    }

    // printf's %d of a 32-bit value
    private static string Signed(uint v) => ((int)v).ToString(CultureInfo.InvariantCulture);
    // printf's %x of a 32-bit value
    private static string HexK(uint v) => v.ToString("x", CultureInfo.InvariantCulture);

    private static string AbsOperand(uint k)
    {
        uint rel = k - AncillaryBase;
        if (k >= AncillaryBase && rel < AncillaryMax && rel % 4 == 0)
            return "[" + AncillaryNames[rel / 4] + "]";
        return "[" + Signed(k) + "]";
    }

    /// <summary>The mnemonic and operand text; an opcode bpf_image does not know is "unimp 0xCODE".</summary>
    private static (string Op, string Operand) Decode(BpfInstruction p, int n)
    {
        uint k = p.K;
        switch (p.Code)
        {
            case Bpf.Ret | Bpf.K: return ("ret", "#" + Signed(k));
            case Bpf.Ret | Bpf.A: return ("ret", "");

            case Bpf.Ld | Bpf.W | Bpf.Abs: return ("ld", AbsOperand(k));
            case Bpf.Ld | Bpf.H | Bpf.Abs: return ("ldh", AbsOperand(k));
            case Bpf.Ld | Bpf.B | Bpf.Abs: return ("ldb", AbsOperand(k));
            case Bpf.Ld | Bpf.W | Bpf.Len: return ("ld", "#pktlen");
            case Bpf.Ld | Bpf.W | Bpf.Ind: return ("ld", "[x + " + Signed(k) + "]");
            case Bpf.Ld | Bpf.H | Bpf.Ind: return ("ldh", "[x + " + Signed(k) + "]");
            case Bpf.Ld | Bpf.B | Bpf.Ind: return ("ldb", "[x + " + Signed(k) + "]");
            case Bpf.Ld | Bpf.Imm: return ("ld", "#0x" + HexK(k));
            case Bpf.Ldx | Bpf.Imm: return ("ldx", "#0x" + HexK(k));
            case Bpf.Ldx | Bpf.Msh | Bpf.B: return ("ldxb", "4*([" + Signed(k) + "]&0xf)");
            case Bpf.Ld | Bpf.Mem: return ("ld", "M[" + Signed(k) + "]");
            case Bpf.Ldx | Bpf.Mem: return ("ldx", "M[" + Signed(k) + "]");
            case Bpf.St: return ("st", "M[" + Signed(k) + "]");
            case Bpf.Stx: return ("stx", "M[" + Signed(k) + "]");

            case Bpf.Jmp | Bpf.Ja: return ("ja", Signed((uint)n + 1 + k));
            case Bpf.Jmp | Bpf.Jgt | Bpf.K: return ("jgt", "#0x" + HexK(k));
            case Bpf.Jmp | Bpf.Jge | Bpf.K: return ("jge", "#0x" + HexK(k));
            case Bpf.Jmp | Bpf.Jeq | Bpf.K: return ("jeq", "#0x" + HexK(k));
            case Bpf.Jmp | Bpf.Jset | Bpf.K: return ("jset", "#0x" + HexK(k));
            case Bpf.Jmp | Bpf.Jgt | Bpf.X: return ("jgt", "x");
            case Bpf.Jmp | Bpf.Jge | Bpf.X: return ("jge", "x");
            case Bpf.Jmp | Bpf.Jeq | Bpf.X: return ("jeq", "x");
            case Bpf.Jmp | Bpf.Jset | Bpf.X: return ("jset", "x");

            case Bpf.Alu | Bpf.Add | Bpf.X: return ("add", "x");
            case Bpf.Alu | Bpf.Sub | Bpf.X: return ("sub", "x");
            case Bpf.Alu | Bpf.Mul | Bpf.X: return ("mul", "x");
            case Bpf.Alu | Bpf.Div | Bpf.X: return ("div", "x");
            case Bpf.Alu | Bpf.Mod | Bpf.X: return ("mod", "x");
            case Bpf.Alu | Bpf.And | Bpf.X: return ("and", "x");
            case Bpf.Alu | Bpf.Or | Bpf.X: return ("or", "x");
            case Bpf.Alu | Bpf.Xor | Bpf.X: return ("xor", "x");
            case Bpf.Alu | Bpf.Lsh | Bpf.X: return ("lsh", "x");
            case Bpf.Alu | Bpf.Rsh | Bpf.X: return ("rsh", "x");
            // arithmetic constants print in decimal, bitwise ones in hex
            case Bpf.Alu | Bpf.Add | Bpf.K: return ("add", "#" + Signed(k));
            case Bpf.Alu | Bpf.Sub | Bpf.K: return ("sub", "#" + Signed(k));
            case Bpf.Alu | Bpf.Mul | Bpf.K: return ("mul", "#" + Signed(k));
            case Bpf.Alu | Bpf.Div | Bpf.K: return ("div", "#" + Signed(k));
            case Bpf.Alu | Bpf.Mod | Bpf.K: return ("mod", "#" + Signed(k));
            case Bpf.Alu | Bpf.And | Bpf.K: return ("and", "#0x" + HexK(k));
            case Bpf.Alu | Bpf.Or | Bpf.K: return ("or", "#0x" + HexK(k));
            case Bpf.Alu | Bpf.Xor | Bpf.K: return ("xor", "#0x" + HexK(k));
            case Bpf.Alu | Bpf.Lsh | Bpf.K: return ("lsh", "#" + Signed(k));
            case Bpf.Alu | Bpf.Rsh | Bpf.K: return ("rsh", "#" + Signed(k));
            case Bpf.Alu | Bpf.Neg: return ("neg", "");

            case Bpf.Misc | Bpf.Tax: return ("tax", "");
            case Bpf.Misc | Bpf.Txa: return ("txa", "");

            default: return ("unimp", "0x" + p.Code.ToString("x", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// Reads the -ddd form back (a count line, then "code jt jf k" per line) — the format tcpdump
    /// prints, used to load programs for tests and tools. Returns null when the text is malformed.
    /// </summary>
    public static BpfInstruction[]? ParseDecimal(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0 || !int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            || count != lines.Length - 1)
            return null;
        var prog = new BpfInstruction[count];
        for (int i = 0; i < count; i++)
        {
            var f = lines[i + 1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length != 4
                || !ushort.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                || !byte.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var jt)
                || !byte.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var jf)
                || !uint.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var k))
                return null;
            prog[i] = new BpfInstruction(code, jt, jf, k);
        }
        return prog;
    }
}
