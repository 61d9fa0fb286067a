using System.Text.RegularExpressions;
using NewsCurator.Filter;
using NewsCurator.Model;

namespace NewsCurator.Select;

/// <summary>
/// A YouTube Short that links another item, its full video: a channel's Short and the video it teases were both printed
/// (fifty-second held-out review, F2: "Full video here: https://youtu.be/..." under the Short). The full video is the story,
/// and the Short the same story told again. Only a Short's page: an item that mentions "the full interview" or links its
/// series' part 1 is a story of its own (hostile-input audit 41, H2).
/// </summary>
public static partial class Clips
{
    /// <summary>Whether the article is a clip whose text links the page at <paramref name="fullLink"/>.</summary>
    public static bool IsClipOf(Article clip, string? fullLink) => LinkedByClip(clip) is { } linked && Links(linked, clip.Link, fullLink);

    /// <summary>The pages a clip's text links (<see cref="Links"/>), or null where the article is no clip.</summary>
    public static HashSet<string>? LinkedByClip(Article article) => IsClip(article) ? Linked(article) : null;

    /// <summary>Whether a clip at <paramref name="ownLink"/> whose text links <paramref name="linked"/> links the page at <paramref name="fullLink"/>.</summary>
    public static bool Links(HashSet<string> linked, string? ownLink, string? fullLink)
        => linked.Count > 0 && Key(fullLink) is { } full && !string.Equals(Key(ownLink), full, StringComparison.Ordinal) && linked.Contains(full);

    /// <summary>
    /// The ranking with the full video each clip links moved up to the clip's place, the clip right after it: the full video
    /// is chosen in the place the story earned, and where a rule keeps it out, the clip may still take it (review of session
    /// 36, R3: moved down after a full video below the cut, the story was lost).
    /// </summary>
    internal static List<T> FullBeforeTheirClips<T>(List<T> ranking, Func<T, Article> article)
    {
        if (!ranking.Any(r => IsClip(article(r)))) return ranking;
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = ranking.Count - 1; i >= 0; i--)
            if (Key(article(ranking[i]).Link) is { } key) keys[key] = i;
        var ordered = new List<T>(ranking.Count);
        var moved = new HashSet<int>();
        for (var i = 0; i < ranking.Count; i++)
        {
            if (moved.Contains(i)) continue;
            if (LinkedByClip(article(ranking[i])) is { } linked)
            {
                var own = Key(article(ranking[i]).Link);
                // The first page it links that ranks below it and is no clip itself (two clips linking each other stay put).
                var full = linked.Where(k => k != own && keys.TryGetValue(k, out var at) && at > i && !moved.Contains(at) && !IsClip(article(ranking[at])))
                    .Select(k => keys[k]).DefaultIfEmpty(-1).Min();
                if (full > i)
                {
                    ordered.Add(ranking[full]);
                    moved.Add(full);
                }
            }
            ordered.Add(ranking[i]);
        }
        return ordered;
    }

    /// <summary>The keys of the pages a text links (its first <see cref="MaxTextRead"/> characters).</summary>
    private static HashSet<string> Linked(Article article)
    {
        var text = article.Text.Length > MaxTextRead ? article.Text[..MaxTextRead] : article.Text;
        return LinkInText().Matches(text).Select(m => Key(m.Value.TrimEnd('.', ',', ')', ';', '!', '?'))).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsClip(Article article)
        => article.Link is { } link && link.Contains("/shorts/", StringComparison.OrdinalIgnoreCase) && ContentRules.VideoPlatform(link, watchPage: true) is not null;

    /// <summary>A page's key: a YouTube video's id whatever its address's form (watch, youtu.be, shorts), else the canonical address.</summary>
    private static string? Key(string? link)
    {
        if (link is null) return null;
        if (YouTubeId().Match(link) is { Success: true } m) return "youtube:" + m.Groups["id"].Value;
        return UrlCanonicalizer.Canonicalize(link);
    }

    private const int MaxTextRead = 5_000;

    [GeneratedRegex(@"(?:youtube\.com/(?:watch\?(?:[^\s#]*&)?v=|shorts/|embed/|live/)|youtu\.be/)(?<id>[\w-]{11})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YouTubeId();

    [GeneratedRegex(@"https?://[^\s<>""']{4,2000}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkInText();
}
