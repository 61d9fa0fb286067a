using System.Text.Json;

namespace NewsCurator.Ingest;

/// <summary>JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).</summary>
internal static class JsonFeedParser
{
    /// <summary>
    /// How deep the document may nest. The reader builds the document without recursion, and the parser reads only the
    /// top levels: an extension object nested 65 deep in one item (past System.Text.Json's default of 64) lost the
    /// whole feed (hostile audit 16). Deeper than this is no feed anyone writes.
    /// </summary>
    public const int MaxDepth = 1024;

    public static ParsedFeed Parse(string text, Uri? feedUri, string encodingName)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(WithoutLoneSurrogates(text), new JsonDocumentOptions { MaxDepth = MaxDepth, AllowTrailingCommas = true });
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
            var itemsBase = XmlFeedParser.SiteBase(feedUri, XmlFeedParser.Web(XmlFeedParser.Resolve(feedUri, Str(root, "feed_url"))), Str(root, "home_page_url"));
            // JSON Feed's "items" is an array; anything else means no item can be read, which is this feed's error.
            var itemsError = root.TryGetProperty("items", out var list) && list.ValueKind != JsonValueKind.Array
                ? $"\"items\" is {list.ValueKind.ToString().ToLowerInvariant()}, not an array of items: nothing could be read"
                : null;
            var cut = false;
            if (list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object) continue;
                    if (items.Count == FeedParser.MaxItems)
                    {
                        cut = true;
                        break;
                    }
                    var parsed = new ParsedItem
                    {
                        Guid = Str(item, "id"),
                        Title = HtmlText.ToPlainText(Str(item, "title")) is { Length: > 0 } t ? t : null,
                        // An episode with no page: its audio or video attachment, as for RSS's enclosure.
                        Link = XmlFeedParser.Resolve(itemsBase, Str(item, "url") ?? Str(item, "external_url") ?? XmlFeedParser.WebAddress(Str(item, "id")) ?? MediaAttachmentUrl(item))?.ToString(),
                        DateText = Str(item, "date_published") ?? Str(item, "date_modified"),
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
                Language = Str(root, "language"),
                Items = items,
                Error = itemsError,
                Warnings = cut ? [FeedParser.TooManyItems] : [],
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

    /// <summary>The first attachment's address where it is audio or video (by its mime_type, or its file's extension), else null.</summary>
    private static string? MediaAttachmentUrl(JsonElement item)
        => item.TryGetProperty("attachments", out var att) && att.ValueKind == JsonValueKind.Array && att.GetArrayLength() > 0 && att[0].ValueKind == JsonValueKind.Object
           && Str(att[0], "url") is { } url && (MediaLinks.IsMediaType(Str(att[0], "mime_type")) || MediaLinks.IsMediaFile(url)) ? url.Trim() : null;

    private static string? Str(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && TextOf(v) is { Length: > 0 } s ? s : null;

    private static string TextOf(JsonElement value) => value.GetString() ?? "";

    /// <summary>
    /// The document with every escaped lone UTF-16 surrogate ("\udc00", a high one without its low one) as
    /// "\ufffd", as any text decoder would read it. System.Text.Json refuses to read such a string or property
    /// name (InvalidOperationException on access, which once failed a feed, and before that its ingest shard).
    /// </summary>
    internal static string WithoutLoneSurrogates(string text)
    {
        System.Text.StringBuilder? sb = null;
        var copied = 0;
        for (var i = text.IndexOf('\\'); i >= 0 && i < text.Length - 1; i = text.IndexOf('\\', i))
        {
            if (text[i + 1] != 'u' || Unit(text, i) is not { } unit || !char.IsSurrogate(unit))
            {
                i += 2; // any other escape, "\\" included, is two characters
                continue;
            }
            if (char.IsHighSurrogate(unit) && Unit(text, i + 6) is { } low && char.IsLowSurrogate(low))
            {
                i += 12;
                continue;
            }
            (sb ??= new System.Text.StringBuilder(text.Length)).Append(text, copied, i - copied).Append("\\ufffd");
            copied = i += 6;
        }
        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The UTF-16 unit a "\uXXXX" escape at <paramref name="at"/> names, if one is there.</summary>
    private static char? Unit(string text, int at)
        => at + 6 <= text.Length && text[at] == '\\' && text[at + 1] == 'u'
           && ushort.TryParse(text.AsSpan(at + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var unit) ? (char)unit : null;
}
