using System.Net;
using MeetingBot.MoodHoodSimulator;

namespace MeetingBot.Tests.MoodHoodSimulator;

public sealed class RoomTests(MoodHoodFixture fixture) : MoodHoodTestBase(fixture)
{
    [Fact]
    public async Task Create_room_answers_201_with_the_full_room_object()
    {
        var room = await Http.CreateRoomAsync("""{"name":"Design review","type":"webinar","isPublic":false,"isChatAllowed":false,"isRecordAllowed":true}""");

        Assert.Matches("^[0-9a-f]{24}$", room.GetProperty("id").GetString());
        Assert.Matches("^[a-z0-9]{10}$", room.GetProperty("alias").GetString());
        Assert.False(string.IsNullOrEmpty(room.GetProperty("channelId").GetString()));
        Assert.Equal(SpaceId, room.GetProperty("spaceId").GetString());
        Assert.Equal("Design review", room.GetProperty("name").GetString());
        Assert.Equal("webinar", room.GetProperty("type").GetString());
        Assert.False(room.GetProperty("isPublic").GetBoolean());
        Assert.False(room.GetProperty("isChatAllowed").GetBoolean());
        Assert.True(room.GetProperty("isScreensharingAllowed").GetBoolean());
        Assert.True(room.GetProperty("isRecordAllowed").GetBoolean());
        Assert.Equal(Clock.GetUtcNow(), room.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(room.GetProperty("id").GetString(), Assert.Single(State.Rooms).Id);
    }

    [Fact]
    public async Task A_room_created_with_a_name_only_is_a_private_lesson()
    {
        var room = await Http.CreateRoomAsync("""{"name":"Quick sync"}""");

        Assert.Equal("lesson", room.GetProperty("type").GetString());
        Assert.False(room.GetProperty("isPublic").GetBoolean());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"name":"  "}""")]
    [InlineData("""{"name":"x","type":"meeting"}""")]
    [InlineData("""{"name":"x","isPublic":"false"}""")]
    [InlineData("""{"name":"x","templateId":"abc"}""")]
    public async Task Create_room_with_bad_fields_is_422_and_creates_nothing(string body)
    {
        var answer = await Http.CallAsync(HttpMethod.Post, $"/spaces/{SpaceId}/rooms", body);

        answer.AssertError(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        Assert.Empty(State.Rooms);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_400_bad_request()
    {
        var answer = await Http.CallAsync(HttpMethod.Post, $"/spaces/{SpaceId}/rooms", "{name:");

        answer.AssertError(HttpStatusCode.BadRequest, "BAD_REQUEST");
    }

    [Fact]
    public async Task Unknown_space_is_404()
    {
        var answer = await Http.CallAsync(HttpMethod.Post, "/spaces/0123456789abcdef01234567/rooms", """{"name":"x"}""");

        answer.AssertError(HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Empty(State.Rooms);
    }

    [Fact]
    public async Task A_client_token_may_not_create_or_list_rooms()
    {
        var (clientToken, _) = await Http.ClientTokenAsync();

        var create = await Http.CallWithTokenAsync(HttpMethod.Post, $"/spaces/{SpaceId}/rooms", clientToken, """{"name":"x"}""");
        var list = await Http.CallWithTokenAsync(HttpMethod.Get, $"/spaces/{SpaceId}/rooms", clientToken);

        create.AssertError(HttpStatusCode.Forbidden, "FORBIDDEN");
        Assert.Equal("this method is forbidden for the user", create.Text("message"));
        list.AssertError(HttpStatusCode.Forbidden, "FORBIDDEN");
        Assert.Empty(State.Rooms);
    }

    [Fact]
    public async Task No_token_is_401()
    {
        var answer = await Http.CallWithTokenAsync(HttpMethod.Post, $"/spaces/{SpaceId}/rooms", null, """{"name":"x"}""");

        answer.AssertError(HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        Assert.Empty(State.Rooms);
    }

    [Fact]
    public async Task List_get_and_get_by_alias_return_the_room()
    {
        var room = await Http.CreateRoomAsync();
        await Http.CreateRoomAsync("""{"name":"Second"}""");
        var id = room.GetProperty("id").GetString();
        var alias = room.GetProperty("alias").GetString();

        var list = await Http.CallAsync(HttpMethod.Get, $"/spaces/{SpaceId}/rooms");
        var byId = await Http.CallAsync(HttpMethod.Get, $"/spaces/{SpaceId}/rooms/{id}");
        var byAlias = await Http.CallAsync(HttpMethod.Get, $"/spaces/room-by-alias/{alias}");

        Assert.Equal(2, list.Json.GetProperty("total").GetInt32());
        Assert.Equal(id, list.Json.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, byId.Status);
        Assert.Equal(alias, byId.Text("alias"));
        Assert.Equal(HttpStatusCode.OK, byAlias.Status);
        Assert.Equal(id, byAlias.Text("id"));
    }

    [Fact]
    public async Task A_client_token_reads_a_public_room_but_not_a_private_one()
    {
        var open = await Http.CreateRoomAsync("""{"name":"Open","isPublic":true}""");
        var closed = await Http.CreateRoomAsync("""{"name":"Closed","isPublic":false}""");
        var (clientToken, _) = await Http.ClientTokenAsync();

        var publicRead = await Http.CallWithTokenAsync(HttpMethod.Get, $"/spaces/room-by-alias/{open.GetProperty("alias").GetString()}", clientToken);
        var privateRead = await Http.CallWithTokenAsync(HttpMethod.Get, $"/spaces/{SpaceId}/rooms/{closed.GetProperty("id").GetString()}", clientToken);

        Assert.Equal(HttpStatusCode.OK, publicRead.Status);
        privateRead.AssertError(HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    [Fact]
    public async Task Update_changes_only_the_fields_sent()
    {
        var room = await Http.CreateRoomAsync("""{"name":"Old name","type":"lesson","isChatAllowed":false}""");
        var id = room.GetProperty("id").GetString();

        var updated = await Http.CallAsync(HttpMethod.Put, $"/spaces/{SpaceId}/rooms/{id}", """{"name":"New name"}""");
        var bad = await Http.CallAsync(HttpMethod.Put, $"/spaces/{SpaceId}/rooms/{id}", """{"type":"party"}""");

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal("New name", updated.Text("name"));
        Assert.False(updated.Json.GetProperty("isChatAllowed").GetBoolean());
        Assert.Equal(room.GetProperty("alias").GetString(), updated.Text("alias"));
        bad.AssertError(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        Assert.Equal("New name", State.FindRoom(id!)!.Name);
    }

    [Fact]
    public async Task Delete_answers_204_then_the_room_is_gone()
    {
        var room = await Http.CreateRoomAsync();
        var id = room.GetProperty("id").GetString();

        var deleted = await Http.CallAsync(HttpMethod.Delete, $"/spaces/{SpaceId}/rooms/{id}");
        var get = await Http.CallAsync(HttpMethod.Get, $"/spaces/{SpaceId}/rooms/{id}");
        var byAlias = await Http.CallAsync(HttpMethod.Get, $"/spaces/room-by-alias/{room.GetProperty("alias").GetString()}");
        var again = await Http.CallAsync(HttpMethod.Delete, $"/spaces/{SpaceId}/rooms/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        get.AssertError(HttpStatusCode.NotFound, "NOT_FOUND");
        byAlias.AssertError(HttpStatusCode.NotFound, "NOT_FOUND");
        again.AssertError(HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Empty(State.Rooms);
    }

    [Fact]
    public async Task A_room_is_addressed_only_under_its_own_space()
    {
        var room = await Http.CreateRoomAsync();
        var other = await Http.CallAsync(HttpMethod.Post, "/spaces", """{"name":"Other","isPublic":false}""");

        var answer = await Http.CallAsync(HttpMethod.Get, $"/spaces/{other.Text("id")}/rooms/{room.GetProperty("id").GetString()}");

        answer.AssertError(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task Wrong_method_is_405_with_allow_and_unknown_path_is_404_in_the_api_shape()
    {
        var wrongMethod = await Http.CallAsync(HttpMethod.Patch, $"/spaces/{SpaceId}/rooms");
        var unknown = await Http.CallAsync(HttpMethod.Get, "/nothing/here");

        wrongMethod.AssertError(HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
        Assert.Equal(["GET", "POST"], wrongMethod.Response.Content.Headers.Allow.Order());
        unknown.AssertError(HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Contains(State.RequestLog, request => request.Operation == MoodHoodOperations.NotFound);
    }
}
