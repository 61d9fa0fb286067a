using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// U+FFFD, the replacement character, in an item's title or text: characters lost to a wrong encoding before the text reached
/// this reader, most often an English headline's curly quotes, apostrophes and dashes ("�So many yoga gurus ... � I�m amazed
/// ...�"). The headline's first one went as an emoji and the rest were printed (held-out review 85, F5). The item is kept,
/// mended where its place says what was lost, and the feed says so once (<see cref="IngestStage"/>): one between a word and
/// an English contraction's or possessive's ending ("I�m", "don�t", "Apple�s") was an apostrophe, one between spaces a dash,
/// and one that opens or closes the whole title or text a quote mark, which a headline does without. Any other stays, for a
/// lost letter ("Espa�a") is not guessed (see <see cref="Mend"/>).
/// </summary>
public static partial class ReplacementCharacters
{
    public const char Mark = '\uFFFD';

    public static bool In(string? text) => text is not null && text.Contains(Mark, StringComparison.Ordinal);

    /// <summary>
    /// The text mended. Only an English contraction ("I�m", "don�t", "it�s") is an apostrophe by itself; a word's "�s" may be
    /// a lost letter ("Tom�s Mikolov", "Jes�s", Latin-1 read as UTF-8), so it is a possessive only where the text shows its
    /// losses were English punctuation (a contraction or a quote at its edges) and no letter lost inside a word ("Rodr�guez").
    /// One between spaces is a dash only where no letter was lost either: "Bienvenue � Paris" lost an "à" (code review 45, R5).
    /// </summary>
    /// <param name="text">The title, text or name to mend.</param>
    /// <param name="item">The item's title and texts, whose losses together say what was lost; the text alone where null.</param>
    public static string Mend(string text, IReadOnlyList<string?>? item = null)
    {
        if (!In(text)) return text;
        var parts = item ?? [text];
        var punctuation = parts.Any(p => In(p) && (KnownContraction().IsMatch(p!) || AtEdge().IsMatch(p!)));
        var lostLetters = parts.Any(p => In(p) && LostLetter().IsMatch(KnownContraction().Replace(p!, "’")));
        text = KnownContraction().Replace(text, "’");
        if (punctuation && !lostLetters) text = Contraction().Replace(text, "’");
        if (!lostLetters) text = Spaced().Replace(text, "–");
        return AtEdge().Replace(text, "");
    }

    [GeneratedRegex(@"(?<=\b(?:I|you|we|they|he|she|it|that|there|here|what|who|where|how|let|do|does|did|is|are|was|were|has|have|had|can|could|would|should|won|don|isn|aren|wasn|weren|hasn|haven|hadn|didn|doesn|couldn|wouldn|shouldn|mustn|needn|ain))\uFFFD(?=(?:s|t|m|d|ll|re|ve)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KnownContraction();

    /// <summary>A possessive's "�s" after any English word ("Apple�s").</summary>
    [GeneratedRegex(@"(?<=[A-Za-z])\uFFFD(?=s\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Contraction();

    /// <summary>A U+FFFD between letters, not before a possessive's final "s": an accented letter lost ("Rodr�guez", "lumi�re").</summary>
    [GeneratedRegex(@"(?<=\p{L})\uFFFD(?=\p{L})(?!s\b)", RegexOptions.CultureInvariant)]
    private static partial Regex LostLetter();

    [GeneratedRegex(@"(?<=\s)\uFFFD(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Spaced();

    [GeneratedRegex(@"^(\s*)\uFFFD(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.!?'’])\uFFFD(?=\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex AtEdge();
}
