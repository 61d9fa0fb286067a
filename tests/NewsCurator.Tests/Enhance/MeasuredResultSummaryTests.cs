using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A benchmark post's summary says what it measured: its verdict ("The result: ...", "six times faster") outweighs the
/// set-up sentences that repeat the tools' names (held-out review 65, F3: "who won" never reached the summary).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class MeasuredResultSummaryTests
{
    private const string Title = "I ran DuckDB and SQLite on the same analytics query. One was far quicker.";

    private static string Post(string verdict) =>
        "I wanted a number rather than an impression, so I gave DuckDB and SQLite the same query over the same table and timed each the same way.\n" +
        "The table is the New York taxi trips of 2023, 38 million rows in one Parquet file that DuckDB reads directly and SQLite reads after an import.\n" +
        "SQLite ran version 3.46 with its default page cache, and DuckDB ran version 1.1 with its default thread count on the same laptop.\n" +
        "Both ran the query five times and I kept the median, after a warm-up run that filled the operating system's file cache.\n" +
        "The query groups the trips by pickup zone and hour and averages the fare, which is the kind of rollup a dashboard asks for every minute.\n" +
        verdict + "\n" +
        "SQLite spent most of its time in the sort that its grouping needs, while DuckDB hashed the groups in parallel.\n" +
        "The import into SQLite took another four minutes that the timing leaves out.";

    [Theory]
    [InlineData("The result: DuckDB answered the rollup about twelve times faster than SQLite did.")]
    [InlineData("DuckDB answered the rollup in 0.9 seconds against SQLite's 11.2, 12x faster on the same laptop.")]
    [InlineData("The verdict: DuckDB answered the rollup in under a second, SQLite in eleven.")]
    public void TheMeasuredVerdict_IsInTheSummary(string verdict)
    {
        var summary = Summarizer.Summarize(Title, Post(verdict), null, "preview", 3, "en").Text;
        Assert.True(summary.Contains("DuckDB answered the rollup", StringComparison.Ordinal), summary);
    }

    [Theory]
    [InlineData("Claude returned finished, correct code about six times faster.", true)]
    [InlineData("The rewrite makes 40% fewer allocations.", true)]
    [InlineData("The new build is 40% faster on cold starts.", true)]
    [InlineData("It outperformed the baseline by 12 points on MMLU.", true)]
    [InlineData("The result was a mess of half-finished branches.", false)]
    [InlineData("It costs three times more to run in the cloud.", true)]
    [InlineData("They beat the deadline by working weekends.", false)]
    public void AResultStatement_IsReadAsAFinding(string sentence, bool finding)
        => Assert.Equal(finding, Summarizer.StatesAFinding(sentence));

    [Theory]
    [InlineData("The headline: Claude returned finished code about six times faster.", "Claude returned finished code about six times faster.", true)]
    [InlineData("The result — DuckDB answered in under a second.", "DuckDB answered in under a second.", true)]
    [InlineData("The result was a mess of half-finished branches.", "The result was a mess of half-finished branches.", false)]
    [InlineData("The headline feature: a new scheduler.", "The headline feature: a new scheduler.", false)]
    public void AnAnnouncedVerdict_IsTheAuthorsSummaryLine(string sentence, string unlabelled, bool summary)
        => Assert.Equal((unlabelled, summary), Summarizer.WithoutRunInLabel(sentence));
}
