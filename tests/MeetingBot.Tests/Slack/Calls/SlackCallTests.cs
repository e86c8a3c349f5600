using System.Diagnostics;
using System.Text.Json.Nodes;
using MeetingBot.Meetings;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Slack.Calls;

/// <summary>
/// A meeting started from Slack is also a Slack call (Calls API): registered before its card is posted, told who
/// joins and leaves as the watcher sees it in TrueConf, ended with its duration — and never in the way of the card.
/// </summary>
public sealed class SlackCallTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_card_is_posted_with_the_call_Slack_registered_for_the_meeting_first()
    {
        await using var bot = await SlackHarness.StartAsync();

        var (card, _) = await StartAsync(bot, "\"Design review\" with dean");

        var add = Assert.Single(bot.Slack.CallsTo("calls.add"));
        Assert.True(bot.Slack.Calls.ToList().IndexOf(add) < bot.Slack.Calls.ToList().FindIndex(call => call.Method == "chat.postMessage"));
        var callId = CallIdOf(card);
        Assert.NotNull(callId);
        var registered = bot.Slack.SlackCalls[callId];
        var conference = Assert.Single(bot.TrueConf.Conferences);
        Assert.Equal((string?)SlackMessageQuery.Button(card, "meeting.join")?["url"], registered.JoinUrl);
        Assert.Equal("Design review", registered.Title);
        Assert.Equal(SlackHarness.Alex, add.Arg("created_by"));
        Assert.Equal(conference.Id, add.Arg("external_display_id"));
        Assert.StartsWith("slack|" + SlackHarness.Channel + "|", registered.ExternalUniqueId);
        Assert.InRange(long.Parse(add.Arg("date_start")!), DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds());
        // The card itself is all there under the call.
        Assert.NotNull(SlackMessageQuery.Button(card, MeetingCardVerbs.Stop));
    }

    [Fact]
    public async Task People_joining_and_leaving_in_TrueConf_join_and_leave_the_Slack_call_after_a_watcher_look()
    {
        var clock = new WatcherClock(DateTimeOffset.UtcNow);
        await using var bot = await SlackHarness.StartAsync(services: services => services.AddSingleton<TimeProvider>(clock));
        var (card, ts) = await StartAsync(bot, "with dean");
        var slackCall = bot.Slack.SlackCalls[CallIdOf(card)!];
        var conference = Assert.Single(bot.TrueConf.Conferences).Id;

        bot.TrueConf.Join(conference, "dean");
        bot.TrueConf.Join(conference, "alex");
        await clock.LookAsync(bot.TrueConf, TimeSpan.FromMinutes(1));

        await WaitUntilAsync(() => slackCall.Participants.Count == 2);
        Assert.Equal(["alex", "dean"], slackCall.Participants.Keys.Order());
        var update = await bot.Slack.WaitForCallAsync("chat.update", call => call.Arg("ts") == ts, Wait);
        Assert.Equal(slackCall.Id, CallIdOf(update.Json!));
        var added = Assert.Single(bot.Slack.CallsTo("calls.participants.add"));
        Assert.Contains("\"display_name\"", added.Arg("users"));

        Assert.True(bot.TrueConf.Leave(conference, "dean"));
        await clock.LookAsync(bot.TrueConf, TimeSpan.FromMinutes(1));

        await WaitUntilAsync(() => slackCall.Participants.Count == 1);
        Assert.Equal(["alex"], slackCall.Participants.Keys);
        Assert.Single(bot.Slack.CallsTo("calls.participants.remove"));
        Assert.False(slackCall.Ended);
    }

    [Fact]
    public async Task Stopping_from_the_card_ends_the_call_once_with_its_duration_and_the_message_keeps_the_call()
    {
        await using var bot = await SlackHarness.StartAsync();
        var (card, ts) = await StartAsync(bot, "with dean");
        var callId = CallIdOf(card)!;

        await bot.InteractAsync(bot.Click(Clicked(SlackMessageQuery.Button(card, MeetingCardVerbs.Stop)!), ts, "stop"));

        var end = await bot.Slack.WaitForCallAsync("calls.end", timeout: Wait);
        Assert.Equal(callId, end.Arg("id"));
        Assert.InRange(long.Parse(end.Arg("duration")!), 0, 60);
        // The fake records the call as it arrives and ends the call as it answers.
        await WaitUntilAsync(() => bot.Slack.SlackCalls[callId].Ended);
        Assert.True(bot.Slack.SlackCalls[callId].Ended);
        var update = await bot.Slack.WaitForCallAsync("chat.update", call => call.Arg("ts") == ts, Wait);
        Assert.Equal(callId, CallIdOf(update.Json!));
        Assert.Null(SlackMessageQuery.Button(update.Json, MeetingCardVerbs.Stop));
        // The clicked message, replaced through the click's response_url, keeps the call too.
        var replaced = await bot.Slack.WaitForResponsePostAsync("stop", post => post.Arg("replace_original") == "true", Wait);
        Assert.Equal(callId, CallIdOf(replaced.Json!));
        await Task.Delay(500);
        Assert.Single(bot.Slack.CallsTo("calls.end"));
    }

    [Fact]
    public async Task A_meeting_ended_in_TrueConf_ends_its_Slack_call_with_the_time_it_ran()
    {
        var clock = new WatcherClock(DateTimeOffset.UtcNow);
        await using var bot = await SlackHarness.StartAsync(services: services => services.AddSingleton<TimeProvider>(clock));
        var (card, ts) = await StartAsync(bot, "with dean");
        var callId = CallIdOf(card)!;

        Assert.True(bot.TrueConf.StopConference(Assert.Single(bot.TrueConf.Conferences).Id));
        await clock.LookAsync(bot.TrueConf, TimeSpan.FromMinutes(1));

        var end = await bot.Slack.WaitForCallAsync("calls.end", timeout: Wait);
        Assert.Equal(callId, end.Arg("id"));
        Assert.InRange(long.Parse(end.Arg("duration")!), 55, 300);
        var update = await bot.Slack.WaitForCallAsync("chat.update", call => call.Arg("ts") == ts, Wait);
        Assert.Equal(callId, CallIdOf(update.Json!));
        Assert.True(bot.Slack.SlackCalls[callId].Ended);
    }

    [Fact]
    public async Task Without_the_calls_scope_the_card_goes_plain_the_next_meeting_does_not_ask_again_and_the_log_says_why_once()
    {
        await using var bot = await SlackHarness.StartAsync();
        bot.Slack.FailNext("calls.add", "missing_scope");

        var (first, _) = await StartAsync(bot, "with dean");
        await bot.CommandAsync("with kevin", "second", channel: "C0OTHER");
        var second = await bot.Slack.WaitForCallAsync("chat.postMessage", call => call.Arg("channel") == "C0OTHER", Wait);

        Assert.Null(CallIdOf(first));
        Assert.NotNull(SlackMessageQuery.Button(first, MeetingCardVerbs.Stop));
        Assert.Null(CallIdOf(second.Json!));
        Assert.Single(bot.Slack.CallsTo("calls.add"));
        Assert.Empty(bot.Slack.SlackCalls);
        var explained = bot.App.Logs.Lines.Where(line => line.Contains("[4110]", StringComparison.Ordinal)).ToArray();
        Assert.Contains("missing_scope", Assert.Single(explained));
    }

    [Fact]
    public async Task A_refusal_for_one_channel_leaves_the_next_meeting_to_try_and_is_explained_once()
    {
        await using var bot = await SlackHarness.StartAsync();
        bot.Slack.FailNext("calls.add", "method_not_supported_for_channel_type");
        bot.Slack.FailNext("calls.add", "method_not_supported_for_channel_type");

        var (first, _) = await StartAsync(bot, "with dean");
        await bot.CommandAsync("with kevin", "second", channel: "C0OTHER");
        var second = await bot.Slack.WaitForCallAsync("chat.postMessage", call => call.Arg("channel") == "C0OTHER", Wait);

        Assert.Null(CallIdOf(first));
        Assert.Null(CallIdOf(second.Json!));
        Assert.Equal(2, bot.Slack.CallsTo("calls.add").Count);
        Assert.Single(bot.App.Logs.Lines, line => line.Contains("[4110]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_passing_calls_failure_posts_the_card_at_once_without_the_call_and_the_next_meeting_tries_again()
    {
        await using var bot = await SlackHarness.StartAsync();
        bot.Slack.FailNext("calls.add", "internal_error", httpStatus: 503);

        var watch = Stopwatch.StartNew();
        var (first, _) = await StartAsync(bot, "with dean");
        watch.Stop();

        Assert.Null(CallIdOf(first));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"card after {watch.Elapsed}");
        await bot.CommandAsync("with kevin", "second", channel: "C0OTHER");
        var second = await bot.Slack.WaitForCallAsync("chat.postMessage", call => call.Arg("channel") == "C0OTHER", Wait);
        Assert.NotNull(CallIdOf(second.Json!));
        Assert.Equal(2, bot.Slack.CallsTo("calls.add").Count);
    }

    [Fact]
    public async Task A_calls_add_that_hangs_holds_the_card_no_longer_than_the_Web_API_timeout()
    {
        await using var bot = await SlackHarness.StartAsync(new() { ["Slack:RequestTimeout"] = "00:00:01" });
        bot.Slack.Delay["calls.add"] = TimeSpan.FromSeconds(20);

        var watch = Stopwatch.StartNew();
        var (card, _) = await StartAsync(bot, "with dean");
        watch.Stop();

        Assert.Null(CallIdOf(card));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"card after {watch.Elapsed}");
    }

    private static Task<(JsonObject Card, string Ts)> StartAsync(SlackHarness bot, string text) => bot.StartMeetingAsync(text);

    /// <summary>The call id of the message's call block, which must come first; null when it has none.</summary>
    private static string? CallIdOf(JsonObject message)
    {
        var blocks = message["blocks"]!.AsArray();
        var calls = blocks.Where(block => (string?)block?["type"] == "call").ToArray();
        if (calls.Length == 0)
        {
            return null;
        }

        Assert.Same(blocks[0], Assert.Single(calls));
        return (string?)calls[0]!["call_id"];
    }

    private static JsonObject Clicked(JsonObject button) => new()
    {
        ["type"] = "button",
        ["action_id"] = (string?)button["action_id"],
        ["block_id"] = "actions",
        ["value"] = (string?)button["value"],
        ["action_ts"] = "1767226050.000100",
    };

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow + Wait;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "the Slack call did not follow in time");
            await Task.Delay(50);
        }
    }
}
