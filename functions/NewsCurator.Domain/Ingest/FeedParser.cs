namespace NewsCurator.Ingest;

/// <summary>Detects the format from the content (never the file name: some lie) and hands off.</summary>
public static class FeedParser
{
    public static ParsedFeed Parse(ReadOnlySpan<byte> content, Uri? feedUri = null, string? httpCharset = null)
    {
        var (text, encodingName) = FeedDocument.Decode(content, httpCharset);
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty) throw new FeedParseException("the document is empty");
        return start[0] switch
        {
            '{' or '[' => JsonFeedParser.Parse(text, feedUri),
            '<' => XmlFeedParser.Parse(text, feedUri, encodingName),
            _ => throw new FeedParseException($"not a feed: the document starts with '{Preview(start)}', expected '<' (RSS/Atom) or '{{' (JSON Feed)"),
        };
    }

    private static string Preview(ReadOnlySpan<char> text) => text[..Math.Min(20, text.Length)].ToString().ReplaceLineEndings(" ");
}
