namespace NewsCurator.Scoring.Model.Training;

/// <summary>Classification metrics for the evaluation report.</summary>
public static class Metrics
{
    public static double Accuracy(IReadOnlyList<int> truth, IReadOnlyList<int> predicted)
        => truth.Count == 0 ? 0 : truth.Zip(predicted).Count(p => p.First == p.Second) / (double)truth.Count;

    /// <summary>Mean F1 over the classes that occur in the truth.</summary>
    public static double MacroF1(IReadOnlyList<int> truth, IReadOnlyList<int> predicted)
    {
        var classes = truth.Distinct().ToList();
        if (classes.Count == 0) return 0;
        return classes.Average(c =>
        {
            var tp = truth.Zip(predicted).Count(p => p.First == c && p.Second == c);
            var fp = truth.Zip(predicted).Count(p => p.First != c && p.Second == c);
            var fn = truth.Zip(predicted).Count(p => p.First == c && p.Second != c);
            return tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        });
    }

    /// <summary>ROC-AUC by ranks (Mann-Whitney U), ties counted half.</summary>
    public static double RocAuc(IReadOnlyList<bool> truth, IReadOnlyList<double> score)
    {
        var positives = truth.Count(t => t);
        var negatives = truth.Count - positives;
        if (positives == 0 || negatives == 0) return double.NaN;
        var ordered = truth.Zip(score).OrderBy(p => p.Second).ToList();
        double rankSum = 0;
        for (var i = 0; i < ordered.Count;)
        {
            var j = i;
            while (j < ordered.Count && ordered[j].Second == ordered[i].Second) j++;
            var averageRank = (i + j + 1) / 2.0;
            for (var k = i; k < j; k++) if (ordered[k].First) rankSum += averageRank;
            i = j;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }

    /// <summary>F1 of one class.</summary>
    public static double F1(IReadOnlyList<int> truth, IReadOnlyList<int> predicted, int positive)
    {
        var tp = truth.Zip(predicted).Count(p => p.First == positive && p.Second == positive);
        var fp = truth.Zip(predicted).Count(p => p.First != positive && p.Second == positive);
        var fn = truth.Zip(predicted).Count(p => p.First == positive && p.Second != positive);
        return tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }

    /// <summary>Expected calibration error: the item-weighted gap between mean probability and frequency, in equal-width bins.</summary>
    public static double ExpectedCalibrationError(IReadOnlyList<bool> truth, IReadOnlyList<double> probability, int bins = 10)
    {
        if (truth.Count == 0) return 0;
        double ece = 0;
        foreach (var bin in truth.Zip(probability).GroupBy(p => Math.Min(bins - 1, (int)(p.Second * bins))))
            ece += bin.Count() / (double)truth.Count * Math.Abs(bin.Average(p => p.Second) - bin.Average(p => p.First ? 1.0 : 0.0));
        return ece;
    }

    public static int[][] Confusion(IReadOnlyList<int> truth, IReadOnlyList<int> predicted, int classes)
    {
        var matrix = Enumerable.Range(0, classes).Select(_ => new int[classes]).ToArray();
        foreach (var (t, p) in truth.Zip(predicted)) matrix[t][p]++;
        return matrix;
    }
}
