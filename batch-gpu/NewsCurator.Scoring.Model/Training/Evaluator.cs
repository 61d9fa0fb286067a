using System.Globalization;
using System.Text;
using NewsCurator.Model;

namespace NewsCurator.Scoring.Model.Training;

/// <summary>Per-head quality of one scorer on labelled items, and precision@20 of the selection it would make.</summary>
public sealed record Evaluation
{
    public required string Scorer { get; init; }
    public int Items { get; init; }
    public double RelevanceAccuracy { get; init; }
    public double RelevanceMacroF1 { get; init; }
    public double RelevantAuc { get; init; }
    public int[][] RelevanceConfusion { get; init; } = [];
    public double TypeAccuracy { get; init; }
    public double TypeMacroF1 { get; init; }
    public int[][] TypeConfusion { get; init; } = [];
    public double AdAccuracy { get; init; }
    public double AdMacroF1 { get; init; }
    public double AdAuc { get; init; }
    public int[][] AdConfusion { get; init; } = [];
    public double QualityAccuracy { get; init; }
    public double QualityMacroF1 { get; init; }
    public int[][] QualityConfusion { get; init; } = [];
    /// <summary>Of the 20 items the selection would pick, the share that are relevant (>= 2) and not ads.</summary>
    public double PrecisionAt20 { get; init; }
    /// <summary>F1 of the ad class (sponsored posts found and not over-called), at the scorer's own verdict.</summary>
    public double AdF1 { get; init; }
    /// <summary>Expected calibration error of the ad probability (10 equal-width bins).</summary>
    public double AdEce { get; init; }
    /// <summary>
    /// The editor's precision@20: of the scorer's own top 20 among items the language filter passes as
    /// English and it does not call ads, the share that are English, relevance >= 2, no ad, quality >= 3.
    /// </summary>
    public double EditorialPrecisionAt20 { get; init; }
    /// <summary>
    /// The editor's AUC (<see cref="Evaluator.EditorialAuc"/>): how the selection's order puts what an editor would run above
    /// the rest, over every item rather than a top 20.
    /// </summary>
    public double EditorialAuc { get; init; }

    public Dictionary<string, double> Summary() => new()
    {
        ["relevance_accuracy"] = RelevanceAccuracy, ["relevance_macro_f1"] = RelevanceMacroF1, ["relevant_auc"] = RelevantAuc,
        ["type_accuracy"] = TypeAccuracy, ["type_macro_f1"] = TypeMacroF1, ["ad_auc"] = AdAuc, ["ad_macro_f1"] = AdMacroF1,
        ["quality_accuracy"] = QualityAccuracy, ["quality_macro_f1"] = QualityMacroF1, ["precision_at_20"] = PrecisionAt20,
        ["ad_f1"] = AdF1, ["ad_ece"] = AdEce, ["editorial_precision_at_20"] = EditorialPrecisionAt20,
        ["editorial_auc"] = EditorialAuc,
    };
}

public static class Evaluator
{
    public static Evaluation Evaluate(IReadOnlyList<LabeledItem> items, IReadOnlyList<ArticleScore> scores)
    {
        var byId = scores.ToDictionary(s => s.Id);
        var s = items.Select(i => byId[i.Article.Id]).ToList();
        var relevanceTruth = items.Select(i => i.Relevance).ToList();
        var relevancePredicted = s.Select(x => Math.Clamp((int)Math.Round(x.TechRelevanceScore / 10 * 3), 0, 3)).ToList();
        var typeTruth = items.Select(i => ContentTypes.All.ToList().IndexOf(i.ContentType)).ToList();
        var typePredicted = s.Select(x => ContentTypes.All.ToList().IndexOf(x.ContentType)).ToList();
        var adTruth = items.Select(i => i.IsAd ? 1 : 0).ToList();
        var adPredicted = s.Select(x => x.IsAdvertisement ? 1 : 0).ToList();
        var qualityTruth = items.Select(i => i.Quality - 1).ToList();
        var qualityPredicted = s.Select(x => Math.Clamp((int)Math.Round(x.QualityScore / 10 * 4), 0, 4)).ToList();

        var picked = TopPicks(s, 20).Select(x => items.First(i => i.Article.Id == x.Id)).ToList();
        return new Evaluation
        {
            Scorer = s.FirstOrDefault()?.Scorer ?? "",
            Items = items.Count,
            RelevanceAccuracy = Metrics.Accuracy(relevanceTruth, relevancePredicted),
            RelevanceMacroF1 = Metrics.MacroF1(relevanceTruth, relevancePredicted),
            RelevantAuc = Metrics.RocAuc(items.Select(i => i.Relevance >= 2).ToList(), s.Select(x => x.TechRelevanceScore).ToList()),
            RelevanceConfusion = Metrics.Confusion(relevanceTruth, relevancePredicted, 4),
            TypeAccuracy = Metrics.Accuracy(typeTruth, typePredicted),
            TypeMacroF1 = Metrics.MacroF1(typeTruth, typePredicted),
            TypeConfusion = Metrics.Confusion(typeTruth, typePredicted, ContentTypes.All.Count),
            AdAccuracy = Metrics.Accuracy(adTruth, adPredicted),
            AdMacroF1 = Metrics.MacroF1(adTruth, adPredicted),
            AdAuc = Metrics.RocAuc(items.Select(i => i.IsAd).ToList(), s.Select(x => x.AdProbability).ToList()),
            AdConfusion = Metrics.Confusion(adTruth, adPredicted, 2),
            QualityAccuracy = Metrics.Accuracy(qualityTruth, qualityPredicted),
            QualityMacroF1 = Metrics.MacroF1(qualityTruth, qualityPredicted),
            QualityConfusion = Metrics.Confusion(qualityTruth, qualityPredicted, 5),
            PrecisionAt20 = picked.Count == 0 ? 0 : picked.Count(i => i.Relevance >= 2 && !i.IsAd) / (double)picked.Count,
            AdF1 = Metrics.F1(adTruth, adPredicted, positive: 1),
            AdEce = Metrics.ExpectedCalibrationError(items.Select(i => i.IsAd).ToList(), s.Select(x => x.AdProbability).ToList()),
            EditorialPrecisionAt20 = EditorialPrecision(items, s),
            EditorialAuc = EditorialAuc(items, s, Enumerable.Range(0, items.Count).ToList()),
        };
    }

