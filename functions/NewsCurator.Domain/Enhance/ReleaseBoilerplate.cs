using System.Text.RegularExpressions;

namespace NewsCurator.Enhance;

/// <summary>
/// A press release's closing legal text: "About AMD For more than 55 years ...", "Cautionary Statement This press release
/// contains forward-looking statements ...", "Media Contact: ...". It is no part of the story a reader reads, yet it made a
/// 650-word release a "10 min read" (held-out review 109, F5). Cut at its first heading, found at a sentence's start past
/// the story's opening: a fixed legal heading, or "About X" whose name comes back right after it ("About Eviden Eviden is
/// ...") with a legal heading or a contact after it; a contact alone in the text's second half. An article that discusses forward-looking statements writes them
/// in prose, not as a heading run into its text, and keeps its words.
/// </summary>
public static partial class ReleaseBoilerplate
{
    /// <summary>How many words of the text come before the boilerplate: all of them when it has none.</summary>
    public static int StoryWordCount(string text)
    {
        var cut = Start(text);
        return cut < 0 ? Words.CountAnyScript(text) : Words.CountAnyScript(text[..cut]);
    }

    /// <summary>Where the release's closing boilerplate starts; -1 when there is none.</summary>
    public static int Start(string text)
    {
        // A contact line alone only in the text's second half: an event post's "Contact: ..." mid-text is its own.
        var legal = LegalHeading().Matches(text).FirstOrDefault(m => IsPastOpening(m.Index) && (!m.Value.EndsWith(':') || m.Index >= text.Length / 2));
        var start = legal?.Index ?? -1;
        foreach (Match about in AboutHeading().Matches(text))
        {
            if (start >= 0 && about.Index >= start) break;
            if (!IsPastOpening(about.Index) || start < 0) continue;
            var name = about.Groups["name"].Value;
            var after = text.AsSpan(about.Index + about.Length, Math.Min(MaxNameRepeat, text.Length - about.Index - about.Length));
            if (after.Contains(name, StringComparison.Ordinal)) return about.Index;
        }
        return start;
    }

    /// <summary>A story's opening is no boilerplate: this many characters come before it (the legal text may be most of a release).</summary>
    private const int MinStoryLength = 600;

    /// <summary>How far after "About X" the name comes back in its first sentence.</summary>
    private const int MaxNameRepeat = 200;

    private static bool IsPastOpening(int at) => at >= MinStoryLength;

    // A heading runs into its text before a capital, or stands on its line; case-sensitive, as headings are written.
    [GeneratedRegex(@"(?<=(?:^|[.!?][""”’)]?[ \t]+|\n)[ \t]*)(?:Cautionary[ \t]+Statements?|CAUTIONARY[ \t]+STATEMENTS?|Forward-Looking[ \t]+Statements|FORWARD-LOOKING[ \t]+STATEMENTS|Safe[ \t]+Harbor[ \t]+Statement|SAFE[ \t]+HARBOR[ \t]+STATEMENT|(?:Media|Press|Investor)[ \t]+Contacts?:|Contacts?:)(?=[ \t]*(?:\p{Lu}|$))", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex LegalHeading();

    [GeneratedRegex(@"(?<=(?:^|[.!?][""”’)]?[ \t]+|\n)[ \t]*)About[ \t]+(?<name>\p{Lu}[\p{L}\p{N}&.-]*)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex AboutHeading();
}
