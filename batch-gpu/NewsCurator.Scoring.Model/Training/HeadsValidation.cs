using System.Diagnostics;
using NewsCurator.Model;
using NewsCurator.Scoring.Encoder;

namespace NewsCurator.Scoring.Model.Training;

/// <summary>One scorer's out-of-fold result: pooled metrics over every fold's unseen feeds, precision@20 averaged per fold.</summary>
public sealed record ValidatedScorer(string Name, Evaluation Pooled, IReadOnlyList<Evaluation> Folds, double Seconds);

/// <summary>
/// Grouped cross-validation by feed for the encoder heads and the baselines they must beat, all on
/// the same folds: every number is measured on feeds the scorer never saw in training. The ad
/// calibration of the heads is fitted inside each training fold (an inner grouped split), never on
/// the fold it is measured on.
/// </summary>
public static class HeadsValidation
{
    public sealed record Candidate(string Name, Func<List<LabeledItem>, List<LabeledItem>, IReadOnlyList<ArticleScore>> TrainAndScore);

    /// <param name="adRules">A run's ad rules item by item (<see cref="AdListingValidation.RuleVerdicts"/>): each scorer's ad F1 with them is printed too.</param>
    public static List<ValidatedScorer> Run(IReadOnlyList<LabeledItem> items, IReadOnlyList<Candidate> candidates, int folds, int seed, TextWriter log,
        IReadOnlyDictionary<string, string>? adRules = null, bool typeReport = false)
    {
        var split = GroupedFolds.ByFeed(items, i => i.Feed, folds, seed);
        var results = new List<ValidatedScorer>();
        foreach (var candidate in candidates)
        {
            var clock = Stopwatch.StartNew();
            var pooledItems = new List<LabeledItem>();
            var pooledScores = new List<ArticleScore>();
            var perFold = new List<Evaluation>();
            foreach (var (train, validation) in split)
            {
                var scores = candidate.TrainAndScore(train, validation);
                perFold.Add(Evaluator.Evaluate(validation, scores));
                pooledItems.AddRange(validation);
                pooledScores.AddRange(scores);
            }
            var pooled = Pooled(candidate.Name, pooledItems, pooledScores, perFold);
            results.Add(new ValidatedScorer(candidate.Name, pooled, perFold, clock.Elapsed.TotalSeconds));
            log.WriteLine($"{candidate.Name,-28} {Line(pooled)} | {clock.Elapsed.TotalSeconds:0}s");
            log.WriteLine($"{"",-28} per fold: relevance AUC {string.Join(" ", perFold.Select(f => f.RelevantAuc.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)))}");
            if (adRules is not null) log.WriteLine($"{"",-28} {AdListingValidation.WithRulesLine(pooledItems, pooledScores, adRules)}");
            if (typeReport)
            {
                var typeOf = pooledScores.ToDictionary(s => s.Id, s => s.ContentType, StringComparer.Ordinal);
                TypeValidation.Report(candidate.Name, pooledItems, pooledItems.Select(i => typeOf[i.Article.Id]).ToList(), log);
            }
        }
        return results;
    }

    /// <summary>
    /// Metrics pooled over every fold's out-of-fold predictions; precision@20 is each fold's own top 20
    /// averaged (one top 20 over all folds would rank scores of different models against each other).
    /// </summary>
    public static Evaluation Pooled(string name, IReadOnlyList<LabeledItem> items, IReadOnlyList<ArticleScore> scores, IReadOnlyList<Evaluation> folds)
        => Evaluator.Evaluate(items, scores) with
        {
            Scorer = name,
            PrecisionAt20 = folds.Average(f => f.PrecisionAt20),
            EditorialPrecisionAt20 = folds.Average(f => f.EditorialPrecisionAt20),
        };

    /// <summary>One scorer's pooled metrics on one line, as every validation command prints them.</summary>
    public static string Line(Evaluation e) =>
        $"relevance AUC {e.RelevantAuc:0.000} | p@20 {e.PrecisionAt20:0.00} editorial p@20 {e.EditorialPrecisionAt20:0.00} | " +
        $"ad F1 {e.AdF1:0.000} AUC {e.AdAuc:0.000} ECE {e.AdEce:0.000} | type macro-F1 {e.TypeMacroF1:0.000} | quality acc {e.QualityAccuracy:0.000} | editor's AUC {e.EditorialAuc:0.000}";

