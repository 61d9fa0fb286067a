using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// Held-out review 118, F3: a lab's news of its own paper ("Paper Accepted to COLM 2025!", "Our paper Mind the CORS was
/// accepted at IEEE TPS 2023", "Our paper calls this concept incongruence ... Paper available at: ...") was typed other or
/// opinion. A title that says a paper was accepted, or a first-person opening that says the group's paper was accepted,
/// will appear or was presented, is research. A congratulation stays news; a story about someone else's paper, a start-up
/// "accepted to" an accelerator and a tutorial keep their types.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class OwnPaperResearchTypeTests
{
    private static string? TypeOf(string title, string text, string guessed)
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "https://lab.example/news/index.xml", Title = title, Text = text },
            new ArticleScore { Id = "a", ContentType = guessed }).ContentType;

    [Theory]
    [InlineData("Paper Accepted to COLM 2025!", "Our new paper, On the Effectiveness and Generalization of Race Representations for Debiasing High-Stakes Decisions has been accepted to COLM 2025!", ContentTypes.Other)]
    [InlineData("Mind the CORS accepted at IEEE TPS 2023", "Our paper Mind the CORS was accepted at IEEE TPS 2023.\nMatteo Golinelli will be at IEEE TPS 2023 in Atlanta between November 1–3, 2023 to present Mind the CORS.", ContentTypes.Opinion)]
    [InlineData("Paper accepted at WASP 2023", "Our paper The Nonce-nce of Web Security: an Investigation of CSP Nonces Reuse was accepted at the WASP workshop at ESORICS 2023.", ContentTypes.Other)]
    [InlineData("Concept Incongruence is Key to AI Safety and Creativity", "Ever asked an LLM-as-Marilyn Monroe about the 2020 election? Our paper calls this concept incongruence, common in AI and human creativity. Paper available at: Concept Incongruence: An Exploration of Time and Death in Role Playing", ContentTypes.Opinion)]
    [InlineData("Soroush's paper got accepted at IEEE BHI-BSN 2022", "", ContentTypes.News)]
    [InlineData("Sparse attention at scale", "Our latest study will appear at NeurIPS 2026: we show that routing tokens by entropy halves the cost of long contexts.", ContentTypes.News)]
    public void ALabsNewsOfItsOwnPaper_ShouldBeResearch(string title, string text, string guessed)
        => Assert.Equal(ContentTypes.Research, TypeOf(title, text, guessed));

    [Theory]
    [InlineData("Congratulations, Dr. Lee! Paper accepted at ICML", "Our paper on sparse routing was accepted at ICML 2026, and Lee defended her thesis on Friday.", ContentTypes.News)]
    [InlineData("Meta's new model draws criticism from researchers", "A paper by researchers at Meta, accepted at NeurIPS, claims a new record; critics say the benchmark leaked into training data.", ContentTypes.News)]
    [InlineData("Tiny start-up accepted to Y Combinator's winter batch", "The two founders, who build a database for robots, were accepted to the accelerator last week.", ContentTypes.News)]
    [InlineData("Why peer review is broken", "I have reviewed forty papers this year. Most were accepted at venues that did not read them closely.", ContentTypes.Opinion)]
    [InlineData("Reproducing our paper's results with Docker", "In this tutorial, we will rebuild the experiments step by step: run `docker compose up` and then `make eval`.", ContentTypes.Tutorial)]
    // Code review 52, R6: a news title that counts others' papers.
    [InlineData("Study: one in five papers accepted at ICLR 2025 had reviews written by AI", "Researchers analysed every review of the conference and found that a fifth were largely machine-written.", ContentTypes.News)]
    [InlineData("NeurIPS: 25% of papers accepted in 2025 came from China", "The conference's own statistics show a shift in where accepted work comes from.", ContentTypes.News)]
    public void OtherStoriesAboutPapers_ShouldKeepTheirTypes(string title, string text, string guessed)
        => Assert.Equal(guessed, TypeOf(title, text, guessed));
}