    /// <summary>How the precision@20 measures rank a scorer's picks: relevance first, quality second.</summary>
    public static double SelectionValue(ArticleScore s) => 0.6 * s.TechRelevanceScore + 0.4 * s.QualityScore;

    /// <summary>The scorer's own top picks: no ads, by <see cref="SelectionValue"/>, ties by id.</summary>
    public static IEnumerable<ArticleScore> TopPicks(IEnumerable<ArticleScore> scores, int count)
        => scores.Where(x => !x.IsAdvertisement).OrderByDescending(SelectionValue).ThenBy(x => x.Id, StringComparer.Ordinal).Take(count);

    private static double EditorialPrecision(IReadOnlyList<LabeledItem> items, IReadOnlyList<ArticleScore> scores)
    {
        var top = items.Zip(scores)
            .Where(p => !p.Second.IsAdvertisement && Filter.LanguageDetector.Detect(p.First.Article.Title + " " + p.First.Article.Text) == "en")
            .OrderByDescending(p => SelectionValue(p.Second)).ThenBy(p => p.First.Article.Id, StringComparer.Ordinal)
            .Take(20).Select(p => p.First).ToList();
        return top.Count == 0 ? 0 : top.Count(IsEditorial) / (double)top.Count;
    }

    /// <summary>What an editor would run: English, relevance >= 2, no ad, quality >= 3.</summary>
    public static bool IsEditorial(LabeledItem item) => item.Language == "en" && item.Relevance >= 2 && !item.IsAd && item.Quality >= 3;

    /// <summary>
    /// The editor's AUC over the items at <paramref name="indices"/>: how the selection's order (<see cref="SelectionValue"/>,
    /// ads last) puts the items an editor would run (<see cref="IsEditorial"/>) above the rest; NaN where they hold one class
    /// only. Relevance alone rewards a scorer for calling a bare version line "relevant tech"; this asks what the newsletter
    /// would print.
    /// </summary>
    public static double EditorialAuc(IReadOnlyList<LabeledItem> items, IReadOnlyList<ArticleScore> scores, IReadOnlyList<int> indices)
        => Metrics.RocAuc(indices.Select(i => IsEditorial(items[i])).ToList(), indices.Select(i => scores[i].IsAdvertisement ? -1 : SelectionValue(scores[i])).ToList());

    public static string Markdown(IReadOnlyList<Evaluation> evaluations, int trainItems, int validationItems, int validationFeeds)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Scorer evaluation");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Validation: {validationItems} labelled items from {validationFeeds} feeds the model never saw (split by feed); training: {trainItems} items.");
        sb.AppendLine();
        sb.AppendLine("| metric | " + string.Join(" | ", evaluations.Select(e => e.Scorer)) + " |");
        sb.AppendLine("|---|" + string.Concat(evaluations.Select(_ => "---|")));
        foreach (var key in evaluations[0].Summary().Keys)
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {key} | {string.Join(" | ", evaluations.Select(e => e.Summary()[key].ToString("0.000", CultureInfo.InvariantCulture)))} |");
        foreach (var e in evaluations)
        {
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"## Confusion matrices: {e.Scorer} (rows: truth, columns: predicted)");
            Matrix(sb, "tech_relevance (0-3)", e.RelevanceConfusion, ["0", "1", "2", "3"]);
            Matrix(sb, "is_ad", e.AdConfusion, ["no", "yes"]);
            Matrix(sb, "quality (1-5)", e.QualityConfusion, ["1", "2", "3", "4", "5"]);
            Matrix(sb, "content_type", e.TypeConfusion, ContentTypes.All);
        }
        return sb.ToString();
    }

    private static void Matrix(StringBuilder sb, string title, int[][] matrix, IReadOnlyList<string> labels)
    {
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{title}:");
        sb.AppendLine();
        sb.AppendLine("| | " + string.Join(" | ", labels) + " |");
        sb.AppendLine("|---|" + string.Concat(labels.Select(_ => "---:|")));
        for (var i = 0; i < matrix.Length; i++) sb.AppendLine(CultureInfo.InvariantCulture, $"| {labels[i]} | {string.Join(" | ", matrix[i])} |");
    }
}
