using NewsCurator.Model;

namespace NewsCurator.Ingest;

/// <summary>Parsed items to articles: plain text, stable ids, the feed's identity attached.</summary>
public static class ArticleNormalizer
{
    /// <summary>An item with no title, no link and no text has nothing a reader could use.</summary>
    public static bool IsEmpty(ParsedItem item)
        => string.IsNullOrWhiteSpace(item.Title) && string.IsNullOrWhiteSpace(item.Link)
           && HtmlText.ToPlainText(item.ContentHtml).Length == 0 && HtmlText.ToPlainText(item.SummaryHtml).Length == 0;

    public static Article ToArticle(ParsedItem item, FeedSource feed, string? feedTitle)
    {
        var text = Repair(HtmlText.ToPlainText(item.ContentHtml is { Length: > 0 } ? item.ContentHtml : item.SummaryHtml));
        var summaryText = Repair(HtmlText.ToPlainText(item.SummaryHtml));
        if (summaryText.Length > text.Length) text = summaryText;
        var title = HeaderText.SingleLine(item.Title is { } t ? Repair(t) : Words.Truncate(text.Replace('\n', ' '), 120));
        // The id must be the same on every run for the same entry: guid first, then link, then title+date.
        var identity = item.Guid ?? item.Link ?? $"{title}|{item.Published:O}";
        return new Article
        {
            Id = Hashing.ShortHash($"{feed.Url}\n{identity}"),
            FeedUrl = feed.Url,
            FeedTitle = HeaderText.SingleLineOrNull(feed.Title ?? feedTitle),
            FeedPriority = feed.Priority,
            Title = title.Length == 0 ? "(untitled)" : title,
            // Link readers to the publisher, not through a tracking redirector.
            Link = item.OriginalLink ?? item.Link,
            Published = item.Published,
            Author = HeaderText.SingleLineOrNull(item.Author is { } author ? Repair(author) : null),
            Categories = item.Categories.Select(c => HeaderText.SingleLine(Repair(c))).Where(c => c.Length > 0).Distinct().ToList(),
            Text = text,
            EnclosureType = item.EnclosureType,
        };
    }

    /// <summary>Windows-1252 punctuation that arrived as C1 controls first, then UTF-8 read as Windows-1252.</summary>
    private static string Repair(string text) => Mojibake.Repair(EncodingLabels.RepairC1Controls(text));
}
