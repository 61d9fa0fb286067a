using NewsCurator.Scoring.Encoder;
using NewsCurator.Scoring.Model.Encoder;
using NewsCurator.Scoring.Model.Heads;
using NewsCurator.Scoring.Model.Training;

namespace NewsCurator.Scoring.Batch;

/// <summary>The pretrained-encoder commands: embed the labelled items, train and validate the heads.</summary>
public static class EncoderCommands
{
    public const string DefaultEmbeddings = "batch-gpu/model/.cache/labelled-embeddings.bin";
    /// <summary>The shipped heads in the repository, where `train-heads` writes them.</summary>
    public const string ShippedHeads = "batch-gpu/model/minilm-heads.nceh";

    /// <summary>The labelled items' embeddings, from the cache file when it matches, else computed (ONNX Runtime, CPU) and cached.</summary>
    public static EmbeddingTable LabelledEmbeddings(IReadOnlyList<LabeledItem> items, string cachePath, EncoderText text, TextWriter log)
    {
        if (EmbeddingTable.TryLoad(cachePath, EmbeddingTable.KeyFor(text)) is { } cached && items.All(i => cached.Items.ContainsKey(i.Article.Id)))
        {
            log.WriteLine($"embeddings: {cached.Items.Count} items from {cachePath}");
            return cached;
        }
        var assets = MiniLmAssets.Locate();
        var tokenizer = new WordPieceTokenizer(assets.ReadVocabulary());
        using var encoder = new OnnxSentenceEncoder(assets.ReadModel());
        var table = EmbeddingTable.Compute(items.Select(i => i.Article).ToList(), encoder, tokenizer, text, log);
        table.Save(cachePath);
        log.WriteLine($"embeddings: wrote {cachePath}");
        return table;
    }

    /// <summary>The config's kinds of ad listing against the labelled items, on the pretrained embeddings the scorer compares them with (<see cref="AdListingValidation"/>).</summary>
    public static int ValidateAdListings(string data, string cachePath, string configPath, TextWriter log)
    {
        var listings = NewsCurator.Configuration.ConfigLoader.Load(configPath).Ads.Listings;
        if (listings.Count == 0)
        {
            log.WriteLine($"validate-ad-listings: {configPath} has no ads.listings to measure");
            return 1;
        }
        var items = LabeledItems.Load(data);
        var table = LabelledEmbeddings(items, cachePath, new EncoderText(), log);
        var assets = MiniLmAssets.Locate();
        using var encoder = new OnnxSentenceEncoder(assets.ReadModel());
        AdListingValidation.Run(items, table, listings, encoder, new WordPieceTokenizer(assets.ReadVocabulary()), log);
        return 0;
    }

    /// <summary>The taxonomy topics against the labelled items' coarse topics (<see cref="TopicValidation"/>).</summary>
    public static int ValidateTopics(string data, string cachePath, int seed, TextWriter log)
    {
        var items = LabeledItems.Load(data);
        var table = LabelledEmbeddings(items, cachePath, new EncoderText(), log);
        var assets = MiniLmAssets.Locate();
        using var encoder = new OnnxSentenceEncoder(assets.ReadModel());
        TopicValidation.Run(items, table, encoder, new WordPieceTokenizer(assets.ReadVocabulary()), seed, log, TopicJudgments(TopicJudgmentsFile));
        return 0;
    }

