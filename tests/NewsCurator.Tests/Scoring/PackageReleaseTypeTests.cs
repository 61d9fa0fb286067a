using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A package blog's release posts are releases: a title of a name and its version ("pkg 1.4: ...", "pkg 0.8 on CRAN: ...")
/// with a lead that says it is out, and a category path that ends in a release section ("Packages/Releases"). They were
/// typed other, event and research, and one typed other escapes the release age (held-out review 107, F4). An explainer of
/// a version, a version with no release in its lead, and a category path that names no release section stay as they were.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PackageReleaseTypeTests
{
    private static string? TypeOf(string title, string text, string guessed, params string[] categories)
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "f", Title = title, Text = text, Categories = categories }, new ArticleScore { Id = "a", ContentType = guessed }).ContentType;

    [Theory]
    [InlineData("gridplot 2.3: Faceted Layouts, Themes and Faster Rendering", "gridplot 2.3 is now available! This release adds faceted layouts and a theme system.", ContentTypes.Other)]
    [InlineData("tsforecast 0.9 on CRAN: what changed", "We are happy to say that tsforecast 0.9 is now on CRAN, with new seasonal models.", ContentTypes.Event)]
    [InlineData("vecindex 1.2.0", "A new version of vecindex has been released, with an on-disk index.", ContentTypes.Research)]
    public void AVersionedTitle_WithAReleaseLead_ShouldBeARelease(string title, string text, string guessed)
        => Assert.Equal(ContentTypes.Release, TypeOf(title, text, guessed));

    [Fact]
    public void ACategoryPath_EndingInAReleaseSection_ShouldMakeARelease()
        => Assert.Equal(ContentTypes.Release, TypeOf("An R interface to a model hub", "The hubr package gives R users access to pretrained models.", ContentTypes.Other, "Packages/Releases"));

    [Theory]
    [InlineData("Python 3.13: A Deep Dive into the Free-Threaded Build", "Python 3.13 is now available, and its free-threaded build changes how the interpreter locks.", ContentTypes.Other)]
    [InlineData("gridplot 2.3: Lessons From a Year of Faceting", "Faceting was the feature users asked for most, and it taught us a lot about layout engines.", ContentTypes.Opinion)]
    [InlineData("Version 2.1 of the plan", "The city is now available to comment on the plan's second version.", ContentTypes.News)]
    public void ATitle_WithoutAPackageRelease_ShouldKeepItsType(string title, string text, string guessed)
        => Assert.Equal(guessed, TypeOf(title, text, guessed));

    [Fact]
    public void ACategoryPath_WithoutAReleaseSection_ShouldKeepItsType()
        => Assert.Equal(ContentTypes.Other, TypeOf("An R interface to a model hub", "The hubr package gives R users access to pretrained models.", ContentTypes.Other, "Packages/Interfaces"));
}
