using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Held-out review 117, F3: an IndieWeb site titles its h-event "Event" and names the event in its link's title ("Homebrew
/// Website Club SF"); "Event" was printed as the headline. A title that is only a post kind's name or a placeholder gives way
/// to the entry's link title, else to the text's opening. A headline that merely starts with such a word keeps its words.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PostKindTitleTests
{
    [Fact]
    public void AnAtomEntryTitledEvent_ShouldTakeItsLinksTitle()
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Tantek</title><id>https://tantek.example/</id>
            <entry><id>https://tantek.example/2017/305/e1</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Event</div></title>
            <link rel="alternate" type="text/html" title="Homebrew Website Club SF" href="https://tantek.example/2017/305/e1/homebrew-website-club"/>
            <content type="html">When: 2017-11-01 17:30…19:30 Where: Mozilla San Francisco</content><published>2017-10-29T10:00:00Z</published></entry>
            <entry><id>https://tantek.example/2017/305/e2</id><title>Event Horizon Telescope images a second black hole</title>
            <link rel="alternate" type="text/html" title="EHT" href="https://tantek.example/2017/305/e2"/>
            <content type="html">The collaboration released its second image today.</content><published>2017-10-29T10:00:00Z</published></entry>
            <entry><id>https://tantek.example/2017/305/e3</id><title>Note</title>
            <link rel="alternate" type="text/html" href="https://tantek.example/2017/305/e3"/>
            <content type="html">Text.</content><published>2017-10-29T10:00:00Z</published></entry>
            </feed>
            """), new Uri("https://tantek.example/updates.atom"));
        Assert.Equal(["Homebrew Website Club SF", "Event Horizon Telescope images a second black hole", "Note"], feed.Items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("Untitled")]
    [InlineData("Note")]
    [InlineData("(Untitled)")]
    public void APlaceholderTitle_ShouldGiveWayToTheTextsOpening(string title)
    {
        var article = ArticleNormalizer.ToArticle(new ParsedItem { Title = title, Link = "https://notes.example/2026/10/03/1", ContentHtml = "<p>Switching from a custom blog engine to Hugo halved my build times. Here is what broke on the way.</p>" },
            new FeedSource("https://notes.example/feed.xml"), "Notes");
        Assert.StartsWith("Switching from a custom blog engine to Hugo", article.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Notes on Rust's borrow checker")]
    [InlineData("Event sourcing in practice")]
    [InlineData("Status")]
    public void ARealHeadline_OrAPlaceholderWithNoTextToStandIn_ShouldStay(string title)
    {
        var text = title == "Status" ? "" : "<p>Switching from a custom blog engine to Hugo halved my build times. Here is what broke on the way.</p>";
        var article = ArticleNormalizer.ToArticle(new ParsedItem { Title = title, Link = "https://notes.example/2026/10/03/2", ContentHtml = text },
            new FeedSource("https://notes.example/feed.xml"), "Notes");
        Assert.Equal(title, article.Title);
    }
}
