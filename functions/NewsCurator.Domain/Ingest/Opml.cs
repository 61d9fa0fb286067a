using System.Xml;
using System.Xml.Linq;
using NewsCurator.Model;

namespace NewsCurator.Ingest;

/// <summary>OPML feed lists: every outline with an xmlUrl, at any depth (folders are outlines too).</summary>
public static class Opml
{
    public static List<FeedSource> Parse(string xml, Uri baseUri, string sourceName) => [.. Read(new StringReader(xml), baseUri, sourceName)];

    /// <summary>
    /// The feeds of an OPML document one at a time, read as a stream (a list of 100,000 feeds is never held whole).
    /// No DTD, no entity expansion, no external resolution.
    /// </summary>
    public static IEnumerable<FeedSource> Read(TextReader text, Uri baseUri, string sourceName)
    {
        using var reader = XmlReader.Create(text, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true });
        while (true)
        {
            bool more;
            try
            {
                more = reader.Read();
            }
            catch (XmlException ex)
            {
                throw new Configuration.ConfigurationException($"{sourceName}: the OPML file is not valid XML (line {ex.LineNumber}): {ex.Message}");
            }
            if (!more) yield break;
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "outline" || reader.NamespaceURI.Length != 0) continue;
            var type = reader.GetAttribute("type");
            var url = reader.GetAttribute("xmlUrl") ?? XmlUrlSpelledOtherwise(reader) ?? FeedAddressAsUrl(type, reader.GetAttribute("url"));
            if (url is null)
            {
                // OPML 2.0's inclusion names another list; read as nothing, its feeds were never read and nothing said so
                // (hostile-input audit 30, H10). A list's address may carry a query ("feeds.opml?v=2": audit 48, H5).
                if (string.Equals(type, "include", StringComparison.OrdinalIgnoreCase)
                    || (string.Equals(type, "link", StringComparison.OrdinalIgnoreCase) && reader.GetAttribute("url") is { } link
                        && link.Trim().Split('?', '#')[0].EndsWith(".opml", StringComparison.OrdinalIgnoreCase)))
                    throw new Configuration.ConfigurationException(
                        $"{sourceName}: the outline '{HeaderText.SingleLine(Words.Truncate(reader.GetAttribute("text") ?? reader.GetAttribute("title") ?? "", 80))}' includes another list " +
                        $"('{UrlDisplay.Of(reader.GetAttribute("url") ?? "")}'), which is not read; copy its outlines into this file, or give that list as feeds.opml");
                continue;
            }
            // xmlUrl="" was skipped without a word, so a feed the list means to follow was never read: it is one bad
            // feed, which Ingest reports by the outline's title (hostile audit F11), not a reason to cancel the issue.
            if (string.IsNullOrWhiteSpace(url))
            {
                yield return new FeedSource("", reader.GetAttribute("title") ?? reader.GetAttribute("text"));
                continue;
            }
            var priority = Priority(reader.GetAttribute("priority"), url, sourceName);
            var fullText = string.Equals(reader.GetAttribute("fullText"), "true", StringComparison.OrdinalIgnoreCase);
            // An outline whose URL does not parse is one bad feed (Ingest reports it), not a reason to cancel the issue.
            var feedUrl = Uri.TryCreate(baseUri, url.Trim(), out var resolved) ? WithoutFragment(resolved) : url.Trim();
            yield return new FeedSource(feedUrl, reader.GetAttribute("title") ?? reader.GetAttribute("text"), priority, fullText);
        }
    }

    /// <summary>
    /// A feed outline's address written as url= where OPML says xmlUrl=: the outline's type ("rss", "atom") says it is a
    /// feed, and read as a folder the feed was lost without a word (hostile-input audit 48, H5). Only for a feed's type: a
    /// "link" outline's url is a web page.
    /// </summary>
    private static string? FeedAddressAsUrl(string? type, string? url)
        => url is not null && type?.Trim().ToLowerInvariant() is "rss" or "atom" or "feed" ? url : null;

    /// <summary>
    /// An outline's feed address written "xmlURL" or "XMLURL", or in a namespace (an exporter's "x:xmlUrl"): the list means
    /// a feed, and skipping it without a word lost it (hostile-input audit 30, H10).
    /// </summary>
    private static string? XmlUrlSpelledOtherwise(XmlReader reader)
    {
        if (!reader.HasAttributes) return null;
        for (var i = 0; i < reader.AttributeCount; i++)
        {
            reader.MoveToAttribute(i);
            if (string.Equals(reader.LocalName, "xmlUrl", StringComparison.OrdinalIgnoreCase))
            {
                var value = reader.Value;
                reader.MoveToElement();
                return value;
            }
        }
        reader.MoveToElement();
        return null;
    }

    /// <summary>The most an outline's priority may raise or lower its feed (select.priority_weight points per unit).</summary>
    public const int MaxPriority = 10;

    /// <summary>
    /// An outline's priority: an integer from -<see cref="MaxPriority"/> to <see cref="MaxPriority"/>, 0 where none is
    /// given. Anything else stops the run before it starts: an imported list's priority="2147483647" put its feed's items
    /// first whatever they said (a hostile-input review ranked a prompt-injection post first with a score of 536870919),
    /// and "1e308" read as 0 would hide the list's intent.
    /// </summary>
    private static int Priority(string? value, string url, string sourceName)
    {
        if (string.IsNullOrWhiteSpace(value)) return 0;
        if (int.TryParse(value.Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var priority)
            && priority is >= -MaxPriority and <= MaxPriority)
            return priority;
        throw new Configuration.ConfigurationException(
            $"{sourceName}: the outline of '{UrlDisplay.Of(url.Trim())}' has priority=\"{HeaderText.SingleLine(Words.Truncate(value, 40))}\"; a priority is a whole number from -{MaxPriority} to {MaxPriority} (or leave it out for 0)");
    }

    /// <summary>The URL as a feed key: a fragment never reaches the server, so "feed#a" and "feed#b" are one feed.</summary>
    public static string WithoutFragment(Uri uri) => uri.Fragment.Length == 0 ? uri.ToString() : new UriBuilder(uri) { Fragment = "" }.Uri.ToString();

    public static string Write(IEnumerable<FeedSource> feeds, string title)
    {
        var body = new XElement("body", feeds.Select(f => new XElement("outline",
            new XAttribute("type", "rss"), new XAttribute("text", f.Title ?? f.Url), new XAttribute("xmlUrl", f.Url),
            f.Priority != 0 ? new XAttribute("priority", f.Priority) : null,
            f.FullText ? new XAttribute("fullText", "true") : null)));
        return new XDocument(new XElement("opml", new XAttribute("version", "2.0"),
            new XElement("head", new XElement("title", title)), body)).ToString();
    }
}
