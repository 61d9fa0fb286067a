using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A page's script that a site generator flattened into an item's text is no words of the story (held-out review 118, F8); a
/// tutorial's words about jQuery, and text with no script, are left as they are.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PageScriptTests
{
    private const string Election = "The CCSS Elections have begun! We're excited to announce 15 candidates. $(document).ready(function(){ shuffle(); function shuffle(){ "
        + "$(\".president\").each(function(){ var divs = $(this).find('div'); for(var i = 0; i The Candidates are: President: Sarah Ali.";

    [Fact]
    public void AnElectionPostWithItsPagesShuffleScript_ShouldLoseTheScript()
        => Assert.Equal("The CCSS Elections have begun! We're excited to announce 15 candidates. The Candidates are: President: Sarah Ali.", PageScript.Without(Election));

    [Fact]
    public void AnItemsText_ShouldBeStoredWithoutTheScript()
    {
        var xml = "<rss version=\"2.0\"><channel><title>CCSS</title><link>https://ccss.example.ca/</link><item><title>Election Candidate Platforms</title>"
                  + $"<link>https://ccss.example.ca/posts/election/</link><description>{System.Security.SecurityElement.Escape(Election)}</description></item></channel></rss>";
        var article = ArticleNormalizer.ToArticle(FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://ccss.example.ca/index.xml")).Items.Single(), new FeedSource("https://ccss.example.ca/index.xml"), "CCSS");
        Assert.DoesNotContain("document).ready", article.Text, StringComparison.Ordinal);
        Assert.Contains("The Candidates are: President: Sarah Ali.", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A tutorial's sentence about the ready handler: no run of statements.
    [InlineData("Use $(document).ready(function(){ ... }) to wait for the DOM. This ensures your handlers find their elements.")]
    [InlineData("Wrap your code in $(function() { init(); }) and it runs once the page is loaded. That is all it takes.")]
    // A news story about documents and windows.
    [InlineData("The window of opportunity is closing, says the document the company filed on Monday; investors were told to expect a decision.")]
    // Code review 52, R3: prose that is not capitalised Latin after a script, and code shown with its line breaks.
    [InlineData("在页面加载后运行代码：$(document).ready(function(){ var a = 1; var b = 2; init(a); run(b); }); 这样可以确保元素已经存在。然后我们绑定事件处理程序。")]
    [InlineData("Here is the code:\n$(document).ready(function(){\n  var a = 1;\n  var b = 2;\n  init(a);\n});\nThe handler runs once the DOM is ready.")]
    public void TextThatIsNoPagesScript_ShouldStayAsItIs(string text)
        => Assert.Equal(text, PageScript.Without(text));
}
