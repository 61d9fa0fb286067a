using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A site's standing pages and its notes about itself are no news: a consultant's services, hire-me, CV and pricing pages
/// (held-out review 108, F3), and a blog's launch, welcome or first-post note (held-out review 107, F2).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SiteOwnNoticesTests
{
    private static string? Of(string title, string text, string link)
        => SitePages.Of(new Article { Id = "a", FeedUrl = new Uri(link).GetLeftPart(UriPartial.Authority) + "/index.xml", Title = title, Text = text, Link = link, Language = "en" });

    private const string Offer = "I offer consulting and development for companies that build connected devices. Typical work includes firmware for " +
                                 "small microcontrollers, board bring-up, drivers and test rigs. Get in touch to discuss your project.";

    [Theory]
    [InlineData("Firmware Consulting", "https://dev.example.io/services/")]
    [InlineData("Services", "https://dev.example.io/services/")]
    [InlineData("Hire an Embedded Engineer", "https://dev.example.io/hire/")]
    [InlineData("Work with me", "https://dev.example.io/work-with-me/")]
    [InlineData("Curriculum Vitae", "https://dev.example.io/cv/")]
    [InlineData("Résumé", "https://dev.example.io/resume/")]
    [InlineData("Pricing", "https://dev.example.io/pricing/")]
    public void AConsultantsStandingPage_ShouldBeASitePage(string title, string link)
        => Assert.NotNull(Of(title, Offer, link));

    [Theory]
    [InlineData("Cloud vendor raises pricing for storage", "https://news.example.org/2026/03/storage-pricing")]
    [InlineData("Consulting", "https://dev.example.io/2026/03/consulting/")]
    [InlineData("Why I stopped consulting", "https://dev.example.io/posts/why-i-stopped-consulting/")]
    [InlineData("Firmware Consulting", "https://dev.example.io/posts/firmware-consulting-lessons/")]
    public void APostAboutServicesOrPricing_ShouldStayAPost(string title, string link)
        => Assert.Null(Of(title, Offer, link));

    [Theory]
    [InlineData("Website launch", "Finally found the time to build my own website. This is my first post, and here I plan to share notes on statistics and machine learning. See you in the next post!")]
    [InlineData("Welcome to my new blog", "Welcome! This blog is where I will write about data engineering and the tools I use at work.")]
    [InlineData("Hello, world", "This is the first post on this site, built with a static site template. More soon.")]
    [InlineData("First post", "My first post: I set up this blog to keep track of what I learn about R and Python.")]
    public void ABlogsNoteAboutItself_ShouldBeASitePage(string title, string text)
        => Assert.NotNull(Of(title, text, "https://someone.example.io/posts/2024-06-01-note/"));

    [Theory]
    [InlineData("Hello, world", "A program that prints a greeting is the first program in most languages. In Rust you write fn main and call the println macro with the text.")]
    [InlineData("Website launch", "Acme launched its website builder today, letting small shops create a store in minutes; the company said it has 2,000 customers in beta.")]
    [InlineData("Welcome to the new Python packaging guide", "This blog post walks through the new packaging guide, which replaces three older documents.")]
    public void ATutorialOrAProductLaunch_ShouldStayAPost(string title, string text)
        => Assert.Null(Of(title, text, "https://someone.example.io/posts/2024-06-01-note/"));

    /// <summary>Code review 50, R6: a hello-world tutorial whose code came from an HTML block, signed off "on this blog".</summary>
    [Fact]
    public void AHelloWorldTutorial_WithCodeFromHtml_ShouldStayAPost()
    {
        const string text = "Zig compiles a hello-world program for x86-64 and for WebAssembly from one source file. The program is short:\n" +
                            "const std = @import(\"std\");\npub fn main() !void {\n    std.debug.print(\"Hello, world!\\n\", .{});\n}\n" +
                            "Built in release-small mode, the native binary is 2.1 KB and the WebAssembly module 400 bytes, against 300 KB for Rust's default build. " +
                            "Next week on this blog: error unions and how they compare with exceptions.";
        Assert.Null(Of("Hello, World", text, "https://someone.example.io/posts/hello-world/"));
        // The same sign-off with no code: the post talks of its subject first, not of the site.
        Assert.Null(Of("Hello, World", "Zig compiles a hello-world program for x86-64 and for WebAssembly from one source file. The native binary is 2.1 KB. Next week on this blog: error unions.",
            "https://someone.example.io/posts/hello-world/"));
    }
}
