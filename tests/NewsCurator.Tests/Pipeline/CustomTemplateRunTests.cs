using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Pipeline;

/// <summary>A custom template that does not compile stops the run in StartRun, before any feed is read (audit hostile13 H13-5).</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class CustomTemplateRunTests : IDisposable
{
    private readonly PipelineHarness _harness = new();
    private readonly LoopbackServer _server = new();

    [Fact]
    public async Task Run_WhenACustomTemplateDoesNotCompile_ShouldFailInStartRunNamingTheFileBeforeFetchingAnything()
    {
        _server.Serve("a.xml", Feeds.Rss("A", ("Open source LLM runs on one GPU", "https://example.org/a", Feeds.AiBody)));
        _harness.WriteFile("badtpl/newsletter.html.hbs", "<html>{{#each Sections}}{{Name}</html>");
        _harness.WriteFile("badtpl/newsletter.txt.hbs", "{{Title}}");
        var config = _harness.WriteFile("tpl.yaml", $"""
            feeds:
              urls: ["{_server.Url("a.xml")}"]
            fetch:
              allow_private_hosts: [127.0.0.1]
            newsletter:
              templates: badtpl
            """);

        var result = await _harness.RunAsync("badtpl", config);

        Assert.Equal("FAILED", result.Status);
        Assert.Equal("ConfigurationException", result.Error);
        Assert.Contains("newsletter.templates", result.Cause);
        Assert.Contains("newsletter.html.hbs line 1", result.Cause);
        Assert.Equal(0, _server.Hits("a.xml"));
        Assert.Equal("StartRun", _harness.Query<string>("SELECT error_stage FROM pipeline_runs WHERE run_id = 'badtpl'").Single());
    }

    public void Dispose()
    {
        _server.Dispose();
        _harness.Dispose();
    }
}