    /// <summary>
    /// A second chunk of a long article for the topics and the profile (session 38): each labelled English item's next
    /// word pieces (<see cref="SecondChunks.Next"/>, alone or under the title) embedded once and cached beside the
    /// first chunks' file, pooled with the first chunk's embedding at a few weights, and each pooling read by
    /// validate-topics' shipped way and validate-profile. Also what it costs: how many items need a second chunk and
    /// the encoder's rate on them on this machine.
    /// </summary>
    public static int ValidateChunks(string data, string cachePath, string chunkCachePrefix, string configPath, int seed, TextWriter log)
    {
        var items = LabeledItems.Load(data);
        var text = new EncoderText();
        var table = LabelledEmbeddings(items, cachePath, text, log);
        var assets = MiniLmAssets.Locate();
        using var encoder = new OnnxSentenceEncoder(assets.ReadModel());
        var tokenizer = new WordPieceTokenizer(assets.ReadVocabulary());
        var english = items.Where(i => i.Language == "en").ToList();
        var seconds = new Dictionary<bool, Dictionary<string, (float[] Embedding, int Pieces)>>();
        foreach (var withTitle in new[] { false, true })
        {
            var chunks = english.Select(i => (i.Article.Id, Chunk: SecondChunks.Next(text, tokenizer, i.Article, withTitle))).Where(c => c.Chunk is not null)
                .ToDictionary(c => c.Id, c => c.Chunk!.Value, StringComparer.Ordinal);
            var path = $"{chunkCachePrefix}-{(withTitle ? "title" : "alone")}.bin";
            var key = EmbeddingTable.KeyFor(text) + (withTitle ? "|next-with-title" : "|next-alone");
            var cached = EmbeddingTable.TryLoad(path, key);
            if (cached is null || !chunks.Keys.All(cached.Items.ContainsKey))
            {
                cached = new EmbeddingTable { Key = key, Dimensions = encoder.Dimensions };
                var ids = chunks.Keys.Order(StringComparer.Ordinal).ToList();
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var embedded = encoder.Encode([.. ids.Select(id => chunks[id])]);
                log.WriteLine($"second chunks ({(withTitle ? "under the title" : "alone")}): {ids.Count} embedded in {clock.Elapsed.TotalSeconds:0.0} s " +
                              $"({ids.Count / clock.Elapsed.TotalSeconds:0.0} items/s, {encoder.Runtime}, {Environment.ProcessorCount} cores), mean {ids.Average(id => chunks[id].Length):0} tokens");
                for (var i = 0; i < ids.Count; i++) cached.Items[ids[i]] = (embedded[i], embedded[i]);
                cached.Save(path);
            }
            seconds[withTitle] = chunks.ToDictionary(c => c.Key, c => (cached.Items[c.Key].Body, c.Value.Length - 2), StringComparer.Ordinal);
        }
        // The cost: a run's body pass over the English items (first chunks) against the second chunks it would add, timed
        // back to back on the same encoder and cores (the first pass twice, around the second, as the machine's load drifts).
        var firstChunks = english.Select(i => text.Inputs(tokenizer, i.Article).Body).ToList();
        var secondChunks = english.Select(i => SecondChunks.Next(text, tokenizer, i.Article)).OfType<EncoderInput>().ToList();
        double Seconds(List<EncoderInput> inputs)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            encoder.Encode(inputs);
            return clock.Elapsed.TotalSeconds;
        }
        var (firstA, second, firstB) = (Seconds(firstChunks), Seconds(secondChunks), Seconds(firstChunks));
        var firstTime = (firstA + firstB) / 2;
        log.WriteLine($"cost: labelled items needing a second chunk: {items.Count(i => SecondChunks.Next(text, tokenizer, i.Article) is not null)} of {items.Count}, " +
                      $"English {secondChunks.Count} of {english.Count} (with 64+ pieces: {seconds[false].Count(p => p.Value.Pieces >= 64)}, 128+: {seconds[false].Count(p => p.Value.Pieces >= 128)}); " +
                      $"first chunks of the {english.Count} English items {firstTime:0.0} s ({english.Count / firstTime:0.0} items/s; {firstA:0.0} and {firstB:0.0} s), " +
                      $"their {secondChunks.Count} second chunks {second:0.0} s ({secondChunks.Count / second:0.0} chunks/s): body encoder time +{second / firstTime:P0}, " +
                      $"{english.Count / (firstTime + second):0.0} items/s with them ({encoder.Runtime}, {Environment.ProcessorCount} cores)");

