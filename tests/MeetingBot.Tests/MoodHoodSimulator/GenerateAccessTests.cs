using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace MeetingBot.Tests.MoodHoodSimulator;

public sealed class GenerateAccessTests(MoodHoodFixture fixture) : MoodHoodTestBase(fixture)
{
    [Fact]
    public async Task Generate_access_answers_201_with_a_personal_link_to_the_meeting_page()
    {
        var room = await Http.CreateRoomAsync();
        var roomId = room.GetProperty("id").GetString()!;
        var alias = room.GetProperty("alias").GetString()!;

        var answer = await Http.CallAsync(
            HttpMethod.Post,
            $"/spaces/{SpaceId}/rooms/{roomId}/generate-access",
            """{"username":"Kevin Smith & co","role":"moderator","externalUserId":"29:kevin","externalMeetingId":"m-42","ttl":7200,"email":"kevin@contoso.example"}""");

        Assert.Equal(HttpStatusCode.Created, answer.Status);
        var url = new Uri(answer.Text("url"));
        Assert.Equal($"{Server.BaseUrl}/room/{alias}", url.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(url.Query);
        Assert.Equal("Kevin Smith & co", query["participantName"].ToString());
        Assert.Contains("participantName=Kevin%20Smith%20%26%20co&", url.Query, StringComparison.Ordinal);
        var link = Assert.Single(State.Links);
        Assert.Equal(query["accessToken"].ToString(), link.AccessToken);
        Assert.Equal(answer.Text("url"), link.Url);
        Assert.Equal(("moderator", "29:kevin", "m-42", 7200, false, "kevin@contoso.example"),
            (link.Role, link.ExternalUserId, link.ExternalMeetingId, link.TtlSeconds, link.IsPermanent, link.Email));
        Assert.Equal(Clock.GetUtcNow().AddHours(2), link.ExpiresAt);
        Assert.False(link.IsSpent);
    }

    [Fact]
    public async Task Each_call_makes_a_new_link_with_a_default_ttl_of_a_day()
    {
        var roomId = (await Http.CreateRoomAsync()).GetProperty("id").GetString()!;

        var first = await Http.GenerateAccessAsync(roomId);
        var second = await Http.GenerateAccessAsync(roomId);

        Assert.NotEqual(first, second);
        Assert.All(State.Links, link => Assert.Equal(86_400, link.TtlSeconds));
    }

    [Theory]
    [InlineData("""{"role":"user"}""")]
    [InlineData("""{"username":"Kevin"}""")]
    [InlineData("""{"username":"Kevin","role":"owner"}""")]
    [InlineData("""{"username":"Kevin","role":"user","ttl":0}""")]
    [InlineData("""{"username":"Kevin","role":"user","ttl":432001}""")]
    [InlineData("""{"username":"Kevin","role":"user","ttl":"3600"}""")]
    [InlineData("""{"username":"Kevin","role":"user","ttl":1.5}""")]
    [InlineData("""{"username":"Kevin","role":"user","isPermanent":"true"}""")]
    public async Task Bad_values_are_422_and_make_no_link(string body)
    {
        var roomId = (await Http.CreateRoomAsync()).GetProperty("id").GetString()!;

        var answer = await Http.CallAsync(HttpMethod.Post, $"/spaces/{SpaceId}/rooms/{roomId}/generate-access", body);

        answer.AssertError(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        Assert.Empty(State.Links);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(432_000)]
    public async Task The_ttl_bounds_themselves_are_accepted(int ttl)
    {
        var roomId = (await Http.CreateRoomAsync()).GetProperty("id").GetString()!;

        await Http.GenerateAccessAsync(roomId, $$"""{"username":"Kevin","role":"user","ttl":{{ttl}}}""");

        Assert.Equal(ttl, Assert.Single(State.Links).TtlSeconds);
    }

    [Fact]
    public async Task Client_token_unknown_room_and_deleted_room_are_refused()
    {
        var roomId = (await Http.CreateRoomAsync()).GetProperty("id").GetString()!;
        var (clientToken, _) = await Http.ClientTokenAsync();
        var path = $"/spaces/{SpaceId}/rooms/{roomId}/generate-access";
        const string body = """{"username":"Kevin","role":"user"}""";

        var withClientToken = await Http.CallWithTokenAsync(HttpMethod.Post, path, clientToken, body);
        var unknownRoom = await Http.CallAsync(HttpMethod.Post, $"/spaces/{SpaceId}/rooms/0123456789abcdef01234567/generate-access", body);
        await Http.CallAsync(HttpMethod.Delete, $"/spaces/{SpaceId}/rooms/{roomId}");
        var deletedRoom = await Http.CallAsync(HttpMethod.Post, path, body);

        withClientToken.AssertError(HttpStatusCode.Forbidden, "FORBIDDEN");
        unknownRoom.AssertError(HttpStatusCode.NotFound, "NOT_FOUND");
        deletedRoom.AssertError(HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Empty(State.Links);
    }
}
