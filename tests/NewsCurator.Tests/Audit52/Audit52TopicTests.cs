using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit52;

/// <summary>
/// Hostile-input audit 52: <c>TopicEvidence</c>'s capitalised language names (session 43: Swift, Dart, Lua, Nim). A capital
/// letter is no sign of the language where the word opens a sentence: "Dart boards ...", "Dart players ..." (the game) name
/// Programming Languages.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit52TopicTests
{
    [Theory]
    [InlineData("Pub darts go digital", "Dart boards with cameras now score every throw automatically. Dart players in the league say the app settles arguments.")]
    public void ANameThatIsNoLanguage_ShouldNotNameProgrammingLanguages(string title, string text)
        => Assert.False(TopicEvidence.Named(title, text)("Programming Languages"));
}
