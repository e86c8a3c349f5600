using System.Text.Json.Nodes;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// A meeting left running past MeetingBot:ForgottenAfter with nobody, or only its owner, in it gets one new message
/// offering Stop — once, however many looks follow; a meeting someone else is in gets none. The clock is fake.
/// </summary>
public sealed class ForgottenMeetingTests
{
    private readonly WatcherClock _clock = new(DateTimeOffset.UtcNow);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_meeting_with_nobody_but_its_owner_past_the_limit_gets_exactly_one_reminder_with_Stop(bool ownerJoined)
    {
        await using var bot = await StartAsync();
        var meeting = await MeetingOnCard.StartAsync(bot);
        if (ownerJoined)
        {
            Assert.Equal(JoinResult.Joined, bot.TrueConf.Join(meeting.ConferenceId, "alex"));
        }

        await _clock.LookAsync(bot);
        Assert.Empty(Reminders(bot)); // not yet 60 min

        await _clock.LookAsync(bot, TimeSpan.FromMinutes(60));
        var reminder = Assert.Single(Reminders(bot));

        Assert.Equal("POST", reminder.Method);
        Assert.NotEqual(meeting.CardMessageId, reminder.ActivityId);
        Assert.Empty(await AdaptiveCardSchema.ErrorsAsync(reminder.Card!.ToJsonString()));
        // The default limit is an hour: said in hours, not as "60 min".
        Assert.Contains("**Design review** has been running for 1 h", reminder.JsonText, StringComparison.Ordinal);
        Assert.Contains(" with nobody but you in it.", reminder.JsonText, StringComparison.Ordinal);
        var stop = reminder.Card!["actions"]!.AsArray().OfType<JsonObject>().Single(action => (string?)action["type"] == "Action.Execute");
        Assert.Equal("meeting.stop", (string?)stop["verb"]);
        Assert.Equal(meeting.RequestKey, (string?)stop["data"]!["meeting"]);

        for (var look = 0; look < 4; look++)
        {
            await _clock.LookAsync(bot, TimeSpan.FromMinutes(10));
        }

        Assert.Single(Reminders(bot));
        Assert.True(bot.TrueConf.FindConference(meeting.ConferenceId)!.IsRunning);
    }

    [Fact]
    public async Task Stop_on_the_reminder_ends_the_meeting_and_turns_its_card_to_Ended()
    {
        await using var bot = await StartAsync();
        var meeting = await MeetingOnCard.StartAsync(bot);
        await _clock.LookAsync(bot, TimeSpan.FromMinutes(61));
        var reminder = Assert.Single(Reminders(bot));

        var click = meeting.Click(bot, "meeting.stop");
        click["replyToId"] = reminder.ReturnedId;
        var card = await MeetingOnCard.CardOfAsync(await MeetingOnCard.AnswerAsync(await bot.SendAsync(click)));

        Assert.StartsWith("Ended", MeetingOnCard.StateOf(card));
        Assert.False(bot.TrueConf.FindConference(meeting.ConferenceId)!.IsRunning);
        Assert.StartsWith("Ended", MeetingOnCard.StateOf((await meeting.CardUpdateAsync(bot, "Ended")).Card));
    }

    [Fact]
    public async Task A_meeting_someone_else_is_in_gets_no_reminder()
    {
        await using var bot = await StartAsync();
        var meeting = await MeetingOnCard.StartAsync(bot);
        Assert.Equal(JoinResult.Joined, bot.TrueConf.Join(meeting.ConferenceId, "alex"));
        Assert.Equal(JoinResult.Joined, bot.TrueConf.Join(meeting.ConferenceId, "kevin"));

        await _clock.LookAsync(bot, TimeSpan.FromMinutes(61));
        for (var look = 0; look < 3; look++)
        {
            await _clock.LookAsync(bot);
        }

        Assert.True(Reminders(bot).Length == 0, "posted: " + string.Join(" | ", Reminders(bot).Select(call => call.Path + " " + call.JsonText)));
        Assert.DoesNotContain(bot.Connector.Calls, call => call.Method == "POST" && call.JsonText.Contains("Still running", StringComparison.Ordinal));
    }

    private Task<BotHarness> StartAsync() => BotHarness.StartAsync(services: services => services.AddSingleton<TimeProvider>(_clock));

    /// <summary>New messages (not the start card, not updates) the bot posted: every one is a reminder here.</summary>
    private static RecordedCall[] Reminders(BotHarness bot) =>
        bot.Connector.Calls.Where(call => call.Method == "POST" && call.Status == 201 && (string?)call.Body?["type"] == "message").Skip(1).ToArray();
}
