using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A text that opens by calling itself a tutorial is one: a project site's "In this tutorial, we will create a simple
/// command-line ... application using C++" was typed other (held-out review 108, F5). A buying guide's "In this guide, we
/// round up ..." and a story that mentions a tutorial later stay what the head read.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TutorialOpeningTypeTests
{
    private static string? TypeOf(string title, string text, string guessed)
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "f", Title = title, Text = text }, new ArticleScore { Id = "a", ContentType = guessed }).ContentType;

    [Theory]
    [InlineData("Reading a Soil Sensor over LoRa with an RP2040", "In this tutorial, we will build a small node that reads a soil-moisture sensor and sends it over LoRa to a gateway.", ContentTypes.Other)]
    [InlineData("Logging Temperatures to SQLite", "In this step-by-step tutorial you'll wire a sensor to a single-board computer and store its readings.", ContentTypes.News)]
    [InlineData("Home Dashboards Made Simple", "In this guide, you'll learn how to set up a dashboard for the sensors around your house.", ContentTypes.Opinion)]
    public void AText_ThatOpensAsATutorial_ShouldBeATutorial(string title, string text, string guessed)
        => Assert.Equal(ContentTypes.Tutorial, TypeOf(title, text, guessed));

    [Theory]
    [InlineData("The Best Microcontroller Boards of 2026", "In this guide, we round up the best boards for every budget, from tiny sensors to robot brains.", ContentTypes.Other)]
    [InlineData("Chip Maker Opens a Learning Portal", "The company opened a portal for students on Tuesday. In this tutorial series, it says, engineers will learn its toolchain.", ContentTypes.News)]
    public void AText_ThatDoesNotOpenAsATutorial_ShouldKeepItsType(string title, string text, string guessed)
        => Assert.Equal(guessed, TypeOf(title, text, guessed));
}
