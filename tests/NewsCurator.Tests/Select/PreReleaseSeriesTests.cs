using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// One publisher's pre-release notices of one product are one place: "Android Studio Flamingo Canary 9 now available" and
/// "Android Studio Electric Eel RC1 now availabe" took two of five (held-out review 71, F3).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PreReleaseSeriesTests
{
    private const string Feed = "https://androidstudio.googleblog.com/feeds/posts/default";
    private static readonly DateTimeOffset Day = new(2023, 1, 12, 0, 0, 0, TimeSpan.Zero);

    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(params (string Id, string Feed, string Title, string Text)[] items)
        => (items.ToDictionary(i => i.Id, i => new Article { Id = i.Id, FeedUrl = i.Feed, FeedHome = new Uri(i.Feed).Host, Title = i.Title, Text = i.Text, Link = $"{i.Feed}/{i.Id}", Published = Day }),
            items.Select((i, at) => new ArticleScore { Id = i.Id, TechRelevanceScore = 8 - at * 0.1, QualityScore = 6 }).ToList());

    private static string Notice(string build, string channel)
        => $"Android Studio - {build} is now available in the {channel} channel. If you already have an Android Studio build on the {channel} channel, you can get the update by clicking Help > Check for Update (or Android Studio > Check for Updates on macOS).";

    [Fact]
    public void TwoPreReleasesOfOneProduct_UnderTwoCodenames_ShouldBeOnePlace()
    {
        var (articles, scores) = Pool(
            ("flamingo", Feed, "Android Studio Flamingo Canary 9 now available", Notice("Flamingo | 2022.2.1 Canary 9", "Canary")),
            ("eel", Feed, "Android Studio Electric Eel RC1 now availabe", Notice("Electric Eel | 2022.1.1 RC 1", "Beta")),
            ("other", "https://blog.example/feed", "How we cut our Gradle builds from ten minutes to two", "We profiled the configuration phase and moved our plugins to the configuration cache."));

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(["flamingo", "other"], selected.Select(s => s.Id));
        var folded = decisions.Single(d => d.ArticleId == "eel");
        Assert.Equal(("same_product", "flamingo"), (folded.Rule, folded.DuplicateOf));
        Assert.Contains("Android Studio", folded.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoProductsOfOnePublisher_EachInBeta_ShouldStayTwoStories()
    {
        var (articles, scores) = Pool(
            ("studio", Feed, "Android Studio Giraffe Beta now available", Notice("Giraffe | 2022.3.1 Beta 1", "Beta")),
            ("compose", Feed, "Jetpack Compose Beta now available", "Jetpack Compose is now in beta: the APIs are stable enough to build apps on, and the toolkit gains lazy grids."));

        var (selected, _, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(2, selected.Count);
    }

    [Theory]
    [InlineData("Android Studio Flamingo Canary 9 now available", "Android Studio Electric Eel RC1 now availabe", "Android Studio")]
    [InlineData("Chrome Beta for Android Update", "Chrome Dev for Android Update", "Chrome")]
    [InlineData("Google Dev Summit recap", "Google Dev Library highlights", null)]
    [InlineData("Jetpack Compose Beta now available", "Android Studio Giraffe Beta now available", null)]
    [InlineData("Google Pay beta", "Google Maps beta", null)]
    public void PreReleaseSeries_ShouldNameTheProductOnlyWhereBothTitlesOpenWithIt(string title, string other, string? product)
        => Assert.Equal(product, Selector.PreReleaseSeries(title, other));
}
