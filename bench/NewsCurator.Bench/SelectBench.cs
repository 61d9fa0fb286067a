using System.Diagnostics;
using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;

namespace NewsCurator.Bench;

/// <summary>
/// Select's walk over many candidates with long texts: N tellings of one story by N publishers (all but one end as
/// same_story, so the issue never fills) against N distinct stories in the same run (the issue fills, the walk stops
/// asking). The walk asked every telling for its summary before it asked whether the story was told (hostile-input
/// audit 39: 3,000 tellings of 20 KB took 149 s); the two columns should now grow alike.
/// </summary>
internal static class SelectBench
{
    public static async Task RunAsync()
    {
        Console.WriteLine("select: seconds for Selector.ChooseAsync, N candidates of ~20 KB text each");
        Console.WriteLine($"{"case",-44}{"N",7}{"one story s",13}{"distinct s",12}{"ratio",8}");
        foreach (var n in new[] { 250, 500, 1_000 })
        {
            var oneStory = await Seconds(Candidates(n, i => "Acme patches the critical flaw in its router firmware"));
            var distinct = await Seconds(Candidates(n, i => $"{Subjects[i % Subjects.Length]} number {i} ships {Things[i / Subjects.Length % Things.Length]}"));
            Console.WriteLine($"{"tellings of one story vs distinct stories",-44}{n,7}{oneStory,13:0.00}{distinct,12:0.00}{oneStory / Math.Max(distinct, 0.001),8:0.0}");
        }
    }

    private static readonly string[] Subjects = ["A compiler", "A database", "A browser", "A kernel", "A robot", "A phone", "A camera", "A chip", "A router", "A model"];
    private static readonly string[] Things = ["a faster cache", "new sandboxing", "a smaller binary", "better logging", "typed queries", "a new scheduler", "vector search", "live reload"];

    private static List<(Article, ArticleScore)> Candidates(int n, Func<int, string> title)
    {
        var paragraph = "The vendor said the update closes a memory corruption bug that attackers could reach over the network, and that "
            + "customers on older releases should move to the fixed build before the end of the month. Researchers who found the flaw "
            + "published a write-up with the timeline of their report and the vendor's replies.\n";
        return [.. Enumerable.Range(0, n).Select(i => (
            new Article
            {
                Id = $"c{i}", FeedUrl = $"https://site{i}.example/feed", FeedHome = $"https://site{i}.example/", Title = title(i), Link = $"https://site{i}.example/story",
                Text = $"Site {i} reports. " + string.Concat(Enumerable.Repeat(paragraph, 60)), Published = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero).AddMinutes(i),
            },
            new ArticleScore { Id = $"c{i}", TechRelevanceScore = 7, QualityScore = 6 }))];
    }

    private static async Task<double> Seconds(List<(Article, ArticleScore)> input)
    {
        var watch = Stopwatch.StartNew();
        await new Selector(new PipelineConfig(), asOf: new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero)).ChooseAsync(() => input.ToAsyncEnumerable(), _ => { });
        return watch.Elapsed.TotalSeconds;
    }
}
