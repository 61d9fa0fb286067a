namespace NewsCurator;

/// <summary>Order statistics the stages compute on small lists.</summary>
public static class Statistics
{
    /// <summary>The median of values already in ascending order (the mean of the middle two for an even count); the list must not be empty.</summary>
    public static double Median(IReadOnlyList<double> sorted)
        => sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
