using System.Text;
using System.Text.Json;
using NewsCurator.Model;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Storage;

/// <summary>JSON-lines artifacts read whole (ReadJsonLinesAsync) or streamed: one reader, one way of reporting a bad line.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class JsonLinesTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly FileBlobStore _store;

    public JsonLinesTests() => _store = new FileBlobStore(_dir.Path);

    private sealed record Line(string Id, int N);

    [Fact]
    public async Task ReadJsonLines_WithABadLine_ShouldNameTheFileAndTheLine()
    {
        await _store.WriteTextAsync("runs/r/decisions/filter.jsonl", "{\"id\":\"a\",\"n\":1}\n\n{\"id\":\"b\",\"n\":2}\n{\"id\":\"c\",\"n\":\n", "application/x-ndjson");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => _store.ReadJsonLinesAsync<Line>("runs/r/decisions/filter.jsonl"));

        Assert.Contains(_store.Describe("runs/r/decisions/filter.jsonl"), error.Message);
        Assert.Contains("line 4 is not a valid Line", error.Message);
        Assert.Contains("must be re-run", error.Message);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
    }

    [Fact]
    public async Task ReadJsonLines_ShouldReadWhatStreamingReads_CrlfBlankLinesAndByteOrderMarkIncluded()
    {
        var text = "\uFEFF{\"id\":\"a\",\"n\":1}\r\n\r\n{\"id\":\"b\",\"n\":2}\r\n{\"id\":\"c\",\"n\":3}";
        await _store.WriteAsync("x.jsonl", Encoding.UTF8.GetBytes(text), "application/x-ndjson");

        var whole = await _store.ReadJsonLinesAsync<Line>("x.jsonl");

        Assert.Equal([new Line("a", 1), new Line("b", 2), new Line("c", 3)], whole);
        Assert.Equal(whole, await _store.StreamJsonLinesAsync<Line>("x.jsonl").ToListAsync());
    }

    [Fact]
    public async Task ReadJsonLines_WithANullLineOrNoFile_ShouldSaySo()
    {
        await _store.WriteTextAsync("n.jsonl", "{\"id\":\"a\",\"n\":1}\nnull\n", "application/x-ndjson");

        Assert.Contains("line 2 is null", (await Assert.ThrowsAsync<InvalidDataException>(() => _store.ReadJsonLinesAsync<Line>("n.jsonl"))).Message);
        Assert.Contains("is missing", (await Assert.ThrowsAsync<MissingArtifactException>(() => _store.ReadJsonLinesAsync<Line>("none.jsonl"))).Message);
    }

    /// <summary>A caller: Export loads Ingest's shards whole; a damaged shard names itself and the line instead of a bare JsonException.</summary>
    [Fact]
    public async Task RawShards_WithADamagedShard_ShouldNameTheShardAndTheLine()
    {
        var paths = new RunPaths("damaged");
        var article = new Article { Id = "a1", FeedUrl = "https://example.org/feed", Title = "A title", Text = "Some text" };
        await _store.WriteJsonLinesAsync(paths.RawShard("runs/damaged/feeds/shard-0000.json"), [article]);
        var damaged = paths.RawShard("runs/damaged/feeds/shard-0001.json");
        await _store.WriteTextAsync(damaged, JsonSerializer.Serialize(article with { Id = "a2" }, NewsCurator.Storage.Json.Options) + "\n{\"id\": \"a3\", \"title\": \n", "application/x-ndjson");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => RawShards.LoadAsync(_store, paths, default));

        Assert.Contains(_store.Describe(damaged), error.Message);
        Assert.Contains("line 2", error.Message);
    }

    public void Dispose() => _dir.Dispose();
}
