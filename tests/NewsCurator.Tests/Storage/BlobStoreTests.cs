using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Storage;

[Trait(Category.Name, Category.Unit)]
public sealed class BlobStoreTests
{
    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("runs/../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("runs\\x")]
    [InlineData("")]
    public void FileStore_WhenAKeyTriesToLeaveTheRoot_ShouldRefuseIt(string key)
    {
        using var dir = new TempDir();
        var store = new FileBlobStore(dir.Path);
        Assert.ThrowsAny<ArgumentException>(() => store.WriteAsync(key, new byte[] { 1 }, "x").GetAwaiter().GetResult());
    }

    [Fact]
    public async Task FileStore_ShouldRoundTripListAndOverwriteWithoutLeftovers()
    {
        using var dir = new TempDir();
        var store = new FileBlobStore(dir.Path);
        await store.WriteTextAsync("runs/r/a.json", "1", "application/json");
        await store.WriteTextAsync("runs/r/b/c.json", "2", "application/json");
        await store.WriteTextAsync("runs/r/a.json", "3", "application/json");
        await store.WriteTextAsync("runs/other/x.json", "4", "application/json");

        Assert.Equal(["runs/r/a.json", "runs/r/b/c.json"], await store.ListAsync("runs/r/"));
        Assert.Equal("3"u8.ToArray(), await store.ReadAsync("runs/r/a.json"));
        Assert.Null(await store.ReadAsync("runs/r/missing.json"));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("run-1")]
    [InlineData("2026_11_23-manual")]
    public void RunIds_WithTheSafeAlphabet_ShouldBeAccepted(string id) => Assert.Equal(id, RunPaths.ValidateRunId(id));

    [Theory]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("has space")]
    [InlineData("dot.ted")]
    public void RunIds_OutsideTheSafeAlphabet_ShouldBeRejected(string id) => Assert.Throws<ArgumentException>(() => RunPaths.ValidateRunId(id));
}
