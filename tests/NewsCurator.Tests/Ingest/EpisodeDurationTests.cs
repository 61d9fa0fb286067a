using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Newsletter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// An episode's stated length (itunes:duration, media:content's duration, JSON Feed's duration_in_seconds) reaches the
/// newsletter as "5 min listen": a podcast's notes say nothing of how long it plays (thirty-third held-out review, F9).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class EpisodeDurationTests
{
    private static ParsedFeed Parse(string text) => FeedParser.Parse(Encoding.UTF8.GetBytes(text), new Uri("https://pod.example.org/feed.xml"));

    [Theory]
    [InlineData("300", 300)]
    [InlineData(" 5:00 ", 300)]
    [InlineData("1:02:03", 3723)]
    [InlineData("00:05:00.250", 300)]
    [InlineData("65:10", 3910)] // minutes past 59 in the first part, as many hosts write an hour's episode
    [InlineData("0", null)]
    [InlineData("5:60", null)]
    [InlineData("1:2:3:4", null)]
    [InlineData("five minutes", null)]
    [InlineData("-300", null)]
    [InlineData("5:", null)]
    [InlineData("100000", null)] // over a day: a generator's milliseconds, no episode's length
    [InlineData("", null)]
    public void Seconds_ShouldReadItunesForms_AndRefuseWhatStatesNoLength(string text, int? expected)
        => Assert.Equal(expected, MediaDuration.Seconds(text));

    [Theory]
    [InlineData(300, "5 min")]
    [InlineData(301, "6 min")]
    [InlineData(20, "1 min")]
    [InlineData(3600, "1 h")]
    [InlineData(3723, "1 h 3 min")]
    public void Label_ShouldCountAStartedMinute(int seconds, string expected) => Assert.Equal(expected, MediaDuration.Label(seconds));

    [Fact]
    public void Rss_ShouldReadItunesDuration_ThenMediaContent_AndIgnoreAnotherVocabularysDuration()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/DTDs/Podcast-1.0.dtd" xmlns:media="http://search.yahoo.com/mrss/" xmlns:x="urn:x">
            <channel><title>Pod</title>
            <item><title>A</title><link>https://pod.example.org/a</link><itunes:duration>00:42:10</itunes:duration></item>
            <item><title>B</title><link>https://pod.example.org/b</link><media:group><media:content url="https://cdn.example.org/b.mp4" type="video/mp4" duration="95"/></media:group></item>
            <item><title>C</title><link>https://pod.example.org/c</link><x:duration>300</x:duration></item>
            <item><title>D</title><link>https://pod.example.org/d</link><itunes:duration>soon</itunes:duration><media:content url="https://cdn.example.org/d.mp3" duration="61"/></item>
            </channel></rss>
            """);
        Assert.Equal([2530, 95, null, 61], feed.Items.Select(i => i.DurationSeconds));
    }

    [Fact]
    public void JsonFeed_ShouldReadTheFirstAttachmentsDuration_AsNumberOrDigits()
    {
        var feed = Parse("""
            {"version": "https://jsonfeed.org/version/1.1", "title": "Pod", "items": [
              {"id": "1", "url": "https://pod.example.org/1", "content_text": "n", "attachments": [{"url": "https://cdn.example.org/1.mp3", "mime_type": "audio/mpeg", "duration_in_seconds": 1799.6}]},
              {"id": "2", "url": "https://pod.example.org/2", "content_text": "n", "attachments": [{"url": "https://cdn.example.org/2.mp3", "mime_type": "audio/mpeg", "duration_in_seconds": "600"}]},
              {"id": "3", "url": "https://pod.example.org/3", "content_text": "n", "attachments": [{"url": "https://cdn.example.org/3.mp3", "mime_type": "audio/mpeg", "duration_in_seconds": 1e999}]},
              {"id": "4", "url": "https://pod.example.org/4", "content_text": "n", "attachments": [{"url": "https://cdn.example.org/4.mp3", "duration_in_seconds": true}]}]}
            """);
        Assert.Equal([1800, 600, null, null], feed.Items.Select(i => i.DurationSeconds));
    }

    [Fact]
    public void Newsletter_ShouldPrintAnEpisodesLength_ListenOrWatchByItsType_AndKeepListenOrWatchWithoutOne()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>AI Tech Daily</title>
            <item><title>Episode on inference costs</title><link>https://pod.example.org/1</link><description>Notes.</description>
              <enclosure url="https://cdn.example.org/1.mp3" type="audio/mpeg" length="1"/><itunes:duration>300</itunes:duration></item>
            </channel></rss>
            """);
        var article = ArticleNormalizer.ToArticle(feed.Items[0], new FeedSource("https://pod.example.org/feed.xml"), feed.Title);
        EnhancedArticle Entry(Article a, int rank) => new()
        {
            Article = a with { Id = $"id{rank}" }, Score = new ArticleScore { Id = $"id{rank}", ContentType = ContentTypes.Podcast }, Rank = rank,
            Summary = "s", Topics = ["AI & Machine Learning"], Preview = "p", ReadingTimeMinutes = 1, IsEpisode = true,
        };
        var video = article with { EnclosureType = "video/mp4", DurationSeconds = 3723 };
        var unstated = article with { DurationSeconds = null };
        var model = NewsletterRenderer.BuildModel("Brief", "run-1", new DateTimeOffset(2026, 12, 5, 6, 0, 0, TimeSpan.Zero),
            [Entry(article, 1), Entry(video, 2), Entry(unstated, 3)], 100, 10);
        var (html, text) = new NewsletterRenderer().Render(model);

        Assert.Contains("AI Tech Daily | 5 min listen | podcast", text, StringComparison.Ordinal);
        Assert.Contains("1 h 3 min watch", text, StringComparison.Ordinal);
        Assert.Contains("AI Tech Daily | listen or watch | podcast", text, StringComparison.Ordinal);
        Assert.Contains("AI Tech Daily &middot; 5 min listen &middot; podcast", html, StringComparison.Ordinal);
        // A length belongs to episodes only: an article's own reading time is unchanged.
        Assert.Null(NewsletterRenderer.ToEntry(Entry(article, 4) with { IsEpisode = false }).PlayTime);
    }
}
