namespace NewsCurator.Ingest;

/// <summary>
/// The name a feed's stories are credited to: the operator's title for it, else the feed's own. A site generator's
/// taxonomy feed names its term before the site ("language-model on Lil'Log", "nlp on Lil'Log": Hugo's default for
/// /tags/TERM/index.xml); readers saw "Read at nlp on Lil'Log" (sixth held-out review, F12). Where the feed's address
/// or its home link names that term under a taxonomy (/tags/, /categories/, ...), the story is the site's.
/// </summary>
public static class FeedName
{
    private static readonly HashSet<string> Taxonomies = new(["tags", "tag", "categories", "category", "series", "topics", "topic"], StringComparer.OrdinalIgnoreCase);

    /// <param name="addresses">The feed's URL and its home link (a local copy's file: URL names no term; its home link does).</param>
    public static string? Of(string? operatorTitle, string? feedTitle, params string?[] addresses)
        => HeaderText.SingleLineOrNull(operatorTitle ?? WithoutTaxonomyTerm(feedTitle, addresses), HeaderText.MaxNameLength);

    private static string? WithoutTaxonomyTerm(string? title, string?[] addresses)
    {
        var on = title?.IndexOf(" on ", StringComparison.Ordinal) ?? -1;
        if (on <= 0 || on + 4 >= title!.Length) return title;
        var term = Slug(title[..on]);
        foreach (var address in addresses)
        {
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)) continue;
            var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 1 < segments.Length; i++)
                if (Taxonomies.Contains(segments[i]) && string.Equals(Slug(Uri.UnescapeDataString(segments[i + 1])), term, StringComparison.Ordinal))
                    return title[(on + 4)..].Trim();
        }
        return title;
    }

    /// <summary>How a generator writes a term in an address: lower case, blanks as hyphens.</summary>
    private static string Slug(string term) => string.Join('-', term.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
