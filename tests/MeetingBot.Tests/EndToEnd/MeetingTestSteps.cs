using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>The steps the meeting lifecycle tests share: start a meeting from the chat, send a command, read what came back.</summary>
internal static class MeetingTestSteps
{
    public const string KevinId = "29:kevin-aad";
    public const string DeanId = "29:dean-aad";
    public const string HelenId = "29:helen-aad";

    /// <summary>A harness whose connector knows Alex (the sender, TrueConf <c>alex</c>) by e-mail.</summary>
    public static async Task<BotHarness> StartBotAsync(
        Dictionary<string, string?>? settings = null, Action<TrueConfSimulatorOptions>? simulator = null)
    {
        var bot = await BotHarness.StartAsync(settings, simulator: simulator);
        bot.Connector.AddMember(TestActivities.AlexId, "Alex Wilber", "alexw@contoso.example");
        return bot;
    }

    /// <summary>Sends <paramref name="text"/> from Alex, waits for the card and until the meeting (with its card's id) is stored.</summary>
    public static Task<StartedMeeting> StartMeetingAsync(BotHarness bot, string text = "start meeting with kevin") =>
        StartMeetingAsync(bot, bot.Message(text));

    /// <summary>Sends <paramref name="message"/>, waits for the card and until the meeting (with its card's id) is stored.</summary>
    public static async Task<StartedMeeting> StartMeetingAsync(BotHarness bot, JsonObject message)
    {
        await bot.SendAsync(message);
        var reply = await NextReplyAsync(bot);
        Assert.True(reply.Card is not null, $"no meeting card: {reply.JsonText}");
        await AssertValidCardAsync(reply);
        var requestKey = $"msteams|{TestActivities.ConversationId}|{message["id"]}";
        var stored = await WaitForStoredAsync(bot, requestKey, meeting => meeting.CardMessageId is not null);
        var conference = bot.TrueConf.FindConference(stored.ConferenceId)!;
        return new StartedMeeting(conference.Id, requestKey, reply.ReturnedId!, reply, CalledInto(bot, conference.Id));
    }

    /// <summary>Sends a command and returns the bot's reply to it (card updates on the way are skipped).</summary>
    public static async Task<RecordedCall> AskAsync(BotHarness bot, JsonObject message)
    {
        await bot.SendAsync(message);
        var reply = await NextReplyAsync(bot);
        Assert.Equal((string?)message["id"], reply.ActivityId);
        return reply;
    }

    public static Task<RecordedCall> AskAsync(BotHarness bot, string text, string fromId = TestActivities.AlexId, string fromName = "Alex Wilber") =>
        AskAsync(bot, bot.Message(text, fromId, fromName));

    /// <summary>The next new message the bot posts (not a typing indicator, not a PUT of a card), its card checked against the schema.</summary>
    public static async Task<RecordedCall> NextReplyAsync(BotHarness bot)
    {
        while (true)
        {
            var call = await bot.Connector.NextMessageAsync();
            if (call.Method == "POST")
            {
                await AssertValidCardAsync(call);
                return call;
            }
        }
    }

    /// <summary>Waits for a taken PUT of the card with <paramref name="cardMessageId"/> that satisfies <paramref name="matches"/>.</summary>
    public static async Task<RecordedCall> WaitForCardUpdateAsync(BotHarness bot, string cardMessageId, Func<RecordedCall, bool> matches)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var update = bot.Connector.Updates.LastOrDefault(call => call.ActivityId == cardMessageId && matches(call));
            if (update is not null)
            {
                await AssertValidCardAsync(update);
                return update;
            }

            Assert.True(DateTime.UtcNow < deadline, $"card {cardMessageId} was not updated as expected; updates: " +
                string.Join("\n", bot.Connector.Updates.Select(call => call.JsonText)));
            await Task.Delay(50);
        }
    }

    public static async Task AssertValidCardAsync(RecordedCall call)
    {
        if (call.Card is { } card)
        {
            Assert.Empty(await AdaptiveCardSchema.ErrorsAsync(card.ToJsonString()));
        }
    }

    /// <summary>Who is in <paramref name="conferenceId"/> or being called into it, as TrueConf has it.</summary>
    public static string[] CalledInto(BotHarness bot, string conferenceId) =>
        bot.TrueConf.FindConference(conferenceId)!.Participants.Select(participant => participant.UserId).Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Who was called into <paramref name="conferenceId"/> after the meeting started: the conference calls its
    /// invitees (the owner among them) when it starts, so those are not counted.
    /// </summary>
    public static string[] CalledLater(BotHarness bot, StartedMeeting meeting) =>
        CalledInto(bot, meeting.ConferenceId).Except(meeting.CalledAtStart, StringComparer.Ordinal).ToArray();

    /// <summary>The message as JSON with its text readable (no <c>\u00B7</c> for "·", no <c>\u0027</c> for an apostrophe).</summary>
    public static string Readable(RecordedCall call) =>
        call.Body?.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? string.Empty;

    public static int Count(BotHarness bot, string operation) => bot.TrueConf.RequestLog.Count(request => request.Operation == operation);

    public static async Task<MeetingRecord> WaitForStoredAsync(BotHarness bot, string requestKey, Func<MeetingRecord, bool> done)
    {
        var store = bot.App.Services.GetRequiredService<IMeetingStore>();
        for (var i = 0; ; i++)
        {
            var stored = await store.FindByRequestKeyAsync(requestKey, CancellationToken.None);
            if (stored is not null && done(stored))
            {
                return stored;
            }

            Assert.True(i < 200, $"meeting {requestKey} was not stored as expected");
            await Task.Delay(50);
        }
    }

    /// <summary>A channel message like <see cref="BotHarness.Message"/>, from the tenant <paramref name="tenantId"/>.</summary>
    public static JsonObject FromTenant(JsonObject message, string tenantId)
    {
        message["conversation"]!["tenantId"] = tenantId;
        message["channelData"]!["tenant"]!["id"] = tenantId;
        return message;
    }
}

/// <param name="CardMessageId">The id the Connector gave the meeting's card.</param>
/// <param name="CalledAtStart">Who TrueConf called when the conference started (its invitees).</param>
internal sealed record StartedMeeting(string ConferenceId, string RequestKey, string CardMessageId, RecordedCall Reply, string[] CalledAtStart);
