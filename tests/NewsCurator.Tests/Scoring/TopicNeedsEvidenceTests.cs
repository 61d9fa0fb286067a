using NewsCurator.Enhance;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// The first topic is one the title or text names, where it names one (held-out reviews 66 F4, 67 F6, 68 F8; the nearest
/// stays alone where it names none: review of session 40b, R5): the
/// encoder's best topic led model cards that name no chip and no operating system ("Hardware &amp; Chips", "Operating
/// Systems"), a flight app's dek ("Security &amp; Privacy") and an "AI Clips" dek ("Data &amp; Databases"), and one passing
/// "ChatGPT" made a WordPress work log "AI &amp; Machine Learning". The texts are the reviews' real items.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TopicNeedsEvidenceTests
{
    /// <summary>The product's topics (<see cref="TopicTagger.Tag(IReadOnlyDictionary{string, double}, int, string?, Func{string, bool}?, Func{string, bool?}?)"/>) for an article ranked by these affinities.</summary>
    private static List<string> Topics(string title, string text, string? contentType, params (string Topic, double Affinity)[] affinities)
    {
        var (allows, named) = TopicEvidence.Of(title, text);
        var similarities = affinities.ToDictionary(a => a.Topic, a => a.Affinity + TopicTaxonomy.BackgroundMeans[a.Topic]);
        return TopicTagger.Tag(similarities, 5, contentType, allows, named);
    }

    private const string PreviewCard = "GPT-5.6 is a new family of three models: Sol, our new flagship model; Terra, a capable lower-cost option; and Luna, " +
                                       "our fastest and most cost-efficient model. The safeguards we have built for this launch -- our most robust yet -- are " +
                                       "built to deliver these models safely and at scale, around the world.";

    [Fact]
    public void AModelCardNamingNoChip_IsLedByAi_NotHardware()
    {
        var topics = Topics("GPT-5.6 Preview System Card", PreviewCard, "release",
            ("Hardware & Chips", 0.09), ("AI & Machine Learning", 0.03), ("Cloud & Infrastructure", 0.01), ("Products & Releases", 0.02));
        Assert.Equal("AI & Machine Learning", topics[0]);
        Assert.DoesNotContain("Hardware & Chips", topics);
    }

    [Fact]
    public void AModelLaunchNamingNoOs_IsLedByAi()
    {
        const string text = "Today, we are releasing GPT-6 Astra, the most capable model we have ever broadly deployed. Astra is our first model " +
                            "to reach the Critical level of cybersecurity capability under our Preparedness Framework.";
        var topics = Topics("GPT-6 Astra System Card", text, "release",
            ("Operating Systems", 0.08), ("AI & Machine Learning", 0.06), ("Security & Privacy", 0.03));
        Assert.Equal("AI & Machine Learning", topics[0]);
        Assert.DoesNotContain("Operating Systems", topics);
    }

    [Fact]
    public void AnAiProductNameInTheHeadline_IsEvidence_AndAnUnnamedDataTopicIsNoTopic()
    {
        const string text = "Snapchat says both experienced and new developers can use the new \"AI Clips\" Lens format to turn a single prompt " +
                            "into a published Lens in minutes without the need for external tools.";
        var topics = Topics("Snapchat's new 'AI Clips' Lens format turns photos into five-second videos", text, "news",
            ("Data & Databases", 0.07), ("AI & Machine Learning", 0.02), ("Mobile & Apps", -0.01));
        Assert.Equal("AI & Machine Learning", topics[0]);
        Assert.DoesNotContain("Data & Databases", topics);
    }

    [Fact]
    public void ADekThatNamesNoTopic_KeepsTheNearestAlone()
    {
        // Every story carries a topic (review of session 40b, R5): the nearest, with no unnamed one after it. That the
        // nearest is wrong here (held-out review 68, F8) is left: a one-mention reading of the dek's "app" is not measured.
        var topics = Topics("Flighty launches new ‘Airport Intelligence’ feature, here’s how it works",
            "Popular flight tracking app Flighty has launched a major new update today, adding a new ‘Airport Intelligence’ feature.", "news",
            ("Security & Privacy", 0.06), ("Mobile & Apps", 0.04));
        Assert.Single(topics);
    }

    [Fact]
    public void OnePassingChatGptInAWorkLog_LeadsOnlyWhereNothingIsNamed()
    {
        const string text = "As a warmup project, I've updated the home page of the wpidentity package, so that it's clear that it's much more than identity.\n" +
                            "Did the final editing on the api2.js file -- so that all the code is separated from the assignment to the wordpress object.\n" +
                            "Next up I want to generate a set of docs for the function. I've tried it with ChatGPT before and it seemed to do a pretty good job, this time I'll look more closely.\n" +
                            "I want to see if I can quickly write a \"hello world\" scale editor.";
        var topics = Topics("wpIdentity work to warm up", text, "opinion", ("AI & Machine Learning", 0.08), ("Developer Tools", 0.04), ("Web Development", 0.03));
        // Where no topic is named the nearest stays, alone (every story carries a topic: review of session 40b, R5); that the
        // nearest is AI here is left (held-out review 67, F6). Named, another topic leads:
        Assert.Single(topics);
        var named = Topics("wpIdentity work to warm up for WordPress", text + " The WordPress editor loads the api2.js file.", "opinion",
            ("AI & Machine Learning", 0.08), ("Developer Tools", 0.04), ("Web Development", 0.03));
        Assert.NotEqual("AI & Machine Learning", named.FirstOrDefault());
    }

    [Fact]
    public void ARetrospectiveNamingNoTopic_GetsOnlyTheNearest()
    {
        const string text = "IEEE Software is publishing a short retrospective on this project in 2024. A preprint is available on the magazine's site, or you can download a PDF directly.\n" +
                            "@article{nwit2024,\nauthor = {Greg Wilson and Jorge Aranda and Michael Hoye and Brittany Johnson},\ntitle = {It Will Never Work in Theory},\n" +
                            "journal = {IEEE Software},\nyear = {2024},\ndoi = {10.1109/MS.2024.3362649},\n}";
        var topics = Topics("Retrospective", text, "news", ("Operating Systems", 0.05), ("Software Engineering", 0.04));
        // The nearest stays alone where none is named (review of session 40b, R5); that it is Operating Systems is left
        // (held-out review 67, F6).
        Assert.Single(topics);
    }

    [Fact]
    public void ATopicTheHeadlineNames_StillLeads_InTheEncodersOrder()
    {
        // The Maps ads dek says "privacy" in its headline: Security is named, and the encoder's order among named topics stays.
        var topics = Topics("Ads are coming to Apple Maps in the US and Canada this summer with a privacy-centric focus",
            "Apple is launching a new local advertising platform for Apple Maps this summer, allowing businesses in the US and Canada to reach customers while maintaining strict user privacy.",
            "news", ("Security & Privacy", 0.06), ("Tech Industry", 0.04), ("Mobile & Apps", 0.02));
        Assert.Equal(["Security & Privacy", "Tech Industry"], topics);
    }

    [Fact]
    public void GooglesGemini_InAHeadline_IsAiEvidence_ButTheGeminiProtocolIsNot()
    {
        Assert.True(TopicEvidence.Named("Google's Gemini now writes your spreadsheet formulas", "The feature rolls out to Workspace users this week.")("AI & Machine Learning"));
        Assert.False(TopicEvidence.Named("Serving my gemlog over Gemini", "A capsule is a small site; the protocol has no cookies and no scripts.")("AI & Machine Learning"));
    }
}
