using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A social post's summary and preview read as prose (held-out review 83, F5): hashtags inside a sentence are their words, a
/// closing run of tags goes, a pointer line over a bare short link goes, and a line closed by an emoji takes no ";".
/// "C#", "#1234" and "issue #42" stay as written.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SocialPostProseTests
{
    [Fact]
    public void Hashtags_ShouldReadAsWords_AndAClosingRunGo()
        => Assert.Equal("Into #-free prose: I moved my homelab to Proxmox and selfhosted mail this week.",
            Hashtags.AsProse("Into #-free prose: I moved my #homelab to #Proxmox and #selfhosted mail this week. #linux #fediverse"));

    [Theory]
    [InlineData("We rewrote the parser in C# and F# for release 2.")]
    [InlineData("The fix for issue #4521 landed in the #1 ranked fork.")]
    [InlineData("A long thread about the kernel scheduler and #linux")]
    [InlineData("Send us your questions with the hashtag #askthecrew and we answer them on air.")]
    public void TextWithoutHashtagsToDrop_ShouldStay(string text)
        => Assert.Equal(text.Replace("#linux", "linux", StringComparison.Ordinal), Hashtags.AsProse(text));

    [Fact]
    public void APreview_ShouldDropThePointerToAShortLink_AndTheClosingTags()
        => Assert.Equal("We are glad to announce the first stable release of Harbor Lite, a small registry for edge clusters.",
            Lede.Preview("Harbor Lite 1.0", "We are glad to announce the first stable release of Harbor Lite, a small registry for edge clusters.\n\nRead the release notes:\nbit.ly/3xYzAbC\n#containers #edge #release", 300));

    [Fact]
    public void APreview_ShouldPutNoStopAfterAnEmoji()
        => Assert.Equal("🎉 Big news for small clusters 🎉 The scheduler plug-in now ships in the main chart, so one install sets it up.",
            Lede.Preview("Scheduler plug-in", "🎉 Big news for small clusters 🎉\n\nThe scheduler plug-in now ships in the main chart, so one install sets it up.", 300));

    [Fact]
    public void ASummary_ShouldReadHashtagsAsWords()
        => Assert.DoesNotContain("#", Summarizer.Summarize("Homelab series", "If you are into #kubernetes and #homelab setups, I have started a blog series on running a small cluster at home. The series covers #virtualization, networking and the apps I run on it every day. #selfhosted #BGP", null, "", 3, "en").Text, StringComparison.Ordinal);
}
