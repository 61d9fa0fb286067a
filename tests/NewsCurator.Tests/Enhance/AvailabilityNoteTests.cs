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
    [InlineData("The package is available on PyPI.")]
    [InlineData("The source code is available on GitHub at github.com/example/tool.")]
    // An address the text printed without its scheme (a feed's "http://host : 8000/path").
    [InlineData("The Peak Map web server is available at peaklab.org: 8000/PeakMap.")]
    public void AvailabilityNote_ShouldBeAPointer(string sentence) => Assert.True(Summarizer.IsCallToAction(sentence));

    [Theory]
    [InlineData("GPT-9 is now available on Azure for every enterprise customer.")]
    [InlineData("The new model is available in preview to developers in the EU from Monday.")]
    [InlineData("The survey found the tool is available in 40 countries and used by 2 million people.")]
    [InlineData("Code scanning autofix is now available on GitHub Enterprise Server 3.14.")]
    [InlineData("Copilot code review is available in GitHub Mobile for every plan.")]
    public void LaunchNews_ShouldStayNews(string sentence) => Assert.False(Summarizer.IsCallToAction(sentence));
}
