using NewsCurator.Model;

namespace NewsCurator.Scoring;

/// <summary>The scoring port: the rules scorer here, the neural model on CPU or GPU in production.</summary>
public interface IArticleScorer
{
    string Name { get; }

    IReadOnlyList<ArticleScore> Score(IReadOnlyList<Article> articles, CancellationToken ct = default);
}
