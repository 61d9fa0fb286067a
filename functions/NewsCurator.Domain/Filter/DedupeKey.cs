using NewsCurator.Model;

namespace NewsCurator.Filter;

/// <summary>
/// What dedupe compares of one article, computed once: its link, three content fingerprints and the
/// words of its title. A few hundred bytes whatever the article's length, so a run's dedupe holds keys,
/// never texts, and spills them to disk in partitions when a run is large. <c>FloorLength</c> is what content.min_length
/// reads of it (<see cref="ContentRules.TitleAndTextLength"/>); <c>FallsShort</c>, whether the copy would fail that floor in
/// its feed, is settled by <see cref="Deduplicator.FallsShort"/> once every key is in: a feed's habit of deks is known only then.
/// </summary>
public sealed partial record DedupeKey(
    int Ordinal,
    string Id,
    string FeedUrl,
    int Priority,
    int TextLength,
    string? CanonicalUrl,
    ulong Content,
    ulong Body,
    ulong Sim,
    bool Nearable,
    uint[] TitleWords,
    bool PublishersOwn,
    ulong TitleShape = 0,
    long PublishedTicks = 0,
    int FloorLength = 0,
    bool FallsShort = false,
    ulong Repost = 0,
    bool DroppedForKind = false,
    bool TitleOnly = false)
{
    /// <summary>Below this many tokens a SimHash says too little to call two texts the same story.</summary>
    private const int MinTokensForNear = 6;

    /// <summary>The same long body is the same story; short ones ("Read more") are not.</summary>
    private const int MinBodyForIdentity = 200;

    private const int OpeningChars = 400;

    public static DedupeKey Of(Article article, int ordinal)
    {
        // A wire's story reprinted is compared without the desk's labels and credits (held-out review 73, F4: WireCopies).
        var text = WireCopies.Body(article.Text);
        var title = WireCopies.Headline(article.Title);
        var tokens = Tokens(title + " " + (text.Length > OpeningChars ? text[..OpeningChars] : text));
        var body = text.Length >= MinBodyForIdentity ? SimHash.Hash64("body:" + string.Join(' ', Tokens(text))) : 0UL;
        var titleWords = Tokens(title).Select(w => (uint)SimHash.Hash64(w)).Distinct().Order().ToArray();
        return new DedupeKey(ordinal, article.Id, article.FeedUrl, article.FeedPriority, article.Text.Length, article.CanonicalUrl,
            tokens.Count < MinTokensForContent ? 0UL : SimHash.Hash64(string.Join(' ', tokens)), body, SimHash.Compute(tokens, shingle: 2), tokens.Count >= MinTokensForNear, titleWords,
            UrlCanonicalizer.IsFeedsOwnLink(article.Link, article.FeedHome, article.FeedUrl) == true, ShapeOf(article.Title),
            article.Published?.UtcTicks ?? 0, ContentRules.TitleAndTextLength(article), Repost: RepostOf(article, title, titleWords),
            DroppedForKind: DroppedForItsKind(article), TitleOnly: IsTitleOnly(article));
    }

    /// <summary>
    /// Below this many words of title and text an item has too few of its own to be known by them: every title-less photo post
    /// is "(untitled)" with no text, and three photo posts of two sites were dropped as "same title and text" of one another
    /// (held-out review 117, F4). Such an item has no content key (zero) and is known by its link alone.
    /// </summary>
    private const int MinTokensForContent = 3;

    /// <summary>
    /// Whether the feed gave the item its headline and no text of its own (none, or shorter than the headline): two such posts
    /// are alike by their titles alone, which a lab's "Paper Accepted at ACM IMWUT (Ubicomp) 2019" is for two papers (held-out
    /// review 118, F7).
    /// </summary>
    private static bool IsTitleOnly(Article article) => article.Text.Trim().Length < Math.Max(1, article.Title.Trim().Length);

    /// <summary>
    /// Whether the content rules drop the copy for what it is, whatever it says: a status page's notice, a commit log, a
    /// registry's listing. Dedupe kept a status page's copy of a postmortem before its blog's, the status rule then dropped
    /// it, and the story was lost (held-out review 106, F3). Asked whether or not content.status_updates keeps notices: the
    /// other copy is the story's telling for readers either way.
    /// </summary>
    private static bool DroppedForItsKind(Article article)
        => StatusUpdates.Of(article) is not null || CommitLogs.Of(article) is not null || PackageListings.Of(article) is not null;

    /// <summary>Below this many words a title names a series or a notice ("Weekly update", "Scheduled maintenance"), not one story.</summary>
    private const int MinRepostTitleWords = 4;

    /// <summary>
    /// What one feed's story posted again shares with its first posting: the feed, the headline's words (numbers and all) and
    /// the link's slug without the suffix a blog host adds to a slug taken ("-1", "-2", "-1-1", "-copy"). A feed that posted
    /// four stories again and again, each at "slug-1", "slug-1-1", ... with a regenerated text, passed dedupe 40 of 40 and
    /// filled the issue's places from the feed with copies (held-out review 104, F2). A series that reuses its title ("Weekly
    /// links roundup", a status page's "Scheduled maintenance") is no repost: a short or a period's title, or an item's own
    /// address (a status page's incident id), keeps none. Zero: none.
    /// </summary>
    private static ulong RepostOf(Article article, string title, uint[] titleWords)
    {
        if (titleWords.Length < MinRepostTitleWords || SeriesTitle.IsMatch(title) || SlugStem(article.CanonicalUrl ?? article.Link) is not { } stem) return 0;
        return SimHash.Hash64($"repost:{article.FeedUrl}\n{string.Join(',', titleWords)}\n{stem}") | 1;
    }

    /// <summary>A title that names a period's or a series' post, which a feed writes again each time.</summary>
    private static readonly System.Text.RegularExpressions.Regex SeriesTitle = new(
        @"\b(?:(?:daily|weekly|bi-?weekly|fortnightly|monthly|quarterly|yearly|annual)\s+(?:[\p{L}&'’-]+\s+){0,2}?(?:thread|discussion|digest|round-?up|links|news|notes|updates?|recap|review|report|newsletter|podcast|episode|q\s*&\s*a|check-?in|open\s+thread|summary|highlights)|(?:open|discussion|mega)\s*thread|scheduled\s+maintenance|release\s+notes|changelog|this\s+week\s+in|week\s+in\s+review|what(?:'|’)s\s+new\s+in)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.NonBacktracking);

    /// <summary>The host and last path segment of a link, without a taken slug's suffix ("-1", "-2-1", "-copy"), or null where the segment is no slug of words.</summary>
    private static string? SlugStem(string? link)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        var segment = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (segment is null) return null;
        var stem = TakenSuffix.Replace(segment.ToLowerInvariant(), "");
        // A slug of words ("what-is-ci-cd"), not an id ("incidents/4k2j9x", "p=123"): two hyphens or more, and letters.
        return stem.Count(c => c == '-') >= 2 && stem.Any(char.IsLetter) ? $"{uri.Host.ToLowerInvariant()}/{stem}" : null;
    }

    private static readonly System.Text.RegularExpressions.Regex TakenSuffix = new(@"(?:-(?:\d{1,3}|copy))+(?:\.html?)?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.NonBacktracking);

    /// <summary>
    /// The words compared, an initialism written with or without its stops alike: papers write "US" where the wire wrote
    /// "U.S." (held-out review 73, F4).
    /// </summary>
    private static List<string> Tokens(string text)
        => Words.Tokenize(text).Select(w => w.Length <= 5 && w.Contains('.') && w.Split('.').All(p => p.Length == 1) ? w.Replace(".", "", StringComparison.Ordinal) : w).ToList();

    /// <summary>
    /// The title without its numbers: "[06.08.2018 - 04:53 Uhr] Brandmeldeanlagenalarm" and "[05.08.2018 - 15:42 Uhr]
    /// Brandmeldeanlagenalarm" are one report recurring, two events, not one story under two titles.
    /// </summary>
    /// <remarks>
    /// Nor its dates, ordinals and issue numbers: "This Month in Rust OSDev (May 2020)" and "(June 2020)" are two issues of a
    /// series, as "Part 2" and "Part 3", "Q2" and "Q3", "#41" and "#42" are (held-out review 119, F2; <see cref="Deduplicator"/>'s episodes).
    /// </remarks>
    private static ulong ShapeOf(string title)
    {
        var tokens = Words.Tokenize(title).ToList();
        return SimHash.Hash64("title:" + string.Join(' ', tokens.Where((w, i) => !IsSeriesToken(tokens, i))));
    }

    /// <summary>
    /// A title's token that counts a series' issue rather than names its subject: a number ("2020", "3rd", "#42", "q2"), a
    /// month's name beside a number ("May 2020", "3 June"), an ordinal word before an issue's noun ("second edition"). A month
    /// or an ordinal alone is a word ("Apple may delay ...", "First look at ...": code review 52, R7).
    /// </summary>
    private static bool IsSeriesToken(List<string> tokens, int i)
    {
        var token = tokens[i];
        if (token.All(char.IsDigit) || SeriesNumber().IsMatch(token)) return true;
        if (Months.Contains(token)) return IsNumberAt(tokens, i - 1) || IsNumberAt(tokens, i + 1);
        return Ordinals.Contains(token) && i + 1 < tokens.Count && IssueNouns.Contains(tokens[i + 1]);
    }

    private static bool IsNumberAt(List<string> tokens, int i)
        => i >= 0 && i < tokens.Count && (tokens[i].All(char.IsDigit) || SeriesNumber().IsMatch(tokens[i]));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:#?\d+(?:st|nd|rd|th)?|[qh]\d|no\.?\d+)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.NonBacktracking)]
    private static partial System.Text.RegularExpressions.Regex SeriesNumber();

    /// <summary>Months, whole and short, as <see cref="Words.Tokenize"/> writes them.</summary>
    private static readonly HashSet<string> Months = new(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"], StringComparer.Ordinal);

    private static readonly HashSet<string> Ordinals = new(
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"], StringComparer.Ordinal);

    /// <summary>What an ordinal counts in a series' title: "second edition", "third part".</summary>
    private static readonly HashSet<string> IssueNouns = new(
        ["issue", "edition", "part", "episode", "quarter", "half", "installment", "instalment", "volume", "week", "month", "round"], StringComparer.Ordinal);

    /// <summary>
    /// Which copy of a story is kept: one that content.min_length keeps in its feed (<see cref="FallsShort"/>), then one not
    /// dropped for its kind (<see cref="DroppedForKind"/>), then the higher feed priority, then the publisher's own (a link on its feed's site), then the longer text, then the lower id.
    /// Longer text alone let any feed that reuses a publisher's link with more words put its own title and summary on the
    /// publisher's story. A copy that falls short first: a wire's dek, word for word in a paper's feed of longer stories,
    /// kept the paper's copy on the lower id, which the length then dropped, and the story was lost (held-out review 73, F3).
    /// </summary>
    public static readonly Comparer<DedupeKey> BestFirst = Comparer<DedupeKey>.Create((a, b) =>
    {
        var c = a.FallsShort.CompareTo(b.FallsShort);
        if (c == 0) c = a.DroppedForKind.CompareTo(b.DroppedForKind);
        if (c == 0) c = b.Priority.CompareTo(a.Priority);
        if (c == 0) c = b.PublishersOwn.CompareTo(a.PublishersOwn);
        if (c == 0) c = b.TextLength.CompareTo(a.TextLength);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    });

    /// <summary>
    /// Which of one feed's items on one page is kept (<see cref="Deduplicator"/>'s shared page): the newest dated, then as
    /// <see cref="BestFirst"/>. A news page's feed gives every item the page's link, and the longest kept a 2014 advisory
    /// over the 2018 release it announced last (fiftieth held-out review, F6).
    /// </summary>
    public static readonly Comparer<DedupeKey> NewestFirst = Comparer<DedupeKey>.Create((a, b) =>
        b.PublishedTicks.CompareTo(a.PublishedTicks) is var c && c != 0 ? c : BestFirst.Compare(a, b));

    /// <summary>Jaccard overlap of the two titles' word sets (both sorted).</summary>
    public double TitleOverlap(DedupeKey other)
    {
        if (TitleWords.Length == 0 || other.TitleWords.Length == 0) return 0;
        int i = 0, j = 0, shared = 0;
        while (i < TitleWords.Length && j < other.TitleWords.Length)
        {
            var c = TitleWords[i].CompareTo(other.TitleWords[j]);
            if (c == 0) { shared++; i++; j++; }
            else if (c < 0) i++;
            else j++;
        }
        return (double)shared / (TitleWords.Length + other.TitleWords.Length - shared);
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Ordinal);
        w.Write(Id);
        w.Write(FeedUrl);
        w.Write(Priority);
        w.Write(TextLength);
        w.Write(CanonicalUrl is not null);
        if (CanonicalUrl is not null) w.Write(CanonicalUrl);
        w.Write(Content);
        w.Write(Body);
        w.Write(Sim);
        w.Write(Nearable);
        w.Write(TitleWords.Length);
        foreach (var word in TitleWords) w.Write(word);
        w.Write(PublishersOwn);
        w.Write(TitleShape);
        w.Write(PublishedTicks);
        w.Write(FloorLength);
        w.Write(FallsShort);
        w.Write(Repost);
        w.Write(DroppedForKind);
        w.Write(TitleOnly);
    }

    public static DedupeKey Read(BinaryReader r)
    {
        var ordinal = r.ReadInt32();
        var id = r.ReadString();
        var feed = r.ReadString();
        var priority = r.ReadInt32();
        var length = r.ReadInt32();
        var url = r.ReadBoolean() ? r.ReadString() : null;
        var content = r.ReadUInt64();
        var body = r.ReadUInt64();
        var sim = r.ReadUInt64();
        var nearable = r.ReadBoolean();
        var words = new uint[r.ReadInt32()];
        for (var i = 0; i < words.Length; i++) words[i] = r.ReadUInt32();
        var own = r.ReadBoolean();
        var shape = r.ReadUInt64();
        var published = r.ReadInt64();
        return new DedupeKey(ordinal, id, feed, priority, length, url, content, body, sim, nearable, words, own, shape, published, r.ReadInt32(), r.ReadBoolean(), r.ReadUInt64(), r.ReadBoolean(), r.ReadBoolean());
    }
}

/// <summary>One article dedupe dropped, the kept copy it duplicates, the rule and the reason.</summary>
public sealed record DedupeDrop(int DroppedOrdinal, string DroppedId, int KeptOrdinal, string KeptId, string Rule, string Reason)
{
    public DedupeDrop(DedupeKey dropped, DedupeKey kept, string rule, string reason)
        : this(dropped.Ordinal, dropped.Id, kept.Ordinal, kept.Id, rule, reason)
    {
    }

    public Decision ToDecision() => new()
    {
        ArticleId = DroppedId,
        Stage = Stages.Filter,
        Outcome = Outcomes.Dropped,
        Rule = Rule,
        Reason = Reason,
        DuplicateOf = KeptId,
    };

    public void Write(BinaryWriter w)
    {
        w.Write(DroppedOrdinal);
        w.Write(DroppedId);
        w.Write(KeptOrdinal);
        w.Write(KeptId);
        w.Write(Rule);
        w.Write(Reason);
    }

    public static DedupeDrop Read(BinaryReader r) => new(r.ReadInt32(), r.ReadString(), r.ReadInt32(), r.ReadString(), r.ReadString(), r.ReadString());
}
