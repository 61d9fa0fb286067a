using System.Text.Json;
using System.Text.Json.Serialization;
using NewsCurator.Configuration;
using NewsCurator.Infrastructure.Http;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Storage;

namespace NewsCurator.Cli;

/// <summary>
/// `parse SOURCE...`: one JSON line per feed file or URL, with what the parser saw. It is the tool
/// for a misbehaving feed, so it never stops at the first bad source.
/// </summary>
public static class ParseCommand
{
    public sealed record Line(
        string Source, string? Format, string? Encoding, string? Title, int Items,
        [property: JsonPropertyName("first_item")] FirstItem? FirstItem, string? Error);

    public sealed record FirstItem(string? Title, string? Link, DateTimeOffset? Published, string? Summary);

    // Every field is always present (null when absent), so the lines are easy to consume with jq.
    private static readonly JsonSerializerOptions LineOptions = new(Json.SnakeCase) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public static async Task<int> ExecuteAsync(IReadOnlyList<string> sources, TextWriter stdout, CancellationToken ct)
    {
        // An interactive tool on the user's own machine: local files and any host are fair game.
        var config = new FetchConfig { AllowFileUrls = true, AllowPrivateHosts = ["*"], Retries = 0 };
        using var fetcher = new FeedFetcher(config);
        var failures = 0;
        foreach (var source in sources)
        {
            var line = await ParseOneAsync(fetcher, config.MaxBodyBytes, source, ct);
            if (line.Error is not null) failures++;
            await stdout.WriteLineAsync(JsonSerializer.Serialize(line, LineOptions));
        }
        return failures == 0 ? 0 : 1;
    }

    /// <param name="maxBodyBytes">
    /// The fetcher's fetch.max_body_bytes, passed on as the gzip limit as the run does: the parser's own default was
    /// applied and named as that setting (hostile audit F11).
    /// </param>
    private static async Task<Line> ParseOneAsync(FeedFetcher fetcher, long maxBodyBytes, string source, CancellationToken ct)
    {
        Uri uri;
        if (source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(source, UriKind.Absolute, out uri!)) return Fail(source, "not a valid URL");
        }
        else uri = FileUris.From(source);

        var fetched = await fetcher.FetchAsync(uri, ct);
        if (fetched.Body is null) return Fail(source, fetched.Error ?? $"no content ({fetched.Status})");
        try
        {
            var feed = FeedParser.Parse(fetched.Body, fetched.FinalUri ?? uri, fetched.Charset, maxBodyBytes);
            var first = feed.Items.FirstOrDefault();
            return new Line(source, feed.Format, feed.Encoding, feed.Title, feed.Items.Count,
                first is null ? null : new FirstItem(TitleAsRun(first, uri, feed.Title), first.Link, first.Published,
                    Words.Truncate(HtmlText.ToPlainText(first.SummaryHtml ?? first.ContentHtml).Replace('\n', ' '), 300)),
                feed.Error);
        }
        catch (FeedParseException ex)
        {
            return Fail(source, ex.Message);
        }
    }

    /// <summary>
    /// The item's title as the run reads it, repaired and normalised: the tool printed "Moonâ\u0080\u0099s" where the run printed
    /// "Moon’s" (held-out review 95, F7). The raw title where the run would drop the item.
    /// </summary>
    private static string? TitleAsRun(ParsedItem item, Uri uri, string? feedTitle)
        => ArticleNormalizer.ToArticleOrNull(item, new FeedSource(uri.ToString()), feedTitle)?.Title ?? item.Title;

    private static Line Fail(string source, string error) => new(source, null, null, null, 0, null, error);
}
