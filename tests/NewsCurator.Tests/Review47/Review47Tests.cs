using NewsCurator.Enhance;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Review47;

/// <summary>Code review 47 of the session's fixes: a date that threw, cuts read as stops, company sales read as shops' sales, and rules that read too much.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review47Tests
{
    private static Article Item(string title, string text = "The company said on Tuesday that the change takes effect next month.")
        => new() { Id = "a", FeedUrl = "https://news.example.com/feed.xml", Title = title, Text = text, Link = "https://news.example.com/story" };

    private static string? TypeOf(string title, string text, string type, string? guess = null)
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "f", Title = title, Text = text }, new ArticleScore { Id = "a", ContentType = type, TypeGuess = guess }).ContentType;

    // R1: a date of commas is empty once its commas go; it threw and the whole feed was lost.
    [Theory]
    [InlineData(",")]
    [InlineData(",,")]
    [InlineData(" , ")]
    public void R1_ADateOfCommas_IsUndated(string date)
        => Assert.Null(FeedDates.Parse(date));

    // R2: an excerpt cut after a number of words ends on any word; its dots stay cuts.
    [Fact]
    public void R2_ExcerptsCutAfterOneNumberOfWords_KeepTheirMarks()
    {
        string[] texts =
        [
            "The regulator said the new rules on data centre power would take effect next year and that operators of large sites would roughly double current...",
            "Publishers that signed the platform's early licensing deal say the terms were generous at first but have since triggered steep new fees and restrictive contract...",
            "A startup building compilers for custom accelerators raised a second round to hire engineers in three countries and said it will use the money to expand its placement...",
            "The maintainers of the popular framework said the old plugin interface will be removed because the architecture had grown brittle and had no remaining active...",
        ];
        var feed = texts.Select((t, i) => ArticleNormalizer.ToArticle(new ParsedItem { Title = $"Story number {i} of the week", Link = $"https://wire.example.com/{i}", SummaryHtml = $"<p>{t}</p>" },
            new FeedSource("https://wire.example.com/rss"), "Wire")).ToList();

        Assert.Equal(feed.Select(a => a.Text), ReadMoreDots.Mend(feed).Select(a => a.Text));
    }

    // R3: a company's sale and a deal's value in millions are news, not a shop's sale.
    [Theory]
    [InlineData("Humane's fire sale: HP buys the AI Pin maker for just $116 million")]
    [InlineData("Intel's Altera stake sale values the unit at just $8.75 billion")]
    [InlineData("Sale of the chip unit closes, with the buyer paying only $2.1bn")]
    public void R3_ACompanysSale_IsNoShoppingPost(string title)
        => Assert.Null(DealPosts.Why(Item(title)));

    [Fact]
    public void R3_AShopsNamedSale_IsStillOne()
        => Assert.NotNull(DealPosts.Why(Item("Spring Sale: Windows 11 Pro from $19, Office from $25")));

    // R4: an English note followed by its translation into an accented language is English.
    [Fact]
    public void R4_AnEnglishNoteFollowedByItsTranslation_IsEnglish()
    {
        var english = string.Concat(Enumerable.Repeat("This release fixes the crash when the app is opened from a shortcut, and it adds a setting for the default folder. ", 13));
        var vietnamese = string.Concat(Enumerable.Repeat("Bản phát hành này sửa lỗi khi ứng dụng được mở từ lối tắt, và thêm một cài đặt cho thư mục mặc định. ", 13));
        Assert.Equal("en", LanguageDetector.Detect(english + "\n\n" + vietnamese, "en"));
    }

    // R5: a date range among a story's words is no newsletter's week.
    [Theory]
    [InlineData("Incident report: 2025-01-14 - 2025-01-15 API outage")]
    [InlineData("JetBrains 2024.3.1 to 2024.3.2 migration notes")]
    public void R5_AStoryWithADateRangeInItsTitle_IsNoIssue(string title)
        => Assert.False(ContentTypeCues.IsAnIssue(Item(title, "The outage began at 09:12 and ended at 11:40; this report says what failed and what we changed.")));

    [Theory]
    [InlineData("weekydevia: 2024.05.27 - 2024.06.02")]
    [InlineData("2024-W22")]
    public void R5_ATitleThatIsItsWeek_IsAnIssue(string title)
        => Assert.True(ContentTypeCues.IsAnIssue(Item(title, "Links I read this week, with a line on each.")));

    // R6: a tutorial whose text opens with its own title keeps the title's gerund as a task.
    [Fact]
    public void R6_ATutorialWhoseTextOpensWithItsTitle_StaysATutorial()
        => Assert.Equal(ContentTypes.Tutorial, TypeOf("Tracking leftover packages with pacman",
            "Tracking leftover packages with pacman\n\nOver time a system collects packages nobody asked for. The list is short once you know where to look.", ContentTypes.Tutorial));

    // R7: a paper's title with an apostrophe, or in single quotes, is still a paper reported.
    [Theory]
    [InlineData("A new technical paper titled “Probing LLMs’ Hardware Design Knowledge” was published by researchers at NYU.")]
    [InlineData("A new technical paper titled 'Chiplet Interconnects at Scale' was published by researchers at ETH Zurich.")]
    public void R7_APaperReportedWithAnApostropheOrSingleQuotes_IsResearch(string text)
        => Assert.Equal(ContentTypes.Research, TypeOf("Probing hardware knowledge", text, ContentTypes.News));

    // R8: a note that says where and when stays; one that points at the link goes.
    [Fact]
    public void R8_ANoteOfWhereAndWhen_Stays()
        => Assert.Equal("Apple Intelligence (available in the US, coming later here) adds writing tools.",
            Summarizer.Tidy("Apple Intelligence (available in the US, coming later here) adds writing tools."));

    // R9: an AI headline whose "AI" stands beside a name and a number, or beside memory, is an AI story.
    [Theory]
    [InlineData("Forbes AI 50 2025: the top AI startups")]
    [InlineData("Mistral AI 7B beats Llama on code")]
    [InlineData("Why 16 GB and AI PCs are the new baseline")]
    public void R9_AnAiHeadline_NamesAi(string title)
        => Assert.True(TopicEvidence.Named(title, "The list is out.")("AI & Machine Learning"));

    [Fact]
    public void R9_AChipsModelName_StillNamesNoAi()
        => Assert.False(TopicEvidence.Named("Budget business laptop review", "The laptop runs a Ryzen AI 9 HX 370 with 32 GB of memory and a 14-inch screen.")("AI & Machine Learning"));

    // R10: comments in quoted code are no commands at a prompt.
    [Fact]
    public void R10_AnEssayQuotingCommentedCode_StaysOpinion()
        => Assert.Equal(ContentTypes.Opinion, TypeOf("Why I stopped writing clever code",
            "I think clever code is a debt.\n# guard against empty input\nif not items: return []\n# keep the order stable\nitems.sort(key=len)\n# the caller owns the list\nreturn items\nIn my view plain code ages better.",
            ContentTypes.Opinion));

    // R11: an abbreviation spelt out after a common noun is house style; a sentence opening on it leans on nothing.
    [Fact]
    public void R11_AnAbbreviationSpeltOutAfterACommonNoun_DoesNotLean()
    {
        var summary = Summarizer.Summarize("AI chip sales jump",
            "Artificial intelligence (AI) is changing how every industry plans its spending, the agency said in its annual note on technology markets. " +
            "AI chip sales rose 40% in the quarter as cloud providers bought accelerators for their data centres, the survey found. " +
            "Memory makers said supplies of high-bandwidth parts would stay tight into next year.", 1);
        Assert.StartsWith("AI chip sales rose 40%", summary, StringComparison.Ordinal);
    }
}
