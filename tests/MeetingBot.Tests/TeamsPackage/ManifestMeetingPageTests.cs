using MeetingBot.MeetingPages;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.TeamsPackage;

/// <summary>Teams opens a dialog's URL only on a host of the manifest's <c>validDomains</c>: the meeting page's host must be one.</summary>
public sealed class ManifestMeetingPageTests
{
    [Fact]
    public async Task The_meeting_page_the_open_here_dialog_shows_is_on_a_valid_domain()
    {
        var links = new MeetingPageLinks(
            new PageSigningKey(Options.Create(new MeetingPageOptions()), new MemorySecrets()),
            Options.Create(new MeetingPageOptions()),
            Options.Create(new MeetingBotOptions { PublicUrl = "https://" + TestManifest.BotHost + "/" }),
            TimeProvider.System);

        var page = await links.ForAsync("msteams", "29:kevin", "Kevin", "65a1b2c3d4e5f60718293a4b", CancellationToken.None);
        var domains = TestManifest.Filled(trueConfHost: null)["validDomains"]!.AsArray().Select(domain => (string?)domain);

        Assert.Equal(Uri.UriSchemeHttps, page.Scheme);
        Assert.Contains(page.Host, domains);
    }

    private sealed class MemorySecrets : IBotSecretStore
    {
        private readonly Dictionary<string, string> _values = [];

        public Task<string> GetOrAddAsync(string name, string candidate, CancellationToken cancellationToken) =>
            Task.FromResult(_values.TryAdd(name, candidate) ? candidate : _values[name]);
    }
}
