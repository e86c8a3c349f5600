using MeetingBot.Meetings;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// "Update the message I sent" and "send to this conversation" through <see cref="IChatNotifier"/>: updates are
/// <c>PUT …/activities/{id}</c> through the durable outbox, retried like replies, never overwritten by an older
/// retried update, and given up on a 404 (the message is gone). The bot's clock is fake, so backoff is stepped through.
/// </summary>
public sealed class CardUpdateTests
{
    private const string CardMessageId = "1791000000555";
    private readonly SteppedClock _clock = new();

    [Fact]
    public async Task An_update_is_a_PUT_of_the_card_to_the_messages_url()
    {
        await using var bot = await StartAsync();

        await Notifier(bot).UpdateAsync(Destination(bot), CardMessageId, new NoticeReply(NoticeKind.Info, "Ended · 23 min"), "m-42#v1", CancellationToken.None);
        var update = await bot.Connector.NextActivityAsync();

        Assert.Equal("PUT", update.Method);
        Assert.Equal(200, update.Status);
        // Conversation and message ids escaped whole, under the service URL's own path (reference §5.1).
        Assert.Equal("/teams/v3/conversations/19%3A7ab0c1%40thread.tacv2%3Bmessageid%3D1791000000001/activities/1791000000555", update.RawTarget);
        Assert.Equal("message", (string?)update.Body!["type"]);
        Assert.Equal(TestActivities.ConversationId, (string?)update.Body["conversation"]!["id"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)update.Body["attachments"]![0]!["contentType"]);
        Assert.Equal("Ended · 23 min", (string?)update.Card!["body"]![0]!["text"]);
        Assert.Null(update.Text);
        Assert.Empty(await AdaptiveCardSchema.ErrorsAsync(update.Card.ToJsonString()));
    }

    [Fact]
    public async Task The_same_update_key_twice_updates_once_and_the_same_message_key_twice_sends_once()
    {
        await using var bot = await StartAsync();
        var notifier = Notifier(bot);
        var reply = new NoticeReply(NoticeKind.Info, "Running · 3 in the call");

        await notifier.UpdateAsync(Destination(bot), CardMessageId, reply, "m-42#v1", CancellationToken.None);
        await WaitForDeliveredKeysAsync();
        await notifier.UpdateAsync(Destination(bot), CardMessageId, reply, "m-42#v1", CancellationToken.None);
        var firstId = await notifier.SendAsync(Destination(bot), reply, "forgotten:m-42", CancellationToken.None);
        await WaitForDeliveredKeysAsync();
        var secondId = await notifier.SendAsync(Destination(bot), reply, "forgotten:m-42", CancellationToken.None);

        Assert.Single(bot.Connector.Updates);
        var sent = Assert.Single(bot.Connector.ProactiveSends);
        Assert.Equal(sent.ReturnedId, firstId);
        Assert.Equal(firstId, secondId);
    }

    [Fact]
    public async Task A_message_sent_into_a_thread_replies_to_its_root()
    {
        await using var bot = await StartAsync();

        var id = await Notifier(bot).SendAsync(Destination(bot) with { ReplyToId = "1791000000001" }, new NoticeReply(NoticeKind.Info, "Nobody joined"), "k1", CancellationToken.None);
        var posted = await bot.Connector.NextMessageAsync();

        Assert.Equal("POST", posted.Method);
        Assert.Equal("1791000000001", posted.ActivityId);
        Assert.Equal("1791000000001", (string?)posted.Body!["replyToId"]);
        Assert.Equal(posted.ReturnedId, id);
    }

    [Fact]
    public async Task An_update_answered_503_is_retried_later_and_delivered()
    {
        await using var bot = await StartAsync();
        bot.Connector.FailNextActivities(new ConnectorFault(503));

        await Notifier(bot).UpdateAsync(Destination(bot), CardMessageId, new NoticeReply(NoticeKind.Info, "Ended"), "m-42#v1", CancellationToken.None);
        Assert.Equal(503, (await bot.Connector.NextActivityAsync()).Status);
        await WaitForLogAsync(bot, "not delivered on attempt 1 ");
        Assert.Empty(bot.Connector.Updates);

        var delivered = await _clock.AdvanceUntilAsync(() => bot.Connector.Updates.Count > 0, TimeSpan.FromSeconds(10));

        Assert.True(delivered, "the update never went out");
        var update = Assert.Single(bot.Connector.Updates);
        Assert.Equal(CardMessageId, update.ActivityId);
        Assert.Equal("Ended", (string?)update.Card!["body"]![0]!["text"]);
    }

