namespace NewsCurator.Scoring.Encoder;

/// <summary>Sizes of the heads on the encoder, as trained and as stored in the heads file.</summary>
/// <param name="Inputs">Width of the input: title and body embeddings side by side.</param>
/// <param name="Hidden">Hidden GELU units; 0 for a linear map (logistic regression on the embeddings).</param>
/// <param name="WideBuckets">Hashed word features added straight to the logits; 0 for none (the default since they measured
/// no gain; the linear <see cref="WordModel"/> is what reads the words now).</param>
public sealed record HeadsShape(int Inputs = 768, int Hidden = 256, int WideBuckets = 0, int ContentTypes = 10, double InputDropout = 0.1);

/// <summary>Where each head's logits sit in the one output vector: relevance 0-3, content type, ad, quality 1-5.</summary>
public readonly record struct HeadLayout(int Relevance, int Type, int Ad, int Quality)
{
    public const int RelevanceClasses = 4;
    public const int QualityClasses = 5;

    public static int Outputs(int contentTypes) => RelevanceClasses + contentTypes + 1 + QualityClasses;

    public static HeadLayout For(int contentTypes) => new(0, RelevanceClasses, RelevanceClasses + contentTypes, RelevanceClasses + contentTypes + 1);
}
