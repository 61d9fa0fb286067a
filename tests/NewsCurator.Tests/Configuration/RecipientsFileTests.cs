using NewsCurator.Configuration;
using NewsCurator.Runs;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Configuration;

/// <summary>
/// delivery.recipients_file is read with a bound and quoted by line number only (hostile-input audit 28, H2: /dev/zero
/// crashed the run at 8 GB naming no key; /proc/self/environ was printed whole in the error).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class RecipientsFileTests
{
    private static string Config(TempDir dir, string file, bool enabled = true) => dir.File("pipeline.yaml", $"""
        feeds: {"{"}urls: ["https://example.org/feed"]{"}"}
        delivery:
          enabled: {(enabled ? "true" : "false")}
          recipients_file: {file}
          list_unsubscribe: "https://example.org/unsubscribe?u={"{"}email{"}"}"
        """);

    private static PipelineConfig Resolve(string configPath) => StartRunStage.ResolveSettings(ConfigLoader.Load(configPath), configPath);

    [Fact]
    public void AListOfAddresses_ShouldAddThem_SkippingCommentsAndBlankLines()
    {
        using var dir = new TempDir();
        dir.File("readers.txt", "# readers\r\nalice@example.org\r\n\n  bob@example.org  \n");
        Assert.Equal(["alice@example.org", "bob@example.org"], Resolve(Config(dir, "readers.txt")).Delivery.Recipients);
    }

    [Fact]
    public void AByteOrderMark_ShouldBeNoPartOfTheFirstLine()
    {
        using var dir = new TempDir();
        File.WriteAllText(Path.Combine(dir.Path, "bom.txt"), "# readers\nalice@example.org\n", new System.Text.UTF8Encoding(true));
        File.WriteAllText(Path.Combine(dir.Path, "bom2.txt"), "carol@example.org\n", new System.Text.UTF8Encoding(true));
        Assert.Equal(["alice@example.org"], Resolve(Config(dir, "bom.txt")).Delivery.Recipients);
        Assert.Equal(["carol@example.org"], Resolve(Config(dir, "bom2.txt")).Delivery.Recipients);
    }

    [Fact]
    public void ALineThatIsNoAddress_ShouldStopTheRunByLineNumber_WithoutPrintingTheLine()
    {
        using var dir = new TempDir();
        dir.File("env.txt", "alice@example.org\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI\u0000HOME=/root\n");
        var error = Assert.Throws<ConfigurationException>(() => Resolve(Config(dir, "env.txt")));
        Assert.Contains("delivery.recipients_file 'env.txt': line 2 is not an e-mail address", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wJalrXUtnFEMI", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void AnEndlessDevice_ShouldStopTheRunAtTheBound_NamingTheKey()
    {
        Skip.IfNot(File.Exists("/dev/zero"), "no /dev/zero on this system");
        using var dir = new TempDir();
        var error = Assert.Throws<ConfigurationException>(() => Resolve(Config(dir, "/dev/zero")));
        Assert.Contains("delivery.recipients_file '/dev/zero' is larger than 8 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolder_ShouldStopTheRunSayingSo()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "lists"));
        var error = Assert.Throws<ConfigurationException>(() => Resolve(Config(dir, "lists")));
        Assert.Contains("is a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithDeliveryOff_TheFileIsNotRead()
    {
        using var dir = new TempDir();
        Assert.Empty(Resolve(Config(dir, "missing.txt", enabled: false)).Delivery.Recipients);
    }
}
