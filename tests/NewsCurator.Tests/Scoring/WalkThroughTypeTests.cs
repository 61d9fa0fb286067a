using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A walk-through of a session (commands at a prompt, SQL and its replies, code) is a tutorial whatever its first person:
/// a psql transcript was read as opinion (held-out review 90, F4). An essay that quotes a snippet stays opinion.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class WalkThroughTypeTests
{
    private static string? TypeOf(string title, string text, string type, string? guess = null)
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "f", Title = title, Text = text },
            new ArticleScore { Id = "a", ContentType = type, TypeGuess = guess }).ContentType;

    private const string Transcript = "I needed to get a dropped row back last week, and I think this trick deserves to be better known.\n"
        + "# create table notes (id int, body text);\nCREATE TABLE\n# insert into notes values (1, 'first');\nINSERT 0 1\n"
        + "# delete from notes;\nDELETE 1\nThe row is gone, or so it seems. In my view the recovery tools are underrated.";

    private const string Shell = "I rebuilt my home server over the weekend. Here is what I ran:\n$ sudo apt install zfsutils-linux\n"
        + "$ zpool create tank mirror /dev/sda /dev/sdb\n$ zfs set compression=lz4 tank\n$ zfs create tank/backups\nI am happy with it.";

    [Theory]
    [InlineData(Transcript)]
    [InlineData(Shell)]
    public void AWalkThroughTypedOpinion_IsATutorial(string text)
        => Assert.Equal(ContentTypes.Tutorial, TypeOf("Getting rows back", text, ContentTypes.Opinion));

    [Fact]
    public void AWalkThroughTheHeadLeanedToOpinion_IsATutorial()
        => Assert.Equal(ContentTypes.Tutorial, TypeOf("Getting rows back", Transcript, ContentTypes.Other, ContentTypes.Opinion));

    [Theory]
    // An essay that quotes one snippet.
    [InlineData("I have written Java for ten years, and I think the language is fine.\npublic static void main(String[] args) {\n}\nThe ceremony is the point; it tells a reader where to start.")]
    // No code at all.
    [InlineData("I think databases are underrated. Most teams reach for a queue when a table would do, and in my opinion they pay for it later.")]
    public void AnEssay_StaysOpinion(string text)
        => Assert.Equal(ContentTypes.Opinion, TypeOf("Why I still like Java", text, ContentTypes.Opinion));

    [Fact]
    public void ANewsStoryWithCode_KeepsItsType()
        => Assert.Equal(ContentTypes.News, TypeOf("Getting rows back", Transcript, ContentTypes.News));
}
