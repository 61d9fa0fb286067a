using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Scoring.Model.Heads;
using NewsCurator.Scoring.Model.Training;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>The heads on the encoder: file format, managed evaluation, the shipped artifact, profile and rules around them.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class EncoderHeadsTests(EncoderFixture fixture) : IClassFixture<EncoderFixture>
{
    private static readonly string ShippedHeads = Repo.Path("batch-gpu", "model", "minilm-heads.nceh");

    private static Article Article(string title, string text, string feed = "Example Feed") => new()
    {
        Id = NewsCurator.Hashing.ShortHash(title, 12), FeedUrl = "https://example.org/feed", FeedTitle = feed, Title = title, Text = text,
    };

    /// <summary>Synthetic items whose relevance, type and ad label follow from the first input dimensions.</summary>
    internal static List<HeadsInput> SyntheticItems(int count, int seed)
    {
        var random = new Random(seed);
        var features = new NewsCurator.Scoring.Model.HashedFeatures(1024);
        return Enumerable.Range(0, count).Select(i =>
        {
            var relevance = i % 4;
            var isAd = i % 9 == 0;
            var input = Enumerable.Range(0, 48).Select(_ => (float)(random.NextDouble() - 0.5) * 0.2f).ToArray();
            input[relevance] += 1f;
            if (isAd) input[10] += 1f;
            var a = Article($"Item {i}", isAd ? "buy now with a discount code" : $"an ordinary story number {i}");
            var item = new LabeledItem(a, $"feed{i % 5}", relevance, ContentTypes.All[i % 3], isAd, 1 + relevance, "en");
            return new HeadsInput(item, input, features.Featurize(a.Title, a.Text, a.FeedTitle));
        }).ToList();
    }

    [Fact]
    public void HeadsTraining_ShouldLearnReproduciblyAndTheSavedFileShouldScoreTheSame()
    {
        var items = SyntheticItems(400, 1);
        var options = new HeadsTrainOptions { Shape = new HeadsShape(Hidden: 16, WideBuckets: 1024), Epochs = 15, Seed = 9 };
        var weights = HeadsTrainer.Train(items, options);
        var again = HeadsTrainer.Train(items, options);
        Assert.Equal(weights.OutW, again.OutW); // seeded and single-threaded: bit for bit

        var test = SyntheticItems(200, 2);
        var logits = HeadsTrainer.Logits(weights, test);
        var layout = HeadLayout.For(ContentTypes.All.Count);
        var relevanceRight = test.Zip(logits).Count(p => Array.IndexOf(p.Second[..4], p.Second[..4].Max()) == p.First.Item.Relevance);
        Assert.True(relevanceRight > 180, $"{relevanceRight}/200 relevance classes right");
        var adAuc = NewsCurator.Scoring.Model.Training.Metrics.RocAuc(test.Select(t => t.Item.IsAd).ToList(), logits.Select(l => (double)l[layout.Ad]).ToList());
        Assert.True(adAuc > 0.95, $"ad AUC {adAuc:0.000}");

        var words = TfidfLogistic.TrainWordModel(items);
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "h.nceh");
        var header = HeadsFile.Save(path, weights, words, new EncoderHeadsHeader
        {
            ModelVersion = "test", BaseModelSha256 = "x", Text = new EncoderText(), Shape = weights.Shape,
            ContentTypes = ContentTypes.All, AdCalibration = new AdCalibration(),
            Words = new WordModelHeader(words.Vocabulary.Terms, WordModelHeader.Checksum(words.Vocabulary.Terms), items[0].Embedding.Length, Share: 1),
        });
        var managed = EncoderHeads.Load(path);
        Assert.Equal(header.WeightsSha256, managed.Header.WeightsSha256);
        for (var i = 0; i < test.Count; i++)
        {
            var loaded = managed.Logits(test[i].Embedding, test[i].Item.Article);
            Assert.All(loaded.Zip(logits[i]), p => Assert.True(Math.Abs(p.First - p.Second) < 0.02, $"{p.First} vs {p.Second}")); // float16 weights in the file
            // Relevance and quality come from the word model (share 1), read back from the file as trained.
            var (relevance, quality) = words.Predict(test[i].Item.Article, test[i].Embedding);
            var expected = HeadsDecoder.ToScore("x", logits[i], ContentTypes.All, new AdCalibration(), "s", null, new WordVotes(relevance, quality, 1));
            var scored = managed.Score("x", test[i].Embedding, test[i].Item.Article, "s", null);
            Assert.Equal(expected.TechRelevanceScore, scored.TechRelevanceScore, 1);
            Assert.Equal(expected.QualityScore, scored.QualityScore, 1);
            Assert.Equal(expected.ContentType, scored.ContentType);
        }
        var wordRight = test.Count(t => Array.IndexOf(words.Predict(t.Item.Article, t.Embedding).Relevance, words.Predict(t.Item.Article, t.Embedding).Relevance.Max()) == t.Item.Relevance);
        Assert.True(wordRight > 180, $"word model: {wordRight}/200 relevance classes right");

        var bytes = File.ReadAllBytes(path);
        bytes[^3] ^= 0x40;
        File.WriteAllBytes(path, bytes);
        Assert.Contains("checksum mismatch", Assert.Throws<InvalidDataException>(() => EncoderHeads.Load(path)).Message);
    }

    [Fact]
    public void WordsAlone_ShouldTakeTheirShareOfTheWordModel_AndTravelInTheFile()
    {
        var items = SyntheticItems(300, 4);
        var weights = HeadsTrainer.Train(items, new HeadsTrainOptions { Shape = new HeadsShape(Hidden: 8), Epochs = 3, Seed = 5 });
        var words = TfidfLogistic.TrainWordModel(items, aloneShare: 0.3, iterations: 40);
        Assert.Equal(0, words.RelevanceAlone!.Dense);
        Assert.Equal(0, words.QualityAlone!.Dense);
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "h.nceh");
        HeadsFile.Save(path, weights, words, new EncoderHeadsHeader
        {
            ModelVersion = "test", BaseModelSha256 = "x", Text = new EncoderText(), Shape = weights.Shape,
            ContentTypes = ContentTypes.All, AdCalibration = new AdCalibration(),
            Words = new WordModelHeader(words.Vocabulary.Terms, WordModelHeader.Checksum(words.Vocabulary.Terms), items[0].Embedding.Length, Share: 1, AloneShare: words.AloneShare),
        });
        var managed = EncoderHeads.Load(path);
        var withoutAlone = words with { AloneShare = 0 };
        var moved = 0;
        foreach (var item in SyntheticItems(60, 5))
        {
            var (article, input) = (item.Item.Article, item.Embedding);
            var (relevance, quality) = words.Predict(article, input);
            var (plain, plainQuality) = withoutAlone.Predict(article, input);
            var alone = words.RelevanceAlone.Probabilities(words.Vocabulary.Transform(article), []);
            for (var k = 0; k < relevance.Length; k++) Assert.Equal(0.7 * plain[k] + 0.3 * alone[k], relevance[k], 5);
            if (Math.Abs(relevance[3] - plain[3]) > 0.01) moved++;
            var expected = HeadsDecoder.ToScore("x", HeadsTrainer.Logits(weights, [item])[0], ContentTypes.All, new AdCalibration(), "s", null, new WordVotes(relevance, quality, 1));
            var scored = managed.Score("x", input, article, "s", null);
            // The file stores float16 weights: the scores agree to a few hundredths.
            Assert.InRange(Math.Abs(expected.TechRelevanceScore - scored.TechRelevanceScore), 0, 0.05);
            Assert.InRange(Math.Abs(expected.QualityScore - scored.QualityScore), 0, 0.05);
            Assert.NotEqual(plainQuality, quality);
        }
        Assert.True(moved > 0, "the words alone changed no item's relevance");
    }

    [Fact]
    public void WordModel_ShouldRefuseAVocabularyThatDoesNotMatchItsChecksum()
    {
        var items = SyntheticItems(120, 3);
        var weights = HeadsTrainer.Train(items, new HeadsTrainOptions { Shape = new HeadsShape(Hidden: 8), Epochs = 2 });
        var words = TfidfLogistic.TrainWordModel(items, iterations: 5);
        var terms = words.Vocabulary.Terms.ToList();
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "h.nceh");
        var edited = terms.Select((t, i) => i == 0 ? t + "x" : t).ToList();
        HeadsFile.Save(path, weights, words, new EncoderHeadsHeader
        {
            ModelVersion = "test", BaseModelSha256 = "x", Text = new EncoderText(), Shape = weights.Shape,
            ContentTypes = ContentTypes.All, AdCalibration = new AdCalibration(),
            Words = new WordModelHeader(edited, WordModelHeader.Checksum(terms), items[0].Embedding.Length, Share: 1),
        });
        Assert.Contains("vocabulary does not match its checksum", Assert.Throws<InvalidDataException>(() => EncoderHeads.Load(path)).Message);
    }

    [Fact]
    public void Tfidf_ShouldCountSublinearlyWeighRareTermsUpAndIgnoreUnknownOnes()
    {
        var docs = new[]
        {
            Article("rust compiler", "rust rust rust compiler release"),
            Article("rust borrow checker", "the borrow checker in rust"),
            Article("python release", "a python release with a new compiler"),
        };
        var vocabulary = TfidfVocabulary.Fit(docs, minDocuments: 2);
        Assert.Contains("rust", vocabulary.Terms);
        Assert.Contains("feed:example", vocabulary.Terms); // the feed name, kept apart from the text
        Assert.DoesNotContain("python", vocabulary.Terms); // one document only
        var v = vocabulary.Transform(Article("rust rust rust rust compiler", "never seen words here"));
        Assert.Equal(1.0, v.Values.Sum(x => (double)x * x), 4); // unit length
        var rust = v.Values[Array.IndexOf(v.Indices, vocabulary.Terms.ToList().IndexOf("rust"))];
        var compiler = v.Values[Array.IndexOf(v.Indices, vocabulary.Terms.ToList().IndexOf("compiler"))];
        Assert.True(rust < compiler * 4, $"four counts weigh {rust}, one weighs {compiler}: tf is sublinear"); // 1 + ln 4 = 2.39
        Assert.True(rust > compiler, "more counts of a term weigh more");
        Assert.DoesNotContain(vocabulary.Terms.ToList().IndexOf("never"), v.Indices);
    }

    /// <summary>
    /// The stated tolerance between the CPU precisions, on real labelled items through the shipped heads:
    /// relevance within 1 point of 10, the same ad verdicts, at least 18 of the same top 20.
    /// </summary>
    [Fact]
    public void Int8Encoder_ShouldGiveTheSameDecisionsAsFp32WithinTheStatedTolerance()
    {
        var heads = EncoderHeads.Load(ShippedHeads);
        var articles = LabeledItems.Load(Repo.Path("tests", "fixtures", "data")).Take(120).Select(i => i.Article).ToList();
        var graph = heads.EncoderGraph(fixture.Assets);
        using var a = new EncoderScorer(heads, new OnnxSentenceEncoder(graph), fixture.Tokenizer, new ProfileConfig());
        using var b = new EncoderScorer(heads, OnnxSentenceEncoder.Int8(graph), fixture.Tokenizer, new ProfileConfig());
        var (x, y) = (a.Score(articles), b.Score(articles));
        var worst = x.Zip(y).Max(p => Math.Abs(p.First.TechRelevanceScore - p.Second.TechRelevanceScore));
        Assert.True(worst <= 1.0, $"relevance differs by up to {worst:0.00} of 10");
        Assert.Equal(x.Select(s => s.IsAdvertisement), y.Select(s => s.IsAdvertisement));
        static IEnumerable<string> Top(IReadOnlyList<ArticleScore> s) => Evaluator.TopPicks(s, 20).Select(v => v.Id);
        Assert.True(Top(x).Intersect(Top(y)).Count() >= 18, $"top 20 shares {Top(x).Intersect(Top(y)).Count()}");
    }

    [Fact]
    public void CpuPrecision_ShouldAcceptFp32AndInt8AndRejectAnythingElseNamingTheKey()
    {
        const string feeds = "feeds: { urls: [\"https://example.org/feed\"] }\n";
        Assert.Equal("fp32", ConfigLoader.Parse(feeds, "p.yaml").Scoring.CpuPrecision);
        Assert.Equal("int8", ConfigLoader.Parse(feeds + "scoring: { cpu_precision: int8 }", "p.yaml").Scoring.CpuPrecision);
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Parse(feeds + "scoring: { cpu_precision: int4 }", "p.yaml"));
        Assert.Contains("scoring.cpu_precision", error.Message);
    }

    [Fact]
    public void AdCalibration_ShouldStayFiniteOnSeparableLogitsAndPickAThreshold()
    {
        var logits = Enumerable.Range(0, 200).Select(i => i < 10 ? 40.0 + i : -40.0 - i).ToList();
        var truth = Enumerable.Range(0, 200).Select(i => i < 10).ToList();
        var calibration = Calibration.FitAd(logits, truth);
        Assert.True(double.IsFinite(calibration.Scale) && double.IsFinite(calibration.Bias));
        Assert.True(calibration.Probability(45) > 0.9 && calibration.Probability(-45) < 0.1);
        Assert.Equal(calibration.Probability(0), calibration.Threshold, 4); // the head's own boundary, as a probability
    }

    [Fact]
    public void ShippedHeads_ShouldSitOnTheShippedEncoderAndScoreLikeAnEditor()
    {
        var heads = EncoderHeads.Load(ShippedHeads);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(fixture.Model)), heads.Header.BaseModelSha256);
        Assert.True(heads.Header.ValidationMetrics.Count > 0 || heads.Header.TrainingItems > 1000);

        var profile = ConfigLoader.Parse(File.ReadAllText(Repo.SampleConfig), "pipeline.yaml").Profile;
        using var scorer = new EncoderScorer(heads, new CachingSentenceEncoder(new OnnxSentenceEncoder(heads.EncoderGraph(fixture.Assets))), fixture.Tokenizer, profile);
        var ai = Article("Fine-tuning small language models for code review",
            "We fine-tuned a 1B-parameter transformer on pull request comments and measured how often its suggestions were accepted. " +
            "The model runs on a single GPU, and we release the training code, the evaluation harness and the dataset of 40,000 reviews.");
        var cooking = Article("Ten summer salads for a picnic",
            "Tomatoes, basil and a good olive oil make the simplest salad. Add grilled peaches for sweetness and feta for salt; " +
            "pack the dressing separately so the leaves stay crisp until lunch.", feed: "Kitchen Notes");
        var scores = scorer.Score([ai, cooking]);

        Assert.True(scores[0].TechRelevanceScore > scores[1].TechRelevanceScore + 3, $"AI {scores[0].TechRelevanceScore} vs salad {scores[1].TechRelevanceScore}");
        Assert.Equal("AI & Machine Learning", scores[0].Profile!.MaxBy(p => p.Value).Key);
        Assert.True(scores[0].Profile!["AI & Machine Learning"] > scores[1].Profile!["AI & Machine Learning"] + 0.2);
        Assert.Contains("AI & Machine Learning", scores[0].Topics!.Keys.Take(3));
        Assert.Equal(384, scores[0].Embedding!.Length);
    }

    [Fact]
    public void AdListings_ShouldCallAHousingListingAnAdNamingTheKind()
    {
        var heads = EncoderHeads.Load(ShippedHeads);
        var config = ConfigLoader.Parse(File.ReadAllText(Repo.SampleConfig), "pipeline.yaml");
        Assert.Contains(config.Ads.Listings, l => l.Name == "housing");
        var encoder = new CachingSentenceEncoder(new OnnxSentenceEncoder(heads.EncoderGraph(fixture.Assets)));
        using var scorer = new EncoderScorer(heads, encoder, fixture.Tokenizer, config.Profile, ownsEncoder: false, ads: config.Ads);
        using var withoutListings = new EncoderScorer(heads, encoder, fixture.Tokenizer, config.Profile, ownsEncoder: false);
        var listing = Article("Sunny two-bedroom near the park, $2,400 a month",
            "Spacious two-bedroom, one-bath apartment for rent on a quiet street: hardwood floors, in-unit laundry, one parking space. " +
            "Available January 1st, pets considered. Call the leasing office to schedule a viewing.", feed: "Local Classifieds");
        var story = Article("Postgres 18 adds asynchronous I/O",
            "The new release reads data pages with io_uring on Linux, which cuts the time of sequential scans on cloud disks by up to a half. " +
            "The post walks through the configuration and the benchmarks the developers ran.");

        // News of the market reads like its listings and offers no unit at a price (fifty-sixth held-out review, F6: dropped as a housing ad at 0.34).
        var market = Article("Leading China Property Developer Reports Huge loss, in Sign of Widening Real-Estate Woes",
            "Troubles at Vanke raise questions about the continued spread of the property crisis and whether the Chinese state will step in.");
        var matcher = new AdListingMatcher(config.Ads.Listings, encoder, fixture.Tokenizer);
        var marketInputs = heads.Header.Text.Inputs(fixture.Tokenizer, market);
        var (marketTitle, marketBody) = (encoder.Embed([marketInputs.Title])[0].General, encoder.Embed([marketInputs.Body])[0].General);
        Assert.True(matcher.Similarities(marketTitle, marketBody, market.Title)["housing"] >= config.Ads.Listings.Single().MinSimilarity);

        var scores = scorer.Score([listing, story, market]);

        Assert.Null(scores[2].AdListing);
        Assert.True(scores[0].IsAdvertisement);
        Assert.Contains("housing ad", scores[0].AdListing);
        Assert.Contains(scores[0].AdListing, scores[0].Reasons);
        Assert.Null(scores[1].AdListing);
        Assert.Null(withoutListings.Score([listing])[0].AdListing);
        var (_, decisions, _) = NewsCurator.Select.Selector.Choose(
            new Dictionary<string, Article> { [listing.Id] = listing }, [scores[0] with { AdProbability = 0.01, TechRelevanceScore = 9, QualityScore = 9 }], config);
        Assert.Equal("ad_listing", decisions.Single().Rule);
        Assert.Contains("housing ad", decisions.Single().Reason);
    }

    [Fact]
    public void AdListingsConfig_ShouldRejectKindsWithoutNamePhrasesOrThreshold()
    {
        var yaml = """
            feeds: { urls: ["https://example.org/feed"] }
            ads:
              listings:
                - name: housing
                  phrases: []
                  min_similarity: 0.3
                - phrases: [job opening]
                  min_similarity: 0.3
                - name: Housing
                  phrases: [house for sale]
            """;
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Parse(yaml, "p.yaml"));
        Assert.Contains("ads.listings[0].phrases", error.Message);
        Assert.Contains("ads.listings[1].name", error.Message);
        Assert.Contains("ads.listings[2].min_similarity", error.Message);
        Assert.Contains("'housing' more than once", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Sponsor: Acme makes builds fast", "Sponsor")]
    [InlineData("[Sponsor] Timing — Automatic Time Tracking for Mac", "Sponsor")]
    [InlineData("Sponsored - The best VPN of 2026", "Sponsored")]
    [InlineData("Partner content: Scaling Postgres at Acme", "Partner content")]
    [InlineData("Paid post | Why our cloud is cheaper", "Paid post")]
    [InlineData("Advertorial: a new way to bank", "Advertorial")]
    public void SponsorMarker_ShouldDropTheItemNamingTheRule(string title, string label)
    {
        var rules = new ContentRules(new ContentConfig(), new AdsConfig { Patterns = [] }, DateTimeOffset.UnixEpoch);
        var verdict = rules.CheckAds(Article(title, "Plain text that mentions nothing promotional at all."));
        Assert.NotNull(verdict);
        Assert.Equal("sponsor_marker", verdict!.Value.Rule);
        Assert.Contains(label, verdict.Value.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Sponsorship deals are reshaping esports")]
    [InlineData("How we sponsored 40 open source maintainers")]
    [InlineData("The advertisement industry after cookies")]
    public void SponsorMarker_ShouldLeaveTitlesThatOnlyMentionSponsorship(string title)
        => Assert.Null(ContentRules.SponsorLabel(title));

    [Fact]
    public void Profile_ShouldAddRankForTheBestInterestAndSayWhy()
    {
        var profile = new ProfileConfig
        {
            RankWeight = 4,
            Interests = [new ProfileInterest("AI", 1.0, ["ai"]), new ProfileInterest("Programming", 0.5, ["code"])],
        };
        var score = new ArticleScore { Id = "a", Profile = new Dictionary<string, double> { ["AI"] = 0.2, ["Programming"] = 0.6 } };
        var (interest, similarity, points) = Selector.ProfileContribution(score, profile);
        Assert.Equal("Programming", interest); // 4 x 0.5 x 0.6 = 1.2 beats AI's 4 x 1.0 x 0.2 = 0.8
        Assert.Equal(0.6, similarity);
        Assert.Equal(1.2, points, 3);
        Assert.Equal((null, 0, 0), Selector.ProfileContribution(score with { Profile = null }, profile));
    }

    [Fact]
    public void ProfileConfig_ShouldRejectInterestsWithoutNameOrPhrases()
    {
        var yaml = """
            feeds: { urls: ["https://example.org/feed"] }
            profile:
              interests:
                - name: AI
                  phrases: []
                - weight: 2
                  phrases: [x]
                - name: ai
                  phrases: [y]
            """;
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Parse(yaml, "p.yaml"));
        Assert.Contains("profile.interests[0].phrases", error.Message);
        Assert.Contains("profile.interests[1].name", error.Message);
        Assert.Contains("'AI' more than once", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
