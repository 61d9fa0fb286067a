using System.Xml;
using System.Xml.Linq;
using NewsCurator.Model;

namespace NewsCurator.Ingest;

/// <summary>OPML feed lists: every outline with an xmlUrl, at any depth (folders are outlines too).</summary>
public static class Opml
{
    public static List<FeedSource> Parse(string xml, Uri baseUri, string sourceName)
    {
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            doc = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new Configuration.ConfigurationException($"{sourceName}: the OPML file is not valid XML (line {ex.LineNumber}): {ex.Message}");
        }
        var feeds = new List<FeedSource>();
        foreach (var outline in doc.Descendants("outline"))
        {
            var url = (string?)outline.Attribute("xmlUrl");
            if (string.IsNullOrWhiteSpace(url)) continue;
            if (!Uri.TryCreate(baseUri, url.Trim(), out var resolved))
                throw new Configuration.ConfigurationException($"{sourceName}: outline '{(string?)outline.Attribute("text")}' has an invalid xmlUrl '{url}'");
            var priority = int.TryParse((string?)outline.Attribute("priority"), out var p) ? p : 0;
            var fullText = string.Equals((string?)outline.Attribute("fullText"), "true", StringComparison.OrdinalIgnoreCase);
            feeds.Add(new FeedSource(resolved.ToString(), (string?)outline.Attribute("title") ?? (string?)outline.Attribute("text"), priority, fullText));
        }
        return feeds;
    }

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
