using System.Net;
using System.Text.Json;
using MeetingBot.TrueConfSimulator;

namespace MeetingBot.Tests.TrueConfSimulator;

public sealed class ParticipantTests(SimulatorFixture fixture) : SimulatorTestBase(fixture)
{
    private const string Body = """{"topic":"Call","owner":"helen","auto_invite":1,"invitations":[{"id":"helen"},{"id":"dean"}]}""";

    [Fact]
    public async Task Inviting_into_a_running_conference_answers_the_participant_being_called()
    {
        var id = await Http.CreateConferenceAsync(Body);
        await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/run");

        var answer = await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/participants", """{"participant_id":"kevin"}""");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var participant = answer.Json.GetProperty("participant");
        Assert.Equal("kevin", participant.GetProperty("id").GetString());
        Assert.Equal("kevin@trueconf.local", participant.GetProperty("uid").GetString());
        Assert.Equal("Kevin Smith", participant.GetProperty("display_name").GetString());
        Assert.Equal(JsonValueKind.Null, participant.GetProperty("join_time").ValueKind);
        Assert.Equal(0, participant.GetProperty("is_owner").GetInt32());
        Assert.Contains(State.FindConference(id)!.Participants, p => p.UserId == "kevin");
    }

    [Fact]
    public async Task Inviting_into_a_stopped_conference_is_conferenceNotRunning()
    {
        var id = await Http.CreateConferenceAsync(Body);

        var answer = await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/participants", """{"participant_id":"kevin"}""");

        answer.AssertApiError(HttpStatusCode.BadRequest, "conferenceNotRunning");
        Assert.Empty(State.FindConference(id)!.Participants);
    }

    [Fact]
    public async Task Inviting_an_unknown_user_is_userNotFound()
    {
        var id = await Http.CreateConferenceAsync(Body);
        await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/run");

        var unknown = await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/participants", """{"participant_id":"ghost"}""");
        var missing = await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/participants", "{}");

        unknown.AssertApiError(HttpStatusCode.BadRequest, "userNotFound", "participant_id");
        missing.AssertApiError(HttpStatusCode.BadRequest, "required", "participant_id");
    }

    [Fact]
    public async Task Joining_sets_join_time_and_presence_5()
    {
        var id = await Http.CreateConferenceAsync(Body);
        await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/run");

        Assert.Equal(JoinResult.Joined, State.Join(id, "dean"));
        var participant = await Http.CallAsync(HttpMethod.Get, $"/conferences/{id}/participants/dean");
        var user = await Http.CallAsync(HttpMethod.Get, "/users/dean");
        var notJoined = await Http.CallAsync(HttpMethod.Get, "/users/helen");

        Assert.InRange(
            participant.Json.GetProperty("participant").GetProperty("join_time").GetInt64(),
            DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(),
            DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds());
        Assert.Equal(5, user.Json.GetProperty("user").GetProperty("status").GetInt32());
        Assert.Equal(1, notJoined.Json.GetProperty("user").GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Join_outcomes_for_stopped_unknown_conference_and_unknown_user()
    {
        var id = await Http.CreateConferenceAsync(Body);

        Assert.Equal(JoinResult.ConferenceNotRunning, State.Join(id, "dean"));
        Assert.Equal(JoinResult.ConferenceNotFound, State.Join("0000000000", "dean"));
        State.RunConference(id);
        Assert.Equal(JoinResult.UserNotFound, State.Join(id, "ghost"));
    }

    [Fact]
    public async Task Removing_a_participant_answers_its_id_and_an_unknown_one_is_participantNotFound()
    {
        var id = await Http.CreateConferenceAsync(Body);
        await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/run");

        var removed = await Http.CallAsync(HttpMethod.Delete, $"/conferences/{id}/participants/dean");
        var again = await Http.CallAsync(HttpMethod.Get, $"/conferences/{id}/participants/dean");

        Assert.Equal("""{"id":"dean"}""", removed.Text);
        again.AssertApiError(HttpStatusCode.NotFound, "participantNotFound", "participant_id");
    }

    [Fact]
    public async Task V4_list_has_cnt_and_is_in_conf_and_filters_on_it()
    {
        var id = await Http.CreateConferenceAsync(Body);
        await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/run");
        State.Join(id, "dean");

        var all = await Http.CallAsync(HttpMethod.Get, $"/conferences/{id}/participants", version: "v4");
        var joined = await Http.CallAsync(HttpMethod.Get, $"/conferences/{id}/participants?is_in_conf=true", version: "v4");

        Assert.Equal(2, all.Json.GetProperty("cnt").GetInt32());
        var dean = all.Json.GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "dean");
        Assert.True(dean.GetProperty("is_in_conf").GetBoolean());
        Assert.Equal("dean", Assert.Single(joined.Json.GetProperty("participants").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task V4_invite_calls_several_people_and_is_unknown_in_v3()
    {
        var id = await Http.CreateConferenceAsync(Body);
        await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/run");

        var v4 = await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/invite", """{"participants":["kevin","maria"]}""", "v4");
        var v3 = await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/invite", """{"participants":["alex"]}""");

        Assert.Equal(HttpStatusCode.OK, v4.Status);
        Assert.Equal(4, v4.Json.GetProperty("cnt").GetInt32());
        v3.AssertApiError(HttpStatusCode.NotFound, "notFound");
        Assert.DoesNotContain(State.FindConference(id)!.Participants, p => p.UserId == "alex");
    }
}
