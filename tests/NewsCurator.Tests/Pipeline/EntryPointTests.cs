using System.Text.Json;
using NewsCurator.Cli;
using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;
using NewsCurator.Infrastructure.S3;

namespace NewsCurator.Tests.Pipeline;

/// <summary>The CLI commands and the Batch entrypoint, called as a user or AWS Batch calls them.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class EntryPointTests
{
    [Fact]
    public async Task Run_WhenTheConfigIsBad_ShouldExit2NamingTheKeyAndCreateNothing()
    {
        using var dir = new TempDir();
        var config = dir.File("bad.yaml", "feeds: {urls: [https://e.org/feed]}\nenhance: {summary_lenght: 3}");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await RunCommand.ExecuteAsync(Path.Combine(dir.Path, "out"), config, "x", quiet: true, stdout, stderr, default);

        Assert.Equal(2, exit);
        Assert.Contains("unknown key 'enhance.summary_lenght' (did you mean 'summary_length'?)", stderr.ToString());
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "out")));
    }

    [Fact]
    public async Task Run_OnTheSamples_ShouldPrintTheNewsletterPathAndTheFunnel()
    {
        using var dir = new TempDir();
        var stdout = new StringWriter();
        var exit = await RunCommand.ExecuteAsync(dir.Path, Repo.SampleConfig, "cli", quiet: false, stdout, new StringWriter(), default);

        Assert.Equal(0, exit);
        var output = stdout.ToString();
        Assert.Contains("Ingest: shard", output);
        Assert.Contains(Path.Combine(dir.Path, "runs", "cli", "newsletter", "newsletter.html"), output);
        foreach (var stage in new[] { "feeds", "items", "after dedupe", "after content filter", "after ad detection", "after scoring", "selected" })
            Assert.Contains(stage, output);
    }

    [Fact]
    public async Task Parse_ShouldPrintOneJsonLinePerSourceAndGoOnAfterFailures()
    {
        var stdout = new StringWriter();
        var exit = await ParseCommand.ExecuteAsync(
        [
            Repo.Path("samples", "feeds", "netnewswire-rsparser", "russcox.atom"),
            Repo.Path("samples", "feeds", "rss-parser", "unrecognized.rss"),
            Repo.Path("samples", "feeds", "netnewswire-rsparser", "inessential.json"),
        ], stdout, default);

        Assert.Equal(1, exit);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("atom-1.0", lines[0].GetProperty("format").GetString());
        Assert.Equal(19, lines[0].GetProperty("items").GetInt32());
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("error").ValueKind);
        Assert.StartsWith("http", lines[0].GetProperty("first_item").GetProperty("link").GetString());
        Assert.Contains("not a feed", lines[1].GetProperty("error").GetString());
        Assert.Equal("json-feed-1.0", lines[2].GetProperty("format").GetString());
    }

    [Fact]
    public async Task Parse_GzipBomb_ShouldStopAtAndNameFetchMaxBodyBytes()
    {
        // `parse` applied the parser's 32 MB default and called it fetch.max_body_bytes (10 MB): the limit it
        // names must be the one it applied, as `run` does.
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "bomb.rss");
        using (var file = File.Create(path))
        using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
            gzip.Write(new byte[NewsCurator.Ingest.FeedParser.MaxInflatedBytes + 1024]);
        var stdout = new StringWriter();
        Assert.Equal(1, await ParseCommand.ExecuteAsync([path], stdout, default));
        var error = JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("error").GetString();
        var limit = new NewsCurator.Configuration.FetchConfig().MaxBodyBytes;
        Assert.Contains($"inflates past {limit} bytes (fetch.max_body_bytes)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_FileNamesWithPercentAndHash_ShouldBeReadAsNamed()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "weird#name%41 feed.atom");
        File.Copy(Repo.Path("samples", "feeds", "netnewswire-rsparser", "russcox.atom"), path);
        var stdout = new StringWriter();
        Assert.Equal(0, await ParseCommand.ExecuteAsync([path], stdout, default));
        Assert.Equal(19, JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("items").GetInt32());
    }

    [Fact]
    public async Task OpmlWithState_ShouldApplyMovesAStateRunWouldTrust_AndSetDamagedStatesAside()
    {
        // Hostile-input audit 30, H9: a state of garbage crashed the export, and a move to javascript: or file: was written
        // into the list as a feed's address.
        using var dir = new TempDir();
        var feeds = NewsCurator.Runs.StartRunStage.ResolveFeeds(NewsCurator.Configuration.ConfigLoader.Load(Repo.SampleConfig), Repo.SampleConfig).Feeds.Resolved;
        var blobs = new NewsCurator.Storage.FileBlobStore(dir.Path);
        await blobs.WriteAsync(NewsCurator.Ingest.FeedStateStore.Key(feeds[0].Url), new byte[] { 0x82, 0x00, 0x7B }, "application/json");
        await blobs.WriteJsonAsync(NewsCurator.Ingest.FeedStateStore.Key(feeds[1].Url), new NewsCurator.Ingest.FeedState { Url = feeds[1].Url, MovedTo = "javascript:alert(1)" });
        await blobs.WriteJsonAsync(NewsCurator.Ingest.FeedStateStore.Key(feeds[2].Url), new NewsCurator.Ingest.FeedState { Url = feeds[2].Url, MovedTo = "https://moved.example/feed.xml" });
        var stdout = new StringWriter();

        Assert.Equal(0, await OpmlCommand.ExecuteAsync(Repo.SampleConfig, dir.Path, stdout, new StringWriter(), default));

        var exported = NewsCurator.Ingest.Opml.Parse(stdout.ToString(), new Uri("file:///"), "export").Select(f => f.Url).ToList();
        Assert.Equal([feeds[0].Url, feeds[1].Url, "https://moved.example/feed.xml"], exported.Take(3));
        Assert.DoesNotContain(exported, u => u.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Opml_ShouldExportTheResolvedListSoItCanBeImportedAgain()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, await OpmlCommand.ExecuteAsync(Repo.SampleConfig, null, stdout, new StringWriter(), default));
        var exported = NewsCurator.Ingest.Opml.Parse(stdout.ToString(), new Uri("file:///"), "export");
        var original = NewsCurator.Runs.StartRunStage.ResolveFeeds(NewsCurator.Configuration.ConfigLoader.Load(Repo.SampleConfig), Repo.SampleConfig).Feeds.Resolved;
        Assert.Equal(original.Select(f => (f.Url, f.Title, f.Priority)), exported.Select(f => (f.Url, f.Title, f.Priority)));
    }

    [Fact]
    public async Task BatchEntrypoint_ShouldScoreFromInputToOutputUris_AndRefuseMissingInput()
    {
        using var dir = new TempDir();
        var store = new FileBlobStore(dir.Path);
        await store.WriteJsonLinesAsync("in.jsonl", new[]
        {
            new Article { Id = "a", FeedUrl = "f", Title = "LLM inference on GPUs", Text = Feeds.AiBody },
            new Article { Id = "b", FeedUrl = "f", Title = "Derby", Text = Feeds.SportsBody },
        });
        var env = new Dictionary<string, string?>
        {
            ["INPUT_URI"] = new Uri(Path.Combine(dir.Path, "in.jsonl")).ToString(),
            ["OUTPUT_URI"] = Path.Combine(dir.Path, "out", "scores.jsonl"),
        };
        var log = new StringWriter();

        Assert.Equal(0, await BatchScoringEntrypoint.RunAsync(n => env.GetValueOrDefault(n), log));
        var scores = await new FileBlobStore(Path.Combine(dir.Path, "out")).ReadJsonLinesAsync<ArticleScore>("scores.jsonl");
        Assert.Equal(["a", "b"], scores.Select(s => s.Id));
        Assert.Contains("2 items scored", log.ToString());

        env["INPUT_URI"] = Path.Combine(dir.Path, "nope.jsonl");
        Assert.Equal(2, await BatchScoringEntrypoint.RunAsync(n => env.GetValueOrDefault(n), log));
        Assert.Equal(2, await BatchScoringEntrypoint.RunAsync(_ => null, log));
        Assert.Contains("RUN_ID is not set", log.ToString());
    }

    [Theory]
    [InlineData("3", "3", "AWS_BATCH_JOB_ARRAY_INDEX '3' must be 0-2")]
    [InlineData("3", null, "AWS_BATCH_JOB_ARRAY_INDEX '' must be 0-2")]
    [InlineData("zero", "0", "SCORING_PARTITIONS 'zero' must be a whole number")]
    public async Task BatchEntrypoint_WithABadArrayShare_ShouldRefuseBeforeScoring(string partitions, string? index, string message)
    {
        using var dir = new TempDir();
        var store = new FileBlobStore(dir.Path);
        await store.WriteJsonLinesAsync(new RunPaths("arr").Candidates, new[] { new Article { Id = "a", FeedUrl = "f", Title = "t", Text = "x" } });
        var env = new Dictionary<string, string?> { ["RUN_ID"] = "arr", ["SCORING_PARTITIONS"] = partitions, ["AWS_BATCH_JOB_ARRAY_INDEX"] = index };
        var log = new StringWriter();

        Assert.Equal(2, await BatchScoringEntrypoint.RunAsync(n => env.GetValueOrDefault(n), log, defaultStore: store));

        Assert.Contains(message, log.ToString());
        Assert.Empty(await store.ListAsync("runs/arr/scores"));
    }
}
