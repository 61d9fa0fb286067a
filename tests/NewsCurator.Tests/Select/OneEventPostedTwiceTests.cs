using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Held-out review 105, F2: a tool vendor posted an early-access build's notes and, 8 seconds later, its C++ edition's; the
/// first post's C++ section told the second's opening clause again word for word, and both took places (ranks 3 and 4). Two
/// posts of one publisher within a day, one telling the other's first sentence again (twelve words or more in a row), are
/// one event: the better-ranked runs. A long sentence shared by two posts that opens neither, or a standing sentence most
/// of the publisher's posts carry, is no such echo.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class OneEventPostedTwiceTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 8, 18, 13, 43, TimeSpan.Zero);

    private static readonly PipelineConfig Config = new() { Select = new SelectConfig { MaxArticles = 10, PerFeedCap = 4 } };

    private static (Article, ArticleScore) Story(string id, string site, string title, string text, double relevance, int seconds = 0)
        => (new Article { Id = id, FeedUrl = $"https://{site}/feed", FeedHome = site, FeedTitle = site, Link = $"https://{site}/{id}", Title = title, Text = text, Published = At.AddSeconds(seconds) },
            new ArticleScore { Id = id, TechRelevanceScore = relevance, QualityScore = 7 });

    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(params (Article Article, ArticleScore Score)[] items)
        => (items.ToDictionary(i => i.Article.Id, i => i.Article), [.. items.Select(i => i.Score)]);

    private static readonly (Article, ArticleScore) Other =
        Story("plant", "wire.example", "Battery maker opens a second cell plant", "The battery maker said the plant would open next spring and employ four hundred people.", 6.0, -3600);

    [Fact]
    public void Choose_APostThatTellsAnotherPostsOpeningAgain_ShouldBeOneStory()
    {
        var (articles, scores) = Pool(
            Story("cpp", "tools.example", "Refactor C++ 2026.3 EAP: Shader Language Updates and a New Inlay Hint",
                  "The new early access build is here with updates for shader language support, code completion inside inactive preprocessor branches, "
                  + "a new inlay hint for forwarding references, and other updates.\nShader language support now covers the newest model.", 9.1, 8),
            Story("main", "tools.example", "Refactor 2026.3 EAP 6: Interceptors and Faster Solution Loading",
                  "This build brings support for interceptors and loads large solutions faster.\nC++ updates\nThe EAP 6 build brings updates for shader language support, "
                  + "code completion inside inactive preprocessor branches, a new inlay hint for forwarding references, and other updates. Read the C++ post for more.", 9.2),
            Other);

        var (selected, decisions, _) = Selector.Choose(articles, scores, Config);

        Assert.Equal(["main", "plant"], selected.Select(s => s.Id));
        var twice = decisions.Single(d => d.ArticleId == "cpp");
        Assert.Equal("same_story", twice.Rule);
        Assert.Equal("main", twice.DuplicateOf);
    }

    [Fact]
    public void Choose_PostsSharingOnlyAStandingSentence_ShouldAllRun()
    {
        // What must not change: the publisher's standing copy (here opening one post, closing two more) makes no echo.
        const string standing = "Our team ships a new build of the editor every week with fixes, features and performance work for every language we support.";
        var (articles, scores) = Pool(
            Story("a", "tools.example", "Remote pairing arrives in the editor", standing + "\nRemote pairing lets two people edit one file.", 9.2),
            Story("b", "tools.example", "Indexing in large projects is now twice as fast", "Indexing large projects is twice as fast now.\n" + standing, 9.1, 8),
            Story("c", "tools.example", "A database console comes to every edition", "A database console comes to every edition.\n" + standing, 9.0, 20),
            Other);

        var (selected, _, _) = Selector.Choose(articles, scores, Config);

        Assert.Equal(["a", "b", "c", "plant"], selected.Select(s => s.Id));
    }
    private const string LaunchLead = "Northwind Labs released Tern 3 on Tuesday, a family of open-weight language models with a context window of half a million tokens and a permissive licence.";

    private static (Article, ArticleScore) Launch(double relevance = 9.0)
        => Story("launch", "news.example", "Northwind Labs releases Tern 3 open models with a 512K context", LaunchLead + "\nThe largest model runs on a single accelerator.", relevance);

    [Fact]
    public void Choose_AFollowUpThatRecapsTheEarlierStorysLead_ShouldRunAsItsOwnStory()
    {
        // Code review 50, R1: a same-day follow-up about a new event repeats the morning story's lead as background.
        var (articles, scores) = Pool(
            Launch(),
            Story("recall", "news.example", "Northwind pulls Tern 3 downloads after researchers find leaked training data",
                  "Northwind Labs withdrew the Tern 3 weights on Tuesday evening after two researchers showed the models reproduce private records.\n"
                  + "As we reported this morning, " + LaunchLead + "\nThe company said a fixed release would follow.", 8.8, 8 * 3600),
            Other);

        var (selected, _, _) = Selector.Choose(articles, scores, Config);

        Assert.Equal(["launch", "plant", "recall"], selected.Select(s => s.Id).Order());
    }

    [Fact]
    public void Choose_ALaterDigestQuotingAStorysLead_ShouldNotDropTheStory()
    {
        // The digest ranks first; the full story it quotes is no second telling of it.
        var (articles, scores) = Pool(
            Launch(8.5),
            Story("digest", "news.example", "The Morning Brief: open models, chip exports and a robot recall",
                  "Today's three stories, in short.\nOpen models: " + LaunchLead + "\nChips: new export rules take effect in March.", 9.3, 6 * 3600),
            Other);

        var (selected, _, _) = Selector.Choose(articles, scores, Config);

        Assert.Equal(["digest", "launch", "plant"], selected.Select(s => s.Id));
    }

    [Fact]
    public void Choose_APostOfOneBatchThatTellsTheEarlierPostsOpening_ShouldBeOneStory()
    {
        // What must not change: posted seconds apart, the later post's repeat of the earlier's opening is one event told twice.
        var (articles, scores) = Pool(
            Launch(9.2),
            Story("notes", "news.example", "Tern 3 release notes: tokenizer, licence and evaluation",
                  "These notes list the changes in this release.\nOverview\n" + LaunchLead + " The tokenizer is new.", 9.1, 8),
            Other);

        var (selected, decisions, _) = Selector.Choose(articles, scores, Config);

        Assert.Equal(["launch", "plant"], selected.Select(s => s.Id));
        Assert.Equal("launch", decisions.Single(d => d.ArticleId == "notes").DuplicateOf);
    }
}
