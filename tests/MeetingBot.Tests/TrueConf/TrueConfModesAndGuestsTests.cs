using MeetingBot.Conferencing;
using MeetingBot.Tests.TrueConfSimulator;
using ConferenceLayout = MeetingBot.Conferencing.ConferenceLayout;
using StoredLayout = MeetingBot.TrueConfSimulator.ConferenceLayout;

namespace MeetingBot.Tests.TrueConf;

public sealed class TrueConfModesAndGuestsTests
{
    [Fact]
    public async Task TrueConf_has_a_directory_live_participants_stop_and_guests_but_no_personal_links()
    {
        await using var host = await TrueConfClientHost.StartAsync();

        var capabilities = host.Conferences.Capabilities;

        Assert.Equal(new ConferencingCapabilities("TrueConf", HasUserDirectory: true, LiveParticipants: true, CanStop: true, Guests: true, PersonalLinks: false), capabilities);
    }

    [Theory]
    [InlineData("v3.8", ConferenceLayout.AllOnScreen, StoredLayout.AllOnScreen)]
    [InlineData("v3.8", ConferenceLayout.SmartMeeting, StoredLayout.RoleBasedSmart)]
    [InlineData("v3.8", ConferenceLayout.Moderated, StoredLayout.RoleBasedModerated)]
    [InlineData("v4", ConferenceLayout.AllOnScreen, StoredLayout.AllOnScreen)]
    [InlineData("v4", ConferenceLayout.SmartMeeting, StoredLayout.RoleBasedSmart)]
    [InlineData("v4", ConferenceLayout.Moderated, StoredLayout.RoleBasedModerated)]
    public async Task The_layout_reaches_the_server_as_its_type_or_mode(string apiVersion, ConferenceLayout layout, StoredLayout stored)
    {
        await using var host = await TrueConfClientHost.ForVersionAsync(apiVersion);

        var started = await host.Conferences.StartConferenceAsync(host.Meeting() with { Layout = layout }, CancellationToken.None);

        Assert.Equal(stored, host.Simulator.State.FindConference(started.Id)!.Layout);
    }

    [Theory]
    [InlineData(ConferenceLayout.AllOnScreen, 0, 0)]
    [InlineData(ConferenceLayout.SmartMeeting, 3, 1)]
    [InlineData(ConferenceLayout.Moderated, 3, 0)]
    public async Task V3_sends_type_and_vad_selector(ConferenceLayout layout, int type, int vadSelector)
    {
        await using var host = await TrueConfClientHost.StartAsync();
        var started = await host.Conferences.StartConferenceAsync(host.Meeting() with { Layout = layout }, CancellationToken.None);
        using var http = new SimulatorHttp(host.Simulator);

        var stored = (await http.CallAsync(HttpMethod.Get, $"/conferences/{started.Id}")).Json.GetProperty("conference");

        Assert.Equal((type, vadSelector), (stored.GetProperty("type").GetInt32(), stored.GetProperty("vad_selector").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(TrueConfClientHost.ApiVersions), MemberType = typeof(TrueConfClientHost))]
    public async Task A_meeting_with_guests_carries_the_guest_link_and_one_without_does_not(string apiVersion)
    {
        await using var host = await TrueConfClientHost.ForVersionAsync(apiVersion);

        var open = await host.Conferences.StartConferenceAsync(host.Meeting() with { AllowGuests = true }, CancellationToken.None);
        var closed = await host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None);
        var reread = await host.Conferences.GetConferenceAsync(open.Id, CancellationToken.None);

        Assert.Equal($"{host.Simulator.BaseUrl}/c/{open.Id}", open.GuestUrl);
        Assert.Equal(open.GuestUrl, reread.GuestUrl);
        Assert.True(host.Simulator.State.FindConference(open.Id)!.AllowGuests);
        Assert.Null(closed.GuestUrl);
    }

    [Theory]
    [InlineData("v3.8", ConferenceLayout.AllOnScreen, true)]
    [InlineData("v3.8", ConferenceLayout.SmartMeeting, false)]
    [InlineData("v3.8", ConferenceLayout.Moderated, false)]
    [InlineData("v4", ConferenceLayout.AllOnScreen, true)]
    [InlineData("v4", ConferenceLayout.Moderated, false)]
    public async Task Without_a_webinar_licence_the_refusal_carries_the_servers_words(string apiVersion, ConferenceLayout layout, bool allowGuests)
    {
        await using var host = await TrueConfClientHost.ForVersionAsync(apiVersion, simulator => simulator.WebinarLicence = false);

        var error = await Assert.ThrowsAnyAsync<ConferencingException>(() =>
            host.Conferences.StartConferenceAsync(host.Meeting() with { Layout = layout, AllowGuests = allowGuests }, CancellationToken.None));

        Assert.Equal(ConferencingFailure.Rejected, error.Failure);
        Assert.Equal("Your license does not allow webinars or guests.", error.ServerReason);
        Assert.Empty(host.Simulator.State.Conferences);
    }

    [Fact]
    public async Task Without_a_webinar_licence_an_ordinary_meeting_still_starts()
    {
        await using var host = await TrueConfClientHost.ForVersionAsync("v4", simulator => simulator.WebinarLicence = false);

        var started = await host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None);

        Assert.Equal(MeetingBot.Conferencing.ConferenceState.Running, started.State);
    }
}
