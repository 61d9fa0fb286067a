namespace NewsCurator.Ingest;

/// <summary>Detects the format from the content (never the file name: some lie) and hands off.</summary>
public static class FeedParser
{
    public static ParsedFeed Parse(ReadOnlySpan<byte> content, Uri? feedUri = null, string? httpCharset = null)
    {
        if (BinaryKind(content) is { } kind)
            throw new FeedParseException($"not a feed: the document is {kind}; point the feed URL at the RSS/Atom/JSON feed itself");
        var decoded = FeedDocument.Decode(content, httpCharset);
        var start = decoded.Text.AsSpan().TrimStart();
        if (start.IsEmpty) throw new FeedParseException("the document is empty");
        // The message never quotes the document: a file: URL or an internal page must not leak through an error.
        ParsedFeed feed;
        try
        {
            feed = start[0] switch
            {
                '{' or '[' => JsonFeedParser.Parse(decoded.Text, feedUri, decoded.EncodingName),
                '<' => XmlFeedParser.Parse(decoded.Text, feedUri, decoded.EncodingName),
                _ => throw new FeedParseException("not a feed: the document does not start with '<' (RSS/Atom) or '{' (JSON Feed)"),
            };
        }
        catch (Exception ex) when (ex is not FeedParseException and not OperationCanceledException)
        {
            // A document no rule foresaw must fail as this one feed, never as the run or the shard it shares.
            throw new FeedParseException(Unexpected(ex), ex);
        }
        return decoded.Warnings.Count == 0 ? feed : feed with { Warnings = [.. decoded.Warnings, .. feed.Warnings] };
    }

    /// <summary>What a binary document is, by its first bytes: an error that says "a PNG image" tells the fix.</summary>
    private static string? BinaryKind(ReadOnlySpan<byte> content) => content switch
    {
        [0x1F, 0x8B, ..] => "gzip-compressed (a server that compresses a feed must say so with Content-Encoding: gzip)",
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "a PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "a GIF image",
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] => "a PDF document",
        [(byte)'P', (byte)'K', 0x03, 0x04, ..] => "a ZIP archive",
        _ => null,
    };

    /// <summary>What a feed's error says when reading it failed in a way no check foresaw (a parser bug to report).</summary>
    public static string Unexpected(Exception ex)
        => $"reading this document failed unexpectedly ({ex.GetType().Name}: {HeaderText.SingleLineOrNull(SafeMessage.Of(ex), 300)}); the other feeds are unaffected";
}
