using System.Text;
using NewsCurator.Ingest;

namespace NewsCurator;

/// <summary>
/// The combining marks each visible letter keeps, in a title (<see cref="HeaderText.SingleLine"/>) and in a body's text
/// (<see cref="HtmlText.CollapseWhitespace"/>) alike. "Zalgo" text piles hundreds on one letter, which smear over the lines
/// around it in a mail client (hostile-input audit 46, H5): of the general-purpose diacritics (the Combining Diacritical
/// Marks blocks, which any script borrows) a letter keeps <see cref="MaxDiacritics"/>; of its own script's marks, which a
/// Tibetan stack or a cantillated Hebrew letter needs more of (audit 47, H5), <see cref="MaxMarks"/>. A variation selector
/// stays only where it selects a variant of its letter, once: VS1-VS16 after any letter or emoji, VS17-VS256 after a CJK
/// ideograph; a run of them after an emoji spells bytes no reader sees and a model reads ("emoji smuggling", the tag
/// characters' successor: audit 46, H2). A joiner neither counts nor starts a letter.
/// </summary>
internal struct MarkCap
{
    private const int MaxDiacritics = 4;
    private const int MaxMarks = 8;

    private int _diacritics;
    private int _marks;
    private int _letter;
    private bool _selected;

    public bool Keeps(Rune rune)
    {
        if (HeaderText.IsJoiner(rune)) return true;
        if (!HeaderText.IsMark(rune))
        {
            (_diacritics, _marks, _letter, _selected) = (0, 0, rune.Value, false);
            return true;
        }
        if (rune.Value is >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF)
        {
            if (_selected || _letter == 0 || (rune.Value >= 0xE0100 && !IsIdeograph(_letter))) return false;
            return _selected = true;
        }
        if (IsDiacritic(rune.Value) && ++_diacritics > MaxDiacritics) return false;
        return ++_marks <= MaxMarks;
    }

    /// <summary>A space or a break: the next mark has no letter of its own.</summary>
    public void Space() => (_diacritics, _marks, _letter, _selected) = (0, 0, 0, false);

    /// <summary>The Combining Diacritical Marks blocks (and their Extended, Supplement and For Symbols, and the half marks).</summary>
    private static bool IsDiacritic(int codePoint)
        => codePoint is >= 0x0300 and <= 0x036F or >= 0x1AB0 and <= 0x1AFF or >= 0x1DC0 and <= 0x1DFF or >= 0x20D0 and <= 0x20FF or >= 0xFE20 and <= 0xFE2F;

    private static bool IsIdeograph(int codePoint)
        => codePoint is >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFF;
}
