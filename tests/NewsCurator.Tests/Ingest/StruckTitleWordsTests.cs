using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Held-out review 110, F5: a word the author struck out of a markup title ("&lt;del&gt;Book&lt;/del&gt; Reference") was kept
/// as a word, and the headline said what the author took back.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class StruckTitleWordsTests
{
    [Theory]
    [InlineData("My Little Shell <del>Tutorial</del> Handbook Is Out", false, "My Little Shell Handbook Is Out")]
    [InlineData("We <s>deprecated</s> removed the legacy sync API", false, "We removed the legacy sync API")]
    [InlineData("Notes on <strike>Monads</strike> Effects in Practice", true, "Notes on Effects in Practice")]
    public void AStruckWordInAMarkupTitle_ShouldGo(string title, bool atomHtml, string expected)
        => Assert.Equal(expected, TitleText.Read(title, atomHtml ? TitleKind.Markup : TitleKind.Either));

    [Theory]
    // A changed figure keeps both figures; an ad label stays for the ad rules; a text title's tags are words.
    [InlineData("Cloud plan drops from <s>$30</s> to $10 a month", false, "Cloud plan drops from $30 to $10 a month")]
    [InlineData("<s>Sponsored</s> The fastest database for your startup", false, "Sponsored The fastest database for your startup")]
    [InlineData("Why <del> and <ins> elements matter", false, "Why <del> and <ins> elements matter")]
    [InlineData("<s>Oops</s> Fixed", false, "Oops Fixed")]
    public void OtherTitles_ShouldKeepTheirWords(string title, bool atomHtml, string expected)
        => Assert.Equal(expected, TitleText.Read(title, atomHtml ? TitleKind.Markup : TitleKind.Either));
}
