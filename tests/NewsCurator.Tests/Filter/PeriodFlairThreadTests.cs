using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A forum's weekly housekeeping post named in a long bracketed flair ("[Weekly Community Spotlights] c/... and c/...") is its
/// standing thread (held-out review 83, F4). A forum post under a bare period flair that names a release stays.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PeriodFlairThreadTests
{
    private static Article Post(string title) => new() { Id = "x", FeedUrl = "https://lemmy.example.org/feeds/c/meta.xml", Title = title,
        Link = "https://lemmy.example.org/post/123", Language = "en", Text = "This week's picks are below. Suggest a community in the comments." };

    [Theory]
    [InlineData("[Weekly Community Spotlights] c/retrocomputing and c/birding")]
    [InlineData("[Monthly Instance Digest] November")]
    [InlineData("Weekly Community Roundup - week 48")]
    public void APeriodFlairThread_ShouldBeRecurring(string title) => Assert.NotNull(RecurringThreads.Of(Post(title)));

    [Theory]
    [InlineData("[Weekly] Kubernetes 1.29 released with sidecar containers")]
    [InlineData("[Release] Weekly builds now signed")]
    public void ANewsPost_UnderAPeriodWord_ShouldStay(string title) => Assert.Null(RecurringThreads.Of(Post(title)));
}
