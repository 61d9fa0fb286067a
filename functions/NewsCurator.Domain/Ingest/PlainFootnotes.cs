using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// A flattened release's notes: "... save times. _________________________ 1 Testing by Zyphra as of November 14, 2025
/// ... Performance may vary based on use of the latest drivers." Markup's footnotes (HtmlText.IsFootnote) and Markdown's
/// ("[^1]") are known by their marks; plain text has only the rule and the numbers, and a benchmark's disclaimer became a
/// summary sentence while the body's marker "1" opened another ("... and OLMoE. 1 Building on prior work, ...": held-out
/// review 109, F4). A rule of five or more underscores in the text's second half, followed by a note that opens on a one-
/// or two-digit number, ends the body; a bare number of a note after a sentence's stop in the body is its marker and goes.
/// Numbered steps ("1 Install ...") with no such notes after a rule stay.
/// </summary>
public static partial class PlainFootnotes
{
    public static string Without(string text)
    {
        if (!text.Contains("_____", StringComparison.Ordinal)) return text;
        var rule = NotesRule().Matches(text).FirstOrDefault(m => m.Index >= text.Length / 2);
        if (rule is null) return text;
        var notes = text[(rule.Index + rule.Length - rule.Groups["n"].Length)..];
        var numbers = NoteNumber().Matches(notes).Select(m => m.Groups["n"].Value).Prepend(rule.Groups["n"].Value).ToHashSet(StringComparer.Ordinal);
        var body = text[..rule.Index].TrimEnd();
        return Marker().Replace(body, m => numbers.Contains(m.Groups["n"].Value) ? "" : m.Value);
    }

    // ASCII digits: .NET's \d takes every script's.
    [GeneratedRegex(@"(?:^|[ \t])_{5,}[ \t]*(?:\r?\n[ \t]*)?(?<n>[0-9]{1,2})[ \t]+(?=\p{Lu})", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NotesRule();

    /// <summary>A later note's number, after the stop that ends the note before it.</summary>
    [GeneratedRegex(@"(?:(?<=[.!?)][ \t]+)|^[ \t]*)(?<n>[0-9]{1,2})[ \t]+(?=\p{Lu})", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NoteNumber();

    /// <summary>A note's marker between a sentence's stop and the next sentence's capital ("OLMoE. 1 Building").</summary>
    [GeneratedRegex(@"(?<=\p{L}[.!?][""”’)]?)[ \t]+(?<n>[0-9]{1,2})(?=[ \t]+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
