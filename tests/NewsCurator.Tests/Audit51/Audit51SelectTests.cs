using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit51;

/// <summary>
/// Hostile-input audit 51: Select's same-summary rule (<c>Selector.SameSummary</c>, <c>SameText</c>). One story printed
/// twice where the newer text edits one word of the older's (a version line), and the summaries are one word for word.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit51SameSummaryTests
{
    private const string Standing = "Most tier lists have been adjusted to better match the current state of the economy. " +
                                    "The affected lists cover uniques, divination cards, unique maps, fossils and incubators. " +
                                    "Players who use the strict profiles will see fewer low-value drops from now on. " +
                                    "Hardcore leagues get the same lists as the softcore ones this time.";

    private static readonly DateTimeOffset Day = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(params (string Id, string Feed, string Title, string Text, double Relevance, int Age)[] items)
        => (items.ToDictionary(i => i.Id, i => new Article { Id = i.Id, FeedUrl = i.Feed, Title = i.Title, Text = i.Text, Published = Day.AddDays(-i.Age) }),
            items.Select(i => new ArticleScore { Id = i.Id, TechRelevanceScore = i.Relevance, QualityScore = 8 }).ToList());

    [Fact]
    public void TheNewerReleasesNotes_WithItsVersionLineChanged_PrintingTheOlderssSummary_ShouldTakeOnePlace()
    {
        // Each release's notes: the last one's, its version line bumped and a change more.
        const string changes = "\n\nChanges:\n• Delirium orbs moved up a tier.\n• Fixed a typo in the scarab list.";
        var older = "Filter version 8.4.1\n\n" + Standing + changes;
        var newer = "Filter version 8.4.2\n\n" + Standing + changes + "\n• Low quality gems are now hidden on very strict.";
        var config = new PipelineConfig();
        Assert.Equal(Summarizer.Summarize(new Article { Id = "a", FeedUrl = "mod", Title = "Economy Update #2", Text = newer }, "", config.Enhance.SummaryLength, false).Text,
                     Summarizer.Summarize(new Article { Id = "b", FeedUrl = "mod", Title = "Delirium Economy Update #1", Text = older }, "", config.Enhance.SummaryLength, false).Text);
        var (articles, scores) = Pool(("u2", "mod", "Major improvement to higher strictnesses and Economy Update #2", newer, 7.4, 0),
                                      ("u1", "mod", "Delirium Economy Update #1", older, 5.7, 6),
                                      ("other", "news", "A new scheduler for Linux", Standing + " The kernel's maintainers merged it for the next release.", 6.0, 0));

        var (selected, _, _) = Selector.Choose(articles, scores, config);

        Assert.False(selected.Any(s => s.Id == "u1") && selected.Any(s => s.Id == "u2"), string.Join(", ", selected.Select(s => s.Id)));
    }
}
