using System.Text;
using NewsCurator.Configuration;
using NewsCurator.Infrastructure.Sql;
using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.Select;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Review30b;

/// <summary>Repros of the second review of session 30 (REVIEW.md); each test fails on the reviewed code.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review30bTests
{
    private const string Story = "The release rewrites the scheduler that every worker thread uses to pick its next task. " +
                                 "Benchmarks published with it show lower tail latency on machines with many cores.";

    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(params (string Id, string Feed, string Title, double Relevance, double Quality)[] items)
        => (items.ToDictionary(i => i.Id, i => new Article { Id = i.Id, FeedUrl = i.Feed, Title = i.Title, Text = Story }),
            items.Select(i => new ArticleScore { Id = i.Id, TechRelevanceScore = i.Relevance, QualityScore = i.Quality }).ToList());

    // R1: select.stale_weight 0 (the age charge off) also turns select.max_stale_days and max_release_age_days off,
    // because the run's present is computed only when stale_weight > 0.
    [Fact]
    public void R1_MaxStaleDays_ShouldHold_WhenTheAgeChargeIsOff()
    {
        var asOf = new DateTimeOffset(2026, 12, 3, 5, 0, 0, TimeSpan.Zero);
        var items = Enumerable.Range(0, 4).Select(i => ($"now{i}", $"F{i}", $"Current story number {i} about compilers {i}", 6.0, 5.0)).ToList();
        items.Add(("old", "Z", "i2p-browser 0.57", 9.5, 9.0));
        var (articles, scores) = Pool([.. items]);
        for (var i = 0; i < 4; i++) articles[$"now{i}"] = articles[$"now{i}"] with { Published = asOf.AddDays(-1 - i) };
        articles["old"] = articles["old"] with { Published = asOf.AddDays(-2445) };

        var noCharge = new PipelineConfig { Select = new SelectConfig { StaleWeight = 0 } };
        var (selected, decisions, _) = Selector.Choose(articles, scores, noCharge, asOf);

        Assert.DoesNotContain("old", selected.Select(s => s.Id));
        Assert.Equal("too_stale", decisions.Single(d => d.ArticleId == "old").Rule);
    }

    // R2: a run id holding "--" is cut at its first "--" when its lease is cleared, so the CLI marks another run failed.
    [Fact]
    public async Task R2_ClearingAKilledRunsLease_ShouldNameThatRun_WhenItsIdHoldsADoubleDash()
    {
        var dir = Path.Combine(Path.GetTempPath(), "r30b-" + Guid.NewGuid().ToString("N"));
        try
        {
            var blobs = new FileBlobStore(dir);
            await ActiveRuns.ClaimAsync(blobs, "weekly--2", "weekly--2", DateTimeOffset.UtcNow, default);
            var cleared = await ActiveRuns.ClearAsync(blobs, default);
            Assert.Equal(["weekly--2"], cleared);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
        }
    }

    // R5: the sign-off rule refuses ordinary news sentences.
    [Theory]
    [InlineData("PS Plus Extra adds ten games in January, including two day-one releases.")]
    [InlineData("Comments are welcome until 30 January, after which the working group will publish a final draft.")]
    [InlineData("Hopefully this will help reduce the cost of training large models on commodity hardware.")]
    public void R5_OrdinaryNewsSentences_ShouldBeNoSignOff(string sentence)
    {
        Assert.False(Summarizer.IsSignOff(sentence));
        Assert.NotEqual("sign_off", SummaryChecker.CheckSentence(sentence)?.Rule);
    }

    // R7: a glued date before a headline that starts with a CamelCase name loses the name's first part.
    [Fact]
    public async Task R7_AGluedDateBeforeACamelCaseName_ShouldKeepTheWholeName()
    {
        var body = """
            <rss version="2.0"><channel><title>Research</title><link>https://scrape.example/</link>
            <item><title>Aug 28, 2026GitHub Copilot now reviews pull requests on its own</title><link>https://scrape.example/a</link><description>Text.</description></item>
            <item><title>Aug 26, 2026YouTube tests AI summaries of comment threads</title><link>https://scrape.example/b</link><description>Text.</description></item>
            </channel></rss>
            """;
        var source = new FeedSource("https://scrape.example/feed.xml");
        var (_, articles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(body)), source, source.Url, null, default);
        Assert.Equal(["GitHub Copilot now reviews pull requests on its own", "YouTube tests AI summaries of comment threads"], articles.Select(a => a.Title));
    }

    // R6: a cut teaser ended at ", according to" drops the attribution and states a report's claim as fact.
    [Fact]
    public void R6_ACutTeaser_ShouldNotLoseItsAttribution()
    {
        var preview = "The company plans to cut about 10,000 jobs in its cloud division early next year, according to people familiar with the...";
        var clause = Summarizer.WholeClauseOfCut(preview);
        Assert.True(clause is null || clause.Contains("according to", StringComparison.Ordinal), clause);
    }

    // R4: three dead feeds (expired domains) that make up a shard are an "outage" on every run and never back off.
    [Fact]
    public void R4_AShardOfDeadDomains_ShouldNotBeAnOutage()
    {
        static FeedOutcome Dead(string url) => new() { FeedUrl = url, Status = FeedStatus.Error, Error = "Name or service not known (old-blog.example:443)" };
        Assert.False(IngestStage.IsOutage([Dead("https://old-blog-a.example/feed"), Dead("https://old-blog-b.example/rss"), Dead("https://old-blog-c.example/atom")]));
    }

    // R8: a series feed's part numbers are stripped as "site names" by the mixer rule, leaving duplicate headlines.
    [Fact]
    public void R8_ASeriesFeedsPartNumbers_ShouldStay()
    {
        var titles = new[] { "Deep dive into io_uring | Part 1", "Deep dive into io_uring | Part 2", "Understanding Raft consensus | Part 1", "Understanding Raft consensus | Part 2" };
        var articles = titles.Select((t, i) => new Article { Id = $"a{i}", FeedUrl = "https://blog.example/feed.xml", Title = t }).ToList();
        Assert.Equal(titles, FeedTitleSuffixes.Strip(articles).Select(a => a.Title));
    }

    // R10: the comment says math stays as written, but \mathbf, \mathrm, \text inside $...$ are rewritten.
    [Fact]
    public void R10_MathCommands_ShouldStayAsWritten()
    {
        const string text = @"We project each token with $\mathbf{W}_q$ before attention.";
        Assert.Equal(text, MarkdownText.WithTextCommandsRead(text));
    }

    // R9: a post about LaTeX (TeX StackExchange, a LaTeX blog) has its commands read away, also inside <code>.
    [Fact]
    public async Task R9_APostAboutLaTeX_ShouldKeepTheCommandsItExplains()
    {
        var body = """
            <rss version="2.0"><channel><title>TeX - LaTeX Stack Exchange</title><link>https://tex.example/</link>
            <item><title>Bold inside a section title</title><link>https://tex.example/q/1</link><description>&lt;p&gt;Why does &lt;code&gt;\textbf{word}&lt;/code&gt; not change the weight inside my section title, while it works in the body text?&lt;/p&gt;</description></item>
            </channel></rss>
            """;
        var source = new FeedSource("https://tex.example/feed.xml");
        var (_, articles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(body)), source, source.Url, null, default);
        Assert.Contains(@"\textbf{word}", articles.Single().Text, StringComparison.Ordinal);
    }

    // R3: the CLI marks every abandoned lease's run failed, unconditionally: a run killed during Deliver, whose Export
    // had already recorded it completed (its issue written, maybe mailed), becomes "failed" in /runs. The store's
    // failure write overwrites any status; the new caller needs one that touches only a row still 'running'.
    [Fact]
    public async Task R3_MarkingAnAbandonedRunFailed_ShouldNotOverwriteACompletedRow()
    {
        var dir = Path.Combine(Path.GetTempPath(), "r30b-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "newscurator.db");
            var runs = new RunRepository(Database.FromConnectionString("sqlite:" + file));
            await runs.MigrateAsync();
            var at = new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero).ToString("O");
            await runs.ExportRunAsync(new PipelineRunRow
            {
                Id = RowIds.Run("weekly"), RunId = "weekly", Status = "completed", StartedAt = at, CompletedAt = at, CreatedAt = at, UpdatedAt = at, ConfigDigest = "",
            }, [], [], null);
            // What RunCommand now does for a lease the killed process left behind.
            await runs.RecordRunAbandonedAsync("weekly", "stopped without finishing (its process ended); its lease was cleared by run next", DateTimeOffset.UtcNow);

            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + file);
            await connection.OpenAsync();
            var command = connection.CreateCommand();
            command.CommandText = "SELECT status FROM pipeline_runs WHERE run_id = 'weekly'";
            Assert.Equal("completed", (string?)await command.ExecuteScalarAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
        }
    }
}
