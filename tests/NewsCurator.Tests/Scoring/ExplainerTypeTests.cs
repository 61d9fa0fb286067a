using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// An explainer whose title names a versioned model ("... 4.1 — A Deep Dive") announces nothing: the type head's "release"
/// goes where no release cue stands in the title or the opening (held-out review 87, F2). An explainer the head leaned to
/// tutorial, under its floor, is one where its title teaches and its text shows code or steps (held-out review 84, F6);
/// a "you can" alone confirms nothing.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ExplainerTypeTests
{
    private static string? TypeOf(string title, string type, string text = "", string? guess = null, string[]? categories = null)
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "f", Title = title, Text = text, Categories = categories ?? [] },
            new ArticleScore { Id = "a", ContentType = type, TypeGuess = guess }).ContentType;

    [Theory]
    [InlineData("Falcon 4.1 Audio — A Deep Dive", "Speech models let an LLM hear, but how do they work? In this post we go through the encoder changes that turn a text model into a speech one.")]
    [InlineData("Mixtral 8x7B explained", "Sparse mixture-of-experts layers route each token to two of eight experts. Here is how the router works and what it costs.")]
    [InlineData("How Qwen 2.5's tokenizer works", "A byte-level BPE with a large vocabulary: we look at what it merges and why.")]
    [InlineData("Under the hood of Phi-3.5", "What makes a small model good? The data, mostly. We read the technical report closely.")]
    public void AnExplainerOfAVersionedModel_IsNoRelease(string title, string text)
        => Assert.Equal(ContentTypes.Other, TypeOf(title, ContentTypes.Release, text));

    [Theory]
    [InlineData("Falcon 4.1 Audio — A Deep Dive", "We're excited to announce the release of Falcon 4.1 Audio. It is now available on the hub.")]
    [InlineData("Introducing Falcon 4.1: a deep dive", "")]
    [InlineData("Falcon 4.1 released: a deep dive into what changed", "")]
    [InlineData("Gemma 3", "Gemma 3 comes in four sizes and reads images.")]
    [InlineData("pgvector 0.8 explained", "", new[] { "Release notes" })]
    public void AReleaseWithItsCue_StaysARelease(string title, string text, string[]? categories = null)
        => Assert.Equal(ContentTypes.Release, TypeOf(title, ContentTypes.Release, text, categories: categories));

    [Theory]
    [InlineData("Swift's TaskGroup Explained", "A TaskGroup runs child tasks concurrently. Let's see one:\nawait withTaskGroup(of: Int.self) { group in\n    group.addTask { 1 }\n}\nEach child returns a value.")]
    [InlineData("Getting started with DuckDB", "First, install the package:\n$ pip install duckdb\nThen open a connection.")]
    public void AnUnsureTutorialThatTeachesAndShowsCode_IsATutorial(string title, string text)
        => Assert.Equal(ContentTypes.Tutorial, TypeOf(title, ContentTypes.Other, text, guess: ContentTypes.Tutorial));

    [Theory]
    // A teaching title, but only "you can" in the text (ContentTypeCues: one "you can" confirms no tutorial).
    [InlineData("Swift's TaskGroup Explained", "Structured concurrency changes how apps are written. You can read the proposal on the forums.")]
    // Code, but no teaching title.
    [InlineData("Why I left the JVM", "I wrote this for ten years:\npublic static void main(String[] args) {\n}\nThen I stopped.")]
    // A write-up of what its authors did.
    [InlineData("How we built our build cache", "The cache key is a hash:\nkey = hash(inputs);\nIt worked.")]
    [InlineData("Acme launches Agent SDK with support for subagents", "The SDK is out today for Python and TypeScript.\n$ pip install acme-agent-sdk\nIt runs tools in a sandbox.")]
    public void AnUnsureTutorialWithoutBothWitnesses_StaysOther(string title, string text)
        => Assert.Equal(ContentTypes.Other, TypeOf(title, ContentTypes.Other, text, guess: ContentTypes.Tutorial));

    [Fact]
    public void AnUnsureGuessOfAnotherType_IsLeft()
        => Assert.Equal(ContentTypes.Other, TypeOf("Swift's TaskGroup Explained", ContentTypes.Other, "Let's see:\nvar x = 1;\n", guess: ContentTypes.Opinion));
}
