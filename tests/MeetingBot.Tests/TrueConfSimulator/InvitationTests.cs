using System.Net;
using System.Text.Json;

namespace MeetingBot.Tests.TrueConfSimulator;

public sealed class InvitationTests(SimulatorFixture fixture) : SimulatorTestBase(fixture)
{
    private const string Body = """{"topic":"Plan","owner":"helen","invitations":[{"id":"helen"}]}""";

    [Fact]
    public async Task Added_invitations_are_listed_sorted_with_user_fields_and_owner_flag()
    {
        var id = await Http.CreateConferenceAsync(Body);

        var added = await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/invitations", """{"id":"dean","display_name":"Dean"}""");
        var list = await Http.CallAsync(HttpMethod.Get, $"/conferences/{id}/invitations");

        Assert.Equal(HttpStatusCode.OK, added.Status);
        Assert.Equal("dean@contoso.example", added.Json.GetProperty("invitation").GetProperty("email").GetString());
        Assert.Equal("user", added.Json.GetProperty("invitation").GetProperty("type").GetString());
        var items = list.Json.GetProperty("invitations").EnumerateArray().ToArray();
        Assert.Equal(["dean", "helen"], items.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal([0, 1], items.Select(i => i.GetProperty("is_owner").GetInt32()));
    }

    [Fact]
    public async Task V4_wrapped_body_is_accepted()
    {
        var id = await Http.CreateConferenceAsync(Body);

        var added = await Http.CallAsync(
            HttpMethod.Post, $"/conferences/{id}/invitations", """{"invitation":{"id":"kevin","is_moderator":true}}""", "v4");

        Assert.Equal(HttpStatusCode.OK, added.Status);
        Assert.True(State.FindConference(id)!.Invitations.Single(i => i.UserId == "kevin").IsModerator);
    }

    [Fact]
    public async Task Adding_an_existing_invitation_is_uniqueValueAlreadyInUse()
    {
        var id = await Http.CreateConferenceAsync(Body);

        var answer = await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/invitations", """{"id":"helen"}""");

        answer.AssertApiError(HttpStatusCode.BadRequest, "uniqueValueAlreadyInUse", "id");
    }

    [Fact]
    public async Task Update_get_and_remove_one_invitation()
    {
        var id = await Http.CreateConferenceAsync(Body);

        var updated = await Http.CallAsync(HttpMethod.Put, $"/conferences/{id}/invitations/helen", """{"display_name":"Boss"}""");
        var conference = await Http.CallAsync(HttpMethod.Get, $"/conferences/{id}");
        var removed = await Http.CallAsync(HttpMethod.Delete, $"/conferences/{id}/invitations/helen");
        var gone = await Http.CallAsync(HttpMethod.Get, $"/conferences/{id}/invitations/helen");

        Assert.Equal("Boss", updated.Json.GetProperty("invitation").GetProperty("display_name").GetString());
        Assert.Equal(
            "Boss",
            conference.Json.GetProperty("conference").GetProperty("invitations")[0].GetProperty("display_name").GetString());
        Assert.Equal("""{"id":"helen"}""", removed.Text);
        gone.AssertApiError(HttpStatusCode.NotFound, "invitationNotFound", "invitation_id");
    }

    [Fact]
    public async Task Unknown_user_and_unknown_conference()
    {
        var id = await Http.CreateConferenceAsync(Body);

        var unknownUser = await Http.CallAsync(HttpMethod.Post, $"/conferences/{id}/invitations", """{"id":"ghost"}""");
        var unknownConference = await Http.CallAsync(HttpMethod.Get, "/conferences/1234567890/invitations");

        unknownUser.AssertApiError(HttpStatusCode.BadRequest, "userNotFound", "id");
        unknownConference.AssertApiError(HttpStatusCode.NotFound, "conferenceNotFound", "conference_id");
        Assert.Equal(JsonValueKind.Object, unknownConference.Json.ValueKind);
    }
}
