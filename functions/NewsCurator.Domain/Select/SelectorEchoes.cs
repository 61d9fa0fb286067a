using NewsCurator.Model;

namespace NewsCurator.Select;

/// <summary>
/// One event a publisher posts twice: two of its posts of one day, one of which tells the other's opening again, a run of
/// <see cref="EchoWords"/> words or more of its first sentence. A developer-tool vendor posted an early-access build's notes
/// and, 8 seconds later, its C++ edition's, whose opening ("... with updates for HLSL support, code completion inside inactive
/// preprocessor branches, a new inlay hint for forwarding references, and other updates") the first post's C++ section
/// told again word for word; their titles and summaries differ and the two took ranks 3 and 4 (held-out review 105, F2).
/// </summary>
/// <remarks>
/// Told later than <see cref="EchoBatch"/>, only the earlier post's telling of the later one's opening counts: the later's
/// telling of the earlier's opening is background recapped ("As we reported this morning, ..."), a new event's or a digest's.
/// A publisher's standing words are no echo: the run must not open both stories (a shared template's first line), and at
/// most <see cref="MaxEchoStories"/> of the publisher's stories in the run may use it ("Download the build from our website
/// or via the Toolbox App ..." closes every post).
/// </remarks>
public sealed partial class Selector
{
    /// <summary>How many words of one story's first sentence another must tell, in a row, to tell it again.</summary>
    private const int EchoWords = 12;

    /// <summary>How many of a publisher's stories may use the run: more is the publisher's standing copy.</summary>
    private const int MaxEchoStories = 2;

    /// <summary>How far into a story's text an echo is looked for.</summary>
    private const int MaxEchoRead = 20_000;

    /// <summary>How far apart two posts may be published and still tell one event (both dated).</summary>
    private static readonly TimeSpan EchoWindow = TimeSpan.FromDays(1);

    /// <summary>
    /// How far apart two posts may be published for the later one's telling the earlier one's opening to make one event: posts
    /// of one batch (the vendor's two notes went out 8 seconds apart). Later than that it is the background a follow-up or a
    /// digest recaps: a news site's 17:00 story of a recall told its 09:00 launch story's lead again and was dropped as that
    /// story (code review 50, R1).
    /// </summary>
    private static readonly TimeSpan EchoBatch = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The run of words one of the two stories' first sentence shares with the other's text past its own first sentence, or
    /// null (<paramref name="publisherTexts"/>: the texts of the publisher's stories in the run, for its standing copy).
    /// </summary>
    private static string? Echo(Chosen chosen, Article article, IEnumerable<string> publisherTexts)
    {
        if (chosen.Published is not { } a || article.Published is not { } b || (a - b).Duration() > EchoWindow) return null;
        var (earlier, later) = a <= b ? (chosen.Text, article.Text) : (article.Text, chosen.Text);
        // The earlier post telling the later one's opening is one event; the later telling the earlier's is its background
        // recap ("As we reported this morning, ...": a follow-up, a digest), one event only when both went out in one batch.
        var run = EchoOf(later, earlier) ?? ((a - b).Duration() <= EchoBatch ? EchoOf(earlier, later) : null);
        if (run is null) return null;
        return publisherTexts.Count(t => Grams(t, skipOpening: false).Contains(run)) <= MaxEchoStories ? run : null;
    }

    /// <summary>A run of <see cref="EchoWords"/> words of the first sentence of <paramref name="opening"/> told in <paramref name="other"/> but not in its first sentence.</summary>
    private static string? EchoOf(string opening, string other)
    {
        var first = FirstSentenceOf(opening);
        var words = Words.Tokenize(first);
        if (words.Count < EchoWords) return null;
        var told = Grams(other, skipOpening: true);
        if (told.Count == 0) return null;
        for (var i = 0; i + EchoWords <= words.Count; i++)
            if (string.Join(' ', words.GetRange(i, EchoWords)) is var gram && told.Contains(gram)) return gram;
        return null;
    }

    /// <summary>The runs of <see cref="EchoWords"/> words of a text (of its first <see cref="MaxEchoRead"/> characters), past its first sentence where asked.</summary>
    private static HashSet<string> Grams(string text, bool skipOpening)
    {
        var read = text.Length > MaxEchoRead ? text[..MaxEchoRead] : text;
        if (skipOpening) read = read[Math.Min(read.Length, FirstSentenceOf(read).Length)..];
        var words = Words.Tokenize(read);
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + EchoWords <= words.Count; i++) grams.Add(string.Join(' ', words.GetRange(i, EchoWords)));
        return grams;
    }

    /// <summary>A text's first sentence, of its first line (of its first 1,000 characters).</summary>
    private static string FirstSentenceOf(string text)
    {
        var opening = text.Length > 1_000 ? text[..1_000] : text;
        var line = opening.TrimStart().IndexOf('\n') is var end and >= 0 ? opening.TrimStart()[..end] : opening.TrimStart();
        var sentence = SentenceSplitter.Split(line).FirstOrDefault() ?? "";
        var at = text.IndexOf(sentence, StringComparison.Ordinal);
        return at < 0 || sentence.Length == 0 ? "" : text[..(at + sentence.Length)];
    }
}
