using System.Net;
using System.Text.Json;
using MeetingBot.TrueConfSimulator;

namespace MeetingBot.Tests.TrueConfSimulator;

public sealed class ConferenceTests(SimulatorFixture fixture) : SimulatorTestBase(fixture)
{
    private const string SeedBody = """
        {"topic":"Weekly sync","type":0,"auto_invite":1,"max_participants":10,
         "invitations":[{"id":"helen"},{"id":"dean","display_name":"Dean N."},{"id":"alex"}],
         "schedule":{"type":-1},"owner":"helen"}
        """;

    [Fact]
    public async Task Create_answers_the_stopped_conference_with_owner_at_server_links_and_sorted_invitations()
    {
        var answer = await Http.CallAsync(HttpMethod.Post, "/conferences", SeedBody);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var conference = answer.Json.GetProperty("conference");
        var id = conference.GetProperty("id").GetString()!;
        Assert.Matches("^[1-9][0-9]{9}$", id);
        Assert.Equal("Weekly sync", conference.GetProperty("topic").GetString());
        Assert.Equal("helen@trueconf.local", conference.GetProperty("owner").GetString());
        Assert.Equal("stopped", conference.GetProperty("state").GetString());
        Assert.Equal($"{Server.BaseUrl}/c/{id}", conference.GetProperty("url").GetString());
        Assert.Equal($"{Server.BaseUrl}/webrtc/{id}", conference.GetProperty("webclient_url").GetString());
        Assert.Equal(0, conference.GetProperty("type").GetInt32());
        Assert.Equal(1, conference.GetProperty("auto_invite").GetInt32());
        Assert.Equal(10, conference.GetProperty("max_participants").GetInt32());
        Assert.Equal(-1, conference.GetProperty("schedule").GetProperty("type").GetInt32());
        Assert.InRange(
            conference.GetProperty("created_at").GetInt64(),
            DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(),
            DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds());
        Assert.True(conference.GetProperty("rights").GetProperty("user").GetProperty("chat_send").GetBoolean());

        var invitations = conference.GetProperty("invitations").EnumerateArray().ToArray();
        Assert.Equal(["alex", "dean", "helen"], invitations.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, invitations[0].GetProperty("display_name").ValueKind);
        Assert.Equal("Dean N.", invitations[1].GetProperty("display_name").GetString());
    }

    [Fact]
    public async Task Defaults_fill_in_what_was_not_sent()
    {
        var answer = await Http.CallAsync(HttpMethod.Post, "/conferences", """{"topic":"Quick","owner":"dean"}""");

        var conference = answer.Json.GetProperty("conference");
        Assert.Equal(0, conference.GetProperty("type").GetInt32());
        Assert.Equal(-1, conference.GetProperty("schedule").GetProperty("type").GetInt32());
        Assert.Equal(100, conference.GetProperty("max_participants").GetInt32());
        Assert.Equal(0, conference.GetProperty("auto_invite").GetInt32());
        Assert.Empty(conference.GetProperty("invitations").EnumerateArray());
    }

    [Fact]
    public async Task Run_answers_only_the_state_and_calls_the_invitees()
    {
        var id = await Http.CreateConferenceAsync(SeedBody);

        var run = await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/run");
        var get = await Http.CallAsync(HttpMethod.Get, $"/conferences/{id}");
        var participants = await Http.CallAsync(HttpMethod.Get, $"/conferences/{id}/participants");

        Assert.Equal(HttpStatusCode.OK, run.Status);
        Assert.Equal("""{"state":"running"}""", run.Text);
        Assert.Equal("running", get.Json.GetProperty("conference").GetProperty("state").GetString());
        var called = participants.Json.GetProperty("participants").EnumerateArray().ToArray();
        Assert.Equal(["alex", "dean", "helen"], called.Select(p => p.GetProperty("id").GetString()));
        Assert.All(called, p => Assert.Equal(JsonValueKind.Null, p.GetProperty("join_time").ValueKind));
        Assert.Equal(1, called.Single(p => p.GetProperty("id").GetString() == "helen").GetProperty("is_owner").GetInt32());
        Assert.False(participants.Json.TryGetProperty("cnt", out _));
    }

    [Fact]
    public async Task Run_without_auto_invite_calls_nobody()
    {
        var id = await Http.CreateConferenceAsync("""{"topic":"Room","owner":"helen","invitations":[{"id":"dean"}]}""");

        await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/run");

        Assert.Empty(State.FindConference(id)!.Participants);
    }

