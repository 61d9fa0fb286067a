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
        var body = bytes[skip..];
        if (encoding.CodePage == Encoding.UTF8.CodePage && !IsValidUtf8(body))
        {
            // Declared (or assumed) UTF-8 that is not: real feeds do this with Latin-1/Windows-1252 bytes.
            var fallback = Encoding.GetEncoding(1252);
            return (fallback.GetString(body), "windows-1252 (the bytes are not valid UTF-8)");
        }
        return (encoding.GetString(body), encoding.WebName);
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    [GeneratedRegex(@"&([A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex NamedEntity();

    [GeneratedRegex(@"[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]")]
    private static partial Regex InvalidXmlChar();

    private static readonly HashSet<string> XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    /// <summary>
    /// Makes real-world XML parseable without loosening the parser: control characters XML forbids
    /// become spaces, and HTML named entities (&amp;nbsp; &amp;eacute; ...) become numeric references.
    /// Entities the document declares itself are left alone, so a DTD-based entity bomb still fails.
    /// </summary>
    public static string RepairXml(string text)
    {
        text = InvalidXmlChar().Replace(text, " ");
        if (!text.Contains('&', StringComparison.Ordinal)) return text;
        var declaresEntities = text.Contains("<!ENTITY", StringComparison.Ordinal);
        return NamedEntity().Replace(text, m =>
        {
            var name = m.Groups[1].Value;
            if (XmlEntities.Contains(name) || (declaresEntities && text.Contains("<!ENTITY " + name, StringComparison.Ordinal))) return m.Value;
            var decoded = System.Net.WebUtility.HtmlDecode(m.Value);
            return decoded == m.Value ? m.Value : string.Concat(decoded.EnumerateRunes().Select(r => $"&#x{r.Value:X};"));
        });
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
