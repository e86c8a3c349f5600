using System.Text.Json.Nodes;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;
using Microsoft.Extensions.Time.Testing;
using static MeetingBot.Tests.EndToEnd.MeetingTestSteps;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// Times in a Teams reader's own zone, through <c>/api/messages</c> on a fake clock: the card carries each time as
/// Adaptive Card <c>TIME()</c> for the client to draw, and the text the bot writes out itself (the card's fallback)
/// is in the zone the sender's activity names — <c>localTimezone</c>, else the <c>clientInfo</c> entity — for
/// messages and card clicks alike.
/// </summary>
public sealed class TeamsReaderTimeZoneTests
{
    // 09:00 UTC on 24 November 2026: 19:00 in Vladivostok, 04:00 in New York (standard time), 12:00 in Moscow.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-11-24T09:00:00Z"));

    private const string DrawnByTheClient = "{{TIME(2026-11-24T09:00:00Z)}}";

    [Fact]
    public async Task A_russian_reader_in_vladivostok_asking_who_is_in_reads_the_join_time_in_vladivostok()
    {
        await using var bot = await StartAsync();
        var meeting = await StartMeetingAsync(bot, InVladivostok(Russian(bot.Message("начать встречу «Планёрка» с dean"))));
        Assert.Equal(JoinResult.Joined, bot.TrueConf.Join(meeting.ConferenceId, "dean"));

        var reply = await AskAsync(bot, InVladivostok(Russian(bot.Message("кто в конференции"))));

        Assert.Contains($"**Dean Novak** · в конференции с {DrawnByTheClient}", Lines(reply.Card!));
        Assert.Contains("Dean Novak (в конференции с 19:00 UTC+10:00)", FallbackOf(reply.Card!));
    }

    [Fact]
    public async Task A_reader_whose_zone_only_the_client_info_entity_tells_reads_it_in_new_york()
    {
        await using var bot = await StartAsync();
        var message = await AskingWhoIsInWithDeanInTheCallAsync(bot);
        message["entities"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "clientInfo", ["locale"] = "en-US", ["country"] = "US", ["platform"] = "Web", ["timezone"] = "America/New_York",
        });

        var reply = await AskAsync(bot, message);

        Assert.Contains($"**Dean Novak** · in the call since {DrawnByTheClient}", Lines(reply.Card!));
        Assert.Contains("Dean Novak (in the call since 04:00 UTC-05:00)", FallbackOf(reply.Card!));
    }

    [Fact]
    public async Task A_click_on_who_is_in_answers_in_the_clickers_zone()
    {
        await using var bot = await BotHarness.StartAsync(clock: _clock);
        var meeting = await MeetingOnCard.StartAsync(bot);
        Assert.Equal(JoinResult.Joined, bot.TrueConf.Join(meeting.ConferenceId, "kevin"));

        var click = InVladivostok(Russian(meeting.Click(bot, "meeting.participants")));
        var card = await MeetingOnCard.CardOfAsync(await MeetingOnCard.AnswerAsync(await bot.SendAsync(click)));

        Assert.Contains("Kevin Smith (в конференции с 19:00 UTC+10:00)", FallbackOf(card));
    }

    [Fact]
    public async Task Without_a_zone_the_written_time_is_utc_and_says_so()
    {
        await using var bot = await StartAsync();
        var message = await AskingWhoIsInWithDeanInTheCallAsync(bot);
        message["localTimezone"] = "Mars/Olympus_Mons";

        var reply = await AskAsync(bot, message);

        Assert.Contains("Dean Novak (in the call since 09:00 UTC)", FallbackOf(reply.Card!));
    }

    private async Task<BotHarness> StartAsync()
    {
        var bot = await BotHarness.StartAsync(clock: _clock);
        bot.Connector.AddMember(TestActivities.AlexId, "Alex Wilber", "alexw@contoso.example");
        return bot;
    }

    /// <summary>"Planning" started with Dean, who joined at 09:00 UTC; the question who is in, not sent yet.</summary>
    private static async Task<JsonObject> AskingWhoIsInWithDeanInTheCallAsync(BotHarness bot)
    {
        var meeting = await StartMeetingAsync(bot, "start meeting \"Planning\" with dean");
        Assert.Equal(JoinResult.Joined, bot.TrueConf.Join(meeting.ConferenceId, "dean"));
        return bot.Message("who is in the meeting");
    }

    private static JsonObject Russian(JsonObject activity)
    {
        activity["locale"] = "ru-RU";
        return activity;
    }

    private static JsonObject InVladivostok(JsonObject activity)
    {
        activity["localTimezone"] = "Asia/Vladivostok";
        return activity;
    }

    private static string[] Lines(JsonObject card) =>
        card["body"]!.AsArray().OfType<JsonObject>().Select(element => (string?)element["text"] ?? string.Empty).ToArray();

    private static string FallbackOf(JsonObject card) => (string?)card["fallbackText"] ?? string.Empty;
}
