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
            // Past the depth limit the JSON may be valid: "not valid JSON" sent the publisher looking for a syntax error (F10).
            if (NestsDeeperThan(text, MaxDepth))
                throw new FeedParseException($"the JSON document is nested deeper than {MaxDepth} levels (at line {(ex.LineNumber ?? 0) + 1}), "
                    + "deeper than any feed nests; check the feed URL", ex);
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
            var wrongTypes = new WrongTypes();
            if (list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        wrongTypes.Count("items", item);
                        continue;
                    }
                    if (items.Count == FeedParser.MaxItems)
                    {
                        cut = true;
                        break;
                    }
                    foreach (var field in CheckedFields)
                        if (item.TryGetProperty(field, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                            wrongTypes.Count(field, value);
                    var parsed = new ParsedItem
                    {
                        Guid = Str(item, "id"),
                        Title = Ingest.TitleText.Read(Str(item, "title"), TitleKind.Text),
                        // The page the item is about (external_url: a link blog's or a news bot's source) before the
                        // feed's own page about it: the reader is sent to the publisher (held-out review 28, F3). An
                        // episode with no page: its audio or video attachment, as for RSS's enclosure.
                        Link = XmlFeedParser.Resolve(itemsBase, ExternalPage(Str(item, "external_url")) ?? Str(item, "url") ?? Str(item, "external_url")
                            ?? XmlFeedParser.WebAddress(Str(item, "id")) ?? MediaAttachmentUrl(item))?.ToString(),
                        DateText = Str(item, "date_published") ?? Str(item, "date_modified"),
                        Author = AuthorOf(item),
                        Categories = item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
                            ? tags.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(TextOf).ToList()
                            : [],
                        ContentHtml = Str(item, "content_html") ?? System.Net.WebUtility.HtmlEncode(MarkdownText.WithoutStrikethroughMarks(Str(item, "content_text") ?? "")),
                        SummaryHtml = Str(item, "summary"),
                        EnclosureType = FirstAttachment(item) is { } attachment ? Str(attachment, "mime_type") : null,
                        DurationSeconds = AttachmentSeconds(item),
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
                Warnings = [.. cut ? [FeedParser.TooManyItems] : (string[])[], .. wrongTypes.Warnings(items.Count)],
            };
        }
    }

    /// <summary>
    /// An item's members whose value must be a string, where another type loses what the item is: its title (the item
    /// was shown under its text's first words), its link or its identity. Read only as strings; any other type is ignored.
    /// </summary>
    private static readonly string[] CheckedFields = ["title", "url", "id"];

    /// <summary>
    /// Entries of "items" that are no object, and checked members of another type than string, counted per kind: they
    /// were skipped silently (F10), so the publisher never heard that entries or titles were lost. One warning per kind.
    /// </summary>
    private sealed class WrongTypes
    {
        private readonly Dictionary<string, (int Count, SortedSet<string> Kinds)> counts = new(StringComparer.Ordinal);

        public void Count(string field, JsonElement value)
        {
            if (!counts.TryGetValue(field, out var entry)) entry = (0, new SortedSet<string>(StringComparer.Ordinal));
            entry.Kinds.Add(KindOf(value));
            counts[field] = (entry.Count + 1, entry.Kinds);
        }

        /// <param name="items">How many items were read: a member's count is said out of them, as XML feeds' counted warnings are.</param>
        public IEnumerable<string> Warnings(int items)
        {
            if (counts.TryGetValue("items", out var entries))
                yield return $"{entries.Count} {(entries.Count == 1 ? "entry" : "entries")} of \"items\" {(entries.Count == 1 ? "is" : "are")} not an object ({string.Join(", ", entries.Kinds)}); skipped, as no item can be read from {(entries.Count == 1 ? "it" : "them")}";
            foreach (var field in CheckedFields)
                if (counts.TryGetValue(field, out var wrong))
                    yield return $"\"{field}\" is {string.Join(" or ", wrong.Kinds.Select(k => $"a{(k[0] is 'a' or 'o' ? "n" : "")} {k}"))}, not a string, in {wrong.Count} of {items} item{(items == 1 ? "" : "s")}; ignored there";
        }

        private static string KindOf(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.True or JsonValueKind.False => "boolean",
            var kind => kind.ToString().ToLowerInvariant(),
        };
    }

    /// <summary>
    /// Whether arrays and objects nest deeper than <paramref name="limit"/> anywhere in the text (brackets inside strings
    /// not counted). Run only on a document the reader refused, to tell a depth limit from a syntax error.
    /// </summary>
    internal static bool NestsDeeperThan(string text, int limit)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') inString = true;
            else if (c is '[' or '{' && ++depth > limit) return true;
            else if (c is ']' or '}' && depth > 0) depth--;
        }
        return false;
    }

    /// <summary>
    /// A title is plain text in JSON Feed: one with a '&lt;' says what it says ("Why &lt;div&gt; soup hurts"), and is not
    /// stripped as markup nor its "&amp;lt;b&amp;gt;" decoded into a tag (hostile-input audit 28, H4). Generators that write HTML
    /// entities anyway ("Q&amp;amp;A", "&amp;#8217;") have them decoded where the title holds no '&lt;'.
    /// </summary>

    /// <summary>An external_url that is a web page's address ("https://" alone or "http//..." is none: the item's own url stands).</summary>
    private static string? ExternalPage(string? url)
        => Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0 ? url!.Trim() : null;

    /// <summary>The first author's name, markup removed as for RSS and Atom authors.</summary>
    private static string? AuthorOf(JsonElement item)
    {
        if (item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
            foreach (var a in authors.EnumerateArray())
                if (a.ValueKind == JsonValueKind.Object && Str(a, "name") is { } n) return PlainName(n);
        return item.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object ? PlainName(Str(author, "name")) : null;
    }

    private static string? PlainName(string? name) => HtmlText.ToPlainText(name) is { Length: > 0 } plain ? plain : null;

    /// <summary>The first attachment's address where it is audio or video (by its mime_type, or its file's extension), else null.</summary>
    private static string? MediaAttachmentUrl(JsonElement item)
        => FirstAttachment(item) is { } attachment && Str(attachment, "url") is { } url
           && (MediaLinks.IsMediaType(Str(attachment, "mime_type")) || MediaLinks.IsMediaFile(url)) ? url.Trim() : null;

    /// <summary>The item's first attachment, where it has one that is an object.</summary>
    private static JsonElement? FirstAttachment(JsonElement item)
        => item.TryGetProperty("attachments", out var att) && att.ValueKind == JsonValueKind.Array && att.GetArrayLength() > 0 && att[0].ValueKind == JsonValueKind.Object
            ? att[0] : null;

    /// <summary>The first attachment's duration_in_seconds, where it is a number (a string of digits as some generators write it).</summary>
    private static int? AttachmentSeconds(JsonElement item)
    {
        if (FirstAttachment(item) is not { } attachment || !attachment.TryGetProperty("duration_in_seconds", out var seconds)) return null;
        return seconds.ValueKind switch
        {
            JsonValueKind.Number when seconds.TryGetDouble(out var number) => MediaDuration.Seconds(number),
            JsonValueKind.String => MediaDuration.Seconds(TextOf(seconds)),
            _ => null,
        };
    }

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
