using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A distribution's notices share one template with a lower-case package name and its version ("&lt;pkg&gt; &lt;version&gt;
/// update requires manual intervention"): two packages' notices are two stories, two commands to run (held-out review 100,
/// F2: one was dropped as the story of the other on the template's words). One package's notice posted again with its
/// release bumped is still one story.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PackageNoticeTemplateTests
{
    private const string Feed = "https://distro.example/feeds/news/";

    private static Article Notice(string id, string title, string text, int daysAgo) => new()
    {
        Id = id, FeedUrl = Feed, FeedHome = "https://distro.example", Title = title, Text = text, Link = $"https://distro.example/news/{id}/",
        Published = new DateTimeOffset(2024, 6, 20, 12, 0, 0, TimeSpan.Zero).AddDays(-daysAgo),
    };

    private static string Broken(string package, string version) =>
        $"The {package} package prior to version {version} was missing a shared library link. This has been fixed in {version}, so the upgrade "
        + $"will need to overwrite the untracked files it left behind. If you get an error about conflicting files, run the upgrade with the overwrite "
        + $"option for the listed paths, then reinstall {package} to make sure every file is owned by the package again.";

    private static (List<SelectedArticle> Selected, List<Decision> Decisions) Choose(params Article[] notices)
    {
        Article[] items =
        [
            .. notices,
            Notice("keyring", "Keyring refresh before the next mirror rotation", "Packagers rotated their signing keys this month. " + Broken("keyring", "2024.06"), 30),
            Notice("mirrors", "Mirror network moves to a new sync schedule", "The mirror network now syncs every hour instead of every four. Operators should update their cron entries.", 40),
            Notice("compress", "Packages now use a faster compression format", "Our package compression scheme has changed, and unpacking is now several times faster on most machines.", 50),
            Notice("leader", "A new project leader for the next two years", "After the election, the project has a new leader, who thanked the outgoing one for years of work.", 60),
        ];
        var scores = items.Select((a, i) => new ArticleScore { Id = a.Id, TechRelevanceScore = 8 - i * 0.1, QualityScore = 7 }).ToList();
        var (selected, decisions, _) = Selector.Choose(items.ToDictionary(a => a.Id), scores, new PipelineConfig());
        return (selected, decisions);
    }

    [Fact]
    public void TwoPackagesNoticesOfOneTemplate_ShouldBeTwoStories()
    {
        var (_, decisions) = Choose(
            Notice("fitsio", "libfitsio 3.4.1-2 update requires manual intervention", Broken("libfitsio", "3.4.1-2"), 1),
            Notice("cairomm", "cairomm_gl 1.16.0-2 update requires manual intervention", Broken("cairomm_gl", "1.16.0-2"), 20));

        Assert.DoesNotContain(decisions, d => d.Rule == "same_story");
    }

    [Fact]
    public void OnePackagesNoticePostedAgainWithItsReleaseBumped_ShouldStayOneStory()
    {
        var (_, decisions) = Choose(
            Notice("first", "libfitsio 3.4.1-2 update requires manual intervention", Broken("libfitsio", "3.4.1-2"), 2),
            Notice("again", "libfitsio 3.4.1-3 update requires manual intervention", Broken("libfitsio", "3.4.1-3"), 1));

        Assert.Contains(decisions, d => d.Rule == "same_story" && d.ArticleId is "first" or "again");
    }

    [Theory]
    [InlineData("hdf5tools 1.14.3-1 update requires manual intervention", "gdal_utils 3.8.4-2 update requires manual intervention", true)]
    [InlineData("mesa>=24.1.0-1 and lib32-mesa>=24.1.0-1 updates require manual intervention", "firewalld 2.1.2-1 update requires manual intervention", true)]
    [InlineData("foo 1.2-1 update requires manual intervention", "foo 1.2-2 update requires manual intervention", false)]
    [InlineData("Upgrade to 2.4.1 requires a config change", "Upgrade to 2.4.2 requires a config change", false)]
    [InlineData("Linux 6.9.1 released", "kernel 6.9.1 released", false)]
    public void DifferentPackages_ShouldNeedTwoNamesAtTwoVersions(string a, string b, bool different)
        => Assert.Equal(different, TitleNames.DifferentPackages(a, a + ".", b, b + "."));
}
