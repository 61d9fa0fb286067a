using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// "the former" as a title in an appositive ("X, the former CTO of Y, ...") and an enumerating noun that goes on to say which
/// ("the first case to reach ...") lean on nothing; "the former" as a pronoun and "the first question" do (code review 45, R6).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FormerAsTitleTests
{
    [Theory]
    [InlineData("Dana Okafor, the former CTO of a chip startup, unveils a compiler for sparse models.")]
    [InlineData("The suit is the first case to reach the appeals court over model training data.")]
    [InlineData("The last question on the form asks for the applicant's employer.")]
    public void ASentenceThatSaysWhich_ShouldNotLean(string sentence) => Assert.False(Summarizer.LeansOnThePrevious(sentence));

    [Theory]
    [InlineData("The former is cheaper to run on a single GPU.")]
    [InlineData("Most teams pick the latter.")]
    [InlineData("We have had a crack at the first question already.")]
    public void ASentenceThatPointsBack_ShouldStillLean(string sentence) => Assert.True(Summarizer.LeansOnThePrevious(sentence));
}
