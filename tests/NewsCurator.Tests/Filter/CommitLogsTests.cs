using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>A repository's commits are no stories, whatever their length (fortieth held-out review, F1); a release, a changelog and news of commits stay.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class CommitLogsTests
{
    private static readonly ContentRules Rules = new(new ContentConfig { MinLength = 300 }, new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Item(string title, string link, string? author = null, string text = "This makes the code a bit shorter, and properly handles cryptographic error conditions.")
        => new() { Id = "x", FeedUrl = "https://github.com/miniflux/v2/commits/main.atom", Title = title, Link = link, Author = author, Language = "en", Text = text };

    [Theory]
    [InlineData("https://github.com/miniflux/v2/commit/0f7b047b0a81253b6d146e05d561545303016b74")]
    [InlineData("https://gitlab.com/group/project/-/commit/9a8b7c6d")]
    [InlineData("https://codeberg.org/forgejo/forgejo/commit/1234abcd5678")]
    [InlineData("https://bitbucket.org/team/repo/commits/abcdef1234567")]
    [InlineData("https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=6a2f0e8c1b3d")]
    public void AnItemLinkingToACommitsPage_ShouldBeACommit_BeforeItsLengthIsWeighed(string link)
    {
        // The feed is the code host's own (its commits feed): a link aggregator's story about a commit is news (Review32, R3).
        var decision = Rules.CheckContent(Item("Use crypto.GenerateRandomBytes instead of doing it by hand", link) with { FeedUrl = $"https://{new Uri(link).Host}/commits.atom" });
        Assert.Equal("commit_log", decision?.Rule);
        Assert.Contains("commit page on", decision?.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bump github.com/go-jose/go-jose/v3 from 3.0.1 to 3.0.3", null)]
    [InlineData("build(deps): bump golang.org/x/net from 0.21.0 to 0.22.0", null)]
    [InlineData("chore(deps): update dependency eslint to v9.1.0", null)]
    [InlineData("Refresh the lockfile", "dependabot[bot]")]
    [InlineData("Nightly translations sync", "github-actions[bot]")]
    public void ABotsMaintenanceCommit_ShouldBeACommit(string title, string? author)
        => Assert.Equal("commit_log", CommitLogs.Of(Item(title, "https://example.org/changes/17", author)) is null ? null : "commit_log");

    [Theory]
    [InlineData("Go 1.22 is released", "https://go.dev/blog/go1.22")]
    [InlineData("Release v2.1.0", "https://github.com/miniflux/v2/releases/tag/2.1.0")]
    [InlineData("Bump allocator gets 2x faster in the new runtime", "https://example.org/blog/bump-allocator")]
    [InlineData("The commit that broke the internet", "https://example.org/2024/03/the-commit-that-broke-the-internet")]
    [InlineData("GitHub now shows commit signatures", "https://github.blog/changelog/2024-03-01-commit-signatures")]
    [InlineData("Bump RAM from 8 to 16 GB: what it does for a laptop", "https://example.org/ram")]
    public void AStory_ShouldNotBeACommit(string title, string link)
        => Assert.Null(CommitLogs.Of(Item(title, link)));

    [Theory]
    [InlineData("TechWire News [bot]")]
    [InlineData("Renovate Magazine")]
    public void ABylineThatMerelyLooksLikeABot_ShouldNotMakeACommit(string author)
        => Assert.Null(CommitLogs.Of(Item("Chip makers race to ship the next GPU", "https://news.example/gpus", author)));

    [Fact]
    public void ACodeHostsFeedKnownByItsHome_AndAPatchLink_ShouldBeACommit()
    {
        var item = Item("Fix the parser", "https://github.com/miniflux/v2/commit/0f7b047b0a81.patch") with { FeedUrl = "file:///feeds/commits.atom", FeedHome = "github.com/miniflux/v2" };
        Assert.NotNull(CommitLogs.Of(item));
    }
}
