namespace NewsCurator.Ingest;

/// <summary>Detects the format from the content (never the file name: some lie) and hands off.</summary>
public static class FeedParser
{
    public static ParsedFeed Parse(ReadOnlySpan<byte> content, Uri? feedUri = null, string? httpCharset = null)
    {
        var decoded = FeedDocument.Decode(content, httpCharset);
        var start = decoded.Text.AsSpan().TrimStart();
        if (start.IsEmpty) throw new FeedParseException("the document is empty");
        // The message never quotes the document: a file: URL or an internal page must not leak through an error.
        var feed = start[0] switch
        {
            '{' or '[' => JsonFeedParser.Parse(decoded.Text, feedUri, decoded.EncodingName),
            '<' => XmlFeedParser.Parse(decoded.Text, feedUri, decoded.EncodingName),
            _ => throw new FeedParseException("not a feed: the document does not start with '<' (RSS/Atom) or '{' (JSON Feed)"),
        };
        return decoded.Warnings.Count == 0 ? feed : feed with { Warnings = [.. decoded.Warnings, .. feed.Warnings] };
    }
}
