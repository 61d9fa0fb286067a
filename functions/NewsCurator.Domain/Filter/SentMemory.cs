using NewsCurator.Model;
using NewsCurator.Storage;

namespace NewsCurator.Filter;

/// <summary>
/// One story a newsletter carried: enough to recognise it again (its canonical URL, title fingerprint and, in records
/// written since hostile-input audit 31, its text's).
/// </summary>
public sealed record SentStory(string ArticleId, string? CanonicalUrl, ulong TitleHash, string Title, ulong? TextHash = null);

/// <summary>What one run's newsletter sent: listed by Export, filed by Deliver to state/sent/{runId}.json once the issue has gone out.</summary>
public sealed record SentRecord(string RunId, DateTimeOffset SentAt, IReadOnlyList<SentStory> Stories)
{
    /// <summary>
    /// What Export never writes (a missing list, a null story, a story without id or title), or null when the record
    /// is whole. Such a record failed Filter on every later run (ArgumentNullException, NullReferenceException).
    /// </summary>
    public string? Damage()
    {
        if (string.IsNullOrEmpty(RunId)) return "no runId";
        if (Stories is null) return "no stories list";
        for (var i = 0; i < Stories.Count; i++)
            if (Stories[i] is not { ArticleId: not null, Title: not null }) return $"story {i} is null or has no articleId or title";
        return null;
    }

    /// <summary>A sent record, or null when there is none or it was damaged (and so quarantined with a warning).</summary>
    public static Task<SentRecord?> ReadAsync(IBlobStore blobs, string key, CancellationToken ct)
        => blobs.ReadStateJsonAsync<SentRecord>(key, record => record.Damage(), ct);
}

/// <summary>
/// Memory across runs: stories sent in a recent newsletter are not sent again, whether they come
/// back under the same URL or re-worded by another source.
/// </summary>
public sealed class SentMemory
{
    public const string Prefix = "state/sent/";

    private readonly List<(SentRecord Run, SentStory Story)> _stories;
    private readonly int _distance;

    private SentMemory(List<(SentRecord, SentStory)> stories, int distance)
    {
        _stories = stories;
        _distance = distance;
    }

    public static string Key(string runId) => $"{Prefix}{runId}.json";

    public static ulong TitleHash(string title) => SimHash.Compute(Words.Tokenize(title), shingle: 1);

    /// <summary>
    /// The text's fingerprint: its opening's words (<see cref="TextOpening"/> characters), or null for a text too short to
    /// tell one story from another (a teaser's "Read more").
    /// </summary>
    public static ulong? TextHash(string? text)
        => text is { Length: >= MinTextForIdentity } ? SimHash.Hash64("text:" + string.Join(' ', Words.Tokenize(text.Length > TextOpening ? text[..TextOpening] : text))) : null;

    private const int MinTextForIdentity = 200;

    /// <summary>Whether two titles share a word of four letters or more that is not a function word.</summary>
    private static bool ShareAWord(string a, string b)
    {
        var words = Words.Tokenize(a).Where(w => w.Length >= 4 && !Words.Function.Contains(w)).ToHashSet(StringComparer.Ordinal);
        return Words.Tokenize(b).Any(words.Contains);
    }
    private const int TextOpening = 2_000;

    /// <summary>
    /// The newsletters sent within the window before now, excluding the current run (a re-run must not remember itself).
    /// <paramref name="now"/> is the run's start, which a re-run of an id keeps. A re-run of an issue that went out
    /// reproduces it, so it reads only what was sent before it; a re-run of one that never went out (its mail server was
    /// down) also remembers what later runs sent, up to <paramref name="clock"/>, the present: read only to its start, it
    /// mailed the later issue's stories again (hostile-input audit 30, H2). A record dated past both is a wrong clock's and
    /// is not read.
    /// </summary>
    public static async Task<SentMemory> LoadAsync(IBlobStore blobs, string currentRunId, DateTimeOffset now, int days, int distance, CancellationToken ct,
        DateTimeOffset? clock = null)
    {
        var stories = new List<(SentRecord, SentStory)>();
        if (days > 0)
        {
            var keys = await blobs.ListAsync(Prefix, ct);
            var latest = clock is { } present && present > now && !keys.Contains(Key(currentRunId)) ? present : now;
            foreach (var key in keys)
            {
                if (key == Key(currentRunId)) continue;
                var record = await SentRecord.ReadAsync(blobs, key, ct);
                if (record is null || record.SentAt < now.AddDays(-days) || record.SentAt > latest) continue;
                stories.AddRange(record.Stories.Select(s => (record, s)));
            }
        }
        return new SentMemory(stories, distance);
    }

    public Decision? Check(Article article)
    {
        var hash = TitleHash(article.Title);
        var titleTokens = Words.Tokenize(article.Title).Count;
        ulong? text = null;
        foreach (var (run, story) in _stories)
        {
            var sameUrl = article.CanonicalUrl is not null && article.CanonicalUrl == story.CanonicalUrl;
            var sameTitle = titleTokens >= 4 && SimHash.Distance(hash, story.TitleHash) <= _distance;
            // Yesterday's story word for word under a new title and address was mailed again (hostile-input audit 31, H5). The
            // titles still share a name or word ("Anthropic releases Claude Opus 5", "Claude Opus 5 is here"): a show's next
            // episode over the same notes shares none, and is no story sent (review of session 31, R1).
            var sameText = story.TextHash is { } sent && (text ??= TextHash(article.Text)) == sent && ShareAWord(article.Title, story.Title);
            if (!sameUrl && !sameTitle && !sameText) continue;
            return new Decision
            {
                ArticleId = article.Id,
                Stage = Stages.Filter,
                Outcome = Outcomes.Dropped,
                Rule = "already_sent",
                Reason = $"already sent in the newsletter of run {run.RunId} ({run.SentAt:yyyy-MM-dd}) as \"{story.Title}\"" + (sameUrl || sameTitle ? "" : ", the same text under another title"),
                DuplicateOf = story.ArticleId,
            };
        }
        return null;
    }
}
