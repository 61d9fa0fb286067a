using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit53;

/// <summary>
/// Hostile-input audit 53: a status post's one outbound link becomes the story (<c>StatusPosts.LinkedStory</c>). Furniture is
/// recognised by a mention/hashtag class, the post's own host and Mastodon's profile/tag paths only: another network's
/// profile, another network's post (a Threads post, a Misskey note, a tweet's photo page), a profile's sub-page and a
/// link shortener are each taken as "the page the post points to", and the post's link is replaced by it.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit53StatusPostTests
{
    private static string? LinkOf(string link, string html)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = "A post", Link = link, SummaryHtml = html }, new FeedSource("https://social.example/@someone.rss"), "F").Link;

    private const string Toot = "https://social.example/@a/111544452566443481";
    private const string Tweet = "https://nitter.example/sama/status/1719424500591210559";

    [Theory]
    // A Twitter bridge writes a mention as a plain link to the account on x.com: the post is not about OpenAI's profile page.
    [InlineData(Tweet, """<p>Congrats to the team at <a href="https://x.com/OpenAI">@OpenAI</a> on the launch!</p>""")]
    // A Bluesky handle's profile, linked from Mastodon.
    [InlineData(Toot, """<p>Welcome <a href="https://bsky.app/profile/jay.bsky.team">@jay.bsky.team</a>!</p>""")]
    // A fediverse profile's sub-page.
    [InlineData(Toot, """<p>Follow <a href="https://other.example/@friend/with_replies">her replies</a></p>""")]
    public void AStatusLinkingOnlyAProfile_ShouldKeepItsLink(string post, string html)
        => Assert.Equal(post, LinkOf(post, html));

    [Theory]
    // Another network's post quoted or answered: a pointer again, as a Mastodon status is.
    [InlineData(Toot, """<p>This is wrong: <a href="https://www.threads.net/@zuck/post/C1a2B3c4D5e">threads.net/@zuck/post/C1a2B3c4D5e</a></p>""")]
    [InlineData(Toot, """<p>RE: <a href="https://misskey.io/notes/9n2x7abcd0">misskey.io/notes/9n2x7abcd0</a></p>""")]
    // A tweet's photo page is the tweet.
    [InlineData(Tweet, """<p>Agreed <a href="https://x.com/k8s/status/1719424500591210558/photo/1">pic</a></p>""")]
    public void AStatusQuotingAnotherNetworksPost_ShouldKeepItsLink(string post, string html)
        => Assert.Equal(post, LinkOf(post, html));

    [Fact]
    public void AStatusWhoseOnlyLinkIsAShortener_ShouldNotBeLinkedToTheShortener()
        => Assert.DoesNotContain("t.co/", LinkOf(Tweet, """<p>Gateway API v1.0 is GA <a href="https://t.co/AbC123xyz">t.co/AbC123xyz</a></p>"""), StringComparison.Ordinal);
}
