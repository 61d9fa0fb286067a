using Microsoft.Playwright;
using NewsCurator.Cli;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Api;

/// <summary>The dashboard in headless Chromium (Debian's, driven by Playwright) against the Kestrel host on loopback.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class DashboardTests : IDisposable
{
    private readonly PipelineHarness _harness = new();
    private readonly LoopbackServer _feeds = new();

    [SkippableFact]
    public async Task Dashboard_ShouldShowTheRunAndRenderFeedTextAsTextNeverAsMarkup()
    {
        var chromium = Requires.Chromium();
        // Ingest already strips tags from titles; an escaped tag survives as text and must stay text here.
        const string evilTitle = "<img src=x onerror=window.__xss=1> LLM inference on one GPU";
        _feeds.Serve("evil.xml", $"""
            <rss version="2.0"><channel><title>&lt;script&gt;window.__xss=2&lt;/script&gt;Evil feed</title>
            <item><title>{System.Security.SecurityElement.Escape(System.Net.WebUtility.HtmlEncode(evilTitle))}</title><link>https://example.org/evil" onclick="window.__xss=3</link><guid>1</guid>
            <description><![CDATA[{Feeds.AiBody}]]></description></item>
            <item><title>GPU kernels tuned by hand</title><link>javascript:window.__xss=4</link><guid>3</guid>
            <description><![CDATA[{Feeds.AiBody.Replace("language model", "GPU kernel")}]]></description></item>
            <item><title>Rust compiler gets faster builds</title><link>https://example.org/rust</link><guid>2</guid>
            <description><![CDATA[{Feeds.AiBody.Replace("language model", "Rust compiler")}]]></description></item>
            </channel></rss>
            """);
        var result = await _harness.RunAsync("dash", _harness.ConfigForUrls(_feeds.Url("evil.xml")));
        Assert.True(result.Succeeded, result.Cause);

        // Port 0: the OS picks a free port, so parallel runs never collide.
        await using var app = ServeCommand.Build(_harness.OutDir, "http://127.0.0.1:0", adminToken: "dash-token");
        await app.StartAsync();
        var baseUrl = app.Urls.Single();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(baseUrl + "/");
        await page.WaitForSelectorAsync("#articles tbody tr");
        // The status line is written once the whole run (articles, feeds) has loaded.
        await page.WaitForFunctionAsync("() => document.querySelector('#status').textContent !== 'loading…'");

        Assert.Equal("1 runs", await page.InnerTextAsync("#status"));
        Assert.Equal(7, await page.Locator("#funnel .bar").CountAsync());
        Assert.Equal(2, await page.Locator("#articles tbody tr").CountAsync());
        // Ingest already reads the escaped tag as text ('‹img ...›'); the page prints that as text, and no image appears.
        Assert.Contains(evilTitle.Replace('<', '‹').Replace('>', '›'), await page.InnerTextAsync("#articles"));
        Assert.Equal(0, await page.Locator("#articles img").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
        Assert.Equal(0, await page.Locator("a[href^='javascript:']").CountAsync());
        Assert.Contains("Evil feed", await page.InnerTextAsync("#feeds"));
        // The story card is the newsletter's own partial, in a frame sandboxed without scripts.
        var card = page.FrameLocator("#card");
        await card.Locator("h3").WaitForAsync();
        Assert.Contains("1.", await card.Locator("h3").InnerTextAsync());
        Assert.Equal("", await page.GetAttributeAsync("#card", "sandbox"));
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
        // Admin status: refused with a wrong token, shown with the right one.
        await page.FillAsync("#admin-token", "wrong");
        await page.ClickAsync("#admin-form button");
        await page.WaitForSelectorAsync("#admin-status li.error");
        await page.FillAsync("#admin-token", "dash-token");
        await page.ClickAsync("#admin-form button");
        await page.WaitForSelectorAsync("#admin-status li:not(.error)");
        var admin = await page.InnerTextAsync("#admin-status");
        Assert.Contains("database: reachable", admin);
        Assert.Contains("run dash: completed", admin);
        Assert.Empty(errors);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.Path("dashboard.png"), FullPage = true });
        await app.StopAsync();
    }

    public void Dispose()
    {
        _feeds.Dispose();
        _harness.Dispose();
    }
}
