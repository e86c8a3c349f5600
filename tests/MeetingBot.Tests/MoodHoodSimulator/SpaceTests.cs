using System.Net;

namespace MeetingBot.Tests.MoodHoodSimulator;

public sealed class SpaceTests(MoodHoodFixture fixture) : MoodHoodTestBase(fixture)
{
    [Fact]
    public async Task The_seeded_space_is_listed_with_its_configured_id()
    {
        var answer = await Http.CallAsync(HttpMethod.Get, "/spaces/");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(1, answer.Json.GetProperty("total").GetInt32());
        var space = Assert.Single(answer.Json.GetProperty("items").EnumerateArray());
        Assert.Equal(SpaceId, space.GetProperty("id").GetString());
        Assert.Equal(Server.Options.SpaceName, space.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Create_space_answers_201_with_a_24_hex_id_and_lists_it()
    {
        var created = await Http.CallAsync(HttpMethod.Post, "/spaces", """{"name":"Support","isPublic":false,"description":"Help desk"}""");
        var list = await Http.CallAsync(HttpMethod.Get, "/spaces");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Matches("^[0-9a-f]{24}$", created.Text("id"));
        Assert.False(created.Json.GetProperty("isPublic").GetBoolean());
        Assert.Equal(2, list.Json.GetProperty("total").GetInt32());
        Assert.Contains(list.Json.GetProperty("items").EnumerateArray(), space => space.GetProperty("id").GetString() == created.Text("id"));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"name":""}""")]
    [InlineData("""{"name":"x","isPublic":"yes"}""")]
    public async Task Create_space_with_bad_fields_is_422(string body)
    {
        var answer = await Http.CallAsync(HttpMethod.Post, "/spaces", body);

        answer.AssertError(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        Assert.Single(State.Spaces);
    }

    [Fact]
    public async Task Another_account_sees_neither_the_space_nor_its_rooms()
    {
        State.AddAccount("eve@contoso.example", "eve-password", "Eve");
        var (clientToken, _) = await Http.ClientTokenAsync();
        var login = await Http.TokenAsync(Http.PasswordBody("eve@contoso.example", "eve-password"), clientToken);
        var eve = login.Text("access_token");

        var spaces = await Http.CallWithTokenAsync(HttpMethod.Get, "/spaces/", eve);
        var rooms = await Http.CallWithTokenAsync(HttpMethod.Get, $"/spaces/{SpaceId}/rooms", eve);

        Assert.Equal(0, spaces.Json.GetProperty("total").GetInt32());
        rooms.AssertError(HttpStatusCode.Forbidden, "FORBIDDEN");
    }
}
