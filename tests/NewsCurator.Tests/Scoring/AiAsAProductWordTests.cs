using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// "AI" as a product's word is no AI story (held-out review 91, F8): a chip's model name ("Ryzen AI 300") or one feature in a
/// gadget's list beside its watts and kilowatt-hours ("2,000 W &amp; AI", "with AI, ... and 12 kWh") names no AI topic. A story
/// about the chip's AI part, or a gadget review that says what its AI does, still names it.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class AiAsAProductWordTests
{
    [Fact]
    public void AChipsModelName_IsNoAiStory()
    {
        var (allows, named) = TopicEvidence.Of("Budget business laptop review",
            "The Ryzen AI 300 processor in this laptop is as fast as the newer Ryzen AI 9 HX 370 in everyday work. Battery life is ten hours.");
        Assert.False(named("AI & Machine Learning"));
        Assert.False(allows("AI & Machine Learning"));
        Assert.True(named("Hardware & Chips"));
    }

    [Fact]
    public void AFeatureInAGadgetsList_IsNoAiStory()
    {
        var (allows, named) = TopicEvidence.Of("Home battery review: is the big system with 3,000 W & AI worth it?",
            "A home storage system that promises a lot - with AI, dynamic tariffs and up to 12 kWh of storage. Is it worth the price?");
        Assert.False(named("AI & Machine Learning"));
        Assert.False(allows("AI & Machine Learning"));
    }

    [Theory]
    [InlineData("Ryzen AI NPU support lands in Linux", "The driver exposes the NPU to user space.")]
    [InlineData("Home battery review", "With AI, the battery learns the household's load and charges when power is cheap; the AI forecast uses the weather.")]
    [InlineData("With AI, radiologists read scans faster", "A study of 40 hospitals found the model cut reading time by a third.")]
    public void AiAsTheSubject_StillNamesIt(string title, string text)
        => Assert.True(TopicEvidence.Named(title, text)("AI & Machine Learning"));
}