    [Fact]
    public async Task Run_and_stop_are_idempotent_and_stop_empties_the_participants()
    {
        var id = await Http.CreateConferenceAsync(SeedBody);
        await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/run");
        State.Join(id, "dean");

        var secondRun = await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/run");
        Assert.Equal("running", secondRun.Json.GetProperty("state").GetString());
        Assert.NotNull(State.FindConference(id)!.Participants.Single(p => p.UserId == "dean").JoinedAt);

        var stop = await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/stop");
        var secondStop = await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/stop");

        Assert.Equal("""{"state":"stopped"}""", stop.Text);
        Assert.Equal("stopped", secondStop.Json.GetProperty("state").GetString());
        Assert.Empty(State.FindConference(id)!.Participants);
    }

    [Fact]
    public async Task A_room_can_be_run_again_after_it_stopped()
    {
        var id = await Http.CreateConferenceAsync(SeedBody);
        await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/run");
        await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/stop");

        var again = await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/run");

        Assert.Equal("running", again.Json.GetProperty("state").GetString());
        Assert.Equal(3, State.FindConference(id)!.Participants.Count);
    }

    [Fact]
    public async Task Custom_id_is_kept_and_a_duplicate_is_uniqueValueAlreadyInUse()
    {
        var first = await Http.CreateConferenceAsync("""{"id":"team_room","topic":"Team","owner":"helen"}""");
        var duplicate = await Http.CallAsync(
            HttpMethod.Post, "/conferences", """{"id":"team_room","topic":"Team 2","owner":"helen"}""");

        Assert.Equal("team_room", first);
        duplicate.AssertApiError(HttpStatusCode.BadRequest, "uniqueValueAlreadyInUse", "id");
    }

    [Theory]
    [InlineData("""{"owner":"helen"}""", "required", "topic")]
    [InlineData("""{"topic":null,"owner":"helen"}""", "required", "topic")]
    [InlineData("""{"topic":5,"owner":"helen"}""", "invalidValue", "topic")]
    [InlineData("""{"topic":"x"}""", "required", "owner")]
    [InlineData("""{"topic":"x","owner":"helen","type":2}""", "invalidValue", "type")]
    [InlineData("""{"topic":"x","owner":"helen","type":"0"}""", "invalidValue", "type")]
    [InlineData("""{"topic":"x","owner":"helen","type":3,"vad_selector":2}""", "invalidValue", "vad_selector")]
    [InlineData("""{"topic":"x","owner":"helen","auto_invite":2}""", "invalidValue", "auto_invite")]
    [InlineData("""{"topic":"x","owner":"helen","max_participants":101}""", "invalidValue", "max_participants")]
    [InlineData("""{"topic":"x","owner":"helen","invitations":"dean"}""", "invalidValue", "invitations")]
    [InlineData("""{"topic":"x","owner":"helen","schedule":{"type":1,"duration":3600}}""", "required", "schedule.start_time")]
    [InlineData("""{"topic":"x","owner":"helen","schedule":{"type":0,"time":"09:30"}}""", "required", "schedule.days")]
    [InlineData("""{"topic":"x","owner":"helen","schedule":{"type":0,"days":["monday"]}}""", "required", "schedule.time")]
    [InlineData("""{"topic":"x","owner":"helen","schedule":{"type":7}}""", "invalidValue", "schedule.type")]
    [InlineData("""{"id":"bad id!","topic":"x","owner":"helen"}""", "invalidValue", "id")]
    public async Task Invalid_create_bodies_are_400_with_reason_and_location(string body, string reason, string location)
    {
        var answer = await Http.CallAsync(HttpMethod.Post, "/conferences", body);

        answer.AssertApiError(HttpStatusCode.BadRequest, reason, location);
        Assert.Equal("parameter", answer.FirstError.GetProperty("locationType").GetString());
        Assert.Empty(State.Conferences);
    }

    [Fact]
    public async Task Topic_longer_than_240_characters_is_invalidValue()
    {
        var exactly240 = await Http.CallAsync(
            HttpMethod.Post, "/conferences", $$"""{"topic":"{{new string('a', 240)}}","owner":"helen"}""");
        var tooLong = await Http.CallAsync(
            HttpMethod.Post, "/conferences", $$"""{"topic":"{{new string('a', 241)}}","owner":"helen"}""");

        Assert.Equal(HttpStatusCode.OK, exactly240.Status);
        tooLong.AssertApiError(HttpStatusCode.BadRequest, "invalidValue", "topic");
    }

