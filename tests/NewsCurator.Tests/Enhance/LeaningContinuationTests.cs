using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out reviews 105, F4, and 107, F3: sentences that only make sense after the one before passed as self-standing:
/// "With 27 years of experience ..., he specializes ..." (the "he" named in the sentence left out) and "The roles are
/// therefore dual purpose" (a conclusion from what came before).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class LeaningContinuationTests
{
    [Theory]
    [InlineData("With two decades of experience as a systems engineer, he specializes in designing distributed storage for banks.")]
    [InlineData("After leaving the startup in 2019, she joined the foundation as its first full-time maintainer.")]
    [InlineData("The support engineer positions are therefore split roles, half writing code and half teaching it.")]
    [InlineData("We thus expect the new scheduler to cut queue times for most users by half.")]
    public void AContinuation_ShouldLeanOnTheSentenceBefore(string sentence)
        => Assert.True(Summarizer.LeansOnThePrevious(sentence));

    [Theory]
    [InlineData("With the new release, the team added support for ARM servers and a faster installer.")]
    [InlineData("As of today, Kestrel Systems ships its inference servers to three cloud providers.")]
    [InlineData("The company has thus far shipped two thousand units to customers in Europe.")]
    [InlineData("Google also announced a cheaper tier of its assistant for small businesses on Tuesday.")]
    public void ASentenceOfItsOwn_ShouldNotLean(string sentence)
        => Assert.False(Summarizer.LeansOnThePrevious(sentence));
}
