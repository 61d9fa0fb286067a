namespace NewsCurator.Ingest;

/// <summary>
/// Links to a file rather than a page: a file-sharing host's viewer or download (Google Drive, Dropbox, OneDrive...) or
/// an address naming a document or archive. Reading such a link "in full" fetches the host's viewer or the file itself,
/// never an article (twelfth held-out review, F7: a podcast whose every episode linked to a Google Drive file was told
/// to set fullText). Audio and video files are <see cref="MediaLinks"/>'.
/// </summary>
public static class FileLinks
{
    /// <summary>Hosts whose every address is a shared file or folder.</summary>
    private static readonly string[] FileHosts =
    [
        "drive.google.com", "drive.usercontent.google.com", "dl.dropboxusercontent.com", "dl.dropbox.com", "onedrive.live.com", "1drv.ms",
        "mega.nz", "we.tl", "wetransfer.com", "mediafire.com", "pixeldrain.com", "gofile.io",
    ];

    /// <summary>Hosts whose files sit under these paths (the rest of the site is pages).</summary>
    private static readonly (string Host, string Path)[] FilePaths =
    [
        ("dropbox.com", "/s/"), ("dropbox.com", "/scl/fi/"), ("dropbox.com", "/sh/"), ("box.com", "/s/"), ("icloud.com", "/iclouddrive/"),
        ("archive.org", "/download/"), ("github.com", "/releases/download/"),
    ];

    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".epub", ".doc", ".docx", ".odt", ".ppt", ".pptx", ".xls", ".xlsx", ".zip", ".gz", ".tgz", ".7z", ".rar", ".dmg", ".exe", ".msi", ".apk", ".iso",
    };

    /// <summary>Whether the address is a file (on a file host, or by its extension), not a page to read.</summary>
    public static bool IsFile(string? link)
    {
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return false;
        var host = uri.Host.ToLowerInvariant();
        if (FileHosts.Any(h => Filter.UrlCanonicalizer.IsWithinDomain(host, h))) return true;
        if (FilePaths.Any(f => Filter.UrlCanonicalizer.IsWithinDomain(host, f.Host) && uri.AbsolutePath.Contains(f.Path, StringComparison.OrdinalIgnoreCase))) return true;
        return Extensions.Contains(Path.GetExtension(uri.AbsolutePath));
    }
}
