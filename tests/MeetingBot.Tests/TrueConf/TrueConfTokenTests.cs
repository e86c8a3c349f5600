using MeetingBot.Conferencing;
using MeetingBot.TrueConfSimulator;
using ConferenceState = MeetingBot.Conferencing.ConferenceState;

namespace MeetingBot.Tests.TrueConf;

public sealed class TrueConfTokenTests
{
    [Fact]
    public async Task Fifty_concurrent_commands_share_one_token_request()
    {
        await using var host = await TrueConfClientHost.StartAsync();

        var started = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => host.Conferences.StartConferenceAsync(host.Meeting($"Meeting {i}"), CancellationToken.None)));

        Assert.Equal(1, host.Simulator.State.TokenRequestCount);
        Assert.Equal(50, started.Select(conference => conference.Id).Distinct().Count());
        Assert.Equal(50, host.Simulator.State.RequestLog.Count(r => r.Operation == SimulatorOperations.ConferenceCreate));
        Assert.Equal(50, host.Simulator.State.RequestLog.Count(r => r.Operation == SimulatorOperations.ConferenceRun));
    }

    [Fact]
    public async Task An_expired_token_is_replaced_once_and_the_call_succeeds()
    {
        await using var host = await TrueConfClientHost.StartAsync();
        await host.Conferences.StartConferenceAsync(host.Meeting("First"), CancellationToken.None);
        host.Simulator.State.ExpireAllTokens();

        var second = await host.Conferences.StartConferenceAsync(host.Meeting("Second"), CancellationToken.None);

        Assert.Equal(ConferenceState.Running, second.State);
        Assert.Equal(2, host.Simulator.State.TokenRequestCount);
        Assert.Equal(2, host.Simulator.State.Conferences.Count);
    }

    [Fact]
    public async Task A_token_the_server_keeps_refusing_is_not_retried_in_a_loop()
    {
        await using var host = await TrueConfClientHost.StartAsync();
        await host.Conferences.StartConferenceAsync(host.Meeting("First"), CancellationToken.None);
        // Every answer claims the token is invalid, even a fresh one.
        host.Simulator.State.Faults.FailNext(10, 403,
            """{"error":{"code":403,"message":"Forbidden","errors":[{"reason":"accessTokenInvalid","message":"Access token is invalid"}]}}""",
            operation: SimulatorOperations.ConferenceCreate);

        var error = await Assert.ThrowsAnyAsync<ConferencingException>(() => host.Conferences.StartConferenceAsync(host.Meeting("Second"), CancellationToken.None));

        Assert.Equal(ConferencingFailure.CredentialsRejected, error.Failure);
        Assert.Equal(2, host.Simulator.State.TokenRequestCount);
        Assert.Equal(8, host.Simulator.State.Faults.PendingFailures);
    }

    [Fact]
    public async Task V3_sends_the_token_in_the_query_and_never_writes_it_to_the_log()
    {
        await using var host = await TrueConfClientHost.StartAsync();

        await host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None);

        var token = Assert.Single(host.Simulator.State.IssuedTokens).AccessToken;
        Assert.NotEmpty(host.Logs.Lines);
        Assert.DoesNotContain(token, host.Logs.All);
        Assert.DoesNotContain(host.Simulator.Options.ClientSecret, host.Logs.All);
    }

    [Fact]
    public async Task V4_sends_the_token_as_a_bearer_header_and_starts_a_meeting()
    {
        await using var host = await TrueConfClientHost.StartAsync(new() { ["TrueConf:ApiVersion"] = "v4" });

        var conference = await host.Conferences.StartConferenceAsync(host.Meeting(), CancellationToken.None);

        Assert.Equal(ConferenceState.Running, conference.State);
        Assert.All(host.Simulator.State.RequestLog.Where(r => r.Operation == SimulatorOperations.ConferenceCreate), r => Assert.StartsWith("/api/v4/", r.Path));
    }
}
