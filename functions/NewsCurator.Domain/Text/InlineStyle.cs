using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace NewsCurator;

/// <summary>
/// An element's style attribute, read as a browser reads it: character references and CSS escapes decoded ("display&amp;#58;none",
/// "display:\6e one"), comments gone, any case, "!important" ignored, the last declaration of a property winning. It says
/// whether the element's text is drawn where a reader can see it (<see cref="Hides"/>, <see cref="IsTransparent"/>):
/// publishers hid planted lines by each of these rules and the lines opened printed summaries (hostile-input audits 42, H1
/// and 46, H1). Where a script or the layout decides what shows (a fade-in's first frame, a carousel's track, a colour a
/// child sets again: weighed with the tag's classes and content by <see cref="HtmlText"/>), the text is kept.
/// </summary>
internal sealed partial class InlineStyle
{
    /// <summary>Property to value: lower case, runs of spaces one space, none beside a bracket, comma or slash.</summary>
    private readonly Dictionary<string, string> _declarations;

    private InlineStyle(Dictionary<string, string> declarations) => _declarations = declarations;

    public static InlineStyle Parse(string style)
    {
        var css = CssSpace().Replace(CssUnescaped(CssComment().Replace(WebUtility.HtmlDecode(style), "")), " ").ToLowerInvariant();
        var declarations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var declaration in Important().Replace(css, "").Split(';'))
        {
            var colon = declaration.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            var property = declaration[..colon].Trim();
            var value = SpaceBesidePunctuation().Replace(declaration[(colon + 1)..].Trim(), "$1");
            declarations[property] = value;
            // The shorthand sets the background's colour and image again (to none where it names none), so whichever of it
            // and background-color comes later wins, as in a browser (review of session 39, R4; audit 47, H4, H14).
            if (property != "background") continue;
            declarations["background-color"] = Tokens(value).FirstOrDefault(IsColour) ?? "transparent";
            if (HasImage(value)) declarations["background-image"] = value;
            else declarations.Remove("background-image");
        }
        return new InlineStyle(declarations);
    }

    private string Value(string property) => _declarations.GetValueOrDefault(property, "");

    /// <summary>A value without its spaces: "rect(0 0 0 0)" and "rect(0,0,0,0)" read alike by the older rules.</summary>
    private string Compact(string property) => Value(property).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>
    /// Whether the style renders the element's text as nothing: display:none, visibility:hidden or collapse,
    /// content-visibility:hidden; a font of size 0 or under two pixels; scale(0); a zero box that hides its overflow; a clip
    /// to nothing or a clip-path polygon of no area; a place far off the screen (left/top of a positioned box, text-indent,
    /// and, unless <paramref name="slides"/>, a margin or a translate); filter:opacity(0); text drawn in no colour
    /// (<see cref="HasInvisibleInk"/>). Not opacity alone: with a sign of a script's animation it is a fade-in's first frame
    /// (<see cref="IsTransparent"/>, weighed by the caller).
    /// </summary>
    /// <param name="slides">
    /// The element is a carousel's track or slide (its class says so): moved by a slide's width times its index, thousands
    /// of pixels, while its current slide shows (audit 47, H3).
    /// </param>
    public bool Hides(bool slides)
    {
        var overflowHidden = Compact("overflow") is "hidden" or "clip";
        return Compact("display") == "none" || Compact("visibility") is "hidden" or "collapse" || Compact("content-visibility") == "hidden"
               || ZeroLength().IsMatch(Compact("font-size")) || IsUnreadablySmall(Compact("font-size"))
               || NoScale().IsMatch(Compact("transform"))
               || (overflowHidden && (new[] { "height", "max-height", "width", "max-width" }).Any(p => ZeroLength().IsMatch(Compact(p))))
               || ClipToNothing().IsMatch(Compact("clip")) || ClipToNothing().IsMatch(Compact("clip-path")) || IsEmptyPolygon(Value("clip-path"))
               || (Compact("position") is "absolute" or "fixed" && (IsOffScreen(Compact("left")) || IsOffScreen(Compact("top"))))
               || IsOffScreen(Compact("text-indent"))
               || (!slides && MovesFarOffScreen())
               || (FilterOpacity().Match(Value("filter")) is { Success: true } filter && IsClearAlpha(filter.Groups["alpha"].Value))
               || HasInvisibleInk();
    }

    /// <summary>An opacity a reader cannot see: under 5% ("0", "0.01", "2%"), or below zero, which CSS clamps to zero (review 39, R3).</summary>
    public bool IsTransparent => IsClearAlpha(Compact("opacity"));

    /// <summary>
    /// Declarations that say a script moves or fades the element: with them, opacity:0 is an animation's first frame (review
    /// of session 37, R8: site builders write "opacity:0" on every element they fade in, and a page's whole body read as empty).
    /// </summary>
    public bool Animates => AnimationProperties.Any(_declarations.ContainsKey);

    private static readonly string[] AnimationProperties = ["transform", "transition", "animation", "animation-name", "will-change"];

    /// <summary>
    /// Text drawn in no colour: transparent or nearly (an alpha under 5%), in the text-fill colour or the colour, or in the colour
    /// of the element's own background where no image lies behind it. Not where the text is a window onto its background
    /// (background-clip:text, the gradient headline), nor where it casts a shadow or has a stroke ("none" casts nothing: audit
    /// 47, H6, H7, H8).
    /// </summary>
    private bool HasInvisibleInk()
    {
        if (Compact("background-clip") == "text" || Compact("-webkit-background-clip") == "text" || DrawsAnOutline()) return false;
        if (IsClear(Value("-webkit-text-fill-color"))) return true;
        var ink = Value("color");
        if (ink.Length == 0) return false;
        if (IsClear(ink)) return true;
        if (Value("background-image") is { Length: > 0 } image && image != "none") return false;
        return ColorKey(ink) is var key && key == ColorKey(Value("background-color")) && !CssWideValues.Contains(key) && !key.Contains("var(", StringComparison.Ordinal);
    }

    /// <summary>A shadow or a stroke that draws the glyphs whatever their fill.</summary>
    private bool DrawsAnOutline()
        => Value("text-shadow") is { Length: > 0 } shadow && shadow != "none"
           || new[] { "-webkit-text-stroke", "-webkit-text-stroke-width" }.Any(p => Tokens(Value(p)).FirstOrDefault() is { } width && width != "none" && !ZeroLength().IsMatch(width));

    /// <summary>A colour that draws nothing: "transparent", or an alpha under 5% (rgba(r,g,b,a), hsla, "rgb(r g b / a)", #rrggbbaa, #rgba).</summary>
    private static bool IsClear(string colour)
    {
        if (colour == "transparent") return true;
        if (colour.StartsWith('#')) return colour.Length is 9 or 5 && int.TryParse(colour.Length == 9 ? colour[7..] : colour[4..] + colour[4..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var alpha) && alpha < 13;
        return ColourAlpha().Match(colour) is { Success: true } m && IsClearAlpha(m.Groups["alpha"].Value);
    }

    /// <summary>An alpha or opacity under 5%, a number or a percentage; a negative one too (CSS clamps it to zero).</summary>
    private static bool IsClearAlpha(string value)
    {
        var percent = value.EndsWith('%');
        return double.TryParse(percent ? value[..^1] : value, NumberStyles.Float, CultureInfo.InvariantCulture, out var alpha) && alpha < (percent ? 5 : 0.05);
    }

    /// <summary>The alpha of a functional colour: its fourth comma-separated value, or the value after its slash.</summary>
    [GeneratedRegex(@"^(?:rgba?|hsla?)\((?:[^,()/]*,){3}(?<alpha>[^,()/]+)\)$|^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([^()/]*/(?<alpha>[^,()/]+)\)$")]
    private static partial Regex ColourAlpha();

    /// <summary>Values that name no colour of their own: two of them alike say nothing of what is drawn.</summary>
    private static readonly HashSet<string> CssWideValues = new(["", "inherit", "initial", "unset", "revert", "revert-layer", "currentcolor", "transparent"], StringComparer.Ordinal);

    /// <summary>A colour as one key: "#fff", "#ffffff", "white", "rgb(255, 255, 255)" and "rgb(255 255 255)" alike; anything else as written.</summary>
    private static string ColorKey(string colour)
    {
        if (colour is "white") return "#ffffff";
        if (colour is "black") return "#000000";
        if (colour.Length == 4 && colour[0] == '#') return $"#{colour[1]}{colour[1]}{colour[2]}{colour[2]}{colour[3]}{colour[3]}";
        if (RgbColour().Match(colour) is { Success: true } rgb && rgb.Groups["c"].Captures.All(c => int.Parse(c.Value, CultureInfo.InvariantCulture) <= 255))
            return "#" + string.Concat(rgb.Groups["c"].Captures.Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture).ToString("x2", CultureInfo.InvariantCulture)));
        return colour;
    }

    /// <summary>An opaque rgb() colour: three channels, an alpha of one or none.</summary>
    [GeneratedRegex(@"^rgba?\((?<c>\d{1,3})[, ](?<c>\d{1,3})[, ](?<c>\d{1,3})(?:[,/](?:1|1\.0+|100%))?\)$")]
    private static partial Regex RgbColour();

    /// <summary>A token that is a colour: a hex or functional colour, or a named one.</summary>
    private static bool IsColour(string token)
        => token.StartsWith('#') || FunctionalColour().IsMatch(token) || NamedColours.Contains(token);

    [GeneratedRegex(@"^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(")]
    private static partial Regex FunctionalColour();

    private static readonly HashSet<string> NamedColours = new(
        ["transparent", "white", "black", "red", "green", "blue", "gray", "grey", "silver", "yellow", "orange", "purple", "navy", "teal",
         "maroon", "olive", "lime", "aqua", "fuchsia", "whitesmoke", "ghostwhite", "snow", "ivory", "beige", "currentcolor"], StringComparer.Ordinal);

    private static bool HasImage(string value) => value.Contains("url(", StringComparison.Ordinal) || value.Contains("gradient(", StringComparison.Ordinal) || value.Contains("image(", StringComparison.Ordinal) || value.Contains("image-set(", StringComparison.Ordinal);

    /// <summary>A value's tokens: words, and functions with their brackets whole ("#fff", "url(a b.png)", "no-repeat").</summary>
    private static IEnumerable<string> Tokens(string value) => ValueToken().Matches(value).Select(m => m.Value);

    [GeneratedRegex(@"[^\s()]+(?:\([^()]*\))?")]
    private static partial Regex ValueToken();

    /// <summary>
    /// A margin or a translate that puts the element past any screen: 9,999 pixels or more to the left or top (the idiom
    /// "-9999px"), on the margin-left/-top, the margin shorthand, the translate property or a transform's translate (x and
    /// y: translateZ moves it in depth, review 39 R5). Far beyond the left/top rule's 999: a margin or a translate also moves
    /// what a layout shows (audit 46, H1; audit 47, H11, H12).
    /// </summary>
    private bool MovesFarOffScreen()
    {
        var margin = Tokens(Value("margin")).ToArray();
        var (top, left) = margin.Length switch { 0 => ("", ""), 1 => (margin[0], margin[0]), 2 or 3 => (margin[0], margin[1]), _ => (margin[0], margin[3]) };
        var translate = Tokens(Value("translate")).Take(2);
        var transforms = Translation().Matches(Value("transform")).SelectMany(m => m.Groups["args"].Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Take(m.Groups["axis"].Value is "x" or "y" ? 1 : 2));
        return new[] { Compact("margin-left"), Compact("margin-top"), top, left }.Concat(translate).Concat(transforms).Any(IsFarOffScreen);
    }

    [GeneratedRegex(@"translate(?<axis>x|y|3d)?\((?<args>[^()]*)\)")]
    private static partial Regex Translation();

    private static bool IsFarOffScreen(string value) => LeftOrUpBy(value) is var (n, unit) && n >= unit switch { "px" or "" => 9999, "vw" or "vh" => 200, _ => 600 };

    /// <summary>A CSS offset a screen never reaches ("-9999px", "-100vw", "-999em").</summary>
    private static bool IsOffScreen(string value) => LeftOrUpBy(value) is var (n, unit) && n >= (unit is "px" or "" ? 999 : 99);

    /// <summary>How far a negative offset moves the element left or up, and in what unit ("-9999px": 9999, "px"); (0, "") for any other value.</summary>
    private static (double Distance, string Unit) LeftOrUpBy(string value)
        => OffScreenOffset().Match(value) is { Success: true } m && double.TryParse(m.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            ? (n, m.Groups["unit"].Value) : (0, "");

    /// <summary>A font no one reads: under 2px or 1.5pt (a size of 0 aside). Not em or rem: a site's root size may be 100px (audit 47, H2).</summary>
    private static bool IsUnreadablySmall(string size)
        => CssLength().Match(size) is { Success: true } m && double.TryParse(m.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
           && n < (m.Groups["unit"].Value == "px" ? 2 : 1.5);

    [GeneratedRegex(@"^(?<n>\d*\.?\d+)(?<unit>px|pt)$")]
    private static partial Regex CssLength();

    /// <summary>
    /// A clip-path polygon of fewer than three distinct points: it encloses nothing (audit 46, H1; audit 47, H13). One built of
    /// custom properties or calc() is not judged (review 39, R6).
    /// </summary>
    private static bool IsEmptyPolygon(string clipPath)
    {
        if (!clipPath.StartsWith("polygon(", StringComparison.Ordinal) || !clipPath.EndsWith(')') || clipPath.Contains("var(", StringComparison.Ordinal)
            || clipPath.Contains("calc(", StringComparison.Ordinal) || clipPath.Contains("env(", StringComparison.Ordinal)) return false;
        var points = clipPath["polygon(".Length..^1].Split(',').Select(p => p.Trim()).Where(p => p is not ("nonzero" or "evenodd"))
            .Select(p => p.Replace("px", "", StringComparison.Ordinal).Replace("%", "", StringComparison.Ordinal));
        return points.Distinct(StringComparer.Ordinal).Count() < 3;
    }

    /// <summary>CSS text with its escapes read as a browser reads them: "\6e one" is "none", "n\one" is "none".</summary>
    private static string CssUnescaped(string css) => css.Contains('\\') ? CssEscape().Replace(css, m => m.Groups["hex"].Success
        ? int.Parse(m.Groups["hex"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture) is var code and > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF)
            ? char.ConvertFromUtf32(code) : "\uFFFD"
        : m.Groups["ch"].Value) : css;

    [GeneratedRegex(@"\\(?:(?<hex>[0-9a-fA-F]{1,6})[ \t\n]?|(?<ch>[^\n0-9a-fA-F]))")]
    private static partial Regex CssEscape();

    [GeneratedRegex(@"/\*.*?(?:\*/|$)", RegexOptions.Singleline)]
    private static partial Regex CssComment();

    [GeneratedRegex(@"\s+")]
    private static partial Regex CssSpace();

    [GeneratedRegex(@"!\s*important")]
    private static partial Regex Important();

    [GeneratedRegex(@" ?([(),/]) ?")]
    private static partial Regex SpaceBesidePunctuation();

    [GeneratedRegex(@"^[+-]?(?:0+\.?0*|\.0+)(?:[a-z]{1,4}|%)?$")]
    private static partial Regex ZeroLength();

    [GeneratedRegex(@"^-(?<n>\d+(?:\.\d+)?)(?<unit>[a-z]{0,4})$")]
    private static partial Regex OffScreenOffset();

    [GeneratedRegex(@"\bscale[xyz3d]*\((?:[^,)]*,)*0*\.?0+[,)]")]
    private static partial Regex NoScale();

    [GeneratedRegex(@"opacity\((?<alpha>[^()]+)\)")]
    private static partial Regex FilterOpacity();

    /// <summary>A clip to nothing or to a pixel: rect(0,0,0,0), rect(1px,1px,1px,1px), inset(50%), circle(0).</summary>
    [GeneratedRegex(@"^(?:rect\((?:[01](?:px)?,?){4}\)|inset\((?:50|100)%\)|circle\(0(?:px|%)?\))$")]
    private static partial Regex ClipToNothing();
}
