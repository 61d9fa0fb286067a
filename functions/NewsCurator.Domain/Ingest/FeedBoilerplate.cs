using System.Text;
using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Ingest;

/// <summary>
/// Text one feed repeats at the end (or start) of most of its items: promotional footers ("Need to hire a
/// really great programmer? ... Visit the Joel on Software Job Board"), site chrome ("Entry posted by peter |
/// 7 comments", "Add to: | |", "Read full article >>"), disclaimers and "The post X appeared first on Y.".
/// It is the site's, not the story's, yet it ended published summaries and previews and counted in reading
/// times. Found per feed by recurrence alone, so it needs no list of phrases: a unit (a line, or a sentence
/// of the first or last line) whose shape recurs at the same end of at least half of a feed's items, and
/// of at least <see cref="MinItems"/>, is removed from each item that carries it, up to
/// <see cref="MaxUnitsPerEnd"/> units deep.
/// </summary>
/// <remarks>
/// Conservative by design: a feed of fewer than <see cref="MinItems"/> items is left alone (two items sharing
/// a sentence say nothing about a site); a unit that is all the text left is never removed; an item that
/// would lose more than half its text keeps it whole where most such items of its feed would too (a footer is by
/// nature the lesser part of an item, and a feed whose "boilerplate" is most of every item is one template, where the
/// text is all there is). No
/// absolute floor: a teaser feed's 150-character items are exactly the ones a "Read full article >>" spoils.
/// Linear in the feed: each round reads at most <see cref="MaxUnitLength"/> characters at each end of each item.
/// </remarks>
public static partial class FeedBoilerplate
{
    public const int MinItems = 3;
    /// <summary>Footers run to a few lines or sentences (Joel's is three sentences, MySQL's two lines); deeper is the story.</summary>
    public const int MaxUnitsPerEnd = 4;
    /// <summary>Longer than this is a paragraph of the story, not a line of chrome (a long disclaimer is ~300 characters).</summary>
    public const int MaxUnitLength = 400;
    /// <summary>A title shorter than this could match ordinary words of the footer ("AI", "Go").</summary>
    private const int MinTitleLength = 4;

    private const char TitleMark = '\u0001';
    private const string Terminals = ".!?…";
    private const string Closers = "\"'”’)]}»";

    /// <summary>
    /// The feed's articles with the repeated units gone from their text and description; every other field
    /// (title, link, id) as it was, and the same instance where nothing was removed.
    /// </summary>
    public static List<Article> Strip(List<Article> articles) => Strip(articles, out _);

