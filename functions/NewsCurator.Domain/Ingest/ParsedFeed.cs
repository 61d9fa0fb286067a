namespace NewsCurator.Ingest;

/// <summary>A feed document as the parser read it, before it becomes articles.</summary>
public sealed record ParsedFeed
{
    /// <summary>rss-0.91, rss-0.92, rss-1.0, rss-2.0, atom-0.3, atom-1.0, json-feed-1.0, json-feed-1.1.</summary>
    public required string Format { get; init; }
    public string? Encoding { get; init; }
    public string? Title { get; init; }
    public string? Link { get; init; }
    /// <summary>The language the feed declares, as written (RSS &lt;language&gt;, dc:language, Atom xml:lang, JSON Feed "language").</summary>
    public string? Language { get; init; }
    /// <summary>
    /// The channel's own date (RSS lastBuildDate or pubDate, RSS 1.0 dc:date, Atom's feed updated), the latest where it gives
    /// several: no item of the feed is newer, so it bounds the age of an item with no date of its own.
    /// </summary>
    public DateTimeOffset? Updated { get; init; }
    /// <summary>The program that wrote the feed as the feed names it (RSS and Atom &lt;generator&gt;), such as "MkDocs RSS plugin - v1.19.0".</summary>
    public string? Generator { get; init; }
    public List<ParsedItem> Items { get; init; } = [];
    /// <summary>Set when the document broke part-way: the complete items before the break are kept.</summary>
    public string? Error { get; init; }
    /// <summary>What was read despite a fault (an unknown charset label, say): recorded with the feed's outcome.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

public sealed record ParsedItem
{
    public string? Guid { get; init; }
    public string? Title { get; init; }
    public string? Link { get; init; }
    /// <summary>The publisher's own URL when the feed links through a redirector (feedburner:origLink).</summary>
    public string? OriginalLink { get; init; }
    /// <summary>The entry's id at its source, where a reader's export keeps it (gr:original-id of a Google Reader export).</summary>
    public string? OriginalId { get; init; }
    /// <summary>The item's date as the feed writes it; <see cref="Published"/> is what it reads as.</summary>
    public string? DateText
    {
        get;
        init
        {
            field = value;
            Published = FeedDates.Parse(value);
        }
    }

    /// <summary>What <see cref="DateText"/> reads as (set only through it, so the two never disagree).</summary>
    public DateTimeOffset? Published { get; private init; }

    /// <summary>A date is written and says nothing this parser can read ("1036-01-09T329:11:00"): the item is undated, and the feed is told.</summary>
    public bool DateUnreadable => !string.IsNullOrWhiteSpace(DateText) && Published is null && !DatePlaceholder;

    /// <summary>A date is written, but one before any feed existed ("Mon, 01 Jan 0001", a generator's empty date): the item is undated, and the feed is told.</summary>
    public bool DatePlaceholder => !string.IsNullOrWhiteSpace(DateText) && Published is null && FeedDates.PredatesFeeds(DateText);
    public string? Author { get; init; }
    /// <summary>
    /// RSS 2.0's &lt;source&gt;: the channel the item came from, by name. News aggregators (Google News, Bing News) name
    /// the story's publisher there and repeat it after the headline ("TCS to invest ... - ET Manufacturing").
    /// </summary>
    public string? SourceName { get; init; }
    public List<string> Categories { get; init; } = [];
    /// <summary>The richest body the item carries (content:encoded, atom:content, content_html...), as HTML.</summary>
    public string? ContentHtml { get; init; }
    public string? SummaryHtml { get; init; }
    public string? EnclosureType { get; init; }
    /// <summary>How long the episode plays, in seconds, where the feed states it (<see cref="MediaDuration"/>).</summary>
    public int? DurationSeconds { get; init; }
}

/// <summary>The document is not a feed this parser can read; the message says what it is and why.</summary>
public sealed class FeedParseException(string message, Exception? inner = null) : Exception(message, inner);
