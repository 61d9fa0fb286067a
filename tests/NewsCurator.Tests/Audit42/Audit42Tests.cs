using System.Text;
using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit42;

/// <summary>Feed items through the parser and the normaliser, as Ingest reads them.</summary>
internal static class Audit42Items
{
    public const string Body = "The new compiler release cuts build times by half on large projects. It also adds support for incremental linking across modules. "
                               + "The team said the next version will focus on memory use.";

    public static Article Normalized(string title, string descriptionHtml, string link = "https://e.example/1", string date = "Tue, 10 Jun 2025 04:00:00 GMT")
    {
        const string feed = "https://e.example/feed.xml";
        var xml = $"<rss version=\"2.0\"><channel><title>F</title><link>https://e.example/</link><item><title>{title}</title><link>{link}</link>"
                  + $"<pubDate>{date}</pubDate><description><![CDATA[{descriptionHtml}]]></description></item></channel></rss>";
        var item = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri(feed)).Items.Single();
        return ArticleNormalizer.ToArticle(item, new FeedSource(feed), "F");
    }

    public static SummaryResult Summary(Article article) => Summarizer.Summarize(article, "", 3, false);
}

/// <summary>Hostile-input audit 42: what a browser never shows reaches the text and the summary (HtmlText): H1, H2, H5, H6.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit42HtmlTextTests
{
    private const string Planted = "Readers say this is the best compiler ever made by anyone anywhere.";

    // ---- H1: IsHidden (HtmlText.cs:347-365) matches only "display:none" and "visibility:hidden" in the raw style value
    //      (HidingDeclaration, HtmlText.cs:340). A paragraph hidden by visibility:collapse, by a character reference in the
    //      attribute (browsers decode "display&#58;none"), behind a CSS comment, or by font-size:0 / opacity:0 is read as
    //      text, and the planted sentence OPENS the printed summary. Expected: hidden text is neither text nor summary.
    [Theory]
    [InlineData("visibility:collapse")]
    [InlineData("display&#58;none")]
    [InlineData("/* x */ display:none")]
    [InlineData("font-size:0")]
    // opacity:0 is hidden only without a sign of an animation (a fade-in's first frame, review of session 37, R8):
    // Ingest/TransparentAndRubyTextTests.
    public void H1_AParagraphHiddenByCss_ShouldNotReachTextOrSummary(string style)
    {
        var article = Audit42Items.Normalized("Compiler release cuts build times", $"<p style=\"{style}\">{Planted}</p><p>{Audit42Items.Body}</p>");
        Assert.DoesNotContain("best compiler ever", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("best compiler ever", Audit42Items.Summary(article).Text, StringComparison.Ordinal);
    }

    // ---- H2: DroppedElements (HtmlText.cs:17-23) lacks the elements whose content a browser never shows: <noembed> (raw
    //      text, never rendered), <canvas> fallback (shown only where canvas is unsupported), a <dialog> without "open".
    //      Their "Your browser does not support ..." furniture is read as the story's prose and printed as the summary's
    //      FIRST sentence. Expected: not in the text, not in the summary.
    [Theory]
    [InlineData("<noembed>Your browser cannot show this embedded player today.</noembed>", "embedded player")]
    [InlineData("<canvas width=\"600\">Your browser does not support the canvas element at all.</canvas>", "canvas element")]
    [InlineData("<dialog><p>Subscribe to our newsletter for more great posts like this one today.</p></dialog>", "Subscribe to our newsletter")]
    public void H2_FallbackContentABrowserNeverShows_ShouldNotBeText(string fallback, string words)
    {
        var article = Audit42Items.Normalized("Compiler release cuts build times", fallback + "<p>" + Audit42Items.Body + "</p>");
        Assert.DoesNotContain(words, article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(words, Audit42Items.Summary(article).Text, StringComparison.Ordinal);
    }

    // ---- H5: MathML's <annotation> (the TeX source that Wikipedia, MathJax and KaTeX put in every formula) is not dropped:
    //      "We show that x=y2{\displaystyle x=y^{2}} holds ..." is the text, the checker then rightly refuses the sentence
    //      for its TeX, and the summary loses the lead. Expected: no TeX in the text, the lead sentence summarised.
    [Fact]
    public void H5_AMathMlFormulasTexAnnotation_ShouldNotBeText()
    {
        const string html = "<p>We show that <math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics><mrow><mi>x</mi><mo>=</mo><msup><mi>y</mi><mn>2</mn></msup></mrow>"
                            + "<annotation encoding=\"application/x-tex\">{\\displaystyle x=y^{2}}</annotation></semantics></math> holds for every prime we tried. "
                            + "The proof uses a new sieve that is much simpler than the earlier one. It runs in linear time on all inputs we tried.</p>";
        var article = Audit42Items.Normalized("A faster proof of the theorem", html);
        Assert.DoesNotContain("displaystyle", article.Text, StringComparison.Ordinal);
        Assert.Contains("We show that", Audit42Items.Summary(article).Text, StringComparison.Ordinal);
    }

    // ---- H6: ruby text (<rt>) without <rp> fallback parentheses is glued to its base: "The new compiler from 東京Tokyo Labs",
    //      and Japanese furigana reads "漢字かんじ" (the word twice, run together). A browser sets the reading above the base.
    //      Expected: the base reads as a word of its sentence (the reading dropped, or apart in parentheses).
    [Fact]
    public void H6_RubyTextWithoutRp_ShouldNotBeGluedToItsBase()
    {
        var article = Audit42Items.Normalized("Compiler release cuts build times",
            "<p>The new compiler from <ruby>東京<rt>Tokyo</rt></ruby> Labs cuts build times by half on large projects. It also adds support for incremental linking across modules. "
            + "The team said the next version will focus on memory use.</p>");
        Assert.DoesNotContain("東京Tokyo", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("東京Tokyo", Audit42Items.Summary(article).Text, StringComparison.Ordinal);
    }
}

/// <summary>Hostile-input audit 42: a body escaped twice (EscapedText.InBody): H3.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit42EscapedBodyTests
{
    // ---- H3: a description whose markup is escaped twice ("&amp;lt;p&amp;gt;The new ...&amp;lt;/p&amp;gt;" in the XML, or
    //      "&lt;p&gt;" inside CDATA, as some CMS exports write it) keeps the literal tags in the text ("<p>The new compiler
    //      ...</p><p>It also ...</p>"), which every row, export and API answer carries; the sentences are refused and the
    //      story goes out with NO summary ("preview", empty). EscapedText.InBody (EscapedText.cs:24-33) never decodes '<'
    //      and '>' in a body. Expected: a body that is nothing but escaped markup is read as the HTML it is.
    [Fact]
    public void H3_ABodyWhoseMarkupIsEscapedTwice_ShouldBeReadAsHtml()
    {
        var article = Audit42Items.Normalized("Compiler release cuts build times",
            "&lt;p&gt;The new compiler release cuts build times by half on large projects.&lt;/p&gt;&lt;p&gt;It also adds support for incremental linking across modules.&lt;/p&gt;"
            + "&lt;p&gt;The team said the next version will focus on memory use.&lt;/p&gt;");
        Assert.DoesNotContain("<p>", article.Text, StringComparison.Ordinal);
        var summary = Audit42Items.Summary(article);
        Assert.Contains("cuts build times by half", summary.Text, StringComparison.Ordinal);
    }
}

/// <summary>Hostile-input audit 42: dates (FeedDates): H4, H7, H9.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit42DateTests
{
    // ---- H4: a dotted date is day.month.year wherever it is written (de, ru, pl, tr, ...), but the last fallbacks of
    //      FeedDates.ParseAnyForm (FeedDates.cs:141, 177) parse with InvariantCulture, which is month-first:
    //      "10.06.2025 09:00" is read as 6 October (months off; dropped as future or ranked stale), and "25.12.2024" fails.
    //      Expected: day first.
    [Theory]
    [InlineData("10.06.2025 09:00", "2025-06-10T09:00:00+00:00")]
    [InlineData("03.02.2025", "2025-02-03T00:00:00+00:00")]
    [InlineData("25.12.2024 10:00", "2024-12-25T10:00:00+00:00")]
    public void H4_ADottedDate_ShouldBeReadDayFirst(string text, string expected)
        => Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));

    // ---- H7: a zone abbreviation outside ZoneOffsets (FeedDates.cs:14-22) is read as UTC (FeedDates.cs:167, "better UTC than
    //      no date"): New Zealand, Hawaii, Alaska, Singapore, Hong Kong, Korea, western/central Australia. An NZST item is dated
    //      12 hours late, a Hawaiian one 10 hours early. Expected: the zone's own offset for these unambiguous names.
    [Theory]
    [InlineData("Tue, 10 Jun 2025 09:00:00 NZST", "2025-06-09T21:00:00+00:00")]
    [InlineData("Tue, 10 Jun 2025 09:00:00 HST", "2025-06-10T19:00:00+00:00")]
    [InlineData("Tue, 10 Jun 2025 09:00:00 AKDT", "2025-06-10T17:00:00+00:00")]
    [InlineData("Tue, 10 Jun 2025 09:00:00 SGT", "2025-06-10T01:00:00+00:00")]
    [InlineData("Tue, 10 Jun 2025 09:00:00 KST", "2025-06-10T00:00:00+00:00")]
    [InlineData("Tue, 10 Jun 2025 09:00:00 AWST", "2025-06-10T01:00:00+00:00")]
    public void H7_AnUnambiguousZoneName_ShouldGiveItsOffset(string text, string expectedUtc)
        => Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, FeedDates.Parse(text)?.UtcDateTime);

    // ---- H9: RFC 3339 allows a leap second ("23:59:60"); DateTimeOffset.TryParse refuses it, so the item is undated (and the
    //      feed told its date is unreadable). Expected: read as the last second of the minute.
    [Fact]
    public void H9_ALeapSecond_ShouldStillDateTheItem()
        => Assert.Equal(new DateTimeOffset(2016, 12, 31, 23, 59, 59, TimeSpan.Zero), FeedDates.Parse("2016-12-31T23:59:60Z"));
}

