namespace NewsCurator.Model;

/// <summary>
/// One item as ingest normalised it. Text is plain text (HTML already stripped); the id is
/// stable across runs for the same feed entry so retries and re-runs key the same rows.
/// </summary>
public sealed record Article
{
    public required string Id { get; init; }
    public required string FeedUrl { get; init; }
    public string? FeedTitle { get; init; }
    /// <summary>
    /// The web site the feed says it belongs to (its channel link or Atom alternate link): one publisher's
    /// Atom and RSS feeds share it, so Select's per-feed cap holds for the publisher. Null when the feed gives none.
    /// </summary>
    public string? FeedHome { get; init; }
    public int FeedPriority { get; init; }
    /// <summary>The language the feed declares (<see cref="Ingest.FeedLanguage"/>): Filter's prior for an item's language.</summary>
    public string? FeedLanguage { get; init; }
    public required string Title { get; init; }
    public string? Link { get; init; }
    public DateTimeOffset? Published { get; init; }
    /// <summary>
    /// Set by Ingest for an item with no date of its own: its feed's channel date (<see cref="Ingest.ParsedFeed.Updated"/>), where
    /// that is in the past. The item is no newer than that, so Select's age limits hold for it; it is never printed as the
    /// item's date (the channel's build date is not when the story was written).
    /// </summary>
    public DateTimeOffset? FeedBuilt { get; init; }
    public string? Author { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public string Text { get; init; } = "";
    /// <summary>The feed's own short description of the item, as plain text, when the feed also carries a fuller text.</summary>
    public string? Description { get; init; }
    public string? EnclosureType { get; init; }
    /// <summary>How long the episode's audio or video plays, in seconds, where its feed states it (<see cref="Ingest.MediaDuration"/>).</summary>
    public int? DurationSeconds { get; init; }
    /// <summary>
    /// Set by Ingest: at least half of the feed's items, and three or more, carry an audio or video enclosure (a show, a channel of talks),
    /// so an enclosure is what its items are (<see cref="Filter.ContentRules.IsEpisode"/>).
    /// </summary>
    public bool FeedOfMedia { get; init; }
    /// <summary>
    /// Set by Ingest: the feed's text is a teaser (<see cref="Enhance.Excerpt.Is"/>), read before the footer it repeats on
    /// every item ("Read more · Source: thehackernews") was removed as boilerplate, or the feed gives a generator's
    /// summaries (<see cref="Ingest.IngestStage.GivesSummaries"/>). Without it, an aggregator's items were "excerpt" or
    /// "1 min read" depending on whether their footer repeated (tenth held-out review, F7). Reading the page clears it.
    /// </summary>
    public bool IsTeaser { get; init; }
    /// <summary>
    /// Set by Ingest: the feed dates this item with a generator's placeholder for a page, Hugo's 0001-01-01, while two or
    /// more of its items carry real dates (the Unix epoch is a post whose date failed: hostile-input audit 43, H5). Such generators give that date to a page without one (about, contact, a gallery)
    /// and never to a post, so the item is a site page (<see cref="Filter.SitePages"/>); a Matrix server's information page
    /// reached an issue as an undated story (fifty-second held-out review, F8).
    /// </summary>
    public bool PlaceholderDated { get; init; }
    /// <summary>
    /// Set by Ingest: the item's body was images with a line of words at most (a comic, a photo post): its page is the image,
    /// and the feed's warning must not advise reading it in full (held-out review 113, F3).
    /// </summary>
    public bool ImagePost { get; init; }
    /// <summary>Set by Filter.</summary>
    public string? CanonicalUrl { get; init; }
    /// <summary>
    /// Set by Filter: the item is under content.min_length and passed only as a dek told on its own in a feed of unfinished
    /// texts (<see cref="Filter.DekFeeds.IsToldOnItsOwn"/>), not by its feed's habit. Select holds it to scoring.min_relevance
    /// itself and gives it no place it cannot summarise (held-out review 95, F4's exemption; review 86's feeds: an SEO
    /// "release date" item reached an issue through the short-issue fill).
    /// </summary>
    public bool ToldOnItsOwn { get; init; }
    /// <summary>Set by Filter (ISO 639-1, or "und" when the text is too short to tell).</summary>
    public string? Language { get; init; }

    /// <summary>
    /// Words of the text, a Chinese or Japanese run counted by its characters (<see cref="Words.CountAnyScript"/>): counted
    /// by spaces, 201 characters were 15 words and every such article a one-minute read (held-out review 74, F5).
    /// </summary>
    public int WordCount => Words.CountAnyScript(Text);
}
