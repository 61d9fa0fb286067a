using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out review 89, F5: research write-ups and advisories put a one-word label over their first paragraph ("Intro:",
/// "Analysis:"), and the preview opened on it ("Intro: While reverse-engineering ...").
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SectionLabelPreviewTests
{
    [Theory]
    [InlineData("Intro:")]
    [InlineData("Analysis:")]
    [InlineData("Technical details:")]
    public void ALabelOverTheFirstParagraph_ShouldNotOpenThePreview(string label)
    {
        var preview = Lede.Preview("Two heap overflows in a GPU driver",
            $"{label}\nWhile fuzzing the driver's buffer import path, I found two heap overflows that a sandboxed app can reach.\nBoth were fixed in the spring update.", 200);
        Assert.StartsWith("While fuzzing", preview, StringComparison.Ordinal);
    }

    [Fact]
    public void ALabelOverAList_ShouldStay()
    {
        var preview = Lede.Preview("Release 4.2",
            "Key changes:\n• Faster cold starts on small instances\n• A new retry policy for queue consumers", 200);
        Assert.StartsWith("Key changes:", preview, StringComparison.Ordinal);
    }

    [Fact]
    public void ALabelWithItsTextOnTheSameLine_ShouldStay()
    {
        var preview = Lede.Preview("Patch your routers",
            "Note: the update must be installed by hand on older models, which do not fetch it on their own.", 200);
        Assert.StartsWith("Note: the update", preview, StringComparison.Ordinal);
    }
}
