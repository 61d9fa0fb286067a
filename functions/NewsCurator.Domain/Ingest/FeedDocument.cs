using System.Text;
using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// Bytes to text: the BOM wins, then the XML declaration, then the HTTP charset, then UTF-8.
/// Decoding here (rather than inside XmlReader) lets a document whose declaration lies, or which
/// has blank lines before the declaration, still be read.
/// </summary>
public static partial class FeedDocument
{
    static FeedDocument() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex("""^\s*<\?xml[^>]*?encoding\s*=\s*["'](?<enc>[A-Za-z0-9._:-]+)["']""")]
    private static partial Regex DeclaredEncoding();

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes, string? httpCharset)
    {
        Encoding? encoding = null;
        var skip = 0;
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) { encoding = Encoding.UTF8; skip = 3; }
        else if (bytes.StartsWith(new byte[] { 0xFF, 0xFE })) { encoding = Encoding.Unicode; skip = 2; }
        else if (bytes.StartsWith(new byte[] { 0xFE, 0xFF })) { encoding = Encoding.BigEndianUnicode; skip = 2; }

        if (encoding is null)
        {
            var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 512)]);
            var declared = DeclaredEncoding().Match(head);
            encoding = (declared.Success ? TryGetEncoding(declared.Groups["enc"].Value) : null)
                       ?? TryGetEncoding(httpCharset)
                       ?? Encoding.UTF8;
        }
        var text = encoding.GetString(bytes[skip..]);
        return (text, encoding.WebName);
    }

    /// <summary>Drops whitespace and the declaration: the text is already decoded, so its encoding claim no longer applies.</summary>
    public static string StripDeclaration(string text) => XmlDeclaration().Replace(text.TrimStart(), "", 1).TrimStart();

    private static Encoding? TryGetEncoding(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        try { return Encoding.GetEncoding(name.Trim().Trim('"')); }
        catch (ArgumentException) { return null; }
    }
}
