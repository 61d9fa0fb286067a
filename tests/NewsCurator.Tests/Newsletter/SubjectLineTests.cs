using System.Text.Json;
using NewsCurator.Api;
using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Newsletter;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Newsletter;

[Trait(Category.Name, Category.Integration)]
public sealed class SubjectLineTests : IDisposable
{
    private readonly PipelineHarness _harness = new();
    private readonly LoopbackServer _feeds = new();

    private static EnhancedArticle Story(int rank, string title, params string[] topics) => new()
    {
        Article = new Article { Id = $"id{rank}", FeedUrl = "https://feed.example/rss", Title = title, Text = "text" },
        Score = new ArticleScore { Id = $"id{rank}" },
        Rank = rank,
        Summary = "s",
        Topics = topics,
        Preview = "p",
        ReadingTimeMinutes = 1,
    };

    [Fact]
    public void Write_ShouldGiveAnInformativeAndAnEngagingLine_ThatFitAMailClient()
    {
        var longTitle = string.Join(' ', Enumerable.Repeat("Kubernetes", 20));
        var lines = SubjectLines.Write("Brief", new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero),
            [Story(1, longTitle, "Cloud & Infrastructure"), Story(2, "Rust 2.0", "Programming Languages"), Story(3, "GPU prices", "Hardware & Chips", "Cloud & Infrastructure")]);
        Assert.Equal([SubjectLines.Informative, SubjectLines.Engaging], lines.Select(l => l.Variant));
        Assert.All(lines, l => Assert.InRange(l.Text.Length, 20, 110));
        Assert.StartsWith("Brief, 1 Dec: Kubernetes", lines[0].Text);
        var engaging = lines[1].Text;
        Assert.StartsWith("“Kubernetes", engaging);
        Assert.Equal(engaging.Count(c => c == '“'), engaging.Count(c => c == '”')); // a cut never leaves a quote open
        Assert.Contains("Cloud & Infrastructure", engaging);
    }

    [Theory]
    [InlineData("informative", 0, "informative")]
    [InlineData("informative", 1, "informative")]
    [InlineData("alternate", 0, "informative")]
    [InlineData("alternate", 1, "engaging")]
    [InlineData("alternate", 2, "informative")]
    public void Choose_ShouldFollowTheConfig_OrAlternateByIssue(string style, int issue, string expected)
        => Assert.Equal(expected, SubjectLines.Choose(style, issue));

    [Fact]
    public void Config_ShouldRejectAnUnknownSubjectLineStyle()
    {
        var path = _harness.WriteFile("bad.yaml", "feeds:\n  urls: [\"https://example.org/feed\"]\nnewsletter:\n  subject_line_style: clickbait\n");
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Load(path));
        Assert.Contains("newsletter.subject_line_style", error.Message);
        Assert.Contains("alternate", error.Message);
    }

    [Fact]
    public async Task AlternatingRuns_ShouldStoreBothLines_RecordTheOneSent_AndShowBothInTheApi()
    {
        _feeds.Serve("feed.xml", Feeds.Rss("AI feed", ("Open LLM runs on one GPU", "https://example.org/llm", Feeds.AiBody),
            ("Rust compiler gets faster builds", "https://example.org/rust", Feeds.AiBody.Replace("language model", "Rust compiler"))));
        var config = _harness.RepeatableConfig("ab.yaml", _feeds.Url("feed.xml"), "newsletter:\n  subject_line_style: alternate\n");
        foreach (var run in new[] { "ab-1", "ab-2", "ab-1" }) // ab-1 twice: a re-run keeps the variant it was sent with
            Assert.True((await _harness.RunAsync(run, config)).Succeeded);

        var rows = _harness.Query<(string Run, string Subject, string Variant, string Informative, string Engaging)>(
            "SELECT run_id, subject_line AS subject, subject_variant, subject_informative, subject_engaging FROM newsletters ORDER BY run_id");
        Assert.Equal(["informative", "engaging"], rows.Select(r => r.Variant));
        Assert.All(rows, r => Assert.Equal(r.Variant == "informative" ? r.Informative : r.Engaging, r.Subject));
        Assert.All(rows, r => Assert.NotEqual(r.Informative, r.Engaging));

        var api = new ReadApi(_harness.Services.Runs);
        var latest = await api.HandleAsync(new ApiRequest("GET", "/newsletters/nl-ab-2", new Dictionary<string, string>()));
        using var json = JsonDocument.Parse(latest.Body);
        var newsletter = json.RootElement.GetProperty("newsletter");
        Assert.Equal(rows[1].Informative, newsletter.GetProperty("subject_informative").GetString());
        Assert.Equal(rows[1].Engaging, newsletter.GetProperty("subject_engaging").GetString());
        Assert.Equal("engaging", newsletter.GetProperty("subject_variant").GetString());
    }

    public void Dispose()
    {
        _feeds.Dispose();
        _harness.Dispose();
    }
}
