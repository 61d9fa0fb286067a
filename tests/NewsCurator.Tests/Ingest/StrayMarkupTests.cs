using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>Markdown badges and tags cut short are no words of the text (twenty-ninth held-out review, F3).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class StrayMarkupTests
{
    [Theory]
    [InlineData("Humanizer ![skills.sh installs](https://skills.sh/blader/humanizer) Humanizer rewrites AI sounding text.", "Humanizer Humanizer rewrites AI sounding text.")]
    [InlineData("[![CI](https://ci.example/badge.svg)](https://ci.example/run) A fast parser.", "A fast parser.")]
    [InlineData("<p align=\"center\" <img src=\"assets/banner.png\" alt=\"Hermes Agent\" width=\"100%\" </p Hermes Agent is an adaptive agent.", "Hermes Agent is an adaptive agent.")]
    [InlineData("<a href=\"https://hermes.example/\" Hermes Desktop</a ships today.", "Hermes Desktop ships today.")]
    // The writer's own words about markup stay.
    [InlineData("Use <b> for bold and <img src=\"x.png\"> for images.", "Use <b> for bold and <img src=\"x.png\"> for images.")]
    [InlineData("If a < b and c > d, the list is sorted.", "If a < b and c > d, the list is sorted.")]
    [InlineData("<add key=\"ida:ClientId\" value=\"x\" /> goes into web.config.", "<add key=\"ida:ClientId\" value=\"x\" /> goes into web.config.")]
    [InlineData("See [the docs](https://example.org/docs) for the API.", "See [the docs](https://example.org/docs) for the API.")]
    // Review 28b, R10: a tutorial's example in a code span stays, and a '[' that opens no link around the image stays too.
    [InlineData("Write `![alt text](image.png)` on its own line to add an image.", "Write `![alt text](image.png)` on its own line to add an image.")]
    [InlineData("The logo [![logo](https://e.org/l.png) is old] was redrawn.", "The logo [ is old] was redrawn.")]
    public void Text_ShouldLoseStrayMarkupOnly(string text, string expected)
        => Assert.Equal(expected, System.Text.RegularExpressions.Regex.Replace(StrayMarkup.Without(text), @"\s{2,}", " ").Trim());
}
