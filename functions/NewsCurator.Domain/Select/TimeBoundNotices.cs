using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Select;

/// <summary>
/// A time-bound notice: a call to come or take part whose date is soon after it is posted, which no editor runs once that date
/// has passed. "Python Bug Day this Saturday" went out 311 days later and a call to fill in a survey 291 days later (held-out
/// review 77, F4); "Join the .NET Team at Microsoft Build 2024!" scored like a story (held-out review 78, F6). Read are the
/// invitation's own words, in the future or the imperative: a weekday or the weekend ahead, a call for papers or
/// participation, registration open or an early-bird rate, "join us at ...", "participate in our survey", "register before
/// ...". Not the event's nouns: a report of a past summit or workshop says none of these and stays.
/// </summary>
public static partial class TimeBoundNotices
{
    /// <summary>
    /// How many days after its publication the notice has lapsed, or null where the item is none: a week for "this Saturday",
    /// "tomorrow" or "tonight"; a month for a call, a registration or a survey, which stay open for weeks.
    /// </summary>
    public static int? ShelfDays(Article article)
    {
        var lead = article.Text.Length > LeadChars ? article.Text[..LeadChars] : article.Text;
        if (ThisWeek().IsMatch(article.Title) || ThisWeekCall().IsMatch(lead)) return WeekDays;
        // A notice that dates its event with the year ("October 18th, 2024, 9:00 AM - 5:30 PM") lapses the day after that day,
        // the year read off the notice, not guessed from its publication (held-out review 118, F1).
        // Read once: AnnouncedEventDate falls back on the same dateline.
        var day = Scoring.ContentTypeCues.AnnouncedEventDay(article);
        if (article.Published is { } posted && day is { } dated)
            return Math.Max(1, dated.DayNumber - DateOnly.FromDateTime(posted.UtcDateTime.Date).DayNumber + 1);
        if ((Scoring.ContentTypeCues.ScheduledEventDate(article) ?? (day is { } d ? (d.Month, d.Day) : null)) is { } date) return DaysTo(article, date);
        return Call().IsMatch(article.Title) || Scoring.ContentTypeCues.InvitesToAnEvent(article) || CallInLead().IsMatch(lead) ? MonthDays : null;
    }

    /// <summary>
    /// How long a notice of an event on a date ahead stays news: until the day after that date, read in the year of the
    /// notice's publication or the next (a December notice of "January 9"); a month where the notice is undated. A meeting's
    /// notice "will be Wednesday, April 3" went out 313 days later (held-out review 112, F4), an agenda for a meetup "on 13
    /// November" 3.5 months later (held-out review 111, F2).
    /// </summary>
    private static int DaysTo(Article article, (int Month, int Day) date)
    {
        if (article.Published is not { } published) return MonthDays;
        var posted = published.UtcDateTime.Date;
        for (var year = posted.Year; year <= posted.Year + 1; year++)
        {
            if (date.Day > DateTime.DaysInMonth(year, date.Month)) return MonthDays;
            var day = new DateTime(year, date.Month, date.Day, 0, 0, 0, DateTimeKind.Utc);
            // A notice posted a day or two after its date (a feed's date is the post's last edit) still reads this year's.
            if (day >= posted.AddDays(-LateDays)) return Math.Max(1, (int)(day - posted).TotalDays + 1);
        }
        return MonthDays;
    }

    /// <summary>How many days after its event a notice may have been dated and still be read as that year's.</summary>
    private const int LateDays = 7;

    /// <summary>The opening where a notice says what it asks and when.</summary>
    private const int LeadChars = 400;

    private const int WeekDays = 7;

    private const int MonthDays = 30;

    /// <summary>An early-bird rate: a price that rewards signing up soon (here and in <see cref="Filter.HouseAds"/>).</summary>
    internal const string EarlyBird = @"\bearly[\s-]?bird\b";

    /// <summary>The verb of a call to sign up, before its "now" or its date: "register before", "enrol by", "sign up today".</summary>
    internal const string SignUpVerb = @"\b(?:register|enrol+|sign\s+up)\s+";

    /// <summary>A past verb before "to" that reports what people did ("agreed to", "chose to"), not one that asks ("invited to").</summary>
    private const string Reported = @"\b(?!(?:invited|asked|encouraged|welcomed|urged)\b)\w+ed\s+to\s+";

    private const string Day = @"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)";

    /// <summary>
    /// A title that dates its event in the days ahead: "Bug Day this Saturday", "Meetup tomorrow", "Live tonight". Not
    /// "tomorrow" as a noun or a name, which dates nothing: "The chips of tomorrow", "Tomorrow's data centres",
    /// "Tomorrow.io raises $175M" were dropped as notices a week old (hostile-input audit 52, H3).
    /// </summary>
    [GeneratedRegex(@"\b(?:this|next|coming)\s+" + Day + @"\b|(?<!\b(?:of|the|for)\s+)\b(?:tomorrow|tonight)\b(?!['’]s\b|\.\w|-\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisWeek();

    /// <summary>An opening that invites the reader to a day ahead: "This Saturday, you have the opportunity of participating ...".</summary>
    [GeneratedRegex(@"\b(?:this|next|coming)\s+" + Day + @"\b[^.!?\n]{0,80}?\b(?:you|join|come|invite[sd]?|participat\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisWeekCall();

    /// <summary>
    /// A title that calls for something dated: a call for papers or participation, registration open, an early-bird rate, "save
    /// the date"; an invitation to an event by name ("Join the .NET Team at Microsoft Build 2024!") is the content type's
    /// (<see cref="Scoring.ContentTypeCues.InvitesToAnEvent"/>).
    /// </summary>
    [GeneratedRegex(@"\bcall\s+for\s+(?:papers|proposals|participation|participants|speakers|talks|contributions|submissions|volunteers)\b|\bregistration\s+(?:is\s+)?(?:now\s+)?open|" + EarlyBird + @"|\bsave\s+the\s+date\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Call();

    /// <summary>
    /// An opening that asks the reader to take part or register by a date: "participate in a survey", "take part in our bug
    /// day", "Register now", "Register before September 8". Not a sentence that reports who took part: "developers ... agreed
    /// to take our survey" opens a survey's results, no call (hostile-input audit 52, H3); a verb in the past before "to"
    /// reports, save one that asks ("invited to", "asked to", "encouraged to").
    /// </summary>
    [GeneratedRegex(@"(?<!" + Reported + @")\b(?:participate|take\s+part)\s+in\s+(?:a|an|our|the|this)\s+(?:[\w-]+\s+){0,3}?(?:survey|poll|questionnaire|bug\s+day|sprint|hackathon)\b|(?<!" + Reported + @")\b(?:fill\s+(?:in|out)|take)\s+(?:a|our|the|this)\s+(?:short\s+|quick\s+|brief\s+)?(?:survey|poll|questionnaire)\b|" + SignUpVerb + @"(?:now|today|before|by)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallInLead();
}
