using System.Text.Json;

namespace NewsCurator.Ingest;

/// <summary>JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).</summary>
internal static class JsonFeedParser
{
    public static ParsedFeed Parse(string text, Uri? feedUri, string encodingName)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new FeedParseException($"not valid JSON at line {(ex.LineNumber ?? 0) + 1}: {SafeMessage.Of(ex)}", ex);
        }
        using (doc)
        {
            var root = doc.RootElement;
            var version = root.ValueKind == JsonValueKind.Object ? Str(root, "version") : null;
            if (version is null || !version.Contains("jsonfeed.org/version/", StringComparison.Ordinal))
                throw new FeedParseException("JSON document is not a JSON Feed: it has no \"version\": \"https://jsonfeed.org/version/1.x\"");
            var format = version.EndsWith("1.1", StringComparison.Ordinal) ? "json-feed-1.1" : "json-feed-1.0";
            var items = new List<ParsedItem>();
            if (root.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object) continue;
                    var parsed = new ParsedItem
                    {
                        Guid = Str(item, "id"),
                        Title = HtmlText.ToPlainText(Str(item, "title")) is { Length: > 0 } t ? t : null,
                        Link = XmlFeedParser.Resolve(feedUri, Str(item, "url") ?? Str(item, "external_url"))?.ToString(),
                        Published = FeedDates.Parse(Str(item, "date_published") ?? Str(item, "date_modified")),
                        Author = AuthorOf(item),
                        Categories = item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
                            ? tags.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                            : [],
                        ContentHtml = Str(item, "content_html") ?? System.Net.WebUtility.HtmlEncode(Str(item, "content_text") ?? ""),
                        SummaryHtml = Str(item, "summary"),
                        EnclosureType = item.TryGetProperty("attachments", out var att) && att.ValueKind == JsonValueKind.Array
                            && att.GetArrayLength() > 0 && att[0].ValueKind == JsonValueKind.Object ? Str(att[0], "mime_type") : null,
                    };
                    items.Add(parsed);
                }
            }
            return new ParsedFeed
            {
                Format = format,
                Encoding = encodingName,
                Title = Str(root, "title"),
                Link = Str(root, "home_page_url"),
                Items = items,
            };
        }
    }

    private static string? AuthorOf(JsonElement item)
    {
        if (item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
            foreach (var a in authors.EnumerateArray())
                if (a.ValueKind == JsonValueKind.Object && Str(a, "name") is { } n) return n;
        return item.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object ? Str(author, "name") : null;
    }

    private static string? Str(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
