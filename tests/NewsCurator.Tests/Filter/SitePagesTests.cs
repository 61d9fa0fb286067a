using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>A site's standing pages listed in its feed are no stories (eleventh held-out review, F2: a contact card and a projects page printed).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SitePagesTests
{
    private static readonly string Body = string.Join(' ', Enumerable.Repeat("We are a small team working on security research, tools and training for developers.", 5));

    // The feed on the site it lists (an item at another site's root is an aggregator's story: hostile-input audit 40, H11).
    private static (string Rule, string Reason)? Check(string title, string link, string? text = null)
        => new ContentRules(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch).CheckContent(
            new Article { Id = "a", FeedUrl = new Uri(link).GetLeftPart(UriPartial.Authority) + "/feed.xml", Title = title, Text = text ?? Body, Link = link, Language = "en" });

    [Theory]
    [InlineData("About Us", "https://user.github.io/research.github.io/about-us.html")]
    [InlineData("Our Projects", "https://the-labs.github.io/projects/")]
    [InlineData("Contact", "https://the-labs.github.io/contact/")]
    [InlineData("Privacy Policy", "https://blog.example.org/privacy-policy/")]
    [InlineData("now", "https://jane.example.net/now")]
    // Fifty-first held-out review, F2: a portfolio's "About" item links to the site's home page.
    [InlineData("About", "https://gessfred.example/")]
    [InlineData("About me", "https://jane.example.net")]
    public void ASitePage_ShouldBeDropped(string title, string link)
    {
        var verdict = Check(title, link);
        Assert.Equal("site_page", verdict?.Rule);
        Assert.Contains("a site page", verdict?.Reason, StringComparison.Ordinal);
    }

    [Theory]
    // A post about a page, or a page-like title at a post's address, is a post.
    [InlineData("About Us: how we rebuilt our team page", "https://blog.example.org/about-us/")]
    [InlineData("About", "https://blog.example.org/2024/05/about-time-zones/")]
    [InlineData("Projects", "https://blog.example.org/posts/my-2024-projects/")]
    [InlineData("Contact tracing apps, one year on", "https://news.example.org/contact/")]
    [InlineData("Uses of the new scheduler", "https://blog.example.org/")]
    public void APost_ShouldStay(string title, string link) => Assert.Null(Check(title, link));

    [Theory]
    // Forty-third held-out review, F1: a Hugo site's host and guest pages, a name at a people section or over a biography.
    [InlineData("Nicholas Chang", "http://nickazuredevops.github.io/host/thess/", "Nicholas is a Senior Platform Engineer working at Kainos interested in learning and sharing Azure Knowledge within the community. I work with Azure, Terraform, Azure DevOps, and GitHub and am passionate about Microsoft technology. You can find me on my Twitter.")]
    [InlineData("Kevin Evans", "http://nickazuredevops.github.io/guest/kevin-evans/", "Kevin Evans is a Senior Cloud Solution Architect at Microsoft. He has a passion for innovation.")]
    [InlineData("Jean-Luc O'Brien", "https://blog.example.org/authors/jlob.html", "Jean-Luc is an engineer on the compiler team.")]
    [InlineData("Maria van Dijk", "https://blog.example.org/people/maria-van-dijk/", "Maria van Dijk is the lead maintainer of the scheduler and a speaker at many conferences about distributed systems and their failure modes in production.")]
    public void APersonsProfilePage_ShouldBeDropped(string title, string link, string? text)
    {
        var verdict = Check(title, link, text is null ? null : $"{text} {Body}");
        Assert.Equal("site_page", verdict?.Rule);
        Assert.Contains("a person's profile page", verdict?.Reason, StringComparison.Ordinal);
    }

    [Theory]
    // A headline in title case, or a name over news, is a post.
    [InlineData("Rust Ships Async", "https://blog.example.org/2024/05/rust-ships-async/", null)]
    [InlineData("Apple Buys Startup", "https://news.example.org/apple-buys-startup", "Apple is buying a startup whose founder built the first on-device speech model, the company said on Tuesday in a filing with regulators.")]
    [InlineData("Linus Torvalds", "https://news.example.org/2024/05/linus-torvalds/", "Linus Torvalds released Linux 6.10 on Sunday, with a new scheduler and support for more ARM laptops, and said the next window opens now.")]
    [InlineData("Meet the speakers of KubeCon", "https://events.example.org/speakers/kubecon/", null)]
    // Hostile-input audit 35, H2 and H3: one sign alone is a story's too.
    [InlineData("Lisa Su", "https://news.example.org/interviews/lisa-su", "Lisa Su is the chair and CEO of AMD. In a long interview this week she explained the company's plans.")]
    [InlineData("Arm Files For Listing", "https://news.example.org/technology/arm-files-for-listing", "Arm is the British chip designer owned by SoftBank, and on Monday it filed for a listing.")]
    [InlineData("Rust Ships Async Closures", "https://blog.example.org/guest/rust-ships-async-closures", "The Rust project released version 1.85 on Thursday with async closures.")]
    public void ANamedPost_ShouldStay(string title, string link, string? text) => Assert.Null(Check(title, link, text is null ? null : $"{text} {Body}"));

    [Fact]
    public void AThemesDemoPage_ShouldBeDroppedAsAPlaceholder()
    {
        var text = "@tailwindcss/typography\nView on GitHub!\nBeautiful typographic defaults for HTML you don’t control.\nThe official Tailwind CSS Typography plugin provides a set of prose classes you can use to add beautiful typographic defaults to any vanilla HTML you don’t control. " + Body;
        Assert.Equal("placeholder", Check("Prose", "https://the-labs.github.io/prose/", text)?.Rule);
        Assert.Equal("placeholder", Check("Markdown Syntax Guide", "https://blog.example.org/posts/markdown-syntax/",
            "This article offers a sample of basic Markdown syntax that can be used in Hugo content files, also it shows whether basic HTML elements are decorated with CSS in a Hugo theme. " + Body)?.Rule);
    }
}
