using System.Text.RegularExpressions;

namespace NewsCurator.Enhance;

/// <summary>
/// How a sentence as the text gives it becomes one a summary can print: a heading a flattened page ran into it is
/// left off, and a list too long for a summary keeps its first and last items.
/// </summary>
public static partial class Summarizer
{
    /// <summary>
    /// A heading run into the sentence it heads: a few words, then a word that opens sentences written with its
    /// capital mid-line ("Edition #202 Welcome to the AWS open source newsletter", "The importance of building muscle
    /// memory When I talk to developers ..."). Hugo's `.Summary` and other generators that flatten a post to one line
    /// write heading and paragraph so (ninth held-out review, F7). Prose never capitalises such a word inside a
    /// sentence; a work's title does ("the book When Breath Becomes Air"), and its next word is capitalised too.
    /// </summary>
    [GeneratedRegex(@"^(?<head>[\p{Lu}#\d][^\s,;:.!?]*(?:\s+[^\s,;:.!?]+){0,7}?)\s+(?<opener>Welcome|When|In|This|Today|Here|We|If|As|After|Before|While|Since|Last|Thanks|Hello|Hi|Our|My|Now|For|At|On|Over|During|With)\s+(?<next>\p{Ll}+|I)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FusedHeading();

    /// <summary>
    /// A heading that opens a line of the text, run into its paragraph's first sentence: "The Default Scenario Whenever a local
    /// application decides to connect ..." (Hugo's summary keeps the line's break, not the heading's). The heading's words are
    /// capitalised (a title's short function words aside) and end on a word of its own; the sentence opens on any
    /// capitalised word, then a determiner or pronoun, then a word in lower case: prose, not a headline's "Says the Company".
    /// The list of openers in <see cref="FusedHeading"/> missed "Whenever" (held-out review 99, F4); at a line's start any
    /// clause opener is one, as a name ("Google Cloud Run is ...") is followed by no determiner.
    /// </summary>
    [GeneratedRegex(@"^(?<head>\p{Lu}[\p{L}\d'’&-]*(?:\s+(?:\p{Lu}[\p{L}\d'’&-]*|\d[\w.]*|of|and|the|for|to|in|on|a|an|with|vs\.?)){1,5})\s+(?<opener>\p{Lu}\p{Ll}+)\s+(?<next>a|an|the|I|we|you|they|it|this|these|those|our|my|your|there|he|she|its|their)\s+\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex LineHeading();

    /// <summary>
    /// A one-word section heading of a post's outline, then the section's first sentence opening with a capital or a
    /// digit, its next word not capitalised: "Abstract Syntax Trees", "Context API" and "Background Intelligent Transfer
    /// Service" are names.
    /// </summary>
    [GeneratedRegex(@"^(?:Overview|Introduction|Intro|Background|Motivation|Context|Abstract|Summary|Conclusions?|Prerequisites|Preface|Foreword|TL;DR|TLDR)\s+(?=(?!\p{Lu}{2,}\b)[\p{Lu}\d]\S*\s+(?!\p{Lu})\S+\s+\S+\s+\S+)", RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeading();

    /// <summary>A heading is no clause: it does not open on a pronoun ("We watched the film In the Mood for Love").</summary>
    private static readonly HashSet<string> Pronouns = new("I We You They He She It".Split(' '), StringComparer.Ordinal);

    /// <summary>The sentence without a heading run into its start (<see cref="FusedHeading"/>); as it is when there is none.</summary>
    /// <summary>
    /// A sentence without the label it runs in under: "TL;DR: Rearranging the terms ... yields a better loss" (or "Summary: ...") is
    /// the author's summary (a final stop added where the line has none), "Abstract: We present ..." and arXiv's "arXiv:2408.03326v1
    /// Announce Type: new Abstract: We present ..." are the text itself (thirteenth held-out review, F4 and F6: the label
    /// opened a printed summary, and the TL;DR line, neither a heading nor ended by a stop, was never read). An update that
    /// reports news loses its "Update 2:" or its "Update 14:30 UTC:", whose time is no label's number (hostile-input audits 36,
    /// H3, and 37, H4: "30 UTC: ChatGPT is back" was printed); one about the post is an editorial note, never read. A
    /// verdict the author announces ("The headline: Claude returned finished, correct code about six times faster.", "The
    /// result: ...") is their summary too: a benchmark post's summary said how the test was set up, never who won (held-out
    /// review 65, F3). Only with a colon or a dash after it: "The result was a mess" is prose.
    /// </summary>
    public static (string Sentence, bool Summary) WithoutRunInLabel(string sentence)
    {
        // A changelog's bracketed tag ("[TIERING] Most tierlists have been adjusted ...", "• [SECURITY] ...") is a label too:
        // it opened a release's summary (held-out review 69, F1). Capitals only: "[Video] ..." and "[1]" are other marks.
        if (BracketTag().Match(sentence) is { Success: true } tag && tag.Length < sentence.Length && char.IsUpper(sentence[tag.Length]))
            sentence = tag.Groups["glyph"].Value + sentence[tag.Length..];
        // A highlights box's label ("News Highlights ..."), with or without its colon (held-out review 109, F3).
        if (LostBreaks.BoxLabel().Match(sentence) is { Success: true } box && box.Length < sentence.Length) sentence = sentence[box.Length..];
        var m = RunInLabel().Match(sentence);
        if (!m.Success || m.Length >= sentence.Length) return (sentence, false);
        var rest = sentence[m.Length..];
        if (!char.IsUpper(rest[0]) && !char.IsDigit(rest[0]) && !SentenceSplitter.IsUncased(rest[0])) return (sentence, false);
        var summary = m.Groups["summary"].Success;
        return (summary && !SentenceSplitter.EndsSentence(rest) ? rest + "." : rest, summary);
    }

    [GeneratedRegex(@"^(?<glyph>[-•*·–—]\s)?\[\p{Lu}[\p{Lu}\d &/_-]{1,23}\]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex BracketTag();

    // An aggregator's framing before the report it quotes, too: Slashdot's "From a report:" and "An anonymous reader shared
    // this report from the Register:" opened two summaries (twenty-third held-out review, F8).
    [GeneratedRegex(@"^(?:arXiv:\d{4}\.\d{4,5}(?:v\d+)?\s+Announce\s+Type:\s*[\w-]+(?:\s*/\s*[\w-]+)?\s+)?(?:(?<summary>TL;\s?DR|TLDR|In\s+short|Key\s+takeaway|The\s+short\s+version|The\s+(?:headline|(?:end\s+|net\s+)?results?|upshot|verdict|(?:main\s+|key\s+)?takeaway)|Summary|摘要|概要|要約|요약|Zusammenfassung|Résumé|Resumen|Resumo)|Abstract|Synopsis|Update[sd]?(?:\s+\d{1,2}(?![:.]\d))?(?:\s*[,—–-]?\s*(?:at\s+)?" + UpdateWhen + @"|\s*\(" + UpdateWhen + @"\))?|" +
                    @"(?<framing>" + SectionLabels + @"|From\s+(?:a|an|the)\s+(?:new\s+)?(?:report|article|story|post|blog\s+post|announcement|press\s+release|paper|interview|statement|write-?up)|" +
                    @"(?:An?\s+)?anonymous\s+(?:reader|user|submitter|Slashdot\s+reader)\s+(?:quotes|shares|shared|writes|wrote|submits|sends|sent|quoted)[^:.!?\n]{0,100}(?=:)))\s*(?(framing):|[:：—–-])\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RunInLabel();

    /// <summary>
    /// When an update was made, as live blogs and news sites date one: a time ("14:30 UTC", "3:05 p.m. ET"), a date ("Dec. 5",
    /// "12/5", "December 5, 2026") or both. "Update, Dec. 5:", "Update 12/5:", "Update (3:05 p.m. ET):", "Update 2 (14:30 UTC):"
    /// and "Update — 14:30 UTC:" opened summaries, the last as "14:30 UTC: ..." (hostile-input audit 39, H9).
    /// </summary>
    private const string UpdateWhen =
        @"(?:(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?)(?:,?\s+(?:at\s+)?(?=\d))?)?" +
        @"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?";

    /// <summary>
    /// A news site's run-in section labels, each before a colon: "Why it matters:", "The big picture:", "Driving the news:"
    /// (Axios writes every story so); printed, they opened and interrupted summaries (hostile-input audit 39, H10).
    /// </summary>
    private const string SectionLabels =
        @"Why\s+it\s+matters|The\s+big\s+picture|Driving\s+the\s+news|What\s+happened|What['’]s\s+next|Between\s+the\s+lines|The\s+bottom\s+line|" +
        @"By\s+the\s+numbers|State\s+of\s+play|Zoom\s+(?:in|out)|The\s+backstory|Catch\s+up\s+quick|The\s+latest|Our\s+thought\s+bubble|What\s+they['’]re\s+saying";

    /// <summary>
    /// A sentence without its asides that no summary prints: a web address in parentheses ("Kagi Translate is now available
    /// as an app (https://...) for Android and iOS!": the whole sentence was refused for its address, and the news with it;
    /// fifty-third held-out review, F4) and an author-year citation in brackets ("[Mueller and Pearl 2023]": F9).
    /// </summary>
    public static string WithoutAsides(string sentence)
        => sentence.Contains('(', StringComparison.Ordinal) || sentence.Contains('[', StringComparison.Ordinal)
            ? Aside().Replace(MarkdownLink().Replace(sentence, "${text}"), "")
            : sentence;

    /// <summary>A Markdown link left as written ("Bumps [go-jose](https://github.com/go-jose/go-jose) from ..."): its words stay.</summary>
    [GeneratedRegex(@"\[(?<text>[^\[\]\n]{1,200})\]\((?:https?://|www\.)[^\s()]+\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\s*(?:\(\s*(?:see\s+|via\s+|at\s+|source:\s*)?(?:https?://|www\.)[^\s()]+\s*\)|\[\s*\p{Lu}[\p{L}'’-]+(?:(?:\s+(?:and|&)\s+|,\s*)\p{Lu}[\p{L}'’-]+)*(?:\s+et\s+al\.?)?,?\s+(?:19|20)\d\d[a-z]?(?:\s*;\s*[^\[\]]{1,60})?\s*\])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Aside();

    /// <param name="lineStart">Whether the sentence opens a line of the text, where any clause opener may follow a heading (<see cref="LineHeading"/>).</param>
    public static string WithoutFusedHeading(string sentence, bool lineStart = false)
    {
        // A section's name alone, before a capitalised sentence ("Overview Designer-to-developer handoff is an important
        // part of ..."): prose never opens on "Overview" or "Introduction" without a mark after it (eleventh held-out review).
        if (SectionHeading().Match(sentence) is { Success: true } section) return sentence[section.Length..];
        var m = FusedHeading().Match(sentence);
        var atLine = false;
        if (!m.Success && lineStart) (m, atLine) = (LineHeading().Match(sentence), true);
        if (!m.Success) return sentence;
        var head = m.Groups["head"].Value;
        var headWords = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = headWords[0];
        // A heading ends on a name or a number, not on "with --" or "of the": the words before go on into the sentence.
        if (!char.IsLetterOrDigit(head[^1]) || Words.Function.Contains(headWords[^1].ToLowerInvariant())) return sentence;
        // The sentence's own second word is a function word ("Welcome to", "When I", "In this"): "Drop In lets you ..."
        // names a feature.
        var next = m.Groups["next"].Value;
        var opensASentence = next == "I" || Words.Function.Contains(next) || m.Groups["opener"].Value is "Welcome" or "Thanks" or "Hello" or "Hi";
        // A line that opens on a preposition is a heading ("Under the Hood The engine ...") only before a word that opens
        // sentences: "In San Francisco the city council voted ..." and "On Capitol Hill the debate ..." are sentences whose place
        // name the match broke in two, "Francisco the city council ..." printed (review 48, R2).
        var opener = m.Groups["opener"].Value;
        return !opensASentence || Pronouns.Contains(first) || (SentenceSplitter.IsOpener(first) && Words.Count(head) == 1)
               || (atLine && Prepositions.Contains(first) && !SentenceSplitter.IsOpener(opener))
            ? sentence : sentence[m.Groups["opener"].Index..];
    }

    /// <summary>The words that open an adverbial phrase or clause, on which a sentence opens before its subject.</summary>
    private static readonly HashSet<string> Prepositions = new(
        "In On At By For From With Without After Before During Since Across Under Over Inside Outside Within Throughout Through Near Behind Beyond Among Amid Along Around Until When While As Once If Although Though Because Despite Unlike".Split(' '),
        StringComparer.Ordinal);

    /// <summary>
    /// A series note that goes on to say what the series is about, in a clause of its own: "This is the third post in a series
    /// I’m writing about a new Minimal Viable Product we’ve released at Voxgig that turns your podcast into a chatbot." was the
    /// post's only sentence on its subject, and counted as housekeeping (held-out review 63, F5). Eight words or more after
    /// "about" or "on", before any comma or semicolon; "in our series on Hackability; also see the first and second article." or
    /// "part 3 of my series" names a title at most, and stays housekeeping.
    /// </summary>
    private const string SeriesSubject = @"(?!(?:\s+(?:that\s+)?(?:i|we)(?:['’]\w+)?(?:\s+(?:am|are|have\s+been))?\s+\w+)?\s+(?:about|on|covering)\s+(?:[^\s.!?;:,()]+\s+){7})";

    /// <summary>
    /// A greeting, an apology or a thank-you to the readers ("Welcome to issue #204 of the AWS open source newsletter",
    /// "Apologies for the long wait since the last edition", "Thanks for the lovely messages") or its place in a series
    /// ("This is the third article in our series on Hackability"): a newsletter issue's or a post's housekeeping, which a
    /// summary takes only when nothing else is left.
    /// </summary>
    [GeneratedRegex(@"^[\p{P}\s]*(?:welcome\s+(?:to|back)\b|(?:hello|hi|hey|greetings)\b(?!-)|(?:my\s+|our\s+)?apologies\b|sorry\s+(?:for|about)\b|thanks?\s+(?:you\s+)?(?:all\s+)?for\b|thank\s+you\b|(?:special|many|big|huge)\s+thanks\s+to\b|(?:[\w'’&.-]+\s+){0,6}?(?:would|\w+['’]d)\s+like\s+to\s+thank\b|happy\s+(?:new\s+year|holidays|friday|monday|thanksgiving)\b|this\s+is\s+(?:the\s+)?(?:\w+\s+)?(?:part|article|post|installment|instalment|entry|episode|chapter)\s+(?:\w+\s+)?(?:in|of)\s+(?:our|the|a|my|this)\s+(?:[\w-]+\s+){0,3}series\b" + SeriesSubject + "|" +
                    // An event's host introducing its speaker ("We're pleased to present Nathan Taylor on Liquid Types": a meetup's
                    // talk page opened its summary so; twenty-second held-out review, F5). Not "excited to introduce Gemini 2.5".
                    @"(?:we|i)(?:['’]re|\s+are|['’]m|\s+am)\s+(?:very\s+|so\s+)?(?:pleased|happy|delighted|excited|thrilled|proud|honou?red)\s+to\s+(?:present|welcome|host|have)\s+(?-i:\p{Lu}\p{Ll}+\s+\p{Lu}))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    /// <summary>
    /// A person's biography in one sentence: a name, then what they are or do ("Rylan Talerico is co-founder and CPO of
    /// Retriever", "Michael Vaughn (he/him) has a PhD in computer science ..."): a talk page's speaker, a post's author box.
    /// Every one of a meetup's talk summaries ended on its speaker's (twenty-second held-out review, F5); it tells who, not
    /// what the story is.
    /// </summary>
    [GeneratedRegex(@"^[\p{P}\s]*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}(?:\s*\([^()]{1,20}\))?,?\s+(?:is|was|has\s+been|has|holds|works|leads|joined|spent)\b[^.!?]{0,100}?\b(?:co-?founder|founder|CEO|CTO|CPO|COO|VP|engineer|engineering\s+manager|manager|(?:PhD|graduate|doctoral|master['’]?s)\s+(?:student|candidate)|PhD|professor|researcher|scientist|lecturer|director|head\s+of|maintainer|architect|consultant|developer\s+advocate|speaker|author\s+of)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Biography();

    /// <summary>
    /// A show's roll-call of who took part: "In addition to Bryan Cantrill and Adam Leventhal, our esteemed guest was Max
    /// Cherney; we were also joined by Bryan Russett, and Alex Kesling." ended a podcast's summary (held-out review 61, F2).
    /// Who was there, not what was said; "Bryan and Adam were joined by Reuter's Max Cherney to discuss." says whom they asked.
    /// </summary>
    [GeneratedRegex(@"\b(?:our|my)\s+(?:\w+\s+)?guests?\s+(?:was|were|is|are|included|includes)\s+(?-i:\p{Lu})|\b(?:we|i)\s+(?:were|was|are|am)\s+also\s+joined\s+by\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RollCall();

    /// <summary>
    /// Whether a sentence is a person's biography (<see cref="Biography"/>) or a show's roll-call (<see cref="RollCall"/>): a
    /// guest named with what they talk about ("our guest is Mira Murati, who explains why ...") says what the episode is
    /// (hostile-input audit 45, H8).
    /// </summary>
    public static bool IsBiography(string sentence) => Biography().IsMatch(sentence) || (RollCall().IsMatch(sentence) && !SaysWhatIsDiscussed().IsMatch(sentence));

    [GeneratedRegex(@"\b(?:who|to\s+(?:discuss|talk|explain|share|debate|dig)|about|on\s+(?:how|why|what))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaysWhatIsDiscussed();

    /// <summary>
    /// A poster's postscript and sign-off: "P.S. some people might've been misinterpreting my title", "I'm pretty curious to
    /// see what the community thinks about it!", "Maybe someone finds this useful.", "Let me know what you think". Never a
    /// summary's sentence: each was one, and one the whole summary, where the title alone says more (thirty-fourth
    /// held-out review, F4).
    /// </summary>
    [GeneratedRegex(@"^[\p{P}\s]*(?:" +
                    @"p\.\s?(?:p\.\s?)?s\.|ps\s*:|(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:really\s+|pretty\s+|very\s+|super\s+)?(?:curious|interested|keen|eager)\s+(?:to\s+(?:see|hear|know|learn)\s+)?(?:what|how|your|if|whether|from\s+(?:you|others|anyone)|(?:the\s+)?(?:community|people|others|everyone|anyone)['’]?s?)\b|" +
                    @"(?:please\s+)?(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us))\s+(?:what\s+you\s+think|your\s+thoughts|in\s+the\s+comments|if\s+(?:you|this|it))\b|(?:i['’]d|i\s+would|we['’]d|we\s+would)\s+love\s+to\s+hear\s+(?:your|what\s+you|from\s+(?:you|anyone|others|people)|(?:any\s+)?(?:feedback|thoughts))\b|" +
                    @"what\s+do\s+you\s+(?:all\s+|guys\s+|folks\s+)?think\b|(?:any\s+)?(?:thoughts|feedback)\s*[?!]|(?:any\s+)?feedback\s+(?:is\s+)?(?:very\s+|always\s+)?welcome\s*[.!]?\s*$|" +
                    @"(?:maybe|hopefully)\s+(?:someone|somebody|anyone)\s+(?:finds|will\s+find)\s+(?:this|it)\s+useful\b|(?:i\s+)?hope\s+(?:this|it|that)\s+helps\b|" +
                    // A wish to the reader: "I hope that you like my new application." was a summary's third sentence (held-out
                    // review 71, F2). "I hope the regulators read this report closely." hopes for something else: a claim.
                    @"(?:(?:i|we)\s+(?:really\s+|truly\s+|sincerely\s+)?)?hope\s+(?:that\s+)?you(?:['’]ll|\s+will|\s+all|\s+guys)?\s+(?:(?:have\s+)?(?:like|liked|enjoy|enjoyed|find|found|learn|learned|learnt|love|loved)|got|get)\b|" +
                    @"(?:i|we)(?:['’]d|\s+would)\s+(?:really\s+|greatly\s+|very\s+much\s+)?appreciate\s+(?:it\s+)?(?:your|any|some|if\s+you)\b|" +
                    // A post's closing credit and contact lines: "Thanks, @gengjiawen for raising the issue about this.", "Thank you
                    // those who participated ...", "You can also contact me on Twitter @x and by email ..." ended forum posts' summaries
                    // (held-out review 76, F4). A credit names whom and what for; "Thanks to the new cache, builds ..." is a cause.
                    @"thanks?\s*(?:,\s*|\s+(?:goes?\s+)?to\s+)(?:@[\w.-]+|(?-i:\p{Lu}[\p{L}'’.-]*)(?:\s+(?-i:\p{Lu}[\p{L}'’.-]*)){0,2}|everyone|everybody|all(?:\s+of\s+you)?|you\s+all)\s*,?\s+for\s+(?:\w+ing|the|your|their|his|her|all|this|that)\b|" +
                    @"thank\s+you\s+(?:(?:so|very)\s+much\s+)?(?:to\s+)?(?:all|everyone|everybody|those|all\s+(?:of\s+)?(?:you|those))\s+(?:who|that)\b|" +
                    @"(?:(?:you\s+can|you\s+may|feel\s+free\s+to)\s+(?:also\s+|always\s+)?)?(?:contact|reach|email|e-mail|ping|message)\s+(?:me|us)\s+(?:on|at|via|by|through|over|directly|any\s*time)\b|(?:i|we)\s+(?:can|could)\s+(?:also\s+)?be\s+reached\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();

    /// <summary>Whether a sentence is a poster's postscript or sign-off (<see cref="SignOff"/>).</summary>
    public static bool IsSignOff(string sentence) => SignOff().IsMatch(sentence);

    /// <summary>Whether a sentence greets, apologises to or thanks the readers (<see cref="Greeting"/>).</summary>
    public static bool IsGreeting(string sentence) => Greeting().IsMatch(sentence);

    /// <summary>
    /// A show's standing call to its listeners, a line of questions to them that a contact block answers: "Do you have
    /// something cool to share? Some questions? Let us know:" over "- web: ...", "- mail: ..." closed an episode's summary
    /// and its preview (held-out review 80, F3). An article's own question ("Do you have a backup plan?") has no such block
    /// after it, and stays.
    /// </summary>
    [GeneratedRegex(@"^[\p{P}\s]*(?=[^\n]*\b(?:you|your|got|any)\b)(?:[^.!?\n]{1,100}\?\s*){1,3}(?:(?<invite>" + ListenerInvitation + @"[^.!?\n]{0,60})[:.!]?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListenerCall();

    private const string ListenerInvitation = @"(?:let\s+(?:us|me)\s+know|get\s+in\s+touch|contact\s+us|reach\s+out|write\s+(?:to\s+)?us|e-?mail\s+us|drop\s+us\s+a\s+(?:line|note))\b";

    /// <summary>A line that answers a listener call: the invitation itself or a contact line ("- web: ...", "Email: ...").</summary>
    [GeneratedRegex(@"^[-•*·\s]*(?:" + ListenerInvitation + @"|(?:web(?:site)?|e-?mail|mail|twitter|x|mastodon|bluesky|discord|phone|contact)\s*:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactLine();

    /// <summary>The text without its listener calls (<see cref="ListenerCall"/>), for the summary and the preview alike.</summary>
    public static string WithoutListenerCalls(string text)
    {
        var lines = text.Split('\n');
        var kept = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (ListenerCall().Match(lines[i]) is { Success: true } call
                && (call.Groups["invite"].Success || lines.Skip(i + 1).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) is { } next && ContactLine().IsMatch(next))) continue;
            kept.Add(lines[i]);
        }
        return kept.Count == lines.Length ? text : string.Join('\n', kept);
    }

    /// <summary>
    /// A sentence about the making of the episode, not its subject: "Dillon, Matt &amp; Scott record an episode with some
    /// semblance of quality." was a summary's second sentence and its preview's first (held-out review 80, F4). Where it
    /// says where, with whom or about what ("We recorded this episode live at KubeCon", "... about Rust's borrow checker"),
    /// it carries news, and stays: its rest (after the episode) names nothing and has no such preposition.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:record(?:s|ed|ing)?|tape[sd]?|film(?:s|ed)?)\s+(?:an?|another|this|the|our|their|yet\s+another)\s+(?:(?:new|bonus|quick|short|special)\s+)?(?:episode|show|podcast|pod)|(?:we['’]re|we\s+are|they['’]re|are|is)\s+back\s+(?:with|for)\s+(?:another|a\s+new)\s+(?:episode|show))\b(?<rest>[^.!?]*)[.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MakingOfTheEpisode();

    [GeneratedRegex(@"\b(?:about|on|covering|live|at|from|featuring|where|in|with\s+(?:guest|special)|\p{Lu}\w*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SaysWhereOrWhat();

    /// <summary>
    /// Whether a sentence only says that an episode was made (<see cref="MakingOfTheEpisode"/>). Its rest runs to the
    /// sentence's end with no stop in it, so only the text after the last stop (but a closing one) can hold the match: the
    /// pattern is tried from there. Tried from every "recorded an episode" of a 200 KB line that ended on "?", each try
    /// ran to the end and failed there, the square of the length (13.8 s; hostile-input audit 53, H10).
    /// </summary>
    public static bool IsMakingOfTheEpisode(string sentence)
        => MakingOfTheEpisode().Match(sentence, LastClauseStart(sentence)) is { Success: true } m && !SaysWhereOrWhat().IsMatch(m.Groups["rest"].Value);

    /// <summary>Where the text after its last '.', '!' or '?' starts, a closing '.' or '!' (and the blanks after it) aside.</summary>
    internal static int LastClauseStart(string sentence)
    {
        var end = sentence.AsSpan().TrimEnd().Length;
        if (end > 0 && sentence[end - 1] is '.' or '!') end--;
        return sentence.AsSpan(0, end).LastIndexOfAny('.', '!', '?') + 1;
    }

    /// <summary>
    /// Whether a sentence is the author's framing of the post rather than its content (held-out review 84, F5): an aside about
    /// the post itself ("Here goes my 1st Medium article.", "Forgive the bad code, I'm very rusty."), a promise to the reader
    /// ("Well you ended up in the right place, I will share with you everything you need to know about ..."), an announcement
    /// of what comes next ("To understand AsyncStream, let's touch on the protocol it conforms to") or a tutorial's wrap-up
    /// ("You should now be able to go and use AsyncStream in your own projects"). A release note's "You should now be able to
    /// sign in with passkeys" says what changed, and stays: the wrap-up is read only where it sends readers to their own work.
    /// "Let's talk about ..." stays too: a show's description says what the episode is about so.
    /// </summary>
    public static bool IsAuthorsFraming(string sentence) => AuthorsFraming().IsMatch(sentence);

    [GeneratedRegex(@"\bmy\s+(?:very\s+)?(?:first|1st)\s+(?:\p{L}+\s+)?(?:article|post|blog\s*post|blog|story|tutorial|write-?up)\b|" +
                    @"\bforgive\s+(?:the|my)\s+(?:\p{L}+\s+)?(?:code|english|writing|grammar|typos?|formatting)\b|" +
                    @"\byou(?:['’]ve|\s+have)?\s+(?:ended\s+up|come|landed|arrived)\s+(?:in|at|to)\s+the\s+right\s+place\b|" +
                    @"\b(?:I|we)(?:['’]ll|\s+will)\s+(?:share|show|tell|teach|explain|walk\s+you\s+through)\b[^.!?]{0,30}\beverything\s+(?:you\s+need\s+to\s+know|there\s+is\s+to\s+know)\b|" +
                    @"\blet(?:['’]s|\s+us|\s+me)\s+(?:(?:briefly|quickly|first)\s+)?(?:touch\s+(?:on|upon)|go\s+over)\b|" +
                    @"^[\p{P}\s]*(?:and\s+)?(?:(?:so|that['’]s\s+it)[,!.]?\s+)?(?:you\s+should\s+now\s+(?:be\s+able\s+to|have|know)|now\s+you\s+know\s+how\s+to|you\s+now\s+know\s+how\s+to)\b[^.!?]*\b(?:your\s+own|yourself)\b",
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorsFraming();

    /// <summary>Whether a line is a text's label and nothing else ("Summary:", "TL;DR:", "Abstract:"): no sentence of a preview.</summary>
    public static bool IsRunInLabelOnly(string line)
        => line.Trim() is { Length: > 0 } trimmed && RunInLabel().Match(trimmed) is { Success: true } m && m.Length == trimmed.Length;

    /// <summary>
    /// A sentence without the greeting it opens on, where a whole sentence follows ("Hello; I was working on optimizing some
    /// CUDA kernels ...", "Hi all, We just shipped ..."): the #1 story's summary opened "Hello;" (held-out review 59, F7).
    /// A greeting alone, or one before a lower-case word ("Hey, who splattered ink all over this podcast?": the question is
    /// the sentence), stays as written; the capital is read case-sensitively, as the rest ignores case.
    /// </summary>
    public static string WithoutGreeting(string sentence)
        => LeadingGreeting().Match(sentence) is { Success: true } m ? sentence[m.Length..] : sentence;

    [GeneratedRegex(@"^[\p{P}\s]*(?:hello|hi|hey|greetings)(?:\s+(?:all|everyone|everybody|folks|guys|friends|there|team|y['’]all))?\s*[;,!:—–-]+\s+(?-i:(?=\p{Lu}\p{Ll}*\b\s+\p{Ll}|I\b))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingGreeting();

    /// <summary>
    /// A note about the post's own record rather than its story: "Separately, this entry's per-CVE affected field had wrongly
    /// applied ...", "Corrected per-CVE and fixed frontmatter summary accordingly.", "This post has been updated to ...".
    /// An advisory feed's update was summarised by its correction note while the news (a third flaw now actively exploited)
    /// was left out (twelfth held-out review, F1). Never in a summary: a shorter one says more.
    /// </summary>
    [GeneratedRegex(@"\b(?:this|the)\s+(?:entry|post|article|page|story|piece|item|report|advisory)(?:['’]s)?\b[^.!?]{0,300}\b(?:previously|originally|wrongly|incorrectly|erroneously|mistakenly|has\s+been\s+(?:updated|corrected|amended|revised|edited)|was\s+(?:updated|corrected|amended|revised|edited))\b|" +
                    @"^[\p{P}\s]*(?:corrected|updated|amended|revised|fixed|edited)\b[^.!?]{0,300}\baccordingly\b|\bfront\s?-?matter\b|" +
                    // An update or correction line about the post itself ("Update, July 22, 1:06 p.m. ET: Added statement from Bright
                    // Data.", "Correction (March 3): An earlier version misstated ...", "Editor's note: ..."): the post's record,
                    // forty-fourth held-out review, F8. An update that reports news ("Update 2: Apple has now confirmed the recall")
                    // is the story's (hostile-input audit 36, H3).
                    @"^[\p{P}\s]*(?:" + NoteLabels + @")\s*:|" +
                    // The author's note on the piece's own history ("I wrote a first version of this posting on consistency models
                    // about a year ago, but ...", "This is an updated version of ...", "Originally published on ..."): it opened an
                    // essay's summary before its standfirst (held-out review 60, F9).
                    @"^[\p{P}\s]*(?:i|we)\s+(?:first\s+)?wrote\s+(?:a|an|the)\s+(?:first|earlier|previous|original|older)\s+(?:version|draft|edition)\s+of\s+this\b|" +
                    @"^[\p{P}\s]*this\s+is\s+(?:a|an|the)\s+(?:revised|updated|expanded|rewritten|edited|extended)\s+version\s+of\b|" +
                    // A note, not a participle clause before its sentence's subject ("First published in 2017, the Transformer paper
                    // has been cited ...": hostile-input audit 45, H7): no comma after it.
                    @"^[\p{P}\s]*(?:originally|first)\s+(?:appeared|published|posted)\s+(?:in|on|at|as)\b[^,;]*$|" +
                    @"^[\p{P}\s]*(?:" + UpdateLabels + @")\b(?:[\s,(]+(?:on\s+)?(?:\d{1,2}|(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?)(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?)?)?\)?\s*:\s*" +
                    @"(?:(?:we\s+(?:have\s+|'ve\s+)?)?(?:added|updated|corrected|clarified|amended|removed|changed|revised|edited|expanded|included)\b|an?\s+(?:earlier|previous)\s+version\b|this\s+(?:story|article|post|piece|report)\b|(?:the\s+)?(?:story|article|post|headline)\s+(?:has\s+been|was)\b|[^.!?]{0,60}\b(?:statement|comment|response)\s+from\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditorialNote();

    /// <summary>The labels of an editor's note ("Editor's note:", "Ed. note:").</summary>
    private const string NoteLabels = @"editor['’]?s\s+note|ed\.?\s+note";

    /// <summary>The labels of an update or correction line ("Update 2:", "Correction (March 3):").</summary>
    private const string UpdateLabels = @"update[sd]?|correction|clarification";

    /// <summary>Whether a sentence is a note about the post's own record (<see cref="EditorialNote"/>).</summary>
    public static bool IsEditorialNote(string sentence) => EditorialNote().IsMatch(sentence);

    /// <summary>
    /// Whether a sentence is a note about the post's own record for what it says, not for its label: an editor's standfirst
    /// ("Editor's note: Advanced AI startup Musiio ... needed more robust infrastructure ...") tells the story under the
    /// label that also heads a correction.
    /// </summary>
    public static bool SaysItIsANoteOnThePost(string sentence) => EditorialNote().IsMatch(NoteLabel().Replace(sentence, "", 1));

    [GeneratedRegex(@"^[\p{P}\s]*(?:" + NoteLabels + @")\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteLabel();

    /// <summary>
    /// A sentence that recaps an earlier post of a series ("In our previous post, Exploring Quantization Backends, we dived
    /// into ...", "In part 1 of this series we built ...", "I recently wrote about why ...") or announces a later one ("In
    /// later posts I will talk about ..."): it tells what another post says. As a teaser's one sentence it was
    /// printed as the summary of a post on another subject (nineteenth held-out review, F7). Never in a summary.
    /// </summary>
    // Only the author's own earlier post ("our", "my"; "as we discussed in the previous article"): "In a recent blog post,
    // Microsoft announced ...", "In the first part, we set up ..." and "In the last issue of Nature, ..." are news and
    // the post's own parts.
    // "In a recent post, we talked about ..." is the author's own too, by its subject.
    [GeneratedRegex(@"^[\p{P}\s]*(?:(?:in|from)\s+(?:our|my)\s+(?:previous|last|earlier|prior|first|recent|other|older)\s+(?:blog\s+)?(?:post|article|blog|installment|instalment|part|episode|entry|piece|tutorial|write-?up)\b" +
                    @"|(?:in|from)\s+(?:a\s+(?:previous|recent|prior|past)|an\s+(?:earlier|older)|another|some\s+other|one\s+of\s+(?:our|my)\s+(?:previous|earlier|past|other|older))\s+(?:blog\s+)?(?:posts?|articles?|installments?|instalments?|episodes?|entry|entries|tutorials?)\b[^,.;:]{0,60},?\s+(?:we|I)\s" +
                    @"|as\s+(?:we|I)\s+(?:described|discussed|mentioned|promised|showed|saw|covered|explained)\s+in\s+(?:our|my|the)\s+(?:previous|last|earlier|prior)\s+(?:blog\s+)?(?:post|article|installment|instalment|part|episode|entry|tutorial)\b" +
                    @"|in\s+(?:part|episode|chapter)\s+(?:\d+|one|two|three|i{1,3}|iv)\s+of\s+(?:this|our)\s+series\b" +
                    @"|the\s+(?:previous|last|earlier|prior|other)\s+(?:blog\s+)?(?:post|article|installment|instalment|episode|entry|tutorial)\s+(?:is|was|showed|shows|explained|explains|described|describes|covered|covers|still)\b" +
                    // "I recently wrote about why I prefer ...", "I already blogged about ...": the author's earlier post, by its verb.
                    @"|(?:I|we)\s+(?:recently|previously|already|once|last\s+(?:week|month|year))\s+(?:wrote|blogged|posted|talked|covered|described|explained|shared|wrote\s+up)\s+(?:about|on|how|why|that|a\s+(?:post|piece|blog\s+post|note))\b" +
                    // "In later posts I will talk about ...": what the series will say, not what this post does.
                    @"|in\s+(?:later|future|upcoming|coming|subsequent|the\s+next|following)\s+(?:blog\s+)?(?:posts?|articles?|installments?|instalments?|parts?|episodes?)\b[^,.;:]{0,60},?\s+(?:we|I)(?:['’]ll|\s+will|\s+plan|\s+hope|\s+intend)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlierPostRecap();

    /// <summary>Whether a sentence opens by recapping an earlier post (<see cref="EarlierPostRecap"/>).</summary>
    public static bool IsEarlierPostRecap(string sentence) => EarlierPostRecap().IsMatch(sentence);

    /// <summary>
    /// The feed's description when it is the publisher's own summary of the story (a dek): one to
    /// <paramref name="maxSentences"/> complete sentences a summary can use, every one of them, written apart from the
    /// text (not its opening, which is a generator's excerpt, nor a passage it quotes). "An open-source runtime for structured agent workloads
    /// with seven orchestration topologies, ..." says what the story is; the extractive pick from the body opened on
    /// "Depending on the workload, a leaf can be ..." (tenth held-out review, F3). Null when it is no such summary.
    /// </summary>
    private static List<string>? Dek(string? description, string text, string? language, int maxSentences)
    {
        if (description is not { Length: > 0 and <= MaxDekLength }) return null;
        var written = SentenceSplitter.Split(description);
        var usable = Sentences(description, language);
        if (usable.Count == 0 || usable.Count != written.Count || usable.Count > maxSentences) return null;
        if (SummaryChecker.OtherLanguage(description, language) is not null) return null;
        // The text's own words, its opening cut short by the feed or a passage quoted from it (Daring Fireball's summaries
        // quote the post): the extractive pick reads the whole text.
        var opening = SummaryChecker.Normalize(usable[0]);
        if (SummaryChecker.Normalize(text).Contains(opening[..Math.Min(opening.Length, DekPrefixCompared)], StringComparison.Ordinal)) return null;
        if (usable[0].EndsWith('?') || IsCallToAction(usable[0]) || IsGreeting(usable[0]) || LeansOnThePrevious(usable[0])) return null;
        // A dek that ends by pointing at the post ("... Read the full story here.") says its story and then only where it is.
        return usable.Where(s => !IsCallToAction(s) && !IsGreeting(s)).ToList();
    }

    /// <summary>The dek, then sentences the extractive pick chose in the text's order until the summary has <paramref name="wanted"/> (repeats of the dek left out).</summary>
    private static SummaryResult WithDek(List<string> dek, List<(string Sentence, int Index)> picked, int wanted)
    {
        var summary = new List<string>(dek);
        var dekWords = dek.Select(ContentWords).ToList();
        var dekStems = dekWords.Select(Stems).ToList();
        var length = dek.Sum(d => d.Length + 1);
        foreach (var (sentence, _) in picked)
        {
            if (summary.Count >= wanted) break;
            var words = ContentWords(sentence);
            var stems = Stems(words);
            if (length + sentence.Length > MaxSummaryLength || dekStems.Any(d => Repeats(d, stems))
                || dekWords.Select((d, i) => Restates(d, dekStems[i], words, stems)).Any(r => r)) continue;
            summary.Add(sentence);
            length += sentence.Length + 1;
        }
        return new(string.Join(' ', summary), SummarySources.FeedDescription,
            summary.Count > dek.Count ? "summary: the feed's own summary of the story, then the text's best sentence" : "summary: the feed's own summary of the story");
    }

    /// <summary>
    /// Whether a sentence tells the dek's news again in other words: it opens on the dek's subject (its first two content
    /// words) and shares half of the dek's words. "The Spanish government called for prosecutors to investigate ..." and the
    /// text's lead "The Spanish government has called for an investigation into ..." made one summary say the news twice
    /// (fifty-fourth held-out review, F5).
    /// </summary>
    private static bool Restates(List<string> dekWords, HashSet<string> dekStems, List<string> words, HashSet<string> stems)
    {
        if (dekWords.Count < 2 || words.Count < 2) return false;
        var opening = (Stems(dekWords[..2]), Stems(words[..2]));
        var smaller = Math.Min(dekStems.Count, stems.Count);
        return opening.Item1.SetEquals(opening.Item2) && smaller >= 4 && dekStems.Count(stems.Contains) * 2 >= smaller;
    }

    /// <summary>Longer, a feed's description is the article or its opening, not a summary of it.</summary>
    private const int MaxDekLength = 500;

    /// <summary>How much of the dek's first sentence is looked for in the text (letters and digits).</summary>
    private const int DekPrefixCompared = 60;

    /// <summary>The fewest items a shortened list keeps: the first and the last.</summary>
    private const int MinListItemsKept = 2;

    /// <summary>Most words one item of a list has; longer, the commas part clauses and leaving one out breaks the sentence.</summary>
    private const int MaxListItemWords = 25;

    /// <summary>
    /// A sentence longer than <see cref="SummaryChecker.MaxSentenceLength"/> that ends in a list ("..., which include a
    /// project that ..., a library to ..., a look at ..., and more."), with the list's middle items left out until it
    /// fits: the author's own words, in their order. A newsletter issue describes its contents in one such run-on
    /// sentence, and rejected as too long it left only the greetings to summarise the issue (ninth held-out review,
    /// F1). Null when the sentence is no such list: its items are more than three, alike in how they open (an
    /// article, or a capital), and short.
    /// </summary>
    public static string? ShortenedList(string sentence)
    {
        if (sentence.Length <= SummaryChecker.MaxSentenceLength) return null;
        var parts = TopLevelCommaParts(sentence);
        if (parts.Count < 4) return null;
        var last = parts[^1];
        var oxford = ListConjunction().IsMatch(last);
        string final;
        if (oxford)
        {
            final = last;
            parts = parts[..^1];
        }
        else
        {
            // "A, B, C and D": the last part holds two items.
            var and = last.LastIndexOf(" and ", StringComparison.Ordinal);
            if (and <= 0) return null;
            parts = [.. parts[..^1], last[..and]];
            final = last[(and + 1)..];
        }
        // The list's items are the parts before the last that open alike; what comes before them is the sentence's
        // lead, which holds the first item ("In this edition, I share new projects which include a project to ...").
        var kind = ItemKind(parts[^1]);
        if (kind is null) return null;
        var first = parts.Count - 1;
        while (first > 1 && Words.Count(parts[first - 1]) <= MaxListItemWords && ItemKind(parts[first - 1]) == kind) first--;
        if (Words.Count(parts[first]) > MaxListItemWords) return null;
        var lead = string.Join(", ", parts[..first]);
        var middle = parts[first..];
        if (middle.Count < 2) return null;
        // Leaving items out is honest only where the author's list is itself a selection: contents it "includes", or a
        // list that ends "and more". Cut from a closed statement ("the entity holds A, B, C, D and E"), a sentence
        // printed as the author's would tell the reader it holds four things (twelfth held-out review, F3).
        if (!OpenEndedList().IsMatch(final) && !SelectionLead().IsMatch(lead)) return null;
        var separator = oxford ? ", " : " ";
        // No more items than fit after the lead: a hostile sentence of 64,000 items was joined once per count (quadratic).
        var fitting = 0;
        for (var length = lead.Length; fitting < middle.Count && length + 2 + middle[fitting].Length <= SummaryChecker.MaxSentenceLength; fitting++)
            length += 2 + middle[fitting].Length;
        // The last item stays where it fits ("..., and more."); else the list ends at the last item kept.
        for (var kept = Math.Min(middle.Count - 1, fitting); kept >= MinListItemsKept - 1; kept--)
        {
            var text = string.Join(", ", middle.Take(kept).Prepend(lead)) + separator + final;
            if (text.Length <= SummaryChecker.MaxSentenceLength) return text;
        }
        var end = TerminalPunctuation(final);
        for (var kept = Math.Min(middle.Count - 1, fitting + 1); kept >= MinListItemsKept; kept--)
        {
            var text = string.Join(", ", middle.Take(kept - 1).Prepend(lead)) + separator + "and " + middle[kept - 1] + end;
            if (text.Length <= SummaryChecker.MaxSentenceLength) return text;
        }
        return null;
    }

    [GeneratedRegex(@"^(?:and|or)\s", RegexOptions.CultureInvariant)]
    private static partial Regex ListConjunction();

    /// <summary>A list's last part that says the list goes on: "and more", "among others", "etc.".</summary>
    [GeneratedRegex(@"\b(?:and|or)\s+(?:(?:much|many|lots|plenty)\s+)?(?:more|others|so\s+on|the\s+like)\b|\bamong\s+(?:others|them)\b|\betc\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenEndedList();

    /// <summary>A list's lead that offers a selection of contents: "which include", "features", "such as", "in this issue".</summary>
    [GeneratedRegex(@"\b(?:includ(?:e|es|ed|ing)|featur(?:e|es|ed|ing)|cover(?:s|ed|ing)?|such\s+as|like|among\s+(?:them|others)|highlights?|in\s+this\s+(?:issue|edition|episode|newsletter|week|digest|roundup|release))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelectionLead();

    /// <summary>
    /// A sentence longer than <see cref="SummaryChecker.MaxSentenceLength"/> cut at its first semicolon, when what comes
    /// before is a sentence of its own (<see cref="MinClauseWords"/> words or more, under the limit): the author's words, one
    /// clause of them. An advisory's lead ("CISA added CVE-... to its catalog, confirming active exploitation; this entry
    /// previously stated ...") was rejected whole as too long, and the publisher's note about correcting its record was
    /// printed instead (twelfth held-out review, F1). Null when there is no such clause.
    /// </summary>
    public static string? FirstClause(string sentence)
    {
        if (sentence.Length <= SummaryChecker.MaxSentenceLength) return null;
        var depth = 0;
        for (var i = 0; i < SummaryChecker.MaxSentenceLength && i < sentence.Length - 1; i++)
        {
            switch (sentence[i])
            {
                case '(' or '[': depth++; break;
                case ')' or ']': depth = Math.Max(0, depth - 1); break;
                case ';' when depth == 0 && sentence[i + 1] == ' ':
                    var clause = sentence[..i].TrimEnd();
                    return Words.Count(clause) >= MinClauseWords && (char.IsLetterOrDigit(clause[^1]) || clause[^1] is ')' or '"' or '”') ? clause + "." : null;
            }
        }
        return null;
    }

    /// <summary>
    /// A sentence longer than <see cref="SummaryChecker.MaxSentenceLength"/> cut before its last trailing clause that starts
    /// after a comma and only adds a consequence or a circumstance (", resulting in ...", ", after ...", ", including ..."),
    /// where what comes before fits: a story whose one sentence ran to 376 characters
    /// got a preview cut at "on HAESUNG DS, a semiconductor…" for its summary (forty-first held-out review, F3). What is
    /// left must stay as true as the whole: never a cut at a clause that contradicts or qualifies it (", although internal
    /// documents show it sold such data", ", before quietly reversing course", ", despite the board halting the trial", ",
    /// which attackers could exploit": each printed summary said the opposite of its story, hostile-input audit 34, H1), nor
    /// one whose dropped words turn on a "but" or "however", nor the source of a claim (", according to a lawsuit" left the
    /// lawsuit's allegation printed as fact). Null when no such clause fits.
    /// </summary>
    public static string? BeforeTrailingClause(string sentence)
    {
        if (sentence.Length <= SummaryChecker.MaxSentenceLength) return null;
        string? best = null;
        foreach (Match m in TrailingClause().Matches(sentence))
        {
            if (m.Index > SummaryChecker.MaxSentenceLength - 1) break;
            var clause = sentence[..m.Index].TrimEnd();
            // A whole clause: outside any quotation or bracket, and not ending on a word that needs more ("... the All Writs
            // Act and.").
            var last = Words.Tokenize(clause).LastOrDefault();
            if (Words.Count(clause) >= MinClauseWords && SummaryChecker.IsBalancedBefore(sentence, m.Index) && last is not null && !Words.Function.Contains(last)
                && char.IsLetterOrDigit(clause[^1]) && !Contrast().IsMatch(sentence, m.Index))
                best = clause + ".";
        }
        return best;
    }

    /// <summary>
    /// The clauses a too-long sentence may be cut before: its examples, its reason, its backdrop. Never ", after ...",
    /// ", following ...", ", prompting ...", nor even ", resulting in ..." or ", leading to ...": those report an event of
    /// their own, and one that undoes the sentence ("after regulators rejected the deal", "prompting a judge to block the
    /// merger", "leading to a presidential order that terminated the deal") left its claim printed as fact; no list of
    /// undoing words catches them all (hostile-input audit 35, H1; review of session 33's later change, R1).
    /// </summary>
    [GeneratedRegex(@",\s+(?:including|citing|amid)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingClause();

    /// <summary>
    /// Words that turn a clause against what came before it, or undo it: a tail holding one is no circumstance to drop
    /// (", prompting a backlash so fierce that the company scrapped the plan": review of session 33, R8). "Yet" only where
    /// it opens a clause, and "reverse" only as a turn: "not yet available" and "reverse engineering" are no contradiction (R9).
    /// </summary>
    [GeneratedRegex(@"(?<![-\w])(?:but|however|instead|although|though|despite|whereas|nevertheless|nonetheless|contrary|in\s+fact|actually|only\s+to|revers(?:ed|al|als)|reversing\s+(?:course|itself|the)|retract\w*|withdr[ae]w\w*|scrap(?:s|ped|ping)|cancel(?:l?ed|l?ing|s|lation)|abandon\w*|revok\w*|rescind\w*|overturn\w*|backtrack\w*|walk(?:ed|s|ing)?\s+back|recall(?:ed|s|ing)?|debunk\w*|refut\w*|disprov\w*|fabricat\w*|denie[sd]|deny(?:ing)?|falsely|untrue|not\s+true|reject(?:ed|s|ing|ion)?|block(?:ed|s)|halt(?:ed|s)|bann(?:ed|ing)|veto(?:ed|es)?|struck\s+down|sued|fined|terminat\w*|called\s+off|suspend\w*|paus(?:ed|ing)|dismiss\w*|fail(?:ed|s|ing|ure)?|lost|los(?:es|ing)|halting|strik\w*\s+down|su(?:es|ing)|void(?:ed|s)?)\b(?!-)|(?<=[,;]\s*|\band\s+)yet\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contrast();

    /// <summary>Fewer words before a semicolon are a fragment ("Fast; cheap; ..."), not a clause to print alone.</summary>
    private const int MinClauseWords = 8;

    [GeneratedRegex(@"^(?:a|an|the|some|one|two|three|several|many|more)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpensWithArticle();

    /// <summary>How a list's item opens: with an article ("a tool that ..."), or a capital or digit (a name); null otherwise.</summary>
    private static string? ItemKind(string item)
        => OpensWithArticle().IsMatch(item) ? "article" : item.Length > 0 && (char.IsUpper(item[0]) || char.IsDigit(item[0])) ? "name" : null;

    private static string TerminalPunctuation(string s)
    {
        var i = s.Length;
        while (i > 0 && s[i - 1] is '.' or '!' or '?' or '"' or '”' or '’' or ')') i--;
        return s[i..];
    }

    /// <summary>The sentence split at the commas outside brackets and quotes.</summary>
    private static List<string> TopLevelCommaParts(string sentence)
    {
        var parts = new List<string>();
        var depth = 0;
        var quoted = false;
        var start = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            switch (sentence[i])
            {
                case '(' or '[': depth++; break;
                case ')' or ']': depth = Math.Max(0, depth - 1); break;
                case '"': quoted = !quoted; break;
                case '“': quoted = true; break;
                case '”': quoted = false; break;
                case ',' when depth == 0 && !quoted && i + 1 < sentence.Length && sentence[i + 1] == ' ':
                    parts.Add(sentence[start..i]);
                    start = i + 2;
                    break;
            }
        }
        parts.Add(sentence[start..]);
        return parts;
    }
}
