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
            // JSON Feed's "items" is an array; anything else means no item can be read, which is this feed's error.
            var itemsError = root.TryGetProperty("items", out var list) && list.ValueKind != JsonValueKind.Array
                ? $"\"items\" is {list.ValueKind.ToString().ToLowerInvariant()}, not an array of items: nothing could be read"
                : null;
            if (list.ValueKind == JsonValueKind.Array)
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
                            ? tags.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(TextOf).ToList()
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
                Error = itemsError,
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
        => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && TextOf(v) is { Length: > 0 } s ? s : null;

    /// <summary>A JSON string's text. A lone UTF-16 surrogate ("\udc00"), which System.Text.Json refuses to read, becomes U+FFFD as in any text decoder.</summary>
    private static string TextOf(JsonElement value)
    {
        try
        {
            return value.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return Unescape(value.GetRawText());
        }
    }

    /// <summary>A JSON string literal (quotes included) to its text, lone surrogates replaced.</summary>
    private static string Unescape(string literal)
    {
        var sb = new System.Text.StringBuilder(literal.Length);
        var end = literal.Length - 1; // the closing quote
        for (var i = 1; i < end; i++)
        {
            if (literal[i] != '\\' || i + 1 >= end)
            {
                sb.Append(literal[i]);
                continue;
            }
            var escape = literal[++i];
            if (escape != 'u')
            {
                sb.Append(escape switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', _ => escape });
                continue;
            }
            if (i + 4 >= end || !int.TryParse(literal.AsSpan(i + 1, 4), System.Globalization.NumberStyles.HexNumber, null, out var unit)) break;
            i += 4;
            var c = (char)unit;
            if (char.IsHighSurrogate(c) && i + 6 < end && literal[i + 1] == '\\' && literal[i + 2] == 'u'
                && int.TryParse(literal.AsSpan(i + 3, 4), System.Globalization.NumberStyles.HexNumber, null, out var next) && char.IsLowSurrogate((char)next))
            {
                sb.Append(c).Append((char)next);
                i += 6;
            }
            else sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        return sb.ToString();
    }
}
