namespace NewsCurator.Newsletter;

/// <summary>What the templates see. Values are plain text; the HTML template escapes every one of them.</summary>
public sealed record NewsletterModel
{
    public required string Title { get; init; }
    /// <summary>The subject line sent (one of SubjectLines).</summary>
    public required string Subject { get; init; }
    public required string SubjectVariant { get; init; }
    /// <summary>Every variant written for this issue (informative, engaging), all stored.</summary>
    public required IReadOnlyList<SubjectLine> SubjectLines { get; init; }
    public required string Preheader { get; init; }
    public required string DateLabel { get; init; }
    public required string RunId { get; init; }
    public required int ArticleCount { get; init; }
    public required int ItemsConsidered { get; init; }
    public required int FeedCount { get; init; }
    public required IReadOnlyList<NewsletterSection> Sections { get; init; }
    /// <summary>
    /// The counts as the header prints them, in number ("1 story", "20 stories"): an issue said "1 stories" (held-out
    /// review 72, F5). <see cref="ArticleCount"/> and the others stay for templates of an editor's own.
    /// </summary>
    public string StoryCount => Counted(ArticleCount, "story", "stories");
    public string ItemCount => Counted(ItemsConsidered, "item", "items");
    public string FeedCountLabel => Counted(FeedCount, "feed", "feeds");
    /// <summary>
    /// Why an issue holds no story, in one line of the run's funnel; null when it holds one. An empty issue was printed
    /// as an issue, with no word of why (held-out review 72, F5; held-out review 74, F8).
    /// </summary>
    public string? EmptyNote { get; init; }

    /// <summary>A count and its noun in number; the renderer's empty-issue note writes its counts with it too (review of session 42, R9).</summary>
    internal static string Counted(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}

public sealed record NewsletterSection(string Name, IReadOnlyList<NewsletterEntry> Articles);

public sealed record NewsletterEntry
{
    public required string Id { get; init; }
    public required int Rank { get; init; }
    /// <summary>The story's number as printed: continuous from 1 in reading order, across sections.</summary>
    public int Number { get; init; }
    public required string Title { get; init; }
    /// <summary>Only http(s) links survive (no javascript: or data: URL reaches a reader).</summary>
    public string? Url { get; init; }
    public required string Source { get; init; }
    /// <summary>
    /// The site the link opens ("ma.tt"), in its ASCII form: what "Read at" names. Not the source's name: a link blog's
    /// post links to the article it discusses ("Read at Daring Fireball" must not open hsivonen.iki.fi), and a feed names
    /// itself ("The New York Times" over nytimes-x28-login.net, "Тhe Verge" with a Cyrillic Т: hostile-input audit 28, H3).
    /// </summary>
    public string? LinkSite { get; init; }
    public required string Summary { get; init; }
    public required string Preview { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public string TopicList => string.Join(", ", Topics);
    /// <summary>Minutes to read; null for a teaser, whose length says nothing of the article's (printed "excerpt").</summary>
    public required int? ReadingTime { get; init; }
    /// <summary>A podcast episode or video: printed with <see cref="PlayTime"/>, or "listen or watch", instead of a reading time.</summary>
    public bool IsEpisode { get; init; }
    /// <summary>An episode's length as its feed states it ("5 min listen", "1 h 5 min watch"); null where it states none.</summary>
    public string? PlayTime { get; init; }
    /// <summary>What the meta line prints for the story's length, the same in both issues and the dashboard's card: "4 min read", "5 min listen", "listen or watch" or "excerpt".</summary>
    public string LengthLabel => ReadingTime is { } minutes ? $"{minutes} min read" : IsEpisode ? PlayTime ?? "listen or watch" : "excerpt";

    /// <summary>
    /// How the link is taken: "Watch at" a video, "Listen at" an episode, "Read at" anything else (a YouTube Short said "Read
    /// at youtube.com": fifty-first held-out review, F7).
    /// </summary>
    public string LinkVerb { get; init; } = "Read at";
    public required string ContentType { get; init; }
    /// <summary>The type as the meta line prints it; null for "other", which tells a reader nothing (held-out review 9, F5).</summary>
    public string? TypeLabel => ContentType == Model.ContentTypes.Other || string.IsNullOrEmpty(ContentType) ? null : ContentType;
    /// <summary>When the story was published ("12 Jan 2009"), where its feed says: a reader judges a story's age by it.</summary>
    public string? Published { get; init; }
}
