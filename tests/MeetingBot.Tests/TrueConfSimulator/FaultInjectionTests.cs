using System.Diagnostics;
using System.Net;
using MeetingBot.TrueConfSimulator;

namespace MeetingBot.Tests.TrueConfSimulator;

public sealed class FaultInjectionTests(SimulatorFixture fixture) : SimulatorTestBase(fixture)
{
    [Fact]
    public async Task Response_delay_slows_every_request()
    {
        State.Faults.ResponseDelay = TimeSpan.FromMilliseconds(400);

        var watch = Stopwatch.StartNew();
        await Http.GetTokenAsync();

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(350), $"Answered after {watch.Elapsed}.");
    }

    [Fact]
    public async Task A_client_timeout_frees_the_delayed_request()
    {
        State.Faults.ResponseDelay = TimeSpan.FromMinutes(2);
        using var impatient = Server.CreateClient();
        impatient.Timeout = TimeSpan.FromMilliseconds(300);

        await Assert.ThrowsAnyAsync<TaskCanceledException>(() => impatient.GetAsync("api/v3.8/users"));

        var deadline = Stopwatch.StartNew();
        while (State.Faults.DelayedRequests > 0 && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, State.Faults.DelayedRequests);
    }

    [Fact]
    public async Task Fail_next_answers_with_the_given_status_body_and_content_type_then_recovers()
    {
        const string proxyPage = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        var token = await Http.GetTokenAsync();
        State.Faults.FailNext(2, 502, proxyPage, "text/html");

        using var first = await Http.Client.GetAsync($"api/v3.8/users?access_token={token}");
        using var second = await Http.Client.GetAsync($"api/v3.8/users?access_token={token}");
        var third = await Http.CallWithTokenAsync(HttpMethod.Get, "/users", token);

        Assert.Equal(HttpStatusCode.BadGateway, first.StatusCode);
        Assert.Equal("text/html", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(proxyPage, await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadGateway, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.Status);
        Assert.Equal(0, State.Faults.PendingFailures);
    }

    [Fact]
    public async Task Fail_next_can_target_one_operation()
    {
        State.Faults.FailNext(
            1, 500, """{"error":{"code":500,"message":"Internal Server Error","errors":[]}}""",
            operation: SimulatorOperations.ConferenceCreate);

        var failed = await Http.CallAsync(HttpMethod.Post, "/conferences", """{"topic":"x","owner":"helen"}""");
        var retried = await Http.CallAsync(HttpMethod.Post, "/conferences", """{"topic":"x","owner":"helen"}""");

        Assert.Equal(HttpStatusCode.InternalServerError, failed.Status);
        Assert.Equal(500, failed.Json.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(HttpStatusCode.OK, retried.Status);
        Assert.Single(State.Conferences);
        Assert.Equal(2, State.RequestLog.Count(r => r.Operation == SimulatorOperations.ConferenceCreate));
    }

    [Fact]
    public async Task Reset_returns_to_a_fresh_simulator()
    {
        await Http.CreateConferenceAsync("""{"topic":"x","owner":"helen"}""");
        State.AddUser("nina", "Nina Berg", "nina@fabrikam.example");
        State.Faults.ResponseDelay = TimeSpan.FromSeconds(1);
        State.Faults.DeniedScopes.Add("users:read");
        State.Faults.FailNext(1, 500, "{}");

        State.Reset();

        Assert.Empty(State.Conferences);
        Assert.Empty(State.IssuedTokens);
        Assert.Empty(State.RequestLog);
        Assert.Equal(0, State.TokenRequestCount);
        Assert.Null(State.FindUser("nina"));
        Assert.NotNull(State.FindUser("helen"));
        Assert.Equal(TimeSpan.Zero, State.Faults.ResponseDelay);
        Assert.Empty(State.Faults.DeniedScopes);
        Assert.Equal(0, State.Faults.PendingFailures);
    }

    [Fact]
    public async Task Concurrent_creates_all_succeed_with_distinct_ids()
    {
        var token = await Http.GetTokenAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Http.CallWithTokenAsync(
            HttpMethod.Post, "/conferences", token: token, jsonBody: $$"""{"topic":"Load {{i}}","owner":"helen"}""")));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        Assert.Equal(40, State.Conferences.Select(c => c.Id).Distinct().Count());
    }
}
