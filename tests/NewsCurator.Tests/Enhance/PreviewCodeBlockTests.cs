using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A preview quotes the article's running text: a snippet's lines the code test does not know ("require 'dbus'",
/// "sm.introspect") were joined into it around the ones it does, one line of the block left out (held-out review 60, F8).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PreviewCodeBlockTests
{
    private const string Title = "Inhibiting Suspend";

    [Fact]
    public void ASnippetsLines_ShouldAllLeaveThePreview_AndTheProseAroundItStay()
    {
        const string text = "The interface is a bit low level, but workable:\n"
            + "require 'dbus' # gem install ruby-dbus\n"
            + "bus = DBus::SessionBus.instance\n"
            + "sm = bus.service('org.gnome.SessionManager').object('/org/gnome/SessionManager')\n"
            + "sm.introspect\n"
            + "sm.default_iface = 'org.gnome.SessionManager'\n"
            + "Note: the call to Uninhibit is optional, as it will occur on process exit anyway.";

        var preview = Lede.Preview(Title, text, 200);

        Assert.Equal("The interface is a bit low level, but workable: Note: the call to Uninhibit is optional, as it will occur on process exit anyway.", preview);
    }

    [Fact]
    public void AListWithoutStops_FarFromCode_ShouldStay()
    {
        const string text = "The release brings three changes:\nFaster startup\nA new settings page\nSmaller downloads\nAll of them ship to every user this week.";

        Assert.Equal("The release brings three changes: Faster startup; A new settings page; Smaller downloads; All of them ship to every user this week.",
            Lede.Preview(Title, text, 200));
    }
}
