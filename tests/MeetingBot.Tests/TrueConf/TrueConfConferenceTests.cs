using MeetingBot.Conferencing;
using MeetingBot.TrueConf.Errors;
using ConferenceState = MeetingBot.Conferencing.ConferenceState;

namespace MeetingBot.Tests.TrueConf;

public sealed class TrueConfConferenceTests
{
    [Fact]
    public async Task Start_creates_a_room_owned_by_the_owner_with_everyone_invited_and_runs_it()
    {
        await using var host = await TrueConfClientHost.StartAsync();

        var conference = await host.Conferences.StartConferenceAsync(new NewConference("test|conversation|1", "Retro", "helen", ["kevin", "dean", "KEVIN"]), CancellationToken.None);

        var stored = Assert.Single(host.Simulator.State.Conferences);
        Assert.Equal(stored.Id, conference.Id);
        Assert.Equal("helen", conference.OwnerId); // the server answers helen@server
        Assert.Equal(ConferenceState.Running, conference.State);
        Assert.Equal($"{host.Simulator.BaseUrl}/webrtc/{stored.Id}", conference.JoinUrl);
        Assert.Equal($"{host.Simulator.BaseUrl}/c/{stored.Id}", conference.PageUrl);
        Assert.Equal(["dean", "helen", "kevin"], stored.Invitations.Select(i => i.UserId).Order().ToArray());
        Assert.Equal(MeetingBot.TrueConfSimulator.ScheduleKind.None, stored.Schedule.Kind);
        Assert.True(stored.AutoInvite);
    }

    [Fact]
    public async Task Get_reads_the_current_state_and_invite_calls_someone_into_the_running_meeting()
    {
        await using var host = await TrueConfClientHost.StartAsync();
        var started = await host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None);

        await host.Conferences.InviteAsync(started.Id, "maria", CancellationToken.None);
        host.Simulator.State.StopConference(started.Id);
        var read = await host.Conferences.GetConferenceAsync(started.Id, CancellationToken.None);

        Assert.Equal(ConferenceState.Stopped, read.State);
        Assert.Contains(host.Simulator.State.RequestLog, r => r.Operation == MeetingBot.TrueConfSimulator.SimulatorOperations.ParticipantInvite);
        await Assert.ThrowsAsync<TrueConfApiException>(() => host.Conferences.InviteAsync(started.Id, "dean", CancellationToken.None));
    }
}