    [Fact]
    public async Task Valid_schedules_are_echoed()
    {
        var answer = await Http.CallAsync(HttpMethod.Post, "/conferences", """
            {"topic":"Planned","owner":"helen","schedule":{"type":1,"start_time":1767261600,"duration":3600,"time_offset":120}}
            """);

        var schedule = answer.Json.GetProperty("conference").GetProperty("schedule");
        Assert.Equal(1, schedule.GetProperty("type").GetInt32());
        Assert.Equal(1767261600, schedule.GetProperty("start_time").GetInt64());
        Assert.Equal(3600, schedule.GetProperty("duration").GetInt32());
    }

    [Fact]
    public async Task Malformed_json_is_parseError()
    {
        var answer = await Http.CallAsync(HttpMethod.Post, "/conferences", """{"topic":"x",""");

        answer.AssertApiError(HttpStatusCode.BadRequest, "parseError");
    }

    [Fact]
    public async Task Unknown_owner_is_userNotFound_at_owner()
    {
        var answer = await Http.CallAsync(HttpMethod.Post, "/conferences", """{"topic":"x","owner":"nobody"}""");

        answer.AssertApiError(HttpStatusCode.BadRequest, "userNotFound", "owner");
    }

    [Fact]
    public async Task Unknown_invitee_is_userNotFound_at_invitations()
    {
        var answer = await Http.CallAsync(
            HttpMethod.Post, "/conferences", """{"topic":"x","owner":"helen","invitations":[{"id":"dean"},{"id":"typo"}]}""");

        answer.AssertApiError(HttpStatusCode.BadRequest, "userNotFound", "invitations");
        Assert.Contains("typo", answer.FirstError.GetProperty("message").GetString());
        Assert.Empty(State.Conferences);
    }

    [Fact]
    public async Task Owner_sent_as_full_trueconf_id_is_accepted()
    {
        var answer = await Http.CallAsync(HttpMethod.Post, "/conferences", """{"topic":"x","owner":"Helen@trueconf.local"}""");

        Assert.Equal("helen@trueconf.local", answer.Json.GetProperty("conference").GetProperty("owner").GetString());
    }

