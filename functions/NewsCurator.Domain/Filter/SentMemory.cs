using NewsCurator.Model;
using NewsCurator.Storage;

namespace NewsCurator.Filter;

/// <summary>One story a newsletter carried: enough to recognise it again (its canonical URL and title fingerprint).</summary>
public sealed record SentStory(string ArticleId, string? CanonicalUrl, ulong TitleHash, string Title);

/// <summary>What one run's newsletter sent, written by Export to state/sent/{runId}.json.</summary>
public sealed record SentRecord(string RunId, DateTimeOffset SentAt, IReadOnlyList<SentStory> Stories);

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
                var record = await blobs.ReadStateJsonAsync<SentRecord>(key, ct);
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
