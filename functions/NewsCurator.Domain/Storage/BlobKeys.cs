namespace NewsCurator.Storage;

/// <summary>Validates keys so no caller (or run id) can address anything outside the store's root.</summary>
public static class BlobKeys
{
    public static string Validate(string key)
    {
        if (string.IsNullOrWhiteSpace(key)) throw new ArgumentException("blob key is empty", nameof(key));
        if (key.StartsWith('/') || key.Contains('\\') || key.Contains('\0'))
            throw new ArgumentException($"blob key '{key}' must be a relative path with '/' separators", nameof(key));
        foreach (var part in key.Split('/'))
            if (part is "." or "..")
                throw new ArgumentException($"blob key '{key}' must not contain '.' or '..' segments", nameof(key));
        return key;
    }
}
