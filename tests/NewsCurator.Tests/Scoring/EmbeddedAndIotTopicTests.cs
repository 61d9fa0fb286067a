using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// Embedded and IoT work has a topic of its own, named by its own nouns: a Bluetooth LE tutorial in C++ was "Operating
/// Systems" alone and a camera-module project "Security &amp; Privacy" alone for want of one (held-out review 108, F5). A
/// phone's camera sensor or a bare "maker" (a chip maker) names none.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class EmbeddedAndIotTopicTests
{
    [Fact]
    public void TheTaxonomy_ShouldOfferEmbeddedAndIot_WithAMeasuredBackgroundAndAField()
    {
        Assert.Contains(TopicTaxonomy.Topics, t => t.Name == "Embedded & IoT");
        Assert.True(TopicTaxonomy.BackgroundMeans.ContainsKey("Embedded & IoT"));
        Assert.Equal("systems", TopicTaxonomy.Fields["Embedded & IoT"]);
    }

    [Theory]
    [InlineData("Reading a temperature sensor over Bluetooth LE",
        "In this tutorial we pair a BLE dongle with a microcontroller and print the readings the board sends.")]
    [InlineData("A door camera from an ESP32 board",
        "The ESP32 streams frames over Wi-Fi, and a motion sensor wakes it from deep sleep; the firmware fits in 1 MB.")]
    [InlineData("LoRa weather station",
        "A Raspberry Pi gateway collects LoRaWAN packets from three solar-powered nodes and publishes them over MQTT.")]
    public void AMakerOrIotPost_ShouldNameEmbeddedAndIot(string title, string text)
        => Assert.True(TopicEvidence.Named(title, text)("Embedded & IoT"));

    [Theory]
    [InlineData("The new phone's camera is its best yet", "A larger sensor and a faster chip make night shots sharper, the maker says.")]
    [InlineData("A chip maker's quarter", "The maker of memory chips raised its forecast as data-center demand grew.")]
    public void APhoneReviewOrAChipMakersNews_ShouldNotNameEmbeddedAndIot(string title, string text)
        => Assert.False(TopicEvidence.Named(title, text)("Embedded & IoT"));
}
