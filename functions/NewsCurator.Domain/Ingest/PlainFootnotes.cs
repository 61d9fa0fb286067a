using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// A flattened release's notes: "... save times. _________________________ 1 Testing by Zyphra as of November 14, 2025
/// ... Performance may vary based on use of the latest drivers." Markup's footnotes (HtmlText.IsFootnote) and Markdown's
/// ("[^1]") are known by their marks; plain text has only the rule and the numbers, and a benchmark's disclaimer became a
/// summary sentence while the body's marker "1" opened another ("... and OLMoE. 1 Building on prior work, ...": held-out
/// review 109, F4). A rule of five or more underscores in the text's second half, followed by note 1 and notes that read as
/// notes, ends the body; a bare number of a note after a sentence's stop in the body is its marker and goes, unless it
/// counts what follows it ("2 TB of ...").
/// Numbered steps ("1 Install ...") with no such notes after a rule stay.
/// </summary>
public static partial class PlainFootnotes
{
    public static string Without(string text)
    {
        if (!text.Contains("_____", StringComparison.Ordinal)) return text;
        // Notes start at 1 and read as notes: a disclaimer ("Testing by ... as of", "Results may vary") or notes 1, 2, ... in
        // order. A newsletter's divider before its "5 Links Worth Reading This Week" section is no notes block (code review 50, R3).
        var rule = NotesRule().Matches(text).FirstOrDefault(m => m.Index >= text.Length / 2 && m.Groups["n"].Value == "1");
        if (rule is null) return text;
        var notes = text[rule.Groups["n"].Index..];
        var numbers = NoteNumber().Matches(notes).Select(m => m.Groups["n"].Value).ToList();
        var ordered = numbers.Count >= 2 && numbers.Select((n, i) => n == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).All(b => b);
        if (!ordered && !NoteCue().IsMatch(notes.Length > MaxNotesRead ? notes[..MaxNotesRead] : notes)) return text;
        var known = numbers.Append("1").ToHashSet(StringComparer.Ordinal);
        var body = text[..rule.Index].TrimEnd();
        return Marker().Replace(body, m => known.Contains(m.Groups["n"].Value) && !Counts(body, m) ? "" : m.Value);
    }

    /// <summary>How much of the text after a number is read for the two words it may count.</summary>
    private const int MaxCountRead = 120;

    /// <summary>How much of the notes block is read for a note's words.</summary>
    private const int MaxNotesRead = 2_000;

    /// <summary>
    /// Whether the number after a stop is a count that opens its sentence, not a marker: a unit or a model after it ("2 TB of
    /// pooled memory", "4 MI355X GPUs"), or, past one, a plural noun within two words ("3 Major labs, OpenAI ..."). Taking it
    /// for a marker deleted the story's quantity (code review 50, R3).
    /// </summary>
    private static bool Counts(string body, Match marker)
    {
        // The two words after it, read from a bounded slice: a text of many markers copied its rest once each.
        var start = marker.Index + marker.Length;
        var after = body.Substring(start, Math.Min(MaxCountRead, body.Length - start));
        var words = after.Split([' ', '\t'], 4, StringSplitOptions.RemoveEmptyEntries).Take(2).Select(w => w.TrimEnd(',', '.', ';', ':')).ToList();
        if (words.Count == 0) return false;
        if (words[0].Length >= 2 && (words[0].Any(char.IsDigit) || words[0].Count(char.IsUpper) >= 2)) return true;
        return marker.Groups["n"].Value != "1" && words.Any(w => w.Length >= 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)
            && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal) && w.All(char.IsLetter));
    }

    /// <summary>A note's words: a benchmark's or a claim's disclaimer.</summary>
    [GeneratedRegex(@"\b(?:(?:testing|tested|measured|measurements?|estimates?|estimated|data|results|figures|projections?)\s+(?:by|as\s+of|from|on|based)|based\s+on|may\s+vary|as\s+of\s+(?:\p{Lu}\p{Ll}+\s+\d|\d)|source:|configurations?:|see\s+(?:endnotes?|footnotes?))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteCue();

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
