using System.Net;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.Slack.EndToEnd;

/// <summary>@mentions and DMs (Events API), end to end: the same sentences as the slash command.</summary>
public sealed class SlackEventTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_mention_starts_the_meeting_with_the_people_mentioned_and_the_card_goes_into_the_channel()
    {
        await using var bot = await SlackHarness.StartAsync();
        var text = $"<@{bot.Slack.BotUserId}> start meeting with <@{SlackHarness.Kevin}> and <@{SlackHarness.Dean}|dean>";

        var response = await bot.EventAsync(SlackHarness.Envelope("Ev0MENTION", SlackHarness.Mention(text)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = await bot.Slack.WaitForCallAsync("chat.postMessage", timeout: Wait);
        var conference = Assert.Single(bot.TrueConf.Conferences);
        Assert.Equal(["alex", "dean", "kevin"], conference.Invitations.Select(invitation => invitation.UserId).Order());
        Assert.Equal(SlackHarness.Channel, card.Arg("channel"));
        Assert.Contains(conference.Id, (string?)SlackMessageQuery.Button(card.Json, "meeting.join")?["url"]);
    }

    [Fact]
    public async Task A_mention_in_a_thread_is_answered_in_that_thread()
    {
        await using var bot = await SlackHarness.StartAsync();
        var mention = SlackHarness.Mention($"<@{bot.Slack.BotUserId}> start meeting with dean", ts: "1767225900.000300", threadTs: "1767225000.000001");

        await bot.EventAsync(SlackHarness.Envelope("Ev0THREAD", mention));

        var card = await bot.Slack.WaitForCallAsync("chat.postMessage", timeout: Wait);
        Assert.Equal("1767225000.000001", card.Arg("thread_ts"));
    }

    [Fact]
    public async Task Redeliveries_of_an_event_start_one_meeting()
    {
        await using var bot = await SlackHarness.StartAsync();
        var envelope = SlackHarness.Envelope("Ev0RETRY", SlackHarness.Mention($"<@{bot.Slack.BotUserId}> start meeting with dean"));

        // Slack signs each delivery anew: a second apart, each is a fresh signature (an identical one would be a replay).
        var first = await bot.EventAsync(envelope);
        await Task.Delay(1100);
        var second = await bot.EventAsync(envelope, retryNumber: 1);
        await Task.Delay(1100);
        var third = await bot.EventAsync(envelope, retryNumber: 2);

        Assert.All([first, second, third], response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        await bot.Slack.WaitForCallAsync("chat.postMessage", timeout: Wait);
        Assert.True(await bot.Slack.StaysQuietAsync("chat.postMessage", TimeSpan.FromSeconds(1), already: 1));
        Assert.Single(bot.TrueConf.Conferences);
    }

    [Fact]
    public async Task A_direct_message_to_the_bot_is_a_command_and_is_answered_in_the_DM()
    {
        await using var bot = await SlackHarness.StartAsync();

        await bot.EventAsync(SlackHarness.Envelope("Ev0DM", SlackHarness.DirectMessage("start meeting with kevin")));

        var card = await bot.Slack.WaitForCallAsync("chat.postMessage", timeout: Wait);
        Assert.Equal("D0ALEX", card.Arg("channel"));
        Assert.Single(bot.TrueConf.Conferences);
    }

    [Fact]
    public async Task In_a_DM_even_a_refusal_is_an_ordinary_message_there()
    {
        await using var bot = await SlackHarness.StartAsync();

        await bot.EventAsync(SlackHarness.Envelope("Ev0DMHELP", SlackHarness.DirectMessage("help")));

        var help = await bot.Slack.WaitForCallAsync("chat.postMessage", timeout: Wait);
        Assert.Equal("D0ALEX", help.Arg("channel"));
        Assert.Empty(bot.Slack.CallsTo("chat.postEphemeral"));
    }

    [Fact]
    public async Task A_mention_that_is_not_a_command_gets_the_help_only_for_the_person_who_wrote_it()
    {
        await using var bot = await SlackHarness.StartAsync();

        await bot.EventAsync(SlackHarness.Envelope("Ev0CHAT", SlackHarness.Mention($"<@{bot.Slack.BotUserId}> what's the weather")));

        var help = await bot.Slack.WaitForCallAsync("chat.postEphemeral", timeout: Wait);
        Assert.Equal(SlackHarness.Alex, help.Arg("user"));
        Assert.Equal(SlackHarness.Channel, help.Arg("channel"));
        Assert.Empty(bot.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task The_bots_own_messages_and_edits_are_never_taken_for_commands()
    {
        await using var bot = await SlackHarness.StartAsync();
        var own = SlackHarness.DirectMessage("start meeting with kevin");
        own["bot_id"] = bot.Slack.BotId;
        var edit = SlackHarness.DirectMessage("start meeting with dean");
        edit["subtype"] = "message_changed";

        Assert.Equal(HttpStatusCode.OK, (await bot.EventAsync(SlackHarness.Envelope("Ev0OWN", own))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.EventAsync(SlackHarness.Envelope("Ev0EDIT", edit))).StatusCode);

        Assert.True(await bot.Slack.StaysQuietAsync("chat.postMessage", TimeSpan.FromSeconds(1)));
        Assert.Empty(bot.TrueConf.Conferences);
    }

    [Fact]
    public async Task Opening_the_Home_tab_shows_the_persons_running_meetings_with_their_join_links()
    {
        await using var bot = await SlackHarness.StartAsync();
        await bot.CommandAsync("with dean", "first");
        await bot.Slack.WaitForCallAsync("chat.postMessage", timeout: Wait);
        var conference = Assert.Single(bot.TrueConf.Conferences);

        var opened = new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "app_home_opened", ["user"] = SlackHarness.Alex, ["channel"] = "D0ALEX", ["tab"] = "home", ["event_ts"] = "1767226000.000100",
        };
        await bot.EventAsync(SlackHarness.Envelope("Ev0HOME", opened));

        var publish = await bot.Slack.WaitForCallAsync("views.publish", timeout: Wait);
        Assert.Equal(SlackHarness.Alex, publish.Arg("user_id"));
        Assert.Equal("home", (string?)publish.Json?["view"]?["type"]);
        var view = publish.Json?["view"]?.AsObject();
        Assert.Contains(SlackMessageQuery.Buttons(view), button => ((string?)button["url"])?.Contains(conference.Id) == true);
    }

    [Fact]
    public async Task Uninstalling_the_app_turns_readiness_to_degraded_naming_the_token()
    {
        await using var bot = await SlackHarness.StartAsync();

        await bot.EventAsync(SlackHarness.Envelope("Ev0GONE", new System.Text.Json.Nodes.JsonObject { ["type"] = "app_uninstalled" }));

        var ready = await bot.App.CreateClient().GetStringAsync("/readyz");
        Assert.Contains("Slack:BotToken", ready);
        Assert.Contains("app_uninstalled", ready);
        Assert.Contains("Slack:BotToken", bot.App.Logs.All);
    }
}
