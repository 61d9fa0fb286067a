using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>A classified ad offers a unit at a price; news of its subject does not (held-out reviews 54 F4 and 56 F6).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ListingEvidenceTests
{
    [Theory]
    [InlineData("Bright, Spacious Beautiful Victorian (oakland north / temescal) $4300 3bd 1930ft2", "Updated 3+ Bedroom, 2.5 Bath, Victorian home.")]
    [InlineData("Rare Private Alamo In-law for rent (walnut creek) $2250", "The house is located within 5-10 minutes of walking distance to Round Hill Country Club.")]
    [InlineData("Arch St Apts (redwood city)", "For Lease: Large Studio Apt. Rent €1.200 per month, water and garbage paid.")]
    [InlineData("Two-bedroom flat in Leith", "A bright flat to let near the shore: £950 pcm, 2 bed, 1 bath, 68 m² with a box room.")]
    public void AListing_ShouldOfferAUnitAtAPrice(string title, string text) => Assert.True(ListingEvidence.Offers(title, text));

    [Theory]
    // A market's figures are no unit's price; a hex id ending "ba" is no count of baths.
    [InlineData("Leading China Property Developer Reports Huge loss, in Sign of Widening Real-Estate Woes", "Vanke lost $6.8 billion as the property crisis spread; see https://www.wsj.com/articles/cable-337119ba.")]
    [InlineData("Sydney house prices fall for a third month", "The median price fell 0.4% in March, and auction clearance rates slipped to 61% as rates stayed high.")]
    [InlineData("The Cost of Housing", "Housing costs what it does because we refuse to build. A house in Palo Alto is worth $3m, which is absurd.")]
    [InlineData("Postgres 18 adds asynchronous I/O", "The release is free, like every release; the team's cloud sells managed instances from $29 a month.")]
    public void NewsAboutTheSubject_ShouldOfferNone(string title, string text) => Assert.False(ListingEvidence.Offers(title, text));
}
