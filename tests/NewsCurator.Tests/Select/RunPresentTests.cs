using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// The run's present counts every feed's newest item as it arrived, not only the feeds whose items reached scoring
/// (forty-second held-out review, F3: current feeds of teasers were all filtered, the present fell to 2016, and 2015
/// podcast episodes took four places of eleven as fresh).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class RunPresentTests
{
    private static readonly DateTimeOffset RunStart = new(2026, 12, 5, 6, 0, 0, TimeSpan.Zero);

    private static readonly string[] EpisodeTopics = ["capital letters", "kernel panics", "async runtimes", "type systems"];

    private static (Article, ArticleScore) Episode(int i) => (
        new Article { Id = $"e{i}", FeedUrl = "https://podcast.example/feed", Title = $"Episode {140 + i}: {EpisodeTopics[i % EpisodeTopics.Length]}", Link = $"https://podcast.example/{i}",
            Published = new DateTimeOffset(2015, 11, 1 + i, 0, 0, 0, TimeSpan.Zero) },
        new ArticleScore { Id = $"e{i}", TechRelevanceScore = 7, QualityScore = 6 });

    private static async Task<List<Decision>> Decide(IReadOnlyDictionary<string, DateTimeOffset>? newest)
    {
        var input = Enumerable.Range(0, 4).Select(Episode).ToList();
        var decisions = new List<Decision>();
        await new Selector(new PipelineConfig(), asOf: RunStart, feedNewest: newest).ChooseAsync(() => input.ToAsyncEnumerable(), decisions.Add);
        return decisions;
    }

    [Fact]
    public async Task UndatedCandidates_WithOnlyFilteredFeedsDated_ShouldStillBeChosen()
    {
        var input = Enumerable.Range(0, 3).Select(i => (new Article { Id = $"u{i}", FeedUrl = "https://undated.example/feed", Title = $"Undated story {i} about compilers", Link = $"https://undated.example/{i}" },
            new ArticleScore { Id = $"u{i}", TechRelevanceScore = 7, QualityScore = 6 })).ToList();
        var newest = new Dictionary<string, DateTimeOffset> { ["https://tldr.example/feed"] = new(2026, 12, 4, 0, 0, 0, TimeSpan.Zero) };
        var decisions = new List<Decision>();
        var result = await new Selector(new PipelineConfig(), asOf: RunStart, feedNewest: newest).ChooseAsync(() => input.ToAsyncEnumerable(), decisions.Add);
        // Chosen, not held out by an age: one place, as a feed that dates nothing beside the run's dated feeds has (held-out review 70, F2).
        Assert.Single(result.Selected);
        Assert.All(decisions.Where(d => d.Outcome != Outcomes.Selected), d => Assert.Equal("feed_cap", d.Rule));
    }

    [Fact]
    public async Task FeedsWhoseItemsWereAllFiltered_ShouldStillSetThePresent()
    {
        var alone = await Decide(null);
        Assert.All(alone, d => Assert.Equal(Outcomes.Selected, d.Outcome)); // the only dated feed: its own newest is the present
        var current = new Dictionary<string, DateTimeOffset>
        {
            ["https://podcast.example/feed"] = new(2015, 11, 4, 0, 0, 0, TimeSpan.Zero),
            ["https://tldr.example/feed"] = new(2026, 12, 4, 0, 0, 0, TimeSpan.Zero),
            ["https://blog.example/feed"] = new(2026, 12, 3, 0, 0, 0, TimeSpan.Zero),
            ["https://news.example/feed"] = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero),
        };
        var withFeeds = await Decide(current);
        Assert.All(withFeeds, d => Assert.NotEqual(Outcomes.Selected, d.Outcome));
        Assert.Contains(withFeeds, d => d.Reason.Contains("2026-12-0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DormantFeedsWhoseItemsWereAllFiltered_ShouldNeverMoveThePresentBack()
    {
        // Hostile-input audit 34, H4: fourteen dormant blogs beside current feeds took the present back and a 2020 episode was fresh.
        var current = Enumerable.Range(0, 4).Select(i => (
            new Article { Id = $"c{i}", FeedUrl = $"https://current{i}.example/feed", Title = $"Kernel scheduler story number {i}", Link = $"https://current{i}.example/{i}",
                Published = RunStart.AddHours(-3 - i) },
            new ArticleScore { Id = $"c{i}", TechRelevanceScore = 7, QualityScore = 6 }));
        var input = Enumerable.Range(0, 4).Select(Episode).Concat(current).ToList();
        var dormant = Enumerable.Range(0, 14).ToDictionary(i => $"https://dormant{i}.example/feed", i => new DateTimeOffset(2016, 1, 1 + i, 0, 0, 0, TimeSpan.Zero));
        var decisions = new List<Decision>();
        await new Selector(new PipelineConfig(), asOf: RunStart, feedNewest: dormant).ChooseAsync(() => input.ToAsyncEnumerable(), decisions.Add);
        Assert.All(decisions.Where(d => d.ArticleId.StartsWith('e')), d => Assert.Equal("too_stale", d.Rule));
        Assert.All(decisions.Where(d => d.ArticleId.StartsWith('c')), d => Assert.Equal(Outcomes.Selected, d.Outcome));
    }
}
