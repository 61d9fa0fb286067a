using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// Held-out review 119, F5: an emulator's "Citra Progress Report - 2015 P2" and yuzu's "Progress Report 2018 Part 1" were
/// typed other, and with the head's unsure leaning to release the series was held to the release age. A periodic report
/// of a project's work is news (the release is a version, named as one). A title that says a version is out stays out of
/// it, and a title without a report's form keeps the head's type.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ProgressReportTypeTests
{
    private const string Teaser = "Welcome to the first progress report of the year! Since the last report the team has rewritten the shader cache, fixed audio stutter in dozens of games and started on the networking code.";

    private static ArticleScore Typed(string title, string guessed, string? leaning = null)
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "https://emu.example/index.xml", Title = title, Text = Teaser },
            new ArticleScore { Id = "a", ContentType = guessed, TypeGuess = leaning });

    [Theory]
    [InlineData("Citra Progress Report - 2015 P2")]
    [InlineData("Progress Report 2018 Part 1")]
    [InlineData("Q1 2021 Progress Report")]
    [InlineData("Kernel status update for March")]
    public void AnUntypedProgressReport_ShouldBeNews(string title)
    {
        var typed = Typed(title, ContentTypes.Other, ContentTypes.Release);
        Assert.Equal(ContentTypes.News, typed.ContentType);
        Assert.Null(typed.TypeGuess);
    }

    [Theory]
    [InlineData("Citra Progress Report - 2015 P2", ContentTypes.Opinion)]
    [InlineData("Citra Progress Report - 2015 P2", ContentTypes.Research)]
    [InlineData("Why the shader cache was rewritten", ContentTypes.Other)]
    public void AnyOtherTypeOrTitle_ShouldStand(string title, string type)
        => Assert.Equal(type, Typed(title, type).ContentType);

    [Fact]
    public void AReportThatSaysAVersionIsOut_ShouldNotBeNews()
        => Assert.NotEqual(ContentTypes.News, Typed("Monthly update: Tilekit 1.4 released", ContentTypes.Other).ContentType);
}
