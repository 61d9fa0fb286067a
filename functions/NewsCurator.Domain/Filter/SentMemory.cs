using NewsCurator.Model;
using NewsCurator.Storage;

namespace NewsCurator.Filter;

/// <summary>One story a newsletter carried: enough to recognise it again (its canonical URL and title fingerprint).</summary>
public sealed record SentStory(string ArticleId, string? CanonicalUrl, ulong TitleHash, string Title);

/// <summary>What one run's newsletter sent, written by Export to state/sent/{runId}.json.</summary>
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

    /// <summary>The newsletters sent within the window before now, excluding the current run (a re-run must not remember itself).</summary>
    public static async Task<SentMemory> LoadAsync(IBlobStore blobs, string currentRunId, DateTimeOffset now, int days, int distance, CancellationToken ct)
    {
        var stories = new List<(SentRecord, SentStory)>();
        if (days > 0)
            foreach (var key in await blobs.ListAsync(Prefix, ct))
            {
                if (key == Key(currentRunId)) continue;
                var record = await SentRecord.ReadAsync(blobs, key, ct);
                if (record is null || record.SentAt < now.AddDays(-days) || record.SentAt > now) continue;
                stories.AddRange(record.Stories.Select(s => (record, s)));
            }
        return new SentMemory(stories, distance);
    }

    public Decision? Check(Article article)
    {
        var hash = TitleHash(article.Title);
        var titleTokens = Words.Tokenize(article.Title).Count;
        foreach (var (run, story) in _stories)
        {
            var sameUrl = article.CanonicalUrl is not null && article.CanonicalUrl == story.CanonicalUrl;
            var sameTitle = titleTokens >= 4 && SimHash.Distance(hash, story.TitleHash) <= _distance;
            if (!sameUrl && !sameTitle) continue;
            return new Decision
            {
                ArticleId = article.Id,
                Stage = Stages.Filter,
                Outcome = Outcomes.Dropped,
                Rule = "already_sent",
                Reason = $"already sent in the newsletter of run {run.RunId} ({run.SentAt:yyyy-MM-dd}) as \"{story.Title}\"",
                DuplicateOf = story.ArticleId,
            };
        }
        return null;
    }
}
