using System.Text;

namespace NewsCurator;

/// <summary>
/// Common TeX math read as the compact plain text a reader follows: "(1-\epsilon)" is "(1-ε)", "\mathcal{O}(n \log n)" is
/// "O(n log n)", "n^{2}" is "n^2", "x_{i}" is "x_i", "\mathbb{R}" is "ℝ", "t^\text{th}" is "t-th". arXiv titles and abstracts
/// and every math blog write their formulas so, and a title printed "Incremental $(1-\epsilon)$-approximate dynamic
/// matching" as its source (held-out review 102, F2); a sentence whose formula stayed TeX was refused, and the summary
/// was built from the sentences that lean on it (F5). What uses a command this does not know (an environment, "\binom",
/// alignment) is not read: <see cref="Read"/> gives null and the caller keeps the TeX as written.
/// </summary>
public static class TexText
{
    /// <summary>The longest formula read; a longer one is no phrase of a sentence.</summary>
    private const int MaxLength = 200;

    /// <summary>Braces nested deeper than this are not read (a hostile text of braces).</summary>
    private const int MaxDepth = 8;

    /// <summary>The formula as plain text, or null where it holds TeX this does not read.</summary>
    public static string? Read(string tex)
    {
        if (tex.Length is 0 or > MaxLength) return null;
        var at = 0;
        var text = Group(tex, ref at, '\0', 0);
        if (text is null || at < tex.Length) return null;
        var spaced = Spaces(text);
        return spaced.Length == 0 || spaced.Contains('\\') ? null : spaced;
    }

    /// <summary>Whether a math span's body holds TeX proper (a command or a script), not a plain token, a price or a brace alone.</summary>
    public static bool HoldsTex(string body) => body.AsSpan().IndexOfAny('\\', '^', '_') >= 0;

    private static string? Group(string tex, ref int at, char end, int depth)
    {
        if (depth > MaxDepth) return null;
        var sb = new StringBuilder();
        while (at < tex.Length)
        {
            var c = tex[at];
            if (c == end) { at++; return sb.ToString(); }
            switch (c)
            {
                case '}' or '&' or '$' or '#' or '%':
                    return null;
                case '{':
                    at++;
                    if (Group(tex, ref at, '}', depth + 1) is not { } inner) return null;
                    sb.Append(inner);
                    break;
                case '^' or '_':
                    at++;
                    if (Argument(tex, ref at, depth) is not { } script) return null;
                    sb.Append(Script(c, script));
                    break;
                case '~':
                    at++;
                    sb.Append(' ');
                    break;
                case '\\':
                    at++;
                    if (Command(tex, ref at, depth) is not { } read) return null;
                    sb.Append(read);
                    break;
                default:
                    sb.Append(c);
                    at++;
                    break;
            }
        }
        return end == '\0' ? sb.ToString() : null;
    }

    /// <summary>A command's or a script's argument: a group, a command, or one character.</summary>
    private static string? Argument(string tex, ref int at, int depth)
    {
        while (at < tex.Length && tex[at] == ' ') at++;
        if (at >= tex.Length) return null;
        var c = tex[at];
        if (c == '{')
        {
            at++;
            return Group(tex, ref at, '}', depth + 1);
        }
        if (c == '\\')
        {
            at++;
            return Command(tex, ref at, depth);
        }
        if (c is '}' or '^' or '_' or '&' or '$') return null;
        at++;
        return c.ToString();
    }

    /// <summary>"^2", "^(n-1)", "_i", "_(t+1)"; an ordinal's "t^\text{th}" as "t-th", a prime as itself.</summary>
    private static string Script(char mark, string script)
    {
        script = script.Trim();
        if (mark == '^' && script is "th" or "st" or "nd" or "rd") return "-" + script;
        if (mark == '^' && script.All(ch => ch is '′' or '*')) return script;
        return script.All(char.IsLetterOrDigit) && (script.Length == 1 || script.All(char.IsDigit) || mark == '_')
            ? $"{mark}{script}" : $"{mark}({script})";
    }

