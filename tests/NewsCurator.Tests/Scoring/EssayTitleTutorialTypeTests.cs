using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A bare "with" or "using" in a title and an essay's "in Step 5" confirm no tutorial: an analysis essay ("Describing
/// attacks with crime script analysis") went out under "Tutorials &amp; guides" (held-out review 89, F4). A task's verb
/// before "with" and a step's label still do.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class EssayTitleTutorialTypeTests
{
    private static string? TypeOf(string title, string text)
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "f", Title = title, Text = text },
            new ArticleScore { Id = "a", ContentType = ContentTypes.Tutorial }).ContentType;

    [Theory]
    [InlineData("Analysing fraud with attack trees", "Attack trees give defenders a shared picture of an intrusion. The stages of the tree in Step 4 can also be automated by an attacker, which changes what defenders should watch.")]
    [InlineData("Thinking about incident response using game theory", "Defenders and attackers play a repeated game. We look at what that means for how teams staff an on-call rotation.")]
    public void AnEssay_IsNoTutorial(string title, string text)
        => Assert.Equal(ContentTypes.Other, TypeOf(title, text));

    [Theory]
    [InlineData("Building a rate limiter with Redis", "Rate limits protect an API from bursts.")]
    [InlineData("Working with attack trees", "Attack trees give defenders a shared picture.")]
    [InlineData("Threat modelling for small teams", "Step 1: list what you must protect.\nStep 2: list who would attack it.")]
    [InlineData("Threat modelling for small teams", "Write the assets down first, then go on to Step 2 - name the attackers.")]
    public void ATutorialWithItsCue_StaysATutorial(string title, string text)
        => Assert.Equal(ContentTypes.Tutorial, TypeOf(title, text));
}
