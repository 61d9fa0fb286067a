using System.Text;
using NewsCurator.Export;
using NewsCurator.Model;
using NewsCurator.Storage;
using NewsCurator.Tests.Api;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Export;

/// <summary>The partitioned join behind Export, on the sample run: however it is partitioned, the rows and files are the same.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class RunJoinTests(ReadApiTests.SampleRun run) : IClassFixture<ReadApiTests.SampleRun>
{
    [Fact]
    public async Task Join_WhenSplitIntoManySmallPartitions_ShouldWriteByteForByteTheSameFilesAsOnePartition()
    {
        using var whole = await RunJoin.BuildAsync(run.Harness.Services.Blobs, run.Context, default, articlesPerPartition: 100_000, feedsPerPartition: 100_000);
        using var split = await RunJoin.BuildAsync(run.Harness.Services.Blobs, run.Context, default, articlesPerPartition: 7, feedsPerPartition: 2);
        Assert.Equal(1, whole.ArticlePartitions);
        Assert.True(split.ArticlePartitions > 50, $"{split.ArticlePartitions} partitions");

        var files = new Dictionary<string, Action<RunJoin, Stream>>
        {
            ["articles.json"] = ExportFiles.ArticlesJson,
            ["articles.csv"] = (j, s) => Text(s, t => ExportFiles.ArticlesCsv(j, t)),
            ["articles.sql"] = (j, s) => Text(s, t => ExportFiles.RunSql(RunRow(), j, t)),
            ["analytics.json"] = (j, s) => ExportFiles.Analytics(j, run.Context, null, s),
            ["clusters.json"] = ExportFiles.Clusters,
        };
        foreach (var (name, write) in files)
            Assert.True(Write(whole, write) == Write(split, write), $"{name} differs between one partition and {split.ArticlePartitions}");
        Assert.Equal(whole.RowsById().Select(r => r.ArticleId), split.RowsById().Select(r => r.ArticleId));
        Assert.Equal(whole.FeedsFailed, split.FeedsFailed);
        Assert.Equal(whole.ScoringModel, split.ScoringModel);
        Assert.NotEmpty(whole.Clusters());
    }

    [Fact]
    public async Task FeedFunnel_CountedByTheStages_ShouldAddUpToTheRunFunnelAndMatchEachFeedsRows()
    {
        using var join = await RunJoin.BuildAsync(run.Harness.Services.Blobs, run.Context, default, articlesPerPartition: 50, feedsPerPartition: 5);
        var feeds = join.FeedsByUrl().ToList();
        var counts = run.Context.Counts;
        Assert.Equal(counts.Feeds, feeds.Count);
        Assert.Equal(counts.Items, feeds.Sum(f => f.TotalArticles));
        Assert.Equal(counts.AfterContentFilter, feeds.Sum(f => f.PassedContentFilter));
        Assert.Equal(counts.AfterAdDetection, feeds.Sum(f => f.PassedAdDetection));
        Assert.Equal(counts.AfterScoring, feeds.Sum(f => f.PassedQualityScoring));
        Assert.Equal(counts.Selected, feeds.Sum(f => f.FinalArticles));

        // Each feed's numbers agree with its own rows' decisions.
        var rows = join.RowsById().ToList();
        foreach (var feed in feeds)
        {
            var own = rows.Where(r => r.FeedUrl == feed.FeedUrl).ToList();
            Assert.Equal(own.Count, feed.TotalArticles);
            Assert.Equal(own.Count(r => r.Decision == Outcomes.Selected), feed.FinalArticles);
            Assert.Equal(own.Count(r => r.DecisionStage != Stages.Filter), feed.PassedAdDetection);
            Assert.True(feed.TotalArticles >= feed.PassedContentFilter && feed.PassedContentFilter >= feed.PassedAdDetection
                        && feed.PassedAdDetection >= feed.PassedQualityScoring && feed.PassedQualityScoring >= feed.FinalArticles, feed.FeedUrl);
        }
        // The sponsor-marker drops are ad decisions: they passed the content rules (the old rule-name matching missed them).
        Assert.Contains(rows, r => r.DecisionRule == "sponsor_marker");
    }

    [Fact]
    public async Task Join_OfARunWithoutTheStagesFunnelFiles_ShouldCountTheSameFunnelFromTheDecisions()
    {
        // A run whose Filter and Select ran before the funnel files existed (a deploy mid-run, a re-export of an old run).
        using var copy = new TempDir();
        CopyFolder(Path.Combine(run.Harness.OutDir, "runs"), Path.Combine(copy.Path, "runs"));
        File.Delete(Path.Combine(copy.Path, "runs", "api", "funnel", "filter.jsonl"));
        File.Delete(Path.Combine(copy.Path, "runs", "api", "funnel", "select.jsonl"));

        using var counted = await RunJoin.BuildAsync(run.Harness.Services.Blobs, run.Context, default);
        using var derived = await RunJoin.BuildAsync(new FileBlobStore(copy.Path), run.Context, default);
        Assert.Equal(counted.FeedsByUrl().Select(Funnel), derived.FeedsByUrl().Select(Funnel));
        Assert.Contains(derived.FeedsByUrl(), f => f.PassedContentFilter > f.PassedAdDetection);

        static string Funnel(FeedStatisticsRow f) => $"{f.FeedUrl} {f.TotalArticles} {f.PassedContentFilter} {f.PassedAdDetection} {f.PassedQualityScoring} {f.FinalArticles}";
    }

    [Fact]
    public async Task Join_ASelectedStorysType_ShouldBeTheOneItsIssuePrinted()
    {
        // Select lends an unsure "other" its feed's usual type, and Enhance carries that score to the issue: the export and the
        // database kept the scorer's "other" while the issue printed "opinion" (held-out review 113, F6). One story, one type.
        using var copy = new TempDir();
        CopyFolder(Path.Combine(run.Harness.OutDir, "runs"), Path.Combine(copy.Path, "runs"));
        var file = Directory.GetFiles(Path.Combine(copy.Path, "runs", "api", "enhanced"), "*.json").Order(StringComparer.Ordinal).First();
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!;
        var id = json["article"]!["id"]!.GetValue<string>();
        var lent = json["score"]!["contentType"]!.GetValue<string>() == ContentTypes.Opinion ? ContentTypes.Tutorial : ContentTypes.Opinion;
        json["score"]!["contentType"] = lent;
        File.WriteAllText(file, json.ToJsonString());

        using var join = await RunJoin.BuildAsync(new FileBlobStore(copy.Path), run.Context, default);

        Assert.Equal(lent, join.RowsById().Single(r => r.ArticleId == id).ContentType);
    }

    [Fact]
    public void SweepTempFiles_ShouldRemoveWhatKilledStagesLeft_AndNothingElse()
    {
        using var folder = new TempDir();
        Directory.CreateDirectory(Path.Combine(folder.Path, "newscurator-spill-abc"));
        File.WriteAllText(Path.Combine(folder.Path, "newscurator-spill-abc", "p00001.jsonl"), "{}");
        File.WriteAllText(Path.Combine(folder.Path, "newscurator-0123.tmp"), "x");
        File.WriteAllText(Path.Combine(folder.Path, "newscurator-keys-1.bin"), "x");
        Directory.CreateDirectory(Path.Combine(folder.Path, "newscurator-model"));
        File.WriteAllText(Path.Combine(folder.Path, "other.tmp"), "x");

        Assert.Equal(3, SpillPartitions.SweepTempFiles(folder.Path));
        Assert.Equal(["newscurator-model", "other.tmp"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private PipelineRunRow RunRow() => PipelineRunRow.Completed(run.Context, run.Context.StartedAt, "runs/api/", null, new StageCost());

    private static string Write(RunJoin join, Action<RunJoin, Stream> write)
    {
        using var buffer = new MemoryStream();
        write(join, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Text(Stream stream, Action<TextWriter> write)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 12, leaveOpen: true);
        write(text);
    }
}
