using System.Text.Json;
using NewsCurator.Api;
using NewsCurator.Cli;
using NewsCurator.Configuration;
using NewsCurator.Functions;
using NewsCurator.Model;
using NewsCurator.Newsletter;
using NewsCurator.Runs;
using NewsCurator.StateMachine;
using NewsCurator.Storage;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;
using NewsCurator.Infrastructure;
using NewsCurator.Infrastructure.Sql;

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
            [Story(1, longTitle, "Cloud & Infrastructure"), Story(2, "Rust 2.0", "Programming Languages", "Cloud & Infrastructure"), Story(3, "GPU prices", "Hardware & Chips", "Cloud & Infrastructure")]);
        Assert.Equal([SubjectLines.Informative, SubjectLines.Engaging], lines.Select(l => l.Variant));
        Assert.All(lines, l => Assert.InRange(l.Text.Length, 20, 110));
        Assert.StartsWith("Brief, 1 Dec: Kubernetes", lines[0].Text);
        // The count closes the line whole; the long lead is what is cut (fifty-first held-out review, F8: "... and 14…").
        Assert.EndsWith("… and 1 more", lines[0].Text);
        var engaging = lines[1].Text;
        Assert.StartsWith("“Kubernetes", engaging);
        Assert.Equal(engaging.Count(c => c == '“'), engaging.Count(c => c == '”')); // a cut never leaves a quote open
        Assert.Contains("Cloud & Infrastructure", engaging);
    }

    [Fact]
    public void Write_ATitleWithAWebAddress_ShouldNotPutTheAddressInTheSubject()
    {
        // Hostile-input audit 21, H9: a mail client links a bare address in the inbox ("Verify your account at https://...").
        var lines = SubjectLines.Write("Brief", new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero),
            [Story(1, "Verify your account at HTTPS://login.example.net/verify for the LLM compiler", "Security & Privacy"), Story(2, "See WWW.example.org now", "Cloud & Infrastructure")]);

        Assert.All(lines, l => Assert.DoesNotContain("example.", l.Text, StringComparison.Ordinal));
        Assert.Equal("Brief, 1 Dec: Verify your account at for the LLM compiler; See now", lines[0].Text);
    }

    [Fact]
    public void Write_TwoTopicsThatCarryAnAmpersand_ShouldBeJoinedWithAnd()
    {
        var lines = SubjectLines.Write("Brief", new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero),
            [Story(1, "Rust 2.0", "Cloud & Infrastructure", "Security & Privacy"), Story(2, "GPU prices", "Cloud & Infrastructure", "Security & Privacy")]);
        Assert.EndsWith("and 1 more read on Cloud & Infrastructure and Security & Privacy", lines[1].Text);
    }

    [Fact]
    public void Write_ALeadCutAtAnOperator_ShouldNotEndOnIt()
    {
        // Thirty-second held-out review, F6: "“ShopBuilder Pro – Elementor WooCommerce Builder Addons <=…” and 7 more reads".
        var lines = SubjectLines.Write("Brief", new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero),
            [Story(1, "ShopBuilder Pro – Elementor WooCommerce Builder Addons <= 2.2.0 - Unauthenticated Arbitrary File Deletion", "Security & Privacy"),
             Story(2, "Second story", "Security & Privacy")]);
        Assert.StartsWith("“ShopBuilder Pro – Elementor WooCommerce Builder Addons…”", lines[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OneTopicAlone_ShouldBeOfTwoStoriesInThree()
    {
        // Fiftieth held-out review, F9: "and 14 more reads on AI & Machine Learning" where six of the fifteen had no AI topic.
        var date = new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero);
        var others = new[] { "Software Architecture", "Web Development", "Security & Privacy", "Gaming", "Data & Databases", "Cloud & Infrastructure" };
        var stories = new List<EnhancedArticle> { Story(1, "Lead", "AI Research") };
        stories.AddRange(Enumerable.Range(0, 9).Select(i => Story(2 + i, $"AI story {i}", "AI & Machine Learning")));
        stories.AddRange(others.Select((topic, i) => Story(11 + i, $"Other story {i}", topic)));
        Assert.EndsWith("and 15 more reads", SubjectLines.Write("Brief", date, stories)[1].Text);
        stories.AddRange(Enumerable.Range(0, 3).Select(i => Story(20 + i, $"More AI {i}", "AI & Machine Learning")));
        Assert.EndsWith("and 18 more reads on AI & Machine Learning", SubjectLines.Write("Brief", date, stories)[1].Text);
    }

    [Fact]
    public void Write_ShouldClaimOnlyTopicsMostOfTheStoriesHave()
    {
        // Thirty-first held-out review, F3: "and 12 more reads on AI & Machine Learning" when four of the twelve had no AI topic.
        var date = new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero);
        var mixed = SubjectLines.Write("Brief", date, [Story(1, "Lead", "AI & Machine Learning"), Story(2, "A", "AI & Machine Learning"),
            Story(3, "B", "Operating Systems"), Story(4, "C", "Security & Privacy"), Story(5, "D", "Databases")]);
        Assert.EndsWith("and 4 more reads", mixed[1].Text);
        var mostly = SubjectLines.Write("Brief", date, [Story(1, "Lead", "Databases"), Story(2, "A", "AI & Machine Learning"),
            Story(3, "B", "AI & Machine Learning"), Story(4, "C", "AI & Machine Learning"), Story(5, "D", "Operating Systems")]);
        Assert.EndsWith("and 4 more reads on AI & Machine Learning", mostly[1].Text);
        var two = SubjectLines.Write("Brief", date, [Story(1, "Lead", "Databases"), Story(2, "A", "AI & Machine Learning"),
            Story(3, "B", "AI & Machine Learning"), Story(4, "C", "Security & Privacy"), Story(5, "D", "Security & Privacy")]);
        Assert.EndsWith("and 4 more reads on AI & Machine Learning and Security & Privacy", two[1].Text);
        // Fortieth held-out review, F6: a second topic of one story, first by name among five tied, was claimed.
        var tied = SubjectLines.Write("Brief", date, [Story(1, "Lead", "Security & Privacy"), Story(2, "A", "AI Research", "AI & Machine Learning"),
            Story(3, "B", "Hardware & Chips", "Operating Systems"), Story(4, "C", "Developer Tools", "Tutorials & How-To"), Story(5, "D", "Developer Tools", "Products & Releases")]);
        // Two of four is no longer enough for one topic alone (fiftieth held-out review, F9).
        Assert.EndsWith("and 4 more reads", tied[1].Text);
        // Hostile-input audit 34, H7: a story's own key word ("Episode") is no topic to claim, and no tie for the first
        // place is broken by a name ("AI & Machine Learning" first of four topics of two stories each).
        var keyword = SubjectLines.Write("Brief", date, [Story(1, "Lead", "AI & Machine Learning"), Story(2, "Episode 416: Watch bands", "Episode", "Mobile & Apple", "References")]);
        Assert.EndsWith("and 1 more read on Mobile & Apple", keyword[1].Text);
        var fourWays = SubjectLines.Write("Brief", date, [Story(1, "Lead", "Databases"), Story(2, "A", "AI & Machine Learning", "Security & Privacy"),
            Story(3, "B", "AI & Machine Learning", "Security & Privacy"), Story(4, "C", "Cloud & Infrastructure", "Hardware & Chips"), Story(5, "D", "Cloud & Infrastructure", "Hardware & Chips")]);
        Assert.EndsWith("and 4 more reads", fourWays[1].Text);
        // Hostile-input audit 35, H9: two tied that do not fit together are not shortened to the first by its name.
        var longLead = "Kubernetes 1.36 ships with in-place pod resizing and sidecars on by default";
        var tiedLong = SubjectLines.Write("Brief", date, [Story(1, longLead, "Cloud & Infrastructure"), Story(2, "A", "Cloud & Infrastructure", "Security & Privacy"),
            Story(3, "B", "Cloud & Infrastructure", "Security & Privacy"), Story(4, "C", "Hardware & Chips"), Story(5, "D", "Data & Databases")]);
        Assert.EndsWith("and 4 more reads", tiedLong[1].Text);
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

        var api = new ReadApi(_harness.Services.Reader);
        var latest = await api.HandleAsync(new ApiRequest("GET", "/newsletters/nl-ab-2", new Dictionary<string, string>()));
        using var json = JsonDocument.Parse(latest.Body);
        var newsletter = json.RootElement.GetProperty("newsletter");
        Assert.Equal(rows[1].Informative, newsletter.GetProperty("subject_informative").GetString());
        Assert.Equal(rows[1].Engaging, newsletter.GetProperty("subject_engaging").GetString());
        Assert.Equal("engaging", newsletter.GetProperty("subject_variant").GetString());
    }

    /// <summary>
    /// As deployed: every stage the CDK app keeps outside the VPC (Ingest to Newsletter, Deliver) gets
    /// services whose database cannot be opened, so any use of it fails the run. Alternation must still
    /// number the issues, keep a retried Newsletter state on the same variant and a re-run on the one sent.
    /// </summary>
    [Fact]
    public async Task Alternate_ShouldNeedNoDatabaseInTheNewsletterStage_AsInAws()
    {
        _feeds.Serve("feed.xml", Feeds.Rss("AI feed", ("Open LLM runs on one GPU", "https://example.org/llm", Feeds.AiBody),
            ("Rust compiler gets faster builds", "https://example.org/rust", Feeds.AiBody.Replace("language model", "Rust compiler"))));
        var config = _harness.RepeatableConfig("ab.yaml", _feeds.Url("feed.xml"), "newsletter:\n  subject_line_style: alternate\n");
        var noDatabase = Adapters.Services(_harness.Services.Blobs, new RunRepository(new Database(() => throw new InvalidOperationException("this stage has no database in AWS"), "none")));
        var newsletterCalls = 0;
        var newsletter = LocalPipeline.Lambda(new NewsletterHandler(noDatabase));
        var overrides = new Dictionary<string, TaskHandler>
        {
            ["IngestFunctionArn"] = LocalPipeline.Lambda(new IngestHandler(noDatabase)),
            ["FilterFunctionArn"] = LocalPipeline.Lambda(new FilterHandler(noDatabase)),
            ["ScoreFunctionArn"] = LocalPipeline.Lambda(new ScoreHandler(noDatabase)),
            ["SelectFunctionArn"] = LocalPipeline.Lambda(new SelectHandler(noDatabase)),
            ["EnhanceFunctionArn"] = LocalPipeline.Lambda(new EnhanceHandler(noDatabase)),
            // Each issue's Newsletter state runs twice, as a retry after a lost reply would: same variant both times.
            ["NewsletterFunctionArn"] = async (input, invocation, ct) =>
            {
                Interlocked.Increment(ref newsletterCalls);
                await newsletter(input, invocation, ct);
                return await newsletter(input, invocation, ct);
            },
            ["DeliverFunctionArn"] = LocalPipeline.Lambda(new DeliverHandler(noDatabase)),
        }.ToDictionary(o => LocalPipeline.Substitutions[o.Key], o => o.Value);

        foreach (var run in new[] { "aws-1", "aws-2", "aws-3", "aws-2" }) // aws-2 again: a re-run keeps the variant it was sent with
        {
            var result = await _harness.RunAsync(run, config, overrides);
            Assert.True(result.Succeeded, result.Error + " " + result.Cause);
        }

        Assert.Equal(4, newsletterCalls);
        var rows = _harness.Query<(string Run, string Subject, string Variant, string Informative, string Engaging)>(
            "SELECT run_id, subject_line AS subject, subject_variant, subject_informative, subject_engaging FROM newsletters ORDER BY run_id");
        Assert.Equal(["aws-1", "aws-2", "aws-3"], rows.Select(r => r.Run));
        Assert.Equal(["informative", "engaging", "informative"], rows.Select(r => r.Variant));
        Assert.All(rows, r => Assert.Equal(r.Variant == "informative" ? r.Informative : r.Engaging, r.Subject));
        var meta = JsonDocument.Parse(_harness.ReadBlob("runs/aws-2/newsletter/newsletter.json")).RootElement;
        Assert.Equal("engaging", meta.GetProperty("subjectVariant").GetString());
    }

    public void Dispose()
    {
        _feeds.Dispose();
        _harness.Dispose();
    }
}
