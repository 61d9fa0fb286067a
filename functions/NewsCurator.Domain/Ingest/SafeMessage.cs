using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// Parser messages without the document's words. XmlException and JsonException quote the names
/// and characters they stopped at; a feed error is stored and shown, and a file: or intranet URL
/// must not leak its content through it. Line and position stay: they are what a fix needs.
/// </summary>
internal static partial class SafeMessage
{
    [GeneratedRegex("'[^']*'|\"[^\"]*\"|hexadecimal value 0x[0-9A-Fa-f]+")]
    private static partial Regex Quoted();

    public static string Of(Exception ex)
        => Quoted().Replace(ex.Message, m => m.Value.StartsWith("hex", StringComparison.Ordinal) ? "a character"
            // An undeclared entity's name ('copy', 'nbsp') is markup, not the document's words, and the fix needs it.
            : ex.Message.StartsWith("Reference to undeclared entity", StringComparison.Ordinal) && EntityName().IsMatch(m.Value) ? m.Value
            // So is an undeclared namespace prefix ('atom', 'media'): the message begins with it, and the fix is its declaration.
            : m.Index == 0 && ex.Message.AsSpan(m.Length).StartsWith(" is an undeclared prefix", StringComparison.Ordinal) && PrefixName().IsMatch(m.Value) ? m.Value
            // A short token of punctuation only (']]>', '=', ';', '/>') carries none of the document's words, and it is
            // the token the publisher has to fix: masked, "'…' is not allowed in character data" named nothing (F9).
            : IsPunctuationToken(m.Value) ? m.Value
            : "'…'");

    /// <summary>The most characters a quoted punctuation token may have and still be shown: XML's own are at most three.</summary>
    private const int MaxPunctuationToken = 3;

    /// <summary>A quoted token of 1 to <see cref="MaxPunctuationToken"/> ASCII punctuation or symbol characters: no letter, digit or space.</summary>
    private static bool IsPunctuationToken(string quoted)
    {
        var inner = quoted.AsSpan(1, quoted.Length - 2);
        if (inner.Length is 0 or > MaxPunctuationToken) return false;
        foreach (var c in inner)
            if (!(char.IsPunctuation(c) || char.IsSymbol(c)) || c > '\u007F') return false;
        return true;
    }

    [GeneratedRegex(@"^'[A-Za-z][A-Za-z0-9]{0,31}'$")]
    private static partial Regex EntityName();

    [GeneratedRegex(@"^'[A-Za-z_][A-Za-z0-9_.-]{0,31}'$")]
    private static partial Regex PrefixName();

    /// <summary><see cref="Of"/> as one line of at most <paramref name="maxLength"/> characters, for a stored error.</summary>
    public static string? Line(Exception ex, int maxLength) => HeaderText.SingleLineOrNull(Of(ex), maxLength);
}
