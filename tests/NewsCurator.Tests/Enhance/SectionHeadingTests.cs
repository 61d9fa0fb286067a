using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>A flattened post's one-word section heading runs into the section's first sentence ("Overview Designer-to-developer handoff is ...").</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SectionHeadingTests
{
    [Theory]
    [InlineData("Overview Designer-to-developer handoff is an important part of the product development life cycle.", "Designer-to-developer handoff is an important part of the product development life cycle.")]
    [InlineData("Introduction Kubernetes schedules pods onto nodes by their requests.", "Kubernetes schedules pods onto nodes by their requests.")]
    [InlineData("Background In 2019 we moved the monolith to services.", "In 2019 we moved the monolith to services.")]
    // Prose: a mark after the word, a lower-case word after it, or too short to be a sentence of its own.
    [InlineData("Overview: the release adds three new commands to the tool.", "Overview: the release adds three new commands to the tool.")]
    [InlineData("Background jobs now run on their own queue in every region.", "Background jobs now run on their own queue in every region.")]
    [InlineData("Summary Statistics.", "Summary Statistics.")]
    public void AOneWordSectionHeading_ShouldLeaveTheSentence(string sentence, string expected)
        => Assert.Equal(expected, Summarizer.WithoutFusedHeading(sentence));
}
