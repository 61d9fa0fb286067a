namespace NewsCurator.Ingest;

/// <summary>Local paths as file: URIs, every character kept: new Uri(path) reads "%41" in a file name as an escaped "A".</summary>
public static class FileUris
{
    public static Uri From(string path)
        => new("file://" + string.Join('/', Path.GetFullPath(path).Replace('\\', '/').Split('/').Select(Uri.EscapeDataString)));
}
