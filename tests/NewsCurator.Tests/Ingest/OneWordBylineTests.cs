using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Held-out review 108, F7: a project site closes each dek on its maker's one-word byline ("... for basic smart security.
/// By Satya."), which summaries drop and previews kept. A one-word name after "By", ending on its own stop, goes from the
/// text's end; a phrase ("By Design."), a day or a month ("By March.") and a sentence that ends "by Google." stay.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class OneWordBylineTests
{
    private const string Dek = "A pocket weather station that logs humidity and pressure to an SD card every ten minutes.";

    [Fact]
    public void AOneWordBylineWithItsStop_ShouldGo()
        => Assert.Equal(Dek, TrailingByline.Without(Dek + " By Priya."));

    [Theory]
    [InlineData(" By Design.")]
    [InlineData(" By March.")]
    [InlineData(" By Now.")]
    [InlineData(" By Email.")]
    [InlineData(" By Hand.")]
    [InlineData(" By AI.")]
    [InlineData(" By Priya")]
    [InlineData(" — Priya.")]
    public void APhraseADateOrANameWithoutItsStop_ShouldStay(string ending)
        => Assert.Equal(Dek + ending, TrailingByline.Without(Dek + ending));

    [Fact]
    public void ASentenceEndingByACompany_ShouldStay()
    {
        const string text = "The board was designed by Google.";
        Assert.Equal(text, TrailingByline.Without(text));
    }
}
