using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A page the publisher files under its podcasts is an episode though the feed carries no enclosure: a trade magazine's
/// episode at ".../podcasts/.../podcast/..." went out as an ordinary story (held-out review 108, F6). A story about
/// podcasts elsewhere on a site, a podcast section's index, a blog's folder of notes on podcasts and a release are not made episodes by an address.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class EpisodeAddressTypeTests
{
    private const string Teaser = "Computing is moving from the data center to the devices at the edge, and the tools for building there are catching up.";

    private static string? TypeOf(string link, string guessed, string title = "Designing Low-Power Sensor Networks")
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "f", Title = title, Text = Teaser, Link = link }, new ArticleScore { Id = "a", ContentType = guessed }).ContentType;

    [Theory]
    [InlineData("https://www.trade-magazine.example/podcasts/engineering-talk/podcast/41122334/designing-low-power-sensor-networks", ContentTypes.Other)]
    [InlineData("https://radio.example.org/podcast/designing-low-power-sensor-networks", ContentTypes.News)]
    [InlineData("https://www.example.com/en/episodes/112-low-power-sensors", ContentTypes.Opinion)]
    public void APage_UnderAPodcastSection_ShouldBeAPodcast(string link, string guessed)
        => Assert.Equal(ContentTypes.Podcast, TypeOf(link, guessed));

    [Fact]
    public void TheHeadsPodcast_OnAnEpisodePage_WithNoMediaWord_ShouldStayAPodcast()
        => Assert.Equal(ContentTypes.Podcast, TypeOf("https://www.trade-magazine.example/podcasts/engineering-talk/podcast/41122334/x", ContentTypes.Podcast));

    [Theory]
    [InlineData("https://news.example.com/2026/03/04/why-podcasts-are-moving-to-video", ContentTypes.News)]
    [InlineData("https://www.example.com/podcasts/", ContentTypes.Other)]
    [InlineData("https://www.example.com/tech/2026/03/podcast-app-adds-transcripts", ContentTypes.News)]
    [InlineData("https://github.com/someone/podcast/releases/tag/v2.1.0", ContentTypes.Release)]
    [InlineData("https://someone.example.net/posts/podcasts/notes-on-speaking/", ContentTypes.Opinion)]
    public void AnotherAddress_ShouldKeepItsType(string link, string guessed)
        => Assert.Equal(guessed, TypeOf(link, guessed));
}
