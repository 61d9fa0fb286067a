using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;
using NewsCurator.Infrastructure.Sql;

namespace NewsCurator.Tests.Select;

[Trait(Category.Name, Category.Unit)]
public sealed class SelectTests
{
    /// <summary>A text a summary can use: two complete sentences.</summary>
    private const string Story = "The release rewrites the scheduler that every worker thread uses to pick its next task. " +
                                 "Benchmarks published with it show lower tail latency on machines with many cores.";

    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(params (string Id, string Feed, string Title, double Relevance, double Quality, double Ad)[] items)
        => (items.ToDictionary(i => i.Id, i => new Article { Id = i.Id, FeedUrl = i.Feed, Title = i.Title, Text = Story }),
            items.Select(i => new ArticleScore { Id = i.Id, TechRelevanceScore = i.Relevance, QualityScore = i.Quality, AdProbability = i.Ad, IsAdvertisement = i.Ad >= 0.5 }).ToList());

    [Theory]
    [InlineData("PostGIS 3.5.0", "PostGIS 3.5.0rc1", true)]
    [InlineData("Kubernetes v1.31.0 released", "Kubernetes v1.31.0-beta.1 released", true)]
    [InlineData("Go 1.22 is released", "Go 1.22 Release Candidate 2 is released", true)]
    [InlineData("Go 1.22 is released", "Go 1.23 is released", false)]
    [InlineData("PostGIS 3.5.0", "PostGIS 3.4.3", false)]
    public void Choose_AReleaseAndItsCandidate_ShouldBeOneStory(string first, string second, bool oneStory)
    {
        var (articles, scores) = Pool(("r1", "A", first, 9, 8, 0), ("r2", "B", second, 8, 8, 0));
        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());
        Assert.Equal(oneStory ? new[] { "r1" } : ["r1", "r2"], selected.Select(s => s.Id));
        if (oneStory) Assert.Equal("same_story", decisions.Single(d => d.ArticleId == "r2").Rule);
    }

    [Fact]
    public void Choose_TwoPagesOfOnePublishersTemplate_ShouldBeOne_AsTwoIssuesOfASeries_ButTwoPublishersTwo()
    {
        var (articles, scores) = Pool(
            ("open-code", "xai", "Use Grok in OpenCode", 9.4, 8, 0),
            ("open-claw", "xai", "Use Grok in OpenClaw", 9.3, 8, 0),
            ("compute", "xai", "New compute partnership announced", 7.9, 8, 0),
            ("other-pub", "other", "Use Grok in the Zed editor", 9.2, 8, 0),
            ("issue-1", "news", "Weekly digest issue 203", 8, 8, 0),
            ("issue-2", "news", "Weekly digest issue 204", 8, 8, 0));
        var config = new PipelineConfig { Select = new SelectConfig { PerFeedCap = 2 } };

        var (selected, decisions, _) = Selector.Choose(articles, scores, config);

        // Two issues of one series are two stories, but one issue of a series per newsletter (forty-seventh held-out review, F5).
        Assert.Equal(["open-code", "other-pub", "issue-2", "compute"], selected.Select(s => s.Id));
        Assert.Equal(("same_series", "issue-2"), decisions.Where(d => d.ArticleId == "issue-1").Select(d => (d.Rule, d.DuplicateOf)).Single());
        var sibling = decisions.Single(d => d.ArticleId == "open-claw");
        Assert.Equal(("same_template", "open-code"), (sibling.Rule, sibling.DuplicateOf));
        Assert.Contains("differ only in 'openclaw'", sibling.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Choose_UndatedIssuesOfASeries_ShouldKeepTheHighestNumber_ItsThousandsSeparatorIncluded()
    {
        // Hostile-input audit 39: "#1,000" was read as issue 1, and issue 999 kept.
        var (articles, scores) = Pool(("i999", "news", "Weekly digest #999", 8.2, 8, 0), ("i1000", "news", "Weekly digest #1,000", 8, 8, 0));
        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());
        Assert.Equal(["i1000"], selected.Select(s => s.Id));
        Assert.Equal("same_series", decisions.Single(d => d.ArticleId == "i999").Rule);
    }

    [Fact]
    public void Choose_TitlesAlikeButForAllTheirNumbers_ShouldBeTwoStories_AndARewordedCopyOneThatSaysWhy()
    {
        // A lab's "N papers to be presented at <venue> <year>" posts: two events; a copy that keeps the number: one story.
        var (articles, scores) = Pool(("acl", "lab", "5 papers to be presented at ACL 2023", 9, 8, 0), ("emnlp", "lab", "2 papers to be presented at EMNLP 2022", 8.9, 8, 0),
            ("cuts", "A", "Google cuts 12,000 jobs across divisions", 8.8, 8, 0), ("copy", "B", "Google jobs cuts: 12,000 across divisions", 8.7, 8, 0));

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(["acl", "emnlp", "cuts"], selected.Select(s => s.Id));
        var copy = decisions.Single(d => d.ArticleId == "copy");
        Assert.Equal(("same_story", "cuts"), (copy.Rule, copy.DuplicateOf));
        Assert.Contains("the titles share", copy.Reason, StringComparison.Ordinal);
        Assert.Contains("select.max_title_similarity 0.50", copy.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_IssuesTitledOnlyByDateOrNumber_ShouldNeverBeOneStory_EvenWhenTheirTextsEmbedAlike()
    {
        // A held-out digest titles its issues by date: "2024-06-03" and "2024-05-27" shared their only word "2024".
        var (articles, scores) = Pool(("d1", "A", "2024-06-03", 9, 8, 0), ("d2", "A", "2024-05-27", 8.9, 8, 0),
            ("n1", "B", "#512", 8.8, 8, 0), ("n2", "B", "#513", 8.7, 8, 0), ("y1", "C", "Kernel scheduler in 2024", 8.6, 8, 0),
            ("y2", "D", "Database vacuum in 2024", 8.5, 8, 0));
        scores = scores.Select(s => s with { Embedding = s.Id.StartsWith('d') || s.Id.StartsWith('n') ? [1f, 0f] : null }).ToList();
        var config = new PipelineConfig { Select = new SelectConfig { MaxTitleSimilarity = 0.5 } };

        var (selected, decisions, _) = Selector.Choose(articles, scores, config);

        // Issues numbered alike give the newsletter one of them (same_series), never as one story told twice.
        Assert.Equal(["d1", "d2", "n2", "y1", "y2"], selected.Select(s => s.Id));
        Assert.DoesNotContain(decisions, d => d.Rule == "same_story");
        Assert.Contains(decisions, d => d.ArticleId == "n1" && d.Rule == "same_series");
    }

    [Fact]
    public void Choose_ShouldPreferTodaysStory_OverAnOlderOneOfTheSameScore_AndSaySo()
    {
        var asOf = new DateTimeOffset(2026, 12, 3, 5, 0, 0, TimeSpan.Zero);
        var (articles, scores) = Pool(("old", "A", "Compiler speeds up builds", 8.1, 8, 0), ("new", "B", "Kernel scheduler merged", 8, 8, 0),
            ("undated", "C", "Database vacuum tuned", 8.15, 8, 0));
        articles["old"] = articles["old"] with { Published = asOf.AddDays(-6) };
        articles["new"] = articles["new"] with { Published = asOf.AddHours(-2) };

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig(), asOf);

        Assert.Equal(["new", "undated", "old"], selected.Select(s => s.Id));
        Assert.Contains("published 2h before the run +0.94", decisions.Single(d => d.ArticleId == "new").Reason);
        Assert.DoesNotContain("published", decisions.Single(d => d.ArticleId == "undated").Reason);
        // Without the run's time (or with the weight at 0) the scores alone rank.
        Assert.Equal(["undated", "old", "new"], Selector.Choose(articles, scores, new PipelineConfig()).Selected.Select(s => s.Id));
        var off = new PipelineConfig { Select = new SelectConfig { RecencyWeight = 0 } };
        Assert.Equal(["undated", "old", "new"], Selector.Choose(articles, scores, off, asOf).Selected.Select(s => s.Id));
    }

    [Fact]
    public void Choose_AStoryYearsOlderThanTheRunsPresent_ShouldRankBelowCurrentOnes_AndSaySo_WhileOldCapturesRankAmongThemselves()
    {
        var asOf = new DateTimeOffset(2026, 12, 3, 5, 0, 0, TimeSpan.Zero);
        var items = Enumerable.Range(0, 10).Select(i => ($"now{i}", $"F{i}", $"Current story number {i} about compilers {i}", 8.0 - i * 0.01, 8.0, 0.0)).ToList();
        items.Add(("archive", "Z", "An archived podcast episode on kernels", 9.5, 8, 0));
        var (articles, scores) = Pool([.. items]);
        for (var i = 0; i < 10; i++) articles[$"now{i}"] = articles[$"now{i}"] with { Published = asOf.AddDays(-3 - i) };
        articles["archive"] = articles["archive"] with { Published = asOf.AddDays(-3 - 730) };

        // The charge itself, with the limit on age off (select.max_stale_days would leave the archive out).
        var charged = new PipelineConfig { Select = new SelectConfig { MaxStaleDays = 0 } };
        var (selected, decisions, _) = Selector.Choose(articles, scores, charged, asOf);

        Assert.Equal("archive", selected[^1].Id);
        // The present is the newest story of the feed a quarter of the feeds have posted since: of eleven, the third
        // newest, 5 days before the start.
        Assert.Contains("published 728 days before the run's present (2026-11-28) -4.60", decisions.Single(d => d.ArticleId == "archive").Reason);
        Assert.DoesNotContain("present", decisions.Single(d => d.ArticleId == "now9").Reason);
        // Weight 0: the scores rank as before.
        var off = new PipelineConfig { Select = new SelectConfig { StaleWeight = 0, MaxStaleDays = 0 } };
        Assert.Equal("archive", Selector.Choose(articles, scores, off, asOf).Selected[0].Id);
        // Captures from years ago (the bundled samples) have their own present: nothing among them is stale.
        foreach (var id in articles.Keys) articles[id] = articles[id] with { Published = articles[id].Published!.Value.AddYears(-7) };
        articles["archive"] = articles["archive"] with { Published = asOf.AddYears(-7).AddDays(-10) };
        Assert.Equal("archive", Selector.Choose(articles, scores, new PipelineConfig(), asOf).Selected[0].Id);
    }

    [Fact]
    public void Choose_AnUndatedStory_ShouldBeChargedTheMedianDatedStorysAge_NotRankAsIfNew()
    {
        // Thirty-fourth held-out review, F5: a job board's ad and a textbook chapter, undated, led issues of dated stories
        // that each lost up to 6.5 points for their age.
        var asOf = new DateTimeOffset(2026, 12, 3, 5, 0, 0, TimeSpan.Zero);
        // Three feeds with a current story each (the run's present is theirs: a quarter of the feeds have posted since), and
        // five feeds whose stories are a year old: the median feed's story is a year old.
        var items = Enumerable.Range(0, 3).Select(i => ($"d{i}", $"F{i}", $"A current story number {i} about compilers {i}", 8.0 - i * 0.01, 8.0, 0.0)).ToList();
        items.AddRange(Enumerable.Range(0, 8).Select(i => ($"old{i}", $"Archive{i % 5}", $"An archived talk number {i} on kernels {i}", 5.0, 5.0, 0.0)));
        items.Add(("undated", "U", "An undated chapter about regularization", 8.5, 8.0, 0.0));
        var (articles, scores) = Pool([.. items]);
        for (var i = 0; i < 3; i++) articles[$"d{i}"] = articles[$"d{i}"] with { Published = asOf.AddDays(-1 - i) };
        for (var i = 0; i < 8; i++) articles[$"old{i}"] = articles[$"old{i}"] with { Published = asOf.AddDays(-365 - i) };

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig(), asOf);

        var ids = selected.Select(s => s.Id).ToList();
        Assert.True(ids.IndexOf("undated") > ids.IndexOf("d2"), string.Join(", ", ids));
        Assert.Contains("undated: charged the median dated story's age", decisions.Single(d => d.ArticleId == "undated").Reason, StringComparison.Ordinal);
        // Where most dated stories are current, an undated one loses nothing.
        for (var i = 0; i < 8; i++) articles[$"old{i}"] = articles[$"old{i}"] with { Published = asOf.AddDays(-1 - i) };
        var current = Selector.Choose(articles, scores, new PipelineConfig(), asOf);
        Assert.DoesNotContain("undated:", current.Decisions.Single(d => d.ArticleId == "undated").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_AStoryWhoseAgeTakesItsScoreBelowMinScore_ShouldTakeNoPlace_EvenInAShortIssue()
    {
        // Thirty-fourth held-out review, F7: a 2019 fundraising post filled a 2026 issue of 15 at score -0.37.
        var asOf = new DateTimeOffset(2026, 12, 3, 5, 0, 0, TimeSpan.Zero);
        var items = Enumerable.Range(0, 4).Select(i => ($"now{i}", $"F{i}", $"Current story number {i} about compilers {i}", 6.0, 5.0, 0.0)).ToList();
        items.Add(("ancient", "Z", "An appeal to reboot the web with a new reader app", 6.0, 5.0, 0.0));
        var (articles, scores) = Pool([.. items]);
        for (var i = 0; i < 4; i++) articles[$"now{i}"] = articles[$"now{i}"] with { Published = asOf.AddDays(-1 - i) };
        articles["ancient"] = articles["ancient"] with { Published = asOf.AddDays(-2643) };

        var charged = new PipelineConfig { Select = new SelectConfig { MaxStaleDays = 0 } };
        var (selected, decisions, _) = Selector.Choose(articles, scores, charged, asOf);

        Assert.DoesNotContain("ancient", selected.Select(s => s.Id));
        var floor = decisions.Single(d => d.ArticleId == "ancient");
        Assert.Equal("min_score", floor.Rule);
        Assert.Contains("is below select.min_score 0.00: no place, even in a short issue", floor.Reason, StringComparison.Ordinal);
        Assert.Contains("for its age (2641 days before the run's present)", floor.Reason, StringComparison.Ordinal);
        // The floor is the operator's: lowered, the old story fills the short issue.
        var lowered = new PipelineConfig { Select = new SelectConfig { MinScore = -10, MaxStaleDays = 0 } };
        Assert.Contains("ancient", Selector.Choose(articles, scores, lowered, asOf).Selected.Select(s => s.Id));
    }

    [Fact]
    public void Choose_AStoryPublishedYearsBeforeTheRunsPresent_ShouldTakeNoPlace_WhateverItsScore()
    {
        // Thirty-fifth held-out review, F2: a six-year-old plugin release of relevance 8.2 kept 1.07 after its age charge.
        var asOf = new DateTimeOffset(2026, 12, 3, 5, 0, 0, TimeSpan.Zero);
        var items = Enumerable.Range(0, 4).Select(i => ($"now{i}", $"F{i}", $"Current story number {i} about compilers {i}", 6.0, 5.0, 0.0)).ToList();
        items.Add(("release", "Z", "i2p-browser 0.57", 9.5, 9.0, 0.0));
        var (articles, scores) = Pool([.. items]);
        for (var i = 0; i < 4; i++) articles[$"now{i}"] = articles[$"now{i}"] with { Published = asOf.AddDays(-1 - i) };
        articles["release"] = articles["release"] with { Published = asOf.AddDays(-2445) };

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig(), asOf);

        Assert.DoesNotContain("release", selected.Select(s => s.Id));
        var stale = decisions.Single(d => d.ArticleId == "release");
        Assert.Equal("too_stale", stale.Rule);
        Assert.Contains("past select.max_stale_days 730", stale.Reason, StringComparison.Ordinal);
        // Off, the score decides again.
        var off = new PipelineConfig { Select = new SelectConfig { MaxStaleDays = 0 } };
        Assert.Contains("release", Selector.Choose(articles, scores, off, asOf).Selected.Select(s => s.Id));
    }

    [Fact]
    public void Choose_AReleaseOlderThanMaxReleaseAge_ShouldTakeNoPlace_WhereAnEssayOfItsAgeStill()
    {
        // Thirty-sixth held-out review, F4: "Apache DataFusion 49.0.0 Released", 423 days old, under Releases.
        var asOf = new DateTimeOffset(2026, 12, 3, 5, 0, 0, TimeSpan.Zero);
        var items = Enumerable.Range(0, 4).Select(i => ($"now{i}", $"F{i}", $"Current story number {i} about compilers {i}", 6.0, 5.0, 0.0)).ToList();
        items.Add(("release", "Z", "Apache DataFusion 49.0.0 Released", 9.4, 8.0, 0.0));
        items.Add(("essay", "Y", "Dynamic filters in query engines", 9.4, 8.0, 0.0));
        var (articles, scores) = Pool([.. items]);
        for (var i = 0; i < 4; i++) articles[$"now{i}"] = articles[$"now{i}"] with { Published = asOf.AddDays(-1 - i) };
        articles["release"] = articles["release"] with { Published = asOf.AddDays(-425) };
        articles["essay"] = articles["essay"] with { Published = asOf.AddDays(-425) };
        scores = [.. scores.Select(s => s.Id == "release" ? s with { ContentType = ContentTypes.Release } : s)];

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig(), asOf);

        Assert.DoesNotContain("release", selected.Select(s => s.Id));
        Assert.Contains("essay", selected.Select(s => s.Id));
        Assert.Contains("past select.max_release_age_days 180: no longer news", decisions.Single(d => d.ArticleId == "release").Reason, StringComparison.Ordinal);
    }

    [Theory]
    // Thirty-fourth held-out review, F3: a leaderboard bot's lines, one template with the names swapped.
    [InlineData("New model: EXAONE 4.0 32B (Non-reasoning) from LG AI Research, intel index 11.66", "New model: Grok 4 Fast (Reasoning) from xAI, intel index 35.06", true)]
    // A label shared, the endings not: a blog's series of notes.
    [InlineData("Paper notes: CryptOpt and verified compilation", "Paper notes: a survey of fuzzing for kernels", false)]
    // No label: headlines ending alike.
    [InlineData("Rust 1.80 ships LazyCell in the standard library", "Go 1.23 ships iterators in the standard library", false)]
    public void TemplateFrame_ShouldKnowABotsLinesOfOneTemplate(string chosen, string candidate, bool template)
        => Assert.Equal(template, Selector.TemplateFrame(chosen, candidate) is not null);

    [Fact]
    public void Choose_ABotsLinesOfOneTemplate_ShouldTakeOnePlaceFromItsPublisher()
    {
        var (articles, scores) = Pool(
            ("a", "Bot", "New model: EXAONE 4.0 32B (Non-reasoning) from LG AI Research, intel index 11.66", 8.0, 6.0, 0.0),
            ("b", "Bot", "New model: Grok 4 Fast (Reasoning) from xAI, intel index 35.06", 7.9, 6.0, 0.0),
            ("c", "Other", "New model: Claude Opus 4.6 from Anthropic, intel index 52.95", 7.8, 6.0, 0.0));
        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());
        Assert.Equal(["a", "c"], selected.Select(s => s.Id));
        Assert.Equal("same_template", decisions.Single(d => d.ArticleId == "b").Rule);
    }

    private static readonly string[] IssueTopics = ["a cost estimator for clusters and a linter for infrastructure code", "a secrets agent, serverless snippets and conference talks",
        "columnar analytics on object storage and tracing tutorials", "new releases of database tools and a shell for containers", "an observability stack and a fuzzing harness"];

    [Fact]
    public void Choose_IssuesOfOneNewsletter_ShouldTakeOnePlace_TheNewest()
    {
        // Forty-seventh held-out review, F5: "AWS open source newsletter #205", "#204" and "#203" filled a quarter of an issue.
        var day = new DateTimeOffset(2025, 5, 1, 8, 0, 0, TimeSpan.Zero);
        Article Issue(string id, string feed, string title, int days) => new()
        {
            Id = id, FeedUrl = feed, Title = title, Published = day.AddDays(days),
            Text = string.Concat(Enumerable.Repeat($"Week {days}: {IssueTopics[days % IssueTopics.Length]}. ", 12)),
        };
        var articles = new[]
        {
            Issue("n203", "https://beachgeek.example/feed", "AWS open source newsletter #203", 0),
            Issue("n205", "https://beachgeek.example/feed", "AWS open source newsletter #205", 14),
            Issue("n204", "https://beachgeek.example/feed", "AWS open source newsletter #204", 7),
            Issue("w590", "https://rust.example/feed", "This Week in Rust #590", 10),
        }.ToDictionary(a => a.Id);
        var scores = new[] { ("n203", 9.0), ("n205", 8.0), ("n204", 8.5), ("w590", 7.0) }
            .Select(s => new ArticleScore { Id = s.Item1, TechRelevanceScore = s.Item2, QualityScore = 7 }).ToList();
        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig { Select = new SelectConfig { MaxStaleDays = 0 } }, day.AddDays(15));
        Assert.Equal(["n205", "w590"], selected.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.All(decisions.Where(d => d.ArticleId is "n203" or "n204"), d => Assert.Equal(("same_series", "n205"), (d.Rule, d.DuplicateOf)));
    }

    [Fact]
    public void Choose_AnArchiveFeedThatIsMostOfTheCandidates_ShouldNotMoveThePresentIntoItsPast()
    {
        // Review of session 28, R5: 150 episodes of 2019 beside ten current stories had pulled the present back to 2019.
        var asOf = new DateTimeOffset(2026, 12, 3, 5, 0, 0, TimeSpan.Zero);
        var items = Enumerable.Range(0, 10).Select(i => ($"now{i}", $"F{i}", $"Current story number {i} about compilers {i}", 8.0, 8.0, 0.0)).ToList();
        items.AddRange(Enumerable.Range(0, 150).Select(i => ($"ep{i}", "Podcast", $"Episode {i} talks kernels {i}", 9.0, 8.0, 0.0)));
        var (articles, scores) = Pool([.. items]);
        foreach (var id in articles.Keys.ToList())
            articles[id] = articles[id] with { Published = id.StartsWith("now", StringComparison.Ordinal) ? asOf.AddDays(-2) : new DateTimeOffset(2019, 7, 15, 0, 0, 0, TimeSpan.Zero).AddDays(-int.Parse(id[2..], System.Globalization.CultureInfo.InvariantCulture)) };

        // The 2019 episodes' charge is what is read here; past select.max_stale_days they would take no place at all.
        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig { Select = new SelectConfig { MaxStaleDays = 0 } }, asOf);

        Assert.StartsWith("now", selected[0].Id, StringComparison.Ordinal);
        Assert.Contains("days before the run's present (2026-12-01)", decisions.Single(d => d.ArticleId == selected.First(s => s.Id.StartsWith("ep", StringComparison.Ordinal)).Id).Reason);
    }

    [Fact]
    public void Choose_AScoreJustUnderAThreshold_ShouldSayItIsUnderWithoutRoundingToIt()
    {
        var (articles, scores) = Pool(("r", "A", "Fortnite returns", 3.96, 8, 0), ("q", "B", "Prowl", 8, 2.99, 0), ("f", "C", "Far under", 1.04, 8, 0));
        // select.short_issue_quality_margin off: "q" (relevance 8) would otherwise fill the empty issue (held-out review 93, F2).
        var (_, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig { Select = new SelectConfig { ShortIssueQualityMargin = 0 } });
        var reason = decisions.ToDictionary(d => d.ArticleId, d => d.Reason);
        Assert.Equal("relevance 3.96 is below scoring.min_relevance 4.0", reason["r"]);
        Assert.Equal("quality 2.99 is below scoring.min_quality 3.0", reason["q"]);
        Assert.Equal("relevance 1.0 is below scoring.min_relevance 4.0", reason["f"]);
    }

    [Fact]
    public void Choose_ShouldApplyThresholdsCapsDiversityAndTopN_WithADecisionForEveryCandidate()
    {
        var (articles, scores) = Pool(
            ("a1", "A", "Rust compiler gets faster", 9, 8, 0),
            ("a2", "A", "Kubernetes release notes", 8.5, 8, 0),
            ("a3", "A", "Postgres tuning guide", 8.4, 8, 0),
            ("b1", "B", "Rust compiler gets faster again", 8.3, 8, 0),
            ("b2", "B", "Zig memory model explained", 8, 7, 0),
            ("c1", "C", "Football derby", 1, 9, 0),
            ("c2", "C", "Thin link post", 9, 1, 0),
            ("c3", "C", "Buy our GPU cloud", 9, 9, 0.9),
            ("c4", "C", "Linux kernel scheduler", 7, 7, 0));
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 3, PerFeedCap = 2 } };

        var (selected, decisions, passed) = Selector.Choose(articles, scores, config);

        Assert.Equal(["a1", "a2", "b2"], selected.Select(s => s.Id));
        Assert.Equal([1, 2, 3], selected.Select(s => s.Rank));
        Assert.Equal(6, passed);
        var rule = decisions.ToDictionary(d => d.ArticleId, d => d.Rule);
        Assert.Equal(articles.Count, rule.Count);
        Assert.Equal("min_relevance", rule["c1"]);
        Assert.Equal("min_quality", rule["c2"]);
        Assert.Equal("ad_score", rule["c3"]);
        Assert.Equal("feed_cap", rule["a3"]);
        Assert.Equal("same_story", rule["b1"]);
        Assert.Equal("below_cut", rule["c4"]);
        Assert.Equal("a1", decisions.Single(d => d.ArticleId == "b1").DuplicateOf);
    }

    [Fact]
    public void Choose_AnAdByTheScorersOwnThreshold_ShouldNameThatThreshold()
    {
        // Seventeenth held-out review, F12: the reason printed scoring.max_ad_probability (0.50), not the 0.31 that applied.
        var (articles, scores) = Pool(("a1", "A", "Rust compiler gets faster", 9, 8, 0), ("b1", "B", "Langues de chat", 8, 8, 0.39));
        scores = [.. scores.Select(s => s.Id == "b1" ? s with { IsAdvertisement = true, AdThreshold = 0.31 } : s)];
        // Under max_ad_probability the calibrated threshold takes a sign of an ad in the text (held-out review 68, F5).
        articles["b1"] = articles["b1"] with { Text = "Langues de chat, baked fresh every morning. Use promo code CHAT for 20% off your first box." };
        var (_, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());
        var ad = decisions.Single(d => d.ArticleId == "b1");
        Assert.Equal(("ad_score", "ad probability 0.39 is at or above the scorer's calibrated threshold 0.31 and its text reads as an ad ('promo code') (scoring.max_ad_probability 0.50 holds for every scorer)"),
            (ad.Rule, ad.Reason));
    }

    [Fact]
    public void Choose_AStoryWithNoSentenceASummaryCanUse_ShouldWaitUntilEveryStoryWithASummaryWasChosen()
    {
        var (articles, scores) = Pool(("v1", "V", "Live coding stream", 9.5, 8, 0), ("a1", "A", "Scheduler rewrite", 8, 8, 0),
            ("b1", "B", "Compiler release", 7, 7, 0), ("w1", "W", "Podcast episode 12", 9, 8, 0));
        // A video's description: a cut teaser, hashtags and timecodes; no complete sentence.
        articles["v1"] = articles["v1"] with { Text = "We usually talk about good code, but how about we talk about bad code this time and see what\n#swift #ios\n00:25 - Actors" };
        articles["w1"] = articles["w1"] with { Text = "00:00 intro\n03:10 the news\n12:40 listener questions" };
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 3 } };

        var (selected, decisions, _) = Selector.Choose(articles, scores, config);

        // The two stories with a summary first, then the best of those without one fills the last place.
        Assert.Equal(["a1", "b1", "v1"], selected.Select(s => s.Id));
        Assert.Contains("chosen after every story with a summary", decisions.Single(d => d.ArticleId == "v1").Reason);
        var left = decisions.Single(d => d.ArticleId == "w1");
        Assert.Equal("no_summary", left.Rule);
        Assert.Contains("no complete sentence", left.Reason);
    }

    [Fact]
    public void Choose_AStoryWithoutASummary_HeldByTheCapAfterAWeakerOne_ShouldSayWhyItCameLast()
    {
        // Held-out review 62, F2: an issue whose only sentence was a question lost the fill place to a weaker issue of its
        // publisher, and its record named the cap alone.
        var (articles, scores) = Pool(("a1", "A", "Compiler release", 9.8, 8, 0), ("a2", "A", "Scheduler rewrite", 9.6, 8, 0),
            ("a3", "A", "Database engine internals", 6.5, 6, 0), ("a4", "A", "Browser rendering pipeline", 6.0, 6, 0), ("b1", "B", "Kernel networking stack", 5, 6, 0));
        articles["a3"] = articles["a3"] with { Text = "Should there be a shared place for coding agents to trade what they learn with each other?" };
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 6, PerFeedCap = 2 } };

        var (selected, decisions, _) = Selector.Choose(articles, scores, config);

        Assert.Equal(["a1", "a2", "b1", "a4"], selected.Select(s => s.Id));
        var held = decisions.Single(d => d.ArticleId == "a3");
        Assert.Equal("feed_cap", held.Rule);
        Assert.Contains("walked after the stories with a summary, as it has no summary", held.Reason);
        Assert.DoesNotContain("walked after", decisions.Single(d => d.ArticleId == "a4").Reason ?? "");
    }

    [Fact]
    public void Choose_OneFeedListedUnderSeveralSpellings_ShouldBeOnePublisherUnderTheCap()
    {
        // Hostile-input audit 21, H10: a feed without a home link, listed as http and https, with a trailing slash and a
        // tracking parameter, counted as three publishers.
        var (articles, scores) = Pool(("a1", "http://e.org/feed.xml", "Compiler release", 9.8, 8, 0), ("a2", "https://e.org/feed.xml/", "Scheduler rewrite", 9.6, 8, 0),
            ("a3", "https://e.org/feed.xml?utm_source=opml", "Database engine internals", 9.4, 8, 0), ("b1", "https://b.org/feed.xml", "Kernel networking stack", 7, 7, 0));
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 3, PerFeedCap = 2 } };

        var (selected, decisions, _) = Selector.Choose(articles, scores, config);

        Assert.Equal(["a1", "a2", "b1"], selected.Select(s => s.Id));
        Assert.Equal("feed_cap", decisions.Single(d => d.ArticleId == "a3").Rule);
    }

    [Fact]
    public void Choose_AnIssueTheCapWouldLeaveShort_ShouldFillItsEmptyPlacesWithCappedStories_BestFirst_AfterEveryOtherStory()
    {
        var (articles, scores) = Pool(("a1", "A", "Compiler release", 9.8, 8, 0), ("a2", "A", "Scheduler rewrite", 9.6, 8, 0),
            ("a3", "A", "Database engine internals", 9.4, 8, 0), ("a4", "A", "Browser rendering pipeline", 9.3, 8, 0),
            ("b1", "B", "Kernel networking stack", 5, 6, 0));
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 4, PerFeedCap = 2 } };

        var (selected, decisions, _) = Selector.Choose(articles, scores, config);

        // B's weaker story before A's third; then A's best capped story fills the one place left, the next stays out.
        Assert.Equal(["a1", "a2", "b1", "a3"], selected.Select(s => s.Id));
        Assert.Contains("past select.per_feed_cap 2", decisions.Single(d => d.ArticleId == "a3").Reason);
        Assert.Equal("feed_cap", decisions.Single(d => d.ArticleId == "a4").Rule);
        // A full issue keeps the cap.
        var full = Selector.Choose(articles, scores, config with { Select = config.Select with { MaxArticles = 3 } });
        Assert.Equal(["a1", "a2", "b1"], full.Selected.Select(s => s.Id));
        Assert.Equal(["feed_cap", "feed_cap"], full.Decisions.Where(d => d.ArticleId is "a3" or "a4").Select(d => d.Rule));
        // One story past the cap at most: six places, five of them A's to give, leave the issue at four.
        var roomy = Selector.Choose(articles, scores, config with { Select = config.Select with { MaxArticles = 6 } });
        Assert.Equal(["a1", "a2", "b1", "a3"], roomy.Selected.Select(s => s.Id));
        var fifth = roomy.Decisions.Single(d => d.ArticleId == "a4");
        Assert.Equal("feed_cap", fifth.Rule);
        Assert.Contains("and 1 more only to fill a short issue", fifth.Reason);
    }

    [Fact]
    public void Choose_AnIssueStillShortAfterTheFill_ShouldTakeAPublishersStrongStories_UpToHalfTheIssue()
    {
        // Fiftieth held-out review, F1: three Hugging Face feeds count as one publisher, and an issue went out with 7 of 20
        // stories while 13 of its AI stories at relevance 6.8-9.9 waited under the cap.
        var titles = new[] { "Compiler release notes", "Scheduler rewrite lands", "Database engine internals", "Browser rendering pipeline", "Vision language action model",
            "GUI agent evaluation suite", "Speech emotion benchmark", "Parallel reasoning plugin", "Robot policy distillation", "Sparse attention kernels",
            "Quantised inference server", "Protein folding toolkit" };
        var items = titles.Select((t, i) => ($"a{i}", "A", t, 9.9 - i * 0.2, 8.0, 0.0))
            .Append(("w1", "A", "Weekend hobby photos", 5.0, 8.0, 0.0)).Append(("b1", "B", "Kernel networking stack", 6.0, 6.0, 0.0)).ToArray();
        // A's stories come from its three feeds (a blog, paper pages, community posts), one publisher by their home page;
        // one plain feed alone takes as many (the feed ceiling is an aggregator's only: held-out review 78, F2).
        static (Dictionary<string, Article>, List<ArticleScore>) ThreeFeeds((Dictionary<string, Article> Articles, List<ArticleScore> Scores) pool)
            => (pool.Articles.ToDictionary(p => p.Key, p => p.Value.FeedUrl == "A"
                ? p.Value with { FeedUrl = $"https://hf.example/feed{int.Parse(p.Key.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) % 3}.xml", FeedHome = "hf.example" }
                : p.Value), pool.Scores);
        var (articles, scores) = ThreeFeeds(Pool(items));
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 20, PerFeedCap = 3 } };

        var (selected, decisions, _) = Selector.Choose(articles, scores, config);

        // A's three, B's one, A's one past the cap, then A's strong stories up to ten of twenty; the weak one stays out.
        Assert.Equal(11, selected.Count);
        Assert.Equal(10, selected.Count(s => s.Id.StartsWith('a')));
        var oneFeed = Selector.Choose(Pool(items).Item1, scores, config).Selected;
        Assert.Equal(10, oneFeed.Count(s => s.Id.StartsWith('a')));
        Assert.Contains("b1", selected.Select(s => s.Id));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"a{i}"), selected.Where(s => s.Id.StartsWith('a')).Select(s => s.Id));
        Assert.Contains("(a strong story: relevance 7.0 or more, up to 10 from one publisher)", decisions.Single(d => d.ArticleId == "a9").Reason);
        Assert.DoesNotContain("a strong story", decisions.Single(d => d.ArticleId == "a3").Reason);
        var weak = decisions.Single(d => d.ArticleId == "w1");
        Assert.Equal("feed_cap", weak.Rule);
        Assert.Contains("and 1 more only to fill a short issue, up to 10 with stories of relevance 7.0 or more", weak.Reason);
        Assert.Equal("feed_cap", decisions.Single(d => d.ArticleId == "a10").Rule);
        // A full issue still keeps every cap.
        var others = new[] { "Rust borrow checker", "Postgres vacuum tuning", "Kubernetes pod resizing", "WebAssembly garbage collection", "Linux io_uring security",
            "Python free threading", "SQLite at the edge", "Zig build system", "TLS certificate rotation", "Kafka tiered storage", "Git sparse checkout",
            "CUDA graph capture", "Nix flakes adoption", "Swift data races", "Terraform state locking", "Redis licence change", "Chromium memory savings" };
        var many = others.Select((t, i) => ($"o{i}", $"O{i}", t, 6.5, 6.0, 0.0));
        var (fullArticles, fullScores) = ThreeFeeds(Pool([.. items, .. many]));
        var full = Selector.Choose(fullArticles, fullScores, config).Selected;
        Assert.Equal(3, full.Count(s => s.Id.StartsWith('a')));
    }

    [Fact]
    public void Choose_UnderMinRelevance_ShouldPassOnlyAStoryCloseEnoughToAnInterest_AndSaySo()
    {
        var (articles, scores) = Pool(("ml", "A", "Contrastive representation learning", 0.7, 6, 0), ("far", "B", "Quiz show episode", 0.7, 6, 0),
            ("light", "C", "Tech industry layoffs", 3, 6, 0));
        var near = new Dictionary<string, double> { ["AI"] = 0.36, ["Industry"] = 0.2 };
        scores = [scores[0] with { Profile = near }, scores[1] with { Profile = new Dictionary<string, double> { ["AI"] = 0.1, ["Industry"] = 0.05 } },
                  scores[2] with { Profile = new Dictionary<string, double> { ["AI"] = 0.1, ["Industry"] = 0.6 } }];
        var profile = new ProfileConfig
        {
            PassSimilarity = 0.35,
            Interests = [new ProfileInterest("AI", 1.0, ["machine learning"]), new ProfileInterest("Industry", 0.3, ["tech industry news"])],
        };
        var config = new PipelineConfig { Profile = profile };

        var (selected, decisions, _) = Selector.Choose(articles, scores, config);

        // 1.0 x 0.36 reaches the floor; 0.3 x 0.6 = 0.18 does not (a light interest's close match is no pass).
        Assert.Equal(["ml"], selected.Select(s => s.Id));
        Assert.Contains("passed by profile 'AI'", decisions.Single(d => d.ArticleId == "ml").Reason);
        Assert.Equal("min_relevance", decisions.Single(d => d.ArticleId == "far").Rule);
        Assert.Equal("min_relevance", decisions.Single(d => d.ArticleId == "light").Rule);
        Assert.Equal(["min_relevance"], Selector.Choose(articles, scores, config with { Profile = profile with { PassSimilarity = 0 } }).Decisions
            .Where(d => d.ArticleId == "ml").Select(d => d.Rule));
    }

    [Fact]
    public void Choose_OnePublishersAtomAndRssFeeds_ShouldShareTheCap()
    {
        // The same blog subscribed twice: both feeds name https://dustri.org/b/ as their home page.
        var articles = new[]
        {
            ("r1", "https://dustri.org/b/rss.xml", "https://dustri.org/b/"), ("r2", "https://dustri.org/b/rss.xml", "https://dustri.org/b/"),
            ("a1", "https://dustri.org/b/atom.xml", "http://www.dustri.org/b"), ("a2", "https://dustri.org/b/atom.xml", "http://www.dustri.org/b"),
            ("g1", "https://github.com/rust-lang/rust/releases.atom", "https://github.com/rust-lang/rust"),
            ("g2", "https://github.com/golang/go/releases.atom", "https://github.com/golang/go"),
            ("s1", "https://feeds.example.net/spoof", "https://dustri.org/b/"), // a feed elsewhere naming the blog's home page counts on its own
        }.ToDictionary(a => a.Item1, a => NewsCurator.Ingest.ArticleNormalizer.ToArticleOrNull(
            new NewsCurator.Ingest.ParsedItem { Guid = a.Item1, Title = $"Story {a.Item1} about compilers and kernels", Link = $"https://e.org/{a.Item1}", ContentHtml = Story },
            new FeedSource(a.Item2), "Feed", a.Item3)! with { Id = a.Item1 });
        var scores = articles.Keys.Select((id, i) => new ArticleScore { Id = id, TechRelevanceScore = 9 - i * 0.1, QualityScore = 8 }).ToList();
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 6, PerFeedCap = 3, MaxTitleSimilarity = 1.1 } };

        // As many places as stories under the cap: a place left empty would go to a capped story.
        var (selected, decisions, _) = Selector.Choose(articles, scores, config);

        Assert.Equal(["r1", "r2", "a1", "g1", "g2", "s1"], selected.Select(s => s.Id));
        var capped = decisions.Single(d => d.ArticleId == "a2");
        Assert.Equal("feed_cap", capped.Rule);
        Assert.Contains("from publisher dustri.org", capped.Reason);
        Assert.Contains("'Feed' at dustri.org/b", capped.Reason);
        Assert.Contains("score 8.", capped.Reason);
    }

    [Fact]
    public void Choose_DigestsOneRepositoryBuilds_ShouldCountForTheSitesTheyLinkTo_ButAReleasesFeedForItsOwner()
    {
        // Thirty-second held-out review, F4: two digests whose channel link is the generator's repository were one publisher.
        Article Item(string id, string feed, string home, string link) => NewsCurator.Ingest.ArticleNormalizer.ToArticleOrNull(
            new NewsCurator.Ingest.ParsedItem { Guid = id, Title = $"Story {id} about compilers and kernels", Link = link, ContentHtml = Story },
            new FeedSource(feed), "Feed", home)! with { Id = id };
        var articles = new[]
        {
            Item("s1", "https://github.com/philltran/wp-digests/raw/main/security.xml", "https://github.com/philltran/wp-digests/", "https://www.wordfence.com/threat-intel/1"),
            Item("s2", "https://github.com/philltran/wp-digests/raw/main/security.xml", "https://github.com/philltran/wp-digests/", "https://www.wordfence.com/threat-intel/2"),
            Item("s3", "https://github.com/philltran/wp-digests/raw/main/security.xml", "https://github.com/philltran/wp-digests/", "https://www.wordfence.com/threat-intel/3"),
            Item("d1", "https://github.com/philltran/wp-digests/raw/main/dev-notes.xml", "https://github.com/philltran/wp-digests/", "https://make.wordpress.org/core/1"),
            Item("g1", "https://github.com/rust-lang/rust/releases.atom", "https://github.com/rust-lang/rust", "https://github.com/rust-lang/rust/releases/tag/1"),
            Item("g2", "https://github.com/rust-lang/rust/releases.atom", "https://github.com/rust-lang/rust", "https://github.com/rust-lang/rust/releases/tag/2"),
        }.ToDictionary(a => a.Id);
        Assert.Equal("wordfence.com", Selector.PublisherOf(articles["s1"]));
        Assert.Equal("wordpress.org", Selector.PublisherOf(articles["d1"]));
        Assert.Equal("github.com/rust-lang", Selector.PublisherOf(articles["g1"]));
        var scores = articles.Keys.Select((id, i) => new ArticleScore { Id = id, TechRelevanceScore = 9 - i * 0.1, QualityScore = 8 }).ToList();
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 4, PerFeedCap = 2, MaxTitleSimilarity = 1.1 } };

        var (selected, _, _) = Selector.Choose(articles, scores, config);

        Assert.Equal(["s1", "s2", "d1", "g1"], selected.Select(s => s.Id));
    }

    private static Article LinkedItem(string id, string feed, string home, string link, string feedTitle = "Feed") => NewsCurator.Ingest.ArticleNormalizer.ToArticleOrNull(
        new NewsCurator.Ingest.ParsedItem { Guid = id, Title = $"Story {id} about compilers and kernels {id}", Link = link, ContentHtml = Story },
        new FeedSource(feed), feedTitle, home)! with { Id = id };

    [Fact]
    public void Choose_AnAggregatorsStories_ShouldCountForTheSitesTheyLinkTo()
    {
        // Thirty-seventh held-out review, F2: a tracker on GitHub Pages re-posting TechCrunch, OpenAI and Hugging Face was one
        // publisher, and its relevant stories were capped out of a four-story issue.
        const string feed = "https://tracker.github.io/ai-news/feed.xml";
        const string home = "https://tracker.github.io/ai-news/";
        var articles = new[]
        {
            LinkedItem("t1", feed, home, "https://techcrunch.com/2026/10/01/a"), LinkedItem("t2", feed, home, "https://techcrunch.com/2026/10/01/b"),
            LinkedItem("o1", feed, home, "https://openai.com/index/c"), LinkedItem("o2", feed, home, "https://openai.com/index/d"),
            LinkedItem("t3", feed, home, "https://techcrunch.com/2026/10/01/e"), LinkedItem("t4", feed, home, "https://techcrunch.com/2026/10/01/f"),
            LinkedItem("h1", feed, home, "https://huggingface.co/blog/g"),
        }.ToDictionary(a => a.Id);
        // Under the strong relevance (7.0 at the default min_relevance): strong stories fill a short issue past the feed's
        // ceiling, as past a publisher's cap (held-out review 88, F1), and would not tell the two ways of counting apart.
        var scores = articles.Keys.Select((id, i) => new ArticleScore { Id = id, TechRelevanceScore = 6.9 - i * 0.1, QualityScore = 8 }).ToList();
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 20, PerFeedCap = 3, MaxTitleSimilarity = 1.1 } };

        var (selected, decisions, _) = Selector.Choose(articles, scores, config);

        // Three of TechCrunch's, both of OpenAI's and Hugging Face's: as one publisher, three and one to fill.
        Assert.Equal(["t1", "t2", "o1", "o2", "t3", "h1"], selected.Select(s => s.Id));
        Assert.Equal("feed_cap", decisions.Single(d => d.ArticleId == "t4").Rule);
    }

    [Fact]
    public void Choose_AnAggregatorOfTwoSites_WhoseOtherStoriesFellBelowTheThresholds_ShouldStillCountPerSite()
    {
        // Thirty-seventh held-out review, F2 again: the tracker's scored stories were TechCrunch's and OpenAI's, its
        // Hugging Face post below the thresholds; every scored candidate counts toward telling an aggregator.
        const string feed = "https://tracker.github.io/ai-news/feed.xml";
        const string home = "https://tracker.github.io/ai-news/";
        var articles = new[]
        {
            LinkedItem("t1", feed, home, "https://techcrunch.com/a"), LinkedItem("t2", feed, home, "https://techcrunch.com/b"),
            LinkedItem("o1", feed, home, "https://openai.com/index/c"), LinkedItem("t3", feed, home, "https://techcrunch.com/d"),
            LinkedItem("w1", feed, home, "https://huggingface.co/blog/weak"),
        }.ToDictionary(a => a.Id);
        var scores = articles.Keys.Select((id, i) => new ArticleScore { Id = id, TechRelevanceScore = id == "w1" ? 0.5 : 9 - i * 0.1, QualityScore = 8 }).ToList();
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 20, PerFeedCap = 2, MaxTitleSimilarity = 1.1 } };

        var (selected, _, _) = Selector.Choose(articles, scores, config);

        // TechCrunch's two and one to fill, OpenAI's: as one publisher, two and one to fill.
        Assert.Equal(["t1", "t2", "o1", "t3"], selected.Select(s => s.Id));
    }

    [Theory]
    // Forty-third held-out review, F3: an osmosfeed page's home link was "index.html", and a local file names no site.
    [InlineData("https://digest.github.io/webdev/feed.xml", "index.html")]
    [InlineData("https://digest.github.io/webdev/feed.xml", "/")]
    [InlineData("file:///srv/feeds/webdev-osmos.xml", "index.html")]
    public void Choose_AnAggregatorWithARelativeOrNoHome_ShouldCountItsStoriesPerSite(string feed, string home)
    {
        var articles = new[]
        {
            LinkedItem("c1", feed, home, "https://css-tricks.com/a"), LinkedItem("c2", feed, home, "https://css-tricks.com/b"),
            LinkedItem("c3", feed, home, "https://css-tricks.com/e"), LinkedItem("c4", feed, home, "https://css-tricks.com/h"),
            LinkedItem("s1", feed, home, "https://www.smashingmagazine.com/c"), LinkedItem("s2", feed, home, "https://www.smashingmagazine.com/f"),
            LinkedItem("f1", feed, home, "https://www.freecodecamp.org/news/d"), LinkedItem("f2", feed, home, "https://www.freecodecamp.org/news/g"),
        }.ToDictionary(a => a.Id);
        var scores = articles.Keys.Select((id, i) => new ArticleScore { Id = id, TechRelevanceScore = 9 - i * 0.1, QualityScore = 8 }).ToList();
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 10, PerFeedCap = 3, MaxTitleSimilarity = 1.1 } };

        var (selected, decisions, _) = Selector.Choose(articles, scores, config);

        // Three per site, the feed six at most: as one publisher, three and one to fill (c1-c4).
        Assert.Equal(["c1", "c2", "c3", "s1", "s2", "f1"], selected.Select(s => s.Id));
        Assert.Equal("feed_cap", decisions.Single(d => d.ArticleId == "c4").Rule);
        if (feed.StartsWith("https", StringComparison.Ordinal)) Assert.StartsWith("digest.github.io", articles["c1"].FeedHome, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_ABlogReadFromAFileWithNoHome_ShouldBeOnePublisher_NotAnAggregatorOfItsOwnSites()
    {
        // Hostile-input audit 35, H7: its posts on its .dev and .github.io sites made it an aggregator of both, six places for three.
        const string feed = "file:///srv/feeds/jane.xml";
        var articles = Enumerable.Range(0, 6).Select(i => LinkedItem($"j{i}", feed, "", i % 2 == 0 ? $"https://jane.dev/p{i}" : $"https://jane.github.io/p{i}")
            with { Title = new[] { "Why compilers inline", "Kernel bypass networking", "Parsing JSON fast", "Linkers are underrated", "My shell setup in 2026", "Choosing an editor" }[i] })
            .Concat([LinkedItem("o1", "https://other.example.org/feed", "https://other.example.org/", "https://other.example.org/p", "Other") with { Title = "A long look at databases" }])
            .ToDictionary(a => a.Id);
        // Under the strong fill's relevance (7.0 at the default min_relevance), so only the cap and its one fill count.
        var scores = articles.Keys.Select((id, i) => new ArticleScore { Id = id, TechRelevanceScore = 6.9 - i * 0.1, QualityScore = 8 }).ToList();
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 20, PerFeedCap = 3, MaxTitleSimilarity = 1.1 } };

        var (selected, _, _) = Selector.Choose(articles, scores, config);

        Assert.Equal(4, selected.Count(s => s.Id.StartsWith('j')));
    }

    [Fact]
    public void Choose_OneFeedLinkingToManySites_ShouldStillTakeAtMostTwiceTheCap()
    {
        // Hostile-input audit 31, H1: a code host's feed whose items link to twenty sites took 18 of 20 places.
        string[] subjects = ["compilers", "kernels", "databases", "browsers", "networks", "robots", "chips", "clouds", "editors", "shells", "games", "phones", "drones",
            "satellites", "printers", "routers", "cameras", "watches", "cars", "batteries", "servers", "sensors", "keyboards", "monitors", "speakers", "tablets"];
        var articles = Enumerable.Range(0, 20).Select(i => LinkedItem($"x{i}", "https://github.com/flood/feeds/raw/main/all.xml", "https://github.com/flood/feeds", $"https://site{i}.example/{i}")
                with { Title = $"What changed for {subjects[i]} this week" })
            .Concat(Enumerable.Range(0, 6).Select(i => LinkedItem($"b{i}", $"https://blog{i}.example.org/feed", $"https://blog{i}.example.org/", $"https://blog{i}.example.org/p", $"Blog {i}")
                with { Title = $"A long look at {subjects[20 + i]} and their makers" }))
            .ToDictionary(a => a.Id);
        // The flood ranks first.
        var scores = articles.Keys.Select((id, i) => new ArticleScore { Id = id, TechRelevanceScore = 9.5 - i * 0.05, QualityScore = 8 }).ToList();
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 20, PerFeedCap = 3, MaxTitleSimilarity = 1.1 } };

        var (selected, decisions, _) = Selector.Choose(articles, scores, config);

        // Every other feed's story first; past its ceiling (2 x per_feed_cap) the flood only fills the places still empty, and
        // never more than half the issue (held-out review 88, F1).
        Assert.Equal(10, selected.Count(s => s.Id.StartsWith('x')));
        var capped = decisions.Single(d => d.ArticleId == "x10");
        Assert.Equal("feed_cap", capped.Rule);
        Assert.Contains("10 stories already chosen from the feed 'Feed'", capped.Reason);
        Assert.Contains("2 x select.per_feed_cap 3, and 4 more only to fill a short issue", capped.Reason);
    }

    [Fact]
    public void Choose_AFeedClaimingAnothersHome_WhileItsItemsLinkElsewhere_ShouldNotTakeThatPublishersPlaces()
    {
        // Hostile-input audit 31, H4: the real blog's story was "capped" with a reason naming the real blog.
        var articles = new[]
        {
            LinkedItem("f1", "https://cloud.google.com/blog/impostor.xml", "https://cloud.google.com/blog/", "https://cloud-google-x31.net/blog/f1", "Impostor"),
            LinkedItem("f2", "https://cloud.google.com/blog/impostor.xml", "https://cloud.google.com/blog/", "https://cloud-google-x31.net/blog/f2", "Impostor"),
            LinkedItem("r2", "https://cloudblog.withgoogle.com/rss/", "https://cloud.google.com/blog/", "https://cloud.google.com/blog/r2", "Google Cloud Blog"),
            LinkedItem("r1", "https://cloudblog.withgoogle.com/rss/", "https://cloud.google.com/blog/", "https://cloud.google.com/blog/r1", "Google Cloud Blog"),
        }.ToDictionary(a => a.Id);
        var scores = articles.Keys.Select((id, i) => new ArticleScore { Id = id, TechRelevanceScore = 9 - i * 0.1, QualityScore = 8 }).ToList();
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 2, PerFeedCap = 1, MaxTitleSimilarity = 1.1 } };

        var (_, decisions, _) = Selector.Choose(articles, scores, config);

        // The impostor's stories count as its own feed's, not the blog it names: the real blog keeps its place.
        Assert.Equal(Outcomes.Selected, decisions.Single(d => d.ArticleId == "r2").Outcome);
        Assert.Equal("feed_cap", decisions.Single(d => d.ArticleId == "f2").Rule);
    }

    [Fact]
    public void Choose_TwoTagFeedsOfOneBlog_ShouldShareTheCap_ButTwoBlogsOnOneSharedHostShouldNot()
    {
        // A held-out run printed 6 posts of one blog: its /tags/nlp and /tags/language-model feeds each got 3 slots.
        var articles = new[]
        {
            ("n1", "tags/nlp/index.xml", "https://lilianweng.github.io/tags/nlp/"), ("n2", "tags/nlp/index.xml", "https://lilianweng.github.io/tags/nlp/"),
            ("l1", "tags/language-model/index.xml", "https://lilianweng.github.io/tags/language-model/"),
            ("l2", "tags/language-model/index.xml", "https://lilianweng.github.io/tags/language-model/"),
            ("o1", "other.xml", "https://other.github.io/"),
            ("w1", "news.xml", "https://www.example.com/category/ai/"), ("w2", "blog.xml", "https://blog.example.com/"),
            ("w3", "news.xml", "https://www.example.com/category/ai/"), ("w4", "news.xml", "https://www.example.com/category/ai/"),
            ("z1", "z.xml", "https://z.example.org/"),
        }.ToDictionary(a => a.Item1, a => NewsCurator.Ingest.ArticleNormalizer.ToArticleOrNull(
            new NewsCurator.Ingest.ParsedItem { Guid = a.Item1, Title = $"Story {a.Item1} about compilers and kernels", Link = $"https://e.org/{a.Item1}", ContentHtml = Story },
            new FeedSource("/feeds/" + a.Item2), "language-model on Lil'Log", a.Item3)! with { Id = a.Item1 });
        var scores = articles.Keys.Select((id, i) => new ArticleScore { Id = id, TechRelevanceScore = 9 - i * 0.1, QualityScore = 8 }).ToList();
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 8, PerFeedCap = 3, MaxTitleSimilarity = 1.1 } };

        var (selected, decisions, _) = Selector.Choose(articles, scores, config);

        Assert.Equal(["n1", "n2", "l1", "o1", "w1", "w2", "w3", "z1"], selected.Select(s => s.Id));
        var capped = decisions.Single(d => d.ArticleId == "l2");
        Assert.Equal("feed_cap", capped.Rule);
        // The tag feed's stories are the site's (FeedName): its title names the term its home link does.
        Assert.Contains("from publisher lilianweng.github.io", capped.Reason);
        Assert.Contains("'Lil'Log' at lilianweng.github.io/tags/language-model", capped.Reason);
        Assert.Equal("feed_cap", decisions.Single(d => d.ArticleId == "w4").Rule);
    }

    [Theory]
    [InlineData("https://lilianweng.github.io/tags/nlp/", "lilianweng.github.io")]
    [InlineData("https://www.theverge.com/ai-artificial-intelligence", "theverge.com")]
    [InlineData("https://blog.openai.com/", "openai.com")]
    [InlineData("https://news.bbc.co.uk/tech", "bbc.co.uk")]
    [InlineData("https://bucket.s3.amazonaws.com/feed", "bucket.s3.amazonaws.com")]
    [InlineData("https://medium.com/@alice/feed", "medium.com/@alice")]
    [InlineData("https://github.com/golang/go/releases", "github.com/golang")]
    [InlineData("https://www.youtube.com/channel/UC123", "youtube.com/channel/uc123")]
    [InlineData("https://localhost:8080/blog", "localhost")]
    public void Publisher_ShouldBeTheRegistrableSite_OrTheTenantOnASharedHost(string url, string publisher)
        => Assert.Equal(publisher, NewsCurator.Filter.UrlCanonicalizer.Publisher(new Uri(url)));

    [Fact]
    public void Choose_WhenEmbeddingsSayTwoDifferentlyTitledItemsAreOneStory_ShouldKeepOne()
    {
        float[] story = [0.6f, 0.8f, 0f];
        float[] other = [0f, 0.6f, 0.8f];
        var articles = new[] { ("x1", "Outage takes down the CDN"), ("x2", "Why half the web went dark on Tuesday"), ("x3", "Postgres 17 released") }
            .ToDictionary(a => a.Item1, a => new Article { Id = a.Item1, FeedUrl = a.Item1, Title = a.Item2 });
        var scores = new List<ArticleScore>
        {
            new() { Id = "x1", TechRelevanceScore = 9, QualityScore = 9, Embedding = story },
            new() { Id = "x2", TechRelevanceScore = 8, QualityScore = 8, Embedding = [0.61f, 0.79f, 0.01f] },
            new() { Id = "x3", TechRelevanceScore = 7, QualityScore = 7, Embedding = other },
        };

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(["x1", "x3"], selected.Select(s => s.Id));
        Assert.Equal(("same_story", "x1"), decisions.Where(d => d.ArticleId == "x2").Select(d => (d.Rule, d.DuplicateOf)).Single());
    }

    [Fact]
    public void Choose_TwoIssuesOfASeries_ShouldBothStay_ButOneStoryInOtherWordsOrAVersionsCandidateIsOne()
    {
        // Two issues of one newsletter: same title but the number, their text mostly the series' template.
        float[] template = [0.6f, 0.8f, 0f];
        var articles = new[]
        {
            ("n203", "AWS open source newsletter #203"), ("n205", "AWS open source newsletter #205"),
            ("t1234", "This Week in Rust 1234"), ("t1235", "This Week in Rust 1235"),
            ("d20", "Announcing Deno 2.0"), ("d2", "Announcing Deno 2"),
            ("r1", "Announcing Rust 1.80.0"), ("r2", "Announcing Rust 1.80"),
            ("p1", "PostGIS 3.5.0 released"), ("p2", "PostGIS 3.5.0rc1 released"),
        }.ToDictionary(a => a.Item1, a => new Article { Id = a.Item1, FeedUrl = a.Item1, Title = a.Item2 });
        var scores = articles.Keys.Select((id, i) => new ArticleScore { Id = id, TechRelevanceScore = 9 - i * 0.1, QualityScore = 8, Embedding = id.StartsWith('n') ? template : null }).ToList();

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());

        // A newsletter's issue does not lead over a story close behind it (held-out review 94, F2): Deno's release leads.
        Assert.Equal(["d20", "n203", "n205", "t1234", "t1235", "r1", "p1"], selected.Select(s => s.Id));
        Assert.Equal(("same_story", "d20"), decisions.Where(d => d.ArticleId == "d2").Select(d => (d.Rule, d.DuplicateOf)).Single());
        Assert.Equal(("same_story", "r1"), decisions.Where(d => d.ArticleId == "r2").Select(d => (d.Rule, d.DuplicateOf)).Single());
        Assert.Equal(("same_story", "p1"), decisions.Where(d => d.ArticleId == "p2").Select(d => (d.Rule, d.DuplicateOf)).Single());
    }

    [Fact]
    public void Choose_OneStoryRetoldUnderAnotherIssuesTitle_ShouldBeOne_ButTwoIssuesTwo()
    {
        // Thirty-third held-out review, F3: a daily show told one event under "Jul 02 — ...", "Jul 04 — ..." and "Jul 05 — ...".
        const string story = "Anthropic is bringing Claude Fable 5 back to every region after pausing it last week over capacity. The company says the model returns " +
            "with higher rate limits for paying customers and a new safety filter for long documents. Developers who moved to other models can switch back " +
            "without changing their prompts, and the pricing stays as it was at launch in May. ";
        var articles = new Dictionary<string, Article>
        {
            ["j2"] = new() { Id = "j2", FeedUrl = "show", Title = "Jul 02 — Anthropic is bringing back Claude Fable 5 globally", Text = story + "Today's episode opens with it." },
            ["j4"] = new() { Id = "j4", FeedUrl = "show", Title = "Jul 04 — Anthropic is bringing back Claude Fable 5 globally", Text = story + "We come back to it today." },
            ["i1"] = new() { Id = "i1", FeedUrl = "news", Title = "Weekly AI issue 1201", Text = Story },
            // Another publisher's: one publisher's two issues give the newsletter one (same_series), not as one story.
            ["i2"] = new() { Id = "i2", FeedUrl = "news2", Title = "Weekly AI issue 1202", Text = string.Concat(Enumerable.Repeat("Other stories of the week about compilers and kernels and databases. ", 8)) },
        };
        var scores = articles.Keys.Select((id, i) => new ArticleScore { Id = id, TechRelevanceScore = 9 - i * 0.1, QualityScore = 8 }).ToList();

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(["j2", "i1", "i2"], selected.Select(s => s.Id));
        var retold = decisions.Single(d => d.ArticleId == "j4");
        Assert.Equal(("same_story", "j2"), (retold.Rule, retold.DuplicateOf));
        Assert.Contains("another issue's title over", retold.Reason);
    }

    [Fact]
    public void Choose_WithAPriorityWeight_ShouldLiftPreferredPublishers()
    {
        var articles = new Dictionary<string, Article>
        {
            ["plain"] = new() { Id = "plain", FeedUrl = "a", Title = "Compiler news" },
            ["preferred"] = new() { Id = "preferred", FeedUrl = "b", Title = "Database news", FeedPriority = 2 },
        };
        var scores = new List<ArticleScore>
        {
            new() { Id = "plain", TechRelevanceScore = 8, QualityScore = 8 },
            new() { Id = "preferred", TechRelevanceScore = 7.5, QualityScore = 7.5 },
        };
        string First(double weight) => Selector.Choose(articles, scores,
            new PipelineConfig { Select = new SelectConfig { PriorityWeight = weight } }).Selected[0].Id;
        Assert.Equal("plain", First(0));
        Assert.Equal("preferred", First(0.5));
        // The decision names the part the priority played, as it names every other part of the score.
        var chosen = Selector.Choose(articles, scores, new PipelineConfig { Select = new SelectConfig { PriorityWeight = 0.5 } }).Selected[0];
        Assert.Contains(", feed priority 2 +1.00", chosen.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choose_WhenCapsExhaustTheHeldReserve_ShouldReadAgainDeeperAndChooseAsWithEverythingHeld()
    {
        // Twelve feeds, the best stories all from one feed: with a per-feed cap of 1 the walk passes most of them by.
        var items = Enumerable.Range(0, 60).Select(i => (Id: $"i{i:D2}", Feed: i < 40 ? "big" : $"f{i}", Title: $"Kernel{i} release{i} notes{i}",
            Relevance: 9.5 - i * 0.05, Quality: 8.0, Ad: 0.0)).ToArray();
        var (articles, scores) = Pool(items);
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 10, PerFeedCap = 1 } };
        var input = scores.Select(s => (articles[s.Id], s)).ToList();

        async Task<(string[] Selected, Dictionary<string, string> Rules)> Run(int? reserve)
        {
            var decisions = new List<Decision>();
            var result = await new Selector(config, reserve).ChooseAsync(() => input.ToAsyncEnumerable(), decisions.Add);
            Assert.Equal(input.Count, decisions.Count);
            return ([.. result.Selected.Select(s => s.Selection.Id)], decisions.ToDictionary(d => d.ArticleId, d => d.Rule));
        }

        var held = await Run(null);
        var deeper = await Run(reserve: 3);

        Assert.Equal(10, held.Selected.Length);
        Assert.Equal(held.Selected, deeper.Selected);
        Assert.Equal(held.Rules, deeper.Rules);
        Assert.Equal(39, held.Rules.Values.Count(r => r == "feed_cap"));
    }

    [Fact]
    public async Task SelectStage_WhenScoresDoNotFollowTheCandidates_ShouldFailNamingTheFileAndTheFix()
    {
        using var harness = new NewsCurator.Tests.Pipeline.PipelineHarness();
        var blobs = harness.Services.Blobs;
        var paths = new NewsCurator.Storage.RunPaths("mismatch");
        await NewsCurator.Storage.BlobStoreExtensions.WriteJsonAsync(blobs, paths.Config, new PipelineConfig());
        await NewsCurator.Storage.BlobStoreExtensions.WriteJsonLinesAsync(blobs, paths.Candidates,
            new[] { "a", "b" }.Select(id => new Article { Id = id, FeedUrl = "f", Title = id }));
        await NewsCurator.Storage.BlobStoreExtensions.WriteJsonLinesAsync(blobs, paths.Scores,
            new[] { "b", "a" }.Select(id => new ArticleScore { Id = id, TechRelevanceScore = 8, QualityScore = 8 }));
        var context = new RunContext { RunId = "mismatch", Prefix = paths.Prefix, ConfigDigest = "", StartedAt = DateTimeOffset.UtcNow };

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => new SelectStage(harness.Services).RunAsync(context));

        Assert.Contains("scores.jsonl", error.Message);
        Assert.Contains("re-run Score", error.Message);
    }
}
