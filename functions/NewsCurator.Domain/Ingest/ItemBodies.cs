using NewsCurator.Model;

namespace NewsCurator.Ingest;

/// <summary>An edit of an item's body made alike to its text and its description, which carries the same chrome.</summary>
internal static class ItemBodies
{
    /// <summary>The article with both bodies edited; the same instance where the edit changed neither.</summary>
    public static Article Edited(Article article, Func<string, string> edit)
    {
        var text = edit(article.Text);
        var description = article.Description is null ? null : edit(article.Description);
        return text == article.Text && description == article.Description ? article : article with { Text = text, Description = description };
    }
}
