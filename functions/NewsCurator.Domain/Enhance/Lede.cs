using System.Text;
using System.Text.RegularExpressions;

namespace NewsCurator.Enhance;

/// <summary>
/// Where an article's own words begin. Pages flattened to text often open with the headline again
/// and a byline glued to the first paragraph ("We stand with Dreamers By Dana Rao Posted on
/// 07-17-2021 We are disappointed..."): a summary's lead sentence or a preview cut from there opens
/// with the title and the author's name. The header goes only where it is unmistakable: the title
/// word for word followed by a byline or a word that opens sentences, and a byline with a date
/// followed by a capital (a sentence that goes on, "signed by Joe Biden on May 3, 2021 and ...",
/// keeps its words).
/// </summary>
public static partial class Lede
{
    private const string Name = @"\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|van|von|de|der|da)){0,5}";
    private const string Month = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?";
    private const string Date = @"(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2}|" + Month + @"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+" + Month + @",?\s+\d{4})";

    /// <summary>"by NAME [posted on] DATE" or "posted on DATE [by NAME]", then a sentence's capital.</summary>
    [GeneratedRegex(@"(?:^|\s)(?:(?:[Bb]y|BY)\s+" + Name + @"\s*(?:[|·–—,-]\s*)?(?:(?:[Pp]osted|[Pp]ublished|[Uu]pdated)\s+)?(?:on\s+)?" + Date +
                    @"|(?:[Pp]osted|[Pp]ublished)\s+(?:on\s+)?" + Date + @"(?:\s+[Bb]y\s+" + Name + @")?)\s*[|·–—-]?\s+(?=[\p{Lu}""“‘])")]
    private static partial Regex Byline();

