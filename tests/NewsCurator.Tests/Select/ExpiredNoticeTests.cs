using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A notice whose date has passed takes no place: a bug day "this Saturday" and a call to take part in a survey went out ten
/// months later (held-out review 77, F4). A report of a past summit and a fresh notice keep theirs.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ExpiredNoticeTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 12, 3, 5, 0, 0, TimeSpan.Zero);

    private const string Story = "The release rewrites the scheduler that every worker thread uses to pick its next task. " +
                                 "Benchmarks published with it show lower tail latency on machines with many cores.";

    private static IReadOnlyList<Decision> Decide(string title, string text, int daysOld)
    {
        var articles = Enumerable.Range(0, 4).ToDictionary(i => $"now{i}", i => new Article { Id = $"now{i}", FeedUrl = $"F{i}", Title = $"Current story number {i} about compilers {i}", Text = Story, Published = AsOf.AddDays(-1 - i) });
        articles["notice"] = new Article { Id = "notice", FeedUrl = "Z", Title = title, Text = text, Published = AsOf.AddDays(-daysOld) };
        var scores = articles.Keys.Select(id => new ArticleScore { Id = id, TechRelevanceScore = id == "notice" ? 9.4 : 6.0, QualityScore = 7.0 }).ToList();
        return Selector.Choose(articles, scores, new PipelineConfig(), AsOf).Decisions;
    }

    [Theory]
    [InlineData("Compiler Bug Day this Saturday", "This Saturday you can join the core developers on the chat to fix open issues in the parser and the optimiser. Bring your laptop and a checkout of the main branch.", 40)]
    [InlineData("Onboarding new contributors to open source projects", "We would like to hear from people who made their first contribution in the last year. Please take part in our survey about your experience; it takes ten minutes.", 200)]
    [InlineData("Call for Participation: Packaging Sprint", "The packaging team is looking for volunteers to port the remaining modules to the new build backend. Sign up on the wiki.", 90)]
    [InlineData("Join the Kotlin Team at DevWorld Summit 2026!", "Sessions on the new compiler, coroutines and the tooling. Register now and join us in Amsterdam.", 60)]
    public void ANoticePastItsDate_ShouldTakeNoPlace(string title, string text, int daysOld)
        => Assert.Equal("expired_notice", Decide(title, text, daysOld).Single(d => d.ArticleId == "notice").Rule);

    [Theory]
    // A report of a past event, however old, and a notice still within its days.
    [InlineData("Language Summit 2026 report", "The summit met in Pittsburgh in May. The core developers discussed free threading, the JIT and packaging; this report gives each talk's slides and notes.", 60)]
    [InlineData("Compiler Bug Day this Saturday", "This Saturday you can join the core developers on the chat to fix open issues in the parser and the optimiser. Bring your laptop and a checkout of the main branch.", 3)]
    // A news lead that dates its subject in the days ahead invites no one.
    [InlineData("The awards season starts on streaming", "The Golden Globes are this Sunday, meaning audiences will get a first look at the films the studios back this year.", 60)]
    [InlineData("A Survey of Retrieval-Augmented Generation", "We review 120 papers on retrieval-augmented generation and sort them by how they retrieve, rank and fuse passages. We find that most gains come from the retriever.", 60)]
    public void AReportOrAFreshNotice_ShouldKeepItsPlace(string title, string text, int daysOld)
        => Assert.NotEqual("expired_notice", Decide(title, text, daysOld).Single(d => d.ArticleId == "notice").Rule);
}
