namespace NewsCurator.Ingest;

/// <summary>
/// Links to an audio or video file rather than a page: older podcast generators (TWiT, many Libsyn/Podtrac setups)
/// put the episode's MP3 in an item's &lt;link&gt;. No reader opens it as a story, and fetching it as a page reads
/// megabytes of audio.
/// </summary>
public static class MediaLinks
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".mp3", ".m4a", ".m4b", ".aac", ".ogg", ".oga", ".opus", ".wav", ".flac", ".mp4", ".m4v", ".mov", ".webm", ".mkv", ".avi", ".mpg", ".mpeg",
    };

    /// <summary>
    /// Image files, for an item's link only (an enclosure's image is no episode): a link-sharing site (Lemmy, Reddit) gives
    /// an image post's target in &lt;link&gt;, and the reader wants the post, its &lt;comments&gt; page (held-out review 83, F3).
    /// </summary>
    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".bmp", ".heic",
    };

    /// <summary>Whether the address names an image file by its extension.</summary>
    public static bool IsImageFile(string? link)
        => !string.IsNullOrWhiteSpace(link) && Uri.TryCreate(link, UriKind.Absolute, out var uri) && ImageExtensions.Contains(Path.GetExtension(uri.AbsolutePath));

    /// <summary>Whether a MIME type (an enclosure's, a media:content's) is audio or video.</summary>
    public static bool IsMediaType(string? type)
        => type is not null && (type.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) || type.StartsWith("video/", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the address names a media file by its extension, or is the item's enclosure.</summary>
    public static bool IsMediaFile(string? link, string? enclosureUrl = null)
    {
        if (string.IsNullOrWhiteSpace(link)) return false;
        if (enclosureUrl is not null && string.Equals(link.Trim(), enclosureUrl.Trim(), StringComparison.Ordinal)) return true;
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri)) return false;
        return Extensions.Contains(Path.GetExtension(uri.AbsolutePath));
    }
}
