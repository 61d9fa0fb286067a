using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace NewsCurator.Scoring.Model;

/// <summary>
/// Hashed n-gram bag → pooled embedding → shared hidden layer → four heads (relevance, content
/// type, ad, quality). The pooled embedding is also an output: Select uses it for diversity.
/// </summary>
public sealed class ScorerNetwork : nn.Module<Tensor, Tensor, ScorerOutputs>
{
    private readonly EmbeddingBag _bag;
    private readonly Linear _hidden;
    private readonly Linear _relevance;
    private readonly Linear _type;
    private readonly Linear _ad;
    private readonly Linear _quality;
    private readonly Dropout _dropout;

    public ScorerNetwork(ModelShape shape, int contentTypes) : base(nameof(ScorerNetwork))
    {
        _bag = nn.EmbeddingBag(shape.Buckets, shape.Dim, mode: EmbeddingBagMode.Mean);
        _hidden = nn.Linear(shape.Dim, shape.Hidden);
        _relevance = nn.Linear(shape.Hidden, ModelShape.RelevanceClasses);
        _type = nn.Linear(shape.Hidden, contentTypes);
        _ad = nn.Linear(shape.Hidden, 1);
        _quality = nn.Linear(shape.Hidden, ModelShape.QualityClasses);
        _dropout = nn.Dropout(0.2);
        RegisterComponents();
    }

    /// <param name="indices">All documents' feature ids, concatenated.</param>
    /// <param name="offsets">Where each document starts in <paramref name="indices"/>.</param>
    public override ScorerOutputs forward(Tensor indices, Tensor offsets)
    {
        var pooled = _bag.forward(indices, offsets, null);
        var h = nn.functional.relu(_hidden.forward(_dropout.forward(pooled)));
        return new ScorerOutputs(_relevance.forward(h), _type.forward(h), _ad.forward(h).squeeze(1), _quality.forward(h), pooled);
    }
}

public sealed record ScorerOutputs(Tensor Relevance, Tensor ContentType, Tensor AdLogit, Tensor Quality, Tensor Embedding);
