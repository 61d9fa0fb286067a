using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A story the issue can give only as a teaser does not lead it (rank 1, and so the subject line) over a full story close
/// behind: a one-sentence book-review teaser led a held-out issue over an essay 1.2 points below (held-out review 63, F3).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TeaserLeadTests
{
    private const string Review =
        "As a Software Engineer (backend Web Development then Search) turned Data Scientist, I was particularly interested in what the book Software Engineering for Data Scientists " +
        "by Andrew Treadway had to say about the reverse transition. Transitioning between sub-disciplines is a given in our industry -- I started life as a sales/support engineer, " +
        "then moved to application programming, then back and";

    private const string Essay =
        "Microsoft wishes to get rid of a billion lines of C/C++ code. They target a rewrite to Rust by 2030, according to a recently posted job ad. Betting on AI, their “North Star” " +
        "is: 1 engineer, 1 month, 1 million lines of code. I admire the bold ambition, turning legacy modernization into the pinnacle of engineering excellence. It also dangerously " +
        "naive to suggest that thanks to AI a few engineers can modernize a multi-million line code base in a matter of months. I know too many board members (in government, " +
        "finance, and other sectors) who would love to believe this suggestion. Legacy is their main headache.";

    private static (Article, ArticleScore) Teaser(double relevance, double quality) => (
        new Article { Id = "teaser", FeedUrl = "https://salmonrun.example/feeds/posts/default", Title = "Book Review: Software Engineering for Data Scientists",
            Link = "https://salmonrun.example/2024/book-review.html", Text = Review, IsTeaser = true, Language = "en" },
        new ArticleScore { Id = "teaser", TechRelevanceScore = relevance, QualityScore = quality });

    private static (Article, ArticleScore) Full(double relevance, double quality) => (
        new Article { Id = "essay", FeedUrl = "https://avandeursen.example/feed/", Title = "Migrating Legacy Like a North Star Engineer",
            Link = "https://avandeursen.example/2025/north-star/", Text = Essay, Language = "en" },
        new ArticleScore { Id = "essay", TechRelevanceScore = relevance, QualityScore = quality });

    private static async Task<(Selection Result, List<Decision> Decisions)> Choose(params (Article, ArticleScore)[] input)
    {
        var decisions = new List<Decision>();
        var result = await new Selector(new PipelineConfig()).ChooseAsync(() => input.ToAsyncEnumerable(), decisions.Add);
        return (result, decisions);
    }

    [Fact]
    public async Task ATeaser_WithAFullStoryCloseBehind_ShouldNotLead()
    {
        // The review's scores: the teaser 1.2 points above the essay.
        var (result, decisions) = await Choose(Teaser(9.1, 6.7), Full(7.2, 6.5));

        Assert.Equal(["essay", "teaser"], result.Selected.Select(s => s.Article.Id));
        Assert.Contains("leads the issue over", decisions.Single(d => d.ArticleId == "essay").Reason, StringComparison.Ordinal);
        Assert.Contains("only as a teaser", decisions.Single(d => d.ArticleId == "teaser").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATeaser_FarAheadOfEveryFullStory_ShouldStillLead()
    {
        var (result, decisions) = await Choose(Teaser(9.6, 8.0), Full(7.2, 6.5));

        Assert.Equal(["teaser", "essay"], result.Selected.Select(s => s.Article.Id));
        Assert.DoesNotContain(decisions, d => d.Reason.Contains("teaser", StringComparison.Ordinal));
    }

    private const string Roundup =
        "Hello and welcome to another issue of the weekly links. This is a summary of the resources I've read this week. React 19 is released with actions " +
        "and a new compiler. A long read on CSS container queries and where they beat media queries. Kotlin 2.0 is out with the K2 compiler turned on by default.";

    private static (Article, ArticleScore) Issue(double relevance, double quality) => (
        new Article { Id = "issue", FeedUrl = "https://links.example/feed.xml", Title = "Weekly links: 2024.05.27 - 2024.06.02",
            Link = "https://links.example/2024-06-02", Text = Roundup, Language = "en" },
        new ArticleScore { Id = "issue", TechRelevanceScore = relevance, QualityScore = quality });

    // Held-out review 94, F2 and F3: a week's link roundup led an issue once its date was read.
    [Fact]
    public async Task AnotherNewslettersIssue_WithAFullStoryCloseBehind_ShouldNotLead()
    {
        var (result, decisions) = await Choose(Issue(9.1, 6.7), Full(7.2, 6.5));

        Assert.Equal(["essay", "issue"], result.Selected.Select(s => s.Article.Id));
        Assert.Contains("another newsletter's issue of links", decisions.Single(d => d.ArticleId == "essay").Reason, StringComparison.Ordinal);
        Assert.Contains("ranked first, but it is another newsletter's issue", decisions.Single(d => d.ArticleId == "issue").Reason, StringComparison.Ordinal);
    }
}
