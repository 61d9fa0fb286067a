using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Atom content that is a file, or text in base64 (a hostile-input review printed "PHA+VGhlIGRhdGFi..." as a story's
/// summary): a file is no text, and Atom 0.3's mode="base64" is decoded where it is UTF-8 text.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class AtomContentKindTests
{
    private static ParsedItem Entry(string content, string summary = "<summary>The short summary.</summary>")
    {
        var atom = $"""<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><id>1</id><title>T</title><link href="https://e.example/1"/>{summary}{content}</entry></feed>""";
        return Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(atom), new Uri("https://e.example/feed")).Items);
    }

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Base64ModeContent_ShouldBeDecoded_WhenItIsText()
    {
        var item = Entry($"<content type=\"text/html\" mode=\"base64\">{B64("<p>The database maintainers simplified replication.</p>")[..20]}\n{B64("<p>The database maintainers simplified replication.</p>")[20..]}</content>");
        Assert.Equal("<p>The database maintainers simplified replication.</p>", item.ContentHtml);
    }

    [Theory]
    [InlineData("<content type=\"application/pdf\">JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoK</content>")]
    [InlineData("<content type=\"image/png\">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==</content>")]
    // Base64 of bytes that are no UTF-8 text, and no base64 at all.
    [InlineData("<content type=\"text/html\" mode=\"base64\">/9j/4AAQSkZJRgABAQ==</content>")]
    [InlineData("<content type=\"text/html\" mode=\"base64\">not base64 at all!</content>")]
    public void ContentThatIsNoText_ShouldLeaveTheSummaryToSpeak(string content)
    {
        var item = Entry(content);
        Assert.Null(item.ContentHtml);
        Assert.Equal("The short summary.", item.SummaryHtml);
    }

    [Theory]
    [InlineData("<content type=\"application/xhtml+xml\">&lt;p&gt;XML text&lt;/p&gt;</content>", "<p>XML text</p>")]
    [InlineData("<content type=\"text/plain\">Plain words.</content>", "Plain words.")]
    [InlineData("<content type=\"html\">&lt;p&gt;Escaped HTML&lt;/p&gt;</content>", "<p>Escaped HTML</p>")]
    public void TextualContent_ShouldBeKept(string content, string expected)
        => Assert.Equal(expected, Entry(content).ContentHtml);
}
