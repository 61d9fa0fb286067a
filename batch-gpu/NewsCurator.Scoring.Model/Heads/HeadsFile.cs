using NewsCurator.Scoring.Encoder;
using NewsCurator.Scoring.Model.Training;

namespace NewsCurator.Scoring.Model.Heads;

/// <summary>Writes trained heads in the <see cref="EncoderHeads"/> file format (float16, checksummed).</summary>
public static class HeadsFile
{
    /// <param name="top">The fine-tuned top layers the heads read through, if any (their count goes into the header).</param>
    public static EncoderHeadsHeader Save(string path, HeadsWeights weights, WordModel? words, EncoderHeadsHeader header, TunedEncoderTop? top = null)
        => WeightsFile.Write(path, EncoderHeads.Magic, header with { Shape = weights.Shape, TunedLayers = top?.Layers ?? 0 },
            [.. weights.Named(), .. words is null ? [] : EncoderHeads.WordParameters(words), .. top is null ? [] : top.FileParameters()],
            (h, entries, sha) => h with { Parameters = entries, WeightsSha256 = sha });
}
