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
        var text = Mojibake.Repair(HtmlText.ToPlainText(item.ContentHtml is { Length: > 0 } ? item.ContentHtml : item.SummaryHtml));
        var summaryText = Mojibake.Repair(HtmlText.ToPlainText(item.SummaryHtml));
        if (summaryText.Length > text.Length) text = summaryText;
        var title = item.Title is { } t ? Mojibake.Repair(t) : Words.Truncate(text.Replace('\n', ' '), 120);
        // The id must be the same on every run for the same entry: guid first, then link, then title+date.
        var identity = item.Guid ?? item.Link ?? $"{title}|{item.Published:O}";
        return new Article
        {
            Id = Hashing.ShortHash($"{feed.Url}\n{identity}"),
            FeedUrl = feed.Url,
            FeedTitle = feed.Title ?? feedTitle,
            FeedPriority = feed.Priority,
            Title = title.Length == 0 ? "(untitled)" : title,
            // Link readers to the publisher, not through a tracking redirector.
            Link = item.OriginalLink ?? item.Link,
            Published = item.Published,
            Author = item.Author,
            Categories = item.Categories,
            Text = text,
            Description = summaryText.Length > 0 && summaryText != text ? summaryText : null,
            EnclosureType = item.EnclosureType,
        };
    }
}
