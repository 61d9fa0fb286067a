using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>UTF-8 read as Windows-1252 upstream ("Ã³" for "ó") is repaired, also beside characters that were right all along.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class MojibakeTests
{
    [Theory]
    [InlineData("advirtiÃ³ este sÃ¡bado", "advirtió este sábado")]
    [InlineData("Itâ€™s here â€” finally", "It’s here — finally")]
    // A list's bullet (or any character that was right) beside mojibake: the rest is still repaired, the bullet kept.
    [InlineData("• advirtiÃ³ este sÃ¡bado\n• PolicÃ­a", "• advirtió este sábado\n• Policía")]
    [InlineData("El niÃ±o — “ya” dijo", "El niño — “ya” dijo")]
    // One German, Nordic or Turkish letter alone in a title (twenty-second held-out review, F9).
    [InlineData("Autos schon 2020 auf den StraÃŸen", "Autos schon 2020 auf den Straßen")]
    [InlineData("Ãœber die BrÃ¼cke nach Ã–resund", "Über die Brücke nach Öresund")]
    [InlineData("KÃ¸benhavn", "København")]
    [InlineData("BaÅŸkan", "Başkan")]
    // No marker: nothing is touched, even characters that could spell UTF-8 bytes.
    [InlineData("Ã is a letter", "Ã is a letter")]
    [InlineData("São Paulo • 2025", "São Paulo • 2025")]
    public void Repair_ShouldReadMojibakeBackAsUtf8_AndKeepWhatWasRight(string text, string expected)
        => Assert.Equal(expected, Mojibake.Repair(text));

    [Theory]
    // ” is E2 80 9D and 0x9D has no Windows-1252 character: it is lost upstream, and "â€" is left where the quote was.
    [InlineData("Mojibake Ã©tÃ© cafÃ© â€œquotedâ€ on compilers", "Mojibake été café “quoted” on compilers")]
    [InlineData("He said â€œyesâ€", "He said “yes”")]
    // With nothing else repaired, "â€" alone proves no mojibake: it stays as written.
    [InlineData("Odd â€ marks", "Odd â€ marks")]
    public void Repair_AClosingQuoteThatLostItsLastByte_ShouldReadAsAQuoteWhereOtherMojibakeWasRepaired(string text, string expected)
        => Assert.Equal(expected, Mojibake.Repair(text));

    [Theory]
    // "à" is C3 A0: its second half read as a no-break space, which whitespace collapsing would make a plain space.
    [InlineData("<p>Gabrielle publie Prends le temps de penser Ã\u00A0 moi, l'Ã©conomiste.</p>", "Gabrielle publie Prends le temps de penser à moi, l'économiste.")]
    // "с" is D1 81: 0x81 is no Windows-1252 character and reads as the control U+0081.
    [InlineData("<p>Ð’ ÐœÐ¾Ñ\u0081ÐºÐ²Ðµ Ð¼Ð¾Ñ€Ð¾Ð·</p>", "В Москве мороз")]
    [InlineData("<ul><li>PolicÃ­a</li><li>niÃ±o</li></ul>", "• Policía\n• niño")]
    public void PlainText_ShouldRepairMojibake_BeforeWhitespaceCollapses(string html, string expected)
        => Assert.Equal(expected, HtmlText.ToPlainText(html));
}
