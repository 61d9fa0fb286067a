using NewsCurator.Scoring.Encoder;
using NewsCurator.Scoring.Model.Training;

namespace NewsCurator.Scoring.Model.Heads;

/// <summary>Writes trained heads in the <see cref="EncoderHeads"/> file format (float16, checksummed).</summary>
public static class HeadsFile
{
    public static EncoderHeadsHeader Save(string path, HeadsWeights weights, WordModel? words, EncoderHeadsHeader header)
        => WeightsFile.Write(path, EncoderHeads.Magic, header with { Shape = weights.Shape },
            [.. weights.Named(), .. words is null ? [] : EncoderHeads.WordParameters(words)],
            (h, entries, sha) => h with { Parameters = entries, WeightsSha256 = sha });
}
