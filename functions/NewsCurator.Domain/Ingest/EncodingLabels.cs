using System.Text;

namespace NewsCurator.Ingest;

/// <summary>
/// Charset labels resolved the way every browser resolves them: the label table of the WHATWG
/// Encoding Standard (https://encoding.spec.whatwg.org/#names-and-labels). It is why
/// "iso-8859-1", "latin1" and "us-ascii" read as windows-1252 (real feeds that say Latin-1 send
/// Windows-1252 punctuation), and why a label outside the table, such as "utf-7", is unknown
/// rather than something .NET may or may not decode.
/// </summary>
public static class EncodingLabels
{
    static EncodingLabels() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The outcome of looking a label up: the encoding, or why there is none.</summary>
    public sealed record Resolution(string Label, string? Name, Encoding? Encoding)
    {
        public bool IsKnown => Name is not null;
        public bool IsUsable => Encoding is not null;
    }

    // Encoding name -> (.NET code page, labels). Code page 0 marks an encoding this runtime lacks.
    private static readonly (string Name, int CodePage, string[] Labels)[] Table =
    [
        ("utf-8", 65001, ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"]),
        ("ibm866", 866, ["866", "cp866", "csibm866", "ibm866"]),
        ("iso-8859-2", 28592, ["csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"]),
        ("iso-8859-3", 28593, ["csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"]),
        ("iso-8859-4", 28594, ["csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"]),
        ("iso-8859-5", 28595, ["csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988"]),
        ("iso-8859-6", 28596, ["arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987"]),
        ("iso-8859-7", 28597, ["csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek"]),
        ("iso-8859-8", 28598, ["csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual"]),
        ("iso-8859-8-i", 38598, ["csiso88598i", "iso-8859-8-i", "logical"]),
        ("iso-8859-10", 0, ["csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"]),
        ("iso-8859-13", 28603, ["iso-8859-13", "iso8859-13", "iso885913"]),
        ("iso-8859-14", 0, ["iso-8859-14", "iso8859-14", "iso885914"]),
        ("iso-8859-15", 28605, ["csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"]),
        ("iso-8859-16", 0, ["iso-8859-16"]),
        ("koi8-r", 20866, ["cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"]),
        ("koi8-u", 21866, ["koi8-ru", "koi8-u"]),
        ("macintosh", 10000, ["csmacintosh", "mac", "macintosh", "x-mac-roman"]),
        ("windows-874", 874, ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"]),
        ("windows-1250", 1250, ["cp1250", "windows-1250", "x-cp1250"]),
        ("windows-1251", 1251, ["cp1251", "windows-1251", "x-cp1251"]),
        ("windows-1252", 1252, ["ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252"]),
        ("windows-1253", 1253, ["cp1253", "windows-1253", "x-cp1253"]),
        ("windows-1254", 1254, ["cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254"]),
        ("windows-1255", 1255, ["cp1255", "windows-1255", "x-cp1255"]),
        ("windows-1256", 1256, ["cp1256", "windows-1256", "x-cp1256"]),
        ("windows-1257", 1257, ["cp1257", "windows-1257", "x-cp1257"]),
        ("windows-1258", 1258, ["cp1258", "windows-1258", "x-cp1258"]),
        ("x-mac-cyrillic", 10007, ["x-mac-cyrillic", "x-mac-ukrainian"]),
        ("gbk", 936, ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk"]),
        ("gb18030", 54936, ["gb18030"]),
        ("big5", 950, ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]),
        ("euc-jp", 51932, ["cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"]),
        ("iso-2022-jp", 50220, ["csiso2022jp", "iso-2022-jp"]),
        ("shift_jis", 932, ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"]),
        ("euc-kr", 949, ["cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949"]),
        // The standard maps these to "replacement" (decoding them is a known attack surface): never decoded here.
        ("replacement", 0, ["csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "iso-2022-kr", "replacement"]),
        ("utf-16be", 1201, ["unicodefffe", "utf-16be"]),
        ("utf-16le", 1200, ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"]),
        ("x-user-defined", 0, ["x-user-defined"]),
    ];

    private static readonly Dictionary<string, (string Name, int CodePage)> ByLabel = Table
        .SelectMany(e => e.Labels.Select(l => (Label: l, e.Name, e.CodePage)))
        .ToDictionary(x => x.Label, x => (x.Name, x.CodePage), StringComparer.OrdinalIgnoreCase);

    /// <summary>Looks a label up after trimming ASCII whitespace and quotes, as the standard's "get an encoding" does.</summary>
    public static Resolution Resolve(string label)
    {
        var trimmed = label.Trim().Trim('"', '\'').Trim();
        if (!ByLabel.TryGetValue(trimmed, out var entry)) return new Resolution(trimmed, null, null);
        if (entry.CodePage == 0) return new Resolution(trimmed, entry.Name, null);
        try
        {
            return new Resolution(trimmed, entry.Name, Encoding.GetEncoding(entry.CodePage));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return new Resolution(trimmed, entry.Name, null);
        }
    }

    // From the provider itself: field initialisers run before the static constructor registers it, so
    // Encoding.GetEncoding(1252) here failed whenever no other class had registered the provider first.
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>
    /// C1 control characters (U+0080-U+009F) in decoded text are Windows-1252 bytes that went
    /// through a Latin-1 decoder or a numeric reference (&amp;#146;) somewhere upstream: read
    /// them as Windows-1252 does, so "don\u0092t" is "don’t". The five C1 positions Windows-1252
    /// leaves undefined stay controls (and are dropped as whitespace later).
    /// </summary>
    public static string RepairC1Controls(string text)
    {
        var span = text.AsSpan();
        var first = span.IndexOfAnyInRange('\u0080', '\u009F');
        if (first < 0) return text;
        var chars = text.ToCharArray();
        Span<byte> one = stackalloc byte[1];
        Span<char> decoded = stackalloc char[1];
        for (var i = first; i < chars.Length; i++)
        {
            if (chars[i] is < '\u0080' or > '\u009F') continue;
            one[0] = (byte)chars[i];
            if (Windows1252.GetChars(one, decoded) == 1) chars[i] = decoded[0];
        }
        return new string(chars);
    }
}
