using NewsCurator.Model;
using NewsCurator.Newsletter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Newsletter;

/// <summary>
/// A subject line never quotes a headline that is only an advisory's id: "“CVE-2018-10124” and 1 more read" told the reader
/// nothing (held-out review 70, F4). The next story's headline leads it; an issue of ids alone keeps them.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class BareIdSubjectLineTests
{
    private static readonly DateTimeOffset Day = new(2026, 12, 1, 5, 0, 0, TimeSpan.Zero);

    private static EnhancedArticle Story(int rank, string title) => new()
    {
        Article = new Article { Id = $"id{rank}", FeedUrl = "https://feed.example/rss", Title = title, Text = "text" },
        Score = new ArticleScore { Id = $"id{rank}" },
        Rank = rank,
        Summary = "s",
        Topics = ["Security & Privacy"],
        Preview = "p",
        ReadingTimeMinutes = 1,
    };

    [Fact]
    public void ABareIdLead_GivesWayToTheNextHeadline()
    {
        var lines = SubjectLines.Write("Brief", Day, [Story(1, "CVE-2018-10124"), Story(2, "Patch Tuesday fixes 60 flaws")]);
        Assert.All(lines, l => Assert.DoesNotContain("“CVE-2018-10124”", l.Text, StringComparison.Ordinal));
        Assert.StartsWith("“Patch Tuesday fixes 60 flaws” and 1 more read", lines[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Brief, 1 Dec: Patch Tuesday fixes 60 flaws; CVE-2018-10124", lines[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AHeadlineNamingAnId_AndAnIssueOfIdsAlone_KeepTheirOrder()
    {
        var named = SubjectLines.Write("Brief", Day, [Story(1, "CVE-2018-10124: Linux kernel denial of service"), Story(2, "Patch Tuesday fixes 60 flaws")]);
        Assert.StartsWith("“CVE-2018-10124: Linux kernel denial of service”", named[1].Text, StringComparison.Ordinal);
        var ids = SubjectLines.Write("Brief", Day, [Story(1, "CVE-2018-10124"), Story(2, "CVE-2016-20014")]);
        Assert.StartsWith("“CVE-2018-10124”", ids[1].Text, StringComparison.Ordinal);
    }
}
