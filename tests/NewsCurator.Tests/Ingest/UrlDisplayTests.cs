using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>A private feed's credentials, in the user info or the query, never reach a message, health report or API row.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class UrlDisplayTests
{
    [Theory]
    [InlineData("https://reader:S3cret@example.org/feed", "https://***@example.org/feed")]
    [InlineData("https://u:p@ss@example.org/feed?x=1", "https://***@example.org/feed?x=1")]
    [InlineData("https://gitlab.example.org/g/p.atom?feed_token=S3cret", "https://gitlab.example.org/g/p.atom?feed_token=***")]
    [InlineData("https://e.org/rss?page=2&api_key=S3cret&lang=en", "https://e.org/rss?page=2&api_key=***&lang=en")]
    [InlineData("https://e.org/rss?TOKEN=S3cret#top", "https://e.org/rss?TOKEN=***#top")]
    [InlineData("https://b.s3.amazonaws.com/f.xml?X-Amz-Credential=AKIA%2F1&X-Amz-Signature=abc", "https://b.s3.amazonaws.com/f.xml?X-Amz-Credential=***&X-Amz-Signature=***")]
    [InlineData("https://e.org/rss?auth=S3cret;sig=S3cret", "https://e.org/rss?auth=***;sig=***")]
    [InlineData("https://e.org/feed?category=ai&author=jane&design=1", "https://e.org/feed?category=ai&author=jane&design=1")]
    [InlineData("https://e.org/feed?sortkey=date&pageToken=abc&monkey=1&session=spring", "https://e.org/feed?sortkey=date&pageToken=abc&monkey=1&session=spring")]
    [InlineData("https://e.org/feed?private_token=S3cret&Api-Key=S3cret", "https://e.org/feed?private_token=***&Api-Key=***")]
    [InlineData("https://e.org/feed/token=literal-path", "https://e.org/feed/token=literal-path")]
    public void Of_ShouldHideSecretsAndKeepTheRest(string url, string shown)
    {
        Assert.Equal(shown, UrlDisplay.Of(url));
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri)) Assert.Equal(shown, UrlDisplay.Of(uri)); // .NET refuses "p@ss@host"
    }
}
