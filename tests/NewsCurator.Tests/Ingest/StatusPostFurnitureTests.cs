using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A status post's link that is another network's furniture or pointer keeps the post's own link (hostile-input audit 53,
/// H2): an account a bridge wrote as a plain link, a Bluesky profile, a profile's tab, a Threads post, a Misskey note, a
/// tweet's photo page; a shortener hides the story, and a reader is not sent through it. A real page stays the story.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class StatusPostFurnitureTests
{
    private static string? LinkOf(string link, string html)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = "A post", Link = link, SummaryHtml = html }, new FeedSource("https://social.example/@someone.rss"), "F").Link;

    private const string Toot = "https://fedi.example/@dev/112233445566778899";
    private const string Tweet = "https://bridge.example/rustlang/status/1801234567890123456";

    [Theory]
    [InlineData(Tweet, """<p>Thanks <a href="https://twitter.com/rustconf">@rustconf</a> for having us</p>""")]
    [InlineData(Toot, """<p>Say hi to <a href="https://bsky.app/profile/alice.example.com">@alice.example.com</a></p>""")]
    [InlineData(Toot, """<p>Her pictures: <a href="https://photos.example/@bob/media">media</a></p>""")]
    [InlineData(Toot, """<p>Not so: <a href="https://www.threads.net/@someone/post/DAbC1dEf2Gh">threads</a></p>""")]
    [InlineData(Toot, """<p>Replying to <a href="https://misskey.example/notes/9q1w2e3r4t">a note</a></p>""")]
    [InlineData(Tweet, """<p>This one <a href="https://x.com/ferris/status/1801234567890123455/video/1">video</a></p>""")]
    [InlineData(Tweet, """<p>Rust 1.80 is out <a href="https://bit.ly/4aBcDeF">bit.ly/4aBcDeF</a></p>""")]
    public void AStatusLinkingAnotherNetworksPageOrAShortener_ShouldKeepItsLink(string post, string html)
        => Assert.Equal(post, LinkOf(post, html));

    [Theory]
    // A story on a network company's other host, and a Medium story under its author's "@", are pages of their own.
    [InlineData("""<p>How we scaled search <a href="https://blog.x.com/engineering/en_us/topics/search">blog.x.com/engineering</a></p>""", "https://blog.x.com/engineering/en_us/topics/search")]
    [InlineData("""<p>Worth a read <a href="https://medium.example/@writer/why-rust-matters-3f2a1b">medium.example/@writer/why-rust…</a></p>""", "https://medium.example/@writer/why-rust-matters-3f2a1b")]
    public void AStatusLinkingARealPage_ShouldStillBeLinkedToIt(string html, string story)
        => Assert.Equal(story, LinkOf(Toot, html));

    // Code review 45, R9: a site's "/notes/" page whose slug is ten letters and digits is no Misskey note (a note's id
    // opens on its time since 2000 in base 36): linked from a status it is the story, and as an item's own link it makes
    // no status post of a notes blog's entry.
    [Theory]
    [InlineData("https://blog.example/notes/k8sv129rel")]
    [InlineData("https://blog.example/notes/2024recap1")]
    public void ASitesNotesPage_ShouldBeAPageOfItsOwn(string page)
    {
        Assert.Equal(page, LinkOf(Toot, $"""<p>Worth a read <a href="{page}">the notes</a></p>"""));
        Assert.Equal(page, LinkOf(page, """<p>My notes on <a href="https://kubernetes.example/blog/release">the release</a></p>"""));
    }
}
