using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Meetings;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Slack.EndToEnd;

/// <summary>The buttons of a meeting's Slack message, clicked as Slack sends them (<c>block_actions</c>), and the message following the meeting.</summary>
public sealed class SlackCardActionTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Stop_ends_the_meeting_and_the_clicked_message_turns_to_ended_without_buttons_that_no_longer_work()
    {
        await using var bot = await SlackHarness.StartAsync();
        var (card, ts) = await StartAsync(bot);
        var stop = SlackMessageQuery.Button(card, MeetingCardVerbs.Stop);
        Assert.NotNull(stop);
        Assert.NotNull(stop["confirm"]);

        var response = await bot.InteractAsync(bot.Click(Clicked(stop), ts, "stop"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var update = await bot.Slack.WaitForCallAsync("chat.update", call => call.Arg("ts") == ts, Wait);
        Assert.Equal(SlackHarness.Channel, update.Arg("channel"));
        Assert.False(Assert.Single(bot.TrueConf.Conferences).IsRunning);
        Assert.Null(SlackMessageQuery.Button(update.Json, MeetingCardVerbs.Stop));
        Assert.Null(SlackMessageQuery.Button(update.Json, MeetingCardVerbs.ShowParticipants));
    }

    [Fact]
    public async Task A_double_clicked_stop_stops_once()
    {
        await using var bot = await SlackHarness.StartAsync();
        var (card, ts) = await StartAsync(bot);
        var stop = Clicked(SlackMessageQuery.Button(card, MeetingCardVerbs.Stop)!);

        await Task.WhenAll(bot.InteractAsync(bot.Click(stop, ts, "stop1")), bot.InteractAsync(bot.Click(stop.DeepClone().AsObject(), ts, "stop2")));

        await bot.Slack.WaitForCallAsync("chat.update", timeout: Wait);
        await Task.Delay(1000);
        Assert.Single(bot.TrueConf.RequestLog, request => request.Operation == SimulatorOperations.ConferenceStop);
    }

    [Fact]
    public async Task Someone_who_may_not_stop_the_meeting_is_told_privately_and_it_runs_on()
    {
        await using var bot = await SlackHarness.StartAsync();
        var (card, ts) = await StartAsync(bot);

        await bot.InteractAsync(bot.Click(Clicked(SlackMessageQuery.Button(card, MeetingCardVerbs.Stop)!), ts, "refused", user: SlackHarness.Kevin));

        var refusal = await bot.Slack.WaitForResponsePostAsync("refused", timeout: Wait);
        Assert.Equal("ephemeral", refusal.Arg("response_type"));
        Assert.Equal("false", refusal.Arg("replace_original"));
        Assert.True(Assert.Single(bot.TrueConf.Conferences).IsRunning);
    }

    [Fact]
    public async Task People_typed_into_the_invite_box_are_invited()
    {
        await using var bot = await SlackHarness.StartAsync();
        var (card, ts) = await StartAsync(bot);
        var input = Descendants(card).First(node => (string?)node["type"] == "input");
        var element = input["element"]!.AsObject();
        var typed = new JsonObject
        {
            ["type"] = "plain_text_input", ["action_id"] = (string?)element["action_id"], ["block_id"] = (string?)input["block_id"],
            ["value"] = "kevin", ["action_ts"] = "1767226100.000100",
        };

        Assert.Equal(HttpStatusCode.OK, (await bot.InteractAsync(bot.Click(typed, ts, "invite"))).StatusCode);

        // Invited into the running call, and the clicked message shows him among the invited.
        var update = await bot.Slack.WaitForCallAsync("chat.update", call => SlackMessageQuery.AllText(call.Json).Contains("Kevin Smith"), Wait);
        Assert.Equal(ts, update.Arg("ts"));
        var told = await bot.Slack.WaitForResponsePostAsync("invite", timeout: Wait);
        Assert.Equal("ephemeral", told.Arg("response_type"));
        Assert.Contains("Kevin Smith", SlackMessageQuery.AllText(told.Json));
        Assert.Contains("kevin", Assert.Single(bot.TrueConf.Conferences).Participants.Select(participant => participant.UserId));
        Assert.Equal(1, bot.TrueConf.RequestLog.Count(request => request.Operation == SimulatorOperations.ParticipantInvite));
    }

    [Fact]
    public async Task The_join_button_is_only_acknowledged()
    {
        await using var bot = await SlackHarness.StartAsync();
        var (card, ts) = await StartAsync(bot);
        var calls = bot.Slack.Calls.Count;

        var response = await bot.InteractAsync(bot.Click(Clicked(SlackMessageQuery.Button(card, "meeting.join")!), ts, "join"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(500);
        Assert.Equal(calls, bot.Slack.Calls.Count);
    }

    [Fact]
    public async Task A_meeting_ended_in_TrueConf_turns_its_Slack_message_to_ended_by_itself()
    {
        var clock = new WatcherClock(DateTimeOffset.UtcNow);
        await using var bot = await SlackHarness.StartAsync(services: services => services.AddSingleton<TimeProvider>(clock));
        var (_, ts) = await StartAsync(bot);

        Assert.True(bot.TrueConf.StopConference(Assert.Single(bot.TrueConf.Conferences).Id));
        await clock.LookAsync(bot.TrueConf, TimeSpan.FromMinutes(1));

        var update = await bot.Slack.WaitForCallAsync("chat.update", call => call.Arg("ts") == ts, Wait);
        Assert.Equal(SlackHarness.Channel, update.Arg("channel"));
        Assert.Null(SlackMessageQuery.Button(update.Json, MeetingCardVerbs.Stop));
    }

    private static Task<(JsonObject Card, string Ts)> StartAsync(SlackHarness bot) => bot.StartMeetingAsync("with dean");

    /// <summary>The action Slack sends for a click on <paramref name="button"/>.</summary>
    private static JsonObject Clicked(JsonObject button) => new()
    {
        ["type"] = "button",
        ["action_id"] = (string?)button["action_id"],
        ["block_id"] = "actions",
        ["value"] = (string?)button["value"],
        ["action_ts"] = "1767226050.000100",
    };

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(pair => Descendants(pair.Value))),
        JsonArray array => array.SelectMany(Descendants),
        _ => [],
    };
}
