using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A short issue fills its empty places past a publisher's cap with strong stories only where the issue can give them in
/// full: a vendor's one-sentence deks at relevance 9.9 took 6 of 11 places (held-out review 66, F5).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ExcerptFillTests
{
    /// <summary>Cosine's blog as the held-out run read it: each item a one-sentence dek.</summary>
    private static readonly (string Title, string Dek)[] Deks =
    [
        ("Cosine CLI: The Runtime Behind Terminal-Native Engineering", "A technical deep dive into Cosine CLI: the agent runtime behind terminal-native engineering, with LSP integration, MCP tool connectivity, multi-agent orchestration, and local-to-remote execution."),
        ("The Linux Approach: Embracing Complexity for Deeper Control", "Cosine takes the Linux approach to AI tooling: showing the context window, token usage, and model reasoning instead of hiding complexity behind a polished interface."),
        ("Cosine Swarm: Long-Horizon Agents Working in Parallel", "Cosine's Swarm mode transforms a single user request into an organised working team, enabling coordinated execution for long-horizon software tasks."),
        ("Training for Niche Languages: The Data Engine for Legacy Systems", "How Cosine built a data engine for niche, legacy, and environment-constrained programming languages to improve Lumen Outpost."),
        ("Training Against Slop: A Structured Approach to AI Code Quality", "How Cosine trained Lumen Outpost to reduce AI slop by optimising for maintainability, architectural fit, and long-term code quality."),
        ("Lumen Outpost Benchmark Report", "Benchmark results for Lumen Outpost across Niche-Bench, Slop-Bench, Vibe-Bench, and cost per successful coding task."),
        ("Air-Gapped vs Cloud AI: Enterprise Cost Comparison", "Is your enterprise overspending on AI? We have analysed the cost-effectiveness of air-gapped, sovereign GPU deployments versus cloud-based coding agents for large organisations."),
        ("Announcing our Partnership with Mimic: Bringing Sovereign AI to Cybersecurity", "Discover the new Cosine and Mimic partnership bringing on-premise, sovereign AI to defence and regulated industries for automated virtual patching."),
    ];

    /// <summary>A text the issue gives in full: five complete sentences, past fifty words.</summary>
    private const string Full =
        "The team rewrote the scheduler that every worker thread uses to pick its next task. The old one kept one queue per process and took a " +
        "lock on every task it handed out, which stalled workers on machines with many cores. The new one keeps a queue per worker. Idle workers " +
        "steal half of a busy neighbour's tasks, so no lock is taken on the common path. Benchmarks published with it show lower tail latency.";

    private static (List<SelectedArticle> Selected, List<Decision> Decisions) Choose(Func<string, string> text)
    {
        var items = Deks.Select((d, i) => new Article
            {
                Id = $"c{i}", FeedUrl = "https://cosine.example/blog/rss.xml", FeedHome = "cosine.example", Title = d.Title, Text = text(d.Dek), Link = $"https://cosine.example/{i}",
            })
            .Concat(new[] { "Kernel networking stack", "Postgres vacuum tuning", "Rust borrow checker", "Zig build system" }.Select((t, i) => new Article
            {
                Id = $"o{i}", FeedUrl = $"https://o{i}.example/feed.xml", FeedHome = $"o{i}.example", Title = t, Text = Full, Link = $"https://o{i}.example/1",
            }))
            .ToList();
        var scores = items.Select((a, i) => new ArticleScore { Id = a.Id, TechRelevanceScore = a.Id[0] == 'c' ? 9.9 - i * 0.1 : 6.5, QualityScore = 7 }).ToList();
        var (selected, decisions, _) = Selector.Choose(items.ToDictionary(a => a.Id), scores, new PipelineConfig());
        return (selected, decisions);
    }

    [Fact]
    public void AShortIssue_ShouldNotFillPastTheOnePlace_WithAPublishersDeks()
    {
        var (selected, decisions) = Choose(dek => dek);

        // The cap's three, one more for an empty place; the other four deks stay out, and the record says why.
        Assert.Equal(4, selected.Count(s => s.Id[0] == 'c'));
        Assert.Equal(4, selected.Count(s => s.Id[0] == 'o'));
        var fifth = decisions.Single(d => d.ArticleId == "c4");
        Assert.Equal("feed_cap", fifth.Rule);
        Assert.Contains("given in full, not as an excerpt", fifth.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AShortIssue_ShouldStillFillWithAPublishersFullStories()
    {
        // The same publisher's stories given in full: its strong ones fill the empty places (fiftieth held-out review, F1), up
        // to what one feed takes at most, twice the cap.
        var (selected, _) = Choose(dek => dek + " " + Full);

        Assert.Equal(6, selected.Count(s => s.Id[0] == 'c'));
    }
}