    /// <summary>
    /// The encoder heads as a candidate: train, calibrate the ad head on an inner grouped split, train
    /// the word model beside them (when the options give it a share), score as the product does.
    /// </summary>
    public static Candidate Heads(string name, EmbeddingTable table, HeadsTrainOptions options, int calibrationFolds = 3) => new(name, (train, validation) =>
    {
        var calibration = calibrationFolds > 1 ? FitCalibration(train, table, options, calibrationFolds) : new AdCalibration();
        var trainInputs = HeadsTrainer.Inputs(train, table, options);
        var weights = HeadsTrainer.Train(trainInputs, options);
        var words = options.WordShare > 0 ? TfidfLogistic.TrainWordModel(trainInputs, options.WordsAloneShare) : null;
        var inputs = HeadsTrainer.Inputs(validation, table, options);
        var logits = HeadsTrainer.Logits(weights, inputs);
        return inputs.Select((x, i) => HeadsDecoder.ToScore(x.Item.Article.Id, logits[i], ContentTypes.All, calibration, name, null,
            words?.Vote(x.Item.Article, x.Embedding, options.WordShare))).ToList();
    });

    /// <summary>Platt scaling and the ad threshold from out-of-fold logits within the training items alone.</summary>
    public static AdCalibration FitCalibration(IReadOnlyList<LabeledItem> train, EmbeddingTable table, HeadsTrainOptions options, int folds)
        => FitCalibration(train, items => HeadsTrainer.Inputs(items, table, options), options, folds);

    public static AdCalibration FitCalibration(IReadOnlyList<LabeledItem> train, Func<IReadOnlyList<LabeledItem>, List<HeadsInput>> inputsOf, HeadsTrainOptions options, int folds)
    {
        var logits = new List<double>();
        var truth = new List<bool>();
        var adIndex = HeadLayout.For(ContentTypes.All.Count).Ad;
        foreach (var (inner, held) in GroupedFolds.ByFeed(train, i => i.Feed, folds, options.Seed + 1))
        {
            var weights = HeadsTrainer.Train(inputsOf(inner), options);
            var heldInputs = inputsOf(held);
            logits.AddRange(HeadsTrainer.Logits(weights, heldInputs).Select(l => (double)l[adIndex]));
            truth.AddRange(held.Select(h => h.IsAd));
        }
        return Calibration.FitAd(logits, truth);
    }

    /// <summary>The issue's stronger reference: body embedding + tf-idf words and bigrams, logistic regression per head.</summary>
    public static Candidate TfidfReference(EmbeddingTable table) => Tfidf("minilm-tfidf-lr (reference 2)", TfidfLogistic.Body(table));

    public static Candidate Tfidf(string name, Func<Article, float[]>? dense, double c = 1) => new(name, (train, validation) =>
    {
        var model = TfidfLogistic.Train(train, dense, c);
        return validation.Select(v => model.Score(v.Article, name)).ToList();
    });

    public static Candidate RulesScorer() => new("rules", (_, validation) => validation.Select(v => new RulesScorer().ScoreOne(v.Article)).ToList());

    /// <summary>
    /// The heads with a word model stacked under them: the tf-idf logistic regression's per-head
    /// probabilities join the heads' inputs, out of fold for the training items (an inner grouped
    /// split, so the heads learn how far to trust it on feeds it never saw).
    /// </summary>
    public static Candidate StackedHeads(string name, EmbeddingTable table, HeadsTrainOptions options, int calibrationFolds = 3) => new(name, (train, validation) =>
    {
        var stack = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var (inner, held) in GroupedFolds.ByFeed(train, i => i.Feed, 3, options.Seed + 2))
        {
            var model = TfidfLogistic.Train(inner, dense: null);
            foreach (var h in held) stack[h.Article.Id] = model.StackFeatures(h.Article);
        }
        var full = TfidfLogistic.Train(train, dense: null);
        foreach (var v in validation) stack[v.Article.Id] = full.StackFeatures(v.Article);
        List<HeadsInput> Inputs(IReadOnlyList<LabeledItem> items) => HeadsTrainer.Inputs(items, table, options)
            .Select(x => x with { Embedding = [.. x.Embedding, .. stack[x.Item.Article.Id]] }).ToList();
        var calibration = calibrationFolds > 1 ? FitCalibration(train, Inputs, options, calibrationFolds) : new AdCalibration();
        var weights = HeadsTrainer.Train(Inputs(train), options);
        var inputs = Inputs(validation);
        var logits = HeadsTrainer.Logits(weights, inputs);
        return inputs.Select((x, i) => HeadsDecoder.ToScore(x.Item.Article.Id, logits[i], ContentTypes.All, calibration, name, null)).ToList();
    });

    public static Candidate NaiveBayesBaseline() => new("naive-bayes", (train, validation) =>
        NaiveBayes.Train(train).Score(validation.Select(v => v.Article).ToList()));

    /// <summary>Today's shipped architecture (the hashed n-gram bag), retrained on each fold with its default options.</summary>
    public static Candidate Bag() => new("bag-v1 (shipped before)", (train, validation) =>
    {
        var (network, header, _) = Trainer.Train(train, validation, new TrainOptions(), TextWriter.Null);
        using var scorer = new NeuralScorer(network, header, batchSize: 256);
        var scores = scorer.Score(validation.Select(v => v.Article).ToList());
        network.Dispose();
        return scores;
    });
}
