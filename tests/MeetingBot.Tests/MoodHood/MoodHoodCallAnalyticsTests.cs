using MeetingBot.Conferencing;
using MeetingBot.MoodHoodSimulator;

namespace MeetingBot.Tests.MoodHood;

/// <summary>The headcount from call analytics, against the simulator over real HTTP.</summary>
public sealed class MoodHoodCallAnalyticsTests
{
    [Fact]
    public async Task Counts_the_people_in_each_rooms_running_call_with_one_call_per_room()
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync();
        var counter = host.Get<ICallHeadcount>();
        var busy = await host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting("Busy"), CancellationToken.None);
        var quiet = await host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting("Quiet"), CancellationToken.None);
        await EnterAsync(host, busy.Id, "29:alex");
        await EnterAsync(host, busy.Id, "29:kevin");

        Assert.Equal(2, await counter.CountInCallAsync(busy.Id, CancellationToken.None));
        Assert.Equal(0, await counter.CountInCallAsync(quiet.Id, CancellationToken.None));
        Assert.Equal(2, host.Count(MoodHoodOperations.AnalyticsCalls));
        Assert.True(host.Conferences.Capabilities.CallHeadcount);

        // Deleting the room finishes its call: nobody is counted in it any more.
        await host.Conferences.StopAsync(busy.Id, CancellationToken.None);
        Assert.Equal(0, await counter.CountInCallAsync(busy.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_plan_without_analytics_is_found_out_once_then_never_asked_again()
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync(simulator: options => options.CallAnalytics = false);
        var counter = host.Get<ICallHeadcount>();
        var room = await host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting(), CancellationToken.None);

        Assert.Null(await counter.CountInCallAsync(room.Id, CancellationToken.None));
        Assert.Null(await counter.CountInCallAsync(room.Id, CancellationToken.None));

        Assert.Equal(1, host.Count(MoodHoodOperations.AnalyticsCalls));
        Assert.False(host.Conferences.Capabilities.CallHeadcount);
        Assert.Single(host.Logs.Lines, line => line.Contains("refused call analytics (403 FORBIDDEN)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_passing_failure_is_an_error_not_a_plan_without_analytics()
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync();
        var counter = host.Get<ICallHeadcount>();
        var room = await host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting(), CancellationToken.None);
        host.State.Faults.FailNext(1, 400, """{"code":"BAD_REQUEST","message":"nope"}""", operation: MoodHoodOperations.AnalyticsCalls);

        await Assert.ThrowsAnyAsync<ConferencingException>(() => counter.CountInCallAsync(room.Id, CancellationToken.None));

        Assert.True(host.Conferences.Capabilities.CallHeadcount);
        Assert.Equal(0, await counter.CountInCallAsync(room.Id, CancellationToken.None));
    }

    private static async Task EnterAsync(MoodHoodClientHost host, string roomId, string personId)
    {
        var link = await host.Links.IssueAsync(new PersonalLinkRequest(roomId, personId, personId, AsModerator: false, "meeting"), CancellationToken.None);
        using var client = new HttpClient();
        using var page = await client.GetAsync(link.Url);
        page.EnsureSuccessStatusCode();
    }
}
