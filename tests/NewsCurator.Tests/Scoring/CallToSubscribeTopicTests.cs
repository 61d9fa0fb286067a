using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// The names a call to subscribe or follow lists after "news on", "more on" or "updates from" are the call's topic, not
/// others the sentence tells of: the call stays housekeeping and leaves the encoder's text (hostile-input audit 50, H7).
/// A sentence that names someone before such words still tells of them and stays.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class CallToSubscribeTopicTests
{
    private static readonly string Story = string.Concat(Enumerable.Repeat(
        "Intel will lose more ground to AMD in servers next year, as cloud buyers price cores rather than brands and move their databases to the cheaper parts. ", 14));

    private static readonly EncoderText Text = new();

    [Theory]
    [InlineData("Sign up for weekly updates from Google, Meta and Microsoft.")]
    [InlineData("Join our Discord for more on Llama, Mistral and Qwen.")]
    public void ACallListingItsTopicsNames_ShouldLeaveTheEncodersText(string lead)
        => Assert.Equal(Story, Text.WithoutHousekeepingLead(lead + "\n" + Story));

    [Theory]
    // The names stand before the topic's words: the sentence tells of Microsoft.
    [InlineData("Please note that Microsoft will end support for Windows 10 in October, with news on extended updates to follow.")]
    [InlineData("Thank you, Sam Altman, for more on what OpenAI plans next.")]
    public void ASentenceNamingSomeoneBeforeTheTopicsWords_ShouldStay(string lead)
        => Assert.Equal(lead + "\n" + Story, Text.WithoutHousekeepingLead(lead + "\n" + Story));
}
