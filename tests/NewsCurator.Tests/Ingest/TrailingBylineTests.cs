using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// InfoQ's deks each end on the writer's byline in italics ("... to the table. &lt;i&gt;By Mirko Stocker&lt;/i&gt;"): with no
/// stop after it, no dek read as finished, the feed was no dek feed, and its two shortest complete deks were held to
/// content.min_length (held-out review 69, F6). The byline goes from the text's end; a sentence that ends "by Google." and
/// a quote's speaker stay.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TrailingBylineTests
{
    private const string FeedUrl = "https://www.infoq.example/rss/rss.action";

    // infoq-2009.rdf (held-out review 69): its seven items, as the feed gives them.
    private static readonly (string Title, string Description)[] InfoQ =
    [
        ("Solo: Engine Yard on Amazon EC2", "Solo is a new offering from Engine Yard to run their software stack on Amazon EC2. We talked to Engine Yard's founder and architect Jayson Vantuyl to learn the differences between Solo and their present hosting services and what their target audience is. <i>By Mirko Stocker</i>"),
        ("Engine Yard Releases Cloud Management Framework Vertebra", "Vertebra, announced at RailsConf 2008, has finally been released. Vertebra is a platform to develop and manage cloud applications. We talked to Engine Yard founder and architect Jayson Vantuyl about what Vertebra and its use of XMPP bring to the table. <i>By Mirko Stocker</i>"),
        ("The Qualities of a Software Architect", "The software/enterprise architect job is an important one. The duties of an architect are numerous and require specific leadership, communication and technical skills to be fulfilled.  <i>By Abel Avram</i>"),
        ("jQuery 1.3 Released with New High Performance CSS Selector Engine", "Version 1.3 of the JavaScript library jQuery has been released featuring Sizzle, a brand new CSS selector engine which offers significant performance gains for the most frequently used selectors. Along with the release, a new API browser was presented which is available online or as an Adobe AIR application and can accommodate live running examples with which the developers can experiment. <i>By Dionysios G. Synodinos</i>"),
        ("Ruby 1.9.1 Is Close - Time To Switch From 1.8.x?", "Ruby 1.9.1, the first stable version of Ruby 1.9 is around the corner, with the RC2 expected any day. 1.9.x hasn't seen much adoption or support in it's first year - although a closer look shows that it might be time to consider 1.9.1.\r\n <i>By Werner Schuster</i>"),
        ("Presentation: Testing is Overrated", "In this talk from RubyFringe, Luke Francl asks: is developer-driven testing really the best way to find software defects? Or is the emphasis on testing and test coverage barking up the wrong tree? <i>By Werner Schuster</i>"),
        ("The AWS Management Console Raises Security Concerns", "There has been an ongoing debate over how secure cloud computing is. Some argue that clouds are more secure than many private networks, while others consider that cloud computing may open more security holes. Some consider that Amazon’s - Web based – AWS Management Console is creating more opportunities to hackers. <i>By Abel Avram</i>"),
    ];

    private static Article Normalize(string title, string description, int n = 0)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = title, Link = $"https://www.infoq.example/news/{n}", SummaryHtml = description },
            new FeedSource(FeedUrl), "InfoQ") with { Language = "en" };

    [Fact]
    public void AnItalicBylineAfterTheLastSentence_ShouldLeaveTheText()
    {
        var article = Normalize(InfoQ[1].Title, InfoQ[1].Description);

        Assert.EndsWith("bring to the table.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AFeedOfDeksEndingOnBylines_ShouldGiveDeks_AndKeepItsShortDeks()
    {
        var items = InfoQ.Select((x, i) => Normalize(x.Title, x.Description, i)).ToList();
        var deks = new DekFeeds(new ContentConfig().MinLength);
        foreach (var a in items) deks.Add(a);
        var rules = new ContentRules(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);

        Assert.True(deks.GivesDeks(FeedUrl));
        Assert.Null(rules.CheckContent(items[2], deks)?.Rule); // "The Qualities of a Software Architect"
        Assert.Null(rules.CheckContent(items[5], deks)?.Rule); // "Presentation: Testing is Overrated"
    }

    [Theory]
    [InlineData("Our new data center runs on wind power. <em>— Jane Doe</em>", "Our new data center runs on wind power.")]
    [InlineData("Our new data center runs on wind power.\nby Jane Doe and Max Mustermann", "Our new data center runs on wind power.")]
    public void OtherBylineForms_ShouldGoToo(string description, string text)
        => Assert.Equal(text, Normalize("Wind power for the data center", description).Text);

    [Theory]
    // A sentence that ends on its maker's name is the story's.
    [InlineData("The new model runs on phones and laptops. It was built by Google.")]
    // A quote's speaker after a dash is the quote's attribution.
    [InlineData("Software is eating the world, he said. “Every company is a software company now.” — Marc Andreessen")]
    // Mid-sentence credit and a byline alone are no trailing byline after a sentence.
    [InlineData("A new tool by Jane Doe finds leaked secrets in commits before they are pushed to a public repository")]
    [InlineData("By Jane Doe")]
    // A lower-case word is no name: "by default" ends a sentence that lost its stop.
    [InlineData("The release is out. Telemetry is now off by default")]
    public void TextsWithoutATrailingByline_ShouldKeepTheirWords(string description)
        => Assert.Equal(description, Normalize("Wind power for the data center", description).Text);
}
