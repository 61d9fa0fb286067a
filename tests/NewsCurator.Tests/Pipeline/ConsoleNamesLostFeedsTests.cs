using System.Text;
using NewsCurator.Cli;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Pipeline;

/// <summary>
/// The run's console names the feeds that lost all or most of their items to a content rule, with the warning's remedy:
/// it said "0 failed" under a 3-story issue while four feeds had lost every story to content.min_length (held-out review 95, F3).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ConsoleNamesLostFeedsTests
{
    private const string Analytics = """
        {"runId":"r","feeds":[
          {"feedName":"volts-daily","totalArticles":15,"passedContentFilter":0,
           "warnings":["all 15 items were dropped by the content rule min_length: the feed carries only titles or teasers; set fullText=\"true\" on its OPML outline, or lower content.min_length"]},
          {"feedName":"orbit-weekly","totalArticles":15,"passedContentFilter":2,
           "warnings":["13 of 15 items were dropped by the content rule min_length: the feed carries mostly titles or teasers; lower content.min_length"]},
          {"feedName":"lab-notes","totalArticles":4,"passedContentFilter":4,"warnings":["the feed gives no dates: every item is dated by when it was read"]},
          {"feedName":"quiet","totalArticles":3,"passedContentFilter":3}
        ]}
        """;

    [Fact]
    public void FeedsThatLostTheirItems_ShouldBeNamedWithTheirRemedy_AndOtherFeedsNot()
    {
        var lines = RunCommand.FeedsThatLostTheirItems(Encoding.UTF8.GetBytes(Analytics)).ToList();
        Assert.Contains(lines, l => l.Contains("volts-daily", StringComparison.Ordinal) && l.Contains("lower content.min_length", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("orbit-weekly: 13 of 15", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("lab-notes", StringComparison.Ordinal) || l.Contains("quiet", StringComparison.Ordinal));
    }

    [Fact]
    public void NoAnalytics_OrNoLostFeed_ShouldPrintNothing()
    {
        Assert.Empty(RunCommand.FeedsThatLostTheirItems(null));
        Assert.Empty(RunCommand.FeedsThatLostTheirItems(Encoding.UTF8.GetBytes("""{"feeds":[{"feedName":"quiet","totalArticles":3}]}""")));
    }
}
