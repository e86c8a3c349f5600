using MeetingBot.Conferencing;
using MeetingBot.TrueConfSimulator;
using ConferenceState = MeetingBot.Conferencing.ConferenceState;

namespace MeetingBot.Tests.TrueConf;

public sealed class TrueConfStopTests
{
    [Theory]
    [MemberData(nameof(TrueConfClientHost.ApiVersions), MemberType = typeof(TrueConfClientHost))]
    public async Task Stop_ends_a_running_conference_and_a_second_stop_is_fine(string apiVersion)
    {
        await using var host = await TrueConfClientHost.ForVersionAsync(apiVersion);
        var started = await host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None);

        await host.Conferences.StopAsync(started.Id, CancellationToken.None);
        await host.Conferences.StopAsync(started.Id, CancellationToken.None);

        Assert.False(host.Simulator.State.FindConference(started.Id)!.IsRunning);
        Assert.Equal(ConferenceState.Stopped, (await host.Conferences.GetConferenceAsync(started.Id, CancellationToken.None)).State);
        Assert.Equal(2, host.Simulator.State.RequestLog.Count(r => r.Operation == SimulatorOperations.ConferenceStop));
    }

    [Theory]
    [MemberData(nameof(TrueConfClientHost.ApiVersions), MemberType = typeof(TrueConfClientHost))]
    public async Task Stopping_an_unknown_conference_is_not_found(string apiVersion)
    {
        await using var host = await TrueConfClientHost.ForVersionAsync(apiVersion);

        var error = await Assert.ThrowsAnyAsync<ConferencingException>(() => host.Conferences.StopAsync("9999999999", CancellationToken.None));

        Assert.Equal(ConferencingFailure.NotFound, error.Failure);
    }

    [Fact]
    public async Task A_server_that_refuses_to_stop_a_stopped_conference_is_not_an_error()
    {
        await using var host = await TrueConfClientHost.StartAsync();
        var started = await host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None);
        host.Simulator.State.StopConference(started.Id);
        host.Simulator.State.Faults.FailNext(1, 400, NotRunningError(started.Id), operation: SimulatorOperations.ConferenceStop);

        await host.Conferences.StopAsync(started.Id, CancellationToken.None);

        Assert.Equal(0, host.Simulator.State.Faults.PendingFailures);
    }

    [Fact]
    public async Task A_refusal_to_stop_a_conference_that_still_runs_is_reported()
    {
        await using var host = await TrueConfClientHost.StartAsync();
        var started = await host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None);
        host.Simulator.State.Faults.FailNext(1, 400, NotRunningError(started.Id), operation: SimulatorOperations.ConferenceStop);

        var error = await Assert.ThrowsAnyAsync<ConferencingException>(() => host.Conferences.StopAsync(started.Id, CancellationToken.None));

        Assert.Equal(ConferencingFailure.Rejected, error.Failure);
        Assert.True(host.Simulator.State.FindConference(started.Id)!.IsRunning);
    }

    private static string NotRunningError(string conferenceId) =>
        $$$"""{"error":{"code":400,"message":"Bad Request","errors":[{"reason":"conferenceNotRunning","message":"Conference '{{{conferenceId}}}' is not running."}]}}""";
}