/// <summary>Hostile-input audit 42: links (ArticleNormalizer.ReaderLink): H8.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit42LinkTests
{
    // ---- H8: ReaderLink (ArticleNormalizer.cs:141) keeps an internationalised host in Unicode (Uri.AbsoluteUri with IRI
    //      parsing): a look-alike "https://аpple.com/login" (Cyrillic "а") is stored so in rows, exports (articles.csv/json,
    //      run.sql), the read API and the dashboard's lists, while the newsletter (NewsletterRenderer.SafeUrl) prints the
    //      ASCII form precisely so that a look-alike does not read as the real site. Expected: the stored link is the ASCII
    //      (IDNA) form, as the newsletter's.
    [Fact]
    public void H8_AHomoglyphHost_ShouldBeStoredInItsAsciiForm()
    {
        var article = Audit42Items.Normalized("Compiler release cuts build times", "<p>" + Audit42Items.Body + "</p>", "https://\u0430pple.com/login");
        Assert.Equal("https://xn--pple-43d.com/login", article.Link);
    }
}

/// <summary>Hostile-input audit 42: summaries of other scripts and of emoji (SummaryChecker.CheckSentence): H10, H11.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit42SummaryScriptTests
{
    // ---- H10: CheckSentence's "fragment" rule (SummaryChecker.cs:220) refuses any sentence under MinSentenceLength = 30
    //      UTF-16 characters before the ideograph-aware word count is asked. A full Chinese or Japanese sentence says in 20-28
    //      characters what English says in 12 words ("新的编译器版本将大型项目的构建时间缩短了一半。", 23 characters), so a Chinese
    //      article of three plain news sentences gets NO summary (source "preview", empty text) and a Japanese one a single
    //      sentence. Expected: two or more of the article's own sentences, as for the same article in English or Korean.
    [Theory]
    [InlineData("zh", "新编译器将构建时间减半", "新的编译器版本将大型项目的构建时间缩短了一半。它还增加了跨模块增量链接的支持。该团队表示，下一个版本将专注于内存使用。")]
    [InlineData("ja", "新しいコンパイラがビルド時間を半減",
        "新しいコンパイラのリリースにより、大規模プロジェクトのビルド時間が半分になった。モジュール間のインクリメンタルリンクにも対応した。次のバージョンではメモリ使用量の削減に注力するという。")]
    public void H10_AChineseOrJapaneseArticleOfPlainSentences_ShouldGetAnExtractiveSummary(string language, string title, string text)
    {
        var summary = Summarizer.Summarize(title, text, null, "", 3, language);
        Assert.Equal("extractive", summary.Source);
        Assert.True(summary.Text.Count(c => c == '。') >= 2, summary.Text);
    }

    // ---- H11: a sentence that opens with an emoji ("🚀 The new compiler release ...", as announcement posts and changelogs
    //      write them) is refused as "incomplete_start" (StartsLikeSentence, SummaryChecker.cs:222/480): the lead is lost and
    //      the summary falls to one later sentence. Expected: the emoji is no reason to refuse the sentence (it may be left out).
    [Fact]
    public void H11_ALeadOpeningWithAnEmoji_ShouldStillBeSummarised()
    {
        Assert.Null(SummaryChecker.CheckSentence("🚀 The new compiler release cuts build times by half on large projects."));
        var summary = Summarizer.Summarize("Compiler release cuts build times", "🚀 " + Audit42Items.Body, null, "", 3, "en");
        Assert.Contains("cuts build times by half", summary.Text, StringComparison.Ordinal);
    }
}
