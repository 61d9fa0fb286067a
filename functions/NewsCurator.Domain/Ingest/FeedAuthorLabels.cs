using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Ingest;

/// <summary>
/// A planet's byline before every headline: "Ada Lovelace: Notes on the engine", "Grace Hopper - Why we compile" (held-out
/// review 112, F1: a multi-author aggregator titles each post "Author: title", the label reached every printed headline, and
/// where the item named no author it was the only credit). Found per feed, as <see cref="FeedCategoryTags"/> finds
/// leading tags: where most titles (<see cref="MinShare"/>) of a feed of <see cref="MinItems"/> or more open with a short
/// name and ": " or " - ", and the names are several (or each the item's own author), the label goes and becomes the
/// author where the item names none. One title's product before a colon is its headline ("Rust 1.80: what's new"), and a
/// single name on every title is a series' or a product's, not a byline: those stay.
/// </summary>
public static partial class FeedAuthorLabels
{
    private const int MinItems = 3;

    /// <summary>Three in five titles: a byline the aggregator writes on every post, not a habit of a few headlines.</summary>
    private const double MinShare = 0.6;

    /// <summary>A headline left shorter than this keeps its label.</summary>
    private const int MinLettersLeft = 12;

    /// <summary>
    /// A name of one to four capitalised words (with "van", "de", "von" between), or one handle ("antirez"), then a colon
    /// or a spaced dash. No digit: "Rust 1.80:", "Web 3 -" name a product or a version. A handle is taken only where it is
    /// the item's own author (<see cref="Strip"/>): a lower-case word before a colon is far more often a package's scope or
    /// a commit's type ("runtime: reduce ...", "fix: ...") than a byline (review of session 51, R1).
    /// </summary>
    [GeneratedRegex(@"^\s*(?<name>\p{Lu}[\p{L}\p{M}'’.-]*(?:\s(?:(?:van|von|de|der|den|da|di|du|del|la|le)\s)?\p{Lu}[\p{L}\p{M}'’.-]*){0,3}|\p{Ll}[\p{Ll}\p{M}_.-]{2,24})(?::\s+|\s+[-–—]\s+)(?<rest>\S.*)$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex AuthorLabel();

    /// <summary>
    /// Labels that say what an item is or where it runs, not who wrote it ("Show HN:", "Update -", "Weekly News:"), a wire
    /// service's kickers among them ("Explainer:", "Factbox:", "Insight:", "Hands-on:": review of session 51, R1).
    /// </summary>
    [GeneratedRegex(@"\b(?:show|ask|tell|launch|hn|update[sd]?|breaking|news|review|podcast|episode|video|interview|release[sd]?|announc\w*|tutorial|guide|opinion|analysis|event|webinar|weekly|daily|monthly|digest|newsletter|roundup|recap|sponsor\w*|ad|advert\w*|promo\w*|partner\w*|hiring|jobs?|security|case|study|part|chapter|issue|til|psa|faq|how|why|what|new|the|a|an|live|exclusive|report|watch|listen|read|today|this|week|month|year|notes?|explainer|explained|factbox|fact|check|insight|presentation|article|comment\w*|column|essay|feature|editorial|perspective|poll|quiz|profile|preview|hands|first|look|deep|dive|brief\w*|correction|obituary|spotlight|q)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAByline();

    /// <summary>The feed's articles with their byline labels gone from their titles; the same list where the feed has none.</summary>
    public static List<Article> Strip(List<Article> articles)
    {
        if (articles.Count < MinItems) return articles;
        var labels = articles.Select(a => (Article: a, Match: AuthorLabel().Match(a.Title)))
            .Select(l => l.Match.Success && !NotAByline().IsMatch(l.Match.Groups["name"].Value) && (!char.IsLower(l.Match.Groups["name"].Value[0]) || IsOwnAuthor(l.Article, l.Match)) ? l.Match : null)
            .ToList();
        var labelled = labels.Where(m => m is not null).Select(m => m!.Groups["name"].Value).ToList();
        if (labelled.Count < MinItems || labelled.Count < articles.Count * MinShare) return articles;
        // Several names (a planet's authors), or one that is each item's own author: a product's or a series' one name is not a byline.
        var ownAuthors = articles.Where((a, i) => labels[i] is { } m && IsOwnAuthor(a, m)).Count();
        var names = labelled.Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (names < 2 && ownAuthors < labelled.Count * MinShare) return articles;
        // Bylines recur: a planet's authors each post again. Labels that never do are a feed's kickers or its test's, each a
        // different word ("Good:", "Slow:", "Broken:"), and no credit to move. Most labelled items, not one pair among them:
        // a kicker that happened to run twice passed as a planet (review of session 51, R1).
        var recurring = labelled.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var credited = articles.Where((a, i) => labels[i] is { } m && (recurring.Contains(m.Groups["name"].Value) || IsOwnAuthor(a, m))).Count();
        if (credited < labelled.Count * MinShare) return articles;
        return [.. articles.Select((a, i) => labels[i] is { } m && IsBylineOf(a, m)
            ? a with { Title = m.Groups["rest"].Value.Trim(), Author = string.IsNullOrWhiteSpace(a.Author) ? m.Groups["name"].Value : a.Author }
            : a)];
    }

    /// <summary>
    /// Whether one title's label is its byline, the feed's habit granted: the item's own author, or a name its headline and
    /// text never name again. A project's name before a multi-project feed's colons is its story's subject ("Kubernetes:
    /// 1.31 removes the in-tree cloud code", and the text says "Kubernetes" again): taken away, the headline lost it.
    /// </summary>
    private static bool IsBylineOf(Article article, Match label)
    {
        var name = label.Groups["name"].Value;
        var rest = label.Groups["rest"].Value;
        if (rest.Count(char.IsLetter) < MinLettersLeft) return false;
        if (IsOwnAuthor(article, label)) return true;
        // In any case: "Kubernetes:" over a text that says "kubernetes" names its subject (review of session 51, R1).
        var lower = name.ToLowerInvariant();
        var opening = article.Text.Length > TextReadForTheName ? article.Text[..TextReadForTheName] : article.Text;
        return !Words.ContainsWhole(rest.ToLowerInvariant(), lower) && !Words.ContainsWhole(opening.ToLowerInvariant(), lower);
    }

    private static bool IsOwnAuthor(Article article, Match label)
        => article.Author is { } author && SameName(author, label.Groups["name"].Value);

    /// <summary>The opening of the text read for the label's name: where a story names its subject.</summary>
    private const int TextReadForTheName = 2000;

    /// <summary>
    /// The label is the author's name or a whole-word run of it ("Kenji Sato" of "ksato@example.org (Kenji Sato)"); not any
    /// substring: "Go" is no part of "Gordon Smith", nor "Rust" of "Rusty Russell" (review of session 51, R1).
    /// </summary>
    private static bool SameName(string author, string name)
        => author.Trim().Equals(name, StringComparison.OrdinalIgnoreCase) || Words.ContainsWhole(author.ToLowerInvariant(), name.ToLowerInvariant());
}
