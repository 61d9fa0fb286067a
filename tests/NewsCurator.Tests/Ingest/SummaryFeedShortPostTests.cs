using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A generator's feed of summaries (each post's first 70 words or so, carried to a sentence's end) with one post shorter
/// than the summary, which the generator gives whole: the one short post made the feed read as full text, and every long
/// tutorial printed "1 min read" (held-out review 79, F2). The summaries are teasers; the short post is judged on its own.
/// A blog of short notes, spread over the range, is no feed of summaries.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SummaryFeedShortPostTests
{
    private static readonly string[] Sentence =
        ["In", "this", "post", "we", "build", "a", "tiny", "interpreter", "from", "scratch", "and", "look", "at", "how", "the", "stack", "machine", "runs", "each", "opcode", "in", "turn."];

    /// <summary>A text of about this many words, ending on a whole sentence.</summary>
    private static string Text(int words)
    {
        var parts = Enumerable.Range(0, words).Select(i => Sentence[i % Sentence.Length]).ToList();
        parts[^1] = parts[^1].TrimEnd('.') + ".";
        return string.Join(' ', parts);
    }

    private static Article Item(int n, int words) => new()
    {
        Id = $"p{n}", FeedUrl = "https://tinyvm.example.dev/index.xml", FeedHome = "https://tinyvm.example.dev/", Title = $"Post {n}",
        Link = $"https://tinyvm.example.dev/posts/{n}/", Text = Text(words),
    };

    private static readonly int[] Summaries = [70, 72, 74, 75, 78, 81, 84, 88, 93, 97];

    [Fact]
    public void SummariesWithOneWholeShortPost_ShouldGiveSummaries()
        => Assert.True(IngestStage.GivesSummaries([.. Summaries.Select((w, i) => Item(i, w)), Item(99, 55)]));

    [Fact]
    public async Task SummariesWithOneWholeShortPost_ShouldBeTeasers_TheShortPostNot()
    {
        var items = Summaries.Select((w, i) => (i, w)).Append((99, 55)).Select(p =>
            $"<item><title>Post {p.Item1}</title><link>https://tinyvm.example.dev/posts/{p.Item1}/</link><pubDate>Mon, {p.Item1 % 28 + 1:D2} Jun 2026 10:00:00 GMT</pubDate><description>&lt;p&gt;{Text(p.Item2)}&lt;/p&gt;</description></item>");
        var body = $"""<rss version="2.0"><channel><title>Tiny VM</title><link>https://tinyvm.example.dev/</link>{string.Concat(items)}</channel></rss>""";
        var source = new FeedSource("https://tinyvm.example.dev/index.xml");
        var (_, articles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(body)), source, source.Url, null, default);
        Assert.All(articles.Where(a => a.Title != "Post 99"), a => Assert.True(a.IsTeaser, a.Title));
        Assert.False(Assert.Single(articles, a => a.Title == "Post 99").IsTeaser);
    }

    [Fact]
    public void ShortNotesSpreadOverTheRange_OrManyShortOnes_OrOneLongPost_ShouldNotGiveSummaries()
    {
        // A blog of short notes: most between 60 and 150 words, but spread, not cut at one length.
        Assert.False(IngestStage.GivesSummaries([.. new[] { 62, 75, 90, 104, 118, 126, 133, 141, 147, 150 }.Select((w, i) => Item(i, w)), Item(99, 40)]));
        // Three short posts in ten: a blog of short posts.
        Assert.False(IngestStage.GivesSummaries([.. new[] { 70, 72, 74, 75, 78, 81, 84 }.Select((w, i) => Item(i, w)), Item(97, 30), Item(98, 45), Item(99, 52)]));
        // A whole long post among them: full text.
        Assert.False(IngestStage.GivesSummaries([.. Summaries.Select((w, i) => Item(i, w)), Item(99, 640)]));
    }
}
