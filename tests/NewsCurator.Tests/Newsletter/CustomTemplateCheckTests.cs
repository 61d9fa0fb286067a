using NewsCurator.Configuration;
using NewsCurator.Runs;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Newsletter;

/// <summary>
/// Custom templates are compiled and rendered once when the run starts: one that does not compile or render is a
/// config error naming the file, before any feed is read (audit hostile13 H13-5: it failed the Newsletter stage,
/// after every costly stage, with a parser message naming no file).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class CustomTemplateCheckTests
{
    private const string Feeds = "feeds: {urls: [\"https://example.org/feed\"]}\n";

    [Theory]
    [InlineData("newsletter.html.hbs", "<html>{{#each Sections}}{{Name}</html>", "newsletter.html.hbs line 1")]
    [InlineData("newsletter.txt.hbs", "{{#each Sections}}{{Name}}", "newsletter.txt.hbs")]        // a block never closed
    [InlineData("newsletter.html.hbs", "<html>{{> no_such_partial}}</html>", "newsletter.html.hbs")] // fails only when rendered
    public void CustomTemplates_ThatDoNotCompileOrRender_ShouldBeRefusedBeforeTheRunNamingTheFile(string file, string text, string expected)
    {
        using var dir = new TempDir();
        dir.File("tpl/newsletter.html.hbs", "<html>{{Title}}</html>");
        dir.File("tpl/newsletter.txt.hbs", "{{Title}}");
        dir.File("tpl/" + file, text);
        var configPath = dir.File("pipeline.yaml", Feeds + "newsletter:\n  templates: tpl\n");

        var error = Assert.Throws<ConfigurationException>(() => StartRunStage.ResolveSettings(ConfigLoader.Load(configPath), configPath));
        Assert.Contains("newsletter.templates", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void CustomTemplates_ThatCompile_ShouldBeAccepted()
    {
        using var dir = new TempDir();
        dir.File("tpl/newsletter.html.hbs", "<html>{{#each Sections}}{{Name}}{{/each}}</html>");
        dir.File("tpl/newsletter.txt.hbs", "{{Title}}");
        var configPath = dir.File("pipeline.yaml", Feeds + "newsletter:\n  templates: tpl\n");
        Assert.EndsWith("tpl/", StartRunStage.ResolveSettings(ConfigLoader.Load(configPath), configPath).Newsletter.Templates);
    }
}
