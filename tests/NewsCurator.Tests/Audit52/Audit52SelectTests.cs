using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit52;

/// <summary>
/// Hostile-input audit 52: Select's expired_notice (<c>TimeBoundNotices.ShelfDays</c>) reads any story's title and lead, of
/// any type. A title that says "tomorrow" as a noun or a company's name, a profile that meets a team at its company, and a
/// survey's results that say who took it are no notice, yet are dropped as one past a week or a month.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit52ExpiredNoticeTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 12, 3, 5, 0, 0, TimeSpan.Zero);

    private const string Story = "The release rewrites the scheduler that every worker thread uses to pick its next task. " +
                                 "Benchmarks published with it show lower tail latency on machines with many cores.";

    private static IReadOnlyList<Decision> Decide(string title, string text, int daysOld)
    {
        var articles = Enumerable.Range(0, 4).ToDictionary(i => $"now{i}", i => new Article { Id = $"now{i}", FeedUrl = $"F{i}", Title = $"Current story number {i} about compilers {i}", Text = Story, Published = AsOf.AddDays(-1 - i) });
        articles["story"] = new Article { Id = "story", FeedUrl = "Z", Title = title, Text = text, Published = AsOf.AddDays(-daysOld) };
        var scores = articles.Keys.Select(id => new ArticleScore { Id = id, TechRelevanceScore = id == "story" ? 9.4 : 6.0, QualityScore = 7.0 }).ToList();
        return Selector.Choose(articles, scores, new PipelineConfig(), AsOf).Decisions;
    }

    [Theory]
    [InlineData("Tomorrow.io raises $175M to put weather radar satellites in orbit", "The startup will use the money to launch a constellation of small radar satellites. Its forecasting models run on the data they send down.", 12)]
    [InlineData("The chips of tomorrow will be wired with light", "Researchers at the institute built a silicon photonics interconnect that moves data between chiplets at a tenth of the energy of copper links.", 12)]
    [InlineData("Tomorrow's data centres are being designed around liquid cooling", "Operators say racks of accelerators now draw more than 100 kW each, past what air can carry away, and new halls are plumbed from the start.", 12)]
    [InlineData("Meet the AlphaFold team at Google DeepMind", "The protein structure model was built by a group of forty researchers over three years. We spoke to five of them about the design of its diffusion module.", 40)]
    [InlineData("The 2026 Developer Survey results are in", "This year more than 49,000 developers from 177 countries agreed to take our survey. Here is what they told us about AI assistants, languages and pay.", 40)]
    public void AStoryThatInvitesNoOne_ShouldNotBeAnExpiredNotice(string title, string text, int daysOld)
        => Assert.NotEqual("expired_notice", Decide(title, text, daysOld).Single(d => d.ArticleId == "story").Rule);
}
