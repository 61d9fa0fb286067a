using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Filter;

/// <summary>
/// A package registry's listing of one package (a version published): an item headed by nothing but the package's name, or
/// its name and a version ("bss-python 0.0.1", "dyn-formiojs"), that links to that package's own page on a registry
/// ("/project/bss-python/0.0.1/", "/package/dyn-formiojs", "/crates/serde", "/gems/rails", "/packages/Newtonsoft.Json/13.0.3").
/// A registry's "recent updates" feed lists every upload, each with the package's one-line description: nothing happened
/// that a reader could learn of, and the relevance head read "A small example package" as 9.8 of 10 (held-out review 82,
/// F5). Only min_length stopped them, and the feed's warning then advised reading each page in full, which would have let
/// every README through. A story about a release ("Django 5.0 released", a changelog entry) has a headline of words and
/// stays, as does a project's own releases feed (its pages are release notes, not a registry's package pages).
/// </summary>
public static partial class PackageListings
{
    /// <summary>Why the article is a registry's package listing, or null.</summary>
    public static string? Of(Article article)
    {
        if (article.Title.Length > MaxTitle || HeadedByAName().Match(article.Title.Trim()) is not { Success: true } heading
            || !Uri.TryCreate(article.Link, UriKind.Absolute, out var link) || link.Scheme is not ("http" or "https")
            || PackagePage().Match(link.AbsolutePath) is not { Success: true } page
            || Key(page.Groups["name"].Value) is var named && named != Key(heading.Groups["name"].Value)
               && named != Key($"{heading.Groups["name"].Value}-{heading.Groups["version"].Value}"))
            return null;
        return $"a package registry's listing of '{Words.Truncate(article.Title.Trim(), 60)}' (its link is the package's page on {link.Host}), not a story: "
               + "a project's release notes are its news";
    }

    /// <summary>Longer, a title is no package's name and version.</summary>
    private const int MaxTitle = 200;

    /// <summary>A package's name as registries spell it in paths and titles alike: case, and '-', '_' and '.' between its parts, aside.</summary>
    private static string Key(string name) => Regex.Replace(Uri.UnescapeDataString(name), @"[-_.]+", "-").ToLowerInvariant();

    /// <summary>
    /// A title that is a package's name, with a version after it or none: one identifier of letters, digits, '.', '-', '_',
    /// an npm scope ("@types/node") or a path's parts. A headline has words; that the title names the package whose page
    /// the link is, is the page test's.
    /// </summary>
    [GeneratedRegex(@"^(?<name>@?[\p{Ll}\p{Lu}\d][\w.-]{0,100}(?:/[\w.-]{1,100}){0,4})(?:\s+v?(?<version>\d[0-9A-Za-z.+-]{0,40}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadedByAName();

    /// <summary>
    /// A registry's page of one package, named in the path after the registry's word for it, with its version or none:
    /// PyPI's "/project/NAME/VERSION/", npm's "/package/NAME" (a scope too: "/package/@scope/name"), crates.io's
    /// "/crates/NAME", RubyGems' "/gems/NAME/versions/V", NuGet's "/packages/NAME/V", Hackage's "/package/NAME-V".
    /// </summary>
    [GeneratedRegex(@"^/(?:project|projects|package|packages|crates|gems|pkg)/(?<name>(?:@[\w.-]{1,100}/)?[\w.-]{1,150})(?:/(?:versions?/)?v?\d[\w.+-]{0,60})?/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PackagePage();
}