    [Fact]
    public async Task Unknown_conference_is_404_conferenceNotFound_in_the_path()
    {
        var answer = await Http.CallAsync(HttpMethod.Get, "/conferences/55765028992");

        answer.AssertApiError(HttpStatusCode.NotFound, "conferenceNotFound", "conference_id");
        Assert.Equal("path", answer.FirstError.GetProperty("locationType").GetString());
        Assert.Equal("Not Found", answer.Json.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Put_updates_a_stopped_conference()
    {
        var id = await Http.CreateConferenceAsync(SeedBody);

        var answer = await Http.CallAsync(
            HttpMethod.Put, $"/conferences/{id}", """{"topic":"Renamed","invitations":[{"id":"kevin"}],"type":3,"vad_selector":1}""");

        var conference = answer.Json.GetProperty("conference");
        Assert.Equal("Renamed", conference.GetProperty("topic").GetString());
        Assert.Equal(3, conference.GetProperty("type").GetInt32());
        Assert.Equal(1, conference.GetProperty("vad_selector").GetInt32());
        Assert.Equal("kevin", Assert.Single(conference.GetProperty("invitations").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("helen@trueconf.local", conference.GetProperty("owner").GetString());
    }

    [Fact]
    public async Task A_running_conference_only_accepts_a_new_description()
    {
        var id = await Http.CreateConferenceAsync(SeedBody);
        await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/run");

        var topic = await Http.CallAsync(HttpMethod.Put, $"/conferences/{id}", """{"topic":"Renamed"}""");
        var description = await Http.CallAsync(HttpMethod.Put, $"/conferences/{id}", """{"description":"Agenda: budget"}""");

        topic.AssertApiError(HttpStatusCode.BadRequest, "conferenceIsRunning", "topic");
        Assert.Equal(HttpStatusCode.OK, description.Status);
        Assert.Equal("Agenda: budget", description.Json.GetProperty("conference").GetProperty("description").GetString());
        Assert.Equal("Weekly sync", State.FindConference(id)!.Topic);
    }

    [Fact]
    public async Task Delete_stops_a_running_conference_and_answers_its_id()
    {
        var id = await Http.CreateConferenceAsync(SeedBody);
        await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/run");

        var delete = await Http.CallAsync(HttpMethod.Delete, $"/conferences/{id}");
        var get = await Http.CallAsync(HttpMethod.Get, $"/conferences/{id}");

        Assert.Equal(id, delete.Json.GetProperty("id").GetString());
        get.AssertApiError(HttpStatusCode.NotFound, "conferenceNotFound");
    }

    [Fact]
    public async Task List_pages_with_cnt_and_filters()
    {
        var a = await Http.CreateConferenceAsync("""{"topic":"Alpha review","owner":"helen","tags":["bot"]}""");
        var b = await Http.CreateConferenceAsync("""{"topic":"Beta review","owner":"dean"}""");
        var c = await Http.CreateConferenceAsync("""{"topic":"Gamma","owner":"helen","tags":["bot"]}""");
        await Http.CallAsync(HttpMethod.Post, $"/conferences/{c}/run");

        var page2 = await Http.CallAsync(HttpMethod.Get, "/conferences?page_id=2&page_size=2");
        var running = await Http.CallAsync(HttpMethod.Get, "/conferences?state=running");
        var byOwner = await Http.CallAsync(HttpMethod.Get, "/conferences?owner=helen@trueconf.local");
        var byTopic = await Http.CallAsync(HttpMethod.Get, "/conferences?topic=REVIEW");
        var byTag = await Http.CallAsync(HttpMethod.Get, "/conferences?tag=bot");

        Assert.Equal(3, page2.Json.GetProperty("cnt").GetInt32());
        Assert.Equal([c], Ids(page2));
        Assert.Equal([c], Ids(running));
        Assert.Equal([a, c], Ids(byOwner));
        Assert.Equal([a, b], Ids(byTopic));
        Assert.Equal([a, c], Ids(byTag));
    }

    [Fact]
    public async Task V4_uses_mode_string_schedule_and_patch()
    {
        var created = await Http.CallAsync(
            HttpMethod.Post, "/conferences", """{"topic":"Four","owner":"helen","mode":"S|L Auto","schedule":{"type":"none"}}""", "v4");
        var id = created.Json.GetProperty("conference").GetProperty("id").GetString()!;

        var patched = await Http.CallAsync(HttpMethod.Patch, $"/conferences/{id}", """{"mode":"PxP"}""", "v4");
        var v3View = await Http.CallAsync(HttpMethod.Get, $"/conferences/{id}");

        Assert.Equal("S|L Auto", created.Json.GetProperty("conference").GetProperty("mode").GetString());
        Assert.Equal("none", created.Json.GetProperty("conference").GetProperty("schedule").GetProperty("type").GetString());
        Assert.False(created.Json.GetProperty("conference").TryGetProperty("type", out _));
        Assert.Equal("PxP", patched.Json.GetProperty("conference").GetProperty("mode").GetString());
        Assert.Equal(0, v3View.Json.GetProperty("conference").GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task V4_requires_mode()
    {
        var answer = await Http.CallAsync(HttpMethod.Post, "/conferences", """{"topic":"Four","owner":"helen"}""", "v4");

        answer.AssertApiError(HttpStatusCode.BadRequest, "required", "mode");
    }

    [Fact]
    public async Task Update_verb_follows_the_version()
    {
        var id = await Http.CreateConferenceAsync(SeedBody);

        var patchInV3 = await Http.CallAsync(HttpMethod.Patch, $"/conferences/{id}", """{"topic":"x"}""");
        var putInV4 = await Http.CallAsync(HttpMethod.Put, $"/conferences/{id}", """{"topic":"x"}""", "v4");

        patchInV3.AssertApiError(HttpStatusCode.MethodNotAllowed, "methodNotAllowed");
        Assert.Equal(["GET", "PUT", "DELETE"], patchInV3.Response.Content.Headers.Allow);
        putInV4.AssertApiError(HttpStatusCode.MethodNotAllowed, "methodNotAllowed");
        Assert.Equal(["GET", "PATCH", "DELETE"], putInV4.Response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Public_base_url_option_replaces_the_request_address()
    {
        await using var server = await Infrastructure.TrueConfSimulatorServer.StartAsync(
            options => options.PublicBaseUrl = "https://video.contoso.example/");
        using var http = new SimulatorHttp(server);

        var answer = await http.CallAsync(HttpMethod.Post, "/conferences", """{"id":"room1","topic":"x","owner":"helen"}""");

        Assert.Equal(
            "https://video.contoso.example/webrtc/room1",
            answer.Json.GetProperty("conference").GetProperty("webclient_url").GetString());
    }

    [Fact]
    public async Task Operations_are_named_in_the_request_log()
    {
        var id = await Http.CreateConferenceAsync(SeedBody);
        await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/run");

        var operations = State.RequestLog.Select(r => r.Operation).Where(o => o != SimulatorOperations.Token);
        Assert.Equal([SimulatorOperations.ConferenceCreate, SimulatorOperations.ConferenceRun], operations);
        Assert.Contains(State.RequestLog, r => r.Path == $"/api/v3.8/conferences/{id}/run" && r.Method == "POST");
    }

    private static string[] Ids(ApiAnswer answer) =>
        answer.Json.GetProperty("conferences").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToArray();
}
