using System.Diagnostics;
using MeetingBot.Conferencing;
using MeetingBot.MoodHood.Api;
using MeetingBot.MoodHoodSimulator;

namespace MeetingBot.Tests.MoodHood;

/// <summary>MoodHood's refusals and failures become typed errors a chat reply can explain, never carrying a token.</summary>
public sealed class MoodHoodErrorTests
{
    public static TheoryData<int, string, ConferencingFailure> Statuses => new()
    {
        { 403, """{"code":"FORBIDDEN","message":"this method is forbidden for the user"}""", ConferencingFailure.PermissionDenied },
        { 404, """{"code":"NOT_FOUND","message":"Room not found"}""", ConferencingFailure.NotFound },
        { 422, """{"code":"VALIDATION_ERROR","message":"name is required"}""", ConferencingFailure.Rejected },
        { 400, """{"code":"BAD_REQUEST","message":"malformed JSON"}""", ConferencingFailure.Rejected },
        { 429, """{"code":"TOO_MANY_REQUESTS","message":"slow down"}""", ConferencingFailure.Busy },
        { 500, """{"code":"INTERNAL","message":"boom"}""", ConferencingFailure.Unreachable },
        { 502, "<html><body>Bad gateway</body></html>", ConferencingFailure.Unreachable },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task A_status_maps_to_its_failure(int status, string body, ConferencingFailure failure)
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync();
        host.State.Faults.FailNext(1, status, body, body.StartsWith('{') ? "application/json" : "text/html", MoodHoodOperations.RoomCreate);

        var error = await Assert.ThrowsAnyAsync<ConferencingException>(() => host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting(), CancellationToken.None));

        Assert.Equal(failure, error.Failure);
        Assert.Equal(status, Assert.IsType<MoodHoodApiException>(error).StatusCode);
    }

    [Fact]
    public async Task A_refusal_carries_the_servers_message_as_reason_without_tokens()
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync();
        var token = host.Simulator.Options.PersonalToken!;
        host.State.Faults.FailNext(1, 422,
            $$"""{"code":"VALIDATION_ERROR","message":"ttl out of range for Bearer {{token}} at https://x/room/a?accessToken=abcdef123456 (kevin@contoso.example)"}""",
            operation: MoodHoodOperations.RoomCreate);

        var error = await Assert.ThrowsAnyAsync<ConferencingException>(() => host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting(), CancellationToken.None));

        Assert.Equal(ConferencingFailure.Rejected, error.Failure);
        Assert.NotNull(error.ServerReason);
        Assert.StartsWith("ttl out of range", error.ServerReason, StringComparison.Ordinal);
        foreach (var text in new[] { error.ServerReason, error.Message, error.ToString() })
        {
            Assert.DoesNotContain(token, text, StringComparison.Ordinal);
            Assert.DoesNotContain("abcdef123456", text, StringComparison.Ordinal);
            Assert.DoesNotContain("kevin@contoso.example", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_busy_server_with_a_long_retry_after_answers_busy_at_once()
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync();
        var conference = await host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting(), CancellationToken.None);
        host.State.Faults.ServiceUnavailableNext(3, TimeSpan.FromSeconds(30), MoodHoodOperations.RoomGet);

        var error = await Assert.ThrowsAnyAsync<ConferencingException>(() => host.Conferences.GetConferenceAsync(conference.Id, CancellationToken.None));

        Assert.Equal(ConferencingFailure.Busy, error.Failure);
        Assert.Equal(TimeSpan.FromSeconds(30), Assert.IsType<MoodHoodApiException>(error).RetryAfter);
        Assert.Equal(1, host.Count(MoodHoodOperations.RoomGet));
    }

    [Fact]
    public async Task A_slow_server_times_out_within_the_configured_time()
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync(new() { ["MoodHood:TimeoutSeconds"] = "1" });
        host.State.Faults.ResponseDelay = TimeSpan.FromSeconds(20);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAnyAsync<ConferencingException>(() => host.Conferences.StartConferenceAsync(MoodHoodClientHost.Meeting(), CancellationToken.None));

        Assert.Equal(ConferencingFailure.TimedOut, error.Failure);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_server_that_is_gone_is_unreachable()
    {
        await using var host = await MoodHoodClientHost.WithPersonalTokenAsync();
        await host.Simulator.DisposeAsync();

        var error = await Assert.ThrowsAnyAsync<ConferencingException>(() => host.Conferences.GetConferenceAsync("64b7f0c2a1d3e4f5a6b7c8d9", CancellationToken.None));

        Assert.Equal(ConferencingFailure.Unreachable, error.Failure);
    }
}
