using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A feed whose generator cuts titles at a fixed length prints them whole-worded, with an ellipsis; a feed of ordinary
/// titles is untouched (thirty-third held-out review, F4: "... the 1.6T, near-f").
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ClippedTitlesTests
{
    private static ParsedItem Item(string title, string text = "") => new() { Title = title, SummaryHtml = text };

    [Fact]
    public void Length_ShouldFindSeveralDifferentTitlesCutMidWordAtTheLongestLength()
    {
        var clipped = new[]
        {
            Item("Meituan open sources LongCat-2.0, the 1.6T, near-frontier model"[..40], "A near-frontier model."),
            Item("Anthropic launches Claude Sonnet 5 at a steep discount"[..40], "A steep discount."),
            Item("Enterprises lost Claude Fable 5 for a few weeks. Now it is back"[..40], "For a few weeks."),
            Item("Google ships Gemini 3.7 Flash to every developer today"[..40], "Gemini 3.7 Flash ships."),
            Item("Mistral opens its largest model weights under Apache"[..40], "Mistral opened the weights."),
            Item("A short one"), Item("Two models"),
        };
        Assert.Equal(40, ClippedTitles.Length(clipped));
    }

    [Theory]
    // Titles of every length: two at the longest is chance.
    [InlineData("Rust 1.80 is out with LazyCell", "Why we left Kubernetes for bare metal", "Postgres 17 released: what's new in it", "A note")]
    // One title repeated (a show's episodes with one name) is not a cut.
    [InlineData("Weekly AI news roundup for engineers", "Weekly AI news roundup for engineers", "Weekly AI news roundup for engineers", "Other")]
    // Short headlines of one length are a style.
    [InlineData("Go 1.23 out", "Rust 2.0 ?", "Zig 0.14 !", "Nim 2.2 ok")]
    public void Length_OfOrdinaryTitles_ShouldBeNull(params string[] titles) => Assert.Null(ClippedTitles.Length(titles.Select(t => Item(t)).ToList()));

    [Fact]
    public void Length_OfATemplatesTitles_EndingOnOneWord_ShouldBeNull()
    {
        // Thirty-sixth held-out review, F5: nine release titles of one length, each ending "released", a word the notes never use.
        var releases = Enumerable.Range(0, 9).Select(i => Item($"Claude Code 2.1.27{i} released", "Official notes: see the changelog.")).ToList();
        Assert.Null(ClippedTitles.Length(releases));
    }

    [Fact]
    public void Length_OfTitlesOfOneLengthEndingOnWholeWords_ShouldBeNull()
    {
        // A release feed's template, and a blog's three titles of one length by chance: each ends on a word its text uses.
        Assert.Null(ClippedTitles.Length([Item("New release candidate: 1.11.0rc3", "Get 1.11.0rc3 now."), Item("New release candidate: 1.11.0rc2", "Get 1.11.0rc2 now."),
            Item("New release candidate: 1.10.0rc4", "Get 1.10.0rc4 now."), Item("Release 1.9.0", "Out.")]));
        Assert.Null(ClippedTitles.Length([Item("Instagram hits 400 million users", "400 million users a month."), Item("Peace, indies, and the App Store", "On the App Store."),
            Item("Core Intuition and ATP this week", "Both shows this week."), Item("Short")]));
    }

    [Theory]
    [InlineData("Meituan open sources LongCat-2.0, the 1.6T, near-f", "The 1.6T model is near-frontier.", "Meituan open sources LongCat-2.0, the 1.6T…")]
    [InlineData("Anthropic launches Claude Sonnet 5 at a steep disc", "Sonnet 5 comes at a steep discount.", "Anthropic launches Claude Sonnet 5 at a steep…")]
    [InlineData("Enterprises lost Claude Fable 5 for a few weeks. N", "Now they are back.", "Enterprises lost Claude Fable 5 for a few weeks.")]
    [InlineData("Anthropic is bringing back Claude Fable 5 globally", "Anthropic is bringing Fable 5 back globally after the order.", "Anthropic is bringing back Claude Fable 5 globally…")]
    [InlineData("Prompt injection is exploiting enterprise AI'", "Hackers use prompt injection against enterprise AI systems.", "Prompt injection is exploiting enterprise AI…")]
    [InlineData("The model ships today...", "x", "The model ships today...")]
    [InlineData("Is this the end of scaling?", "x", "Is this the end of scaling?")]
    public void Mend_ShouldDropAWordTheTextNeverUsesWhole_AndEndWithAnEllipsis(string title, string text, string expected)
        => Assert.Equal(expected, ClippedTitles.Mend(title, text));

    [Fact]
    public async Task Ingest_ShouldMendOnlyTheTitlesAtTheCutLength()
    {
        var items = new[]
        {
            ("AI Tech Daily | Jun 30 — Meituan open sources LongCat-2.0, the 1.6T, near-f", "Meituan released a near-frontier 1.6T model."),
            ("AI Tech Daily | Jul 01 — Anthropic launches Claude Sonnet 5 at a steep disc", "Anthropic cut prices with a steep discount."),
            ("AI Tech Daily | Jul 03 — Enterprises lost Claude Fable 5 for a few weeks. N", "Now enterprises have it back."),
            ("AI Tech Daily | Jul 04 — Anthropic is bringing back Claude Fable 5 globally", "Anthropic is bringing Fable 5 back globally."),
            ("AI Tech Daily | Jul 05 — Mistral opens the weights of its largest model yet", "Mistral opened the weights of its largest model yet."),
            ("AI Tech Daily | Jul 07 — Google ships Gemini 3.7 Flash", "Google shipped a faster Gemini model."),
        };
        var body = $"""
            <rss version="2.0"><channel><title>AI Tech Daily</title><link>https://pod.example.org/</link>
            {string.Concat(items.Select((x, i) => $"<item><title>{x.Item1}</title><link>https://pod.example.org/{i}</link><description>{x.Item2}</description></item>"))}
            </channel></rss>
            """;
        var source = new FeedSource("https://pod.example.org/feed.xml");
        var (_, articles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(body)), source, source.Url, null, default);
        Assert.Equal(["Meituan open sources LongCat-2.0, the 1.6T…", "Anthropic launches Claude Sonnet 5 at a steep…", "Enterprises lost Claude Fable 5 for a few weeks.",
                "Anthropic is bringing back Claude Fable 5 globally…", "Mistral opens the weights of its largest model yet…", "Google ships Gemini 3.7 Flash"],
            articles.Select(a => a.Title));
    }
}
