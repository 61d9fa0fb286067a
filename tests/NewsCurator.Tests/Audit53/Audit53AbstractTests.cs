using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit53;

/// <summary>
/// Hostile-input audit 53: <c>AbstractSections.Without</c>. A pointer section ("Availability and implementation") is dropped
/// "up to the next label"; where none follows, everything after it goes, a blog's own commentary under a quoted abstract
/// included. A label glued to a capitalised word is read anywhere a sentence starts, so class names that open with a
/// label's word ("ResultSet", "MethodHandle", "SummaryWriter") lose it in a programming post.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit53AbstractTests
{
    [Fact]
    public void TextAfterAQuotedAbstractsPointerSection_ShouldStay()
    {
        var text = "The paper's abstract:\nBackground: Proteins fold.\nResults: We fold them faster.\nAvailability and implementation: https://github.com/x/y.\n\n"
                   + "My take: this matters because drug discovery waits on folding, and the code is open.";
        Assert.Contains("My take: this matters", AbstractSections.Without(text), StringComparison.Ordinal);
    }

    [Fact]
    public void ClassNamesOpeningWithALabelsWord_ShouldKeepTheirWholeName()
    {
        var without = AbstractSections.Without("Java's JDBC has two halves. ResultSet rows are read lazily. MethodHandle objects are faster than reflection.");
        Assert.Contains("ResultSet rows", without, StringComparison.Ordinal);
        Assert.Contains("MethodHandle objects", without, StringComparison.Ordinal);
    }

    // Code review 45, R4: the same names at the text's very start, where a glued abstract's first label stands.
    [Theory]
    [InlineData("ResultSet rows are read lazily by the driver in JDBC 4.3. MethodHandle objects are faster than reflection.")]
    [InlineData("MethodHandle objects are faster than reflection. ResultSet rows are read lazily by the driver.")]
    public void ATextOpeningOnAClassName_ShouldKeepTheWholeNames(string text)
    {
        var without = AbstractSections.Without(text);
        Assert.Contains("ResultSet rows", without, StringComparison.Ordinal);
        Assert.Contains("MethodHandle objects", without, StringComparison.Ordinal);
    }

    [Fact]
    public void AGluedAbstractOpeningOnItsBackground_ShouldStillLoseItsLabels()
    {
        var without = AbstractSections.Without("BackgroundThere has been interest in loop callers. ResultsHence, we propose Robin, a web server.");
        Assert.DoesNotContain("BackgroundThere", without, StringComparison.Ordinal);
        Assert.DoesNotContain("ResultsHence", without, StringComparison.Ordinal);
    }
}
