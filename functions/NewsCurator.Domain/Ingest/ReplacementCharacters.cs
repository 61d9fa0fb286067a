using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// U+FFFD, the replacement character, in an item's title or text: characters lost to a wrong encoding before the text reached
/// this reader, most often an English headline's curly quotes, apostrophes and dashes ("�So many yoga gurus ... � I�m amazed
/// ...�"). The headline's first one went as an emoji and the rest were printed (held-out review 85, F5). The item is kept,
/// mended where its place says what was lost, and the feed says so once (<see cref="IngestStage"/>): one between a word and
/// an English contraction's or possessive's ending ("I�m", "don�t", "Apple�s") was an apostrophe, one between spaces a dash,
/// and one that opens or closes the whole title or text a quote mark, which a headline does without. Any other stays, for a
/// lost letter ("Espa�a") is not guessed.
/// </summary>
public static partial class ReplacementCharacters
{
    public const char Mark = '\uFFFD';

    public static bool In(string? text) => text is not null && text.Contains(Mark, StringComparison.Ordinal);

    public static string Mend(string text)
    {
        if (!In(text)) return text;
        text = Contraction().Replace(text, "’");
        text = Spaced().Replace(text, "–");
        return AtEdge().Replace(text, "");
    }

    [GeneratedRegex(@"(?<=[A-Za-z])\uFFFD(?=(?:s|t|m|d|ll|re|ve)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Contraction();

    [GeneratedRegex(@"(?<=\s)\uFFFD(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Spaced();

    [GeneratedRegex(@"^(\s*)\uFFFD(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.!?'’])\uFFFD(?=\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex AtEdge();
}
