using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// One note posted twice under two dates ("June 13-06-2003: WinForms support" and "June 2-06-2003: WinForms support",
/// one sentence added) is one story, though titles that differ in a number are otherwise two issues of a series
/// (eleventh held-out review: both printed).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SameTextTests
{
    private const string Note =
        "Portable.net has started work on the System.Windows.Forms namespace and a simple forms example has been run on the platform. " +
        "The WinForms effort is to proceed as a new lightweight toolkit based on System.Drawing rather than as a UI wrapper system. " +
        "This will allow it to be compatible to the specifications even when the native UI is different. " +
        "Currently a system based on X11 drawing apis is being developed.";

    private const string Frame = "Welcome to this week's issue of the digest, where we round up the best open source projects and news. ";

    private static IReadOnlyList<string> Choose(params (string Id, string Title, string Text)[] items)
    {
        var articles = items.ToDictionary(a => a.Id, a => new Article { Id = a.Id, FeedUrl = "https://news.example.org/rss", Title = a.Title, Text = a.Text });
        var scores = items.Select((a, i) => new ArticleScore { Id = a.Id, TechRelevanceScore = 9 - i * 0.1, QualityScore = 8 }).ToList();
        return [.. Selector.Choose(articles, scores, new PipelineConfig()).Selected.Select(s => s.Id)];
    }

    [Fact]
    public void OneTextUnderTwoDatedTitles_ShouldBeOneStory()
        => Assert.Equal(["w13"], Choose(
            ("w13", "June 13-06-2003: WinForms support for Portable.net", Note + " A screenshot has been uploaded to the project's site."),
            ("w2", "June 2-06-2003: WinForms support for Portable.net", Note)));

    [Fact]
    public void TwoIssuesSharingTheirFrame_ShouldNotBeOneStory()
        // Two stories, not one told twice; one publisher's issues of one series give the newsletter one of them (same_series).
        => Assert.Equal(["n204"], Choose(
            ("n204", "Open source digest #204", Frame + "This week a cost estimator for clusters, a columnar analytics library on object storage, and a linter for infrastructure code lead the issue, with three new releases of database tools and a tutorial on tracing."),
            ("n203", "Open source digest #203", Frame + "This time a secrets agent, a framework for managing several generative agents, template snippets for serverless functions and a demo that summarises forum comments, with a look back at the conference talks.")));

    [Fact]
    public void ShortTexts_ShouldSayTooLittleToTell()
        => Assert.False(Selector.SameText("A short note.", "A short note."));
}
