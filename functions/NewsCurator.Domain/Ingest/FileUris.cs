namespace NewsCurator.Ingest;

/// <summary>Local paths as file: URIs, every character kept: new Uri(path) reads "%41" in a file name as an escaped "A".</summary>
public static class FileUris
{
    public static Uri From(string path)
    {
        var full = Path.GetFullPath(path).Replace('\\', '/');
        // Each segment escaped ("%" stays "%", "#" no fragment); a drive ("C:") stays as it is.
        var segments = full.Split('/').Select((segment, i) => i == 0 && segment.EndsWith(':') ? segment : Uri.EscapeDataString(segment));
        return new Uri((full.StartsWith('/') ? "file://" : "file:///") + string.Join('/', segments));
    }
}
