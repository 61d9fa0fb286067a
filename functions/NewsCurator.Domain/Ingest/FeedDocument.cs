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
        // Fast paths: most feeds need neither repair, and a full regex pass costs as much as parsing.
        if (text.AsSpan().IndexOfAny(InvalidXmlChars) >= 0) text = InvalidXmlChar().Replace(text, " ");
        if (!HasNonXmlNamedEntity(text)) return text;
        var declaresEntities = text.Contains("<!ENTITY", StringComparison.Ordinal);
        return NamedEntity().Replace(text, m =>
        {
            var name = m.Groups[1].Value;
            if (XmlEntities.Contains(name) || (declaresEntities && text.Contains("<!ENTITY " + name, StringComparison.Ordinal))) return m.Value;
            var decoded = System.Net.WebUtility.HtmlDecode(m.Value);
            return decoded == m.Value ? m.Value : string.Concat(decoded.EnumerateRunes().Select(r => $"&#x{r.Value:X};"));
        });
    }

    private static readonly System.Buffers.SearchValues<char> InvalidXmlChars = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    private static bool HasNonXmlNamedEntity(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOf('&'); i >= 0 && i + 1 < span.Length; )
        {
            var rest = span[(i + 1)..];
            if (char.IsAsciiLetter(rest[0]) && !rest.StartsWith("amp;") && !rest.StartsWith("lt;") && !rest.StartsWith("gt;")
                && !rest.StartsWith("quot;") && !rest.StartsWith("apos;")) return true;
            var next = rest.IndexOf('&');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    /// <summary>
    /// A reader over the text from its root element on, without copying it: whitespace and the
    /// declaration are skipped (the text is decoded, so its encoding claim no longer applies).
    /// </summary>
    public static TextReader OpenAtContent(string text)
    {
        var reader = new StringReader(text);
        var start = ContentStart(text);
        if (start > 0) reader.ReadBlock(new char[start], 0, start);
        return reader;
    }

    private static int ContentStart(string text)
    {
        var span = text.AsSpan();
        var start = span.Length - span.TrimStart().Length;
        if (span[start..].StartsWith("<?xml", StringComparison.Ordinal))
        {
            var end = span[start..].IndexOf("?>", StringComparison.Ordinal);
            if (end >= 0) start += end + 2;
            while (start < span.Length && char.IsWhiteSpace(span[start])) start++;
        }
        return start;
    }

    private static Encoding? TryGetEncoding(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        try { return Encoding.GetEncoding(name.Trim().Trim('"')); }
        // Unknown names, and UTF-7 (disabled in .NET: it smuggles markup past filters): read as if undeclared.
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException) { return null; }
    }
}
