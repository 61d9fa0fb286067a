using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// GitHub's and dev.to's emoji shortcodes in a Markdown body are read as the emoji they stand for; colons of code, times,
/// symbols, YAML and unknown names stay as written (held-out review 84, F8).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class EmojiShortcodeTests
{
    [Fact]
    public void KnownShortcodes_ShouldBeEmoji()
    {
        var text = MarkdownText.ToPlainText("## :rocket: Version 2 is out :tada:\n\nThe merge finally landed last night. :smile:\n\n- :construction: The plugin API is next\n");
        Assert.DoesNotContain(":tada:", text, StringComparison.Ordinal);
        Assert.DoesNotContain(":smile:", text, StringComparison.Ordinal);
        Assert.DoesNotContain(":construction:", text, StringComparison.Ordinal);
        Assert.Contains("Version 2 is out \U0001F389", text, StringComparison.Ordinal);
        Assert.Contains("landed last night. \U0001F604", text, StringComparison.Ordinal);
        Assert.Contains("\U0001F6A7 The plugin API is next", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The call returns a std::vector:of:ints and runs at 10:30:45 daily.")]
    [InlineData("Match it with [:alpha:] and pass :symbol: values only as :name.")]
    [InlineData("Set timeout: 30 and retries: 3 in the config.")]
    [InlineData("Our own :partyparrot: emoji is not a standard name.")]
    public void OtherColons_ShouldStay(string line) => Assert.Contains(line, MarkdownText.ToPlainText("# Notes\n\n" + line + "\n\n**Done.**"), StringComparison.Ordinal);

    [Fact]
    public void ShortcodesInFencedCode_ShouldStay()
        => Assert.Contains("emoji: :tada:", MarkdownText.ToPlainText("# Config\n\n```yaml\nemoji: :tada:\n```\n\nThat is all.\n"), StringComparison.Ordinal);
}
