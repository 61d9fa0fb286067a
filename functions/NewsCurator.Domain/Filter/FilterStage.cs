using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.Storage;

namespace NewsCurator.Filter;

/// <summary>
/// Merge every shard, dedupe, drop what a recent newsletter already sent, apply content rules then ad rules;
/// what survives is a candidate. Streams twice over the shards (once for dedupe keys, once for the rules),
/// so memory holds one article, one dedupe partition and one bit per item, however large the run.
/// </summary>
public sealed class FilterStage(PipelineServices services)
{
    public async Task<RunContext> RunAsync(RunContext context, CancellationToken ct = default)
    {
        var paths = new RunPaths(context.RunId);
        var config = await services.Blobs.ReadRequiredJsonAsync<PipelineConfig>(paths.Config, ct);
        // Before anything is written: a run with no feed read has nothing to filter, and must not go on to mail an empty issue.
        await NoFeedRead.ThrowIfNoneReadAsync(services.Blobs, paths, context.Counts.Feeds, ct);
        await using var decisions = new JsonLinesSpool<Decision>();
        await using var candidates = new JsonLinesSpool<Article>();
        await using var funnelLines = new JsonLinesSpool<FeedFunnel>();
        var funnel = new FeedFunnelTally(funnelLines);

        var ordinal = 0;
        var deks = new DekFeeds(config.Content.MinLength);
        var promotions = new PromotionFeeds();
        var stretches = new FeedStretches();
        var ownRepeats = new HashSet<int>();
        var dedupe = await new Deduplicator(config.Content.NearDuplicateDistance) { FallsShort = deks.FallsShort }.RunAsync(
            RawShards.StreamAsync(services.Blobs, paths, ct).Select(a =>
            {
                deks.Add(a);
                promotions.Add(a);
                stretches.Add(ordinal, a.FeedUrl);
                return DedupeKey.Of(WithCanonicalUrl(a), ordinal++);
            }),
            drop =>
            {
                decisions.Append(drop.ToDecision());
                if (stretches.SameFeed(drop.DroppedOrdinal, drop.KeptOrdinal)) ownRepeats.Add(drop.DroppedOrdinal);
            }, ct);

        var memory = await SentMemory.LoadAsync(services.Blobs, context.RunId, context.StartedAt, config.Content.SentMemoryDays,
            config.Content.NearDuplicateDistance, ct, services.Clock.GetUtcNow());
        var rules = new ContentRules(config.Content, config.Ads, services.Clock.GetUtcNow());
        int unique = 0, afterContent = 0;
        ordinal = 0;
        await foreach (var raw in RawShards.StreamAsync(services.Blobs, paths, ct))
        {
            var index = ordinal++;
            if (dedupe.Repeats[index]) continue;
            // The feed's funnel is counted here, where each item's fate is decided (feed_statistics).
            var fate = Decide(raw, dedupe.Kept[index], out var contentRule);
            var mediaOnly = IsMediaOnly(raw);
            funnel.Add(fate switch
            {
                Fate.PassedAds => new FeedFunnel(raw.FeedUrl) { Total = 1, PassedContentFilter = 1, PassedAdDetection = 1 },
                Fate.PassedContent => new FeedFunnel(raw.FeedUrl) { Total = 1, PassedContentFilter = 1 },
                _ => new FeedFunnel(raw.FeedUrl) { Total = 1, ContentDrops = contentRule is null ? null : new Dictionary<string, int> { [contentRule] = 1 } },
            } with
            {
                MediaLinks = mediaOnly ? 1 : 0, NoLinks = !mediaOnly && Newsletter.NewsletterRenderer.SafeUrl(raw.Link) is null ? 1 : 0,
                FileLinks = !mediaOnly && Ingest.FileLinks.IsFile(raw.Link) ? 1 : 0,
                ImagePosts = raw.ImagePost ? 1 : 0,
                OwnRepeats = ownRepeats.Contains(index) ? 1 : 0,
                Newest = raw.Published,
            });
        }
        funnel.Flush();
        if (ordinal != dedupe.Items)
            throw new InvalidOperationException($"the raw shards of run '{context.RunId}' changed while Filter read them ({dedupe.Items} items, then {ordinal}); re-run Filter");

        await candidates.CommitAsync(services.Blobs, paths.Candidates, ct);
        await funnelLines.CommitAsync(services.Blobs, paths.FilterFunnel, ct);
        await decisions.CommitAsync(services.Blobs, paths.FilterDecisions, ct);
        return context with
        {
            Counts = context.Counts with
            {
                Items = dedupe.Distinct,
                AfterDedupe = unique,
                AfterContentFilter = afterContent,
                AfterAdDetection = (int)candidates.Count,
            },
        };

        Fate Decide(Article raw, bool keptByDedupe, out string? contentRule)
        {
            contentRule = null;
            if (!keptByDedupe) return Fate.Dropped;
            var article = ForeignHeadline.Detected(SponsorReads.Removed(WithCanonicalUrl(raw)), config.Content.Languages);
            if (memory.Check(article) is { } sent)
            {
                decisions.Append(sent with { Language = article.Language });
                return Fate.Dropped;
            }
            unique++;
            if (rules.CheckContent(article, deks) is { } broken)
            {
                // A short shop's post named by its ad rule passed the content rules as a shop's post does at any length.
                if (ContentRules.AdRules.Contains(broken.Rule))
                {
                    afterContent++;
                    decisions.Append(Drop(article, broken));
                    return Fate.PassedContent;
                }
                decisions.Append(Drop(article, broken));
                contentRule = broken.Rule;
                return Fate.Dropped;
            }
            afterContent++;
            // Under the length only as a dek told on its own: Select holds it to a higher bar (Article.ToldOnItsOwn).
            if (deks.IsToldOnItsOwn(article)) article = article with { ToldOnItsOwn = true };
            var ad = rules.CheckAds(article);
            if (ad is null && promotions.Why(article) is { } offer) ad = ("deal", offer);
            if (ad is { } drop)
            {
                decisions.Append(Drop(article, drop));
                return Fate.PassedContent;
            }
            candidates.Append(article);
            return Fate.PassedAds;
        }
    }

