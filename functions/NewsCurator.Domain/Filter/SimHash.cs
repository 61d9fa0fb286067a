namespace NewsCurator.Filter;

/// <summary>
/// 64-bit SimHash over word shingles: near-identical texts get hashes a few bits apart, so
/// "the same story, lightly edited" is found without comparing texts pairwise.
/// </summary>
public static class SimHash
{
    public static ulong Compute(IReadOnlyList<string> tokens, int shingle = 2)
    {
        if (tokens.Count == 0) return 0;
        Span<int> weights = stackalloc int[64];
        var count = Math.Max(1, tokens.Count - shingle + 1);
        for (var i = 0; i < count; i++)
        {
            var gram = string.Join(' ', tokens.Skip(i).Take(shingle));
            var hash = Hash64(gram);
            for (var bit = 0; bit < 64; bit++) weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
        }
        ulong result = 0;
        for (var bit = 0; bit < 64; bit++) if (weights[bit] > 0) result |= 1UL << bit;
        return result;
    }

    /// <summary>FNV-1a with a murmur finaliser: cheap, stable across processes (unlike string.GetHashCode).</summary>
    public static ulong Hash64(string value)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in value)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        return hash ^ (hash >> 33);
    }

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);
}
