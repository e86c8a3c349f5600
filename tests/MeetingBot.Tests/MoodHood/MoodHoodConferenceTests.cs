using MeetingBot.Conferencing;
using MeetingBot.MoodHoodSimulator;

namespace MeetingBot.Tests.MoodHood;

/// <summary>The MoodHood backend against the simulator over real HTTP: rooms, idempotent starts, stop, list, links.</summary>
public sealed class MoodHoodConferenceTests
{
    [Fact]
    public async Task A_start_makes_one_private_tagged_room_and_answers_the_plain_room_page()
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync();
        var meeting = MoodHoodClientHost.Meeting("Design review");

        var conference = await host.Conferences.StartConferenceAsync(meeting, CancellationToken.None);

        var room = Assert.Single(host.State.Rooms);
        Assert.Equal(room.Id, conference.Id);
        Assert.Matches(@"^Design review · #[0-9a-f]{8}$", room.Name);
        Assert.DoesNotContain(meeting.RequestKey, room.Name, StringComparison.Ordinal);
        Assert.False(room.IsPublic);
        Assert.Equal("lesson", room.Type);
        Assert.True(room.IsChatAllowed);
        Assert.True(room.IsScreensharingAllowed);
        Assert.Equal("Design review", conference.Topic);
        Assert.Equal(ConferenceState.Running, conference.State);
        Assert.Equal(meeting.OwnerId, conference.OwnerId);
        Assert.Equal(meeting.InviteeIds, conference.InviteeIds);
        Assert.Equal($"{host.Simulator.BaseUrl}/room/{room.Alias}", conference.JoinUrl);
        Assert.DoesNotContain("accessToken", conference.JoinUrl, StringComparison.Ordinal);
        Assert.Null(conference.PageUrl);
    }

    [Fact]
    public async Task A_webinar_makes_a_webinar_room()
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync();

        await host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting("All hands", ConferenceLayout.Moderated), CancellationToken.None);

        Assert.Equal("webinar", Assert.Single(host.State.Rooms).Type);
    }

    [Fact]
    public async Task After_a_lost_create_answer_the_room_is_found_by_the_request_key_and_never_made_twice()
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync();
        var meeting = MoodHoodClientHost.Meeting("Standup");
        host.State.Faults.LoseAnswerNext(1, MoodHoodOperations.RoomCreate, statusCode: 504);

        var error = await Assert.ThrowsAnyAsync<ConferencingException>(() => host.Conferences.StartConferenceAsync(meeting, CancellationToken.None));
        var found = await host.Conferences.FindByRequestKeyAsync(meeting.RequestKey, CancellationToken.None);
        var other = await host.Conferences.FindByRequestKeyAsync("some|other|key", CancellationToken.None);

        Assert.Equal(ConferencingFailure.Unreachable, error.Failure);
        Assert.Equal(1, host.Count(MoodHoodOperations.RoomCreate));
        var room = Assert.Single(host.State.Rooms);
        Assert.NotNull(found);
        Assert.Equal(room.Id, found.Id);
        Assert.Equal("Standup", found.Topic);
        Assert.Null(other);
    }

    [Fact]
    public async Task A_busy_answer_to_create_or_generate_access_is_not_retried()
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync();
        var conference = await host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting(), CancellationToken.None);
        host.State.Faults.ServiceUnavailableNext(1, TimeSpan.FromSeconds(1), MoodHoodOperations.RoomCreate);
        host.State.Faults.ServiceUnavailableNext(1, TimeSpan.FromSeconds(1), MoodHoodOperations.GenerateAccess);

        var create = await Assert.ThrowsAnyAsync<ConferencingException>(() => host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting(), CancellationToken.None));
        var link = await Assert.ThrowsAnyAsync<ConferencingException>(() =>
            host.Links.IssueAsync(new PersonalLinkRequest(conference.Id, "29:kevin", "Kevin", false, "ref"), CancellationToken.None));

        Assert.Equal(ConferencingFailure.Busy, create.Failure);
        Assert.Equal(ConferencingFailure.Busy, link.Failure);
        Assert.Equal(2, host.Count(MoodHoodOperations.RoomCreate));
        Assert.Equal(1, host.Count(MoodHoodOperations.GenerateAccess));
        Assert.Single(host.State.Rooms);
        Assert.Empty(host.State.Links);
    }

    [Fact]
    public async Task Reads_and_deletes_are_retried_after_a_passing_failure()
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync();
        var conference = await host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting("Retro"), CancellationToken.None);
        const string unavailable = """{"code":"SERVICE_UNAVAILABLE","message":"try again"}""";
        host.State.Faults.FailNext(1, 503, unavailable, operation: MoodHoodOperations.RoomGet);
        host.State.Faults.FailNext(1, 502, "<html>bad gateway</html>", "text/html", MoodHoodOperations.RoomDelete);

        var read = await host.Conferences.GetConferenceAsync(conference.Id, CancellationToken.None);
        await host.Conferences.StopAsync(conference.Id, CancellationToken.None);

        Assert.Equal("Retro", read.Topic);
        Assert.Equal(2, host.Count(MoodHoodOperations.RoomGet));
        Assert.Equal(2, host.Count(MoodHoodOperations.RoomDelete));
        Assert.Empty(host.State.Rooms);
    }

    [Fact]
    public async Task Stop_deletes_the_room_and_stopping_again_is_no_error()
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync();
        var conference = await host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting(), CancellationToken.None);

        await host.Conferences.StopAsync(conference.Id, CancellationToken.None);
        await host.Conferences.StopAsync(conference.Id, CancellationToken.None);
        await host.Conferences.DiscardAsync(conference.Id, CancellationToken.None);
        var gone = await Assert.ThrowsAnyAsync<ConferencingException>(() => host.Conferences.GetConferenceAsync(conference.Id, CancellationToken.None));

        Assert.Empty(host.State.Rooms);
        Assert.Equal(ConferencingFailure.NotFound, gone.Failure);
    }

    [Fact]
    public async Task The_list_shows_the_bots_rooms_only_as_running_and_cannot_filter_by_owner()
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync();
        await host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting("One"), CancellationToken.None);
        await host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting("Two"), CancellationToken.None);
        using (var client = host.Simulator.CreateClient())
        {
            // A room somebody made by hand in the same space.
            using var request = new HttpRequestMessage(HttpMethod.Post, $"v1/spaces/{host.Simulator.Options.SpaceId}/rooms")
            {
                Content = new StringContent("""{"name":"Hand-made room","type":"lesson","isPublic":false}""", System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new("Bearer", host.Simulator.Options.PersonalToken);
            (await client.SendAsync(request)).EnsureSuccessStatusCode();
        }

        var running = await host.Conferences.ListAsync(new ConferenceQuery(ConferenceState.Running, null, 1, 10), CancellationToken.None);
        var secondPage = await host.Conferences.ListAsync(new ConferenceQuery(null, null, 2, 1), CancellationToken.None);
        var stopped = await host.Conferences.ListAsync(new ConferenceQuery(ConferenceState.Stopped, null, 1, 10), CancellationToken.None);

        Assert.Equal(2, running.Total);
        Assert.Equal(new[] { "One", "Two" }, running.Conferences.Select(conference => conference.Topic).Order());
        Assert.All(running.Conferences, conference => Assert.Equal(ConferenceState.Running, conference.State));
        Assert.All(running.Conferences, conference => Assert.StartsWith(host.Simulator.BaseUrl + "/room/", conference.JoinUrl, StringComparison.Ordinal));
        Assert.Single(secondPage.Conferences);
        Assert.Empty(stopped.Conferences);
        await Assert.ThrowsAsync<NotSupportedException>(() => host.Conferences.ListAsync(new ConferenceQuery(null, "29:alex-chat-id", 1, 10), CancellationToken.None));
    }

    [Fact]
    public async Task Personal_links_carry_role_external_ids_and_lifetime_as_sent()
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync(new() { ["MoodHood:LinkTtlSeconds"] = "7200" });
        var conference = await host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting(), CancellationToken.None);
        var before = DateTimeOffset.UtcNow;

        var owner = await host.Links.IssueAsync(new PersonalLinkRequest(conference.Id, "29:alex-chat-id", "Alex Wilber", AsModerator: true, "teams|c|1"), CancellationToken.None);
        var guest = await host.Links.IssueAsync(new PersonalLinkRequest(conference.Id, "29:kevin-chat-id", "Kevin Tran", AsModerator: false, "teams|c|1"), CancellationToken.None);

        var links = host.State.Links;
        Assert.Equal(2, links.Count);
        var moderator = links.Single(link => link.Url == owner.Url);
        Assert.Equal(("Alex Wilber", "moderator", "29:alex-chat-id", "teams|c|1", 7200, false),
            (moderator.Username, moderator.Role, moderator.ExternalUserId, moderator.ExternalMeetingId, moderator.TtlSeconds, moderator.IsPermanent));
        var user = links.Single(link => link.Url == guest.Url);
        Assert.Equal(("Kevin Tran", "user", "29:kevin-chat-id"), (user.Username, user.Role, user.ExternalUserId));
        Assert.Contains("accessToken=", owner.Url, StringComparison.Ordinal);
        Assert.NotEqual(owner.Url, guest.Url);
        Assert.InRange(owner.ExpiresAt, before.AddSeconds(7200), DateTimeOffset.UtcNow.AddSeconds(7200));
    }

    [Fact]
    public async Task A_link_for_a_deleted_room_is_not_found()
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync();
        var conference = await host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting(), CancellationToken.None);
        await host.Conferences.StopAsync(conference.Id, CancellationToken.None);

        var error = await Assert.ThrowsAnyAsync<ConferencingException>(() =>
            host.Links.IssueAsync(new PersonalLinkRequest(conference.Id, "29:kevin", "Kevin", false, "ref"), CancellationToken.None));

        Assert.Equal(ConferencingFailure.NotFound, error.Failure);
    }

    [Fact]
    public async Task Capabilities_are_moodhoods_and_unsupported_operations_say_so()
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync();

        Assert.Equal(new ConferencingCapabilities("MoodHood", HasUserDirectory: false, LiveParticipants: false, CanStop: true, Guests: false, PersonalLinks: true, CallHeadcount: true),
            host.Conferences.Capabilities);
        Assert.Same(host.Conferences, host.Links);
        var participants = await Assert.ThrowsAsync<NotSupportedException>(() => host.Conferences.GetParticipantsAsync("room", CancellationToken.None));
        var invite = await Assert.ThrowsAsync<NotSupportedException>(() => host.Conferences.InviteAsync("room", "29:kevin", CancellationToken.None));
        Assert.Contains("MoodHood", participants.Message, StringComparison.Ordinal);
        Assert.Contains("personal links", invite.Message, StringComparison.Ordinal);
    }
}
