using NewsCurator.Model;

namespace NewsCurator.Ingest;

/// <summary>Pages whose text replaced the feed's, pages that gave nothing better, and the first few reasons why.</summary>
public sealed record FullTextReport(int Extracted, int Failed, string? Errors);

/// <summary>
/// For feeds that ship only a teaser (a per-feed switch: fullText="true" in the OPML), fetch each
/// article page through the same guarded fetcher and extract the readable text (SmartReader).
/// Bounded: at most <see cref="MaxItems"/> pages per feed within <see cref="Budget"/>; an
/// extraction no longer than the feed's own text counts as a failure and the feed text stays.
/// </summary>
public static class FullTextExtractor
{
    public const int MaxItems = 10;
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);
    /// <summary>The longest one page's extraction may take (a 9.5 MB page takes about a second).</summary>
    public static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(10);

    /// <summary>How many failure reasons a feed's report keeps (the first of each kind would do; the first few say enough).</summary>
    private const int ReasonsKept = 3;

    /// <summary>
    /// The articles with their pages' text where extraction gave more than the feed did. The budget
    /// bounds the whole feed: a page still being fetched when it runs out is abandoned (its retries
    /// included), and no further page is asked for. Each page is fetched for <paramref name="feed"/>: a private host trusted for
    /// the listed feeds is not reached through a public feed's item links (hostile-input audit 48, H1).
    /// </summary>
    public static async Task<(List<Article> Articles, FullTextReport Report)> EnrichAsync(IFeedFetcher fetcher, Uri feed, List<Article> articles, CancellationToken ct, TimeSpan? budget = null)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(budget ?? Budget);
        int extracted = 0, failed = 0;
        var reasons = new List<string>();
        var result = new List<Article>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            // An episode linked to its audio (no page of its own) has no page to read: the file is no article.
            if (i >= MaxItems || deadline.IsCancellationRequested || !Uri.TryCreate(article.Link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || MediaLinks.IsMediaFile(article.Link))
            {
                result.Add(article);
                continue;
            }
            string? text, error;
            try
            {
                (text, error) = await ExtractAsync(fetcher, feed, uri, deadline.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                (text, error) = (null, $"{UrlDisplay.Of(uri)}: the feed's full-text budget of {(budget ?? Budget).TotalSeconds:0} s ran out; later pages were not fetched");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A page no rule foresaw is this article's problem: it keeps the feed's text, and the feed and its shard go on.
                (text, error) = (null, $"{UrlDisplay.Of(uri)}: fetching the page failed unexpectedly ({ex.GetType().Name}: {SafeMessage.Line(ex, 200)})");
            }
            if (text is not null && text.Length > article.Text.Length)
            {
                result.Add(article with { Text = ArticleNormalizer.CapText(text), IsTeaser = false });
                extracted++;
            }
            else
            {
                failed++;
                if (reasons.Count < ReasonsKept)
                    reasons.Add(error ?? $"{UrlDisplay.Of(uri)}: the extracted text ({text?.Length ?? 0} chars) is not longer than the feed's ({article.Text.Length})");
                result.Add(article);
            }
        }
        return (result, new FullTextReport(extracted, failed, reasons.Count == 0 ? null : string.Join("; ", reasons)));
    }

    public static async Task<(string? Text, string? Error)> ExtractAsync(IFeedFetcher fetcher, Uri feed, Uri page, CancellationToken ct)
    {
        var fetched = await fetcher.FetchAsync(page, null, feed, ct);
        if (fetched.Body is null) return (null, fetched.Error ?? $"{UrlDisplay.Of(page)}: {fetched.Status}");
        try
        {
            var html = FeedDocument.Decode(fetched.Body, fetched.Charset, html: true).Text;
            // The extractor's work grows with nesting depth times size (20,000 nested <div> in 220 KB ran for
            // minutes): such a page is refused before it is parsed, and any page gets PageTimeout at most.
            if (HtmlNesting.Refusal(html) is { } refusal) return (null, $"{UrlDisplay.Of(page)}: {refusal}");
            // The constructor taking the text never touches the network (the static ParseArticle overloads may).
            var readable = await Task.Run(() => new SmartReader.Reader(page.ToString(), html).GetArticle(), ct).WaitAsync(PageTimeout, ct);
            if (!readable.IsReadable || string.IsNullOrWhiteSpace(readable.TextContent)) return (null, $"{UrlDisplay.Of(page)}: no readable article found");
            return (HtmlText.CollapseWhitespace(readable.TextContent), null);
        }
        catch (TimeoutException)
        {
            return (null, $"{UrlDisplay.Of(page)}: extraction took longer than {PageTimeout.TotalSeconds:0} s; the feed's own text stays");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (null, $"{UrlDisplay.Of(page)}: extraction failed: {SafeMessage.Line(ex, 200)}");
        }
    }
}
