using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// The AI words (<see cref="TopicEvidence"/>): robot learning is machine learning ("Large Behavior Models" for a humanoid had no
/// AI topic: held-out review 98, F6), and a headline's passing "AI" over a body that never names AI is no AI story ("One Million
/// AI Satellites" on an astronomy piece: held-out review 95, F2), while a one-line dek under an AI headline keeps its word.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class AiEvidenceFromRobotLearningAndHeadlineModifiersTests
{
    private const string Ai = "AI & Machine Learning";

    private const string NightSky = "Astronomers are alarmed by plans for vast new constellations of orbiting craft and reflectors that would light the "
        + "ground at night. Letters from three astronomical societies ask regulators to weigh the harm to observatories, whose long "
        + "exposures already show streaks from thousands of craft, and to dark-sky reserves that draw visitors for the stars alone. "
        + "The companies say their plans are safe.";

    [Theory]
    [InlineData("Large Behavior Models take a humanoid to the warehouse", "Useful humanoids need many skills; the team trains one policy on hours of teleoperation.")]
    [InlineData("Teaching arms by imitation learning", "Operators demonstrate a task a few dozen times and the robot repeats it.")]
    [InlineData("A diffusion policy for folding laundry", "The robot's grasp is chosen by denoising an action sequence.")]
    public void RobotLearningWords_NameAi(string title, string text)
        => Assert.True(TopicEvidence.Named(title, text)(Ai));

    [Theory]
    [InlineData("New safety policy for the packaging line", "The PLC's safety policy stops the conveyor; the robot cell's policy needs a second key.")]
    [InlineData("The VLA images a distant jet", "The Very Large Array's new image shows the jet's knots in radio light.")]
    public void APlantsPolicyOrATelescope_IsNoAi(string title, string text)
        => Assert.False(TopicEvidence.Named(title, text)(Ai));

    [Fact]
    public void AHeadlinesPassingAi_OverABodyThatNeverNamesAi_IsNoAiEvidence()
    {
        const string title = "Will One Million AI Satellites Scar the Night Sky for Good?";
        Assert.False(TopicEvidence.Named(title, NightSky)(Ai));
        Assert.False(TopicEvidence.For(title, NightSky)(Ai));
        Assert.False(TopicEvidence.Of(title, NightSky).Allows(Ai));
    }

    [Theory]
    [InlineData("New AI tool finds 100 planets", "The tool sifted a decade of survey data in a week.")]
    [InlineData("Will One Million AI Satellites Scar the Night Sky for Good?", NightSky + " The satellites would run machine learning models in orbit.")]
    [InlineData("ChatGPT satellites? Astronomers object", NightSky)]
    public void AShortDekOrABodyThatNamesAi_KeepsTheHeadlinesAi(string title, string text)
    {
        Assert.True(TopicEvidence.Named(title, text)(Ai));
        Assert.True(TopicEvidence.For(title, text)(Ai));
    }

    [Fact]
    public void TheFeedsAiCategory_KeepsAHeadlinesAi()
        => Assert.True(TopicEvidence.Of("Will One Million AI Satellites Scar the Night Sky for Good?", NightSky, ["AI"]).Allows(Ai));
}
