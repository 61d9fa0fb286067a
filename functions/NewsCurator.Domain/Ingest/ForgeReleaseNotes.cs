using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// What a code host writes into a release or tag on its own, around or instead of the project's notes (held-out review
/// 82, F3): GitHub's and GitLab's generated notes ("Full Changelog: v1.2...v1.3", "New Contributors" with "@user made
/// their first contribution in #12", "by @user in #34" after each pull request's title) and a tag's merge-commit line
/// ("Merge pull request #1301 from owner/develop", "Merge branch 'x' into main"). None says what changed: a merge line
/// led an issue as its story's summary, and the chrome counted towards content.min_length. The lines go, a credit goes
/// from its pull request's title (the title stays), and a release with nothing else has no notes: no text.
/// </summary>
public static partial class ForgeReleaseNotes
{
    /// <summary>The text without the host's generated lines and credits; the text as it was where it has none.</summary>
    public static string Without(string text)
    {
        if (text.Length == 0 || !Chrome().IsMatch(text)) return text;
        var lines = text.Split('\n');
        var generated = lines.Any(l => GeneratedLine().IsMatch(l.Trim()) || Credit().IsMatch(l));
        // A compare range or a commits page alone, as the generated notes' last line ("2023-08-09...2023-08-15") or as all
        // the text there is; elsewhere such a line may be the project's own.
        var rangeOnly = lines.Length == 1 || generated;
        var kept = new List<string>(lines.Length);
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (GeneratedLine().IsMatch(trimmed) || MergeLine().IsMatch(trimmed) || (rangeOnly && trimmed.Length <= MaxRangeLine && Range().IsMatch(trimmed))) continue;
            // The generated notes' own headings go with them; a project's "What's Changed" over its own prose stays.
            if (generated && GeneratedHeading().IsMatch(trimmed)) continue;
            kept.Add(Credit().Replace(line, ""));
        }
        return string.Join('\n', kept).Trim();
    }

    /// <summary>
    /// A release title that repeats its tag before the version it names again ("v8.0.0982: patch 8.0.0982: cursor blinks"): a
    /// host that titles each release "&lt;tag&gt;: &lt;first line&gt;" printed the version twice (held-out review 82, F4). The
    /// tag goes where the rest names the same version; "v2.0: the new parser" and "2024.1: 2024.1.3 fixes" keep theirs.
    /// </summary>
    public static string WithoutRepeatedTag(string title)
        => TaggedTitle().Match(title) is { Success: true } m
           && Regex.IsMatch(m.Groups["rest"].Value, $@"(?<![\w.]){Regex.Escape(m.Groups["version"].Value)}(?![\w]|\.\w)", RegexOptions.CultureInvariant)
            ? m.Groups["rest"].Value : title;

    [GeneratedRegex(@"^v?(?<version>\d+(?:\.\d+)+(?:[-+][\w.]+)?):\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TaggedTitle();

    /// <summary>A cheap test first: most texts hold none of these words.</summary>
    [GeneratedRegex(@"Full Changelog|first contribution|Merge (?:pull request|branch|remote-tracking branch)|by @[\w-]+ in |\.\.\.|/compare/|/commits/", RegexOptions.CultureInvariant)]
    private static partial Regex Chrome();

    /// <summary>A whole line of generated notes: the labelled compare range, a new contributor's credit. A bullet may open it.</summary>
    [GeneratedRegex(@"^(?:[•*\-]\s*)?(?:(?:\*\*)?Full Changelog(?:\*\*)?\s*:?\s*\S*|@[\w-]+ made (?:their|his|her) first contribution\b.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex GeneratedLine();

    /// <summary>
    /// A compare range alone ("v1.2.0...v1.3.0"), or the address of a compare or commits page alone: two refs that open on no
    /// dot, each of bounded length, and only on a short line (<see cref="MaxRangeLine"/>). A line of 80,000 dots held Ingest for
    /// 19 s while the range's first ref gave back one dot at a time (review of session 44, R1).
    /// </summary>
    [GeneratedRegex(@"^(?:[\w+-][\w.+-]{0,100}?\.\.\.[\w+-][\w.+-]{0,100}|https?://\S{1,300}?/(?:compare|commits)/\S{1,300})$", RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    /// <summary>The longest line read as a compare range: two refs or an address.</summary>
    private const int MaxRangeLine = 400;

    /// <summary>A merge commit's first line: "Merge pull request #N from owner/branch", "Merge branch 'x' [of url] into y".</summary>
    [GeneratedRegex(@"^(?:Merge pull request #\d+ from [\w.-]+/\S+|Merge (?:remote-tracking )?branch '[^']+'(?: of \S+)?(?: into \S+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex MergeLine();

    [GeneratedRegex(@"^(?:What['’]s Changed|New Contributors)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GeneratedHeading();

    /// <summary>A pull request's credit after its title: " by @user in #34", " by @user in https://host/owner/repo/pull/34".</summary>
    [GeneratedRegex(@"\s+by @[\w-]+(?:\[bot\])? in (?:#\d+|https?://\S+/(?:pull|merge_requests)/\d+)(?=\s*$)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Credit();
}
