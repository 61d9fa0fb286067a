using System.Text;
using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// Bytes to text: the BOM wins, then the XML declaration, then the HTTP charset, then UTF-8.
/// Labels resolve through the WHATWG table (<see cref="EncodingLabels"/>); a label that is
/// unknown or not supported is skipped with a warning, never an exception, so one odd feed
/// cannot stop a run. Decoding here (rather than inside XmlReader) lets a document whose
/// declaration lies, or which has blank lines before the declaration, still be read.
/// </summary>
public static partial class FeedDocument
{
    static FeedDocument() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex("""^\s*<\?xml[^>]*?encoding\s*=\s*["'](?<enc>[A-Za-z0-9._:()+-]{1,40})["']""")]
    private static partial Regex DeclaredEncoding();

    private static readonly Encoding Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: false);

    /// <summary>The decoded text, the encoding it was read in, and what was ignored on the way (for the feed's outcome).</summary>
    public sealed record Decoded(string Text, string EncodingName, IReadOnlyList<string> Warnings);

    [GeneratedRegex("""<meta\s[^>]*?charset\s*=\s*["']?\s*(?<enc>[A-Za-z0-9._:()+-]{1,40})""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    /// <summary>
    /// A feed document's text: a byte order mark first, then the XML declaration, then the HTTP
    /// charset; an HTML page's (<paramref name="html"/>): the byte order mark, the HTTP charset, then
    /// a &lt;meta charset&gt; in its first kilobyte, as browsers read it. UTF-8 when none names a usable encoding.
    /// </summary>
    public static Decoded Decode(ReadOnlySpan<byte> bytes, string? httpCharset, bool html = false)
    {
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            var (text, name) = DecodeUtf8(bytes[3..]);
            return new Decoded(text, name, []);
        }
        // UTF-32 before UTF-16: its little-endian BOM begins with UTF-16's.
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE, 0, 0 })) return new Decoded(Encoding.UTF32.GetString(bytes[4..]), "utf-32le", []);
        if (bytes.StartsWith(new byte[] { 0, 0, 0xFE, 0xFF })) return new Decoded(Utf32BigEndian.GetString(bytes[4..]), "utf-32be", []);
        if (bytes.Length >= 8 && bytes[0] is (byte)'<' or (byte)'{' && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0)
            return new Decoded(Encoding.UTF32.GetString(bytes), "utf-32le (no byte order mark)", []);
        if (bytes.Length >= 8 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] is (byte)'<' or (byte)'{')
            return new Decoded(Utf32BigEndian.GetString(bytes), "utf-32be (no byte order mark)", []);
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE })) return new Decoded(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", []);
        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF })) return new Decoded(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", []);
        // UTF-16 without a BOM shows in its first character, '<' or '{' as 00 3C / 3C 00 (XML 1.0, appendix F).
        if (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] is (byte)'<' or (byte)'{' && bytes[2] == 0)
            return new Decoded(Encoding.BigEndianUnicode.GetString(bytes), "utf-16be (no byte order mark)", []);
        if (bytes.Length >= 4 && bytes[0] is (byte)'<' or (byte)'{' && bytes[1] == 0 && bytes[3] == 0)
            return new Decoded(Encoding.Unicode.GetString(bytes), "utf-16le (no byte order mark)", []);

        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, html ? 1024 : 512)]);
        var declared = (html ? MetaCharset() : DeclaredEncoding()).Match(head);
        var declaration = (Source: html ? "meta charset" : "XML declaration", Label: declared.Success ? declared.Groups["enc"].Value : null);
        var rejected = new List<(string Source, string Label, string Why)>();
        EncodingLabels.Resolution? chosen = null;
        var chosenSource = "";
        foreach (var (source, label) in html ? new[] { ("HTTP charset", httpCharset), declaration } : [declaration, ("HTTP charset", httpCharset)])
        {
            if (string.IsNullOrWhiteSpace(label)) continue;
            var resolution = EncodingLabels.Resolve(label);
            if (!resolution.IsKnown) rejected.Add((source, resolution.Label, "is not an encoding label of the WHATWG Encoding Standard"));
            else if (!resolution.IsUsable) rejected.Add((source, resolution.Label, $"names {resolution.Name}, which is not decoded here"));
            // Without a BOM, a declaration readable as ASCII cannot be UTF-16 (browsers read such a page as UTF-8).
            else if (resolution.Name is "utf-16le" or "utf-16be") rejected.Add((source, resolution.Label, "cannot be right: the bytes are ASCII-compatible"));
            else { (chosen, chosenSource) = (resolution, source); break; }
        }

        // Valid UTF-8 under a legacy label is UTF-8: a server's default charset (Apache's AddDefaultCharset windows-1251) or a
        // template's hard-coded declaration over UTF-8 text printed "GoogleБ─≥s cafц╘" in an issue (hostile-input audit 32,
        // H4). Real text in a legacy encoding is almost never valid UTF-8 with multi-byte characters in it; a multi-byte legacy
        // encoding (Shift_JIS, GBK) needs more of them before its label is overruled.
        if (chosen is { Encoding: { } legacy } && chosen.Name != "utf-8" && IsValidUtf8(bytes)
            && Utf8Sequences(bytes).Valid is var multiByte && multiByte >= (legacy.IsSingleByte ? 1 : MinMultiByteOverLegacyLabel))
        {
            rejected.Add((chosenSource, chosen.Label, $"cannot be right: the bytes are valid UTF-8 with {multiByte} multi-byte character(s), which {chosen.Name} text does not make"));
            chosen = null;
        }
        var decoded = chosen is null || chosen.Name == "utf-8"
            ? DecodeUtf8(bytes)
            : (Text: chosen.Encoding!.GetString(bytes), Name: chosen.Name!);
        var warnings = rejected.Select(r => $"the {r.Source} says charset '{Printable(r.Label)}', which {r.Why}; read as {decoded.Name} instead").ToList();
        return new Decoded(decoded.Text, decoded.Name, warnings);
    }

    /// <summary>
    /// Declared (or assumed) UTF-8 that is not: real feeds do this with Windows-1252 bytes, read as
    /// such, or (without a charset) with their own script's legacy encoding, which the bytes show
    /// (<see cref="LegacyEncodingGuess"/>). A UTF-8 document with a few stray bytes (one pasted from
    /// elsewhere) stays UTF-8, those bytes becoming U+FFFD: read otherwise, every other non-ASCII
    /// character would be garbled.
    /// </summary>
    private static (string Text, string Name) DecodeUtf8(ReadOnlySpan<byte> body)
    {
        if (IsValidUtf8(body)) return (Encoding.UTF8.GetString(body), "utf-8");
        var (valid, invalid) = Utf8Sequences(body);
        if (valid >= MostlyUtf8 * invalid) return (Encoding.UTF8.GetString(body), $"utf-8 ({invalid} invalid byte sequence(s) read as U+FFFD)");
        var (encoding, name) = LegacyEncodingGuess.Of(body);
        return (encoding.GetString(body), $"{name} (the bytes are not valid UTF-8{(name == "windows-1252" ? "" : $"; their high bytes read as {name}")})");
    }

    /// <summary>Valid multi-byte UTF-8 characters a document under a multi-byte legacy label (Shift_JIS, GBK) must hold to be read as UTF-8.</summary>
    private const int MinMultiByteOverLegacyLabel = 8;

    /// <summary>Valid multi-byte UTF-8 characters per invalid sequence above which a document is UTF-8 with a few stray bytes.</summary>
    private const int MostlyUtf8 = 10;

    /// <summary>The non-ASCII sequences of a body that decode as UTF-8, and those that do not.</summary>
    private static (int Valid, int Invalid) Utf8Sequences(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        while (true)
        {
            var next = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (next < 0) return (valid, invalid);
            bytes = bytes[next..];
            if (System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed) == System.Buffers.OperationStatus.Done) valid++;
            else invalid++;
            bytes = bytes[Math.Max(consumed, 1)..];
        }
    }

    /// <summary>A label as a warning may quote it: printable ASCII, short (an HTTP header can carry anything).</summary>
    private static string Printable(string label)
        => new(label.Where(c => c is > ' ' and < '\u007F' and not '\'' and not '"').Take(40).ToArray());

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    [GeneratedRegex(@"&([A-Za-z_][A-Za-z0-9_.:-]{0,31});")]
    private static partial Regex NamedEntity();

    [GeneratedRegex(@"[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]")]
    private static partial Regex InvalidXmlChar();

    private static readonly HashSet<string> XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    /// <summary>
    /// Makes real-world XML parseable without loosening the parser: control characters XML forbids
    /// become spaces, HTML named entities (&amp;nbsp; &amp;eacute; ...) become numeric references, even
    /// where the document's DTD declares them (old feeds declare nbsp). Other entities the DTD declares
    /// are never expanded (no entity bomb, no external file): their references are dropped so the items
    /// around them still read. An unknown name stays as the text a browser would show ("&amp;foo;").
    /// </summary>
    public static string RepairXml(string text) => Repair(text).Text;

    /// <summary>
    /// What <see cref="Repair"/> did. <paramref name="DroppedEntities"/>: how many entities of its own the DTD declares;
    /// <paramref name="DroppedReferences"/>: how many references to them were dropped, <paramref name="FirstDropped"/> the
    /// first one's name; <paramref name="OtherRepairs"/>: whether anything else was changed (a control character, a stray
    /// '&amp;' or '&lt;', an HTML entity the DTD does not declare, an unknown name), which a well-formed document never needs.
    /// </summary>
    internal readonly record struct Repairs(string Text, int DroppedEntities, int DroppedReferences, string? FirstDropped, bool OtherRepairs);

    /// <summary><see cref="RepairXml"/>, and what it repaired.</summary>
    internal static Repairs Repair(string text)
    {
        var original = text;
        // Fast paths: most feeds need neither repair, and a full regex pass costs as much as parsing.
        // A terminal escape goes whole ("ESC[31m"): as a space its ESC left "[31m" in the text.
        if (text.AsSpan().IndexOfAny(InvalidXmlChars) >= 0) text = InvalidXmlChar().Replace(HeaderText.WithoutTerminalEscapes(text), " ");
        text = EscapeStrayMarkup(text);
        var other = !ReferenceEquals(text, original);
        if (!HasNonXmlNamedEntity(text)) return new(text, 0, 0, null, other);
        // The names the document declares, found once: looking each reference up in the whole text was
        // quadratic (150,000 &eacute; in a 2 MB feed that mentions "<!ENTITY" took 13 s).
        var declared = DeclaredEntityNames(text);
        var dropped = 0;
        string? first = null;
        var repaired = NamedEntity().Replace(text, m =>
        {
            var name = m.Groups[1].Value;
            if (XmlEntities.Contains(name)) return m.Value;
            if (HtmlEntityText(name) is { } decoded)
            {
                // An HTML entity the DTD declares (old feeds declare nbsp) is well-formed; only an undeclared one is a fault.
                other |= !declared.Contains(name);
                return string.Concat(decoded.EnumerateRunes().Select(r => $"&#x{r.Value:X};"));
            }
            if (declared.Contains(name))
            {
                dropped++;
                first ??= name;
                return "";
            }
            other = true;
            return "&amp;" + m.Value[1..];
        });
        return new(repaired, declared.Count(name => HtmlEntityText(name) is null), dropped, first, other);
    }

    /// <summary>
    /// An '&amp;' that starts no reference ("?width=140&amp;quality=85" in a CMS's image URL, "AT&amp;T" in a title) or
    /// one to no XML character ("&amp;#x110000;"), and a '&lt;' that starts no markup ("a &lt; b"), as the text they
    /// mean. One such character broke a whole feed at its item (every later item was lost); browsers and readers
    /// take them as text. Never well-formed outside CDATA, comments and processing instructions (which are left
    /// alone), so a well-formed document reads the same.
    /// </summary>
    internal static string EscapeStrayMarkup(string text)
    {
        var span = text.AsSpan();
        var at = span.IndexOfAny('&', '<');
        if (at < 0) return text;
        System.Text.StringBuilder? fixedText = null;
        var copied = 0;
        void Escape(int position, string replacement)
        {
            fixedText ??= new System.Text.StringBuilder(text.Length + 64);
            fixedText.Append(text.AsSpan(copied, position - copied)).Append(replacement);
            copied = position + 1;
        }
        for (int i; at >= 0; at = i < span.Length && span[i..].IndexOfAny('&', '<') is var next and >= 0 ? i + next : -1)
        {
            i = at + 1;
            var rest = span[i..];
            if (span[at] == '&')
            {
                if (!StartsReference(rest)) Escape(at, "&amp;");
                continue;
            }
            if (rest.IsEmpty || !(char.IsLetter(rest[0]) || rest[0] is '_' or ':' or '/' or '!' or '?'))
            {
                Escape(at, "&lt;");
                continue;
            }
            // A CDATA section, comment or processing instruction is skipped whole; any other "<!" (a DOCTYPE) goes on.
            var close = rest.StartsWith("![CDATA[") ? "]]>" : rest.StartsWith("!--") ? "-->" : rest[0] == '?' ? "?>" : null;
            if (close is null) continue;
            var end = rest.IndexOf(close);
            if (end < 0) break;
            i += end + close.Length;
        }
        return fixedText is null ? text : fixedText.Append(text.AsSpan(copied)).ToString();
    }

    /// <summary>
    /// What follows an '&amp;' makes it a reference: a name, "#digits" or "#xhex" of a character XML allows, then ';'.
    /// </summary>
    private static bool StartsReference(ReadOnlySpan<char> rest)
    {
        var i = 0;
        if (rest.StartsWith("#"))
        {
            var hex = rest.StartsWith("#x") || rest.StartsWith("#X");
            i = hex ? 2 : 1;
            var start = i;
            while (i < rest.Length && i - start < 8 && (hex ? char.IsAsciiHexDigit(rest[i]) : char.IsAsciiDigit(rest[i]))) i++;
            return i > start && i < rest.Length && rest[i] == ';'
                   && int.TryParse(rest[start..i], hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
                   && IsXmlChar(code);
        }
        if (rest.IsEmpty || !(char.IsLetter(rest[0]) || rest[0] is '_' or ':')) return false;
        while (i < rest.Length && i < 64 && (char.IsLetterOrDigit(rest[i]) || rest[i] is '_' or ':' or '.' or '-')) i++;
        return i < rest.Length && rest[i] == ';';
    }

    /// <summary>XML 1.0's Char production.</summary>
    private static bool IsXmlChar(int code)
        => code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    /// <summary>The text an HTML named entity stands for ("nbsp" -> U+00A0), or null when the name is no HTML entity.</summary>
    private static string? HtmlEntityText(string name)
    {
        var reference = $"&{name};";
        var decoded = System.Net.WebUtility.HtmlDecode(reference);
        return decoded == reference ? null : decoded;
    }

    /// <summary>The entity names a document's DTD declares (general entities; never expanded here).</summary>
    internal static HashSet<string> DeclaredEntityNames(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var at = text.IndexOf("<!ENTITY", StringComparison.Ordinal); at >= 0; at = text.IndexOf("<!ENTITY", at + 8, StringComparison.Ordinal))
        {
            var i = at + 8;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i < text.Length && text[i] == '%') continue; // a parameter entity: no &name; reference can mean it
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-' or '.' or ':')) i++;
            if (i > start) names.Add(text[start..i]);
        }
        return names;
    }

    private static readonly System.Buffers.SearchValues<char> InvalidXmlChars = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    private static bool HasNonXmlNamedEntity(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOf('&'); i >= 0 && i + 1 < span.Length; )
        {
            var rest = span[(i + 1)..];
            if ((char.IsAsciiLetter(rest[0]) || rest[0] == '_') && !rest.StartsWith("amp;") && !rest.StartsWith("lt;") && !rest.StartsWith("gt;")
                && !rest.StartsWith("quot;") && !rest.StartsWith("apos;")) return true;
            var next = rest.IndexOf('&');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    /// <summary>
    /// Namespaces of the prefixes feeds use without declaring them (a template that writes &lt;atom:link&gt; into an
    /// RSS channel whose root declares only itunes): declared with their real URIs, the elements read as the
    /// parser knows them (atom:link rel="self", media:content, itunes:duration).
    /// </summary>
    private static readonly Dictionary<string, string> KnownPrefixes = new(StringComparer.Ordinal)
    {
        ["atom"] = "http://www.w3.org/2005/Atom",
        ["itunes"] = "http://www.itunes.com/dtds/podcast-1.0.dtd",
        ["media"] = "http://search.yahoo.com/mrss/",
        ["content"] = "http://purl.org/rss/1.0/modules/content/",
        ["dc"] = "http://purl.org/dc/elements/1.1/",
        ["dcterms"] = "http://purl.org/dc/terms/",
        ["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        ["podcast"] = "https://podcastindex.org/namespace/1.0",
        ["googleplay"] = "http://www.google.com/schemas/play-podcasts/1.0",
        ["sy"] = "http://purl.org/rss/1.0/modules/syndication/",
        ["slash"] = "http://purl.org/rss/1.0/modules/slash/",
        ["wfw"] = "http://wellformedweb.org/CommentAPI/",
        ["georss"] = "http://www.georss.org/georss",
        ["feedburner"] = "http://rssnamespace.org/feedburner/ext/1.0",
    };

    /// <summary>
    /// The text with <paramref name="prefix"/> declared on its root element, or null when there is no root start tag
    /// to declare it on. A prefix no known vocabulary uses gets a placeholder URI: its elements then read as unknown
    /// extensions (skipped), not as a break that loses every item after it.
    /// </summary>
    internal static string? DeclarePrefix(string text, string prefix)
    {
        var at = RootNameEnd(text);
        if (at < 0) return null;
        var uri = KnownPrefixes.TryGetValue(prefix, out var known) ? known : "urn:x-newscurator:undeclared-prefix:" + prefix;
        return string.Concat(text.AsSpan(0, at), $" xmlns:{prefix}=\"{uri}\"", text.AsSpan(at));
    }

    /// <summary>
    /// Where the root element's name ends: after the declaration, comments, processing instructions and a DOCTYPE
    /// (its internal subset skipped whole, so a '&lt;' in an entity value is not taken for the root). -1 if none.
    /// </summary>
    private static int RootNameEnd(string text)
    {
        var span = text.AsSpan();
        var i = 0;
        while (true)
        {
            var lt = span[i..].IndexOf('<');
            if (lt < 0) return -1;
            i += lt;
            var rest = span[i..];
            if (rest.StartsWith("<?") || rest.StartsWith("<!--"))
            {
                var end = rest.IndexOf(rest[1] == '?' ? "?>" : "-->");
                if (end < 0) return -1;
                i += end + 2;
                continue;
            }
            if (rest.StartsWith("<!"))
            {
                // A DOCTYPE: its end is the '>' after the internal subset's ']', if it has one.
                var open = rest.IndexOfAny('[', '>');
                if (open < 0) return -1;
                if (rest[open] == '[')
                {
                    var close = rest[open..].IndexOf("]");
                    if (close < 0) return -1;
                    open += close;
                    var gt = rest[open..].IndexOf('>');
                    if (gt < 0) return -1;
                    open += gt;
                }
                i += open + 1;
                continue;
            }
            var n = 1;
            while (n < rest.Length && !char.IsWhiteSpace(rest[n]) && rest[n] is not '>' and not '/') n++;
            return n > 1 && n < rest.Length ? i + n : -1;
        }
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
}