    /// <summary>
    /// As <see cref="Strip(List{Article})"/>, and the notice it emptied (<see cref="FeedNotice"/>) with how many items carried
    /// it, or null: the ingest stage warns of it without finding it a second time (review of session 51, R13).
    /// </summary>
    public static List<Article> Strip(List<Article> articles, out (string Text, int Items)? notice)
    {
        notice = FeedNotice(articles);
        if (articles.Count < MinItems) return articles;
        articles = WithoutFeedNotice(articles, notice);
        var titles = articles.Select(a => a.Title).ToList();
        var texts = Strip(articles.Select(a => a.Text).ToList(), titles);
        // The description stands in for a summary when the text gives none: it carries the same footers.
        var descriptions = Strip(articles.Select(a => a.Description ?? "").ToList(), titles);
        var result = new List<Article>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            // A description is kept only where it differs from the text (as ArticleNormalizer keeps it).
            var description = a.Description is null || descriptions[i] == texts[i] ? null : descriptions[i];
            result.Add(texts[i] == a.Text && description == a.Description ? a : a with { Text = texts[i], Description = description });
        }
        return result;
    }

    /// <summary>
    /// The feed's items without a notice the feed gives as the whole text of most of them under titles of their own ("Readers -
    /// Please visit example.com to read this feature. Due to changes with our feeds, ..."): the publisher's word about its feed,
    /// not each story's. Kept, it passed as a dek feed and became every item's summary (held-out review 113, F4); the units
    /// below never remove a unit that is all the text left. Emptied, the items are the titles they are: the feed gave no word of
    /// their stories, so they are judged as its teasers (min_length, with the advice to read their pages in full), every issue
    /// of a series alike, never the notice printed as one story's summary (held-out review 119, F1). At least
    /// <see cref="MinItems"/> items and most of the feed, under at least two titles, and no longer than a notice is
    /// (<see cref="MaxNoticeChars"/>): one long text under several titles is one story posted again, which dedupe keeps once.
    /// </summary>
    private static List<Article> WithoutFeedNotice(List<Article> articles, (string Text, int Items)? found)
    {
        if (found is not { } notice) return articles;
        var words = NoticeWords(notice.Text);
        return articles.Select(a => IsNoticeVariant(a.Text, notice.Text, words)
            ? a with { Text = "", Description = a.Description is { } d && !IsNoticeVariant(d, notice.Text, words) ? d : null }
            : a).ToList();
    }

    /// <summary>
    /// Whether a text is the feed's notice or a near variant of it: the publisher edits its standing words over the years ("In
    /// these posts, we will give ..." became "we give ..."), and matched word for word the notice was emptied from a monthly
    /// newsletter's 29 newest issues while its 8 older ones kept it and printed it, twice in one issue, as their summary
    /// (held-out review 119, F1). A variant is about as long (<see cref="NoticeLengthRatio"/>) and shares nearly all its words
    /// (<see cref="NoticeWordOverlap"/>): a story that opens on the notice and goes on is longer, and a template's texts with their
    /// subjects swapped gather round no notice, as none is repeated word for word (<see cref="FeedNotice"/>).
    /// </summary>
    private static bool IsNoticeVariant(string text, string notice, HashSet<string> noticeWords)
    {
        var trimmed = text.Trim();
        if (string.Equals(trimmed, notice, StringComparison.Ordinal)) return true;
        if (trimmed.Length == 0 || trimmed.Length > MaxNoticeChars
            || Math.Min(trimmed.Length, notice.Length) < NoticeLengthRatio * Math.Max(trimmed.Length, notice.Length)) return false;
        // Texts that differ in a number are each item's own ("Version 2 is out.", "Item 7 says ..."): an edit of a notice changes
        // its words, not the number each item gives.
        if (!NumbersOf(trimmed).SequenceEqual(NumbersOf(notice))) return false;
        var words = NoticeWords(trimmed);
        var shared = words.Count(noticeWords.Contains);
        var union = words.Count + noticeWords.Count - shared;
        return union > 0 && shared >= NoticeWordOverlap * union;
    }

    /// <summary>The runs of digits of a text, in order.</summary>
    private static IEnumerable<string> NumbersOf(string text) => DigitRun().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DigitRun();

    /// <summary>A notice's distinct words, lower-cased, as compared by <see cref="IsNoticeVariant"/>.</summary>
    private static HashSet<string> NoticeWords(string text) => Words.Tokenize(text).ToHashSet(StringComparer.Ordinal);

    /// <summary>A variant of a notice is at least this share of its length (and it of the variant's): one edited word or two.</summary>
    private const double NoticeLengthRatio = 0.75;

    /// <summary>The share of the two texts' words (Jaccard) a variant shares with the notice: all but an edited word or two.</summary>
    private const double NoticeWordOverlap = 0.8;

    /// <summary>How many of a feed's most repeated texts are tried as the notice its variants gather round: an edit splits one notice into two or three.</summary>
    private const int NoticeCandidates = 4;

    /// <summary>A feed's word about itself is a line or two ("Please visit example.com to read this feature."); a post is longer.</summary>
    private const int MaxNoticeChars = 300;

    /// <summary>
    /// The notice the feed gives as the whole text of most of its items (<see cref="WithoutFeedNotice"/>) and how many carry it, or null.
    /// Not a line that sells ("Use code BOOKDEAL at checkout for 50% off ...", "Sponsored by Acme"): a shop's one promo line on every
    /// item is its ad, which the ad rules must read; emptied, a deal feed fell to min_length with advice to read its product pages
    /// in full (review of session 51, R2).
    /// </summary>
    public static (string Text, int Items)? FeedNotice(IReadOnlyList<Article> articles)
    {
        if (articles.Count < MinItems) return null;
        // The most repeated texts, each with the items that carry it or a near variant of it (held-out review 119, F1: a notice
        // split by an edit is still most of the feed). A few candidates over the feed's short texts: linear in the feed.
        var shortTexts = articles.Where(a => a.Text.Trim() is { Length: > 0 and <= MaxNoticeChars }).ToList();
        if (shortTexts.Count < MinItems) return null;
        // A candidate is itself the whole text of MinItems items at least: variants gather round a notice the feed repeats word
        // for word, never round one of a template's distinct texts (a podcast's episode descriptions that differ in the guest's
        // name share nearly all their words: code review 52, R2).
        var notice = shortTexts.GroupBy(a => a.Text.Trim(), StringComparer.Ordinal).Where(g => g.Count() >= MinItems)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(NoticeCandidates)
            .Select(g => (Text: g.Key, Words: NoticeWords(g.Key)))
            .Select(c => (c.Text, Items: shortTexts.Where(a => IsNoticeVariant(a.Text, c.Text, c.Words)).ToList()))
            .ToList() is { Count: > 0 } candidates ? candidates.MaxBy(c => c.Items.Count) : default;
        return notice.Items is null || notice.Items.Count < MinItems || notice.Items.Count * 2 <= articles.Count
               || notice.Items.Select(a => a.Title.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() < 2
               || Filter.ContentRules.AdCueIn(notice.Text) is not null
            ? null
            : (notice.Text, notice.Items.Count);
    }

    /// <summary>One column of a feed (texts or descriptions) with the units its items repeat removed.</summary>
    public static List<string> Strip(IReadOnlyList<string> texts, IReadOnlyList<string> titles)
    {
        if (texts.Count < MinItems) return [.. texts];
        // The text after the item's headline, where it opens with it: the feed's own words are judged there.
        var owns = texts.Select((t, i) => OwnText(t, titles[i])).ToArray();
        var spans = owns.ToArray();
        var threshold = Math.Max(MinItems, (texts.Count + 1) / 2);
        Peel(texts, titles, spans, owns, threshold, fromEnd: true);
        Peel(texts, titles, spans, owns, threshold, fromEnd: false);
        var template = IsTemplate(spans, owns);
        var result = new List<string>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var (start, end) = spans[i];
            var whole = Trimmed(texts[i]);
            var own = owns[i];
            var kept = end - start;
            // A headline and nothing but the feed's recurring words ("<headline> So what: Review the source directly;
            // automated analysis unavailable.", in every item of an AI digest feed: thirty-seventh held-out review, F1):
            // the item has no text of its own, and the headline is all that stays.
            if (kept == 0 && own.Start > whole.Start) result.Add(texts[i][whole.Start..own.Start].TrimEnd());
            // Nothing removed, nothing left, or a template feed's item that the "boilerplate" was most of: the text stays as it came.
            else result.Add((start, end) == own || kept == 0 || (template && kept * 2 < own.End - own.Start) ? texts[i] : texts[i][whole.Start..Math.Min(own.Start, start)] + texts[i][start..end]);
        }
        return WithoutRepeatedSentences(WithoutLeadingLabel(result, threshold));
    }

    /// <summary>
    /// Whether the feed is one template, its "boilerplate" most of each item: of the items that lose any, more than half
    /// would lose more than half their text. Judged per feed, not per item: a teaser feed's footer is the larger part of
    /// exactly its shortest teasers, which kept it (a site footer printed as a summary's second sentence, and lengths that
    /// passed content.min_length only by the footer: held-out review 59, F1).
    /// </summary>
    private static bool IsTemplate((int Start, int End)[] spans, (int Start, int End)[] owns)
    {
        int stripped = 0, mostly = 0;
        for (var i = 0; i < spans.Length; i++)
        {
            if (spans[i] == owns[i]) continue;
            stripped++;
            if ((spans[i].End - spans[i].Start) * 2 < owns[i].End - owns[i].Start) mostly++;
        }
        return mostly * 2 > stripped;
    }

    /// <summary>
    /// The text's bounds past the item's headline where it opens with it (and a stop, colon or dash after it): a feed
    /// that prints each headline before the same tail makes the tail the larger part of every item, which the
    /// more-than-half guard then kept. The whole trimmed text where it does not.
    /// </summary>
    private static (int Start, int End) OwnText(string text, string title)
    {
        var whole = Trimmed(text);
        var headline = title.Trim();
        if (headline.Length < MinEchoLength || whole.End - whole.Start <= headline.Length
            || string.Compare(text, whole.Start, headline, 0, headline.Length, StringComparison.OrdinalIgnoreCase) != 0) return whole;
        var at = whole.Start + headline.Length;
        if (char.IsLetterOrDigit(text[at])) return whole; // the headline is a word's start here, not the whole headline
        while (at < whole.End && (char.IsWhiteSpace(text[at]) || ".:;,|–—-".Contains(text[at]))) at++;
        return at >= whole.End ? whole : (at, whole.End);
    }

    /// <summary>A shorter headline ("Release notes") may open a text as ordinary words.</summary>
    private const int MinEchoLength = 20;

    /// <summary>
    /// Sentences the feed repeats word for word inside at least <see cref="MinItems"/> of its items, wherever they
    /// stand: a series' template paragraph ("In this series I will be sharing daily hints and tips to help you get
    /// ahead ...") after each post's own opening, which <see cref="Peel"/> never reaches. It became the summary of
    /// every post of a held-out series, two of them identical in one issue (held-out review 9, F3). Only sentences of
    /// <see cref="MinRepeatedSentence"/> characters or more, only in each item's first <see cref="RepeatScan"/>
    /// characters (where summaries and previews are drawn from), and an item that would lose more than half its text keeps it.
    /// </summary>
    private static List<string> WithoutRepeatedSentences(List<string> texts)
    {
        var sentences = texts.Select(t => SentenceSplitter.Split(t.Length > RepeatScan ? t[..RepeatScan] : t)
            .Where(s => s.Length >= MinRepeatedSentence).DistinctBy(SentenceKey, StringComparer.Ordinal).ToList()).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in sentences.SelectMany(list => list.Select(SentenceKey))) counts[key] = counts.GetValueOrDefault(key) + 1;
        if (!counts.Values.Any(c => c >= MinItems)) return texts;
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            var removed = 0;
            foreach (var sentence in sentences[i].Where(s => counts[SentenceKey(s)] >= MinItems))
            {
                var at = text.IndexOf(sentence, StringComparison.Ordinal);
                if (at < 0) continue; // the splitter rejoined a wrapped line: not verbatim in the text
                text = text.Remove(at, sentence.Length);
                removed += sentence.Length;
            }
            // As in Strip: an item the template is most of keeps it (a teaser of a long post, whose page
            // fetch.auto_full_text reads, where the template is a paragraph among many and goes).
            if (removed > 0 && removed * 2 <= texts[i].Trim().Length)
                texts[i] = string.Join('\n', text.Split('\n').Select(l => SpaceRun().Replace(l, " ").Trim()).Where(l => l.Length > 0));
        }
        return texts;
    }

    private static string SentenceKey(string sentence) => SpaceRun().Replace(sentence, " ").Trim().ToLowerInvariant();

    [System.Text.RegularExpressions.GeneratedRegex(@"[ \t]{2,}")]
    private static partial System.Text.RegularExpressions.Regex SpaceRun();

    /// <summary>Shorter sentences ("Read on.", "Thanks!") say too little to call a repeat a template.</summary>
    private const int MinRepeatedSentence = 40;
    private const int RepeatScan = 3_000;

    /// <summary>
    /// A label the feed puts before each item's own words ("The Batch AI News and Insights: Over the last two weeks..."):
    /// not a unit of its own (the sentence after it differs per item), so <see cref="Peel"/> never sees it, and it opened
    /// every summary of a held-out newsletter feed. Removed where the same label, a few words and a colon, opens at least
    /// <paramref name="threshold"/> items and the item goes on after it.
    /// </summary>
    private static List<string> WithoutLeadingLabel(List<string> texts, int threshold)
    {
        var labels = texts.Select(LeadingLabel).ToList();
        var counts = labels.OfType<string>().GroupBy(Enhance.SummaryChecker.Normalize, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // A label the feed spells another way now and then ("The Batch AI News and Insights:", "The Batch News & Insights:":
        // twenty-fifth held-out review, F2) is the same label where its first two words open one that recurs.
        var recurring = labels.OfType<string>().Where(l => counts[Enhance.SummaryChecker.Normalize(l)] >= threshold)
            .Select(Opening).OfType<string>().ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
            if (labels[i] is { } label && (counts[Enhance.SummaryChecker.Normalize(label)] >= threshold || (Opening(label) is { } opening && recurring.Contains(opening))))
                texts[i] = texts[i].TrimStart()[label.Length..].TrimStart();
        return texts;
    }

    /// <summary>A label's first two words, lower-cased, where it has three or more; else null (two words alone name too little).</summary>
    private static string? Opening(string label)
        => label.TrimEnd(':').Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries) is { Length: >= 3 } words ? $"{words[0]} {words[1]}".ToLowerInvariant() : null;

    /// <summary>The text's opening "A few words:" (with the colon), when the text goes on after it; else null.</summary>
    private static string? LeadingLabel(string text)
    {
        var start = text.AsSpan().TrimStart();
        var line = start[..(start.IndexOf('\n') is var n and >= 0 ? n : start.Length)];
        var colon = line.IndexOf(':');
        if (colon is < 2 or > MaxLabelLength || line.Length - colon < MinRestAfterLabel) return null;
        var label = line[..colon];
        // Words, not a time ("10:30"), a link ("https:") or a sentence with a clause.
        if (label.ContainsAny(".!?/\"") || char.IsDigit(label[^1]) || label.Count(' ') + 1 > MaxLabelWords) return null;
        // "Sponsored:", "Advertisement:", "Partner content:" say what the item is: the ad rules read them.
        if (PaidLabel().IsMatch(label)) return null;
        return start[..(colon + 1)].ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"sponsor|advert|promot|partner|paid|\bads?\b|affiliate", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PaidLabel();

    private const int MaxLabelLength = 60;
    private const int MaxLabelWords = 6;
    /// <summary>What must follow the label on its line: the item's own sentence, not a value ("Location: Berlin").</summary>
    private const int MinRestAfterLabel = 20;

    /// <summary>
    /// Round by round, the outermost unit of every item still in play: where its shape recurs in enough
    /// items it is cut, and only those items go on to the next round.
    /// </summary>
    /// <param name="owns">Each item's own text (<see cref="OwnText"/>): where a headline stands before it, the unit may be all of it.</param>
    private static void Peel(IReadOnlyList<string> texts, IReadOnlyList<string> titles, (int Start, int End)[] spans, (int Start, int End)[] owns, int threshold, bool fromEnd)
    {
        var active = Enumerable.Range(0, texts.Count).ToList();
        var keys = new string?[texts.Count];
        var rests = new (int Start, int End)[texts.Count];
        for (var round = 0; round < MaxUnitsPerEnd && active.Count >= threshold; round++)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var i in active)
            {
                keys[i] = null;
                if (OuterUnit(texts[i], spans[i], fromEnd, mayBeAll: owns[i].Start > Trimmed(texts[i]).Start) is not var (unit, remaining)) continue;
                var span = texts[i].AsSpan(unit.Start, unit.End - unit.Start);
                // "CVSS score: 9.8", "Version: 2.4.1", "Price: $5": a field of the item's own data, whatever its shape.
                if (IsDataField(span)) continue;
                keys[i] = Shape(span, titles[i]);
                rests[i] = remaining;
                counts[keys[i]!] = counts.GetValueOrDefault(keys[i]!) + 1;
            }
            active = active.Where(i => keys[i] is { } key && counts[key] >= threshold).ToList();
            foreach (var i in active) spans[i] = rests[i];
        }
    }

    /// <summary>
    /// The last (or first) unit of the span: its last (first) line, or that line's last (first) sentence
    /// where the line holds more than one; and what remains without it. Null where the unit is longer than
    /// <see cref="MaxUnitLength"/> or is all that remains, unless <paramref name="mayBeAll"/> (the item's headline
    /// stands before the span and stays).
    /// </summary>
    private static ((int Start, int End) Unit, (int Start, int End) Remaining)? OuterUnit(string text, (int Start, int End) span, bool fromEnd, bool mayBeAll)
    {
        var split = OuterUnit(text, span, fromEnd);
        return split is null && mayBeAll && span.End - span.Start is >= 2 and <= MaxUnitLength ? (span, (span.Start, span.Start)) : split;
    }

    private static ((int Start, int End) Unit, (int Start, int End) Remaining)? OuterUnit(string text, (int Start, int End) span, bool fromEnd)
    {
        var (start, end) = span;
        if (end - start < 2) return null;
        if (fromEnd)
        {
            var limit = Math.Max(start, end - MaxUnitLength);
            for (var j = end - 2; j >= limit; j--)
            {
                if (j > start && (text[j] == '\n' || (char.IsWhiteSpace(text[j]) && EndsSentenceAt(text, j - 1, start))))
                {
                    var restEnd = j;
                    while (restEnd > start && char.IsWhiteSpace(text[restEnd - 1])) restEnd--;
                    return restEnd == start ? null : ((j + 1, end), (start, restEnd));
                }
            }
            return null;
        }
        var stop = Math.Min(end, start + MaxUnitLength);
        for (var j = start + 1; j < stop; j++)
        {
            if (text[j] == '\n' || (char.IsWhiteSpace(text[j]) && EndsSentenceAt(text, j - 1, start)))
            {
                var restStart = j;
                while (restStart < end && char.IsWhiteSpace(text[restStart])) restStart++;
                return restStart == end ? null : ((start, j), (restStart, end));
            }
        }
        return null;
    }

    /// <summary>A "Label: value" unit whose value holds a digit and no link: the item's data, not the site's chrome.</summary>
    private static bool IsDataField(ReadOnlySpan<char> unit)
    {
        var colon = unit.IndexOf(':');
        if (colon is <= 0 or > 40 || unit[..colon].ContainsAny(".!?")) return false;
        var value = unit[(colon + 1)..];
        return value.IndexOfAnyInRange('0', '9') >= 0 && !value.Contains("//", StringComparison.Ordinal);
    }

    /// <summary>Whether a sentence ends at this character: final punctuation, maybe followed by closing quotes or brackets.</summary>
    private static bool EndsSentenceAt(string text, int index, int floor)
    {
        while (index >= floor && Closers.Contains(text[index])) index--;
        return index >= floor && Terminals.Contains(text[index]);
    }

    /// <summary>
    /// What makes two items' footers the same: the item's own title as a placeholder ("The post {title}
    /// appeared first on Site."), every run of digits as one '#' ("7 comments", "12 comments"), spaces
    /// collapsed, case ignored.
    /// </summary>
    public static string Shape(ReadOnlySpan<char> unit, string title)
    {
        var titleAt = title.Length >= MinTitleLength ? unit.IndexOf(title.AsSpan(), StringComparison.OrdinalIgnoreCase) : -1;
        var shape = new StringBuilder(unit.Length);
        for (var i = 0; i < unit.Length; i++)
        {
            if (i == titleAt)
            {
                shape.Append(TitleMark);
                i += title.Length - 1;
                continue;
            }
            var c = unit[i];
            if (char.IsDigit(c))
            {
                if (shape.Length == 0 || shape[^1] != '#') shape.Append('#');
            }
            else if (char.IsWhiteSpace(c))
            {
                if (shape.Length > 0 && shape[^1] != ' ') shape.Append(' ');
            }
            else shape.Append(char.ToLowerInvariant(c));
        }
        // A count's noun in one number: "1 post - 1 participant" and "4 posts - 3 participants" are one footer (held-out
        // review 76, F5: the singular was on too few of a topic list's items to recur as the plural's shape).
        var folded = shape.ToString().TrimEnd();
        return folded.Contains('#', StringComparison.Ordinal) ? CountedNoun().Replace(folded, m => m.Groups["stem"].Value + (m.Groups["ies"].Success ? "y" : "")) : folded;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=# ?)(?<stem>[a-z]{2,}?)(?:(?<ies>ies)|s)?\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CountedNoun();

    /// <summary>The text's bounds without surrounding white space.</summary>
    private static (int Start, int End) Trimmed(string text)
    {
        int start = 0, end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }
}
