using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A field's own nouns name its topic (<see cref="TopicEvidence"/>): an AI accelerator, HBM and DRAM, a memristor name Hardware
/// &amp; Chips (held-out review 91, F4); Jetpack Compose, Kotlin Multiplatform, UIKit and Xcode name Mobile &amp; Apps, and OAuth,
/// passkeys and FedCM Security &amp; Privacy (held-out review 94, F6). Each beside a text whose like words are of another sense.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TopicFieldWordsTests
{
    [Theory]
    [InlineData("Vendor unveils a PCIe AI accelerator for edge servers", "The card runs vision models at 30 watts.")]
    [InlineData("Inference cost is a memory problem", "HBM is scarce, so designers pair it with cheaper DRAM and LPDDR5X for the decode phase.")]
    [InlineData("Oxide memristors for neuromorphic computing", "A team reports thin films that switch reliably at low voltage.")]
    [InlineData("A foundry update", "The new transistors and chiplets come from a 2 nm process; each wafer carries fewer defects.")]
    public void AcceleratorsMemoryAndDevices_NameHardware(string title, string text)
        => Assert.True(TopicEvidence.Named(title, text)("Hardware & Chips"));

    [Theory]
    [InlineData("Our agent now has long-term memory", "The agent keeps a memory of past chats and recalls it when asked. Memory is stored per user.")]
    [InlineData("Hunting a memory leak in a Node service", "The heap grew until the process ran out of memory; the leak was a cache without a limit.")]
    [InlineData("Startup accelerator opens its spring batch", "The accelerator takes twenty companies; the accelerator program lasts twelve weeks.")]
    public void AnAgentsMemoryOrABusinessAccelerator_IsNoHardware(string title, string text)
        => Assert.False(TopicEvidence.Named(title, text)("Hardware & Chips"));

    [Theory]
    [InlineData("Finding slow recomposition in Jetpack Compose", "Layout Inspector counts recompositions; a stable key stops most of them.")]
    [InlineData("Sharing code with Kotlin Multiplatform", "The shared module compiles for both targets; the UIKit side calls it from Swift.")]
    [InlineData("Xcode 17 beta notes", "The new build system is faster, and previews load in half the time.")]
    public void PlatformToolkits_NameMobile(string title, string text)
        => Assert.True(TopicEvidence.Named(title, text)("Mobile & Apps"));

    [Fact]
    public void DockerCompose_IsNoMobileToolkit()
        => Assert.False(TopicEvidence.Named("Compose files for a local stack", "Docker Compose starts the database and the API; compose up runs both.")("Mobile & Apps"));

    [Theory]
    [InlineData("FedCM explained", "The browser mediates federated login between the site and the identity provider.")]
    [InlineData("Going passwordless", "Passkeys replace the login form; the OAuth flow stays for third-party clients.")]
    public void IdentityWords_NameSecurity(string title, string text)
        => Assert.True(TopicEvidence.Named(title, text)("Security & Privacy"));
}