        // The heads' out-of-fold relevance for the profile's gate report reads the first chunk only, as the heads do.
        var heads = HeadsValidation.Heads("minilm-heads", table, new HeadsTrainOptions { Seed = seed }, calibrationFolds: 0);
        var relevance = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (train, validation) in GroupedFolds.ByFeed(items, i => i.Feed, 5, seed))
            foreach (var score in heads.TrainAndScore(train, validation)) relevance[score.Id] = score.TechRelevanceScore;
        var config = NewsCurator.Configuration.ConfigLoader.Load(configPath);
        var judgments = TopicJudgments(TopicJudgmentsFile);
        var variants = new List<(string Name, bool WithTitle, double First, int MinPieces)> { ("first chunk only (before)", false, 1, 0) };
        foreach (var withTitle in new[] { false, true })
            foreach (var first in new[] { 0.5, 0.67 })
                variants.Add(($"second chunk {(withTitle ? "under the title" : "alone")}, first weighted {first:0.00}", withTitle, first, 0));
        foreach (var min in new[] { 64, 128 })
            foreach (var first in new[] { 0.5, 0.67 })
                variants.Add(($"second chunk alone, first weighted {first:0.00}, only with {min}+ pieces", false, first, min));
        var byId = items.ToDictionary(i => i.Article.Id, i => i, StringComparer.Ordinal);
        Dictionary<string, (int Half, string? First)>? before = null;
        foreach (var (name, withTitle, first, minPieces) in variants)
        {
            log.WriteLine($"=== {name}");
            var pooled = new EmbeddingTable { Key = table.Key, Dimensions = table.Dimensions };
            foreach (var (id, (title, body)) in table.Items)
                pooled.Items[id] = (title, first < 1 && seconds[withTitle].TryGetValue(id, out var next) && next.Pieces >= minPieces
                    ? SecondChunks.Pool(body, next.Embedding, first) : body);
            var firsts = TopicValidation.Run(items, pooled, encoder, tokenizer, seed, log, judgments, shippedOnly: true);
            before ??= firsts;
            // Item by item against the first chunk alone: first topics changed, and coarse topics (LABELS.md) and the
            // editor's judgments gained and lost, per feed half.
            foreach (var half in new[] { 1, 2 })
            {
                var changed = firsts.Where(f => f.Value.Half == half && before[f.Key].First != f.Value.First).Select(f => (Id: f.Key, Was: before[f.Key].First, Now: f.Value.First)).ToList();
                bool Right(string id, string? first) => first is not null && CoarseTopic(first) == byId[id].Topic;
                bool Fit(string id, string? first) => first is not null && judgments is not null && judgments.TryGetValue(id, out var j) && j.Fit.Contains(first);
                bool Wrong(string id, string? first) => first is not null && judgments is not null && judgments.TryGetValue(id, out var j) && j.Not.Contains(first);
                log.WriteLine($"  against the first chunk, feed half {half}: {changed.Count} first topics changed ({changed.Count(c => seconds[withTitle].ContainsKey(c.Id))} of them on long items); " +
                              $"coarse topic right -> wrong {changed.Count(c => Right(c.Id, c.Was) && !Right(c.Id, c.Now))}, wrong -> right {changed.Count(c => !Right(c.Id, c.Was) && Right(c.Id, c.Now))}; " +
                              $"judged fit -> not fit {changed.Count(c => Fit(c.Id, c.Was) && !Fit(c.Id, c.Now))}, wrong -> not wrong {changed.Count(c => Wrong(c.Id, c.Was) && !Wrong(c.Id, c.Now))}, " +
                              $"not wrong -> wrong {changed.Count(c => !Wrong(c.Id, c.Was) && Wrong(c.Id, c.Now))}");
                // What the changes are, for one variant: enough to read, not to fit.
                foreach (var c in changed.Take(first == 0.5 && minPieces == 0 && !withTitle ? 40 : 0))
                    log.WriteLine($"    [{byId[c.Id].Topic}] {c.Was} -> {c.Now}: {byId[c.Id].Article.Title}");
            }
            ProfileValidation.Run(items, pooled, config.Profile, encoder, tokenizer, seed, log);
            ProfileValidation.GateReport(items, pooled, config.Profile, encoder, tokenizer, relevance, config.Scoring.MinRelevance, seed, log);
        }
        return 0;
    }

    /// <summary>The coarse topic (LABELS.md: ai, tech, science) a first topic stands for, as validate-topics' macro-F1 counts it.</summary>
    private static string CoarseTopic(string first) => first switch
    {
        "AI & Machine Learning" or "AI Research" => "ai",
        "Science" => "science",
        _ => "tech",
    };

    /// <summary>The editor's blind topic judgments (EXPERIMENTS.md, session 34), where the file is at hand.</summary>
    public const string TopicJudgmentsFile = "batch-gpu/model/topic-judgments.jsonl";

    private static Dictionary<string, (HashSet<string> Fit, HashSet<string> Not)>? TopicJudgments(string path)
    {
        if (!File.Exists(path)) return null;
        var judgments = new Dictionary<string, (HashSet<string> Fit, HashSet<string> Not)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            using var row = System.Text.Json.JsonDocument.Parse(line);
            HashSet<string> Topics(string name) => row.RootElement.TryGetProperty(name, out var list)
                ? list.EnumerateArray().Select(t => t.GetString()!).ToHashSet(StringComparer.Ordinal) : [];
            judgments[row.RootElement.GetProperty("id").GetString()!] = (Topics("fit"), Topics("not"));
        }
        return judgments;
    }

    /// <summary>The config's editorial profile against the labelled items' relevance (<see cref="ProfileValidation"/>).</summary>
    public static int ValidateProfile(string data, string cachePath, string configPath, int seed, TextWriter log)
    {
        var profile = NewsCurator.Configuration.ConfigLoader.Load(configPath).Profile;
        if (profile.Interests.Count == 0)
        {
            log.WriteLine($"validate-profile: {configPath} has no profile.interests to measure");
            return 1;
        }
        var items = LabeledItems.Load(data);
        var table = LabelledEmbeddings(items, cachePath, new EncoderText(), log);
        var assets = MiniLmAssets.Locate();
        using var encoder = new OnnxSentenceEncoder(assets.ReadModel());
        var tokenizer = new WordPieceTokenizer(assets.ReadVocabulary());
        ProfileValidation.Run(items, table, profile, encoder, tokenizer, seed, log);
        // The gate's view needs each item's relevance from a scorer that never saw its feed: the heads on the frozen
        // encoder (the cached embeddings; the shipped top layers are tuned on every feed), without the ad calibration split.
        var heads = HeadsValidation.Heads("minilm-heads", table, new HeadsTrainOptions { Seed = seed }, calibrationFolds: 0);
        var relevance = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (train, validation) in GroupedFolds.ByFeed(items, i => i.Feed, 5, seed))
            foreach (var score in heads.TrainAndScore(train, validation)) relevance[score.Id] = score.TechRelevanceScore;
        var minRelevance = NewsCurator.Configuration.ConfigLoader.Load(configPath).Scoring.MinRelevance;
        ProfileValidation.GateReport(items, table, profile, encoder, tokenizer, relevance, minRelevance, seed, log);
        return 0;
    }

    /// <summary>A run's ad rules on the labelled items, from the config at <paramref name="configPath"/> (null when there is none): validation prints each scorer's ad F1 with them.</summary>
    public static Dictionary<string, string>? AdRules(IReadOnlyList<LabeledItem> items, string cachePath, string configPath, TextWriter log)
    {
        if (!File.Exists(configPath)) return null;
        var config = NewsCurator.Configuration.ConfigLoader.Load(configPath);
        var table = LabelledEmbeddings(items, cachePath, new EncoderText(), log);
        var assets = MiniLmAssets.Locate();
        using var encoder = new OnnxSentenceEncoder(assets.ReadModel());
        var verdicts = AdListingValidation.RuleVerdicts(items, config, table, encoder, new WordPieceTokenizer(assets.ReadVocabulary()));
        var ads = items.Where(i => i.IsAd).Select(i => i.Article.Id).ToHashSet(StringComparer.Ordinal);
        log.WriteLine($"ad rules of {configPath}: {verdicts.Count} labelled items called ads, {verdicts.Keys.Count(ads.Contains)} of them rightly " +
                      $"({string.Join(", ", verdicts.GroupBy(v => v.Value).Select(g => $"{g.Key} {g.Count(v => ads.Contains(v.Key))}/{g.Count()}"))})");
        return verdicts;
    }

    /// <summary>Grouped cross-validation by feed of the heads and their baselines; prints the table.</summary>
    /// <param name="types">Also print each scorer's per-type precision, recall and confusion matrix, and measure ways of decoding and training the type head (<see cref="ValidateTypes"/>).</param>
    public static List<ValidatedScorer> Validate(string data, string cachePath, EncoderText text, int folds, int seed, IReadOnlyList<string> only, string configPath, TextWriter log,
        bool types = false, bool feedTypes = false)
    {
        var items = LabeledItems.Load(data);
        var adRules = AdRules(items, cachePath, configPath, log);
        var table = LabelledEmbeddings(items, cachePath, text, log);
        log.WriteLine($"validate: {items.Count} items from {items.Select(i => i.Feed).Distinct().Count()} feeds, {folds} folds grouped by feed, seed {seed}");
        var shipped = new HeadsTrainOptions { Seed = seed };
        var wide = new HeadsShape(WideBuckets: 1 << 14);
        var linear = new HeadsShape(Hidden: 0, InputDropout: 0);
        var candidates = new List<HeadsValidation.Candidate>
        {
            HeadsValidation.Heads("minilm-heads", table, shipped),
            HeadsValidation.Heads("minilm-heads-without-words", table, shipped with { WordShare = 0 }),
            HeadsValidation.Tfidf("minilm-tfidf-lr (reference 2)", TfidfLogistic.Body(table)),
            HeadsValidation.Heads("minilm-lr-body (reference)", table, shipped with { UseTitle = false, UseRules = false, WordShare = 0, Shape = linear }),
            HeadsValidation.NaiveBayesBaseline(),
            HeadsValidation.Bag(),
            HeadsValidation.RulesScorer(),
            // How the shipped recipe was chosen (EXPERIMENTS.md): other ways to join words and embeddings.
            HeadsValidation.Heads("words-half-share", table, shipped with { WordShare = 0.5 }),
            HeadsValidation.Heads("words-alone-share-0", table, shipped with { WordsAloneShare = 0 }),
            HeadsValidation.Heads("words-alone-share-0.3", table, shipped with { WordsAloneShare = 0.3 }),
            HeadsValidation.Heads("words-alone-share-0.5", table, shipped with { WordsAloneShare = 0.5 }),
            HeadsValidation.Tfidf("linear-all-heads", TfidfLogistic.HeadsInputs(table)),
            HeadsValidation.Tfidf("linear-all-heads-c0.3", TfidfLogistic.HeadsInputs(table), 0.3),
            HeadsValidation.Tfidf("linear-all-heads-c3", TfidfLogistic.HeadsInputs(table), 3),
            HeadsValidation.Tfidf("tfidf-words-lr", null),
            HeadsValidation.StackedHeads("stacked-words", table, shipped with { WordShare = 0 }),
            HeadsValidation.Heads("heads-with-hashed-words", table, shipped with { WordShare = 0, Shape = wide }),
            HeadsValidation.Heads("heads-without-rules", table, shipped with { WordShare = 0, UseRules = false }),
            HeadsValidation.Heads("heads-linear", table, shipped with { WordShare = 0, Shape = linear }),
        };
        // Ablations without the inner calibration split (5x cheaper): compare them by AUC and macro-F1, not by ad F1.
        candidates.Add(HeadsValidation.Heads("ablation-heads", table, shipped, calibrationFolds: 0));
        candidates.Add(HeadsValidation.Heads("ablation-hashed-words", table, shipped with { Shape = wide }, calibrationFolds: 0));
        candidates.Add(HeadsValidation.Heads("ablation-no-rules", table, shipped with { UseRules = false }, calibrationFolds: 0));
        candidates.Add(HeadsValidation.Heads("ablation-linear-heads", table, shipped with { Shape = linear }, calibrationFolds: 0));
        candidates.Add(HeadsValidation.Heads("ablation-no-title", table, shipped with { UseTitle = false }, calibrationFolds: 0));
        if (only.Count > 0) candidates = candidates.Where(c => only.Any(o => c.Name == o || c.Name.StartsWith(o + " ", StringComparison.Ordinal))).ToList();
        var results = HeadsValidation.Run(items, candidates, folds, seed, log, adRules, typeReport: types);
        if (types || feedTypes) ValidateTypes(items, table, shipped, folds, seed, log, feedFallbackOnly: feedTypes && !types);
        return results;
    }

    /// <summary>
    /// The type head's out-of-fold logits (same folds as the table above) for the shipped training and
    /// for variants of it (type weights, style features), each decoded by the remedies of
    /// <see cref="TypeValidation"/>, which are chosen on one half of the feeds and reported on the other.
    /// </summary>
    public static void ValidateTypes(IReadOnlyList<LabeledItem> items, EmbeddingTable table, HeadsTrainOptions shipped, int folds, int seed, TextWriter log,
        bool feedFallbackOnly = false)
    {
        if (feedFallbackOnly)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var shippedLogits = TypeValidation.OutOfFoldLogits(items, x => HeadsTrainer.Inputs(x, table, shipped), shipped, folds, seed);
            log.WriteLine($"types: out-of-fold logits of the shipped type head in {clock.Elapsed.TotalSeconds:0}s");
            TypeFloorValidation.RunFeedFallback("type head as shipped", items, shippedLogits, seed, log);
            return;
        }
        List<HeadsInput> Plain(HeadsTrainOptions o, IReadOnlyList<LabeledItem> x) => HeadsTrainer.Inputs(x, table, o);
        List<HeadsInput> Styled(HeadsTrainOptions o, IReadOnlyList<LabeledItem> x) =>
            HeadsTrainer.Inputs(x, table, o).Select(i => i with { Embedding = [.. i.Embedding, .. StyleFeatures.For(i.Item.Article)] }).ToList();
        var variants = new (string Name, HeadsTrainOptions Options, Func<HeadsTrainOptions, IReadOnlyList<LabeledItem>, List<HeadsInput>> Inputs, bool PerClass)[]
        {
            ("type head as shipped (type weights ^0.5)", shipped, Plain, true),
            ("type weights ^0 (none)", shipped with { TypeWeightPower = 0 }, Plain, false),
            ("type weights ^1 (balanced)", shipped with { TypeWeightPower = 1 }, Plain, false),
            ("style features added to the input", shipped, Styled, true),
        };
        foreach (var (name, options, inputs, perClass) in variants)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var logits = TypeValidation.OutOfFoldLogits(items, x => inputs(options, x), options, folds, seed);
            log.WriteLine($"types: {name}: out-of-fold logits in {clock.Elapsed.TotalSeconds:0}s");
            TypeValidation.Run(name, items, logits, seed, log, perClass);
            if (name == variants[0].Name) TypeFloorValidation.Run(name, items, logits, seed, log);
        }
        // One training seed moves the pooled accuracy by several points: the training variants again, same folds, five training seeds each.
        log.WriteLine($"types: training variants over training seeds {seed + 1}-{seed + 5} (folds of seed {seed}), argmax, all five folds pooled:");
        var baseline = new List<(TypeValidation.TypeScore All, TypeValidation.TypeScore Editorial)>();
        foreach (var (name, options, inputs, _) in variants)
        {
            var runs = Enumerable.Range(seed + 1, 5).Select(s =>
            {
                var seeded = options with { Seed = s };
                var logits = TypeValidation.OutOfFoldLogits(items, x => inputs(seeded, x), seeded, folds, seed);
                var predicted = items.Select(i => TypeValidation.Decoding.Argmax.Decide(logits[i.Article.Id])).ToList();
                var editorial = Enumerable.Range(0, items.Count).Where(i => TypeValidation.Editorial(items[i])).ToList();
                return (All: TypeValidation.Score(items, predicted),
                        Editorial: TypeValidation.Score(editorial.Select(i => items[i]).ToList(), editorial.Select(i => predicted[i]).ToList()));
            }).ToList();
            if (baseline.Count == 0) baseline = runs;
            var better = runs.Zip(baseline).Count(p => p.First.All.Accuracy > p.Second.All.Accuracy);
            var betterF1 = runs.Zip(baseline).Count(p => p.First.All.MacroF1 > p.Second.All.MacroF1);
            log.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"  {name,-42} all: acc {runs.Average(r => r.All.Accuracy):0.000} (min {runs.Min(r => r.All.Accuracy):0.000}, max {runs.Max(r => r.All.Accuracy):0.000}) macro-F1 {runs.Average(r => r.All.MacroF1):0.000}; " +
                $"editorial: acc {runs.Average(r => r.Editorial.Accuracy):0.000} macro-F1 {runs.Average(r => r.Editorial.MacroF1):0.000}; above the shipped training on the same seed: acc {better}/5, macro-F1 {betterF1}/5"));
        }
    }

    /// <summary>
    /// Trains the shipped heads on every labelled item. With <paramref name="tuneTopLayers"/> > 0 the
    /// encoder's top layers are fine-tuned first (on every item, as each fold measured them) and the
    /// heads train on the embeddings of the product's own encoder with those layers (ONNX Runtime,
    /// from the deltas as the file stores them). Then the ad calibration from a grouped 5-fold split
    /// (fitted on feeds each model never saw), then the final heads. The recipe's numbers on unseen
    /// feeds travel in the file: grouped 5-fold cross-validation by feed, every fold fine-tuning its
    /// own layers from the pretrained weights.
    /// </summary>
    /// <param name="crossValidate">False for an experiment whose measure is elsewhere (<see cref="EvaluateHeldOut"/>): the file then carries no cross-validated metrics.</param>
    /// <param name="useRules">False: the heads do not read the rules scorer's verdicts (an experiment on kinds of feed the rules read badly).</param>
    /// <param name="useWords">False: no word model beside the heads.</param>
    /// <param name="wordsAloneShare">The word model's share from regressions on the words alone (null: the recipe's default).</param>
    /// <param name="balanceRelevance">Weigh the further sets' relevance labels by class to the training labels' shares (<see cref="LabeledItems.BalanceRelevance"/>).</param>
    public static int TrainHeads(string data, string cachePath, string output, EncoderText text, int seed, string version, int tuneTopLayers, string? stateCache, string configPath, TextWriter log,
        bool crossValidate = true, bool useRules = true, bool useWords = true, double? wordsAloneShare = null, IReadOnlyList<string>? moreData = null, HeadMask? moreHeads = null, bool balanceRelevance = false)
    {
        var items = LabeledItems.Load(data, moreData ?? [], moreHeads, balanceRelevance);
        var adRules = AdRules(items, cachePath, configPath, log);
        var options = new HeadsTrainOptions { Seed = seed, UseRules = useRules };
        if (wordsAloneShare is { } share) options = options with { WordsAloneShare = share };
        if (!useWords) options = options with { WordShare = 0 };
        var assets = MiniLmAssets.Locate();
        var pretrained = assets.ReadModel();
        TunedEncoderTop? top = null;
        EmbeddingTable table;
        Evaluation? validated = null;
        if (tuneTopLayers > 0)
        {
            var tokenizer = new WordPieceTokenizer(assets.ReadVocabulary());
            var tuning = new FineTuneOptions { TopLayers = [tuneTopLayers], Text = text, Seed = seed, StateCache = stateCache, AdRules = adRules };
            var product = $"shipped heads on top-{tuneTopLayers} fine-tuned";
            if (crossValidate) validated = FineTuneExperiment.Measure(items, pretrained, tokenizer, tuning, log).Single(r => r.Name == product).Pooled;
            var (fitted, torchEmbeddings) = FineTuneExperiment.FitTop(items, pretrained, tokenizer, tuneTopLayers, tuning, log);
            top = fitted.RoundedAsStored();
            using var encoder = new OnnxSentenceEncoder(OnnxTunedTop.Build(pretrained, top));
            table = EmbeddingTable.Compute(items.Select(i => i.Article).ToList(), encoder, tokenizer, text, log);
            // The product's encoder (ONNX, deltas through float16) against the network that was trained (TorchSharp, fp32).
            var cosines = items.Select(i => Math.Min(SentencePooling.Cosine(table.Items[i.Article.Id].Title, torchEmbeddings[i.Article.Id].AsSpan(0, table.Dimensions)),
                SentencePooling.Cosine(table.Items[i.Article.Id].Body, torchEmbeddings[i.Article.Id].AsSpan(table.Dimensions)))).ToList();
            log.WriteLine($"train-heads: tuned embeddings, ONNX Runtime against TorchSharp over {cosines.Count} items: cosine min {cosines.Min():0.000000}, mean {cosines.Average():0.000000}");
            if (!(cosines.Min() > 0.9999))
                throw new InvalidOperationException($"the product's encoder does not reproduce the tuned network (cosine min {cosines.Min():0.000000}); nothing was written");
        }
        else
        {
            table = LabelledEmbeddings(items, cachePath, text, log);
            if (crossValidate) validated = HeadsValidation.Run(items, [HeadsValidation.Heads("minilm-heads", table, options)], folds: 5, seed, log, adRules)[0].Pooled;
        }
        var calibration = HeadsValidation.FitCalibration(items, table, options, folds: 5);
        log.WriteLine($"train-heads: ad calibration scale {calibration.Scale:0.000} bias {calibration.Bias:0.000} threshold {calibration.Threshold:0.00}");
        var inputs = HeadsTrainer.Inputs(items, table, options);
        var weights = HeadsTrainer.Train(inputs, options, log);
        var words = options.WordShare > 0 ? TfidfLogistic.TrainWordModel(inputs, options.WordsAloneShare) : null;
        if (words is not null) log.WriteLine($"train-heads: word model over {words.Vocabulary.Count} terms, share {options.WordShare}, words alone {options.WordsAloneShare}");
        var header = HeadsFile.Save(output, weights, words, new EncoderHeadsHeader
        {
            ModelVersion = version,
            BaseModelSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pretrained)),
            Text = text,
            Shape = options.Shape,
            UseTitle = options.UseTitle,
            UseRules = options.UseRules,
            Words = words is null ? null : new WordModelHeader(words.Vocabulary.Terms, WordModelHeader.Checksum(words.Vocabulary.Terms), inputs[0].Embedding.Length, options.WordShare, words.AloneShare),
            ContentTypes = NewsCurator.Model.ContentTypes.All,
            AdCalibration = calibration,
            TrainedAt = DateTimeOffset.UtcNow,
            Seed = seed,
            TrainingItems = items.Count,
            ValidationMetrics = validated?.Summary() ?? [],
        }, top);
        log.WriteLine($"train-heads: wrote {output} ({new FileInfo(output).Length / 1e6:0.00} MB, weights sha256 {header.WeightsSha256[..12]})");
        return 0;
    }

    /// <summary>
    /// Heads files and the baselines measured on the held-out labelled feeds (<see cref="HeldOutEvaluation"/>): the baselines
    /// (naive Bayes, tf-idf logistic regression, the rules) learn from the training labels only, as the heads did.
    /// </summary>
    public static int EvaluateHeldOut(string trainingData, string heldOutData, IReadOnlyList<string> models, string configPath, int bootstrapSamples, int seed, string? scoresPath, TextWriter log,
        IReadOnlyList<string>? moreData = null)
    {
        var training = LabeledItems.Load(trainingData, moreData ?? []);
        var (items, overlapping) = HeldOutEvaluation.WithoutTrainingItems(LabeledItems.Load(heldOutData, HeldOutEvaluation.LabelsFile), training);
        if (overlapping > 0) log.WriteLine($"evaluate-heldout: {overlapping} held-out items are also training items (same title and opening) and are left out");
        var config = NewsCurator.Configuration.ConfigLoader.Load(configPath);
        var articles = items.Select(i => i.Article).ToList();
        var assets = MiniLmAssets.Locate();
        var tokenizer = new WordPieceTokenizer(assets.ReadVocabulary());
        var scorers = new List<HeldOutScores>();
        foreach (var path in models)
        {
            var heads = EncoderHeads.Load(path);
            using var encoder = new OnnxSentenceEncoder(heads.EncoderGraph(assets));
            using var scorer = new EncoderScorer(heads, encoder, tokenizer, config.Profile, ownsEncoder: false, ads: config.Ads);
            scorers.Add(new HeldOutScores($"{Path.GetFileName(path)} ({heads.Header.ModelVersion}, {heads.Header.TrainingItems} items)", scorer.Score(articles)));
        }
        scorers.Add(new HeldOutScores("naive-bayes", NaiveBayes.Train(training).Score(articles)));
        var words = TfidfLogistic.Train(training, dense: null);
        scorers.Add(new HeldOutScores("tfidf-lr", articles.Select(a => words.Score(a, "tfidf-lr")).ToList()));
        scorers.Add(new HeldOutScores("rules", new RulesScorer().Score(articles)));
        HeldOutEvaluation.Report(items, scorers, bootstrapSamples, seed, log);
        if (scoresPath is not null) HeldOutEvaluation.WriteScores(scoresPath, items, scorers);
        return 0;
    }

    /// <summary>The encoder scorer for the Batch job: TorchSharp on CUDA in half precision, ONNX Runtime on a CPU.</summary>
    public static EncoderScorer JobScorer(string headsPath, string device, NewsCurator.Configuration.ProfileConfig profile, NewsCurator.Configuration.AdsConfig ads, TextWriter log)
    {
        var heads = ScorerFactory.HeadsFor(headsPath);
        var assets = MiniLmAssets.Locate();
        var tokenizer = new WordPieceTokenizer(assets.ReadVocabulary());
        ISentenceEncoder encoder = device == "cuda"
            ? TorchSentenceEncoder.ForHeads(heads, assets, "cuda", "fp16", TorchSentenceEncoder.GpuBatchSize)
            : CpuEncoder(assets, heads, log);
        log.WriteLine($"score: encoder {encoder.Runtime}, heads {headsPath} ({heads.Header.ModelVersion}), profile with {profile.Interests.Count} interests, {ads.Listings.Count} kinds of ad listing");
        return new EncoderScorer(heads, encoder, tokenizer, profile, ads: ads);
    }

    /// <summary>
    /// ONNX Runtime where its native library is present (the Lambda package, local builds); TorchSharp's
    /// CPU path in the GPU image, which carries libtorch but not ONNX Runtime's library.
    /// </summary>
    internal static ISentenceEncoder CpuEncoder(MiniLmAssets assets, EncoderHeads heads, TextWriter log)
    {
        try
        {
            return new OnnxSentenceEncoder(heads.EncoderGraph(assets));
        }
        catch (Exception ex) when (ex is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            log.WriteLine($"score: ONNX Runtime is not available here ({ex.GetType().Name}); encoding with TorchSharp on the CPU");
            return TorchSentenceEncoder.ForHeads(heads, assets);
        }
    }
}
