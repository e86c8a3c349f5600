using System.Diagnostics;
using System.Net;
using MeetingBot.MoodHoodSimulator;

namespace MeetingBot.Tests.MoodHoodSimulator;

public sealed class FaultInjectionTests(MoodHoodFixture fixture) : MoodHoodTestBase(fixture)
{
    [Fact]
    public async Task Service_unavailable_answers_503_with_retry_after_then_recovers()
    {
        State.Faults.ServiceUnavailableNext(2, TimeSpan.FromSeconds(1.2), MoodHoodOperations.RoomList);
        var path = $"/spaces/{SpaceId}/rooms";

        var other = await Http.CallAsync(HttpMethod.Get, "/users/me");
        var first = await Http.CallAsync(HttpMethod.Get, path);
        var second = await Http.CallAsync(HttpMethod.Get, path);
        var third = await Http.CallAsync(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.OK, other.Status);
        first.AssertError(HttpStatusCode.ServiceUnavailable, "SERVICE_UNAVAILABLE");
        Assert.Equal(TimeSpan.FromSeconds(2), first.Response.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.Status);
        Assert.Equal(HttpStatusCode.OK, third.Status);
        Assert.Equal(0, State.Faults.PendingFailures);
    }

    [Fact]
    public async Task Fail_next_answers_with_the_given_status_body_and_content_type()
    {
        const string proxyPage = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        State.Faults.FailNext(1, 502, proxyPage, "text/html");

        var failed = await Http.CallAsync(HttpMethod.Get, "/users/me");
        var next = await Http.CallAsync(HttpMethod.Get, "/users/me");

        Assert.Equal(HttpStatusCode.BadGateway, failed.Status);
        Assert.Equal("text/html", failed.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(proxyPage, failed.Body);
        Assert.Equal(HttpStatusCode.OK, next.Status);
    }

    [Fact]
    public async Task A_lost_create_answer_still_made_the_room()
    {
        State.Faults.LoseAnswerNext(1, MoodHoodOperations.RoomCreate);

        var lost = await Http.CallAsync(HttpMethod.Post, $"/spaces/{SpaceId}/rooms", """{"name":"Lost answer"}""");

        Assert.Equal(HttpStatusCode.GatewayTimeout, lost.Status);
        Assert.Equal("Lost answer", Assert.Single(State.Rooms).Name);
        var list = await Http.CallAsync(HttpMethod.Get, $"/spaces/{SpaceId}/rooms");
        Assert.Equal(1, list.Json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_lost_generate_access_answer_still_made_the_link()
    {
        var roomId = (await Http.CreateRoomAsync()).GetProperty("id").GetString()!;
        State.Faults.LoseAnswerNext(1, MoodHoodOperations.GenerateAccess, statusCode: 502);

        var lost = await Http.CallAsync(HttpMethod.Post, $"/spaces/{SpaceId}/rooms/{roomId}/generate-access", """{"username":"Kevin","role":"user"}""");

        Assert.Equal(HttpStatusCode.BadGateway, lost.Status);
        Assert.Single(State.Links);
    }

    [Fact]
    public async Task Response_delay_slows_every_request()
    {
        State.Faults.ResponseDelay = TimeSpan.FromMilliseconds(400);

        var watch = Stopwatch.StartNew();
        await Http.CallAsync(HttpMethod.Get, "/users/me");

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(350), $"Answered after {watch.Elapsed}.");
    }

    [Fact]
    public async Task A_client_timeout_frees_the_delayed_request()
    {
        State.Faults.ResponseDelay = TimeSpan.FromMinutes(2);
        using var impatient = Server.CreateClient();
        impatient.Timeout = TimeSpan.FromMilliseconds(300);

        await Assert.ThrowsAnyAsync<TaskCanceledException>(() => impatient.GetAsync("v1/users/me"));

        var deadline = Stopwatch.StartNew();
        while (State.Faults.DelayedRequests > 0 && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, State.Faults.DelayedRequests);
    }

    [Fact]
    public async Task Reset_returns_to_a_fresh_simulator()
    {
        var roomId = (await Http.CreateRoomAsync()).GetProperty("id").GetString()!;
        await Http.GenerateAccessAsync(roomId);
        await Http.UserTokenAsync();
        State.Faults.ResponseDelay = TimeSpan.FromSeconds(1);
        State.Faults.FailNext(1, 500, "{}");

        State.Reset();

        Assert.Empty(State.Rooms);
        Assert.Empty(State.Links);
        Assert.Empty(State.RequestLog);
        Assert.All(State.IssuedTokens, token => Assert.True(token.IsPersonal));
        Assert.Equal(SpaceId, Assert.Single(State.Spaces).Id);
        Assert.Equal(TimeSpan.Zero, State.Faults.ResponseDelay);
        Assert.Equal(0, State.Faults.PendingFailures);
    }

    [Fact]
    public async Task Concurrent_creates_all_succeed_with_distinct_ids_and_aliases()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            Http.CallAsync(HttpMethod.Post, $"/spaces/{SpaceId}/rooms", $$"""{"name":"Load {{i}}"}""")));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Created, answer.Status));
        Assert.Equal(30, State.Rooms.Select(room => room.Id).Distinct().Count());
        Assert.Equal(30, State.Rooms.Select(room => room.Alias).Distinct().Count());
    }
}
