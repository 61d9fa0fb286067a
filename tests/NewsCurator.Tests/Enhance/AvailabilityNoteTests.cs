using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>An abstract's note of where its code, data or web server is points elsewhere; a launch that is available is news (held-out review 81, F5).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class AvailabilityNoteTests
{
    [Theory]
    [InlineData("The source code is freely available at https://github.com/example/tool.")]
    [InlineData("For wider use, a free web-service, Peak Map, is available online to browse every result.")]
    [InlineData("All datasets are publicly available on Zenodo.")]
    // An address the text printed without its scheme (a feed's "http://host : 8000/path").
    [InlineData("The Peak Map web server is available at peaklab.org: 8000/PeakMap.")]
    public void AvailabilityNote_ShouldBeAPointer(string sentence) => Assert.True(Summarizer.IsCallToAction(sentence));

    [Theory]
    [InlineData("GPT-9 is now available on Azure for every enterprise customer.")]
    [InlineData("The new model is available in preview to developers in the EU from Monday.")]
    [InlineData("The survey found the tool is available in 40 countries and used by 2 million people.")]
    public void LaunchNews_ShouldStayNews(string sentence) => Assert.False(Summarizer.IsCallToAction(sentence));
}
