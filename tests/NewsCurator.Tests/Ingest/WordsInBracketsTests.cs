using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Words in angle brackets that name no element are text (a hostile-input review: a title "Why Vec&lt;T&gt; beats
/// LinkedList&lt;T&gt;" was printed "Why Vec beats LinkedList"); markup of every kind still goes.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class WordsInBracketsTests
{
    [Theory]
    [InlineData("Why Vec<T> beats LinkedList<T> in Rust", "Why Vec<T> beats LinkedList<T> in Rust")]
    [InlineData("A Map<K, V> of Option<String> values", "A Map<K, V> of Option<String> values")]
    [InlineData("Include <stdio.h> and run git clone <url> in <dir>", "Include <stdio.h> and run git clone <url> in <dir>")]
    [InlineData("<p>Use <code>Vec&lt;T&gt;</code> and <T></T> here</p>", "Use Vec<T> and <T></T> here")]
    // Elements, old and new, in any case; custom and namespaced elements; tags with attributes: markup.
    [InlineData("<P>One</P><FONT color=red>two</FONT> <lite-youtube videoid=\"x\">three</lite-youtube> <o:p>four</o:p>", "One\ntwo three four")]
    [InlineData("<widget data=\"1\">five</widget> <math><mi>x</mi><mo>+</mo><mn>1</mn></math>", "five x+1")]
    [InlineData("<script>alert(1)</script>Safe <b>bold</b>", "Safe bold")]
    public void HtmlToText_ShouldKeepWordsInBrackets_AndDropMarkup(string html, string expected)
        => Assert.Equal(expected, HtmlText.ToPlainText(html));

    [Fact]
    public void AnRssTitleEscapedOnce_ShouldKeepItsGenerics()
    {
        const string rss = "<rss version=\"2.0\"><channel><title>Dev</title><item><title>Why Vec&lt;T&gt; beats LinkedList&lt;T&gt;</title>"
                           + "<link>https://dev.example/vec</link><description>&lt;p&gt;Prefer &lt;code&gt;Vec&amp;lt;T&amp;gt;&lt;/code&gt; when the list is short.&lt;/p&gt;</description></item></channel></rss>";
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(rss), new Uri("https://dev.example/feed.xml"));
        var article = ArticleNormalizer.ToArticle(Assert.Single(feed.Items), new FeedSource("https://dev.example/feed.xml"), feed.Title);
        Assert.Equal("Why Vec<T> beats LinkedList<T>", article.Title);
        Assert.Equal("Prefer Vec<T> when the list is short.", article.Text);
    }
}
