using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// An engineering write-up ("How we built ...") and a product update that says "you can now ..." are no tutorials, and a
/// general-availability or servicing post is a release (held-out review 78, F3 and F4); a draft for comment is no release
/// (held-out review 77, F8). Real how-tos and real releases keep their types.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ReleaseOverTutorialTypeTests
{
    private static string? TypeOf(string title, string guessed, string text = "")
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "f", Title = title, Text = text }, new ArticleScore { Id = "a", ContentType = guessed }).ContentType;

    [Fact]
    public void HowWeBuiltAPlatform_IsNoTutorial()
        => Assert.Equal(ContentTypes.Other, TypeOf("How we built a fast, isolated edge platform to run customer code", ContentTypes.Tutorial,
            "Running customer code at the edge is hard to do cheaply. Here is how we built our isolate platform."));

    [Fact]
    public void AProductUpdateThatSaysYouCanNow_IsARelease()
        => Assert.Equal(ContentTypes.Release, TypeOf("Package search & better test support come to the Foo extension", ContentTypes.Tutorial,
            "We are excited to announce the June release of the Foo extension for VS Code. With this release, you can now search packages from the command palette. "
            + "You can now run tests from the sidebar, and you can now see coverage inline. If you want the old view, you will find it in the settings."));

    [Theory]
    [InlineData("How I set up my homelab with Proxmox", "")]
    [InlineData("How to build a CLI in Go", "")]
    [InlineData("Adding search to a static site", "We are excited to announce the new release of our guide. First, install the package:\n$ npm install lunr\nThen index the pages.")]
    public void RealHowTos_StayTutorials(string title, string text)
        => Assert.Equal(ContentTypes.Tutorial, TypeOf(title, ContentTypes.Tutorial, text));

    [Theory]
    [InlineData("General Availability of Acme Orchestrator: Simpler Cloud-Native Apps")]
    [InlineData("Acme Orchestrator is now generally available")]
    [InlineData(".NET and .NET Framework June 2025 Servicing Updates")]
    [InlineData("Acme Server 8.0.5 security update")]
    public void GeneralAvailabilityAndServicing_AreReleases(string title)
        => Assert.Equal(ContentTypes.Release, TypeOf(title, ContentTypes.Other));

    [Theory]
    [InlineData("Servicing updates for Windows 10 end next year")]
    [InlineData("Why general availability dates keep slipping")]
    public void NewsAboutUpdatesOrAvailability_IsNoRelease(string title)
        => Assert.Equal(ContentTypes.News, TypeOf(title, ContentTypes.News));

    [Theory]
    [InlineData("Last Call: Internationalization Tag Set (ITS) Version 2.0")]
    [InlineData("Two Drafts in Last Call: Turtle and TriG")]
    [InlineData("First Public Working Draft: Web Payments 1.0")]
    public void ADraftForComment_IsNoRelease(string title)
        => Assert.NotEqual(ContentTypes.Release, TypeOf(title, ContentTypes.Release));

    [Fact]
    public void AStandardPublished_StaysARelease()
        => Assert.Equal(ContentTypes.Release, TypeOf("Acme Toolkit 2.0 released", ContentTypes.Release));
}
