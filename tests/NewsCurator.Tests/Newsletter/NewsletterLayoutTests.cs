using System.Text.Json;
using Microsoft.Playwright;
using NewsCurator.Newsletter;
using NewsCurator.Storage;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Newsletter;

/// <summary>
/// The sample newsletter in headless Chromium at a phone's and a desktop's width: no sideways
/// scrolling, no script, alt texts, sections in the editorial order, stories numbered 1..n.
/// Screenshots go to the test artifacts (newsletter-390.png, newsletter-1280.png).
/// </summary>
[Trait(Category.Name, Category.Integration)]
public sealed class NewsletterLayoutTests : IDisposable
{
    private readonly PipelineHarness _harness = new();

    private static readonly string[] EditorialOrder =
        ["Top stories", "More stories", "News", "Research", "Releases", "Tutorials & guides", "Opinion & analysis", "Podcasts & video", "Events", "Jobs", "Also worth a look", "Sponsored"];

    [SkippableFact]
    public async Task SampleNewsletter_ShouldFitAPhoneAndADesktopWithContinuousNumbering()
    {
        var chromium = Requires.Chromium();
        var result = await _harness.RunAsync("layout", Repo.SampleConfig);
        Assert.True(result.Succeeded, result.Cause);
        var html = _harness.ReadBlob("runs/layout/newsletter/newsletter.html");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase); // inline CSS only: mail clients strip style blocks
        Assert.DoesNotContain("class=", html, StringComparison.Ordinal);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        foreach (var (width, height) in new[] { (390, 844), (1280, 900) })
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
            // Offline: the newsletter must not need the network to lay out.
            await page.RouteAsync("**/*", route => route.Request.Url.StartsWith("data:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
            await page.SetContentAsync(html);
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"at {width} px the newsletter is {scrollWidth} px wide: readers would scroll sideways");
            var cardWidth = await page.EvaluateAsync<int>("() => Math.round(document.querySelectorAll('table')[1].getBoundingClientRect().width)");
            Assert.InRange(cardWidth, Math.Min(width - 40, 600), 640);
            Assert.Equal(0, await page.Locator("img:not([alt])").CountAsync());
            Assert.Equal(0, await page.Locator("script").CountAsync());

            var numbers = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('h3 > span')].map(s => parseInt(s.textContent, 10))");
            Assert.Equal(Enumerable.Range(1, 20), numbers);
            var sections = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('h2')].map(h => h.textContent)");
            var positions = sections.Select(s => Array.FindIndex(EditorialOrder, o => o.Equals(s, StringComparison.OrdinalIgnoreCase))).ToList();
            Assert.DoesNotContain(-1, positions);
            Assert.Equal(positions.Order(), positions);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.Path($"newsletter-{width}.png"), FullPage = true });
            await page.CloseAsync();
        }

        // The text version numbers the same stories the same way.
        var text = _harness.ReadBlob("runs/layout/newsletter/newsletter.txt");
        var printed = text.Split('\n').Where(l => l.Length > 2 && char.IsDigit(l[0]) && l.Contains(". ", StringComparison.Ordinal))
            .Select(l => int.Parse(l[..l.IndexOf('.', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, 20), printed);

        // Every summary of the run went through the checker; the sentence summaries are clean.
        var report = JsonSerializer.Deserialize<SummaryReport>(_harness.ReadBlob("runs/layout/newsletter/summary_check.json"), NewsCurator.Storage.Json.Options)!;
        Assert.Equal(20, report.Summaries);
        Assert.All(report.Findings.Where(f => f.Source == "extractive"), f => Assert.Empty(f.Findings));
    }

    public void Dispose() => _harness.Dispose();
}