    private static string? Command(string tex, ref int at, int depth)
    {
        if (at >= tex.Length) return null;
        if (!char.IsAsciiLetter(tex[at]))
        {
            var symbol = tex[at++];
            return symbol switch
            {
                '{' or '}' or '_' or '%' or '$' or '#' or '&' => symbol.ToString(),
                ',' or ';' or ':' or ' ' or '\\' => " ",
                '!' => "",
                '|' => "‖",
                _ => null,
            };
        }
        var start = at;
        while (at < tex.Length && char.IsAsciiLetter(tex[at])) at++;
        var name = tex[start..at];
        // TeX reads the space after a command's name as the name's end.
        while (at < tex.Length && tex[at] == ' ') at++;
        if (Symbols.TryGetValue(name, out var read)) return read;
        // "\log n" is "log n", "\ln(U)" is "ln(U)".
        if (Operators.Contains(name)) return at < tex.Length && tex[at] is '(' or '^' or '_' ? $" {name}" : $" {name} ";
        if (Ignored.Contains(name))
        {
            // "\left." and "\right." open or close nothing.
            if (name is "left" or "right" && at < tex.Length && tex[at] == '.') at++;
            return "";
        }
        if (Fonts.Contains(name))
        {
            var argument = Argument(tex, ref at, depth);
            return argument is null ? null : name == "mathbb" ? string.Concat(argument.Select(Blackboard)) : argument;
        }
        switch (name)
        {
            case "frac" or "dfrac" or "tfrac":
                return Argument(tex, ref at, depth) is { } numerator && Argument(tex, ref at, depth) is { } denominator
                    ? $"{Operand(numerator)}/{Operand(denominator)}" : null;
            case "sqrt":
                if (at < tex.Length && tex[at] == '[') return null;
                return Argument(tex, ref at, depth) is { } radicand ? "√" + Operand(radicand) : null;
            case "tilde" or "widetilde":
                return Argument(tex, ref at, depth) is { } tilded ? tilded.Trim() == "O" ? "Õ" : Accented(tilded, '\u0303') : null;
            case "hat" or "widehat":
                return Argument(tex, ref at, depth) is { } hatted ? Accented(hatted, '\u0302') : null;
            case "bar" or "overline":
                return Argument(tex, ref at, depth) is { } barred ? Accented(barred, '\u0305') : null;
            case "ket":
                return Argument(tex, ref at, depth) is { } ket ? $"|{ket}⟩" : null;
            case "bra":
                return Argument(tex, ref at, depth) is { } bra ? $"⟨{bra}|" : null;
            case "vec" or "mathring" or "dot" or "ddot" or "check" or "breve" or "acute" or "grave":
                return Argument(tex, ref at, depth);
            default:
                return null;
        }
    }

    /// <summary>A fraction's part as one operand: "n" as itself, "n+1" in parentheses.</summary>
    private static string Operand(string part)
    {
        part = Spaces(part);
        return (part.All(ch => char.IsLetterOrDigit(ch) || ch is '.' or '(' or ')' or '^' or '_' or '′') && !part.StartsWith('(')) || Wrapped(part) ? part : $"({part})";
    }

    private static bool Wrapped(string part) => part.Length >= 2 && part[0] == '(' && part[^1] == ')' && part.IndexOf(')') == part.Length - 1;

    /// <summary>A single letter with its accent ("x̂"); a longer argument as itself.</summary>
    private static string Accented(string argument, char accent)
        => argument.Trim() is { Length: 1 } letter && char.IsLetter(letter[0]) ? letter + accent : argument;

    private static string Blackboard(char c) => c switch
    {
        'R' => "ℝ", 'N' => "ℕ", 'Z' => "ℤ", 'Q' => "ℚ", 'C' => "ℂ", 'P' => "ℙ", 'E' => "𝔼", 'F' => "𝔽", 'H' => "ℍ",
        _ => c.ToString(),
    };

