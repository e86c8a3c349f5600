using System.Diagnostics;
using System.Net;
using MeetingBot.Meetings;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.Slack.EndToEnd;

/// <summary><c>/meet …</c> from Slack, signed, end to end: the bot, the TrueConf simulator and the fake Slack Web API.</summary>
public sealed class SlackCommandTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_slash_command_is_acknowledged_at_once_even_with_TrueConf_slow_and_the_meeting_card_follows_in_the_channel()
    {
        await using var bot = await SlackHarness.StartAsync();
        bot.TrueConf.Faults.ResponseDelay = TimeSpan.FromSeconds(2);

        var watch = Stopwatch.StartNew();
        var response = await bot.CommandAsync($"with <@{SlackHarness.Kevin}|kevin> and dean", "start");
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"acknowledged after {watch.Elapsed}");
        var card = await bot.Slack.WaitForCallAsync("chat.postMessage", timeout: Wait);
        var conference = Assert.Single(bot.TrueConf.Conferences);
        Assert.True(conference.IsRunning);
        Assert.Equal("alex", conference.OwnerId);
        Assert.Equal(["alex", "dean", "kevin"], conference.Invitations.Select(invitation => invitation.UserId).Order());
        Assert.Equal(SlackHarness.Channel, card.Arg("channel"));
        Assert.Contains(conference.Id, (string?)SlackMessageQuery.Button(card.Json, "meeting.join")?["url"]);
        Assert.False(string.IsNullOrWhiteSpace(card.Arg("text")));
        // Slow: the person who typed it was told, privately, that the bot is on it.
        var working = await bot.Slack.WaitForResponsePostAsync("start", timeout: Wait);
        Assert.Equal("ephemeral", working.Arg("response_type"));
    }

    [Fact]
    public async Task Words_for_the_person_who_asked_only_go_through_the_response_url_and_nothing_is_posted_in_the_channel()
    {
        await using var bot = await SlackHarness.StartAsync();

        Assert.Equal(HttpStatusCode.OK, (await bot.CommandAsync("what can you do", "help")).StatusCode);

        var help = await bot.Slack.WaitForResponsePostAsync("help", post => post.Text != BotTexts.StillWorking, Wait);
        Assert.Equal("ephemeral", help.Arg("response_type"));
        Assert.Contains("start meeting", SlackMessageQuery.AllText(help.Json), StringComparison.OrdinalIgnoreCase);
        Assert.True(await bot.Slack.StaysQuietAsync("chat.postMessage", TimeSpan.FromSeconds(1)));
        Assert.Empty(bot.TrueConf.Conferences);
    }

    [Fact]
    public async Task Someone_without_a_TrueConf_account_is_told_privately_and_no_meeting_is_started()
    {
        await using var bot = await SlackHarness.StartAsync();

        await bot.CommandAsync("with kevin", "stranger", user: SlackHarness.Stranger);

        var refusal = await bot.Slack.WaitForResponsePostAsync("stranger", post => post.Text != BotTexts.StillWorking, Wait);
        Assert.Equal("ephemeral", refusal.Arg("response_type"));
        Assert.Contains("TrueConf", SlackMessageQuery.AllText(refusal.Json));
        Assert.Empty(bot.TrueConf.Conferences);
        Assert.Empty(bot.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task In_a_channel_the_bot_may_not_post_in_the_card_still_arrives_through_the_response_url_for_everyone()
    {
        await using var bot = await SlackHarness.StartAsync();
        bot.Slack.FailNext("chat.postMessage", "channel_not_found");

        await bot.CommandAsync("with dean", "private", channel: "G0PRIVATE");

        var card = await bot.Slack.WaitForResponsePostAsync("private", predicate: post => post.Arg("response_type") == "in_channel", timeout: Wait);
        var conference = Assert.Single(bot.TrueConf.Conferences);
        Assert.Contains(conference.Id, (string?)SlackMessageQuery.Button(card.Json, "meeting.join")?["url"]);
        Assert.Null(card.Arg("channel"));
    }

    [Fact]
    public async Task The_same_command_delivered_twice_starts_one_meeting()
    {
        await using var bot = await SlackHarness.StartAsync();
        var form = bot.CommandForm("with dean", "twice");

        var first = await bot.PostSignedAsync("/slack/commands", form, "application/x-www-form-urlencoded");
        // Signed again (a new timestamp), as a redelivery would be: the trigger id is what makes it the same command.
        await Task.Delay(1100);
        var second = await bot.PostSignedAsync("/slack/commands", form, "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await bot.Slack.WaitForCallAsync("chat.postMessage", timeout: Wait);
        Assert.True(await bot.Slack.StaysQuietAsync("chat.postMessage", TimeSpan.FromSeconds(1), already: 1));
        Assert.Single(bot.TrueConf.Conferences);
    }

    [Fact]
    public async Task With_Slacks_Web_API_down_the_person_still_hears_why_through_the_response_url()
    {
        await using var bot = await SlackHarness.StartAsync();
        bot.Slack.Down = true;

        Assert.Equal(HttpStatusCode.OK, (await bot.CommandAsync("with dean", "down")).StatusCode);

        var told = await bot.Slack.WaitForResponsePostAsync("down", post => post.Text != BotTexts.StillWorking, Wait);
        Assert.Equal("ephemeral", told.Arg("response_type"));
        Assert.Contains("Slack isn't answering", SlackMessageQuery.AllText(told.Json));
        Assert.Empty(bot.TrueConf.Conferences);
    }
}
