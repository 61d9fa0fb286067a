using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A publisher's release section is honoured as its news and opinion sections are, and one "you can use ..." of a release
/// note is no tutorial (held-out review 69, F4: four GitHub Changelog entries typed release, other, other and tutorial); an
/// advisory whose title is its id alone is news, not opinion (review 70, F4).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ReleaseSectionTypeTests
{
    private const string DiscoverTitle = "Discover local models in GitHub Copilot CLI";

    private const string DiscoverText = "GitHub Copilot CLI makes it easier to choose a local model without leaving your existing workflow. Starting in CLI version "
                                        + "1.0.94-0, use /model to discover supported models from a running local Ollama instance, alongside your configured models and "
                                        + "cloud models provided by GitHub Copilot. Discovery doesn’t automatically add models. Choose a discovered model, review its "
                                        + "provider and endpoint, then confirm Add and use for this session or Add without switching. You can use the model in your current "
                                        + "session without restarting the CLI.";

    private static string? TypeOf(Article article, string guessed) => ContentTypeCues.Apply(article, new ArticleScore { Id = "a", ContentType = guessed }).ContentType;

    private static Article Item(string title, string text, params string[] categories)
        => new() { Id = "a", FeedUrl = "f", Title = title, Text = text, Categories = categories };

    [Theory]
    [InlineData("Improvement", ContentTypes.Tutorial)]
    [InlineData("Release", ContentTypes.Other)]
    [InlineData("Changelog", ContentTypes.Opinion)]
    [InlineData("What's new", ContentTypes.Other)]
    [InlineData("Product updates", ContentTypes.Other)]
    public void AReleaseSection_MakesAnEntryARelease(string section, string guessed)
        => Assert.Equal(ContentTypes.Release, TypeOf(Item(DiscoverTitle, DiscoverText, section, "copilot"), guessed));

    // A catch-all update section files a company's funding news and essays too: it leaves news and opinion as they are
    // (review of session 41, N4), where a changelog's own section does not.
    [Theory]
    [InlineData("What's new", ContentTypes.News)]
    [InlineData("Improvements", ContentTypes.Opinion)]
    [InlineData("Product updates", ContentTypes.News)]
    public void AnUpdateSection_LeavesNewsAndOpinion(string section, string guessed)
        => Assert.Equal(guessed, TypeOf(Item("Acme raises $40M to build faster inference chips", "Acme has raised $40 million in a round led by Example Ventures, it said on Tuesday.", section), guessed));

    [Fact]
    public void AReleaseSection_LeavesAnAdvisoryNews_AndAPodcastAPodcast()
    {
        Assert.Equal(ContentTypes.Other, TypeOf(Item("CVE-2026-1234: libfoo heap overflow", "libfoo before 2.3.1 allows a heap overflow.", "Release"), ContentTypes.Other));
        Assert.Equal(ContentTypes.Podcast, TypeOf(Item("Episode 12: what shipped", "Our guests talk releases.", "Release"), ContentTypes.Podcast));
        Assert.Equal(ContentTypes.Other, TypeOf(Item(DiscoverTitle, DiscoverText, "copilot"), ContentTypes.Other));
    }

    [Fact]
    public void OneYouCanOfAReleaseNote_IsNoTutorial()
        => Assert.Equal(ContentTypes.Other, TypeOf(Item(DiscoverTitle, DiscoverText, "copilot"), ContentTypes.Tutorial));

    [Fact]
    public void AWalkThroughInTheSecondPerson_OrWithSteps_StaysATutorial()
    {
        Assert.Equal(ContentTypes.Tutorial, TypeOf(Item("Local models in the Copilot CLI",
            "In this post you'll set up Ollama and point the CLI at it. Let's start with the model picker."), ContentTypes.Tutorial));
        Assert.Equal(ContentTypes.Tutorial, TypeOf(Item("Local models in the Copilot CLI",
            "1. Install Ollama and pull a model.\n2. Run /model in the CLI and pick it."), ContentTypes.Tutorial));
        Assert.Equal(ContentTypes.Tutorial, TypeOf(Item("How to run local models in the Copilot CLI", "You can use /model."), ContentTypes.Tutorial));
    }

    [Theory]
    [InlineData("CVE-2018-10124", ContentTypes.Opinion)]
    [InlineData("CVE-2016-20014", ContentTypes.Other)]
    public void ABareAdvisoryId_IsNews(string title, string guessed)
        => Assert.Equal(ContentTypes.News, TypeOf(Item(title, "The kill_something_info function in kernel/signal.c in the Linux kernel before 4.13, when an unspecified "
            + "architecture and compiler is used, might allow local users to cause a denial of service via an INT_MIN argument."), guessed));

    [Fact]
    public void AnOpinionNamingAnAdvisory_StaysOpinion()
        => Assert.Equal(ContentTypes.Opinion, TypeOf(Item("What CVE-2018-10124 tells us about signal handling", "I think the kernel's signal code is too clever."), ContentTypes.Opinion));
}
