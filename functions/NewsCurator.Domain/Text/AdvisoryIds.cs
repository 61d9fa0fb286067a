using System.Text.RegularExpressions;

namespace NewsCurator;

/// <summary>
/// A security advisory's identifiers: CVE ("CVE-2025-22224") and GitHub's GHSA ("GHSA-2mm7-x5h6-5pvq"). A title, link or
/// opening that names one is an advisory, or news of one.
/// </summary>
public static partial class AdvisoryIds
{
    [GeneratedRegex(@"\b(?:CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();

    /// <summary>Whether a title is an advisory's id and nothing else ("CVE-2018-10124"): it says neither product nor flaw.</summary>
    public static bool IsBareId(string title)
        => Pattern().Match(title) is { Success: true } id && title.Trim().Trim('.', ':', '[', ']', '(', ')').Length == id.Length;

    /// <summary>How much of a text's opening is read for an id: an advisory names its own at the top.</summary>
    private const int OpeningChars = 300;

    /// <summary>Whether an item is an advisory or news of one: its title, its link or its text's opening names an id.</summary>
    public static bool Name(string title, string? link, string text)
        => Pattern().IsMatch(title) || (link is not null && Pattern().IsMatch(link)) || Pattern().IsMatch(text.Length > OpeningChars ? text[..OpeningChars] : text);
}
