using NewsCurator.Configuration;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Configuration;

/// <summary>A YAML alias bomb where a key should be is refused in bounded time and memory (audit hostile13 H13-4).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class YamlAliasKeyTests
{
    private const string Feeds = "feeds: {urls: [\"https://example.org/feed\"]}\n";

    [Fact]
    public void AnAliasBombUsedAsAKey_ShouldBeRefusedByPositionWithoutExpandingIt()
    {
        // Five levels of nine aliases: rendered, the key is 9^5 scalars. The audit's ten levels took 5.8 GB and died; six
        // and more now stop earlier, at the loader's bound on what aliases repeat (ConfigLoaderTests).
        var yaml = Feeds + "bombs:\n  x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            + string.Concat(Enumerable.Range(1, 4).Select(i => $"  x{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n"))
            + "? *a4\n: boom\n";
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Parse(yaml, "pipeline.yaml"));
        Assert.Contains("has a key that is a list (defined at line", error.Message);
        Assert.Contains("keys must be plain names", error.Message);
        Assert.DoesNotContain("lol", error.Message);
        Assert.Contains("unknown key 'bombs'", error.Message);
    }
}
