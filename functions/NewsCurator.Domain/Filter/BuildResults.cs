using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Filter;

/// <summary>
/// One result of a CI server's build: "cerl #93 (broken since build #87)" linking to "/job/cerl/93/", a Buildbot builder's
/// "/builders/x/builds/12", a GitHub Actions run. A build's result is a status, not a story, at any length, as a status
/// page's notice is (<see cref="StatusUpdates"/>): four Jenkins feeds' 27 results fell to content.min_length only for being
/// short, their owners were told to read each build's page in full (its console log), and under a lower min_length they
/// reached the scorer at relevance 4.4 to 4.6, two typed as releases (held-out review 115, F2). Two signals of three are
/// needed, the CI servers' own title form, a build's page on a CI server, a feed named for its builds, so a headline
/// that borrows the form ("Jenkins #1 (stable) is out") or a news story that links a build stays a story.
/// </summary>
public static partial class BuildResults
{
    /// <summary>Why the article is a CI server's build result, or null.</summary>
    public static string? Of(Article article)
    {
        var title = article.Title.Trim();
        var titled = JenkinsTitle().IsMatch(title) || RunTitle().IsMatch(title);
        var buildPage = BuildPage(article.Link);
        var feedOfBuilds = article.FeedTitle is { } feed && BuildFeed().IsMatch(feed);
        return (titled ? 1 : 0) + (buildPage ? 1 : 0) + (feedOfBuilds ? 1 : 0) >= 2
            ? $"a CI server's build result ('{Words.Truncate(title, 80)}'), not a story: a project's releases are its news"
            : null;
    }

    /// <summary>Whether the link is one build's page on a CI server: Jenkins' /job/name/93/, Buildbot's /builders/name/builds/12, GitHub's /actions/runs/n, GitLab's /-/pipelines/n.</summary>
    private static bool BuildPage(string? link)
        => Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && BuildPath().IsMatch(uri.AbsolutePath);

    // Jenkins' and Hudson's "<job> #<n> (<result>)", the result from their fixed vocabulary, the whole title.
    [GeneratedRegex(@"^\S.{0,200} #\d{1,9} \((?:stable|unstable|back to normal|fixed|aborted|still failing|still unstable|broken since this build|broken since build #\d{1,9}|broken for a long time|\?|\d{1,6} (?:more )?tests? (?:are |is )?(?:still failing|failing|fixed|failures?|started to fail|changed))\)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex JenkinsTitle();

    // Buildbot's, Travis' and GitHub Actions' "Build #123 passed", "<workflow> run #45: failure", the whole title.
    [GeneratedRegex(@"^(?:\S.{0,200} )?(?:build|run|pipeline|job) #\d{1,9}(?::| -| —| is| was)? (?:passed|failed|errored|fixed|broken|succeeded|success|failure|cancell?ed|still failing|successful)[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex RunTitle();

    [GeneratedRegex(@"/job/[^/]+/(?:job/[^/]+/)*\d{1,9}/?$|/builders/[^/]+/builds/\d{1,9}/?$|/builds/\d{1,9}/?$|/actions/runs/\d{1,12}/?$|/-/(?:pipelines|jobs)/\d{1,12}/?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex BuildPath();

    // A feed named for its builds: Jenkins' "cerl all builds", "... failed builds", "Build results", "Buildbot".
    [GeneratedRegex(@"\b(?:all|failed|last|latest|recent) builds\b|\bbuild (?:results|status|history)\b|\bbuildbot\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex BuildFeed();
}