    [Fact]
    public async Task An_older_update_retried_after_a_newer_one_was_added_is_skipped_so_the_newer_one_is_the_last_PUT()
    {
        await using var bot = await StartAsync();
        var notifier = Notifier(bot);
        bot.Connector.FailNextActivities(new ConnectorFault(503));

        await notifier.UpdateAsync(Destination(bot), CardMessageId, new NoticeReply(NoticeKind.Info, "Running · 2 in the call"), "m-42#v1", CancellationToken.None);
        Assert.Equal(503, (await bot.Connector.NextActivityAsync()).Status);
        await WaitForLogAsync(bot, "not delivered on attempt 1 ");
        await notifier.UpdateAsync(Destination(bot), CardMessageId, new NoticeReply(NoticeKind.Info, "Ended · 23 min"), "m-42#v2", CancellationToken.None);
        Assert.True(await bot.Connector.StaysQuietAsync(TimeSpan.FromMilliseconds(300)), "the newer update overtook the waiting one");

        await _clock.AdvanceUntilAsync(() => bot.Connector.Updates.Count > 0, TimeSpan.FromSeconds(10));
        await _clock.AdvanceAsync(TimeSpan.FromSeconds(5));

        var puts = bot.Connector.Calls.Where(call => call.Method == "PUT").ToArray();
        Assert.Equal(2, puts.Length); // the failed v1, then v2 only: v1 is not sent again
        Assert.Equal("Ended · 23 min", (string?)puts[^1].Card!["body"]![0]!["text"]);
        Assert.Equal(200, puts[^1].Status);
        Assert.Contains("m-42#v1 skipped: a newer update", bot.App.Logs.All);
    }

    [Fact]
    public async Task An_update_of_a_deleted_message_is_refused_for_good_and_not_retried()
    {
        await using var bot = await StartAsync();
        bot.Connector.DeletedActivities[CardMessageId] = true;

        await Assert.ThrowsAsync<ChatDeliveryException>(() =>
            Notifier(bot).UpdateAsync(Destination(bot), CardMessageId, new NoticeReply(NoticeKind.Info, "Ended"), "m-42#v1", CancellationToken.None));
        await _clock.AdvanceAsync(TimeSpan.FromMinutes(2));

        var put = Assert.Single(bot.Connector.Calls, call => call.Method == "PUT");
        Assert.Equal(404, put.Status);
        Assert.Contains("refused reply", bot.App.Logs.All);
    }

    [Fact]
    public async Task A_404_on_a_retried_update_gives_it_up_with_an_error_logged()
    {
        await using var bot = await StartAsync();
        bot.Connector.FailNextActivities(new ConnectorFault(503));

        await Notifier(bot).UpdateAsync(Destination(bot), CardMessageId, new NoticeReply(NoticeKind.Info, "Ended"), "m-42#v1", CancellationToken.None);
        await bot.Connector.NextActivityAsync();
        await WaitForLogAsync(bot, "not delivered on attempt 1 ");
        bot.Connector.DeletedActivities[CardMessageId] = true;
        await _clock.AdvanceUntilAsync(() => bot.Connector.Calls.Count(call => call.Method == "PUT") == 2, TimeSpan.FromSeconds(10));
        await _clock.AdvanceAsync(TimeSpan.FromMinutes(2));

        Assert.Equal([503, 404], bot.Connector.Calls.Where(call => call.Method == "PUT").Select(call => call.Status));
        Assert.Contains("refused reply", bot.App.Logs.All);
    }

    private static IChatNotifier Notifier(BotHarness bot) => bot.App.Services.GetRequiredService<IChatNotifier>();

    private static ChatDestination Destination(BotHarness bot) => new("msteams", TestActivities.ConversationId, bot.Connector.ServiceUrl);

    private Task<BotHarness> StartAsync() => BotHarness.StartAsync(services: services => services.AddSingleton<TimeProvider>(_clock));

    /// <summary>A key sent at once is noted in the background; give it a moment before repeating it.</summary>
    private static Task WaitForDeliveredKeysAsync() => Task.Delay(200);

    private static async Task WaitForLogAsync(BotHarness bot, string text)
    {
        for (var i = 0; i < 200 && !bot.App.Logs.All.Contains(text); i++)
        {
            await Task.Delay(25);
        }
    }


}
