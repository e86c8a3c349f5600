using System.Net;
using MeetingBot.Conferencing;
using MeetingBot.Tests.TrueConfSimulator;
using MeetingBot.TrueConfSimulator;
using ConferenceParticipant = MeetingBot.Conferencing.ConferenceParticipant;

namespace MeetingBot.Tests.TrueConf;

public sealed class TrueConfParticipantsTests
{
    [Theory]
    [MemberData(nameof(TrueConfClientHost.ApiVersions), MemberType = typeof(TrueConfClientHost))]
    public async Task Participants_are_in_the_call_being_called_or_only_invited(string apiVersion)
    {
        await using var host = await TrueConfClientHost.ForVersionAsync(apiVersion);
        var started = await host.Conferences.StartConferenceAsync(host.Meeting(owner: "alex", invitees: "kevin"), CancellationToken.None);
        var beforeJoin = DateTimeOffset.UtcNow.AddSeconds(-1);
        Assert.Equal(JoinResult.Joined, host.Simulator.State.Join(started.Id, "alex"));
        var afterJoin = DateTimeOffset.UtcNow.AddSeconds(1);
        await host.Conferences.InviteAsync(started.Id, "maria", CancellationToken.None);
        // Planned after the start: an invitation calls nobody by itself (reference §7).
        using var http = new SimulatorHttp(host.Simulator);
        Assert.Equal(HttpStatusCode.OK, (await http.CallAsync(HttpMethod.Post, $"/conferences/{started.Id}/invitations", """{"id":"dean"}""")).Status);

        var people = await host.Conferences.GetParticipantsAsync(started.Id, CancellationToken.None);

        Assert.Equal(["alex", "kevin", "maria", "dean"], people.Select(p => p.UserId));
        var owner = people[0];
        Assert.Equal(("Alex Wilber", ParticipantState.InCall), (owner.DisplayName, owner.State));
        Assert.InRange(owner.JoinedAt!.Value, beforeJoin, afterJoin);
        Assert.Equal(
            [new("kevin", "Kevin Smith", ParticipantState.BeingCalled, null), new("maria", "Maria Garcia", ParticipantState.BeingCalled, null), new ConferenceParticipant("dean", "Dean Novak", ParticipantState.Invited, null)],
            people.Skip(1));
    }

    [Fact]
    public async Task V4_participants_are_read_page_by_page_up_to_cnt_and_is_in_conf_may_be_0_or_1()
    {
        await using var host = await TrueConfClientHost.ForVersionAsync("v4");
        var started = await host.Conferences.StartConferenceAsync(host.Meeting(owner: "alex", invitees: "kevin"), CancellationToken.None);
        host.Simulator.State.Faults.FailNext(1, 200,
            """{"cnt":2,"participants":[{"id":"alex@trueconf.local","display_name":"Alex Wilber","join_time":1767261600,"is_in_conf":1}]}""",
            operation: SimulatorOperations.ParticipantList);
        host.Simulator.State.Faults.FailNext(1, 200,
            """{"cnt":2,"participants":[{"id":"kevin@trueconf.local","display_name":"","join_time":null,"is_in_conf":0}]}""",
            operation: SimulatorOperations.ParticipantList);

        var people = await host.Conferences.GetParticipantsAsync(started.Id, CancellationToken.None);

        Assert.Equal(
            [new ConferenceParticipant("alex", "Alex Wilber", ParticipantState.InCall, DateTimeOffset.FromUnixTimeSeconds(1767261600)), new("kevin", "kevin", ParticipantState.BeingCalled, null)],
            people);
        Assert.Equal(2, host.Simulator.State.RequestLog.Count(r => r.Operation == SimulatorOperations.ParticipantList));
    }

    [Theory]
    [MemberData(nameof(TrueConfClientHost.ApiVersions), MemberType = typeof(TrueConfClientHost))]
    public async Task Of_a_stopped_conference_everyone_planned_is_only_invited(string apiVersion)
    {
        await using var host = await TrueConfClientHost.ForVersionAsync(apiVersion);
        var started = await host.Conferences.StartConferenceAsync(host.Meeting(owner: "alex", invitees: "kevin"), CancellationToken.None);
        host.Simulator.State.Join(started.Id, "alex");
        host.Simulator.State.StopConference(started.Id);

        var people = await host.Conferences.GetParticipantsAsync(started.Id, CancellationToken.None);

        Assert.Equal(
            [new ConferenceParticipant("alex", "Alex Wilber", ParticipantState.Invited, null), new("kevin", "Kevin Smith", ParticipantState.Invited, null)],
            people);
    }

    [Theory]
    [MemberData(nameof(TrueConfClientHost.ApiVersions), MemberType = typeof(TrueConfClientHost))]
    public async Task Participants_of_an_unknown_conference_are_not_found(string apiVersion)
    {
        await using var host = await TrueConfClientHost.ForVersionAsync(apiVersion);

        var error = await Assert.ThrowsAnyAsync<ConferencingException>(() => host.Conferences.GetParticipantsAsync("9999999999", CancellationToken.None));

        Assert.Equal(ConferencingFailure.NotFound, error.Failure);
    }

    [Theory]
    [MemberData(nameof(TrueConfClientHost.ApiVersions), MemberType = typeof(TrueConfClientHost))]
    public async Task Inviting_into_a_running_conference_calls_the_person(string apiVersion)
    {
        await using var host = await TrueConfClientHost.ForVersionAsync(apiVersion);
        var started = await host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None);

        await host.Conferences.InviteAsync(started.Id, "maria@trueconf.local", CancellationToken.None);

        var called = Assert.Single(host.Simulator.State.FindConference(started.Id)!.Participants, p => p.UserId == "maria");
        Assert.False(called.IsInConference);
    }

    [Theory]
    [MemberData(nameof(TrueConfClientHost.ApiVersions), MemberType = typeof(TrueConfClientHost))]
    public async Task Inviting_into_a_stopped_conference_is_rejected_with_the_servers_reason(string apiVersion)
    {
        await using var host = await TrueConfClientHost.ForVersionAsync(apiVersion);
        var started = await host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None);
        await host.Conferences.StopAsync(started.Id, CancellationToken.None);

        var error = await Assert.ThrowsAnyAsync<ConferencingException>(() => host.Conferences.InviteAsync(started.Id, "maria", CancellationToken.None));

        Assert.Equal(ConferencingFailure.Rejected, error.Failure);
        Assert.Equal($"Conference '{started.Id}' is not running.", error.ServerReason);
        Assert.Empty(host.Simulator.State.FindConference(started.Id)!.Participants);
    }
}