    /// <summary>
    /// "Updated 11/28/17: " opening the text, or a run of bracketed notes ("[Updated on 2020-02-29: add ALBERT.]
    /// [Updated on 2020-10-25: add RoBERTa.]", a held-out survey's preview was five of them): notes on the article,
    /// not its first words.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:[Uu]pdated?|UPDATED?|[Ll]ast updated)(?:\s+on)?\s+" + Date + @"\s*[:–—-]\s+(?=[\p{Lu}""“‘])"
                    + @"|(?:\s*[\[(](?:[Uu]pdated?|UPDATED?|[Ll]ast updated|[Ee]dit(?:ed)?|EDIT|[Uu]pdate)(?:\s+on)?:?\s+" + Date + @"[^\]\)\n]{0,300}[\])])+\s*)")]
    private static partial Regex UpdateNote();

    /// <summary>
    /// A dateline opening the text: a document's type, after its issuer's name where one is given ("European Commission Press
    /// release"), then a place and a date ("Brussels, 23 Jul 2026", "Washington, DC, 24 Jul 2026", "LONDON, March 3 (Reuters)
    /// -"), then a sentence's capital. A regulator's press feed opens every text so; kept, it was the summary's first words
    /// and pushed its lede past the length a lead may have, so the best story lost its summary (held-out review 92, F2). Only
    /// before a capital: "Brussels, 23 Jul 2026 was the day ..." goes on with its sentence and keeps its words.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:" + Name + @"\s+)?(?i:press\s+release|news\s+release|press\s+statement|statement|speech|daily\s+news|fact\s*sheet|questions\s+and\s+answers|media\s+advisory|read-?out)\s+)?"
                    + @"(?!(?:On|In|At|By|From|Since|Until|As|Last|This|Next|Today|Yesterday)\b)\p{Lu}[\p{L}.'’-]+(?:[ \t]+\p{Lu}[\p{L}.'’-]+){0,2}(?:,[ \t]*\p{Lu}[\p{L}.]{1,12})?,[ \t]+(?:" + Date + @"|" + Month + @"\s+\d{1,2}(?=\s*\())"
                    + @"(?:[ \t]*\(\p{Lu}[\p{L}.&' ]{1,30}\))?[ \t]*(?:[-–—:][ \t]*)?(?=[\p{Lu}""“‘])", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    /// <summary>
    /// A post's table of contents flattened into the opening of its text ("Table Of Contents: What is recomposition Why do you
    /// need to be concerned about recomposition? Tools to detect recomposition Final Thoughts This post is ..."), up to and
    /// with its closing heading ("Final Thoughts", "Conclusion", "Wrap-up", "What's next?"; not "Summary", which titles a report's part in prose), before a capital: a static
    /// site's auto-summary opens every post so, and the run of headings glued to the first sentence opened the summary
    /// (held-out review 94, F4). No sentence ends inside the run (a heading may ask), and it needs its label or two
    /// headings' boundaries by their form (a word in lower case, or a question, then a capital) before its closing one, so
    /// "The report's Conclusion Was ..." keeps its words.
    /// </summary>
    [GeneratedRegex(@"^\s*(?<label>(?i:table\s+of\s+contents|contents|toc|on\s+this\s+page)\s*:?\s+)?(?<run>[^.!\n:;]{2,300}?)[ \t]+"
                    + @"(?:Final\s+[Tt]houghts|Closing\s+[Tt]houghts|Conclusions?|Wrap[- ]?[Uu]p|What['’]s\s+[Nn]ext\??|Key\s+[Tt]akeaways)[ \t]+(?=\p{Lu}[\p{L}'’]*[ \t]+\S)", RegexOptions.CultureInvariant)]
    private static partial Regex FlattenedContents();

    /// <summary>Where one heading of a flattened table of contents ends and the next begins: a word in lower case or a question, then a capital.</summary>
    [GeneratedRegex(@"(?:(?<![\p{L}\d'’-])(?<word>\p{Ll}[\p{L}\d'’)-]*)\??|\?)[ \t]+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingBoundary();

    /// <summary>
    /// A note that the post was featured elsewhere ("Featured in Android Weekly Issue #504.", "This post was featured in ...
    /// Issue #98."): the author's self-promotion, nothing of the post, which opened its summary (held-out review 94, F4).
    /// </summary>
    internal const string FeatureNotePattern = @"(?:(?:This|The)\s+(?:post|article|piece|story|tutorial)\s+(?:was|has\s+been|got)\s+)?[Ff]eatured\s+(?:in|on)\s+[^.!?\n]{1,60}?\b(?i:issue|edition|no\.?)\s*#?\s*\d+[.!]?";

    /// <summary>A run of feature notes (<see cref="FeatureNotePattern"/>) opening the text, before a capital.</summary>
    [GeneratedRegex(@"^\s*(?:" + FeatureNotePattern + @"\s+)+(?=[\p{Lu}""“‘])", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningFeatureNotes();

    /// <summary>
    /// How many headings' boundaries a run holds (<see cref="HeadingBoundary"/>): not after a function word, where a sentence
    /// goes on to a name ("reviewed by Google and Microsoft with Amazon"); no heading ends on one.
    /// </summary>
    private static int HeadingBoundaries(string run)
        => HeadingBoundary().Matches(run).Count(m => !m.Groups["word"].Success || !Words.Function.Contains(m.Groups["word"].Value.ToLowerInvariant()));

    /// <summary>
    /// A section's heading run into its paragraph's first sentence, the two told apart by one word said twice: "What is
    /// recomposition Recomposition is the action of ..." (held-out review 94, F4). The heading ends on a word in lower case and
    /// the sentence opens on it again with a capital; prose never says a word twice so, so the heading is set on its own line.
    /// </summary>
    [GeneratedRegex(@"^(?<head>[^.!?:;\n]{2,60}?[ \t](?<word>\p{Ll}[\p{L}-]{3,}))[ \t]+(?=\p{Lu})(?=(?i:\k<word>)\b)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingRunIntoItsParagraph();

    /// <summary>
    /// Headings' boundaries a flattened table of contents without its label must have more than, counted over the run with a
    /// word after it (code review 47, R12): the end of its last heading counts only where that heading ends on a word in lower
    /// case, as every boundary is told, so a run whose last heading ends on a name or an acronym needs one heading more.
    /// </summary>
    private const int MinContentsBoundaries = 2;

    /// <summary>The text past a flattened table of contents and the feature notes that open it (<see cref="FlattenedContents"/>, <see cref="OpeningFeatureNotes"/>).</summary>
    private static string WithoutOpeningContents(string body)
    {
        body = body[OpeningFeatureNotes().Match(Head(body)).Length..];
        if (FlattenedContents().Match(Head(body)) is { Success: true } contents
            && (contents.Groups["label"].Success || HeadingBoundaries(contents.Groups["run"].Value + " X") > MinContentsBoundaries))
            body = body[contents.Length..];
        return body[OpeningFeatureNotes().Match(Head(body)).Length..];
    }

    /// <summary>The part of the text a header may fill (<see cref="MaxHeaderLength"/>): the opening rules read no further.</summary>
    private static string Head(string body) => body.Length > MaxHeaderLength ? body[..MaxHeaderLength] : body;

    /// <summary>How far into the text a header (title and byline) may reach.</summary>
    private const int MaxHeaderLength = 400;

    /// <summary>
    /// The text from where the article's own words begin (the whole text when no header is
    /// unmistakable), with the headline set on a line of its own wherever it heads a later paragraph
    /// ("...the video of my talk. Let’s Build a Reactive Library Functional reactive programming is...").
    /// </summary>
    public static string Of(string title, string text)
    {
        var body = AfterTitleAndSeparator(title, text) ?? AfterTitle(title, text);
        body = body[UpdateNote().Match(body).Length..];
        body = body[Dateline().Match(Head(body)).Length..];
        body = HeadingRunIntoItsParagraph().Replace(WithoutOpeningContents(body), "${head}\n");
        var byline = Byline().Match(Head(body));
        return TitleOnItsOwnLine(title.Trim(), byline.Success ? body[(byline.Index + byline.Length)..] : body);
    }

    /// <summary>
    /// The headline set apart where it stands between two sentences as a heading: after a sentence's end
    /// and before a capital. A short name ("Visual Studio Code Insiders builds...") is left alone, and so is
    /// the text's start (<see cref="AfterTitle"/> decides there).
    /// </summary>
    private const int SentenceEndRead = 200;

    private static string TitleOnItsOwnLine(string title, string text)
    {
        if (title.Length < 15 || Words.Count(title) < 4) return text;
        var at = text.IndexOf(title, StringComparison.Ordinal);
        if (at < 0) return text;
        var chars = text.ToCharArray();
        for (; at >= 0; at = text.IndexOf(title, at + title.Length, StringComparison.Ordinal))
        {
            var after = at + title.Length;
            var before = text.AsSpan(0, at).TrimEnd(" \t");
            // Only the end of what comes before says whether a sentence ends there: the whole of it, copied for each of a
            // hostile text's 2,200 repeats of its title, took 12 s (hostile-input audit 39).
            var headsAParagraph = before.Length > 0 && SentenceSplitter.EndsSentence(before[Math.Max(0, before.Length - SentenceEndRead)..].ToString());
            if (headsAParagraph && after + 1 < chars.Length && chars[after] == ' ' && char.IsUpper(chars[after + 1])) chars[after] = '\n';
        }
        return new string(chars);
    }

    // With the label that only introduced it ("GitHub 链接：https://...", "相关链接和文字版请看：https://...", "Code: https://..."):
    // left behind, it dangled at a summary's end (thirty-seventh held-out review, F3). Only a label that names a link, a page
    // or a place to look and is all of its sentence ("Read the full paper here:" after a stop), or is a name and such a word
    // ("GitHub 链接：", "Source code:") mid-line; "The team released the code today: https://..." keeps its words (review of
    // session 31, R6).
    [GeneratedRegex(@"\s*(?:(?:(?<=^|[。！？.!?]\s|[。！？；，、])(?:[A-Za-z]{1,8}[ \t]+){0,4}|(?<=^|\s)(?:[\p{Lu}\p{Lo}][^\s:：。！？.!?]{0,20}[ \t]+)?(?=[\p{Lu}\p{Lo}]))" +
                    @"[^\s:：。！？.!?]{0,30}?(?i:link|links|url|website|homepage|repo|repository|code|paper|demo|download|source|github|arxiv|here|链接|連結|地址|网址|網址|原文|全文|文字版|请看|請看|见|見|リンク|こちら)[^\s:：。！？.!?\p{Ll}]{0,20}[ \t]*[:：][ \t]*)?(?i:https?://|www\.)\S*", RegexOptions.CultureInvariant)]
    private static partial Regex BareUrl();

    /// <summary>The text without its bare web addresses (a mail client links them, outside the story's own link).</summary>
    public static string WithoutBareUrls(string text) => text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
        ? BareUrl().Replace(text, "").Trim()
        : text;

    /// <summary>
    /// How many opening lines are a record's fields ("• Project: Drupal AI", "• Type: Feature request", "• Status: Fixed"):
    /// two or more "Label: value" lines in a row before the text, which a preview leaves out as it leaves out a byline (a
    /// held-out issue tracker's preview was its metadata list: twelfth held-out review). Zero when the text opens otherwise,
    /// or when nothing but fields follows. A field whose label the feed's markup lost ("Normal feature request" over "•
    /// Version: 3.0.x-dev", "• Status: Fixed": twentieth held-out review, F11) may open the run: a few words, no sentence.
    /// </summary>
    private static int FieldRun(List<string> lines)
    {
        var run = FieldsFrom(lines, 0);
        if (run >= MinFieldRun) return run < lines.Count ? run : 0;
        if (run > 0 || lines.Count == 0 || Words.Count(lines[0]) > MaxUnlabelledFieldWords || SentenceSplitter.EndsSentence(lines[0])) return 0;
        // After a short line, only a record's terse values ("Version: 3.0.x-dev", "Status: Fixed"): a heading over
        // highlights ("Performance: builds are 2x faster") heads the text's own news.
        run = FieldsFrom(lines, 1);
        var fields = lines.Skip(1).Take(run - 1).ToList();
        return fields.Count >= MinUnlabelledFieldRun && run < lines.Count && fields.Count(IsTerse) * 2 > fields.Count ? run : 0;
    }

    /// <summary>
    /// The text without the record's fields that open it (<see cref="FieldRun"/>), which the preview leaves out as well: a
    /// gemlog post's "Author: ...", "License: CC BY-SA 4.0", "Published on: ..." lines counted as its first sentences, so
    /// its lede ("Recently, I have discovered ...") read as an aside leaning on them and the summary left it out (held-out
    /// review 67, F3). A text that opens otherwise is returned as it is.
    /// </summary>
    public static string WithoutOpeningFields(string body)
    {
        var lines = SentenceSplitter.Lines(body);
        var skip = FieldRun(lines);
        return skip == 0 ? body : string.Join('\n', lines.Skip(skip));
    }

    /// <summary>Whether two or more "Label: value" fields (<see cref="FieldLine"/>) begin at <paramref name="start"/>: a record's, after its text.</summary>
    internal static bool FieldsAt(List<string> lines, int start)
        => start + MinFieldRun <= lines.Count && lines.Skip(start).Take(MinFieldRun).All(l => FieldLine().IsMatch(l));

    /// <summary>Where the run of field lines that starts at <paramref name="start"/> ends.</summary>
    private static int FieldsFrom(List<string> lines, int start)
    {
        var end = start;
        while (end < lines.Count && FieldLine().IsMatch(lines[end])) end++;
        return end;
    }

    private const int MaxUnlabelledFieldWords = 5;

    /// <summary>Fields after a line that lost its label: three or more, most of them terse (a label and a word or two).</summary>
    private const int MinUnlabelledFieldRun = 3;

    /// <summary>A field's value of a few tokens ("3.0.x-dev", "Fixed", "0a19cf6"), not a clause.</summary>
    private static bool IsTerse(string field)
        => field[(field.IndexOf(':', StringComparison.Ordinal) + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTerseFieldTokens;

    private const int MaxTerseFieldTokens = 3;

    private const int MinFieldRun = 2;

    /// <summary>A short "Label: value" line, bulleted or not, that ends no sentence: a record's field (a list of tags may run long).</summary>
    [GeneratedRegex(@"^(?!.*[.!?](?:\s|$))(?:[-•*·]\s+)?\p{Lu}[\p{L}\p{N} /&-]{0,30}:\s+\S.{0,200}$")]
    private static partial Regex FieldLine();

    /// <summary>
    /// A label with nothing after it ("Summary:", "Key points:"): after a record's fields, the heading over its text
    /// (seventeenth held-out review, F9: a digest's preview read "Summary: • OWASP released ...").
    /// </summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L} ]{0,30}:$")]
    private static partial Regex LabelOnly();

    /// <summary>
    /// A section's label alone on its line over the paragraph it heads ("Intro:", "Analysis:", "Technical details:" over
    /// prose): research write-ups and advisories label their first paragraph so, and the preview opened "Intro: While
    /// reverse-engineering ..." (held-out review 89, F5). Not a label over a list ("Key changes:" over its items, which are
    /// the text's own), nor one with its text on the same line.
    /// </summary>
    private static bool IsSectionLabel(string line, string next)
        => LabelOnly().IsMatch(line) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxSectionLabelWords
           && !SummaryChecker.OpensLikeListItem(next) && !LabelOnly().IsMatch(next) && next.TrimStart('"', '“', '\'') is { Length: > 0 } opening && char.IsLetterOrDigit(opening[0]);

    private const int MaxSectionLabelWords = 3;

    /// <summary>A line without the sentences it opens on that only say the episode was made (<see cref="Summarizer.IsMakingOfTheEpisode"/>), when more follows.</summary>
    private static string WithoutMakingOf(string line)
    {
        var sentences = SentenceSplitter.Split(line);
        // Nor on the author's framing of the post ("Here goes my 1st Medium article.": held-out review 84, F5).
        var made = sentences.TakeWhile(s => Summarizer.IsMakingOfTheEpisode(s) || Summarizer.IsAuthorsFraming(s)).Count();
        return made > 0 && made < sentences.Count ? string.Join(' ', sentences.Skip(made)) : line;
    }

    /// <summary>How many opening lines of code or boilerplate a preview skips before it gives up and shows the text as it is.</summary>
    private const int MaxSkippedLines = 3;

    /// <summary>
    /// The first characters of the article's own words: after the header, and after opening lines of
    /// code or boilerplate (a preview that opens with "$ go get" or "Posted in News" tells a reader nothing)
    /// or a short heading (joined to the paragraph it heads, "Demo" made "Demo The result is a lot like...").
    /// </summary>
    public static string Preview(string title, string text, int maxLength)
    {
        text = HtmlText.WithoutQuoteMarkers(text);
        var body = Of(title, text);
        // Nothing past the headline but a cut word or two ("By…" after a digest entry whose title is its one sentence):
        // no preview, rather than a fragment in the summary's place or the headline said twice.
        if (body.Length < text.Length && Words.Count(body) < MinPreviewWords) return "";
        // A show's call to its listeners is no part of the episode (held-out review 80, F3).
        var lines = SentenceSplitter.Lines(Summarizer.WithoutListenerCalls(body));
        var skip = FieldRun(lines);
        var skippedFields = skip;
        while (skip - skippedFields < MaxSkippedLines && skip < lines.Count - 1
               && (SummaryChecker.IsFurniture(lines[skip]) || IsHeading(lines[skip], lines[skip + 1]) || (skippedFields > 0 && LabelOnly().IsMatch(lines[skip]))
                   // The text's own label alone on its line ("Summary:" as the notes' heading: held-out review 80, F5), wherever it is.
                   || Summarizer.IsRunInLabelOnly(lines[skip]) || IsSectionLabel(lines[skip], lines[skip + 1]))) skip++;
        // A post's table of contents ("Contents" over "• What is prompt engineering?", "• Zero-Shot", ...) is no preview of
        // it: the label and its list go (held-out review 87, F7).
        if (skip < lines.Count - 1 && TableOfContentsLabel().IsMatch(lines[skip]) && SummaryChecker.OpensLikeListItem(lines[skip + 1]))
            for (skip++; skip < lines.Count - 1 && SummaryChecker.OpensLikeListItem(lines[skip]);) skip++;
        var code = CodeBlocks(lines);
        // A section heading further down ("Introduction") is no part of the running text the preview quotes.
        var kept = new System.Text.StringBuilder();
        string? last = null;
        for (var i = skip; i < lines.Count && kept.Length <= maxLength; i++)
        {
            // The last item of a list before a paragraph is the list's, not a heading over the paragraph.
            if (i > skip && HeadsAParagraph(lines, i) && !OpensOrContinuesAList(lines[i - 1])) continue;
            // Nor does the preview open on a heading over its first paragraph, past the lines skipped above: "Summary" after a
            // paper's links, a section's title ("Agent, as an intelligent message transformer") or the H1's subtitle left
            // after the title, which "; " then glued to the paragraph (held-out review 87, F7).
            if (last is null && HeadsTheOpeningParagraph(lines, i)) continue;
            // A line that is only the author's framing ("Here goes my 1st Medium article."): held-out review 84, F5.
            if (last is null && i < lines.Count - 1 && SentenceSplitter.Split(lines[i]) is { Count: > 0 } said && said.All(Summarizer.IsAuthorsFraming)) continue;
            // A line with a bare address: mail clients would link it ("Verify now at https://..."), and the story's
            // own link is the reader's way in (audit hostile14 R1).
            if (SummaryChecker.HasBareUrl(lines[i]) || AddressLine().IsMatch(lines[i])) continue;
            // Nor a pointer to one ("Read the announcement:" over "hubs.la/Q022JfPQ0", held-out review 83, F5): the line
            // that leads into an address says nothing without it.
            if (i + 1 < lines.Count && lines[i].TrimEnd().EndsWith(':') && Words.Count(lines[i]) <= MaxPointerWords
                && (SummaryChecker.HasBareUrl(lines[i + 1]) || AddressLine().IsMatch(lines[i + 1]))) continue;
            // Code further down as well: its lines joined into one ("MONGO_PORT = 30000; ... MongoClient(; MONGO_HOST")
            // are neither code nor prose (seventh held-out review, F4).
            if (code[i]) continue;
            // Nor a note on the post's own record ("Editor's note: ...", "Correction (March 3): An earlier version ..."), which
            // a summary leaves out and its preview then printed in its place (hostile-input audit 36, H4).
            if (Summarizer.IsEditorialNote(lines[i])) continue;
            // Nor a pointer to the rest of the show notes ("See below for timestamps, transcript, ...": held-out review 80, F2).
            if (Summarizer.IsPointerToTheNotes(lines[i])) continue;
            // The text's label is no part of it: "Abstract:This paper introduces ..." opened two previews (twenty-first
            // held-out review, F9), as "Summary:" and "TL;DR:" would.
            var line = last is null ? Summarizer.WithoutRunInLabel(lines[i]).Sentence : lines[i];
            // Nor does it open on the hosts saying they made the episode (held-out review 80, F4): the sentences after say what it is.
            if (last is null) line = WithoutMakingOf(line);
            if (last is not null) kept.Append(Separator(last, line));
            kept.Append(line);
            last = line;
        }
        // A post's hashtags are words, and its closing run of them no part of its prose (held-out review 83, F5).
        var whole = Hashtags.AsProse(kept.ToString()).Trim();
        var preview = Words.Truncate(whole, maxLength);
        if (preview.Length > 0) return preview.Length == whole.Length ? WithoutCutWord(preview) : preview;
        // A text of code or boilerplate alone (a cheat sheet's snippet) has no preview: its lines run together are no summary either.
        var rest = string.Join(' ', SentenceSplitter.Lines(text).Where(line => !SummaryChecker.IsFurniture(line)));
        return Words.Truncate(BareUrl().Replace(rest, "").Trim(), maxLength);
    }

    /// <summary>
    /// Which lines are code or furniture (<see cref="SummaryChecker.IsFurniture"/>), with the lines of each code block that
    /// read as neither: a snippet's "require 'dbus'" and "sm.introspect" beside its recognised lines were joined into the
    /// preview, one line of the block left out (held-out review 60, F8). A line next to code (<see cref="SummaryChecker.IsCode"/>,
    /// not a boilerplate line such as a CVE template's opening) that does not end as a sentence ends is taken as the block's;
    /// a sentence, or a line that leads into the block with a colon, stays prose.
    /// </summary>
    private static bool[] CodeBlocks(IReadOnlyList<string> lines)
    {
        var block = lines.Select(SummaryChecker.IsCode).ToArray();
        // Down the text, then up it: a line joins a block through a neighbour, which one sweep each way has settled.
        for (var i = 1; i < lines.Count; i++) block[i] |= block[i - 1] && !ReadsAsProse(lines[i]);
        for (var i = lines.Count - 2; i >= 0; i--) block[i] |= block[i + 1] && !ReadsAsProse(lines[i]);
        return [.. lines.Select((line, i) => block[i] || SummaryChecker.IsFurniture(line))];
    }

    private static bool ReadsAsProse(string line)
    {
        var trimmed = line.TrimEnd();
        // Words as the checker counts them: a Chinese sentence is one "word" to Words.Count (hostile-input audit 45, H3).
        return trimmed.Length > 0 && (SentenceSplitter.EndsSentence(trimmed) || trimmed[^1] == ':') && SummaryChecker.WordCount(trimmed) >= MinPreviewWords;
    }

    /// <summary>How long the cut mark a text ends with is: 1 for "…", 3 for "...", 0 for none.</summary>
    internal static int CutMarkLength(string text) => text.EndsWith('…') ? 1 : text.EndsWith("...", StringComparison.Ordinal) ? 3 : 0;

    /// <summary>
    /// A text the feed cut with dots right after a letter ("... from natural language p...") without its last, maybe broken,
    /// word: a planet's descriptions, cut at 200 characters, printed "p..." (thirty-seventh held-out review, F8). The text as
    /// it is where it ends otherwise, or where the word before the dots is all it has.
    /// </summary>
    internal static string WithoutCutWord(string text)
    {
        var dots = CutMarkLength(text);
        if (dots == 0 || text.Length <= dots || !char.IsLetter(text[^(dots + 1)])) return text;
        var wordStart = text.Length - dots;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1])) wordStart--;
        if (wordStart == 0) return text;
        return text[..wordStart].TrimEnd(' ', ',', ';', ':', '-', '\u2013', '\u2014', '(', '[', '{') + "\u2026";
    }

    /// <summary>Fewer words than this past the headline are no preview.</summary>
    private const int MinPreviewWords = 3;

    /// <summary>
    /// Whether line <paramref name="i"/> is a heading over the paragraph after it. A short line before another short
    /// line is a list's item ("No more waitlist", "Vision input support"), which the preview keeps: taken for headings,
    /// a held-out launch's four announced updates left its preview.
    /// </summary>
    private static bool HeadsAParagraph(List<string> lines, int i)
        => i < lines.Count - 1 && IsHeading(lines[i], lines[i + 1])
           && (Words.Count(lines[i + 1]) > MaxHeadingWords || SentenceSplitter.EndsSentence(lines[i + 1]) || i + 2 >= lines.Count);

    /// <summary>
    /// Whether line <paramref name="i"/>, where a preview would open, heads the paragraph after it: a heading (<see
    /// cref="HeadsAParagraph"/>), or a line of a few words that neither ends a sentence nor goes on (",", ":") and is no
    /// list item, before a paragraph of its own: a sentence that opens with a capital and runs past a heading's length.
    /// A short line before another short line is still a list's item.
    /// </summary>
    private static bool HeadsTheOpeningParagraph(List<string> lines, int i)
    {
        if (i >= lines.Count - 1) return false;
        if (HeadsAParagraph(lines, i)) return true;
        var line = lines[i].TrimEnd();
        var next = lines[i + 1].TrimStart('"', '“', '‘', '\'', '(');
        // A heading opens on a word and ends on one: a line framed by emoji ("🎉 Big news for small clusters 🎉", "Gemini 3
        // is here 🚀") is the post's own opening cry, not a section's title (code review 45, R9).
        return line.Length > 0 && char.IsLetterOrDigit(line[0]) && (char.IsLetterOrDigit(line[^1]) || line[^1] == ')')
               && Words.Count(line) <= MaxOpeningHeadingWords && !SentenceSplitter.EndsSentence(line)
               && line[^1] is not (',' or ';' or ':' or '-' or '–' or '—') && !SummaryChecker.OpensLikeListItem(line)
               && next.Length > 0 && char.IsUpper(next[0]) && Words.Count(next) > MaxOpeningHeadingWords && SentenceSplitter.EndsSentence(lines[i + 1].TrimEnd());
    }

    /// <summary>Most words a line heading the opening paragraph has ("How randomness helps us build better models").</summary>
    private const int MaxOpeningHeadingWords = 10;

    /// <summary>The label over a post's table of contents.</summary>
    [GeneratedRegex(@"^\s*(?:(?:table\s+of\s+)?contents?|toc|outline|on\s+this\s+page|in\s+this\s+(?:post|article|guide|tutorial))\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TableOfContentsLabel();

    /// <summary>A list's introduction ("four updates:") or one of its short items.</summary>
    private static bool OpensOrContinuesAList(string line)
        => line.EndsWith(':') || (Words.Count(line) <= MaxHeadingWords && !SentenceSplitter.EndsSentence(line));

    /// <summary>
    /// How two lines join in the one-line preview: a space after a line that ends its sentence or goes on (",", ":")
    /// or before one that continues it (a lower-case start); "; " between a list's items, which ran together
    /// ("Kimi K2 Thinking New inference interface...").
    /// </summary>
    private static string Separator(string previous, string next)
    {
        var end = previous.TrimEnd('"', '”', '’', '\'', ')', ']');
        // A line a post closes with an emoji ("... possible addictive 🚀") has ended: "🚀; The Interlink project ..." put a
        // stop after the picture (held-out review 83, F5).
        var ended = end.Length > 0 && (SentenceSplitter.EndsSentence(previous) || end[^1] is ',' or ';' or ':' or '-' or '–' or '—' || EndsWithEmoji(end));
        return ended || !(char.IsUpper(next[0]) || char.IsDigit(next[0])) ? " " : "; ";
    }

    /// <summary>Whether a line ends with a pictograph (an emoji, with or without its variation selector).</summary>
    private static bool EndsWithEmoji(string line)
    {
        var trimmed = line.TrimEnd('\uFE0F', '\u200D');
        return trimmed.Length > 0 && Rune.DecodeLastFromUtf16(trimmed, out var rune, out _) == System.Buffers.OperationStatus.Done
               && Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.OtherSymbol;
    }

    /// <summary>Most words a line that points to an address has ("Read the announcement:", "Full story here:").</summary>
    private const int MaxPointerWords = 6;

    /// <summary>A line that is an address alone, written without its scheme as posts show it ("hubs.la/Q022JfPQ0", "example.com/blog/post").</summary>
    [GeneratedRegex(@"^\s*(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressLine();

    /// <summary>Most words a heading line has ("Demo", "What's new", "How it works in practice").</summary>
    private const int MaxHeadingWords = 5;

    /// <summary>
    /// A line that heads the paragraph after it: a few words with no punctuation at its end, before a line that
    /// opens with a capital. Not a label ("Einsatzort: Weiz", a field of a record whose value follows), nor a
    /// line that ends in ',' or ':' (it goes on: "Hi everyone,", "Here is how:").
    /// </summary>
    private static bool IsHeading(string line, string next)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (line.Contains(':', StringComparison.Ordinal) ? !IsTitledHeading(line, words) : words.Length > MaxHeadingWords) return false;
        // A short question is a section's heading ("What is it?", "Why?", "How does it work?" over the paragraph that
        // answers it: fifty-second held-out review, F7); a longer one is the text's own.
        var question = line.EndsWith('?') && words.Length <= MaxHeadingWords;
        if ((SentenceSplitter.EndsSentence(line) && !question) || line[^1] is ',' or ';' or '-' or '–' or '—') return false;
        // Two dated lines in a row are a changelog's entries, not a heading over the next one.
        if (SummaryChecker.OpensWithDate(line) && SummaryChecker.OpensWithDate(next)) return false;
        var first = next.TrimStart('"', '“', '‘', '\'', '(');
        return first.Length > 0 && (char.IsUpper(first[0]) || char.IsDigit(first[0]) || SentenceSplitter.IsLowerCaseName(first, 0));
    }

    /// <summary>
    /// A heading with a colon, written as a title: "FRAPPÉ: Making AI Fair Without Retraining". What follows the colon
    /// is three or more capitalised words (short function words aside) and no number, so a label with its value
    /// ("Location: Berlin", "Posted: 12 May 2024") is none.
    /// </summary>
    private static bool IsTitledHeading(string line, string[] words)
    {
        if (words.Length > MaxTitledHeadingWords) return false;
        var after = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return after.Length >= 3 && !after.Any(w => w.Any(char.IsDigit))
               && after.All(w => char.IsUpper(w[0]) || (w.Length <= 4 && TitleFunctionWords.Contains(w)));
    }

    private const int MaxTitledHeadingWords = 10;

    private static readonly HashSet<string> TitleFunctionWords = new("a an the of and or to for in on at by with from into via vs".Split(' '), StringComparer.Ordinal);

    /// <summary>How long a note after the headline on its line may be (a generator's "— segmented AI-news roundup (14 segments).").</summary>
    private const int MaxTitleNote = 80;

    /// <summary>Whether a text opens on a word with a capital after its first letter ("xAI's", "iOS", "GitHub").</summary>
    private static bool NameByForm(string text)
    {
        var word = text.AsSpan(0, text.AsSpan().IndexOfAny(WordEnds) is var end and >= 0 ? end : text.Length);
        return word.Length > 1 && char.IsLetter(word[0]) && word[1..].ContainsAnyInRange('A', 'Z');
    }

    private static readonly System.Buffers.SearchValues<char> WordEnds = System.Buffers.SearchValues.Create(" \t\n'’,.:;");

    /// <summary>Whether a word is the headline's first, a capitalised name (not a function word): its subject named again.</summary>
    private static bool RepeatsTheSubject(string title, string word)
        => word.Length > 1 && char.IsUpper(word[0]) && !Words.Function.Contains(word.ToLowerInvariant())
           && new string(title.TrimStart().TakeWhile(char.IsLetter).ToArray()) == word;

    /// <summary>Marks after a headline that go on with its sentence rather than close it.</summary>
    private static readonly System.Buffers.SearchValues<char> ContinuingMarks = System.Buffers.SearchValues.Create(",;–—-…");

    /// <summary>
    /// The text past its exact headline and a dash or colon that sets off a sentence of its own: a generator's "Title — dek"
    /// ("Flows 2.0 — Run high-volume flows faster with a rebuilt processing engine ...") printed every summary right under the
    /// same headline, the headline twice (held-out review 75, F6). Only with the mark, a capital after it and a clause of a real
    /// sentence's length (<see cref="MinDekWords"/>): "Flows 2.0 runs ..." has the title as its subject, and "X — and why ..."
    /// goes on with the title's sentence. Null where the text does not open so.
    /// </summary>
    private static string? AfterTitleAndSeparator(string title, string text)
    {
        var headline = title.Trim();
        var opening = text.TrimStart();
        if (headline.Length == 0 || !opening.StartsWith(headline, StringComparison.Ordinal)) return null;
        var rest = opening[headline.Length..];
        if (TitleSeparator().Match(rest) is not { Success: true } mark) return null;
        var dek = rest[mark.Length..];
        var line = dek.Split('\n', 2)[0];
        return Words.Count(SentenceSplitter.Split(line) is [var first, ..] ? first : line) >= MinDekWords ? dek : null;
    }

    /// <summary>A dash or a colon right after the headline, then a capital: " — Run ...", ": Build ...", " - Keep ...".</summary>
    [GeneratedRegex(@"^(?::[ \t]+|[ \t]+[—–-][ \t]+|[—–][ \t]*)(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSeparator();

    /// <summary>Words of the sentence after the mark: fewer, a subtitle ("Rust 1.80 — Release notes"), not a dek.</summary>
    private const int MinDekWords = 8;

    /// <summary>The text after a repeat of the title at its start, when a capital follows (a heading, not the first words of a sentence).</summary>
    private static string AfterTitle(string title, string text)
    {
        // A link blog's label before its repeated headline ("Tool: Mermaid to Unicode box art (grok-mermaid) While exploring
        // ...": forty-eighth held-out review, F2) is part of the heading, unless the headline itself opens with it.
        if (HeadingLabel().Match(text) is { Success: true } label && !title.StartsWith(label.Groups[1].Value, StringComparison.OrdinalIgnoreCase)
            && AfterTitle(title, text, label.Length) is var afterLabel && !ReferenceEquals(afterLabel, text))
            return afterLabel;
        return AfterTitle(title, text, 0);
    }

    [GeneratedRegex(@"^\s*(\p{Lu}[\p{L}-]*(?: \p{L}[\p{L}-]*)?):[ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingLabel();

    /// <summary>The text past the headline it opens with from <paramref name="start"/>, or the text itself (the same instance).</summary>
    private static string AfterTitle(string title, string text, int start)
    {
        int t = 0, i = start, matched = 0;
        while (t < title.Length)
        {
            if (!char.IsLetterOrDigit(title[t])) { t++; continue; }
            while (i < text.Length && !char.IsLetterOrDigit(text[i]) && i < MaxHeaderLength) i++;
            if (i >= text.Length || char.ToLowerInvariant(text[i]) != char.ToLowerInvariant(title[t])) return text;
            i++; t++; matched++;
        }
        if (matched < 10) return text;
        var closing = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && !char.IsLetterOrDigit(text[i])) i++; // the title's closing punctuation
        if (i >= text.Length || !char.IsWhiteSpace(text[i])) return text; // the title was the start of a longer word
        // A headline that goes on into its sentence: past a comma or a dash, or clipped ("... from Jenkins to…"), the text
        // continues the very sentence, whatever word comes next ("Apple unveils M5 MacBook Pro, iPad Pro and ...": hostile-
        // input audit 38, H1).
        var clipped = title.TrimEnd().EndsWith('…') || title.TrimEnd().EndsWith("...", StringComparison.Ordinal);
        var marks = text.AsSpan(closing, i - closing);
        if (clipped || marks.IndexOfAny(",;") >= 0) return text; // "... in Intel, The Wall Street Journal reported" (review of the later change, R5)
        var continues = marks.IndexOfAny(ContinuingMarks) >= 0;
        // A heading, not the start of a longer name ("Microsoft to acquire Activision" + " Blizzard for..."): what
        // follows opens a sentence or a byline.
        var resumed = text[i..];
        var rest = resumed.TrimStart();
        // The headline with a generator's note after it on its own line ("New #1 open-source AI model is here! — segmented
        // AI-news roundup (14 segments).": a video bridge's first line) is the headline again: the text goes on from the
        // next line (twenty-third held-out review, F5; its sentence opened each roundup's summary).
        if (rest.Length > 0 && rest[0] is '—' or '–' or '-' && resumed.AsSpan(0, resumed.Length - rest.Length).IndexOfAny('\n', '\r') < 0
            && rest.IndexOf('\n', StringComparison.Ordinal) is > 0 and <= MaxTitleNote and var noteEnd
            && rest[(noteEnd + 1)..].TrimStart() is { Length: > 0 } next)
            return next;
        var firstWord = new string((rest.StartsWith(HtmlText.QuoteMarker, StringComparison.Ordinal) ? rest[HtmlText.QuoteMarker.Length..] : rest).TakeWhile(char.IsLetter).ToArray());
        // Or a name by its form ("xAI's grok CLI tool faced ...", "iOS 26 adds ..."): no headline's word goes on into one.
        // Or the headline's own subject again ("Apple plans foldable iPhone for 2026 Apple is planning ..."): a news lead
        // opens on it, and the headline glued to it was printed in the summary (hostile-input audit 39, H13). Not after a
        // colon: "Standard Ebooks:" over a quotation that opens "Standard Ebooks is ..." is a link blog's attribution.
        // Or the headline on a line of its own, a page's h1 over its first paragraph ("AI and Secure Messaging Don't Mix" over
        // "Over on the ACLU's blog, ...": fifty-second held-out review, F7).
        var ownLine = resumed.AsSpan(0, resumed.Length - rest.Length).IndexOfAny('\n', '\r') >= 0 && !continues && rest.Length > 0 && char.IsUpper(rest[0]);
        if (!(ownLine || SentenceSplitter.IsOpener(firstWord) || firstWord is "By" or "Posted" or "Published" or "Updated" or "Written" || (!continues && NameByForm(rest))
              || (!continues && marks.IndexOf(':') < 0 && RepeatsTheSubject(title, firstWord)))) return text;
        // A quotation whose first sentence is the title (a link blog's "quoting" post) goes on quoted: its mark stays on
        // the line (twenty-third held-out review, F1: the rest of Paul Dix's words read as the blogger's).
        var sameLine = resumed.AsSpan(0, resumed.Length - rest.Length).IndexOfAny('\n', '\r') < 0;
        return sameLine && text.StartsWith(HtmlText.QuoteMarker, StringComparison.Ordinal) ? HtmlText.QuoteMarker + rest : rest;
    }
}
