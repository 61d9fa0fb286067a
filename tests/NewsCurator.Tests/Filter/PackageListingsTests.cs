using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>A registry's listing of a package version is no story, whatever its length (held-out review 82, F5); news of a release and a project's release notes stay.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PackageListingsTests
{
    private static readonly ContentRules Rules = new(new ContentConfig { MinLength = 300 }, new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Item(string title, string link, string text = "A toolkit for parsing configuration files.")
        => new() { Id = "x", FeedUrl = "https://registry.example.org/rss", Title = title, Link = link, Language = "en", Text = text };

    [Theory]
    [InlineData("tiny-parser 0.0.1", "https://pypi.org/project/tiny-parser/0.0.1/")]
    [InlineData("rabbit.tools 2.7", "https://pypi.org/project/rabbit-tools/2.7/")]
    [InlineData("config_loader", "https://npmjs.com/package/config_loader")]
    [InlineData("@acme/widgets 3.1.0-beta.2", "https://www.npmjs.com/package/@acme/widgets")]
    [InlineData("serde_yaml 0.9.34", "https://crates.io/crates/serde_yaml")]
    [InlineData("Newtonsoft.Json 13.0.3", "https://www.nuget.org/packages/Newtonsoft.Json/13.0.3")]
    [InlineData("rails 8.0.1", "https://rubygems.org/gems/rails/versions/8.0.1")]
    [InlineData("aeson 2.2.1.0", "https://hackage.haskell.org/package/aeson-2.2.1.0")]
    public void ATitleThatIsAPackagesNameOverItsRegistryPage_ShouldBeAListing_BeforeItsLengthIsWeighed(string title, string link)
    {
        var decision = Rules.CheckContent(Item(title, link, string.Concat(Enumerable.Repeat("Its README runs on about the options it takes. ", 20))));
        Assert.Equal("package_listing", decision?.Rule);
        Assert.Contains(new Uri(link).Host, decision?.Reason, StringComparison.Ordinal);
    }

    [Theory]
    // News of a release has a headline of words.
    [InlineData("Django 5.0 released with database-computed default values", "https://pypi.org/project/Django/5.0/")]
    // A project's own releases feed links to its release notes, not a registry's page.
    [InlineData("shuttle v1.2.0", "https://github.com/fitz/shuttle/releases/tag/v1.2.0")]
    // The title names another package than the page's.
    [InlineData("left-pad 1.3.0", "https://www.npmjs.com/package/right-pad")]
    // A page under a path of the same word on a site that is no registry, titled as a story.
    [InlineData("Our new package for small businesses", "https://www.example.com/package/small-business")]
    public void AStoryOrAReleaseNote_ShouldStay(string title, string link)
        => Assert.Null(PackageListings.Of(Item(title, link)));

    [Fact]
    public void AHostileTitle_ShouldBeReadInLinearTime()
        => Assert.Null(PackageListings.Of(Item("a " + new string('1', 5000) + "!", "https://pypi.org/project/a/1/")));
}
