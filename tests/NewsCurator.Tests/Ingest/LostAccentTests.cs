using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A U+FFFD for a lost accented letter is not guessed as an apostrophe or a dash: "Tom�s" is no possessive and "Bienvenue �
/// Paris" lost an "à" (code review 45, R5). An English text's contractions, possessives and dashes are still mended.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class LostAccentTests
{
    [Theory]
    [InlineData("Tom\uFFFDs Mikolov and Jes\uFFFDs Rodr\uFFFDguez open a lab for small models")]
    [InlineData("Tom\uFFFDs Novak joins the compiler team")]
    [InlineData("Bienvenue \uFFFD Paris, la ville lumi\uFFFDre des start-ups")]
    public void ALostLetter_ShouldNotBeMended(string text) => Assert.Equal(text, ReplacementCharacters.Mend(text));

    [Fact]
    public void AnEnglishTextsApostrophesAndDashes_ShouldStillBeMended()
        => Assert.Equal("We don’t know yet – the board’s vote is on Monday",
            ReplacementCharacters.Mend("We don\uFFFDt know yet \uFFFD the board\uFFFDs vote is on Monday"));

    [Fact]
    public void APossessive_ShouldBeMendedWhereTheItemShowsEnglishLosses()
        => Assert.Equal("The lab’s new chip", ReplacementCharacters.Mend("The lab\uFFFDs new chip", ["The lab\uFFFDs new chip", "It isn\uFFFDt shipping yet."]));
}
