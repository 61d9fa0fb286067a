using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A scraped listing card's image credit, wire-style caption and repeated headline are no story text (twenty-eighth
/// held-out review, F2: a caption about the FBI building was a ransomware story's summary; titles printed twice).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class CardChromeTests
{
    [Fact]
    public void ACardWithCreditAndRepeatedHeadline_ShouldKeepTheDek()
    {
        const string title = "A house full of open windows: Why telecoms may never purge their networks of Salt Typhoon";
        var text = $"{title} (Scoop News Group graphic) {title} Experts tell CyberScoop that the U.S. telecom system is just too fragmented. By Derek B. Johnson";
        Assert.Equal("Experts tell CyberScoop that the U.S. telecom system is just too fragmented. By Derek B. Johnson", CardChrome.Without(title, text));
        // The headline run into the text, the credit and the headline again after it.
        const string nsc = "Critical infrastructure security tech needs to be as good as our smartphones, top NSC cyber official says";
        Assert.Equal("Bulazel mentioned the energy sector. It relies on SCADA systems.",
            CardChrome.Without(nsc, $"{nsc} Bulazel mentioned the energy sector. It relies on SCADA systems. (Image Credit: AndreyPopov via Getty Images) {nsc}"));
    }

    [Fact]
    public void AWireCaptionBeforeItsCredit_ShouldGoWithIt()
    {
        const string title = "U.S. indicts Ukrainian national for hundreds of ransomware attacks using multiple variants";
        var text = $"{title} A seal reading “Department of Justice Federal Bureau of Investigation” is displayed on the J. Edgar Hoover FBI building in Washington, DC, o August 9, 2022. (Photo by STEFANI REYNOLDS/AFP via Getty Images) {title}";
        Assert.Equal("", CardChrome.Without(title, text));
    }

    [Theory]
    [InlineData("The benefits of cybercrime go far. (Getty Images) Researchers found more.", "The benefits of cybercrime go far. Researchers found more.")]
    [InlineData("Bulazel named the energy sector. It relies on SCADA systems. (Image Credit: AndreyPopov via Getty Images) More text.", "Bulazel named the energy sector. It relies on SCADA systems. More text.")]
    [InlineData("The chart shows load. (Graphic by Scoop News Group) Load fell.", "The chart shows load. Load fell.")]
    // No credit: a wire's dateline, a parenthesis about photos, an aside.
    [InlineData("LONDON (Reuters) - Britain's regulator fined the bank.", "LONDON (Reuters) - Britain's regulator fined the bank.")]
    [InlineData("The app (a photo editor for Linux) shipped today.", "The app (a photo editor for Linux) shipped today.")]
    [InlineData("Resize it (see the image above) and save.", "Resize it (see the image above) and save.")]
    public void Credits_ShouldGo_AndOtherParenthesesStay(string text, string expected)
        => Assert.Equal(expected, CardChrome.Without("Some headline of a story", text));

    [Fact]
    public void AShortTitleOrOneSaidOnce_ShouldLeaveTheTextAlone()
    {
        Assert.Equal("Why Rust? Because Why Rust is asked often.", CardChrome.Without("Why Rust", "Why Rust? Because Why Rust is asked often."));
        const string title = "Rust 1.80 ships lazy cells";
        Assert.Equal($"{title} and more, as the notes say.", CardChrome.Without(title, $"{title} and more, as the notes say."));
    }
}
