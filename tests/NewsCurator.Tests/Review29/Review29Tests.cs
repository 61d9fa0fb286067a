using NewsCurator.Enhance;
using NewsCurator.Enhance.Llm;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Storage;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Review29;

/// <summary>Review 29 repros: each test fails on the branch at ccf9abf and names the finding (REVIEW.md).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review29TextTests
{
    private static Article Post(string title) => new() { Id = "x", FeedUrl = "https://news.example/feed", Title = title,
        Link = "https://news.example/a", Language = "en", Text = "The company said on Tuesday that it would change course after a difficult quarter." };

    // R2: the recurring-thread rule reads the whole title; real headlines are dropped.
    [Theory]
    [InlineData("Inside the megathread that exposed a crypto wallet scam")]   // the class doc promises this one is kept
    [InlineData("Amazon pauses quarterly hiring")]
    [InlineData("Who's hiring? The AI startups still growing in 2026")]
    [InlineData("Meta ends weekly Q&A")]
    public void R2_NewsHeadline_ShouldNotBeARecurringThread(string title) => Assert.Null(RecurringThreads.Of(Post(title)));

    // R3: a conference agenda, a CI timing table and a build log are read as a podcast's chapter index.
    [Theory]
    [InlineData("09:00 Registration and coffee\n09:30 Keynote on the state of Rust\n10:15 Async in practice\n11:00 Panel on memory safety\n")]
    [InlineData("Compile 3 min\nUnit tests 12 min\nIntegration tests 25 min\nDeploy 5 min\n")]
    [InlineData("[00:00] Compiling crate foo\n[00:03] Running unit tests\n[00:07] Finished release build\n")]
    public void R3_AgendaTableOrLog_ShouldHaveNoChapters(string text) => Assert.Null(Summarizer.ChapterTopics(text));

    [Fact]
    public void R3_ACiBlogPost_ShouldNotBeSummarisedAsChapters()
    {
        var text = "We moved our monorepo's CI from Jenkins to GitHub Actions and cut the median pipeline from 70 to 45 minutes.\n" +
                   "The biggest win came from caching the Bazel output base between runs, which most teams never configure.\n" +
                   "Here is where the time goes now:\n" +
                   "Compile 3 min\nUnit tests 12 min\nIntegration tests 25 min\nDeploy 5 min\n" +
                   "Integration tests are next: we plan to shard them across four runners by the end of the quarter.\n";
        var summary = Summarizer.Summarize("How we cut CI time by a third", text, null, "We moved our monorepo", 3, "en");
        Assert.DoesNotContain("chapters cover", summary.Text, StringComparison.Ordinal);
    }

    // R4: a header holding a headline and a short dek (no <p>) is dropped whole; the doc says it is read.
    [Fact]
    public void R4_HeaderWithHeadlineAndShortDek_ShouldBeRead()
        => Assert.Contains("Builds are twice as fast",
            HtmlText.ToPlainText("<header><h1>Rust 1.90 released</h1><div class=\"dek\">Builds are twice as fast with the new linker.</div></header><p>Body text of the post.</p>"),
            StringComparison.Ordinal);

    // R9: an image inside a code span that does not abut the backticks is still removed.
    [Theory]
    [InlineData("In Markdown, write `see ![logo](logo.png) here` to inline an image.", "![logo](logo.png)")]
    [InlineData("A badge is `[![CI](ci.svg)](https://ci.example/)` in the README.", "[![CI](ci.svg)](https://ci.example/)")]
    public void R9_ImageInsideACodeSpan_ShouldStay(string text, string kept)
        => Assert.Contains(kept, StrayMarkup.Without(text), StringComparison.Ordinal);

    // R11: the WAYR alternative backtracked between ^\W* and [\p{L}-]+ on a run of '-' (100k chars took 16.9 s); the title
    // read is bounded and no class before the thread's name holds a letter. No clock here: bench text measures cost.
    [Fact]
    public void R11_ATitleOfPunctuation_ShouldBeNoThread()
        => Assert.Null(RecurringThreads.Of(Post(new string('-', 30_000)) with { Link = "https://www.reddit.com/r/x/comments/1/" }));

    // R8: an English post that opens with a quoted German ruling is dropped as German (the lead decides alone).
    [Fact]
    public void R8_EnglishPostOpeningWithAGermanQuote_ShouldBeEnglish()
    {
        var german = string.Concat(Enumerable.Repeat("Das Gericht hat entschieden, dass die Nutzung der Daten für das Training nicht mit dem Gesetz vereinbar ist, und die Klage ist damit in der Sache begründet. ", 9));
        var english = string.Concat(Enumerable.Repeat("The ruling matters because it is the first time a court in the EU has said that training a model on scraped data is not covered by the text and data mining exception, and the companies that build these models will have to change how they collect it. ", 12));
        var text = "Court rules AI training on scraped data unlawful\n\n" + german + "\n\n" + english;
        Assert.Equal("en", LanguageDetector.Detect(text, "en", "Court rules AI training on scraped data unlawful"));
    }
}

[Trait(Category.Name, Category.Unit)]
public sealed class Review29LanguageTests
{
    // R10: a short item wholly in Japanese (or Chinese, Korean) under a Latin product-name title is no longer that language.
    [Theory]
    [InlineData("GPT-5 mini released", "新しいモデルを公開しました。詳細はブログをご覧ください。", "ja")]
    [InlineData("GPT-5 mini", "新モデルを公開しました。", "ja")]
    [InlineData("Qwen3-Coder", "新代码模型发布。", "zh")]
    [InlineData("Qwen3-Coder", "我们发布了新的代码模型，性能大幅提升，欢迎试用。", "zh")]
    [InlineData("Galaxy AI update", "새로운 기능이 추가되었습니다. 자세한 내용은 블로그를 확인하세요.", "ko")]
    public void R10_ShortItemInAnotherScript_UnderALatinTitle_ShouldKeepItsLanguage(string title, string body, string expected)
        => Assert.Equal(expected, LanguageDetector.Detect(title + "\n\n" + body, null, title));
}