    private enum Fate { Dropped, PassedContent, PassedAds }

    /// <summary>
    /// Which feed each item of the stream is of, held as the stretches a feed's items arrive in (Ingest writes a feed's items
    /// together), so memory grows with the feeds, not the items: dedupe's drops are told apart as a feed's repeats of its own
    /// items (<see cref="FeedFunnel.OwnRepeats"/>) or copies of another feed's.
    /// </summary>
    private sealed class FeedStretches
    {
        private readonly List<int> _starts = [];
        private readonly List<string> _feeds = [];

        public void Add(int ordinal, string feedUrl)
        {
            if (_feeds.Count > 0 && _feeds[^1] == feedUrl) return;
            _starts.Add(ordinal);
            _feeds.Add(feedUrl);
        }

        public bool SameFeed(int a, int b) => FeedOf(a) is { } feed && feed == FeedOf(b);

        private string? FeedOf(int ordinal)
        {
            var at = _starts.BinarySearch(ordinal);
            if (at < 0) at = ~at - 1;
            return at >= 0 && at < _feeds.Count ? _feeds[at] : null;
        }
    }

    private static Article WithCanonicalUrl(Article article) => article with { CanonicalUrl = UrlCanonicalizer.Canonicalize(article.Link) };

    private static Decision Drop(Article article, (string Rule, string Reason) broken) => new()
    {
        ArticleId = article.Id,
        Stage = Stages.Filter,
        Outcome = Outcomes.Dropped,
        Rule = broken.Rule,
        Reason = broken.Reason,
        Language = article.Language,
    };

    /// <summary>
    /// An item that is an audio or video file, not a page: its link is the file, or it has no link and only an audio or
    /// video enclosure (a podcast feed without &lt;link&gt;). Full text has no page to read for it.
    /// </summary>
    private static bool IsMediaOnly(Article item)
        => Ingest.MediaLinks.IsMediaFile(item.Link)
           || (item.Link is null && Ingest.MediaLinks.IsMediaType(item.EnclosureType));
}
