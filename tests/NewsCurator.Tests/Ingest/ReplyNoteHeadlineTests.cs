using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A social note used as its own title (an IndieWeb site's Atom title holds the whole note): its reply addressing and bare links
/// are no headline (held-out review 117, F1), and a note that writes its tags in its running text keeps its closing tags, its
/// last clause's words (review 117, F9). Headlines of other kinds read as before.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ReplyNoteHeadlineTests
{
    private static Article AtomEntry(string titleXhtml, string contentXhtml)
    {
        var xml = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title><link href="https://notes.example/"/><id>https://notes.example/</id><updated>2017-10-31T04:20:00Z</updated>
            <entry><id>https://notes.example/2017/303/t3</id><link href="https://notes.example/2017/303/t3"/><updated>2017-10-31T04:20:00Z</updated>
            <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{titleXhtml}</div></title>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{contentXhtml}</div></content></entry></feed>
            """;
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://notes.example/updates.atom"));
        return ArticleNormalizer.ToArticleOrNull(feed.Items[0], new FeedSource("https://notes.example/updates.atom"), feed.Title, feed.Link)!;
    }

    private static Article RssItem(string title, string text, string link = "https://news.example/1")
    {
        var xml = $"<rss version=\"2.0\"><channel><title>News</title><link>https://news.example/</link><item><title>{title}</title><link>{link}</link>" +
                  $"<description><![CDATA[{text}]]></description></item></channel></rss>";
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://news.example/feed.xml"));
        return ArticleNormalizer.ToArticleOrNull(feed.Items[0], new FeedSource("https://news.example/feed.xml"), feed.Title, feed.Link)!;
    }

    // The finding's probe: the note opens on its addressing line.
    [Fact]
    public void AReplyNotesAddressing_ShouldNotLeadItsHeadline()
    {
        const string note = ".@beep https://ethanmarcotte.com/wrote/seven-into-seven/\n&amp; @adactio https://adactio.com/journal/13035\n"
                            + "I.e. #AMP is #openwashing not #openweb, similar to #schema before it.";
        var title = AtomEntry(note, note).Title;
        Assert.DoesNotContain("http", title, StringComparison.Ordinal);
        Assert.False(title.StartsWith('.') || title.StartsWith('@'), title);
        Assert.Equal("AMP is openwashing not openweb, similar to schema before it.", title);
    }

    // The note as its feed gave it: the whole note in its title, cut to a title's length with the addressing in it.
    [Fact]
    public void AReplyNoteCutWithItsAddressing_ShouldBeHeadedByItsWholeSentences()
    {
        const string note = ".@beep https://ethanmarcotte.com/wrote/seven-into-seven/\n&amp; @adactio https://adactio.com/journal/13035\n"
                            + "I.e. #AMP is #openwashing not #openweb, similar to #schema before it.\nIt has appearances or aspects of being open (e.g. with "
                            + "defensive statements like \"non-google committers\"), but in practice is proprietarily controlled/governed (free community labor "
                            + "for corporate leaders), and designed to bias an otherwise seemingly open ecosystem towards a single company.";
        Assert.Equal("AMP is openwashing not openweb, similar to schema before it.", AtomEntry(note, note).Title);
    }

    [Theory]
    [InlineData(".@alice @bob thanks both, the fix for the parser landed in 2.4 today", "Thanks both, the fix for the parser landed in 2.4 today")]
    [InlineData("@carol https://example.org/posts/42 agreed: the spec should say so", "Agreed: the spec should say so")]
    public void OtherReplyForms_ShouldLoseTheirAddressing(string title, string expected)
        => Assert.Equal(expected, RssItem(title, "A note with a longer text than its title, so the title is kept as the headline of it.").Title);

    // One handle opening words is the sentence's subject; a link alone opening words is read as its host; a headline with no
    // addressing reads as before (a real news story, a release note, a tutorial).
    [Theory]
    [InlineData("@nasa launches its new lunar rover on Friday", "@nasa launches its new lunar rover on Friday")]
    [InlineData("https://example.com is now served over IPv6 everywhere", "https://example.com is now served over IPv6 everywhere")]
    // Code review 52, R4 and R5: handles alone are a compound subject; in a short headline the address may be the subject.
    [InlineData("@OpenAI and @Microsoft announce a new partnership on AI safety research", "@OpenAI and @Microsoft announce a new partnership on AI safety research")]
    [InlineData("@nasa @esa confirm joint Mars sample return plan for 2030", "@nasa @esa confirm joint Mars sample return plan for 2030")]
    [InlineData("Why https://securitytxt.org/.well-known/security.txt matters for your site", "Why https://securitytxt.org/.well-known/security.txt matters for your site")]
    // A note's text as its title: the address's host stands for it.
    [InlineData("Spent the afternoon reading the new spec draft and it finally gets the caching rules right, see https://example.org/spec/draft-3",
        "Spent the afternoon reading the new spec draft and it finally gets the caching rules right, see example.org")]
    [InlineData("Why we moved from https://old.example.net/docs to a new docs site", "Why we moved from https://old.example.net/docs to a new docs site")]
    [InlineData("EU fines Apple €500m over App Store rules", "EU fines Apple €500m over App Store rules")]
    [InlineData("Rust 1.80 released with LazyCell and LazyLock", "Rust 1.80 released with LazyCell and LazyLock")]
    [InlineData("How to set up WireGuard on a Raspberry Pi", "How to set up WireGuard on a Raspberry Pi")]
    public void HeadlinesWithoutAReplysAddressing_ShouldReadAsBefore(string title, string expected)
        => Assert.Equal(expected, RssItem(title, "The story's text, longer than its headline, says what happened and why it matters to readers.").Title);

    // Review 117, F9: a note whose running text uses tags and @mentions ends on a clause of tags; without them "ThF" dangled.
    [Fact]
    public void ANotesClosingTags_ShouldStayWhereItWritesTagsInItsText()
    {
        const string note = "at #w3cTPAC all week: MT @CSSWG; I made a new draft W Intro’d &amp; facilitated @W3C Plenary day #BarCamp ThF #WPWG #WICG";
        Assert.EndsWith("ThF #WPWG #WICG", AtomEntry(note, note).Title, StringComparison.Ordinal);
    }

    // Tags appended to a headline are labels and still go (fifty-first held-out review, F7), on a video's title and a blog's.
    [Theory]
    [InlineData("Why AI Can't Think Like You #ai #shorts", "https://www.youtube.com/watch?v=abc123", "Why AI Can't Think Like You")]
    [InlineData("Ten things I learned running Postgres in production #postgres #devops", "https://blog.example/postgres", "Ten things I learned running Postgres in production")]
    public void TagsAppendedToAHeadline_ShouldStillGo(string title, string link, string expected)
        => Assert.Equal(expected, RssItem(title, "The story's text, longer than its headline, says what happened and why it matters to readers.", link).Title);
}