    /// <summary>Spaces as a sentence has them: one between words, none inside parentheses.</summary>
    private static string Spaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                if (sb.Length > 0 && sb[^1] is not (' ' or '(' or '[' or '⌈' or '⌊' or '⟨')) sb.Append(' ');
                continue;
            }
            if (c is ')' or ']' or ',' or '^' or '_' or '⌉' or '⌋' or '⟩' && sb.Length > 0 && sb[^1] == ' ') sb.Length--;
            sb.Append(c);
        }
        return sb.ToString().Trim();
    }

    private static readonly HashSet<string> Fonts = new(StringComparer.Ordinal)
    {
        "mathcal", "mathscr", "mathfrak", "mathsf", "mathbf", "mathit", "mathrm", "mathtt", "mathbb", "boldsymbol", "bm",
        "text", "textrm", "textit", "textbf", "textsf", "texttt", "textup", "textnormal", "mbox", "operatorname", "emph",
    };

    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal)
    {
        "log", "ln", "lg", "exp", "sin", "cos", "tan", "max", "min", "sup", "inf", "lim", "det", "deg", "gcd", "Pr",
        "arg", "dim", "ker", "poly", "polylog", "argmax", "argmin", "mod", "bmod", "pmod",
    };

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "middle",
        "displaystyle", "textstyle", "scriptstyle", "limits", "nolimits",
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "θ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["rho"] = "ρ", ["varrho"] = "ρ",
        ["sigma"] = "σ", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "φ", ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ",
        ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π",
        ["Sigma"] = "Σ", ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω", ["ell"] = "ℓ",
        ["le"] = " ≤ ", ["leq"] = " ≤ ", ["ge"] = " ≥ ", ["geq"] = " ≥ ", ["ne"] = " ≠ ", ["neq"] = " ≠ ",
        ["lt"] = " < ", ["gt"] = " > ", ["approx"] = " ≈ ", ["sim"] = " ~ ", ["simeq"] = " ≃ ", ["equiv"] = " ≡ ",
        ["ll"] = " ≪ ", ["gg"] = " ≫ ", ["propto"] = " ∝ ", ["in"] = " ∈ ", ["notin"] = " ∉ ", ["ni"] = " ∋ ",
        ["subset"] = " ⊂ ", ["subseteq"] = " ⊆ ", ["supset"] = " ⊃ ", ["supseteq"] = " ⊇ ", ["cup"] = " ∪ ", ["cap"] = " ∩ ",
        ["setminus"] = " ∖ ", ["uplus"] = " ⊎ ", ["oplus"] = " ⊕ ", ["otimes"] = " ⊗ ", ["times"] = " × ", ["cdot"] = " · ",
        ["pm"] = " ± ", ["mp"] = " ∓ ", ["circ"] = " ∘ ", ["ast"] = "*", ["star"] = "⋆", ["div"] = " ÷ ",
        ["to"] = " → ", ["rightarrow"] = " → ", ["leftarrow"] = " ← ", ["Rightarrow"] = " ⇒ ", ["Leftarrow"] = " ⇐ ",
        ["leftrightarrow"] = " ↔ ", ["Leftrightarrow"] = " ⇔ ", ["iff"] = " ⇔ ", ["implies"] = " ⇒ ", ["mapsto"] = " ↦ ",
        ["mid"] = " | ", ["vert"] = "|", ["Vert"] = "‖", ["wedge"] = " ∧ ", ["land"] = " ∧ ", ["vee"] = " ∨ ", ["lor"] = " ∨ ",
        ["neg"] = "¬", ["lnot"] = "¬", ["forall"] = "∀", ["exists"] = "∃", ["infty"] = "∞", ["emptyset"] = "∅",
        ["varnothing"] = "∅", ["partial"] = "∂", ["nabla"] = "∇", ["sum"] = "Σ", ["prod"] = "Π", ["int"] = "∫",
        ["prime"] = "′", ["ldots"] = "…", ["dots"] = "…", ["cdots"] = "⋯", ["dotsc"] = "…", ["dotsb"] = "⋯",
        ["langle"] = "⟨", ["rangle"] = "⟩", ["lceil"] = "⌈", ["rceil"] = "⌉", ["lfloor"] = "⌊", ["rfloor"] = "⌋",
        ["lbrace"] = "{", ["rbrace"] = "}", ["quad"] = " ", ["qquad"] = " ", ["colon"] = ":", ["perp"] = "⊥",
        ["top"] = "⊤", ["bot"] = "⊥", ["triangle"] = "△", ["square"] = "□", ["Box"] = "□", ["hbar"] = "ℏ",
        ["dagger"] = "†", ["aleph"] = "ℵ",
    };
}
