namespace NewsCurator.Scoring.Model;

/// <summary>Reads a hashed-bag scorer file (magic "NCSM", <see cref="WeightsFile"/> layout) without libtorch.</summary>
public static class ModelFileReader
{
    public static readonly byte[] Magic = "NCSM"u8.ToArray();

    public static (ModelHeader Header, Dictionary<string, float[]> Weights) Read(string path)
        => WeightsFile.Read<ModelHeader>(path, Magic, 1, "NewsCurator scorer model",
            "train one with `newscurator-score train` or set scoring.model to a shipped model in batch-gpu/model/");
}
