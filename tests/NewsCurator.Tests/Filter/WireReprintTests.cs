using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A wire's story reprinted by a paper (held-out review 73, probe "wiredup": Reuters' business feed of deks and a paper's
/// feed that reprints two of them). F3: the copy dedupe keeps is one that content.min_length keeps in its feed, not the
/// lower id's. F4: a reprint retitled ("Exclusive:" dropped, "- sources" added, "U.S." written "US") and credited
/// ("... (Reuters)") is the same story; two of one wire's stories of one day stay two.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class WireReprintTests
{
    private const string Reuters = "http://feeds.reuters.com/reuters/businessNews";
    private const string Paper = "https://www.dailypaper.com/business/feed";

    private const string Chipmakers = "U.S. chipmakers may give clues on China hazard";
    private const string ChipmakersDek =
        "Intel Corp  operates mostly outside the Apple-sphere, and that is exactly why whatever it says next week about business in its vital Chinese market matters so much for investors.";

    private const string TradeReview = "Exclusive: U.S. demands regular review of China trade reform";
    private const string TradeReviewDek =
        "The United States is pushing for regular reviews of China's progress on pledged trade reforms as a condition for a trade deal - and could again " +
        "resort to tariffs if it deems Beijing has violated the agreement, according to sources briefed on negotiations to end the trade war between the two nations.";

    private const string Explainer = "Explainer: How U.S.-China talks differ from any other trade deal";
    private const string ExplainerDek =
        "The trade deal that U.S. negotiators are seeking with China may have more in common with a sanctions-monitoring regime than a traditional trade pact.";

    private static readonly ContentRules Rules = new(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Wire(string id, string title, string text) => new()
    {
        Id = id, FeedUrl = Reuters, FeedHome = "www.reuters.com", Title = title, Text = text, Language = "en",
        Link = $"https://www.reuters.com/article/{id}",
    };

    private static Article Reprint(string id, string title, string text) => new()
    {
        Id = id, FeedUrl = Paper, FeedHome = "www.dailypaper.com", Title = title, Text = text, Language = "en",
        Link = $"https://www.dailypaper.com/business/2019/01/19/{id}",
    };

    /// <summary>The wire's feed as the probe had it: headlines over one-sentence deks.</summary>
    private static List<Article> WireFeed() =>
    [
        Wire("reuters-casino", "Supermarket retailer Casino to sell six stores to rival Leclerc",
            "French supermarket retailer Casino , in the process of divesting assets to cut debts, has agreed to sell six of its 'Geant' hypermarket stores to domestic rival Leclerc for 100.5 million euros (114 million)."),
        Wire("reuters-chipmakers", Chipmakers, ChipmakersDek),
        Wire("reuters-trade-review", TradeReview, TradeReviewDek),
        Wire("reuters-explainer", Explainer, ExplainerDek),
    ];

    private static (List<Article> Kept, List<Decision> Dropped, DekFeeds Deks) Dedupe(List<Article> items)
    {
        // As Filter runs it: the feeds' deks counted over every item, then dedupe told which copies would fall short.
        var deks = new DekFeeds(new ContentConfig().MinLength);
        items.ForEach(deks.Add);
        var (kept, dropped) = new Deduplicator(3) { FallsShort = deks.FallsShort }.Run(items);
        return (kept, dropped, deks);
    }

    [Fact]
    public void AWireDekReprintedWordForWord_ShouldKeepTheCopyItsFeedsLengthKeeps()
    {
        // The paper's copy: its feed's other item is a full story, so its dek is held to content.min_length (224 of 300).
        // Its id sorts first, and the tie on priority, own link and length kept it before: then min_length dropped it.
        var paper = Reprint("paper-chipmakers", Chipmakers, ChipmakersDek);
        var longer = Reprint("paper-trade-review", "US demands regular review of China trade reform - sources", TradeReviewDek + " (Reuters)");
        var items = WireFeed().Append(paper).Append(longer).ToList();

        var (kept, dropped, deks) = Dedupe(items);

        Assert.True(deks.GivesDeks(Reuters));
        Assert.Equal("min_length", Rules.CheckContent(paper, deks)?.Rule);
        var chip = Assert.Single(kept, a => a.Title == Chipmakers);
        Assert.Equal("reuters-chipmakers", chip.Id);
        Assert.Null(Rules.CheckContent(chip, deks));
        // The copy dropped names the copy kept.
        Assert.Equal(("duplicate_content", "reuters-chipmakers"), dropped.Where(d => d.ArticleId == "paper-chipmakers").Select(d => (d.Rule, d.DuplicateOf)).Single());
    }

    [Fact]
    public void CopiesThatBothPassTheLength_ShouldBeRankedAsBefore()
    {
        // Counter-example: where no copy falls short, the order is the old one (here the longer text, the paper's).
        var own = Wire("reuters-long", Chipmakers, ChipmakersDek + " " + TradeReviewDek);
        var copy = Reprint("paper-long", Chipmakers, ChipmakersDek + " " + TradeReviewDek + " More to follow.");

        var (kept, _, _) = Dedupe([own, copy]);

        Assert.Equal(["paper-long"], kept.Select(k => k.Id));
    }

    [Fact]
    public void AReprintRetitledAndCredited_ShouldBeOneStory()
    {
        var reprint = Reprint("paper-trade-review", "US demands regular review of China trade reform - sources", TradeReviewDek + " (Reuters)");

        var (kept, dropped, _) = Dedupe([.. WireFeed(), reprint]);

        Assert.Single(kept, a => a.Title.Contains("regular review", StringComparison.Ordinal));
        var drop = Assert.Single(dropped);
        Assert.Equal("duplicate_content", drop.Rule);
    }

    [Theory]
    [InlineData("WASHINGTON (Reuters) - ", "", "UPDATE 2-U.S. demands regular review of China trade reform")]
    [InlineData("WASHINGTON, Jan 18 (Reuters) - ", "", "U.S. demands regular review of China trade reform -sources")]
    [InlineData("", " (AP)", "EXCLUSIVE-U.S. demands regular review of China trade reform")]
    public void AWiresDatelineCreditAndLabels_ShouldNotMakeAnotherStory(string dateline, string credit, string title)
    {
        var wire = Wire("reuters-trade-review", TradeReview, TradeReviewDek);
        var reprint = Reprint("paper-trade-review", title, dateline + TradeReviewDek + credit);

        var (kept, _, _) = Dedupe([wire, reprint]);

        Assert.Single(kept);
    }

    [Fact]
    public void ARetitledReprintWithAnEditorsLastSentence_ShouldBeOneStory()
    {
        // Not the same body (the paper added a sentence of its own past the opening): the title and opening decide, the
        // desk's labels left out of the title.
        var story = TradeReviewDek + " " + ChipmakersDek;
        var wire = Wire("reuters-trade-review", TradeReview, story);
        var reprint = Reprint("paper-trade-review", "US demands regular review of China trade reform - sources",
            story + " (Reuters) Markets in Asia were little changed on the report.");

        var (kept, dropped, _) = Dedupe([wire, reprint]);

        Assert.Single(kept);
        Assert.Equal("duplicate_content", Assert.Single(dropped).Rule);
    }

    [Fact]
    public void TwoStoriesOfOneWireOnOneDay_ShouldStayTwo()
    {
        // Counter-example: one wire's datelines, credits and labels shared by two stories make them no copies.
        var review = Wire("reuters-trade-review", TradeReview, "WASHINGTON (Reuters) - " + TradeReviewDek + " (Reuters)");
        var explainer = Wire("reuters-explainer", "Exclusive: " + Explainer, "WASHINGTON (Reuters) - " + ExplainerDek + " Officials on both sides declined to comment on the talks. (Reuters)");

        var (kept, dropped, _) = Dedupe([review, explainer]);

        Assert.Equal(2, kept.Count);
        Assert.Empty(dropped);
    }

    [Theory]
    [InlineData("Exclusive: U.S. demands review", "U.S. demands review")]
    [InlineData("UPDATE 2-Casino to sell six stores", "Casino to sell six stores")]
    [InlineData("US demands review - sources", "US demands review")]
    // Counter-examples: a label that makes another kind of story, and a dash inside a headline, stay.
    [InlineData("Explainer: How U.S.-China talks differ", "Explainer: How U.S.-China talks differ")]
    [InlineData("Update on our roadmap - what ships next", "Update on our roadmap - what ships next")]
    public void Headline_ShouldDropOnlyADesksLabels(string title, string expected) => Assert.Equal(expected, WireCopies.Headline(title));

    [Theory]
    [InlineData("WASHINGTON (Reuters) - The United States is pushing.", "The United States is pushing.")]
    [InlineData("LONDON, Jan 18 (Reuters) - Stocks fell. (Reuters)", "Stocks fell.")]
    [InlineData("The United States is pushing. (AP)", "The United States is pushing.")]
    // Counter-examples: a ticker is no dateline, and a credit inside the text is the story's own words.
    [InlineData("Apple (AAPL) - shares rose 2% on Friday.", "Apple (AAPL) - shares rose 2% on Friday.")]
    [InlineData("Intel (INTC) said its chips (Xeon) sell well in China.", "Intel (INTC) said its chips (Xeon) sell well in China.")]
    public void Body_ShouldDropOnlyAWiresDatelineAndCredit(string text, string expected) => Assert.Equal(expected, WireCopies.Body(text));
}
