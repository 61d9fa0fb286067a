using System.Text.RegularExpressions;
using NewsCurator.Filter;
using NewsCurator.Model;

namespace NewsCurator.Select;

/// <summary>
/// A clip of another item: a YouTube Short, or an item whose text says "full video", that links the full piece. A
/// channel's Short and the video it teases were both printed (fifty-second held-out review, F2: "Full video here:
/// https://youtu.be/..." under the Short); the full piece is the story, and the clip of it the same story told again.
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

    /// <summary>The ranking with each clip moved after the full piece it links, where that ranks below it: the full piece is chosen first.</summary>
    internal static List<T> AfterTheirFull<T>(List<T> ranking, Func<T, Article> article)
    {
        var clips = ranking.Where(r => IsClip(article(r))).ToList();
        if (clips.Count == 0) return ranking;
        var keys = ranking.Select(r => Key(article(r).Link)).ToList();
        var ordered = ranking.Select((r, i) => (Item: r, Key: keys[i])).ToList();
        foreach (var clip in clips)
        {
            var at = ordered.FindIndex(o => ReferenceEquals(o.Item, clip) || Equals(o.Item, clip));
            var (own, linked) = (ordered[at].Key, Linked(article(clip)));
            var full = ordered.FindIndex(at + 1, o => o.Key is { } key && key != own && linked.Contains(key));
            if (full < 0) continue;
            var moved = ordered[at];
            ordered.RemoveAt(at);
            ordered.Insert(full, moved);
        }
        return [.. ordered.Select(o => o.Item)];
    }

    /// <summary>The keys of the pages a text links (its first <see cref="MaxTextRead"/> characters).</summary>
    private static HashSet<string> Linked(Article article)
    {
        var text = article.Text.Length > MaxTextRead ? article.Text[..MaxTextRead] : article.Text;
        return LinkInText().Matches(text).Select(m => Key(m.Value.TrimEnd('.', ',', ')', ';', '!', '?'))).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsClip(Article article)
        => (article.Link is { } link && link.Contains("/shorts/", StringComparison.OrdinalIgnoreCase) && ContentRules.VideoPlatform(link, watchPage: true) is not null)
           || FullPiece().IsMatch(article.Text.Length > MaxTextRead ? article.Text[..MaxTextRead] : article.Text);

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

    [GeneratedRegex(@"\b(?:full|whole|complete|long(?:er)?)\s+(?:video|episode|version|interview|talk|stream|cut)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FullPiece();
}
