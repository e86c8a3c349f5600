using System.Diagnostics;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Slack.SocketMode;

/// <summary>The bot keeps its connection: recycled by Slack without losing a request, reopened after drops and refusals with backoff.</summary>
public sealed class SocketModeReconnectTests
{
    [Fact]
    public async Task On_disconnect_a_new_connection_is_opened_before_the_old_one_is_closed_and_nothing_is_lost()
    {
        await using var slack = await SocketModeDeliveryTests.ConnectedAsync();

        slack.Socket.HoldHello();
        await slack.Socket.DisconnectAsync();
        // Slack may still deliver on the old connection until the new one is up.
        var onOld = await slack.Socket.SendAsync("events_api", SocketModePayloads.AppMention(), connection: 1);
        // What the bot has read before the new connection is up is acknowledged on the old one. (A frame still in
        // flight when it switches is not: Slack delivers an unacknowledged envelope again, on the new connection.)
        for (var i = 0; i < 200 && slack.Handler.Requests.Count == 0; i++)
        {
            await Task.Delay(50);
        }

        await slack.Socket.WaitForConnectionsAsync(2);
        slack.Socket.ReleaseHello();
        await slack.Socket.WaitForOpenConnectionsAsync(1);
        var onNew = await slack.Socket.SendAsync("slash_commands", SocketModePayloads.SlashCommand());

        Assert.Equal(1, (await slack.Socket.WaitForAckAsync(onOld)).Connection);
        Assert.Equal(2, (await slack.Socket.WaitForAckAsync(onNew)).Connection);
        Assert.Equal(2, slack.Handler.Requests.Count);
        Assert.Equal(2, slack.Slack.Calls.Count(call => call.Method == "apps.connections.open"));
        Assert.Equal(1, slack.Socket.ClosedByBot);
        Assert.Contains(slack.Logs.Lines, line => line.Contains("[2701]") && line.Contains("refresh_requested"));
    }

    [Fact]
    public async Task A_stopping_bot_closes_its_connection_with_a_handshake_at_once()
    {
        await using var slack = await SocketModeDeliveryTests.ConnectedAsync();

        var stopping = Stopwatch.StartNew();
        await slack.Bot.App.DisposeAsync();

        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(10), $"stopping took {stopping.Elapsed}");
        Assert.Equal(1, slack.Socket.ClosedByBot);
    }

    [Fact]
    public async Task After_a_drop_the_bot_reconnects_with_growing_delays_that_start_over_after_a_good_connection()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var slack = await SocketModeBot.StartAsync(clock);
        await slack.Socket.WaitForConnectionsAsync(1);

        slack.Socket.Refusing = true;
        slack.Socket.Drop();
        var attempts = new List<DateTimeOffset> { clock.GetUtcNow() };
        await StepUntilAsync(clock, () => slack.Socket.Attempts >= 4, attempts, slack.Socket);
        Assert.Equal("Degraded", (await slack.ReadinessAsync()).Status);
        slack.Socket.Refusing = false;
        await StepUntilAsync(clock, () => slack.Socket.Connections == 2, attempts, slack.Socket);
        await SocketModeDeliveryTests.WaitUntilAsync(async () => (await slack.ReadinessAsync()).Status == "Healthy");

        var dropped = clock.GetUtcNow();
        slack.Socket.Drop();
        await StepUntilAsync(clock, () => slack.Socket.Attempts >= 6, attempts: null, slack.Socket);
        var afterGoodConnection = clock.GetUtcNow() - dropped;

        // Drop → 1 s → refused → 2 s → refused → 4 s → refused → 8 s → accepted (each shortened by up to a fifth;
        // noted to the nearest step, a little late).
        var delays = attempts.Zip(attempts.Skip(1), (before, after) => (after - before).TotalSeconds).ToArray();
        Assert.True(delays.Length == 4, $"delays {string.Join(", ", delays)}");
        Assert.InRange(delays[0], 0.7, 1.3);
        for (var i = 1; i < delays.Length; i++)
        {
            Assert.InRange(delays[i], delays[i - 1] * 1.3, delays[i - 1] * 2.7);
        }

        Assert.InRange(afterGoodConnection.TotalSeconds, 0.7, 1.3);
    }

    [Fact]
    public async Task A_refused_app_token_is_logged_reported_by_readiness_and_retried_with_backoff()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var slack = await SocketModeBot.StartAsync(clock, (api, _) =>
        {
            api.FailNext("apps.connections.open", "invalid_auth");
            api.FailNext("apps.connections.open", "invalid_auth");
        });

        await SocketModeDeliveryTests.WaitUntilAsync(() => Task.FromResult(slack.Logs.Lines.Any(line => line.Contains("[2704]"))));
        var (status, description) = await slack.ReadinessAsync();
        Assert.Equal("Degraded", status);
        Assert.Contains("invalid_auth", description);
        Assert.Contains(slack.Logs.Lines, line => line.Contains("[2704]") && line.Contains("invalid_auth") && line.StartsWith("Error", StringComparison.Ordinal));

        var attempts = new List<DateTimeOffset> { clock.GetUtcNow() };
        await StepUntilAsync(clock, () => slack.Socket.Connections == 1, attempts, apiCalls: slack.Slack);
        Assert.Equal(3, slack.Slack.Calls.Count(call => call.Method == "apps.connections.open"));
        await SocketModeDeliveryTests.WaitUntilAsync(async () => (await slack.ReadinessAsync()).Status == "Healthy");
    }

    [Fact]
    public async Task Neither_token_nor_the_socket_ticket_reaches_the_logs()
    {
        await using var slack = await SocketModeBot.StartAsync(beforeStart: (api, _) => api.FailNext("apps.connections.open", "invalid_auth"));
        await slack.Socket.WaitForConnectionsAsync(1);
        await slack.Socket.DisconnectAsync();
        await slack.Socket.WaitForConnectionsAsync(2);
        await slack.Socket.WaitForOpenConnectionsAsync(1);
        slack.Socket.Refusing = true;
        slack.Socket.Drop();
        await SocketModeDeliveryTests.WaitUntilAsync(() => Task.FromResult(slack.Socket.Attempts >= 3));
        await SocketModeDeliveryTests.WaitUntilAsync(() => Task.FromResult(slack.Logs.Lines.Any(line => line.Contains("[2703]"))));

        Assert.Contains(slack.Logs.Lines, line => line.Contains("[2700]"));
        Assert.DoesNotContain(SocketModeBot.AppToken, slack.Logs.All);
        Assert.DoesNotContain(SocketModeBot.BotToken, slack.Logs.All);
        Assert.DoesNotContain(FakeSocketModeServer.Ticket, slack.Logs.All);
    }

    /// <summary>
    /// Moves the bot's clock on in 50 ms steps, each with a moment of real time for the bot to act, until
    /// <paramref name="done"/>; notes the clock's time at each new connection attempt.
    /// </summary>
    private static async Task StepUntilAsync(
        FakeTimeProvider clock, Func<bool> done, List<DateTimeOffset>? attempts, FakeSocketModeServer? socket = null, FakeSlackApi? apiCalls = null)
    {
        int Count() => socket?.Attempts ?? apiCalls!.Calls.Count(call => call.Method == "apps.connections.open");
        var seen = Count();
        for (var step = 0; !done(); step++)
        {
            Assert.True(step < 1200, "a minute of clock time passed without it");
            clock.Advance(TimeSpan.FromMilliseconds(50));
            await Task.Delay(25);
            if (Count() > seen)
            {
                seen = Count();
                attempts?.Add(clock.GetUtcNow());
            }
        }
    }
}
