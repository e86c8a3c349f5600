using System.Net;
using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// Replies go through the durable outbox: what the Connector does not take for a passing reason is retried with
/// backoff (honouring Retry-After) until it is delivered once, in order per conversation, across restarts.
/// The bot's clock is fake, so backoff is stepped through rather than waited out.
/// </summary>
public sealed class ReplyOutboxTests
{
    private readonly SteppedClock _clock = new();

    [Fact]
    public async Task After_a_500_a_429_and_30_seconds_of_outage_the_card_arrives_once()
    {
        await using var bot = await StartAsync();
        bot.Connector.FailNextActivities(new ConnectorFault(500), new ConnectorFault(429, RetryAfterSeconds: 7));
        var message = bot.Message("start meeting with kevin");

        Assert.Equal(HttpStatusCode.OK, (await bot.SendAsync(message)).StatusCode);
        Assert.Equal(500, (await bot.Connector.NextMessageAsync()).Status);
        await WaitForDeferralAsync(bot, attempt: 1);

        await _clock.AdvanceAsync(TimeSpan.FromSeconds(1.3)); // first backoff: 1 s ± 20 %
        Assert.Equal(429, (await bot.Connector.NextMessageAsync()).Status);
        await WaitForDeferralAsync(bot, attempt: 2);

        await _clock.AdvanceAsync(TimeSpan.FromSeconds(6.5));
        Assert.True(await bot.Connector.StaysQuietAsync(TimeSpan.FromMilliseconds(400)), "retried before Retry-After ran out");

        bot.Connector.IsDown = true;
        await _clock.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(0, (await bot.Connector.NextMessageAsync()).Status);
        for (var second = 0; second < 30; second++)
        {
            await _clock.AdvanceAsync(TimeSpan.FromSeconds(1));
        }

        bot.Connector.IsDown = false;
        var delivered = await _clock.AdvanceUntilAsync(() => bot.Connector.Delivered.Count > 0, TimeSpan.FromSeconds(90));

        Assert.True(delivered, "the card never arrived");
        await _clock.AdvanceAsync(TimeSpan.FromMinutes(2));
        var card = Assert.Single(bot.Connector.Delivered);
        Assert.Equal((string?)message["id"], (string?)card.Body!["replyToId"]);
        Assert.NotNull(card.Card);
        Assert.Single(bot.TrueConf.Conferences);
        Assert.True(bot.Connector.Calls.Count(call => call.Status == 0) >= 2, "the outage was not retried through");

        // The card's message id reaches the meeting even though it was delivered late.
        var meeting = await WaitForMeetingAsync(bot, message);
        Assert.Equal(card.ReturnedId, meeting.CardMessageId);
    }

    [Fact]
    public async Task A_reply_the_connector_never_takes_is_given_up_after_the_retry_window_with_an_error_logged()
    {
        await using var bot = await StartAsync(("MeetingBot:ReplyRetryWindow", "00:01:00"));
        bot.Connector.IsDown = true;

        await bot.SendAsync(bot.Message("help"));
        await bot.Connector.NextMessageAsync();
        await _clock.AdvanceUntilAsync(() => bot.App.Logs.All.Contains("Gave up on reply"), TimeSpan.FromMinutes(3));
        var attempts = bot.Connector.Calls.Count;
        await _clock.AdvanceAsync(TimeSpan.FromMinutes(5));

        Assert.Contains("Gave up on reply", bot.App.Logs.All);
        Assert.InRange(attempts, 3, 12);
        Assert.Equal(attempts, bot.Connector.Calls.Count);
    }

    [Fact]
    public async Task A_later_reply_in_the_same_conversation_waits_behind_an_earlier_one_being_retried()
    {
        await using var bot = await StartAsync();
        bot.Connector.FailNextActivities(new ConnectorFault(503));

        await bot.SendAsync(bot.Message("help"));
        Assert.Equal(503, (await bot.Connector.NextMessageAsync()).Status);
        await WaitForDeferralAsync(bot, attempt: 1);
        await bot.SendAsync(bot.Message("start meeting with kevin"));
        Assert.True(await bot.Connector.StaysQuietAsync(TimeSpan.FromMilliseconds(800)), "the newer reply overtook the waiting one: " + string.Join("\n", bot.Connector.Calls.Select(c => $"{c.Method} {c.Path} {c.Status} {c.Body?["type"]} {c.Text} {c.Card?.ToJsonString()[..80]}")));

        await _clock.AdvanceUntilAsync(() => bot.Connector.Delivered.Count == 2, TimeSpan.FromSeconds(10));

        var delivered = bot.Connector.Delivered;
        Assert.Equal(2, delivered.Count);
        Assert.Contains("MeetingBot commands", delivered[0].JsonText);
        Assert.Contains("Meeting started", delivered[1].JsonText);
    }

    [Fact]
    public async Task A_reply_waiting_for_a_retry_is_delivered_after_a_restart()
    {
        await using var trueConf = await TrueConfSimulatorServer.StartAsync();
        await using var connector = await FakeBotConnector.StartAsync();
        var settings = BotHarness.BaseSettings(trueConf, Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N") + ".db"));
        var message = TestActivities.ChannelMessage(connector.ServiceUrl, "start meeting with kevin");
        connector.IsDown = true;
        await using (var first = new MeetingBotApp(settings, UseFakeClock))
        {
            await first.PostActivityAsync(message);
            await connector.NextMessageAsync();
        }

        connector.IsDown = false;
        await using var second = new MeetingBotApp(settings);
        _ = second.Server;
        // The first instance may try once more before it stops, and the fake, still down, cuts that copy off too:
        // copies that were cut off are skipped.
        RecordedCall card;
        do
        {
            card = await connector.NextMessageAsync(TimeSpan.FromSeconds(15));
        }
        while (card.Status != 201);

        Assert.Equal((string?)message["id"], (string?)card.Body!["replyToId"]);
        Assert.Contains("Meeting started", card.JsonText);
        Assert.True(await connector.StaysQuietAsync(TimeSpan.FromSeconds(1)));
        Assert.Single(connector.Delivered);
        Assert.Single(trueConf.State.Conferences);
    }

    /// <summary>The Connector saw the attempt before the bot noted its failure: wait for the note before moving the clock.</summary>
    private static async Task WaitForDeferralAsync(BotHarness bot, int attempt)
    {
        for (var i = 0; i < 200 && !bot.App.Logs.All.Contains($"not delivered on attempt {attempt} "); i++)
        {
            await Task.Delay(25);
        }
    }

    private Task<BotHarness> StartAsync(params (string Key, string Value)[] settings) =>
        BotHarness.StartAsync(settings.ToDictionary(setting => setting.Key, setting => (string?)setting.Value), UseFakeClock);

    private void UseFakeClock(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);



    private static async Task<MeetingRecord> WaitForMeetingAsync(BotHarness bot, System.Text.Json.Nodes.JsonObject message)
    {
        var store = bot.App.Services.GetRequiredService<IMeetingStore>();
        var key = $"msteams|{TestActivities.ConversationId}|{message["id"]}";
        for (var i = 0; i < 100; i++)
        {
            if (await store.FindByRequestKeyAsync(key, CancellationToken.None) is { CardMessageId: not null } meeting)
            {
                return meeting;
            }

            await Task.Delay(50);
        }

        return (await store.FindByRequestKeyAsync(key, CancellationToken.None))!;
    }
}
