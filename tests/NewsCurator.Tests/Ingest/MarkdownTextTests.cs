using System.Text;
using NewsCurator.Enhance;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Markdown where a feed promised HTML or plain text (held-out review 10, F2): read as Markdown, in the shape an
/// HTML item's text takes; prose and HTML that merely hold a mark stay as they were. The texts are made up here.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class MarkdownTextTests
{
    private const string Post =
        "## Overview  \n" +
        "We describe **Quokka**, a small tool that checks *before* each deploy whether the schema moved.\n\n" +
        "## What it does\n" +
        "- Reads the `migrations` folder and the live database.\n" +
        "- Reports every table whose columns differ.\n" +
        "1. Then it waits for a person to agree.\n\n" +
        "Install it with:\n\n" +
        "```bash\nsudo apt install quokka\n```\n\n" +
        "![diagram](/images/quokka/flow.png)\n\n" +
        "> Read the [full manual](https://quokka.example/docs) for details.\n\n" +
        "---\n" +
        "That is all for this release.";

    [Fact]
    public void AMarkdownPost_ShouldReadAsHtmlTextWouldReadIt()
    {
        Assert.True(MarkdownText.IsMarkdown(Post));
        var text = MarkdownText.ToPlainText(Post);
        var lines = text.Split('\n');
        Assert.Equal("Overview", lines[0]);
        Assert.Equal("We describe Quokka, a small tool that checks before each deploy whether the schema moved.", lines[1]);
        Assert.Equal("What it does", lines[2]);
        Assert.Equal(HtmlText.ListItemMarker + "Reads the migrations folder and the live database.", lines[3]);
        Assert.Equal(HtmlText.ListItemMarker + "Reports every table whose columns differ.", lines[4]);
        Assert.Equal(HtmlText.ListItemMarker + "Then it waits for a person to agree.", lines[5]);
        Assert.Equal("Install it with:", lines[6]);
        // Fenced code stays, on its own line without the fence, as <pre> does in an HTML item.
        Assert.Equal("sudo apt install quokka", lines[7]);
        // The image goes; the link keeps its label; the quote and the rule lose their marks.
        Assert.Equal("Read the full manual for details.", lines[8]);
        Assert.Equal("That is all for this release.", lines[9]);
        Assert.Equal(10, lines.Length);
        Assert.DoesNotContain("*", text);
        Assert.DoesNotContain("`", text);
        Assert.DoesNotContain("#", text);
        Assert.DoesNotContain("](", text);
    }

    [Fact]
    public void MarkdownWithEmbeddedHtmlBlocks_ShouldStillBeRead_ItsCommentsAndBlocksAsHtml()
    {
        const string md = "The site is **online** now.\n\n<!--more-->\n\n<div class=\"columns\">\n  <video controls src=\"x.mp4\"></video>\n</div>\n\n" +
                          "Building it takes three steps:\n\n- Install the software.\n- Make the board.\n- Print the case.";
        Assert.True(MarkdownText.IsMarkdown(md));
        Assert.Equal("The site is online now.\nBuilding it takes three steps:\n• Install the software.\n• Make the board.\n• Print the case.", MarkdownText.ToPlainText(md));
    }

    [Theory]
    // Twenty-first held-out review, F2: a placeholder in a code span made a changelog's Markdown read as HTML, its change
    // lines one line and the release printed with no summary.
    [InlineData("- Added `claude plugin eval`: run a plugin's eval suite and get scored results\n- Added skills as `anthropic-skills:<name>` to the menu\n- Fixed the prompt cache after a cut-off response")]
    [InlineData("- Added `List<T>` overloads to the client\n- Fixed a crash when the config was empty\n- Fixed paths under `<base-dir>/_sessions/`")]
    [InlineData("Run the tool on any folder:\n\n```\nmytool --out <path> <input>\n```\n\n- It writes **one** file\n- It is fast")]
    public void MarkdownWithTagShapedTextInCode_ShouldStillBeRead(string md)
    {
        Assert.True(MarkdownText.IsMarkdown(md));
        Assert.True(MarkdownText.ToPlainText(md).Split('\n').Length >= 3, MarkdownText.ToPlainText(md));
    }

    [Fact]
    public void MarkdownNotes_WithAnInlineLinkAppended_ShouldStillBeRead()
    {
        // Fifty-fifth held-out review, F2: a link blog appends "<br><a href=...>" to each Markdown note, and its "**bold**" and
        // "[label](url)" stayed as written in the text, the preview and the exports.
        const string md = "The short version: Concurrency is difficult due to the **state space explosion** that occurs when you distribute a system.\n\n" +
                          "It is a neat demonstration, and [Grug](https://lovergne.dev/archive/grub-brain) agrees.<br><a href=\"https://example.org/concurrency\">https://example.org/concurrency</a>";
        Assert.True(MarkdownText.IsMarkdown(md));
        Assert.Equal("The short version: Concurrency is difficult due to the state space explosion that occurs when you distribute a system.\n"
            + "It is a neat demonstration, and Grug agrees.\nhttps://example.org/concurrency", MarkdownText.ToPlainText(md));
        // One mark beside inline tags is what an HTML description carries by chance, whatever its feed writes.
        Assert.False(MarkdownText.IsMarkdown("Read **this** now.<br><a href=\"https://example.org/x\">the source</a>", feedWritesMarkdown: true));
    }

    [Fact]
    public void HtmlWithTagsOutsideItsCode_ShouldStillBeHtml()
        => Assert.False(MarkdownText.IsMarkdown("<p>Use `x` and **y** here</p>\n- one\n- two"));

    [Theory]
    [InlineData("We ported the parser from C# and F# to Rust, and it is 2*3*4 times faster.\nIt ships today.")]
    [InlineData("The gap a - b shrank.\n- Signed, the team\nOne more *stray asterisk here.")]
    [InlineData("Call snake_case_names from file_name.py with **kwargs, as the docs say.\nNothing else changes.")]
    [InlineData("Tickets cost $5 or $10 at the door.\n# 1 fan club\nSee you there.")]
    [InlineData("<p>Use **bold** and `code` in your <em>comments</em>:</p><ul><li>- one</li><li>- two</li></ul>")]
    [InlineData("<p>Prices went up 2*3 percent</p>\n<p>## not a heading</p>\n<p>**Note**: see [the doc](https://example.org).</p>")]
    public void TextThatIsNotMarkdown_ShouldBeLeftAlone(string text)
        => Assert.False(MarkdownText.IsMarkdown(text));

    [Fact]
    public void EmphasisMarks_ShouldGoOnlyWhenPairedAtWordBoundaries()
    {
        const string md = "# Notes\n\nIt is **fast** and _very much_ so: 2*3*4 stays, snake_case_names and file_name.py stay, " +
                          "`f(**kwargs)` stays, __init__ stays, ~~old~~ goes.";
        Assert.Equal("Notes\nIt is fast and very much so: 2*3*4 stays, snake_case_names and file_name.py stay, f(**kwargs) stays, __init__ stays, old goes.",
            MarkdownText.ToPlainText(md));
    }

    [Theory]
    [InlineData("DTRU-like KEM with Double $E_8$ Encoding", "DTRU-like KEM with Double E_8 Encoding")]
    [InlineData("Broadcast among $n$ servers", "Broadcast among n servers")]
    // TeX proper is read as text too (held-out review 102, F2).
    [InlineData("A $\\mathcal{O}(1)$ depth circuit", "A O(1) depth circuit")]
    [InlineData("Tickets at $5 or $10, and $5-$10 for kids", "Tickets at $5 or $10, and $5-$10 for kids")]
    [InlineData("**Quokka**: checking `schema` drift", "Quokka: checking schema drift")]
    [InlineData("**Double $E_8$ encoding** and *`Vec<T>` types*", "Double E_8 encoding and Vec<T> types")]
    [InlineData("Why 2*3*4 and __init__ and snake_case matter", "Why 2*3*4 and __init__ and snake_case matter")]
    [InlineData("C# and F# in [one project](https://example.org/x)", "C# and F# in one project")]
    public void ATitle_ShouldLoseItsInlineMarks_AndKeepEverythingElse(string title, string expected)
        => Assert.Equal(expected, MarkdownText.WithoutInlineMarks(title));

    [Fact]
    public void SimpleMathInAnHtmlBody_ShouldBeReadAsItself_WhereNoOtherMarkdownIs()
    {
        // Fifteenth held-out review, F3: an abstract with TeX and no other Markdown kept "$(k,n)$" and "$n$" into a summary.
        const string body = "<p>A $(k,n)$-robust combiner merges $n$ candidate groups into one that remains secure if at least $k$ are secure. "
                            + "Its cost is $\\mathcal{O}(n)$ per query, and licences cost $5 or $10.</p>";
        var rss = $"<rss version=\"2.0\"><channel><title>Papers</title><item><title>Combiners</title><link>https://papers.example/c</link><description><![CDATA[{body}]]></description></item></channel></rss>";
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(rss), new Uri("https://papers.example/feed.xml"));
        var article = ArticleNormalizer.ToArticleOrNull(Assert.Single(feed.Items), new FeedSource("https://papers.example/feed.xml"), feed.Title);
        Assert.NotNull(article);
        Assert.Equal("A (k,n)-robust combiner merges n candidate groups into one that remains secure if at least k are secure. "
                     + "Its cost is O(n) per query, and licences cost $5 or $10.", article.Text);
    }

    [Fact]
    public void CodeInAFence_ShouldKeepWhatLooksLikeMarksAndTags()
    {
        const string md = "## Example\n\nThe `Vec<T>` type, **generic**:\n\n```rust\nlet v: Vec<T> = **x;\n# not a heading\n```";
        Assert.Equal("Example\nThe Vec<T> type, generic:\nlet v: Vec<T> = **x;\n# not a heading", MarkdownText.ToPlainText(md));
    }

    [Fact]
    public void AJsonFeedItemWhoseContentHtmlIsMarkdown_ShouldGiveCleanText_AndLeadWithItsBoldNamedSentence()
    {
        var content = "## Core Contribution\n" +
                      "**Wombat** presents a compact framework that verifies sensor firmware updates before devices install them. " +
                      "Wombat checks every update against a signed manifest and rejects firmware whose hash differs from it. " +
                      "In tests on ten thousand devices Wombat rejected every tampered update and slowed installs by two seconds.\n\n" +
                      "## Results\n" +
                      "- Verification costs **two seconds** per update.\n" +
                      "- The manifest format is `json`, see [the spec](https://wombat.example/spec).";
        var json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Digest\",\"items\":[{\"id\":\"w1\",\"url\":\"https://digest.example/w1\"," +
                   "\"title\":\"Wombat: verified **firmware** updates with $E_8$ codes\",\"content_html\":" + System.Text.Json.JsonSerializer.Serialize(content) + "}]}";
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(json), new Uri("https://digest.example/feed.json"));
        var article = ArticleNormalizer.ToArticleOrNull(Assert.Single(feed.Items), new FeedSource("https://digest.example/feed.json"), feed.Title);

        Assert.NotNull(article);
        Assert.Equal("Wombat: verified firmware updates with E_8 codes", article.Title);
        Assert.StartsWith("Core Contribution\nWombat presents a compact framework", article.Text);
        Assert.Contains(HtmlText.ListItemMarker + "Verification costs two seconds per update.", article.Text);
        Assert.Contains(HtmlText.ListItemMarker + "The manifest format is json, see the spec.", article.Text);
        foreach (var mark in new[] { "**", "##", "`", "](" }) Assert.DoesNotContain(mark, article.Text);

        var language = LanguageDetector.Detect(article.Title + ". " + article.Text);
        var summary = Summarizer.Summarize(article.Title, article.Text, article.Description, Words.Truncate(article.Text, 200), 3, language);
        Assert.StartsWith("Wombat presents a compact framework", summary.Text);
        Assert.Empty(SummaryChecker.Check(summary.Text, language, 3));
    }

    [Fact]
    public void InAFeedWhoseOtherItemsAreMarkdown_OneConstructShouldBeEnough()
    {
        const string onlyALink = "The kit's settings are shared here: [https://kits.example/td](https://kits.example/td).\nIt takes a minute to install.";
        Assert.False(MarkdownText.IsMarkdown(onlyALink));
        Assert.True(MarkdownText.IsMarkdown(onlyALink, feedWritesMarkdown: true));
        // A stray asterisk or a lone dash line is no construct, in any feed.
        Assert.False(MarkdownText.IsMarkdown("Rates rose 2*3 points.\n- the desk", feedWritesMarkdown: true));

        var items = new List<ParsedItem>
        {
            new() { Title = "Kit", Link = "https://kits.example/1", ContentHtml = onlyALink },
            new() { Title = "News", Link = "https://kits.example/2", ContentHtml = "## News\n\nThe **new** release is out." },
        };
        Assert.True(ArticleNormalizer.IsMarkdownFeed(items));
        Assert.False(ArticleNormalizer.IsMarkdownFeed(items.Take(1)));
        var article = ArticleNormalizer.ToArticleOrNull(items[0], new FeedSource("https://kits.example/feed.json"), "Kits", markdownFeed: true);
        Assert.Equal("The kit's settings are shared here: https://kits.example/td. It takes a minute to install.", article?.Text);
    }

    [Fact]
    public void HtmlWithAnAsterisk_ShouldReadAsBefore()
    {
        var item = new ParsedItem { Title = "Rates", Link = "https://example.org/a", ContentHtml = "<p>Rates rose 2*3 points, **not** more.</p><p>- a dash line</p>" };
        var article = ArticleNormalizer.ToArticle(item, new FeedSource("https://example.org/feed"), "Example");
        Assert.Equal(HtmlText.ToPlainText(item.ContentHtml), article.Text);
    }

    [Fact(Timeout = 60_000)]
    public async Task ALongLineOfUnpairedMarks_ShouldBeReadInOnePass()
    {
        // A hostile feed's megabyte of openers that never close: each may look only a phrase ahead, never to the end.
        var line = string.Concat(Enumerable.Repeat("**a *b _c $d [e ~~f ", 40_000)).TrimEnd();
        var md = "# Title\n\n- one\n- two\n\n" + line;
        var text = await Task.Run(() => MarkdownText.ToPlainText(md));
        Assert.StartsWith("Title\n• one\n• two\n**a", text);
        Assert.EndsWith(line, text);
        Assert.Equal(line, await Task.Run(() => MarkdownText.WithoutInlineMarks(line)));
    }

    [Theory]
    // Forty-sixth held-out review, F5: the Rust blog's HTML kept its source's reference links.
    [InlineData("We want to hear your [✨ shiny future ✨][sf] stories.\n[sf]: https://blog.example.org/sf", "We want to hear your ✨ shiny future ✨ stories.\n")]
    [InlineData("submitted by /u/jane to r/space\n[link][comments]", "submitted by /u/jane to r/space\n[link][comments]")]
    [InlineData("Read the [announce] post.\n[announce]: https://blog.example.org/announce\nThanks.", "Read the announce post.\nThanks.")]
    [InlineData("It is twice as fast[^1] now.", "It is twice as fast now.")]
    // Hostile-input audit 36: a numbered citation goes (H2); a one-letter label keeps its brackets (H7).
    [InlineData("Sea level rose 4.5 mm per year in 2025 [1][2], up from 2.1 mm in 1993.\n[2]: https://nasa.example/sl", "Sea level rose 4.5 mm per year in 2025, up from 2.1 mm in 1993.\n")]
    [InlineData("Sort the list [a] first.\n[a]: https://example.org/a", "Sort the list [a] first.\n")]
    // Code and regex classes stay.
    [InlineData("Index it as matrix[i][j] in the loop.", "Index it as matrix[i][j] in the loop.")]
    [InlineData("The class [^0-9] matches any non-digit.", "The class [^0-9] matches any non-digit.")]
    [InlineData("Options are [a] or [b].", "Options are [a] or [b].")]
    public void WithReferenceLinksRead_ShouldReadMarkdownReferenceLinksLeftInText(string text, string expected)
        => Assert.Equal(expected, MarkdownText.WithReferenceLinksRead(text));
}
