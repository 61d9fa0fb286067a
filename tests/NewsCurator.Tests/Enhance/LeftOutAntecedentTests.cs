using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out review 87, F4: summary sentences that lean on a sentence left out. "Because they are more efficient, in terms of speed and power." answers a question the summary left
/// out ("Why?"); ", in terms of" was read as a main clause (subject "in", verb "terms"), so the fragment passed as a sentence.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class LeftOutAntecedentTests
{
    [Theory]
    [InlineData("Because they are more efficient, in terms of throughput and energy per operation.", true)]
    [InlineData("Because it is cheaper, on balance, and we like saving money.", true)]
    [InlineData("Because they are smaller, for instance when stored as 4-bit integers.", true)]
    // A main clause after the comma still makes the sentence whole.
    [InlineData("Because it is open source, developers can fork it and ship their own builds.", false)]
    [InlineData("Because the cache was cold, the first request took three seconds.", false)]
    public void ABecauseClauseWithOnlyAPhraseAfterItsComma_ShouldLean(string sentence, bool leans)
        => Assert.Equal(leans, Summarizer.LeansOnThePrevious(sentence));

    // "it" after an opening phrase, and one of several things enumerated before, point at a sentence left out.
    [Theory]
    [InlineData("In the later chapters, it proves several results that look obvious but are not.", true)]
    [InlineData("In our latest paper we had a go at the first question.", true)]
    [InlineData("Both designs work, but the latter needs twice the memory.", true)]
    // A dummy "it", a named subject, and an enumeration the sentence states itself stay whole.
    [InlineData("In practice, it is easy to run the model on a laptop.", false)]
    [InlineData("In the appendix, the authors prove that the bound is tight.", false)]
    [InlineData("The first problem is that the cache grows with every token.", false)]
    public void ASentenceOnAnAntecedentLeftOut_ShouldLean(string sentence, bool leans)
        => Assert.Equal(leans, Summarizer.LeansOnThePrevious(sentence));
}
