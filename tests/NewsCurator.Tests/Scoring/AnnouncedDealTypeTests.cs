using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// An announced partnership, acquisition, investment or hire is company news, and an announced internship no product: both
/// went out under Releases (held-out review 66, F7; held-out review 67, F8). A product's own announcement stays a release.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class AnnouncedDealTypeTests
{
    private static string? TypeOf(string title, string guessed)
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "f", Title = title }, new ArticleScore { Id = "a", ContentType = guessed }).ContentType;

    [Theory]
    [InlineData("Announcing our Partnership with Mimic: Bringing Sovereign AI to Cybersecurity", ContentTypes.Release, ContentTypes.News)]
    [InlineData("Announcing our Partnership with Mimic: Bringing Sovereign AI to Cybersecurity", ContentTypes.Opinion, ContentTypes.Opinion)]
    [InlineData("Announcing Our Acquisition of Tabular", ContentTypes.Release, ContentTypes.News)]
    [InlineData("Announcing Our Investment in Mistral", ContentTypes.Release, ContentTypes.News)]
    [InlineData("Introducing Jane Doe, who joins as CTO", ContentTypes.Release, ContentTypes.News)]
    [InlineData("Announcing our new London office", ContentTypes.Release, ContentTypes.News)]
    [InlineData("Announcing QEMU Google Summer of Code 2025 internships", ContentTypes.Release, ContentTypes.Other)]
    public void Title_AnnouncingADealOrAnInternship_ShouldNotBeARelease(string title, string guessed, string expected)
        => Assert.Equal(expected, TypeOf(title, guessed));

    [Theory]
    [InlineData("Announcing Real-Time Collaboration in Acme Docs 3.0", ContentTypes.News)]
    [InlineData("Announcing Partner Portal 2.0", ContentTypes.News)]
    [InlineData("Announcing the new Office add-ins for Copilot", ContentTypes.News)]
    [InlineData("Introducing Lateral Joins in DuckDB 1.2", ContentTypes.Opinion)]
    public void Title_AnnouncingAProductsFeature_ShouldStillBeARelease(string title, string guessed)
        => Assert.Equal(ContentTypes.Release, TypeOf(title, guessed));
}
