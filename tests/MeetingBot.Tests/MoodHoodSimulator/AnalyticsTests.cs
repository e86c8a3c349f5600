using System.Globalization;
using System.Net;

namespace MeetingBot.Tests.MoodHoodSimulator;

public sealed class AnalyticsTests(MoodHoodFixture fixture) : MoodHoodTestBase(fixture)
{
    [Fact]
    public async Task A_call_starts_with_the_first_person_on_the_page_and_counts_who_is_in()
    {
        var roomId = (await Http.CreateRoomAsync()).GetProperty("id").GetString()!;
        var before = await CallsAsync($"?roomId={roomId}");

        await Http.OpenAsync(await Http.GenerateAccessAsync(roomId, """{"username":"Kevin","role":"user","externalUserId":"k"}"""));
        await Http.OpenAsync(await Http.GenerateAccessAsync(roomId, """{"username":"Dean","role":"user","externalUserId":"d"}"""));
        var during = await CallsAsync($"?roomId={roomId}");

        Assert.Empty(before.Json.GetProperty("items").EnumerateArray());
        var call = Assert.Single(during.Json.GetProperty("items").EnumerateArray());
        Assert.True(call.GetProperty("active").GetBoolean());
        Assert.Equal(roomId, call.GetProperty("roomId").GetString());
        Assert.Equal(2, call.GetProperty("participantsCount").GetInt32());
        Assert.Equal(2, call.GetProperty("uniqueParticipantsCount").GetInt32());
        Assert.Equal("lesson", call.GetProperty("roomType").GetString());
        Assert.Equal(Clock.GetUtcNow(), call.GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, call.GetProperty("finishedAt").ValueKind);
        Assert.Matches("^[0-9a-f]{24}$", call.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Deleting_the_room_finishes_its_call_and_the_call_stays_in_analytics()
    {
        var roomId = (await Http.CreateRoomAsync()).GetProperty("id").GetString()!;
        await Http.OpenAsync(await Http.GenerateAccessAsync(roomId));
        Clock.Advance(TimeSpan.FromMinutes(30));

        await Http.CallAsync(HttpMethod.Delete, $"/spaces/{SpaceId}/rooms/{roomId}");
        var after = await CallsAsync($"?roomId={roomId}");

        var call = Assert.Single(after.Json.GetProperty("items").EnumerateArray());
        Assert.False(call.GetProperty("active").GetBoolean());
        Assert.Equal(0, call.GetProperty("participantsCount").GetInt32());
        Assert.Equal(1, call.GetProperty("totalParticipantsCount").GetInt32());
        Assert.Equal(Clock.GetUtcNow(), call.GetProperty("finishedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Calls_are_filtered_by_room_and_day()
    {
        var first = (await Http.CreateRoomAsync()).GetProperty("id").GetString()!;
        var second = (await Http.CreateRoomAsync("""{"name":"Second"}""")).GetProperty("id").GetString()!;
        await Http.OpenAsync(await Http.GenerateAccessAsync(first));
        await Http.OpenAsync(await Http.GenerateAccessAsync(second));
        var today = Clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tomorrow = Clock.GetUtcNow().AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.Equal(2, (await CallsAsync("")).Json.GetProperty("items").GetArrayLength());
        Assert.Equal(1, (await CallsAsync($"?roomId={second}")).Json.GetProperty("items").GetArrayLength());
        Assert.Equal(2, (await CallsAsync($"?date={today}")).Json.GetProperty("items").GetArrayLength());
        Assert.Equal(0, (await CallsAsync($"?roomId={first}&date={tomorrow}")).Json.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_bad_date_is_422_an_unknown_space_404_and_a_client_token_403()
    {
        var (clientToken, _) = await Http.ClientTokenAsync();

        (await CallsAsync("?date=03.12.2026")).AssertError(HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
        (await Http.CallAsync(HttpMethod.Get, "/spaces/0123456789abcdef01234567/analytics/calls"))
            .AssertError(HttpStatusCode.NotFound, "NOT_FOUND");
        (await Http.CallWithTokenAsync(HttpMethod.Get, $"/spaces/{SpaceId}/analytics/calls", clientToken))
            .AssertError(HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    private Task<MoodHoodAnswer> CallsAsync(string query) =>
        Http.CallAsync(HttpMethod.Get, $"/spaces/{SpaceId}/analytics/calls{query}");
}
