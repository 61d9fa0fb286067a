using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// An opening paragraph that is "by" and an author list is no word of the text, in escaped or unescaped markup (held-out
/// review 81, F4); a sentence that opens with "By" keeps its words.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class OpeningAuthorListTests
{
    private static Article FromAtom(string content)
    {
        var atom = $"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Journal</title><entry><id>10.1/x</id><title>Paper</title><link href="https://journal.example.org/x"/><author><name>Ada B. Lind</name></author>{content}</entry></feed>""";
        var item = Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(atom), new Uri("https://journal.example.org/feed")).Items);
        return ArticleNormalizer.ToArticle(item, new FeedSource("https://journal.example.org/feed"), "Journal");
    }

    private const string Sentence = "Across the cortex, information is carried by many neurons at once. Such codes are robust to noise.";

    [Fact]
    public void UnescapedAuthorParagraph_ShouldBeTakenOff()
        => Assert.Equal(Sentence, FromAtom($"<content type=\"html\"><p>by Ada B. Lind, Tomas KW van Berg, Jo Park</p> {Sentence}</content>").Text);

    [Fact]
    public void EscapedAuthorParagraph_ShouldBeTakenOff()
        => Assert.Equal(Sentence, FromAtom($"<content type=\"html\">&lt;p&gt;by Ada B. Lind, Tomas KW van Berg and Jo Park&lt;/p&gt; {Sentence}</content>").Text);

    [Fact]
    public void SentenceOpeningWithBy_ShouldKeepItsWords()
    {
        const string text = "By Monday, Alice, Bob and Carol had signed the letter. The board answered a week later with a new plan.";
        Assert.Equal(text, FromAtom($"<content type=\"html\">&lt;p&gt;{text}&lt;/p&gt;</content>").Text);
    }
}
