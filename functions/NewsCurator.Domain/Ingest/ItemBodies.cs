using NewsCurator.Model;

namespace NewsCurator.Ingest;

/// <summary>An edit of an item's body made alike to its text and its description, which carries the same chrome.</summary>
internal static class ItemBodies
{
    /// <summary>The article with both bodies edited; the same instance where the edit changed neither.</summary>
    public static Article Edited(Article article, Func<string, string> edit)
    {
        var text = edit(article.Text);
        // As ArticleNormalizer keeps it: no description that is empty or the text again.
        var description = article.Description is null ? null : edit(article.Description) is { Length: > 0 } d && d != text ? d : null;
        return text == article.Text && description == article.Description ? article : article with { Text = text, Description = description };
    }
}
