using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit52;

/// <summary>
/// Hostile-input audit 52: <c>HouseAds.MarketingCategory</c> drops any item, at any length, whose category string opens
/// "marketing:" or "marketing/". AWS's What's New feed files every announcement under one comma-joined category string of
/// "general:products/..." and "marketing:marchitecture/..." tags, in either order, and a marketing-technology publisher files
/// its news under "Marketing/...": their stories are no house ads.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit52HouseAdTests
{
    private const string News = "Amazon Bedrock now supports prompt caching for the Claude and Nova model families in all commercial regions. " +
                                "Cached prompt prefixes are billed at a tenth of the input token price and cut the time to the first token by up to 85 percent " +
                                "for long contexts. Developers turn it on per request with a cache point in the message list; no model change is needed.";

    [Theory]
    [InlineData("marketing:marchitecture/artificial-intelligence,general:products/amazon-bedrock")]
    [InlineData("marketing:marchitecture/artificial-intelligence")]
    [InlineData("Marketing/Generative AI")]
    public void ANewsItemUnderAMarketingPathCategory_ShouldBeNoHouseAd(string category)
        => Assert.Null(HouseAds.Why(new Article
        {
            Id = "a", FeedUrl = "https://aws.amazon.com/about-aws/whats-new/recent/feed/", Title = "Amazon Bedrock now supports prompt caching",
            Text = News, Categories = [category],
        }));
}
