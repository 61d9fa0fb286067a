using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit53;

/// <summary>
/// Hostile-input audit 53: <c>Hashtags.AsProse</c> runs on every summary (<c>Summarizer.Summarize</c>) and every preview
/// (<c>Lede.Preview</c>), not only a social post's. A '#' before a letter is read as a hashtag mark and dropped: a C
/// preprocessor directive ("#pragma once", "#include") and a CSS colour ("#ffffff") lose their '#', and a labelled tag list
/// ("Tags: #ai #ml") leaves its label dangling.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit53HashtagTests
{
    private const string Header =
        "Every C header needs an include guard. Modern compilers accept #pragma once at the top of every header instead of the classic guard macros. "
        + "The directive is not in the standard, but GCC, Clang and MSVC all support it and it avoids name clashes between guards.";

    [Fact]
    public void APreprocessorDirective_ShouldKeepItsHashInAPreview()
        => Assert.Contains("#pragma once", Lede.Preview("Include guards versus pragma once", Header, 400), StringComparison.Ordinal);

    [Theory]
    [InlineData("The file starts with #include <stdio.h> as usual.", "#include")]
    [InlineData("Set the background to #ffffff and the text to #cc0000.", "#ffffff")]
    public void CodeAfterAHash_ShouldStayAsWritten(string text, string code)
        => Assert.Contains(code, Hashtags.AsProse(text), StringComparison.Ordinal);

    [Fact]
    public void ALabelledTagList_ShouldNotLeaveItsLabelDangling()
        => Assert.DoesNotMatch(@"Tags:\s*$", Hashtags.AsProse("Our new GPU scheduler ships today.\nTags: #ai #ml"));
}
