using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A topic's word in another sense names no topic (<see cref="TopicEvidence"/>): "EU" as a sales market and a platform's own
/// "compliance requirements" are no policy (held-out review 75, F7), a document that is "password protected or encrypted" no
/// security story (review 76, F7), an RDF format's "syntax" no programming language (review 77, F8), a cloud's GPU instance no
/// chip story (review 79, F9). Each beside a text that still names the topic.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TopicWordsInOtherSensesTests
{
    [Fact]
    public void TheEuAsASalesMarket_IsNoPolicy()
    {
        var named = TopicEvidence.Named("For all EU markets: new Carrier Options API",
            "Sellers in the EU markets can now pick a carrier through the Carrier Options API. The API returns the carriers for each EU market and its delivery times.");
        Assert.False(named("Policy & Regulation"));
    }

    [Fact]
    public void APlatformsOwnComplianceRequirements_AreNoPolicy()
    {
        var named = TopicEvidence.Named("Marketplace update: new mandatory listing attributes",
            "To meet compliance requirements, sellers must fill in the new attributes for every listing. Listings that miss these compliance requirements will be hidden from the category page.");
        Assert.False(named("Policy & Regulation"));
    }

    [Theory]
    [InlineData("EU fines a search giant over its shopping results", "The fine follows a long case.")]
    [InlineData("Brussels moves on messaging apps", "The EU rules require the largest messaging apps to interoperate. EU regulators said the deadline stands.")]
    [InlineData("Chat apps and the new law", "Under EU law, platforms must report. The EU ban on such scanning was debated for months.")]
    [InlineData("Banks brace for audits", "Regulatory compliance requirements tighten; the regulation takes effect in May.")]
    public void TheEuAsALawmaker_StillNamesPolicy(string title, string text)
        => Assert.True(TopicEvidence.Named(title, text)("Policy & Regulation"));

    [Fact]
    public void APasswordProtectedDocument_IsNoSecurityStory()
    {
        var named = TopicEvidence.Named("Error delivering a book to my e-reader",
            "This is the message I get when I send the book. If the document is one of the above types, please make sure the document is not password protected or encrypted. Note that newer readers support password-protected PDFs.");
        Assert.False(named("Security & Privacy"));
    }

    [Theory]
    [InlineData("Ransomware hits a hospital", "The attackers encrypted the patient files and asked for a ransom.")]
    [InlineData("Storing secrets at rest", "Passwords are hashed, and the vault keeps every key encrypted with a master key.")]
    public void EncryptionAndPasswordsAsTheSubject_StillNameSecurity(string title, string text)
        => Assert.True(TopicEvidence.Named(title, text)("Security & Privacy"));

    [Fact]
    public void AnRdfFormatsSyntax_IsNoProgrammingLanguage_ButData()
    {
        var named = TopicEvidence.Named("Two drafts for comment: Turtle and TriG",
            "Turtle is a compact textual syntax for RDF graphs. TriG extends the Turtle syntax to RDF datasets of several named graphs.");
        Assert.False(named("Programming Languages"));
        Assert.True(named("Data & Databases"));
    }

    [Fact]
    public void ALanguagesSyntax_StillNamesProgrammingLanguages()
        => Assert.True(TopicEvidence.Named("Pattern matching arrives", "The new syntax for match arms is shorter, and the old syntax still compiles.")("Programming Languages"));

    [Fact]
    public void ACloudsGpuInstance_IsNoChipStory()
    {
        var named = TopicEvidence.Named("How to prepare a cloud test image for PyTorch",
            "Launch a GPU instance from the console, then install the drivers. Stop the GPU instances when the tests are done, they bill by the hour.");
        Assert.False(named("Hardware & Chips"));
    }

    [Fact]
    public void AGpuAsTheSubject_StillNamesHardware()
        => Assert.True(TopicEvidence.Named("A new data-centre accelerator", "The GPU doubles memory bandwidth, and the GPUs ship in racks of 72.")("Hardware & Chips"));
}
