using System.Text.Json;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>Dedupe in bounded memory: spilling to many small partitions decides exactly as one partition in memory does.</summary>
public sealed class PartitionedDedupeTests
{
    /// <summary>The 3,515 fixture items from 200-odd real feeds, with the dupkey that groups copies of one story.</summary>
    private static List<(Article Article, string DupKey)> FixtureItems() => File.ReadLines(Repo.Path("tests", "fixtures", "data", "items.jsonl"))
        .Select(l => JsonDocument.Parse(l).RootElement)
        .Select(e =>
        {
            string S(string name) => e.GetProperty(name).GetString() ?? "";
            var link = S("link");
            var article = new Article
            {
                Id = S("id"), FeedUrl = S("repo") + "/" + S("file"), Title = S("title"), Text = S("text"),
                Link = link.Length == 0 ? null : link, CanonicalUrl = UrlCanonicalizer.Canonicalize(link.Length == 0 ? null : link),
            };
            return (article, S("dupkey"));
        }).ToList();

    private static (string[] Kept, string[] Drops) Dedupe(List<Article> items, int partitionSize)
    {
        var drops = new List<string>();
        var result = new Deduplicator(3, partitionSize).Run(items.Select(DedupeKey.Of), d => drops.Add($"{d.Dropped.Id} {d.Rule} {d.Kept.Id} {d.Reason}"));
        Assert.Equal(items.Count, result.Items);
        return (items.Where((_, i) => result.Kept[i]).Select(a => a.Id).ToArray(), drops.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void SpilledToSmallPartitions_ShouldKeepAndDropExactlyWhatOnePartitionInMemoryDoes()
    {
        var items = FixtureItems().Select(i => i.Article).ToList();
        // Repeats of one id (a feed listed twice) are dropped silently, the first occurrence kept.
        items.AddRange(items.Take(40).Select(a => a with { Text = a.Text + " (again)" }));

        var inMemory = Dedupe(items, Deduplicator.DefaultPartitionSize);
        var spilled = Dedupe(items, partitionSize: 50);

        Assert.Equal(inMemory.Kept, spilled.Kept);
        Assert.Equal(inMemory.Drops, spilled.Drops);
        Assert.Equal(items.Count - 40 - inMemory.Drops.Length, inMemory.Kept.Length);
        Assert.Contains(inMemory.Drops, d => d.Contains(" near_duplicate ", StringComparison.Ordinal));
        Assert.Contains(inMemory.Drops, d => d.Contains(" duplicate_url ", StringComparison.Ordinal));
    }

    [Fact]
    public void OnTheFixtureStories_EveryDropShouldBeACopyOfTheSameStory()
    {
        var items = FixtureItems();
        var story = items.ToDictionary(i => i.Article.Id, i => i.DupKey);
        var drops = new List<DedupeDrop>();
        new Deduplicator(3).Run(items.Select((i, n) => DedupeKey.Of(i.Article, n)), drops.Add);

        // Precision and recall against the fixture's story groups. Measured 173 of 186 drops right, 173 of the 175
        // copies found; the in-memory rules before partitioning gave 174 of 187. The wrong ones are a double-encoded
        // (mojibake) Russian feed whose titles share only broken fragments, and sponsor posts that share a link.
        var right = drops.Count(d => story[d.Dropped.Id] == story[d.Kept.Id]);
        var copies = items.GroupBy(i => i.DupKey).Sum(g => g.Count() - 1);
        Assert.True(right >= 0.95 * copies, $"only {right} of {copies} copies found");
        Assert.True(right >= 0.92 * drops.Count, $"{right} of {drops.Count} drops are copies of the same story: " + string.Join(" | ", drops.Where(d => story[d.Dropped.Id] != story[d.Kept.Id]).Select(d => $"{d.Rule} {d.Dropped.Id}->{d.Kept.Id}")));
    }
}
